"""Per-customer behaviour change on payment delay: River's Page-Hinkley test, state kept in the profile.

The test's tolerance and threshold grow with the customer's own spread of delays (0.4 and 4 times
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
>>> observe_delay(p, 7, 10.0), observe_delay(p, 20, 11.0), p.change_why
(False, True, 'payment delay rose: 20 days late against a usual 0.0')

A change is news once: until the customer pays an invoice on time again (``change_open``), later
delays raise no second detection. A punctual payer who stops opening the app and misses a due date
by five days is a change already (:func:`early_change`), before Page-Hinkley has its observations.
"""

from __future__ import annotations

import math

from river import drift

from online_models.profile import CustomerProfile

MILESTONES = (7, 15, 30)  # days past due at which an open invoice counts as an observation
DELTA = 3.0  # days of extra delay tolerated per observation before it adds to the evidence
THRESHOLD = 15.0  # accumulated days of unusual delay that make a change
CHANGE_MEMORY_S = 45 * 86400.0  # how long a detected behaviour change marks the customer's alerts and segment


SPREAD_DELTA, SPREAD_THRESHOLD = 0.4, 4.0  # ... or these many times the customer's own spread, if larger


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
    if detector.drift_detected and not p.change_open:  # a change not come back from is no news
        p.change_ts, p.change_why = ts, f"payment delay rose: {delay:g} days late against a usual {max(usual, 0):.1f}"
        p.delay_test, p.change_open = [], True  # start afresh from the new behaviour
        return True
    squares += (delay - usual) * (delay - detector._x_mean.get())  # Welford: the spread of their delays
    p.delay_test = [detector._x_mean.n, round(detector._x_mean.get(), 4), round(detector._sum_increase, 4),
                    round(detector._min_increase, 4), round(squares, 4)]  # fmt: skip
    return False


EARLY_DAYS: int | None = 5  # days past due at which a punctual payer's miss can already be a change
EARLY_QUIET_DAYS = 5.0  # ... when they have not opened the app for this long (or wrote of hardship)
EARLY_GAP_FACTOR = 1.0  # ... nor for this many times their usual days between sessions
PUNCTUAL_MAX_DELAY = 2  # punctual: never later than this on at least PUNCTUAL_MIN_PAID settled invoices
PUNCTUAL_MIN_PAID = 2
HARDSHIP = ("unemployment", "income_drop", "health_or_family")  # reasons that shape offers and mark a shock


def early_change(p: CustomerProfile, before: int, ts: float) -> bool:
    """A punctual payer who misses a due date by ``EARLY_DAYS`` and has gone quiet, or wrote of hardship.

    Page-Hinkley needs 7 days past due and several observations; job loss and illness show first as
    the first miss of someone who never misses, who stops opening the app or says what happened.
    """
    if EARLY_DAYS is None or not before < EARLY_DAYS <= p.days_past_due:
        return False
    punctual = p.delay_n >= PUNCTUAL_MIN_PAID and p.delay_max <= PUNCTUAL_MAX_DELAY
    quiet = (ts - p.last_engagement_ts) / 86400.0 if p.last_engagement_ts is not None else 0.0  # never seen: no sign
    usual_gap = 30.0 * max(p.invoices_issued, 1) / max(p.sessions, 1)  # days between sessions, roughly
    hardship = p.predicted_reason in HARDSHIP
    if punctual and not p.change_open and (quiet >= max(EARLY_QUIET_DAYS, EARLY_GAP_FACTOR * usual_gap) or hardship):
        p.change_ts, p.change_open, p.delay_test = ts, True, []
        evidence = f"wrote of {p.predicted_reason}" if hardship else f"no app or web session for {quiet:.0f} days"
        p.change_why = (f"{p.days_past_due} days late, from a payer never more than {p.delay_max} days late on "
                        f"{p.delay_n} invoices; {evidence}")  # fmt: skip
        return True
    return False


def milestone_crossed(before: int, after: int) -> int | None:
    """The largest milestone passed when days past due went from ``before`` to ``after``."""
    crossed = [m for m in MILESTONES if before < m <= after]
    return crossed[-1] if crossed else None
