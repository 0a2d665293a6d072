"""A simulated portfolio whose hidden truth is known: personas, shocks, reasons, reactions to outreach.

Collection outcomes arrive weeks late and nobody knows the true reason a customer stopped paying,
so vigia is judged on a simulation whose truth is written down. Customers follow personas that
collection operations describe (the always-online young customer, the older one who trusts a human
call, the organised payer, the chronic late payer, the first-time delinquent after a shock, the one
who disputes the debt, fraud, the aggressive or depressed, the one who asks for a human). Each has
its own random generator, so the same seed gives the same bytes, and the simulation runs a day at a
time over all customers, so memory stays bounded however many days it covers.

Outreach triggers fed back with :meth:`Simulation.react` become the customer's reactions (delivered,
read, replied, right-party call, payment after contact, opt-out, complaint when harassed).

>>> sim = Simulation(customers=20, days=40, seed=3)
>>> events = list(sim.events())
>>> len(events) > 100, events == sorted(events, key=lambda e: (e["time"], e["id"]))
(True, True)
>>> truth = list(sim.truth())
>>> truth[0]["kind"], len(truth)
('meta', 21)
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from backtest import texts

DEFAULT_START = date(2026, 3, 2)
CLAIMS = {"debt_not_recognized": "dispute", "already_paid": "dispute", "fraud_suspected": "fraud"}  # reason -> kind
RESOLUTION_DAYS = (5, 20)  # how long the back office takes to resolve a claim
TEXT_CHANNELS = ("whatsapp", "sms", "email", "app_push")
VOICE_CHANNELS = ("voicebot", "human_call")
CHANNELS = TEXT_CHANNELS + VOICE_CHANNELS
STATES = (
    ("SP", 0.40),
    ("RJ", 0.15),
    ("MG", 0.12),
    ("BA", 0.08),
    ("RS", 0.07),
    ("PR", 0.06),
    ("AM", 0.04),
    ("ES", 0.04),
    ("PE", 0.04),
)
SHOCK_REASONS = ("unemployment", "income_drop", "health_or_family")
UTC_OFFSET = {"AM": 4}


@dataclass(frozen=True)
class Persona:
    """How one kind of customer pays, answers and reacts (probabilities per contact or per day)."""

    name: str
    weight: float
    age: tuple[int, int]
    response: dict[str, float]  # chance a contact on this channel is answered (reply or right-party call)
    lag: tuple[float, float]  # days paid after the due date: mean, standard deviation
    sessions: float  # app or web sessions a day
    methods: tuple[str, ...]
    reason: str | None = None  # why this persona does not pay, when it does not
    promise_kept: float = 0.6
    pay_after_contact: float = 0.3  # chance an answered contact while overdue leads to a payment
    tolerance: int = 4  # contacts in 7 days before complaints and opt-outs become likely
    chat_rate: float = 0.05  # chance a day of writing in the chat while overdue
    asks_human: float = 0.0
    mood: str = "calm"  # calm, aggressive or depressed when pressed
    never_pays: bool = False


def _resp(whatsapp: float, sms: float, email: float, app_push: float, voicebot: float, human_call: float):
    return {
        "whatsapp": whatsapp,
        "sms": sms,
        "email": email,
        "app_push": app_push,
        "voicebot": voicebot,
        "human_call": human_call,
    }


PERSONAS: tuple[Persona, ...] = (
    Persona(
        "digital_young",
        0.18,
        (18, 32),
        _resp(0.65, 0.25, 0.1, 0.45, 0.3, 0.08),
        (-1.0, 4.0),
        0.5,
        ("pix", "card"),
        "lack_of_planning",
        pay_after_contact=0.45,
        chat_rate=0.08,
    ),
    Persona(
        "human_trusting_older",
        0.12,
        (55, 82),
        _resp(0.12, 0.15, 0.05, 0.03, 0.15, 0.6),
        (1.0, 4.0),
        0.04,
        ("boleto", "debit"),
        "forgot",
        pay_after_contact=0.5,
        promise_kept=0.8,
    ),
    Persona(
        "organised_payer",
        0.18,
        (28, 65),
        _resp(0.4, 0.3, 0.25, 0.25, 0.2, 0.3),
        (-4.0, 2.0),
        0.15,
        ("debit", "pix", "boleto"),
        "forgot",
        promise_kept=0.9,
    ),
    Persona(
        "chronic_late",
        0.14,
        (22, 60),
        _resp(0.35, 0.2, 0.08, 0.2, 0.15, 0.25),
        (13.0, 6.0),
        0.2,
        ("boleto", "pix"),
        "lack_of_planning",
        promise_kept=0.35,
        pay_after_contact=0.35,
        chat_rate=0.06,
    ),
    Persona(
        "shock_delinquent",
        0.14,
        (25, 58),
        _resp(0.4, 0.2, 0.1, 0.25, 0.2, 0.35),
        (-3.0, 2.0),
        0.2,
        ("pix", "debit"),
        None,
        promise_kept=0.4,
        pay_after_contact=0.25,
        chat_rate=0.1,
    ),
    Persona(
        "disputer",
        0.06,
        (25, 70),
        _resp(0.3, 0.15, 0.3, 0.1, 0.1, 0.3),
        (0.0, 3.0),
        0.1,
        ("boleto",),
        "debt_not_recognized",
        promise_kept=0.2,
        pay_after_contact=0.05,
        chat_rate=0.15,
    ),
    Persona(
        "fraud_victim",
        0.03,
        (20, 75),
        _resp(0.3, 0.2, 0.3, 0.1, 0.1, 0.35),
        (0.0, 2.0),
        0.05,
        ("card",),
        "fraud_suspected",
        pay_after_contact=0.0,
        chat_rate=0.15,
        never_pays=True,
    ),
    Persona(
        "volatile",
        0.07,
        (20, 60),
        _resp(0.3, 0.15, 0.05, 0.15, 0.1, 0.3),
        (6.0, 8.0),
        0.2,
        ("pix", "boleto"),
        "income_drop",
        tolerance=2,
        chat_rate=0.08,
        pay_after_contact=0.2,
        mood="aggressive",
    ),
    Persona(
        "wants_human",
        0.08,
        (30, 75),
        _resp(0.25, 0.1, 0.1, 0.1, 0.05, 0.55),
        (8.0, 6.0),
        0.1,
        ("boleto", "pix"),
        "offer_not_adherent",
        chat_rate=0.1,
        asks_human=0.6,
        pay_after_contact=0.45,
    ),
)
PERSONA_BY_NAME = {p.name: p for p in PERSONAS}


def _season(month: int) -> float:
    """Spending is higher in December; January and February bring school costs and later payments."""
    return {12: 1.3, 1: 1.15, 2: 1.1}.get(month, 1.0)


@dataclass
class Invoice:
    invoice_id: str
    amount: float
    remaining: float
    due_day: int
    paid_day: int | None = None


@dataclass
class Customer:
    """One simulated customer: its persona, its hidden life, and what it is about to do."""

    customer_id: str
    persona: Persona
    rng: random.Random
    birth_year: int
    state: str
    consented: list[str]
    preferred: str
    cycle_offset: int
    base_amount: float
    shock_day: int | None = None
    shock_reason: str | None = None
    recovery_day: int | None = None
    delinquent: bool = False
    opted_out: set[str] = field(default_factory=set)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    closed: list[Invoice] = field(default_factory=list)
    pending: dict[int, list[tuple[str, Any]]] = field(default_factory=dict)
    contacts: list[int] = field(default_factory=list)  # days of recent contacts
    counter: int = 0
    reasons: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)  # disputes and fraud claims, and when resolved
    human_requests: list[str] = field(default_factory=list)  # when the customer asked for a person
    cancelled: list[str] = field(default_factory=list)  # invoices a resolution cancelled (no longer owed)

    def reason(self) -> str:
        if self.delinquent and self.shock_reason:
            return self.shock_reason
        return self.persona.reason or "other"

    def overdue(self, day: int) -> list[Invoice]:
        return [inv for inv in self.invoices.values() if inv.due_day < day and inv.remaining > 0.005]

    def schedule(self, day: int, action: str, payload: Any = None) -> None:
        self.pending.setdefault(day, []).append((action, payload))


class Simulation:
    """The portfolio, advanced one day at a time with :meth:`day`."""

    def __init__(self, customers: int, days: int, seed: int, start: date = DEFAULT_START) -> None:
        self.size, self.days, self.seed, self.start = customers, days, seed, start
        self.origin = datetime(start.year, start.month, start.day, tzinfo=UTC)
        self.customers = [self._make(i) for i in range(customers)]
        self._by_id = {c.customer_id: c for c in self.customers}
        self.next_day = 0  # the first day not simulated yet: reactions cannot happen before it

    # --- creation ---------------------------------------------------------------------------
    def _make(self, index: int) -> Customer:
        rng = random.Random(self.seed * 1_000_003 + index)
        persona = rng.choices(PERSONAS, weights=[p.weight for p in PERSONAS])[0]
        age = rng.randint(*persona.age)
        state = rng.choices([s for s, _ in STATES], weights=[w for _, w in STATES])[0]
        ranked = sorted(CHANNELS, key=lambda ch: -persona.response[ch] * rng.uniform(0.8, 1.2))
        consented = [ch for ch in CHANNELS if ch in ranked[:4] or rng.random() < 0.3]
        c = Customer(
            f"cust-{index:07d}",
            persona,
            rng,
            self.start.year - age,
            state,
            consented,
            ranked[0],
            rng.randrange(30),
            round(rng.uniform(60, 600), 2),
        )
        if persona.name == "shock_delinquent" and self.days > 40:
            c.shock_day = rng.randint(15, self.days - 25)
            c.shock_reason = rng.choice(SHOCK_REASONS)
            if rng.random() < 0.4:
                c.recovery_day = c.shock_day + rng.randint(30, 75)
        return c

    # --- time and events ----------------------------------------------------------------------
    def _time(self, c: Customer, day: int, hour: float) -> str:
        when = self.origin + timedelta(days=day, hours=hour + UTC_OFFSET.get(c.state, 3))
        return when.isoformat(timespec="seconds").replace("+00:00", "Z")

    def _date(self, day: int) -> str:
        return (self.start + timedelta(days=day)).isoformat()

    def _event(self, c: Customer, day: int, hour: float, event_type: str, data: dict, source: str) -> dict:
        c.counter += 1
        return {
            "specversion": "1.0",
            "id": f"sim{self.seed}-{c.customer_id}-{c.counter}",
            "source": f"urn:sim:{source}",
            "type": event_type,
            "time": self._time(c, day, hour),
            "subject": c.customer_id,
            "datacontenttype": "application/json",
            "data": data,
        }

    def day(self, day: int) -> list[dict]:
        """Every customer's events of simulated day ``day``, in time order."""
        out: list[dict] = []
        self.next_day = day + 1
        for c in self.customers:
            self._customer_day(c, day, out)
        out.sort(key=lambda e: (e["time"], e["id"]))
        return out

    def events(self, days: int | None = None) -> Iterator[dict]:
        """Every event of the first ``days`` days (all of them by default), day after day."""
        for day in range(self.days if days is None else days):
            yield from self.day(day)

    def _customer_day(self, c: Customer, day: int, out: list[dict]) -> None:
        rng, p = c.rng, c.persona
        if day == 0:
            out.append(
                self._event(
                    c,
                    0,
                    rng.uniform(0, 1),
                    "customer.registered",
                    {
                        "birth_year": c.birth_year,
                        "state": c.state,
                        "channels_consented": c.consented,
                        "preferred_channel": c.preferred,
                    },
                    "crm",
                )
            )
        if day == c.shock_day:
            c.delinquent = True
        if day == c.recovery_day:
            c.delinquent = False
        if (day - c.cycle_offset) % 30 == 0:
            self._issue_invoice(c, day, out)
        for action, payload in c.pending.pop(day, ()):
            self._do(c, day, action, payload, out)
        if rng.random() < p.sessions * (0.4 if c.delinquent else 1.0):
            hour = rng.uniform(7, 23)
            out.append(self._event(c, day, hour, "session.started", {"channel": rng.choice(("app", "web"))}, "app"))
            page = "negotiation" if c.overdue(day) else ("boleto_second_copy" if rng.random() < 0.3 else "home")
            out.append(self._event(c, day, hour + 0.01, "page.viewed", {"page": page}, "app"))
        if c.overdue(day) and rng.random() < p.chat_rate:
            self._write_in(c, day, rng.uniform(8, 22), out)

    def _issue_invoice(self, c: Customer, day: int, out: list[dict]) -> None:
        rng, p = c.rng, c.persona
        month = (self.start + timedelta(days=day)).month
        amount = round(c.base_amount * _season(month) * rng.uniform(0.9, 1.1), 2)
        inv = Invoice(f"{c.customer_id}-i{day}", amount, amount, day + 10)
        c.invoices[inv.invoice_id] = inv
        out.append(
            self._event(
                c,
                day,
                rng.uniform(0, 2),
                "invoice.issued",
                {
                    "invoice_id": inv.invoice_id,
                    "amount": amount,
                    "due_date": self._date(inv.due_day),
                    "product": "cartao",
                },
                "billing",
            )
        )
        if p.never_pays or (p.name == "disputer" and len(c.invoices) + len(c.closed) == 1):
            self._note_reason(c, day)
            return
        mean, sd = p.lag
        if month in (1, 2):
            mean += 3
        if c.delinquent or (c.shock_day is not None and c.shock_day <= inv.due_day and not c.recovery_day):
            if rng.random() < 0.75:
                self._note_reason(c, day)
                return  # does not pay on its own: only a contact, a promise or recovery may help
            mean, sd = 25.0, 10.0
        lag = max(-9, round(rng.gauss(mean, sd)))
        if lag > 0:
            self._note_reason(c, day)
        if rng.random() < 0.1:
            c.schedule(inv.due_day + lag, "pay", (inv.invoice_id, 0.5))
            c.schedule(inv.due_day + lag + rng.randint(3, 12), "pay", (inv.invoice_id, 1.0))
        else:
            c.schedule(inv.due_day + lag, "pay", (inv.invoice_id, 1.0))

    def _note_reason(self, c: Customer, day: int) -> None:
        c.reasons.append({"day": day, "reason": c.reason()})

    def _pay(self, c: Customer, day: int, invoice_ids: list[str], share: float, out: list[dict]) -> None:
        rng = c.rng
        method = rng.choice(c.persona.methods)
        for invoice_id in invoice_ids:
            inv = c.invoices.get(invoice_id)
            if inv is None or inv.remaining <= 0.005:
                continue
            amount = round(inv.remaining if share >= 1 else inv.remaining * share, 2)
            hour = rng.uniform(8, 22)
            if method == "card" and rng.random() < 0.08:
                out.append(
                    self._event(
                        c,
                        day,
                        hour,
                        "payment.failed",
                        {
                            "payment_id": f"{invoice_id}-f{day}",
                            "amount": amount,
                            "method": method,
                            "reason": "insufficient_funds",
                        },
                        "gateway",
                    )
                )
                c.schedule(day + 1, "pay", (invoice_id, share))
                continue
            out.append(
                self._event(
                    c,
                    day,
                    hour + 0.05,
                    "payment.received",
                    {
                        "payment_id": f"{invoice_id}-p{day}-{c.counter}",
                        "amount": amount,
                        "method": method,
                        "invoice_id": invoice_id,
                    },
                    "gateway",
                )
            )
            inv.remaining = round(inv.remaining - amount, 2)
            if inv.remaining <= 0.005:
                inv.paid_day = day
                c.closed.append(c.invoices.pop(invoice_id))

    def _do(self, c: Customer, day: int, action: str, payload: Any, out: list[dict]) -> None:
        if action == "pay":
            invoice_id, share = payload
            self._pay(c, day, [invoice_id], share, out)
        elif action == "pay_overdue":
            self._pay(c, day, [inv.invoice_id for inv in c.overdue(day + 1)], 1.0, out)
        elif action == "event":
            hour, event_type, data, source = payload
            out.append(self._event(c, day, hour, event_type, data, source))
        elif action == "resolve":
            self._resolve(c, day, payload, out)
        elif action == "reply":  # a reply to an outreach, which may say the debt is not theirs
            hour, data, says_the_reason = payload
            out.append(self._event(c, day, hour, "message.replied", data, "outreach"))
            if says_the_reason:
                self._claim(c, day, out[-1])

    def _claim(self, c: Customer, day: int, said: dict) -> None:
        """A customer disputes the debt or claims fraud: the back office resolves it days later."""
        if c.reason() not in CLAIMS or any(claim["resolved"] is None or claim["resolved"] > said["time"]
                                           for claim in c.claims):  # fmt: skip
            return  # part of a claim still open when it was said
        claim = {"time": said["time"], "kind": CLAIMS[c.reason()], "resolved": None}
        c.claims.append(claim)
        c.schedule(day + c.rng.randint(*RESOLUTION_DAYS), "resolve", claim)

    def _resolve(self, c: Customer, day: int, claim: dict, out: list[dict]) -> None:
        """Fraud is confirmed and the debt cancelled; a dispute is checked and the debt confirmed."""
        cancelled = claim["kind"] == "fraud"
        data = {"outcome": "debt_cancelled" if cancelled else "debt_confirmed", "resolved_by": "back-office"}
        if cancelled:
            data["invoice_ids"] = sorted(c.invoices)
            c.cancelled += data["invoice_ids"]
            c.invoices.clear()
        resolution = self._event(c, day, 10.0, "case.resolved", data, "back-office")
        claim["resolved"] = resolution["time"]
        out.append(resolution)

    def _write_in(self, c: Customer, day: int, hour: float, out: list[dict]) -> None:
        """An overdue customer writes in the chat: the reason in their words, maybe a promise."""
        rng, p = c.rng, c.persona
        text = texts.reason_text(c.reason(), rng)
        said = self._event(c, day, hour, "chat.message",
                           {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": text},
                           "chatbot")  # fmt: skip
        out.append(said)
        self._claim(c, day, said)
        if rng.random() < p.asks_human:
            out.append(
                self._event(
                    c,
                    day,
                    hour + 0.02,
                    "chat.message",
                    {
                        "channel": "whatsapp",
                        "direction": "inbound",
                        "author": "customer",
                        "text": texts.noisy(rng.choice(texts.HUMAN_REQUEST), rng),
                    },
                    "chatbot",
                )
            )
            c.human_requests.append(out[-1]["time"])
            out.append(
                self._event(
                    c,
                    day,
                    hour + 0.03,
                    "handoff.requested",
                    {"channel": "whatsapp", "reason": "customer_request"},
                    "chatbot",
                )
            )
        if rng.random() < 0.4:  # an attendant tabulates the contact (right 85% of the time)
            code = c.reason() if rng.random() < 0.85 else rng.choice(list(texts.REASON_PHRASES))
            out.append(self._event(c, day, hour + 0.2, "contact.disposition", {"reason_code": code}, "contact-centre"))
        self._maybe_promise(c, day, hour + 0.25, out)

    def _maybe_promise(self, c: Customer, day: int, hour: float, out: list[dict]) -> None:
        rng, p = c.rng, c.persona
        overdue = c.overdue(day)
        if not overdue or p.never_pays or rng.random() > 0.35:
            return
        due = day + rng.randint(2, 7)
        amount = round(sum(inv.remaining for inv in overdue), 2)
        out.append(
            self._event(
                c,
                day,
                hour,
                "promise.made",
                {"promise_id": f"{c.customer_id}-pr{day}", "amount": amount, "due_date": self._date(due)},
                "contact-centre",
            )
        )
        if rng.random() < p.promise_kept * (0.6 if c.delinquent else 1.0):
            c.schedule(rng.randint(day + 1, due), "pay_overdue")

    # --- outreach reactions ---------------------------------------------------------------------
    def react(self, trigger: dict) -> None:
        """Turn an outreach trigger (a ``vigia.outreach.requested`` CloudEvent) into future reactions."""
        c = self._by_id.get(trigger.get("subject", ""))
        if c is None:
            return
        data = trigger["data"]
        channel = data["channel"]
        when = datetime.fromisoformat(data["not_before"].replace("Z", "+00:00"))
        local = when - timedelta(hours=UTC_OFFSET.get(c.state, 3))
        day = (local.date() - self.start).days
        hour = local.hour + local.minute / 60
        if day < self.next_day:  # decided during a day already simulated: the contact happens the next day
            day = self.next_day
        if day >= self.days or channel in c.opted_out or channel not in c.consented:
            return
        rng, p = c.rng, c.persona
        c.contacts = [d for d in c.contacts if d > day - 7] + [day]
        outreach = data.get("outreach_id", "")
        harassed = len(c.contacts) > p.tolerance
        hour_factor = 0.6 if hour < 9 or hour > 19 else 1.0
        tone_factor = 0.7 if data.get("tone") == "firm" and p.mood != "calm" else 1.0
        human_factor = 1.3 if data.get("agent") == "human" and p.name in ("human_trusting_older", "wants_human") else 1
        answered = rng.random() < min(0.95, p.response[channel] * hour_factor * tone_factor * human_factor)
        if channel in VOICE_CHANNELS:
            outcome = "right_party" if answered else rng.choice(("no_answer", "busy", "voicemail"))
            by = "human" if channel == "human_call" else "voicebot"
            c.schedule(
                day,
                "event",
                (
                    hour + 0.01,
                    "call.completed",
                    {
                        "outreach_id": outreach,
                        "direction": "outbound",
                        "by": by,
                        "outcome": outcome,
                        "duration_s": 180 if answered else 20,
                    },
                    "contact-centre",
                ),
            )
        else:
            c.schedule(day, "event", (hour, "message.sent", {"outreach_id": outreach, "channel": channel}, "outreach"))
            if rng.random() < 0.95:
                c.schedule(
                    day,
                    "event",
                    (hour + 0.01, "message.delivered", {"outreach_id": outreach, "channel": channel}, "outreach"),
                )
                if answered or rng.random() < p.response[channel]:
                    c.schedule(
                        day,
                        "event",
                        (hour + 0.2, "message.read", {"outreach_id": outreach, "channel": channel}, "outreach"),
                    )
            if answered:
                overdue = c.overdue(day)
                words = (
                    texts.reason_text(c.reason(), rng) if overdue else texts.noisy(rng.choice(texts.NEUTRAL_REPLY), rng)
                )
                claim = bool(overdue)
                if harassed and p.mood == "aggressive":
                    words, claim = texts.noisy(rng.choice(texts.AGGRESSIVE), rng), False
                data = {"outreach_id": outreach, "channel": channel, "text": words}
                c.schedule(day, "reply", (hour + 0.3, data, claim))
        if answered and c.overdue(day + 1) and rng.random() < p.pay_after_contact * (0.5 if c.delinquent else 1.0):
            c.schedule(day + rng.randint(0, 3), "pay_overdue")
        if harassed and rng.random() < 0.25:
            c.schedule(
                day,
                "event",
                (
                    hour + 1,
                    "complaint.filed",
                    {
                        "channel": rng.choice(("procon", "reclame_aqui", "consumidor_gov")),
                        "text": texts.noisy(rng.choice(texts.AGGRESSIVE), rng),
                    },
                    "ombudsman",
                ),
            )
        if harassed and rng.random() < 0.1:
            c.opted_out.add(channel)
            c.schedule(day, "event", (hour + 0.5, "consent.changed", {"channel": channel, "granted": False}, "crm"))

    # --- truth ------------------------------------------------------------------------------------
    def truth(self) -> Iterator[dict]:
        """The hidden truth: a meta line, then one line a customer."""
        yield {
            "kind": "meta",
            "seed": self.seed,
            "customers": self.size,
            "days": self.days,
            "start": self.start.isoformat(),
        }
        for c in self.customers:
            changes = []
            if c.shock_day is not None:
                changes.append(
                    {"day": c.shock_day, "date": self._date(c.shock_day), "kind": "shock", "reason": c.shock_reason}
                )
            if c.recovery_day is not None and c.recovery_day < self.days:
                changes.append({"day": c.recovery_day, "date": self._date(c.recovery_day), "kind": "recovery"})
            invoices = [
                {
                    "invoice_id": inv.invoice_id,
                    "amount": inv.amount,
                    "due_date": self._date(inv.due_day),
                    "paid_date": self._date(inv.paid_day) if inv.paid_day is not None else None,
                    "days_late": (inv.paid_day - inv.due_day) if inv.paid_day is not None else None,
                }
                for inv in sorted(c.closed + list(c.invoices.values()), key=lambda i: i.due_day)
            ]
            yield {
                "kind": "customer",
                "customer_id": c.customer_id,
                "persona": c.persona.name,
                "birth_year": c.birth_year,
                "state": c.state,
                "channels_consented": c.consented,
                "channel_response": c.persona.response,
                "change_points": changes,
                "reasons": c.reasons,
                "invoices": invoices,
                "claims": c.claims,
                "human_requests": c.human_requests,
                "cancelled_invoices": c.cancelled,
            }
