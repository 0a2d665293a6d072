"""The worker on the real Kafka broker and Redis: contract, dead letters, read model, metrics, restarts."""

from __future__ import annotations

import base64
import time
import urllib.error
from collections import defaultdict

import orjson
import pytest
import redis

from backtest.sample import _broken_inputs, sample_messages
from schemas.validation import Contract
from streams.kafka_io import consume, publish
from streams.readmodel import redis_key
from tests.helpers import event, raw

pytestmark = pytest.mark.integration
CONTRACT = Contract()


def _topics(worker) -> dict[str, str]:
    s = worker.settings
    return {"journey": s.topic_journey, "payment": s.topic_payment}


def _collect(worker, until, timeout: float = 90.0) -> dict[str, list[dict]]:
    """Read every output topic from the start until ``until(outputs)`` holds."""
    s = worker.settings
    names = {s.topic_alerts: "alerts", s.topic_deadletter: "deadletter", s.topic_triggers: "triggers"}
    outputs: dict[str, list[dict]] = defaultdict(list)
    for topic, _key, value in consume(s, list(names), stop_after=timeout):
        outputs[names[topic]].append(orjson.loads(value))
        if until(outputs):
            return outputs
    counts = {k: len(v) for k, v in outputs.items()}
    raise AssertionError(f"outputs never reached the expected state: {counts}")


def _wait(condition, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except urllib.error.HTTPError as err:  # 503 while the table is still being restored (404: not there yet)
            if err.code not in (404, 503):
                raise
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def outputs(worker) -> dict[str, list[dict]]:
    topics = _topics(worker)
    messages = list(sample_messages())
    # The payment system publishes a second late: its March invoices must not meet a clock that the
    # journey topic already moved to April (c-ana pays on time and must never look late).
    publish(worker.settings, ((topics[f], k, m) for f, k, m in messages if f == "journey"))
    time.sleep(1.0)
    publish(worker.settings, ((topics[f], k, m) for f, k, m in messages if f != "journey"))

    def done(out) -> bool:
        bruno = [a for a in out["alerts"] if a["subject"] == "c-bruno" and a["data"]["band"] == "critical"]
        return len(out["deadletter"]) >= 4 and bool(bruno)

    return _collect(worker, done)


def test_bad_inputs_land_in_the_dead_letter_topic_with_reason_and_bytes(worker, outputs) -> None:
    dead = outputs["deadletter"]
    assert sorted(d["data"]["reason"] for d in dead) == [
        "data_invalid",
        "malformed_json",
        "unknown_type",
        "wrong_topic",
    ]
    sent = {m for _k, m in _broken_inputs()}
    for letter in dead:
        CONTRACT.validate(letter, "output")
        assert base64.b64decode(letter["data"]["original_base64"]) in sent
        assert letter["data"]["topic"] == worker.settings.topic_payment
        assert letter["data"]["offset"] is not None
    assert worker.metric('vigia_dead_letters_total{reason="malformed_json"}') == 1


def test_alerts_follow_the_contract_and_tell_the_story(outputs) -> None:
    alerts = outputs["alerts"]
    for alert in alerts:
        CONTRACT.validate(alert, "output")
    bruno = [(a["data"]["previous_band"], a["data"]["band"]) for a in alerts if a["subject"] == "c-bruno"]
    assert bruno[-1][1] == "critical"
    assert bruno[0][0] == "low"
    ana = [(a["time"], a["data"]["previous_band"], a["data"]["band"], a["data"]["triggered_by"])
           for a in alerts if a["subject"] == "c-ana"]  # fmt: skip
    assert not ana, f"the organised payer never raises an alert, got {ana}"


def test_valid_events_after_bad_ones_are_processed_and_mirrored_to_redis(worker, outputs) -> None:
    # Bruno's complaint comes after the broken inputs in the stream: the worker went on.
    profile = _wait(lambda: orjson.loads(worker.get("/customers/c-bruno")), what="profile")
    assert profile["complaints"] == 1 and profile["predicted_reason"] == "unemployment"
    client = redis.Redis.from_url(worker.settings.redis_url, decode_responses=True)

    def mirrored_late_enough() -> dict | None:
        mirrored = client.hgetall(redis_key("c-bruno"))
        whole = orjson.loads(mirrored["json"]) if mirrored else {}
        return mirrored if whole.get("complaints") == 1 and int(mirrored["days_past_due"]) >= 20 else None

    mirrored = _wait(mirrored_late_enough, what="Redis read model")
    for name in ("score", "band", "segment", "predicted_reason", "preferred_channel", "days_past_due",
                 "open_balance", "updated_at"):  # fmt: skip
        assert name in mirrored
    assert mirrored["band"] == "critical" and int(mirrored["days_past_due"]) >= 20
    assert float(mirrored["open_balance"]) == 400.0  # two unpaid invoices of 180 and 220


def test_days_past_due_grow_from_the_clock_without_new_events(worker, outputs) -> None:
    # Edu's last event is on day 11; only clock ticks can take him to 30+ days past due.
    profile = _wait(lambda: (p := orjson.loads(worker.get("/customers/c-edu")))["days_past_due"] >= 30 and p,
                    what="clock ticks")  # fmt: skip
    assert profile["band"] == "critical"
    assert worker.metric("vigia_clock_ticks_sent_total") > 0


def test_duplicates_are_counted_and_metrics_are_exported(worker, outputs) -> None:
    text = worker.get("/metrics").decode()
    assert worker.metric('vigia_duplicate_events_total{type="session.started"}') == 1
    assert 'vigia_events_processed_total{type="invoice.issued"}' in text
    assert "vigia_processing_seconds_bucket" in text and "vigia_profiles " in text
    # what the ops' rules read of Faust's sensors (consumer lag, rebalances) stays; its per-event figures go
    faust = " ".join(sorted({line.split("{")[0].split()[0] for line in text.splitlines() if line.startswith("faust")}))
    for name in ("faust_topic_partition_end_offset", "faust_total_rebalances", "faust_producer_send_latency_count"):
        assert name in faust.split(), f"{name} missing from {faust}"  # (the committed offsets come with a commit)
    assert "faust_messages_received_total 0.0" in text and "faust_total_events_total 0.0" in text
    models = orjson.loads(worker.get("/models"))
    assert models and all({"rules", "logreg", "gaussian_nb"} <= set(m["risk"]) for m in models.values())


def _checkpointed_models(worker) -> dict | None:
    """The /models figures once every partition's checkpoint reflects all the input it has read."""
    models = orjson.loads(worker.get("/models"))
    done = all(m["checkpoint"] and m["checkpoint"]["offsets"] == m["offsets"] for m in models.values())
    return models if models and done else None


def test_restart_restores_profiles_from_the_changelog_and_still_drops_duplicates(worker, outputs) -> None:
    before = orjson.loads(worker.get("/customers/c-bruno"))
    models_before = _wait(lambda: _checkpointed_models(worker), what="model checkpoints")
    worker.stop()
    worker.start()
    restored = _wait(lambda: orjson.loads(worker.get("/customers/c-bruno")), what="restored profile")
    assert restored["open_balance"] == before["open_balance"] and restored["complaints"] == 1

    # The partition models came back from their signed checkpoints in Redis, with what they had learnt.
    models_after = _wait(lambda: (m := orjson.loads(worker.get("/models"))).keys() == models_before.keys() and m,
                         what="restored models")  # fmt: skip
    for partition, figures in models_after.items():
        assert figures["checkpoint"]["how"] == "restored"
        assert figures["checkpoint"]["version"] == models_before[partition]["checkpoint"]["version"]
        assert figures["reason"]["tabulations"] == models_before[partition]["reason"]["tabulations"]
    assert sum(f["reason"]["tabulations"] for f in models_after.values()) >= 2  # Bruno's and Edu's
    assert worker.metric('vigia_model_checkpoints_total{outcome="restored"}') == len(models_after)

    topics = _topics(worker)
    payment = event("payment.received", {"payment_id": "it-pay-1", "amount": 180.0, "method": "pix"},
                    "2026-04-20T10:00:00-03:00", subject="c-bruno", event_id="it-pay-1")  # fmt: skip
    replayed = next(m for f, k, m in sample_messages() if k == "c-bruno" and b"complaint.filed" in m)
    publish(worker.settings, [(topics["journey"], "c-bruno", replayed), (topics["payment"], "c-bruno", raw(payment))])
    after = _wait(lambda: (p := orjson.loads(worker.get("/customers/c-bruno")))["open_balance"] == 220.0 and p,
                  what="the new payment")  # fmt: skip
    assert after["complaints"] == 1  # the re-sent complaint was recognised as a duplicate after the restart
    assert worker.metric('vigia_duplicate_events_total{type="complaint.filed"}') == 1
