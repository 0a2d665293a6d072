"""The clock sweep: customers whose due dates have passed get a tick even when nobody writes to them.

Days past due must grow as event time passes a due date, also for a customer who is silent. Table
writes need a stream event on the customer's partition, so the sweep does not write: it sends a
``vigia.clock.tick`` event to the internal clock topic, on the partition the customer's events arrive
on, and the processing agent applies it like any other event. A tick carries its partition's
event-time safe time (:mod:`online_models.merge`), never the wall clock.
"""

from __future__ import annotations

import heapq
import logging
import time

from agents import journal, kpis, pause, runtime
from agents.collector import after_recovery
from agents.health import EVERY_TIME
from agents.runtime import (
    core,
    merge,
    owned_partitions,
    rebuild_wake_heaps,
    safe_time,
    stored_profiles,
    wake_heaps,
    wake_index,
)
from agents.timers import guarded
from online_models.core import clock_tick
from online_models.profile import CustomerProfile
from streams import metrics
from streams.app import app, clock_topic, plain_profiles, profiles, settings

log = logging.getLogger(__name__)
# generations (Faust's consumer generation id): whose table recovery has ended, and which the clock was primed for
_state: dict[str, int | None] = {"recovered": None, "primed": None}


@app.on_rebalance_complete.connect
async def _reprime(sender, **kwargs) -> None:
    if not recovery_is_current(app.tables.recovery, app.consumer_generation_id):
        log.info("a superseded table recovery completed: priming waits for the current one", extra=EVERY_TIME)
        return
    _state["recovered"] = app.consumer_generation_id


def recovery_is_current(recovery, generation: int) -> bool:
    """Whether the table recovery Faust just said complete is the current generation's.

    Faust signals the end of a recovery that a newer rebalance has superseded too (it sends
    ``on_rebalance_complete`` before it checks the generation): the table then holds none of the new
    partitions' profiles and journal yet, and priming from it would tick too few customers and leave
    restored models without the steps they must learn again. A newer rebalance has set the recovery's
    start signal, or moved the consumer's generation past the recovery's.
    """
    return not recovery.signal_recovery_start.is_set() and recovery._generation_id == generation


def prime() -> int:
    """Rebuild the wake index and watermark from the profiles of the partitions this worker owns (after a
    rebalance), once those of the partitions it gave up are let go."""
    gone = runtime.let_go(owned_partitions())
    if gone:
        log.info("let go of %d profiles of partitions this worker no longer owns", gone, extra=EVERY_TIME)
    wake_index.clear()
    kpis.reset()
    count = 0
    for customer_id, blob in stored_profiles():
        profile = CustomerProfile.from_bytes(blob)
        kpis.account(profile)
        count += 1
        core.watermark = max(core.watermark, profile.clock_ts)
        if profile.partition is not None:  # resume the partition clocks where the profiles left them
            merge.resume(profile.partition, profile.clock_ts)
        if profile.wake_ts is not None:
            wake_index[customer_id] = (profile.wake_ts, profile.partition)
    rebuild_wake_heaps()
    metrics.PROFILES.set(count)
    return count


def due_now(partition: int) -> list[tuple[str, float]]:
    """The customers of ``partition`` whose wake time its event-time progress has just passed, with that time.

    Called after each input, and the processing agent ticks them there and then, as the replay does:
    a customer ages a day at a time as event time passes, however fast a backlog is read. The periodic
    sweep remains for partitions that go quiet.
    """
    heap = wake_heaps.get(partition)
    if not heap or (now := safe_time(partition)) is None:
        return []
    due = []
    while heap and heap[0][0] <= now:
        wake, customer_id = heapq.heappop(heap)
        if wake_index.get(customer_id) != (wake, partition):
            continue  # superseded by a later event, or ticked by the sweep
        wake_index.pop(customer_id, None)  # re-armed when the tick has been processed
        due.append((customer_id, now))
    return due


def is_quiet(partition: int) -> bool:
    """Both input topics read to their end, none waiting, none processed for a sweep interval.

    A busy partition is ticked by the agent after each input, in the replay's order. A sweep tick taking
    its place (after a restart, say, with a backlog still unread) would tick at another moment of the
    same day, and the replay's tick, with the same id, would then be a duplicate.
    """
    recent = runtime.last_processed.get(partition)
    if merge.waiting(partition) or (recent is not None and time.monotonic() - recent < settings.clock_interval_s):
        return False
    return all(runtime.caught_up(topic, partition, 0.0) is True for topic in (settings.topic_journey,
                                                                              settings.topic_payment))  # fmt: skip


def profiles_recovered() -> bool:
    """Whether this worker holds the profiles of the partitions it owns now: assigned, and the table recovered and
    primed since the last rebalance. Until then a customer missing from the table may only be not yet recovered."""
    generation = app.consumer_generation_id
    return bool(generation) and _state["primed"] == generation


def ensure_primed() -> bool:
    """Prime once after each rebalance, once the table is recovered, before the first input is processed or
    the first sweep runs; restored models learn again what they lost first (:func:`agents.journal.recover`).

    Primed later, the customers left due at a crash would be ticked at another moment than in an
    uninterrupted run, and their outputs would change. False while the current generation's table is
    still being recovered, or its partitions' models are still being restored. Both are checked by
    generation, not by the order of Faust's signals: a recovery with nothing to read ends before the
    handlers of the assignment have run, and a flag the assignment cleared would then never be set again.
    """
    generation = app.consumer_generation_id
    if _state["recovered"] != generation or not journal.restored(generation):
        return False
    if _state["primed"] != generation:
        journal.recover(profiles, plain_profiles)
        held = prime()
        after_recovery()
        _state["primed"] = generation
        log.info("clock primed from %d local profiles", held, extra=EVERY_TIME)
    return True


@app.timer(interval=settings.clock_interval_s, name="vigia-clock-sweep")
@guarded
async def sweep() -> None:
    if not ensure_primed():
        return
    if sum(map(len, wake_heaps.values())) > 2 * len(wake_index) + 1024:
        rebuild_wake_heaps()  # stale entries of customers whose wake time moved
    for partition in sorted(owned_partitions()):
        if not is_quiet(partition):
            continue
        for customer_id, now in due_now(partition):  # (taken off the wake index: re-armed once ticked)
            pause.check()
            await clock_topic.send(key=customer_id.encode(), value=clock_tick(customer_id, now), partition=partition)
            metrics.CLOCK_TICKS.inc()
