"""After each assignment, a partition is read from its committed offset, or it is sought there again.

Faust (faust-streaming 0.x) can hand a stream, after a rebalance, records its fetcher had prefetched
before it: they are stamped with the new generation (it is read after the fetch returns), pass the
stream's generation filter, and move the partition's read offset past the committed one that the
rebalance had just sought to. The committed input itself, fetched again, is then dropped as already
read (faust-streaming#216, #221): on 4 December a payment was skipped so, processed later by another
worker out of order. This guard looks at the first records of each partition after an assignment, as
the consumer fetches them (:mod:`streams.consumer`), before Faust's read offset moves: at the committed
offset it goes on; past it, they are dropped and the partition is sought back to the committed offset,
and what was prefetched beyond is dropped until the committed record comes back. Pure: the caller owns
the consumer.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import Enum

MAX_SEEKS = 20  # seeks back before the guard gives up and takes what comes (the records between are then lost)


class Verdict(Enum):
    TAKE = "take"  # process it
    SKIP = "skip"  # drop it, unacked: it will be read again from the committed offset
    SEEK = "seek"  # drop it, unacked, and seek the partition back to the committed offset


@dataclass
class _Pending:
    committed: int  # the offset the partition must be read from
    first: int  # the first offset handed after the assignment, past ``committed``
    highest: int  # the highest offset handed since
    seeks: int = 1


class FirstReads:
    """The first offsets read per partition since its assignment, checked against its committed offset.

    >>> reads = FirstReads()
    >>> reads.check("p3", 160, committed=159)  # a prefetched record went first: read again from 159
    <Verdict.SEEK: 'seek'>
    >>> reads.check("p3", 161, committed=159)  # more of the prefetched batch
    <Verdict.SKIP: 'skip'>
    >>> reads.check("p3", 159, committed=159), reads.check("p3", 160, committed=159)
    (<Verdict.TAKE: 'take'>, <Verdict.TAKE: 'take'>)
    >>> reads.check("p4", 42, committed=42)  # read from its committed offset: nothing to do
    <Verdict.TAKE: 'take'>
    """

    def __init__(self) -> None:
        self._verified: set[Hashable] = set()
        self._pending: dict[Hashable, _Pending] = {}
        self.given_up: list[tuple[Hashable, int, int]] = []  # (key, committed, offset taken) when MAX_SEEKS ran out

    def verified(self, key: Hashable) -> bool:
        """Whether ``key`` has been read from its committed offset since its assignment (all it reads goes on)."""
        return key in self._verified

    def check(self, key: Hashable, offset: int, committed: int | None) -> Verdict:
        """What to do with ``offset``, read on ``key`` (a topic partition) whose committed offset at its
        assignment was ``committed`` (None: nothing committed, any offset goes)."""
        if key in self._verified:
            return Verdict.TAKE
        pending = self._pending.get(key)
        if pending is None:
            if committed is None or offset == committed:
                self._verified.add(key)
                return Verdict.TAKE
            if offset < committed:  # processed before the commit: read again by mistake, nothing to do
                return Verdict.SKIP
            self._pending[key] = _Pending(committed, offset, offset)
            return Verdict.SEEK
        if offset < pending.committed:
            return Verdict.SKIP
        if offset <= pending.first:  # the committed offset or the first after it: read again from the seek
            del self._pending[key]  # (past ``committed`` and before ``first``: offsets the log has not, markers)
            self._verified.add(key)
            return Verdict.TAKE
        if offset > pending.highest:  # the prefetched batch goes on
            pending.highest = offset
            return Verdict.SKIP
        # read again, but what came before it was dropped as read: its read offset moved on after the seek
        if pending.seeks >= MAX_SEEKS:
            del self._pending[key]
            self._verified.add(key)
            self.given_up.append((key, pending.committed, offset))
            return Verdict.TAKE
        pending.seeks += 1
        pending.highest = offset
        return Verdict.SEEK

    def settle(self, keys: Iterable[Hashable]) -> None:
        """Take what comes on ``keys`` from now on (the caller could not seek them back)."""
        for key in keys:
            self._pending.pop(key, None)
            self._verified.add(key)

    def pending(self, key: Hashable) -> tuple[int, int] | None:
        """(committed, first) of a partition still waiting for its committed offset, for the log."""
        pending = self._pending.get(key)
        return None if pending is None else (pending.committed, pending.first)
