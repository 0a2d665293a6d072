"""Behaviour change: early for a punctual payer gone quiet, never for a dispute, once until recovery."""

from __future__ import annotations

from online_models.clock import parse_time
from online_models.profile import CustomerProfile
from online_models.transitions import advance, place_hold

DAY = 86400.0


def _punctual(sessions: int = 30, quiet_days: float = 6.0) -> CustomerProfile:
    """Three invoices paid on time, one open and due 2026-03-01; the app last opened ``quiet_days`` before day 5."""
    p = CustomerProfile("b1", state="SP", sessions=sessions, invoices_issued=4, delay_n=3, delay_mean=-2.0, delay_max=0)
    p.invoices["i4"] = [300.0, 300.0, "2026-03-01", 0.0]
    p.clock_ts = parse_time("2026-03-02T10:00:00-03:00")
    advance(p, p.clock_ts)
    p.last_engagement_ts = parse_time("2026-03-06T10:00:00-03:00") - quiet_days * DAY
    return p


def test_a_punctual_payer_gone_quiet_is_a_change_five_days_after_the_due_date() -> None:
    p = _punctual()
    advance(p, parse_time("2026-03-05T10:00:00-03:00"))
    assert p.change_ts is None  # four days late: not yet
    advance(p, parse_time("2026-03-06T10:00:00-03:00"))
    assert p.change_ts is not None and p.change_open and "no app or web session for 6 days" in p.change_why


def test_no_early_change_for_one_who_rarely_opens_the_app_or_was_late_before() -> None:
    rarely = _punctual(sessions=8)  # a session every 15 days or so: six quiet days are their habit
    advance(rarely, parse_time("2026-03-06T10:00:00-03:00"))
    active = _punctual(quiet_days=1.0)
    advance(active, parse_time("2026-03-06T10:00:00-03:00"))
    late_before = _punctual()
    late_before.delay_max = 6
    advance(late_before, parse_time("2026-03-06T10:00:00-03:00"))
    assert rarely.change_ts is None and active.change_ts is None and late_before.change_ts is None


def test_a_disputed_invoice_left_unpaid_is_no_change() -> None:
    p = _punctual(quiet_days=30.0)
    place_hold(p, "dispute", "not_mine", p.clock_ts)
    p.hold = None  # resolved: the debt stands, but the dispute still explains its delay
    advance(p, parse_time("2026-04-15T10:00:00-03:00"))
    assert p.days_past_due > 40 and p.change_ts is None


def test_a_change_is_detected_once_until_the_customer_pays_on_time_again() -> None:
    p = _punctual()
    advance(p, parse_time("2026-03-06T10:00:00-03:00"))
    first = p.change_ts
    advance(p, parse_time("2026-04-20T10:00:00-03:00"))  # milestones 7, 15, 30 pass: no second detection
    assert p.change_ts == first and p.change_open
