"""A portfolio written apart from the simulator, and what a regulator reads in vigia's log of contacts.

``backtest.simulator`` is what the models and decisions were built on; a portfolio made by other hands
is a fairer test. This generator shares no code, persona or phrasing with it: eighteen personas the
simulator does not have (a night-shift worker in Acre, six invoices at once paid in parts with no
invoice named, every channel revoked one by one, channels refused in words, a wrong number, a debt
disputed then confirmed, a fraud claim then cancelled, a request for a person, despair, a broken
agreement, silence, a good payer, the hours to call said in words, a relative writing for the customer, a
person asked for late at night, a deaf customer, one who says what they can pay a month, one who says the
day they will pay), with messages written for it. The replay runs vigia's core over it, and the audit
counts what no collection may do, whatever vigia read:

- a contact outside the legal hours of the customer's state, over the daily or weekly cap, or on a
  channel revoked (``consent.changed``, refused in words, or a wrong number for calls, SMS and WhatsApp);
- a collection contact during an unresolved claim; a request for a person left unanswered;
- a robot collecting within 30 days of a message of despair;
- collection within 30 days of a second channel revoked; a contact at another time than the customer
  asked for ("só consigo atender depois das 18h"), on a day the law allowed the time asked;
- a customer collected on more than 3 channels within 30 days (every channel tried on everyone);
- an offer asking more at once than the customer said they can pay a month ("consigo uns 70 por mês");
- a collection contact before a day the customer said they will pay ("no dia 20 eu pago"), but on its eve.

    PYTHONPATH=. .venv/bin/python benchmarks/apart.py --customers 600 --days 90 --seeds 1,2,3

>>> events, truth = portfolio(24, 40, seed=1)
>>> len({e["subject"] for e in events}), sorted({t["persona"] for t in truth})[:3]
(24, ['agreement_breaker', 'asks_human', 'asks_human_late'])
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson

from backtest.evaluate import compliance, in_effect, protection
from backtest.replay import Replay
from online_models.clock import local_date, local_midnight, parse_time, zone_for_state
from online_models.contact_rules import ContactRules
from online_models.decisions import REPLIES

START = date(2026, 3, 2)
PERSONAS = ("night_owl", "many_invoices", "revokes_all", "refuses_in_words", "wrong_number", "disputes",
            "claims_fraud", "asks_human", "despairs", "agreement_breaker", "silent", "good_payer",
            "evenings_only", "relative_writes", "asks_human_late", "deaf", "says_amount",
            "promises_a_day")  # fmt: skip
STATES = ("SP", "RJ", "MG", "BA", "PE", "RS", "AM", "AC", "MT", "PA", "CE", "DF")
CHANNELS = ("whatsapp", "sms", "email", "voicebot", "human_call")
# written for this portfolio only (not in benchmarks/messages, not in the simulator)
SAYS = {
    "asks_human": ("queria que uma pessoa me atendesse, por gentileza", "dá pra falar com gente?",
                   "me põe com um atendente de verdade", "preciso conversar com alguém responsável por isso"),
    "disputes": ("essa cobrança não tem nada a ver comigo", "nunca tive conta nessa empresa",
                 "não reconheço esse contrato", "isso aí não é meu não, confere direito"),
    "claims_fraud": ("fizeram esse cartão com meus documentos, fui vítima de fraude",
                     "clonaram meus dados e fizeram a compra", "alguém abriu esse crediário usando meu nome"),
    "despairs": ("não aguento mais essa pressão, tô muito mal", "tenho pensado em desistir de tudo",
                 "minha vida virou um inferno com essas dívidas"),
    "night_owl": ("trabalho de noite, só consigo pagar na sexta", "manda o boleto atualizado aqui",
                  "vou pagar uma parte amanhã"),
    # someone else answers for the customer: a person must, and tell the debt to the customer only
    "relative_writes": ("aqui é o genro dela, ela tá internada e pediu pra eu avisar vocês",
                        "sou a irmã do titular, ele viajou a trabalho e esqueceu o celular comigo",
                        "quem tá respondendo é a cuidadora da dona Lurdes, ela não enxerga mais"),
    # a person asked for late in the evening: answered at the first legal moment, not at night
    "asks_human_late": ("boa noite, amanhã alguém de vocês pode me ligar pra gente acertar isso?",
                        "só consigo resolver falando com um atendente, robô não entende meu caso"),
}
# calls no use to the customer, said in words: the voice channels refused
DEAF = ("sou deficiente auditivo, ligação não adianta, só por escrito",
        "tenho surdez severa, não liguem, mandem mensagem")
# when to call, said in words: (text, the local hours asked for)
HOURS = (("só consigo atender depois das 18h, trabalho o dia inteiro", (18, 24)),
         ("podem me procurar à noite, de dia estou no serviço", (18, 24)),
         ("prefiro que entrem em contato no horário de almoço", (12, 14)),
         ("me liga lá pelas 15h que eu atendo", (15, 17)),
         ("de manhã eu não atendo, tô dormindo, trabalho de madrugada", (12, 24)),
         ("sou vigilante, fico no posto das 7 às 17h, depois disso tô livre", (17, 24)))  # fmt: skip
# what the customer can pay a month, said in words: (text, BRL a month)
AMOUNTS = (("tô sem emprego, o que eu consigo é uns 70 reais por mês", 70.0),
           ("dá pra dividir em parcelas de 90? mais que isso não consigo", 90.0),
           ("no máximo 130 por mês, tenho dois filhos pequenos", 130.0),
           ("consigo juntar uns 30 por semana", 130.0),
           ("só consigo pagar 20 reais por mês, minha aposentadoria é pouca", 20.0))  # fmt: skip
# a day to pay, said in words ({d}: its day of the month, nine days on)
PROMISES = ("vou conseguir pagar dia {d}, pode anotar", "no dia {d} eu pago, sem falta",
            "dia {d} cai meu salário e eu acerto com vocês")  # fmt: skip
REFUSALS = (("não quero mais ligação nem mensagem de vocês", ("human_call", "voicebot", "sms", "whatsapp")),
            ("parem de me ligar", ("human_call", "voicebot")),
            ("não me mandem mais whatsapp", ("whatsapp",)))  # fmt: skip


class _Writer:
    """Events of one customer, with ids of their own and times in the customer's local day."""

    def __init__(self, customer_id: str, state: str, rng: random.Random) -> None:
        self.id, self.state, self.rng, self.events, self.n = customer_id, state, rng, [], 0

    def at(self, day: int, hour: float) -> float:
        return local_midnight(START + timedelta(days=day), self.state) + hour * 3600

    def emit(self, event_type: str, ts: float, data: dict) -> float:
        self.n += 1
        self.events.append({"specversion": "1.0", "id": f"apart-{self.id}-{self.n}", "source": "urn:apart",
                            "type": event_type, "time": datetime.fromtimestamp(ts, UTC).isoformat(),
                            "subject": self.id, "data": data})  # fmt: skip
        return ts

    def say(self, day: int, hour: float, text: str, channel: str = "whatsapp") -> float:
        ts = self.at(day, hour)
        self.emit("chat.message", ts, {"channel": channel, "direction": "inbound", "author": "customer", "text": text})
        return ts


def _customer(n: int, persona: str, days: int, rng: random.Random) -> tuple[list[dict], dict]:
    state = "AC" if persona == "night_owl" else rng.choice(STATES)
    w = _Writer(f"ap{n:05d}", state, rng)
    consented = list(CHANNELS) if persona == "revokes_all" else rng.sample(CHANNELS, rng.randint(2, 5))
    truth: dict[str, Any] = {"kind": "customer", "customer_id": w.id, "state": state, "persona": persona, "claims": [],
                             "human_requests": [], "refused": [], "despair": [], "revoked": [],
                             "hours": None, "affordable": None, "promised": None}  # fmt: skip
    w.emit("customer.registered", w.at(0, 9), {"state": state, "birth_year": rng.randint(1950, 2004),
                                               "channels_consented": consented})  # fmt: skip
    invoices = 6 if persona == "many_invoices" else 1
    for month in range(0, days // 30 + 1):
        for k in range(invoices):
            due = START + timedelta(days=30 * month + 12 + k)
            if (due - START).days >= days:
                continue
            w.emit("invoice.issued", w.at(30 * month, 8 + k * 0.1), {"invoice_id": f"{w.id}-{month}-{k}",
                                                                     "amount": round(rng.uniform(80, 900), 2),
                                                                     "due_date": due.isoformat()})  # fmt: skip
            if persona == "good_payer":
                w.emit("payment.received", w.at((due - START).days - 2, 19), {
                    "payment_id": f"{w.id}-p{month}-{k}", "amount": 900.0, "method": "pix",
                    "invoice_id": f"{w.id}-{month}-{k}"})  # fmt: skip
    day = rng.randint(16, 30)  # the customer acts some days after the first due date
    if persona in SAYS:
        hour = {"night_owl": rng.uniform(0.5, 4), "asks_human_late": rng.uniform(21.5, 23.5)}.get(persona,
                                                                                               rng.uniform(9, 21))
        said = w.say(day, hour, rng.choice(SAYS[persona]))
        if persona in ("asks_human", "asks_human_late", "relative_writes"):
            truth["human_requests"].append(datetime.fromtimestamp(said, UTC).isoformat())
        elif persona == "despairs":
            truth["despair"].append(said)
        elif persona in ("disputes", "claims_fraud"):
            resolved_day = day + (20 if persona == "disputes" else 10)
            outcome = "debt_confirmed" if persona == "disputes" else "debt_cancelled"
            resolved = None
            if resolved_day < days:
                resolved = w.at(resolved_day, 15)
                w.emit("case.resolved", resolved, {"outcome": outcome, "resolved_by": "team-apart"})
            until = datetime.fromtimestamp(resolved, UTC).isoformat() if resolved else None
            truth["claims"].append({"time": datetime.fromtimestamp(said, UTC).isoformat(),
                                    "kind": "fraud" if persona == "claims_fraud" else "not_mine", "resolved": until})
    if persona == "night_owl":
        w.emit("payment.received", w.at(day + 2, 2.5), {"payment_id": f"{w.id}-night", "amount": 120.0,
                                                         "method": "pix"})  # fmt: skip
    if persona == "many_invoices":
        for k in range(4):
            w.emit("payment.received", w.at(day + 3 * k, 12), {"payment_id": f"{w.id}-part{k}",
                                                                "amount": round(rng.uniform(50, 200), 2),
                                                                "method": rng.choice(("pix", "boleto"))})  # fmt: skip
    if persona == "evenings_only":
        said_text, hours = rng.choice(HOURS)
        truth["hours"] = [w.say(day, rng.uniform(9, 21), said_text), *hours]
    if persona == "says_amount":
        said_text, monthly = rng.choice(AMOUNTS)
        truth["affordable"] = [w.say(day, rng.uniform(9, 21), said_text), monthly]
    if persona == "promises_a_day":
        promised = START + timedelta(days=day + 9)
        said = w.say(day, rng.uniform(9, 21), rng.choice(PROMISES).format(d=promised.day))
        truth["promised"] = [said, promised.isoformat()]
        if rng.random() < 0.5 and day + 9 < days:  # half keep it
            w.emit("payment.received", w.at(day + 9, 19), {"payment_id": f"{w.id}-kept", "amount": 2000.0,
                                                            "method": "pix"})  # fmt: skip
    if persona == "revokes_all":
        for k, channel in enumerate(CHANNELS):
            truth["revoked"].append(w.emit("consent.changed", w.at(day + 2 * k, 10), {"channel": channel,
                                                                                      "granted": False}))
    if persona == "refuses_in_words":
        text, channels = rng.choice(REFUSALS)
        said = w.say(day, rng.uniform(9, 20), text)
        truth["refused"] += [[said, c] for c in channels]
    if persona == "deaf":
        said = w.say(day, rng.uniform(9, 20), rng.choice(DEAF))
        truth["refused"] += [[said, c] for c in ("human_call", "voicebot")]
    if persona == "wrong_number":
        ts = w.at(day, 11)
        w.emit("call.completed", ts, {"direction": "outbound", "by": "human", "outcome": "wrong_number",
                                      "duration_s": 25})  # fmt: skip
        truth["refused"] += [[ts, c] for c in ("human_call", "voicebot", "sms", "whatsapp")]
    if persona == "agreement_breaker" and day + 20 < days:
        w.emit("agreement.created", w.at(day, 14), {"agreement_id": f"{w.id}-a", "total": 600.0, "installments": 3,
                                                    "first_due_date": (START + timedelta(days=day + 7)).isoformat()})
        w.emit("agreement.broken", w.at(day + 15, 9), {"agreement_id": f"{w.id}-a"})
    return w.events, truth


def portfolio(customers: int, days: int, seed: int) -> tuple[list[dict], list[dict]]:
    """Events in time order (ties by id) and the truth of each customer, personas dealt in turn."""
    rng = random.Random(seed)
    events, truth = [], []
    for n in range(customers):
        mine, known = _customer(n, PERSONAS[(n + seed) % len(PERSONAS)], days, rng)
        events += mine
        truth.append(known)
    events.sort(key=lambda e: (parse_time(e["time"]), e["id"]))
    return events, truth


def _off_hours(rules: ContactRules, start: float, collection: bool, state: str, hours: list[int]) -> bool:
    """A contact at another time than the customer asked for, on a day when the law allowed the time asked."""
    midnight = local_midnight(datetime.fromtimestamp(start, zone_for_state(state)).date(), state)
    if hours[0] * 3600 <= start - midnight < hours[1] * 3600:
        return False
    allowed = rules.next_window(midnight, state, horizon_days=1, collection=collection, hours=(hours[0], hours[1]))
    return allowed is not None


def _most_channels_in(contacts: list[tuple[float, str]], span: float) -> int:
    """The most distinct channels among contacts starting within ``span`` seconds of one another."""
    return max(len({channel for at, channel in contacts if 0 <= at - first < span}) for first, _ in contacts)


def _asks(offer: dict, bills: list[tuple[str, float]], start: float) -> float:
    """What one payment of an offer asks: an installment, or what is overdue (less a discount) all at once."""
    if "installment_brl" in offer:
        return offer["installment_brl"]
    overdue = sum(amount for due, amount in bills if parse_time(f"{due}T23:59:59-03:00") < start)
    return overdue * (1 - offer.get("discount_pct", 0.0) / 100)


def audit(triggers: list[dict], events: list[dict], truth: list[dict], care_days: int = 30) -> dict:
    """What no collection may do, counted in the triggers vigia sent (see the module's docstring)."""
    refused = {(t["customer_id"], channel): ts for t in truth for ts, channel in t["refused"]}
    despair = {t["customer_id"]: t["despair"] for t in truth if t["despair"]}
    on_refused = robot_in_care = after_second = off_hours = 0
    hours = {t["customer_id"]: t["hours"] for t in truth if t.get("hours")}
    state = {t["customer_id"]: t["state"] for t in truth}
    rules = ContactRules()
    second = {t["customer_id"]: t["revoked"][1] for t in truth if len(t.get("revoked", ())) > 1}
    affordable = {t["customer_id"]: t["affordable"] for t in truth if t.get("affordable")}
    bills: dict[str, list[tuple[str, float]]] = defaultdict(list)  # (due date, amount) of those who said an amount
    for e in events:
        if e["subject"] in affordable and e["type"] == "invoice.issued":
            bills[e["subject"]].append((e["data"]["due_date"], e["data"]["amount"]))
    above_said = before_promised = 0
    promised = {t["customer_id"]: t["promised"] for t in truth if t.get("promised")}
    made: dict[str, list[tuple[float, str]]] = defaultdict(list)  # (start, channel) of each collection contact
    for trigger in triggers:
        data, who = trigger["data"], trigger["subject"]
        start = parse_time(data["not_before"])
        since = refused.get((who, data["channel"]))
        on_refused += since is not None and since <= start and data["purpose"] not in REPLIES
        robot_in_care += data["agent"] == "bot" and data["purpose"] not in REPLIES and any(
            0 <= start - said <= care_days * 86400 for said in despair.get(who, ()))
        if who in hours and start >= hours[who][0]:
            off_hours += _off_hours(rules, start, data["purpose"] not in REPLIES, state[who], hours[who][1:])
        if who in affordable and start >= affordable[who][0] and data.get("offer"):
            above_said += _asks(data["offer"], bills.get(who, []), start) > affordable[who][1] + 0.01
        if who in promised and data["purpose"] not in REPLIES and start >= promised[who][0]:
            day, until = local_date(start, state[who]), date.fromisoformat(promised[who][1])
            before_promised += day < until and (until - day).days != 1  # its eve's reminder is no pressure
        if data["purpose"] not in REPLIES:
            made[who].append((start, data["channel"]))
            after_second += 0 < start - second.get(who, 1e18) <= care_days * 86400
    return compliance(triggers, truth, events) | protection(triggers, truth) | {
        "collection_on_a_channel_refused_in_words_or_a_wrong_number": on_refused,
        "robot_collection_within_30_days_of_despair": robot_in_care,
        "collection_within_30_days_of_a_second_revocation": after_second,
        "contacts_outside_the_hours_asked_when_the_law_allowed_them": off_hours,
        "offers_above_what_the_customer_said_they_can_pay": above_said,
        "collection_before_a_day_promised_in_words": before_promised,
        "customers_collected": len(made),
        "most_channels_used_on_one_customer": max((len({c for _, c in m}) for m in made.values()), default=0),
        "customers_collected_on_more_than_3_channels_within_30_days": sum(
            _most_channels_in(contacts, 30 * 86400) > 3 for contacts in made.values()),
    }  # fmt: skip


def run(customers: int, days: int, seed: int, honour_withdrawals: bool = True) -> dict:
    """The audit of one portfolio; ``honour_withdrawals``: downstream drops a contact withdrawn before its window."""
    events, truth = portfolio(customers, days, seed)
    sent: dict[str, list[dict]] = {"trigger": [], "withdrawal": []}
    replay = Replay(on_output=lambda out: sent[out.kind].append(out.event()) if out.kind in sent else None)
    for event in events:
        replay.feed(orjson.dumps(event))
    triggers = in_effect(sent["trigger"], sent["withdrawal"]) if honour_withdrawals else sent["trigger"]
    figures = audit(triggers, events, truth)
    figures["events"], figures["dead_letters"] = len(events), replay.counts.get("dead_letter", 0)
    figures["withdrawn"] = len(sent["withdrawal"])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=600)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--ignore-withdrawals", action="store_true", help="downstream acts on every trigger")
    args = parser.parse_args()
    for seed in (int(s) for s in args.seeds.split(",")):
        print(json.dumps({"seed": seed} | run(args.customers, args.days, seed, not args.ignore_withdrawals)))


if __name__ == "__main__":
    main()
