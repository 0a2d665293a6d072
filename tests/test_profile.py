"""How events change a customer's profile: money, promises, consent, days past due, bounded state."""

from __future__ import annotations

import pytest

from online_models.clock import parse_time
from online_models.profile import MAX_OPEN_ITEMS, CustomerProfile
from online_models.transitions import HANDLERS, advance


def apply(p: CustomerProfile, event_type: str, when: str, **data) -> CustomerProfile:
    ts = parse_time(when)
    HANDLERS[event_type](p, data, ts)
    advance(p, ts)
    return p


def invoice(p, invoice_id="i1", amount=100.0, due="2026-03-10", when="2026-03-01T10:00:00-03:00"):
    return apply(p, "invoice.issued", when, invoice_id=invoice_id, amount=amount, due_date=due)


def pay(p, payment_id="p1", amount=100.0, when="2026-03-08T10:00:00-03:00", **extra):
    return apply(p, "payment.received", when, payment_id=payment_id, amount=amount, method="pix", **extra)


def test_on_time_payment_settles_the_invoice() -> None:
    p = pay(invoice(CustomerProfile("c1")))
    assert p.invoices == {} and p.invoices_paid == 1 and p.invoices_paid_late == 0
    assert p.delay_mean == -2 and p.payment_methods == {"pix": 1}


def test_partial_then_late_payment_records_the_delay() -> None:
    p = invoice(CustomerProfile("c1"))
    pay(p, "p1", 40.0, "2026-03-09T10:00:00-03:00")
    assert p.open_balance == 60.0 and p.invoices_paid == 0
    pay(p, "p2", 60.0, "2026-03-15T10:00:00-03:00")
    assert p.invoices_paid_late == 1 and p.delay_max == 5 and p.open_balance == 0


def test_a_payment_id_counts_once_even_under_a_new_event_id() -> None:
    p = invoice(CustomerProfile("c1"), amount=200.0)
    pay(p, "p1", 50.0)
    pay(p, "p1", 50.0)
    assert p.open_balance == 150.0 and p.payments == 1


def test_payment_before_its_invoice_arrives_is_kept_as_credit() -> None:
    p = pay(CustomerProfile("c1"), "p1", 100.0, "2026-03-08T10:00:00-03:00", invoice_id="i1")
    assert p.credit == 100.0
    invoice(p, when="2026-03-09T10:00:00-03:00")
    assert p.credit == 0 and p.invoices_paid == 1 and p.open_balance == 0


def test_a_late_payment_read_before_its_invoice_still_counts_as_late() -> None:
    p = pay(CustomerProfile("c1", state="SP"), "p1", 100.0, "2026-03-14T10:00:00-03:00")
    invoice(p, when="2026-03-01T10:00:00-03:00")  # read after the payment: the topics were read unevenly
    assert p.invoices_paid_late == 1 and p.delay_max == 4


def test_payment_goes_to_the_named_invoice_then_the_oldest() -> None:
    p = invoice(CustomerProfile("c1"), "old", 100.0, "2026-02-10")
    invoice(p, "new", 100.0, "2026-03-10")
    pay(p, "p1", 150.0, invoice_id="new")
    assert p.invoices["old"][1] == 50.0 and "new" not in p.invoices


def test_reversal_reopens_the_debt_once() -> None:
    p = pay(invoice(CustomerProfile("c1")))
    apply(p, "payment.reversed", "2026-03-09T10:00:00-03:00", payment_id="p1", amount=100.0)
    apply(p, "payment.reversed", "2026-03-09T11:00:00-03:00", payment_id="p1", amount=100.0)
    assert p.open_balance == 100.0 and p.reversed_payments == 1


def test_days_past_due_grow_with_event_time_alone() -> None:
    p = invoice(CustomerProfile("c1", state="SP"))
    assert p.days_past_due == 0 and p.wake_ts == parse_time("2026-03-11T00:00:00-03:00")
    advance(p, parse_time("2026-03-11T00:00:00-03:00"))
    assert p.days_past_due == 1
    advance(p, parse_time("2026-03-25T09:00:00-03:00"))
    assert p.days_past_due == 15 and p.max_days_past_due == 15
    assert p.wake_ts == parse_time("2026-03-26T00:00:00-03:00")  # overdue: tick again tomorrow


def test_days_past_due_use_the_customers_local_date() -> None:
    late_evening_utc = "2026-03-11T03:30:00Z"  # 00:30 in São Paulo, still 23:30 of the 10th in Manaus
    sp = invoice(CustomerProfile("c1", state="SP"))
    am = invoice(CustomerProfile("c2", state="AM"))
    advance(sp, parse_time(late_evening_utc))
    advance(am, parse_time(late_evening_utc))
    assert (sp.days_past_due, am.days_past_due) == (1, 0)


def test_the_clock_never_goes_back() -> None:
    p = invoice(CustomerProfile("c1"))
    advance(p, parse_time("2026-03-20T10:00:00-03:00"))
    apply(p, "session.started", "2026-03-02T10:00:00-03:00", channel="app")  # arrives late
    assert p.days_past_due == 10 and p.sessions == 1


def test_promise_kept_by_payments_and_broken_when_its_date_passes() -> None:
    p = invoice(CustomerProfile("c1"), amount=300.0)
    apply(p, "promise.made", "2026-03-11T10:00:00-03:00", promise_id="pr1", amount=100.0, due_date="2026-03-15")
    pay(p, "p1", 100.0, "2026-03-14T10:00:00-03:00")
    assert p.promises_kept == 1 and p.promises == {}
    apply(p, "promise.made", "2026-03-16T10:00:00-03:00", promise_id="pr2", amount=100.0, due_date="2026-03-18")
    advance(p, parse_time("2026-03-18T23:00:00-03:00"))
    assert p.promises_broken == 0
    advance(p, parse_time("2026-03-19T00:00:00-03:00"))
    assert p.promises_broken == 1 and p.promises == {}


def test_a_payment_read_before_its_promise_still_keeps_it() -> None:
    p = invoice(CustomerProfile("c1"), amount=300.0)
    pay(p, "p0", 50.0, "2026-03-11T09:00:00-03:00")  # before the promise: does not count toward it
    pay(p, "p1", 100.0, "2026-03-14T10:00:00-03:00")  # after the promise, read first
    apply(p, "promise.made", "2026-03-11T10:00:00-03:00", promise_id="pr1", amount=100.0, due_date="2026-03-15")
    assert p.promises_kept == 1 and p.promises == {}
    apply(p, "promise.made", "2026-03-11T11:00:00-03:00", promise_id="pr2", amount=200.0, due_date="2026-03-15")
    assert p.promises["pr2"][2] == 100.0  # only the later payment counts
    pay(p, "p2", 100.0, "2026-03-16T10:00:00-03:00")  # after its date: too late to keep it
    assert p.promises_kept == 1


@pytest.mark.parametrize("granted_again", [True, False])
def test_consent_opt_out_then_opt_in(granted_again: bool) -> None:
    p = apply(
        CustomerProfile("c1"), "customer.registered", "2026-03-01T10:00:00Z", channels_consented=["whatsapp", "sms"]
    )
    apply(p, "consent.changed", "2026-03-02T10:00:00Z", channel="whatsapp", granted=False)
    assert p.channels_opted_out == ["whatsapp"] and "whatsapp" not in p.channels_consented
    apply(p, "consent.changed", "2026-03-03T10:00:00Z", channel="whatsapp", granted=granted_again)
    assert ("whatsapp" in p.channels_consented) is granted_again
    assert ("whatsapp" in p.channels_opted_out) is not granted_again


def test_channel_responsiveness_counts_replies_and_right_party_calls() -> None:
    p = CustomerProfile("c1")
    for n in range(4):
        apply(p, "message.sent", f"2026-03-0{n + 1}T10:00:00Z", channel="whatsapp", outreach_id=f"o{n}")
    apply(p, "message.replied", "2026-03-05T10:00:00Z", channel="whatsapp", outreach_id="o1", text="ok")
    apply(p, "call.completed", "2026-03-05T11:00:00Z", outcome="right_party", by="human", direction="outbound")
    apply(p, "call.completed", "2026-03-06T11:00:00Z", outcome="no_answer", by="human", direction="outbound")
    assert p.responsiveness() == {"whatsapp": round(1 / 6, 3), "human_call": round(1 / 4, 3)}
    assert p.calls_unanswered == 1


def test_state_stays_small_however_long_the_history() -> None:
    p = CustomerProfile("c1", state="SP", channels_consented=["whatsapp", "sms", "email"])
    for month in range(120):  # ten years of unpaid invoices, payments, promises and messages
        year, mon = 2026 + month // 12, month % 12 + 1
        invoice(p, f"inv{month}", 150.0, f"{year}-{mon:02d}-10", f"{year}-{mon:02d}-01T10:00:00-03:00")
        pay(p, f"p{month}", 20.0, f"{year}-{mon:02d}-15T10:00:00-03:00")
        apply(p, "promise.made", f"{year}-{mon:02d}-16T10:00:00-03:00", promise_id=f"pr{month}", amount=50.0,
              due_date=f"{year}-{mon:02d}-25")  # fmt: skip
        for ch in ("whatsapp", "sms", "email"):
            apply(p, "message.sent", f"{year}-{mon:02d}-17T10:00:00-03:00", channel=ch, outreach_id=f"o{month}{ch}")
        p.remember(f"event-{month}")
    assert len(p.invoices) <= MAX_OPEN_ITEMS
    assert p.open_balance == round(120 * 150.0 - 120 * 20.0, 2)  # folding old invoices loses no money
    assert len(p.to_bytes()) < 4096
