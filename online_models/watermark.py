"""Event-time watermarks per partition, when one partition is fed by several topics.

A customer's journey and payment events share a partition number but travel on two topics that
a consumer reads at different speeds. After a backlog, the journey topic may be read up to April
while payments are still being read from March; moving the customer's clock to April would make
a paid invoice look 27 days late. The safe time of a partition is the least progress among its
topics that still have unread messages (a lagging topic not read at all yet holds the clock still);
a topic that is caught up does not hold the clock back.

>>> clocks = PartitionClocks(("journey", "payment"))
>>> clocks.record("journey", 0, 300.0); clocks.record("payment", 0, 100.0)
>>> clocks.safe_time(0, lagging=lambda topic, partition: topic == "payment")
100.0
>>> clocks.safe_time(0, lagging=lambda topic, partition: False)
300.0
>>> clocks.safe_time(1) is None
True
>>> clocks.holdback(0, lagging=lambda topic, partition: topic == "payment", exclude="journey")
100.0
>>> clocks.holdback(0, lagging=lambda topic, partition: False, exclude="journey") is None
True
>>> clocks.holdback(1, lagging=lambda topic, partition: topic == "payment", exclude="journey")
0.0

A lagging topic that has not delivered anything on a partition yet holds the clock at the earliest
event time read on that partition, so that new customers never get a clock of 1970:

>>> clocks.record("journey", 2, 500.0); clocks.record("journey", 2, 900.0)
>>> clocks.holdback(2, lagging=lambda topic, partition: topic == "payment", exclude="journey")
500.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _never_lagging(topic: str, partition: int) -> bool:
    return False


class PartitionClocks:
    """The latest event time read from each (topic, partition), and each partition's safe time."""

    def __init__(self, topics: Sequence[str]) -> None:
        self.topics = tuple(topics)
        self._progress: dict[tuple[str, int], float] = {}
        self._start: dict[int, float] = {}  # the earliest event time read on each partition

    def record(self, topic: str, partition: int, ts: float) -> None:
        key = (topic, partition)
        if ts > self._progress.get(key, 0.0):
            self._progress[key] = ts
        if ts < self._start.get(partition, float("inf")):
            self._start[partition] = ts

    def holdback(self, partition: int, lagging: Callable[[str, int], bool], exclude: str | None = None) -> float | None:
        """The least progress among the partition's lagging topics (but ``exclude``); None when none lags."""
        start = self._start.get(partition, 0.0)
        behind = [
            self._progress.get((topic, partition), start)
            for topic in self.topics
            if topic != exclude and lagging(topic, partition)
        ]
        return min(behind) if behind else None

    def safe_time(self, partition: int, lagging: Callable[[str, int], bool] = _never_lagging) -> float | None:
        """The time up to which every topic feeding ``partition`` has surely been read (None: unknown)."""
        held = self.holdback(partition, lagging)
        if held is not None:
            return held or None
        known = [self._progress[(t, partition)] for t in self.topics if (t, partition) in self._progress]
        return max(known) if known else None

    def clear(self) -> None:
        self._progress.clear()
        self._start.clear()
