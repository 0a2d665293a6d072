"""Signed checkpoints of one partition's models, so that a worker taking over carries on learning.

River models are Python objects and pickle is how River saves them; unpickling runs code, so a
checkpoint is sealed with an HMAC-SHA256 tag under a secret key only the workers know
(``VIGIA_CHECKPOINT_KEY``), and :func:`open_checkpoint` checks the tag *before* it unpickles
anything. A checkpoint that anyone without the key wrote or changed is refused, as is one written
for another partition or by another River version (whose objects may not load faithfully).

A checkpoint says what it reflects: its version (one more at each save), the last input offset of
each topic on its partition, and the event-time watermark.

>>> from online_models.models import ModelSet, ModelSettings
>>> models = ModelSet()
>>> models.reasons.learn([1, 2, 3], "unemployment")
>>> blob = seal(models, partition=3, version=7, offsets={"vigia.journey.events": 41}, watermark=1.0, key=b"k" * 32)
>>> checkpoint = open_checkpoint(blob, key=b"k" * 32, partition=3)
>>> checkpoint.version, checkpoint.offsets, checkpoint.models.reasons.examples
(7, {'vigia.journey.events': 41}, 1)
>>> try:
...     open_checkpoint(blob, key=b"another key", partition=3)
... except CheckpointError as err:
...     print(err)
checkpoint signature does not match: written with another VIGIA_CHECKPOINT_KEY, or altered
"""

from __future__ import annotations

import hashlib
import hmac
import pickle
from dataclasses import dataclass

import orjson
import river

from online_models.models import ModelSet, ModelSettings

FORMAT = "vigia-models/2"  # 2: segments, banded risk features
_TAG = hashlib.sha256().digest_size


class CheckpointError(ValueError):
    """A checkpoint that must not be loaded; the message says why."""


MODELS_FILE = "models.vigia"  # the file ``vigia train`` writes in its folder
TRAINED = -1  # the partition of a model set trained from history (``vigia train``): any partition may start from it


@dataclass(frozen=True)
class Checkpoint:
    models: ModelSet
    partition: int
    version: int
    offsets: dict[str, int]
    watermark: float
    provenance: dict | None = None  # what a trained model set learnt from (``vigia train``)
    journal: int = 0  # the last journaled step the models reflect (online_models.journal)

    def describe(self) -> dict:
        about = {"version": self.version, "offsets": self.offsets, "watermark": self.watermark,
                 "journal": self.journal}  # fmt: skip
        return {**about, "trained_on": self.provenance} if self.provenance else about


def seal(models: ModelSet, partition: int, version: int, offsets: dict[str, int], watermark: float,
         key: bytes, provenance: dict | None = None, journal: int = 0) -> bytes:  # fmt: skip
    """The signed bytes of a checkpoint: tag, header length, JSON header, pickled models."""
    header = orjson.dumps({"format": FORMAT, "partition": partition, "version": version, "offsets": offsets,
                           "watermark": watermark, "river": river.__version__, "provenance": provenance,
                           "journal": journal})  # fmt: skip
    body = len(header).to_bytes(4, "big") + header + pickle.dumps(models, protocol=pickle.HIGHEST_PROTOCOL)
    return hmac.new(key, body, hashlib.sha256).digest() + body


def open_checkpoint(blob: bytes, key: bytes, partition: int | None) -> Checkpoint:
    """Verify, then load, a checkpoint of ``partition`` (None: of any); raises :class:`CheckpointError` otherwise."""
    tag, body = blob[:_TAG], blob[_TAG:]
    if len(blob) < _TAG + 4 or not hmac.compare_digest(tag, hmac.new(key, body, hashlib.sha256).digest()):
        raise CheckpointError(
            "checkpoint signature does not match: written with another VIGIA_CHECKPOINT_KEY, or altered"
        )
    size = int.from_bytes(body[:4], "big")
    header = orjson.loads(body[4 : 4 + size])
    if header.get("format") != FORMAT:
        raise CheckpointError(f"checkpoint format {header.get('format')!r} is not {FORMAT!r}: starting afresh")
    if partition is not None and header["partition"] not in (partition, TRAINED):
        raise CheckpointError(f"checkpoint is of partition {header['partition']}, not {partition}")
    if header["river"] != river.__version__:
        raise CheckpointError(
            f"checkpoint was written with river {header['river']}, this worker runs {river.__version__}"
        )
    models = pickle.loads(body[4 + size :])  # trusted: the tag proves a worker holding the key wrote it
    if not isinstance(models, ModelSet):
        raise CheckpointError(f"checkpoint holds a {type(models).__name__}, not a ModelSet")
    return Checkpoint(models, header["partition"], header["version"], header["offsets"], header["watermark"],
                      header.get("provenance"), header.get("journal", 0))  # fmt: skip


def trained(blob: bytes, key: bytes, settings: ModelSettings | None = None) -> Checkpoint:
    """Open a model set trained from history (``vigia train``), refused when it must not be used: not signed
    with ``key`` or altered, a partition's own checkpoint, another River version, other learners."""
    checkpoint = open_checkpoint(blob, key, None)
    if checkpoint.partition != TRAINED or not checkpoint.provenance:
        raise CheckpointError("not a trained model set (vigia train writes those): a partition's checkpoint "
                              "holds that partition's models only")  # fmt: skip
    if not checkpoint.models.adopt(settings or ModelSettings()):
        about = checkpoint.provenance
        raise CheckpointError(f"trained with {about['champion']} and {about['challenger']}, not the learners the "
                              "settings name (VIGIA_RISK_CHAMPION, VIGIA_RISK_CHALLENGER)")  # fmt: skip
    return checkpoint
