"""Faust's producer buffer, with a flush that waits for what was buffered before it.

Faust sends a table's changelog writes through a buffer (``send_soon``), and flushes it before it
commits input offsets (faust-streaming#273: "flushing producer before commit to not have any data
loss"), before it recovers tables after a rebalance, and at shutdown. But its ``flush`` returns as
soon as no message has left the buffer for 0.1 s, with the rest still in it: under load, or while the
client waits for a slow broker, an input's offset could be committed while its profile's changelog
write still sat in the buffer. Killed then, the worker lost the profile write, and the committed input
was never read again (a payment, say, forgotten). This buffer's flush returns only once every message
buffered before the call has been handed to the Kafka client; the client's own flush, which Faust
awaits next, then waits for their delivery. Messages buffered after the call do not hold it up, so a
busy agent cannot starve a commit.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from faust.transport import producer as faust_producer

BaseBuffer = faust_producer.ProducerBuffer  # Faust's own (the name is replaced by install())


class CountedProducerBuffer(BaseBuffer):
    """Counts the messages put and those handed to the client; :meth:`flush` waits for the count at its call."""

    put_count = 0
    sent_count = 0

    def put(self, fut: Any) -> None:
        super().put(fut)
        self.put_count += 1

    async def _send_pending(self, fut: Any) -> None:
        try:
            await super()._send_pending(fut)
        finally:  # (a send that raised crashes the producer: nothing waits for it any more)
            self.sent_count += 1

    async def flush(self) -> None:
        """Wait until every message buffered before this call has been handed to the Kafka client, and every
        record the other producers (:func:`also_flush`) were given before it is delivered."""
        await self._flush_own()
        for other in _also:
            await other()

    async def _flush_own(self) -> None:
        if self.app is not None and self.app.conf.producer_threaded:  # (its thread's queue is not counted)
            return await super().flush()
        target = self.put_count
        while self.sent_count < target:  # (the first ``target`` put not all handed on yet)
            if self.state != "running":
                raise RuntimeError("Cannot flush: Producer not Running")
            self.message_sent.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.message_sent.wait(), timeout=0.1)


_also: list = []  # other producers' flushes, awaited after this buffer's (streams/step_writer.py)


def also_flush(flush) -> None:
    """Have every flush of Faust's producer buffer (so every commit of input offsets) also await ``flush()``."""
    _also.append(flush)


def install() -> None:
    """Have Faust's producers (made after this call) use :class:`CountedProducerBuffer`.

    Faust's ``Producer.__init__`` makes its buffer from its module's ``ProducerBuffer``; there is no
    setting for it.
    """
    faust_producer.ProducerBuffer = CountedProducerBuffer
