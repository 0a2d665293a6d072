"""Compare risk learners in seconds on a recorded learning stream, instead of a full replay each.

A replay of 20,000 customers x 180 days takes ~20 minutes, and almost all of it is the rest of the
core. The risk models only ever see two things: a snapshot scored (at an invoice's issue, or as
its due date nears) and, weeks later, that snapshot learnt with its outcome. ``record`` replays a
simulated portfolio once and writes that stream, in order; ``compare`` runs ``RiskModels`` over it
with each learner named in ``online_models.risk.LEARNERS`` as the champion, and prints the ROC AUC
at issue the benchmark ``risk_offline.py`` prints, plus the cost of a prediction and of a learning
step. Confirm a winner with ``risk_offline.py``: features that depend on the published score (none
today) would differ in a real replay.

Run by hand::

    PYTHONPATH=. .venv/bin/python benchmarks/risk_learners.py record --customers 5000 --days 180 --out stream.pkl
    PYTHONPATH=. .venv/bin/python benchmarks/risk_learners.py compare --stream stream.pkl logreg hoeffding_tree
"""

from __future__ import annotations

import argparse
import pickle
import time

import numpy as np
import orjson

from backtest.replay import Replay
from backtest.simulator import Simulation
from benchmarks.risk_offline import calibration_line, grade_champion
from online_models import risk
from online_models.features import pack, unpack


def record(customers: int, days: int, seed: int) -> list[tuple]:
    """("scored", id, packed features, rule score) and ("learnt", id, outcome, stage), in stream order."""
    stream: list[tuple] = []
    scores_at_issue, learn = risk.RiskModels.scores_at_issue, risk.RiskModels.learn

    def scoring(self, x, rule_score):
        scores = scores_at_issue(self, x, rule_score)
        scores["_stream_id"] = len(stream)  # travels with the snapshot in the profile until learnt
        stream.append(("scored", len(stream), pack(x), round(rule_score, 4)))
        return scores

    def learning(self, x, y, scores, stage="issue"):
        stream.append(("learnt", scores.get("_stream_id"), y, stage))
        return learn(self, x, y, scores, stage)

    risk.RiskModels.scores_at_issue, risk.RiskModels.learn = scoring, learning
    try:
        replay = Replay()
        for event in Simulation(customers, days, seed=seed).events():
            replay.feed(orjson.dumps(event))
    finally:
        risk.RiskModels.scores_at_issue, risk.RiskModels.learn = scores_at_issue, learn
    return stream


def compare(stream: list[tuple], learner: str, warmup: int = 500) -> dict[str, object]:
    """The champion's ROC AUC at issue with ``learner``, as ``risk_offline.py`` grades it."""
    models = risk.RiskModels(champion=learner, challenger="gaussian_nb" if learner != "gaussian_nb" else "logreg")
    waiting: dict[int, tuple[dict, float | None, float]] = {}
    graded: list[tuple[int, float | None, float]] = []
    predicting = learning = 0.0
    predictions = 0
    for op in stream:
        if op[0] == "scored":
            x, started = unpack(op[2]), time.perf_counter()
            score = models._proba(models.models[learner], x) if models.labels else None
            predicting += time.perf_counter() - started
            predictions += score is not None
            waiting[op[1]] = (x, score, op[3])
            continue
        x, score, rule_score = waiting.pop(op[1])
        if op[3] == "issue":
            graded.append((op[2], score, rule_score))
        scores = {risk.RULES: rule_score} | ({learner: score} if score is not None else {})
        started = time.perf_counter()
        models.learn(x, op[2], scores, op[3])
        learning += time.perf_counter() - started
    y = np.array([g[0] for g in graded])
    scored = np.array([g[1] is not None for g in graded])
    champion = np.array([g[1] if g[1] is not None else g[2] for g in graded])
    return grade_champion(y, champion, scored, warmup) | {
        "predict_us": 1e6 * predicting / max(predictions, 1),
        "learn_us": 1e6 * learning / max(models.labels, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="replay a simulated portfolio and write the learning stream")
    rec.add_argument("--customers", type=int, default=5000)
    rec.add_argument("--days", type=int, default=180)
    rec.add_argument("--seed", type=int, default=7)
    rec.add_argument("--out", required=True)
    cmp = commands.add_parser("compare", help="grade learners on a recorded stream")
    cmp.add_argument("--stream", required=True)
    cmp.add_argument("learners", nargs="+", choices=sorted(risk.LEARNERS))
    args = parser.parse_args()
    if args.command == "record":
        stream = record(args.customers, args.days, args.seed)
        with open(args.out, "wb") as out:
            pickle.dump(stream, out)
        print(f"{sum(op[0] == 'learnt' for op in stream)} outcomes learnt, written to {args.out}")
        return
    with open(args.stream, "rb") as source:  # a file this script wrote: pickle is trusted here only
        stream = pickle.load(source)
    for learner in args.learners:
        r = compare(stream, learner)
        fifths = " ".join(f"{auc:.3f}" for auc in r["fifths"])
        print(f"{learner:<16} at issue {r['auc']:.3f}  later half {r['later_half']:.3f}  by fifth {fifths}  "
              f"predict {r['predict_us']:.0f} µs  learn {r['learn_us']:.0f} µs (all models)")  # fmt: skip
        print(f"{'':<16} calibration by tenth (mean score -> default rate): {calibration_line(r)}")


if __name__ == "__main__":
    main()
