"""How unusual a customer's recent activity is against the portfolio: Half-Space Trees.

When an invoice is issued (once a month per customer: a steady sample of the population), the
customer's activity is scored against what the partition has seen, then learnt from. The features
are bounded to [0, 1] by fixed caps, as Half-Space Trees expect. A high score (near 1) says "this
customer's behaviour is rare in the portfolio" — an overdue customer who stopped answering and
breaks promises, say — and it travels on the customer's alerts as ``anomaly``.

>>> from online_models.profile import CustomerProfile
>>> detector = ActivityAnomaly()
>>> for n in range(600):
...     _ = detector.score_learn(CustomerProfile(f"c{n}", sessions=3, invoices_paid=2))
>>> usual = CustomerProfile("u", sessions=3, invoices_paid=2)
>>> odd = CustomerProfile("o", days_past_due=45, failed_payments=4, promises_broken=3, calls_unanswered=9)
>>> detector.score(odd) > detector.score(usual)
True
"""

from __future__ import annotations

from river import anomaly

from online_models.profile import CustomerProfile

DAY = 86400.0


def activity(p: CustomerProfile) -> dict[str, float]:
    """The customer's activity as numbers in [0, 1]."""
    quiet_days = (p.clock_ts - p.last_engagement_ts) / DAY if p.last_engagement_ts else 90.0
    return {
        "days_past_due": min(p.days_past_due / 60, 1.0),
        "late_share": p.late_share(),
        "failed_payments": min(p.failed_payments / 5, 1.0),
        "promises_broken": min(p.promises_broken / 3, 1.0),
        "calls_unanswered": min(p.calls_unanswered / 10, 1.0),
        "quiet_days": min(max(quiet_days, 0.0) / 90, 1.0),
        "negotiation_views": min(p.negotiation_views / 5, 1.0),
        "complaints": min(p.complaints / 2, 1.0),
        "sessions": min(p.sessions / 20, 1.0),
    }


class ActivityAnomaly:
    """Half-Space Trees over customers' activity, scored then learnt at each invoice issue."""

    def __init__(self, seed: int = 7) -> None:
        self.model = anomaly.HalfSpaceTrees(n_trees=10, height=6, window_size=250, seed=seed)
        self.scored = 0

    def score(self, p: CustomerProfile) -> float:
        return self._score(activity(p))

    def score_learn(self, p: CustomerProfile) -> float:
        x = activity(p)
        score = self._score(x)
        self.model.learn_one(x)
        self.scored += 1
        return score

    def _score(self, x: dict[str, float]) -> float:
        return round(float(self.model.score_one(x)), 3)
