"""Settings from the environment: the risk models are chosen there, and mistakes are named."""

from __future__ import annotations

import pytest

from online_models.core import Core
from streams.settings import Settings, SettingsError


def test_the_environment_chooses_the_champion_and_challenger_and_their_margins() -> None:
    env = {"VIGIA_RISK_CHAMPION": "hoeffding_tree", "VIGIA_RISK_CHALLENGER": "logreg", "VIGIA_RISK_MIN_LABELS": "50",
           "VIGIA_RISK_PROMOTE_MARGIN": "0.02", "VIGIA_RISK_FALLBACK_MARGIN": "0.1",
           "VIGIA_RISK_HALF_TRUST": "200"}  # fmt: skip
    risk = Core(Settings.from_env(env).core).models_for(0).risk
    assert (risk.champion, risk.challenger, risk.min_labels) == ("hoeffding_tree", "logreg", 50)
    assert risk.models["logreg"].half_trust == 200  # the learner anchored to the rules takes it
    assert (risk.promote_margin, risk.fallback_margin) == (0.02, 0.1)
    default = Core(Settings.from_env({}).core).models_for(0).risk
    assert (default.champion, default.promote_margin, default.fallback_margin) == ("logreg", None, 0.05)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"VIGIA_RISK_CHAMPION": "xgboost"}, "VIGIA_RISK_CHAMPION='xgboost' is not a risk learner; choose one of"),
        ({"VIGIA_RISK_CHALLENGER": "logreg"}, "must be different learners"),
        ({"VIGIA_RISK_PROMOTE_MARGIN": "-0.1"}, "VIGIA_RISK_PROMOTE_MARGIN must be 0"),
        ({"VIGIA_RISK_MIN_LABELS": "many"}, "VIGIA_RISK_MIN_LABELS='many' is not a valid int"),
        ({"VIGIA_RISK_MIN_LABELS": "-5"}, "VIGIA_RISK_MIN_LABELS must be 0 or more"),
        ({"VIGIA_RISK_HALF_TRUST": "-1"}, "VIGIA_RISK_HALF_TRUST must be 0"),
    ],
)
def test_a_risk_setting_that_cannot_work_is_refused_with_its_name(env: dict, named: str) -> None:
    with pytest.raises(SettingsError, match=named.replace("(", r"\(")):
        Settings.from_env(env)
