"""A real Prometheus scrapes a live worker: every expression of the rules and the dashboard returns data."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import orjson
import pytest
import yaml

from backtest.sample import sample_messages
from backtest.simulator import Simulation
from schemas.validation import Contract
from streams.kafka_io import publish, topic_for
from tests.integration.conftest import _free_port, new_worker

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "vigia.json"


def expressions() -> list[str]:
    """What Prometheus must answer: each recorded series, each raw selector of the alerts, each dashboard query."""
    groups = yaml.safe_load((ROOT / "deploy/prometheus/rules.yml").read_text())["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    wanted = [r["record"] for r in rules if "record" in r]
    for rule in rules:
        if "alert" in rule:  # the measured side of each comparison
            wanted += [re.split(r"\s[<>=!]=?\s", part)[0].strip()
                       for part in re.split(r"\band\b", rule["expr"]) if "on ()" not in part]  # fmt: skip
    panels = json.loads(DASHBOARD.read_text())["panels"]
    wanted += [t["expr"] for p in panels for t in p.get("targets", [])]
    return sorted(set(wanted))


def query(port: int, expr: str) -> list:
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())["data"]["result"]


@pytest.mark.skipif(shutil.which("prometheus") is None, reason="`bash deploy/stack.sh tools` installs Prometheus")
def test_prometheus_finds_data_for_every_rule_and_panel(stack, tmp_path) -> None:
    worker = new_worker(stack, tmp_path, VIGIA_CONTROL_SHARE="0.5", VIGIA_UPLIFT_WINDOW_DAYS="5")
    port = _free_port()
    config = tmp_path / "prometheus.yml"
    target = {"targets": [f"127.0.0.1:{worker.settings.web_port}"]}
    config.write_text(yaml.safe_dump({
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ROOT / "deploy/prometheus/rules.yml")],
        "scrape_configs": [{"job_name": "vigia", "static_configs": [target]}],
    }))
    server = subprocess.Popen(["prometheus", f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                               f"--web.listen-address=127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    worker.start()
    try:
        s = worker.settings
        topics = {"journey": s.topic_journey, "payment": s.topic_payment}
        publish(s, [(topics[family], key, raw) for family, key, raw in sample_messages()])  # contacts, cures, promises
        contract = Contract()  # and a portfolio long enough for control-group episodes to finish
        publish(s, [(topic_for(s, contract, e["type"]), e["subject"], orjson.dumps(e))
                    for e in Simulation(150, 60, seed=4).events()])  # fmt: skip
        deadline = time.monotonic() + 60  # scrapes every second; the model gauges refresh every 15 s
        while True:
            empty = [expr for expr in expressions() if not query(port, expr)]
            if not empty or time.monotonic() > deadline:
                break
            time.sleep(2)
        assert empty == []
    finally:
        worker.stop()
        server.terminate()
        server.wait(10)
