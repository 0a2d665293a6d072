"""Restarts: after SIGTERM or kill -9 the worker resumes within seconds, and its clocks keep moving."""

from __future__ import annotations

import signal
import time

import orjson
import pytest

from backtest.replay import Replay
from backtest.simulator import Simulation
from schemas.validation import Contract
from streams.kafka_io import consume, create_topics, publish, topic_for
from tests.faults.conftest import accounted, caught_up, opening, processed, profile, wait_for
from tests.helpers import event
from tests.integration.conftest import new_worker
from tests.integration.test_agreement import ORDER_FREE_FIELDS

pytestmark = pytest.mark.integration
RESUME_S = 15.0  # the bound: processing resumes within this long of a restart


def test_after_a_sigterm_restart_with_no_payment_traffic_clocks_still_move(stack, tmp_path) -> None:
    worker = new_worker(stack, tmp_path)
    s = worker.settings
    worker.start()
    try:
        customers = _nine_opened(worker, "r")
        worker.stop()  # SIGTERM
        assert worker.stopped_in is not None and worker.stopped_in < 20  # nothing left unacked to wait for
        restarted = time.monotonic()
        worker.start()
        # Afterwards only the journey topic speaks, and only of the first customer: a month later.
        publish(s, [_a_month_later(s, "r0")])
        wait_for(lambda: profile(worker, "r0")["days_past_due"] == 30, RESUME_S, 0.2, "the new event processed")
        assert time.monotonic() - restarted < RESUME_S + 10  # start-up included
        # A silent customer on r0's partition is ticked to the partition's progress: its clock moves too.
        partner = _same_partition(worker, "r0", customers[1:])
        assert partner is not None
        wait_for(lambda: profile(worker, partner)["days_past_due"] >= 29, 20, 0.5,
                 f"the silent customer {partner}'s clock to follow")  # fmt: skip
    finally:
        worker.stop()


def test_a_partition_whose_last_input_is_malformed_still_ticks_its_silent_customers(stack, tmp_path) -> None:
    """A dead-lettered input is read like any other: the partition counts as read to its end, goes quiet, and the
    clock sweep ticks its silent customers to its progress (it used to wait for the next valid input)."""
    worker = new_worker(stack, tmp_path)
    s = worker.settings
    worker.start()
    try:
        customers = _nine_opened(worker, "m")
        partner = _same_partition(worker, "m0", customers[1:])
        assert partner is not None
        publish(s, [_a_month_later(s, "m0"), (s.topic_journey, "m0", b"{not json")])
        wait_for(lambda: profile(worker, "m0")["days_past_due"] == 30, 30, 0.2, "the new event processed")
        wait_for(lambda: profile(worker, partner)["days_past_due"] >= 29, 30, 0.5,
                 f"the silent customer {partner}'s clock to follow")  # fmt: skip
    finally:
        worker.stop()


def _nine_opened(worker, prefix: str) -> list[str]:
    """Nine customers registered, each with an invoice due on 5 March, processed by ``worker``: their ids."""
    s = worker.settings
    customers = [f"{prefix}{n}" for n in range(9)]
    first = [message for who in customers for message in opening(s, who, "SP", 100.0)]
    publish(s, first)
    wait_for(lambda: processed(worker) >= len(first), 60, what="the first events")
    return customers


def _a_month_later(s, customer_id: str) -> tuple[str, str, bytes]:
    """A journey event of ``customer_id`` on 4 April, a month after its invoice fell due."""
    later = event("session.started", {"channel": "app"}, "2026-04-04T10:00:00-03:00", subject=customer_id)
    return s.topic_journey, customer_id, orjson.dumps(later)


def _same_partition(worker, customer_id: str, others: list[str]) -> str | None:
    """The first of ``others`` whose events go to ``customer_id``'s partition (None: none does)."""
    from online_models.partitioning import partition_for

    n = worker.settings.partitions
    return next((c for c in others if partition_for(c.encode(), n) == partition_for(customer_id.encode(), n)), None)


def test_kill_9_twice_mid_stream_loses_no_input_and_no_output(stack, tmp_path) -> None:
    """Two kill -9 while a backlog is read: every output of an uninterrupted run is sent, under its id, none other."""
    sim = Simulation(customers=150, days=45, seed=5)
    events = [orjson.dumps(e) for e in sim.events()]
    contract = Contract()
    # Checkpoints every second: after each kill -9 the models restart from one and learn the journal again.
    worker = new_worker(stack, tmp_path, VIGIA_INSTANCE_ID="fault-run-1")
    s = worker.settings
    offline, replayed = Replay(s.core, partitions=s.partitions), set()
    everything: dict[str, dict] = {}

    def collect(out) -> None:
        if out.kind != "deadletter":
            replayed.add(out.event()["id"])
            everything[out.event()["id"]] = out.event()

    offline.on_output = collect
    for raw in events:
        offline.feed(raw)
    expected = {p["customer_id"]: p for p in offline.profiles()}
    create_topics(s)
    publish(s, [(topic_for(s, contract, orjson.loads(r)["type"]), orjson.loads(r)["subject"], r) for r in events])
    worker.start()
    try:
        resumes, done = [], 0.0
        for share in (0.35, 0.7):  # of the inputs; each process counts from its own start
            target = share * len(events) - done
            wait_for(lambda target=target: processed(worker) >= target, 120, 0.02, "inputs processed")
            done += processed(worker)
            worker.process.send_signal(signal.SIGKILL)
            worker.process.wait()
            killed_at = time.monotonic()
            worker.start()
            wait_for(lambda: processed(worker) > 0, 60, 0.2, "processing after the restart")
            resumes.append(time.monotonic() - killed_at)
        wait_for(lambda: caught_up(worker) and all(a == b for a, b in accounted(worker).values()), 120, 1.0,
                 "the worker to process every input")  # fmt: skip
        live = {c: profile(worker, c) for c in expected}
        forced = worker.metric("vigia_inputs_forced_total")
        outputs = consume(s, [s.topic_alerts, s.topic_triggers], idle_timeout=5)
        pub_full = {orjson.loads(value)["id"]: orjson.loads(value) for _topic, _key, value in outputs}
        published = set(pub_full)
        print(f"killed after {done:.0f} of {len(events)} inputs; resumed "
              f"{', '.join(f'{r:.1f}' for r in resumes)} s after each kill -9 (restart included)")
        assert max(resumes) < RESUME_S + 15  # the process start itself takes ~10 s on this machine
    finally:
        worker.stop()
    differences = [(c, f) for c in expected for f in ORDER_FREE_FIELDS if expected[c][f] != live[c][f]]
    assert differences == []  # re-delivered inputs after each crash changed no balance, count or promise
    assert all(expected[c]["band"] == live[c]["band"] for c in expected)
    # No output is lost to a crash (a profile is written once its outputs are in Kafka), none is made up, and
    # ids derive from inputs.
    missing, extra = len(replayed - published), len(published - replayed)
    for label, ids, source in (("not sent", replayed - published, everything), ("not in the replay", published -
                                                                                  replayed, pub_full)):  # fmt: skip
        for e in sorted((source[i] for i in ids), key=lambda e: e["time"]):
            print(label, e["type"], e["subject"], e["time"], e["data"].get("triggered_by"))
    print(f"outputs: {len(replayed)} in the replay, {missing} of them not sent, {extra} others; inputs forced out of "
          f"order by the last process: {forced}")
    assert len(replayed) > 200 and missing == 0 and extra == 0
    # ... and each is the uninterrupted run's to the byte: channel, anomaly score and segment included (the
    # models learnt again what they had learnt since their last checkpoint).
    changed = sorted(i for i in replayed if pub_full[i] != everything[i])
    for i in changed[:5]:
        print("changed", i, {k: (everything[i]["data"].get(k), v) for k, v in pub_full[i]["data"].items()
                             if everything[i]["data"].get(k) != v})  # fmt: skip
    assert changed == []
