"""The live profile of one customer: what vigia knows, kept small enough to store per event.

The profile is a ``msgspec.Struct``: JSON bytes decode straight into it in a few microseconds and
fields at their defaults are left out, which keeps both the per-event cost and the stored bytes
small. The worker stores the bytes in a changelog-backed Faust table and the replay in a dict.
Open items (invoices, promises, agreements) are bounded so a profile stays within a few KB whatever
the customer does.

>>> p = CustomerProfile(customer_id="c1")
>>> CustomerProfile.from_bytes(p.to_bytes()) == p
True
>>> p.remember("evt-1", "a1b2"), p.remember("evt-1", "a1b2"), p.remember("evt-1", "ffff")
('new', 'duplicate', 'conflict')
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec
from msgspec import field

from online_models.clock import format_time, local_date, parse_date

SEEN_RING = 64  # event ids remembered per customer for de-duplication
RECENT_PAYMENTS = 16  # payment ids remembered for idempotent payments and reversals
MAX_OPEN_ITEMS = 24  # open invoices / promises / agreements kept per customer
RECENT_DELAYS = 6
LABEL_GRACE_DAYS = 15  # an invoice unpaid this long after its due date is a default (label 1)
CENT = 0.005  # amounts below half a cent are nothing left to pay
NEAR_DUE_DAYS = 3  # an open invoice is scored again this many days before its due date

# the outreach channels of the event contract (its ``channel`` enum; a test keeps them equal)
CHANNELS = ("whatsapp", "sms", "email", "app_push", "voicebot", "human_call")
# channel counters: sent, delivered, read, replied, right-party contacts
SENT, DELIVERED, READ, REPLIED, RPC = range(5)


def event_digest(event_id: str) -> str:
    """A short stable digest of an event id (12 hex chars: collisions are ~1e-11 per pair)."""
    return hashlib.blake2b(event_id.encode(), digest_size=6).hexdigest()


class CustomerProfile(msgspec.Struct, omit_defaults=True):
    """Everything vigia keeps about one customer; see README, "Customer profile"."""

    customer_id: str
    birth_year: int | None = None
    state: str | None = None
    preferred_channel: str | None = None
    channels_consented: list[str] = field(default_factory=list)
    channels_opted_out: list[str] = field(default_factory=list)
    refusals: list[float] = field(default_factory=list)  # when the customer last refused channels (a day apart, 3 kept)
    # open invoices: id -> [amount, remaining, due_date ISO, issued_ts]
    invoices: dict[str, list[Any]] = field(default_factory=dict)
    credit: float = 0.0  # paid but not yet matched to an invoice (out-of-order or overpaid)
    credit_ts: float | None = None  # when the latest credit was paid (dates the invoices it settles)
    invoices_issued: int = 0
    invoices_paid: int = 0
    invoices_paid_late: int = 0
    delay_n: int = 0
    delay_mean: float = 0.0
    delay_max: int = 0
    recent_delays: list[int] = field(default_factory=list)
    payments: int = 0
    paid_total: float = 0.0
    payment_methods: dict[str, int] = field(default_factory=dict)
    # recent payments: id -> [amount (negative once reversed), time paid]
    recent_payments: dict[str, list[float]] = field(default_factory=dict)
    failed_payments: int = 0
    reversed_payments: int = 0
    channels: dict[str, list[int]] = field(default_factory=dict)
    sessions: int = 0
    page_views: int = 0
    negotiation_views: int = 0
    last_engagement_ts: float | None = None
    inbound_messages: int = 0
    calls_right_party: int = 0
    calls_unanswered: int = 0
    # open promises: id -> [amount, due_date ISO, paid_since, made_ts]
    promises: dict[str, list[Any]] = field(default_factory=dict)
    promises_made: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    # open agreements: id -> [total, installments, first_due_date ISO]
    agreements: dict[str, list[Any]] = field(default_factory=dict)
    agreements_created: int = 0
    agreements_broken: int = 0
    offers_accepted: int = 0
    offers_rejected: int = 0
    complaints: int = 0
    last_complaint_ts: float | None = None
    handoff_requested_ts: float | None = None
    last_reason_code: str | None = None
    predicted_reason: str | None = None
    segment: str = "new"
    cluster: int | None = None  # the partition's online segment (online_models.segments) this customer is in
    segment_moves: int = 0  # how often the customer moved to another segment (stability, for analysts)
    score: float | None = None
    band: str | None = None
    model: str = "rules-v1"
    reasons: list[list[Any]] = field(default_factory=list)
    days_past_due: int = 0
    max_days_past_due: int = 0
    clock_ts: float = 0.0  # the latest event time seen for this customer
    wake_ts: float | None = None  # when the clock alone changes this profile (a due date passes)
    partition: int | None = None  # where this customer's events arrive (the worker sends clock ticks there)
    seen: list[str] = field(default_factory=list)
    # learning: invoice id -> [due date ISO, packed features at issue, each model's score at issue]
    # and, once the due date nears, [..., packed features near due, each model's score near due]
    pending_labels: dict[str, list[Any]] = field(default_factory=dict)
    # [features, label, scores, invoice, "issue" or "near_due"]; emptied at every step
    label_queue: list[list[Any]] = field(default_factory=list)
    recent_words: list[int] = field(default_factory=list)  # hashed word ids of the customer's last messages
    last_message: list[int] = field(default_factory=list)  # hashed word ids of the last one (what a handoff follows)
    flags: dict[str, float] = field(default_factory=dict)  # text flag -> when last seen
    delay_test: list[float] = field(default_factory=list)  # Page-Hinkley state on payment delays
    change_ts: float | None = None  # when a behaviour change was last detected
    change_why: str | None = None
    change_open: bool = False  # a detected change the customer has not come back from (an invoice paid on time)
    handoff_ts: float | None = None  # when vigia last handed this customer over to a human
    # a case on hold until a person resolves it: [kind ("dispute" or "fraud"), since (ts), why (what was said)]
    hold: list[Any] | None = None
    reply_channel: str | None = None  # the channel the customer last wrote in on (a reply may use it)
    contact_hours: list[int] | None = None  # [first hour, hour after the last] the customer asked to be contacted in
    said_affordable: list[float] | None = None  # [what the customer said they can pay a month (BRL), when they said it]
    said_promise: list[Any] | None = None  # [the local day (ISO) the customer said they will pay by, when they said it]
    asked: list[Any] | None = None  # a bot's chat question about contact, until the customer's next message: [ts, text]
    cancelled: list[str] = field(default_factory=list)  # invoice ids a resolution cancelled (issued later: ignored)
    disputed: list[str] = field(default_factory=list)  # invoice ids open when a case was put on hold
    anomaly: float | None = None  # how rare the customer's activity is in the portfolio (0-1), at last invoice
    # the first collection episode since the control draw (online_models.control): [start, group, policy,
    # segment, channel, overdue at start, paid, cost, paid early, current]; None when none is open
    episode: list[Any] | None = None
    measured: str | None = None  # the control salt whose first episode this customer has had
    # our triggers: [not_before, channel, outreach id, outcome bits (decisions.ANSWERED, PAID, HARMED, CLOSED)]
    contacts: list[list[Any]] = field(default_factory=list)

    # --- serialisation -------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return _ENCODER.encode(self)

    @classmethod
    def from_bytes(cls, blob: bytes) -> CustomerProfile:
        """Decode stored bytes; fields this version does not know are ignored (forward-compatible)."""
        return _DECODER.decode(blob)

    # --- idempotency ---------------------------------------------------------------------------
    def remember(self, event_id: str, content: str = "") -> str:
        """Record an event id and a digest of its content: "new", "duplicate" (same content) or "conflict".

        A conflict is an id already processed with other content: an upstream bug that re-used an id,
        not a re-send. Entries from before content digests were kept count as duplicates.
        """
        digest = event_digest(event_id)
        for entry in self.seen:
            if entry.startswith(digest):
                return "conflict" if content and len(entry) > 13 and entry[13:] != content else "duplicate"
        self.seen.append(f"{digest}:{content}" if content else digest)
        if len(self.seen) > SEEN_RING:
            del self.seen[0]
        return "new"

    # --- derived figures -----------------------------------------------------------------------
    def hold_view(self) -> dict[str, Any] | None:
        """The case on hold as the read model, the alerts and the attendants see it (None: none)."""
        if self.hold is None:
            return None
        kind, since, why = self.hold
        return {"kind": kind, "since": format_time(since), "why": why}

    @property
    def open_balance(self) -> float:
        return round(sum(inv[1] for inv in self.invoices.values()), 2)

    def overdue_balance(self) -> float:
        today = local_date(self.clock_ts, self.state)
        return round(sum(inv[1] for inv in self.invoices.values() if parse_date(inv[2]) < today), 2)

    def average_invoice(self) -> float:
        amounts = [inv[0] for inv in self.invoices.values()]
        if self.invoices_paid and self.paid_total:
            amounts.append(self.paid_total / max(self.invoices_paid, 1))
        return sum(amounts) / len(amounts) if amounts else 0.0

    def late_share(self) -> float:
        """Share of settled invoices paid late, with a prior of one on-time invoice (cold start)."""
        return self.invoices_paid_late / (self.invoices_paid + 1)

    def age(self) -> int | None:
        if self.birth_year is None or not self.clock_ts:
            return None
        return local_date(self.clock_ts, self.state).year - self.birth_year

    def responsiveness(self) -> dict[str, float]:
        """Per channel, the share of outreach answered (reply or right-party contact), with a prior."""
        return {ch: round((c[REPLIED] + c[RPC]) / (c[SENT] + 2), 3) for ch, c in self.channels.items()}

    def view(self) -> dict[str, Any]:
        """The read model published to Redis, ``GET /customers/{id}`` and replay's profiles.jsonl."""
        return {
            "customer_id": self.customer_id,
            "score": self.score,
            "band": self.band,
            "model": self.model,
            "segment": self.segment,
            "segment_moves": self.segment_moves,
            "predicted_reason": self.predicted_reason,
            "preferred_channel": self.preferred_channel,
            "days_past_due": self.days_past_due,
            "max_days_past_due": self.max_days_past_due,
            "open_balance": self.open_balance,
            "overdue_balance": self.overdue_balance() if self.clock_ts else 0.0,
            "open_invoices": len(self.invoices),
            "payment_delay_mean_days": round(self.delay_mean, 2),
            "payment_delay_max_days": self.delay_max,
            "invoices_paid_late": self.invoices_paid_late,
            "invoices_paid": self.invoices_paid,
            "payment_methods": self.payment_methods,
            "failed_payments": self.failed_payments,
            "channels_consented": [c for c in self.channels_consented if c not in self.channels_opted_out],
            # refused in words, revoked, or a wrong number: never to be used by anyone acting on this customer
            "channels_refused": list(self.channels_opted_out),
            "channel_responsiveness": self.responsiveness(),
            # the local hours the customer asked to be contacted in ("me liga depois das 18h"), within the law's
            "contact_hours": list(self.contact_hours) if self.contact_hours else None,
            # what the customer said they can pay a month ("só consigo 100 por mês"): no offer asks more of them
            "said_affordable_monthly": self.said_affordable[0] if self.said_affordable else None,
            # the day they said they will pay by ("vou pagar sexta"): no collection before it
            "said_promise_date": self.said_promise[0] if self.said_promise else None,
            "promises_made": self.promises_made,
            "promises_kept": self.promises_kept,
            "promises_broken": self.promises_broken,
            "open_promises": len(self.promises),
            "open_agreements": len(self.agreements),
            "complaints": self.complaints,
            "hold": self.hold_view(),
            "anomaly": self.anomaly,
            "reasons": [{"feature": f, "contribution": c} for f, c in self.reasons],
            "updated_at": format_time(self.clock_ts) if self.clock_ts else None,
        }


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(CustomerProfile)
