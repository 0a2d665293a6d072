"""The rule-based score and its bands: monotone, explained, and with hysteresis."""

from __future__ import annotations

import math

import pytest

from online_models.clock import parse_time
from online_models.profile import CustomerProfile
from online_models.rules import INTERCEPT, Bands, band_for, rule_score
from online_models.transitions import advance


def overdue(days: int, **fields) -> CustomerProfile:
    p = CustomerProfile("c1", state="SP", **fields)
    p.invoices["i1"] = [100.0, 100.0, "2026-03-01", 0.0]
    advance(p, parse_time("2026-03-01T12:00:00-03:00") + days * 86400)
    return p


def test_score_rises_with_days_past_due() -> None:
    scores = [rule_score(overdue(d))[0] for d in (0, 1, 5, 15, 30, 60)]
    assert scores == sorted(scores) and scores[0] < 0.25 < scores[-1]


def test_contributions_explain_the_score_exactly() -> None:
    p = overdue(12, promises_broken=2, complaints=1, failed_payments=1)
    score, reasons = rule_score(p)
    logit = INTERCEPT + sum(c for _f, c in reasons)
    assert math.isclose(score, 1 / (1 + math.exp(-logit)), abs_tol=1e-3)
    assert reasons[0][0] == "days_past_due"
    assert {"promises_broken", "complaints", "failed_payments"} <= {f for f, _c in reasons}


def test_kept_promises_and_a_current_agreement_lower_the_score() -> None:
    base = rule_score(overdue(10))[0]
    assert rule_score(overdue(10, promises_kept=2))[0] < base
    assert rule_score(overdue(10, agreements={"a1": [300.0, 3, "2026-04-01"]}))[0] < base


def test_app_use_lowers_the_score_of_a_customer_with_no_history_yet() -> None:
    """Before any payment, app use is what tells a customer who will pay from one who will not."""
    never, often = CustomerProfile("c1", invoices_issued=1), CustomerProfile("c2", invoices_issued=1, sessions=8)
    assert rule_score(often)[0] < rule_score(never)[0]
    assert ["app_use", round(-0.3 * math.log1p(8), 4)] in rule_score(often)[1]
    heavy = CustomerProfile("c3", invoices_issued=1, sessions=500)  # per invoice, capped at 30
    assert rule_score(heavy)[0] == rule_score(CustomerProfile("c4", invoices_issued=1, sessions=30))[0]


@pytest.mark.parametrize(
    ("score", "previous", "expected"),
    [
        (0.10, None, "low"),
        (0.25, "low", "medium"),  # up at the threshold exactly
        (0.24, "medium", "medium"),  # down needs the margin
        (0.19, "medium", "low"),
        (0.74, "critical", "critical"),
        (0.69, "critical", "high"),
        (0.10, "critical", "low"),  # a big fall goes straight down
        (0.80, "low", "critical"),
    ],
)
def test_bands_with_hysteresis(score, previous, expected) -> None:
    assert band_for(score, previous) == expected


def test_band_thresholds_are_configurable() -> None:
    assert band_for(0.3, None, Bands(medium=0.4, high=0.6, critical=0.8)) == "low"


def test_a_customer_whose_state_is_unknown_is_contacted_only_when_every_state_allows_it() -> None:
    """No registration read yet: the customer may live in Rio (09:00-19:00) or in Acre (two hours behind)."""
    import holidays

    from online_models.contact_rules import ContactRules

    rules, states = ContactRules(), holidays.Brazil.subdivisions
    start = parse_time("2026-07-06T00:00:00-03:00")  # a week with São Paulo's 9 July holiday (a Thursday)
    allowed = [ts for ts in (start + 1800 * n for n in range(7 * 48)) if rules.allowed(ts, None)]
    assert allowed, "some hours of a working week must stay open"
    for ts in allowed:
        refused = [state for state in states if not rules.allowed(ts, state)]
        assert refused == [], f"{ts}: refused in {refused}"
    assert not rules.allowed(parse_time("2026-07-09T12:00:00-03:00"), None)  # SP's holiday
    assert rules.allowed(parse_time("2026-07-09T12:00:00-03:00"), "RJ")
