"""End-to-end throughput of one `vigia worker` process on the local Kafka broker.

Publishes simulated events as fast as possible to fresh topics and measures how long one worker
takes to process them all (read from its /metrics). Needs the local stack:
``bash deploy/stack.sh up && PYTHONPATH=. .venv/bin/python benchmarks/bench_worker.py``. ``--no-journal``
runs the worker without a checkpoint key (no model checkpoints, no journal): what crash-exact models cost.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson

from backtest.simulator import Simulation
from schemas.validation import Contract
from streams.kafka_io import publish, topic_for
from streams.settings import Settings
from tests.integration.conftest import new_worker


def processed(worker) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in worker.get("/metrics").decode().splitlines()
               if line.startswith("vigia_events_processed_total{") and "vigia.clock.tick" not in line)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--no-journal", action="store_true", help="no checkpoint key: no checkpoints, no journal")
    args = parser.parse_args()
    sim = Simulation(args.customers, args.days, seed=3)
    events = [orjson.dumps(e) for e in sim.events()]
    folder = Path(".local/bench-worker")
    folder.mkdir(parents=True, exist_ok=True)
    # The tests' worker checkpoints every second and flushes the read model every 0.1 s; measure with
    # the intervals a deployment runs (clock sweep every 5 s, so the ticks of the run are included).
    defaults = Settings()
    worker = new_worker(Settings.from_env(), folder, VIGIA_PARTITIONS="6", VIGIA_CLOCK_INTERVAL_S="5",
                        VIGIA_CHECKPOINT_INTERVAL_S=str(defaults.checkpoint_interval_s),
                        VIGIA_MIRROR_INTERVAL_S=str(defaults.mirror_interval_s),
                        **({"VIGIA_CHECKPOINT_KEY": ""} if args.no_journal else {}))  # fmt: skip
    worker.start()
    try:
        contract = Contract()
        messages = [(topic_for(worker.settings, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r)
                    for r in events]  # fmt: skip
        started = time.monotonic()
        publish(worker.settings, messages)
        published = time.monotonic() - started
        while processed(worker) < len(events):
            time.sleep(0.2)
        elapsed = time.monotonic() - started
    finally:
        worker.stop()
    print(f"{len(events)} events, {args.customers} customers: published in {published:.1f} s, "
          f"processed in {elapsed:.1f} s -> {len(events) / elapsed:,.0f} events/s, "
          f"{elapsed / len(events) * 1e6:.0f} µs per event (one worker process)")  # fmt: skip


if __name__ == "__main__":
    main()
