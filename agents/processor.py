"""The processing agent: every journey, payment and clock event goes through :meth:`Core.step`."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import MutableMapping

from agents import kpis
from agents.clock import tick_due
from agents.runtime import core, forget, holdback, record_progress, track
from online_models import partitioning
from online_models.core import Origin, StepResult
from streams import metrics
from streams.app import app, inputs, outputs, profiles, settings

FAMILIES = settings.input_families
log = logging.getLogger(__name__)
RETRY_BASE_S = 0.5  # the first wait before an output is sent again; doubled each time, up to 30 s


def partition_for(key: bytes) -> int:
    """The partition Kafka's default partitioner (murmur2, as the Java client) gives a key."""
    return partitioning.partition_for(key, settings.partitions)


def _key(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return raw.hex()


class HeldWrite(MutableMapping):
    """The profile table, with a step's write held back until its outputs are in Kafka.

    A profile written (and sent to its changelog) before its alert or trigger reached Kafka would, after
    a crash, remember the input as processed while the output was lost: the re-delivered input would
    be dropped as a duplicate. Held back, a crash before the outputs are acknowledged leaves the old
    profile, the input is read again and its outputs are sent again under the same ids (consumers
    de-duplicate); a crash after them finds the outputs already out.
    """

    _DELETED = object()

    def __init__(self, table: MutableMapping) -> None:
        self.table = table
        self.held: dict[str, object] = {}

    def __getitem__(self, key: str):
        value = self.held.get(key, self.table.get(key))
        if value is None or value is self._DELETED:
            raise KeyError(key)
        return value

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value) -> None:
        self.held[key] = value

    def __delitem__(self, key: str) -> None:
        self[key]
        self.held[key] = self._DELETED

    def __iter__(self):
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)

    def apply(self) -> None:
        for key, value in self.held.items():
            if value is self._DELETED:
                self.table.pop(key, None)
            else:
                self.table[key] = value
        self.held.clear()


async def deliver(result: StepResult) -> None:
    """Send a step's outputs and wait until Kafka has them all; retry (never raise) while it cannot take them.

    Raising would crash the agent, and Faust would commit past the input: retrying keeps it lossless.
    """
    for attempt in itertools.count():
        try:
            sent = [await outputs[out.kind].send(key=out.key.encode() if out.key else None, value=out.value)
                    for out in result.outputs]  # fmt: skip
            await asyncio.gather(*sent)
            return
        except Exception as err:  # the broker is away or refused the message: the same ids are sent again
            metrics.SEND_RETRIES.inc()
            log.warning("outputs of %s not delivered (%s): retrying", result.customer_id, type(err).__name__)
            await asyncio.sleep(min(RETRY_BASE_S * 2**attempt, 30.0))


def observe(result: StepResult) -> None:
    """Count what one step did."""
    kpis.count(result)  # it reads each trigger once, for the contact KPIs and vigia_triggers_sent_total
    if result.status == "processed":
        metrics.child(metrics.EVENTS, result.event_type).inc()
        metrics.PROFILE_BYTES.observe(result.size)
        if result.created:
            metrics.PROFILES.inc()
    elif result.status == "duplicate":
        metrics.child(metrics.DUPLICATES, result.event_type).inc()
    else:
        metrics.child(metrics.DEAD_LETTERS, result.reason).inc()
    for out in result.outputs:
        if out.kind == "alert":  # the alert's band is the profile's: no need to parse the output again
            metrics.child(metrics.ALERTS, result.profile.band).inc()


@app.agent(inputs, name="vigia-process")
async def process(stream) -> None:
    async for event in stream.events():
        started = time.perf_counter()
        message = event.message
        family = FAMILIES.get(message.topic, "journey")
        external = family != "internal"
        partition = str(message.partition)
        metrics.child(metrics.INPUTS_READ, partition).inc()
        limit = holdback(message.topic, message.partition) if external else None
        expected = partition_for(message.key) if external and message.key else None
        origin = Origin(message.topic, family, message.partition, message.offset, _key(message.key), safe_time=limit,
                        keyed=external, expected_partition=expected)  # fmt: skip
        held = HeldWrite(profiles)
        result = core.step(held, event.value, origin)
        metrics.child(metrics.INPUTS_DONE, partition, result.status).inc()
        if result.outputs:
            await deliver(result)
        held.apply()
        if family != "internal":
            record_progress(message.topic, message.partition, message.offset, result.event_ts)
            await tick_due(message.partition)
        if result.profile is not None:
            track(result.profile)
        elif result.erased:
            forget(result.customer_id)
            metrics.ERASURES.inc()
            log.info("customer %s erased (profile, read model and model snapshots)", result.customer_id)
        observe(result)
        metrics.WATERMARK.set(core.watermark)
        metrics.LATENCY.observe(time.perf_counter() - started)
