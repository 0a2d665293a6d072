"""The transparent rule-based risk score: vigia's cold-start fallback.

A logistic score over a handful of documented features. Each feature's contribution is its weight
times its value in log-odds, so every alert can say exactly why its score moved. The weights are a
starting point chosen with collection analysts' rules of thumb (README, "Rule-based score"), not
learnt; the River models of ``online_models`` replace this score once they have learnt enough.

>>> from online_models.clock import parse_time
>>> from online_models.transitions import advance
>>> p = CustomerProfile(customer_id="c1", clock_ts=parse_time("2026-03-20T12:00:00-03:00"))
>>> p.invoices["i1"] = [200.0, 200.0, "2026-03-05", 0.0]
>>> advance(p, p.clock_ts)
>>> score, reasons = rule_score(p)
>>> p.days_past_due, band_for(score, None)
(15, 'high')
>>> reasons[0][0]
'days_past_due'
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from online_models.clock import local_midnight, parse_date
from online_models.profile import CustomerProfile

MODEL_NAME = "rules-v1"
INTERCEPT = -2.2
DAY = 86400.0


def rule_features(p: CustomerProfile) -> dict[str, float]:
    average = p.average_invoice()
    overdue_ratio = p.overdue_balance() / average if average > 0 else 0.0
    due_soon = any(
        0 <= (local_midnight(parse_date(inv[2]), p.state) - p.clock_ts) / DAY <= 5 for inv in p.invoices.values()
    )
    idle_days = (p.clock_ts - p.last_engagement_ts) / DAY if p.last_engagement_ts is not None else 30.0
    return {
        "days_past_due": math.log1p(p.days_past_due),
        "late_payment_share": p.late_share(),
        "mean_payment_delay_days": min(max(p.delay_mean, 0.0), 30.0),
        "overdue_balance_vs_typical_invoice": min(overdue_ratio, 4.0),
        "promises_broken": float(min(p.promises_broken, 3)),
        "promises_kept": float(min(p.promises_kept, 3)),
        "failed_payments": float(min(p.failed_payments, 4)),
        "reversed_payments": float(min(p.reversed_payments, 2)),
        "complaints": float(min(p.complaints, 2)),
        "disengaged_while_overdue": 1.0 if p.days_past_due and idle_days >= 30 else 0.0,
        "agreement_current": 1.0 if p.agreements else 0.0,
        "due_soon_with_late_history": p.late_share() if due_soon else 0.0,
        "app_use": math.log1p(min(p.sessions / max(p.invoices_issued, 1), 30.0)),
    }


WEIGHTS: dict[str, float] = {
    "days_past_due": 0.9,
    "late_payment_share": 1.5,
    "mean_payment_delay_days": 0.04,
    "overdue_balance_vs_typical_invoice": 0.35,
    "promises_broken": 0.6,
    "promises_kept": -0.3,
    "failed_payments": 0.25,
    "reversed_payments": 0.4,
    "complaints": 0.3,
    "disengaged_while_overdue": 0.3,
    "agreement_current": -0.5,
    "due_soon_with_late_history": 0.8,
    "app_use": -0.3,
}


def rule_logit(contributions: dict[str, float]) -> float:
    """The rule-based score's log-odds from each feature's contribution (weight x value)."""
    return INTERCEPT + sum(contributions.values())


def contributions_of(features: dict[str, float]) -> dict[str, float]:
    return {name: WEIGHTS[name] * value for name, value in features.items()}


def rule_score(p: CustomerProfile, features: dict[str, float] | None = None) -> tuple[float, list[list[float | str]]]:
    """Probability-like score in [0, 1] and the non-zero contributions, largest first."""
    contributions = contributions_of(rule_features(p) if features is None else features)
    logit = rule_logit(contributions)
    score = 1.0 / (1.0 + math.exp(-logit))
    reasons = sorted(([n, round(c, 4)] for n, c in contributions.items() if abs(c) > 1e-9), key=lambda r: -abs(r[1]))
    return round(score, 4), reasons


@dataclass(frozen=True, slots=True)
class Bands:
    """Score thresholds of the bands, and the margin a score must fall below one to move down."""

    medium: float = 0.25
    high: float = 0.5
    critical: float = 0.75
    hysteresis: float = 0.05

    def thresholds(self) -> tuple[tuple[str, float], ...]:
        return (("critical", self.critical), ("high", self.high), ("medium", self.medium))


BAND_ORDER = ("low", "medium", "high", "critical")


def band_for(score: float, previous: str | None, bands: Bands = Bands()) -> str:
    """The band for ``score``; a move down needs the score below the threshold by ``hysteresis``.

    >>> band_for(0.49, "high"), band_for(0.44, "high"), band_for(0.50, "medium")
    ('high', 'medium', 'high')
    """
    raw = next((name for name, limit in bands.thresholds() if score >= limit), "low")
    if previous is None or BAND_ORDER.index(raw) >= BAND_ORDER.index(previous):
        return raw
    lowered = next((name for name, limit in bands.thresholds() if score >= limit - bands.hysteresis), "low")
    return lowered if BAND_ORDER.index(lowered) < BAND_ORDER.index(previous) else previous
