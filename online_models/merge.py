"""A partition's input topics merged in event-time order, so the worker reads what the replay reads.

A customer's journey and payment events share a partition number but travel on two topics that a
consumer reads at different speeds: after a backlog it may hold April's journey events before
March's payments. Processed as they come, the customer's clock would run ahead of the payments (a
paid invoice would look 27 days late), and a restart, reading another interleaving, would send other
outputs. So each partition keeps one queue per topic and releases the head with the earliest event
time once every topic has a head or has been read to its end, as Kafka Streams' task queues do.
The order is then the event-time order of the replay's file, whatever the fetches did.

An event waits only so long (a timeout, and a bound on the queued events): then it is *forced* out
though a topic is still behind, and the partition's safe time stays at that topic's progress, so no
clock passes a payment that has not been read.

>>> merge = EventTimeMerge(("payment", "journey"))
>>> behind, read_to_the_end = (lambda topic, partition, written: False), (lambda topic, partition, written: True)
>>> merge.push(0, "journey", 200.0, "j1", arrived=0.0); merge.push(0, "journey", 300.0, "j2", arrived=0.0)
>>> list(merge.ready(0, behind))  # no payment read yet: the journey events wait
[]
>>> merge.push(0, "payment", 250.0, "p1", arrived=0.0)
>>> list(merge.ready(0, behind))
[('j1', 'ordered'), ('p1', 'ordered')]

Once processed (a dead letter moves no clock), an event advances its partition's progress:

>>> merge.advance(0, 200.0); merge.advance(0, 250.0)
>>> merge.safe_time(0, behind)  # the payment topic may still hold events from 250 on
250.0
>>> list(merge.ready(0, read_to_the_end))
[('j2', 'ordered')]
>>> merge.advance(0, 300.0); merge.safe_time(0, read_to_the_end)
300.0

An event waits as long as it takes for a topic known to have unread messages (bounded by the events
waiting), but only ``wait_s`` for a topic whose end has not been fetched since the event was written:

>>> unknown = lambda topic, partition, written: None
>>> merge.push(1, "journey", 500.0, "j3", arrived=10.0)
>>> list(merge.ready(1, behind, now=99.0, wait_s=5.0)), list(merge.ready(1, unknown, now=12.0, wait_s=5.0))
([], [])
>>> list(merge.ready(1, unknown, now=16.0, wait_s=5.0))
[('j3', 'forced')]

A topic read to its end but maybe written late (``QUIET``) lets the event go, its clock held back:

>>> quiet = lambda topic, partition, written: QUIET if topic == "payment" else True
>>> merge.push(2, "journey", 700.0, "j4", arrived=0.0)
>>> list(merge.ready(2, quiet)), merge.holdback(2, quiet)
([('j4', 'held')], 700.0)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

# (topic, partition, written) -> True: every message written there before ``written`` (POSIX s) has been
# read; QUIET: read to the end as fetched since, but a late producer may still write earlier events;
# False: some have not been read yet; None: unknown (the partition's end was not fetched since)
QUIET = "quiet"
CaughtUp = Callable[[str, int, float], bool | str | None]


class EventTimeMerge:
    """One queue per (partition, topic); heads released earliest event time first."""

    def __init__(self, topics: Sequence[str], max_waiting: int = 50_000) -> None:
        self.topics = tuple(topics)  # on equal times, the earlier topic's event goes first
        self.max_waiting = max_waiting  # per partition: beyond it the earliest head is forced out
        self._queues: dict[int, dict[str, deque[tuple[float, float, float, Any]]]] = {}
        self._seen: dict[tuple[str, int], float] = {}  # latest event time pushed per (topic, partition)
        self._start: dict[int, float] = {}  # the earliest event time pushed per partition
        self._progress: dict[int, float] = {}  # the latest event time released per partition
        self._last_written: dict[int, float] = {}  # when the latest released event was written, per partition

    def push(self, partition: int, topic: str, ts: float, item: Any, arrived: float, written: float = 0.0) -> None:
        """Queue ``item`` behind its topic's earlier ones: event time ``ts``, read at ``arrived``, written to
        Kafka at ``written`` (the other topics must have been read up to then before it goes)."""
        queues = self._queues.setdefault(partition, {t: deque() for t in self.topics})
        queues[topic].append((ts, arrived, written, item))
        key = (topic, partition)
        self._seen[key] = max(self._seen.get(key, ts), ts)
        self._start[partition] = min(self._start.get(partition, ts), ts)

    def advance(self, partition: int, ts: float) -> None:
        """An event of time ``ts`` was processed (not dead-lettered): the partition's clocks may follow."""
        self._progress[partition] = max(self._progress.get(partition, ts), ts)

    def resume(self, partition: int, ts: float) -> None:
        """After a restart: the partition had been processed up to event time ``ts``."""
        self.advance(partition, ts)
        for topic in self.topics:
            self._seen[(topic, partition)] = max(self._seen.get((topic, partition), ts), ts)

    def waiting(self, partition: int | None = None) -> int:
        """How many events wait (on one partition, or on all)."""
        partitions = self._queues if partition is None else [partition]
        return sum(len(q) for p in partitions for q in self._queues.get(p, {}).values())

    def last_time(self, partition: int, topic: str) -> float | None:
        """The event time of the last event of ``topic`` waiting on ``partition`` (None: none waits).

        An input with no event time to merge by (it will be dead-lettered) queues behind its topic's waiting
        events at this time, so it is processed, and acked, after them: a consumer commits a partition's
        offsets in order, and Faust 0.15 commits past an unacked offset just ahead of acked ones
        (faust-streaming#606), so an input acked ahead of earlier ones still waiting could lose them in a crash.

        >>> merge = EventTimeMerge(("payment", "journey"))
        >>> merge.last_time(0, "journey") is None
        True
        >>> merge.push(0, "journey", 100.0, "j1", arrived=0.0); merge.push(0, "journey", 90.0, "j2", arrived=0.0)
        >>> merge.last_time(0, "journey"), merge.last_time(0, "payment")
        (90.0, None)
        """
        queue = self._queues.get(partition, {}).get(topic)
        return queue[-1][0] if queue else None

    def oldest_arrival(self, partition: int) -> float | None:
        """When the event waiting longest on ``partition`` was read (None: nothing waits)."""
        arrivals = [q[0][1] for q in self._queues.get(partition, {}).values() if q]
        return min(arrivals) if arrivals else None

    def partitions(self) -> list[int]:
        return [p for p, queues in self._queues.items() if any(queues.values())]

    def ready(self, partition: int, caught_up: CaughtUp, now: float = 0.0,
              wait_s: float = float("inf")) -> Iterator[tuple[Any, str]]:  # fmt: skip
        """Pop the events that may go now, in event-time order, each with how: ``ordered`` (every other topic
        read up to it), ``held`` (another is quiet: the event goes, its clock held at that topic's progress)
        or ``forced`` (out after waiting too long, its clock held likewise)."""
        queues = self._queues.get(partition)
        while queues:
            heads = [(q[0][0], rank, topic) for rank, (topic, q) in enumerate(queues.items()) if q]
            if not heads:
                return
            _ts, _rank, first = min(heads)
            written = queues[first][0][2]
            known = [caught_up(topic, partition, written) for topic, q in queues.items() if not q]
            behind = [state for state in known if state is not True and state != QUIET]
            forced = False
            if behind:  # a topic known to be behind is waited for (its messages are coming), an unknown one not long
                oldest = min(q[0][1] for q in queues.values() if q)
                timed_out = None in behind and now - oldest >= wait_s
                forced = timed_out or sum(map(len, queues.values())) > self.max_waiting
                if not forced:
                    return
            _ts, _rank, topic = min(heads)
            self._last_written[partition] = written
            yield queues[topic].popleft()[3], "forced" if forced else ("held" if QUIET in known else "ordered")

    def holdback(self, partition: int, caught_up: CaughtUp, written: float | None = None) -> float | None:
        """The earliest time an unprocessed event of the partition may still have (None: no limit), for what
        was written by ``written`` (by default, when the latest event released was)."""
        if written is None:
            written = self._last_written.get(partition, 0.0)
        queues = self._queues.get(partition, {})
        start = self._start.get(partition, 0.0)
        limits = []
        for topic in self.topics:
            queue = queues.get(topic)
            if queue:
                limits.append(queue[0][0])
            elif caught_up(topic, partition, written) is not True:
                limits.append(self._seen.get((topic, partition), start))
        return min(limits) if limits else None

    def safe_time(self, partition: int, caught_up: CaughtUp) -> float | None:
        """How far the clocks of the partition's customers may go: its progress, held back by unread events."""
        progress = self._progress.get(partition)
        if progress is None:
            return None
        held = self.holdback(partition, caught_up)
        return progress if held is None else min(progress, held)

    def drop(self, partitions: Sequence[int] | None = None) -> list[Any]:
        """Forget what waits (on a rebalance or at shutdown: it is read again); the dropped items.

        The queues are emptied in place: a :meth:`ready` still running (its caller awaiting a step) releases
        nothing more, as what it would release is dropped, to be read again, maybe by another worker.

        >>> merge = EventTimeMerge(("payment", "journey"))
        >>> for n in range(3):
        ...     merge.push(0, "journey", 100.0 + n, f"j{n}", arrived=0.0)
        >>> releasing = merge.ready(0, lambda topic, partition, written: True)
        >>> next(releasing), merge.drop(), list(releasing)  # a rebalance while the first was processed
        (('j0', 'ordered'), ['j1', 'j2'], [])

        What was dropped is read again: a clock still waits for the first of it, not for the last event pushed:

        >>> merge.push(1, "payment", 250.0, "p1", arrived=0.0); merge.push(1, "payment", 300.0, "p2", arrived=0.0)
        >>> merge.advance(1, 400.0); payments_unread = lambda topic, partition, written: topic == "journey"
        >>> merge.safe_time(1, payments_unread), merge.drop([1]), merge.safe_time(1, payments_unread)
        (250.0, ['p1', 'p2'], 250.0)
        """
        dropped = []
        for p in list(self._queues) if partitions is None else partitions:
            for topic, queue in self._queues.pop(p, {}).items():
                if queue:  # read again from its head: the clocks wait for it, as they did while it was queued
                    self._seen[(topic, p)] = queue[0][0]
                dropped.extend(entry[3] for entry in queue)
                queue.clear()
        return dropped


class DeliveryDelay:
    """How late a topic's messages reach this consumer lately: the largest (handed to the stream - written) seen
    within ``window_s``, per topic. The merge waits for a quiet topic as long as its messages have lately taken,
    not a fixed worst case: a producer that sends at once costs milliseconds, a busy one's queue more.

    >>> delays = DeliveryDelay(window_s=30.0, buckets=3)
    >>> delays.recent("payment", now=0.0) is None  # nothing seen yet: the caller assumes the worst
    True
    >>> delays.observe("payment", 0.004, now=1.0); delays.observe("payment", 0.150, now=2.0)
    >>> delays.observe("payment", 0.006, now=25.0)
    >>> delays.recent("payment", now=25.0)
    0.15
    >>> delays.recent("payment", now=45.0)  # the busy spell is older than the window
    0.006
    """

    def __init__(self, window_s: float = 30.0, buckets: int = 10) -> None:
        self.width = window_s / buckets
        self.buckets = buckets
        self._recent: dict[str, deque[list[float]]] = {}  # per topic: [bucket number, largest delay in it]

    def observe(self, topic: str, delay: float, now: float) -> None:
        n = now // self.width
        recent = self._recent.setdefault(topic, deque())
        if recent and recent[-1][0] == n:
            recent[-1][1] = max(recent[-1][1], delay)
        else:
            recent.append([n, delay])
        while recent[0][0] <= n - self.buckets:
            recent.popleft()

    def recent(self, topic: str, now: float) -> float | None:
        """The largest delay seen within the window (None: no message of the topic within it)."""
        oldest = now // self.width - self.buckets
        delays = [delay for n, delay in self._recent.get(topic, ()) if n > oldest]
        return max(delays) if delays else None
