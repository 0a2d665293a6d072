"""The Redis read model: ``vigia:customer:{id}`` hashes that downstream services read.

Writes are batched: the worker marks a customer dirty after each event and a timer flushes the
latest view of every dirty customer in one pipeline, so Redis costs one round trip per batch
rather than per event. A failed flush keeps the batch for the next one.
"""

from __future__ import annotations

import itertools
from typing import Any

import orjson
import redis.asyncio as aioredis

KEY_PREFIX = "vigia:customer:"
SENTINEL_PREFIX = "vigia:readmodel:complete:"  # + app id + partition: present while that partition's entries are


def sentinel_key(app_id: str, partition: int) -> str:
    """The key whose absence tells a worker that Redis lost a partition's entries (or a rebuild was asked for)."""
    return f"{SENTINEL_PREFIX}{app_id}:{partition}"


def redis_key(customer_id: str) -> str:
    return f"{KEY_PREFIX}{customer_id}"


# The figures downstream services read most, as hash fields of their own; the whole view is in `json`.
FLAT_FIELDS = ("customer_id", "score", "band", "model", "segment", "predicted_reason", "preferred_channel",
               "days_past_due", "open_balance", "overdue_balance", "updated_at")  # fmt: skip


def to_hash(view: dict[str, Any]) -> dict[str, str]:
    """The hash of one customer: the main figures as fields (empty string for none), the whole view in ``json``.

    >>> fields = to_hash({"customer_id": "c1", "score": 0.5, "band": None, "payment_methods": {"pix": 2}})
    >>> fields["score"], fields["band"], fields["json"]
    ('0.5', '', '{"customer_id":"c1","score":0.5,"band":null,"payment_methods":{"pix":2}}')
    """
    flat = {name: "" if view.get(name) is None else str(view[name]) for name in FLAT_FIELDS}
    flat["json"] = orjson.dumps(view).decode()
    return flat


# A customer's entry never goes back in time: two workers may both write a customer whose partition moved
# between them (the one that lost it still flushing what it had, or waking from a pause past its session), and
# the later write may carry the older profile. The profile's clock (``updated_at``, event time, RFC 3339 in UTC
# to the millisecond: ordered as text) only moves forward within one app, so a write older than the entry is
# dropped when the same app wrote it. Another app's entry (a redeployment under a new VIGIA_APP_ID that reads
# the history again) is overwritten.
WRITE_UNLESS_LATER = """
local held = redis.call('HMGET', KEYS[1], 'updated_at', 'app')
if held[1] and held[2] == ARGV[2] and held[1] > ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'app', ARGV[2], unpack(ARGV, 3))
return 1
"""


class RedisReadModel:
    """Writes profile views to Redis in batches."""

    def __init__(self, url: str, timeout_s: float | None = None, app_id: str = "") -> None:
        self.url, self.app_id = url, app_id
        # without a timeout a Redis that stops answering (hung, or a network dropping packets) holds a flush for
        # the kernel's TCP timeout, about 15 minutes, and no error is counted: the read model goes stale unseen
        self.client = aioredis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        self._write_unless_later = self.client.register_script(WRITE_UNLESS_LATER)

    async def write(self, views: list[dict[str, Any]]) -> None:
        """Write each view unless this app wrote a later one of the customer (:data:`WRITE_UNLESS_LATER`)."""
        async with self.client.pipeline(transaction=False) as pipe:
            for view in views:
                fields = to_hash(view)
                pairs = itertools.chain.from_iterable(fields.items())
                key = redis_key(view["customer_id"])
                await self._write_unless_later(keys=[key], args=[fields["updated_at"], self.app_id, *pairs],
                                               client=pipe)  # fmt: skip
            await pipe.execute()

    async def delete(self, customer_ids: list[str]) -> None:
        if customer_ids:
            await self.client.delete(*(redis_key(c) for c in customer_ids))

    async def missing(self, keys: list[str]) -> list[str]:
        """Which of these keys Redis does not hold."""
        if not keys:
            return []
        async with self.client.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.exists(key)
            found = await pipe.execute()
        return [key for key, there in zip(keys, found, strict=True) if not there]

    async def mark(self, keys: list[str]) -> None:
        if keys:
            await self.client.mset(dict.fromkeys(keys, b"1"))

    async def read(self, customer_id: str) -> dict[str, str]:
        raw = await self.client.hgetall(redis_key(customer_id))
        return {k.decode(): v.decode() for k, v in raw.items()}

    async def close(self) -> None:
        await self.client.aclose()
