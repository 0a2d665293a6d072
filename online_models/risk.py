"""Risk of non-payment learnt online from delayed labels, with a champion and a challenger in shadow.

A score is taken when an invoice is issued, and again when its due date is three days away if it
is still open: every model's (the rules', the champion's, the challenger's) and the features of that
moment wait in the customer's profile until the outcome is known (paid within the grace period: 0;
still unpaid ``grace_days`` after the due date, or paid later: 1). Then each model's score of that
moment is graded against the outcome, and only then do the models learn from the snapshot.
An invoice paid in time is learnt only when its grace period ends, together with the defaults of
the same days: learnt at payment, the recent outcomes a model sees would be only the payments
(the defaults of the same invoices come weeks later), and it would learn that whatever is recent
gets paid.
Grading the score that was actually given, not a re-prediction by the wiser model of label time,
keeps the figures honest: they are what downstream saw. The scores at issue are the headline
figures (and decide whether the champion replaces the rules); those near due are graded apart.

The rule-based score stands in until the champion has learnt from ``min_labels`` outcomes *and*
its graded ROC AUC beats the rules' by ``switch_margin``; the switch is visible in each alert's
``model``. The rules take back over only when they grade better by ``fallback_margin``: the graded
window lags the learner (it still holds scores given before the latest outcomes were learnt), and
a champion dropping back on every dip would publish the rules just as it pulls ahead.
The challenger never reaches downstream topics unless promoted.

>>> risk = RiskModels(min_labels=2)
>>> scores = risk.scores_at_issue({"days_past_due": 3.0}, rule_score=0.6)
>>> risk.learn({"days_past_due": 3.0, "late_payment_share": 0.5}, 1, scores)
>>> risk.learn({"days_past_due": 0.0, "late_payment_share": 0.0}, 0, {"rules": 0.1})
>>> x = {"days_past_due": 2.0, "late_payment_share": 0.4}
>>> risk.score(x, rule_score=0.5)  # the champion has not graded better than the rules yet
('rules', 0.5)
>>> risk.explain(x)[0][0]  # what the champion would say
'late_payment_share'
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from river import compose, linear_model, metrics, naive_bayes, optim, preprocessing, tree

from online_models.features import bands, who_crosses

RULES = "rules"
LEARNING_RATE = 0.1  # AdaGrad's: each weight's steps shrink as its own feature is seen
L2 = 3e-3


def clip_scaled(x: dict[str, float]) -> dict[str, float]:
    """Standardised features clipped to ±5: a feature that was constant until now must not swamp the rest."""
    return {name: 5.0 if value > 5.0 else -5.0 if value < -5.0 else value for name, value in x.items()}


def _logreg() -> compose.Pipeline:
    """Logistic regression on the standardised features and bands, and the "who" pairs as they are.

    AdaGrad rather than plain SGD: a feature seen rarely (a pair, a rare reason) keeps a large
    step while common ones settle, so the model learns the first months' few outcomes faster
    (20,000 customers x 180 days: ROC AUC at issue 0.803 with SGD at 0.005, 0.838 with AdaGrad,
    0.844 with the pairs and a stronger L2).
    """
    logreg = linear_model.LogisticRegression(optimizer=optim.AdaGrad(LEARNING_RATE), l2=L2)
    logreg._weights["rule_logit"] = 1.0  # start from the rules' ranking; the outcomes correct it
    scaled = preprocessing.StandardScaler() | compose.FuncTransformer(clip_scaled)
    return compose.Pipeline(
        ("bands", compose.FuncTransformer(bands)),
        ("features", compose.TransformerUnion(scaled, compose.FuncTransformer(who_crosses))),
        ("logreg", logreg),
    )


def _tree() -> tree.HoeffdingAdaptiveTreeClassifier:
    return tree.HoeffdingAdaptiveTreeClassifier(grace_period=100, leaf_prediction="nba", seed=7)


def _gaussian_nb() -> naive_bayes.GaussianNB:
    return naive_bayes.GaussianNB()


LEARNERS = {"logreg": _logreg, "gaussian_nb": _gaussian_nb, "hoeffding_tree": _tree}


@dataclass
class Quality:
    """Progressive-validation figures of one model."""

    log_loss: metrics.LogLoss = field(default_factory=metrics.LogLoss)
    window_auc: metrics.RollingROCAUC = field(default_factory=lambda: metrics.RollingROCAUC(window_size=5000))

    def update(self, y: int, p: float) -> None:
        self.log_loss.update(y, p)
        self.window_auc.update(y, p)

    def figures(self) -> dict[str, float]:
        return {"roc_auc": round(self.window_auc.get(), 4), "log_loss": round(self.log_loss.get(), 4)}


class RiskModels:
    """The champion, the challenger, and the rule-based fallback, with their quality."""

    def __init__(
        self,
        champion: str = "logreg",
        challenger: str = "gaussian_nb",
        min_labels: int = 500,
        promote_margin: float | None = None,
        promote_window: int = 2000,
        switch_margin: float = 0.0,
        fallback_margin: float = 0.05,
    ) -> None:
        self.champion, self.challenger = champion, challenger
        self.models = {champion: LEARNERS[champion](), challenger: LEARNERS[challenger]()}
        self.quality = {name: Quality() for name in (RULES, champion, challenger)}  # of the scores at issue
        self.near_due_quality = {name: Quality() for name in self.quality}  # of the scores as due dates near
        self.min_labels, self.switch_margin, self.fallback_margin = min_labels, switch_margin, fallback_margin
        self.promote_margin, self.promote_window = promote_margin, promote_window
        self.labels = 0
        self._active = RULES

    @staticmethod
    def _proba(model, x: dict[str, float]) -> float:
        proba = model.predict_proba_one(x)
        return float(proba.get(1, proba.get(True, 0.0)))

    def scores_at_issue(self, x: dict[str, float], rule_score: float) -> dict[str, float]:
        """Every model's score of a snapshot, kept with it until its outcome is known."""
        scores = {RULES: round(rule_score, 4)}
        if self.labels:
            for name, model in self.models.items():
                scores[name] = round(self._proba(model, x), 4)
        return scores

    def learn(self, x: dict[str, float], y: int, scores_at_issue: dict[str, float], stage: str = "issue") -> None:
        """Grade each model's score of the snapshot against the outcome, then learn from the snapshot.

        ``stage`` says when the snapshot was taken: at the invoice's issue, or as its due date neared
        (graded apart: the figures at issue are the ones the champion must win on).
        """
        quality = self.quality if stage == "issue" else self.near_due_quality
        for name, score in scores_at_issue.items():
            if name in quality:
                quality[name].update(y, min(max(score, 1e-4), 1 - 1e-4))
        for model in self.models.values():
            model.learn_one(x, y)
        self.labels += 1
        self._maybe_promote()
        self._active = self._choose_active()

    def _maybe_promote(self) -> None:
        if self.promote_margin is None or self.labels < self.promote_window:
            return
        champion = self.quality[self.champion].window_auc.get()
        challenger = self.quality[self.challenger].window_auc.get()
        if challenger > champion + self.promote_margin:
            self.champion, self.challenger = self.challenger, self.champion

    @property
    def active(self) -> str:
        """The champion once it has learnt enough and grades better than the rules; the rules until then."""
        return self._active

    def _choose_active(self) -> str:
        if self.labels < self.min_labels:
            return RULES
        champion, rules = self.quality[self.champion].window_auc.get(), self.quality[RULES].window_auc.get()
        if self._active == self.champion:
            return RULES if rules > champion + self.fallback_margin else self.champion
        return self.champion if champion > rules + self.switch_margin else RULES

    def score(self, x: dict[str, float], rule_score: float) -> tuple[str, float]:
        """(model name, probability of not paying) from the active model."""
        if self.active == RULES:
            return RULES, rule_score
        return self.champion, round(self._proba(self.models[self.champion], x), 4)

    def explain(self, x: dict[str, float]) -> list[list]:
        """The champion's reasons for its score (only asked for when an alert goes out)."""
        return self._explain(self.models[self.champion], x)

    def shadow(self, x: dict[str, float]) -> tuple[str, float]:
        """The challenger's score, for the record only."""
        return self.challenger, round(self._proba(self.models[self.challenger], x), 4)

    @staticmethod
    def _explain(model, x: dict[str, float]) -> list[list]:
        """Each feature's contribution in log-odds (weight x the value it reads) for the linear model."""
        if not isinstance(model, compose.Pipeline):
            return []
        steps = list(model.steps.values())
        for step in steps[:-1]:  # what the logistic regression reads
            x = step.transform_one(x)
        weights = steps[-1].weights
        parts = [[name, round(weights.get(name, 0.0) * value, 4)] for name, value in x.items()]
        parts = [p for p in parts if abs(p[1]) > 1e-4 and math.isfinite(p[1])]
        return sorted(parts, key=lambda p: -abs(p[1]))

    def figures(self) -> dict[str, dict]:
        return {
            name: {**q.figures(), "near_due_roc_auc": self.near_due_quality[name].figures()["roc_auc"],
                   "role": "champion" if name == self.champion else "challenger" if name == self.challenger
                   else "fallback", "labels": self.labels, "active": name == self.active}
            for name, q in self.quality.items()
        }  # fmt: skip
