"""Builders of CloudEvents for the tests."""

from __future__ import annotations

from typing import Any

import orjson

PAYMENT_TYPES = ("invoice.", "payment.", "agreement.")


def event(event_type: str, data: dict[str, Any], when: str, subject: str = "c1", event_id: str | None = None) -> dict:
    """A CloudEvent; ``when`` is an RFC 3339 time (offset required)."""
    return {
        "specversion": "1.0",
        "id": event_id or f"{event_type}:{subject}:{when}:{sorted(data.items())}",
        "source": "urn:test",
        "type": event_type,
        "time": when,
        "subject": subject,
        "data": data,
    }


def family(event_type: str) -> str:
    return "payment" if event_type.startswith(PAYMENT_TYPES) else "journey"


def raw(ev: dict) -> bytes:
    return orjson.dumps(ev)
