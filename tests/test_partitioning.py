"""The core's murmur2 partitioner agrees with the Kafka client's."""

from __future__ import annotations

import random

from aiokafka.partitioner import murmur2 as client_murmur2

from online_models.partitioning import murmur2, partition_for


def test_murmur2_agrees_with_the_kafka_client_on_random_keys() -> None:
    rng = random.Random(3)
    keys = [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40))) for _ in range(2000)]
    keys += [f"cust-{n:07d}".encode() for n in range(500)]
    assert [murmur2(k) for k in keys] == [client_murmur2(k) for k in keys]
    assert all(partition_for(k, 12) == (client_murmur2(k) & 0x7FFFFFFF) % 12 for k in keys)
