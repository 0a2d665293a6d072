"""``vigia evaluate``: replay the events, score them against the truth, compare with baselines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson

from backtest import evaluate as ev
from backtest.closed_loop import measured_uplift, run_closed_loop
from backtest.replay import replay_file
from online_models.models import ModelSet

CLOSED_LOOP_POLICIES = ("vigia", "everyone", "nobody", "fixed_rule")


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open("rb") as lines:
        for line in lines:
            if line.strip():
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue  # a bad line: the replay dead-lettered it


def evaluate(events: Path, truth: Path, out: Path, baselines: bool = True, replay_dir: Path | None = None,
             start_from: ModelSet | None = None, control_share: float = 0.1) -> str:  # fmt: skip
    """Write ``out/report.json`` and return the readable report (``start_from``: models trained from history).

    With baselines and ``control_share``, one more closed loop holds that share out of vigia's contacts and
    the report sets the control group's uplift estimate next to the simulator's truth.
    """
    out.mkdir(parents=True, exist_ok=True)
    if replay_dir is None:
        replay_dir = out / "replay"
        replay_file(events, replay_dir, start_from=start_from)
    truth_lines = list(read_jsonl(truth))
    made = ev.contacts_made(read_jsonl(replay_dir / "outreach.jsonl"))  # less the contacts withdrawn in time
    report: dict = {
        "risk": ev.risk_quality(read_jsonl(replay_dir / "scores.jsonl"), truth_lines),
        "change": ev.change_detection(read_jsonl(replay_dir / "alerts.jsonl"), truth_lines),
        "anomaly": ev.anomaly_quality(read_jsonl(replay_dir / "scores.jsonl"), truth_lines),
        "reason": ev.reason_accuracy(read_jsonl(replay_dir / "profiles.jsonl"), truth_lines),
        "segments": ev.segment_quality(read_jsonl(replay_dir / "profiles.jsonl"), truth_lines),
        "compliance": ev.compliance(made, truth_lines, read_jsonl(events)),
        "protection": ev.protection(made, truth_lines),
    }
    meta = next((line for line in truth_lines if line.get("kind") == "meta"), None)
    if baselines and meta:
        report["closed_loop"] = {}
        for policy in CLOSED_LOOP_POLICIES:
            folder = out / "closed_loop" / policy
            run = run_closed_loop(meta["customers"], meta["days"], meta["seed"], policy, folder)
            report["closed_loop"][policy] = {
                "outreach": ev.outreach_results(read_jsonl(folder / "events.jsonl")),
                "compliance": ev.compliance(run.triggers, run.truth, read_jsonl(folder / "events.jsonl")),
            }
            if policy == "vigia":
                report["closed_loop"][policy]["protection"] = ev.protection(run.triggers, run.truth)
        nobody = report["closed_loop"]["nobody"]["outreach"]["brl_recovered_overdue"]
        for figures in report["closed_loop"].values():
            outreach = figures["outreach"]
            extra = round(outreach["brl_recovered_overdue"] - nobody, 2)
            outreach["brl_recovered_beyond_no_contact"] = extra
            cost = outreach["contact_cost_brl"]
            outreach["extra_brl_per_brl_cost"] = round(extra / cost, 2) if cost else None
        if control_share:
            held = run_closed_loop(meta["customers"], meta["days"], meta["seed"], "vigia", control_share=control_share)
            report["uplift"] = measured_uplift(held, meta["customers"], meta["days"], meta["seed"])
    (out / "report.json").write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    text = ev.as_text(report)
    (out / "report.txt").write_text(text + "\n")
    return text
