"""The producer buffer's flush waits for what was buffered before it (streams/producer_buffer.py)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from streams.producer_buffer import BaseBuffer, CountedProducerBuffer

SEND_S = 0.15  # a client slower than the 0.1 s Faust's flush waits for one message


class SlowClient:
    """A channel whose client takes ``SEND_S`` to accept each message (its own queue is full)."""

    def __init__(self) -> None:
        self.handed: list[str] = []

    async def publish_message(self, fut, wait: bool = False) -> None:
        await asyncio.sleep(SEND_S)
        self.handed.append(fut.name)


def message(client: SlowClient, name: str) -> SimpleNamespace:
    return SimpleNamespace(name=name, message=SimpleNamespace(channel=client))


async def _flushed(kind: type, before: int, after: int) -> tuple[int, int]:
    """How many messages the client had taken when flush returned, and how many in the end."""
    client, buffer = SlowClient(), kind()
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))
    await buffer.start()
    try:
        for n in range(before):
            buffer.put(message(client, f"m{n}"))
        flushing = asyncio.ensure_future(buffer.flush())
        await asyncio.sleep(0)
        for n in range(after):  # written while the flush waits (a busy agent)
            buffer.put(message(client, f"late{n}"))
        await flushing
        at_return = len(client.handed)
        while len(client.handed) < before + after:
            await asyncio.sleep(SEND_S)
        return at_return, len(client.handed)
    finally:
        await buffer.stop()


def test_fausts_own_flush_returns_with_messages_still_buffered() -> None:
    at_return, total = asyncio.run(_flushed(BaseBuffer, before=4, after=0))
    assert at_return < 4 and total == 4  # what a commit waited for before: why the counted buffer exists


def test_flush_waits_for_every_message_buffered_before_it() -> None:
    at_return, total = asyncio.run(_flushed(CountedProducerBuffer, before=4, after=0))
    assert at_return == 4 and total == 4


def test_messages_buffered_after_the_flush_began_do_not_hold_it_up() -> None:
    at_return, total = asyncio.run(_flushed(CountedProducerBuffer, before=3, after=3))
    assert 3 <= at_return < 6 and total == 6


def test_a_flush_also_waits_for_the_step_writers_records(monkeypatch) -> None:
    """Faust commits input offsets after its producer's flush: that flush must wait for the records the worker
    wrote through its own producer (streams/step_writer.py), or a commit could pass a profile not yet in Kafka."""
    from streams import producer_buffer

    delivered: list[str] = []

    async def other_flush() -> None:
        await asyncio.sleep(SEND_S)  # its records are in flight a while
        delivered.append("step writer")

    monkeypatch.setattr(producer_buffer, "_also", [])
    producer_buffer.also_flush(other_flush)

    async def flushed() -> list[str]:
        buffer = CountedProducerBuffer()
        buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))
        await buffer.start()
        try:
            await buffer.flush()
            return list(delivered)  # as the flush returned
        finally:
            await buffer.stop()

    assert asyncio.run(flushed()) == ["step writer"]
