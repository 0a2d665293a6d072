"""Outreach decisions: which channel, when, who, with what offer and tone — within the rules.

Called by the core after each event. It proposes at most one contact for a customer and only when
there is a reason (a human was asked for, a risk rose before the due date, the customer is overdue
and was not contacted recently) and every rule allows it: the legal window of the customer's state
(``ContactRules``), daily and weekly caps across channels and per channel, a cool-down after a
complaint, no collection while a promise or agreement is current (except a reminder the day before
it falls due), and only on channels the customer consented to and did not refuse.

The channel is learnt: per (segment, channel), Thompson sampling over three Beta-Bernoulli
outcomes of a contact — answered (a reply or a right-party call carrying its outreach id), a payment
within ``outcome_window_days``, and harm (an opt-out of that channel or a complaint in the window) —
and the channel with the best sampled ``answer x answer value + payment x payment value - harm x harm
cost - channel cost`` wins. A contact is learnt from once its window has passed. Exploration is
bounded: when the sampled channel is not the one the posterior means favour, it counts as
exploration, and a segment explores at most ``max_explore_share`` of its decisions; the share is
reported at ``GET /models``.

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
from datetime import date, timedelta
from typing import Any

from river import proba

from online_models.behaviour import HARDSHIP
from online_models.clock import format_time, local_date, local_midnight, parse_date
from online_models.contact_rules import ContactRules, payable_until
from online_models.control import COST, GROUP, ControlSettings, UpliftTracker, open_episode
from online_models.outputs import output_id
from online_models.profile import CENT, CustomerProfile

DAY = 86400.0
CHANNEL_COST_BRL = {"whatsapp": 0.10, "sms": 0.07, "email": 0.005, "app_push": 0.002, "voicebot": 0.35,
                    "human_call": 3.00}  # fmt: skip
UNREAD = "unread"  # a written message vigia could not read (online_models.text.routine)
DATA_REQUEST = "data_request"  # a question or request about the customer's personal data (LGPD art. 18)
THIRD_PARTY = "third_party"  # someone else wrote for the customer: a relative, a neighbour, the phone's new owner
# text flags that open a request for a person
HUMAN_REASONS = ("wants_human", "distress", "aggression", DATA_REQUEST, THIRD_PARTY, UNREAD)
# after these, no robot collects, and a person rarely does: a robot's offer to a customer who asked where their number
# came from reads, in the log, as the answer they got; one to a relative tells them of the debt
CARE_FLAGS = frozenset(("distress", "aggression", DATA_REQUEST, THIRD_PARTY, UNREAD))
_SAID = {UNREAD: "wrote what vigia could not read: a person reads it",
         DATA_REQUEST: "asked about their personal data (LGPD art. 18): a person answers and records it for the data"
                       " protection officer",
         THIRD_PARTY: "someone else wrote for the customer: a person answers and tells the debt to the customer only"
                      " (CDC art. 42)"}  # fmt: skip  # a flag as an explanation says it
CARE_CHANNELS = ("human_call", "whatsapp")  # where a person speaks or writes
REPLIES = frozenset({"handoff", "dispute_review", "fraud_review"})  # answers to the customer, not collection
MAX_CONTACTS_KEPT = 12


@dataclass(frozen=True)
class DecisionSettings:
    """Documented defaults (README, "Decisions"); every one can be changed."""

    rules: ContactRules = field(default_factory=ContactRules)
    costs: dict[str, float] = field(default_factory=lambda: dict(CHANNEL_COST_BRL))
    answer_value_brl: float = 8.0  # what an answered contact is worth, against the channel's cost
    payment_value_brl: float = 15.0  # what a payment within the outcome window of a contact is worth
    harm_cost_brl: float = 60.0  # what an opt-out or a complaint after a contact costs (fines, reputation)
    outcome_window_days: float = 3.0  # how long after a contact its answer, payment or harm is credited to it
    max_explore_share: float = 0.2  # at most this share of a segment's choices may explore
    overdue_gap_days: int = 3  # days between two collection contacts of an overdue customer
    preventive_days: int = 3  # remind a customer at risk this many days before a due date
    human_balance_brl: float = 2000.0  # overdue balance that justifies a human for a critical customer
    max_discount_pct: float = 30.0
    max_installments: int = 24
    said_amount_days: int = 90  # what a customer said they can pay a month shapes offers this long
    said_promise_days: int = 30  # a day promised in words ("pago dia 20") holds collection at most this long
    window_hours: float = 4.0  # how long a trigger stays valid within the day's window
    care_days: int = 30  # after a customer wrote of despair or anger, or complained: collection by a person only, ...
    care_gap_days: int = 7  # ... at most once in this many days
    refusals_to_pause: int = 2  # a customer who refused channels this often within refusal_window_days ...
    refusal_window_days: int = 30
    refusal_pause_days: int = 30  # ... gets no collection contact for this long after the last refusal
    channels_per_month: int = 3  # a customer is collected on at most this many channels ...
    channel_window_days: int = 30  # ... within this many days: not on every channel consented
    seed: int = 7

    @property
    def outcome_values(self) -> dict[str, float]:
        """What each outcome of a contact is worth to the channel bandit (harm counts against)."""
        return {"answer": self.answer_value_brl, "payment": self.payment_value_brl, "harm": -self.harm_cost_brl}


OUTCOMES = ("answer", "payment", "harm")
ANSWERED, PAID, HARMED, CLOSED = 1, 2, 4, 8  # bits of a contact's state (profile.contacts[i][3])
REPLY = 16  # the contact answered the customer (a handoff or a review): no cap counts it, no bandit learns from it
BOT = 32  # a robot was to make the contact
WITHDRAWN = 64  # withdrawn before its window ended: what happened since forbids it (see Decider.withdraw)


class ChannelBandit:
    """Thompson sampling per (segment, channel) over a contact's outcomes, with bounded exploration.

    >>> bandit = ChannelBandit(values={"answer": 8.0, "payment": 40.0, "harm": -60.0})
    >>> for _ in range(50):
    ...     bandit.learn("digital", "whatsapp", {"answer": True, "payment": True, "harm": False})
    ...     bandit.learn("digital", "sms", {"answer": False, "payment": False, "harm": True})
    >>> bandit.choose("digital", ["sms", "whatsapp"], {"sms": 0.07, "whatsapp": 0.10})
    'whatsapp'
    """

    def __init__(self, seed: int = 7, values: dict[str, float] | None = None, max_explore_share: float = 0.2) -> None:
        self.values = values or DecisionSettings().outcome_values
        self.max_explore_share = max_explore_share
        self.arms: dict[tuple[str, str, str], proba.Beta] = {}
        self.pulls: dict[tuple[str, str], int] = {}
        self.explored: dict[str, int] = {}  # per segment: choices that were not the greedy one
        self.choices: dict[str, int] = {}
        self.seed = seed
        self.rng = random.Random(seed)  # for choices with no key

    def _arm(self, segment: str, channel: str, outcome: str) -> proba.Beta:
        key = (segment, channel, outcome)
        if key not in self.arms:
            self.arms[key] = proba.Beta(1, 1) if outcome == "answer" else proba.Beta(1, 9)
        return self.arms[key]

    def _value(self, segment: str, channel: str, cost: float, draw) -> float:
        return sum(self.values[o] * draw(self._arm(segment, channel, o)) for o in OUTCOMES) - cost

    def choose(self, segment: str, channels: list[str], costs: dict[str, float], key: str = "",
               record: bool = True, baseline: float = 0.0) -> str | None:  # fmt: skip
        """The channel for one contact (None: none is worth its cost beyond what the customer does anyway).

        With ``key`` (the id of the input that caused it) the draw depends on that input alone, not on the
        draws before: a worker restarted after a crash, whose models missed the draws since their
        checkpoint, chooses as the uninterrupted one did. ``baseline`` is the control group's rate of
        paying within the outcome window without any contact: a payment counts only beyond it, so
        the bandit is paid for uplift, not for payments that would have come anyway. ``record`` False
        asks what it would choose (for a control customer) without counting a choice.
        """
        ordered = sorted(channels)
        rng = random.Random(f"{self.seed}|{segment}|{key}") if key else self.rng
        paid_anyway = self.values["payment"] * baseline
        sampled = max(ordered, key=lambda c: self._value(segment, c, costs.get(c, 0.0),
                                                         lambda a: rng.betavariate(a.alpha, a.beta)))  # fmt: skip
        mean = {c: self._value(segment, c, costs.get(c, 0.0), lambda a: a.alpha / (a.alpha + a.beta)) for c in ordered}
        greedy = max(ordered, key=mean.__getitem__)
        if baseline > 0 and mean[greedy] - paid_anyway < 0:
            return None
        made, explored = self.choices.get(segment, 0), self.explored.get(segment, 0)
        best = sampled
        if sampled != greedy and explored + 1 > self.max_explore_share * (made + 1):
            best = greedy  # the segment has explored its share: exploit
        if record:  # a control customer's would-be choice is made the same way, but not counted
            self.explored[segment] = explored + (best != greedy)
            self.choices[segment] = made + 1
            self.pulls[(segment, best)] = self.pulls.get((segment, best), 0) + 1
        return best

    def learn(self, segment: str, channel: str, outcomes: dict[str, bool]) -> None:
        for outcome in OUTCOMES:
            self._arm(segment, channel, outcome).update(1 if outcomes.get(outcome) else 0)

    def figures(self) -> dict[str, dict[str, float]]:
        rates: dict[str, dict[str, float]] = {}
        for (segment, channel, outcome), arm in sorted(self.arms.items()):
            row = rates.setdefault(f"{segment}/{channel}", {"pulls": self.pulls.get((segment, channel), 0)})
            row[f"{outcome}_rate"] = round(arm.alpha / (arm.alpha + arm.beta), 3)
        for segment, made in sorted(self.choices.items()):
            share = round(self.explored.get(segment, 0) / made, 3)
            rates[f"{segment}/exploration"] = {"choices": made, "explore_share": share}
        return rates


class Decider:
    """Turns a profile into at most one outreach trigger, and learns which channels are answered."""

    def __init__(self, settings: DecisionSettings | None = None, control: ControlSettings | None = None,
                 tracker: UpliftTracker | None = None, name: str = "champion") -> None:  # fmt: skip
        s = self.settings = settings or DecisionSettings()
        self.bandit = ChannelBandit(s.seed, s.outcome_values, s.max_explore_share)
        self.control = control or ControlSettings()  # who is held out of collection (online_models.control)
        self.tracker = tracker if tracker is not None else UpliftTracker()
        self.name = name  # the policy's name in the uplift figures: champion or challenger

    def _baseline(self, segment: str) -> float:
        """The control's rate of paying anyway in this segment, once it has enough episodes (else 0)."""
        rate, episodes = self.tracker.baseline(segment)
        return rate if episodes >= self.control.min_control else 0.0

    # --- feedback ----------------------------------------------------------------------------
    def observe(self, p: CustomerProfile, event_type: str, data: dict[str, Any]) -> None:
        """Credit what follows a contact to it (answer, payment, harm); learn from contacts whose window passed."""
        if p.contacts:
            credit = self._credit(p, event_type, data)
            if credit is not None:
                contact, outcome = credit
                contact[3] |= outcome
            self._close(p)

    def _credit(self, p: CustomerProfile, event_type: str, data: dict[str, Any]) -> tuple[list, int] | None:
        """The contact this event is an outcome of, and which outcome (None for most events)."""
        if event_type == "message.replied" or (event_type == "call.completed"
                                               and data.get("outcome") == "right_party"):  # fmt: skip
            match = [c for c in p.contacts if c[2] == data.get("outreach_id") and not _closed(c)]
            return (match[0], ANSWERED) if match else None
        if event_type == "consent.changed" and not data.get("granted", True):
            channel, outcome = data.get("channel"), HARMED
        elif event_type in ("payment.received", "complaint.filed"):
            channel, outcome = None, PAID if event_type == "payment.received" else HARMED
        else:
            return None
        window = self.settings.outcome_window_days * DAY
        live = [c for c in p.contacts if not _closed(c) and not c[3] & REPLY and c[0] <= p.clock_ts
                and p.clock_ts - c[0] <= window and channel in (None, c[1])]  # fmt: skip
        return (live[-1], outcome) if live else None

    def _close(self, p: CustomerProfile) -> None:
        window = self.settings.outcome_window_days * DAY
        for contact in p.contacts:
            if not _closed(contact) and p.clock_ts - contact[0] > window:
                state = contact[3]
                if state & REPLY:  # not the bandit's choice: nothing to learn
                    contact[3] = state | CLOSED
                    continue
                self.bandit.learn(p.segment, contact[1], {"answer": bool(state & ANSWERED),
                                                          "payment": bool(state & PAID),
                                                          "harm": bool(state & HARMED)})  # fmt: skip
                contact[3] = state | CLOSED

    # --- the decision --------------------------------------------------------------------------
    def decide(self, p: CustomerProfile, triggered_by: str, at: float | None = None) -> dict[str, Any] | None:
        """The trigger's data for this customer now, or None when no contact is due or allowed.

        ``at``: when its input happened, if the customer's clock is held behind it (another input topic
        lags): the contact window opens no earlier, so a trigger is never closed before its cause.
        """
        s = self.settings
        now = p.clock_ts
        flags = {f for f, ts in p.flags.items() if now - ts <= 7 * DAY}
        care = self._care_reasons(p)
        purpose = self._reply(p) or self._purpose(p, bool(care))
        if purpose is None:
            return None
        reply = purpose in REPLIES
        if not reply and (self._cooling_down(p) or self._refusing(p)):
            return None
        channels = self._allowed_channels(p, human=reply)
        offer, why_offer = self._offer(p) if purpose in ("negotiation", "settlement_offer") else (None, "")
        person_negotiates = offer is None and bool(why_offer)  # no offer fits what they said they can pay
        if (care or person_negotiates) and not reply:  # a robot's offer days after "nao aguento mais" ends at Procon
            channels = [c for c in channels if c in CARE_CHANNELS]
        if not channels and reply and p.reply_channel and p.reply_channel not in p.channels_opted_out:
            channels = [p.reply_channel]  # answer on the channel the customer wrote in on
        if not channels:
            return None
        window = self._window(p, now if at is None else max(now, at), collection=not reply)
        if window is None:
            return None
        start, end = window
        end = min(end, start + s.window_hours * 3600)
        if not reply:  # a reply to the customer is not a collection contact: the caps do not refuse it
            if not self._within_caps(p, start):
                return None
            channels = [c for c in channels if self._channel_week(p, c, start) < s.rules.per_channel_week]
            used = self._channels_lately(p, start, s.channel_window_days)
            if len(used) >= s.channels_per_month:  # the channels already used, not yet another one
                channels = [c for c in channels if c in used]
            if not channels:
                return None
        if reply:
            channel = "human_call" if "human_call" in channels else channels[0]
        else:
            control = self.control
            group = control.group(p.customer_id, p.segment)
            chosen = self.bandit.choose(p.segment, channels, s.costs, key=triggered_by, record=group != "control",
                                        baseline=self._baseline(p.segment))  # fmt: skip
            if chosen is None:
                return None  # no channel earns its cost beyond what the segment pays without contact
            channel = chosen
            if control.share > 0 or control.shares:
                open_episode(p, control, group, self.name, channel)
            if group == "control":
                return None  # held out: no proactive collection contact (answers owed are not withheld)
        if purpose == "fraud_review":
            agent = "fraud_team"
        else:
            agent = "human" if reply or care or self._human_worth_it(p) or channel == "human_call" else "bot"
        if person_negotiates:
            agent = "human"
        if offer and offer["kind"] == "settlement":
            purpose = "settlement_offer"
        outreach = output_id(triggered_by, "outreach")
        p.contacts.append([start, channel, outreach, (REPLY if reply else 0) | (BOT if agent == "bot" else 0)])
        if not reply and p.episode is not None and p.episode[GROUP] == "treated":
            p.episode[COST] = round(p.episode[COST] + s.costs.get(channel, 0.0), 3)
        if reply:  # answered up to the reason, even when the clock is held behind it (another topic lags)
            p.handoff_ts = max(now, p.hold[1] if p.hold else now, p.handoff_requested_ts or now)
        del p.contacts[:-MAX_CONTACTS_KEPT]
        tone = (
            "neutral"
            if purpose in ("reminder", "preventive") and not flags & {"distress", "aggression"}
            else "empathetic"
        )
        priority = 5 if reply else {"critical": 4, "high": 3, "medium": 2}.get(p.band or "", 1)
        return {
            "outreach_id": outreach, "channel": channel, "agent": agent,
            "not_before": format_time(start), "not_after": format_time(end), "purpose": purpose, "offer": offer,
            "tone": tone, "priority": priority, "triggered_by": triggered_by,
            "explanation": self._explain(p, purpose, channel, agent, flags, why_offer, care)
            + self._hours_said(p, start),
        }  # fmt: skip

    def withdraw(self, p: CustomerProfile) -> list[tuple[str, str]]:
        """(outreach id, reason) of each collection contact still pending that what happened since forbids.

        A trigger is decided hours or days before its window: the customer may revoke its channel, dispute
        the debt, write in despair, complain or pay everything in between. Downstream drops a withdrawn
        contact (the same outreach id); a regulator reading the log sees none after the customer's word.
        Each is withdrawn once; it counts for the caps still (fewer contacts, never more), and the channel bandit
        learns its outcome as any contact's: one withdrawn inside its window may have been made (an opt-out may
        answer it), and leaving out those withdrawn before it cost the closed loop 40% of its return (5,000 x 150,
        seed 11: 4.77 against 8.08 per R$ of contact).
        """
        pending = [c for c in p.contacts if not _closed(c) and not c[3] & (REPLY | WITHDRAWN)
                   and c[0] + self.settings.window_hours * 3600 > p.clock_ts]  # fmt: skip
        if not pending:
            return []
        complained, refusing, care = self._cooling_down(p), self._refusing(p), bool(self._care_reasons(p))
        out = []
        for contact in pending:
            if contact[1] in p.channels_opted_out:
                reason = "channel_refused"
            elif p.hold is not None:
                reason = "on_hold"
            elif complained:
                reason = "complaint"
            elif refusing:
                reason = "refusals"
            elif care and contact[3] & BOT:
                reason = "care"
            elif p.open_balance <= 0:
                reason = "nothing_owed"
            elif self._before_a_promise(p, contact[0]):
                reason = "promise"  # "vou pagar sexta": the contact came before the day they promised
            elif not self._at_hours_asked(p, contact[0]):
                reason = "hours"  # asked for since: the next contact comes at the hours asked
            else:
                continue
            contact[3] |= WITHDRAWN  # the bandit learns its outcome still (see the docstring)
            out.append((contact[2], reason))
        return out

    @staticmethod
    def _reply(p: CustomerProfile) -> str | None:
        """A person owed to the customer: the review of a case on hold, or a request for a human not yet answered."""
        if p.hold is not None and (p.handoff_ts is None or p.handoff_ts < p.hold[1]):
            return "fraud_review" if p.hold[0] == "fraud" else "dispute_review"
        asked = p.handoff_requested_ts is not None and (p.handoff_ts is None or p.handoff_ts < p.handoff_requested_ts)
        return "handoff" if asked else None

    def _purpose(self, p: CustomerProfile, care: bool) -> str | None:
        """The collection contact due now, if any (never while a case is on hold; ``care``: weekly at most)."""
        s, now = self.settings, p.clock_ts
        if p.hold is not None:
            return None  # a disputed debt or a fraud claim is not collected until a person resolves it
        today = local_date(now, p.state)
        due_soon = [inv for inv in p.invoices.values()
                    if 0 <= (parse_date(inv[2]) - today).days <= s.preventive_days]  # fmt: skip
        promised = self._promised_day(p)
        committed = bool(p.promises) or bool(p.agreements) or (promised is not None and promised >= today)
        if committed:  # no collection while a promise or agreement is current: only the eve-of-due reminder
            dues = [parse_date(pr[1]) for pr in p.promises.values()] + [parse_date(a[2]) for a in p.agreements.values()]
            eve = any((d - today).days == 1 for d in [*dues, promised] if d is not None)
            if eve and not self._contacted_within(p, 1):
                return "reminder"
            return None
        gap = s.care_gap_days if care else s.overdue_gap_days
        late = any(inv[1] > CENT and today > payable_until(parse_date(inv[2]), p.state) for inv in p.invoices.values())
        if p.days_past_due > 0 and late and p.band in ("medium", "high", "critical"):
            return None if self._contacted_within(p, gap) else "negotiation"
        if (
            due_soon
            and p.band in ("medium", "high", "critical")
            and not self._contacted_within(p, max(s.preventive_days + 1, gap))
        ):
            return "preventive"
        return None

    def _window(self, p: CustomerProfile, since: float, collection: bool) -> tuple[float, float] | None:
        """The next legal window, within the hours the customer asked for when the law allows them in the days ahead
        (else the legal window: "depois das 21h" in São Paulo, where contact ends at 20:00)."""
        rules = self.settings.rules
        if p.contact_hours:
            asked = rules.next_window(since, p.state, collection=collection, hours=(p.contact_hours[0],
                                                                                     p.contact_hours[1]))  # fmt: skip
            if asked is not None:
                return asked
        return rules.next_window(since, p.state, collection=collection)

    def _at_hours_asked(self, p: CustomerProfile, start: float) -> bool:
        """Whether a contact starting at ``start`` keeps to the hours the customer asked for (or the law allowed none
        of them that day)."""
        if not p.contact_hours or _within_hours(p, start):
            return True
        midnight = local_midnight(local_date(start, p.state), p.state)
        return self.settings.rules.next_window(midnight, p.state, horizon_days=1, collection=True,
                                               hours=(p.contact_hours[0], p.contact_hours[1])) is None  # fmt: skip

    @staticmethod
    def _hours_said(p: CustomerProfile, start: float) -> str:
        if not p.contact_hours:
            return ""
        kept = "" if _within_hours(p, start) else ", outside the legal hours: the nearest legal time"
        return f"; the customer asked for {p.contact_hours[0]:02d}:00-{p.contact_hours[1]:02d}:00{kept}"

    def _allowed_channels(self, p: CustomerProfile, human: bool) -> list[str]:
        allowed = [c for c in p.channels_consented if c not in p.channels_opted_out]
        if human:
            preferred = [c for c in allowed if c in ("human_call", "whatsapp")]
            return preferred or allowed
        return allowed

    def _within_caps(self, p: CustomerProfile, start: float) -> bool:
        rules = self.settings.rules
        day = local_date(start, p.state)
        days = [local_date(c[0], p.state) for c in p.contacts if not c[3] & REPLY]
        same_day = sum(1 for d in days if d == day)
        same_week = sum(1 for d in days if 0 <= (day - d).days < 7)
        return same_day < rules.per_day and same_week < rules.per_week

    @staticmethod
    def _channels_lately(p: CustomerProfile, start: float, days: int) -> set[str]:
        """The channels this customer was collected on in the ``days`` before ``start`` (a withdrawn contact counts, as
        it does for the caps: a dispatcher may have made it)."""
        return {c[1] for c in p.contacts if not c[3] & REPLY and 0 <= start - c[0] < days * DAY}

    def _channel_week(self, p: CustomerProfile, channel: str, start: float) -> int:
        day = local_date(start, p.state)
        recent = [c for c in p.contacts if c[1] == channel and not c[3] & REPLY]
        return sum(1 for c in recent if 0 <= (day - local_date(c[0], p.state)).days < 7)

    def _contacted_within(self, p: CustomerProfile, days: int) -> bool:
        return any(p.clock_ts - c[0] < days * DAY for c in p.contacts)

    def _cooling_down(self, p: CustomerProfile) -> bool:
        """Within the cool-down after a complaint: no collection contact at all."""
        cooldown = self.settings.rules.complaint_cooldown_days * DAY
        return bool(p.last_complaint_ts) and p.clock_ts - p.last_complaint_ts < cooldown

    def _refusing(self, p: CustomerProfile) -> bool:
        """Paused after refusing channels one after another: the next channel is the harassment a regulator sees.

        One refusal leaves the others (the customer chose how to be reached); a second within
        ``refusal_window_days`` pauses collection on every channel for ``refusal_pause_days``; a reply owed goes.
        """
        s, times = self.settings, p.refusals
        n = s.refusals_to_pause
        return (len(times) >= n and p.clock_ts - times[-1] < s.refusal_pause_days * DAY
                and times[-1] - times[-n] <= s.refusal_window_days * DAY)  # fmt: skip

    def _care_reasons(self, p: CustomerProfile) -> list[str]:
        """Why only a person collects, once a week at most: the customer wrote of despair or anger, or
        complained (then once its cool-down is over), within ``care_days``."""
        since = self.settings.care_days * DAY
        reasons = [flag for flag in sorted(CARE_FLAGS) if p.clock_ts - p.flags.get(flag, -1e18) <= since]
        if p.last_complaint_ts is not None and p.clock_ts - p.last_complaint_ts <= since:
            reasons.append("a complaint")
        return reasons

    def _human_worth_it(self, p: CustomerProfile) -> bool:
        return p.band == "critical" and p.overdue_balance() >= self.settings.human_balance_brl

    def _promised_day(self, p: CustomerProfile) -> date | None:
        """The day the customer said they will pay by ("vou pagar sexta"), within ``said_promise_days`` of saying it."""
        if not p.said_promise:
            return None
        latest = local_date(p.said_promise[1], p.state) + timedelta(days=self.settings.said_promise_days)
        return min(parse_date(p.said_promise[0]), latest)

    def _before_a_promise(self, p: CustomerProfile, start: float) -> bool:
        """A contact starting before a day promised (in words or recorded), but for its eve's reminder."""
        day = local_date(start, p.state)
        promised = [parse_date(pr[1]) for pr in p.promises.values()] + [self._promised_day(p)]
        return any(d is not None and day < d and (d - day).days != 1 for d in promised)

    def _said_affordable(self, p: CustomerProfile) -> float | None:
        """What the customer said they can pay a month, if they said it within ``said_amount_days``."""
        said = p.said_affordable
        return said[0] if said and p.clock_ts - said[1] <= self.settings.said_amount_days * DAY else None

    def _offer(self, p: CustomerProfile) -> tuple[dict[str, Any] | None, str]:
        """An offer the customer can keep: within what they said they can pay a month, by the reason they gave
        and what their history shows. (None, why) when none fits what they said: a person negotiates."""
        overdue = p.overdue_balance()
        if overdue <= 0:
            return None, ""
        monthly = p.paid_total / max(p.invoices_paid, 1) if p.invoices_paid else p.average_invoice()
        said = self._said_affordable(p)
        if said is not None and said < overdue:  # "só consigo 100 por mês" (Lei 14.181/2021: the rest is theirs)
            n = math.ceil(overdue / said - 1e-9)
            if n > self.settings.max_installments:
                most = self.settings.max_installments
                return None, (f"none fits: R$ {overdue:.2f} overdue in {most} installments is more than the "
                              f"R$ {said:.2f} a month they said they can pay; a person negotiates")
            if p.predicted_reason in HARDSHIP:  # and no more than half of what they used to pay
                n = min(max(n, math.ceil(overdue / max(monthly * 0.5, 1.0))), self.settings.max_installments)
            why = f"{n} installments of R$ {overdue / n:.2f}, within the R$ {said:.2f} a month they said they can pay"
            return _installments(overdue, n), why
        if p.predicted_reason in HARDSHIP:
            affordable = max(monthly * 0.5, 1.0)  # half their usual monthly payment: the rest is theirs to live on
            n = min(max(math.ceil(overdue / affordable), 2), self.settings.max_installments)
            why = f"{n} installments of about R$ {overdue / n:.2f}, within half of what they paid a month"
            return _installments(overdue, n), why
        if p.predicted_reason in ("lack_of_planning", "forgot"):
            return {"kind": "due_date_change", "installments": 1, "discount_pct": 0.0}, "a due date that suits them"
        if p.late_share() < 0.3 and p.days_past_due >= 15:
            discount = min(self.settings.max_discount_pct, 5.0 + p.days_past_due / 3)
            return ({"kind": "settlement", "installments": 1, "discount_pct": round(discount, 1)},
                    f"a {discount:.0f}% settlement discount for a customer with a good payment history")  # fmt: skip
        return None, ""

    def _explain(self, p: CustomerProfile, purpose: str, channel: str, agent: str, flags: set[str],
                 why_offer: str, care: list[str]) -> str:  # fmt: skip
        if purpose == "fraud_review":
            return f"fraud claim ({p.hold[2]}): route to the fraud team; collection on hold, do not collect"
        if purpose == "dispute_review":
            return f"debt disputed ({p.hold[2]}): a person checks it; collection on hold, do not collect or offer"
        if purpose == "handoff":
            why = ", ".join(_SAID.get(f, f) for f in sorted(flags & set(HUMAN_REASONS))) or "asked for a human"
            held = "; collection on hold, do not collect" if p.hold is not None else ""
            return f"hand over to a human ({why}){held}"
        parts = [f"{purpose} by {channel} ({agent})", f"band {p.band}, {p.days_past_due} days past due"]
        if p.predicted_reason:
            parts.append(f"reason: {p.predicted_reason}")
        if why_offer:
            parts.append(f"offer: {why_offer}")
        if care:
            parts.append(f"by a person, weekly at most: {', '.join(care)} in the last {self.settings.care_days} days")
        return "; ".join(parts)


def _installments(overdue: float, n: int) -> dict[str, Any]:
    """An installments offer, each rounded up to the cent (a float's noise rounds up no cent: 400 / 5 is 80.00)."""
    return {"kind": "installments", "installments": n, "discount_pct": 0.0,
            "installment_brl": math.ceil(round(overdue / n * 100, 6)) / 100}  # fmt: skip


def _within_hours(p: CustomerProfile, start: float) -> bool:
    """Whether ``start`` falls in the local hours the customer asked to be contacted in."""
    hour = (start - local_midnight(local_date(start, p.state), p.state)) / 3600
    return p.contact_hours[0] <= hour < p.contact_hours[1]


def _closed(contact: list) -> bool:
    """Whether a contact has been learnt from (older profiles marked a closed miss with -1)."""
    return contact[3] < 0 or bool(contact[3] & CLOSED)
