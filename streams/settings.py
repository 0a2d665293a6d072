"""Settings from environment variables (README, "Configuration"): every name and number can be changed.

>>> s = Settings.from_env({"VIGIA_PARTITIONS": "3", "VIGIA_KAFKA_BOOTSTRAP": "k1:9092,k2:9092"})
>>> s.partitions, s.faust_broker
(3, 'kafka://k1:9092;kafka://k2:9092')
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from online_models.clock import parse_time
from online_models.control import ControlSettings
from online_models.core import CoreSettings, TimeBounds
from online_models.decisions import DecisionSettings
from online_models.models import ModelSettings
from online_models.risk import LEARNERS
from online_models.rules import Bands

_MODELS = ModelSettings()
_CONTROL = ControlSettings()
_TIME = TimeBounds()
API_ROLES = ("attendant", "ops")  # attendant: customers and their page; ops: also /models


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable and what it expects."""


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str = field(default="127.0.0.1:9092", metadata={"env": "VIGIA_KAFKA_BOOTSTRAP"})
    kafka_wait_s: float = field(default=120.0, metadata={"env": "VIGIA_KAFKA_WAIT_S"})
    redis_url: str = field(default="redis://127.0.0.1:6379/0", metadata={"env": "VIGIA_REDIS_URL"})
    redis_timeout_s: float = field(default=5.0, metadata={"env": "VIGIA_REDIS_TIMEOUT_S"})
    app_id: str = field(default="vigia", metadata={"env": "VIGIA_APP_ID"})
    partitions: int = field(default=12, metadata={"env": "VIGIA_PARTITIONS"})
    replication: int = field(default=1, metadata={"env": "VIGIA_REPLICATION"})
    topic_journey: str = field(default="vigia.journey.events", metadata={"env": "VIGIA_TOPIC_JOURNEY"})
    topic_payment: str = field(default="vigia.payment.events", metadata={"env": "VIGIA_TOPIC_PAYMENT"})
    topic_alerts: str = field(default="vigia.risk.alerts", metadata={"env": "VIGIA_TOPIC_ALERTS"})
    topic_triggers: str = field(default="vigia.outreach.triggers", metadata={"env": "VIGIA_TOPIC_TRIGGERS"})
    topic_deadletter: str = field(default="vigia.deadletter", metadata={"env": "VIGIA_TOPIC_DEADLETTER"})
    topic_clock: str = field(default="vigia.internal.clock", metadata={"env": "VIGIA_TOPIC_CLOCK"})
    web_port: int = field(default=6066, metadata={"env": "VIGIA_WEB_PORT"})
    store: str = field(default="memory://", metadata={"env": "VIGIA_STORE"})
    data_dir: str = field(default=".local/worker", metadata={"env": "VIGIA_DATA_DIR"})
    max_event_bytes: int = field(default=65536, metadata={"env": "VIGIA_MAX_EVENT_BYTES"})
    clock_interval_s: float = field(default=30.0, metadata={"env": "VIGIA_CLOCK_INTERVAL_S"})
    checkpoint_key: str = field(default="", metadata={"env": "VIGIA_CHECKPOINT_KEY"}, repr=False)
    checkpoint_interval_s: float = field(default=60.0, metadata={"env": "VIGIA_CHECKPOINT_INTERVAL_S"})
    topic_idle_s: float = field(default=5.0, metadata={"env": "VIGIA_TOPIC_IDLE_S"})
    merge_grace_s: float = field(default=0.2, metadata={"env": "VIGIA_MERGE_GRACE_S"})
    merge_grace_min_s: float = field(default=0.02, metadata={"env": "VIGIA_MERGE_GRACE_MIN_S"})
    gc_settle_interval_s: float = field(default=10.0, metadata={"env": "VIGIA_GC_SETTLE_INTERVAL_S"})
    gc_full_interval_s: float = field(default=600.0, metadata={"env": "VIGIA_GC_FULL_INTERVAL_S"})
    producer_buffer: int = field(default=1000, metadata={"env": "VIGIA_PRODUCER_BUFFER"})
    own_producer: int = field(default=0, metadata={"env": "VIGIA_OWN_PRODUCER"})  # 1: steps' writes via librdkafka
    max_ahead_s: float = field(default=_TIME.max_ahead_s, metadata={"env": "VIGIA_MAX_AHEAD_S"})
    max_behind_s: float = field(default=_TIME.max_behind_s, metadata={"env": "VIGIA_MAX_BEHIND_S"})
    earliest_event_time: str = field(default="2000-01-01T00:00:00Z", metadata={"env": "VIGIA_EARLIEST_EVENT_TIME"})
    session_timeout_s: float = field(default=10.0, metadata={"env": "VIGIA_SESSION_TIMEOUT_S"})
    instance_id: str = field(default="", metadata={"env": "VIGIA_INSTANCE_ID"})
    models_from: str = field(default="", metadata={"env": "VIGIA_MODELS_FROM"})
    api_token: str = field(default="", metadata={"env": "VIGIA_API_TOKEN"}, repr=False)
    api_tokens: str = field(default="", metadata={"env": "VIGIA_API_TOKENS"}, repr=False)
    mirror_interval_s: float = field(default=0.5, metadata={"env": "VIGIA_MIRROR_INTERVAL_S"})
    readmodel_check_s: float = field(default=10.0, metadata={"env": "VIGIA_READMODEL_CHECK_S"})
    band_medium: float = field(default=0.25, metadata={"env": "VIGIA_BAND_MEDIUM"})
    band_high: float = field(default=0.5, metadata={"env": "VIGIA_BAND_HIGH"})
    band_critical: float = field(default=0.75, metadata={"env": "VIGIA_BAND_CRITICAL"})
    band_hysteresis: float = field(default=0.05, metadata={"env": "VIGIA_BAND_HYSTERESIS"})
    # The risk defaults are the core's own (ModelSettings), so the two cannot drift apart.
    risk_champion: str = field(default=_MODELS.champion, metadata={"env": "VIGIA_RISK_CHAMPION"})
    risk_challenger: str = field(default=_MODELS.challenger, metadata={"env": "VIGIA_RISK_CHALLENGER"})
    risk_min_labels: int = field(default=_MODELS.min_labels, metadata={"env": "VIGIA_RISK_MIN_LABELS"})
    risk_switch_margin: float = field(default=_MODELS.switch_margin, metadata={"env": "VIGIA_RISK_SWITCH_MARGIN"})
    risk_fallback_margin: float = field(default=_MODELS.fallback_margin, metadata={"env": "VIGIA_RISK_FALLBACK_MARGIN"})
    risk_promote_margin: float = field(
        default=_MODELS.promote_margin or 0.0, metadata={"env": "VIGIA_RISK_PROMOTE_MARGIN"}
    )
    risk_half_trust: int = field(default=_MODELS.half_trust, metadata={"env": "VIGIA_RISK_HALF_TRUST"})
    # Control groups and the policy split (online_models.control); defaults are the core's own.
    control_share: float = field(default=_CONTROL.share, metadata={"env": "VIGIA_CONTROL_SHARE"})
    control_shares: str = field(default="", metadata={"env": "VIGIA_CONTROL_SHARES"})
    control_salt: str = field(default=_CONTROL.salt, metadata={"env": "VIGIA_CONTROL_SALT"})
    uplift_window_days: float = field(default=_CONTROL.window_days, metadata={"env": "VIGIA_UPLIFT_WINDOW_DAYS"})
    control_min_episodes: int = field(default=_CONTROL.min_control, metadata={"env": "VIGIA_CONTROL_MIN_EPISODES"})
    policy_challenger: str = field(default="", metadata={"env": "VIGIA_POLICY_CHALLENGER"})
    policy_challenger_share: float = field(default=0.0, metadata={"env": "VIGIA_POLICY_CHALLENGER_SHARE"})

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            name = f.metadata["env"]
            if name not in env:
                continue
            kind = type(f.default)
            try:
                values[f.name] = kind(env[name])
            except ValueError:
                raise SettingsError(f"{name}={env[name]!r} is not a valid {kind.__name__}") from None
        settings = cls(**values)
        settings.check()
        return settings

    def check(self) -> None:
        if self.checkpoint_key and len(self.checkpoint_key) < 32:
            raise SettingsError("VIGIA_CHECKPOINT_KEY must be at least 32 characters (e.g. `openssl rand -hex 32`)")
        if self.partitions < 1:
            raise SettingsError("VIGIA_PARTITIONS must be at least 1")
        learners = ", ".join(sorted(LEARNERS))
        chosen = {"VIGIA_RISK_CHAMPION": self.risk_champion, "VIGIA_RISK_CHALLENGER": self.risk_challenger}
        for name, learner in chosen.items():
            if learner not in LEARNERS:
                raise SettingsError(f"{name}={learner!r} is not a risk learner; choose one of {learners}")
        if self.risk_champion == self.risk_challenger:
            raise SettingsError("VIGIA_RISK_CHAMPION and VIGIA_RISK_CHALLENGER must be different learners")
        if self.risk_min_labels < 0:
            raise SettingsError(f"VIGIA_RISK_MIN_LABELS must be 0 or more outcomes ({_MODELS.min_labels} by default)")
        if self.risk_half_trust < 0:
            raise SettingsError(
                f"VIGIA_RISK_HALF_TRUST must be 0 (trust the champion fully) or more outcomes"
                f" ({_MODELS.half_trust} by default)"
            )
        if self.risk_promote_margin < 0:
            raise SettingsError("VIGIA_RISK_PROMOTE_MARGIN must be 0 (never promote) or a positive ROC AUC margin")
        if self.max_ahead_s <= 0 or self.max_behind_s <= 0:
            raise SettingsError("VIGIA_MAX_AHEAD_S and VIGIA_MAX_BEHIND_S must be positive numbers of seconds")
        try:
            parse_time(self.earliest_event_time)
        except ValueError:
            raise SettingsError(f"VIGIA_EARLIEST_EVENT_TIME={self.earliest_event_time!r} is not an RFC 3339 time "
                                "(e.g. 2000-01-01T00:00:00Z)") from None  # fmt: skip
        for token, roles in self.api_roles.items():
            if len(token) < 16 or not roles <= set(API_ROLES):
                raise SettingsError("VIGIA_API_TOKEN(S): each token needs 16+ characters and a role among "
                                    f"{', '.join(API_ROLES)} (e.g. VIGIA_API_TOKENS=abc...:attendant,def...:ops)")
        if self.models_from and not self.checkpoint_key:
            raise SettingsError("VIGIA_MODELS_FROM needs VIGIA_CHECKPOINT_KEY: trained models are signed with it")
        if self.session_timeout_s < 6:
            raise SettingsError("VIGIA_SESSION_TIMEOUT_S must be at least 6 (the broker's minimum session timeout)")
        shares = [self.control_share, self.policy_challenger_share, *self.segment_control_shares.values()]
        if not all(0 <= share < 1 for share in shares):
            raise SettingsError("VIGIA_CONTROL_SHARE(S) and VIGIA_POLICY_CHALLENGER_SHARE are shares in [0, 1) "
                                "(e.g. VIGIA_CONTROL_SHARE=0.1, VIGIA_CONTROL_SHARES=digital=0.1,human=0.05)")
        if self.policy_challenger_share and not self.policy_challenger:
            raise SettingsError("VIGIA_POLICY_CHALLENGER_SHARE needs VIGIA_POLICY_CHALLENGER (the settings it changes, "
                                "e.g. overdue_gap_days=5,max_explore_share=0.1)")  # fmt: skip
        self.challenger_decisions  # noqa: B018 - raises on a setting it cannot read
        if not 0 < self.band_medium < self.band_high < self.band_critical < 1:
            raise SettingsError(
                "band thresholds must satisfy 0 < VIGIA_BAND_MEDIUM < VIGIA_BAND_HIGH < VIGIA_BAND_CRITICAL < 1"
            )

    @property
    def segment_control_shares(self) -> dict[str, float]:
        """VIGIA_CONTROL_SHARES, ``segment=share`` pairs."""
        shares = {}
        for pair in filter(None, (p.strip() for p in self.control_shares.split(","))):
            segment, _, share = pair.partition("=")
            try:
                shares[segment.strip()] = float(share)
            except ValueError:
                raise SettingsError(f"VIGIA_CONTROL_SHARES: {pair!r} is not segment=share (e.g. digital=0.1)") from None
        return shares

    @property
    def challenger_decisions(self) -> DecisionSettings | None:
        """The challenger policy: the champion's decision settings with VIGIA_POLICY_CHALLENGER's changes."""
        if not self.policy_challenger:
            return None
        base, changes = DecisionSettings(), {}
        numbers = {f.name: type(f.default) for f in fields(DecisionSettings) if isinstance(f.default, int | float)}
        costs = dict(base.costs)
        for pair in filter(None, (p.strip() for p in self.policy_challenger.split(","))):
            name, _, value = (part.strip() for part in pair.partition("="))
            try:
                if name.startswith("cost.") and name[5:] in costs:
                    costs[name[5:]] = float(value)
                elif name in numbers:
                    changes[name] = numbers[name](value)
                else:
                    raise KeyError(name)
            except (KeyError, ValueError):
                raise SettingsError(f"VIGIA_POLICY_CHALLENGER: cannot set {pair!r}; use name=number pairs among "
                                    f"{', '.join(sorted(numbers))} or cost.<channel>") from None  # fmt: skip
        return replace(base, costs=costs, **changes)

    @property
    def api_roles(self) -> dict[str, set[str]]:
        """Token -> its roles: VIGIA_API_TOKEN has every role, VIGIA_API_TOKENS lists ``token:role`` pairs."""
        roles: dict[str, set[str]] = {self.api_token: set(API_ROLES)} if self.api_token else {}
        for pair in filter(None, (p.strip() for p in self.api_tokens.split(","))):
            token, _, role = pair.rpartition(":")
            roles.setdefault(token, set()).add(role)
        return roles

    @property
    def faust_broker(self) -> str:
        return ";".join(f"kafka://{host.strip()}" for host in self.kafka_bootstrap.split(","))

    @property
    def core(self) -> CoreSettings:
        bands = Bands(self.band_medium, self.band_high, self.band_critical, self.band_hysteresis)
        control = ControlSettings(share=self.control_share, shares=self.segment_control_shares, salt=self.control_salt,
                                  window_days=self.uplift_window_days, challenger_share=self.policy_challenger_share,
                                  min_control=self.control_min_episodes)  # fmt: skip
        models = ModelSettings(
            control=control,
            challenger_policy=self.challenger_decisions,
            champion=self.risk_champion,
            challenger=self.risk_challenger,
            min_labels=self.risk_min_labels,
            promote_margin=self.risk_promote_margin or None,
            switch_margin=self.risk_switch_margin,
            fallback_margin=self.risk_fallback_margin,
            half_trust=self.risk_half_trust,
        )
        bounds = TimeBounds(self.max_ahead_s, self.max_behind_s, parse_time(self.earliest_event_time))
        return CoreSettings(bands=bands, max_event_bytes=self.max_event_bytes, models=models, time_bounds=bounds)

    @property
    def input_families(self) -> dict[str, str]:
        """Input topic name -> the family of event types it may carry."""
        return {self.topic_journey: "journey", self.topic_payment: "payment", self.topic_clock: "internal"}

    @classmethod
    def documented(cls) -> list[tuple[str, str]]:
        """(variable, default) pairs, for the README and ``vigia config``."""
        return [(f.metadata["env"], str(f.default)) for f in fields(cls)]
