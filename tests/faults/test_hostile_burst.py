"""A hostile burst published straight to the input topics: every input is accounted for, no clock moves."""

from __future__ import annotations

import orjson
import pytest
from aiokafka.partitioner import murmur2
from confluent_kafka import Producer

from streams.kafka_io import consume
from tests.faults.conftest import accounted, profile, wait_for
from tests.helpers import event
from tests.integration.conftest import new_worker

pytestmark = pytest.mark.integration


def test_a_hostile_burst_is_dead_lettered_with_reasons_and_moves_no_clock(stack, tmp_path) -> None:
    worker = new_worker(stack, tmp_path)
    worker.start()
    try:
        s = worker.settings
        out = Producer({"bootstrap.servers": s.kafka_bootstrap, "partitioner": "murmur2_random",
                        "message.max.bytes": 2_000_000})  # fmt: skip
        sent = 0

        def send(topic: str, value: bytes | None, key: str | None, partition: int | None = None) -> None:
            nonlocal sent
            kwargs = {} if partition is None else {"partition": partition}
            out.produce(topic, value=value, key=key.encode() if key is not None else None, **kwargs)
            sent += 1

        for n in range(12):
            who = f"h{n}"
            send(s.topic_journey, orjson.dumps(event("customer.registered", {"state": "SP"},
                                                     "2026-03-01T09:00:00-03:00", subject=who)), who)  # fmt: skip
            send(s.topic_payment, orjson.dumps(event("invoice.issued", {"invoice_id": f"{who}-i1", "amount": 90.0,
                                                     "due_date": "2026-03-05"}, "2026-03-01T10:00:00-03:00",
                                                     subject=who)), who)  # fmt: skip
        out.flush(30)
        wait_for(lambda: all(a == b for a, b in accounted(worker).values()) and sum(
            a for a, _b in accounted(worker).values()) >= sent, 60, what="the valid events")  # fmt: skip
        before = profile(worker, "h1")
        visit = event("page.viewed", {"page": "home"}, "2026-03-10T10:00:00-03:00", subject="h1")
        hostile = {
            "empty_message": [(s.topic_journey, None, "h1")],
            "key_missing": [(s.topic_journey, orjson.dumps(visit), None)],
            "oversize": [(s.topic_journey, b'{"specversion":"1.0","x":"' + b"y" * 900_000 + b'"}', "h1")],
            "time_out_of_range": [
                (s.topic_journey, orjson.dumps(dict(visit, id="far", time="9999-06-01T10:00:00Z")), "h1"),
                (s.topic_journey, orjson.dumps(dict(visit, id="end", time="9999-12-31T23:59:59Z")), "h1"),
                (s.topic_journey, orjson.dumps(dict(visit, id="epoch", time="1970-01-01T00:00:00Z")), "h1"),
            ],
            "malformed_json": [(s.topic_journey, b'{"specversion": "1.0", "id": ', "h1")],
        }
        for items in hostile.values():
            for topic, value, key in items:
                send(topic, value, key)
        first = event("payment.received", {"payment_id": "p1", "amount": 10.0, "method": "pix"},
                      "2026-03-01T11:00:00-03:00", subject="h2", event_id="dup-1")  # before a due date  # fmt: skip
        send(s.topic_payment, orjson.dumps(first), "h2")
        send(s.topic_payment, orjson.dumps(dict(first, data={"payment_id": "p9", "amount": 999.0, "method": "pix"})),
             "h2")  # the same id, other content  # fmt: skip
        right = (murmur2(b"h3") & 0x7FFFFFFF) % s.partitions  # Kafka's default partitioner
        astray = (right + 1) % s.partitions  # where kcat's default (consistent_random) may put it
        send(s.topic_journey, orjson.dumps(event("session.started", {"channel": "app"}, "2026-03-07T10:00:00-03:00",
                                                 subject="h3")), "h3", partition=astray)  # fmt: skip
        out.flush(30)

        def balanced() -> bool:
            rows = accounted(worker)
            return sum(a for a, _b in rows.values()) >= sent and all(a == b for a, b in rows.values())

        wait_for(balanced, 60, what="read = processed + duplicates + dead letters on every partition")
        reasons = [orjson.loads(v)["data"]["reason"] for _t, _k, v in consume(s, [s.topic_deadletter],
                                                                               idle_timeout=3)]  # fmt: skip
        expected = {"empty_message", "key_missing", "oversize", "time_out_of_range", "malformed_json", "id_conflict",
                    "wrong_partition"}  # fmt: skip
        assert expected <= set(reasons) and reasons.count("time_out_of_range") == 3
        after = profile(worker, "h1")
        assert after["updated_at"] == before["updated_at"] and after["days_past_due"] == before["days_past_due"]
        health = orjson.loads(worker.get("/healthz"))
        assert health["watermark"] < 1_800_000_000  # no event of 9999 (or 2027) moved the worker's clock
        assert profile(worker, "h2")["open_balance"] == 80.0  # the conflicting payment of R$ 999 was not applied
    finally:
        worker.stop()

