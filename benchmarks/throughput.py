"""Throughput and latency of vigia beside what Faust and Kafka allow, over the same events, in one run.

Runs, interleaved over the same simulated events, each on fresh topics of the local broker: vigia
with one worker, vigia with two, a bare Faust agent with a changelog table and one without
(``benchmarks/bare_faust.py``), a raw confluent-kafka loop (consume, decode, produce, from a
backlog), and the offline replay; then vigia's end-to-end latency at half its throughput (input
produce time to the output's Kafka timestamp, joined by ``triggered_by``; and, for every input, to its
step's journal entry in the changelog, which needs a checkpoint key). Prints a table and, last,
one JSON line. It starts the workers it needs and stops them, and the local stack (``deploy/stack.sh``) when
no broker answers, which it then stops at the end:

    PYTHONPATH=. .venv/bin/python benchmarks/throughput.py --quick     # one round, 1,000 x 60 (~5 minutes)
    PYTHONPATH=. .venv/bin/python benchmarks/throughput.py             # three rounds, 2,000 x 60 (~25 minutes)
    PYTHONPATH=. .venv/bin/python benchmarks/throughput.py --latency 370   # only three latency runs, at 370 events/s
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import orjson
from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic

from backtest.replay import FULL_COLLECTION_EVERY_S, Replay, replay_parallel
from backtest.simulator import Simulation
from online_models.collector import Collector
from online_models.journal import Entry
from schemas.validation import Contract
from streams.kafka_io import publish, topic_for
from streams.settings import Settings
from tests.integration.conftest import Worker, _answers, _free_port, new_worker

ROOT = Path(__file__).resolve().parents[1]
WIDE = 16  # the memory run's customers, as a multiple of the throughput portfolio's
DEPLOYED = Settings()  # the intervals a deployment runs, not the tests' faster ones
FOLDER = ROOT / ".local" / "throughput"
# the latency runs leave out the inputs of their first seconds: until each input partition has delivered something,
# an input waits five times the merge's grace cap for it (agents/runtime.py caught_up), a second at the start
WARM_UP_S = 5.0


def folder(name: str) -> Path:
    path = FOLDER / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def deployed(worker_env: dict[str, str]) -> dict[str, str]:
    return {**worker_env, "VIGIA_CLOCK_INTERVAL_S": "5", "VIGIA_MIRROR_INTERVAL_S": str(DEPLOYED.mirror_interval_s),
            "VIGIA_CHECKPOINT_INTERVAL_S": str(DEPLOYED.checkpoint_interval_s)}  # fmt: skip


def messages(settings: Settings, events: list[bytes]) -> list[tuple[str, str, bytes]]:
    contract = Contract()
    return [(topic_for(settings, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in events]


def until_counted(count: Callable[[], float], total: int, started: float,
                  failed: Callable[[float], str | None]) -> float:
    """Seconds from ``started`` until ``count()`` reaches ``total``: polled once a second until 97% are counted,
    then every 50 ms. vigia's count is its whole /metrics page, whose rendering took 4% of the worker's time at
    five polls a second (py-spy), a cost a Prometheus scrape every 15 s does not have; ``failed(elapsed)`` names a
    reason to stop waiting, or None."""
    while (seen := count()) < total:
        elapsed = time.monotonic() - started
        if (reason := failed(elapsed)) is not None:
            raise RuntimeError(reason)
        time.sleep(1.0 if seen < 0.97 * total else 0.05)
    return time.monotonic() - started


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def processed(worker: Worker) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in worker.get("/metrics").decode().splitlines()
               if line.startswith("vigia_events_processed_total{") and "vigia.clock.tick" not in line)  # fmt: skip


def run_vigia(stack: Settings, events: list[bytes], workers: int, partitions: int) -> dict:
    """Events per second of ``workers`` vigia processes sharing one app id (and, for one, memory per customer)."""
    first = new_worker(stack, folder(f"vigia-{uuid.uuid4().hex[:6]}"), VIGIA_PARTITIONS=str(partitions))
    first.env = deployed(first.env)
    group = [first]
    for n in range(1, workers):
        env = {**first.env, "VIGIA_WEB_PORT": str(_free_port()), "VIGIA_DATA_DIR": str(FOLDER / f"w{n}-{uuid.uuid4()}"),
               "VIGIA_INSTANCE_ID": f"bench-{n}"}  # fmt: skip
        group.append(Worker(env, Settings.from_env(env), first.log.with_name(f"worker{n}.log")))
    for w in group:
        w.start()
    try:
        time.sleep(3 if workers == 1 else 12)  # let the group settle its partitions
        idle = rss(first.process.pid)
        started = time.monotonic()
        publish(first.settings, messages(first.settings, events))
        elapsed = until_counted(lambda: sum(processed(w) for w in group), len(events), started,
                                lambda s: f"vigia did not process the events within 10 minutes: see {first.log}"
                                if s > 600 else None)  # fmt: skip
        grown = rss(first.process.pid) - idle
    finally:
        for w in group:
            w.stop()
    return {"eps": len(events) / elapsed, "rss_grown": grown}


def run_bare(stack: Settings, events: list[bytes], table: bool, partitions: int) -> float:
    run = f"bare-{uuid.uuid4().hex[:8]}"
    topics = [f"{run}.journey", f"{run}.payment"]
    create(stack, [*topics, f"{run}.out"], partitions)
    port = _free_port()
    env = {**os.environ, "BARE_APP": run, "BARE_BOOTSTRAP": stack.kafka_bootstrap, "BARE_PARTITIONS": str(partitions),
           "BARE_INPUTS": ",".join(topics), "BARE_OUTPUT": f"{run}.out", "BARE_TABLE": "1" if table else "0",
           "BARE_DATADIR": str(FOLDER / run)}  # fmt: skip
    log = (FOLDER / f"{run}.log").open("wb")
    process = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "bare_faust.py"), "worker", "--web-port",
                                str(port), "--loglevel", "warn"], env=env, cwd=ROOT, stdout=log,
                               stderr=subprocess.STDOUT)  # fmt: skip

    def count() -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/count", timeout=2) as response:
                return orjson.loads(response.read())["n"]
        except OSError:
            return -1

    try:
        deadline = time.monotonic() + 120
        while count() < 0:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the bare Faust agent did not start: see {log.name}")
            time.sleep(0.5)
        time.sleep(3)
        contract = Contract()
        family = {"journey": topics[0], "payment": topics[1]}
        batch = [(family[contract.event_types.get(orjson.loads(r)["type"], "journey")], orjson.loads(r)["subject"], r)
                 for r in events]  # fmt: skip
        started = time.monotonic()
        publish(stack, batch)
        return len(events) / until_counted(count, len(events), started,
                                           lambda s: f"the bare Faust agent stopped at {count()} of {len(events)}: "
                                           f"see {log.name}" if process.poll() is not None or s > 600 else None)
    finally:
        process.terminate()
        process.wait(30)


def run_raw(stack: Settings, events: list[bytes], partitions: int) -> float:
    """A confluent-kafka loop reading a backlog: consume, decode, produce one small output each."""
    run = f"raw-{uuid.uuid4().hex[:8]}"
    create(stack, [f"{run}.in", f"{run}.out"], partitions)
    publish(stack, [(f"{run}.in", orjson.loads(r)["subject"], r) for r in events])
    consumer = Consumer({"bootstrap.servers": stack.kafka_bootstrap, "group.id": run, "auto.offset.reset": "earliest",
                         "enable.auto.commit": True})  # fmt: skip
    producer = Producer({"bootstrap.servers": stack.kafka_bootstrap, "linger.ms": 5})
    consumer.subscribe([f"{run}.in"])
    seen, started = 0, None
    try:
        while seen < len(events):
            for message in consumer.consume(500, 1.0):
                if message.error():
                    continue
                started = started or time.monotonic()
                orjson.loads(message.value())
                producer.produce(f"{run}.out", key=message.key(), value=b'{"ok":1}')
                seen += 1
            producer.poll(0)
        producer.flush(30)
        return len(events) / (time.monotonic() - started)
    finally:
        consumer.close()


def run_replay(events: list[bytes]) -> float:
    replay = Replay(collector=Collector(FULL_COLLECTION_EVERY_S))  # as `vigia replay` runs it
    started = time.perf_counter()
    for raw in events:
        replay.feed(raw)
    return (time.perf_counter() - started) / len(events)


def run_parallel_replay(events: list[bytes], partitions: int, jobs: int = 2) -> float:
    """Events per second of ``vigia replay --jobs`` over a file of the events (wall clock: processes and merge too)."""
    work = folder(f"replay-{uuid.uuid4().hex[:6]}")
    source = work / "events.jsonl"
    source.write_bytes(b"\n".join(events) + b"\n")
    started = time.perf_counter()
    replay_parallel(source, work / "out", jobs, partitions)
    eps = len(events) / (time.perf_counter() - started)
    shutil.rmtree(work)
    return eps


def latency(stack: Settings, events: list[bytes], rate: float, seconds: float, partitions: int,
            wall: bool = False) -> dict:  # fmt: skip
    """End-to-end latency of one worker fed at ``rate`` events a second: input produce time to output timestamp.

    The simulated portfolio's days pass in seconds, so a midnight, when the clock ticks every overdue customer
    of a partition at once, comes every few seconds. ``wall``: each input's event time is its produce time
    instead, so event time runs as in production, and a run meets no midnight (the load without the ticks)."""
    worker = new_worker(stack, folder(f"latency-{uuid.uuid4().hex[:6]}"), VIGIA_PARTITIONS=str(partitions))
    worker.env = deployed(worker.env)
    feed = messages(worker.settings, events[: int(rate * seconds)])
    sent: dict[str, float] = {}
    worker.start()
    try:
        time.sleep(3)
        producer = Producer({"bootstrap.servers": stack.kafka_bootstrap, "partitioner": "murmur2_random",
                             "linger.ms": 0})  # fmt: skip
        lag_before = loop_lags(worker)
        started = time.monotonic()
        for n, (topic, key, raw) in enumerate(feed):
            event = orjson.loads(raw)
            sent[event["id"]] = time.time()
            if wall:
                event["time"] = datetime.fromtimestamp(sent[event["id"]], UTC).isoformat()
                raw = orjson.dumps(event)
            producer.produce(topic, key=key.encode(), value=raw)
            producer.poll(0)
            ahead = (n + 1) / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
        producer.flush(30)
        time.sleep(5)
        lags = {bound: n - lag_before.get(bound, 0) for bound, n in loop_lags(worker).items()}
        first = min(sent.values())
        sent = {event_id: at for event_id, at in sent.items() if at >= first + WARM_UP_S}
        # an output's Kafka timestamp: when vigia sent it
        delays = joined_delays(stack, [worker.settings.topic_alerts, worker.settings.topic_triggers], sent,
                               lambda value: orjson.loads(value)["data"].get("triggered_by"))  # fmt: skip
        steps = step_delays(stack, worker.settings, sent)
    finally:
        worker.stop()
    return {**percentiles(delays, ""), "outputs": len(delays), **percentiles(steps, "step_"), "steps": len(steps),
            **lag_figures(lags)}


def lag_line(lats: list[dict]) -> str:
    """Each run's share of event-loop lag samples over 5 ms and the bound its largest lag fell under."""
    return "; ".join("no samples" if not x["loop_lag_samples"] else
                     f"{100 * x['loop_lag_over_5ms_share']:.1f}% of {x['loop_lag_samples']:.0f} samples over 5 ms, "
                     f"the largest under {x['loop_lag_max_under_ms'] or '>2,500'} ms" for x in lats)  # fmt: skip


def loop_lags(worker: Worker) -> dict[float, float]:
    """The worker's event-loop lag histogram: samples at or under each bucket's bound (s), ``inf`` for all."""
    lags = {}
    for line in worker.get("/metrics").decode().splitlines():
        if line.startswith("vigia_event_loop_lag_seconds_bucket{"):
            bound = line.split('le="', 1)[1].split('"', 1)[0]
            lags[float(bound)] = float(line.rsplit(" ", 1)[1])
    return lags


def lag_figures(lags: dict[float, float]) -> dict[str, float | None]:
    """The share of the loop-lag samples over 5 ms, and the bound (ms) under which the largest lag fell.

    >>> lag_figures({0.005: 95.0, 0.01: 99.0, 0.025: 100.0, float("inf"): 100.0})
    {'loop_lag_samples': 100.0, 'loop_lag_over_5ms_share': 0.05, 'loop_lag_max_under_ms': 25.0}
    """
    total = lags.get(float("inf"), 0.0)
    if not total:
        return {"loop_lag_samples": 0.0, "loop_lag_over_5ms_share": None, "loop_lag_max_under_ms": None}
    under = min(bound for bound, n in lags.items() if n >= total)
    return {"loop_lag_samples": total, "loop_lag_over_5ms_share": round(1 - lags.get(0.005, 0.0) / total, 4),
            "loop_lag_max_under_ms": None if under == float("inf") else under * 1000}


def percentiles(delays: list[float], prefix: str) -> dict[str, float | None]:
    """p50 and p99 in milliseconds (None: no delay)."""
    delays = sorted(delays)
    if not delays:
        return {f"{prefix}p50_ms": None, f"{prefix}p99_ms": None}
    return {f"{prefix}p50_ms": 1000 * statistics.median(delays),
            f"{prefix}p99_ms": 1000 * delays[int(0.99 * (len(delays) - 1))]}  # fmt: skip


def step_delays(stack: Settings, settings: Settings, sent: dict[str, float]) -> list[float]:
    """For every input processed: its produce time to its step's journal entry in the table's changelog, sent
    once the step's outputs are in Kafka, just before its profile. Only a few inputs make an output, so the
    outputs' p99 rests on a handful of them; this one rests on every input (journal on: a checkpoint key)."""
    return joined_delays(stack, [f"{settings.app_id}-customer-profiles-changelog"], sent,
                         lambda value: orjson.loads(Entry.from_bytes(value).raw).get("id"), b'"~journal/')


def joined_delays(stack: Settings, topics: list[str], sent: dict[str, float], input_id: Callable[[bytes], str | None],
                  key_prefix: bytes = b"") -> list[float]:  # fmt: skip
    """Seconds from each input's produce time (``sent``, by id) to the Kafka timestamp of a message of ``topics``
    that names it (``input_id`` of its value), read from the start until nothing comes for 5 s."""
    reader = Consumer({"bootstrap.servers": stack.kafka_bootstrap, "group.id": f"latency-{uuid.uuid4()}",
                       "auto.offset.reset": "earliest"})  # fmt: skip
    reader.subscribe(topics)
    delays, quiet = [], time.monotonic()
    while time.monotonic() - quiet < 5:
        for message in reader.consume(1000, 1.0):
            quiet = time.monotonic()
            if message.error() or not message.value() or not (message.key() or b"").startswith(key_prefix):
                continue
            at = sent.get(input_id(message.value()))
            if at is not None:
                delays.append(message.timestamp()[1] / 1000 - at)
    reader.close()
    return delays


def create(stack: Settings, topics: list[str], partitions: int) -> None:
    admin = AdminClient({"bootstrap.servers": stack.kafka_bootstrap})
    for future in admin.create_topics([NewTopic(t, partitions, 1) for t in topics]).values():
        future.result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one round of 1,000 customers x 60 days")
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--latency", type=float, metavar="EVENTS_PER_S",
                        help="only the latency runs, at this rate (worker settings from the environment, e.g. "
                             "VIGIA_MERGE_GRACE_S)")  # fmt: skip
    parser.add_argument("--wall-time", action="store_true",
                        help="with --latency: each input's event time is its produce time (no simulated midnights)")
    args = parser.parse_args()
    customers, rounds, window = (1000, 1, 20.0) if args.quick else (2000, 3, 60.0)
    FOLDER.mkdir(parents=True, exist_ok=True)
    stack = Settings.from_env()
    host, port = stack.kafka_bootstrap.split(",")[0].rsplit(":", 1)
    started = not _answers(host, int(port))
    if started:
        subprocess.run(["bash", str(ROOT / "deploy" / "stack.sh"), "up"], check=True)
    try:
        if args.latency:
            latency_only(stack, args, customers, rounds, window)
        else:
            measure(stack, args, customers, rounds, window)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / "deploy" / "stack.sh"), "down"], check=False)


def latency_only(stack: Settings, args: argparse.Namespace, customers: int, rounds: int, window: float) -> None:
    """The latency runs alone, at a rate of one's choosing: how the merge's grace and the load shape the tail."""
    events = [orjson.dumps(e) for e in Simulation(customers, 60, seed=3).events()]
    lats = [latency(stack, events, args.latency, window, args.partitions, args.wall_time) for _ in range(rounds)]
    each = ", ".join(f"p50 {x['p50_ms']:.0f} / p99 {x['p99_ms']:.0f} ms" for x in lats if x["p99_ms"] is not None)
    steps = ", ".join(f"p50 {x['step_p50_ms']:.0f} / p99 {x['step_p99_ms']:.0f} ms" for x in lats
                      if x["step_p99_ms"] is not None)  # fmt: skip
    print(f"latency at {args.latency:,.0f} events/s for {window:.0f} s, {len(lats)} run(s): outputs {each}; "
          f"every input's step {steps}; event loop {lag_line(lats)}")
    print(orjson.dumps({"rate": args.latency, "latency_p50_ms": [round(x["p50_ms"], 1) for x in lats if x["p50_ms"]],
                        "latency_p99_ms": [round(x["p99_ms"], 1) for x in lats if x["p99_ms"]],
                        "step_latency_p99_ms": [round(x["step_p99_ms"], 1) for x in lats if x["step_p99_ms"]],
                        "outputs": [x["outputs"] for x in lats], "steps": [x["steps"] for x in lats],
                        "loop_lag_over_5ms_share": [x["loop_lag_over_5ms_share"] for x in lats],
                        "loop_lag_max_under_ms": [x["loop_lag_max_under_ms"] for x in lats]}).decode())


def measure(stack: Settings, args: argparse.Namespace, customers: int, rounds: int, window: float) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers, 60, seed=3).events()]
    # sixteen times the customers over four days: about as many events (1.4x), so what the memory grows by beyond
    # the first run is what the further customers cost; with four times the customers over 15 days, the
    # difference (3 x 2,000 customers at about 2 KB: 12 MB) drowned in the runs' noise (about 10 MB)
    wide = [orjson.dumps(e) for e in Simulation(WIDE * customers, 4, seed=3).events()]
    results: dict[str, list[float]] = {
        k: [] for k in ("vigia", "vigia_x2", "faust_table", "faust", "raw", "replay", "replay_x2")
    }
    rss_grown, rss_grown_wide = [], []
    for _ in range(rounds):
        one = run_vigia(stack, events, 1, args.partitions)
        results["vigia"].append(one["eps"])
        rss_grown.append(one["rss_grown"])
        rss_grown_wide.append(run_vigia(stack, wide, 1, args.partitions)["rss_grown"])
        results["faust_table"].append(run_bare(stack, events, True, args.partitions))
        results["vigia_x2"].append(run_vigia(stack, events, 2, args.partitions)["eps"])
        results["faust"].append(run_bare(stack, events, False, args.partitions))
        results["raw"].append(run_raw(stack, events, args.partitions))
        results["replay"].append(1 / run_replay(events))
        results["replay_x2"].append(run_parallel_replay(events, args.partitions))
    med = {k: statistics.median(v) for k, v in results.items()}
    marginal = (statistics.median(rss_grown_wide) - statistics.median(rss_grown)) / ((WIDE - 1) * customers)
    lats = [latency(stack, events, med["vigia"] / 2, window, args.partitions) for _ in range(rounds)]
    p99s = [lat["p99_ms"] for lat in lats if lat["p99_ms"] is not None]
    lat = {"p50_ms": statistics.median([x["p50_ms"] for x in lats if x["p50_ms"] is not None] or [None]),
           "p99_ms": max(p99s) if p99s else None, "outputs": sum(x["outputs"] for x in lats)}  # fmt: skip
    print(f"{len(events):,} events, {customers:,} customers x 60 days, {args.partitions} partitions, {rounds} round(s)")
    print(f"{'system':40s} {'events/s (min / median / max)':>34s}")
    names = {"vigia": "vigia worker, one process", "vigia_x2": "vigia, two worker processes",
             "faust_table": "bare Faust agent with a changelog table", "faust": "bare Faust agent, no table",
             "raw": "raw confluent-kafka loop (from a backlog)", "replay": "vigia replay (in process)",
             "replay_x2": "vigia replay --jobs 2 (wall clock)"}  # fmt: skip
    for key, label in names.items():
        v = results[key]
        print(f"{label:40s} {min(v):>10,.0f} / {med[key]:>9,.0f} / {max(v):>9,.0f}")
    p50, p99 = (f"{lat[k]:.1f}" if lat[k] is not None else "-" for k in ("p50_ms", "p99_ms"))
    grown = statistics.median(rss_grown) / customers
    print(f"resident memory grown over the idle worker: {grown / 1e3:,.1f} KB per customer with {customers:,} "
          f"({statistics.median(rss_grown) / 1e6:,.1f} MB); with {WIDE * customers:,} customers over 4 days "
          f"({len(wide):,} events): {statistics.median(rss_grown_wide) / 1e6:,.1f} MB, so each further customer adds "
          f"{marginal:,.0f} bytes (runs differ by about 10 MB)")
    each = ", ".join(f"{x['p99_ms']:.0f}" for x in lats if x["p99_ms"] is not None)
    print(f"latency at {med['vigia'] / 2:,.0f} events/s for {window:.0f} s, {len(lats)} run(s): p50 {p50} ms (median), "
          f"p99 {p99} ms (worst run; each: {each}) over {lat['outputs']} outputs (input produce time to the output's "
          "Kafka timestamp)")  # fmt: skip
    steps = [x["step_p99_ms"] for x in lats if x["step_p99_ms"] is not None]
    print(f"every input, produce time to its step's journal entry in the changelog: p99 "
          f"{', '.join(f'{p:.0f}' for p in steps)} ms over {sum(x['steps'] for x in lats):,} inputs")
    print(f"the worker's event loop, sampled every 0.25 s: {lag_line(lats)}")
    walls = [latency(stack, events, med["vigia"] / 2, window, args.partitions, wall=True) for _ in range(rounds)]
    wall_steps = [x["step_p99_ms"] for x in walls if x["step_p99_ms"] is not None]
    wall_p50 = statistics.median([x["step_p50_ms"] for x in walls if x["step_p50_ms"] is not None] or [0.0])
    print(f"the same with event time at the wall clock's pace (no midnight in a run): every input p50 {wall_p50:.0f} "
          f"ms, p99 {', '.join(f'{p:.0f}' for p in wall_steps)} ms over {sum(x['steps'] for x in walls):,} inputs")
    summary = {
        "vigia_eps": round(med["vigia"]), "faust_table_eps": round(med["faust_table"]),
        "faust_eps": round(med["faust"]), "raw_kafka_eps": round(med["raw"]),
        "ratio_vs_faust_table": round(med["vigia"] / med["faust_table"], 2),
        "ratio_vs_raw_kafka": round(med["vigia"] / med["raw"], 3),
        "two_workers_ratio": round(med["vigia_x2"] / med["vigia"], 2),
        "latency_p50_ms": round(lat["p50_ms"], 1) if lat["p50_ms"] is not None else None,
        "latency_p99_ms": round(lat["p99_ms"], 1) if lat["p99_ms"] is not None else None,
        "latency_p99_ms_each_run": [round(p, 1) for p in p99s],
        "step_latency_p99_ms_each_run": [round(p, 1) for p in steps],
        "loop_lag_over_5ms_share_each_run": [x["loop_lag_over_5ms_share"] for x in lats],
        "loop_lag_max_under_ms_each_run": [x["loop_lag_max_under_ms"] for x in lats],
        "wall_time_step_latency_p50_ms": round(wall_p50, 1),
        "wall_time_step_latency_p99_ms_each_run": [round(p, 1) for p in wall_steps],
        "replay_eps": round(med["replay"]), "replay_two_jobs_eps": round(med["replay_x2"]),
        "core_us_per_event": round(1e6 / med["replay"], 1),
        "rss_bytes_per_customer": round(marginal),
        "rss_grown_bytes_per_customer": round(statistics.median(rss_grown) / customers),
    }  # fmt: skip
    print(orjson.dumps(summary).decode())


if __name__ == "__main__":
    main()
