"""Outreach decisions: which channel, when, who, with what offer and tone — within the rules.

Called by the core after each event. It proposes at most one contact for a customer and only when
there is a reason (a human was asked for, a risk rose before the due date, the customer is overdue
and was not contacted recently) and every rule allows it: the legal window of the customer's state
(``ContactRules``), daily and weekly caps across channels and per channel, a cool-down after a
complaint, no collection while a promise or agreement is current (except a reminder the day before
it falls due), and only on channels the customer consented to and did not refuse.

The channel is learnt: a Beta-Bernoulli Thompson sampler per (segment, channel) estimates the chance
a contact is answered, and the channel with the best sampled ``answer x value - cost`` wins. Answers
come back as journey events carrying the outreach id (a reply, a right-party call); a contact not
answered by the next decision counts as a miss. Exploration is bounded: sampling narrows as answers
accumulate, and every pull is counted per arm.

>>> from online_models.clock import parse_time
>>> p = CustomerProfile("c1", state="SP", channels_consented=["whatsapp", "sms"])
>>> p.clock_ts = parse_time("2026-03-16T21:00:00-03:00")  # a Monday, after hours
>>> p.invoices["i1"] = [300.0, 300.0, "2026-03-05", 0.0]
>>> p.days_past_due, p.band, p.segment = 11, "high", "new_delinquent"
>>> trigger = Decider().decide(p, "evt-1")
>>> trigger["channel"] in ("whatsapp", "sms"), trigger["not_before"], trigger["purpose"]
(True, '2026-03-17T11:00:00.000Z', 'negotiation')
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

from river import proba

from online_models.clock import format_time, local_date, parse_date
from online_models.contact_rules import ContactRules
from online_models.outputs import output_id
from online_models.profile import CustomerProfile

DAY = 86400.0
CHANNEL_COST_BRL = {"whatsapp": 0.10, "sms": 0.07, "email": 0.005, "app_push": 0.002, "voicebot": 0.35,
                    "human_call": 3.00}  # fmt: skip
HUMAN_REASONS = ("wants_human", "distress", "aggression", "not_mine", "already_paid")
HARDSHIP = ("unemployment", "income_drop", "health_or_family")
MAX_CONTACTS_KEPT = 12


@dataclass(frozen=True)
class DecisionSettings:
    """Documented defaults (README, "Decisions"); every one can be changed."""

    rules: ContactRules = field(default_factory=ContactRules)
    costs: dict[str, float] = field(default_factory=lambda: dict(CHANNEL_COST_BRL))
    answer_value_brl: float = 8.0  # what an answered contact is worth, against the channel's cost
    overdue_gap_days: int = 3  # days between two collection contacts of an overdue customer
    preventive_days: int = 3  # remind a customer at risk this many days before a due date
    human_balance_brl: float = 2000.0  # overdue balance that justifies a human for a critical customer
    max_discount_pct: float = 30.0
    window_hours: float = 4.0  # how long a trigger stays valid within the day's window
    seed: int = 7


class ChannelBandit:
    """Thompson sampling over (segment, channel) with Beta(1, 1) priors."""

    def __init__(self, seed: int = 7) -> None:
        self.arms: dict[tuple[str, str], proba.Beta] = {}
        self.pulls: dict[tuple[str, str], int] = {}
        self.rng = random.Random(seed)

    def _arm(self, segment: str, channel: str) -> proba.Beta:
        key = (segment, channel)
        if key not in self.arms:
            self.arms[key] = proba.Beta(1, 1)
        return self.arms[key]

    def choose(self, segment: str, channels: list[str], costs: dict[str, float], value: float) -> str:
        def sampled(channel: str) -> float:
            arm = self._arm(segment, channel)
            return self.rng.betavariate(arm.alpha, arm.beta) * value - costs.get(channel, 0.0)

        best = max(sorted(channels), key=sampled)
        self.pulls[(segment, best)] = self.pulls.get((segment, best), 0) + 1
        return best

    def learn(self, segment: str, channel: str, answered: bool) -> None:
        self._arm(segment, channel).update(1 if answered else 0)

    def figures(self) -> dict[str, dict[str, float]]:
        return {f"{s}/{c}": {"answer_rate": round(a.alpha / (a.alpha + a.beta), 3), "pulls": self.pulls.get((s, c), 0)}
                for (s, c), a in sorted(self.arms.items())}  # fmt: skip


class Decider:
    """Turns a profile into at most one outreach trigger, and learns which channels are answered."""

    def __init__(self, settings: DecisionSettings | None = None) -> None:
        self.settings = settings or DecisionSettings()
        self.bandit = ChannelBandit(self.settings.seed)

    # --- feedback ----------------------------------------------------------------------------
    def observe(self, p: CustomerProfile, event_type: str, data: dict[str, Any]) -> None:
        """An answer to one of our contacts teaches the bandit (replies and right-party calls)."""
        answered = event_type == "message.replied" or (event_type == "call.completed"
                                                       and data.get("outcome") == "right_party")  # fmt: skip
        outreach = data.get("outreach_id")
        if not answered or not outreach:
            return
        for contact in p.contacts:
            if contact[2] == outreach and not contact[3]:
                contact[3] = 1
                self.bandit.learn(p.segment, contact[1], True)

    # --- the decision --------------------------------------------------------------------------
    def decide(self, p: CustomerProfile, triggered_by: str) -> dict[str, Any] | None:
        """The trigger's data for this customer now, or None when no contact is due or allowed."""
        s = self.settings
        now = p.clock_ts
        flags = {f for f, ts in p.flags.items() if now - ts <= 7 * DAY}
        fraud = "fraud" in flags or p.predicted_reason == "fraud_suspected"
        needs_human = bool(flags & set(HUMAN_REASONS)) or fraud
        handoff_asked = p.handoff_requested_ts is not None and now - p.handoff_requested_ts <= 2 * DAY
        if needs_human or handoff_asked:
            reasons_at = [ts for f, ts in p.flags.items() if f in flags] + [p.handoff_requested_ts or 0.0]
            if p.handoff_ts is not None and p.handoff_ts >= max(reasons_at):
                return None  # a human already has this case: no second handoff, no collection meanwhile
        purpose = self._purpose(p, needs_human or handoff_asked)
        if purpose is None:
            return None
        if (
            purpose != "handoff"
            and p.last_complaint_ts
            and now - p.last_complaint_ts < s.rules.complaint_cooldown_days * DAY
        ):
            return None
        channels = self._allowed_channels(p, human=purpose == "handoff")
        if not channels:
            return None
        window = s.rules.next_window(now, p.state)
        if window is None:
            return None
        start, end = window
        end = min(end, start + s.window_hours * 3600)
        if not self._within_caps(p, start):
            return None
        channels = [c for c in channels if self._channel_week(p, c, start) < s.rules.per_channel_week]
        if not channels:
            return None
        if purpose == "handoff":
            channel = "human_call" if "human_call" in channels else channels[0]
        else:
            self._close_unanswered(p)
            channel = self.bandit.choose(p.segment, channels, s.costs, s.answer_value_brl)
        agent = "human" if purpose == "handoff" or self._human_worth_it(p) or channel == "human_call" else "bot"
        offer, why_offer = self._offer(p) if purpose in ("negotiation", "settlement_offer") else (None, "")
        if offer and offer["kind"] == "settlement":
            purpose = "settlement_offer"
        outreach = output_id(triggered_by, "outreach")
        p.contacts.append([start, channel, outreach, 0])
        if purpose == "handoff":
            p.handoff_ts = now
        del p.contacts[:-MAX_CONTACTS_KEPT]
        tone = (
            "neutral"
            if purpose in ("reminder", "preventive") and not flags & {"distress", "aggression"}
            else "empathetic"
        )
        priority = 5 if purpose == "handoff" else {"critical": 4, "high": 3, "medium": 2}.get(p.band or "", 1)
        return {
            "outreach_id": outreach, "channel": channel, "agent": agent,
            "not_before": format_time(start), "not_after": format_time(end), "purpose": purpose, "offer": offer,
            "tone": tone, "priority": priority, "triggered_by": triggered_by,
            "explanation": self._explain(p, purpose, channel, agent, flags, fraud, why_offer),
        }  # fmt: skip

    def _purpose(self, p: CustomerProfile, human: bool) -> str | None:
        s, now = self.settings, p.clock_ts
        if human:
            return "handoff"
        today = local_date(now, p.state)
        due_soon = [inv for inv in p.invoices.values()
                    if 0 <= (parse_date(inv[2]) - today).days <= s.preventive_days]  # fmt: skip
        committed = bool(p.promises) or bool(p.agreements)
        if committed:  # no collection while a promise or agreement is current: only the eve-of-due reminder
            dues = [pr[1] for pr in p.promises.values()] + [ag[2] for ag in p.agreements.values()]
            if any((parse_date(d) - today).days == 1 for d in dues) and not self._contacted_within(p, 1):
                return "reminder"
            return None
        if p.days_past_due > 0 and p.band in ("medium", "high", "critical"):
            return None if self._contacted_within(p, s.overdue_gap_days) else "negotiation"
        if (
            due_soon
            and p.band in ("medium", "high", "critical")
            and not self._contacted_within(p, s.preventive_days + 1)
        ):
            return "preventive"
        return None

    def _allowed_channels(self, p: CustomerProfile, human: bool) -> list[str]:
        allowed = [c for c in p.channels_consented if c not in p.channels_opted_out]
        if human:
            preferred = [c for c in allowed if c in ("human_call", "whatsapp")]
            return preferred or allowed
        return allowed

    def _within_caps(self, p: CustomerProfile, start: float) -> bool:
        rules = self.settings.rules
        day = local_date(start, p.state)
        days = [local_date(c[0], p.state) for c in p.contacts]
        same_day = sum(1 for d in days if d == day)
        same_week = sum(1 for d in days if 0 <= (day - d).days < 7)
        return same_day < rules.per_day and same_week < rules.per_week

    def _channel_week(self, p: CustomerProfile, channel: str, start: float) -> int:
        day = local_date(start, p.state)
        return sum(1 for c in p.contacts if c[1] == channel and 0 <= (day - local_date(c[0], p.state)).days < 7)

    def _contacted_within(self, p: CustomerProfile, days: int) -> bool:
        return any(p.clock_ts - c[0] < days * DAY for c in p.contacts)

    def _close_unanswered(self, p: CustomerProfile) -> None:
        """A contact still unanswered when the next decision comes counts as a miss for its channel."""
        for contact in p.contacts:
            if contact[3] == 0 and p.clock_ts - contact[0] > DAY:
                contact[3] = -1
                self.bandit.learn(p.segment, contact[1], False)

    def _human_worth_it(self, p: CustomerProfile) -> bool:
        return p.band == "critical" and p.overdue_balance() >= self.settings.human_balance_brl

    def _offer(self, p: CustomerProfile) -> tuple[dict[str, Any] | None, str]:
        """An offer the customer can keep, by the reason they gave and what their history shows."""
        overdue = p.overdue_balance()
        if overdue <= 0:
            return None, ""
        monthly = p.paid_total / max(p.invoices_paid, 1) if p.invoices_paid else p.average_invoice()
        if p.predicted_reason in HARDSHIP:
            affordable = max(monthly * 0.5, 1.0)  # half their usual monthly payment: the rest is theirs to live on
            n = min(max(math.ceil(overdue / affordable), 2), 24)
            why = f"{n} installments of about R$ {overdue / n:.2f}, within half of what they paid a month"
            return {"kind": "installments", "installments": n, "discount_pct": 0.0}, why
        if p.predicted_reason in ("lack_of_planning", "forgot"):
            return {"kind": "due_date_change", "installments": 1, "discount_pct": 0.0}, "a due date that suits them"
        if p.late_share() < 0.3 and p.days_past_due >= 15:
            discount = min(self.settings.max_discount_pct, 5.0 + p.days_past_due / 3)
            return ({"kind": "settlement", "installments": 1, "discount_pct": round(discount, 1)},
                    f"a {discount:.0f}% settlement discount for a customer with a good payment history")  # fmt: skip
        return None, ""

    def _explain(self, p: CustomerProfile, purpose: str, channel: str, agent: str, flags: set[str], fraud: bool,
                 why_offer: str) -> str:  # fmt: skip
        if fraud:
            return "possible fraud: route to the fraud team, do not collect"
        if purpose == "handoff":
            why = ", ".join(sorted(flags)) or "asked for a human"
            return f"hand over to a human ({why})"
        parts = [f"{purpose} by {channel} ({agent})", f"band {p.band}, {p.days_past_due} days past due"]
        if p.predicted_reason:
            parts.append(f"reason: {p.predicted_reason}")
        if why_offer:
            parts.append(f"offer: {why_offer}")
        return "; ".join(parts)
