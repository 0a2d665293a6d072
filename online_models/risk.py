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

>>> risk = RiskModels(min_labels=2, half_trust=0)  # its own word from the first outcome (see RuleAnchored)
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

import heapq
import math
from dataclasses import dataclass, field

from river import base, compose, linear_model, metrics, naive_bayes, optim, preprocessing, tree

from online_models import linear
from online_models.features import bands, who_crosses
from online_models.linear import clip_scaled  # here too: checkpoints pickled it as risk.clip_scaled
from online_models.nb import proba_one

RULES = "rules"
LEARNING_RATE = 0.1  # AdaGrad's: each weight's steps shrink as its own feature is seen
L2 = 1e-2
HALF_TRUST = 0  # off: outcomes after which the champion's word and the rules' count the same (see RuleAnchored)


class RuleAnchored(base.Classifier):
    """A learner whose word counts for more the more outcomes it has learnt, the rules' for the rest.

    A young model's departures from the rules are mostly the noise of its few outcomes: the
    score's log-odds are ``trust * learner + (1 - trust) * rule_logit``, with ``trust =
    n / (n + half_trust)`` after ``n`` outcomes. On 20,000 customers x 180 days (the recorded
    learning stream of ``benchmarks/risk_learners.py``) the ROC AUC at issue went from 0.8465 to
    0.8481 with a half-trust of 2,000 outcomes, 0.8490 with 5,000, 0.8498 with 10,000, 0.8500
    with 20,000 and 0.8469 with 40,000.

    >>> model = RuleAnchored(linear_model.LogisticRegression(), half_trust=100)
    >>> round(model.predict_proba_one({"rule_logit": 2.0, "late": 1.0})[True], 3)  # nothing learnt: the rules'
    0.881
    >>> for _ in range(900):
    ...     model.learn_one({"rule_logit": 2.0, "late": 0.0}, False)
    >>> model.trust
    0.9
    >>> round(model.predict_proba_one({"rule_logit": 2.0, "late": 0.0})[True], 2)  # mostly what it learnt
    0.04
    """

    def __init__(self, learner: base.Classifier, half_trust: int = HALF_TRUST) -> None:
        self.learner, self.half_trust = learner, half_trust
        self.learnt = 0

    @property
    def trust(self) -> float:
        """The share of the learner's log-odds in the score (the rules' is the rest); half-trust 0 trusts it fully."""
        return self.learnt / (self.learnt + self.half_trust) if self.half_trust else 1.0

    def learn_one(self, x: dict[str, float], y: bool) -> None:
        linear.learn(self.learner, x, y)
        self.learnt += 1

    def predict_proba_one(self, x: dict[str, float]) -> dict[bool, float]:
        p = linear.proba(self.learner, x)
        trust = self.trust
        if trust == 1.0:  # not anchored (the default): no round trip through the log-odds
            return {False: 1.0 - p, True: p}
        p = min(max(p, 1e-12), 1 - 1e-12)
        z = trust * math.log(p / (1 - p)) + (1 - trust) * x.get("rule_logit", 0.0)
        q = 1.0 / (1.0 + math.exp(-min(max(z, -30.0), 30.0)))
        return {False: 1.0 - q, True: q}


def _logreg() -> RuleAnchored:
    """Logistic regression on the standardised features and bands, and the "who" pairs as they are.

    AdaGrad rather than plain SGD: a feature seen rarely (a pair, a rare reason) keeps a large
    step while common ones settle, so the model learns the first months' few outcomes faster
    (20,000 customers x 180 days: ROC AUC at issue 0.803 with SGD at 0.005, 0.838 with AdaGrad,
    0.844 with the pairs and a stronger L2; with delay bands among the pairs and L2 1e-2, 0.851 on
    the recorded learning stream, and 0.854 anchored to the rules at a half-trust of 10,000: off
    by default, because it recovered less in the closed loop, 3.75 against 4.00 per R$; with the
    predicted reason among the pairs, 0.853 and 4.42 per R$).
    """
    logreg = linear_model.LogisticRegression(optimizer=optim.AdaGrad(LEARNING_RATE), l2=L2)
    logreg._weights["rule_logit"] = 1.0  # start from the rules' ranking; the outcomes correct it
    scaled = preprocessing.StandardScaler() | compose.FuncTransformer(clip_scaled)
    pipeline = compose.Pipeline(
        ("bands", compose.FuncTransformer(bands)),
        ("features", compose.TransformerUnion(scaled, compose.FuncTransformer(who_crosses))),
        ("logreg", logreg),
    )
    return RuleAnchored(pipeline)


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


def largest(contributions: dict[str, float], top: int | None = None) -> list[list]:
    """[name, contribution rounded to 4 places], the largest first (ties in their order), none under 0.0001.

    >>> largest({"a": 0.1, "b": -0.30004, "c": 0.00004, "d": 0.29996}, top=2)
    [['b', -0.3], ['d', 0.3]]
    """
    if top is not None:
        contributions = _contenders(contributions, top)
    parts = [[name, round(value, 4)] for name, value in contributions.items()]
    parts = [p for p in parts if abs(p[1]) > 1e-4 and math.isfinite(p[1])]
    return sorted(parts, key=lambda p: -abs(p[1]))[:top]


def _contenders(contributions: dict[str, float], top: int) -> dict[str, float]:
    """The contributions that may be among the ``top`` largest once rounded to 4 places, in their order.

    Rounding moves a value by at most 0.00005: one more than 0.0002 below the ``top``-th largest
    can never round above it, so the other hundred-odd need no rounding and no sort.
    """
    sizes = [abs(value) for value in contributions.values() if math.isfinite(value)]
    if len(sizes) <= top:
        return contributions
    floor = heapq.nlargest(top, sizes)[-1] - 2e-4
    return {name: value for name, value in contributions.items() if not abs(value) < floor}


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
        half_trust: int = HALF_TRUST,
    ) -> None:
        self.champion, self.challenger = champion, challenger
        self.models = {champion: LEARNERS[champion](), challenger: LEARNERS[challenger]()}
        self.anchor(half_trust)
        self.quality = {name: Quality() for name in (RULES, champion, challenger)}  # of the scores at issue
        self.near_due_quality = {name: Quality() for name in self.quality}  # of the scores as due dates near
        self.min_labels, self.switch_margin, self.fallback_margin = min_labels, switch_margin, fallback_margin
        self.promote_margin, self.promote_window = promote_margin, promote_window
        self.labels = 0
        self._active = RULES

    def anchor(self, half_trust: int) -> None:
        """Set the outcomes after which a learner anchored to the rules counts as much as they do (0: off)."""
        for model in self.models.values():
            if isinstance(model, RuleAnchored):
                model.half_trust = half_trust

    @staticmethod
    def _proba(model, x: dict[str, float]) -> float:
        proba = proba_one(model, x)
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

    def explain(self, x: dict[str, float], top: int | None = None) -> list[list]:
        """The champion's reasons for its score, the largest first (only asked for when an alert goes out);
        ``top``: only the first so many."""
        return self._explain(self.models[self.champion], x, top)

    def shadow(self, x: dict[str, float]) -> tuple[str, float]:
        """The challenger's score, for the record only."""
        return self.challenger, round(self._proba(self.models[self.challenger], x), 4)

    @staticmethod
    def _explain(model, x: dict[str, float], top: int | None = None) -> list[list]:
        """Each feature's contribution in log-odds (weight x the value it reads) for the linear model.

        Anchored to the rules, the model's contributions count by its trust, and the rules' share
        of the score is added to ``rule_logit``'s.
        """
        share, rules = 1.0, 0.0
        if isinstance(model, RuleAnchored):
            share, rules, model = model.trust, (1 - model.trust) * x.get("rule_logit", 0.0), model.learner
        if not isinstance(model, compose.Pipeline):
            return []
        x = linear.design(model, x)  # what the logistic regression reads
        weights = list(model.steps.values())[-1].weights
        contributions = {name: share * weights.get(name, 0.0) * value for name, value in x.items()}
        contributions["rule_logit"] = contributions.get("rule_logit", 0.0) + rules
        return largest(contributions, top)

    def figures(self) -> dict[str, dict]:
        return {
            name: {**q.figures(), "near_due_roc_auc": self.near_due_quality[name].figures()["roc_auc"],
                   "role": "champion" if name == self.champion else "challenger" if name == self.challenger
                   else "fallback", "labels": self.labels, "active": name == self.active}
            for name, q in self.quality.items()
        }  # fmt: skip
