"""Decisions at the edges of the rules: hours, Saturdays, holidays, caps, consent, handoff, fraud, offers."""

from __future__ import annotations

import random

import pytest

from online_models.clock import parse_time
from online_models.contact_rules import ContactRules
from online_models.decisions import ChannelBandit, Decider, DecisionSettings
from online_models.profile import CustomerProfile


def overdue(when: str = "2026-03-16T10:00:00-03:00", state: str = "SP", **fields) -> CustomerProfile:
    p = CustomerProfile("c1", state=state, channels_consented=["whatsapp", "sms", "human_call"], **fields)
    p.clock_ts = parse_time(when)
    p.invoices["i1"] = [400.0, 400.0, "2026-03-01", 0.0]
    p.days_past_due, p.band, p.segment = 15, "high", "new_delinquent"
    p.invoices_paid, p.paid_total = 4, 1600.0
    return p


@pytest.mark.parametrize(
    ("when", "state", "allowed"),
    [
        ("2026-03-04T08:00:00-03:00", "SP", True),
        ("2026-03-04T07:59:00-03:00", "SP", False),
        ("2026-03-04T19:59:59-03:00", "SP", True),
        ("2026-03-04T20:00:00-03:00", "SP", False),  # 20:00 exactly is outside
        ("2026-03-07T13:59:00-03:00", "SP", True),  # Saturday before 14:00
        ("2026-03-07T14:00:00-03:00", "SP", False),  # Saturday 14:00 exactly
        ("2026-03-07T10:00:00-03:00", "RJ", False),  # Rio forbids Saturdays
        ("2026-03-04T19:30:00-03:00", "RJ", False),  # Rio ends at 19:00
        ("2026-03-08T10:00:00-03:00", "SP", False),  # Sunday
        ("2026-04-03T10:00:00-03:00", "SP", False),  # Good Friday
        ("2026-11-20T10:00:00-03:00", "SP", False),  # Consciência Negra
        ("2026-03-04T19:30:00-04:00", "AM", False),  # Manaus local time, after 19:00
    ],
)
def test_contact_window(when: str, state: str, allowed: bool) -> None:
    assert ContactRules().allowed(parse_time(when), state) is allowed


def test_a_trigger_after_hours_waits_for_the_next_window() -> None:
    trigger = Decider().decide(overdue("2026-03-07T15:00:00-03:00"), "e1")  # Saturday afternoon
    assert trigger["not_before"] == "2026-03-09T11:00:00.000Z"  # Monday 08:00 in São Paulo
    rules = ContactRules()
    assert rules.allowed(parse_time(trigger["not_before"]), "SP")
    assert rules.allowed(parse_time(trigger["not_after"]) - 1, "SP")


def test_caps_and_the_gap_between_collection_contacts() -> None:
    decider, p = Decider(), overdue()
    assert decider.decide(p, "e1") is not None
    assert decider.decide(p, "e2") is None  # one a day, and a gap of days while overdue
    p.clock_ts += 3 * 86400
    assert decider.decide(p, "e3") is not None
    p.clock_ts += 3 * 86400
    assert decider.decide(p, "e4") is not None
    p.clock_ts += 1 * 86400
    p.contacts[-1][0] -= 2 * 86400  # pretend the last one was earlier: still three in the week
    assert decider.decide(p, "e5") is None


def test_per_channel_weekly_cap() -> None:
    decider, p = Decider(), overdue()
    p.channels_consented = ["sms", "email"]
    week = parse_time("2026-03-16T10:00:00-03:00")
    p.contacts = [[week - 6 * 86400, "sms", "o1", -1], [week - 5 * 86400, "sms", "o2", -1]]
    assert decider.decide(p, "e1")["channel"] == "email"  # sms has had its two this week


def _channels_tried(per_month: int) -> set[str]:
    """The channels chosen for a customer already collected on sms, email and voicebot this month, over 30 seeds."""
    chosen = set()
    for seed in range(30):
        p = overdue()
        p.channels_consented = ["whatsapp", "sms", "email", "app_push", "voicebot", "human_call"]
        day = 86400
        p.contacts = [[p.clock_ts - 20 * day, "sms", "o1", 0], [p.clock_ts - 15 * day, "email", "o2", 0],
                      [p.clock_ts - 10 * day, "voicebot", "o3", 0]]  # fmt: skip
        trigger = Decider(DecisionSettings(seed=seed, channels_per_month=per_month)).decide(p, f"e{seed}")
        chosen.add(trigger["channel"])
    return chosen


def test_a_customer_is_collected_on_three_channels_a_month_at_most() -> None:
    """Six channels consented is no licence to use them all: no fourth within 30 days."""
    assert _channels_tried(per_month=3) <= {"sms", "email", "voicebot"}
    assert _channels_tried(per_month=6) - {"sms", "email", "voicebot"}, "without the rule, others are tried"


def test_opt_out_then_opt_in() -> None:
    p = overdue()
    p.channels_consented, p.channels_opted_out = ["whatsapp"], []
    p.channels_opted_out.append("whatsapp")
    p.channels_consented.remove("whatsapp")
    assert Decider().decide(p, "e1") is None  # no channel left
    p.channels_consented.append("whatsapp")
    p.channels_opted_out.remove("whatsapp")
    assert Decider().decide(p, "e2")["channel"] == "whatsapp"


def test_no_collection_while_a_promise_is_current_except_the_eve_reminder() -> None:
    p = overdue()
    p.promises["pr1"] = [400.0, "2026-03-20", 0.0, p.clock_ts]
    assert Decider().decide(p, "e1") is None
    p.clock_ts = parse_time("2026-03-19T10:00:00-03:00")
    trigger = Decider().decide(p, "e2")
    assert trigger["purpose"] == "reminder" and trigger["tone"] == "neutral"


def test_a_day_promised_in_words_holds_collection_until_it_and_no_longer() -> None:
    p = overdue()  # Monday 16 March, 15 days late
    p.said_promise = ["2026-03-20", p.clock_ts]  # "vou pagar sexta"
    decider = Decider()
    assert decider.decide(p, "e1") is None
    p.clock_ts = parse_time("2026-03-19T10:00:00-03:00")  # its eve: a reminder only
    assert decider.decide(p, "e2")["purpose"] == "reminder"
    p.clock_ts = parse_time("2026-03-23T10:00:00-03:00")  # the day passed unpaid: collection again (the gap kept)
    assert decider.decide(p, "e3")["purpose"] in ("negotiation", "settlement_offer")
    far = overdue()
    far.said_promise = ["2026-06-30", far.clock_ts]  # "pago em junho", said in March: held 30 days, not 3 months
    far.clock_ts += 31 * 86400
    assert Decider().decide(far, "e4") is not None


def test_cool_down_after_a_complaint() -> None:
    p = overdue(last_complaint_ts=parse_time("2026-03-10T10:00:00-03:00"))
    assert Decider().decide(p, "e1") is None
    p.clock_ts = parse_time("2026-03-26T10:00:00-03:00")
    assert Decider().decide(p, "e2") is not None


def test_no_collection_contact_on_carnival_but_a_customer_who_asked_for_a_person_gets_one() -> None:
    monday = "2026-02-16T10:00:00-03:00"  # Carnival: a working day by law, an optional day off in practice
    late = overdue(monday)
    late.invoices["i1"][2] = "2026-02-01"  # overdue by then
    collection = Decider().decide(late, "e1")
    assert collection["purpose"] != "handoff"
    assert collection["not_before"] == "2026-02-18T11:00:00.000Z"  # Ash Wednesday, 08:00 in São Paulo
    asked = Decider().decide(overdue(monday, handoff_requested_ts=parse_time(monday)), "e2")
    assert (asked["purpose"], asked["not_before"]) == ("handoff", "2026-02-16T13:00:00.000Z")


def test_handoff_on_request_goes_to_a_human_first() -> None:
    p = overdue(handoff_requested_ts=parse_time("2026-03-16T09:00:00-03:00"))
    trigger = Decider().decide(p, "e1")
    assert (trigger["purpose"], trigger["agent"], trigger["priority"]) == ("handoff", "human", 5)


def test_one_handoff_per_request_and_no_collection_meanwhile() -> None:
    decider = Decider()
    p = overdue(handoff_requested_ts=parse_time("2026-03-16T09:00:00-03:00"))
    assert decider.decide(p, "e1")["purpose"] == "handoff"
    p.clock_ts += 86400
    assert decider.decide(p, "e2") is None
    p.handoff_requested_ts = p.clock_ts  # asks again
    p.clock_ts += 3600
    assert decider.decide(p, "e3")["purpose"] == "handoff"


def test_distress_gets_a_human_and_an_empathetic_tone() -> None:
    said = parse_time("2026-03-16T09:00:00-03:00")
    p = overdue(flags={"distress": said}, handoff_requested_ts=said)  # what the core makes of a distressed message
    trigger = Decider().decide(p, "e1")
    assert trigger["agent"] == "human" and trigger["tone"] == "empathetic" and "distress" in trigger["explanation"]


def test_fraud_is_routed_to_the_fraud_team_once_and_never_collected() -> None:
    decider, p = Decider(), overdue()
    p.hold = ["fraud", parse_time("2026-03-16T09:00:00-03:00"), "fraud"]
    trigger = decider.decide(p, "e1")
    assert (trigger["purpose"], trigger["agent"], trigger["offer"]) == ("fraud_review", "fraud_team", None)
    assert "fraud team" in trigger["explanation"] and "do not collect" in trigger["explanation"]
    for day in range(1, 30):  # weeks later, still on hold: nothing more
        p.clock_ts += 86400
        assert decider.decide(p, f"e{day + 1}") is None


def test_offers_follow_the_reason_and_what_the_customer_can_keep() -> None:
    jobless = Decider().decide(overdue(predicted_reason="unemployment"), "e1")
    offer = jobless["offer"]
    assert offer["kind"] == "installments" and 400.0 / offer["installments"] <= 0.5 * 1600.0 / 4
    forgot = Decider().decide(overdue(predicted_reason="forgot"), "e2")
    assert forgot["offer"]["kind"] == "due_date_change"
    good = Decider().decide(overdue(), "e3")
    assert good["purpose"] == "settlement_offer" and 0 < good["offer"]["discount_pct"] <= 30


def test_preventive_reminder_before_the_due_date() -> None:
    p = CustomerProfile("c1", state="SP", channels_consented=["sms"], band="medium")
    p.clock_ts = parse_time("2026-03-16T10:00:00-03:00")
    p.invoices["i1"] = [200.0, 200.0, "2026-03-18", 0.0]
    trigger = Decider().decide(p, "e1")
    assert trigger["purpose"] == "preventive" and trigger["offer"] is None


def _play(bandit: ChannelBandit, truth: dict[str, dict[str, float]], rounds: int, seed: int = 3) -> dict[str, int]:
    rng = random.Random(seed)
    costs = {"whatsapp": 0.1, "sms": 0.07, "email": 0.005}
    for _ in range(rounds):
        channel = bandit.choose("digital", list(truth), costs)
        bandit.learn("digital", channel, {o: rng.random() < p for o, p in truth[channel].items()})
    return {c: bandit.pulls.get(("digital", c), 0) for c in truth}


def test_bandit_learns_the_channel_that_is_answered() -> None:
    truth = {c: {"answer": a, "payment": 0.05, "harm": 0.0} for c, a in
             (("whatsapp", 0.6), ("sms", 0.1), ("email", 0.05))}  # fmt: skip
    pulls = _play(ChannelBandit(seed=1), truth, 400)
    assert pulls["whatsapp"] > 300 and max(pulls["sms"], pulls["email"]) < 60


def test_bandit_weighs_payments_and_harm_not_only_answers() -> None:
    # WhatsApp is answered most but its contacts end in opt-outs and complaints; SMS brings payments.
    truth = {"whatsapp": {"answer": 0.7, "payment": 0.05, "harm": 0.3},
             "sms": {"answer": 0.2, "payment": 0.3, "harm": 0.01},
             "email": {"answer": 0.05, "payment": 0.02, "harm": 0.0}}  # fmt: skip
    pulls = _play(ChannelBandit(seed=2), truth, 600)
    assert pulls["sms"] > 450 and pulls["whatsapp"] < 100


def test_exploration_is_bounded_and_reported() -> None:
    bandit = ChannelBandit(seed=4, max_explore_share=0.05)
    truth = {c: {"answer": 0.3, "payment": 0.1, "harm": 0.02} for c in ("whatsapp", "sms", "email")}
    _play(bandit, truth, 500)  # equal channels: the sampler would explore nearly half the time unbounded
    share = bandit.figures()["digital/exploration"]
    assert share["choices"] == 500 and 0 < share["explore_share"] <= 0.05
    free = ChannelBandit(seed=4, max_explore_share=1.0)
    _play(free, truth, 500)
    assert free.figures()["digital/exploration"]["explore_share"] > 0.2


def test_outcomes_are_credited_to_the_contact_within_its_window() -> None:
    decider = Decider()
    p = CustomerProfile("c1", state="SP", channels_consented=["whatsapp", "sms"], segment="digital")
    start = parse_time("2026-03-16T10:00:00-03:00")
    p.contacts = [[start, "whatsapp", "o1", 0], [start, "sms", "o2", 0], [start - 20 * 86400, "sms", "o0", 8]]
    p.clock_ts = start + 3600
    decider.observe(p, "message.replied", {"outreach_id": "o1", "channel": "whatsapp"})
    p.clock_ts = start + 86400
    decider.observe(p, "payment.received", {"payment_id": "x", "amount": 10.0, "method": "pix"})
    decider.observe(p, "consent.changed", {"channel": "whatsapp", "granted": False})
    assert [c[3] for c in p.contacts] == [1 | 4, 2, 8]  # the payment goes to the latest contact
    p.clock_ts = start + 5 * 86400  # past the three-day window: both are learnt from, once
    decider.observe(p, "vigia.clock.tick", {})
    decider.observe(p, "complaint.filed", {"channel": "procon"})  # too late to blame on these contacts
    assert [c[3] for c in p.contacts] == [1 | 4 | 8, 2 | 8, 8]
    rates = decider.bandit.figures()
    assert rates["digital/whatsapp"]["answer_rate"] > 0.5 and rates["digital/whatsapp"]["harm_rate"] > 0.1
    assert rates["digital/sms"]["payment_rate"] > 0.1 and rates["digital/sms"]["answer_rate"] < 0.5


def test_one_review_even_when_the_clock_is_held_behind_the_claim() -> None:
    # The worker holds a customer's clock at the least progress of a partition's topics: the claim read on
    # the journey topic can be later than the clock while the payment topic lags.
    decider, p = Decider(), overdue()
    said = p.clock_ts + 3600
    p.hold = ["dispute", said, "not_mine"]
    assert decider.decide(p, "e1")["purpose"] == "dispute_review"
    assert decider.decide(p, "e2") is None
    p.handoff_requested_ts = said + 60  # and a request for a person in the same breath
    assert decider.decide(p, "e3")["purpose"] == "handoff"
    assert decider.decide(p, "e4") is None


def test_an_offer_asks_no_more_than_the_customer_said_they_can_pay_a_month() -> None:
    p = overdue(predicted_reason="unemployment")  # R$ 400 overdue; half of what they paid a month is R$ 200
    p.said_affordable = [90.0, p.clock_ts - 5 * 86400]  # "só consigo 90 por mês"
    offer = Decider().decide(p, "e1")["offer"]
    assert (offer["kind"], offer["installments"], offer["installment_brl"]) == ("installments", 5, 80.0)
    good = overdue()  # a good payer would get a settlement of the whole overdue at once ...
    good.said_affordable = [150.0, good.clock_ts]
    trigger = Decider().decide(good, "e2")  # ... but said R$ 150 a month
    assert trigger["offer"]["installment_brl"] <= 150.0 and "they said they can pay" in trigger["explanation"]
    stale = overdue()
    stale.said_affordable = [150.0, stale.clock_ts - 120 * 86400]  # said four months ago: no longer binding
    assert Decider().decide(stale, "e3")["offer"]["kind"] == "settlement"


def test_when_no_offer_fits_what_they_said_a_person_negotiates_and_no_robot_offers() -> None:
    p = overdue()
    p.invoices["i1"] = [4000.0, 4000.0, "2026-03-01", 0.0]
    p.said_affordable = [20.0, p.clock_ts]  # R$ 4,000 in 24 installments is R$ 167 a month
    trigger = Decider().decide(p, "e1")
    assert trigger["offer"] is None and trigger["agent"] == "human"
    assert trigger["channel"] in ("whatsapp", "human_call") and "none fits" in trigger["explanation"]
