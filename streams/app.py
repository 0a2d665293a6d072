"""The Faust app, its topics and the customer-profile table, built from :class:`Settings`.

Inputs and outputs travel as raw bytes: the pure core decodes and validates them itself, so the
worker and the replay share one decoder. Profiles are stored as orjson bytes in a changelog-backed
table partitioned like the input topics (Kafka key = customer id).
"""

from __future__ import annotations

from pathlib import Path

import faust

from streams.settings import Settings

settings = Settings.from_env()
DATA_DIR = Path(settings.data_dir).resolve() / settings.app_id
DATA_DIR.parent.mkdir(parents=True, exist_ok=True)

app = faust.App(
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
outputs = {
    "alert": _raw_topic(settings.topic_alerts),
    "trigger": _raw_topic(settings.topic_triggers),
    "deadletter": _raw_topic(settings.topic_deadletter),
}

profiles = app.Table(
    "customer-profiles",
    default=None,
    partitions=settings.partitions,
    key_type=str,  # Faust picks the changelog codecs from these types: json keys, raw bytes values
    value_type=bytes,
    help="Customer profiles (orjson bytes) keyed by customer id.",
)
