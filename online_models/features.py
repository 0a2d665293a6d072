"""The live features of a customer that the learnt models read (a superset of the rule-based score's).

Kept as a fixed, ordered list so a snapshot taken when an invoice is issued can wait in the profile
as a short list of numbers until its label arrives.

>>> from online_models.profile import CustomerProfile
>>> x = risk_features(CustomerProfile("c1"))
>>> set(x) <= set(FEATURE_NAMES) and unpack(pack(x)) == x
True
"""

from __future__ import annotations

import math

from online_models.profile import REPLIED, RPC, SENT, CustomerProfile
from online_models.rules import contributions_of, rule_features, rule_logit

REASON_CODES = ("unemployment", "income_drop", "lack_of_planning", "offer_not_adherent", "debt_not_recognized",
                "already_paid", "fraud_suspected", "health_or_family", "forgot", "other")  # fmt: skip
DAY = 86400.0


def risk_features(p: CustomerProfile, rule_values: dict[str, float] | None = None) -> dict[str, float]:
    """The model's features; ``rule_values`` (the rule-based score's features) when already computed."""
    x = dict(rule_features(p) if rule_values is None else rule_values)
    # the rule-based score's log-odds: the learnt model starts from the rules' ranking and corrects it
    rules_log_odds = rule_logit(contributions_of(x))
    age = p.age()
    sent = sum(c[SENT] for c in p.channels.values())
    answered = sum(c[REPLIED] + c[RPC] for c in p.channels.values())
    open_amount = p.open_balance
    x.update(
        {
            "age": float(age) if age is not None else 40.0,
            "log_open_balance": math.log1p(open_amount),
            "open_invoices": float(min(len(p.invoices), 6)),
            "invoices_paid": float(min(p.invoices_paid, 12)),
            "max_delay_days": float(min(max(p.delay_max, -10), 60)),
            "last_delay_days": float(min(max(p.recent_delays[-1], -10), 60)) if p.recent_delays else 0.0,
            "days_since_engagement": min((p.clock_ts - p.last_engagement_ts) / DAY, 90.0)
            if p.last_engagement_ts
            else 90.0,
            "sessions": math.log1p(p.sessions),
            "negotiation_views": float(min(p.negotiation_views, 5)),
            "inbound_messages": math.log1p(p.inbound_messages),
            "answer_rate": answered / (sent + 2),
            "promises_made": float(min(p.promises_made, 5)),
            "open_promises": float(len(p.promises)),
            "calls_unanswered": float(min(p.calls_unanswered, 10)),
            "offers_rejected": float(min(p.offers_rejected, 5)),
            "behaviour_change": 1.0 if p.change_ts is not None else 0.0,
            "wants_human": 1.0 if "wants_human" in p.flags else 0.0,
            "disputes_debt": 1.0 if {"not_mine", "already_paid", "fraud"} & set(p.flags) else 0.0,
            "rule_logit": rules_log_odds,
        }
    )
    if p.predicted_reason:
        x[f"reason_{p.predicted_reason}"] = 1.0  # one-hot, sparse: the other reasons are absent (0)
    return x


FEATURE_NAMES = (*risk_features(CustomerProfile("_")), *(f"reason_{code}" for code in REASON_CODES))


def pack(x: dict[str, float]) -> list[float]:
    """The features as a short list in ``FEATURE_NAMES`` order (absent ones are 0)."""
    return [round(x.get(name, 0.0), 4) for name in FEATURE_NAMES]


def unpack(values: list[float]) -> dict[str, float]:
    return {
        name: value
        for name, value in zip(FEATURE_NAMES, values, strict=False)
        if value or not name.startswith("reason_")
    }
