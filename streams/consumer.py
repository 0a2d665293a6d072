"""Faust's Kafka consumer, reading each input partition from its committed offset after every rebalance.

Faust (faust-streaming 0.x) reads the consumer's generation *after* a fetch returns, to stop handing
records of a generation that ended. A fetch begun before a rebalance and returning after it (the
revoke, the assignment, the table recovery and the seek to the committed offsets all happened while it
waited) hands records read from where the worker had got to before it: they pass as the new
generation's, move the partition's read offset on, and the committed record, fetched again, is then
dropped as already read (faust-streaming#216, #221). On 4 December a payment was skipped so, processed
later by the worker that took its partition, out of order. So, where records are fetched, before
Faust's read offset moves:

- the generation is read before the fetch: if it changed, the input records go, and their partitions
  are sought to their committed offsets again (no record of the new generation has been handed yet);
- the first records of each input partition in a generation must start at its committed offset
  (:class:`streams.offsets.FirstReads`): records past it are dropped and the partition is sought back.

The seeks go through the consumer's own thread (``seek_wait``), as its fetcher requires: a seek made
from the event loop's thread raced the fetch under way, whose records then moved Faust's read offset
past the committed one again (a churn run on 4 December skipped 641 payment inputs so). A table's
recovery keeps the changelog records it fetched: it seeks them itself.

And an input is acked only once the agent has handled it (:func:`mark_done`). Faust's stream acks
every message it skips because the flow is suspended for a rebalance or the message's generation has
ended, even from a ``noack`` stream (faust-streaming#527, robinhood/faust#604): the next commit then
went past inputs no step had seen, and the worker that took the partition began after them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from weakref import WeakSet

from faust.transport.drivers import aiokafka

from streams import metrics
from streams.offsets import MAX_SEEKS, FirstReads, Verdict

log = logging.getLogger(__name__)
_handled: WeakSet = WeakSet()  # input messages the agent has handled: only these may be acked
_guarded: set[str] = set()  # the agent's input topics


def guard_acks(topics: Iterable[str]) -> None:
    """Ack messages of ``topics`` only once :func:`mark_done` says so (the processing agent's inputs)."""
    _guarded.update(topics)


def mark_done(message: Any) -> None:
    """The agent is done with ``message`` (processed, or dropped on purpose): its ack may count."""
    _handled.add(message)


class RebalanceSafeConsumer(aiokafka.Consumer):
    """:class:`faust.transport.drivers.aiokafka.Consumer` that hands, after a rebalance, no record read before it."""

    def ack(self, message: Any) -> bool:
        if message.topic in _guarded and message not in _handled:  # skipped by Faust's stream, not handled
            metrics.SKIPPED_ACKS.inc()
            log.info("%s partition %d: offset %d skipped by Faust's stream in a rebalance; not acked, it is read "
                     "again", message.topic, message.partition, message.offset)  # fmt: skip
            self._unacked_messages.discard(message)  # (a rebalance waits for no step on it)
            return False  # not committed: read again after the rebalance
        return super().ack(message)

    async def _wait_next_records(self, timeout: float) -> tuple[Any, Any]:
        generation = self.app.consumer_generation_id
        records, active_partitions = await super()._wait_next_records(timeout)
        if not records:
            return records, active_partitions
        changelogs = self.app.tables.changelog_topics  # (a table's recovery reads them: it seeks them itself)
        inputs = [tp for tp in records if tp.topic not in changelogs]
        if not inputs:
            return records, active_partitions
        if self.app.consumer_generation_id != generation:
            return await self._drop_stale(records, inputs, generation), active_partitions
        return await self._from_committed(records, inputs, generation), active_partitions

    def _committed(self, tp: Any) -> int | None:
        return self._committed_offset.get(tp)

    async def _drop_stale(self, records: dict, stale: list, generation: int) -> dict:
        """A fetch across a rebalance: its input records go, and their partitions are read again from the
        committed offsets (before the rebalance's own seek, this one is overridden by it: the same offsets)."""
        count = sum(len(records[tp]) for tp in stale)
        if not await self._seek_back({tp: self._committed(tp) or 0 for tp in stale}):
            return records  # handed as they are, as Faust would: no worse than without this class
        metrics.STALE_FETCHES.inc(count)
        log.warning("dropped %d records fetched across a rebalance (generation %s -> %s) from partitions %s: they are "
                    "read again from the committed offsets", count, generation, self.app.consumer_generation_id,
                    _names(stale))  # fmt: skip
        dropped = set(stale)
        return {tp: batch for tp, batch in records.items() if tp not in dropped}

    async def _from_committed(self, records: dict, inputs: list, generation: int) -> dict:
        """Hand an input partition's records only from its committed offset on, in each generation."""
        if getattr(self, "_reads_generation", None) != generation:
            self._reads, self._reads_generation = FirstReads(), generation
        reads: FirstReads = self._reads
        kept, seeks = dict(records), {}
        for tp in inputs:
            if reads.verified(tp):
                continue
            committed = self._committed(tp)
            kept[tp] = [record for record in records[tp] if reads.check(tp, record.offset, committed) is Verdict.TAKE]
            if reads.pending(tp) is not None and len(kept[tp]) < len(records[tp]):
                seeks[tp] = committed  # (sought again each time records past it come first: the fetch went on)
        for tp, committed, offset in reads.given_up:
            log.error("%s partition %d: its committed offset %d did not come back after %d seeks; reading on from "
                      "%d: the inputs between are not processed (check the topic's retention and the consumer's "
                      "fetch settings)", tp.topic, tp.partition, committed, MAX_SEEKS, offset)  # fmt: skip
        reads.given_up.clear()
        if not seeks:
            return {tp: batch for tp, batch in kept.items() if batch}
        if not await self._seek_back(seeks):
            reads.settle(seeks)  # handed as they are, as Faust would: no worse than without this class
            return records
        for tp, committed in seeks.items():
            metrics.child(metrics.INPUTS_REREAD, tp.topic).inc()
            log.warning("%s partition %d: %d records from offset %d came first after the assignment, past the "
                        "committed offset %d: dropped, and the partition sought back to it", tp.topic, tp.partition,
                        len(records[tp]) - len(kept[tp]), records[tp][0].offset, committed)  # fmt: skip
        return {tp: batch for tp, batch in kept.items() if batch}

    async def _seek_back(self, offsets: dict) -> bool:
        """Seek partitions in the consumer's thread, resetting Faust's read offsets (False: it failed)."""
        try:
            await self.seek_wait(offsets)
        except Exception as exc:
            log.warning("seeking %s back to their committed offsets failed (%r)", _names(offsets), exc)
            return False
        return True


def _names(tps: Iterable) -> list[str]:
    return sorted(f"{tp.topic}/{tp.partition}" for tp in tps)
