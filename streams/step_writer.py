"""Where a step's writes go: its outputs, its journal entry and its profile's changelog record.

Faust sends each message through its own buffer and aiokafka, in Python on the event loop: about
100 µs of the worker's one core a message, and a step writes two to four of them (its journal
entry, its profile, tombstones for journal entries a checkpoint covers, its outputs). librdkafka,
through confluent-kafka, batches and talks to the broker on threads of its own, for a few µs of the
loop a message. :class:`KafkaWriter` is that path, and the worker's; :class:`FaustWriter` is Faust's
own, for Faust's test context, where no broker answers.

Both keep what vigia's crash-exactness rests on:

- one idempotent producer writes every record of a changelog partition, so a step's journal entry
  lands before its profile, and a checkpoint's mark after both (:mod:`agents.journal`);
- an output's future resolves once Kafka has it (the profile is written after: ``HeldWrite``);
- Faust commits an input's offset only after its producer's flush, and that flush waits for every
  record this writer was given before it (:func:`streams.producer_buffer.also_flush`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable
from typing import Any, Protocol

import orjson
from confluent_kafka import KafkaError, Producer
from faust.types import TP

from streams import metrics, producer_buffer

log = logging.getLogger(__name__)


class Writer(Protocol):
    def output(self, topic: Any, key: bytes | None, value: bytes) -> Awaitable[Any]:
        """Send an output; the awaitable resolves once Kafka has it (raises if it cannot)."""

    def changelog(self, table: Any, partition: int, key: str, value: bytes | None, wait: bool = False) -> Any:
        """Send a record of ``table``'s changelog only (``None``: a tombstone); with ``wait``, an awaitable that
        resolves once Kafka has it."""

    def put(self, table: Any, partition: int, key: str, value: bytes | None) -> None:
        """Set (``None``: delete) a key of ``table`` in memory and in its changelog."""


class FaustWriter:
    """Faust's own path: its topics' ``send`` and its table's ``send_changelog``."""

    def output(self, topic: Any, key: bytes | None, value: bytes) -> Awaitable[Any]:
        async def sent() -> Any:
            return await (await topic.send(key=key, value=value))

        return sent()

    def changelog(self, table: Any, partition: int, key: str, value: bytes | None, wait: bool = False) -> Any:
        if value is None:
            return table.send_changelog(partition, key, None, value_serializer="raw")
        return table.send_changelog(partition, key, value)

    def put(self, table: Any, partition: int, key: str, value: bytes | None) -> None:
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value


class DeliveryFailed(RuntimeError):
    """A record the worker wrote could not be delivered: its input must not be committed."""


class KafkaWriter:
    """A confluent-kafka producer (idempotent, acks=all) for the steps' writes, polled on a thread of its own.

    Records of a table's changelog are keyed as Faust keys them (JSON strings), so Faust recovers the
    table from them as from its own writes; each flush tells the table's store the changelog offsets it
    now holds, as Faust's own sends do (a RocksDB store then recovers only what came after them).
    """

    def __init__(self, bootstrap: str, linger_ms: float = 0.0) -> None:
        self._producer = Producer({
            "bootstrap.servers": bootstrap,
            "enable.idempotence": True,  # acks=all, and a partition's records in the order they were given
            "linger.ms": linger_ms,  # a step with outputs waits for them: 1 ms cost 13-19% of the throughput
            "partitioner": "murmur2_random",  # as Faust's and Java's clients: a key's partition is theirs
            # librdkafka's own lines (a refused connection every second while the broker is away) stay out of the
            # log: the worker's health says the broker is unreachable once, and a failed delivery is raised
            "log_level": 2,
            "error_cb": _quiet,
        })  # fmt: skip
        self._loop: asyncio.AbstractEventLoop | None = None
        self.given = 0  # records given to the producer
        self.done = 0  # records delivered or failed (written by the polling thread only)
        self.failure: str | None = None  # why a record nothing awaited was not delivered
        self._tables: dict[str, Any] = {}  # changelog topic -> its table
        self._offsets: dict[tuple[str, int], int] = {}  # (changelog topic, partition) -> the last offset delivered
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, name="vigia-step-writer", daemon=True)
        producer_buffer.also_flush(self.flush)

    def _started(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:  # (the worker's loop runs once Faust starts: the first write starts the thread)
            self._loop = asyncio.get_running_loop()
            self._thread.start()
        return self._loop

    def _poll(self) -> None:
        while not self._stop.is_set():
            self._producer.poll(0.05)

    def _on_delivery(self, future: asyncio.Future | None, err: KafkaError | None, msg: Any) -> None:
        if err is None:
            self._offsets[(msg.topic(), msg.partition())] = msg.offset()
        elif future is None:
            self.failure = f"{err.name()}: {err.str()}"
        self.done += 1
        if future is not None:
            if err is None and msg.latency() is not None:  # (outputs and checkpoint marks: a few a second)
                metrics.OUTPUT_DELIVERY.observe(msg.latency())
            self._loop.call_soon_threadsafe(_settle, future, err)

    def _produce(self, topic: str, key: bytes | None, value: bytes | None, partition: int, wait: bool):
        loop = self._started()
        future = loop.create_future() if wait else None
        while True:
            try:
                self._producer.produce(topic, value, key, partition=partition,
                                       on_delivery=lambda err, msg: self._on_delivery(future, err, msg))  # fmt: skip
                break
            except BufferError:  # its queue is full (the broker is away): the thread delivers, or fails, some
                time.sleep(0.01)
        self.given += 1
        return future

    def output(self, topic: Any, key: bytes | None, value: bytes) -> Awaitable[Any]:
        return self._produce(topic.get_topic_name(), key, value, -1, wait=True)

    def changelog(self, table: Any, partition: int, key: str, value: bytes | None, wait: bool = False) -> Any:
        name = table.changelog_topic.get_topic_name()
        self._tables.setdefault(name, table)
        return self._produce(name, orjson.dumps(key), value, partition, wait)

    def put(self, table: Any, partition: int, key: str, value: bytes | None) -> None:
        """In the table's memory, as Faust would set it, and to its changelog (not through Faust's producer:
        Faust's ``__setitem__`` would send the record itself)."""
        if value is None:
            table.data.pop(key, None)
        else:
            table.data[key] = value
        self.changelog(table, partition, key, value)

    async def flush(self) -> None:
        """Wait until every record given before this call is delivered; raise if one of them failed."""
        target = self.given
        while self.done < target and self.failure is None:
            await asyncio.sleep(0.002)
        if self.failure is not None:
            raise DeliveryFailed(f"a changelog record was not delivered ({self.failure}): the worker stops before "
                                 "committing its input; check the broker, then restart it")  # fmt: skip
        for topic, partition in list(self._offsets):
            offset = self._offsets.pop((topic, partition))
            if topic in self._tables:
                self._tables[topic].data.set_persisted_offset(TP(topic, partition), offset)


_current: dict[str, Writer] = {"writer": FaustWriter()}


def writer() -> Writer:
    """The writer steps use: Faust's, unless the worker chose :class:`KafkaWriter` (:func:`use`)."""
    return _current["writer"]


def use(chosen: Writer) -> None:
    _current["writer"] = chosen


def _quiet(err: KafkaError) -> None:
    log.debug("step writer: %s", err)


def _settle(future: asyncio.Future, err: KafkaError | None) -> None:
    if future.done():
        return
    if err is None:
        future.set_result(None)
    else:
        future.set_exception(DeliveryFailed(f"{err.name()}: {err.str()}"))
