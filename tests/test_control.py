"""Control groups: a stable draw, no collection for the held out, every answer owed still given, honest intervals."""

from __future__ import annotations

import random

import orjson

from backtest.closed_loop import run_closed_loop
from backtest.replay import Replay
from backtest.simulator import Simulation
from online_models.clock import parse_time
from online_models.control import ControlSettings, UpliftTracker, draw
from online_models.core import CoreSettings
from online_models.decisions import REPLIES, Decider, DecisionSettings
from online_models.models import ModelSet, ModelSettings
from tests.test_decisions import overdue

HALF = ControlSettings(share=0.5)


def _held_out(n: int = 1) -> list[str]:
    return [c for c in (f"ctl-{i}" for i in range(200)) if HALF.group(c, "new_delinquent") == "control"][:n]


def test_the_draw_is_fixed_by_id_and_salt_and_holds_the_share() -> None:
    ids = [f"cust-{i:06d}" for i in range(20000)]
    assert [draw(c, "s1") for c in ids[:50]] == [draw(c, "s1") for c in ids[:50]]
    held = sum(ControlSettings(share=0.1).group(c, "any") == "control" for c in ids) / len(ids)
    assert 0.09 < held < 0.11
    other = sum(ControlSettings(share=0.1, salt="s2").group(c, "any") == "control" for c in ids[:2000])
    both = sum(ControlSettings(share=0.1).group(c, "any") == ControlSettings(share=0.1, salt="s2").group(c, "any")
               == "control" for c in ids[:2000])  # fmt: skip
    assert 150 < other < 250 and both < 50  # a new salt draws another group
    per_segment = ControlSettings(share=0.1, shares={"human": 0.0})
    assert all(per_segment.group(c, "human") == "treated" for c in ids[:500])


def test_a_control_customer_gets_no_collection_but_every_answer_owed() -> None:
    decider = Decider(control=HALF)
    who = _held_out()[0]
    p = overdue()
    p.customer_id = who
    assert decider.decide(p, "e1") is None  # overdue, contact due: held out
    assert p.episode is not None and p.episode[1] == "control" and p.episode[4] in p.channels_consented
    p.handoff_requested_ts = p.clock_ts  # asks for a person
    assert decider.decide(p, "e2")["purpose"] == "handoff"
    p.hold = ["dispute", p.clock_ts + 60, "not_mine"]
    p.clock_ts += 120
    assert decider.decide(p, "e3")["purpose"] == "dispute_review"


def test_groups_do_not_depend_on_partitions_or_restarts() -> None:
    events = [orjson.dumps(e) for e in Simulation(300, 60, seed=3).events()]
    settings = CoreSettings(models=ModelSettings(control=ControlSettings(share=0.3, keep_episodes=True)))
    groups = []
    for partitions in (2, 5):
        replay = Replay(settings, partitions=partitions)
        for raw in events:
            replay.feed(raw)
        open_ = {cid: orjson.loads(b)["episode"] for cid, b in replay.store.items() if b"episode" in b}
        done = [e for m in replay.core.models.values() for e in m.uplift.log]
        groups.append({**{e["customer_id"]: e["group"] for e in done}, **{c: ep[1] for c, ep in open_.items()}})
    assert len(groups[0]) > 50 and groups[0] == groups[1]
    assert all(group == settings.models.control.group(c, "any") for c, group in groups[0].items())


def test_in_a_closed_loop_control_customers_get_only_answers() -> None:
    run = run_closed_loop(400, 60, seed=11, control_share=0.5)
    control = ControlSettings(share=0.5)
    to_control = [t["data"]["purpose"] for t in run.triggers if control.group(t["subject"], "any") == "control"]
    to_treated = [t["data"]["purpose"] for t in run.triggers if control.group(t["subject"], "any") == "treated"]
    assert set(to_control) <= REPLIES and len(to_treated) > 100
    asked = {c["customer_id"] for c in run.truth if c.get("human_requests")
             and control.group(c["customer_id"], "any") == "control"}  # fmt: skip
    answered = {t["subject"] for t in run.triggers if t["data"]["purpose"] in REPLIES}
    assert asked and asked <= answered  # a held-out customer who asked for a person got one


def test_the_interval_covers_the_true_difference_about_95_times_in_100() -> None:
    rng, inside = random.Random(5), 0
    truth = _mean_clipped(60, 40) - _mean_clipped(50, 40)
    for _ in range(400):
        tracker = UpliftTracker()
        for _ in range(150):
            tracker.learn("champion", "s", "sms", "treated", max(0.0, rng.gauss(60, 40)), False, 0.07, False)
            tracker.learn("champion", "s", "sms", "control", max(0.0, rng.gauss(50, 40)), False, 0.0, False)
        u = tracker.estimate()
        inside += u.low <= truth <= u.high
    assert 0.92 <= inside / 400 <= 0.98


def _mean_clipped(mu: float, sigma: float, n: int = 200_000) -> float:
    rng = random.Random(1)
    return sum(max(0.0, rng.gauss(mu, sigma)) for _ in range(n)) / n


def test_the_challenger_policy_decides_for_its_share_and_is_measured_apart() -> None:
    control = ControlSettings(share=0.2, challenger_share=0.5)
    models = ModelSet(ModelSettings(control=control, challenger_policy=DecisionSettings(overdue_gap_days=9)))
    seen = {"champion": 0, "challenger": 0}
    for i in range(400):
        p = overdue()
        p.customer_id = f"pol-{i}"
        decider = models.decider_for(p)
        assert decider.name == control.policy(p.customer_id)
        seen[decider.name] += 1
        decider.decide(p, f"e{i}")
        if p.episode:
            assert p.episode[2] == decider.name
    assert 150 < seen["challenger"] < 250
    assert models.challenger.settings.overdue_gap_days == 9 and models.decider.settings.overdue_gap_days == 3


def test_an_episode_counts_payments_in_its_window_only() -> None:
    control = ControlSettings(share=0.3, window_days=10)
    models = ModelSet(ModelSettings(control=control))
    p = overdue()
    p.customer_id = "ep-1"
    models.decider_for(p).decide(p, "e1")
    start = p.episode[0]
    for day, amount in ((2, 100.0), (9, 50.0), (12, 999.0)):
        p.clock_ts = start + day * 86400
        models.observe(p, "payment.received", {"amount": amount})
    assert p.episode is None and models.uplift.log is None
    (cell,) = models.uplift.cells.values()
    assert cell.n == 1 and cell.paid == 150.0
    assert parse_time("2026-03-16T10:00:00-03:00") == start
