"""The processing agent: every journey, payment and clock event goes through :meth:`Core.step`."""

from __future__ import annotations

import logging
import time

from aiokafka.partitioner import murmur2

from agents import kpis
from agents.runtime import core, forget, holdback, record_progress, track
from online_models.core import Origin, StepResult
from streams import metrics
from streams.app import app, inputs, outputs, profiles, settings

FAMILIES = settings.input_families
log = logging.getLogger(__name__)


def partition_for(key: bytes) -> int:
    """The partition Kafka's default partitioner (murmur2, as the Java client) gives a key."""
    return (murmur2(key) & 0x7FFFFFFF) % settings.partitions


def _key(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return raw.hex()


def observe(result: StepResult) -> None:
    """Count what one step did."""
    kpis.count(result)
    if result.status == "processed":
        metrics.EVENTS.labels(result.event_type).inc()
        metrics.PROFILE_BYTES.observe(result.size)
        if result.created:
            metrics.PROFILES.inc()
    elif result.status == "duplicate":
        metrics.DUPLICATES.labels(result.event_type).inc()
    else:
        metrics.DEAD_LETTERS.labels(result.reason).inc()
    for out in result.outputs:
        if out.kind == "alert":
            metrics.ALERTS.labels(out.event()["data"]["band"]).inc()
        elif out.kind == "trigger":
            metrics.TRIGGERS.labels(out.event()["data"]["channel"]).inc()


@app.agent(inputs, name="vigia-process")
async def process(stream) -> None:
    async for event in stream.events():
        started = time.perf_counter()
        message = event.message
        family = FAMILIES.get(message.topic, "journey")
        external = family != "internal"
        partition = str(message.partition)
        metrics.INPUTS_READ.labels(partition).inc()
        limit = holdback(message.topic, message.partition) if external else None
        expected = partition_for(message.key) if external and message.key else None
        origin = Origin(message.topic, family, message.partition, message.offset, _key(message.key), safe_time=limit,
                        keyed=external, expected_partition=expected)  # fmt: skip
        result = core.step(profiles, event.value, origin)
        metrics.INPUTS_DONE.labels(partition, result.status).inc()
        for out in result.outputs:
            await outputs[out.kind].send(key=out.key.encode() if out.key else None, value=out.value)
        if family != "internal":
            record_progress(message.topic, message.partition, message.offset, result.event_ts)
        if result.profile is not None:
            track(result.profile)
        elif result.erased:
            forget(result.customer_id)
            metrics.ERASURES.inc()
            log.info("customer %s erased (profile, read model and model snapshots)", result.customer_id)
        observe(result)
        metrics.WATERMARK.set(core.watermark)
        metrics.LATENCY.observe(time.perf_counter() - started)
