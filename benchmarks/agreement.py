"""How closely the live worker and the offline replay agree on the same input (fault-free).

Publishes a simulated portfolio to fresh topics, lets one worker process it (deployed intervals, 6
partitions), and replays the same events offline with one model set per partition, as the worker
keeps them. Reports the share of customers in the same final band and the alert and trigger counts
of each. Needs the local stack:
``PYTHONPATH=. .venv/bin/python benchmarks/agreement.py --customers 1000 --days 60``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson

from backtest.replay import Replay
from backtest.simulator import Simulation
from schemas.validation import Contract
from streams.kafka_io import consume, publish, topic_for
from streams.settings import Settings
from tests.integration.conftest import new_worker
from tests.integration.test_agreement import _processed, _wait_for_the_last_clock_sweeps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--partitions", type=int, default=6)
    args = parser.parse_args()
    events = [orjson.dumps(e) for e in Simulation(args.customers, args.days, args.seed).events()]
    offline = Replay(partitions=args.partitions)
    counts = {"alert": 0, "trigger": 0}
    replayed: list[dict] = []

    def collect(out) -> None:
        if out.kind in counts:
            counts[out.kind] += 1
            replayed.append(out.event())

    offline.on_output = collect
    for raw in events:
        offline.feed(raw)
    expected = {p["customer_id"]: p for p in offline.profiles()}
    folder = Path(".local/agreement")
    folder.mkdir(parents=True, exist_ok=True)
    worker = new_worker(Settings.from_env(), folder, VIGIA_PARTITIONS=str(args.partitions),
                        VIGIA_CLOCK_INTERVAL_S="5")  # fmt: skip
    worker.start()
    try:
        s, contract = worker.settings, Contract()
        publish(s, [(topic_for(s, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in events])
        deadline = time.monotonic() + 900
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
    out = Path(".local/agreement")
    (out / "replay.jsonl").write_bytes(b"\n".join(orjson.dumps(e) for e in replayed))
    (out / "worker.jsonl").write_bytes(b"\n".join(orjson.dumps(e) for e in published))


if __name__ == "__main__":
    main()
