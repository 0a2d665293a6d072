"""The Faust app, its topics and the customer-profile table, built from :class:`Settings`.

Inputs and outputs travel as raw bytes: the pure core decodes and validates them itself, so the
worker and the replay share one decoder. Profiles are stored as orjson bytes in a changelog-backed
table partitioned like the input topics (Kafka key = customer id).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import Any

import faust
from faust.tables import TableManager
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.transport.producer import ProducerBuffer

from streams import producer_buffer
from streams.consumer import RebalanceSafeConsumer
from streams.profile_store import CompressedProfiles
from streams.settings import Settings

settings = Settings.from_env()
DATA_DIR = Path(settings.data_dir).resolve() / settings.app_id
DATA_DIR.parent.mkdir(parents=True, exist_ok=True)



class App(faust.App):
    """Faust's app, which lets the worker drop the inputs it holds back before Faust waits for them.

    On a rebalance and at shutdown Faust waits until every message handed to an agent is acked. Inputs
    waiting in the event-time merge (:mod:`online_models.merge`) are not acked until processed, and
    would be waited for for ever: the hooks drop them (they are read again from the committed offset).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.before_wait_empty: list[Callable[[], None]] = []
        _lean_sensors(self.sensors)

    def _new_transport(self) -> Any:
        transport = super()._new_transport()
        if isinstance(transport, aiokafka_driver.Transport):  # (what a fetch across a rebalance returns is dropped)
            transport.Consumer = RebalanceSafeConsumer
        return transport

    async def _consumer_wait_empty(self, consumer: Any, logger: Any) -> None:
        for hook in self.before_wait_empty:
            hook()
        await super()._consumer_wait_empty(consumer, logger)


class PromptTableManager(TableManager):
    """Faust's table manager without the second it sleeps before it starts recovery.

    Faust sleeps so that tables an agent declares as it starts are registered first. vigia's one table is
    declared when this module is imported, before the worker starts, so the second was only added to the time a
    restarted worker takes to read again (a fifth of it after a kill -9).
    """

    async def on_start(self) -> None:
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()


def _stamp_arrival(tp: Any, offset: int, message: Any) -> None:
    message.time_in = monotonic()  # when the consumer handed it to the stream (the merge's delivery delay)


def _ignore(*args: Any) -> None:
    return None


def _lean_sensors(sensors: Any) -> None:
    """Faust's sensors without their per-message, per-event and per-table-access hooks.

    Faust calls every sensor on each message read, each stream event, each table get and set: about 7% of
    the worker's loop (py-spy, 2,000 x 60), for figures nobody reads (vigia counts its inputs, steps and
    step time itself). The hooks that feed the ops' rules stay: commits and end offsets (consumer lag),
    rebalances, and each send's latency. Streams and tables bind these methods when they are made, so this
    runs in the app's constructor, before any is.
    """
    sensors.on_message_in = _stamp_arrival
    for hook in ("on_message_out", "on_stream_event_in", "on_stream_event_out", "on_table_get", "on_table_set",
                 "on_table_del"):  # fmt: skip
        setattr(sensors, hook, _ignore)


# Table writes go through Faust's producer buffer, and the stream waits whenever it holds more than this many
# messages (Faust's default is 100): each step writes its profile and its journal entry, so a burst of clock
# ticks filled it and stalled the inputs behind them (throughput.py latency: 238 waits, 5.9 s of 60 s).
ProducerBuffer.max_messages = settings.producer_buffer
producer_buffer.install()  # a flush (before a commit, a table recovery, a shutdown) waits for what was buffered

app = App(
    settings.app_id,
    broker=settings.faust_broker,
    store=settings.store,
    datadir=str(DATA_DIR),
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication,
    web_port=settings.web_port,
    web_in_thread=False,
    autodiscover=False,
    consumer_auto_offset_reset="earliest",
    producer_acks=-1,
    processing_guarantee="at_least_once",
    table_standby_replicas=0,
    key_serializer="raw",
    value_serializer="raw",
    web_tables_enabled=False,  # Faust's /table/ pages would serve raw profiles to anyone: /customers/{id} is the API
    broker_session_timeout=settings.session_timeout_s,  # a worker killed without goodbye is replaced this soon
    broker_heartbeat_interval=min(3.0, settings.session_timeout_s / 3),
    consumer_group_instance_id=settings.instance_id or None,  # static membership: a restart keeps its partitions
    TableManager=PromptTableManager,
)


def _raw_topic(name: str) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        partitions=settings.partitions,
        key_serializer="raw",
        value_serializer="raw",
    )


inputs = app.topic(
    settings.topic_journey,
    settings.topic_payment,
    settings.topic_clock,
    key_type=bytes,
    value_type=bytes,
    key_serializer="raw",
    value_serializer="raw",
    partitions=settings.partitions,
)
clock_topic = _raw_topic(settings.topic_clock)
# the key of the empty clock-topic message that wakes a partition whose merged inputs waited too long
NUDGE_KEY = b"\x00vigia.release"
outputs = {
    "alert": _raw_topic(settings.topic_alerts),
    "trigger": _raw_topic(settings.topic_triggers),
    "deadletter": _raw_topic(settings.topic_deadletter),
}
outputs["withdrawal"] = outputs["trigger"]  # after the trigger it withdraws: same topic, same key, same partition

profiles = app.Table(
    "customer-profiles",
    default=None,
    partitions=settings.partitions,
    key_type=str,  # Faust picks the changelog codecs from these types: json keys, raw bytes values
    value_type=bytes,
    help="Customer profiles (orjson bytes, zstd-compressed) keyed by customer id.",
)
# the table as the core and every reader see it: plain profile bytes (streams/profile_store.py)
plain_profiles = CompressedProfiles(profiles)
