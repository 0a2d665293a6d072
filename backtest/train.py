"""Models from history: replay an operation's past events through the core and keep what the models learnt.

A new deployment otherwise starts on the rule-based score and waits weeks for outcomes. ``vigia train``
runs this over a warehouse export and seals the result (``online_models.checkpoint``, with what it was
trained on); the worker, ``vigia replay --models`` and ``vigia evaluate --models`` start every
partition from a copy of it.

>>> from backtest.simulator import Simulation
>>> import orjson
>>> models, about = train(orjson.dumps(e) for e in Simulation(customers=15, days=40, seed=2).events())
>>> about["customers"], about["events"] > 300, about["from"] < about["to"]
(15, True, True)
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from backtest.replay import Replay
from online_models.checkpoint import MODELS_FILE, TRAINED, seal, trained
from online_models.clock import format_time
from online_models.core import CoreSettings
from online_models.models import ModelSet, ModelSettings


def train(lines: Iterable[bytes], settings: CoreSettings | None = None) -> tuple[ModelSet, dict]:
    """The model set a replay of ``lines`` leaves, and what it learnt from (its provenance)."""
    replay, first, events = Replay(settings), None, 0
    for line in lines:
        events += 1
        for result in replay.feed(line):
            if result.event_ts is not None and first is None:
                first = result.event_ts
    models = replay.core.models_for(None)
    s = replay.core.settings.models
    provenance = {
        "events": events, "customers": len(replay.store),
        "from": format_time(first or 0.0), "to": format_time(replay.watermark),
        "outcomes": models.risk.labels, "champion": s.champion, "challenger": s.challenger,
        "min_labels": s.min_labels, "trained_at": format_time(time.time()),
    }  # fmt: skip
    return models, provenance


def write(models: ModelSet, provenance: dict, folder: Path, key: bytes) -> Path:
    """Seal the trained models into ``folder`` (signed with the workers' checkpoint key)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODELS_FILE
    path.write_bytes(seal(models, TRAINED, 1, {}, 0.0, key, provenance))
    return path


def load(folder: Path, key: bytes, settings: ModelSettings | None = None) -> tuple[ModelSet, dict]:
    """The trained models in ``folder`` and their provenance (``CheckpointError`` when they must not be used)."""
    path = folder / MODELS_FILE if folder.is_dir() else folder
    checkpoint = trained(path.read_bytes(), key, settings)
    return checkpoint.models, checkpoint.provenance
