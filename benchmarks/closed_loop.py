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
from backtest.closed_loop import POLICIES, measured_uplift, run_closed_loop
from backtest.report import read_jsonl


def one(args: tuple[str, int, int, int, str, float]) -> tuple[str, dict]:
    policy, customers, days, seed, out, control = args
    folder = Path(out) / (policy + ("_control" if control else ""))
    run = run_closed_loop(customers, days, seed, policy, folder, control_share=control)
    if control:
        return "uplift", measured_uplift(run, customers, days, seed)
    outreach = ev.outreach_results(read_jsonl(folder / "events.jsonl"))
    made = ev.in_effect(run.triggers, run.withdrawals)  # a dispatcher drops what vigia withdrew before its window
    compliance = ev.compliance(made, run.truth, read_jsonl(folder / "events.jsonl"))
    (folder / "events.jsonl").unlink()  # large; the figures are what is kept
    guard = ev.protection(made, run.truth)
    return policy, {"outreach": outreach, "compliance": compliance, "protection": guard}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=".local/closed-loop")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--policies", default=",".join(POLICIES), help="comma-separated; nobody is always run")
    parser.add_argument("--control-share", type=float, default=0.0,
                        help="also run vigia with this share held out, and check its uplift estimate against the truth")
    args = parser.parse_args()
    chosen = [p for p in POLICIES if p in args.policies.split(",") or p == "nobody"]
    jobs = [(p, args.customers, args.days, args.seed, args.out, 0.0) for p in chosen]
    if args.control_share:
        jobs.insert(0, ("vigia", args.customers, args.days, args.seed, args.out, args.control_share))
    with ProcessPoolExecutor(args.workers) as pool:
        results = dict(pool.map(one, jobs))
    measured = results.pop("uplift", None)
    nobody = results["nobody"]["outreach"]["brl_recovered_overdue"]
    for figures in results.values():
        o = figures["outreach"]
        o["brl_recovered_beyond_no_contact"] = round(o["brl_recovered_overdue"] - nobody, 2)
        o["extra_brl_per_brl_cost"] = round(o["brl_recovered_beyond_no_contact"] / o["contact_cost_brl"], 2) if o[
            "contact_cost_brl"] else None  # fmt: skip
    Path(args.out, "closed_loop.json").write_bytes(orjson.dumps({**results, "uplift": measured},
                                                                option=orjson.OPT_INDENT_2))  # fmt: skip
    for policy, figures in results.items():
        print(ev.summary_line(policy, figures["outreach"], figures["compliance"]))
    print("vigia protection:", orjson.dumps(results["vigia"]["protection"]).decode() if "vigia" in results else "-")
    if measured:
        print(f"uplift with {args.control_share:.0%} held out (first episodes, {30:.0f} days), per channel:")
        print(ev.uplift_table(measured))


if __name__ == "__main__":
    main()
