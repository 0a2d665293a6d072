"""Fault runs against the real broker and Redis: the fixtures of tests/integration, and what faults need."""

from __future__ import annotations

import re
import time
import urllib.error
from collections import Counter
from dataclasses import replace
from pathlib import Path

import orjson

from backtest.replay import Replay
from schemas.validation import Contract
from streams.kafka_io import consume, create_topics, publish, topic_for
from streams.settings import Settings
from tests.helpers import event
from tests.integration.conftest import Worker, _free_port, new_worker, stack  # noqa: F401  (fixtures shared)


def replayed(settings: Settings, events: list[bytes]) -> tuple[Replay, dict[str, dict]]:
    """An uninterrupted run of ``events``, offline: the replay (its profiles) and its alerts and triggers by id."""
    offline, expected = Replay(settings.core, partitions=settings.partitions), {}
    offline.on_output = lambda out: out.kind != "deadletter" and expected.setdefault(out.event()["id"], out.event())
    for raw in events:
        offline.feed(raw)
    return offline, expected


def publish_all(settings: Settings, events: list[bytes]) -> None:
    """Each event to its input topic, keyed by its customer (the topics created first)."""
    contract = Contract()
    create_topics(settings)
    publish(settings, [(topic_for(settings, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r)
                       for r in events])  # fmt: skip


class Published(dict):
    """The alerts and triggers out so far, by id; :meth:`all_out` reads on and says whether ``expected`` all are."""

    def __init__(self, settings: Settings, expected: dict[str, dict]) -> None:
        super().__init__()
        self.settings, self.expected = settings, expected

    def all_out(self) -> bool:
        s = self.settings
        for _topic, _key, value in consume(s, [s.topic_alerts, s.topic_triggers], idle_timeout=2):
            self[orjson.loads(value)["id"]] = orjson.loads(value)
        return set(self.expected) <= set(self)

    def report(self, first: int = 8) -> None:
        """Print what a failure needs to be read from the log alone: the changed outputs per partition, and the
        earliest ones with the fields they differ in (a tick dated at a later input shows as ``time``)."""
        from online_models.partitioning import partition_for

        _, extra, changed = self.differences()
        where = Counter(partition_for(self.expected[i]["subject"].encode(), self.settings.partitions) for i in changed)
        print("changed outputs per partition:", dict(where))
        for i in sorted(changed, key=lambda i: self.expected[i]["time"])[:first]:
            want, got = self.expected[i], self[i]
            fields = {k: (want.get(k), v) for k, v in got.items() if k != "data" and want.get(k) != v}
            fields |= {f"data.{k}": (want["data"].get(k), v) for k, v in got["data"].items()
                       if want["data"].get(k) != v}  # fmt: skip
            print("changed", want["time"], want["subject"], want["type"], fields)
        for i in sorted(extra, key=lambda i: self[i]["time"])[:first]:
            e = self[i]
            print("not in the replay", e["type"], e["subject"], e["time"], e["data"].get("triggered_by"))

    def differences(self) -> tuple[list[str], list[str], list[str]]:
        """The ids of the expected outputs not out, of those out that were not expected, and of those out changed."""
        missing = sorted(set(self.expected) - set(self))
        extra = sorted(set(self) - set(self.expected))
        changed = sorted(i for i in self.expected if i in self and self[i] != self.expected[i])
        return missing, extra, changed


def sibling(worker: Worker, folder: Path, instance_id: str) -> Worker:
    """Another process of ``worker``'s app (same topics, group and Redis), with its own web port, data and log."""
    port = _free_port()
    env = {**worker.env, "VIGIA_INSTANCE_ID": instance_id, "VIGIA_WEB_PORT": str(port),
           "VIGIA_DATA_DIR": str(folder / "data")}  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    return replace(worker, env=env, settings=replace(worker.settings, web_port=port), log=folder / "worker.log",
                   process=None, starts=[])  # fmt: skip


# what a worker's log says of its partitions' models and clock (customer ids at most: no personal data)
_ALARMING = re.compile(r"does not follow on|differ from|could not read the checkpoint|refused|before the table "
                       r"recovery|ERROR|CRITICAL|superseded")
_TOLD = re.compile(r"WARNING|ERROR|CRITICAL|models learnt again|restored from checkpoint|clock primed|superseded")


def print_worker_logs(workers: list[Worker], last: int = 60) -> None:
    """Print the lines of each worker's log that say what happened to its models and partitions (warnings,
    checkpoints restored, journals learnt again, primings), so a failed CI run explains itself from its log: the
    workers' logs are in pytest's temporary folders, which later runs delete."""
    for worker in workers:
        if not worker.log.exists():
            continue
        told = [line for line in worker.log.read_text(errors="replace").splitlines() if _TOLD.search(line)]
        alarming = [line for line in told if _ALARMING.search(line)]  # first, as a CI log may keep only a part
        print(f"--- {worker.env.get('VIGIA_INSTANCE_ID', worker.log.parent.name)}: {len(alarming)} lines say models "
              "or profiles may differ:", *(line[:300] for line in alarming[:6]), sep="\n")  # fmt: skip
        print(f"--- {worker.env.get('VIGIA_INSTANCE_ID', worker.log.parent.name)}: {len(told)} lines told, the last "
              f"{min(last, len(told))}:")  # fmt: skip
        for line in told[-last:]:
            print(line[:300])


def metric_rows(worker: Worker, name: str) -> dict[str, float]:
    """Every series of one metric: its label text -> value."""
    rows = {}
    for line in worker.get("/metrics").decode().splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            labels, value = line.rsplit(" ", 1)
            rows[labels[len(name):]] = float(value)
    return rows


def processed(worker: Worker, unreachable: float | None = None) -> float:
    """Inputs the worker has processed (``unreachable``, when given, while its web server does not answer)."""
    try:
        return sum(v for k, v in metric_rows(worker, "vigia_inputs_total").items() if "processed" in k)
    except OSError:
        if unreachable is None:
            raise
        return unreachable


def opening(settings, customer_id: str, state: str, amount: float) -> list[tuple[str, str, bytes]]:
    """A customer's first two inputs: registered on 1 March, then an invoice due on the 5th."""
    registered = event("customer.registered", {"state": state}, "2026-03-01T09:00:00-03:00", subject=customer_id)
    invoice = event("invoice.issued", {"invoice_id": f"{customer_id}-i1", "amount": amount, "due_date": "2026-03-05"},
                    "2026-03-01T10:00:00-03:00", subject=customer_id)  # fmt: skip
    return [(settings.topic_journey, customer_id, orjson.dumps(registered)),
            (settings.topic_payment, customer_id, orjson.dumps(invoice))]  # fmt: skip


def accounted(worker: Worker) -> dict[str, tuple[float, float]]:
    """Per partition: (inputs read, inputs processed + duplicates + dead letters)."""
    read = {k.split('"')[1]: v for k, v in metric_rows(worker, "vigia_inputs_read_total").items()}
    done: dict[str, float] = {}
    for labels, value in metric_rows(worker, "vigia_inputs_total").items():
        partition = labels.split('partition="')[1].split('"')[0]
        done[partition] = done.get(partition, 0.0) + value
    return {p: (read[p], done.get(p, 0.0)) for p in read}


def wait_for(condition, timeout: float, every: float = 0.5, what: str = "condition"):
    """``condition()`` once it is truthy; a worker answering 503 (its profiles still being recovered) is not yet."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except urllib.error.HTTPError as err:
            if err.code != 503:
                raise
            value = None
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{what} not reached within {timeout} s")


def profile(worker: Worker, customer_id: str) -> dict:
    return orjson.loads(worker.get(f"/customers/{customer_id}"))


def end_offsets(s: Settings) -> dict[str, dict[str, int]]:
    """Per input partition (as text, as ``/models`` names them): each input topic's end offset."""
    from confluent_kafka import Consumer, TopicPartition

    reader = Consumer({"bootstrap.servers": s.kafka_bootstrap, "group.id": "vigia-faults-watermarks"})
    try:
        return {str(p): {topic: reader.get_watermark_offsets(TopicPartition(topic, p), timeout=5)[1]
                         for topic in (s.topic_journey, s.topic_payment)} for p in range(s.partitions)}  # fmt: skip
    finally:
        reader.close()


def caught_up(worker: Worker) -> bool:
    """Whether the worker has processed every message of its input topics (its offsets at each end)."""
    ends = end_offsets(worker.settings)
    models = orjson.loads(worker.get("/models"))
    done = {(topic, p): offset for p, figures in models.items() if p != "None"
            for topic, offset in figures["offsets"].items()}  # fmt: skip
    return all(end == 0 or done.get((topic, p), -1) >= end - 1 for p, by_topic in ends.items()
               for topic, end in by_topic.items())  # fmt: skip


def settled(worker: Worker, published: Published, customers) -> tuple[dict[str, dict], dict[str, dict | None]]:
    """Once every output of the uninterrupted run is out (or the wait gives up) and every input processed: each
    customer's profile as the worker serves it, and as the read model mirrors it."""
    import contextlib

    import redis

    from streams.readmodel import redis_key

    with contextlib.suppress(AssertionError):  # what is missing is counted by the caller
        wait_for(published.all_out, 240, 2.0, "every output of the uninterrupted run")
    wait_for(lambda: caught_up(worker), 120, 1.0, "the worker to process every input")
    published.all_out()
    live = {c: profile(worker, c) for c in customers}
    mirror = redis.Redis.from_url(worker.settings.redis_url)

    def mirrored_now() -> dict[str, dict | None]:
        return {c: orjson.loads(mirror.hget(redis_key(c), "json") or b"null") for c in customers}

    # The read model catches up with the table within a few flushes; on a loaded machine, after a freeze, that
    # may take longer than a fixed pause, so wait until it mirrors every profile (or give up: the caller counts).
    with contextlib.suppress(AssertionError):
        wait_for(lambda: mirrored_now() == live, 60, 1.0, "the read model to mirror every profile")
    return live, mirrored_now()


def assert_as_uninterrupted(published: Published, final: dict[str, dict], live: dict, mirrored: dict,
                            workers: list[Worker]) -> None:  # fmt: skip
    """Every output of the uninterrupted run sent with its content and none other; the replay's profiles in the
    table and the read model. A difference prints its first outputs and the workers' logs."""
    from tests.integration.test_agreement import ORDER_FREE_FIELDS

    missing, extra, changed = published.differences()
    for label, ids, source in (("not sent", missing, published.expected), ("not in the replay", extra, published)):
        for i in ids[:10]:
            e = source[i]
            print(label, e["type"], e["subject"], e["time"], e["data"].get("triggered_by"))
    print(f"{len(published.expected)} outputs in the replay, {len(missing)} of them not sent; {len(extra)} others, "
          f"{len(changed)} changed")
    if missing or extra or changed:
        published.report()
        print_worker_logs(workers)
    assert len(published.expected) > 100 and missing == [] and changed == [] and extra == []
    differs = sorted(c for c in final if any(live[c][f] != final[c][f] for f in ORDER_FREE_FIELDS))
    stale = sorted(c for c in final if mirrored[c] is None or mirrored[c] != live[c])
    print(f"profiles: {len(differs)} of {len(final)} differ from the replay's; read model: {len(stale)} behind")
    for c in stale[:3]:  # which fields lag tells a slow flush (a few counters) from a lost one (missing entry)
        apart = "missing" if mirrored[c] is None else sorted(k for k in live[c] if mirrored[c].get(k) != live[c][k])
        print("read model behind for", c, apart)
    assert differs == [] and stale == []


def describe(workers: list[Worker], published: Published) -> None:
    """Print what a stall needs to be read from the log alone: the missing, changed and other outputs (how many
    per partition and kind; the earliest few missing), and each live worker's inputs read and accounted for,
    those waiting in its merge, and how far it processed each input partition against the partition's end."""
    from online_models.partitioning import partition_for

    missing_ids, extra_ids, changed_ids = published.differences()
    missing = [published.expected[i] for i in missing_ids]
    s = published.settings
    print("missing per (partition, type):", dict(Counter((partition_for(o["subject"].encode(), s.partitions),
                                                          o["type"]) for o in missing)))  # fmt: skip
    for label, ids in (("changed", changed_ids), ("others", extra_ids)):
        outs = [published[i] for i in ids]
        print(f"{label} per (partition, type):", dict(Counter((partition_for(o["subject"].encode(), s.partitions),
                                                               o["type"]) for o in outs)))  # fmt: skip
    for o in sorted(missing, key=lambda o: o["time"])[:8]:
        print("missing", o["time"], o["subject"], o["type"], o["data"].get("triggered_by"))
    ends = end_offsets(s)
    for worker in workers:
        if worker.process is None or worker.process.poll() is not None:
            continue
        print(worker.env["VIGIA_INSTANCE_ID"], "read/accounted per partition:", accounted(worker))
        for name in ("vigia_inputs_waiting", "vigia_inputs_before_recovery_total", "vigia_inputs_forced_total"):
            print(f"  {name}:", metric_rows(worker, name))
        for partition, figures in orjson.loads(worker.get("/models")).items():
            print(f"  partition {partition} processed up to", figures.get("offsets"), "of", ends.get(partition))
