"""The evaluation: its metrics on crafted cases, and the whole report on a small closed-loop run."""

from __future__ import annotations

import itertools
import random

import orjson
import pytest

from backtest import evaluate as ev
from backtest.report import evaluate
from backtest.simulator import Simulation


def test_roc_auc_equals_the_pairwise_definition() -> None:
    rng = random.Random(4)
    scores = [round(rng.random(), 2) for _ in range(60)]
    labels = [int(rng.random() < s) for s in scores]
    pairs = [(p, n) for p, n in itertools.product(range(60), range(60)) if labels[p] and not labels[n]]
    expected = sum(1.0 if scores[p] > scores[n] else 0.5 if scores[p] == scores[n] else 0.0 for p, n in pairs)
    assert ev.roc_auc(scores, labels) == pytest.approx(expected / len(pairs), abs=1e-4)
    assert ev.roc_auc([0.5, 0.5], [1, 1]) is None


TRUTH = [
    {"kind": "meta", "seed": 1, "customers": 1, "days": 60, "start": "2026-03-02"},
    {"kind": "customer", "customer_id": "c1", "state": "SP", "change_points": [], "reasons": [],
     "invoices": [{"invoice_id": "a", "amount": 10, "due_date": "2026-03-10", "paid_date": "2026-03-09",
                   "days_late": -1},
                  {"invoice_id": "b", "amount": 10, "due_date": "2026-03-20", "paid_date": None, "days_late": None},
                  {"invoice_id": "c", "amount": 10, "due_date": "2026-04-25", "paid_date": None, "days_late": None}]},
]  # fmt: skip


def test_risk_labels_defaults_and_leaves_unknown_outcomes_out() -> None:
    snaps = [{"invoice_id": "a", "score": 0.1}, {"invoice_id": "b", "score": 0.9}, {"invoice_id": "c", "score": 0.5}]
    risk = ev.risk_quality(snaps, TRUTH)
    assert risk["invoices"] == 2 and risk["default_rate"] == 0.5 and risk["roc_auc"] == 1.0


def test_calibration_keeps_equal_scores_in_one_tenth() -> None:
    """A score shared by many invoices is one bin with their default rate, not split by outcome."""
    snaps, customers = [], []
    for k in range(100):
        score, late = (0.1, k % 5 == 0) if k < 60 else (0.3 + k / 1000, k % 2 == 0)
        snaps.append({"invoice_id": f"i{k}", "score": score})
        customers.append({"invoice_id": f"i{k}", "amount": 10, "due_date": "2026-03-10", "paid_date": "2026-04-10",
                          "days_late": 31 if late else 0})  # fmt: skip
    truth = [TRUTH[0], {**TRUTH[1], "invoices": customers}]
    calibration = ev.risk_quality(snaps, truth)["calibration"]
    assert calibration[0] == {"mean_score": 0.1, "default_rate": 0.2, "n": 60}
    assert sum(b["n"] for b in calibration) == 100 and len(calibration) == 5


def test_calibration_folds_what_is_left_after_the_last_tenth_into_it() -> None:
    ranked = [(k / 105, k % 2) for k in range(105)]
    tenths = list(ev.deciles(ranked))
    assert len(tenths) == 10 and [len(t) for t in tenths] == [10] * 9 + [15]


def _trigger(start: str, end: str, channel: str = "sms") -> dict:
    return {"subject": "c1", "data": {"channel": channel, "not_before": start, "not_after": end}}


def test_compliance_counts_each_kind_of_violation() -> None:
    triggers = [
        _trigger("2026-03-04T10:00:00-03:00", "2026-03-04T11:00:00-03:00"),  # fine
        _trigger("2026-03-04T15:00:00-03:00", "2026-03-04T16:00:00-03:00"),  # second on the same day
        _trigger("2026-03-05T19:30:00-03:00", "2026-03-05T20:30:00-03:00"),  # runs past 20:00
        _trigger("2026-03-15T10:00:00-03:00", "2026-03-15T11:00:00-03:00", "whatsapp"),  # a Sunday
        _trigger("2026-03-24T10:00:00-03:00", "2026-03-24T11:00:00-03:00", "email"),  # after the opt-out
    ]
    opt_out = {"type": "consent.changed", "subject": "c1", "time": "2026-03-20T10:00:00-03:00",
               "data": {"channel": "email", "granted": False}}  # fmt: skip
    result = ev.compliance(triggers, TRUTH, [opt_out])
    assert result == {"triggers": 5, "outside_window": 2, "over_caps": 1, "after_opt_out": 1}


def test_payments_after_contact_are_attributed_to_the_contact_channel() -> None:
    def e(event_type, when, data):
        return {"type": event_type, "subject": "c1", "time": when, "data": data}

    events = [
        e("invoice.issued", "2026-03-01T10:00:00Z", {"invoice_id": "i1", "amount": 100.0, "due_date": "2026-03-05"}),
        e("message.sent", "2026-03-10T13:00:00Z", {"outreach_id": "o1", "channel": "whatsapp"}),
        e("message.replied", "2026-03-10T13:30:00Z", {"outreach_id": "o1", "channel": "whatsapp", "text": "ok"}),
        e("payment.received", "2026-03-12T13:00:00Z", {"payment_id": "p", "amount": 100.0, "invoice_id": "i1"}),
    ]
    result = ev.outreach_results(events)
    row = result["channels"]["whatsapp"]
    assert (row["contacts"], row["replies"], row["payments_after_contact"], row["brl_after_contact"]) == (1, 1, 1, 100)
    assert result["brl_recovered_overdue"] == 100.0 and result["contact_cost_brl"] == ev.CHANNEL_COST_BRL["whatsapp"]


def test_report_on_a_small_run(tmp_path) -> None:
    sim = Simulation(120, 75, 9)
    events, truth = tmp_path / "events.jsonl", tmp_path / "truth.jsonl"
    with events.open("wb") as out:
        for event in sim.events():
            out.write(orjson.dumps(event) + b"\n")
    truth.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in sim.truth()))
    text = evaluate(events, truth, tmp_path / "report")
    report = orjson.loads((tmp_path / "report" / "report.json").read_bytes())
    assert "ROC AUC" in text and "closed loop" in text
    assert 0.5 < report["risk"]["roc_auc"] <= 1.0
    assert report["change"]["shocks"] > 0
    assert report["anomaly"]["invoices"] > 0 and report["anomaly"]["after_a_shock"] > 0
    loop = report["closed_loop"]
    assert loop["nobody"]["outreach"]["contacts"] == 0 and loop["nobody"]["compliance"]["triggers"] == 0
    assert loop["everyone"]["outreach"]["contacts"] > loop["fixed_rule"]["outreach"]["contacts"] > 0
    assert loop["everyone"]["compliance"]["over_caps"] > 0  # the naive baseline breaks the caps
    assert loop["everyone"]["compliance"]["outside_window"] == 0  # but keeps to the legal hours
    assert loop["everyone"]["outreach"]["complaints"] > loop["nobody"]["outreach"]["complaints"]
    uplift = report["uplift"]["all"]  # 10% held out: the estimate is reported next to the truth
    assert uplift["treated"] > 5 * uplift["control"] > 0 and "true_uplift" in uplift and "uplift, control group" in text


def test_segment_quality_scores_a_faithful_segmentation_above_an_unrelated_one() -> None:
    personas = ["digital_young", "chronic_late", "organised_payer"] * 20
    truth = [{"kind": "meta", "days": 60}] + [
        {"kind": "customer", "customer_id": f"c{i}", "persona": q, "reasons": [], "invoices": [], "change_points": []}
        for i, q in enumerate(personas)
    ]
    faithful = iter([{"customer_id": f"c{i}", "segment": f"s-{q}", "segment_moves": 1} for i, q in enumerate(personas)])
    unrelated = [{"customer_id": f"c{i}", "segment": f"s{i % 2}"} for i in range(len(personas))]
    good, bad = ev.segment_quality(faithful, truth), ev.segment_quality(unrelated, truth)
    assert good["purity"] == 1.0 and good["nmi"] == pytest.approx(1.0)
    assert good["moves_per_customer_month"] == 0.5  # 60 moves over 60 customers x 2 months
    assert bad["nmi"] < 0.05 and bad["purity"] < 0.5


def test_anomaly_quality_compares_scores_after_a_hidden_shock_with_the_rest() -> None:
    truth = [
        {"kind": "meta", "seed": 1, "customers": 2, "days": 90, "start": "2026-03-02"},
        {"kind": "customer", "customer_id": "s", "state": "SP", "reasons": [], "invoices": [],
         "change_points": [{"day": 20, "date": "2026-03-22", "kind": "shock"}]},
        {"kind": "customer", "customer_id": "q", "state": "SP", "reasons": [], "invoices": [], "change_points": []},
    ]  # fmt: skip
    snaps = [
        {"customer_id": "s", "time": "2026-03-10T12:00:00-03:00", "anomaly": 0.2},  # before the shock
        {"customer_id": "s", "time": "2026-04-10T12:00:00-03:00", "anomaly": 0.9},  # 19 days after it
        {"customer_id": "s", "time": "2026-06-10T12:00:00-03:00", "anomaly": 0.3},  # 80 days after: out of window
        {"customer_id": "q", "time": "2026-04-10T12:00:00-03:00", "anomaly": 0.4},
        {"customer_id": "q", "time": "2026-05-10T12:00:00-03:00", "anomaly": None},  # not scored: left out
    ]
    figures = ev.anomaly_quality(snaps, truth)
    assert figures["invoices"] == 4 and figures["after_a_shock"] == 1 and figures["roc_auc"] == 1.0
    assert figures["mean_after_a_shock"] == 0.9 and figures["mean_otherwise"] == pytest.approx(0.3)
    snaps[1]["anomaly"] = 0.1
    assert ev.anomaly_quality(snaps, truth)["roc_auc"] == 0.0
