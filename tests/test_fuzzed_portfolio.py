"""A portfolio with faults nobody wrote a test for: odd values, customers never registered, events out of order,
deliveries twice. Nothing may fail inside the core, and every contact stays inside the law."""

from __future__ import annotations

import copy
import random

import orjson
import pytest

from backtest.evaluate import compliance
from backtest.replay import Replay
from backtest.simulator import Simulation


def _mutated(event: dict, rng: random.Random, invoice_ids: list[str]) -> dict:
    """The event with some values replaced by odd ones the contract may or may not accept."""
    event = copy.deepcopy(event)
    data = event["data"]
    for key, value in list(data.items()):
        if rng.random() >= 0.15:
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            data[key] = rng.choice([0, -value, value * 1e6, 0.001, 1e15])
        elif isinstance(value, str) and key.endswith("date"):
            data[key] = rng.choice(["1999-01-01", "2099-12-31", "2026-02-29", "2026-02-28"])
        elif key == "invoice_id":
            data[key] = rng.choice(invoice_ids)  # another customer's invoice, or one already settled
        elif isinstance(value, str):
            data[key] = rng.choice(["", value * 50, "\u0000x", "\U0001f600" * 10])
    return event


def fuzzed_portfolio(seed: int) -> tuple[list[dict], list[dict]]:
    """The events as delivered, and the simulator's truth about the customers (their states)."""
    rng = random.Random(seed)
    simulation = Simulation(150, 45, seed=seed)
    events, truth = list(simulation.events()), list(simulation.truth())
    invoice_ids = [e["data"]["invoice_id"] for e in events if "invoice_id" in e["data"]]
    subjects = sorted({e["subject"] for e in events})
    unregistered = set(rng.sample(subjects, len(subjects) // 5))
    feed = [_mutated(e, rng, invoice_ids) if rng.random() < 0.3 else e for e in events
            if not (e["type"] == "customer.registered" and e["subject"] in unregistered)]  # fmt: skip
    for i in range(len(feed) - 1):  # neighbours swapped: late by one event
        if rng.random() < 0.1:
            feed[i], feed[i + 1] = feed[i + 1], feed[i]
    return [x for e in feed for x in ([e, e] if rng.random() < 0.02 else [e])], truth


@pytest.mark.parametrize("seed", [1, 4])
def test_a_fuzzed_portfolio_fails_nothing_and_contacts_nobody_outside_the_law(seed: int) -> None:
    feed, truth = fuzzed_portfolio(seed)
    runs = []
    for _ in range(2):
        outputs: list[bytes] = []
        replay = Replay(on_output=lambda out, outputs=outputs: outputs.append(out.value))
        failed = [r for e in feed for r in replay.feed(orjson.dumps(e)) if r.reason == "processing_error"]
        assert failed == []
        runs.append(outputs)
    assert runs[0] == runs[1]  # the same input, the same outputs
    triggers = [orjson.loads(v) for v in runs[0] if orjson.loads(v)["type"] == "vigia.outreach.requested"]
    assert len(triggers) > 100
    found = compliance(triggers, truth, feed)
    assert (found["outside_window"], found["over_caps"], found["after_opt_out"]) == (0, 0, 0)
