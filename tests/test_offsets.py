"""A partition is read, after each assignment, from its committed offset (streams/offsets.py, streams/consumer.py)."""

import asyncio
from types import SimpleNamespace

from faust.transport.drivers import aiokafka
from faust.types import TP

from streams.consumer import RebalanceSafeConsumer
from streams.offsets import MAX_SEEKS, FirstReads, Verdict

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


def test_partitions_are_checked_apart():
    """(Each generation checks them again with a fresh FirstReads: see the consumer's tests below.)"""
    reads = FirstReads()
    assert reads.check("a", 10, committed=10) is TAKE
    assert reads.check("b", 20, committed=12) is SEEK
    assert reads.check("a", 11, committed=10) is TAKE
    assert reads.check("b", 12, committed=12) is TAKE


def _consumer() -> tuple[RebalanceSafeConsumer, list[tuple]]:
    consumer = object.__new__(RebalanceSafeConsumer)
    seeks: list[tuple] = []

    async def seek_wait(offsets) -> None:  # (in the consumer's thread: Faust's own seek raced its fetch)
        seeks.extend(offsets.items())

    app = SimpleNamespace(consumer_generation_id=3, tables=SimpleNamespace(changelog_topics={"table-changelog"}))
    consumer.__dict__.update(app=app, _committed_offset={TP("t", 3): 159},
                             seek_wait=seek_wait)  # fmt: skip
    return consumer, seeks


def _fetch(monkeypatch, records: dict, rebalance: bool) -> None:
    async def fetch(self, timeout):
        if rebalance:
            self.app.consumer_generation_id += 1
        return records, {"tp"}

    monkeypatch.setattr(aiokafka.Consumer, "_wait_next_records", fetch)


def _records(*offsets: int) -> list:
    return [SimpleNamespace(offset=offset) for offset in offsets]


def _offsets(fetched: tuple) -> dict:
    return {tp: [record.offset for record in batch] for tp, batch in fetched[0].items()}


def test_a_fetch_within_one_generation_from_the_committed_offset_hands_its_records(monkeypatch):
    consumer, seeks = _consumer()
    _fetch(monkeypatch, {TP("t", 3): _records(159, 160), TP("t", 4): _records(7)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {TP("t", 3): [159, 160], TP("t", 4): [7]}
    assert seeks == []


def test_records_past_the_committed_offset_are_dropped_before_faust_sees_them_until_it_comes_back(monkeypatch):
    """The churn run of 4 December: 290 came first with 285 committed; the agent sought back from the event loop,
    the rest of the prefetched batch moved Faust's read offset to 926, and 285-925 were dropped as read."""
    consumer, seeks = _consumer()
    t3 = TP("t", 3)
    _fetch(monkeypatch, {t3: _records(160, 161), TP("t", 4): _records(7)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {TP("t", 4): [7]}
    assert seeks == [(t3, 159)]
    _fetch(monkeypatch, {t3: _records(162, 163)}, rebalance=False)  # more of what was fetched before the seek
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {}
    assert seeks == [(t3, 159), (t3, 159)]
    _fetch(monkeypatch, {t3: _records(159, 160, 161)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {t3: [159, 160, 161]}
    _fetch(monkeypatch, {t3: _records(170)}, rebalance=False)  # read from its committed offset: all goes on
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {t3: [170]}
    assert len(seeks) == 2


def test_each_generation_reads_from_its_committed_offset_again(monkeypatch):
    consumer, seeks = _consumer()
    t3 = TP("t", 3)
    _fetch(monkeypatch, {t3: _records(159)}, rebalance=False)
    asyncio.run(consumer._wait_next_records(1.0))
    consumer.app.consumer_generation_id = 4
    consumer._committed_offset[t3] = 200
    _fetch(monkeypatch, {t3: _records(230)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {}
    assert seeks == [(t3, 200)]


def test_a_seek_that_fails_hands_the_records_as_faust_would(monkeypatch):
    consumer, _ = _consumer()

    async def failing(offsets) -> None:
        raise TimeoutError

    consumer.__dict__["seek_wait"] = failing
    t3 = TP("t", 3)
    _fetch(monkeypatch, {t3: _records(160)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {t3: [160]}
    _fetch(monkeypatch, {t3: _records(161)}, rebalance=False)
    assert _offsets(asyncio.run(consumer._wait_next_records(1.0))) == {t3: [161]}


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


def _acking_consumer() -> RebalanceSafeConsumer:
    from collections import defaultdict
    from weakref import WeakSet

    consumer = object.__new__(RebalanceSafeConsumer)
    app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: True))
    consumer.__dict__.update(app=app, _committed_offset=defaultdict(lambda: None), _acked_index=defaultdict(set),
                             _acked=defaultdict(list), _n_acked=0, _waiting_for_ack=None,
                             _unacked_messages=WeakSet())  # fmt: skip
    return consumer


def _message(topic: str, offset: int):
    from faust.types.tuples import Message

    return Message(topic, 2, offset, 0.0, 0, {}, b"k", b"v", None)


def test_an_input_faust_skips_in_a_rebalance_is_not_acked_so_it_is_read_again():
    """Faust's stream acks what it skips while the flow is suspended or once its generation ended; acked,
    the next commit went past inputs no step had seen (two payments lost on 4 December)."""
    from streams.consumer import _guarded, guard_acks, mark_done

    consumer = _acking_consumer()
    guard_acks(["it.payment"])
    try:
        skipped, processed, other = _message("it.payment", 60), _message("it.payment", 59), _message("it.other", 5)
        consumer._unacked_messages.add(skipped)
        assert consumer.ack(skipped) is False
        assert consumer._acked == {} and not skipped.acked and skipped not in consumer._unacked_messages
        mark_done(processed)
        assert consumer.ack(processed) is True
        assert consumer.ack(other) is True  # (a topic the agent does not read acks as Faust would)
        assert dict(consumer._acked) == {processed.tp: [59], other.tp: [5]}
    finally:
        _guarded.discard("it.payment")
