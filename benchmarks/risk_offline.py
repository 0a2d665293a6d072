"""The online risk models against an offline gradient-boosting model trained with full hindsight.

Runs a simulated portfolio through the replay (the worker's core) and records every labelled
snapshot the online models learn from: the features of the moment an invoice was issued, its
outcome, and each model's score *at issue* (the online models had only seen earlier outcomes).
Then it fits scikit-learn's HistGradientBoostingClassifier on the same snapshots with 5-fold
cross-validation grouped by customer (each prediction by a model that saw every other customer's
whole history: an upper bound the online model cannot reach, because it must score before the
outcomes exist) and compares ROC AUCs on the same snapshots.

Run by hand: ``.venv/bin/pip install -e .[bench]`` then
``PYTHONPATH=. .venv/bin/python benchmarks/risk_offline.py --customers 20000 --days 180``.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import orjson
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from backtest.evaluate import calibration
from backtest.replay import Replay
from backtest.simulator import Simulation
from online_models.core import Core
from online_models.features import FEATURE_NAMES, unpack


def labelled_snapshots(customers: int, days: int, seed: int) -> list[dict]:
    """Every (features, outcome, scores at issue) the online models learnt from, in learning order."""
    seen: list[dict] = []
    active_at_issue: dict[str, str] = {}  # invoice -> the model whose score downstream saw at its issue
    known_at_issue: dict[str, int] = {}  # invoice -> outcomes the models had learnt from at its issue
    learn, snapshot = Core._learn, Core._snapshot

    def recording(self, p, models):
        for features, label, scores, invoice_id, stage in p.label_queue:
            seen.append({"customer": p.customer_id, "x": unpack(features), "y": label, "scores": dict(scores),
                         "stage": stage, "published": active_at_issue.get(invoice_id, "rules"),
                         "known": known_at_issue.get(invoice_id, 0)})  # fmt: skip
        learn(self, p, models)

    def noting_active(self, p, data, models):
        active_at_issue[data["invoice_id"]] = models.risk.active
        known_at_issue[data["invoice_id"]] = models.risk.labels
        snapshot(self, p, data, models)

    Core._learn, Core._snapshot = recording, noting_active
    try:
        sim, replay = Simulation(customers, days, seed=seed), Replay()
        for e in sim.events():
            replay.feed(orjson.dumps(e))
    finally:
        Core._learn, Core._snapshot = learn, snapshot
    return seen


def matrix(snapshots: list[dict]) -> np.ndarray:
    """The snapshots' features as rows, in ``FEATURE_NAMES`` order."""
    return np.array([[s["x"].get(name, 0.0) for name in FEATURE_NAMES] for s in snapshots])


def refit_on_the_past(every: list[dict], snaps: list[dict], X: np.ndarray, step: int) -> np.ndarray:
    """Each snapshot's score at issue (``X``: their features) by gradient boosting refit every ``step`` outcomes
    on all the earlier ones.

    What a batch learner retrained often, with no limit on compute, could have said at each issue
    (the rules stand in before its first fit): unlike the hindsight model it sees no outcome that
    came after the score was due, so it tells how much of the gap is the online model's and how
    much is only that the future was not known yet.
    """
    X_past, y_past = matrix(every), np.array([s["y"] for s in every])
    known = np.array([s["known"] for s in snaps])
    scores = np.array([s["scores"]["rules"] for s in snaps])
    for start in range(step, len(every) + 1, step):
        due = (known >= start) & (known < start + step)
        if due.any() and 0 < y_past[:start].sum() < start:
            model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05).fit(X_past[:start], y_past[:start])
            scores[due] = model.predict_proba(X[due])[:, 1]
    return scores


def grade_champion(y: np.ndarray, champion: np.ndarray, scored: np.ndarray, warmup: int) -> dict[str, object]:
    """The champion's ROC AUC at issue as every risk benchmark reports it.

    ``champion`` holds its score of each snapshot in learning order, the rules' where it had none
    yet (``scored`` False). The headline and the later half count only the snapshots it scored
    after the first ``warmup`` outcomes; the fifths split all of those, the rules standing in. The
    calibration is ``vigia evaluate``'s, on the headline's snapshots.
    """
    judged = np.arange(len(y)) >= warmup
    later = np.arange(len(y)) >= len(y) // 2
    mask = scored & judged
    return {
        "auc": roc_auc_score(y[mask], champion[mask]),
        "later_half": roc_auc_score(y[mask & later], champion[mask & later]),
        "with_rules": roc_auc_score(y[judged], champion[judged]),
        "fifths": [roc_auc_score(y[f], champion[f]) for f in np.array_split(np.flatnonzero(judged), 5)],
        "calibration": calibration(champion[mask].tolist(), y[mask].tolist(), digits=None),
    }


def calibration_line(graded: dict[str, object]) -> str:
    """``grade_champion``'s calibration as one line, "mean score->default rate" per tenth, for both benchmarks."""
    return ", ".join(f"{tenth['mean_score']:.2f}->{tenth['default_rate']:.2f}" for tenth in graded["calibration"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=500, help="outcomes before the online model is judged")
    parser.add_argument("--refit-every", type=int, default=5000, help="outcomes between refits of the batch model")
    args = parser.parse_args()
    started = time.perf_counter()
    every = labelled_snapshots(args.customers, args.days, args.seed)
    near_due = [s for s in every if s["stage"] == "near_due"]
    snaps = [s for s in every if s["stage"] == "issue"]
    unpaid, took = sum(s["y"] for s in snaps), time.perf_counter() - started
    print(f"{len(snaps)} labelled snapshots at issue ({unpaid} unpaid), {len(near_due)} near due, in {took:.0f} s")
    X = matrix(snaps)
    y = np.array([s["y"] for s in snaps])
    judged = np.arange(len(snaps)) >= args.warmup
    later = np.arange(len(snaps)) >= len(snaps) // 2
    rows = {}
    for name in ("rules", "logreg", "gaussian_nb"):
        mask = judged & np.array([name in s["scores"] for s in snaps])
        scores = np.array([s["scores"].get(name, 0.0) for s in snaps])
        rows[f"online {name} (score at issue)"] = (
            roc_auc_score(y[mask], scores[mask]),
            roc_auc_score(y[mask & later], scores[mask & later]),
        )
    published = np.array([s["scores"].get(s["published"], s["scores"]["rules"]) for s in snaps])
    rows["published score (rules, then the champion)"] = (
        roc_auc_score(y[judged], published[judged]),
        roc_auc_score(y[judged & later], published[judged & later]),
    )
    folds, hindsight = GroupKFold(n_splits=5), None
    customer = np.array([s["customer"] for s in snaps])
    for label, model in (
        ("offline gradient boosting, hindsight", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)),
        ("offline logistic regression, hindsight", make_pipeline(StandardScaler(), LogisticRegression(max_iter=500))),
    ):
        oof = np.zeros(len(y))
        for train, test in folds.split(X, y, customer):
            oof[test] = model.fit(X[train], y[train]).predict_proba(X[test])[:, 1]
        rows[label] = (roc_auc_score(y[judged], oof[judged]), roc_auc_score(y[later], oof[later]))
        hindsight = hindsight if hindsight is not None else oof
    past_only = refit_on_the_past(every, snaps, X, args.refit_every)
    rows[f"offline GBM refit on the past (every {args.refit_every})"] = (
        roc_auc_score(y[judged], past_only[judged]),
        roc_auc_score(y[judged & later], past_only[judged & later]),
    )
    print(f"ROC AUC on the {int(judged.sum())} snapshots after the first {args.warmup} outcomes "
          f"(and on the later half of the outcomes, {int(later.sum())}):")  # fmt: skip
    for label, auc in rows.items():
        print(f"  {label:<42} {auc[0]:.3f}   later half {auc[1]:.3f}")
    # Before its first outcome the champion has no score (the rules stand in): compare like with like.
    scored = judged & np.array(["logreg" in s["scores"] for s in snaps])
    logreg = np.array([s["scores"].get("logreg", s["scores"]["rules"]) for s in snaps])
    print(f"  the champion scored {int(scored.sum())} of them; there the hindsight GBM has "
          f"{roc_auc_score(y[scored], hindsight[scored]):.3f}, the GBM refit on the past "
          f"{roc_auc_score(y[scored], past_only[scored]):.3f}")  # fmt: skip
    champion = grade_champion(y, logreg, scored, args.warmup)
    print(f"  champion, the rules standing in before its first outcome: {champion['with_rules']:.3f}")
    print("  champion's calibration by tenth (mean score -> default rate):", calibration_line(champion))
    for label, fifths in (
        ("champion (rules before its first outcome)", champion["fifths"]),
        ("hindsight GBM", grade_champion(y, hindsight, judged, args.warmup)["fifths"]),
        ("GBM refit on the past only", grade_champion(y, past_only, judged, args.warmup)["fifths"]),
    ):
        print(f"  {label} by fifth of the outcomes:", " ".join(f"{auc:.3f}" for auc in fifths))
    open_scored = [s for s in near_due if "logreg" in s["scores"]]
    if open_scored:
        auc = roc_auc_score([s["y"] for s in open_scored], [s["scores"]["logreg"] for s in open_scored])
        print(f"  online logistic regression, near due ({len(open_scored)} open invoices 3 days before due): {auc:.3f}")


if __name__ == "__main__":
    main()
