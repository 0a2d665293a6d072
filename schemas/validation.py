"""Decode and validate incoming CloudEvents against the JSON Schemas in ``schemas/json``.

Why a compiled validator: every message is checked, so validation must cost microseconds, not
the ~100 µs of an interpreted validator. ``fastjsonschema`` turns each schema into Python code once.

>>> contract = Contract()
>>> event = contract.decode(
...     b'{"specversion":"1.0","id":"e1","source":"crm","type":"session.started",'
...     b'"time":"2026-03-02T10:00:00-03:00","subject":"c1","data":{"channel":"app"}}',
...     key="c1", family="journey")
>>> event["type"]
'session.started'
>>> try:
...     contract.decode(b'{"oops', key="c1", family="journey")
... except InvalidEvent as err:
...     err.reason
'malformed_json'
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson

SCHEMA_DIR = Path(__file__).parent / "json"
FAMILIES = ("journey", "payment", "internal", "output")
DEFAULT_MAX_EVENT_BYTES = 64 * 1024


class InvalidEvent(Exception):
    """An input that cannot be processed; ``reason`` is a stable code used in metrics and dead letters."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def schema_paths() -> dict[str, dict[str, Path]]:
    """Schema files by family and event type, e.g. ``{"payment": {"invoice.issued": Path}}``."""
    return {
        family: {p.name.removesuffix(".json"): p for p in sorted((SCHEMA_DIR / family).glob("*.json"))}
        for family in FAMILIES
    }


class Contract:
    """The compiled contract: one validator for the envelope, one per event type's ``data``."""

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self.max_event_bytes = max_event_bytes
        self._envelope = fastjsonschema.compile(_load(SCHEMA_DIR / "cloudevent.json"))
        self._family_of: dict[str, str] = {}
        self._data: dict[str, Callable[[Any], Any]] = {}
        for family, types in schema_paths().items():
            for event_type, path in types.items():
                self._family_of[event_type] = family
                self._data[event_type] = fastjsonschema.compile(_load(path))
        self._parsed: tuple[bytes, Any] | None = None

    def parse(self, raw: bytes) -> Any:
        """``orjson.loads(raw)``, kept for a :meth:`decode` of these very bytes that follows: the replay reads
        an event's type and subject before the core decodes it, and one parse serves both."""
        value = orjson.loads(raw)
        self._parsed = (raw, value)
        return value

    def family(self, event_type: str) -> str | None:
        """The family of the topic where ``event_type`` belongs (None: no such type)."""
        return self._family_of.get(event_type)

    @property
    def event_types(self) -> dict[str, str]:
        """Every known type and its family (journey, payment, internal, output)."""
        return dict(self._family_of)

    def decode(self, raw: bytes, key: str | None, family: str) -> dict[str, Any]:
        """Parse and validate one message from a topic of ``family``; raise :class:`InvalidEvent`."""
        if len(raw) > self.max_event_bytes:
            raise InvalidEvent(
                "oversize",
                f"message is {len(raw)} bytes, above the {self.max_event_bytes}-byte limit: "
                "send large texts truncated, or raise VIGIA_MAX_EVENT_BYTES",
            )
        parsed, self._parsed = self._parsed, None
        try:
            event = parsed[1] if parsed is not None and parsed[0] is raw else orjson.loads(raw)
        except orjson.JSONDecodeError as err:
            raise InvalidEvent(
                "malformed_json", f"not valid JSON ({err}): send one CloudEvent as a JSON object"
            ) from None
        if not isinstance(event, dict):
            raise InvalidEvent("malformed_json", "JSON is not an object: send one CloudEvent as a JSON object")
        self.validate(event, family)
        if key is not None and key != event["subject"]:
            raise InvalidEvent(
                "key_mismatch",
                f"Kafka key {key!r} differs from subject {event['subject']!r}: key every message by the customer id",
            )
        return event

    def validate(self, event: dict[str, Any], family: str) -> None:
        """Check the envelope, that the type belongs on this topic, and the type's ``data``."""
        try:
            self._envelope(event)
        except fastjsonschema.JsonSchemaValueException as err:
            raise InvalidEvent(
                "envelope_invalid", f"{err.message.replace('data', 'event', 1)}: see schemas/json/cloudevent.json"
            ) from None
        event_type = event["type"]
        expected = self._family_of.get(event_type)
        if expected is None:
            raise InvalidEvent(
                "unknown_type", f"unknown event type {event_type!r}: see schemas/json/{family}/ for the types"
            )
        if expected != family:
            raise InvalidEvent(
                "wrong_topic",
                f"type {event_type!r} arrived on the {family} topic: publish it to the {expected} topic",
            )
        try:
            self._data[event_type](event["data"])
        except fastjsonschema.JsonSchemaValueException as err:
            raise InvalidEvent(
                "data_invalid", f"{err.message} ({event_type}): see schemas/json/{family}/{event_type}.json"
            ) from None
