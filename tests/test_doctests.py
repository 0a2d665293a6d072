"""The examples in the docstrings of the pure modules are tests too."""

import doctest
import importlib

import pytest

MODULES = [
    "schemas.validation",
    "online_models.clock",
    "online_models.profile",
    "online_models.rules",
    "online_models.outputs",
    "online_models.core",
    "online_models.merge",
    "online_models.checkpoint",
    "online_models.anomaly",
    "online_models.contact_rules",
    "online_models.text",
    "online_models.refusals",
    "online_models.speech",
    "online_models.prefilter",
    "online_models.risk",
    "online_models.behaviour",
    "online_models.features",
    "online_models.decisions",
    "backtest.replay",
    "backtest.simulator",
    "backtest.evaluate",
    "streams.settings",
    "streams.readmodel",
    "online_models.collector",
    "streams.offsets",
    "agents.pause",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
