"""confluent-kafka helpers for the CLI, the demo and the tests: create topics, publish, read back.

Publishers must partition by customer id the way Faust and Java clients do (murmur2), so that a
customer's journey and payment events land on the same partition number of both topics.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator

from confluent_kafka import Consumer, KafkaException, Producer
from confluent_kafka.admin import AdminClient, NewTopic

from schemas.validation import Contract
from streams.settings import Settings

PARTITIONER = "murmur2_random"
log = logging.getLogger(__name__)


class TopicMismatch(RuntimeError):
    """An existing topic's partition count differs from VIGIA_PARTITIONS (the table would not line up)."""


class KafkaUnreachable(RuntimeError):
    """No broker answered at VIGIA_KAFKA_BOOTSTRAP in the time given."""


def cluster_topics(settings: Settings, patience: float, every: float = 10.0) -> tuple[AdminClient, dict]:
    """An admin client and the cluster's topics, once a broker answers.

    A worker may start before its broker (a host boot, a compose file): it waits up to ``patience``
    seconds, saying every ``every`` seconds what it waits for, instead of failing at once or flooding
    the log with librdkafka's reconnects (its own errors are silenced: this says them once, with the fix).
    """
    admin = AdminClient({"bootstrap.servers": settings.kafka_bootstrap, "log_level": 2,
                         "reconnect.backoff.max.ms": 2000})  # fmt: skip
    deadline = time.monotonic() + patience
    while True:
        try:
            return admin, admin.list_topics(timeout=max(0.5, min(every, deadline - time.monotonic()))).topics
        except KafkaException as err:
            why = err.args[0].str() if err.args and hasattr(err.args[0], "str") else str(err)
            fix = "start it (bash deploy/stack.sh up) or set VIGIA_KAFKA_BOOTSTRAP"
            remaining = deadline - time.monotonic()
            if remaining < 1.0:
                raise KafkaUnreachable(f"no Kafka broker answered at {settings.kafka_bootstrap} in {patience:.0f} s "
                                       f"({why}): {fix}") from None  # fmt: skip
            log.warning("no Kafka broker answers at %s yet (%s): waiting up to %.0f s more; %s",
                        settings.kafka_bootstrap, why, remaining, fix)  # fmt: skip


def create_topics(settings: Settings, timeout: float = 30.0) -> list[str]:
    """Create vigia's topics that do not exist yet; return the names created.

    Raises :class:`TopicMismatch` when an input topic exists with another partition count: Faust
    needs the inputs and the table's changelog co-partitioned, and would otherwise crash at run time.
    """
    admin, existing = cluster_topics(settings, timeout)
    inputs = (settings.topic_journey, settings.topic_payment, settings.topic_clock)
    for name in inputs:
        if name in existing and len(existing[name].partitions) != settings.partitions:
            raise TopicMismatch(
                f"topic {name} has {len(existing[name].partitions)} partitions but VIGIA_PARTITIONS="
                f"{settings.partitions}: set VIGIA_PARTITIONS={len(existing[name].partitions)}, "
                "or use other topic names (VIGIA_TOPIC_*) and a new VIGIA_APP_ID"
            )
    names = [
        settings.topic_journey,
        settings.topic_payment,
        settings.topic_clock,
        settings.topic_alerts,
        settings.topic_triggers,
        settings.topic_deadletter,
    ]
    wanted = [
        NewTopic(n, num_partitions=settings.partitions, replication_factor=settings.replication)
        for n in names
        if n not in existing
    ]
    if not wanted:
        return []
    for future in admin.create_topics(wanted, operation_timeout=timeout).values():
        try:
            future.result()
        except KafkaException as err:
            if "TOPIC_ALREADY_EXISTS" not in str(err):
                raise
    return [t.topic for t in wanted]


def producer(settings: Settings) -> Producer:
    return Producer(
        {
            "bootstrap.servers": settings.kafka_bootstrap,
            "partitioner": PARTITIONER,
            "enable.idempotence": True,
            "linger.ms": 5,
        }
    )


def topic_for(settings: Settings, contract: Contract, raw_type: str | None) -> str:
    """The input topic an event type belongs on (journey when the type is unknown)."""
    return settings.topic_payment if contract.event_types.get(raw_type or "") == "payment" else settings.topic_journey


def publish(settings: Settings, messages: Iterable[tuple[str, str | None, bytes]], rate: float | None = None) -> int:
    """Publish (topic, key, value) messages, at most ``rate`` per second when given; return the count."""
    out = producer(settings)
    sent = 0
    started = time.monotonic()
    for topic, key, value in messages:
        while True:
            try:
                out.produce(topic, value=value, key=key.encode() if key is not None else None)
                break
            except BufferError:
                out.poll(0.1)
        sent += 1
        out.poll(0)
        if rate:
            ahead = sent / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)  # (flush(ahead) returned as soon as the queue was empty: no pacing at all)
    remaining = out.flush(60)
    if remaining:
        raise RuntimeError(f"{remaining} messages not delivered to {settings.kafka_bootstrap}: is Kafka up?")
    return sent


def consume(
    settings: Settings,
    topics: list[str],
    group: str | None = None,
    from_beginning: bool = True,
    idle_timeout: float | None = None,
    stop_after: float | None = None,
) -> Iterator[tuple[str, bytes | None, bytes]]:
    """Yield (topic, key, value) from ``topics``; stop after ``idle_timeout`` s without messages."""
    consumer = Consumer(
        {
            "bootstrap.servers": settings.kafka_bootstrap,
            "group.id": group or f"vigia-reader-{time.time_ns()}",
            "auto.offset.reset": "earliest" if from_beginning else "latest",
            "enable.auto.commit": group is not None,
        }
    )
    consumer.subscribe(topics)
    started = last = time.monotonic()
    try:
        while True:
            now = time.monotonic()
            if idle_timeout is not None and now - last > idle_timeout:
                return
            if stop_after is not None and now - started > stop_after:
                return
            message = consumer.poll(0.5)
            if message is None:
                continue
            if message.error():
                continue
            last = time.monotonic()
            yield message.topic(), message.key(), message.value()
    finally:
        consumer.close()
