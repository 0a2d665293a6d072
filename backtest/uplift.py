"""The control group's uplift estimate checked against the simulator's truth.

The simulator can run the same portfolio twice: with the policy, and with no contact at all (the same
seed; each customer's life is the same until their first contact). A treated customer's first
episode then has two outcomes: what they paid in its window with the policy, and what they paid in
the same window with no contact. Their mean difference is the true uplift on the treated; the
control-group estimate (treated mean minus control mean, by channel) should fall within its 95%
interval of it about 95 times in 100.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from backtest.simulator import Simulation
from online_models.clock import parse_time
from online_models.control import UpliftTracker


def payments_without_contact(customers: int, days: int, seed: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per customer, the times and running totals of what they pay when nobody contacts them."""
    paid: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for event in Simulation(customers, days, seed).events():
        if event["type"] == "payment.received":
            times, totals = paid[event["subject"]]
            times.append(parse_time(event["time"]))
            totals.append((totals[-1] if totals else 0.0) + float(event["data"]["amount"]))
    return dict(paid)


def _paid_between(record: tuple[list[float], list[float]] | None, start: float, end: float) -> float:
    if record is None:
        return 0.0
    times, totals = record
    lo, hi = bisect.bisect_left(times, start), bisect.bisect_right(times, end)
    return (totals[hi - 1] if hi else 0.0) - (totals[lo - 1] if lo else 0.0)


def check(tracker: UpliftTracker, episodes: Iterable[dict],
          without: dict[str, tuple[list[float], list[float]]]) -> dict[str, dict]:  # fmt: skip
    """Per channel (and ``all``): the estimate, its interval, the truth, and whether the truth is inside."""
    effects: dict[str, list[float]] = defaultdict(list)
    for ep in episodes:
        if ep["group"] == "treated":
            effect = ep["paid"] - _paid_between(without.get(ep["customer_id"]), ep["start"], ep["end"])
            effects[ep["channel"]].append(effect)
            effects["all"].append(effect)
    rows = {}
    for channel in sorted(effects, key=lambda c: (c != "all", c)):
        estimate = tracker.estimate(channel=None if channel == "all" else channel)
        truth = sum(effects[channel]) / len(effects[channel])
        row = estimate.view()
        inside = estimate.low <= truth <= estimate.high if row["uplift_low"] is not None else None
        row.update(true_uplift=round(truth, 2), within=inside)
        rows[channel] = row
    return rows
