"""Score what vigia produced against the simulator's truth, and against plain baselines.

Figures: risk-score quality at invoice issue against each invoice's real outcome (ROC AUC, Brier
score, calibration by decile), behaviour-change detection (delay after the first late invoice that
follows a hidden shock, false alarms per 1,000 customer-months), the anomaly score against hidden
shocks, predicted-reason accuracy, outreach results per channel (right-party contacts, replies,
payments after contact, cost per BRL recovered), complaints, and compliance (triggers outside the
legal window, over the caps, after an opt-out).

>>> roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
0.75
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from online_models.clock import local_date, parse_time
from online_models.contact_rules import ContactRules
from online_models.decisions import CHANNEL_COST_BRL, REPLIES  # what vigia's decisions weigh is what is charged
from online_models.transitions import SAME_REQUEST_S

DEFAULT_GRACE_DAYS = 15  # an invoice still unpaid this long after its due date counts as a default
ATTRIBUTION_DAYS = 7  # a payment this soon after a contact counts as a payment after contact
REVIEW_LOOKBACK_S = 7 * 86400.0  # a claim said again within a week of a person's review is part of the case


def roc_auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """Exact ROC AUC (probability a positive outranks a negative; ties count half)."""
    pairs = sorted(zip(scores, labels, strict=True))
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        average_rank = (i + j + 1) / 2
        rank_sum += average_rank * sum(label for _s, label in pairs[i:j])
        i = j
    return round((rank_sum - positives * (positives + 1) / 2) / (positives * negatives), 4)


def _customers(truth: Iterable[dict]) -> tuple[dict, dict[str, dict]]:
    meta, customers = {}, {}
    for line in truth:
        if line.get("kind") == "meta":
            meta = line
        else:
            customers[line["customer_id"]] = line
    return meta, customers


def risk_quality(snapshots: Iterable[dict], truth: Iterable[dict], grace_days: int = DEFAULT_GRACE_DAYS) -> dict:
    """The score at invoice issue against the invoice's outcome (unpaid ``grace_days`` after due)."""
    meta, customers = _customers(truth)
    end = date.fromisoformat(meta["start"]) + timedelta(days=meta["days"]) if meta else None
    outcome: dict[str, int] = {}
    for customer in customers.values():
        for inv in customer["invoices"]:
            deadline = date.fromisoformat(inv["due_date"]) + timedelta(days=grace_days)
            late = inv["days_late"] is not None and inv["days_late"] > grace_days
            if late or (inv["paid_date"] is None and end and deadline < end):
                outcome[inv["invoice_id"]] = 1
            elif inv["days_late"] is not None:
                outcome[inv["invoice_id"]] = 0
    scores, labels = [], []
    for snap in snapshots:
        if snap["invoice_id"] in outcome:
            scores.append(snap["score"])
            labels.append(outcome[snap["invoice_id"]])
    if not scores:
        return {"invoices": 0}
    brier = statistics.fmean((s - lab) ** 2 for s, lab in zip(scores, labels, strict=True))
    return {
        "invoices": len(scores),
        "default_rate": round(sum(labels) / len(labels), 4),
        "roc_auc": roc_auc(scores, labels),
        "brier": round(brier, 4),
        "calibration": calibration(scores, labels),
    }


def calibration(scores: Iterable[float], labels: Iterable[int], digits: int | None = 3) -> list[dict]:
    """Mean score against default rate in each tenth of the scores (:func:`deciles`), lowest first.

    Rounded to ``digits`` for the report; ``None`` keeps them exact for callers that format them.
    """

    def rounded(value: float) -> float:
        return value if digits is None else round(value, digits)

    return [
        {
            "mean_score": rounded(statistics.fmean(s for s, _ in chunk)),
            "default_rate": rounded(statistics.fmean(lab for _, lab in chunk)),
            "n": len(chunk),
        }
        for chunk in deciles(sorted(zip(scores, labels, strict=True), key=lambda pair: pair[0]))
    ]


def deciles(ranked: list[tuple[float, int]]) -> Iterable[list[tuple[float, int]]]:
    """Tenths of ``ranked`` (sorted by score), never splitting equal scores across two of them.

    Equal scores split by anything else would show a calibration that is not there (sorted by
    label too, the last of them would look like all defaults). What is left after the last full
    tenth joins it, rather than standing as an eleventh of a few snapshots.
    """
    size, start = max(len(ranked) // 10, 1), 0
    while start < len(ranked):
        end = min(start + size, len(ranked))
        while end < len(ranked) and ranked[end][0] == ranked[end - 1][0]:
            end += 1
        if len(ranked) - end < size:
            end = len(ranked)
        yield ranked[start:end]
        start = end


def change_detection(alerts: Iterable[dict], truth: Iterable[dict]) -> dict:
    """Delay from the first late invoice after a hidden shock to the first behaviour-change alert.

    Also the same delay to the first alert into the high or critical band (what the rule-based score
    can offer before behaviour-change detection exists), and false alarms: behaviour-change alerts on
    customers with no change point in the 60 days before, per 1,000 customer-months.
    """
    meta, customers = _customers(truth)
    by_customer: dict[str, list[dict]] = defaultdict(list)
    for alert in alerts:
        by_customer[alert["subject"]].append(alert)
    flag_delays, band_delays, first_delays, false_alarms, shocks = [], [], [], 0, 0
    for customer_id, customer in customers.items():
        state = customer.get("state")
        changes = [date.fromisoformat(c["date"]) for c in customer["change_points"]]
        mine = sorted(by_customer.get(customer_id, []), key=lambda a: a["time"])
        for change in customer["change_points"]:
            if change["kind"] != "shock":
                continue
            shocks += 1
            late = [
                date.fromisoformat(i["due_date"])
                for i in customer["invoices"]
                if date.fromisoformat(i["due_date"]) >= date.fromisoformat(change["date"])
                and (i["days_late"] is None or i["days_late"] > 0)
            ]
            if not late:
                continue
            first_late = min(late)
            days = [(local_date(parse_time(a["time"]), state) - first_late).days for a in mine]
            flagged = [d for d, a in zip(days, mine, strict=True) if a["data"]["behaviour_change"] and d >= -30]
            banded = [
                d for d, a in zip(days, mine, strict=True) if a["data"]["band"] in ("high", "critical") and d >= 0
            ]
            if flagged:
                flag_delays.append(max(flagged[0], 0))
            if banded:
                band_delays.append(banded[0])
            if flagged or banded:  # the first sign either gives
                first_delays.append(min(([max(flagged[0], 0)] if flagged else []) + banded[:1]))
        detections = {
            a["data"].get("behaviour_change_since") or a["time"] for a in mine if a["data"]["behaviour_change"]
        }
        for detected in detections:  # each detection once, however many alerts carry its flag
            day = local_date(parse_time(detected), state)
            if not any(timedelta(0) <= day - c <= timedelta(days=60) for c in changes):
                false_alarms += 1
    months = len(customers) * (meta.get("days", 30) / 30) if customers else 0
    return {
        "shocks": shocks,
        "detected_by_behaviour_change": len(flag_delays),
        "median_delay_days_behaviour_change": statistics.median(flag_delays) if flag_delays else None,
        "detected_by_high_band": len(band_delays),
        "median_delay_days_high_band": statistics.median(band_delays) if band_delays else None,
        "detected_by_either": len(first_delays),
        "median_delay_days_first_sign": statistics.median(first_delays) if first_delays else None,
        "false_alarms_per_1000_customer_months": round(1000 * false_alarms / months, 2) if months else None,
    }


def anomaly_quality(snapshots: Iterable[dict], truth: Iterable[dict], window_days: int = 60) -> dict:
    """The anomaly score at each invoice issue against whether a hidden shock hit the customer lately.

    A shock (job loss, illness) changes how a customer pays and engages, so their activity should
    look rarer than the portfolio's in the ``window_days`` after it: ROC AUC of the score against
    "a shock in the window before this issue", with the mean score of each group.
    """
    _meta, customers = _customers(truth)
    scores, labels = [], []
    for snap in snapshots:
        customer = customers.get(snap["customer_id"])
        if customer is None or snap.get("anomaly") is None:
            continue
        day = local_date(parse_time(snap["time"]), customer.get("state"))
        shocked = any(c["kind"] == "shock" and timedelta(0) <= day - date.fromisoformat(c["date"])
                      <= timedelta(days=window_days) for c in customer["change_points"])  # fmt: skip
        scores.append(snap["anomaly"])
        labels.append(int(shocked))
    if not scores:
        return {"invoices": 0}
    after = [s for s, lab in zip(scores, labels, strict=True) if lab]
    others = [s for s, lab in zip(scores, labels, strict=True) if not lab]
    return {
        "invoices": len(scores),
        "after_a_shock": len(after),
        "roc_auc": roc_auc(scores, labels),
        "mean_after_a_shock": round(statistics.fmean(after), 4) if after else None,
        "mean_otherwise": round(statistics.fmean(others), 4) if others else None,
    }


def reason_accuracy(profiles: Iterable[dict], truth: Iterable[dict]) -> dict:
    """The predicted reason of each customer who had a true reason for not paying, against it."""
    _meta, customers = _customers(truth)
    predicted = {p["customer_id"]: p.get("predicted_reason") for p in profiles}
    total = covered = right = 0
    for customer_id, customer in customers.items():
        if not customer["reasons"]:
            continue
        total += 1
        guess = predicted.get(customer_id)
        if guess:
            covered += 1
            right += guess == customer["reasons"][-1]["reason"]
    return {
        "customers_with_a_reason": total,
        "predicted": covered,
        "accuracy": round(right / covered, 4) if covered else None,
        "coverage": round(covered / total, 4) if total else None,
    }


def outreach_results(events: Iterable[dict], costs: dict[str, float] | None = None) -> dict:
    """Contacts, answers, payments after contact and cost per channel, read off the event stream."""
    costs = costs or CHANNEL_COST_BRL
    per = defaultdict(
        lambda: {"contacts": 0, "right_party": 0, "replies": 0, "payments_after_contact": 0, "brl_after_contact": 0.0}
    )
    channel_of: dict[str, str] = {}
    last_contact: dict[str, tuple[float, str]] = {}
    complaints = opt_outs = 0
    recovered_overdue = 0.0
    overdue_due: dict[str, str] = {}
    for e in events:
        kind, data, who = e["type"], e["data"], e["subject"]
        ts = parse_time(e["time"])
        if kind == "message.sent" or (kind == "call.completed" and data.get("direction") == "outbound"):
            channel = data.get("channel") or ("voicebot" if data.get("by") == "voicebot" else "human_call")
            per[channel]["contacts"] += 1
            channel_of[data.get("outreach_id", "")] = channel
            last_contact[who] = (ts, channel)
            if kind == "call.completed" and data["outcome"] == "right_party":
                per[channel]["right_party"] += 1
        elif kind == "message.replied":
            per[channel_of.get(data.get("outreach_id", ""), data["channel"])]["replies"] += 1
        elif kind == "invoice.issued":
            overdue_due[data["invoice_id"]] = data["due_date"]
        elif kind == "payment.received":
            due = overdue_due.get(data.get("invoice_id", ""))
            if due and e["time"][:10] > due:
                recovered_overdue += data["amount"]
            contact = last_contact.get(who)
            if contact and ts - contact[0] <= ATTRIBUTION_DAYS * 86400:
                per[contact[1]]["payments_after_contact"] += 1
                per[contact[1]]["brl_after_contact"] += data["amount"]
        elif kind == "complaint.filed":
            complaints += 1
        elif kind == "consent.changed" and not data["granted"]:
            opt_outs += 1
    total_cost = 0.0
    for channel, row in per.items():
        row["cost_brl"] = round(row["contacts"] * costs.get(channel, 0.0), 2)
        row["brl_after_contact"] = round(row["brl_after_contact"], 2)
        row["cost_per_brl_recovered"] = (
            round(row["cost_brl"] / row["brl_after_contact"], 4) if row["brl_after_contact"] else None
        )
        total_cost += row["cost_brl"]
    after_contact = sum(r["brl_after_contact"] for r in per.values())
    return {
        "channels": dict(per),
        "contacts": sum(r["contacts"] for r in per.values()),
        "contact_cost_brl": round(total_cost, 2),
        "brl_after_contact": round(after_contact, 2),
        "brl_recovered_overdue": round(recovered_overdue, 2),
        "brl_recovered_per_brl_cost": round(recovered_overdue / total_cost, 2) if total_cost else None,
        "complaints": complaints,
        "opt_outs": opt_outs,
    }


def in_effect(triggers: Iterable[dict], withdrawals: Iterable[dict]) -> list[dict]:
    """The triggers a downstream that honours withdrawals acts on: those not withdrawn before their window opened.

    >>> t = {"data": {"outreach_id": "o1", "not_before": "2026-03-03T12:00:00Z"}}
    >>> w = {"time": "2026-03-02T15:00:00Z", "data": {"outreach_id": "o1"}}
    >>> in_effect([t], [w]), in_effect([t], [])
    ([], [{'data': {'outreach_id': 'o1', 'not_before': '2026-03-03T12:00:00Z'}}])
    """
    withdrawn = {w["data"]["outreach_id"]: parse_time(w["time"]) for w in withdrawals}
    return [t for t in triggers
            if withdrawn.get(t["data"]["outreach_id"], math.inf) > parse_time(t["data"]["not_before"])]  # fmt: skip


def contacts_made(outreach: Iterable[dict]) -> list[dict]:
    """The triggers of a triggers' topic or file, less those withdrawn before their window (see :func:`in_effect`)."""
    lines = list(outreach)
    withdrawals = [line for line in lines if line["type"] == "vigia.outreach.withdrawn"]
    return in_effect([line for line in lines if line["type"] != "vigia.outreach.withdrawn"], withdrawals)


def compliance(
    triggers: Iterable[dict], truth: Iterable[dict], events: Iterable[dict], rules: ContactRules | None = None
) -> dict:
    """Triggers outside the legal window, over the daily and weekly caps, or after an opt-out."""
    rules = rules or ContactRules()
    _meta, customers = _customers(truth)
    opted_out: dict[tuple[str, str], float] = {}
    for e in events:
        if e["type"] == "consent.changed":
            key = (e["subject"], e["data"]["channel"])
            if e["data"]["granted"]:
                opted_out.pop(key, None)
            else:
                opted_out.setdefault(key, parse_time(e["time"]))
    outside = over_cap = after_opt_out = total = 0
    per_customer: dict[str, list[float]] = defaultdict(list)
    for trigger in sorted(triggers, key=lambda t: t["data"]["not_before"]):
        total += 1
        data, who = trigger["data"], trigger["subject"]
        state = customers.get(who, {}).get("state")
        start, end = parse_time(data["not_before"]), parse_time(data["not_after"])
        if not (rules.allowed(start, state) and rules.allowed(end - 1, state)):
            outside += 1
        if data.get("purpose") not in REPLIES:  # a reply to the customer is no collection contact: no cap counts it
            day = local_date(start, state)
            earlier = per_customer[who]
            same_day = sum(1 for t in earlier if local_date(t, state) == day)
            same_week = sum(1 for t in earlier if 0 <= (day - local_date(t, state)).days < 7)
            if same_day >= rules.per_day or same_week >= rules.per_week:
                over_cap += 1
            earlier.append(start)
        stopped = opted_out.get((who, data["channel"]))
        if stopped is not None and stopped <= start:
            after_opt_out += 1
    return {"triggers": total, "outside_window": outside, "over_caps": over_cap, "after_opt_out": after_opt_out}


def protection(triggers: Iterable[dict], truth: Iterable[dict], rules: ContactRules | None = None) -> dict:
    """What a regulator reads in the log: collection after a dispute or fraud claim, and requests for a person.

    A collection contact (any purpose but a reply) whose window opens after a customer's claim and before
    the back office resolved it is a violation, whatever the wording vigia read, even when it was decided
    before the claim (a downstream that honours withdrawals drops those: see :func:`in_effect`). A request
    for a person is answered by the first reply (handoff or review) decided from ``SAME_REQUEST_S`` before it on; its
    delay runs from the request to the reply's ``not_before``, and the reply is late when it starts
    after the first legal moment of the customer's state.
    """
    rules = rules or ContactRules()
    _meta, customers = _customers(truth)
    by_customer: dict[str, list[dict]] = defaultdict(list)
    for trigger in triggers:
        by_customer[trigger["subject"]].append(trigger)
    claims = violations = claimants_contacted = reviewed = 0
    delays: list[float] = []
    unanswered = late = 0
    for who, truth_line in customers.items():
        mine = sorted(by_customer.get(who, ()), key=lambda t: t["time"])
        for claim in truth_line.get("claims", ()):
            claims += 1
            said = parse_time(claim["time"])
            until = parse_time(claim["resolved"]) if claim["resolved"] else math.inf
            during = [t for t in mine if said <= parse_time(t["data"]["not_before"]) < until]  # when it is made
            collected = [t for t in during if t["data"]["purpose"] not in REPLIES]
            violations += len(collected)
            claimants_contacted += bool(collected)
            reviewed += any(t["data"]["purpose"] in REPLIES for t in mine  # or by the review of the same case
                            if said - REVIEW_LOOKBACK_S <= parse_time(t["time"]) < until)  # fmt: skip
        for asked_at in truth_line.get("human_requests", ()):
            asked = parse_time(asked_at)
            reply = next((t for t in mine if t["data"]["purpose"] in REPLIES
                          and parse_time(t["time"]) >= asked - SAME_REQUEST_S), None)  # fmt: skip
            if reply is None:
                unanswered += 1
                continue
            start = parse_time(reply["data"]["not_before"])
            delays.append(max(0.0, start - asked) / 3600)
            first = rules.next_window(asked, truth_line.get("state"))
            late += first is not None and start > max(first[0], parse_time(reply["time"])) + 60
    return {
        "claims": claims, "collection_contacts_during_claims": violations,
        "claimants_collected": claimants_contacted, "claims_reviewed_by_a_person": reviewed,
        "human_requests": len(delays) + unanswered, "human_requests_unanswered": unanswered,
        "human_requests_late": late,
        "handoff_delay_hours_median": round(statistics.median(delays), 2) if delays else None,
        "handoff_delay_hours_max": round(max(delays), 2) if delays else None,
    }  # fmt: skip


def summary_line(name: str, outreach: dict, compliance_figures: dict) -> str:
    """One policy's closed-loop figures on a line."""
    violations = sum(compliance_figures[k] for k in ("outside_window", "over_caps", "after_opt_out"))
    extra = outreach.get("brl_recovered_beyond_no_contact", 0.0)
    per_cost = outreach.get("extra_brl_per_brl_cost")
    return (
        f"{name:<11} contacts {outreach['contacts']:>7}  cost R$ {outreach['contact_cost_brl']:>9.2f}  "
        f"recovered overdue R$ {outreach['brl_recovered_overdue']:>11.2f} ({extra:+.2f} vs no contact, "
        f"{per_cost if per_cost is not None else '-'} per R$ of contact)  complaints {outreach['complaints']:>5}  "
        f"opt-outs {outreach['opt_outs']:>4}  rule violations {violations:>5}"
    )


def as_text(report: dict[str, Any]) -> str:
    """The report, readable."""
    lines = ["vigia evaluation", "================"]
    risk = report["risk"]
    if risk.get("invoices"):
        lines.append(
            f"risk at invoice issue: {risk['invoices']} invoices, default rate {risk['default_rate']:.1%}, "
            f"ROC AUC {risk['roc_auc']}, Brier {risk['brier']}"
        )
        lines.append(
            "  calibration (mean score -> default rate): "
            + ", ".join(f"{d['mean_score']:.2f}->{d['default_rate']:.2f}" for d in risk["calibration"])
        )
    change = report["change"]
    lines.append(
        f"behaviour change: {change['shocks']} hidden shocks; flagged {change['detected_by_behaviour_change']} "
        f"(median delay {change['median_delay_days_behaviour_change']} days); reached high band "
        f"{change['detected_by_high_band']} (median {change['median_delay_days_high_band']} days after the "
        f"first late invoice); false alarms {change['false_alarms_per_1000_customer_months']} "
        "per 1,000 customer-months"
    )
    reason = report["reason"]
    lines.append(
        f"predicted reason: accuracy {reason['accuracy']} on {reason['predicted']} of "
        f"{reason['customers_with_a_reason']} customers with a reason (coverage {reason['coverage']})"
    )
    anomaly = report.get("anomaly", {})
    if anomaly.get("invoices"):
        lines.append(
            f"anomaly score at invoice issue against a hidden shock in the 60 days before: ROC AUC "
            f"{anomaly['roc_auc']} ({anomaly['after_a_shock']} of {anomaly['invoices']} invoices after a shock; "
            f"mean score {anomaly['mean_after_a_shock']} after, {anomaly['mean_otherwise']} otherwise)"
        )
    segments = report.get("segments", {})
    if segments.get("customers"):
        lines.append(
            f"segments against the hidden personas: purity {segments['purity']}, NMI {segments['nmi']}, "
            f"{segments['moves_per_customer_month']} moves per customer-month"
        )
    comp = report["compliance"]
    lines.append(
        f"compliance of vigia's triggers: {comp['triggers']} triggers, {comp['outside_window']} outside the "
        f"window, {comp['over_caps']} over the caps, {comp['after_opt_out']} after an opt-out"
    )
    guard = report.get("protection")
    if guard:
        lines.append(
            f"protection: {guard['claims']} disputes and fraud claims, {guard['collection_contacts_during_claims']} "
            f"collection contacts before their resolution ({guard['claimants_collected']} customers), "
            f"{guard['claims_reviewed_by_a_person']} reviewed by a person; {guard['human_requests']} requests for a "
            f"person, {guard['human_requests_unanswered']} unanswered, {guard['human_requests_late']} after the first "
            f"legal moment, delay median {guard['handoff_delay_hours_median']} h, worst "
            f"{guard['handoff_delay_hours_max']} h"
        )
    if report.get("closed_loop"):
        lines.append("closed loop, same seed (simulated customers react to each policy's outreach):")
        for name, figures in report["closed_loop"].items():
            lines.append("  " + summary_line(name, figures["outreach"], figures["compliance"]))
        vigia = report["closed_loop"].get("vigia", {}).get("outreach", {})
        for channel, row in sorted(vigia.get("channels", {}).items()):
            lines.append(
                f"    vigia {channel:<10} contacts {row['contacts']:>6}  right-party {row['right_party']:>5}  "
                f"replies {row['replies']:>5}  paid after contact {row['payments_after_contact']:>5}  "
                f"R$ {row['brl_after_contact']:>10.2f}  cost per R$ {row['cost_per_brl_recovered']}"
            )
    if report.get("uplift"):
        lines.append("uplift, control group against the simulator's truth (R$ per first episode):")
        lines.append(uplift_table(report["uplift"]))
    return "\n".join(lines)


def segment_quality(profiles: Iterable[dict], truth: Iterable[dict]) -> dict:
    """How well the online segments recover the simulator's hidden personas, and how stable they are.

    ``purity``: the share of customers whose segment's most common persona is their own;
    ``nmi``: normalised mutual information between segment and persona (0: unrelated, 1: the same
    partition); ``moves_per_customer_month``: how often a customer changed segment.
    """
    meta, customers = _customers(truth)
    profiles = list(profiles)
    pairs = [(p.get("segment"), customers[p["customer_id"]]["persona"]) for p in profiles
             if p["customer_id"] in customers]  # fmt: skip
    moves = sum(p.get("segment_moves", 0) for p in profiles)
    if not pairs:
        return {"customers": 0}
    n = len(pairs)
    joint = Counter(pairs)
    by_segment, by_persona = Counter(s for s, _ in pairs), Counter(q for _, q in pairs)
    purity = sum(max(c for (s2, _), c in joint.items() if s2 == s) for s in by_segment) / n

    def entropy(counts: Counter) -> float:
        return -sum(c / n * math.log(c / n) for c in counts.values())

    mutual = sum(c / n * math.log(c * n / (by_segment[s] * by_persona[q])) for (s, q), c in joint.items())
    spread = math.sqrt(entropy(by_segment) * entropy(by_persona))
    table = {s: dict(Counter(q for s2, q in pairs if s2 == s).most_common(3)) for s in sorted(by_segment)}
    months = n * meta.get("days", 30) / 30
    return {
        "customers": n,
        "purity": round(purity, 4),
        "nmi": round(mutual / spread, 4) if spread else None,
        "moves_per_customer_month": round(moves / months, 4),
        "top_personas_by_segment": table,
    }


def uplift_table(rows: dict[str, dict]) -> str:
    """The control-group estimate per channel next to the truth, one line each."""
    out = [f"  {'channel':<11} {'treated':>7} {'control':>7} {'estimate':>9} {'95% interval':>21} {'truth':>8}  inside"]
    for channel, r in rows.items():
        interval = f"[{r['uplift_low']:.2f}, {r['uplift_high']:.2f}]" if r["uplift_low"] is not None else "no control"
        inside = {True: "yes", False: "NO", None: "-"}[r["within"]]
        out.append(f"  {channel:<11} {r['treated']:>7} {r['control']:>7} {r['uplift']:>9.2f} {interval:>21} "
                   f"{r['true_uplift']:>8.2f}  {inside}")  # fmt: skip
    return "\n".join(out)
