"""Inputs that must not change what vigia does: times out of range, tombstones, missing keys, wrong partitions,
re-used ids, huge messages and failures anywhere. Each is dead-lettered with its own reason and moves no clock."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import orjson
import pytest

from backtest.replay import Replay
from backtest.sample import sample_messages
from online_models.core import Core, Origin
from online_models.outputs import DEAD_LETTER_KEEP_BYTES
from online_models.profile import CustomerProfile
from schemas.validation import SCHEMA_DIR
from tests.helpers import event, raw

JOURNEY = Origin("vigia.journey.events", "journey", partition=0, offset=7, key="c1", keyed=True)
PAYMENT = Origin("vigia.payment.events", "payment", partition=0, offset=8, key="c1", keyed=True)
NOW = 1_796_040_000.0  # 2026-12-01T12:00:00Z, the wall clock of these tests


def customer(core: Core, store: dict) -> None:
    issued = event("invoice.issued", {"invoice_id": "i1", "amount": 100.0, "due_date": "2026-03-05"},
                   "2026-03-01T10:00:00-03:00")  # fmt: skip
    assert core.step(store, raw(issued), PAYMENT).status == "processed"


@pytest.mark.parametrize("when", ["9999-06-01T10:00:00Z", "2099-01-01T00:00:00Z", "1970-01-02T00:00:00Z",
                                  "0001-01-01T00:00:00Z", "2027-01-01T00:00:00Z"])  # fmt: skip
def test_a_time_out_of_range_is_dead_lettered_and_moves_no_clock(when: str) -> None:
    core, store = Core(now=lambda: NOW), {}
    customer(core, store)
    before, watermark = store["c1"], core.watermark
    result = core.step(store, raw(event("page.viewed", {"page": "home"}, when)), JOURNEY)
    assert (result.status, result.reason) == ("dead_letter", "time_out_of_range")
    assert store["c1"] == before and core.watermark == watermark and core.progress[0] == watermark
    letter = result.outputs[0].event()
    assert letter["data"]["reason"] == "time_out_of_range" and when[:4] in letter["data"]["error"]
    later = core.step(store, raw(event("session.started", {"channel": "app"}, "2026-03-20T10:00:00-03:00")), JOURNEY)
    assert later.status == "processed" and CustomerProfile.from_bytes(store["c1"]).days_past_due == 15


def test_a_time_no_calendar_holds_is_refused_and_later_bad_input_is_still_dead_lettered() -> None:
    core, store = Core(now=lambda: NOW), {}
    customer(core, store)
    bad = raw(event("page.viewed", {"page": "home"}, "2026-03-10T10:00:00-03:00")).replace(
        b"2026-03-10T10:00:00-03:00", b"10000-01-01T00:00:00Z")
    first = core.step(store, bad, JOURNEY)
    assert first.reason in ("time_out_of_range", "envelope_invalid")
    assert core.step(store, b"{not json", JOURNEY).reason == "malformed_json"  # the dead-letter path still works


def test_a_far_future_event_in_the_sample_stream_changes_no_output() -> None:
    def outputs(extra: bytes | None) -> list[bytes]:
        replay, published = Replay(), []
        replay.on_output = lambda out: published.append(out.value) if out.kind != "deadletter" else None
        lines = [r for _f, _k, r in sample_messages()]
        if extra is not None:
            lines.insert(len(lines) // 3, extra)
        for line in lines:
            replay.feed(line)
        return published

    poison = raw(event("page.viewed", {"page": "home"}, "2099-06-01T10:00:00-03:00", subject="c-bruno"))
    assert outputs(poison) == outputs(None)


def test_tombstones_missing_keys_and_wrong_partitions_are_dead_lettered() -> None:
    core, store = Core(now=lambda: NOW), {}
    assert core.step(store, None, JOURNEY).reason == "empty_message"
    assert core.step(store, b"", JOURNEY).reason == "empty_message"
    ok = raw(event("session.started", {"channel": "app"}, "2026-03-02T10:00:00-03:00"))
    unkeyed = Origin("vigia.journey.events", "journey", partition=0, offset=1, key=None, keyed=True)
    assert core.step(store, ok, unkeyed).reason == "key_missing"
    astray = Origin("vigia.journey.events", "journey", partition=3, offset=1, key="c1", keyed=True,
                    expected_partition=5)  # fmt: skip
    result = core.step(store, ok, astray)
    assert result.reason == "wrong_partition" and "murmur2" in result.outputs[0].event()["data"]["error"]
    assert store == {}


def test_an_id_reused_for_other_content_is_a_conflict_and_a_resend_a_duplicate() -> None:
    core, store = Core(now=lambda: NOW), {}
    first = event("payment.received", {"payment_id": "p1", "amount": 50.0, "method": "pix"},
                  "2026-03-02T10:00:00-03:00", event_id="e-1")  # fmt: skip
    assert core.step(store, raw(first), PAYMENT).status == "processed"
    resent = orjson.dumps(dict(reversed(list(first.items()))))  # same event, keys in another order
    assert core.step(store, resent, PAYMENT).status == "duplicate"
    other = dict(first, data={"payment_id": "p2", "amount": 900.0, "method": "pix"})
    result = core.step(store, raw(other), PAYMENT)
    assert (result.status, result.reason) == ("dead_letter", "id_conflict")
    assert CustomerProfile.from_bytes(store["c1"]).paid_total == 50.0


def test_a_huge_message_is_dead_lettered_with_its_head_size_and_digest() -> None:
    core, store = Core(now=lambda: NOW), {}
    huge = b'{"specversion":"1.0","data":"' + b"x" * 900_000 + b'"}'
    result = core.step(store, huge, JOURNEY)
    out = result.outputs[0]
    data = out.event()["data"]
    assert result.reason == "oversize" and len(out.value) < 1_000_000 / 10
    assert data["original_size"] == len(huge) and data["original_truncated"] is True
    assert data["original_sha256"] == hashlib.sha256(huge).hexdigest()
    assert base64.b64decode(data["original_base64"]) == huge[:DEAD_LETTER_KEEP_BYTES]


def test_a_failure_anywhere_is_a_dead_letter_not_a_crash(monkeypatch) -> None:
    core, store = Core(now=lambda: NOW), {}

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(core.contract, "decode", broken)
    result = core.step(store, raw(event("session.started", {"channel": "app"}, "2026-03-02T10:00:00Z")), JOURNEY)
    assert (result.status, result.reason) == ("dead_letter", "processing_error")


def test_every_dead_letter_reason_is_in_the_contract() -> None:
    schema = json.loads(Path(SCHEMA_DIR / "output" / "vigia.deadletter.json").read_text())
    reasons = set(schema["properties"]["reason"]["enum"])
    code = "".join(p.read_text() for p in Path(__file__).parents[1].joinpath("online_models").glob("*.py"))
    code += Path(SCHEMA_DIR.parent / "validation.py").read_text()
    for reason in ("empty_message", "key_missing", "wrong_partition", "time_out_of_range", "id_conflict",
                   "processing_error", "oversize", "malformed_json", "key_mismatch"):  # fmt: skip
        assert reason in reasons and f'"{reason}"' in code


def test_no_text_pattern_spans_an_unbounded_stretch() -> None:
    """``A.*B`` costs a scan to the end for every A: a 20,000-character transcript repeating A stalled the worker
    for 0.7 s. Spans are bounded (``.{0,240}``), so reading is linear in the text's length."""
    from online_models import refusals, speech, text

    patterns = [p for ps in (*text.FLAG_PATTERNS.values(), *text.FLAG_EXCEPTIONS.values()) for p in ps]
    patterns += [*refusals._NO_CALLS, *refusals._NO_MESSAGES, refusals._REFUSED_ALONE, refusals._ONLY_NOW,
                 speech._SPEAKER]
    unbounded = [p.pattern for p in patterns if ".*" in p.pattern or ".+" in p.pattern]
    assert not unbounded
