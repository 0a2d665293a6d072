"""Starting without a broker: the worker waits, says what for and how to fix it, then gives up cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.integration.conftest import _free_port

ROOT = Path(__file__).resolve().parents[1]


def test_a_worker_started_before_its_broker_waits_then_exits_naming_the_broker_and_the_fix() -> None:
    port = _free_port()  # bound, then released: nothing listens on it
    env = {**os.environ, "VIGIA_KAFKA_BOOTSTRAP": f"127.0.0.1:{port}", "VIGIA_KAFKA_WAIT_S": "4",
           "VIGIA_CHECKPOINT_KEY": "startup-" + "k" * 40}  # fmt: skip
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "vigia.cli", "worker"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    waited = time.monotonic() - started
    assert done.returncode == 2, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert f"no Kafka broker answered at 127.0.0.1:{port} in 4 s" in lines[-1]
    assert "VIGIA_KAFKA_BOOTSTRAP" in lines[-1] and "Traceback" not in done.stderr
    assert len(lines) <= 6, lines  # said once in a while, not librdkafka's reconnect on every attempt
    assert waited >= 4  # it did wait for the broker
