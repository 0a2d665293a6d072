"""Collection KPIs as metrics, from what each step changed and from a portfolio index kept as profiles are written.

The portfolio index holds three figures per customer this worker owns (band, segment, open balance) and
the sums by band and segment, updated with each profile written, so the gauges never need a walk over
the table; it is rebuilt with the clock sweep's index after a rebalance.
"""

from __future__ import annotations

from agents.timers import guarded
from online_models.core import StepResult
from online_models.decisions import CHANNEL_COST_BRL, REPLY
from online_models.kpis import snapshot
from online_models.profile import CustomerProfile
from streams import metrics
from streams.app import app

AFTER_CONTACT_S = 7 * 86400.0  # a payment this soon after a collection contact counts as after contact
_index: dict[str, tuple[str, str, float]] = {}  # customer -> (band, segment, open balance)
_sums: dict[tuple[str, str], list[float]] = {}  # (band, segment) -> [customers, balance]


def account(profile: CustomerProfile) -> None:
    """Move one customer's figures in the portfolio sums."""
    now = (profile.band or "none", profile.segment, profile.open_balance)
    was = _index.get(profile.customer_id)
    if was == now:
        return
    if was is not None:
        _sums[was[:2]][0] -= 1
        _sums[was[:2]][1] -= was[2]
    row = _sums.setdefault(now[:2], [0, 0.0])
    row[0] += 1
    row[1] += now[2]
    _index[profile.customer_id] = now


def forget(customer_id: str) -> None:
    was = _index.pop(customer_id, None)
    if was is not None:
        _sums[was[:2]][0] -= 1
        _sums[was[:2]][1] -= was[2]


def reset() -> None:
    """Before the index is rebuilt from the profiles this worker holds now (after a rebalance)."""
    _index.clear()
    _sums.clear()


def count(result: StepResult) -> None:
    """Count what one processed step changed: rolls, cures, promises, agreements, money, complaints, opt-outs."""
    p = result.profile
    for out in result.outputs:
        if out.kind == "trigger":
            data = out.event()["data"]
            channel, purpose = data["channel"], data["purpose"]
            metrics.child(metrics.TRIGGERS, channel).inc()
            metrics.child(metrics.CONTACTS, channel, purpose).inc()
            metrics.child(metrics.CONTACT_COST, channel, purpose).inc(CHANNEL_COST_BRL.get(channel, 0))
    if p is None or result.before is None:
        return
    b, a = result.before, snapshot(p)
    if b.band is not None and a.band != b.band:
        metrics.ROLLS.labels("band", b.band, a.band).inc()
    if a.bucket != b.bucket:
        metrics.ROLLS.labels("dpd", b.bucket, a.bucket).inc()
    for outcome, then, now in (("made", b.promises_made, a.promises_made), ("kept", b.promises_kept, a.promises_kept),
                               ("broken", b.promises_broken, a.promises_broken)):  # fmt: skip
        if now > then:
            metrics.PROMISES.labels(outcome).inc(now - then)
    for outcome, then, now in (("created", b.agreements_created, a.agreements_created),
                               ("broken", b.agreements_broken, a.agreements_broken)):  # fmt: skip
        if now > then:
            metrics.AGREEMENTS.labels(outcome).inc(now - then)
    if a.complaints > b.complaints:
        metrics.COMPLAINTS.inc(a.complaints - b.complaints)
    if a.opt_outs > b.opt_outs:
        metrics.OPT_OUTS.inc(a.opt_outs - b.opt_outs)
    paid = round(a.paid_total - b.paid_total, 2)
    if paid > 0:
        recent = [c for c in p.contacts
                  if not c[3] & REPLY and 0 <= p.clock_ts - c[0] <= AFTER_CONTACT_S]  # fmt: skip
        metrics.RECOVERED.labels(recent[-1][1] if recent else "none").inc(paid)



@app.timer(interval=15.0, name="vigia-kpi-gauges")
@guarded
async def publish_portfolio() -> None:
    for (band, segment), (customers, balance) in _sums.items():
        metrics.PORTFOLIO_CUSTOMERS.labels(band, segment).set(customers)
        metrics.PORTFOLIO_BALANCE.labels(band, segment).set(round(balance, 2))
