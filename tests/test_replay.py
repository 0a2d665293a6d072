"""The offline replay: the worker's core over a file, deterministic, with ticks and dead letters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from backtest.replay import Replay, replay_file, replay_parallel
from backtest.simulator import Simulation

ROOT = Path(__file__).resolve().parents[1]


def _write_events(path, customers=80, days=60, seed=3, extra: list[bytes] = ()) -> None:
    sim = Simulation(customers, days, seed)
    with path.open("wb") as out:
        for day in range(days):
            for event in sim.day(day):
                out.write(orjson.dumps(event) + b"\n")
            if day == 30:
                for line in extra:
                    out.write(line + b"\n")


def test_replay_is_deterministic_and_writes_every_output(tmp_path) -> None:
    events = tmp_path / "events.jsonl"
    _write_events(events, extra=[b"{not json", b'{"specversion": "1.0"}'])
    replay_file(events, tmp_path / "a")
    replay_file(events, tmp_path / "b")
    for name in ("alerts.jsonl", "outreach.jsonl", "deadletter.jsonl", "profiles.jsonl", "scores.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    dead = [orjson.loads(line) for line in (tmp_path / "a" / "deadletter.jsonl").read_bytes().splitlines()]
    assert [d["data"]["reason"] for d in dead] == ["malformed_json", "envelope_invalid"]
    profiles = [orjson.loads(line) for line in (tmp_path / "a" / "profiles.jsonl").read_bytes().splitlines()]
    assert len(profiles) == 80
    assert {"score", "band", "segment", "predicted_reason", "days_past_due", "open_balance"} <= set(profiles[0])
    assert (tmp_path / "a" / "alerts.jsonl").read_bytes().count(b"\n") > 10


def test_ticks_age_silent_customers_in_event_time() -> None:
    def event(subject, event_type, when, data):
        return orjson.dumps({"specversion": "1.0", "id": f"{subject}-{when}", "source": "t", "type": event_type,
                             "time": when, "subject": subject, "data": data})  # fmt: skip

    lines = [
        event("silent", "invoice.issued", "2026-03-01T10:00:00-03:00",
              {"invoice_id": "i1", "amount": 100.0, "due_date": "2026-03-05"}),
        *[event("busy", "session.started", f"2026-03-{d:02d}T10:00:00-03:00", {"channel": "app"})
          for d in range(2, 29)],
    ]  # fmt: skip
    with_ticks, without = Replay(), Replay(ticks=False)
    for line in lines:
        with_ticks.feed(line)
        without.feed(line)
    ticked = {p["customer_id"]: p for p in with_ticks.profiles()}["silent"]
    frozen = {p["customer_id"]: p for p in without.profiles()}["silent"]
    assert ticked["days_past_due"] == 23 and ticked["band"] in ("high", "critical")
    assert frozen["days_past_due"] == 0


def test_score_snapshots_are_taken_at_invoice_issue(tmp_path) -> None:
    events = tmp_path / "events.jsonl"
    _write_events(events, customers=30, days=40)
    replay = replay_file(events, tmp_path / "out")
    issued = events.read_bytes().count(b'"invoice.issued"')
    assert len(replay.snapshots) == issued
    assert all(0 <= s.score <= 1 for s in replay.snapshots)


def test_a_replay_told_the_partitions_keeps_a_model_set_and_a_clock_per_partition() -> None:
    from backtest.replay import Replay
    from backtest.sample import sample_messages
    from online_models.partitioning import partition_for
    from online_models.profile import CustomerProfile

    whole, parted = Replay(), Replay(partitions=3)
    for _family, _key, raw in sample_messages():
        whole.feed(raw)
        parted.feed(raw)
    assert set(parted.core.models) == {0, 1, 2} and set(whole.core.models) == {None}
    for customer_id, blob in parted.store.items():
        profile = CustomerProfile.from_bytes(blob)
        assert profile.partition == partition_for(customer_id.encode(), 3)
        assert profile.open_balance == CustomerProfile.from_bytes(whole.store[customer_id]).open_balance


REPLAY_IN_A_PROCESS = """
import hashlib, sys
from backtest.replay import Replay
digest, replay = hashlib.sha256(), Replay(partitions=3, on_output=lambda out: digest.update(out.value))
for line in open(sys.argv[1], "rb"):
    replay.feed(line.strip())
for customer_id in sorted(replay.store):
    digest.update(customer_id.encode() + replay.store[customer_id])
print(digest.hexdigest(), "fraud" in replay.store["cust-0000001"].decode())
"""


def test_the_replay_writes_the_same_bytes_whatever_the_process_string_hashes(tmp_path) -> None:
    """Two processes order a set of strings differently: nothing a step writes may follow that order.

    A message that raises several flags at once set them in a set's order, so the stored profile's
    bytes changed with PYTHONHASHSEED: a worker and a replay of the same input could disagree.
    """
    events = tmp_path / "events.jsonl"
    said = "Não reconheço essa dívida, isso é golpe, clonaram meu cartão, quero falar com um atendente"
    extra = [orjson.dumps({"specversion": "1.0", "id": f"m-{n}", "source": "t", "type": "chat.message",
                           "time": "2026-01-31T15:00:00-03:00", "subject": subject,
                           "data": {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": said}})
             for n, subject in enumerate(["cust-0000001", "cust-0000002", "cust-0000003"])]  # fmt: skip
    _write_events(events, customers=20, days=40, extra=extra)
    command = [sys.executable, "-c", REPLAY_IN_A_PROCESS, str(events)]
    runs = {subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": seed}, check=True, cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
            for seed in ("1", "2", "3", "4", "5", "6")}  # fmt: skip
    assert len(runs) == 1
    assert runs.pop().endswith("True"), "the message must raise its flags"


def test_a_parallel_replay_writes_the_files_one_process_writes(tmp_path) -> None:
    events = tmp_path / "events.jsonl"
    bad = orjson.dumps({"specversion": "1.0", "id": "x1", "source": "t", "type": "invoice.issued",
                        "time": "2026-03-02T10:00:00-03:00", "subject": "c7", "data": {"amount": "lots"}})  # fmt: skip
    _write_events(events, customers=120, days=50, extra=[b"{not json", bad])
    one = replay_file(events, tmp_path / "one", partitions=4)
    counts = replay_parallel(events, tmp_path / "two", jobs=2, partitions=4)
    assert counts == one.counts and counts["processed"] > 3000
    for name in ("alerts.jsonl", "outreach.jsonl", "profiles.jsonl", "scores.jsonl"):
        written = (tmp_path / "two" / name).read_bytes()
        assert written == (tmp_path / "one" / name).read_bytes(), name
        assert written.count(b"\n") > 100 or name != "alerts.jsonl"
    # a dead letter is stamped with the latest event time of the job that read it: all else is the same
    dead = [[orjson.loads(line) for line in (tmp_path / run / "deadletter.jsonl").read_bytes().splitlines()]
            for run in ("one", "two")]  # fmt: skip
    assert [d["data"]["reason"] for d in dead[1]] == ["malformed_json", "data_invalid"]
    assert [{**d, "time": None} for d in dead[0]] == [{**d, "time": None} for d in dead[1]]
    assert not [p for p in (tmp_path / "two").iterdir() if p.name.startswith(".job")]
