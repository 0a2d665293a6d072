"""The broker freezes mid-stream (a stalled disk, a paused VM, a long GC) past the workers' session, then thaws.

Nothing is refused and nothing closes a connection: requests just go unanswered, the group's session
lapses on the broker's clock when it wakes (the worker rejoins), sends fill the producer's buffer, and a
commit waits the whole freeze. The worker rides it out: its outputs stay an uninterrupted run's, its
profiles and read model the replay's.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import orjson
import pytest

from backtest.simulator import Simulation
from tests.faults.conftest import (
    Published,
    assert_as_uninterrupted,
    print_worker_logs,
    processed,
    publish_all,
    replayed,
    settled,
    wait_for,
)
from tests.integration.conftest import ROOT, new_worker

pytestmark = pytest.mark.integration
STACK = Path(os.environ.get("VIGIA_STACK_DIR", ROOT / ".local" / "stack"))
PIDFILE = STACK / "kafka" / "kafka.pid"
SESSION_S = 6
FROZEN_S = 30  # past the session, and past a fetch's and a commit's patience


@pytest.mark.skipif(not PIDFILE.exists(), reason="the broker was not started by deploy/stack.sh: not ours to freeze")
def test_a_broker_frozen_past_the_session_changes_no_output(stack, tmp_path) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers=400, days=60, seed=21).events()]
    worker = new_worker(stack, tmp_path, VIGIA_INSTANCE_ID="broker-frozen-1", VIGIA_SESSION_TIMEOUT_S=str(SESSION_S))
    s = worker.settings
    offline, expected = replayed(s, events)
    final = {p["customer_id"]: p for p in offline.profiles()}
    publish_all(s, events)
    published = Published(s, expected)
    broker = int(PIDFILE.read_text())
    worker.start()
    try:
        wait_for(lambda: processed(worker) >= 0.3 * len(events), 120, 0.05, "inputs processed")
        os.kill(broker, signal.SIGSTOP)
        try:
            time.sleep(FROZEN_S)
        finally:
            os.kill(broker, signal.SIGCONT)
        assert worker.process.poll() is None  # the worker stood still for nothing: it rides the freeze out
        live, mirrored = settled(worker, published, final)
    except BaseException:
        print_worker_logs([worker])
        raise
    finally:
        worker.stop()
    assert_as_uninterrupted(published, final, live, mirrored, [worker])
