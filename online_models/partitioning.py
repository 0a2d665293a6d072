"""Which partition Kafka's default partitioner gives a key: murmur2, as the Java client computes it.

The worker checks that each input arrived where its key belongs, and the replay keeps one model set
per partition the way the worker does; both need the same function, and the core imports no Kafka
client, so it lives here (a test checks it against aiokafka's on random keys).

>>> partition_for(b"c-123", 6), partition_for(b"cust-0000001", 6), partition_for(b"abc", 6)
(3, 4, 3)
"""

from __future__ import annotations

MASK = 0xFFFFFFFF


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 of ``data``, as an unsigned 32-bit value (aiokafka's; the Java client's is its signed twin)."""
    m, length = 0x5BD1E995, len(data)
    h = (0x9747B28C ^ length) & MASK
    for i in range(0, length - length % 4, 4):
        k = int.from_bytes(data[i : i + 4], "little")
        k = (k * m) & MASK
        k ^= k >> 24
        k = (k * m) & MASK
        h = ((h * m) & MASK) ^ k
    tail = data[length - length % 4 :]
    if len(tail) == 3:
        h ^= tail[2] << 16
    if len(tail) >= 2:
        h ^= tail[1] << 8
    if tail:
        h ^= tail[0]
        h = (h * m) & MASK
    h ^= h >> 13
    h = (h * m) & MASK
    h ^= h >> 15
    return h


def partition_for(key: bytes, partitions: int) -> int:
    """The partition of ``key`` among ``partitions`` (Kafka: ``toPositive(murmur2(key)) % partitions``)."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions
