"""What the agents of one worker process share: the core, and indexes rebuilt from the table."""

from __future__ import annotations

import heapq
import logging
import time
from collections.abc import Iterable
from pathlib import Path

from faust.types import TP

from agents import kpis
from online_models.checkpoint import MODELS_FILE, trained
from online_models.core import Core
from online_models.profile import CustomerProfile
from online_models.watermark import PartitionClocks
from streams.app import app, settings

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

# customers whose read-model entry is behind: the latest profile of each, flushed in batches
dirty: dict[str, CustomerProfile] = {}

# customers the clock alone will change: id -> (when, partition of their events)
wake_index: dict[str, tuple[float, int | None]] = {}
# the same by partition, earliest first, for ticking as event time passes (stale entries are skipped)
wake_heaps: dict[int, list[tuple[float, str]]] = {}

# event-time progress of the input topics, and the last offset processed per (topic, partition)
clocks = PartitionClocks((settings.topic_journey, settings.topic_payment))
_offsets: dict[tuple[str, int], int] = {}
# when each (topic, partition) last delivered a message, and when each partition first delivered any
_last_active: dict[tuple[str, int], float] = {}
_first_seen: dict[int, float] = {}


# customers erased whose read-model entry must go (the flush deletes them)
erased: set[str] = set()


def forget(customer_id: str) -> None:
    """Drop an erased customer from every index, and have the read model delete its entry."""
    dirty.pop(customer_id, None)
    wake_index.pop(customer_id, None)
    kpis.forget(customer_id)
    erased.add(customer_id)


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


def record_progress(topic: str, partition: int, offset: int, ts: float | None) -> None:
    """An input was handled at ``offset``; ``ts`` is its event time when it was a valid event."""
    _offsets[(topic, partition)] = offset
    now = time.monotonic()
    _last_active[(topic, partition)] = now
    _first_seen.setdefault(partition, now)
    if ts is not None:
        clocks.record(topic, partition, ts)


def input_partitions(tps: Iterable[TP]) -> set[int]:
    """The input partitions among ``tps`` (both input topics share partition numbers: the journey topic says)."""
    return {tp.partition for tp in tps if tp.topic == settings.topic_journey}


def owned_partitions() -> set[int]:
    """The input partitions this worker is assigned now."""
    return input_partitions(app.assignor.assigned_actives())


def offsets_of(partition: int) -> dict[str, int]:
    """The last input offset processed on ``partition``, per input topic."""
    return {topic: offset for (topic, p), offset in _offsets.items() if p == partition}


def lagging(topic: str, partition: int) -> bool:
    """True while this worker may have unread messages on the topic's partition.

    A partition this worker owns but has not fetched yet (its end offset unknown) counts as lagging:
    at start-up one topic is often read before the other has been fetched at all. A partition read to
    its end still counts as lagging until it has been quiet for ``VIGIA_TOPIC_IDLE_S``: two topics
    written at the same moment reach the consumer a few milliseconds apart, and a customer's March
    invoice must not find the clock already moved to April by the other topic (the idleness timeout
    of event-time stream processors).
    """
    tp = TP(topic, partition)
    try:
        if tp not in app.assignor.assigned_actives():
            return False
        highwater = app.consumer.highwater(tp)
        # where the consumer stands: after a restart, the committed offset, though nothing new was read
        position = app.consumer._read_offset.get(tp)
    except Exception:  # no consumer yet (agent tests)
        return False
    read = max(_offsets.get((topic, partition), -1), position - 1 if position is not None else -1)
    if highwater is None or read < highwater - 1:
        return True
    quiet_since = _last_active.get((topic, partition), _first_seen.get(partition))
    return quiet_since is not None and time.monotonic() - quiet_since < settings.topic_idle_s


def safe_time(partition: int) -> float | None:
    """How far the clock of this partition's customers may go (for clock ticks)."""
    return clocks.safe_time(partition, lagging)


def holdback(topic: str, partition: int) -> float | None:
    """The time an event from ``topic`` may move a customer's clock to, at most (None: its own time)."""
    return clocks.holdback(partition, lagging, exclude=topic)
