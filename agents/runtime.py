"""What the agents of one worker process share: the core, and indexes rebuilt from the table."""

from __future__ import annotations

from online_models.core import Core
from online_models.profile import CustomerProfile
from streams.app import settings

core = Core(settings.core)

# customers whose read-model entry is behind: the latest profile of each, flushed in batches
dirty: dict[str, CustomerProfile] = {}

# customers the clock alone will change: id -> (when, partition of their events)
wake_index: dict[str, tuple[float, int | None]] = {}

# the latest event time read from each (input topic, partition)
_progress: dict[tuple[str, int], float] = {}


def track(profile: CustomerProfile) -> None:
    """Remember what the read model and the clock sweep need to know about a profile just written."""
    dirty[profile.customer_id] = profile
    if profile.wake_ts is None:
        wake_index.pop(profile.customer_id, None)
    else:
        wake_index[profile.customer_id] = (profile.wake_ts, profile.partition)


def record_progress(topic: str, partition: int, ts: float) -> None:
    key = (topic, partition)
    if ts > _progress.get(key, 0.0):
        _progress[key] = ts


def partition_watermark(partition: int, topics: tuple[str, ...]) -> float:
    """How far event time has surely come on a partition: the least progress of its input topics.

    Journey and payment topics are read at different speeds; ticking a customer to the faster one's
    time could break a promise whose payment is still unread on the slower one. A topic that has
    carried nothing on this partition does not hold the clock back.

    >>> _progress.clear(); record_progress("pay", 0, 200.0); record_progress("journey", 0, 150.0)
    >>> partition_watermark(0, ("pay", "journey")), partition_watermark(1, ("pay", "journey"))
    (150.0, 0.0)
    """
    seen = [_progress[(t, partition)] for t in topics if (t, partition) in _progress]
    return min(seen) if seen else 0.0
