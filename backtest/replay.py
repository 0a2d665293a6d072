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
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from online_models.collector import Collector
from online_models.core import FORGET_TYPE, Core, CoreSettings, Origin, StepResult, tick_event
from online_models.models import ModelSet
from online_models.outputs import Output
from online_models.partitioning import partition_for
from online_models.profile import CustomerProfile

SETTLE_EVERY = 10_000  # lines between two settles of a replay's collector (about 1 s)
FULL_COLLECTION_EVERY_S = 600.0  # a replay's full garbage collection, as the worker's default
_NONE = object()  # a customer with no wake planned yet
OUTPUT_FILES = {"alert": "alerts.jsonl", "trigger": "outreach.jsonl", "withdrawal": "outreach.jsonl",
                "deadletter": "deadletter.jsonl"}  # a withdrawal follows its trigger in the triggers' file


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
    shard: tuple[int, int] = (0, 1)  # (k, n): step only partitions p with p % n == k (one job of replay_parallel)

    def __post_init__(self) -> None:
        self.core = Core(self.settings, start_from=self.start_from, keep_decoded=True, figures_before=False)
        self.watermark = 0.0  # the latest event time of any partition
        self._progress: dict[int | None, float] = {}
        self._wakes: dict[int | None, list[tuple[float, str]]] = {}
        self._wake_of: dict[str, float | None] = {}  # each customer's latest wake: older heap entries are stale
        self.line = 0  # input lines read: a dead letter's offset, and the order a parallel replay's outputs merge in
        self.snapshot_lines: list[int] = []  # the line that issued each of ``snapshots``
        self._partition_of: dict[str, int] = {}  # each customer's partition

    def feed(self, raw: bytes) -> list[StepResult]:
        """Process one input line and the clock ticks that its time makes due on its partition."""
        self.line += 1
        if self.collector is not None and self.line % SETTLE_EVERY == 0:
            self.collector.settle(time.monotonic())
        family, partition = self._where(raw)
        if self.shard[1] > 1 and (partition or 0) % self.shard[1] != self.shard[0]:
            return []  # another job's partition (a line with none, unreadable, is the first job's)
        result = self.core.step(self.store, raw, Origin("replay", family, partition=partition, offset=self.line))
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
            event = self.core.contract.parse(raw)
            event_type, subject = event.get("type", ""), event.get("subject")
        except (orjson.JSONDecodeError, AttributeError):
            return "journey", None
        partition = None
        if self.partitions and isinstance(subject, str):
            partition = self._partition_of.get(subject)
            if partition is None:  # murmur2 in Python once per customer: each job of a parallel replay reads all lines
                partition = self._partition_of[subject] = partition_for(subject.encode(), self.partitions)
        if event_type == FORGET_TYPE:
            return "internal", partition  # an erasure in the file is carried out like the worker's
        family = self.core.contract.family(event_type) or "journey"
        return (family if family in ("journey", "payment") else "journey"), partition

    def _after(self, result: StepResult) -> None:
        self.counts[result.status] += 1
        profile = result.profile
        if result.erased:
            self._wake_of.pop(result.customer_id, None)
        if profile is not None:
            planned = self._wake_of.get(profile.customer_id, _NONE)
            self._wake_of[profile.customer_id] = profile.wake_ts
            if profile.wake_ts is not None and profile.wake_ts != planned:  # (an unchanged wake is in the heap)
                heapq.heappush(self._wakes.setdefault(profile.partition, []), (profile.wake_ts, profile.customer_id))
        if profile is not None and result.event_type == "invoice.issued":
            invoice_id = next(reversed(profile.invoices), None)
            if invoice_id is not None:
                self.snapshot_lines.append(self.line)
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
    """Writes a replay's outputs as JSON lines in a folder.

    ``line``: a job of :func:`replay_parallel` tags each line with the input line that made it (the
    profiles with their customer id), so the jobs' files merge in the order one process writes them.
    """

    def __init__(self, folder: Path, line: Callable[[], int] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.line = folder, line
        handles = {name: (folder / name).open("wb") for name in set(OUTPUT_FILES.values())}
        self._files: dict[str, IO[bytes]] = {kind: handles[name] for kind, name in OUTPUT_FILES.items()}

    def write(self, out: Output) -> None:
        tag = b"%d\t" % self.line() if self.line is not None else b""
        self._files[out.kind].write(tag + out.value + b"\n")

    def close(self, replay: Replay) -> None:
        for handle in set(self._files.values()):
            handle.close()
        tagged = self.line is not None
        with (self.folder / "profiles.jsonl").open("wb") as handle:
            for view in replay.profiles():
                tag = orjson.dumps(view["customer_id"]) + b"\t" if tagged else b""
                handle.write(tag + orjson.dumps(view) + b"\n")
        with (self.folder / "scores.jsonl").open("wb") as handle:
            for line, snapshot in zip(replay.snapshot_lines, replay.snapshots, strict=True):
                handle.write((b"%d\t" % line if tagged else b"") + orjson.dumps(snapshot) + b"\n")


def _lines(source: Path) -> Iterator[bytes]:
    """The non-empty lines of a JSON-lines file, without their line ends."""
    with source.open("rb") as lines:
        for line in lines:
            line = line.rstrip(b"\r\n")
            if line:
                yield line


def replay_file(source: Path, folder: Path, settings: CoreSettings | None = None, partitions: int | None = None,
                start_from: ModelSet | None = None, shard: tuple[int, int] = (0, 1)) -> Replay:  # fmt: skip
    """Replay a JSON-lines file of events into ``folder`` (alerts, outreach, dead letters, profiles).

    ``shard``: as one job of :func:`replay_parallel` (its partitions only, each line tagged for the merge).
    """
    replay = Replay(settings, partitions=partitions, start_from=start_from,
                    collector=Collector(FULL_COLLECTION_EVERY_S), shard=shard)  # fmt: skip
    files = OutputFiles(folder, line=(lambda: replay.line) if shard[1] > 1 else None)
    replay.on_output = files.write
    for line in _lines(source):
        replay.feed(line)
    files.close(replay)
    return replay


def replay_parallel(source: Path, folder: Path, jobs: int, partitions: int, settings: CoreSettings | None = None,
                    start_from: ModelSet | None = None) -> Counter:  # fmt: skip
    """:func:`replay_file` in ``jobs`` processes, each stepping its share of the ``partitions``; returns the counts.

    A replay's partitions share nothing (each has its own models and clock), so the jobs split them as
    workers split a topic's. Every job reads the whole file and steps only its partitions' lines; the
    outputs are then merged in input order, into the same files one process writes. One difference: a
    dead letter is stamped with the latest event time its own job accepted (as each worker stamps its
    own), not the whole file's.
    """
    if partitions < 1 or jobs < 1:
        raise ValueError(f"a parallel replay needs at least one job and one partition, not {jobs} and {partitions}")
    jobs = min(jobs, partitions)
    parts = [folder / f".job-{k}" for k in range(jobs)]
    try:
        with ProcessPoolExecutor(jobs) as pool:
            counts = list(pool.map(_replay_job, [source] * jobs, parts, [settings] * jobs, [partitions] * jobs,
                                   [start_from] * jobs, [(k, jobs) for k in range(jobs)]))  # fmt: skip
        for name in [*dict.fromkeys(OUTPUT_FILES.values()), "profiles.jsonl", "scores.jsonl"]:
            key = _customer_tag if name == "profiles.jsonl" else int
            with (folder / name).open("wb") as out:
                _merge([part / name for part in parts], key, out)
    finally:  # a job that failed leaves no half-written parts behind
        for part in parts:
            shutil.rmtree(part, ignore_errors=True)
    return sum(counts, Counter())


def _replay_job(source: Path, folder: Path, settings: CoreSettings | None, partitions: int,
                start_from: ModelSet | None, shard: tuple[int, int]) -> Counter:  # fmt: skip
    return replay_file(source, folder, settings, partitions, start_from, shard).counts


def _customer_tag(tag: bytes) -> str:
    return orjson.loads(tag)


def _merge(paths: list[Path], key: Callable[[bytes], Any], out: IO[bytes]) -> None:
    """Merge tagged files, each in its tags' order, into ``out`` without the tags."""
    handles = [path.open("rb") for path in paths]
    try:
        streams = [((key(tag), body) for tag, _tab, body in (line.partition(b"\t") for line in h)) for h in handles]
        for _tag, body in heapq.merge(*streams, key=lambda item: item[0]):
            out.write(body)
    finally:
        for handle in handles:
            handle.close()
