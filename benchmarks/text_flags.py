"""Precision and recall of the text flags on messages written apart from the lexicon and the simulator.

The message files in ``benchmarks/messages/`` are read by this script only: no lexicon, training or
simulator code opens them (a test checks it), so the figures say how the flags hold on phrasings
nobody tuned for. ``dev.jsonl`` is the set the lexicon was improved on; ``holdout.jsonl`` is kept
apart and only measured.

    python benchmarks/text_flags.py                     # both sets, the lexicon as shipped, and the decisions
    python benchmarks/text_flags.py --show-misses dev   # the dev set's misses, to improve the lexicon
    python benchmarks/text_flags.py --show-misses dev+typos   # the same, typed on a phone

Each line of a set is ``{"text": ..., "flags": [...], "reason": code or null}``.
``refusals.jsonl`` (held out too) grades the channels a customer refuses: ``{"text": ..., "channels": [...]}``;
``refusals-dev.jsonl`` is its dev set (``--show-misses refusals-dev``). ``transcripts.jsonl`` (held out) holds call
transcripts, read as the worker reads them: the customer's turns only (``online_models.speech.customer_speech``).
``hours.jsonl`` (held out) grades the hours a customer asks to be contacted in: ``{"text": ..., "hours": [first,
hour after the last] or null}``; ``hours-dev.jsonl`` is its dev set. ``reasons.jsonl`` (held out) grades the reason
for not paying read before any tabulation has taught the reason model (``{"text": ..., "reason": code or null}``; a
hardship shapes the offer); ``reasons-dev.jsonl`` is its dev set. ``amounts.jsonl`` (held out) grades what a customer
says they can pay a month (``{"text": ..., "monthly_brl": amount or null}``: the smallest amount said, a week x 52/12, a
fortnight x 2, a day x 30); ``amounts-dev.jsonl`` is its dev set. ``promises.jsonl`` (held out) grades the day a
customer promises to pay (``{"text": ..., "said": local day written, "date": the day promised or null}``);
``promises-dev.jsonl`` is its dev set. ``answers.jsonl`` (held out) pairs a bot's question with the customer's next
message (``"asked"``, ``"text"``, ``"said"``, ``"monthly_brl"``, ``"date"``); ``answers-dev.jsonl`` is its dev set;
``call-payments.jsonl`` (held out) grades the same in call transcripts.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from datetime import UTC, date, datetime
from pathlib import Path

import orjson

from backtest.evaluate import in_effect
from backtest.texts import noisy
from online_models import text
from online_models.amounts import affordable_amount
from online_models.answers import answered_amount, answered_day
from online_models.behaviour import HARDSHIP  # the reasons an offer is shaped by
from online_models.clock import format_time, parse_time
from online_models.contact_rules import ContactRules
from online_models.core import Core, Origin, clock_tick
from online_models.decisions import REPLIES
from online_models.hours import asked_hours
from online_models.promises import promised_date
from online_models.refusals import refused_channels, refused_in_answer, refused_in_answers
from online_models.speech import answers as speech_answers
from online_models.speech import customer_speech, unquoted

HERE = Path(__file__).parent / "messages"
FLAGS = ("wants_human", "not_mine", "already_paid", "fraud", "distress", "aggression", "data_request",
         "third_party")
GROUPS = {"dispute (not_mine or already_paid)": ("not_mine", "already_paid")}


def load(name: str) -> list[dict]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read(message: str, reader: text.FlagReader | None = None) -> set[str]:
    """The flags vigia raises on a message: the lexicon's, and the learnt reader's when one is given."""
    found = text.flags(own_words(message))
    return found | reader.predict(text.hashed(text.tokens(message))) if reader else found


def learnt_reader(customers: int, days: int, seed: int) -> text.FlagReader:
    """The flag reader a replay of a simulated portfolio trained (on its handoffs and tabulations)."""
    from backtest.replay import Replay
    from backtest.simulator import Simulation

    replay = Replay(ticks=False)
    for event in Simulation(customers, days, seed).events():
        replay.feed(orjson.dumps(event))
    (models,) = replay.core.models.values()
    return models.flags


def grade(messages: list[dict], reader: text.FlagReader | None = None) -> dict[str, dict[str, float]]:
    """Per flag (and per group of flags): true positives, false positives, misses, precision, recall."""
    rows: dict[str, dict[str, float]] = {}
    said = [read(m["text"], reader) for m in messages]
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


def with_typos(messages: list[dict], copies: int = 5, seed: int = 1) -> list[dict]:
    """Each message as typed on a phone ``copies`` times (the simulator's noise: shortenings, accents, swaps)."""
    rng = random.Random(seed)
    return [dict(m, text=noisy(m["text"], rng)) for m in messages for _ in range(copies)]


def _cloudevent(n: int, event_type: str, when: float, data: dict) -> bytes:
    return orjson.dumps({"specversion": "1.0", "id": f"eval-{n}-{event_type}-{when}", "source": "urn:eval",
                         "type": event_type, "time": format_time(when), "subject": f"c{n}", "data": data})  # fmt: skip


def decisions(messages: list[dict], seed: int = 7) -> dict:
    """What vigia does after each message, said by an overdue customer at a random moment of a random day.

    Each customer owes an invoice 10 days past due and is collected by the bot; the message arrives at a
    random minute of a random day (weekends, nights and holidays included), then 30 days of clock ticks
    pass. Counted: collection contacts after a dispute or fraud claim (no resolution ever comes), and those of
    them by a robot; requests for a person without a handoff, the delay to the handoff's start, holds on
    messages with no claim, and the messages vigia could not read (sent to a person), with or without a flag.
    """
    rng, core, store, rules = random.Random(seed), Core(), {}, ContactRules()
    start = datetime(2026, 3, 2, 12, tzinfo=UTC).timestamp()
    after_claim = robot_after_claim = claims = asked = unanswered = late = false_holds = unread = unread_plain = 0
    delays: list[float] = []
    for n, m in enumerate(messages):
        said_at = start + rng.uniform(0, 60) * 86400
        due = datetime.fromtimestamp(said_at - 10 * 86400, UTC).date().isoformat()
        journey, payment = Origin("j", "journey", key=f"c{n}"), Origin("p", "payment", key=f"c{n}")
        core.step(store, _cloudevent(n, "customer.registered", said_at - 40 * 86400,
                                     {"state": rng.choice(("SP", "RJ", "MG", "AM", "BA")),
                                      "channels_consented": ["whatsapp", "sms", "email"]}), journey)  # fmt: skip
        core.step(store, _cloudevent(n, "invoice.issued", said_at - 40 * 86400,
                                     {"invoice_id": f"i{n}", "amount": 500.0, "due_date": due}), payment)  # fmt: skip
        for day in range(9, 0, -1):
            core.step(store, clock_tick(f"c{n}", said_at - day * 86400), Origin("clock", "internal"))
        said = {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": m["text"]}
        result = core.step(store, _cloudevent(n, "chat.message", said_at, said), journey)
        outputs = list(result.outputs)
        for day in range(1, 31):
            outputs += core.step(store, clock_tick(f"c{n}", said_at + day * 86400), Origin("clock", "internal")).outputs
        withdrawn = [o.event() for o in outputs if o.kind == "withdrawal"]  # a dispatcher drops these
        triggers = in_effect([o.event() for o in outputs if o.kind == "trigger"], withdrawn)
        claimed = bool(set(m["flags"]) & {"not_mine", "already_paid", "fraud"})
        claims += claimed
        if result.profile is not None and "unread" in result.profile.flags:
            unread += 1
            unread_plain += not m["flags"]
        if claimed:
            after_claim += sum(t["data"]["purpose"] not in REPLIES for t in triggers)
            robot_after_claim += sum(t["data"]["purpose"] not in REPLIES and t["data"]["agent"] == "bot"
                                     for t in triggers)  # fmt: skip
        elif result.profile is not None and result.profile.hold is not None:
            false_holds += 1
        if "wants_human" in m["flags"]:
            asked += 1
            reply = next((t for t in triggers if t["data"]["purpose"] in REPLIES), None)
            if reply is None:
                unanswered += 1
                continue
            begins = parse_time(reply["data"]["not_before"])
            delays.append((begins - said_at) / 3600)
            hours = result.profile.contact_hours  # "me liga depois das 18h": the first legal moment within them
            first = ((hours and rules.next_window(said_at, result.profile.state, hours=(hours[0], hours[1])))
                     or rules.next_window(said_at, result.profile.state))  # fmt: skip
            late += first is not None and begins > first[0] + 60
    return {"messages": len(messages), "claims": claims, "collection_contacts_after_a_claim": after_claim,
            "by_a_robot": robot_after_claim, "holds_without_a_claim": false_holds, "unread": unread,
            "unread_without_a_flag": unread_plain, "human_requests": asked, "unanswered": unanswered,
            "after_the_first_legal_moment": late,
            "handoff_delay_hours_median": round(statistics.median(delays), 2) if delays else None,
            "handoff_delay_hours_max": round(max(delays), 2) if delays else None}  # fmt: skip


def misses(messages: list[dict]) -> list[tuple[str, list[str], list[str]]]:
    """(text, expected, read) for each message read wrong: its flags, or for a refusal set its channels."""
    out = []
    for m in messages:
        refusal = "channels" in m
        expected = m["channels"] if refusal else m["flags"]
        said = own_words(m["text"])
        got = refused_by(m["text"], m.get("on"), m.get("asked")) if refusal else text.flags(said)
        if sorted(got) != sorted(expected):
            out.append((m["text"], sorted(expected), sorted(got)))
    return out


def refused_by(said: str, on: str | None = None, asked: str | None = None) -> set[str]:
    """The channels refused in a message or a call transcript, as the worker reads them (``on``: the channel a
    message was written on, for a bare "SAIR"; ``asked``: the bot's or agent's chat message just before)."""
    quoted, own = unquoted(customer_speech(said))
    found = refused_channels(own, on) | refused_in_answers(said)
    if quoted is not None or asked is not None:  # as the worker reads a chat: a quoted message before the bot's
        found |= refused_in_answer(quoted if quoted is not None else asked, own, on)
    return found


def hours_read(messages: list[dict]) -> dict:
    """How the hours a customer asks for are read (:func:`online_models.hours.asked_hours`): right to the hour, and
    hours read from a message that asks for none (every later contact narrowed for nothing)."""
    right = not_asked = 0
    for message in messages:
        got, truth = asked_hours(message["text"]), tuple(message["hours"]) if message["hours"] else None
        right += got == truth
        not_asked += truth is None and got is not None
    return {"messages": len(messages), "right": right, "hours_not_asked": not_asked}


def amounts_read(messages: list[dict]) -> dict:
    """How what a customer says they can pay a month is read (:func:`online_models.amounts.affordable_amount`): right
    within R$ 0.50; read higher than said (an offer could then ask more than they can keep); read where none was said
    (offers narrowed for nothing); none read where one was said."""
    right = higher = not_said = missed = 0
    for message in messages:
        got, truth = affordable_amount(message["text"]), message["monthly_brl"]
        right += (got is None and truth is None) or (None not in (got, truth) and abs(got - truth) <= 0.5)
        higher += None not in (got, truth) and got > truth + 0.5
        not_said += truth is None and got is not None
        missed += truth is not None and got is None
    return {"messages": len(messages), "right": right, "read_higher": higher, "read_where_none_said": not_said,
            "none_read_where_said": missed}  # fmt: skip


def promises_read(messages: list[dict]) -> dict:
    """How the day a customer promises to pay is read (:func:`online_models.promises.promised_date`, against the local
    day written): right to the day; read earlier than promised (collection back before it); read where none was
    promised (collection held for nothing); none read where one was."""
    right = earlier = not_promised = missed = 0
    for message in messages:
        got = promised_date(message["text"], date.fromisoformat(message["said"]))
        truth = date.fromisoformat(message["date"]) if message["date"] else None
        right += got == truth
        earlier += None not in (got, truth) and got < truth
        not_promised += truth is None and got is not None
        missed += truth is not None and got is None
    return {"messages": len(messages), "right": right, "read_earlier": earlier,
            "read_where_none_promised": not_promised, "none_read_where_promised": missed}  # fmt: skip


def answers_read(pairs: list[dict]) -> dict:
    """How a short answer to the bot's question about paying is read (:mod:`online_models.answers`): the amount and
    the day both right, as the core reads them (the answer's own words first). A pair with no ``asked`` is a call
    transcript: its customer's turns, each an answer to the turn before it."""
    right = 0
    for pair in pairs:
        today = date.fromisoformat(pair["said"])
        said = pair["text"] if "asked" in pair else customer_speech(pair["text"])
        asked = [(pair["asked"], said)] if "asked" in pair else speech_answers(pair["text"])
        amount, day = affordable_amount(said), promised_date(said, today)
        for question, answer in asked:
            amount = answered_amount(question, answer) if amount is None else amount
            day = day or answered_day(question, answer, today)
        truth = pair["monthly_brl"]
        amount_right = (amount, truth) == (None, None) or (None not in (amount, truth) and abs(amount - truth) <= 0.5)
        right += amount_right and (day.isoformat() if day else None) == pair["date"]
    return {"pairs": len(pairs), "right": right}


def reasons_read(messages: list[dict]) -> dict:
    """How the reason for not paying is read from words alone (:func:`online_models.text.lexicon_reason`, the reason
    model's answer until tabulations have taught it): the code itself, a hardship read as one (an offer within half
    of what the customer pays a month), and a hardship read where none was told."""
    right = hardships = read = not_told = 0
    for message in messages:
        got, truth = text.lexicon_reason(text.tokens(message["text"])), message["reason"]
        right += got == truth
        hardships += truth in HARDSHIP
        read += truth in HARDSHIP and got in HARDSHIP
        not_told += truth not in HARDSHIP and got in HARDSHIP
    return {"messages": len(messages), "right": right, "hardships": hardships, "hardships_read": read,
            "hardships_not_told": not_told}  # fmt: skip


def own_words(message: str) -> str:
    """What the customer said, as the worker reads it: a call transcript's customer turns, a reply's own lines."""
    return unquoted(customer_speech(message))[1]


def refused(messages: list[dict]) -> dict:
    """How the channels a customer refuses are read: each line is ``{"text": ..., "channels": [...]}``."""
    right = false_refusals = 0
    for message in messages:
        got, truth = refused_by(message["text"], message.get("on"), message.get("asked")), set(message["channels"])
        right += got == truth
        false_refusals += len(got - truth)
    return {"messages": len(messages), "right": right, "false_refusals": false_refusals}


def hostile() -> dict[str, float]:
    """Milliseconds to read (customer turns, flags, refusals) a 20,000-character transcript repeating the words
    patterns start with: what one hostile input costs the event loop."""
    import time

    text.portuguese_words()  # loaded once at a worker's start, not here
    worst = {}
    # (the last: one question, then a long claim; a question's pattern once scanned to the end from every word)
    for words in ("liga", "robo ligando", "usaram", "faleceu", "quero", "alguem", "vou pagar", "nao", "? clonaram"):
        said = "Cliente: " + ((words + " ") * 20000)[:19990] if words[0] != "?" else "é golpe? " + "clonaram " * 2200
        started = time.perf_counter()
        turns = customer_speech(said)
        text.flags(turns), refused_channels(turns), affordable_amount(turns), promised_date(turns, date(2026, 3, 10))
        worst[words] = round((time.perf_counter() - started) * 1000, 1)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", metavar="SET", help="print the messages of SET whose flags differ")
    parser.add_argument("--hostile", action="store_true", help="time the reading of 20,000-character hostile texts")
    parser.add_argument("--learnt", metavar="CUSTOMERS", type=int, default=0,
                        help="also grade lexicon + flags learnt from a simulated portfolio of this size (120 days)")
    parser.add_argument("--seed", type=int, default=11, help="the simulated portfolio's seed (with --learnt)")
    args = parser.parse_args()
    if args.hostile:
        times = hostile()
        print(json.dumps({"ms_per_hostile_text": times, "worst_ms": max(times.values())}))
        return
    if args.show_misses:
        name, typos = args.show_misses.removesuffix("+typos"), args.show_misses.endswith("+typos")
        for said, truth, got in misses(with_typos(load(name)) if typos else load(name)):
            print(f"{said!r}: expected {truth}, got {got}")
        return
    summary = {}
    sets = {"dev": load("dev"), "holdout": load("holdout"), "call transcripts (held out)": load("transcripts")}
    sets["holdout, phone typos x5"] = with_typos(sets["holdout"])
    for name, messages in sets.items():
        rows = grade(messages)
        print(f"\n{name}: {len(messages)} messages")
        print(f"{'flag':38s} {'support':>7s} {'precision':>9s} {'recall':>6s} {'fp':>3s} {'fn':>3s}")
        for flag, row in rows.items():
            print(f"{flag:38s} {row['support']:7d} {row['precision']:9.3f} {row['recall']:6.3f} "
                  f"{row['fp']:3d} {row['fn']:3d}")  # fmt: skip
        summary[name] = {flag: {"precision": r["precision"], "recall": r["recall"]} for flag, r in rows.items()}
    if args.learnt:
        reader = learnt_reader(args.learnt, 120, args.seed)
        seen = {flag: {"without": n[0], "with": n[1]} for flag, n in reader.counts.items()}
        print(f"\nlexicon + flags learnt from {args.learnt} simulated customers x 120 days, seed {args.seed}: {seen}")
        for name, messages in sets.items():
            rows = grade(messages, reader)
            print(f"  {name}: " + ", ".join(f"{flag} {r['precision']:.3f}/{r['recall']:.3f}"
                                             for flag, r in rows.items() if flag in text.LEARNT_FLAGS))  # fmt: skip
            summary[f"learnt on {name}"] = {f: {"precision": r["precision"], "recall": r["recall"]}
                                            for f, r in rows.items()}  # fmt: skip
    for name, kind in (("refusals-dev", "dev"), ("refusals", "held-out")):
        refusals = refused(load(name))
        print(f"\nchannels refused ('parem de me ligar'), {refusals['messages']} {kind} messages: "
              f"{refusals['right']} read right, {refusals['false_refusals']} refusals of a channel the customer did "
              "not refuse")  # fmt: skip
        summary[name] = refusals
    for name, kind in (("hours-dev", "dev"), ("hours", "held-out")):
        hours = hours_read(load(name))
        print(f"\nhours asked for ('me liga depois das 18h'), {hours['messages']} {kind} messages: "
              f"{hours['right']} read right, {hours['hours_not_asked']} with hours read where none were asked")
        summary[name] = hours
    for name, kind in (("amounts-dev", "dev"), ("amounts", "held-out"), ("amounts+typos", "held-out, phone typos x5")):
        amounts = amounts_read(with_typos(load("amounts")) if name.endswith("+typos") else load(name))
        print(f"\nwhat the customer can pay a month ('só consigo 100 por mês'), {amounts['messages']} {kind} messages: "
              f"{amounts['right']} read right, {amounts['read_higher']} read higher than said, "
              f"{amounts['read_where_none_said']} read where none was said, {amounts['none_read_where_said']} missed")
        summary[name] = amounts
    typed = "held-out, phone typos x5"
    for name, kind in (("promises-dev", "dev"), ("promises", "held-out"), ("promises+typos", typed)):
        promises = promises_read(with_typos(load("promises")) if name.endswith("+typos") else load(name))
        print(f"\nthe day a customer promises to pay ('vou pagar sexta'), {promises['messages']} {kind} messages: "
              f"{promises['right']} read right, {promises['read_earlier']} read earlier than promised, "
              f"{promises['read_where_none_promised']} read where none was promised, "
              f"{promises['none_read_where_promised']} missed")  # fmt: skip
        summary[name] = promises
    for name, kind in (("answers-dev", "dev"), ("answers", "held-out"), ("call-payments", "held-out (calls)")):
        answers = answers_read(load(name))
        print(f"\nanswers to the bot's question about paying ('150' to 'quanto consegue pagar por mês?'), "
              f"{answers['pairs']} {kind} pairs: {answers['right']} read right")
        summary[name] = answers
    for name, kind in (("reasons-dev", "dev"), ("reasons", "held-out")):
        reasons = reasons_read(load(name))
        print(f"\nreasons for not paying, from words alone, {reasons['messages']} {kind} messages: {reasons['right']} "
              f"read right; hardships {reasons['hardships_read']} of {reasons['hardships']} read, "
              f"{reasons['hardships_not_told']} read where none was told")
        summary[name] = reasons
    for name in ("holdout", "holdout, phone typos x5"):
        figures = decisions(sets[name])
        print(f"\ndecisions after each {name} message (overdue customer, random moment, 30 days of ticks):")
        print("  " + ", ".join(f"{k} {v}" for k, v in figures.items()))
        summary[f"decisions on {name}"] = figures
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
