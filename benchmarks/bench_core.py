"""Per-event cost of vigia's pure core, and the size of the profiles it keeps.

Runs simulated events (``backtest.simulator``) through ``Core.step`` with a dict as the store:
decode, validate, update the profile, read texts, learn from delayed labels, score, serialise.
This is the work the worker adds on top of Faust's own per-event cost.
Run by hand: ``.venv/bin/python benchmarks/bench_core.py``.
"""

from __future__ import annotations

import argparse
import copy
import math
import statistics
import time

import orjson

from backtest.simulator import Simulation
from online_models.checkpoint import open_checkpoint, seal
from online_models.core import Core, Origin
from online_models.features import risk_features
from online_models.profile import CustomerProfile
from online_models.risk import RULES, RiskModels
from schemas.validation import Contract


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sim = Simulation(args.customers, args.days, seed=1)
    events = list(sim.events())
    families = Contract().event_types  # event type -> its input topic family, as the contract says
    messages = [(families[e["type"]], e["subject"], orjson.dumps(e)) for e in events]
    timings = []
    for _ in range(args.repeat):
        core, store = Core(), {}
        started = time.perf_counter()
        for family, key, raw in messages:
            core.step(store, raw, Origin("t", family, key=key))
        timings.append((time.perf_counter() - started) / len(messages))
    sizes = sorted(len(blob) for blob in store.values())
    print(f"events: {len(messages)}  customers: {len(store)}")
    print(f"core cost per event: median {statistics.median(timings) * 1e6:.1f} µs over {args.repeat} runs")
    models, key = core.models_for(None), b"k" * 32
    _model_costs(models.risk, [risk_features(CustomerProfile.from_bytes(blob)) for blob in list(store.values())[:1000]])
    started = time.perf_counter()
    blob = seal(models, 0, 1, {}, core.watermark, key)
    sealed = time.perf_counter() - started
    started = time.perf_counter()
    open_checkpoint(blob, key, 0)
    opened = time.perf_counter() - started
    print(
        f"model checkpoint after {models.risk.labels} outcomes: {len(blob) / 1024:.0f} KB, "
        f"sealed in {sealed * 1e3:.1f} ms, verified and loaded in {opened * 1e3:.1f} ms"
    )
    print(f"profile size: median {sizes[len(sizes) // 2]} B, p99 {sizes[int(len(sizes) * 0.99)]} B, max {sizes[-1]} B")


def _model_costs(risk: RiskModels, xs: list[dict[str, float]]) -> None:
    """Per call, best of five: the champion's score (every step), its reasons (every alert), every model's
    score of a snapshot (each invoice, twice) and learning from an outcome (a copy of the models learns)."""
    learner = copy.deepcopy(risk)
    calls = {
        "score": lambda x: risk.score(x, 0.5),
        "reasons": lambda x: risk.explain(x, top=5),
        "snapshot scores": lambda x: risk.scores_at_issue(x, 0.5),
        "learn": lambda x: learner.learn(x, 1, {RULES: 0.5}),
    }
    costs = []
    for name, call in calls.items():
        best = math.inf
        for _ in range(5):
            started = time.perf_counter()
            for x in xs:
                call(x)
            best = min(best, (time.perf_counter() - started) / len(xs))
        costs.append(f"{name} {best * 1e6:.0f} µs")
    print(f"risk models ({risk.active} active, {risk.labels} outcomes learnt): " + ", ".join(costs))


if __name__ == "__main__":
    main()
