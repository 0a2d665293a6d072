"""The processing agent: every journey, payment and clock event goes through :meth:`Core.step`."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import MutableMapping

import orjson

from agents import journal, kpis, pause
from agents.clock import due_now, ensure_primed
from agents.runtime import (
    caught_up,
    core,
    forget,
    forget_reads,
    graces,
    holdback,
    merge,
    record_progress,
    record_received,
    track,
)
from agents.timers import guarded
from online_models import partitioning
from online_models.core import TEXT_FIELDS, Origin, StepResult, event_time, tick_event
from online_models.decisions import UNREAD
from streams import metrics
from streams.app import NUDGE_KEY, app, clock_topic, inputs, outputs, plain_profiles, profiles, settings
from streams.consumer import guard_acks, mark_done
from streams.profile_store import compress
from streams.step_writer import writer

FAMILIES = settings.input_families
log = logging.getLogger(__name__)
RETRY_BASE_S = 0.5  # the first wait before an output is sent again; doubled each time, up to 30 s
# clock ticks run between two yields to the event loop: a simulated midnight ticks hundreds of customers at once,
# and a tick with no output never awaits, so the fetcher, the producer buffer and the timers stood still ~100 ms
TICKS_PER_YIELD = 16


def partition_for(key: bytes) -> int:
    """The partition Kafka's default partitioner (murmur2, as the Java client) gives a key."""
    return partitioning.partition_for(key, settings.partitions)


def _key(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return raw.hex()


class HeldWrite(MutableMapping):
    """The profile table, with a step's write held back until its outputs are in Kafka.

    A profile written (and sent to its changelog) before its alert or trigger reached Kafka would, after
    a crash, remember the input as processed while the output was lost: the re-delivered input would
    be dropped as a duplicate. Held back, a crash before the outputs are acknowledged leaves the old
    profile, the input is read again and its outputs are sent again under the same ids (consumers
    de-duplicate); a crash after them finds the outputs already out.
    """

    _DELETED = object()

    def __init__(self, table: MutableMapping) -> None:
        self.table = table
        self.held: dict[str, object] = {}

    def __getitem__(self, key: str):
        value = self.held[key] if key in self.held else self.table.get(key)  # (the table's read only when needed)
        if value is None or value is self._DELETED:
            raise KeyError(key)
        return value

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value) -> None:
        self.held[key] = value

    def __delitem__(self, key: str) -> None:
        self[key]
        self.held[key] = self._DELETED

    def __iter__(self):
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)

    def apply(self, partition: int | None) -> None:
        """Write what was held: to the stored table's memory and its changelog partition (the input's)."""
        for key, value in self.held.items():
            writer().put(profiles, partition, key, None if value is self._DELETED else compress(value))
        self.held.clear()


async def deliver(result: StepResult) -> None:
    """Send a step's outputs and wait until Kafka has them all; retry (never raise) while it cannot take them.

    Raising would crash the agent, and Faust would commit past the input: retrying keeps it lossless.
    """
    for attempt in itertools.count():
        try:
            sent = [writer().output(outputs[out.kind], out.key.encode() if out.key else None, out.value)
                    for out in result.outputs]  # fmt: skip
            await asyncio.gather(*sent)
            return
        except Exception as err:  # the broker is away or refused the message: the same ids are sent again
            metrics.SEND_RETRIES.inc()
            log.warning("outputs of %s not delivered (%s): retrying", result.customer_id, type(err).__name__)
            await asyncio.sleep(min(RETRY_BASE_S * 2**attempt, 30.0))


def observe(result: StepResult) -> None:
    """Count what one step did."""
    kpis.count(result)  # it reads each trigger once, for the contact KPIs and vigia_triggers_sent_total
    if result.status == "processed":
        metrics.child(metrics.EVENTS, result.event_type).inc()
        if result.profile is not None and result.event_type in TEXT_FIELDS:
            for flag, raised in result.profile.flags.items():  # read at this step
                if raised != result.event_ts:
                    continue
                if flag == UNREAD:
                    metrics.UNREAD.inc()  # the share of messages sent to a person unread
                else:
                    metrics.child(metrics.FLAGGED, flag).inc()
        metrics.PROFILE_BYTES.observe(result.size)
        if result.created:
            metrics.PROFILES.inc()
    elif result.status == "duplicate":
        metrics.child(metrics.DUPLICATES, result.event_type).inc()
    else:
        metrics.child(metrics.DEAD_LETTERS, result.reason).inc()
    for out in result.outputs:
        if out.kind == "alert":  # the alert's band is the profile's: no need to parse the output again
            metrics.child(metrics.ALERTS, result.profile.band).inc()
        elif out.kind == "withdrawal":  # rare: parsing it costs nothing that shows
            metrics.child(metrics.WITHDRAWN, out.event()["data"]["reason"]).inc()


async def handle(message, value: bytes | None, how: str = "ordered") -> None:
    """Run one input through the core, send its outputs, then write the profile; tick who is due after it."""
    started = time.perf_counter()
    family = FAMILIES.get(message.topic, "journey")
    external = family != "internal"
    limit = None
    if how != "ordered":  # another input topic may still hold earlier events: the clock goes no further
        limit = holdback(message.partition, message.timestamp)
    expected = partition_for(message.key) if external and message.key else None
    origin = Origin(message.topic, family, message.partition, message.offset, _key(message.key), safe_time=limit,
                    keyed=external, expected_partition=expected)  # fmt: skip
    result = await run(value, origin)
    if how == "forced" and result.event_ts is not None:  # (a dead letter queued behind its topic's moves no clock)
        metrics.INPUTS_FORCED.inc()
        log.warning("partition %d: an input of %s went before the other input topic was read up to it (its "
                    "end unknown for VIGIA_TOPIC_IDLE_S, or too many waiting): its outputs may differ from the "
                    "replay's", message.partition, message.topic)  # fmt: skip
    if external:
        record_progress(message.topic, message.partition, message.offset, message.timestamp)
        if result.event_ts is not None:  # processed: a dead letter moves no clock
            merge.advance(message.partition, result.event_ts)
        for n, (customer_id, now) in enumerate(due_now(message.partition), 1):
            tick = tick_event(customer_id, now)  # made here: the core need not parse it (the journal keeps its bytes)
            await run(orjson.dumps(tick), Origin(settings.topic_clock, "internal", message.partition), made=tick)
            metrics.CLOCK_TICKS.inc()
            if n % TICKS_PER_YIELD == 0:
                await asyncio.sleep(0)
    if message.partition is not None:
        journal.collect(message.partition, profiles)
    metrics.WATERMARK.set(core.watermark)
    metrics.LATENCY.observe(time.perf_counter() - started)


async def run(value: bytes | None, origin: Origin, made: dict | None = None) -> StepResult:
    """One core step, its outputs delivered before its profile write is applied (see :class:`HeldWrite`),
    and journaled just before that write, for the models to learn it again after a crash."""
    async with journal.lock:  # a model checkpoint is cut between steps
        pause.check()  # (a burst of ticks, or a step waiting for its lock, may outlast a pause)
        held = HeldWrite(plain_profiles)
        result = core.step(held, value, origin, made)
        entry = journal.entry_for(result, value, origin, plain_profiles)
        if origin.topic != settings.topic_clock or origin.offset is not None:  # ticks made here are no inputs
            metrics.child(metrics.INPUTS_DONE, str(origin.partition), result.status).inc()
        if result.outputs:
            await deliver(result)
            pause.check()  # it stood still while they went out: its profile and journal entry may be stale now
        if entry is not None:
            journal.write(entry, profiles)
        held.apply(origin.partition)
    if result.profile is not None:
        track(result.profile)
    elif result.erased:
        forget(result.customer_id)
        metrics.ERASURES.inc()
        log.info("customer %s erased (profile, read model and model snapshots)", result.customer_id)
    observe(result)
    return result


def handed(message) -> float | None:
    """When the consumer handed ``message`` to the stream (POSIX s), from Faust's monitor (None: no monitor)."""
    time_in = getattr(message, "time_in", None)
    return None if time_in is None else time.time() - (time.monotonic() - time_in)


def merge_time(value: bytes | None, partition: int) -> float | None:
    """The event time an input is merged by (None: it cannot move a clock, so it need not wait)."""
    try:
        ts = event_time(orjson.loads(value)["time"])
    except Exception:  # not an event, or no valid time: the core dead-letters it
        return None
    if core.settings.time_bounds.check(ts, core.progress.get(partition, 0.0), core.now()) is not None:
        return None  # dead-lettered as time_out_of_range: it must not hold its topic back either
    return ts


guard_acks(inputs.topics)  # Faust's stream acks what it skips in a rebalance: only what the agent handled counts


@app.agent(inputs, name="vigia-process")
async def process(stream) -> None:
    """Inputs are acked only once processed, those waiting in the merge read again after a crash; and in offset
    order within a topic's partition, as its consumer commits them (see :meth:`EventTimeMerge.last_time`)."""
    manual = stream.noack()
    async for event in manual.events():
        primed = ensure_primed() or not app.consumer_generation_id  # (the test context joins no group)
        message = event.message
        partition = message.partition
        if message.topic == settings.topic_clock and message.key == NUDGE_KEY:
            _nudged.discard(partition)
            mark_done(message)
            await manual.ack(event)
        else:
            metrics.child(metrics.INPUTS_READ, str(partition)).inc()
            ts = None
            if message.topic != settings.topic_clock:  # read, even one to be dead-lettered: caught_up counts it
                record_received(message.topic, partition, message.offset, message.timestamp, handed(message))
                ts = merge_time(event.value, partition)
                if ts is None:  # it will be dead-lettered: behind its topic's waiting inputs, if any
                    ts = merge.last_time(partition, message.topic)
            if ts is None:  # clock ticks, erasures, and inputs to be dead-lettered with nothing waiting: at once
                if not primed:
                    early_input(partition)
                await handle(message, event.value)
                mark_done(message)
                await manual.ack(event)
            else:  # (before the clock is primed, it waits: its partition's models may not be restored yet)
                merge.push(partition, message.topic, ts, event, arrived=time.monotonic(), written=message.timestamp)
        if not primed:
            continue
        for waiting, how in merge.ready(partition, caught_up, time.monotonic(), settings.topic_idle_s):
            await handle(waiting.message, waiting.value, how)
            mark_done(waiting.message)
            await manual.ack(waiting)
        metrics.child(metrics.INPUTS_WAITING, str(partition)).set(merge.waiting(partition))


def early_input(partition: int) -> None:
    """Count, and log, an input processed before the table recovery of its rebalance ended and its partition's
    models were restored: its customer's profile may not be recovered yet. Faust resumes the stream as soon as
    the recovery ends, while the assignment's handlers may still be restoring models: events wait in the merge
    until the clock is primed, and only a clock tick or an input that will be dead-lettered (no event time to
    merge by) can go early. The worker's log filter (:class:`agents.health.RepeatLimiter`) lets a few such lines
    a minute through, with a count of the others."""
    metrics.EARLY_INPUTS.inc()
    log.warning("partition %d: an input went before the table recovery of this rebalance ended and its models were "
                "restored (a clock tick, or an input with no valid time): its outputs may differ from the replay's; "
                "restart the worker if vigia_inputs_before_recovery_total keeps growing", partition)  # fmt: skip


# partitions with a release nudge on its way through the clock topic
_nudged: set[int] = set()


@app.timer(interval=0.01, name="vigia-merge-release")
@guarded
async def release_waiting() -> None:
    """Wake partitions whose oldest waiting input has waited the merge's grace (:func:`agents.runtime.grace`).

    The merge looks again when an input arrives; the last inputs of a burst would otherwise wait for the
    next one. Table writes need a stream event of the partition, so the timer does not process them: it
    sends an empty message to the clock topic on that partition, and the agent, reading it, releases
    what may go (or, after ``VIGIA_TOPIC_IDLE_S``, forces it out).
    """
    if app.consumer_generation_id and not ensure_primed():
        return  # what waits goes once the clock is primed (a nudge then releases it)
    now = time.monotonic()
    wait = graces()
    for partition in merge.partitions():
        oldest = merge.oldest_arrival(partition)
        if oldest is not None and now - oldest >= wait and partition not in _nudged:
            _nudged.add(partition)
            await clock_topic.send(key=NUDGE_KEY, value=b"", partition=partition)


def _drop_waiting() -> None:
    """Before Faust waits for unacked inputs (rebalance, shutdown): drop those waiting, to be read again."""
    unacked = app.consumer.unacked
    for event in merge.drop():
        unacked.discard(event.message)
        metrics.child(metrics.INPUTS_WAITING, str(event.message.partition)).set(0)
    _nudged.clear()


app.before_wait_empty.append(_drop_waiting)


@app.on_partitions_revoked.connect
async def _forget_what_was_read(sender, revoked, **kwargs) -> None:
    """Sent once the step under way has ended (Faust waits for it first, and it still goes by what was read)."""
    forget_reads(revoked)
