"""Precision and recall of the text flags on messages written apart from the lexicon and the simulator.

The message files in ``benchmarks/messages/`` are read by this script only: no lexicon, training or
simulator code opens them (a test checks it), so the figures say how the flags hold on phrasings
nobody tuned for. ``dev.jsonl`` is the set the lexicon was improved on; ``holdout.jsonl`` is kept
apart and only measured.

    python benchmarks/text_flags.py                     # both sets, the lexicon as shipped
    python benchmarks/text_flags.py --show-misses dev   # the dev set's misses, to improve the lexicon

Each line of a set is ``{"text": ..., "flags": [...], "reason": code or null}``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from online_models import text

HERE = Path(__file__).parent / "messages"
FLAGS = ("wants_human", "not_mine", "already_paid", "fraud", "distress", "aggression")
GROUPS = {"dispute (not_mine or already_paid)": ("not_mine", "already_paid")}


def load(name: str) -> list[dict]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def grade(messages: list[dict]) -> dict[str, dict[str, float]]:
    """Per flag (and per group of flags): true positives, false positives, misses, precision, recall."""
    rows: dict[str, dict[str, float]] = {}
    said = [text.flags(m["text"]) for m in messages]
    named = {f: (f,) for f in FLAGS} | GROUPS
    for name, members in named.items():
        tp = fp = fn = 0
        for m, got in zip(messages, said, strict=True):
            truth, found = bool(set(m["flags"]) & set(members)), bool(got & set(members))
            tp += truth and found
            fp += found and not truth
            fn += truth and not found
        rows[name] = {"support": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                      "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0}  # fmt: skip
    return rows


def misses(messages: list[dict]) -> list[tuple[str, list[str], list[str]]]:
    out = []
    for m in messages:
        got = sorted(text.flags(m["text"]))
        if got != sorted(m["flags"]):
            out.append((m["text"], sorted(m["flags"]), got))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", metavar="SET", help="print the messages of SET whose flags differ")
    args = parser.parse_args()
    if args.show_misses:
        for said, truth, got in misses(load(args.show_misses)):
            print(f"{said!r}: expected {truth}, got {got}")
        return
    summary = {}
    for name in ("dev", "holdout"):
        messages = load(name)
        rows = grade(messages)
        print(f"\n{name}: {len(messages)} messages")
        print(f"{'flag':38s} {'support':>7s} {'precision':>9s} {'recall':>6s} {'fp':>3s} {'fn':>3s}")
        for flag, row in rows.items():
            print(f"{flag:38s} {row['support']:7d} {row['precision']:9.3f} {row['recall']:6.3f} "
                  f"{row['fp']:3d} {row['fn']:3d}")  # fmt: skip
        summary[name] = {flag: {"precision": r["precision"], "recall": r["recall"]} for flag, r in rows.items()}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
