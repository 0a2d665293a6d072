"""The garbage-collection timer: the worker's long-lived objects frozen, so collections skip them (see
:mod:`online_models.collector`)."""

from __future__ import annotations

import time

from agents.timers import guarded
from online_models.collector import Collector
from streams import metrics
from streams.app import app, settings

collector = Collector(settings.gc_full_interval_s)


@app.timer(interval=settings.gc_settle_interval_s, name="vigia-gc-settle")
@guarded
async def settle() -> None:
    """Collect the young generations and freeze the survivors (a full collection every
    ``VIGIA_GC_FULL_INTERVAL_S``): CPython's own full collections would walk every model each few seconds."""
    started = time.perf_counter()
    kind = collector.settle(time.monotonic())
    metrics.child(metrics.GC_SETTLE, kind).observe(time.perf_counter() - started)
