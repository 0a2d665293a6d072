"""The live features of a customer that the learnt models read (a superset of the rule-based score's).

Kept as a fixed, ordered list so a snapshot taken when an invoice is issued can wait in the profile
as a short list of numbers until its label arrives.

>>> from online_models.profile import CustomerProfile
>>> x = risk_features(CustomerProfile("c1"))
>>> set(x) <= set(FEATURE_NAMES) and unpack(pack(x)) == {name: round(v, 4) for name, v in x.items()}
True
"""

from __future__ import annotations

import bisect
import math

from online_models.profile import CENT, CHANNELS, LABEL_GRACE_DAYS, REPLIED, RPC, SENT, CustomerProfile
from online_models.rules import contributions_of, rule_features, rule_logit

REASON_CODES = ("unemployment", "income_drop", "lack_of_planning", "offer_not_adherent", "debt_not_recognized",
                "already_paid", "fraud_suspected", "health_or_family", "forgot", "other")  # fmt: skip
DAY = 86400.0
PAYMENT_METHODS = ("pix", "boleto", "card", "debit", "cash")
BAND_EDGES = {
    "age": (25, 32, 40, 50, 55, 62, 70),
    "sessions_per_invoice": (1, 2, 4, 6, 9, 12, 16),
    "miss_grace_chance": (0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7),
    "recent_delay_mean": (-3, 0, 2, 5, 8, 12, 16),
    "days_since_engagement": (2, 5, 10, 20, 40, 80),
    "answer_rate": (0.05, 0.15, 0.3, 0.5),
}
# Feature names built once, shared by the features that set them and the pairs that read them.
BAND_NAMES = {name: tuple(f"{name}_band_{b}" for b in range(len(edges) + 1)) for name, edges in BAND_EDGES.items()}
PAYS_BY = {method: f"pays_by_{method}" for method in PAYMENT_METHODS}
PREFERS = {channel: f"prefers_{channel}" for channel in CHANNELS}
REASON_NAMES = {code: f"reason_{code}" for code in REASON_CODES}


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
            "sessions_per_invoice": min(p.sessions / max(p.invoices_issued, 1), 30.0),
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
    x.update(delay_outlook(p))
    x["older_invoices_unpaid"] = older_invoices_unpaid(p)
    x.update(method_shares(p))
    for code, name in REASON_NAMES.items():  # one-hot with every code present: a scaler sees the 0s too
        x[name] = 1.0 if p.predicted_reason == code else 0.0
    for channel in CHANNELS:  # the channel a customer chose says who they are before any payment does
        x[PREFERS[channel]] = 1.0 if p.preferred_channel == channel else 0.0
    return x


def delay_outlook(p: CustomerProfile) -> dict[str, float]:
    """How likely the customer's next delay passes the grace period, from their own recent delays.

    The label is "paid more than ``LABEL_GRACE_DAYS`` late or not at all": a threshold on the delay.
    A customer's delays spread around their own mean, so the chance of passing the threshold is
    read from a normal curve on their recent delays, shrunk towards the portfolio's usual payer
    (mean 0, spread 6 days) while there are few of them. A linear model cannot draw this curve.
    """
    delays = p.recent_delays
    n = len(delays)
    prior_n, prior_mean, prior_sd = 2.0, 0.0, 6.0
    mean = (sum(delays) + prior_n * prior_mean) / (n + prior_n)
    spread = (sum((d - mean) ** 2 for d in delays) + prior_n * prior_sd**2) / (n + prior_n)
    z = (mean - LABEL_GRACE_DAYS) / math.sqrt(spread)
    return {
        "miss_grace_chance": 0.5 * math.erfc(-z / math.sqrt(2)),
        "missed_grace_share": (sum(1 for d in delays if d > LABEL_GRACE_DAYS) + 0.3) / (n + 2),
        "recent_delay_mean": min(max(mean, -10.0), 60.0),
    }


def older_invoices_unpaid(p: CustomerProfile) -> float:
    """Invoices issued over 40 days ago and still owed (up to 4): a debt that is piling up."""
    old = p.clock_ts - 40 * DAY
    return float(min(sum(1 for inv in p.invoices.values() if inv[1] > CENT and inv[3] and inv[3] < old), 4))


def method_shares(p: CustomerProfile) -> dict[str, float]:
    """The share of payments by each method: how someone pays says much about how they will."""
    total = sum(p.payment_methods.values())
    return {name: (p.payment_methods.get(m, 0) / total if total else 0.0) for m, name in PAYS_BY.items()}


# Features added after snapshots were first stored go last, so a snapshot packed by an earlier
# version (waiting in a profile for its outcome) still unpacks to the right names.
ADDED_LATER = ("app_use",)
FEATURE_NAMES = tuple(n for n in risk_features(CustomerProfile("_")) if n not in ADDED_LATER) + ADDED_LATER


def pack(x: dict[str, float]) -> list[float]:
    """The features as a short list in ``FEATURE_NAMES`` order (absent ones are 0)."""
    return [round(x.get(name, 0.0), 4) for name in FEATURE_NAMES]


def unpack(values: list[float]) -> dict[str, float]:
    return dict(zip(FEATURE_NAMES, values, strict=False))


def bands(x: dict[str, float]) -> dict[str, float]:
    """``x`` with a one-hot band of each feature whose effect is not a straight line (``BAND_EDGES``).

    Age, app use and delays say who a customer is, and risk does not rise evenly with them (the
    young and the old pay differently from the middle-aged): one weight per band lets a linear
    model follow the curve. Every band is present (0 or 1), so a scaler sees both values.

    >>> [name for name, value in bands({"age": 58.0}).items() if name.startswith("age_band") and value]
    ['age_band_5']
    """
    out = dict(x)
    for name, edges in BAND_EDGES.items():
        value = x.get(name)
        if value is None:
            continue
        which = bisect.bisect(edges, value)
        for band, band_name in enumerate(BAND_NAMES[name]):
            out[band_name] = 1.0 if band == which else 0.0
    return out


# Who a customer is shows in how these combine (age, app use, how they pay, the channel they chose).
# The same recent delays, and the same reason for not paying, read differently for each kind of
# person, so the delay bands and the predicted reason are crossed too.
WHO_KINDS = (BAND_NAMES["age"], BAND_NAMES["sessions_per_invoice"], tuple(PAYS_BY.values()), tuple(PREFERS.values()),
             BAND_NAMES["recent_delay_mean"], tuple(REASON_NAMES.values()))  # fmt: skip


def who_crosses(x: dict[str, float]) -> dict[str, float]:
    """The products of every two present "who" features of different kinds (``x`` as :func:`bands` gives it).

    Payment behaviour comes in kinds of people: a young app user paying by card and an older
    customer paying by boleto who chose the phone are different risks, and neither age nor
    payment method alone says which. A model trained with hindsight finds these combinations;
    one weight per pair lets the linear model learn them as it goes (offline on 5,000 x 180, a
    logistic regression ranks 0.862 without them, 0.880 with them, gradient boosting 0.881). The
    bands of ``recent_delay_mean`` join them: the same delays weigh differently for different
    people (on the recorded 20,000 x 180 learning stream, with the champion anchored to the
    rules, ROC AUC at issue 0.8498 -> 0.8520), and so does the predicted reason (0.8510 -> 0.8526;
    on seed 11, 0.821 -> 0.822): "forgot" from a young app user is not "forgot" from a retiree.
    Only non-zero products are given, so a snapshot has about thirteen (25 at most on 20,000 x
    180; eleven before the reasons joined), whatever the number of possible pairs.

    >>> sorted(who_crosses({"age_band_1": 1.0, "age_band_2": 0.0, "prefers_sms": 1.0, "pays_by_pix": 0.5}))
    ['age_band_1*pays_by_pix', 'age_band_1*prefers_sms', 'pays_by_pix*prefers_sms']
    """
    present = [[(name, x[name]) for name in kind if x.get(name)] for kind in WHO_KINDS]
    out = {}
    for i, first in enumerate(present):
        for later in present[i + 1 :]:
            for a, value_a in first:
                for b, value_b in later:
                    out[f"{a}*{b}"] = value_a * value_b
    return out
