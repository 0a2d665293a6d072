"""docker-compose.yml, the Dockerfile, Prometheus and AsyncAPI documents agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
KNOWN_VARIABLES = {name for name, _default in Settings.documented()}


def test_compose_runs_the_stack_and_the_worker_with_known_settings() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert {"kafka", "redis", "worker", "prometheus", "grafana"} <= set(compose["services"])
    worker = compose["services"]["worker"]
    assert set(worker["environment"]) <= KNOWN_VARIABLES
    assert (ROOT / worker["build"]["dockerfile"]).exists()
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), source
    kafka_version = re.search(r"<kafka.version>(.+)</kafka.version>", (ROOT / "deploy/kafka/pom.xml").read_text())
    assert compose["services"]["kafka"]["image"].endswith(kafka_version.group(1))  # same broker as stack.sh


def test_dockerfile_copies_what_exists() -> None:
    for line in (ROOT / "deploy/Dockerfile").read_text().splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), source


def test_prometheus_scrapes_the_worker_web_port_with_the_rules() -> None:
    config = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    target = config["scrape_configs"][0]["static_configs"][0]["targets"][0]
    assert target.endswith(f":{Settings().web_port}")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    mounts = dict(v.split(":")[:2] for v in compose["services"]["prometheus"]["volumes"])
    assert mounts["./deploy/prometheus/rules.yml"] in config["rule_files"]
    for source in (*mounts, *(v.split(":")[0] for v in compose["services"]["grafana"]["volumes"])):
        assert (ROOT / source).exists(), source


def test_asyncapi_names_the_default_topics_and_existing_schemas() -> None:
    doc = yaml.safe_load((ROOT / "schemas/asyncapi.yaml").read_text())
    addresses = {channel["address"] for channel in doc["channels"].values()}
    s = Settings()
    assert addresses == {s.topic_journey, s.topic_payment, s.topic_alerts, s.topic_triggers, s.topic_deadletter,
                         s.topic_clock}  # fmt: skip
    for message in doc["components"]["messages"].values():
        assert (ROOT / "schemas" / message["payload"]["$ref"]).exists()
