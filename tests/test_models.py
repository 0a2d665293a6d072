"""The online models: delayed labels, champion and challenger, behaviour change, text in Portuguese."""

from __future__ import annotations

import math
import random

import pytest

from online_models.behaviour import observe_delay
from online_models.core import Core, Origin
from online_models.profile import CustomerProfile
from online_models.risk import RULES, RiskModels
from online_models.text import ReasonReader, flags, hashed, lexicon_reason, normalise, tokens
from tests.helpers import event, raw


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Vc n sabe", "voce nao sabe"),
        ("NÃO CONSIGO pagar", "nao consigo pagar"),
        ("pq perdi o empregoooo", "porque perdi o emprego"),
        ("blz, to sem grana hj", "beleza estou sem grana hoje"),
    ],
)
def test_normalisation_of_phone_typing(typed: str, clean: str) -> None:
    assert normalise(typed) == clean


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("fui demitida semana passada", "unemployment"),
        ("meu salario diminuiu muito", "income_drop"),
        ("minha mae ta internada no hospital", "health_or_family"),
        ("esqueci de pagar, nem lembrei", "forgot"),
        ("clonaram meu cartao, isso e golpe", "fraud_suspected"),
        ("a parcela e muito alta, preciso de outra proposta", "offer_not_adherent"),
    ],
)
def test_lexicon_reads_reasons_before_any_tabulation(said: str, reason: str) -> None:
    assert lexicon_reason(tokens(said)) == reason


@pytest.mark.parametrize(
    ("said", "flag"),
    [
        ("quero falar com um atendente", "wants_human"),
        ("nao aguento mais, to desesperado", "distress"),
        ("parem de me ligar, vou processar vcs", "aggression"),
        ("ja paguei, tenho o comprovante", "already_paid"),
        ("nao reconheco essa divida", "not_mine"),
        ("usaram meus dados, foi golpe", "fraud"),
    ],
)
def test_flags_from_text(said: str, flag: str) -> None:
    assert flag in flags(said)


def test_reason_reader_learns_words_the_lexicon_does_not_know() -> None:
    reader = ReasonReader(min_examples=5)
    assert reader.predict(hashed(tokens("o patrao me mandou embora")), tokens("o patrao me mandou embora")) is None
    for _ in range(6):
        reader.learn(hashed(tokens("o patrao me mandou embora da firma")), "unemployment")
        reader.learn(hashed(tokens("esqueci o dia do boleto")), "forgot")
    assert reader.predict(hashed(tokens("mandou embora"))) == "unemployment"


def test_risk_models_learn_from_delayed_labels_and_grade_the_scores_given_at_issue() -> None:
    rng = random.Random(2)
    risk = RiskModels(min_labels=50, switch_margin=0.0)
    pending = []
    for _ in range(600):
        late = rng.random()
        x = {"late_payment_share": late, "noise": rng.random()}
        pending.append((x, int(rng.random() < late), risk.scores_at_issue(x, rule_score=0.5)))
        if len(pending) > 20:  # the outcome arrives twenty invoices later
            features, label, scores = pending.pop(0)
            risk.learn(features, label, scores)
    figures = risk.figures()
    assert figures["logreg"]["roc_auc"] > 0.7 > figures[RULES]["roc_auc"]  # a constant rule cannot rank
    assert risk.active == "logreg"
    name, score = risk.score({"late_payment_share": 0.9, "noise": 0.5}, rule_score=0.5)
    assert name == "logreg" and score > risk.score({"late_payment_share": 0.1, "noise": 0.5}, 0.5)[1]


def test_rules_stay_active_until_enough_labels() -> None:
    risk = RiskModels(min_labels=100)
    risk.learn({"a": 1.0}, 1, {RULES: 0.9})
    assert risk.active == RULES and risk.score({"a": 1.0}, rule_score=0.42) == (RULES, 0.42)


def test_behaviour_change_caught_for_an_organised_payer_but_not_a_chronic_late_one() -> None:
    organised, chronic = CustomerProfile("o"), CustomerProfile("c")
    for i, delay in enumerate([-4, -3, -5, -4]):
        observe_delay(organised, delay, float(i))
    for i, delay in enumerate([12, 18, 9, 15, 20, 11, 14]):
        assert not observe_delay(chronic, delay, float(i))
    assert not observe_delay(organised, 7, 10.0)
    assert observe_delay(organised, 15, 11.0) and organised.change_ts == 11.0


def test_an_invoice_issued_waits_for_its_outcome_then_the_models_learn() -> None:
    core, store = Core(), {}
    origin = Origin("p", "payment", key="c1")
    core.step(store, raw(event("invoice.issued", {"invoice_id": "i1", "amount": 90.0, "due_date": "2026-03-10"},
                               "2026-03-01T10:00:00-03:00")), origin)  # fmt: skip
    profile = CustomerProfile.from_bytes(store["c1"])
    assert set(profile.pending_labels) == {"i1"} and core.models_for(None).risk.labels == 0
    core.step(store, raw(event("payment.received", {"payment_id": "p1", "amount": 90.0, "method": "pix"},
                               "2026-03-30T10:00:00-03:00")), origin)  # fmt: skip
    profile = CustomerProfile.from_bytes(store["c1"])
    assert profile.pending_labels == {} and profile.label_queue == []
    assert core.models_for(None).risk.labels == 1  # paid 20 days late: a default, learnt


def test_text_sets_predicted_reason_and_tabulation_teaches_the_reader() -> None:
    core, store = Core(), {}
    chat = event("chat.message", {"channel": "whatsapp", "direction": "inbound", "text": "perdi meu emprego"},
                 "2026-03-01T10:00:00-03:00")  # fmt: skip
    result = core.step(store, raw(chat), Origin("j", "journey", key="c1"))
    assert result.profile.predicted_reason == "unemployment" and result.profile.recent_words
    assert "perdi meu emprego" not in store["c1"].decode()  # the text itself is not kept
    tab = event("contact.disposition", {"reason_code": "unemployment"}, "2026-03-01T11:00:00-03:00")
    core.step(store, raw(tab), Origin("j", "journey", key="c1"))
    assert core.models_for(None).reasons.examples == 1


def test_the_champions_contributions_add_up_to_its_score_even_for_extreme_values() -> None:
    risk = RiskModels(min_labels=10)
    rng = random.Random(5)
    for _ in range(300):
        late = rng.random()
        failed = 1.0 if rng.random() < 0.05 else 0.0
        risk.learn({"late_payment_share": late, "failed_payments": failed}, int(late > 0.6 or failed), {RULES: 0.5})
    x = {"late_payment_share": 0.9, "failed_payments": 40.0}  # never seen that high: clipped at 5 sd
    logreg = risk.models[risk.champion]["logreg"]
    p = risk._proba(risk.models[risk.champion], x)
    total = logreg.intercept + sum(c for _name, c in risk.explain(x))
    assert abs(total - math.log(p / (1 - p))) < 0.01
