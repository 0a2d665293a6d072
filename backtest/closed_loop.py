"""Closed loop: the simulator reacts to the outreach of a policy, and the core sees the reactions.

The policy is vigia itself (the core's ``vigia.outreach.requested`` triggers) or a plain baseline:
``everyone`` (every consented channel for every overdue customer, every day), ``nobody``, and
``fixed_rule`` (young customers by WhatsApp bot, older ones by a human call, every day). Baselines
keep to the legal contact window but not to caps; that is what they are there to show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson

from backtest import uplift
from backtest.replay import OutputFiles, Replay
from backtest.simulator import Simulation
from online_models.clock import format_time, parse_time
from online_models.contact_rules import ContactRules
from online_models.control import ControlSettings
from online_models.core import CoreSettings
from online_models.models import ModelSettings
from online_models.outputs import Output, output_id
from online_models.profile import CustomerProfile

POLICIES = ("vigia", "everyone", "nobody", "fixed_rule")
RULES = ContactRules()


def _trigger(profile: CustomerProfile, channel: str, agent: str, day_end: float, policy: str) -> dict | None:
    window = RULES.next_window(day_end + 10 * 3600, profile.state)  # from 10:00 UTC of the next day on
    if window is None:
        return None
    start, end = window
    outreach = output_id(f"{policy}|{profile.customer_id}|{int(day_end)}|{channel}", "outreach")
    return {
        "specversion": "1.0", "id": outreach, "source": f"urn:baseline:{policy}", "type": "vigia.outreach.requested",
        "time": format_time(day_end), "subject": profile.customer_id, "datacontenttype": "application/json",
        "data": {"outreach_id": outreach, "channel": channel, "agent": agent, "not_before": format_time(start),
                 "not_after": format_time(end), "purpose": "negotiation", "offer": None, "tone": "neutral",
                 "priority": 3, "explanation": f"baseline {policy}", "triggered_by": f"clock:{int(day_end)}"},
    }  # fmt: skip


def baseline_triggers(policy: str, store: dict[str, bytes], day_end: float) -> Iterator[dict]:
    """A baseline's triggers for the day after ``day_end`` (no contact for customers not overdue)."""
    if policy in ("nobody", "vigia"):
        return
    for blob in store.values():
        profile = CustomerProfile.from_bytes(blob)
        if not profile.days_past_due:
            continue
        allowed = [c for c in profile.channels_consented if c not in profile.channels_opted_out]
        if policy == "everyone":
            choices = [(c, "human" if c == "human_call" else "bot") for c in allowed]
        else:  # fixed_rule
            age = profile.age() or 40
            choices = [("whatsapp", "bot")] if age < 40 else [("human_call", "human")]
            choices = [(c, a) for c, a in choices if c in allowed]
        for channel, agent in choices:
            trigger = _trigger(profile, channel, agent, day_end, policy)
            if trigger:
                yield trigger


@dataclass
class LoopRun:
    """What a closed-loop run leaves: the replay (profiles, snapshots), triggers, withdrawals and truth."""

    policy: str
    replay: Replay
    triggers: list[dict] = field(default_factory=list)
    withdrawals: list[dict] = field(default_factory=list)
    truth: list[dict] = field(default_factory=list)


def run_closed_loop(customers: int, days: int, seed: int, policy: str = "vigia", folder: Path | None = None,
                    on_day: Callable[[int], None] | None = None, control_share: float = 0.0) -> LoopRun:  # fmt: skip
    """Simulate ``days`` days with ``policy`` deciding the outreach; write files to ``folder`` if given.

    ``control_share`` holds that share of customers out of vigia's proactive contacts and keeps each
    measured episode (``run.replay.core.models[None].uplift``), for :func:`measured_uplift`.
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}: choose one of {', '.join(POLICIES)}")
    sim = Simulation(customers, days, seed)
    files = OutputFiles(folder) if folder else None
    events_out = (folder / "events.jsonl").open("wb") if folder else None
    pending: list[dict] = []

    def collect(out: Output) -> None:
        if out.kind == "trigger" and policy != "vigia":
            return  # a baseline decides the outreach: vigia's own triggers never reach the customers
        if files:
            files.write(out)
        if out.kind == "trigger":
            pending.append(out.event())
        elif out.kind == "withdrawal":  # the customers' side drops a contact withdrawn before it was made
            withdrawal = out.event()
            run.withdrawals.append(withdrawal)
            gone = withdrawal["data"]["outreach_id"]
            pending[:] = [t for t in pending if t["data"]["outreach_id"] != gone]

    settings = None
    if control_share:
        control = ControlSettings(share=control_share, keep_episodes=True)
        settings = CoreSettings(models=ModelSettings(control=control))
    replay = Replay(settings, on_output=collect)
    run = LoopRun(policy, replay)
    for day in range(days):
        for event in sim.day(day):
            raw = orjson.dumps(event)
            if events_out:
                events_out.write(raw + b"\n")
            replay.feed(raw)
        day_end = parse_time(datetime.combine(sim.start, datetime.min.time(), UTC).isoformat()) + (day + 1) * 86400
        if policy != "vigia":
            for trigger in baseline_triggers(policy, replay.store, day_end):
                pending.append(trigger)
                if files:
                    files._files["trigger"].write(orjson.dumps(trigger) + b"\n")
        for trigger in pending:
            sim.react(trigger)
        run.triggers += pending
        pending.clear()
        if on_day:
            on_day(day)
    run.truth = list(sim.truth())
    if files:
        files.close(replay)
        events_out.close()
        with (folder / "truth.jsonl").open("wb") as handle:
            for line in run.truth:
                handle.write(orjson.dumps(line) + b"\n")
    return run


def measured_uplift(run: LoopRun, customers: int, days: int, seed: int) -> dict[str, dict]:
    """The control group's uplift estimate of a run with a control share, by channel, next to the truth."""
    tracker = run.replay.core.models[None].uplift
    return uplift.check(tracker, tracker.log or [], uplift.payments_without_contact(customers, days, seed))
