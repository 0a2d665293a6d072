"""The models' journal in the worker (see :mod:`online_models.journal`): written with each step, learnt again
after a restart, deleted once a checkpoint covers it.

Entries go to the profile table's changelog under ``~journal/{partition}/{seq}``, sent just before the
step's profile, so a changelog partition holds them in step order. They are sent to the changelog
only, not kept in the table's memory: a worker reads them back when it recovers the table. A
checkpoint is cut between two steps (:data:`lock`), and once it is saved, the entries it covers get
tombstones, a few per step. A partition whose models were restored from a checkpoint (or start
afresh, with no checkpoint at all) learns the entries after it again before its first input. Off with
checkpoints (no ``VIGIA_CHECKPOINT_KEY``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, MutableMapping

import orjson

from agents.health import EVERY_TIME
from agents.runtime import core
from online_models.core import Origin, StepResult
from online_models.journal import Entry, key, learn_again, parse_key
from streams import metrics
from streams.app import settings
from streams.step_writer import writer

log = logging.getLogger(__name__)
ENABLED = bool(settings.checkpoint_key)
LIMIT = 200_000  # entries per partition not yet covered (~25 s to learn again): past it, journaling stops
# tombstones per input for entries a checkpoint covers: more than the ~1.4 entries an input makes, and few
# enough not to fill Faust's producer buffer (100 messages: the stream waits while it is full; 64 did)
COLLECT_PER_STEP = 2

lock = asyncio.Lock()  # held from a step's core call to its profile write: a checkpoint is cut between steps
seq: dict[int, int] = {}  # per partition: the last step journaled
touched: dict[int, set[str]] = {}  # per partition: customers stepped since the last cut
last: dict[int, tuple[int, bytes]] = {}  # per partition: the last entry sent (seq, bytes)
oldest: dict[int, int] = {}  # per partition: the first entry that may still be in the changelog
covered: dict[int, int] = {}  # per partition: entries up to here are in a saved checkpoint
suspended: set[int] = set()  # partitions past LIMIT (a checkpoint could not be saved for too long)
# partitions whose models were just restored, to learn again: the checkpoint's journal position
# (0: no checkpoint, the models start afresh; None: the checkpoint was refused or unreadable)
pending: dict[int, int | None] = {}
restored_for: dict[str, int | None] = {"generation": None}  # the last rebalance whose partitions were restored


def restored(generation: int) -> bool:
    """Whether the models of the partitions assigned in ``generation`` have been restored (always, when off)."""
    return not ENABLED or restored_for["generation"] == generation


def entry_for(result: StepResult, raw: bytes | None, origin: Origin, table: MutableMapping) -> Entry | None:
    """The journal entry of a processed step (None: nothing to journal), numbered in step order; ``table``
    still holds the profile from before the step."""
    partition, customer_id = origin.partition, result.customer_id
    if not ENABLED or result.status != "processed" or not raw or partition is None or partition in suspended:
        return None
    n = seq[partition] = seq.get(partition, 0) + 1
    seen = touched.setdefault(partition, set())
    first = customer_id not in seen
    seen.add(customer_id)
    return Entry(n, customer_id, raw, origin, table.get(customer_id) if first else None, first)


def write(entry: Entry, table) -> None:
    """Send an entry to the table's changelog (the caller writes the step's profile right after)."""
    partition = entry.origin.partition
    blob = entry.to_bytes()
    writer().changelog(table, partition, key(partition, entry.seq), blob)
    last[partition] = (entry.seq, blob)
    oldest.setdefault(partition, entry.seq)
    uncovered = entry.seq - covered.get(partition, 0)  # not the entries awaiting a tombstone: those are learnt
    if uncovered > LIMIT:
        suspended.add(partition)
        log.warning("partition %d: %d steps journaled and no checkpoint saved; journaling stops until one is "
                    "(check VIGIA_REDIS_URL): a crash now loses the models' learning since the last checkpoint",
                    partition, LIMIT)  # fmt: skip
    metrics.child(metrics.JOURNAL_ENTRIES, str(partition)).set(uncovered)


def cut(partition: int) -> int:
    """A checkpoint of ``partition`` is being sealed (between two steps): the position it reflects."""
    touched[partition] = set()
    if partition in suspended:  # steps went unjournaled: leave a hole, so no older checkpoint bridges it
        suspended.discard(partition)
        seq[partition] = seq.get(partition, 0) + 1
    return seq.get(partition, 0)


def mark(partition: int, table) -> asyncio.Future | None:
    """Send the partition's last entry to the changelog once more, and return its delivery.

    A checkpoint may be stored only once the steps it reflects are in the changelog: stored before,
    a crash could lose a step's profile while the checkpoint kept its learning, and the step, read
    again, would be learnt twice. A changelog partition keeps its order, so when this copy of the last
    entry is in Kafka, every earlier profile and entry of the partition is too.
    """
    n, blob = last.get(partition, (0, b""))
    if n <= covered.get(partition, 0):  # nothing learnt since a checkpoint already stored
        return None
    return writer().changelog(table, partition, key(partition, n), blob, wait=True)


def saved(partition: int, position: int) -> None:
    """A checkpoint reflecting ``position`` is stored: the entries up to it may go."""
    covered[partition] = max(covered.get(partition, 0), position)
    metrics.child(metrics.JOURNAL_ENTRIES, str(partition)).set(max(0, seq.get(partition, 0) - covered[partition]))


def collect(partition: int, table) -> None:
    """Send tombstones for a few entries a saved checkpoint covers (a changelog is compacted by key)."""
    first, upto = oldest.get(partition), covered.get(partition, 0)
    if first is None or first > upto:
        return
    stop = min(upto, first + COLLECT_PER_STEP - 1)
    for n in range(first, stop + 1):
        writer().changelog(table, partition, key(partition, n), None)
    oldest[partition] = stop + 1


def drop(partition: int) -> None:
    """Forget a revoked partition (its new owner reads the entries from the changelog)."""
    for index in (seq, touched, last, oldest, covered, pending):
        index.pop(partition, None)
    suspended.discard(partition)


def _fields_apart(a: bytes | None, b: bytes | None) -> list[str]:
    """The names of the profile fields two stored profiles differ in (names only: no personal data)."""
    if a is None or b is None:
        return ["(the whole profile)"]
    x, y = orjson.loads(a), orjson.loads(b)
    return sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))


def recover(table: MutableMapping, plain: Mapping[str, bytes]) -> None:
    """Take the entries the table recovered from its changelog out of it, and have each restored partition's
    models learn again those after its checkpoint. Runs once the table is recovered, before the first
    input after a rebalance. ``plain``: the same table's profiles as the core wrote them (uncompressed).
    """
    if not ENABLED:
        return
    found: dict[int, dict[int, bytes]] = {}
    for table_key in [k for k in table if isinstance(k, str) and parse_key(k) is not None]:
        partition, n = parse_key(table_key)
        found.setdefault(partition, {})[n] = table.data[table_key]
        del table.data[table_key]  # from memory only: the changelog keeps it until its tombstone
    for partition, entries in found.items():
        oldest[partition] = min(oldest.get(partition, min(entries)), min(entries))
    for partition, position in sorted(pending.items()):
        blobs = found.get(partition, {})
        entries = [] if position is None else [Entry.from_bytes(b) for n, b in sorted(blobs.items()) if n > position]
        done = learn_again(core, entries, position or 0, plain)
        newest = max([*blobs, position or 0])
        if position is None or done.gap:
            seq[partition], touched[partition] = newest + 1, set()  # a hole: this journal bridges nothing
            covered[partition] = newest + 1
            metrics.RELEARNT.labels("skipped").inc(len(entries))
            if entries:
                log.warning("partition %d: the journal (steps %d to %d, %d of them) does not follow on from the "
                            "checkpoint (step %s)%s; its models carry on from the checkpoint without them",
                            partition, entries[0].seq, entries[-1].seq, len(entries), position,
                            " (a customer's first entry is missing)" if entries[0].seq == (position or 0) + 1 else "",
                            extra=EVERY_TIME)
            continue
        # (an orphan's input comes again: the next step takes its number, and its key)
        seq[partition], touched[partition], covered[partition] = done.last_seq, set(done.scratch), position
        if done.last_seq in blobs:
            last[partition] = (done.last_seq, blobs[done.last_seq])
        metrics.RELEARNT.labels("relearnt").inc(done.applied)
        log.info("partition %d: models learnt again the %d steps since their checkpoint (journal %d to %d)%s",
                 partition, done.applied, position, done.last_seq,
                 "; the last step's input is read again" if done.orphan else "", extra=EVERY_TIME)  # fmt: skip
        if done.mismatched:
            first = done.mismatched[0]
            apart = _fields_apart(done.scratch.get(first), plain.get(first))
            log.warning("partition %d: after learning again, %d profiles differ from the table's (e.g. customer "
                        "%s, in %s): their models may differ from an uninterrupted run's", partition,
                        len(done.mismatched), first, apart, extra=EVERY_TIME)  # fmt: skip
    pending.clear()
