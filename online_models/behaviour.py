"""Per-customer behaviour change on payment delay: River's Page-Hinkley test, state kept in the profile.

The test's tolerance and threshold grow with the customer's own spread of delays (0.4 and 2.5 times
it, when larger than the defaults): a volatile payer's usual swings are not a change. Open invoices
count only for customers who have settled one before: a first invoice left unpaid (a disputed
debt, a fraud) is not a change of behaviour, there being none yet; the rule score still sees it.

Each settled invoice gives one observation (days paid after the due date); an invoice still open
gives a provisional one when it crosses 7, 15 and 30 days past due, so a first-time delinquent is
caught while the invoice is still unpaid rather than when (if ever) it is paid. The test keeps its
few numbers in the customer's profile and a River ``PageHinkley`` is rebuilt around them for each
observation, so each customer has a detector of their own at a cost of five floats.

>>> from online_models.profile import CustomerProfile
>>> p = CustomerProfile("c1")
>>> [observe_delay(p, d, float(i)) for i, d in enumerate([-3, -4, -2, -3])]
[False, False, False, False]
>>> observe_delay(p, 7, 10.0), observe_delay(p, 15, 11.0), p.change_why
(False, True, 'payment delay rose: 15 days late against a usual 0.0')
"""

from __future__ import annotations

import math

from river import drift

from online_models.profile import CustomerProfile

MILESTONES = (7, 15, 30)  # days past due at which an open invoice counts as an observation
DELTA = 3.0  # days of extra delay tolerated per observation before it adds to the evidence
THRESHOLD = 15.0  # accumulated days of unusual delay that make a change
CHANGE_MEMORY_S = 45 * 86400.0  # how long a detected behaviour change marks the customer's alerts and segment


SPREAD_DELTA, SPREAD_THRESHOLD = 0.4, 2.5  # ... or these many times the customer's own spread, if larger


def _detector(spread: float) -> drift.PageHinkley:
    """A customer whose delays usually swing widely must move further before it counts as a change."""
    return drift.PageHinkley(min_instances=3, delta=max(DELTA, SPREAD_DELTA * spread),
                             threshold=max(THRESHOLD, SPREAD_THRESHOLD * spread), alpha=0.999, mode="up")  # fmt: skip


def observe_delay(p: CustomerProfile, delay: float, ts: float) -> bool:
    """Feed one delay observation; True when it reveals a change (recorded in ``p.change_ts``)."""
    n, mean, total, lowest, squares = (*p.delay_test, 0.0)[:5] if p.delay_test else (0, 0.0, 0.0, 0.0, 0.0)
    detector = _detector(math.sqrt(squares / n) if n > 1 else 0.0)
    if n:
        detector._x_mean.n, detector._x_mean._mean = n, mean
        detector._sum_increase, detector._min_increase = total, lowest
    usual = detector._x_mean.get()
    detector.update(delay)
    if detector.drift_detected:
        p.change_ts, p.change_why = ts, f"payment delay rose: {delay:g} days late against a usual {max(usual, 0):.1f}"
        p.delay_test = []  # start afresh from the new behaviour
        return True
    squares += (delay - usual) * (delay - detector._x_mean.get())  # Welford: the spread of their delays
    p.delay_test = [detector._x_mean.n, round(detector._x_mean.get(), 4), round(detector._sum_increase, 4),
                    round(detector._min_increase, 4), round(squares, 4)]  # fmt: skip
    return False


def milestone_crossed(before: int, after: int) -> int | None:
    """The largest milestone passed when days past due went from ``before`` to ``after``."""
    crossed = [m for m in MILESTONES if before < m <= after]
    return crossed[-1] if crossed else None
