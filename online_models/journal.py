"""The models' journal: the steps a partition's models learnt from since their last checkpoint.

A checkpoint holds a partition's models as they were at one step (its ``journal`` sequence number).
After a kill -9 the worker restarts from it, and the models would lose what they learnt from the steps
between that checkpoint and the crash: channels, anomaly scores and segments would drift from an
uninterrupted run. So every processed step is journaled (its raw input and where it came from, and the
customer's profile before it when it is the customer's first step since the checkpoint was cut), and
:func:`learn_again` runs those steps once more through the core, on a scratch copy of the profiles,
to bring the restored models to where they stood. The outputs of that run are dropped: they were sent.

The worker writes each entry to the profile table just before the step's profile, so both reach the
same changelog partition in that order: a profile that survived a crash has its entry before it, and
only the very last entry can lack its profile (an *orphan*: its input is read again, and learnt then).

>>> from online_models.core import Core, Origin
>>> raw = (b'{"specversion":"1.0","id":"e1","source":"billing","type":"invoice.issued",'
...        b'"time":"2026-03-01T09:00:00-03:00","subject":"c1",'
...        b'"data":{"invoice_id":"i1","amount":120.0,"due_date":"2026-03-10"}}')
>>> origin = Origin("vigia.payment.events", "payment", 0, 7, "c1", keyed=True)
>>> live, table = Core(), {}
>>> result = live.step(table, raw, origin)
>>> entry = Entry(1, "c1", raw, origin, before=None, first=True)
>>> Entry.from_bytes(entry.to_bytes()) == entry
True
>>> restarted = Core()  # the models of the last checkpoint (none: fresh ones)
>>> recovered = learn_again(restarted, [entry], checkpoint_seq=0, current=table)
>>> recovered.applied, recovered.orphan, recovered.mismatched, recovered.last_seq
(1, False, [], 1)
>>> restarted.models[0].anomaly.scored, live.models[0].anomaly.scored
(1, 1)
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field

import orjson

from online_models.core import Core, Origin

PREFIX = "~journal/"  # no customer id can start with "~" (the contract allows [A-Za-z0-9_.:-])


def key(partition: int, seq: int) -> str:
    """The table key of a partition's journal entry (zero-padded: keys sort as the steps ran)."""
    return f"{PREFIX}{partition}/{seq:012d}"


def parse_key(table_key: str) -> tuple[int, int] | None:
    """The (partition, seq) of a journal key; None for a customer's key."""
    if not table_key.startswith(PREFIX):
        return None
    partition, seq = table_key[len(PREFIX) :].split("/")
    return int(partition), int(seq)


def is_journal(table_key: str) -> bool:
    """Whether a table key is a journal entry rather than a customer."""
    return table_key.startswith(PREFIX)


@dataclass(frozen=True, slots=True)
class Entry:
    """One processed step, enough to run it again: its input, its origin and, on a customer's first step
    since the checkpoint was cut, the profile it started from."""

    seq: int
    customer_id: str
    raw: bytes
    origin: Origin
    before: bytes | None  # the profile before the step (None: the customer had none)
    first: bool  # ``before`` is given (later steps start from the profile the previous one left)

    def to_bytes(self) -> bytes:
        o = self.origin
        return orjson.dumps([self.seq, self.customer_id, self.raw.decode(), [o.topic, o.family, o.partition,
                             o.offset, o.key, o.safe_time, o.keyed, o.expected_partition], self.first,
                             self.before.decode() if self.before is not None else None])  # fmt: skip

    @classmethod
    def from_bytes(cls, blob: bytes) -> Entry:
        seq, customer_id, raw, origin, first, before = orjson.loads(blob)
        return cls(seq, customer_id, raw.encode(), Origin(*origin), before.encode() if before is not None else None,
                   first)  # fmt: skip


@dataclass(slots=True)
class Recovered:
    """What :func:`learn_again` did."""

    applied: int = 0  # steps learnt again
    orphan: bool = False  # the last entry's profile never reached the table: its input comes again
    gap: bool = False  # the journal does not follow on from the checkpoint: nothing was learnt again
    mismatched: list[str] = field(default_factory=list)  # customers whose re-run profile is not the table's
    last_seq: int = 0  # the sequence number the models now reflect
    scratch: dict[str, bytes | None] = field(default_factory=dict)  # each customer's profile after the run


class _Scratch(MutableMapping):
    """The profiles as the journaled steps see them: a customer's first entry says where it starts."""

    def __init__(self) -> None:
        self.data: dict[str, bytes | None] = {}

    def __getitem__(self, customer_id: str) -> bytes:
        value = self.data[customer_id]
        if value is None:
            raise KeyError(customer_id)
        return value

    def __setitem__(self, customer_id: str, value: bytes) -> None:
        self.data[customer_id] = value

    def __delitem__(self, customer_id: str) -> None:
        self.data[customer_id] = None

    def __iter__(self):
        return (c for c, v in self.data.items() if v is not None)

    def __len__(self) -> int:
        return sum(v is not None for v in self.data.values())


def learn_again(core: Core, entries: list[Entry], checkpoint_seq: int, current: Mapping[str, bytes]) -> Recovered:
    """Run the journaled steps after ``checkpoint_seq`` through ``core`` (whose models are the checkpoint's).

    ``current`` is the profile table as recovered. The entries must follow on from the checkpoint
    without a gap (``checkpoint_seq + 1, + 2, ...``); otherwise nothing is run and ``gap`` is set.
    Each customer's profile after the run must be the table's: ``mismatched`` names those that are not.
    """
    done = Recovered(last_seq=checkpoint_seq)
    steps = sorted((e for e in entries if e.seq > checkpoint_seq), key=lambda e: e.seq)
    if not steps:
        return done
    if [e.seq for e in steps] != list(range(checkpoint_seq + 1, checkpoint_seq + 1 + len(steps))):
        done.gap = True
        return done
    scratch = _Scratch()
    for n, entry in enumerate(steps):
        if entry.customer_id not in scratch.data:
            if not entry.first:  # the entry that says where this customer started is missing
                done.gap = True
                return done
            scratch.data[entry.customer_id] = entry.before
        if n == len(steps) - 1 and current.get(entry.customer_id) == scratch.data[entry.customer_id]:
            done.orphan = True  # the table still has the profile from before this step: it never ran to the end
            break
        core.step(scratch, entry.raw, entry.origin)
        done.applied += 1
        done.last_seq = entry.seq
    done.scratch = scratch.data
    done.mismatched = sorted(c for c, blob in scratch.data.items() if current.get(c) != blob)
    return done
