"""Model checkpoints in Redis: one key per partition, ``vigia:models:{app id}:{partition}``.

The bytes are sealed by :mod:`online_models.checkpoint`; this module only moves them.
"""

from __future__ import annotations

import redis.asyncio as aioredis


class ModelStore:
    """Reads and writes the sealed checkpoints of a worker group's partition models."""

    def __init__(self, url: str, app_id: str, timeout_s: float | None = None) -> None:
        # a Redis that stops answering fails a save or a restore after ``timeout_s`` (see RedisReadModel)
        self.client = aioredis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        self.prefix = f"vigia:models:{app_id}:"

    def key(self, partition: int) -> str:
        return f"{self.prefix}{partition}"

    async def save(self, partition: int, blob: bytes) -> None:
        await self.client.set(self.key(partition), blob)

    async def load(self, partition: int) -> bytes | None:
        return await self.client.get(self.key(partition))
