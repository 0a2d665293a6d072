"""How closely the live worker and the offline replay agree on the same input (fault-free).

Publishes a simulated portfolio to fresh topics, lets one worker process it (deployed intervals, 6
partitions), and replays the same events offline with one model set per partition, as the worker
keeps them. By default the events are published before the worker starts (a backlog); ``--live``
publishes them while it runs. Reports the share of customers in the same final band and the alert and trigger counts
of each. Needs the local stack:
``PYTHONPATH=. .venv/bin/python benchmarks/agreement.py --customers 1000 --days 60``.
"""

from __future__ import annotations

import argparse
import signal
import time
from pathlib import Path

import orjson

from backtest.replay import Replay
from backtest.simulator import Simulation
from online_models.core import event_time
from schemas.validation import Contract
from streams.kafka_io import consume, create_topics, publish, topic_for
from streams.settings import Settings
from tests.faults.conftest import accounted, caught_up, wait_for
from tests.integration.conftest import new_worker
from tests.integration.test_agreement import _processed, _wait_for_the_last_clock_sweeps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--live", action="store_true", help="publish while the worker runs (default: before it starts)")
    parser.add_argument("--kill", default="", help="kill -9 the worker after these shares of the inputs, e.g. 0.35,0.7")
    args = parser.parse_args()
    events = [orjson.dumps(e) for e in Simulation(args.customers, args.days, args.seed).events()]
    offline = Replay(partitions=args.partitions)
    counts = {"alert": 0, "trigger": 0}
    replayed: list[dict] = []

    def collect(out) -> None:
        kind = "trigger" if out.kind == "withdrawal" else out.kind  # a withdrawal goes on the triggers' topic
        if kind in counts:
            counts[kind] += 1
            replayed.append(out.event())

    offline.on_output = collect
    for raw in events:
        offline.feed(raw)
    expected = {p["customer_id"]: p for p in offline.profiles()}
    folder = Path(".local/agreement")
    folder.mkdir(parents=True, exist_ok=True)
    worker = new_worker(Settings.from_env(), folder, VIGIA_PARTITIONS=str(args.partitions),
                        VIGIA_CLOCK_INTERVAL_S="5")  # fmt: skip
    s, contract = worker.settings, Contract()
    messages = [(topic_for(s, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in events]
    if not args.live:  # a backlog: what a worker catching up, restarting or backfilling reads
        create_topics(s)
        publish(s, messages)
    worker.start()
    try:
        if args.live:  # a burst written while the worker reads: producers' batches reach partitions out of order
            publish(s, messages)
        deadline = time.monotonic() + 900
        done_before = 0.0
        for share in [float(x) for x in args.kill.split(",") if x]:  # each process counts from its own start
            while done_before + _processed(worker)[0] < share * len(events) and time.monotonic() < deadline:
                time.sleep(0.05)
            done_before += _processed(worker)[0]
            worker.process.send_signal(signal.SIGKILL)
            worker.process.wait()
            worker.start()
        if args.kill:
            wait_for(lambda: caught_up(worker) and all(a == b for a, b in accounted(worker).values()), 900, 1.0,
                     "the worker to process every input")  # fmt: skip
        else:
            while _processed(worker)[0] < len(events) and time.monotonic() < deadline:
                time.sleep(1)
        _wait_for_the_last_clock_sweeps(worker, deadline)
        live = {c: orjson.loads(worker.get(f"/customers/{c}")) for c in expected}
        outputs = {"alert": 0, "trigger": 0}
        published: list[dict] = []
        for topic, _key, value in consume(s, [s.topic_alerts, s.topic_triggers], idle_timeout=5):
            outputs["alert" if topic == s.topic_alerts else "trigger"] += 1
            published.append(orjson.loads(value))
    finally:
        worker.stop()
    same = sum(expected[c]["band"] == live[c]["band"] for c in expected) / len(expected)
    print(f"{len(events)} events, {len(expected)} customers, {args.partitions} partitions: same final band "
          f"{same:.1%}; alerts replay {counts['alert']} / worker {outputs['alert']}; triggers replay "
          f"{counts['trigger']} / worker {outputs['trigger']}")  # fmt: skip
    mine, theirs = {e["id"]: e for e in replayed}, {e["id"]: e for e in published}
    changed = sum(mine[i] != theirs[i] for i in mine.keys() & theirs.keys())
    print(f"outputs by id: {len(mine.keys() - theirs.keys())} of the replay's missing, "
          f"{len(theirs.keys() - mine.keys())} not in the replay, {changed} with other content, "
          f"{len(published) - len(theirs)} sent twice (same id and content: consumers de-duplicate)")
    when = {(e := orjson.loads(r))["id"]: e["time"] for r in events}
    before, closed = _stamped_before_their_cause(published, when)
    print(f"worker outputs stamped before the input that caused them: {before} of {len(published)}; triggers "
          f"whose window closed before it: {closed}")  # fmt: skip
    out = Path(".local/agreement")
    (out / "replay.jsonl").write_bytes(b"\n".join(orjson.dumps(e) for e in replayed))
    (out / "worker.jsonl").write_bytes(b"\n".join(orjson.dumps(e) for e in published))


def _stamped_before_their_cause(outputs: list[dict], when: dict[str, str]) -> tuple[int, int]:
    """How many outputs carry a time before their input's (a held clock), and how many triggers could not be
    acted on when their input arrived (``not_after`` before it): a request for a person lost that way."""
    ts = event_time
    before = closed = 0
    for out in outputs:
        cause = when.get(out["data"].get("triggered_by", ""))
        if cause is None:  # a clock tick's output: its cause is the clock itself
            continue
        before += ts(out["time"]) < ts(cause)
        closed += out["type"] == "vigia.outreach.requested" and ts(out["data"]["not_after"]) < ts(cause)
    return before, closed


if __name__ == "__main__":
    main()
