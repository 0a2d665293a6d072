"""Offline replay: the worker's core over a file of events, with the same clock ticks, no Kafka, no Redis.

Time is the events' time: the replay keeps the latest event time seen (its watermark) and, like the
worker's clock sweep, ticks every customer whose wake time it has passed. Output ids derive from
input ids, so a replay of the same input gives the same output. Bad lines go to the dead-letter
file with their reason; the replay never stops on them.

>>> from backtest.sample import sample_messages
>>> replay = Replay()
>>> for _family, _key, raw in sample_messages():
...     _ = replay.feed(raw)
>>> replay.counts["dead_letter"], replay.counts["duplicate"], len(replay.store)  # a file has no topics or keys
(3, 1, 36)
"""

from __future__ import annotations

import heapq
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson

from online_models.collector import Collector
from online_models.core import FORGET_TYPE, Core, CoreSettings, Origin, StepResult, tick_event
from online_models.models import ModelSet
from online_models.outputs import Output
from online_models.partitioning import partition_for
from online_models.profile import CustomerProfile

SETTLE_EVERY = 10_000  # lines between two settles of a replay's collector (about 1 s)
FULL_COLLECTION_EVERY_S = 600.0  # a replay's full garbage collection, as the worker's default
OUTPUT_FILES = {"alert": "alerts.jsonl", "trigger": "outreach.jsonl", "deadletter": "deadletter.jsonl"}


@dataclass
class ScoreSnapshot:
    """A customer's score when an invoice was issued: what the evaluation checks against the outcome."""

    customer_id: str
    invoice_id: str
    time: str
    score: float
    band: str
    model: str
    anomaly: float | None = None  # how rare the customer's activity was in the portfolio, at this issue


@dataclass
class Replay:
    """Feeds raw events to :class:`Core` in order and ticks silent customers as event time passes."""

    settings: CoreSettings | None = None
    on_output: Callable[[Output], None] | None = None
    ticks: bool = True  # tick silent customers as event time passes (as the worker's clock sweep does)
    partitions: int | None = None  # as many as the worker's: a model set and a clock per partition, by murmur2
    store: dict[str, bytes] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    snapshots: list[ScoreSnapshot] = field(default_factory=list)

    start_from: ModelSet | None = None  # models trained from history (vigia train): each partition starts from a copy
    collector: Collector | None = None  # settled every SETTLE_EVERY lines: a long replay's models are frozen

    def __post_init__(self) -> None:
        self.core = Core(self.settings, start_from=self.start_from, keep_decoded=True)
        self.watermark = 0.0  # the latest event time of any partition
        self._progress: dict[int | None, float] = {}
        self._wakes: dict[int | None, list[tuple[float, str]]] = {}
        self._wake_of: dict[str, float | None] = {}  # each customer's latest wake: older heap entries are stale
        self._line = 0

    def feed(self, raw: bytes) -> list[StepResult]:
        """Process one input line and the clock ticks that its time makes due on its partition."""
        self._line += 1
        if self.collector is not None and self._line % SETTLE_EVERY == 0:
            self.collector.settle(time.monotonic())
        family, partition = self._where(raw)
        result = self.core.step(self.store, raw, Origin("replay", family, partition=partition, offset=self._line))
        results = [result]
        self._after(result)
        if result.event_ts is not None and result.event_ts > self._progress.get(partition, 0.0):
            self._progress[partition] = result.event_ts
            self.watermark = max(self.watermark, result.event_ts)
            if self.ticks:
                results += self._tick(partition)
        return results

    def _where(self, raw: bytes) -> tuple[str, int | None]:
        """The topic family of a line (a file has no topics: by its type, journey when unknown) and its partition."""
        try:
            event = orjson.loads(raw)
            event_type, subject = event.get("type", ""), event.get("subject")
        except (orjson.JSONDecodeError, AttributeError):
            return "journey", None
        partition = None
        if self.partitions and isinstance(subject, str):
            partition = partition_for(subject.encode(), self.partitions)
        if event_type == FORGET_TYPE:
            return "internal", partition  # an erasure in the file is carried out like the worker's
        family = self.core.contract.event_types.get(event_type, "journey")
        return (family if family in ("journey", "payment") else "journey"), partition

    def _after(self, result: StepResult) -> None:
        self.counts[result.status] += 1
        profile = result.profile
        if result.erased:
            self._wake_of.pop(result.customer_id, None)
        if profile is not None:
            self._wake_of[profile.customer_id] = profile.wake_ts
        if profile is not None and profile.wake_ts is not None:
            heapq.heappush(self._wakes.setdefault(profile.partition, []), (profile.wake_ts, profile.customer_id))
        if profile is not None and result.event_type == "invoice.issued":
            invoice_id = next(reversed(profile.invoices), None)
            if invoice_id is not None:
                self.snapshots.append(
                    ScoreSnapshot(
                        profile.customer_id,
                        invoice_id,
                        profile.view()["updated_at"],
                        profile.score or 0.0,
                        profile.band or "low",
                        profile.model,
                        profile.anomaly,
                    )
                )
        if self.on_output:
            for out in result.outputs:
                self.on_output(out)

    def _tick(self, partition: int | None) -> list[StepResult]:
        results = []
        wakes, now = self._wakes.get(partition, []), self._progress[partition]
        while wakes and wakes[0][0] <= now:
            wake, customer_id = heapq.heappop(wakes)
            if self._wake_of.get(customer_id) != wake:
                continue  # superseded by a later event of this customer, or erased since
            origin = Origin("replay-clock", "internal", partition=partition)
            result = self.core.step(self.store, None, origin, made=tick_event(customer_id, now))
            self._after(result)
            results.append(result)
        return results

    def profiles(self) -> Iterable[dict]:
        for customer_id in sorted(self.store):
            yield CustomerProfile.from_bytes(self.store[customer_id]).view()


class OutputFiles:
    """Writes a replay's outputs as JSON lines in a folder."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._files: dict[str, IO[bytes]] = {kind: (folder / name).open("wb") for kind, name in OUTPUT_FILES.items()}

    def write(self, out: Output) -> None:
        self._files[out.kind].write(out.value + b"\n")

    def close(self, replay: Replay) -> None:
        for handle in self._files.values():
            handle.close()
        with (self.folder / "profiles.jsonl").open("wb") as handle:
            for view in replay.profiles():
                handle.write(orjson.dumps(view) + b"\n")
        with (self.folder / "scores.jsonl").open("wb") as handle:
            for snapshot in replay.snapshots:
                handle.write(orjson.dumps(snapshot) + b"\n")


def replay_file(source: Path, folder: Path, settings: CoreSettings | None = None,
                partitions: int | None = None, start_from: ModelSet | None = None) -> Replay:  # fmt: skip
    """Replay a JSON-lines file of events into ``folder`` (alerts, outreach, dead letters, profiles)."""
    files = OutputFiles(folder)
    replay = Replay(settings, on_output=files.write, partitions=partitions, start_from=start_from,
                    collector=Collector(FULL_COLLECTION_EVERY_S))
    with source.open("rb") as lines:
        for line in lines:
            line = line.rstrip(b"\r\n")
            if line:
                replay.feed(line)
    files.close(replay)
    return replay
