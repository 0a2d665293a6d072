"""The CloudEvents vigia publishes, with ids derived from the input that caused them.

Deriving output ids (UUIDv5 of the input id) makes reprocessing idempotent downstream: the same
input always yields the same alert id, so a consumer that sees an id twice can drop the second.

>>> output_id("evt-1", "risk") == output_id("evt-1", "risk") != output_id("evt-2", "risk")
True
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from online_models.clock import format_time

SOURCE = "urn:vigia:core"
VIGIA_NAMESPACE = uuid.UUID("0d6c1b53-8a55-4f0b-9d59-3e8c5f0a7c11")
OutputKind = Literal["alert", "trigger", "withdrawal", "deadletter"]  # a withdrawal goes with the triggers


def output_id(input_id: str, purpose: str) -> str:
    return str(uuid.uuid5(VIGIA_NAMESPACE, f"{input_id}|{purpose}"))


@dataclass(frozen=True, slots=True)
class Output:
    """One message to publish: which stream it goes to, its Kafka key, its id and its bytes."""

    kind: OutputKind
    key: str | None
    id: str
    value: bytes

    def event(self) -> dict[str, Any]:
        return orjson.loads(self.value)


def cloudevent(kind: OutputKind, event_type: str, event_id: str, subject: str | None, ts: float, data: dict) -> Output:
    body = {
        "specversion": "1.0",
        "id": event_id,
        "source": SOURCE,
        "type": event_type,
        "time": format_time(ts),
        "datacontenttype": "application/json",
        "data": data,
    }
    if subject is not None:
        body["subject"] = subject
    return Output(kind, subject, event_id, orjson.dumps(body))


DEAD_LETTER_KEEP_BYTES = 64 * 1024  # a dead letter keeps at most this much of the original (the head)


def dead_letter(
    raw: bytes,
    reason: str,
    error: str,
    topic: str,
    partition: int | None,
    offset: int | None,
    key: str | None,
    ts: float,
) -> Output:
    """A dead letter keeps the original bytes (base64; the head only of a large one), its digest and where it came from.

    The head keeps the dead letter within any producer's message limit, so it can always be sent.
    """
    where = f"{topic}|{partition}|{offset}" if offset is not None else raw.hex()[:512]
    data = {
        "reason": reason,
        "error": error,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key,
        "original_base64": base64.b64encode(raw[:DEAD_LETTER_KEEP_BYTES]).decode(),
        "original_size": len(raw),
        "original_sha256": hashlib.sha256(raw).hexdigest(),
        "original_truncated": len(raw) > DEAD_LETTER_KEEP_BYTES,
    }
    return cloudevent("deadletter", "vigia.deadletter", output_id(where, "deadletter"), key, ts, data)
