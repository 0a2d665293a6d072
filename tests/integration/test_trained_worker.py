"""A worker started with models trained from history (VIGIA_MODELS_FROM) scores with them from the first event."""

from __future__ import annotations

import time

import orjson
import pytest

from backtest.simulator import Simulation
from backtest.train import train, write
from schemas.validation import Contract
from streams.kafka_io import publish, topic_for
from tests.integration.conftest import new_worker

pytestmark = pytest.mark.integration


def test_a_worker_starts_its_partitions_from_trained_models(stack, tmp_path) -> None:
    models, about = train(orjson.dumps(e) for e in Simulation(customers=300, days=120, seed=4).events())
    worker = new_worker(stack, tmp_path, VIGIA_MODELS_FROM=str(tmp_path / "trained"))
    write(models, about, tmp_path / "trained", worker.env["VIGIA_CHECKPOINT_KEY"].encode())
    worker.start()
    try:
        s, contract = worker.settings, Contract()
        fresh = [orjson.dumps(e) for e in Simulation(customers=40, days=20, seed=8).events()]
        publish(s, [(topic_for(s, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in fresh])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            figures = orjson.loads(worker.get("/models"))
            if len(figures) == s.partitions:
                break
            time.sleep(1)
        assert len(figures) == s.partitions
        for partition in figures.values():
            assert partition["trained_on"] == about
            assert partition["risk"]["logreg"]["labels"] >= about["outcomes"]  # learnt from history, then on
        profile = orjson.loads(worker.get(f"/customers/{orjson.loads(fresh[-1])['subject']}"))
        assert profile["model"] != "rules-v1"  # the trained champion scores after 20 days, with no outcome yet
    finally:
        worker.stop()
