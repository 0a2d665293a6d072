"""Flushes the latest profile of every changed customer to the Redis read model, in batches."""

from __future__ import annotations

import logging

from agents.runtime import dirty
from streams import metrics
from streams.app import app, settings
from streams.readmodel import RedisReadModel

log = logging.getLogger(__name__)
BATCH = 500
read_model = RedisReadModel(settings.redis_url)


@app.timer(interval=settings.mirror_interval_s, name="vigia-readmodel-flush")
async def flush() -> None:
    """Write what was dirty when the tick began, a batch at a time: customers the agent dirties meanwhile wait
    for the next tick, so a busy stream cannot keep one flush running (and the event loop busy) for seconds."""
    for _ in range(-(-len(dirty) // BATCH)):
        if not dirty:
            return
        batch = [dirty.pop(customer_id) for customer_id in list(dirty)[:BATCH]]
        try:
            await read_model.write([profile.view() for profile in batch])
        except Exception as err:  # Redis down: keep the batch (unless newer) and try next time
            for profile in batch:
                dirty.setdefault(profile.customer_id, profile)
            metrics.READMODEL_ERRORS.inc()
            log.warning("read model flush failed (%s): will retry; check VIGIA_REDIS_URL", type(err).__name__)
            return
        metrics.READMODEL_WRITES.inc(len(batch))
