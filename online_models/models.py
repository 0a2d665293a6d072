"""The learnt models one partition owns: risk (champion, challenger, rules), and the reason reader.

Global models belong to a partition: the worker that owns partition ``p`` trains ``p``'s replica,
and the replay keeps one set per partition too when told how the worker partitions customers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from online_models.anomaly import ActivityAnomaly
from online_models.control import ControlSettings, UpliftTracker, follow
from online_models.decisions import Decider, DecisionSettings
from online_models.profile import CustomerProfile
from online_models.risk import HALF_TRUST, RiskModels
from online_models.segments import Segmenter
from online_models.text import FlagReader, ReasonReader


@dataclass
class ModelSettings:
    champion: str = "logreg"
    challenger: str = "gaussian_nb"  # or "hoeffding_tree": better, but ~0.5 ms per label to learn
    min_labels: int = 500  # outcomes the champion must learn from before it replaces the rules
    promote_margin: float | None = None  # promote the challenger when better by this AUC margin (off)
    switch_margin: float = 0.0  # the champion replaces the rules when its graded AUC beats theirs by this
    fallback_margin: float = 0.05  # and gives way to them again only when theirs beats its own by this
    half_trust: int = HALF_TRUST  # outcomes after which the champion's log-odds count as much as the rules'
    reason_min_examples: int = 30  # tabulations before the learnt reason reader replaces the lexicon
    decisions: DecisionSettings = field(default_factory=DecisionSettings)
    control: ControlSettings = field(default_factory=ControlSettings)  # control groups and the policy split
    challenger_policy: DecisionSettings | None = None  # decides for ``control.challenger_share`` of customers


@dataclass
class ModelSet:
    settings: ModelSettings = field(default_factory=ModelSettings)

    def __post_init__(self) -> None:
        s = self.settings
        self.risk = RiskModels(s.champion, s.challenger)
        self._tune_risk(s)
        self.reasons = ReasonReader(min_examples=s.reason_min_examples)
        self.flags = FlagReader()
        self.uplift = UpliftTracker(keep=s.control.keep_episodes)
        self.decider = Decider(s.decisions, s.control, self.uplift)
        self.challenger = Decider(s.challenger_policy, s.control, self.uplift, "challenger") \
            if s.challenger_policy is not None else None  # fmt: skip
        self.anomaly = ActivityAnomaly()
        self.segments = Segmenter()
        self.reason_hits = 0
        self.reason_checked = 0

    def adopt(self, settings: ModelSettings) -> bool:
        """Take today's settings after a restore; False when the checkpoint's learners are not those set."""
        risk = self.risk
        if {settings.champion, settings.challenger} != set(risk.models):
            return False
        self.settings = settings
        risk.champion, risk.challenger = settings.champion, settings.challenger
        self._tune_risk(settings)
        self.reasons.min_examples = settings.reason_min_examples
        if not hasattr(self, "flags"):  # a checkpoint from before the learnt flags
            self.flags = FlagReader()
        if not hasattr(self, "uplift"):  # a checkpoint from before the control groups
            self.uplift = UpliftTracker()
        self.challenger = getattr(self, "challenger", None)
        if settings.challenger_policy is None:
            self.challenger = None
        elif self.challenger is None:
            self.challenger = Decider(settings.challenger_policy, settings.control, self.uplift, "challenger")
        for decider, decisions, name in ((self.decider, settings.decisions, "champion"),
                                         (self.challenger, settings.challenger_policy, "challenger")):  # fmt: skip
            if decider is None or decisions is None:
                continue
            decider.settings, decider.control, decider.tracker = decisions, settings.control, self.uplift
            decider.name = name
            bandit = decider.bandit
            bandit.values, bandit.max_explore_share = decisions.outcome_values, decisions.max_explore_share
            if not hasattr(bandit, "seed"):  # a checkpoint from before the keyed draws
                bandit.seed = decisions.seed
        risk._active = risk._choose_active()
        return True

    def decider_for(self, p: CustomerProfile) -> Decider:
        """The policy that decides for this customer: the challenger for its share, else the champion."""
        if self.challenger is not None and self.settings.control.policy(p.customer_id) == "challenger":
            return self.challenger
        return self.decider

    def observe(self, p: CustomerProfile, event_type: str, data: dict) -> None:
        """Every policy learns from what followed its contacts; the open episode counts what was paid."""
        self.decider.observe(p, event_type, data)
        if self.challenger is not None:
            self.challenger.observe(p, event_type, data)
        follow(p, event_type, data, self.settings.control, self.uplift,
               self.settings.decisions.outcome_window_days * 86400.0)  # fmt: skip

    def _tune_risk(self, s: ModelSettings) -> None:
        """The risk settings a restored checkpoint takes from today's, as a new model set does."""
        risk = self.risk
        risk.min_labels, risk.promote_margin = s.min_labels, s.promote_margin
        risk.switch_margin, risk.fallback_margin = s.switch_margin, s.fallback_margin
        risk.anchor(s.half_trust)

    def figures(self) -> dict:
        reason_accuracy = round(self.reason_hits / self.reason_checked, 4) if self.reason_checked else None
        return {
            "risk": self.risk.figures(),
            "reason": {"tabulations": self.reasons.examples, "accuracy_before_learning": reason_accuracy,
                       "active": "naive_bayes" if self.reasons.examples >= self.reasons.min_examples else "lexicon"},
            "flags": {flag: {"without": n[0], "with": n[1]} for flag, n in self.flags.counts.items()},
            "channels": self.decider.bandit.figures(),
            "anomaly": {"scored": self.anomaly.scored},
            "segments": self.segments.figures(),
            "uplift": self.uplift.figures(),
        }  # fmt: skip
