"""The models' journal: a checkpoint plus the steps journaled since it brings models back to where they stood."""

from __future__ import annotations

import pickle

import orjson
import pytest

from backtest.simulator import Simulation
from online_models.core import Core, Origin
from online_models.journal import Entry, key, learn_again, parse_key


def _origin(event: dict, offset: int) -> Origin:
    family = "payment" if event["type"].startswith(("invoice.", "payment.", "promise.")) else "journey"
    return Origin(f"vigia.{family}.events", family, 0, offset, event["subject"])


@pytest.fixture(scope="module")
def stream() -> list[bytes]:
    events = Simulation(customers=120, days=40, seed=13).events()
    return [orjson.dumps(e) for e in sorted(events, key=lambda e: e["time"])][:2400]


def _run(stream: list[bytes], cut_at: int, crash_at: int) -> tuple:
    """Process ``stream[:crash_at]`` journaling each step; the models are checkpointed after ``cut_at``."""
    core, table, entries, touched, seq, checkpoint = Core(), {}, [], set(), 0, None
    for offset, raw in enumerate(stream[:crash_at]):
        event = orjson.loads(raw)
        before = table.get(event["subject"])
        if core.step(table, raw, _origin(event, offset)).status == "processed":
            seq += 1
            first = event["subject"] not in touched
            touched.add(event["subject"])
            entries.append(Entry(seq, event["subject"], raw, _origin(event, offset), before if first else None, first))
        if offset == cut_at:
            checkpoint, checkpoint_seq, touched = pickle.dumps(core.models[0]), seq, set()
    return core, table, entries, checkpoint, checkpoint_seq


def _finish(core: Core, table: dict, rest: list[bytes], start: int) -> list[bytes]:
    outputs = []
    for offset, raw in enumerate(rest, start):
        outputs += [out.value for out in core.step(table, raw, _origin(orjson.loads(raw), offset)).outputs]
    return outputs


def test_restored_models_that_learn_the_journal_again_carry_on_as_if_never_stopped(stream) -> None:
    crash_at = 1700
    live, table, entries, checkpoint, checkpoint_seq = _run(stream, cut_at=1100, crash_at=crash_at)
    restarted = Core()
    restarted.models[0] = pickle.loads(checkpoint)
    done = learn_again(restarted, entries, checkpoint_seq, table)
    assert done.applied == len(entries) - checkpoint_seq > 300 and not done.gap and not done.orphan
    assert done.mismatched == []
    # From here both see the same inputs: every output and every profile must be the same, byte for byte.
    live_table, restarted_table = dict(table), dict(table)
    expected = _finish(live, live_table, stream[crash_at:], crash_at)
    assert len(expected) > 50
    assert _finish(restarted, restarted_table, stream[crash_at:], crash_at) == expected
    assert restarted_table == live_table
    # Without the journal the models would have forgotten those steps, and outputs would change.
    forgetful = Core()
    forgetful.models[0] = pickle.loads(checkpoint)
    assert _finish(forgetful, dict(table), stream[crash_at:], crash_at) != expected


def test_the_last_entry_without_its_profile_is_not_learnt_twice(stream) -> None:
    _live, _table, entries, checkpoint, checkpoint_seq = _run(stream, cut_at=1100, crash_at=1500)
    last = entries[-1]
    # The crash came between the last entry and its profile: the table is the one from before that step.
    _, table, *_ = _run(stream, cut_at=1100, crash_at=last.origin.offset)
    restarted = Core()
    restarted.models[0] = pickle.loads(checkpoint)
    done = learn_again(restarted, entries, checkpoint_seq, table)
    assert done.orphan and done.last_seq == last.seq - 1 and done.applied == last.seq - 1 - checkpoint_seq
    assert done.mismatched == []


def test_a_journal_that_does_not_follow_on_from_the_checkpoint_teaches_nothing(stream) -> None:
    _live, table, entries, checkpoint, checkpoint_seq = _run(stream, cut_at=1100, crash_at=1400)
    restarted = Core()
    restarted.models[0] = pickle.loads(checkpoint)
    before = pickle.dumps(restarted.models[0])
    done = learn_again(restarted, [e for e in entries if e.seq != checkpoint_seq + 5], checkpoint_seq, table)
    assert done.gap and done.applied == 0 and pickle.dumps(restarted.models[0]) == before


def test_journal_keys_sort_in_step_order_and_are_never_customer_ids() -> None:
    assert parse_key(key(3, 41)) == (3, 41) and parse_key("cust-1") is None
    assert sorted([key(0, 10), key(0, 9), key(0, 100)]) == [key(0, 9), key(0, 10), key(0, 100)]
    from schemas.validation import Contract

    raw = orjson.dumps({"specversion": "1.0", "id": "e1", "source": "crm", "type": "session.started",
                        "time": "2026-03-01T09:00:00-03:00", "subject": key(0, 1),
                        "data": {"channel": "app"}})  # fmt: skip
    with pytest.raises(Exception, match="subject"):
        Contract().decode(raw, None, "journey")
