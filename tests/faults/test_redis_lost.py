"""Redis restarted empty under a running worker: the read model is rebuilt without any new event."""

from __future__ import annotations

import shutil
import subprocess
import time

import orjson
import pytest
import redis

from streams.kafka_io import publish
from streams.readmodel import redis_key
from tests.faults.conftest import metric_rows, profile, wait_for
from tests.helpers import event
from tests.integration.conftest import _free_port, new_worker

pytestmark = pytest.mark.integration


def _redis_server(port: int, folder) -> subprocess.Popen:
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder)], stdout=subprocess.DEVNULL)  # fmt: skip
    client = redis.Redis(port=port)
    wait_for(lambda: _pong(client), 10, 0.1, "redis-server to answer")
    return server


def _pong(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is installed by deploy/stack.sh")
def test_the_read_model_is_rebuilt_after_redis_comes_back_empty(stack, tmp_path) -> None:
    port = _free_port()
    server = _redis_server(port, tmp_path)
    worker = new_worker(stack, tmp_path, VIGIA_REDIS_URL=f"redis://127.0.0.1:{port}/0", VIGIA_READMODEL_CHECK_S="1")
    s, client = worker.settings, redis.Redis(port=port)
    customers = [f"m{n}" for n in range(12)]
    worker.start()
    try:
        publish(s, [(s.topic_payment, who, orjson.dumps(event(
            "invoice.issued", {"invoice_id": f"{who}-i1", "amount": 50.0 + n, "due_date": "2026-03-05"},
            "2026-03-01T10:00:00-03:00", subject=who))) for n, who in enumerate(customers)])  # fmt: skip
        wait_for(lambda: all(client.exists(redis_key(c)) for c in customers), 60, what="the read model")
        server.terminate()  # Redis goes away, and comes back with nothing (no persistence)
        server.wait(10)
        time.sleep(2)
        server = _redis_server(port, tmp_path)
        assert not client.exists(redis_key(customers[0]))
        wait_for(lambda: all(client.exists(redis_key(c)) for c in customers), 30, what="the rebuilt read model")
        for who in customers:
            stored = orjson.loads(client.hget(redis_key(who), "json"))
            assert stored == profile(worker, who)
        assert sum(metric_rows(worker, "vigia_readmodel_rebuilds_total").values()) >= 1
    finally:
        worker.stop()
        server.terminate()
        server.wait(10)
