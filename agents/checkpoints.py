"""Partition models checkpointed to Redis and restored when a worker takes a partition over.

A timer saves the models of every partition this worker owns that has read new input since the
last save; a revoked partition is saved once more, then dropped; a newly assigned partition is
restored from its checkpoint before its messages flow (Faust pauses partitions during a rebalance),
so the new owner carries on learning instead of starting from zero. Checkpoints are sealed with
``VIGIA_CHECKPOINT_KEY`` (:mod:`online_models.checkpoint`); with no key set they are off.
"""

from __future__ import annotations

import asyncio
import logging

from agents import journal, pause
from agents.health import EVERY_TIME
from agents.runtime import core, input_partitions, offsets_of, owned_partitions
from agents.timers import guarded
from online_models.checkpoint import CheckpointError, open_checkpoint, seal
from streams import metrics
from streams.app import app, profiles, settings
from streams.model_store import ModelStore

log = logging.getLogger(__name__)
KEY = settings.checkpoint_key.encode()
store = ModelStore(settings.redis_url, settings.app_id, settings.redis_timeout_s)
# partition -> what its last checkpoint (saved or restored) reflects: version, offsets, watermark, how
status: dict[int, dict] = {}


# held through a whole save: the revoke's save of a partition waits for the timer's under way, so the newer
# checkpoint is stored last (each awaits the changelog and Redis, and the older one could have landed after)
_saving = asyncio.Lock()


async def save(partition: int) -> bool:
    """Seal and store one partition's models when they have read input since the last checkpoint."""
    async with _saving:
        return await _save(partition)


async def _save(partition: int) -> bool:
    last = status.get(partition, {})
    if partition in journal.pending:  # restored, not yet brought forward by its journal: the stored one stands
        return False
    async with journal.lock:  # between two steps: the models reflect every step journaled so far, and no other
        models, offsets = core.models.get(partition), offsets_of(partition)
        moved = journal.seq.get(partition, 0) != last.get("journal", 0)
        if models is None or (offsets == last.get("offsets") and not moved) or not (offsets or moved):
            return False
        version = last.get("version", 0) + 1
        position = journal.cut(partition)
        blob = seal(models, partition, version, offsets, core.watermark, KEY, journal=position)
        written = journal.mark(partition, profiles)
    try:
        if written is not None:
            await written  # the steps it reflects are in the changelog before the checkpoint is stored
        pause.check()  # models of a process that stood still meanwhile may be older than their new owner's
        await store.save(partition, blob)
    except Exception as err:  # Redis down: the models live on in memory, the next save retries
        metrics.CHECKPOINTS.labels("failed").inc()
        log.warning("checkpoint of partition %d failed (%s); check the broker and VIGIA_REDIS_URL", partition,
                    type(err).__name__)
        return False
    journal.saved(partition, position)
    status[partition] = {"version": version, "offsets": offsets, "watermark": core.watermark, "how": "saved",
                         "bytes": len(blob), "journal": position}  # fmt: skip
    metrics.CHECKPOINTS.labels("saved").inc()
    metrics.CHECKPOINT_BYTES.labels(str(partition)).set(len(blob))
    return True


async def restore(partition: int) -> bool:
    """Load a partition's models from its checkpoint; a missing or refused one means starting afresh.

    The models then learn again the steps journaled since (:func:`agents.journal.recover`, before the
    first input): with no checkpoint, all of them, if the journal goes back to the first step.
    """
    journal.pending[partition] = None  # unless a checkpoint (or none at all) says where the journal follows on
    try:
        blob = await store.load(partition)
    except Exception as err:
        metrics.CHECKPOINTS.labels("failed").inc()
        log.warning("could not read the checkpoint of partition %d (%s)", partition, type(err).__name__,
                    extra=EVERY_TIME)
        return False
    if blob is None:
        journal.pending[partition] = 0
        return False
    try:
        checkpoint = open_checkpoint(blob, KEY, partition)
    except CheckpointError as err:
        metrics.CHECKPOINTS.labels("refused").inc()
        log.warning("checkpoint of partition %d refused: %s; its models start afresh", partition, err, extra=EVERY_TIME)
        return False
    if not core.restore(partition, checkpoint.models):
        metrics.CHECKPOINTS.labels("refused").inc()
        log.warning("checkpoint of partition %d holds other learners than the settings name; starting afresh",
                    partition, extra=EVERY_TIME)  # fmt: skip
        return False
    status[partition] = {**checkpoint.describe(), "how": "restored", "bytes": len(blob)}
    journal.pending[partition] = checkpoint.journal
    metrics.CHECKPOINTS.labels("restored").inc()
    log.info("partition %d models restored from checkpoint version %d", partition, checkpoint.version, extra=EVERY_TIME)
    return True


if KEY:

    @app.timer(interval=settings.checkpoint_interval_s, name="vigia-model-checkpoint")
    @guarded
    async def checkpoint_owned() -> None:
        for partition in sorted(owned_partitions()):
            await save(partition)

    @app.on_partitions_revoked.connect
    async def _save_revoked(sender, revoked, **kwargs) -> None:
        for partition in sorted(input_partitions(revoked)):
            await save(partition)
            core.models.pop(partition, None)
            status.pop(partition, None)
            journal.drop(partition)

    @app.on_partitions_assigned.connect
    async def _restore_assigned(sender, assigned, **kwargs) -> None:
        generation = app.consumer_generation_id
        for partition in sorted(input_partitions(assigned)):
            if partition not in core.models:
                await restore(partition)
        journal.restored_for["generation"] = generation  # the clock may be primed (and the journal learnt) now

else:
    log.warning("model checkpoints are off: set VIGIA_CHECKPOINT_KEY (32+ characters) to keep partition models "
                "across restarts and rebalances")  # fmt: skip
