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
    _settle()


def after_recovery() -> None:
    """A full collection once the table is recovered, before the first input: until the first settle CPython's
    own full collections walked every recovered profile and model (about 95 ms, every 2 s of a backlog)."""
    _settle(full=True)


def _settle(full: bool = False) -> None:
    started = time.perf_counter()
    kind = collector.settle(time.monotonic(), full)
    metrics.child(metrics.GC_SETTLE, kind).observe(time.perf_counter() - started)
