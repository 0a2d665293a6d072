"""The broker goes away mid-stream and comes back: the worker says so, keeps its log readable, resumes alone,
and loses no input."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
from pathlib import Path

import orjson
import pytest

from backtest.simulator import Simulation
from schemas.validation import Contract
from streams.kafka_io import publish, topic_for
from tests.faults.conftest import accounted, metric_rows, wait_for
from tests.integration.conftest import ROOT, new_worker

pytestmark = pytest.mark.integration
STACK = Path(os.environ.get("VIGIA_STACK_DIR", ROOT / ".local" / "stack"))
PIDFILE = STACK / "kafka" / "kafka.pid"


def _not_ready(worker) -> bool:
    try:
        worker.get("/healthz")
        return False
    except urllib.error.HTTPError as err:
        return err.code == 503
    except OSError:
        return False


@pytest.mark.skipif(not PIDFILE.exists(), reason="the broker was not started by deploy/stack.sh: not ours to stop")
def test_a_broker_restart_mid_stream_loses_nothing(stack, tmp_path) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers=60, days=30, seed=9).events()]
    worker = new_worker(stack, tmp_path)
    s, contract = worker.settings, Contract()
    messages = [(topic_for(s, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in events]
    half = len(messages) // 2
    worker.start()
    try:
        publish(s, messages[:half])
        wait_for(lambda: sum(a for a, _b in accounted(worker).values()) >= half, 60, what="the first half")
        lines_before = len(worker.log.read_text(errors="replace").splitlines())
        os.kill(int(PIDFILE.read_text()), signal.SIGTERM)  # the broker goes away
        wait_for(lambda: _not_ready(worker), 30, 0.5, "/healthz to say not ready")
        assert min(metric_rows(worker, "vigia_broker_reachable").values()) == 0
        time.sleep(20)  # an outage of some length: the client retries all along
        down = worker.log.read_text(errors="replace").splitlines()[lines_before:]
        lines_down = len(down)
        (tmp_path / "down.log").write_text("\n".join(down))
        subprocess.run(["bash", str(ROOT / "deploy" / "stack.sh"), "up"], check=True, capture_output=True)
        publish(s, messages[half:])

        def all_in() -> bool:
            rows = accounted(worker)
            processed = sum(v for k, v in metric_rows(worker, "vigia_inputs_total").items() if "processed" in k)
            return processed >= len(messages) and all(a == b for a, b in rows.values())

        wait_for(all_in, 120, 1.0, "every input processed after the restart")
        wait_for(lambda: not _not_ready(worker), 30, 0.5, "/healthz to say ready again")
        print(f"{lines_down} log lines in the ~25 s the broker was down")
        assert lines_down < 50  # a few lines a minute, not thousands
    finally:
        worker.stop()
