"""A worker frozen past its session (a suspended VM, heavy swapping), then thawed.

The frozen process wakes holding inputs it has fetched and partitions the broker no longer counts as its
own. It acts on none of them: it ends itself (agents/pause.py) and, started again, carries on as after a
kill -9. The outputs stay an uninterrupted run's; the profiles and the read model the replay's.
"""

from __future__ import annotations

import signal
import time

import orjson
import pytest

from backtest.simulator import Simulation
from tests.faults.conftest import (
    Published,
    assert_as_uninterrupted,
    processed,
    publish_all,
    replayed,
    settled,
    wait_for,
)
from tests.integration.conftest import new_worker

pytestmark = pytest.mark.integration


SESSION_S = 6  # the workers' session timeout: frozen longer than this, a worker's partitions are given away
RESTART_STATUS = 75  # agents/pause.py: the exit status of a worker that stood still past its session


def test_a_worker_frozen_past_its_session_ends_itself_and_its_restart_changes_no_output(stack, tmp_path) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers=600, days=60, seed=13).events()]
    worker = new_worker(stack, tmp_path, VIGIA_INSTANCE_ID="frozen-1", VIGIA_SESSION_TIMEOUT_S=str(SESSION_S))
    s = worker.settings
    offline, expected = replayed(s, events)
    final = {p["customer_id"]: p for p in offline.profiles()}
    publish_all(s, events)
    published = Published(s, expected)

    worker.start()
    try:
        wait_for(lambda: processed(worker) >= 0.3 * len(events), 120, 0.05, "inputs processed")
        worker.process.send_signal(signal.SIGSTOP)  # frozen with fetched batches in hand, mid-stream
        time.sleep(SESSION_S + 2)  # the broker gives its session up
        worker.process.send_signal(signal.SIGCONT)  # it wakes believing it still owns its partitions...
        assert worker.process.wait(30) == RESTART_STATUS  # ... sees it stood still, and ends itself at once
        assert "stood still for" in worker.log.read_text()
        worker.start()  # as its supervisor would
        live, mirrored = settled(worker, published, final)
    finally:
        worker.stop()
    assert_as_uninterrupted(published, final, live, mirrored, [worker])
