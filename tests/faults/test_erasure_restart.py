"""Erasure (LGPD art. 18) on the real broker: `vigia forget` removes a customer everywhere, for good."""

from __future__ import annotations

import subprocess
import sys
import urllib.error

import orjson
import pytest
import redis

from streams.kafka_io import publish
from streams.readmodel import redis_key
from tests.faults.conftest import opening, wait_for
from tests.integration.conftest import ROOT, new_worker

pytestmark = pytest.mark.integration


def _status(worker, customer_id: str) -> int:
    """What the worker answers for a customer's profile: 200, 404 (none), or 503 (its table still recovering)."""
    try:
        worker.get(f"/customers/{customer_id}")
        return 200
    except urllib.error.HTTPError as err:
        return err.code


def _gone(worker, customer_id: str) -> bool:
    return _status(worker, customer_id) == 404


def _profile(worker, customer_id: str) -> dict | None:
    try:
        return orjson.loads(worker.get(f"/customers/{customer_id}"))
    except urllib.error.HTTPError:  # 404 while the table is still being recovered
        return None


def test_a_forgotten_customer_does_not_come_back_after_a_restart(stack, tmp_path) -> None:
    worker = new_worker(stack, tmp_path)
    s = worker.settings
    store = redis.Redis.from_url(s.redis_url, decode_responses=True)
    inputs = opening(s, "gone-1", "RJ", 90.0) + opening(s, "kept-1", "RJ", 90.0)
    worker.start()
    try:
        publish(s, inputs)
        wait_for(lambda: store.exists(redis_key("gone-1")) and store.exists(redis_key("kept-1")), 60,
                 what="both customers in the read model")  # fmt: skip
        subprocess.run([sys.executable, "-m", "vigia.cli", "forget", "gone-1", "--by", "TICKET-7"], env=worker.env,
                       cwd=ROOT, check=True, capture_output=True)  # fmt: skip
        wait_for(lambda: _gone(worker, "gone-1") and not store.exists(redis_key("gone-1")), 30,
                 what="the profile and read-model entry deleted")  # fmt: skip
        assert worker.metric("vigia_erasures_total") == 1
        worker.stop()
        worker.start()  # the table is recovered from its changelog: the tombstone must hold
        wait_for(lambda: (_profile(worker, "kept-1") or {}).get("open_balance") == 90.0, 60,
                 what="the other customer back after the restart (its table recovered)")  # fmt: skip
        # (another partition may still be recovering: the worker then answers 503 for a profile it has not got)
        wait_for(lambda: _status(worker, "gone-1") != 503, 60, what="the worker answering for the erased customer")
        assert _gone(worker, "gone-1") and not store.exists(redis_key("gone-1"))
    finally:
        worker.stop()
    log = worker.log.read_text()
    assert "customer gone-1 erased" in log and "TICKET-7" not in log
