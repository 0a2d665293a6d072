"""Fault runs against the real broker and Redis: the fixtures of tests/integration, and what faults need."""

from __future__ import annotations

import time

import orjson

from tests.helpers import event
from tests.integration.conftest import Worker, new_worker, stack  # noqa: F401  (fixtures shared with integration)


def metric_rows(worker: Worker, name: str) -> dict[str, float]:
    """Every series of one metric: its label text -> value."""
    rows = {}
    for line in worker.get("/metrics").decode().splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            labels, value = line.rsplit(" ", 1)
            rows[labels[len(name):]] = float(value)
    return rows


def processed(worker: Worker, unreachable: float | None = None) -> float:
    """Inputs the worker has processed (``unreachable``, when given, while its web server does not answer)."""
    try:
        return sum(v for k, v in metric_rows(worker, "vigia_inputs_total").items() if "processed" in k)
    except OSError:
        if unreachable is None:
            raise
        return unreachable


def opening(settings, customer_id: str, state: str, amount: float) -> list[tuple[str, str, bytes]]:
    """A customer's first two inputs: registered on 1 March, then an invoice due on the 5th."""
    registered = event("customer.registered", {"state": state}, "2026-03-01T09:00:00-03:00", subject=customer_id)
    invoice = event("invoice.issued", {"invoice_id": f"{customer_id}-i1", "amount": amount, "due_date": "2026-03-05"},
                    "2026-03-01T10:00:00-03:00", subject=customer_id)  # fmt: skip
    return [(settings.topic_journey, customer_id, orjson.dumps(registered)),
            (settings.topic_payment, customer_id, orjson.dumps(invoice))]  # fmt: skip


def accounted(worker: Worker) -> dict[str, tuple[float, float]]:
    """Per partition: (inputs read, inputs processed + duplicates + dead letters)."""
    read = {k.split('"')[1]: v for k, v in metric_rows(worker, "vigia_inputs_read_total").items()}
    done: dict[str, float] = {}
    for labels, value in metric_rows(worker, "vigia_inputs_total").items():
        partition = labels.split('partition="')[1].split('"')[0]
        done[partition] = done.get(partition, 0.0) + value
    return {p: (read[p], done.get(p, 0.0)) for p in read}


def wait_for(condition, timeout: float, every: float = 0.5, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{what} not reached within {timeout} s")


def profile(worker: Worker, customer_id: str) -> dict:
    return orjson.loads(worker.get(f"/customers/{customer_id}"))


def caught_up(worker: Worker) -> bool:
    """Whether the worker has processed every message of its input topics (its offsets at each end)."""
    from confluent_kafka import Consumer, TopicPartition

    s = worker.settings
    reader = Consumer({"bootstrap.servers": s.kafka_bootstrap, "group.id": "vigia-faults-watermarks"})
    try:
        ends = {(topic, p): reader.get_watermark_offsets(TopicPartition(topic, p), timeout=5)[1]
                for topic in (s.topic_journey, s.topic_payment) for p in range(s.partitions)}  # fmt: skip
    finally:
        reader.close()
    models = orjson.loads(worker.get("/models"))
    done = {(topic, int(p)): offset for p, figures in models.items() if p != "None"
            for topic, offset in figures["offsets"].items()}  # fmt: skip
    return all(end == 0 or done.get(tp, -1) >= end - 1 for tp, end in ends.items())
