"""The portfolio segmented online: River's incremental k-means over how customers pay and answer.

Each partition keeps a :class:`river.cluster.KMeans` over eight numbers in [0, 1] that describe a
customer's behaviour (:func:`behaviour`). Its centres start at documented archetypes (``ARCHETYPES``)
and then follow the portfolio: at each invoice issue (a steady monthly sample of every customer)
the nearest centre moves a little towards the customer. A segment is *named by what characterises
its centre*: the archetype nearest to where the centre is now, so a name always describes the
customers behind it, and an analyst can read a centre at ``GET /models``.

A customer stays in their segment unless another centre is clearly nearer (``stay`` of the distance
to their own), so a segment changes when behaviour really moves, not on every event.

>>> from online_models.profile import CustomerProfile
>>> segments = Segmenter()
>>> segments.assign(CustomerProfile("c0"))
'new'
>>> late = CustomerProfile("c1", invoices_paid=6, invoices_paid_late=5, delay_mean=14.0, promises_made=3,
...                        promises_broken=2, days_past_due=9)
>>> segments.assign(late), late.cluster is not None
('chronic_late_payer', True)
"""

from __future__ import annotations

import math

from river import cluster

from online_models.behaviour import CHANGE_MEMORY_S
from online_models.clock import local_date, parse_date
from online_models.profile import REPLIED, RPC, SENT, CustomerProfile

DIGITAL = ("whatsapp", "sms", "app_push", "email")
FEATURES = ("history", "digital", "human", "late_share", "delay", "overdue", "shock", "broken_promises")

# Where each segment starts (FEATURES order). "history" is invoices that came due, paid or not, / 3;
# "digital" blends app sessions per invoice with answers to digital channels; "human" is the share of
# calls answered by the right person (the preferred channel stands in for answers until there are
# some); "shock": a behaviour change detected in the last 45 days, or overdue with no late payment
# before (a customer who never paid their first invoices is a new delinquent, not a new customer).
ARCHETYPES: dict[str, tuple[float, ...]] = {
    "new": (0.0, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "organised_payer": (1.0, 0.2, 0.05, 0.02, 0.0, 0.0, 0.0, 0.0),
    "digital_responsive": (1.0, 0.8, 0.05, 0.15, 0.05, 0.05, 0.0, 0.05),
    "prefers_human_contact": (1.0, 0.1, 0.6, 0.25, 0.1, 0.1, 0.0, 0.1),
    "occasional_late_payer": (1.0, 0.3, 0.1, 0.35, 0.2, 0.1, 0.0, 0.2),
    "chronic_late_payer": (1.0, 0.3, 0.1, 0.75, 0.5, 0.3, 0.0, 0.5),
    "new_delinquent": (1.0, 0.15, 0.1, 0.1, 0.1, 0.6, 1.0, 0.3),
}
LABELS = {
    "new": "new customer, no payment history yet",
    "organised_payer": "pays on time, little contact needed",
    "digital_responsive": "digital and responsive (app, WhatsApp)",
    "prefers_human_contact": "prefers human contact (answers calls)",
    "occasional_late_payer": "occasionally late",
    "chronic_late_payer": "chronic late payer",
    "new_delinquent": "new delinquent after a shock",
}


def behaviour(p: CustomerProfile) -> dict[str, float]:
    """What the segments are drawn from, each in [0, 1]."""
    digital = [p.channels[ch] for ch in DIGITAL if ch in p.channels]
    sent = sum(counts[SENT] for counts in digital)
    answered = sum(counts[REPLIED] + counts[RPC] for counts in digital)
    calls = p.channels.get("human_call")
    recent_change = p.change_ts is not None and p.clock_ts - p.change_ts <= CHANGE_MEMORY_S
    first_time_late = p.days_past_due > 0 and p.invoices_paid_late == 0  # never late before, or never paid
    today = local_date(p.clock_ts, p.state)
    came_due = p.invoices_paid + sum(1 for inv in p.invoices.values() if parse_date(inv[2]) < today)
    return {
        "history": min(came_due / 3, 1.0),
        "digital": 0.5 * min(p.sessions / max(p.invoices_issued, 1) / 10, 1.0)
        + 0.5 * max(answered / (sent + 2), 0.6 if p.preferred_channel in DIGITAL else 0.0),
        "human": max(
            calls[RPC] / (calls[SENT] + 2) if calls else 0.0, 0.6 if p.preferred_channel == "human_call" else 0.0
        ),
        "late_share": p.late_share(),
        "delay": min(max(p.delay_mean, 0.0) / 30, 1.0),
        "overdue": min(p.days_past_due / 30, 1.0),
        "shock": 1.0 if recent_change else 0.5 if first_time_late else 0.0,
        "broken_promises": p.promises_broken / (p.promises_made + 1),
    }


def _squared_distance(a: tuple[float, ...], b: tuple[float, ...] | list[float]) -> float:
    return math.dist(a, b) ** 2  # in C: a tenth of a generator's cost, on every score


class Segmenter:
    """Online k-means seeded at named archetypes; a customer moves only to a clearly nearer centre."""

    def __init__(self, step: float = 0.01, stay: float = 0.6) -> None:
        self.step, self.stay = step, stay
        self.model = cluster.KMeans(n_clusters=len(ARCHETYPES), halflife=step, seed=7)
        for i, values in enumerate(ARCHETYPES.values()):
            self.model.centers[i].update(zip(FEATURES, values, strict=True))
        self.learnt = [0] * len(ARCHETYPES)
        self._names: list[str] = list(ARCHETYPES)
        self._rows = list(ARCHETYPES.values())  # the centres as tuples in FEATURES order, for speed

    def learn(self, p: CustomerProfile) -> None:
        """Move the nearest centre towards this customer (called once per invoice issue)."""
        i = self.model.learn_predict_one(behaviour(p))
        self._rows[i] = tuple(self.model.centers[i][k] for k in FEATURES)
        self._names[i] = self._name(self._rows[i])
        self.learnt[i] += 1

    def assign(self, p: CustomerProfile) -> str:
        """The customer's segment name; their cluster changes only for a clearly nearer centre."""
        x = behaviour(p)
        values = [x[k] for k in FEATURES]
        distances = [_squared_distance(row, values) for row in self._rows]
        nearest = min(range(len(distances)), key=distances.__getitem__)
        current = p.cluster if p.cluster is not None and p.cluster < len(distances) else None
        if current is None or distances[nearest] < self.stay * distances[current]:
            p.segment_moves += current is not None and nearest != current
            p.cluster = nearest
        return self._names[p.cluster]

    def __setstate__(self, state: dict) -> None:
        """Names as the archetypes' own strings again: a profile stores its segment only when it is not the
        default, and msgspec tells that by identity, so an unpickled copy of "new" would be written out."""
        self.__dict__.update(state)
        canonical = {name: name for name in ARCHETYPES}
        self._names = [canonical.get(name, name) for name in self._names]

    @staticmethod
    def _name(row: tuple[float, ...]) -> str:
        """The archetype nearest to a centre: what characterises the customers around it."""
        return min(ARCHETYPES, key=lambda name: _squared_distance(ARCHETYPES[name], row))

    def figures(self) -> dict[str, dict]:
        return {
            f"{i}:{self._names[i]}": {"label": LABELS[self._names[i]], "learnt_from": self.learnt[i],
                                      "centre": {k: round(v, 3) for k, v in self.model.centers[i].items()}}
            for i in self.model.centers
        }  # fmt: skip
