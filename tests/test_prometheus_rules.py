"""The alerting rules are valid and each alert fires on the series it is written for (promtool's own tests)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

RULES = Path(__file__).resolve().parents[1] / "deploy" / "prometheus"
OPERATING = Path(__file__).resolve().parents[1] / "docs" / "operating.md"


def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        pytest.fail("promtool not found: `bash deploy/stack.sh tools` installs Debian's prometheus package")
    return found


def test_the_rules_are_valid() -> None:
    run = subprocess.run([promtool(), "check", "rules", "rules.yml"], cwd=RULES, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_alert_fires_on_its_synthetic_series() -> None:
    run = subprocess.run([promtool(), "test", "rules", "rules_test.yml"], cwd=RULES, capture_output=True, text=True)
    assert run.returncode == 0 and "SUCCESS" in run.stdout, run.stdout + run.stderr


def alerts() -> list[dict]:
    groups = yaml.safe_load((RULES / "rules.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def test_every_alert_is_unit_tested_and_has_a_runbook() -> None:
    tested = set(re.findall(r"alertname: (\w+)", (RULES / "rules_test.yml").read_text()))
    runbooks = OPERATING.read_text(encoding="utf-8")
    for rule in alerts():
        assert rule["alert"] in tested
        anchor = rule["annotations"]["runbook"].split("#", 1)[1]
        assert f"### {rule['alert']}" in runbooks and anchor == rule["alert"].lower()
        assert {"summary", "description"} <= set(rule["annotations"])
