"""How each event type changes a customer's profile (pure functions, no I/O).

Every handler takes the profile, the event's ``data`` and its time (POSIX seconds) and mutates the
profile in place. Handlers are idempotent on the business ids they carry (a payment id, an invoice
id), on top of the per-event-id de-duplication in :mod:`online_models.core`, so that an upstream
re-send with a fresh event id does not count money twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from online_models.behaviour import PUNCTUAL_MAX_DELAY, early_change, milestone_crossed, observe_delay
from online_models.clock import days_between, local_date, local_midnight, next_local_midnight, parse_date
from online_models.profile import (
    CENT,
    DELIVERED,
    LABEL_GRACE_DAYS,
    MAX_OPEN_ITEMS,
    NEAR_DUE_DAYS,
    READ,
    RECENT_DELAYS,
    RECENT_PAYMENTS,
    REPLIED,
    RPC,
    SENT,
    CustomerProfile,
)

Handler = Callable[[CustomerProfile, dict[str, Any], float], None]
SAME_REQUEST_S = 2 * 86400.0  # a request for a person said again this soon after a handoff is the same request
HOLD_FLAGS = {"not_mine": "dispute", "already_paid": "dispute", "fraud": "fraud"}  # text flag -> kind of hold
DISPOSITION_HOLDS = {"debt_not_recognized": "not_mine", "already_paid": "already_paid", "fraud_suspected": "fraud"}
NEGOTIATION_PAGES = ("negoti", "acordo", "boleto", "second_copy", "segunda_via", "debt", "divida")
UNANSWERED_CALLS = ("no_answer", "busy", "voicemail")
# the channels that reach the customer's phone number: one that answers as someone else's is used for none
PHONE_CHANNELS = ("human_call", "voicebot", "sms", "whatsapp")


# --- profile and consent --------------------------------------------------------------------------
def on_customer_fields(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    for name in ("birth_year", "state", "preferred_channel"):
        if name in data:
            setattr(p, name, data[name])
    if "channels_consented" in data:
        p.channels_consented = list(data["channels_consented"])
        p.channels_opted_out = [c for c in p.channels_opted_out if c not in p.channels_consented]


def on_consent_changed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    """Grant or revoke one channel (a wrong number revokes the phone's channels through it too)."""
    channel = data["channel"]
    granted, revoked = (p.channels_consented, p.channels_opted_out)
    if not data["granted"]:
        granted, revoked = revoked, granted
    if channel not in granted:
        granted.append(channel)
    if channel in revoked:
        revoked.remove(channel)


def on_customer_consent(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    """A ``consent.changed``: the customer's own act, so a revocation of a channel still in use is a refusal."""
    if not data["granted"] and data["channel"] not in p.channels_opted_out:
        note_refusal(p, ts)
    on_consent_changed(p, data, ts)


REFUSALS_KEPT = 3
SAME_REFUSAL_S = 86400.0  # refusals this close are one act ("nao me liga", then the CRM's revocation of the call)


def note_refusal(p: CustomerProfile, ts: float) -> None:
    """Remember when the customer refused channels: refusing one after another asks for less, not for the next one
    (``Decider`` pauses collection; a wrong number is no refusal: the customer did not speak)."""
    if p.refusals and abs(ts - p.refusals[-1]) < SAME_REFUSAL_S:
        return
    p.refusals = sorted([*p.refusals, ts])[-REFUSALS_KEPT:]


# --- money ----------------------------------------------------------------------------------------
def _settle_invoice(p: CustomerProfile, invoice_id: str, paid_ts: float) -> None:
    _amount, _remaining, due, _issued = p.invoices.pop(invoice_id)
    delay = days_between(parse_date(due), paid_ts, p.state)
    p.invoices_paid += 1
    if delay > 0:
        p.invoices_paid_late += 1
    p.delay_n += 1
    p.delay_mean += (delay - p.delay_mean) / p.delay_n
    p.delay_max = max(p.delay_max, delay)
    p.recent_delays.append(delay)
    del p.recent_delays[:-RECENT_DELAYS]
    pending = p.pending_labels.get(invoice_id)
    if pending is not None:  # the outcome of a scored invoice is known
        if delay > LABEL_GRACE_DAYS:
            del p.pending_labels[invoice_id]
            _label(p, invoice_id, pending, 1)
        else:  # paid in time: learnt when the grace period ends, with the defaults of the same days
            pending[0] = "paid:" + pending[0]
    if delay <= PUNCTUAL_MAX_DELAY:
        p.change_open = False  # back to paying on time: a later change is news again
    if not invoice_id.startswith("reversal:") and invoice_id not in p.disputed:  # a dispute says why it was late
        observe_delay(p, delay, paid_ts)


def near_due_wake(p: CustomerProfile, due: date) -> float:
    """When an invoice due on ``due`` is scored again (the start of the customer's local day)."""
    return local_midnight(due - timedelta(days=NEAR_DUE_DAYS), p.state)


def wake_no_later_than(p: CustomerProfile, ts: float) -> None:
    """Have the clock wake the customer at ``ts`` if it is in the future and earlier than planned."""
    if ts > p.clock_ts and (p.wake_ts is None or ts < p.wake_ts):
        p.wake_ts = ts


def _label(p: CustomerProfile, invoice_id: str, pending: list, label: int) -> None:
    """Queue an invoice's outcome for the risk models: once for its snapshot at issue, once for near due."""
    p.label_queue.append([pending[1], label, pending[2], invoice_id, "issue"])
    if len(pending) == 5:
        p.label_queue.append([pending[3], label, pending[4], invoice_id, "near_due"])


def _apply_money(p: CustomerProfile, amount: float, ts: float, invoice_id: str | None = None) -> float:
    """Pay the named invoice first, then the oldest due; return what is left over."""
    order = sorted(p.invoices, key=lambda i: (i != invoice_id, p.invoices[i][2]))
    for inv_id in order:
        if amount <= CENT:
            break
        invoice = p.invoices[inv_id]
        paid = min(invoice[1], amount)
        invoice[1] = round(invoice[1] - paid, 2)
        amount = round(amount - paid, 2)
        if invoice[1] <= CENT:
            _settle_invoice(p, inv_id, ts)
    return amount


def _credit_promises(p: CustomerProfile, amount: float, paid_ts: float) -> None:
    """Count a payment toward the promises it falls within (by event time, whatever the reading order)."""
    for promise_id, promise in list(p.promises.items()):
        if promise[3] > paid_ts or paid_ts >= local_midnight(parse_date(promise[1]) + timedelta(days=1), p.state):
            continue  # paid before the promise was made, or after its date
        promise[2] = round(promise[2] + amount, 2)
        if promise[2] + CENT >= promise[0]:
            p.promises_kept += 1
            del p.promises[promise_id]


def on_invoice_issued(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    invoice_id = data["invoice_id"]
    if invoice_id in p.invoices or invoice_id in p.cancelled:
        return
    amount = float(data["amount"])
    p.invoices[invoice_id] = [amount, amount, data["due_date"], ts]
    p.invoices_issued += 1
    if len(p.invoices) > MAX_OPEN_ITEMS:  # bound state: fold the two oldest debts into one
        oldest, second = sorted(p.invoices, key=lambda i: p.invoices[i][2])[:2]
        a, b = p.invoices.pop(oldest), p.invoices[second]
        p.invoices[second] = [a[0] + b[0], round(a[1] + b[1], 2), a[2], a[3]]
    if p.credit > CENT:
        p.credit = _apply_money(p, p.credit, p.credit_ts or ts, invoice_id)


def on_payment_received(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    payment_id = data["payment_id"]
    if payment_id in p.recent_payments:
        return
    amount = float(data["amount"])
    p.recent_payments[payment_id] = [amount, ts]
    if len(p.recent_payments) > RECENT_PAYMENTS:
        del p.recent_payments[next(iter(p.recent_payments))]
    p.payments += 1
    p.paid_total = round(p.paid_total + amount, 2)
    method = data["method"]
    p.payment_methods[method] = p.payment_methods.get(method, 0) + 1
    left = _apply_money(p, amount, ts, data.get("invoice_id"))
    if left > CENT:
        p.credit, p.credit_ts = round(p.credit + left, 2), ts
    _credit_promises(p, amount, ts)


def on_payment_failed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    p.failed_payments += 1


def on_payment_reversed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    payment_id = data["payment_id"]
    if p.recent_payments.get(payment_id, [0.0])[0] < 0:
        return  # already reversed
    amount = float(data["amount"])
    p.recent_payments[payment_id] = [-amount, ts]
    p.reversed_payments += 1
    p.paid_total = round(max(p.paid_total - amount, 0.0), 2)
    if p.credit >= amount:
        p.credit = round(p.credit - amount, 2)
        return
    owed, p.credit = round(amount - p.credit, 2), 0.0
    p.invoices[f"reversal:{payment_id}"] = [owed, owed, local_date(ts, p.state).isoformat(), ts]


def on_agreement_created(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    agreement_id = data["agreement_id"]
    if agreement_id in p.agreements or len(p.agreements) >= MAX_OPEN_ITEMS:
        return
    p.agreements[agreement_id] = [float(data["total"]), int(data["installments"]), data["first_due_date"]]
    p.agreements_created += 1


def on_agreement_broken(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    if p.agreements.pop(data["agreement_id"], None) is not None:
        p.agreements_broken += 1


def on_promise_made(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    promise_id = data["promise_id"]
    if promise_id in p.promises or len(p.promises) >= MAX_OPEN_ITEMS:
        return
    p.promises[promise_id] = [float(data["amount"]), data["due_date"], 0.0, ts]
    p.promises_made += 1
    for amount, paid_ts in list(p.recent_payments.values()):  # paid after the promise, but read before it
        if amount > 0 and paid_ts >= ts and promise_id in p.promises:
            _credit_promises(p, amount, paid_ts)


# --- journey --------------------------------------------------------------------------------------
def _engaged(p: CustomerProfile, ts: float) -> None:
    if p.last_engagement_ts is None or ts > p.last_engagement_ts:
        p.last_engagement_ts = ts


def _count(p: CustomerProfile, channel: str, slot: int) -> None:
    counters = p.channels.setdefault(channel, [0, 0, 0, 0, 0])
    counters[slot] += 1


def on_session_started(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    p.sessions += 1
    _engaged(p, ts)


def on_page_viewed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    p.page_views += 1
    page = data["page"].lower()
    if any(word in page for word in NEGOTIATION_PAGES):
        p.negotiation_views += 1
    _engaged(p, ts)


def _message(slot: int) -> Handler:
    def handle(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
        _count(p, data["channel"], slot)
        if slot in (READ, REPLIED):
            _engaged(p, ts)
        if slot == REPLIED:
            p.inbound_messages += 1

    return handle


def on_chat_message(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    if data["direction"] == "inbound" and data.get("author", "customer") == "customer":
        p.inbound_messages += 1
        _engaged(p, ts)


def on_call_completed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    channel = "voicebot" if data.get("by") == "voicebot" else "human_call"
    outcome = data["outcome"]
    if data.get("direction", "outbound") == "outbound":
        _count(p, channel, SENT)
    if outcome == "right_party":
        p.calls_right_party += 1
        _count(p, channel, RPC)
        _engaged(p, ts)
    elif outcome in UNANSWERED_CALLS:
        p.calls_unanswered += 1
    elif outcome == "wrong_number":  # another person's phone: calling or texting it again tells them of the debt
        for phone_channel in PHONE_CHANNELS:  # until the CRM lists them again (customer.updated), for a new number
            on_consent_changed(p, {"channel": phone_channel, "granted": False}, ts)


def on_contact_disposition(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    p.last_reason_code = data["reason_code"]
    p.predicted_reason = data["reason_code"]
    flag = DISPOSITION_HOLDS.get(data["reason_code"])
    if flag is not None:  # the attendant heard a dispute or a fraud claim
        place_hold(p, HOLD_FLAGS[flag], f"tabulated {data['reason_code']}", ts)


def on_handoff_requested(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    if data.get("channel"):
        p.reply_channel = data["channel"]
    ask_for_human(p, ts)


def ask_for_human(p: CustomerProfile, ts: float) -> None:
    """Open a request for a person, unless this is one more message of a request already open or just answered.

    A request stays open until vigia hands the customer over (``handoff_ts``), however long that takes.
    """
    if p.handoff_requested_ts is not None and (p.handoff_ts is None or p.handoff_ts < p.handoff_requested_ts):
        return  # the same request, still waiting for its handoff
    if p.handoff_ts is not None and 0 <= ts - p.handoff_ts <= SAME_REQUEST_S:
        return  # said again just after the handoff: a person already has it
    p.handoff_requested_ts = ts


def place_hold(p: CustomerProfile, kind: str, why: str, ts: float) -> None:
    """Put the customer's collection on hold until a person resolves the case (a fraud claim outranks a dispute)."""
    p.disputed = (p.disputed + [i for i in p.invoices if i not in p.disputed])[-MAX_OPEN_ITEMS:]
    if p.hold is None:
        p.hold = [kind, ts, why]
    elif kind == "fraud" and p.hold[0] != "fraud":
        p.hold = [kind, p.hold[1], why]


def on_case_resolved(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    """A person resolved the dispute or fraud claim: collection resumes, or the debt is cancelled."""
    p.hold = None
    for flag in HOLD_FLAGS:
        p.flags.pop(flag, None)
    if data["outcome"] == "debt_cancelled":
        for invoice_id in data.get("invoice_ids") or list(p.invoices):
            p.invoices.pop(invoice_id, None)
            p.pending_labels.pop(invoice_id, None)  # an undue debt is no default to learn from
            if invoice_id not in p.cancelled:  # named, it stays cancelled if its invoice.issued is read later
                p.cancelled.append(invoice_id)
        del p.cancelled[:-MAX_OPEN_ITEMS]


def on_offer(accepted: bool | None) -> Handler:
    def handle(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
        if accepted is True:
            p.offers_accepted += 1
        elif accepted is False:
            p.offers_rejected += 1

    return handle


def on_complaint_filed(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    p.complaints += 1
    if p.last_complaint_ts is None or ts > p.last_complaint_ts:
        p.last_complaint_ts = ts


def on_clock_tick(p: CustomerProfile, data: dict[str, Any], ts: float) -> None:
    """Nothing to record: the tick only moves the customer's clock (see :func:`advance`)."""


HANDLERS: dict[str, Handler] = {
    "customer.registered": on_customer_fields,
    "customer.updated": on_customer_fields,
    "consent.changed": on_customer_consent,
    "session.started": on_session_started,
    "page.viewed": on_page_viewed,
    "message.sent": _message(SENT),
    "message.delivered": _message(DELIVERED),
    "message.read": _message(READ),
    "message.replied": _message(REPLIED),
    "chat.message": on_chat_message,
    "call.completed": on_call_completed,
    "contact.disposition": on_contact_disposition,
    "handoff.requested": on_handoff_requested,
    "promise.made": on_promise_made,
    "offer.presented": on_offer(None),
    "offer.accepted": on_offer(True),
    "offer.rejected": on_offer(False),
    "complaint.filed": on_complaint_filed,
    "invoice.issued": on_invoice_issued,
    "payment.received": on_payment_received,
    "payment.failed": on_payment_failed,
    "payment.reversed": on_payment_reversed,
    "agreement.created": on_agreement_created,
    "agreement.broken": on_agreement_broken,
    "case.resolved": on_case_resolved,
    "vigia.clock.tick": on_clock_tick,
}


def advance(p: CustomerProfile, ts: float) -> None:
    """Move the customer's clock to ``ts`` (never back) and settle what time alone changes.

    Days past due are derived here, from the oldest open invoice against the customer's local date,
    so they grow as event time passes a due date even when nobody says so. A promise whose date has
    passed unpaid is broken. ``wake_ts`` says when the clock alone will next change the profile.
    """
    p.clock_ts = max(p.clock_ts, ts)
    today = local_date(p.clock_ts, p.state)
    for promise_id, promise in list(p.promises.items()):
        if parse_date(promise[1]) < today:
            p.promises_broken += 1
            del p.promises[promise_id]
    overdue = [((today - parse_date(inv[2])).days, i) for i, inv in p.invoices.items() if inv[1] > CENT]
    before, p.days_past_due = p.days_past_due, max([d for d, _i in overdue if d > 0], default=0)
    # a disputed debt left unpaid is no change of behaviour: the dispute says why
    disputed = p.hold is not None or any(i in p.disputed for d, i in overdue if d == p.days_past_due > 0)
    crossed = milestone_crossed(before, p.days_past_due)
    if not disputed and not early_change(p, before, p.clock_ts) and crossed is not None and p.delay_n:
        observe_delay(p, crossed, p.clock_ts)  # with no invoice settled yet there is no usual delay to change from
    wakes = []
    for invoice_id, pending in list(p.pending_labels.items()):
        paid = pending[0].startswith("paid:")
        due = parse_date(pending[0][5:] if paid else pending[0])
        if (today - due).days > LABEL_GRACE_DAYS:
            if paid or invoice_id in p.invoices:  # (neither: folded away, no label)
                _label(p, invoice_id, pending, 0 if paid else 1)
            del p.pending_labels[invoice_id]
        elif paid:
            wakes.append(local_midnight(due + timedelta(days=LABEL_GRACE_DAYS + 1), p.state))
        elif len(pending) == 3:  # wake when the due date nears, for the second snapshot
            wakes.append(near_due_wake(p, due))
    p.max_days_past_due = max(p.max_days_past_due, p.days_past_due)
    wakes += [local_midnight(parse_date(inv[2]) + timedelta(days=1), p.state) for inv in p.invoices.values()]
    wakes += [local_midnight(parse_date(pr[1]) + timedelta(days=1), p.state) for pr in p.promises.values()]
    if p.days_past_due:
        wakes.append(next_local_midnight(p.clock_ts, p.state))
    future = [w for w in wakes if w > p.clock_ts]
    p.wake_ts = min(future) if future else None
