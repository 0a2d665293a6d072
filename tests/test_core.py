"""The processing step: de-duplication, dead letters, derived ids, determinism, alerts on band changes."""

from __future__ import annotations

import pytest

from backtest.sample import sample_events, sample_messages
from online_models.clock import parse_time
from online_models.core import Core, Origin, clock_tick, tick_event
from online_models.profile import CustomerProfile
from online_models.transitions import HANDLERS
from tests.helpers import event, family, raw

PAYMENT = Origin("vigia.payment.events", "payment", key="c1")
JOURNEY = Origin("vigia.journey.events", "journey", key="c1")


def run(core: Core, store: dict, *events: dict) -> list:
    results = []
    for ev in events:
        origin = PAYMENT if family(ev["type"]) == "payment" else JOURNEY
        results.append(core.step(store, raw(ev), origin))
    return results


def late_customer() -> list[dict]:
    return [
        event("customer.registered", {"state": "SP"}, "2026-03-01T09:00:00-03:00"),
        event(
            "invoice.issued",
            {"invoice_id": "i1", "amount": 300.0, "due_date": "2026-03-05"},
            "2026-03-01T10:00:00-03:00",
        ),
        event("session.started", {"channel": "app"}, "2026-03-20T10:00:00-03:00"),
    ]


def test_a_duplicate_event_id_is_dropped_and_changes_nothing() -> None:
    core, store = Core(), {}
    pay = event(
        "invoice.issued", {"invoice_id": "i1", "amount": 10.0, "due_date": "2026-03-05"}, "2026-03-01T10:00:00Z"
    )
    first, second = run(core, store, pay, pay)
    assert (first.status, second.status) == ("processed", "duplicate")
    assert CustomerProfile.from_bytes(store["c1"]).invoices_issued == 1


def test_band_change_alerts_once_with_its_reasons() -> None:
    core, store = Core(), {}
    results = run(core, store, *late_customer())
    alerts = [o.event() for r in results for o in r.outputs]
    assert len(alerts) == 1
    data = alerts[0]["data"]
    assert (data["previous_band"], data["band"]) == ("low", "high")
    assert data["reasons"][0]["feature"] == "days_past_due"
    assert data["triggered_by"] == late_customer()[2]["id"]
    assert alerts[0]["subject"] == "c1" and alerts[0]["time"] == "2026-03-20T13:00:00.000Z"
    again = run(core, store, event("page.viewed", {"page": "home"}, "2026-03-20T11:00:00-03:00"))
    assert again[0].outputs == []  # same band, no new alert


def test_app_sessions_of_the_same_day_keep_the_score_until_the_next_scored_event() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer())  # 15 days past due, scored by the session that crossed them
    scored = CustomerProfile.from_bytes(store["c1"]).score
    visits = [event("session.started", {"channel": "app"}, f"2026-03-20T1{h}:00:00-03:00") for h in range(1, 6)]
    after_visits = run(core, store, *visits)[-1].profile
    assert after_visits.sessions == 6 and after_visits.score == scored
    message = event(
        "chat.message",
        {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": "oi"},
        "2026-03-20T17:00:00-03:00",
    )
    rescored = run(core, store, message)[0].profile
    assert rescored.score < scored  # the app use of those sessions lowers the rule score once rescored


def test_first_score_in_the_low_band_is_silent() -> None:
    core, store = Core(), {}
    result = run(core, store, event("customer.registered", {"state": "SP"}, "2026-03-01T09:00:00-03:00"))[0]
    assert result.outputs == [] and result.profile.band == "low"


def test_output_ids_derive_from_inputs_and_replays_are_identical() -> None:
    def replay() -> list[tuple[str, bytes]]:
        core, store = Core(), {}
        return [
            (o.id, o.value) for f, k, m in sample_messages() for o in core.step(store, m, Origin("t", f, key=k)).outputs
        ]

    first, second = replay(), replay()
    assert first == second and len(first) > 5


@pytest.mark.parametrize("keep_decoded", [False, True])
def test_a_bug_in_a_handler_dead_letters_the_input_and_keeps_the_old_state(monkeypatch, keep_decoded) -> None:
    """Also when the core keeps decoded profiles (the replay's): the half-changed one is not stepped again."""
    core, store = Core(keep_decoded=keep_decoded), {}
    run(core, store, late_customer()[1])
    before = store["c1"]

    def broken(p, data, ts):
        p.sessions = 999
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(HANDLERS, "session.started", broken)
    result = run(core, store, late_customer()[2])[0]
    assert result.status == "dead_letter" and result.reason == "processing_error"
    assert "ZeroDivisionError" in result.outputs[0].event()["data"]["error"]
    assert store["c1"] == before
    monkeypatch.undo()
    run(core, store, event("page.viewed", {"page": "home"}, "2026-03-20T11:00:00-03:00"))
    assert CustomerProfile.from_bytes(store["c1"]).sessions == 0


def test_kept_decoded_profiles_step_as_the_stored_bytes_would() -> None:
    """The replay steps the profile it kept, not one decoded again: outputs and bytes must not tell them apart,
    and bytes written to the store by anyone else are read, not the kept profile."""
    plain, kept = (Core(), {}), (Core(keep_decoded=True), {})
    for ev in sample_events(30, 45, 7):
        origin = Origin("t", family(ev["type"]), key=ev["subject"])
        a, b = (core.step(store, raw(ev), origin) for core, store in (plain, kept))
        assert a.status == "processed" and [o.value for o in a.outputs] == [o.value for o in b.outputs]
    assert plain[1] == kept[1] and len(kept[1]) > 1
    customer = next(iter(kept[1]))
    edited = CustomerProfile.from_bytes(kept[1][customer])
    edited.sessions = 41
    kept[1][customer] = edited.to_bytes()  # another writer: the kept profile no longer matches
    session = event("session.started", {"channel": "app"}, "2026-04-30T10:00:00-03:00", customer)
    kept[0].step(kept[1], raw(session), Origin("t", "journey", key=customer))
    assert CustomerProfile.from_bytes(kept[1][customer]).sessions == 42


def test_a_clock_tick_ages_a_silent_customer_and_is_idempotent() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer()[:2])
    wake = CustomerProfile.from_bytes(store["c1"]).wake_ts
    tick_origin = Origin("vigia.internal.clock", "internal", key="c1")
    near_due = core.step(store, clock_tick("c1", wake), tick_origin).profile
    assert len(near_due.pending_labels["i1"]) == 5  # scored again 3 days before the due date
    wake = near_due.wake_ts  # next: the day after the due date
    first = core.step(store, clock_tick("c1", wake + 14 * 86400), tick_origin)
    assert first.profile.days_past_due == 15 and first.outputs[0].event()["data"]["band"] == "high"
    again = core.step(store, clock_tick("c1", wake + 14 * 86400), tick_origin)
    assert again.status == "processed" and again.outputs == []


def test_clock_ticks_are_refused_on_input_topics() -> None:
    result = Core().step({}, clock_tick("c1", 1.8e9), JOURNEY)
    assert result.status == "dead_letter" and result.reason == "wrong_topic"


def test_a_tick_made_here_steps_exactly_as_its_bytes_would() -> None:
    """The worker and the replay hand their own ticks over decoded; a journal re-runs them from bytes."""
    from backtest.simulator import Simulation
    from online_models.clock import parse_time

    decoded, parsed = (Core(), {}), (Core(), {})
    for ev in Simulation(30, 50, seed=9).events():
        for core, store in (decoded, parsed):
            core.step(store, raw(ev), Origin("t", family(ev["type"]), key=ev["subject"]))
    late = parse_time("2026-12-31T12:00:00-03:00")
    results = []
    for customer_id in sorted(decoded[1]):
        made = decoded[0].step(decoded[1], None, Origin("c", "internal", 0), made=tick_event(customer_id, late))
        read = parsed[0].step(parsed[1], clock_tick(customer_id, late), Origin("c", "internal", 0))
        results.append((made.status, [o.value for o in made.outputs]) == (read.status, [o.value for o in read.outputs]))
    assert all(results) and len(results) == 30
    assert decoded[1] == parsed[1]
    too_early = tick_event("c-x", parse_time("1971-01-01T00:00:00Z"))
    early = decoded[0].step(decoded[1], None, Origin("c", "internal", 0), made=too_early)
    assert early.reason == "time_out_of_range" and b'"original_size":173' in early.outputs[0].value  # its bytes


def test_a_clock_held_behind_its_input_dates_no_output_and_closes_no_window_before_the_input() -> None:
    """Live, another input topic may lag: the customer's clock is then held at its progress (19:50, ten minutes
    before São Paulo's contact window closes), while the request for a person came at 20:30. The answer must
    not be dated 19:50 and expire at 20:00, before it was asked for: it waits for the next window."""
    core, store = Core(), {}
    run(core, store, *late_customer()[:2])
    asked = event("handoff.requested", {"channel": "whatsapp"}, "2026-03-16T20:30:00-03:00")
    held = Origin(JOURNEY.topic, "journey", key="c1", safe_time=parse_time("2026-03-16T19:50:00-03:00"))
    result = core.step(store, raw(asked), held)
    assert result.profile.clock_ts == parse_time("2026-03-16T19:50:00-03:00")  # the clock itself stays held
    outputs = [o.event() for o in result.outputs]
    trigger = next(o for o in outputs if o["type"] == "vigia.outreach.requested")
    assert trigger["data"]["purpose"] == "handoff"
    assert parse_time(trigger["data"]["not_after"]) > parse_time(asked["time"])
    assert trigger["data"]["not_before"] == "2026-03-17T11:00:00.000Z"  # 08:00 the next morning
    assert {o["time"] for o in outputs} == {"2026-03-16T23:30:00.000Z"}


def test_what_the_customer_says_they_can_pay_is_kept_and_what_the_collector_offers_is_not() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer())
    bot = {"channel": "whatsapp", "direction": "outbound", "author": "bot", "text": "podemos fazer 10x de 300 reais"}
    profile = run(core, store, event("chat.message", bot, "2026-03-20T11:00:00-03:00"))[0].profile
    assert profile.said_affordable is None
    customer = {"channel": "whatsapp", "direction": "inbound", "author": "customer",
                "text": "300 não cabe, consigo uns 120 por mês"}  # fmt: skip
    profile = run(core, store, event("chat.message", customer, "2026-03-20T11:05:00-03:00"))[0].profile
    assert profile.said_affordable == [120.0, parse_time("2026-03-20T11:05:00-03:00")]
    assert profile.view()["said_affordable_monthly"] == 120.0


def test_a_day_promised_in_words_is_read_against_the_customers_own_local_day() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer())
    said = {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": "pago amanhã sem falta"}
    # 23:30 on Friday 20 March in São Paulo is already Saturday in UTC: "amanhã" is Saturday the 21st
    profile = run(core, store, event("chat.message", said, "2026-03-20T23:30:00-03:00"))[0].profile
    assert profile.said_promise == ["2026-03-21", parse_time("2026-03-20T23:30:00-03:00")]
    assert profile.view()["said_promise_date"] == "2026-03-21"


def test_a_bare_answer_to_the_bots_question_about_paying_is_read_as_its_answer() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer())

    def chat(text: str, when: str, customer: bool = True) -> CustomerProfile:
        data = {"channel": "whatsapp", "direction": "inbound" if customer else "outbound",
                "author": "customer" if customer else "bot", "text": text}  # fmt: skip
        return run(core, store, event("chat.message", data, when))[0].profile

    assert chat("150", "2026-03-20T10:00:00-03:00").said_affordable is None  # a number alone says nothing
    chat("Sua dívida é de R$ 300,00. Quanto você consegue pagar por mês?", "2026-03-20T10:05:00-03:00", customer=False)
    assert chat("80", "2026-03-20T10:06:00-03:00").said_affordable[0] == 80.0
    chat("Qual a melhor data para o pagamento?", "2026-03-20T10:07:00-03:00", customer=False)  # a Friday
    assert chat("segunda", "2026-03-20T10:08:00-03:00").said_promise[0] == "2026-03-23"
    chat("Qual o valor da entrada?", "2026-03-20T10:09:00-03:00", customer=False)
    assert chat("200", "2026-03-20T10:10:00-03:00").said_affordable[0] == 80.0  # a down payment is no monthly amount


def test_in_a_call_the_customers_answer_to_the_agents_question_about_paying_is_read() -> None:
    core, store = Core(), {}
    run(core, store, *late_customer())
    call = {"direction": "outbound", "by": "human", "outcome": "right_party", "duration_s": 120,
            "transcript": "Agente: quanto a senhora consegue pagar por mês? Cliente: uns setenta. "
                          "Agente: e quando consegue fazer o primeiro pagamento? Cliente: segunda"}  # fmt: skip
    friday = event("call.completed", call, "2026-03-20T10:00:00-03:00", event_id="call-1")
    profile = run(core, store, friday)[0].profile
    assert profile.said_affordable[0] == 70.0 and profile.said_promise[0] == "2026-03-23"
