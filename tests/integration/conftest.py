"""Fixtures for tests against the real Kafka broker and Redis server that deploy/stack.sh starts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pytest
import redis

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Worker:
    """A ``vigia worker`` process with its own topics, consumer group, Redis database and web port."""

    env: dict[str, str]
    settings: Settings
    log: Path
    process: subprocess.Popen | None = None
    starts: list[float] = field(default_factory=list)
    stopped_in: float | None = None  # seconds the last SIGTERM took (None: it had to be killed)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.settings.web_port}"

    def get(self, path: str, token: str | None = "default") -> bytes:
        """GET a page of the worker, with its API token unless told otherwise (None: no token)."""
        token = self.env["VIGIA_API_TOKEN"] if token == "default" else token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        with urllib.request.urlopen(urllib.request.Request(self.url + path, headers=headers), timeout=5) as response:
            return response.read()

    def start(self, timeout: float = 90.0) -> None:
        out = self.log.open("ab")
        self.process = subprocess.Popen([sys.executable, "-m", "vigia.cli", "worker"], env=self.env, cwd=ROOT,
                                        stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}; see {self.log}")
            try:
                health = orjson.loads(self.get("/healthz"))
                if health["partitions"]:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"worker not ready after {timeout} s; see {self.log}")

    def stop(self) -> None:
        """SIGTERM, then kill after 30 s; ``stopped_in`` says how long a graceful stop took (None: killed)."""
        if self.process and self.process.poll() is None:
            started = time.monotonic()
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
                self.stopped_in = time.monotonic() - started
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                self.stopped_in = None

    def metric(self, line_start: str) -> float:
        for line in self.get("/metrics").decode().splitlines():
            if line.startswith(line_start + " "):
                return float(line.rsplit(" ", 1)[1])
        return 0.0


@pytest.fixture(scope="session")
def stack() -> Settings:
    settings = Settings.from_env()
    host, port = settings.kafka_bootstrap.split(",")[0].rsplit(":", 1)
    if not _answers(host, int(port)):
        pytest.fail(f"no Kafka at {settings.kafka_bootstrap}: start it with `bash deploy/stack.sh up`")
    try:
        redis.Redis.from_url(settings.redis_url).ping()
    except redis.ConnectionError:
        pytest.fail(f"no Redis at {settings.redis_url}: start it with `bash deploy/stack.sh up`")
    return settings


def new_worker(stack: Settings, folder: Path, **overrides: str) -> Worker:
    """A worker with its own topics, group, Redis database (9) and web port; ``overrides`` set env vars."""
    run = f"it-{uuid.uuid4().hex[:8]}"
    redis_url = stack.redis_url.rsplit("/", 1)[0] + "/9"
    env = {
        **os.environ,
        "VIGIA_APP_ID": f"vigia-{run}",
        "VIGIA_PARTITIONS": "3",
        "VIGIA_REDIS_URL": redis_url,
        "VIGIA_WEB_PORT": str(_free_port()),
        "VIGIA_CLOCK_INTERVAL_S": "0.5",
        "VIGIA_MIRROR_INTERVAL_S": "0.1",
        "VIGIA_CHECKPOINT_KEY": "it-" + "k" * 40,
        "VIGIA_CHECKPOINT_INTERVAL_S": "1",
        "VIGIA_DATA_DIR": str(folder / "data"),
        "VIGIA_API_TOKEN": f"token-{run}-" + "t" * 16,
        **{f"VIGIA_TOPIC_{name}": f"{run}.{name.lower()}" for name in
           ("JOURNEY", "PAYMENT", "ALERTS", "TRIGGERS", "DEADLETTER", "CLOCK")},
        **overrides,
    }  # fmt: skip
    return Worker(env, Settings.from_env(env), folder / "worker.log")


@pytest.fixture(scope="module")
def worker(stack: Settings, tmp_path_factory) -> Iterator[Worker]:
    w = new_worker(stack, tmp_path_factory.mktemp("worker"))
    redis.Redis.from_url(w.settings.redis_url).flushdb()
    w.start()
    yield w
    w.stop()
