"""A small, deterministic stream of sample events for the demo and the integration tests.

Five named customers tell the stories collection teams know (an organised payer, a first-time
delinquent after losing a job, a chronic late payer, an older customer who answers a human call, a
customer who disputes the debt), a crowd of filler customers keeps event time moving, and a few
broken messages show the dead-letter path. Same seed, same events.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

START = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)  # a Monday, 08:00 in São Paulo


class _Writer:
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.counter = 0

    def add(self, customer: str, event_type: str, day: float, data: dict[str, Any], source: str = "crm") -> None:
        self.counter += 1
        when = START + timedelta(days=day)
        self.events.append(
            {
                "specversion": "1.0",
                "id": f"sample-{self.counter:06d}",
                "source": f"urn:sample:{source}",
                "type": event_type,
                "time": when.isoformat().replace("+00:00", "Z"),
                "subject": customer,
                "datacontenttype": "application/json",
                "data": data,
            }
        )


def _due(day: int) -> str:
    return (START + timedelta(days=day)).date().isoformat()


def _story_customers(w: _Writer) -> None:
    w.add(
        "c-ana",
        "customer.registered",
        0,
        {
            "birth_year": 1999,
            "state": "SP",
            "channels_consented": ["whatsapp", "app_push"],
            "preferred_channel": "whatsapp",
        },
    )
    w.add(
        "c-bruno",
        "customer.registered",
        0,
        {
            "birth_year": 1985,
            "state": "RJ",
            "channels_consented": ["whatsapp", "sms", "human_call"],
            "preferred_channel": "whatsapp",
        },
    )
    w.add(
        "c-carla", "customer.registered", 0, {"birth_year": 1990, "state": "SP", "channels_consented": ["sms", "email"]}
    )
    w.add(
        "c-dora",
        "customer.registered",
        0,
        {"birth_year": 1954, "state": "AM", "channels_consented": ["human_call"], "preferred_channel": "human_call"},
    )
    w.add(
        "c-edu",
        "customer.registered",
        0,
        {"birth_year": 1978, "state": "ES", "channels_consented": ["email", "human_call"]},
    )
    for month in range(2):
        base = month * 30
        for c in ("c-ana", "c-bruno", "c-carla", "c-dora", "c-edu"):
            w.add(
                c,
                "invoice.issued",
                base + 0.1,
                {
                    "invoice_id": f"{c}-inv{month}",
                    "amount": 180.0 + 40 * month,
                    "due_date": _due(base + 10),
                    "product": "cartao",
                },
                "billing",
            )
        w.add("c-ana", "session.started", base + 7, {"channel": "app"}, "app")
        w.add(
            "c-ana",
            "payment.received",
            base + 8,
            {
                "payment_id": f"c-ana-p{month}",
                "amount": 180.0 + 40 * month,
                "method": "pix",
                "invoice_id": f"c-ana-inv{month}",
            },
            "gateway",
        )
        w.add(
            "c-carla",
            "payment.received",
            base + 19,
            {"payment_id": f"c-carla-p{month}", "amount": 180.0 + 40 * month, "method": "boleto"},
            "gateway",
        )
    # Bruno: job loss, a broken promise, a complaint
    w.add(
        "c-bruno",
        "chat.message",
        13,
        {
            "channel": "whatsapp",
            "direction": "inbound",
            "author": "customer",
            "text": "perdi meu emprego mes passado, n consigo pagar agora",
        },
        "chatbot",
    )
    w.add("c-bruno", "contact.disposition", 13.2, {"reason_code": "unemployment"}, "contact-centre")
    w.add(
        "c-bruno", "promise.made", 13.3, {"promise_id": "c-bruno-pr1", "amount": 90.0, "due_date": _due(18)}, "chatbot"
    )
    w.add(
        "c-bruno",
        "payment.failed",
        18,
        {"payment_id": "c-bruno-f1", "amount": 90.0, "method": "card", "reason": "insufficient_funds"},
        "gateway",
    )
    w.add("c-bruno", "complaint.filed", 27, {"channel": "reclame_aqui", "text": "me ligam todo dia"}, "ombudsman")
    # Dora: a human call, a promise kept
    w.add(
        "c-dora",
        "call.completed",
        12,
        {"direction": "outbound", "by": "human", "outcome": "right_party", "duration_s": 240},
        "contact-centre",
    )
    w.add(
        "c-dora",
        "promise.made",
        12.1,
        {"promise_id": "c-dora-pr1", "amount": 180.0, "due_date": _due(15)},
        "contact-centre",
    )
    w.add("c-dora", "payment.received", 14, {"payment_id": "c-dora-p0", "amount": 180.0, "method": "boleto"}, "gateway")
    # Edu: says the debt is not his
    w.add(
        "c-edu",
        "chat.message",
        11,
        {"channel": "email", "direction": "inbound", "author": "customer", "text": "nao reconheco essa divida"},
        "email",
    )
    w.add("c-edu", "contact.disposition", 11.5, {"reason_code": "debt_not_recognized"}, "contact-centre")


def _filler(w: _Writer, rng: random.Random, customers: int, days: int) -> None:
    for n in range(customers):
        c = f"c-{n:04d}"
        w.add(
            c,
            "customer.registered",
            rng.random(),
            {
                "birth_year": rng.randint(1950, 2004),
                "state": rng.choice(["SP", "RJ", "MG", "AM", "ES"]),
                "channels_consented": ["whatsapp", "sms"],
            },
        )
        late = rng.random() < 0.3
        for month in range(days // 30 + 1):
            issue = month * 30 + rng.random()
            if issue > days:
                break
            amount = round(rng.uniform(80, 400), 2)
            w.add(
                c,
                "invoice.issued",
                issue,
                {"invoice_id": f"{c}-inv{month}", "amount": amount, "due_date": _due(int(issue) + 10)},
                "billing",
            )
            pay_day = issue + 10 + (rng.randint(3, 25) if late else -rng.randint(0, 5))
            if pay_day < days:
                w.add(
                    c,
                    "payment.received",
                    pay_day,
                    {"payment_id": f"{c}-p{month}", "amount": amount, "method": rng.choice(["pix", "boleto", "card"])},
                    "gateway",
                )
        for _ in range(rng.randint(1, 6)):
            w.add(c, "session.started", rng.uniform(0, days), {"channel": rng.choice(["app", "web"])}, "app")


def _broken_inputs() -> list[tuple[str, bytes]]:
    """(key, raw bytes) of inputs that must land in the dead-letter topic."""
    good = {
        "specversion": "1.0",
        "source": "urn:sample:crm",
        "time": "2026-03-05T12:00:00Z",
        "subject": "c-bad",
        "data": {},
    }
    return [
        ("c-bad", b'{"specversion": "1.0", "id": "broken-1", '),
        ("c-bad", orjson.dumps({**good, "id": "broken-2", "type": "customer.teleported"})),
        (
            "c-bad",
            orjson.dumps(
                {
                    **good,
                    "id": "broken-3",
                    "type": "payment.received",
                    "data": {"payment_id": "x", "amount": -5, "method": "pix"},
                }
            ),
        ),
        (
            "c-bad",
            orjson.dumps(
                {**good, "id": "broken-4", "type": "page.viewed", "subject": "someone-else", "data": {"page": "home"}}
            ),
        ),
    ]


def sample_events(customers: int = 30, days: int = 45, seed: int = 7) -> list[dict[str, Any]]:
    """The sample events in time order."""
    w = _Writer()
    _story_customers(w)
    _filler(w, random.Random(seed), customers, days)
    return sorted(w.events, key=lambda e: (e["time"], e["id"]))


def sample_messages(customers: int = 30, days: int = 45, seed: int = 7) -> Iterator[tuple[str, str, bytes]]:
    """(family, key, raw) of the sample: valid events, one duplicate, and the broken inputs midway."""
    events = sample_events(customers, days, seed)
    families = {"payment": ("invoice.", "payment.", "agreement.")}
    middle = len(events) // 2
    for index, event in enumerate(events):
        family = "payment" if event["type"].startswith(families["payment"]) else "journey"
        raw = orjson.dumps(event)
        yield family, event["subject"], raw
        if index == middle:
            yield family, event["subject"], raw  # an at-least-once re-delivery
            for key, broken in _broken_inputs():
                yield "payment", key, broken
