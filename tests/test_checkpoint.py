"""Checkpoints of partition models: what was learnt survives, and nothing unsigned is ever unpickled."""

from __future__ import annotations

import random

import pytest
import river

from online_models import checkpoint as cp
from online_models.core import Core
from online_models.models import ModelSet, ModelSettings
from streams.settings import Settings, SettingsError

KEY = b"a-test-key-of-32-characters-long"


def _trained(seed: int = 3, labels: int = 300) -> ModelSet:
    rng = random.Random(seed)
    models = ModelSet(ModelSettings(min_labels=50))
    for _ in range(labels):
        late = rng.random()
        x = {"late_payment_share": late, "days_past_due": rng.random() * 10}
        models.risk.learn(x, int(late + rng.random() * 0.4 > 0.8), {"rules": 0.5})
    models.reasons.learn([11, 12, 13], "unemployment")
    models.decider.bandit.learn("digital", "whatsapp", {"answer": True, "payment": False, "harm": False})
    return models


def test_restored_models_predict_the_same_and_carry_on_learning() -> None:
    models = _trained()
    x = {"late_payment_share": 0.7, "days_past_due": 4.0}
    blob = cp.seal(models, partition=5, version=3, offsets={"journey": 99, "payment": 120}, watermark=1e9, key=KEY)
    restored = cp.open_checkpoint(blob, KEY, partition=5)
    assert (restored.version, restored.offsets, restored.watermark) == (3, {"journey": 99, "payment": 120}, 1e9)
    again = restored.models
    assert again.risk.labels == 300
    assert again.risk.score(x, 0.1) == models.risk.score(x, 0.1)
    assert again.risk.figures() == models.risk.figures()
    assert again.reasons.examples == 1 and again.decider.bandit.figures() == models.decider.bandit.figures()
    again.risk.learn(x, 1, {"rules": 0.4})
    assert again.risk.labels == 301 and models.risk.labels == 300  # an independent copy that goes on


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), "signature does not match"),
        (lambda blob: blob[:40], "signature does not match"),
        (lambda blob: b"", "signature does not match"),
    ],
)
def test_altered_checkpoints_are_refused_before_unpickling(change, message: str) -> None:
    blob = cp.seal(_trained(labels=10), partition=0, version=1, offsets={}, watermark=0.0, key=KEY)
    with pytest.raises(cp.CheckpointError, match=message):
        cp.open_checkpoint(change(blob), KEY, partition=0)


def test_a_signed_pickle_of_anything_else_is_refused(monkeypatch) -> None:
    blob = cp.seal({"not": "models"}, partition=0, version=1, offsets={}, watermark=0.0, key=KEY)  # type: ignore[arg-type]
    with pytest.raises(cp.CheckpointError, match="not a ModelSet"):
        cp.open_checkpoint(blob, KEY, partition=0)


def test_checkpoints_of_another_partition_or_river_version_are_refused(monkeypatch) -> None:
    blob = cp.seal(_trained(labels=10), partition=1, version=1, offsets={}, watermark=0.0, key=KEY)
    with pytest.raises(cp.CheckpointError, match="partition 1, not 2"):
        cp.open_checkpoint(blob, KEY, partition=2)
    monkeypatch.setattr(river, "__version__", "0.0.1")
    with pytest.raises(cp.CheckpointError, match="river"):
        cp.open_checkpoint(blob, KEY, partition=1)


def test_core_adopts_restored_models_under_todays_settings() -> None:
    models = _trained()
    core = Core()  # default settings: min_labels 500, so the rules are active again
    assert core.restore(4, models) and core.models[4] is models
    assert models.risk.min_labels == 500 and models.risk.active == "rules"
    other = ModelSet(ModelSettings(challenger="hoeffding_tree"))
    assert not Core().restore(4, other)  # learners the settings do not name: start afresh


def test_checkpoint_key_must_be_long_enough() -> None:
    with pytest.raises(SettingsError, match="VIGIA_CHECKPOINT_KEY"):
        Settings.from_env({"VIGIA_CHECKPOINT_KEY": "short"})
    assert Settings.from_env({"VIGIA_CHECKPOINT_KEY": "x" * 32}).checkpoint_key == "x" * 32


def test_a_revoke_save_waits_for_the_timer_save_under_way_so_the_newer_checkpoint_is_stored_last(monkeypatch):
    """The timer's save of a partition seals its models, then waits on Redis; the revoke's save, with the steps
    since, must not be overwritten by it: the partition's next owner restores what is stored last."""
    import asyncio

    from agents import checkpoints, journal, runtime
    from streams.app import settings

    partition, calls, stored = 7, [], []

    async def slow_then_fast(p: int, blob: bytes) -> None:
        calls.append(p)
        await asyncio.sleep(0.05 if len(calls) == 1 else 0.0)  # the first SET waits on a busy Redis
        stored.append(cp.open_checkpoint(blob, checkpoints.KEY, p).journal)

    monkeypatch.setattr(checkpoints.store, "save", slow_then_fast)
    # this test's own locks and journal state: tests before it ran agents in loops of their own
    monkeypatch.setattr(checkpoints, "_saving", asyncio.Lock())
    monkeypatch.setattr(journal, "lock", asyncio.Lock())
    monkeypatch.setattr(journal, "mark", lambda p, table: None)  # no changelog here: the steps are in it
    journal.drop(partition)
    runtime.core.models_for(partition)
    monkeypatch.setitem(journal.seq, partition, 10)
    runtime.record_progress(settings.topic_journey, partition, 10)

    async def timer_then_revoke() -> None:
        timer = asyncio.create_task(checkpoints.save(partition))
        await asyncio.sleep(0.01)  # sealed at step 10, storing
        journal.seq[partition] = 20  # ten more steps, then the partition is revoked
        runtime.record_progress(settings.topic_journey, partition, 20)
        await asyncio.gather(timer, checkpoints.save(partition))

    try:
        asyncio.run(timer_then_revoke())
    finally:
        runtime.core.models.pop(partition, None)
        checkpoints.status.pop(partition, None)
        journal.drop(partition)
    assert stored == [10, 20]
