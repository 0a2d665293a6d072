"""The simulator: deterministic, valid against the contract, consistent with its truth, reacting to outreach."""

from __future__ import annotations

from collections import Counter

import orjson
import pytest

from backtest.simulator import PERSONAS, Simulation
from backtest.texts import noisy
from online_models.clock import parse_time
from schemas.validation import Contract

CONTRACT = Contract()


def run(customers: int = 150, days: int = 75, seed: int = 11) -> tuple[Simulation, list[dict]]:
    sim = Simulation(customers, days, seed)
    return sim, list(sim.events())


@pytest.fixture(scope="module")
def simulated() -> tuple[Simulation, list[dict], list[dict]]:
    sim, events = run()
    return sim, events, list(sim.truth())


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    first = b"".join(orjson.dumps(e) for e in run(40, 40, 7)[1])
    again = b"".join(orjson.dumps(e) for e in run(40, 40, 7)[1])
    other = b"".join(orjson.dumps(e) for e in run(40, 40, 8)[1])
    assert first == again != other


def test_events_are_valid_unique_and_in_time_order(simulated) -> None:
    _sim, events, _truth = simulated
    for e in events:
        CONTRACT.validate(e, CONTRACT.event_types[e["type"]])
    assert len({e["id"] for e in events}) == len(events)
    times = [parse_time(e["time"]) for e in events]
    assert times == sorted(times)


def test_truth_matches_the_events(simulated) -> None:
    _sim, events, truth = simulated
    meta, customers = truth[0], {t["customer_id"]: t for t in truth[1:]}
    assert meta == {"kind": "meta", "seed": 11, "customers": 150, "days": 75, "start": "2026-03-02"}
    issued = {e["data"]["invoice_id"]: e["data"] for e in events if e["type"] == "invoice.issued"}
    paid = Counter()
    for e in events:
        if e["type"] == "payment.received":
            paid[e["data"]["invoice_id"]] += e["data"]["amount"]
    for customer in customers.values():
        for inv in customer["invoices"]:
            assert issued[inv["invoice_id"]]["amount"] == inv["amount"]
            if inv["paid_date"] is None:
                assert paid[inv["invoice_id"]] < inv["amount"]
            else:
                assert paid[inv["invoice_id"]] == pytest.approx(inv["amount"], abs=0.02)
    shocks = [c for c in customers.values() if c["persona"] == "shock_delinquent"]
    assert shocks and all(c["change_points"][0]["kind"] == "shock" for c in shocks)
    assert {c["persona"] for c in customers.values()} == {p.name for p in PERSONAS}


def test_personas_behave_as_described(simulated) -> None:
    _sim, _events, truth = simulated
    late = Counter()
    invoices = Counter()
    for customer in truth[1:]:
        for inv in customer["invoices"]:
            if inv["paid_date"] is None and inv["due_date"] > "2026-04-30":
                continue  # its outcome is not known yet when the simulation ends (2026-05-16)
            invoices[customer["persona"]] += 1
            late[customer["persona"]] += inv["days_late"] is None or inv["days_late"] > 0
        if customer["persona"] == "fraud_victim":  # never pays; the back office cancels what the fraud ran up
            invoices["fraud_victim"] += len(customer["cancelled_invoices"])
            late["fraud_victim"] += len(customer["cancelled_invoices"])
    share = {name: late[name] / invoices[name] for name in invoices}
    assert share["organised_payer"] < 0.15 < 0.6 < share["chronic_late"]
    assert share["fraud_victim"] == 1.0


def test_claims_are_resolved_by_the_back_office(simulated) -> None:
    _sim, events, truth = simulated
    claims = [(c["persona"], claim) for c in truth[1:] for claim in c["claims"]]
    assert {persona for persona, _claim in claims} <= {"disputer", "fraud_victim"} and claims
    resolutions = {(e["subject"], e["time"]): e["data"]["outcome"] for e in events if e["type"] == "case.resolved"}
    for c in truth[1:]:
        for claim in c["claims"]:
            if claim["resolved"] is not None:
                outcome = resolutions[(c["customer_id"], claim["resolved"])]
                assert outcome == ("debt_cancelled" if claim["kind"] == "fraud" else "debt_confirmed")
                assert claim["resolved"] > claim["time"]


def test_chat_wording_reflects_the_hidden_reason(simulated) -> None:
    _sim, events, truth = simulated
    reason_of = {t["customer_id"]: t["change_points"][0]["reason"] for t in truth[1:] if t["change_points"]}
    jobless = [e["data"]["text"] for e in events if e["type"] == "chat.message"
               and reason_of.get(e["subject"]) == "unemployment"]  # fmt: skip
    assert jobless and all(any(w in t for w in ("empreg", "demit", "trabalho", "fechou")) for t in jobless)


def test_phone_typing_noise() -> None:
    import random

    rng = random.Random(1)
    written = {noisy("Você não está pagando porque perdeu o emprego?", rng) for _ in range(30)}
    assert any("vc" in w or " n " in w for w in written) and any("ã" not in w for w in written)


def _trigger(customer_id: str, channel: str, when: str, tone: str = "neutral") -> dict:
    return {"subject": customer_id, "data": {"outreach_id": f"o-{channel}-{when}", "channel": channel,
            "agent": "bot", "not_before": when, "not_after": when, "tone": tone}}  # fmt: skip


def test_outreach_becomes_reactions_and_harassment_complaints() -> None:
    sim = Simulation(60, 60, 5)
    for day in range(20):
        sim.day(day)
    target = next(c for c in sim.customers if "whatsapp" in c.consented and c.persona.name == "volatile")
    for hour in range(10):  # ten contacts in two days: far over any tolerance
        sim.react(_trigger(target.customer_id, "whatsapp", f"2026-03-{23 + hour // 5}T1{hour % 5}:00:00Z"))
    later = [e for day in range(20, 30) for e in sim.day(day) if e["subject"] == target.customer_id]
    kinds = Counter(e["type"] for e in later)
    assert kinds["message.sent"] >= 5 and kinds["message.delivered"] >= 4
    assert kinds["complaint.filed"] + kinds["consent.changed"] >= 1


def test_no_reaction_on_a_channel_without_consent() -> None:
    sim = Simulation(30, 30, 5)
    target = next(c for c in sim.customers if "email" not in c.consented)
    sim.react(_trigger(target.customer_id, "email", "2026-03-04T14:00:00Z"))
    events = [e for day in range(5) for e in sim.day(day) if e["subject"] == target.customer_id]
    assert not [e for e in events if e["type"].startswith("message.")]
