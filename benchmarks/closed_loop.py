"""Closed-loop comparison of vigia's outreach with the baselines on the same simulated portfolio.

Each policy runs the simulator with customers reacting to its outreach (``backtest.closed_loop``);
the figures are read off the resulting event stream. Run by hand, e.g.
``.venv/bin/python benchmarks/closed_loop.py --customers 20000 --days 180 --seed 7 --out .local/closed-loop``.
"""

from __future__ import annotations

import argparse
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import orjson

from backtest import evaluate as ev
from backtest.closed_loop import POLICIES, run_closed_loop
from backtest.report import read_jsonl


def one(args: tuple[str, int, int, int, str]) -> tuple[str, dict]:
    policy, customers, days, seed, out = args
    folder = Path(out) / policy
    run = run_closed_loop(customers, days, seed, policy, folder)
    outreach = ev.outreach_results(read_jsonl(folder / "events.jsonl"))
    compliance = ev.compliance(run.triggers, run.truth, read_jsonl(folder / "events.jsonl"))
    (folder / "events.jsonl").unlink()  # large; the figures are what is kept
    guard = ev.protection(run.triggers, run.truth)
    return policy, {"outreach": outreach, "compliance": compliance, "protection": guard}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=".local/closed-loop")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--policies", default=",".join(POLICIES), help="comma-separated; nobody is always run")
    args = parser.parse_args()
    chosen = [p for p in POLICIES if p in args.policies.split(",") or p == "nobody"]
    jobs = [(p, args.customers, args.days, args.seed, args.out) for p in chosen]
    with ProcessPoolExecutor(args.workers) as pool:
        results = dict(pool.map(one, jobs))
    nobody = results["nobody"]["outreach"]["brl_recovered_overdue"]
    for figures in results.values():
        o = figures["outreach"]
        o["brl_recovered_beyond_no_contact"] = round(o["brl_recovered_overdue"] - nobody, 2)
        o["extra_brl_per_brl_cost"] = round(o["brl_recovered_beyond_no_contact"] / o["contact_cost_brl"], 2) if o[
            "contact_cost_brl"] else None  # fmt: skip
    Path(args.out, "closed_loop.json").write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    for policy, figures in results.items():
        print(ev.summary_line(policy, figures["outreach"], figures["compliance"]))
    print("vigia protection:", orjson.dumps(results["vigia"]["protection"]).decode() if "vigia" in results else "-")


if __name__ == "__main__":
    main()
