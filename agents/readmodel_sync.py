"""Keeps the Redis read model: flushes the latest profile of every changed customer in batches, and rebuilds a
partition's entries when Redis lost them (restarted empty, flushed) or ``vigia readmodel rebuild`` asked.

Each partition this worker owns has a sentinel key in Redis, written once its entries are all there. A
missing sentinel means the entries may be missing too: every profile of that partition is marked dirty
(in slices, yielding to the event loop) and the sentinel is written back after the flush."""

from __future__ import annotations

import asyncio
import logging

from agents import pause
from agents.processor import partition_for
from agents.runtime import dirty, erased, owned_partitions, stored_customers, stored_profile
from agents.timers import guarded
from online_models.profile import CustomerProfile
from streams import metrics
from streams.app import app, settings
from streams.readmodel import RedisReadModel, sentinel_key

log = logging.getLogger(__name__)
BATCH = 100  # profiles a flush writes between two yields: 500 held the event loop 10-22 ms (view() and redis-py)
read_model = RedisReadModel(settings.redis_url, settings.redis_timeout_s, settings.app_id)


@app.timer(interval=settings.mirror_interval_s, name="vigia-readmodel-flush")
@guarded
async def flush() -> None:
    """Write what was dirty when the tick began, a batch at a time: customers the agent dirties meanwhile wait
    for the next tick, so a busy stream cannot keep one flush running (and the event loop busy) for seconds."""
    if erased:
        gone = list(erased)
        try:
            await read_model.delete(gone)
            erased.difference_update(gone)
        except Exception as err:  # Redis down: delete next time
            log.warning("read model delete failed (%s): will retry", type(err).__name__)
    for _ in range(-(-len(dirty) // BATCH)):
        if not dirty:
            return
        batch = [p for p in (_latest(c, dirty.pop(c)) for c in list(dirty)[:BATCH]) if p is not None]
        pause.check()  # (a flush under way when the process stood still writes nothing after it)
        try:
            await read_model.write([profile.view() for profile in batch])
        except Exception as err:  # Redis down: keep the batch (unless newer) and try next time
            for profile in batch:
                dirty.setdefault(profile.customer_id, profile)
            metrics.READMODEL_ERRORS.inc()
            log.warning("read model flush failed (%s): will retry; check VIGIA_REDIS_URL", type(err).__name__)
            return
        metrics.READMODEL_WRITES.inc(len(batch))


def _latest(customer_id: str, tracked: CustomerProfile | None) -> CustomerProfile | None:
    """The profile to write: the one tracked, else the table's (a rebuild marked the customer; None: gone since)."""
    if tracked is not None:
        return tracked
    blob = stored_profile(customer_id)
    return CustomerProfile.from_bytes(blob) if blob else None


REBUILD_SLICE = 2000  # profiles marked dirty between two yields to the event loop
REBUILD_WAIT_S = 60.0  # the longest a rebuild waits for its profiles to be flushed before it marks them done


@app.timer(interval=settings.readmodel_check_s, name="vigia-readmodel-check")
@guarded
async def check() -> None:
    owned = sorted(owned_partitions())
    keys = {sentinel_key(settings.app_id, p): p for p in owned}
    try:
        lost = {keys[key] for key in await read_model.missing(list(keys))}
    except Exception as err:  # Redis down: the flush reports it; check again next time
        log.debug("read model check failed: %s", type(err).__name__)
        return
    if not lost:
        return
    log.warning("read model entries of partitions %s are missing in Redis: rebuilding them", sorted(lost))
    marked: list[str] = []  # by id, read from the table when flushed: 100,000 decoded profiles would be 700 MB
    for n, customer_id in enumerate(stored_customers(), 1):
        if partition_for(customer_id.encode()) in lost:  # a profile's partition is its key's (else dead-lettered)
            dirty.setdefault(customer_id, None)
            marked.append(customer_id)
        if n % REBUILD_SLICE == 0:
            await asyncio.sleep(0)
    # The sentinel goes back once the marked profiles were flushed (not until nothing at all is dirty: under
    # steady load that may never be), or after REBUILD_WAIT_S; what is still dirty then is flushed anyway.
    deadline = asyncio.get_running_loop().time() + REBUILD_WAIT_S
    while any(c in dirty for c in marked) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(settings.mirror_interval_s)
    try:
        await read_model.mark([key for key, p in keys.items() if p in lost])
    except Exception as err:  # Redis went away again: the sentinels stay missing, so the next check rebuilds
        log.warning("read model rebuild of partitions %s not confirmed (%s): will check again", sorted(lost),
                    type(err).__name__)  # fmt: skip
        return
    metrics.READMODEL_REBUILDS.inc(len(lost))
    log.info("read model of partitions %s rebuilt (%d profiles)", sorted(lost), len(marked))
