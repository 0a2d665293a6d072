"""The worker's step writer (streams/step_writer.py) on the real broker: Faust reads its changelog records as its
own, a flush returns once they are in Kafka, and a record Kafka refuses stops the commit instead of passing."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from confluent_kafka.admin import AdminClient, NewTopic
from faust.types import TP

from streams.app import profiles
from streams.kafka_io import consume
from streams.settings import Settings
from streams.step_writer import DeliveryFailed, KafkaWriter

pytestmark = pytest.mark.integration


class Store(dict):
    """A table's store as Faust's memory and RocksDB stores are: a mapping that keeps its changelog offsets."""

    def __init__(self) -> None:
        super().__init__()
        self.persisted: dict[TP, int] = {}

    def set_persisted_offset(self, tp: TP, offset: int) -> None:
        self.persisted[tp] = offset


class Table:
    """What the writer uses of a Faust table: its changelog topic's name and its store (the real ones need a
    running app)."""

    def __init__(self, topic: str) -> None:
        self.data = Store()
        self.changelog_topic = type("Changelog", (), {"get_topic_name": lambda _self: topic})()


def _topic(stack: Settings, name: str, **config: str) -> str:
    admin = AdminClient({"bootstrap.servers": stack.kafka_bootstrap})
    admin.create_topics([NewTopic(name, 3, 1, config=config)])[name].result(15)
    return name


def test_changelog_records_are_keyed_as_faust_keys_them_and_in_kafka_when_the_flush_returns(stack) -> None:
    table = Table(_topic(stack, f"it-writer-{uuid.uuid4().hex[:8]}-changelog"))
    writer = KafkaWriter(stack.kafka_bootstrap)

    async def steps() -> None:
        writer.changelog(table, 2, "~journal/2/000000000001", b"entry")  # a journal entry, then its profile
        writer.put(table, 2, "cust-1", b"profile-1")
        writer.put(table, 1, "cust-2", b"profile-2")
        writer.put(table, 1, "cust-2", None)  # erased
        await writer.flush()

    asyncio.run(steps())
    assert writer.done == writer.given == 4
    assert table.data == {"cust-1": b"profile-1"}  # in memory as Faust would hold it: cust-2 erased
    assert table.data.persisted == {TP(table.changelog_topic.get_topic_name(), 2): 1,
                                    TP(table.changelog_topic.get_topic_name(), 1): 1}  # fmt: skip
    read = list(consume(stack, [table.changelog_topic.get_topic_name()], idle_timeout=3.0))
    faust_key = profiles.changelog_topic.prepare_key  # how Faust's own table would key them
    assert [(key, value) for _topic_name, key, value in read if key == faust_key("cust-1", "json")[0]] == [
        (b'"cust-1"', b"profile-1")]  # fmt: skip
    by_key = {}
    for _topic_name, key, value in read:
        by_key.setdefault(key, []).append(value)
    assert by_key == {faust_key("~journal/2/000000000001", "json")[0]: [b"entry"], b'"cust-1"': [b"profile-1"],
                      b'"cust-2"': [b"profile-2", None]}  # fmt: skip


def test_a_record_kafka_refuses_fails_its_output_and_the_next_flush(stack) -> None:
    """An output's future raises, so the step retries it; a changelog record raises at the flush Faust awaits
    before it commits, so no input is committed past a profile that is not in Kafka."""
    small = _topic(stack, f"it-writer-{uuid.uuid4().hex[:8]}", **{"max.message.bytes": "1000"})
    table, writer = Table(small), KafkaWriter(stack.kafka_bootstrap)
    output_topic = type("Topic", (), {"get_topic_name": lambda _self: small})()

    async def steps() -> tuple[str, str]:
        with pytest.raises(DeliveryFailed) as refused_output:
            await writer.output(output_topic, b"cust-1", b"x" * 5000)
        await writer.output(output_topic, b"cust-1", b"small")  # what fits goes
        writer.put(table, 0, "cust-1", b"y" * 5000)
        with pytest.raises(DeliveryFailed) as refused_write:
            await writer.flush()
        return str(refused_output.value), str(refused_write.value)

    output_error, flush_error = asyncio.run(steps())
    assert "MSG_SIZE_TOO_LARGE" in output_error
    assert "not delivered" in flush_error and "check the broker" in flush_error
