"""Redis stops answering (a hung server, a network that drops packets) under a running worker: inputs are
still processed, and the read model catches up once Redis answers again."""

from __future__ import annotations

import os
import shutil
import signal
import time

import orjson
import pytest
import redis

from streams.kafka_io import publish
from streams.readmodel import redis_key
from tests.faults.conftest import metric_rows, profile, wait_for
from tests.faults.test_redis_lost import _redis_server
from tests.helpers import event
from tests.integration.conftest import _free_port, new_worker

pytestmark = pytest.mark.integration


def _invoices(s, customers: list[str], day: int) -> list:
    return [(s.topic_payment, who, orjson.dumps(event(
        "invoice.issued", {"invoice_id": f"{who}-i{day}", "amount": 50.0 + n, "due_date": f"2026-03-{day + 4:02d}"},
        f"2026-03-{day:02d}T10:00:00-03:00", subject=who))) for n, who in enumerate(customers)]  # fmt: skip


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is installed by deploy/stack.sh")
def test_a_hung_redis_stops_no_input_and_the_read_model_catches_up(stack, tmp_path) -> None:
    port = _free_port()
    server = _redis_server(port, tmp_path)
    worker = new_worker(stack, tmp_path, VIGIA_REDIS_URL=f"redis://127.0.0.1:{port}/0", VIGIA_READMODEL_CHECK_S="1",
                        VIGIA_REDIS_TIMEOUT_S="1")  # fmt: skip
    s, client = worker.settings, redis.Redis(port=port)
    customers = [f"h{n}" for n in range(12)]
    worker.start()
    try:
        publish(s, _invoices(s, customers, 1))
        wait_for(lambda: all(client.exists(redis_key(c)) for c in customers), 60, what="the read model")
        os.kill(server.pid, signal.SIGSTOP)  # connections stay open; nothing answers
        try:
            publish(s, _invoices(s, customers, 2))
            wait_for(lambda: all(profile(worker, c)["open_invoices"] == 2 for c in customers), 60,
                     what="the inputs processed while Redis hangs")  # fmt: skip
            time.sleep(3)  # past the timeout: the flush fails (counted, for the alert) instead of hanging
        finally:
            os.kill(server.pid, signal.SIGCONT)
        wait_for(lambda: all(orjson.loads(client.hget(redis_key(c), "json")) == profile(worker, c)
                             for c in customers), 60, what="the read model caught up")  # fmt: skip
        assert sum(metric_rows(worker, "vigia_readmodel_errors_total").values()) >= 1
    finally:
        worker.stop()
        server.terminate()
        server.wait(10)
