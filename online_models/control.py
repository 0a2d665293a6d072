"""Control groups and uplift: what proactive contacts earn beyond what customers would have paid anyway.

A payment after a contact is no proof the contact caused it. So a reproducible random share of
customers (a hash of the customer id and a salt; a share per segment) gets no proactive collection
contact, and each customer's first collection *episode* after assignment is measured: it starts when
a proactive contact is first due (for a control customer, when one would have been made, with the
channel the policy would have chosen) and lasts ``window_days``. The mean money recovered in
treated episodes minus that in control episodes, with a normal-approximation 95% interval, is the
uplift; per R$ of contact it is what a contact earns. Later episodes are not measured: they depend
on what the first one did. A new salt draws the groups again and opens new first episodes.

A control customer still gets every answer owed to them (a person when asked, the review of a
dispute or fraud claim): only collection is withheld.

>>> tracker = UpliftTracker()
>>> for paid in (100.0, 0.0, 100.0, 100.0):
...     tracker.learn("champion", "digital", "whatsapp", "treated", paid, cured=paid > 0, cost=0.10, early=paid > 0)
>>> for paid in (0.0, 100.0, 0.0, 0.0):
...     tracker.learn("champion", "digital", "whatsapp", "control", paid, cured=paid > 0, cost=0.0, early=False)
>>> u = tracker.estimate(channel="whatsapp")
>>> u.uplift, u.treated.n, u.control.n, round(u.per_brl, 1)
(50.0, 4, 4, 500.0)
>>> round(u.low, 1), round(u.high, 1)
(-19.3, 119.3)
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

Z95 = 1.959964


def draw(customer_id: str, salt: str) -> float:
    """A number in [0, 1) fixed by the customer id and the salt: the same on every worker, after any restart."""
    digest = hashlib.blake2b(f"{salt}\x00{customer_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


@dataclass(frozen=True)
class ControlSettings:
    """Who is held out of proactive collection, and which policy decides for whom."""

    share: float = 0.0  # of each segment's customers held out (VIGIA_CONTROL_SHARE); 0: no control group
    shares: dict[str, float] = field(default_factory=dict)  # per segment, overriding ``share``
    salt: str = "control-1"  # change it to draw the groups again (a new period)
    window_days: float = 30.0  # how long an episode's payments are counted
    challenger_share: float = 0.0  # of customers decided by the challenger policy, when one is set
    min_control: int = 100  # control episodes of a segment before its baseline counts in the channel choice
    keep_episodes: bool = False  # keep each finished episode in memory (backtests), not only the sums

    def group(self, customer_id: str, segment: str) -> str:
        """'control' or 'treated'."""
        share = self.shares.get(segment, self.share)
        return "control" if share > 0 and draw(customer_id, self.salt) < share else "treated"

    def policy(self, customer_id: str) -> str:
        """'challenger' or 'champion' (independent of the control draw)."""
        share = self.challenger_share
        return "challenger" if share > 0 and draw(customer_id, self.salt + "/policy") < share else "champion"


@dataclass
class Arm:
    """Sums over the episodes of one group: enough for a mean, a variance and rates."""

    n: int = 0
    paid: float = 0.0
    paid_sq: float = 0.0
    cured: int = 0
    cost: float = 0.0
    early: int = 0  # episodes with a payment within the bandit's outcome window of their start

    def add(self, paid: float, cured: bool, cost: float, early: bool) -> None:
        self.n += 1
        self.paid += paid
        self.paid_sq += paid * paid
        self.cured += cured
        self.cost += cost
        self.early += early

    def merge(self, other: Arm) -> None:
        for name in ("n", "paid", "paid_sq", "cured", "cost", "early"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def mean(self) -> float:
        return self.paid / self.n if self.n else 0.0

    @property
    def variance(self) -> float:
        if self.n < 2:
            return 0.0
        return max(0.0, (self.paid_sq - self.n * self.mean**2) / (self.n - 1))


@dataclass
class Uplift:
    """Treated against control: money recovered per episode, its 95% interval, and per R$ of contact."""

    treated: Arm
    control: Arm

    @property
    def uplift(self) -> float:
        return self.treated.mean - self.control.mean

    @property
    def half_width(self) -> float:
        t, c = self.treated, self.control
        if t.n < 2 or c.n < 2:
            return math.inf
        return Z95 * math.sqrt(t.variance / t.n + c.variance / c.n)

    @property
    def low(self) -> float:
        return self.uplift - self.half_width

    @property
    def high(self) -> float:
        return self.uplift + self.half_width

    @property
    def per_brl(self) -> float | None:
        """Uplift per R$ of contact (None while no treated episode cost anything)."""
        cost = self.treated.cost / self.treated.n if self.treated.n else 0.0
        return self.uplift / cost if cost > 0 else None

    def view(self) -> dict[str, Any]:
        t, c = self.treated, self.control
        return {
            "treated": t.n, "control": c.n,
            "recovered_treated": round(t.mean, 2), "recovered_control": round(c.mean, 2),
            "uplift": round(self.uplift, 2),
            "uplift_low": round(self.low, 2) if math.isfinite(self.low) else None,
            "uplift_high": round(self.high, 2) if math.isfinite(self.high) else None,
            "cure_treated": round(t.cured / t.n, 4) if t.n else None,
            "cure_control": round(c.cured / c.n, 4) if c.n else None,
            "per_brl": round(self.per_brl, 2) if self.per_brl is not None else None,
        }  # fmt: skip


class UpliftTracker:
    """Finished episodes by (policy, segment, channel, group): a few numbers each, merged across partitions."""

    def __init__(self, keep: bool = False) -> None:
        self.cells: dict[tuple[str, str, str, str], Arm] = {}
        self.log: list[dict] | None = [] if keep else None  # each finished episode (backtests check the estimate)

    def learn(self, policy: str, segment: str, channel: str, group: str, paid: float, cured: bool, cost: float,
              early: bool) -> None:  # fmt: skip
        self.cells.setdefault((policy, segment, channel, group), Arm()).add(paid, cured, cost, early)

    def merge(self, other: UpliftTracker) -> None:
        for key, arm in other.cells.items():
            self.cells.setdefault(key, Arm()).merge(arm)

    def estimate(self, policy: str | None = None, segment: str | None = None, channel: str | None = None) -> Uplift:
        """Treated against control over the cells that match (None matches any)."""
        treated, control = Arm(), Arm()
        for (p, s, c, group), arm in self.cells.items():
            if policy in (None, p) and segment in (None, s) and channel in (None, c):
                (control if group == "control" else treated).merge(arm)
        return Uplift(treated, control)

    def baseline(self, segment: str) -> tuple[float, int]:
        """The control's rate of paying within the bandit's outcome window, and on how many episodes."""
        arm = self.estimate(segment=segment).control
        return (arm.early / arm.n if arm.n else 0.0), arm.n

    def figures(self) -> dict[str, Any]:
        keys = sorted({(p, s, c) for p, s, c, _g in self.cells})
        return {f"{p}/{s}/{c}": self.estimate(p, s, c).view() for p, s, c in keys}


# the fields of CustomerProfile.episode
START, GROUP, POLICY, SEGMENT, CHANNEL, OVERDUE, PAID, COST, EARLY, CURRENT = range(10)


def open_episode(p: Any, settings: ControlSettings, group: str, policy: str, channel: str) -> None:
    """Open the customer's first episode since the draw, if it is not open or done already."""
    if p.episode is None and p.measured != settings.salt:
        p.episode = [p.clock_ts, group, policy, p.segment, channel, round(p.overdue_balance(), 2), 0.0, 0.0, False,
                     p.days_past_due == 0]  # fmt: skip
        p.measured = settings.salt


def follow(p: Any, event_type: str, data: dict[str, Any], settings: ControlSettings, tracker: UpliftTracker,
           early_s: float) -> None:  # fmt: skip
    """Count an episode's payments while its window lasts; hand it to the tracker once the window has passed."""
    episode = p.episode
    if episode is None:
        return
    start, end = episode[START], episode[START] + settings.window_days * 86400.0
    if p.clock_ts <= end:
        if event_type == "payment.received":
            episode[PAID] = round(episode[PAID] + float(data.get("amount", 0.0)), 2)
            episode[EARLY] = episode[EARLY] or p.clock_ts - start <= early_s
        episode[CURRENT] = p.days_past_due == 0
        return
    tracker.learn(episode[POLICY], episode[SEGMENT], episode[CHANNEL], episode[GROUP], episode[PAID],
                  bool(episode[CURRENT]), episode[COST], bool(episode[EARLY]))  # fmt: skip
    if tracker.log is not None:
        tracker.log.append({"customer_id": p.customer_id, "start": start, "end": end, "policy": episode[POLICY],
                            "segment": episode[SEGMENT], "channel": episode[CHANNEL], "group": episode[GROUP],
                            "paid": episode[PAID], "cost": episode[COST]})  # fmt: skip
    p.episode = None
