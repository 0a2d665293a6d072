"""The event contract: schema files, validation outcomes, and that vigia's own outputs conform."""

from __future__ import annotations

import json

import jsonschema
import orjson
import pytest

from backtest import simulator
from backtest.sample import _broken_inputs, sample_messages
from online_models.core import Core, Origin
from online_models.decisions import CHANNEL_COST_BRL
from online_models.profile import CHANNELS
from online_models.segments import ARCHETYPES
from schemas.validation import SCHEMA_DIR, Contract, InvalidEvent, schema_paths
from tests.helpers import event, raw

CONTRACT = Contract()
REQUIRED_TYPES = {
    "journey": {
        "customer.registered", "customer.updated", "session.started", "page.viewed", "message.sent",
        "message.delivered", "message.read", "message.replied", "chat.message", "call.completed",
        "contact.disposition", "handoff.requested", "promise.made", "offer.presented", "offer.accepted",
        "offer.rejected", "consent.changed", "complaint.filed", "case.resolved",
    },
    "payment": {
        "invoice.issued", "payment.received", "payment.failed", "payment.reversed", "agreement.created",
        "agreement.broken",
    },
}  # fmt: skip


def test_every_contract_type_has_a_schema_file() -> None:
    paths = schema_paths()
    for family, types in REQUIRED_TYPES.items():
        assert set(paths[family]) == types


@pytest.mark.parametrize("path", sorted(SCHEMA_DIR.rglob("*.json")), ids=lambda p: p.name)
def test_schema_files_are_valid_draft7(path) -> None:
    schema = json.loads(path.read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema.get("description"), f"{path.name} needs a description for the upstream teams"


def test_sample_events_are_valid() -> None:
    valid = [(f, k, r) for f, k, r in sample_messages() if k != "c-bad"]
    assert len(valid) > 200
    for family, key, message in valid:
        CONTRACT.decode(message, key, family)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda e: e.pop("subject"), "envelope_invalid"),
        (lambda e: e.update(specversion="0.3"), "envelope_invalid"),
        (lambda e: e.update(time="2026-03-01 10:00:00"), "envelope_invalid"),  # no offset, not RFC 3339
        (lambda e: e.update(type="payment.teleported"), "unknown_type"),
        (lambda e: e.update(type="session.started"), "wrong_topic"),
        (lambda e: e["data"].pop("amount"), "data_invalid"),
        (lambda e: e["data"].update(method="bitcoin"), "data_invalid"),
        (lambda e: e["data"].update(amount="10"), "data_invalid"),
        (lambda e: e.update(subject="other-customer"), "key_mismatch"),
    ],
)
def test_invalid_inputs_are_rejected_with_a_reason(mutate, reason) -> None:
    ev = event("payment.received", {"payment_id": "p1", "amount": 10.0, "method": "pix"}, "2026-03-01T10:00:00-03:00")
    mutate(ev)
    with pytest.raises(InvalidEvent) as err:
        CONTRACT.decode(raw(ev), "c1", "payment")
    assert err.value.reason == reason
    assert ":" in err.value.message  # the message says what is wrong and what to do


def test_oversize_and_non_object_inputs() -> None:
    small = Contract(max_event_bytes=100)
    big = event(
        "chat.message", {"channel": "whatsapp", "direction": "inbound", "text": "x" * 200}, "2026-03-01T10:00:00Z"
    )
    with pytest.raises(InvalidEvent, match="VIGIA_MAX_EVENT_BYTES") as err:
        small.decode(raw(big), "c1", "journey")
    assert err.value.reason == "oversize"
    with pytest.raises(InvalidEvent) as err:
        CONTRACT.decode(b"[1, 2]", "c1", "journey")
    assert err.value.reason == "malformed_json"


def test_sample_broken_inputs_land_as_dead_letters_with_the_original_bytes() -> None:
    core, store = Core(), {}
    for key, message in _broken_inputs():
        result = core.step(store, message, Origin("vigia.payment.events", "payment", 3, 17, key))
        assert result.status == "dead_letter"
        dead = result.outputs[0].event()
        CONTRACT.validate(dead, "output")
        assert dead["data"]["original_base64"]
        assert (dead["data"]["partition"], dead["data"]["offset"]) == (3, 17)
    assert store == {}


def test_vigia_alerts_conform_to_the_output_schema() -> None:
    core, store = Core(), {}
    alerts = []
    for family, key, message in sample_messages():
        alerts += [
            o.event() for o in core.step(store, message, Origin("t", family, key=key)).outputs if o.kind == "alert"
        ]
    assert len(alerts) >= 5
    for alert in alerts:
        CONTRACT.validate(alert, "output")
        assert orjson.loads(orjson.dumps(alert))["data"]["triggered_by"]


def test_the_alert_schema_lists_every_segment_name_the_segmenter_can_give() -> None:
    schema = json.loads((SCHEMA_DIR / "output" / "vigia.risk.changed.json").read_text())
    assert schema["properties"]["segment"]["enum"] == list(ARCHETYPES)


def test_every_list_of_channels_is_the_contracts() -> None:
    for name in ("message.sent", "handoff.requested"):
        schema = json.loads((SCHEMA_DIR / "journey" / f"{name}.json").read_text())
        assert set(schema["properties"]["channel"]["enum"]) == set(CHANNELS), name
    trigger = json.loads((SCHEMA_DIR / "output" / "vigia.outreach.requested.json").read_text())
    assert set(trigger["properties"]["channel"]["enum"]) == set(CHANNELS)
    assert set(CHANNEL_COST_BRL) == set(CHANNELS)  # every channel has a cost the decisions weigh
    assert simulator.CHANNELS == CHANNELS  # the simulated upstream speaks the same contract
