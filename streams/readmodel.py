"""The Redis read model: ``vigia:customer:{id}`` hashes that downstream services read.

Writes are batched: the worker marks a customer dirty after each event and a timer flushes the
latest view of every dirty customer in one pipeline, so Redis costs one round trip per batch
rather than per event. A failed flush keeps the batch for the next one.
"""

from __future__ import annotations

from typing import Any

import orjson
import redis.asyncio as aioredis

KEY_PREFIX = "vigia:customer:"


def redis_key(customer_id: str) -> str:
    return f"{KEY_PREFIX}{customer_id}"


def to_hash(view: dict[str, Any]) -> dict[str, str]:
    """Flatten a profile view to string fields; nested values are JSON, the whole view is in ``json``.

    >>> to_hash({"score": 0.5, "band": None, "payment_methods": {"pix": 2}})["payment_methods"]
    '{"pix":2}'
    """
    flat = {}
    for name, value in view.items():
        if value is None:
            flat[name] = ""
        elif isinstance(value, (dict, list)):
            flat[name] = orjson.dumps(value).decode()
        else:
            flat[name] = str(value)
    flat["json"] = orjson.dumps(view).decode()
    return flat


class RedisReadModel:
    """Writes profile views to Redis in batches."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.client = aioredis.from_url(url)

    async def write(self, views: list[dict[str, Any]]) -> None:
        async with self.client.pipeline(transaction=False) as pipe:
            for view in views:
                pipe.hset(redis_key(view["customer_id"]), mapping=to_hash(view))
            await pipe.execute()

    async def read(self, customer_id: str) -> dict[str, str]:
        raw = await self.client.hgetall(redis_key(customer_id))
        return {k.decode(): v.decode() for k, v in raw.items()}

    async def close(self) -> None:
        await self.client.aclose()
