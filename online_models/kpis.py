"""The figures of a profile a collection manager counts: what one step changed is the difference of two snapshots.

Days past due are read in the buckets operations report (current, 1-30, 31-60, 61-90, 90+); a move
between buckets is a roll (forward) or a cure (back to current).

>>> from online_models.profile import CustomerProfile
>>> p = CustomerProfile("c1", days_past_due=45, band="high", promises_made=2)
>>> s = snapshot(p)
>>> s.bucket, s.band, s.promises_made
('31-60', 'high', 2)
>>> dpd_bucket(0), dpd_bucket(30), dpd_bucket(91)
('current', '1-30', '90+')
"""

from __future__ import annotations

from typing import NamedTuple

from online_models.profile import CustomerProfile

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")


def dpd_bucket(days_past_due: int) -> str:
    if days_past_due <= 0:
        return "current"
    if days_past_due <= 30:
        return "1-30"
    if days_past_due <= 60:
        return "31-60"
    return "61-90" if days_past_due <= 90 else "90+"


class Snapshot(NamedTuple):
    """What a step may change that the portfolio's figures count."""

    band: str | None
    bucket: str
    segment: str
    open_balance: float
    paid_total: float
    promises_made: int
    promises_kept: int
    promises_broken: int
    agreements_created: int
    agreements_broken: int
    complaints: int
    opt_outs: int


def snapshot(p: CustomerProfile) -> Snapshot:
    return Snapshot(p.band, dpd_bucket(p.days_past_due), p.segment, p.open_balance, p.paid_total, p.promises_made,
                    p.promises_kept, p.promises_broken, p.agreements_created, p.agreements_broken, p.complaints,
                    len(p.channels_opted_out))  # fmt: skip
