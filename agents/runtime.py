"""What the agents of one worker process share: the core, and indexes rebuilt from the table."""

from __future__ import annotations

import heapq
import logging
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from faust.types import TP

from agents import kpis
from online_models import partitioning, text
from online_models.checkpoint import MODELS_FILE, trained
from online_models.core import Core
from online_models.journal import is_journal
from online_models.merge import QUIET, DeliveryDelay, EventTimeMerge
from online_models.profile import CustomerProfile
from streams import metrics
from streams.app import app, plain_profiles, profiles, settings

log = logging.getLogger(__name__)

def _trained() -> tuple[object, dict | None]:
    """The models ``vigia train`` wrote (VIGIA_MODELS_FROM), for partitions with no checkpoint of their own."""
    if not settings.models_from:
        return None, None
    path = Path(settings.models_from)
    blob = (path / MODELS_FILE if path.is_dir() else path).read_bytes()
    checkpoint = trained(blob, settings.checkpoint_key.encode(), settings.core.models)
    models, about = checkpoint.models, checkpoint.provenance
    log.info("partitions without a checkpoint start from models trained on %d events, %s to %s, %d outcomes",
             about["events"], about["from"][:10], about["to"][:10], about["outcomes"])  # fmt: skip
    return models, about


_start_from, trained_on = _trained()
core = Core(settings.core, start_from=_start_from)
text.warm_up()  # the typo repair's word lists, read now rather than on the event loop at the first message

# customers whose read-model entry is behind: the latest profile of each, flushed in batches (None: read it
# from the table at the flush; a rebuild marks every customer of a partition so, not holding them decoded)
dirty: dict[str, CustomerProfile | None] = {}

# customers the clock alone will change: id -> (when, partition of their events)
wake_index: dict[str, tuple[float, int | None]] = {}
# the same by partition, earliest first, for ticking as event time passes (stale entries are skipped)
wake_heaps: dict[int, list[tuple[float, str]]] = {}

# each partition's input topics merged in event-time order, and the last offset processed per (topic, partition)
merge = EventTimeMerge((settings.topic_payment, settings.topic_journey))
# how late each input topic's messages reach this worker lately: the merge's grace follows it
delays = DeliveryDelay(window_s=5.0)
GRACE_PER_DELAY = 2.0  # the grace is this many times the largest recent delay (within the floor and the cap)
_offsets: dict[tuple[str, int], int] = {}
# when each partition last processed an input (monotonic): the clock sweep leaves busy partitions alone
last_processed: dict[int, float] = {}
# the last offset read (received by the agent, maybe still waiting in the merge) per (topic, partition), and
# when that message was written to Kafka
_received: dict[tuple[str, int], int] = {}
_received_written: dict[tuple[str, int], float] = {}
# when the last input processed per (topic, partition) (its offset in ``_offsets``) was written to Kafka
_processed_written: dict[tuple[str, int], float] = {}

# customers erased whose read-model entry must go (the flush deletes them)
erased: set[str] = set()


def forget(customer_id: str) -> None:
    """Drop an erased customer from every index, and have the read model delete its entry."""
    dirty.pop(customer_id, None)
    wake_index.pop(customer_id, None)
    kpis.forget(customer_id)
    erased.add(customer_id)


def stored_profiles() -> Iterator[tuple[str, bytes]]:
    """(customer id, stored profile) for each customer in this worker's table; journal entries left out."""
    for customer_id in stored_customers():
        blob = plain_profiles.get(customer_id)
        if blob:
            yield customer_id, blob


def stored_customers() -> list[str]:
    """The ids of the customers in this worker's table (nothing decoded)."""
    return [key for key in list(plain_profiles) if not is_journal(key)]


def let_go(owned: set[int]) -> int:
    """Drop from this worker's memory the profiles of the partitions it does not own now (their changelog keeps
    them for their new owner); how many went.

    Faust's memory store forgets, when a partition moves away, only the keys it recovered from the changelog,
    not those this worker wrote itself: a worker kept every customer it had ever owned, counted them in its
    portfolio figures and primed its clock from them ("clock primed from 1500 local profiles" with 3 of 6
    partitions), and adding workers freed no memory.
    """
    store = profiles.data
    recovered_at = getattr(store, "_key_partition", {})
    gone = [key for key in stored_customers()
            if partitioning.partition_for(key.encode(), settings.partitions) not in owned]  # fmt: skip
    for key in gone:
        del store[key]  # memory only: no tombstone goes to the changelog
        recovered_at.pop(key, None)
    return len(gone)


def stored_profile(customer_id: str) -> bytes | None:
    """A customer's stored profile (None: none, or the id names a journal entry)."""
    return None if is_journal(customer_id) else plain_profiles.get(customer_id)


def track(profile: CustomerProfile) -> None:
    """Remember what the read model, the clock sweep and the portfolio figures need of a profile just written."""
    dirty[profile.customer_id] = profile
    kpis.account(profile)
    if profile.wake_ts is None:
        wake_index.pop(profile.customer_id, None)
        return
    entry = (profile.wake_ts, profile.partition)
    if wake_index.get(profile.customer_id) != entry:
        wake_index[profile.customer_id] = entry
        if profile.partition is not None:
            heapq.heappush(wake_heaps.setdefault(profile.partition, []), (profile.wake_ts, profile.customer_id))


def rebuild_wake_heaps() -> None:
    """The heaps again from the wake index (after a rebalance, or when stale entries pile up)."""
    wake_heaps.clear()
    for customer_id, (wake, partition) in wake_index.items():
        if partition is not None:
            wake_heaps.setdefault(partition, []).append((wake, customer_id))
    for heap in wake_heaps.values():
        heapq.heapify(heap)


def record_received(topic: str, partition: int, offset: int, written: float, handed: float | None = None) -> None:
    """The agent has read ``offset``, written at ``written`` (it may wait in the merge before it is processed),
    which the consumer handed to the stream at ``handed`` (POSIX s; None: unknown)."""
    _received[(topic, partition)] = offset
    _received_written[(topic, partition)] = written
    if handed is not None:  # producer's queue, broker and fetch: the delay errs long, and so the grace
        delays.observe(topic, max(0.0, handed - written), time.monotonic())


def grace(topic: str) -> float:
    """How long after an input was written the other topic must have been fetched with nothing newer, before
    the input goes: twice the topic's largest delivery delay of the last 5 s, within ``VIGIA_MERGE_GRACE_MIN_S`` and
    ``VIGIA_MERGE_GRACE_S`` (the cap, also while the topic has shown no message lately)."""
    recent = delays.recent(topic, time.monotonic())
    if recent is None:
        return settings.merge_grace_s
    return min(settings.merge_grace_s, max(settings.merge_grace_min_s, GRACE_PER_DELAY * recent))


def graces() -> float:
    """The longest grace of the input topics now (and each one's, for the ops' gauge)."""
    longest = 0.0
    for topic in merge.topics:
        wait = grace(topic)
        metrics.child(metrics.MERGE_GRACE, topic).set(wait)
        longest = max(longest, wait)
    return longest


def record_progress(topic: str, partition: int, offset: int, written: float | None = None) -> None:
    """An input was processed at ``offset``, written to Kafka at ``written``."""
    last_processed[partition] = time.monotonic()
    if offset > _offsets.get((topic, partition), -1):
        _offsets[(topic, partition)] = offset
        if written is not None:
            _processed_written[(topic, partition)] = written


def forget_reads(tps: Iterable[TP]) -> None:
    """After a rebalance's revoke (no step under way): what was read of these partitions and not processed was
    dropped from the merge and is read again from the committed offsets, so the last offset read no longer says
    how far they have been read. Kept, it said a topic read to its end while its dropped messages had still to
    come back (a partition kept through the rebalance let the other topic's events go first, out of the replay's
    order), or, for a partition given back later, that messages another worker has processed since were unread
    (its events waited for them). :func:`caught_up` then goes by the committed offset, and by this worker's own
    last processed input where that is the committed one."""
    for tp in tps:
        _received.pop((tp.topic, tp.partition), None)
        _received_written.pop((tp.topic, tp.partition), None)


def input_partitions(tps: Iterable[TP]) -> set[int]:
    """The input partitions among ``tps`` (both input topics share partition numbers: the journey topic says)."""
    return {tp.partition for tp in tps if tp.topic == settings.topic_journey}


def owned_partitions() -> set[int]:
    """The input partitions this worker is assigned now."""
    return input_partitions(app.assignor.assigned_actives())


def offsets_of(partition: int) -> dict[str, int]:
    """The last input offset processed on ``partition``, per input topic."""
    return {topic: offset for (topic, p), offset in _offsets.items() if p == partition}


def caught_up(topic: str, partition: int, written: float) -> bool | str | None:
    """Whether the agent has read every message written to the topic's partition before ``written``.

    True once it has read to the partition's end and either read a message of it written at
    ``written`` or later (a producer's messages reach a partition in the order written), or fetched that
    end a :func:`grace` after ``written`` (a producer's batches for two topics reach the broker a few
    milliseconds apart, more when it is busy; five times the cap for a partition that has delivered nothing
    yet) and ``VIGIA_TOPIC_IDLE_S`` have passed. In between it is ``QUIET``: the input goes, but its customer's
    clock stays at the quiet topic's progress, for an upstream a few seconds late. None (unknown) until
    the end was fetched: the merge waits for an unknown topic ``VIGIA_TOPIC_IDLE_S`` at most. After a
    restart, before anything new arrives, the committed offset says where the group stood.
    """
    tp = TP(topic, partition)
    try:
        highwater = app.consumer.highwater(tp)
        committed = app.consumer._committed_offset.get(tp)
        polled = app.consumer._thread._ensure_consumer().last_poll_timestamp(tp)
    except Exception:  # no consumer (the agent's test context): nothing more will come
        return True
    if highwater is None or polled is None:
        return None
    read = _received.get((topic, partition))
    last_written = _received_written.get((topic, partition))
    if read is None:  # nothing read since the worker started or the partition was last revoked
        read = committed - 1 if committed is not None else -1
        if _offsets.get((topic, partition)) == read:  # the committed input was this worker's last processed one
            last_written = _processed_written.get((topic, partition))
    if read < highwater - 1:
        return False
    if (last_written or 0.0) >= written:
        return True
    # a producer's first message to a topic waits for its metadata: give a partition that has delivered
    # nothing yet five times the cap
    wait = grace(topic) if last_written is not None else 5 * settings.merge_grace_s
    if polled / 1000.0 >= written + wait:  # nothing newer yet: an upstream a few seconds late may still write
        return True if time.time() - written >= settings.topic_idle_s else QUIET
    return None


def safe_time(partition: int) -> float | None:
    """How far the clock of this partition's customers may go (for clock ticks)."""
    return merge.safe_time(partition, caught_up)


def holdback(partition: int, written: float) -> float | None:
    """The time an event let out of the merge before another topic was surely read up to it (written at
    ``written``) may move a customer's clock to, at most."""
    return merge.holdback(partition, caught_up, written)
