"""One step of vigia: decode an input, update the customer's profile, decide what to publish.

:meth:`Core.step` is the whole of the processing. The Faust agent calls it with its changelog-backed
table as the store; the offline replay calls it with a dict. Neither adds logic of its own, so both
produce the same outputs from the same input.

>>> core, store = Core(), {}
>>> raw = (b'{"specversion":"1.0","id":"e1","source":"billing","type":"invoice.issued",'
...        b'"time":"2026-03-01T09:00:00-03:00","subject":"c1",'
...        b'"data":{"invoice_id":"i1","amount":120.0,"due_date":"2026-03-10"}}')
>>> core.step(store, raw, Origin("vigia.payment.events", "payment", key="c1")).status
'processed'
>>> core.step(store, raw, Origin("vigia.payment.events", "payment", key="c1")).status
'duplicate'
>>> core.step(store, b"not json", Origin("vigia.payment.events", "payment", key="c1")).reason
'malformed_json'
>>> CustomerProfile.from_bytes(store["c1"]).open_balance
120.0
"""

from __future__ import annotations

import copy
import hashlib
import logging
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from online_models import text
from online_models.amounts import affordable_amount
from online_models.answers import answered_amount, answered_day, asks_about_paying
from online_models.behaviour import CHANGE_MEMORY_S
from online_models.clock import format_time, local_date, parse_date, parse_time
from online_models.decisions import HUMAN_REASONS, UNREAD
from online_models.features import pack, risk_features, unpack
from online_models.hours import asked_hours
from online_models.kpis import Snapshot, snapshot
from online_models.models import ModelSet, ModelSettings
from online_models.outputs import Output, cloudevent, dead_letter, output_id
from online_models.profile import CHANNELS, NEAR_DUE_DAYS, CustomerProfile
from online_models.promises import promised_date
from online_models.refusals import (
    asks_about_contact,
    may_refuse,
    refused_channels,
    refused_in_answer,
    refused_in_answers,
)
from online_models.risk import RULES
from online_models.rules import MODEL_NAME, Bands, band_for, rule_features, rule_score
from online_models.speech import answers, customer_speech, unquoted
from online_models.transitions import (
    DISPOSITION_HOLDS,
    HANDLERS,
    HOLD_FLAGS,
    advance,
    ask_for_human,
    near_due_wake,
    on_customer_consent,
    place_hold,
    wake_no_later_than,
)
from schemas.validation import DEFAULT_MAX_EVENT_BYTES, Contract, InvalidEvent

log = logging.getLogger(__name__)
TICK_TYPE = "vigia.clock.tick"
FORGET_TYPE = "vigia.customer.forget"  # erasure (LGPD art. 18): the profile is deleted, nothing is learnt
TEXT_FIELDS = {"chat.message": "text", "message.replied": "text", "call.completed": "transcript",
               "complaint.filed": "text"}  # fmt: skip
DECISION_EVENTS = frozenset({TICK_TYPE, "handoff.requested", "invoice.issued", "complaint.filed", "contact.disposition",
                             "case.resolved"})  # fmt: skip
ASKED_RECENTLY_S = 86400.0  # a tabulation this soon after a request for a person does not teach "no request"
# Four inputs in five; they move the risk little. Rescored when they cross a day past due or a change.
UNSCORED_EVENTS = frozenset({"session.started", "page.viewed"})
MAX_WORDS = 40
ANSWERED_WITHIN_S = 86400.0  # a customer's message this soon after a bot's question about contact may answer it
QUESTION_CHARS = 240  # of a bot's question kept until the customer's next message
# said to a robot (chat, a reply, a voicebot's call): what vigia cannot read goes to a person (one on a call heard it)
UNREAD_CHECKED = frozenset({"chat.message", "message.replied"})
Status = Literal["processed", "duplicate", "dead_letter"]


@dataclass(frozen=True, slots=True)
class TimeBounds:
    """Event times vigia accepts: nothing before ``earliest``, nothing far ahead of its partition's progress and
    of the wall clock, nothing far behind its partition's progress. An event outside is dead-lettered
    (``time_out_of_range``) and moves no clock, so one bad timestamp cannot poison a partition."""

    max_ahead_s: float = 86400.0  # ahead of max(partition progress, wall clock)
    max_behind_s: float = 400 * 86400.0  # behind the partition's progress
    earliest: float = 946684800.0  # 2000-01-01T00:00:00Z

    def check(self, ts: float, progress: float, now: float) -> str | None:
        """Why ``ts`` is out of range (None: it is not)."""
        if ts < self.earliest:
            return f"before {format_time(self.earliest)} (VIGIA_EARLIEST_EVENT_TIME)"
        if ts > max(progress, now) + self.max_ahead_s:
            return (f"more than {self.max_ahead_s:.0f} s ahead of its partition's progress and of the clock "
                    "(VIGIA_MAX_AHEAD_S)")  # fmt: skip
        if progress and ts < progress - self.max_behind_s:
            return f"more than {self.max_behind_s:.0f} s behind its partition's progress (VIGIA_MAX_BEHIND_S)"
        return None


@dataclass(frozen=True, slots=True)
class CoreSettings:
    """What the core's behaviour depends on; :mod:`streams.settings` fills it from the environment."""

    bands: Bands = field(default_factory=Bands)
    max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
    models: ModelSettings = field(default_factory=ModelSettings)
    time_bounds: TimeBounds = field(default_factory=TimeBounds)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an input came from: its topic, the topic's family (journey, payment, internal) and position."""

    topic: str
    family: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    safe_time: float | None = None  # the customer's clock moves no further (see online_models.merge)
    keyed: bool = False  # a Kafka topic: the message must carry the customer id as its key
    expected_partition: int | None = None  # where the default (murmur2) partitioner puts this key


@dataclass(slots=True)
class StepResult:
    """What one step did: its status, what to publish, and the profile it left (when there is one)."""

    status: Status
    outputs: list[Output] = field(default_factory=list)
    event_type: str | None = None
    customer_id: str | None = None
    reason: str | None = None
    profile: CustomerProfile | None = None
    created: bool = False  # the event created the customer's profile
    size: int = 0  # bytes of the stored profile
    event_ts: float | None = None  # the input's event time
    erased: bool = False  # a vigia.customer.forget deleted the customer's profile
    before: Snapshot | None = None  # the profile's counted figures before the step (online_models.kpis)


def forget(customer_id: str, ts: float, requested_by: str = "") -> bytes:
    """The internal event that erases one customer (``vigia forget``)."""
    data = {"requested_by": requested_by} if requested_by else {}
    return orjson.dumps({"specversion": "1.0", "id": f"{FORGET_TYPE}:{customer_id}:{ts}", "source": "urn:vigia:admin",
                         "type": FORGET_TYPE, "time": format_time(ts), "subject": customer_id, "data": data})


def tick_event(customer_id: str, ts: float) -> dict[str, Any]:
    """The internal event that moves one customer's clock to ``ts`` (one per customer and local day), decoded.

    A tick made by the worker's clock or the replay is handed to :meth:`Core.step` as it is: parsing and
    validating what was made here a moment ago cost about a twentieth of a replay.
    """
    return {
        "specversion": "1.0",
        "id": f"{TICK_TYPE}:{customer_id}:{local_date(ts, None).isoformat()}",
        "source": "urn:vigia:clock",
        "type": TICK_TYPE,
        "time": format_time(ts),
        "subject": customer_id,
        "data": {},
    }


def clock_tick(customer_id: str, ts: float) -> bytes:
    """:func:`tick_event` as a message (for the clock topic, and the journal)."""
    return orjson.dumps(tick_event(customer_id, ts))


class Core:
    """The pure processor. It keeps no per-customer state of its own: that lives in ``store``."""

    def __init__(self, settings: CoreSettings | None = None, now: Callable[[], float] = time.time,
                 start_from: ModelSet | None = None, keep_decoded: bool = False,
                 figures_before: bool = True) -> None:  # fmt: skip
        """``keep_decoded``: keep each profile this core wrote, decoded, and step it again while the store still
        holds those very bytes (the replay's dict does; the worker's table returns new bytes each read). It
        saves a decode per step (a replay of 2,000 customers x 60 days: 8,300 -> 9,300 events/s) for the memory
        of one decoded profile per customer (about 7 KB: 20,000 customers, 140 MB).
        A profile handed out in a ``StepResult`` is then the one the customer's next step changes.
        ``figures_before``: hand out each step's ``before`` (the worker counts the portfolio's figures by it;
        the replay counts none)."""
        self.settings = settings or CoreSettings()
        self._decoded: dict[str, tuple[bytes, CustomerProfile]] | None = {} if keep_decoded else None
        self.figures_before = figures_before
        self.start_from = start_from  # models trained from history: each partition starts from a copy
        self.contract = Contract(self.settings.max_event_bytes)
        self.watermark = 0.0  # the latest event time accepted: dead letters are stamped with it
        self.progress: dict[int | None, float] = {}  # the latest event time accepted per partition
        self.now = now  # the wall clock, read only to refuse event times far in the future
        self.models: dict[int | None, ModelSet] = {}

    def models_for(self, partition: int | None) -> ModelSet:
        """The models of one partition (created on first use)."""
        models = self.models.get(partition)
        if models is None:
            if self.start_from is not None:
                models = copy.deepcopy(self.start_from)
                models.adopt(self.settings.models)
            else:
                models = ModelSet(self.settings.models)
            self.models[partition] = models
        return models

    def restore(self, partition: int, models: ModelSet) -> bool:
        """Adopt a partition's models from a checkpoint (False: they do not fit today's settings)."""
        if not models.adopt(self.settings.models):
            return False
        self.models[partition] = models
        return True

    def step(self, store: MutableMapping[str, bytes], raw: bytes | None, origin: Origin,
             made: dict[str, Any] | None = None) -> StepResult:  # fmt: skip
        """Process one raw input; never raises (bad input, and any failure, becomes a dead letter).

        ``made``: the input already decoded, for a tick made in this process (:func:`tick_event`); ``raw``
        is then its bytes or None. Anything read from a topic or a file comes as ``raw`` alone.
        """
        try:
            return self._step(store, raw, origin, made)
        except Exception as err:  # whatever failed, the input is accounted for
            log.exception("step failed on %s partition %s offset %s", origin.topic, origin.partition, origin.offset)
            return self._dead(raw or b"", origin, "processing_error", f"{type(err).__name__}: {err}")

    def _profile(self, customer_id: str, blob: bytes | None) -> CustomerProfile:
        """The customer's profile as stored (new when none is). A kept decoded one is taken out while the step
        runs, so a step that fails half-way leaves the store's bytes to be decoded again, not its changes."""
        kept = self._decoded.pop(customer_id, None) if self._decoded is not None else None
        if not blob:
            return CustomerProfile(customer_id=customer_id)
        if kept is not None and kept[0] is blob:
            return kept[1]
        return CustomerProfile.from_bytes(blob)

    def _refused(self, raw: bytes | None, origin: Origin) -> StepResult | None:
        """A dead letter for an input that is no event of a customer at all (None: it may be one)."""
        if not raw:
            return self._dead(b"", origin, "empty_message", "the message has no value (a tombstone?): send one "
                              "CloudEvent as a JSON object; to erase a customer use `vigia forget`")  # fmt: skip
        if origin.keyed and not origin.key:
            return self._dead(raw, origin, "key_missing", "the message has no Kafka key: key every message by the "
                              "customer id (the CloudEvent subject)")  # fmt: skip
        if origin.expected_partition is not None and origin.partition != origin.expected_partition:
            return self._dead(raw, origin, "wrong_partition",
                              f"key {origin.key!r} belongs on partition {origin.expected_partition}, not "
                              f"{origin.partition}: produce with the murmur2 partitioner (Java clients' default; "
                              "confluent-kafka and kcat need partitioner=murmur2_random)")  # fmt: skip
        return None

    def _step(self, store: MutableMapping[str, bytes], raw: bytes | None, origin: Origin,
              made: dict[str, Any] | None = None) -> StepResult:  # fmt: skip
        if made is not None and made["type"] == TICK_TYPE:
            event, ts = made, event_time(made["time"])
            raw = raw or orjson.dumps(made)  # for a dead letter
        else:
            refused = self._refused(raw, origin)
            if refused is not None:
                return refused
            try:
                event = self.contract.decode(raw, origin.key, origin.family)
                ts = event_time(event["time"])
            except InvalidEvent as err:
                return self._dead(raw, origin, err.reason, err.message)
        out_of_range = self.settings.time_bounds.check(ts, self.progress.get(origin.partition, 0.0), self.now())
        if out_of_range is not None:
            return self._dead(raw, origin, "time_out_of_range", f"event time {event['time']} is {out_of_range}: "
                              "send the time the event happened, as RFC 3339 with an offset")  # fmt: skip
        customer_id, event_type = event["subject"], event["type"]
        if event_type == FORGET_TYPE:
            erased = store.pop(customer_id, None) is not None
            if self._decoded is not None:
                self._decoded.pop(customer_id, None)
            return StepResult("processed", event_type=event_type, customer_id=customer_id, erased=erased)
        blob = store.get(customer_id)
        profile = self._profile(customer_id, blob)
        if event_type != TICK_TYPE:
            seen = profile.remember(event["id"], _content_digest(event))
            if seen == "duplicate":
                return StepResult("duplicate", event_type=event_type, customer_id=customer_id)
            if seen == "conflict":
                return self._dead(raw, origin, "id_conflict", f"event id {event['id']!r} was already processed with "
                                  "other content: give every event its own id (a re-send keeps id and content)")
        if ts > self.progress.get(origin.partition, 0.0):
            self.progress[origin.partition] = ts
        self.watermark = max(self.watermark, ts)
        before = snapshot(profile) if blob and self.figures_before else None
        try:
            change_before, overdue_before, hold_before = profile.change_ts, profile.days_past_due, profile.hold
            HANDLERS[event_type](profile, event["data"], ts)
            if origin.partition is not None and origin.family != "internal":
                profile.partition = origin.partition
            advance(profile, ts if origin.safe_time is None else min(ts, origin.safe_time))
            at = max(profile.clock_ts, ts)  # a clock held behind its input dates nothing it sends before the input
            models = self.models_for(profile.partition)
            if profile.pending_labels:
                self._near_due(profile, models)
            self._read(profile, event_type, event["data"], ts, models)
            self._learn(profile, models)
            changed = profile.change_ts != change_before or profile.hold != hold_before
            if event_type in UNSCORED_EVENTS and profile.band is not None and not changed \
                    and profile.days_past_due == overdue_before:  # fmt: skip
                outputs = []  # the score stands until the next payment, message, invoice or clock tick
            else:
                outputs = self.evaluate(profile, event["id"], models, changed=changed, at=at)
            if event_type == "invoice.issued":
                self._snapshot(profile, event["data"], models)
                profile.anomaly = models.anomaly.score_learn(profile)
                models.segments.learn(profile)
            models.observe(profile, event_type, event["data"])
            decider = models.decider_for(profile)
            withdrawn = decider.withdraw(profile)
            if outputs or event_type in DECISION_EVENTS or (event_type in TEXT_FIELDS and profile.flags):
                trigger = decider.decide(profile, event["id"], at)
                if trigger is not None:
                    outputs.append(cloudevent("trigger", "vigia.outreach.requested", trigger["outreach_id"],
                                              customer_id, at, trigger))  # fmt: skip
            for outreach, reason in withdrawn:  # on the triggers' topic and key: after the trigger it withdraws
                outputs.append(cloudevent("withdrawal", "vigia.outreach.withdrawn",
                                          output_id(event["id"], f"withdraw:{outreach}"), customer_id, at,
                                          {"outreach_id": outreach, "reason": reason,
                                           "triggered_by": event["id"]}))  # fmt: skip
        except Exception as err:  # a bug must not stop the stream: park the input with its reason
            log.exception("processing failed for customer %s on %s", customer_id, event_type)
            result = self._dead(raw, origin, "processing_error", f"{type(err).__name__}: {err}")
            result.customer_id, result.event_type = customer_id, event_type
            return result
        blob_out = profile.to_bytes()
        store[customer_id] = blob_out
        if self._decoded is not None:
            self._decoded[customer_id] = (blob_out, profile)
        return StepResult(
            "processed",
            outputs,
            event_type,
            customer_id,
            profile=profile,
            created=blob is None,
            size=len(blob_out),
            event_ts=ts,
            before=before,
        )

    def _read(self, p: CustomerProfile, event_type: str, data: dict, ts: float, models: ModelSet) -> None:
        """Read reasons and signals from what the customer wrote or said; learn from tabulations and handoffs."""
        if event_type == "contact.disposition":
            if p.recent_words:
                models.reason_checked += 1
                models.reason_hits += models.reasons.predict(p.recent_words) == data["reason_code"]
                models.reasons.learn(p.recent_words, data["reason_code"])
                said = DISPOSITION_HOLDS.get(data["reason_code"])
                for flag in HOLD_FLAGS:
                    models.flags.learn(p.last_message, flag, flag == said)
                asked = p.handoff_requested_ts is not None and ts - p.handoff_requested_ts <= ASKED_RECENTLY_S
                if not asked:
                    models.flags.learn(p.last_message, "wants_human", False)
            return
        if event_type == "handoff.requested":
            p.flags["wants_human"] = ts
            models.flags.learn(p.last_message, "wants_human", True)
            return
        name = TEXT_FIELDS.get(event_type)
        said = data.get(name) if name else None
        if said and event_type == "call.completed":  # a call's direction says who called, not who spoke
            said = customer_speech(said)
        elif data.get("direction", "inbound") != "inbound" or data.get("author", "customer") != "customer":
            if event_type == "chat.message":  # the bot's last message: "deseja continuar recebendo...?"
                p.asked = [ts, said[:QUESTION_CHARS]] if said and asks_about_contact(said) else None
                if said and p.asked is None and asks_about_paying(said):  # "quanto consegue pagar por mês?"
                    p.asked = [ts, said[-QUESTION_CHARS:]]
            return
        if not said:
            return
        # the bot's question this message may answer ("quanto consegue pagar?" "150")
        question = p.asked[1] if p.asked is not None and ts - p.asked[0] <= ANSWERED_WITHIN_S else None
        quoted = None
        if event_type != "call.completed":  # a reply's own lines, not the message it quotes ("> ...")
            quoted, said = unquoted(said)
        if data.get("channel") in CHANNELS:
            p.reply_channel = data["channel"]
        words = text.tokens(said)
        p.last_message = text.hashed(words)[-MAX_WORDS // 2 :]
        p.recent_words = (p.recent_words + p.last_message)[-MAX_WORDS:]
        # in a fixed order: a set's order changes with each process's string hashes, and so would the
        # profile's bytes and the reason a hold names (a worker and a replay must agree)
        read = text.flags(said) | models.flags.predict(p.last_message)
        refused = refused_channels(said, None if event_type == "call.completed" else data.get("channel"))
        if event_type == "call.completed":  # "deseja continuar recebendo mensagens por whatsapp?" "nao"
            refused |= refused_in_answers(data[name])
        elif quoted is not None:  # "> Para nao receber mais, responda PARAR" "PARAR"
            refused |= refused_in_answer(quoted, said, data.get("channel"))
            p.asked = None
        elif p.asked is not None:  # the same question asked in the chat, answered in the customer's next message
            if ts - p.asked[0] <= ANSWERED_WITHIN_S:
                refused |= refused_in_answer(p.asked[1], said, data.get("channel"))
            p.asked = None
        checked = event_type in UNREAD_CHECKED or (event_type == "call.completed" and data.get("by") == "voicebot")
        if not read and not refused and checked and (not text.routine(said) or may_refuse(said)):
            read = {UNREAD}  # a person reads what vigia could not (a refusal, maybe), before any robot collects again
        for flag in sorted(read):
            p.flags[flag] = ts
            if flag in HUMAN_REASONS:
                ask_for_human(p, ts)
            elif flag in HOLD_FLAGS:
                place_hold(p, HOLD_FLAGS[flag], flag, ts)
        for channel in sorted(refused):  # "parem de me ligar": as the customer's revoked consent (a refusal noted)
            on_customer_consent(p, {"channel": channel, "granted": False}, ts)
        hours = asked_hours(said)
        if hours is not None:  # "me liga depois das 18h": every contact from now on, within the legal window
            p.contact_hours = list(hours)
        today = local_date(ts, p.state)
        amount, promised = affordable_amount(said), promised_date(said, today)
        # a short answer to the question before it: the bot's last chat message, or the agent's turn in a call
        pairs = answers(data[name]) if event_type == "call.completed" else [(question, said)] if question else []
        for asked, answer in pairs:
            amount = answered_amount(asked, answer) if amount is None else amount
            promised = promised or answered_day(asked, answer, today)
        if amount is not None:  # "só consigo pagar 100 por mês": no offer asks more of them
            p.said_affordable = [amount, ts]
        if promised is not None:  # "vou pagar sexta": no collection contact before that day (a reminder on its eve)
            p.said_promise = [promised.isoformat(), ts]
        if p.last_reason_code is None:  # an attendant's tabulation outranks a guess from the text
            p.predicted_reason = models.reasons.predict(p.recent_words, words) or p.predicted_reason

    def _learn(self, p: CustomerProfile, models: ModelSet) -> None:
        for features, label, scores, _invoice_id, stage in p.label_queue:
            models.risk.learn(unpack(features), label, scores, stage)
        p.label_queue.clear()

    def _snapshot(self, p: CustomerProfile, data: dict, models: ModelSet) -> None:
        """Keep the features and every model's score of the moment an invoice is issued, until its outcome."""
        if data["invoice_id"] in p.invoices and len(p.pending_labels) < 12:
            p.pending_labels[data["invoice_id"]] = [data["due_date"], *self._scored_features(p, models)]
            wake_no_later_than(p, near_due_wake(p, parse_date(data["due_date"])))

    def _near_due(self, p: CustomerProfile, models: ModelSet) -> None:
        """Score an open invoice again when its due date is ``NEAR_DUE_DAYS`` away (kept with the first)."""
        today = None
        for invoice_id, pending in p.pending_labels.items():
            if len(pending) != 3 or invoice_id not in p.invoices:
                continue
            today = today or local_date(p.clock_ts, p.state)
            if 0 <= (parse_date(pending[0]) - today).days <= NEAR_DUE_DAYS:
                pending += self._scored_features(p, models)

    @staticmethod
    def _scored_features(p: CustomerProfile, models: ModelSet) -> list:
        """The packed features of this moment and every model's score of them, to wait for an outcome."""
        rule_values = rule_features(p)
        x = risk_features(p, rule_values)
        return [pack(x), models.risk.scores_at_issue(x, rule_score(p, rule_values)[0])]

    def evaluate(self, profile: CustomerProfile, triggered_by: str, models: ModelSet | None = None,
                 changed: bool = False, at: float | None = None) -> list[Output]:  # fmt: skip
        """Re-score the profile; a band change or a newly detected behaviour change is alerted, dated ``at``
        (by default the customer's clock)."""
        models = models or self.models_for(profile.partition)
        rule_values = rule_features(profile)
        rule, rule_reasons = rule_score(profile, rule_values)
        x = risk_features(profile, rule_values) if models.risk.active != RULES else {}
        name, score = models.risk.score(x, rule)
        previous = profile.band
        band = band_for(score, previous, self.settings.bands)
        profile.score, profile.model, profile.band = score, MODEL_NAME if name == RULES else name, band
        profile.segment = models.segments.assign(profile)
        if not changed and (band == previous or (previous is None and band == "low")):
            if name == RULES:
                profile.reasons = rule_reasons[:5]
            return []
        profile.reasons = rule_reasons[:5] if name == RULES else models.risk.explain(x, top=5)
        return [self._alert(profile, previous, triggered_by, profile.clock_ts if at is None else at)]

    def _alert(self, p: CustomerProfile, previous: str | None, triggered_by: str, at: float) -> Output:
        data: dict[str, Any] = {
            "score": p.score,
            "band": p.band,
            "previous_band": previous,
            "model": p.model,
            "reasons": [{"feature": f, "contribution": c} for f, c in p.reasons],
            "behaviour_change": p.change_ts is not None and p.clock_ts - p.change_ts <= CHANGE_MEMORY_S,
            "behaviour_change_explanation": p.change_why if p.change_ts is not None else None,
            "behaviour_change_since": format_time(p.change_ts) if p.change_ts is not None else None,
            "predicted_reason": p.predicted_reason,
            "triggered_by": triggered_by,
            "days_past_due": p.days_past_due,
            "segment": p.segment,
            "anomaly": p.anomaly,
            "hold": p.hold_view(),
        }
        event_id = output_id(triggered_by, "risk")
        return cloudevent("alert", "vigia.risk.changed", event_id, p.customer_id, at, data)

    def _dead(self, raw: bytes, origin: Origin, reason: str, message: str) -> StepResult:
        out = dead_letter(
            raw, reason, message, origin.topic, origin.partition, origin.offset, origin.key, self.watermark
        )
        return StepResult("dead_letter", [out], reason=reason)


def event_time(text: str) -> float:
    """The event's time in POSIX seconds; a time no calendar can hold is refused like any out-of-range time."""
    try:
        return parse_time(text)
    except (ValueError, OverflowError, OSError):
        raise InvalidEvent("time_out_of_range", f"event time {text!r} cannot be read: send RFC 3339 with an "
                           "offset, e.g. 2026-03-02T10:00:00-03:00") from None  # fmt: skip


def _content_digest(event: dict) -> str:
    """A short digest of an event's content (4 hex chars): tells a re-send from an id re-used for other content."""
    return hashlib.blake2b(orjson.dumps(event, option=orjson.OPT_SORT_KEYS), digest_size=2).hexdigest()
