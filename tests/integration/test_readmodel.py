"""The Redis read model on a real Redis: an entry never goes back in time, whoever writes it last."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from streams.readmodel import RedisReadModel

pytestmark = pytest.mark.integration


def test_an_older_profile_written_after_a_newer_one_is_dropped(stack) -> None:
    """Two workers may both write a customer whose partition moved between them: the later write may be older."""
    customer = f"rm-{uuid.uuid4().hex[:8]}"
    url = stack.redis_url.rsplit("/", 1)[0] + "/9"

    async def run() -> list[str]:
        model, another_app = RedisReadModel(url, app_id="vigia-a"), RedisReadModel(url, app_id="vigia-b")
        bands = []
        try:
            for at, band in (("2026-04-02T10:00:00.000Z", "high"), ("2026-04-01T23:59:59.999Z", "low"),
                             ("2026-04-02T10:00:00.001Z", "medium")):  # fmt: skip
                await model.write([{"customer_id": customer, "updated_at": at, "band": band}])
                bands.append((await model.read(customer))["band"])
            await model.client.script_flush()  # Redis restarted: the script is loaded again
            await model.write([{"customer_id": customer, "updated_at": "2026-04-03T00:00:00.000Z", "band": "low"}])
            bands.append((await model.read(customer))["band"])
            # another app (a redeployment reading the history again) starts the entry over
            await another_app.write([{"customer_id": customer, "updated_at": "2026-03-01T00:00:00.000Z",
                                      "band": "medium"}])  # fmt: skip
            bands.append((await model.read(customer))["band"])
            await model.delete([customer])
        finally:
            await model.close()
            await another_app.close()
        return bands

    assert asyncio.run(run()) == ["high", "high", "medium", "low", "medium"]
