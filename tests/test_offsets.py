"""A partition is read, after each assignment, from its committed offset (agents/offsets.py, streams/consumer.py)."""

import asyncio
from types import SimpleNamespace

from faust.transport.drivers import aiokafka
from faust.types import TP

from agents.offsets import MAX_SEEKS, FirstReads, Verdict
from streams.consumer import RebalanceSafeConsumer

TAKE, SKIP, SEEK = Verdict.TAKE, Verdict.SKIP, Verdict.SEEK


def _verdicts(reads: FirstReads, offsets: list[int], committed: int | None, key: str = "p") -> list[Verdict]:
    return [reads.check(key, offset, committed) for offset in offsets]


def test_read_from_the_committed_offset_goes_on():
    assert _verdicts(FirstReads(), [159, 160, 161], committed=159) == [TAKE, TAKE, TAKE]


def test_nothing_committed_takes_any_first_offset():
    assert _verdicts(FirstReads(), [7, 8], committed=None) == [TAKE, TAKE]


def test_prefetched_records_first_are_dropped_until_the_committed_one_comes_back():
    reads = FirstReads()
    assert _verdicts(reads, [160, 161, 162], committed=159) == [SEEK, SKIP, SKIP]
    assert reads.pending("p") == (159, 160)
    assert _verdicts(reads, [159, 160, 161, 162, 163], committed=159) == [TAKE] * 5
    assert reads.pending("p") is None


def test_the_committed_record_dropped_again_after_the_seek_seeks_again():
    """The rest of the prefetched batch moved Faust's read offset on after the seek: the committed record,
    fetched again, was dropped, and one already seen comes back first."""
    reads = FirstReads()
    assert _verdicts(reads, [160, 161, 162, 162], committed=159) == [SEEK, SKIP, SKIP, SEEK]
    assert _verdicts(reads, [159, 160], committed=159) == [TAKE, TAKE]


def test_a_committed_offset_with_no_record_is_taken_after_one_seek():
    """A transaction marker at the committed offset: the first record after it comes first, after the seek too."""
    reads = FirstReads()
    assert _verdicts(reads, [160, 160, 161], committed=159) == [SEEK, TAKE, TAKE]


def test_records_older_than_the_committed_offset_are_skipped():
    reads = FirstReads()
    assert _verdicts(reads, [150, 159], committed=159) == [SKIP, TAKE]


def test_gives_up_after_so_many_seeks():
    reads = FirstReads()
    verdicts = _verdicts(reads, [160] + [161] * (MAX_SEEKS + 1), committed=159)
    assert verdicts[: MAX_SEEKS + 1] == [SEEK, SKIP] + [SEEK] * (MAX_SEEKS - 1)
    assert verdicts[-1] is TAKE


def test_partitions_are_checked_apart_and_again_after_a_revoke():
    reads = FirstReads()
    assert reads.check("a", 10, committed=10) is TAKE
    assert reads.check("b", 20, committed=12) is SEEK
    assert reads.check("a", 11, committed=10) is TAKE
    reads.forget(["a", "b"])
    assert reads.check("a", 30, committed=25) is SEEK
    assert reads.check("b", 12, committed=12) is TAKE


def _consumer() -> tuple[RebalanceSafeConsumer, list[tuple]]:
    consumer = object.__new__(RebalanceSafeConsumer)
    seeks: list[tuple] = []

    async def seek(tp, offset) -> None:
        seeks.append((tp, offset))

    app = SimpleNamespace(consumer_generation_id=3, tables=SimpleNamespace(changelog_topics={"table-changelog"}))
    consumer.__dict__.update(app=app, _committed_offset={TP("t", 3): 159},
                             seek=seek)  # fmt: skip
    return consumer, seeks


def _fetch(monkeypatch, records: dict, rebalance: bool) -> None:
    async def fetch(self, timeout):
        if rebalance:
            self.app.consumer_generation_id += 1
        return records, {"tp"}

    monkeypatch.setattr(aiokafka.Consumer, "_wait_next_records", fetch)


def test_a_fetch_within_one_generation_hands_its_records(monkeypatch):
    consumer, seeks = _consumer()
    _fetch(monkeypatch, {"tp": [1, 2]}, rebalance=False)
    assert asyncio.run(consumer._wait_next_records(1.0)) == ({"tp": [1, 2]}, {"tp"})
    assert seeks == []


def test_a_fetch_across_a_rebalance_drops_its_records_and_seeks_to_the_committed_offsets(monkeypatch):
    consumer, seeks = _consumer()
    _fetch(monkeypatch, {TP("t", 3): [1, 2], TP("t", 4): [7]}, rebalance=True)
    assert asyncio.run(consumer._wait_next_records(1.0)) == ({}, {"tp"})
    assert seeks == [(TP("t", 3), 159), (TP("t", 4), 0)]  # (nothing committed on 4: from its start)


def test_a_table_recovery_keeps_what_it_fetched_across_a_rebalance(monkeypatch):
    consumer, seeks = _consumer()
    changelog, stream = TP("table-changelog", 1), TP("t", 1)
    _fetch(monkeypatch, {changelog: [1, 2], stream: [3]}, rebalance=True)
    assert asyncio.run(consumer._wait_next_records(1.0)) == ({changelog: [1, 2]}, {"tp"})
    assert seeks == [(stream, 0)]
    _fetch(monkeypatch, {changelog: [4]}, rebalance=True)
    assert asyncio.run(consumer._wait_next_records(1.0)) == ({changelog: [4]}, {"tp"})
    assert seeks == [(stream, 0)]
