"""Faust's Kafka consumer, without the records a fetch begun before a rebalance returns after it.

Faust (faust-streaming 0.x) reads the consumer's generation *after* a fetch returns, to stop handing
records of a generation that ended. A fetch begun before a rebalance and returning after it (the
revoke, the assignment, the table recovery and the seek to the committed offsets all happened while it
waited) hands records read from where the worker had got to before it: they pass as the new
generation's, move the partition's read offset on, and the committed record, fetched again, is then
dropped as already read (faust-streaming#216, #221). On 4 December a payment was skipped so, processed
later by the worker that took its partition, out of order. Here the generation is read before the fetch:
if it changed, the input records go, and their partitions are sought to their committed offsets again (no
record of the new generation has been handed yet, so none is committed past them). A table's recovery keeps
the changelog records it fetched: it seeks them itself.
"""

from __future__ import annotations

import logging
from typing import Any

from faust.transport.drivers import aiokafka

from streams import metrics

log = logging.getLogger(__name__)


class RebalanceSafeConsumer(aiokafka.Consumer):
    """:class:`faust.transport.drivers.aiokafka.Consumer` that drops what a fetch across a rebalance returns."""

    async def _wait_next_records(self, timeout: float) -> tuple[Any, Any]:
        generation = self.app.consumer_generation_id
        records, active_partitions = await super()._wait_next_records(timeout)
        if not records or self.app.consumer_generation_id == generation:
            return records, active_partitions
        changelogs = self.app.tables.changelog_topics  # (a table's recovery reads them: it seeks them itself)
        stale = {tp: batch for tp, batch in records.items() if tp.topic not in changelogs}
        if not stale:
            return records, active_partitions
        count = sum(len(batch) for batch in stale.values())
        try:  # (before the rebalance's own seek, this one is overridden by it: it seeks to the same offsets)
            for tp in stale:
                await self.seek(tp, self._committed_offset.get(tp) or 0)
        except Exception as exc:  # handed then, as Faust would: no worse than without this class
            log.warning("a fetch returned %d records across a rebalance, and seeking back to the committed offsets "
                        "failed (%r): they are handed as they are", count, exc)  # fmt: skip
            return records, active_partitions
        metrics.STALE_FETCHES.inc(count)
        log.warning("dropped %d records fetched across a rebalance (generation %s -> %s) from partitions %s: they are "
                    "read again from the committed offsets", count, generation, self.app.consumer_generation_id,
                    sorted(f"{tp.topic}/{tp.partition}" for tp in stale))  # fmt: skip
        return {tp: batch for tp, batch in records.items() if tp not in stale}, active_partitions
