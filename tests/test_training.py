"""Models from history (vigia train): provenance, refusal rules, and replays that start from them."""

from __future__ import annotations

import orjson
import pytest

from backtest.replay import Replay
from backtest.simulator import Simulation
from backtest.train import load, train, write
from online_models.checkpoint import CheckpointError, seal
from online_models.models import ModelSet, ModelSettings

KEY = b"k" * 40


@pytest.fixture(scope="module")
def history() -> tuple[ModelSet, dict]:
    return train(orjson.dumps(e) for e in Simulation(customers=300, days=120, seed=4).events())


def test_trained_models_carry_what_they_learnt_from(history, tmp_path) -> None:
    models, about = history
    assert about["customers"] == 300 and about["outcomes"] == models.risk.labels > 500
    assert about["from"].startswith("2026-03-02") and about["to"] > about["from"]
    write(models, about, tmp_path, KEY)
    loaded, again = load(tmp_path, KEY)
    assert again == about and loaded.risk.labels == models.risk.labels


def test_trained_models_are_refused_when_they_must_not_be_used(history, tmp_path) -> None:
    models, about = history
    path = write(models, about, tmp_path, KEY)
    with pytest.raises(CheckpointError, match="signature"):
        load(tmp_path, b"another key" * 4)
    blob = bytearray(path.read_bytes())
    blob[-10] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(CheckpointError, match="signature"):
        load(tmp_path, KEY)
    path.write_bytes(seal(models, 3, 9, {"vigia.journey.events": 5}, 0.0, KEY))  # a partition's own checkpoint
    with pytest.raises(CheckpointError, match="not a trained model set"):
        load(tmp_path, KEY)
    write(models, about, tmp_path, KEY)
    with pytest.raises(CheckpointError, match="not the learners"):
        load(tmp_path, KEY, ModelSettings(challenger="hoeffding_tree"))


def test_a_replay_from_trained_models_scores_with_the_champion_from_its_first_invoice(history) -> None:
    models, _about = history
    learnt = models.risk.labels
    fresh = [orjson.dumps(e) for e in Simulation(customers=100, days=40, seed=8).events()]
    cold, warm = Replay(), Replay(start_from=models, partitions=3)
    for raw in fresh:
        cold.feed(raw)
        warm.feed(raw)
    assert {s.model for s in cold.snapshots} == {"rules-v1"}  # 40 days: no outcome learnt yet
    assert {s.model for s in warm.snapshots} - {"rules-v1"}  # the trained champion scores from day one
    assert all(m is not models for m in warm.core.models.values())  # each partition has its own copy
    assert models.risk.labels == learnt  # the trained set itself is left untouched
