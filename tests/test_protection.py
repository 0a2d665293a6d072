"""The customers the rules exist for: disputes and fraud claims on hold until resolved, requests for a person answered.

Driven through :class:`Core` with real events, as the worker and the replay drive it, with daily clock
ticks standing for the worker's sweep.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import orjson
import pytest

from online_models.clock import parse_time
from online_models.contact_rules import ContactRules
from online_models.core import Core, Origin, clock_tick
from online_models.profile import CustomerProfile
from online_models.refusals import CHANNELS, refused_channels
from tests.helpers import event, family, raw

REPLIES = ("handoff", "dispute_review", "fraud_review")


class Story:
    """One customer's events fed to a core, with the triggers, withdrawals and alerts it published."""

    def __init__(self, state: str = "SP", channels: tuple[str, ...] = ("whatsapp", "sms", "email")) -> None:
        self.core, self.store = Core(), {}
        self.triggers: list[dict] = []
        self.withdrawals: list[dict] = []
        self.alerts: list[dict] = []
        self.feed(event("customer.registered", {"state": state, "channels_consented": list(channels)},
                        "2026-02-01T09:00:00-03:00"))  # fmt: skip

    def feed(self, ev: dict) -> None:
        origin = Origin(f"vigia.{family(ev['type'])}.events", family(ev["type"]), key="c1")
        self._collect(self.core.step(self.store, raw(ev), origin))

    def tick(self, when: str) -> None:
        self._collect(self.core.step(self.store, clock_tick("c1", parse_time(when)), Origin("clock", "internal")))

    def days(self, first: str, count: int, hour: str = "10:00:00-03:00") -> None:
        day = datetime.fromisoformat(first)
        for n in range(count):
            self.tick(f"{(day + timedelta(days=n)).date().isoformat()}T{hour}")

    def say(self, text: str, when: str, event_id: str | None = None, channel: str = "whatsapp") -> None:
        data = {"channel": channel, "direction": "inbound", "author": "customer", "text": text}
        self.feed(event("chat.message", data, when, event_id=event_id))

    def _collect(self, result) -> None:
        assert result.status == "processed", result.reason
        for out in result.outputs:
            {"trigger": self.triggers, "withdrawal": self.withdrawals}.get(out.kind, self.alerts).append(out.event())

    @property
    def profile(self) -> CustomerProfile:
        return CustomerProfile.from_bytes(self.store["c1"])


def overdue_customer(**kwargs) -> Story:
    story = Story(**kwargs)
    story.feed(event("invoice.issued", {"invoice_id": "i1", "amount": 900.0, "due_date": "2026-02-10"},
                     "2026-02-01T10:00:00-03:00"))  # fmt: skip
    story.days("2026-02-11", 20)  # overdue, collected by the bot
    assert story.triggers, "an overdue customer is contacted before the claim"
    return story


def collection_since(story: Story, ts: float) -> list[dict]:
    return [t for t in story.triggers if t["data"]["purpose"] not in REPLIES and parse_time(t["time"]) >= ts]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("nao reconheço essa divida", "dispute"),
        ("ja paguei isso em janeiro, tenho o comprovante", "dispute"),
        ("meu celular foi roubado e fizeram um emprestimo no meu nome", "fraud"),  # no word of the old lexicon
    ],
)
def test_a_claim_holds_collection_for_weeks_until_a_person_resolves_it(said: str, kind: str) -> None:
    story = overdue_customer()
    claimed = "2026-03-02T11:00:00-03:00"
    story.say(said, claimed)
    hold = story.profile.view()["hold"]
    assert hold is not None and hold["kind"] == kind and hold["since"] == "2026-03-02T14:00:00.000Z"
    assert story.alerts[-1]["data"]["hold"]["kind"] == kind  # the alert says it
    review = story.triggers[-1]["data"]
    purpose, agent = ("fraud_review", "fraud_team") if kind == "fraud" else ("dispute_review", "human")
    assert (review["purpose"], review["agent"], review["offer"]) == (purpose, agent, None)
    story.days("2026-03-03", 42)  # six weeks of clock ticks, the debt growing older
    story.say("e ai? alguma resposta?", "2026-03-20T10:00:00-03:00")  # no words vigia reads: a person answers
    assert collection_since(story, parse_time(claimed)) == []
    replies = [t["data"]["purpose"] for t in story.triggers if parse_time(t["time"]) >= parse_time(claimed)]
    assert replies == [purpose, "handoff"]
    story.feed(event("case.resolved", {"outcome": "debt_confirmed", "resolved_by": "team-7"},
                     "2026-04-14T09:00:00-03:00"))  # fmt: skip
    assert story.profile.hold is None and story.alerts[-1]["data"]["hold"] is None
    story.days("2026-04-14", 8)  # (a robot collects again 30 days after the follow-up a person had to read)
    assert collection_since(story, parse_time("2026-04-14T09:00:00-03:00")), "collection resumes once confirmed"


def test_a_cancelled_debt_is_not_collected_again() -> None:
    story = overdue_customer()
    story.say("nunca contratei isso", "2026-03-02T11:00:00-03:00")
    story.feed(event("case.resolved", {"outcome": "debt_cancelled"}, "2026-03-10T09:00:00-03:00"))
    story.days("2026-03-10", 20)
    assert story.profile.open_balance == 0 and story.profile.days_past_due == 0
    assert collection_since(story, parse_time("2026-03-02T11:00:00-03:00")) == []


def test_an_attendants_tabulation_puts_the_case_on_hold() -> None:
    story = overdue_customer()
    story.feed(event("contact.disposition", {"reason_code": "fraud_suspected"}, "2026-03-02T11:00:00-03:00"))
    assert story.profile.hold[:1] == ["fraud"] and story.triggers[-1]["data"]["purpose"] == "fraud_review"


def _handoffs(story: Story) -> list[dict]:
    return [t["data"] for t in story.triggers if t["data"]["purpose"] == "handoff"]


def test_a_request_for_a_person_on_a_day_whose_cap_is_used_goes_out_today() -> None:
    story = overdue_customer(channels=("whatsapp", "sms"))
    bot = story.triggers[-1]["data"]
    day = bot["not_before"][:10]
    assert bot["agent"] == "bot"
    story.say("qro falar c atendente", f"{day}T10:30:00-03:00")  # that morning's bot contact used the day's cap
    handoff = _handoffs(story)
    assert len(handoff) == 1 and handoff[0]["agent"] == "human"
    assert handoff[0]["not_before"] == f"{day}T13:30:00.000Z"  # at once: the window is open


def test_a_request_on_saturday_at_13_50_is_answered_before_14_00() -> None:
    story = Story(state="SP", channels=("whatsapp",))
    story.say("me passa pra uma pessoa", "2026-03-07T13:50:00-03:00")  # a Saturday
    (handoff,) = _handoffs(story)
    assert (handoff["not_before"], handoff["not_after"]) == ("2026-03-07T16:50:00.000Z", "2026-03-07T17:00:00.000Z")


def test_a_request_on_the_eve_of_a_holiday_after_hours_waits_for_the_next_legal_day() -> None:
    story = Story(state="SP", channels=("whatsapp", "human_call"))
    story.say("preciso falar com alguem urgente", "2026-04-20T21:15:00-03:00")  # Tiradentes is tomorrow
    (handoff,) = _handoffs(story)
    assert handoff["channel"] == "human_call" and handoff["not_before"] == "2026-04-22T11:00:00.000Z"
    rules = ContactRules()
    assert rules.allowed(parse_time(handoff["not_before"]), "SP")


def test_a_request_from_a_customer_who_consented_to_nothing_is_answered_where_they_wrote() -> None:
    story = Story(channels=())
    story.say("quero falar com um humano", "2026-03-04T10:00:00-03:00")
    assert [h["channel"] for h in _handoffs(story)] == ["whatsapp"]


def test_one_handoff_per_request_not_one_per_message() -> None:
    story = overdue_customer()
    story.say("quero falar com um atendente", "2026-03-02T10:00:00-03:00")
    story.say("alo?? atendente por favor", "2026-03-02T10:05:00-03:00")
    story.feed(event("handoff.requested", {"channel": "whatsapp"}, "2026-03-02T10:06:00-03:00"))
    story.say("cade o atendente", "2026-03-03T09:00:00-03:00")
    assert len(_handoffs(story)) == 1
    story.say("quero falar com um atendente de novo", "2026-03-10T10:00:00-03:00")  # a week later: a new request
    assert len(_handoffs(story)) == 2


def test_a_request_for_a_person_is_answered_while_the_collection_cool_down_runs() -> None:
    story = overdue_customer()
    story.feed(event("complaint.filed", {"channel": "procon"}, "2026-03-02T09:00:00-03:00"))
    story.say("quero falar com o gerente", "2026-03-03T10:00:00-03:00")
    assert len(_handoffs(story)) == 1


def test_a_cancellation_read_before_its_invoice_still_cancels_it() -> None:
    story = Story()
    cancel = {"outcome": "debt_cancelled", "invoice_ids": ["i9"]}
    story.feed(event("case.resolved", cancel, "2026-03-02T09:00:00-03:00"))
    issued = {"invoice_id": "i9", "amount": 80.0, "due_date": "2026-03-10"}
    story.feed(event("invoice.issued", issued, "2026-03-01T10:00:00-03:00"))  # issued earlier, read later
    assert story.profile.open_balance == 0


def test_the_tail_line_of_a_hold_alert_says_it_is_on_hold() -> None:
    from vigia.cli import describe

    story = overdue_customer()
    story.say("nao reconheço essa divida", "2026-03-02T11:00:00-03:00")
    alert = story.alerts[-1]
    line = describe("alerts", orjson.dumps(alert))
    assert "ON HOLD (dispute: not_mine, since 2026-03-02T14:00:00.000Z)" in line


def test_a_customer_who_writes_of_suicide_gets_a_person_and_an_empathetic_tone() -> None:
    """Thoughts of suicide, however phrased, open a request for a person: answered, not collected from."""
    story = overdue_customer()
    story.say("se continuarem me cobrando eu me mato", "2026-03-02T10:00:00-03:00")
    (handoff,) = _handoffs(story)
    assert handoff["agent"] == "human" and handoff["tone"] == "empathetic"
    assert "distress" in story.profile.flags


def test_asking_to_be_called_is_a_request_for_a_person_and_someone_elses_purchase_a_dispute() -> None:
    story = overdue_customer()
    story.say("pode me ligar amanhã de manhã?", "2026-03-02T10:00:00-03:00")
    assert len(_handoffs(story)) == 1
    story.say("meu filho fez essa compra sem eu saber", "2026-03-03T10:00:00-03:00")
    assert story.profile.hold is not None and story.profile.hold[0] == "dispute"


def test_a_customer_who_asks_not_to_be_called_is_not_called_again_not_even_by_the_person_sent() -> None:
    """ "Parem de me ligar" revokes the voice channels, as a consent.changed would: the person the outburst
    sends writes, and no robot calls afterwards."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say("parem de me ligar, que saco", "2026-03-02T10:30:00-03:00")
    story.days("2026-03-03", 20)
    after = [t["data"] for t in story.triggers[before:]]
    assert after and after[0]["purpose"] == "handoff" and after[0]["channel"] == "whatsapp"
    assert not [t for t in after if t["channel"] in ("human_call", "voicebot")]
    assert set(story.profile.channels_opted_out) == {"human_call", "voicebot"}


def test_a_bare_sair_refuses_the_channel_it_was_written_on_and_sair_da_divida_refuses_nothing() -> None:
    """ "Responda SAIR para não receber mais": the answer came on SMS, named no medium, and was ignored; the
    customer kept getting SMS. Now it revokes the channel it came on, and only that one."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("quero sair dessa dívida, como faço?", "2026-03-02T10:00:00-03:00", channel="sms")
    assert story.profile.channels_opted_out == []
    story.say("SAIR", "2026-03-02T11:00:00-03:00", channel="sms")
    before = len(story.triggers)
    story.days("2026-03-03", 20)
    assert story.profile.channels_opted_out == ["sms"]
    assert story.triggers[before:] and not [t for t in story.triggers[before:] if t["data"]["channel"] == "sms"]


def test_an_opt_out_beside_other_words_or_of_this_kind_of_message_refuses_the_channel_it_was_written_on() -> None:
    """Set 35: "me esquece, não quero receber mais nada de vocês" and "não me mande mais esse tipo de mensagem"
    refused nothing (the first) or both written channels (the second)."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("chega, eu nao quero mais receber", "2026-03-02T11:00:00-03:00", channel="sms")
    assert story.profile.channels_opted_out == ["sms"]
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("nunca mais me enviem este tipo de mensagem", "2026-03-02T11:00:00-03:00", channel="whatsapp")
    assert story.profile.channels_opted_out == ["whatsapp"]


def test_the_number_blocked_refuses_the_channel_it_was_written_on() -> None:
    """Set 38: "bloqueei esse número" on SMS refused nothing, and the SMS went on."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("ja bloqueei o seu numero", "2026-03-02T11:00:00-03:00", channel="sms")
    assert story.profile.channels_opted_out == ["sms"]


def test_leaving_a_list_of_a_kind_refuses_the_channel_it_was_written_on() -> None:
    """Set 34: "quero sair da lista de transmissão" on WhatsApp named no medium and refused nothing."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("quero ser excluída desta lista de contatos", "2026-03-02T11:00:00-03:00", channel="whatsapp")
    assert story.profile.channels_opted_out == ["whatsapp"]


def _bot(story: Story, text: str, when: str) -> None:
    data = {"channel": "whatsapp", "direction": "outbound", "author": "bot", "text": text}
    story.feed(event("chat.message", data, when, event_id=f"bot-{when}"))


def _refused_after(question: str, answer: str) -> list[str]:
    """The channels an overdue customer has opted out of after answering the chat bot's question on WhatsApp."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    _bot(story, question, "2026-03-02T10:00:00-03:00")
    story.say(answer, "2026-03-02T10:01:00-03:00")
    return story.profile.channels_opted_out


def test_a_no_to_the_bot_asking_to_go_on_here_refuses_the_channel_it_asked_on() -> None:
    """Set 28: "Podemos continuar falando por aqui?" names no channel; "melhor não" refused nothing, and the bot wrote
    on."""
    assert _refused_after("Quer continuar o atendimento por aqui?", "acho melhor não") == ["whatsapp"]
    assert _refused_after("Quer continuar o atendimento por aqui?", "pode sim") == []


def test_a_no_to_the_chat_bots_question_about_whatsapp_revokes_whatsapp_and_a_no_to_another_question_nothing():
    """The bot asks in one event and the customer answers in the next: the bare "não" was read alone, as nothing,
    and the WhatsApp messages went on."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    _bot(story, "Você reconhece este débito? Responda SIM ou NÃO", "2026-03-02T10:00:00-03:00")
    story.say("não", "2026-03-02T10:01:00-03:00")
    assert story.profile.channels_opted_out == []
    _bot(story, "Deseja continuar recebendo mensagens pelo WhatsApp? Responda SIM ou NÃO", "2026-03-02T10:05:00-03:00")
    story.say("não", "2026-03-04T10:06:00-03:00")  # two days later: an answer to nothing
    assert story.profile.channels_opted_out == []
    _bot(story, "Deseja continuar recebendo mensagens pelo WhatsApp? Responda SIM ou NÃO", "2026-03-04T10:10:00-03:00")
    story.say("NÃO", "2026-03-04T10:11:00-03:00")
    assert story.profile.channels_opted_out == ["whatsapp"] and story.profile.asked is None


def test_a_reply_quoting_the_companys_message_is_read_as_an_answer_to_it_and_its_quoted_lines_as_no_claim() -> None:
    """Set 70: "> Para nao receber mais, responda PARAR" then "PARAR" refused nothing, as the quoted prompt was read
    with the answer; and the company's own words quoted would be read as the customer's."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("> Para sair da lista, envie SAIR\nSAIR", "2026-03-02T11:00:00-03:00", channel="sms")
    assert story.profile.channels_opted_out == ["sms"]
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("> Se já pagou, desconsidere. Fale com um especialista pelo chat.\nok, vou pagar sexta",
              "2026-03-02T11:00:00-03:00", event_id="m1")  # fmt: skip
    assert story.profile.hold is None and "wants_human" not in story.profile.flags
    story = overdue_customer(channels=("whatsapp", "sms", "human_call"))
    story.say("> Envie 3 para falar com um atendente\n3", "2026-03-02T11:00:00-03:00")
    assert "wants_human" in story.profile.flags


def test_a_bare_unsubscribe_beside_an_address_and_notices_switched_off_refuse_the_channel_meant() -> None:
    """Set 71: "email ...@...: descadastrar" refused nothing (the address's dots split no clause right), nor did
    "notificação do app, desativem"."""
    story = overdue_customer(channels=("whatsapp", "email", "app_push"))
    story.say("ana.souza@exemplo.com — descadastrem", "2026-03-02T11:00:00-03:00", event_id="m1", channel="email")
    assert story.profile.channels_opted_out == ["email"]
    story.say("essas notificações do app, desliguem", "2026-03-02T11:05:00-03:00", event_id="m2")
    assert story.profile.channels_opted_out == ["email", "app_push"]


def test_a_no_to_a_call_with_another_way_preferred_refuses_calls() -> None:
    """Set 55: "melhor não, prefiro tudo por mensagem" to "may we call you?" refused nothing, and the calls went on."""
    refused = _refused_after("Podemos te ligar hoje para falar da proposta?", "não, prefiro pelo whatsapp")
    assert refused == ["human_call", "voicebot"]


def test_no_need_refuses_what_would_go_on_and_declines_a_one_off() -> None:
    """Set 56: "não precisa mais não" to "deseja continuar recebendo nossos lembretes por SMS?" refused nothing; to a
    call offered once it still refuses nothing."""
    assert _refused_after("Quer continuar recebendo avisos pelo WhatsApp?", "não precisa") == ["whatsapp"]
    assert _refused_after("Posso te ligar amanhã de manhã?", "não precisa") == []


def test_asking_to_be_called_later_is_no_refusal_of_calls() -> None:
    story = overdue_customer(channels=("whatsapp", "human_call"))
    story.say("nao me liga agora que estou no trabalho, liga a tarde", "2026-03-02T10:00:00-03:00")
    assert story.profile.channels_opted_out == []
    # set 73's: the hours told, then calling "no use" outside them
    story.say("só atendo depois das 18h, antes disso nem adianta ligar", "2026-03-02T10:05:00-03:00")
    assert story.profile.channels_opted_out == []
    story.say("não adianta me ligar, não atendo mais vocês", "2026-03-02T10:10:00-03:00")
    assert "human_call" in story.profile.channels_opted_out


def test_a_greeting_is_no_police_report_and_partial_payment_no_claim_of_payment() -> None:
    """The typo repair left real words it did not know as typos: "boa tarde" became "b.o. a tarde" (a fraud
    claim that put the case on hold) and "paguei metade" one word. Common Portuguese words are now left alone."""
    story = overdue_customer()
    story.say("boa tarde, paguei metade e o resto mes que vem", "2026-03-02T10:00:00-03:00")
    assert story.profile.hold is None and not {"fraud", "already_paid"} & set(story.profile.flags)


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        ("sai do meu whatsapp", {"whatsapp"}),
        ("so me chama por whatsapp, ligação não", {"human_call", "voicebot"}),
        ("chega dessas ligações gravadas", {"voicebot"}),
        ("parem de me ligar, hoje já foram 5 ligações", {"human_call", "voicebot"}),
        ("me tira dessa lista de email", {"email"}),
        ("nao quero mais recbeer esses sms", {"sms"}),  # typed on a phone: repaired toward the refusals' words
        ("me reomve da lista de sms", {"sms"}),
        ("não quero mais ser contatado por telefone", {"human_call", "voicebot"}),  # formal words, session 18
        ("por favor, removam meu número do whatsapp de vocês", {"whatsapp"}),
        ("não autorizo envio de sms", {"sms"}),
        ("desativem as notificações do app", {"app_push"}),
        ("não quero ser incomodado por mensagens no zap", {"whatsapp"}),
        ("é proibido me ligar, já avisei", {"human_call", "voicebot"}),  # session 19's dev phrasings
        ("nada de mensagem no zap", {"whatsapp"}),
        ("parem de mandar torpedos pro meu celular", {"sms"}),
        ("apaguem meu telefone do cadastro", {"human_call", "voicebot"}),
        ("chega de vocês me ligando", {"human_call", "voicebot"}),
        ("nem email nem sms, não quero nada de vocês", {"email", "sms"}),  # session 20's dev phrasings
        ("ligação automática toda hora não dá", {"voicebot"}),
        ("tira meu número da discagem automática", {"voicebot"}),
        ("esse whatsapp é da minha esposa, não mandem mais nada pra ele", {"whatsapp"}),
        ("não me liguem de manhã nem de tarde nem de noite", {"human_call", "voicebot"}),
        ("favor nunca mais ligar aqui", {"human_call", "voicebot"}),
        ("cancelem essas chamadas gravadas", {"voicebot"}),
        ("me retira do grupo de envio do zap", {"whatsapp"}),
        ("bloqueiem o envio de sms pro meu celular", {"sms"}),
        ("não gostaria de receber telefonemas", {"human_call", "voicebot"}),  # any word of refusal, then of contact
        ("dispenso ligações, obrigado", {"human_call", "voicebot"}),
        ("solicito que não enviem torpedos", {"sms"}),
        ("email não quero mais", {"email"}),
        ("não usem meu whatsapp pra isso", {"whatsapp"}),
        ("recuso qualquer contato por sms", {"sms"}),
        ("não aceito essa proposta que chegou por email", set()),  # refused: the offer, not the email
        ("não quero receber o boleto por email, manda no whatsapp", set()),
        ("não quero ligação agora, to no trabalho", set()),
        # session 24's dev phrasings: a way no longer used, calls not answered, none at all, a blocked line
        ("o zap eu não uso mais, pode mandar email", {"whatsapp"}),
        ("telefonema eu não atendo, manda mensagem", {"human_call", "voicebot"}),
        ("não aceito contato por meio nenhum", {"whatsapp", "sms", "email", "human_call", "voicebot", "app_push"}),
        ("já bloqueei vocês no whatsapp e vou bloquear as ligações também", {"whatsapp", "human_call", "voicebot"}),
        ("liga não, manda mensagem", {"human_call", "voicebot"}),  # "nao manda" here asks for a message
        ("esse whats é do trabalho, cobrança aqui não", {"whatsapp"}),
        ("não quero que ninguém me ligue", {"human_call", "voicebot"}),
        ("pode mandar email, só não manda whatsapp", {"whatsapp"}),
        ("me tira da lista de telefonemas", {"human_call", "voicebot"}),
        ("parem de ligar e nem mandem whatsapp", {"human_call", "voicebot", "whatsapp"}),
        # session 29's: a list named, the number's list is that medium's only
        ("tira meu número da lista de whatsapp", {"whatsapp"}),
        ("bloqueia meu contato na lista de ligação", {"human_call", "voicebot"}),
        ("por telefone nunca mais", {"human_call", "voicebot"}),  # set 21's
        ("desativa esses emails", {"email"}),
        ("cancela o boleto antigo e manda um novo", set()),
        ("telefonema eu não quero, email pode", {"human_call", "voicebot"}),  # set 22's: the email kept
        ("gostaria de parar de receber ligações", {"human_call", "voicebot"}),
        ("não quero nenhum tipo de contato", {"whatsapp", "sms", "email", "human_call", "voicebot", "app_push"}),
        ("no me llamen más", {"human_call", "voicebot"}),  # set 23's
        ("não tenho interesse em receber sms", {"sms"}),
        ("quero ser excluído da lista de ligações gravadas", {"voicebot"}),
        ("não me enviem mais nada pelo whatsapp", {"whatsapp"}),
        ("não mandem mais áudio pelo whatsapp", {"whatsapp"}),  # set 24's
        ("telefonema nunca, só por escrito", {"human_call", "voicebot"}),  # set 25's
        ("não me liga mais, por favor", {"human_call", "voicebot"}),
        ("não aceito contato pelo whatsapp de forma nenhuma", {"whatsapp"}),  # set 26's: that way only, not every way
        ("nada de gravação me ligando", {"voicebot"}),
        ("cancela os avisos de cobrança pelo sms", {"sms"}),
        ("podem remover meu email do sistema", {"email"}),  # set 27's
        ("não me contatem por telefone", {"human_call", "voicebot"}),
        ("stop whatsapp", {"whatsapp"}),
        ("não adianta telefonar, eu não escuto", {"human_call", "voicebot"}),  # set 28's: calls of no use, in English,
        ("do not call this number again", {"human_call", "voicebot"}),  # the robot that calls, "mensagem aqui"
        ("desliguem o robô de ligação", {"voicebot"}),
        ("não quero mais mensagem aqui", {"whatsapp"}),
        ("não adianta me mandar o link, estou sem dinheiro", set()),
        ("deixa de mandar whatsapp pra mim", {"whatsapp"}),  # set 29's: "deixem de", the messages named first
        ("não deixem de mandar o boleto por email", set()),
        ("esses avisos pelo sms eu não desejo", {"sms"}),
        ("peço que se abstenham de telefonar", {"human_call", "voicebot"}),  # set 30's: formal, a medium that may
        ("o whatsapp é da empresa, não pode receber cobranças", {"whatsapp"}),  # not take collection, robots' calls
        ("ligações dos robôs não", {"voicebot"}),
        ("só mensagem escrita, voz não", {"human_call", "voicebot"}),  # set 31's: voice named alone
        ("não autorizo que telefonem pro meu trabalho", {"human_call", "voicebot"}),  # set 32's; a moment only:
        ("não me liguem de madrugada", set()),
        ("chamada automática nunca mais", {"voicebot"}),  # set 33's: a machine's calls 'nunca mais'; two media
        ("não me envia mais nada pelo email nem pelo zap", {"email", "whatsapp"}),  # after 'nada'
        ("o sms é do meu chefe, não utilizem isso pra cobrar", {"sms"}),  # set 34's: a medium not for collection,
        ("chega de áudios dos robôs", {"voicebot"}),  # a robot's recorded voice, post only (no channel vigia has)
        ("apenas aceito contatos pelos correios", {"whatsapp", "sms", "email", "human_call", "voicebot", "app_push"}),
        ("retirem meus dados de todos os cadastros", {"whatsapp", "sms", "email", "human_call", "voicebot",
                                                      "app_push"}),
        ("P A R E M  D E  M E  L I G A R", {"human_call", "voicebot"}),  # set 35's: every list; spelt out
        ("não quero mais nenhuma notificação", {"app_push"}),  # set 36's: no notification, by no way at all
        ("não me perturbem por meio nenhum", {"whatsapp", "sms", "email", "human_call", "voicebot", "app_push"}),
        ("as ligações me atrapalham", {"human_call", "voicebot"}),  # set 37's: calls that disturb, and 'nunca
        ("ligação desse escritório nunca mais", {"human_call", "voicebot"}),  # mais' a few words after the calls
        ("quero me excluir do email de vocês", {"email"}),  # set 38's: taken off a medium, two media in one stop,
        ("parem de mandar whatsapp ou sms", {"whatsapp", "sms"}),  # a day of the week or a holiday is a moment
        ("não me liguem aos sábados", set()),
        ("sem ligação nos feriados", set()),
        ("favor não mais me telefonarem", {"human_call", "voicebot"}),  # set 39's: formal, taken out of 'this',
        ("tira o meu email daqui", {"email"}),  # fed up with a medium, one way kept, the robot's voice, deleted
        ("farta de tantas mensagens de whatsapp, basta", {"whatsapp"}),
        ("somente por sms, os outros não", {"whatsapp", "email", "human_call", "voicebot", "app_push"}),
        ("desativem esse robô de voz", {"voicebot"}),
        ("apaga meu telefone do cadastro", {"human_call", "voicebot"}),
        ("vocês podem parar de enviar notificações", {"app_push"}),  # set 40's
        ("gravação não, só atendente", {"voicebot"}),  # set 41's: the machine declined alone, notifications turned
        ("recebo notificação toda hora, desliguem isso", {"app_push"}),  # off, calls allowed and a medium refused
        ("ligação pode, não quero mais email", {"email"}),
        ("chamada me deixa em crise", {"human_call", "voicebot"}),  # set 42's: calls that harm, a moment, a list
        ("para de ligar as 6h", set()),
        ("me exclui do sms e do whatsapp", {"whatsapp", "sms"}),
        ("nao me mandem mais sms e nem email", {"sms", "email"}),
        ("desativem essa gravação", {"voicebot"}),  # set 43's: the machine turned off, the number forgotten, enough
        ("esquece meu número", {"human_call", "voicebot", "sms", "whatsapp"}),
        ("mandam email todo dia, basta", {"email"}),
        ("nada de whatsapp de madrugada", set()),  # set 45's: a medium at a moment, a number off their lists
        ("tire esse telefone das suas listas", {"human_call", "voicebot"}),
        ("nem adianta me telefonar", {"human_call", "voicebot"}),  # set 55's: calling is no use
        ("nem robô nem atendente, não me liguem", {"human_call", "voicebot"}),  # set 57's: a machine and a person,
        ("parem com as mensagens automáticas pelo zap", {"whatsapp"}),  # a word between the messages and the medium,
        ("eu não pedi pra parar de mandar sms", set()),  # a refusal denied
        ("robô eu desligo na cara", {"voicebot"}),  # set 58's: hung up on
        ("desliguei sem querer, pode ligar de novo", set()),
        ("cessem os avisos por sms", {"sms"}),  # set 59's: suspended on a medium, off the dialer, one way accepted
        ("retirem meu telefone do discador", {"human_call", "voicebot"}),
        ("só autorizo contato pelo email", {"whatsapp", "sms", "human_call", "voicebot", "app_push"}),
        ("sem gravação me ligando", {"voicebot"}),  # set 60's: the machine's calls, calls said as "telefônico"
        ("proibimos contato telefônico", {"human_call", "voicebot"}),
        ("não suporto ligação", {"human_call", "voicebot"}),  # set 61's: calls disliked, a medium not needed, a
        ("sms pode, whatsapp não precisa", {"whatsapp"}),  # medium flooded, calls blocked
        ("parem de entupir meu email", {"email"}),
        ("ligação desse número eu bloqueio", {"human_call", "voicebot"}),
        ("solicito que suspendam o contato por telefone", {"human_call", "voicebot"}),  # set 62's: formal, consent
        ("revogo minha autorização para contato por email", {"email"}),  # revoked, by post only, a removal asked for
        ("somente me notifiquem por correspondência", {"whatsapp", "sms", "email", "human_call", "voicebot",
                                                       "app_push"}),
        ("peço a exclusão do meu número da lista de sms", {"sms"}),
        ("já pedi pra vocês pararem de mandar e-mail", {"email"}),  # set 64's: asked again, only in writing
        ("vou ter que pedir de novo pra pararem de ligar?", {"human_call", "voicebot"}),
        ("me contatem apenas por escrito", {"human_call", "voicebot"}),
        ("minha mãe pediu pra não mandarem mais sms", {"sms"}),  # set 65's: passed on by a relative or a lawyer,
        ("o advogado disse a ela para não receber ligações", {"human_call", "voicebot"}),  # the robot told, the one
        ("aqui não é pra ligar mais", {"human_call", "voicebot"}),  # way agreed on
        ("falei para o robô que não quero mais ligação", {"human_call", "voicebot"}),
        ("ficou combinado que o contato é só por email", {"whatsapp", "sms", "human_call", "voicebot", "app_push"}),
        ("sms eu não quero mais", {"sms"}),  # set 66's, long messages: the medium named first, calls of no use,
        ("telefonema não serve, sou surdo", {"human_call", "voicebot"}),  # nothing more on the one
        ("vocês mandaram sms e whatsapp, não mandem mais nada nesse sms", {"sms"}),  # medium named, a colon's clause
        ("liguei pro banco por telefone: não quero receber sms", {"sms"}),
        ("para di liga", {"human_call", "voicebot"}),  # set 67's: spelt as it sounds
        ("nao quero mais ligassao", {"human_call", "voicebot"}),
        ("para de manda sms", {"sms"}),
        ("não mandem mensagem de texto", {"sms"}),  # set 68's: text messages are SMS
        ("quero o fim das ligações", {"human_call", "voicebot"}),  # set 69's: an end asked for
        ("parem com esses avisos por email", {"email"}),  # set 70's: reminders stopped on a medium
        ("não quero mais mensagem nesse sms", {"sms"}),  # the medium after "mensagem"
        ("o texto dizia 'não ligue para este número', mas podem mandar sms", set()),  # the company's words quoted
        ("eu já escrevi 'não me liguem' mil vezes", {"human_call", "voicebot"}),  # the customer's own, quoted
        ("tô farto dessas mensagens no sms, não mandem mais", {"sms"}),  # set 71's: a bare stop, the medium named
        ("nenhum interesse em receber email", {"email"}),
        ("respondi SAIR no sms e continua chegando", {"sms"}),  # an opt-out sent before, told
        ("deixa meu email em paz", {"email"}),  # set 72's: in figures
        ("não me venham mais com ameaça por sms", {"sms"}),
        ("podem riscar meu email do cadastro", {"email"}),
        ("parem de me entupir o email", {"email"}),
        ("o sms de vocês virou spam, removam meu número daí", {"sms"}),
        ("email nunca mais", {"email"}),  # set 74's: abbreviations and emoji
        ("zap sim, ligação q n", {"human_call", "voicebot"}),
        ("meu email é antigo, não mandem mais nada por lá", {"email"}),  # set 75's
        ("parem de me mandar oferta por sms", {"sms"}),  # set 76's: a thing sent on a medium
        ("deixem de me contactar por telefone", {"human_call", "voicebot"}),  # set 77's: as Portugal says it
        ("pode ser por sms, mas não por chamada", {"human_call", "voicebot"}),
        ("anulem a minha subscrição do whatsapp", {"whatsapp"}),
        ("não quero mensagens para o sms", {"sms"}),
    ],
)
def test_a_channel_refused_in_other_words_is_revoked_and_only_that_one(said: str, refused: set[str]) -> None:
    story = overdue_customer(channels=("whatsapp", "sms", "email", "human_call", "voicebot"))
    story.say(said, "2026-03-02T10:30:00-03:00")
    assert set(story.profile.channels_opted_out) == refused


@pytest.mark.parametrize(
    "said",
    ["deve ser do meu irmão, ele usava esse número", "vocês se enganaram, sou cliente de outro banco",
     "o débito automático já descontou da minha conta",
     # session 20's dev phrasings: a payroll deduction, a reversed pix, a debt time-barred, a guarantor, a card never
     # unlocked, an impersonation scam, no such person on this number, a number taken over, the company's word quoted
     "isso já vem descontado direto na minha folha de pagamento todo mês",
     "o pix foi estornado pelo meu banco, vocês receberam e devolveram?", "essa dívida está prescrita",
     "fui apenas avalista do meu cunhado", "nem cheguei a desbloquear esse cartão",
     "a central falsa me ligou e eu passei o código",
     "um homem dizendo ser do jurídico de vocês me pediu pra depositar numa conta de pessoa física",
     "não tem nenhuma Maria nesse número", "hackearam meu zap e fizeram empréstimo",
     "foi debitado da minha conta mas o sistema de vocês fala que não compensou",
     "o depósito programado caiu na data certa",
     # session 24's: not what was agreed, a review asked for, an agreement already made and collected again
     "esse valor não confere com o contrato que eu assinei", "peço a revisão dessa cobrança",
     "já fiz acordo com vocês, por que estão cobrando de novo?",
     # session 24's second set: someone else signed, a company not known, a fee never authorised, a plan cancelled
     "quem contratou foi meu ex-sócio", "não sei que loja é essa", "lançaram uma anuidade que eu nunca autorizei",
     "o plano foi cancelado em janeiro e ainda cobram", "dei baixa nesse boleto na lotérica",
     # and its third: Spanish at the border, a shop never set foot in, a minor, settled in a renegotiation, a fake
     # e-mail, a relative with the customer's data, purchases abroad
     "no reconozco esta cuenta, no es mía", "nunca pisei nessa loja", "sou menor, não posso ter feito isso",
     "essa conta já foi resolvida na renegociação", "chegou um email falso em nome de vocês",
     "minha prima pegou meus dados e fez a compra", "apareceram compras em outro país no meu cartão"],
)  # fmt: skip
def test_a_claim_in_other_words_holds_collection(said: str) -> None:
    story = overdue_customer()
    story.say(said, "2026-03-02T10:00:00-03:00", event_id="claim")
    assert story.profile.hold is not None


def _call(story: Story, when: str, outcome: str = "right_party", transcript: str | None = None) -> None:
    data = {"outreach_id": "o1", "direction": "outbound", "by": "voicebot", "outcome": outcome, "duration_s": 40}
    story.feed(event("call.completed", data | ({"transcript": transcript} if transcript else {}), when,
                     event_id=f"call-{when}"))  # fmt: skip


def test_what_a_customer_says_on_a_call_we_made_is_read_and_the_robots_script_is_not() -> None:
    """A call's direction says who dialled, not who spoke: a claim made on an outbound robot call holds the case
    (before, every outbound call's transcript was ignored), and the robot's own lines raise nothing."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    _call(story, "2026-03-02T10:00:00-03:00", transcript="Robô: caso não reconheça o débito, posso transferir para "
          "um atendente. Deseja falar com um atendente? Cliente: não, tá tudo certo, vou pagar sexta")  # fmt: skip
    assert story.profile.hold is None and not story.profile.flags
    _call(story, "2026-03-03T10:00:00-03:00", transcript="já paguei semana passada, parem de me ligar")
    assert story.profile.hold is not None
    assert {"human_call", "voicebot"} <= set(story.profile.channels_opted_out)


def test_a_wrong_number_is_neither_called_nor_texted_again_until_the_crm_lists_the_channels_again() -> None:
    """Whoever answered is not the customer: another call or message to that phone tells a stranger of the debt."""
    story = overdue_customer(channels=("whatsapp", "sms", "email", "human_call", "voicebot"))
    _call(story, "2026-03-02T10:00:00-03:00", outcome="wrong_number")
    assert set(story.profile.view()["channels_refused"]) == {"human_call", "voicebot", "sms", "whatsapp"}
    before = len(story.triggers)
    story.days("2026-03-03", 20)
    channels = {t["data"]["channel"] for t in story.triggers[before:]}
    assert channels == {"email"}
    story.feed(event("customer.updated", {"channels_consented": ["whatsapp", "email"]}, "2026-03-23T09:00:00-03:00"))
    before = len(story.triggers)
    story.days("2026-03-24", 20)
    assert "whatsapp" in {t["data"]["channel"] for t in story.triggers[before:]}


def test_after_despair_no_robot_collects_and_a_person_does_weekly_at_most() -> None:
    """ "Nao aguento mais, penso em sumir": a person answers that day; before, a robot called three days later
    with an offer and SMS followed every three or four days. For ``care_days`` only a person collects, weekly."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say("não aguento mais, to desesperada, penso em sumir", "2026-03-02T10:00:00-03:00")
    story.days("2026-03-03", 29)
    after = [t["data"] for t in story.triggers[before:]]
    collection = [d for d in after if d["purpose"] not in REPLIES]
    assert after[0]["purpose"] == "handoff" and collection
    assert all(d["agent"] == "human" and d["channel"] in ("human_call", "whatsapp") for d in collection)
    starts = [parse_time(d["not_before"]) for d in collection]
    assert all(b - a >= 7 * 86400 for a, b in itertools.pairwise(starts))
    assert "weekly at most" in collection[0]["explanation"]


def test_a_bill_due_on_a_saturday_is_not_collected_before_the_monday_it_may_still_be_paid_on() -> None:
    """A due date on a weekend or bank holiday moves to the next business day at no charge: on that Monday the
    customer is not late, and a collection contact planned for it (as one was, on the Sunday) is wrongful."""
    story = Story(channels=("whatsapp", "sms"))
    history = [("2025-11-10", "2025-12-01"), ("2025-12-10", "2026-01-05"), ("2026-01-10", "2026-02-02")]
    for n, (due, paid) in enumerate(history):  # a late payer: the band is high enough to collect
        story.feed(event("invoice.issued", {"invoice_id": f"h{n}", "amount": 500.0, "due_date": due},
                         f"{due[:8]}01T10:00:00-03:00"))  # fmt: skip
        story.feed(event("payment.received", {"payment_id": f"p{n}", "amount": 500.0, "method": "pix",
                                              "invoice_id": f"h{n}"}, f"{paid}T10:00:00-03:00"))  # fmt: skip
    story.feed(event("invoice.issued", {"invoice_id": "i1", "amount": 500.0, "due_date": "2026-03-07"},
                     "2026-02-25T10:00:00-03:00"))  # fmt: skip
    story.days("2026-03-08", 3, hour="09:00:00-03:00")  # Sunday to Tuesday
    starts = [t["data"]["not_before"][:10] for t in story.triggers if t["data"]["purpose"] == "negotiation"]
    assert starts and min(starts) == "2026-03-10"


def test_after_a_complaint_no_collection_for_its_cool_down_then_only_a_person_weekly() -> None:
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    story.feed(event("complaint.filed", {"channel": "procon"}, "2026-03-02T10:00:00-03:00"))
    before = len(story.triggers)
    story.days("2026-03-03", 29)
    collection = [t["data"] for t in story.triggers[before:] if t["data"]["purpose"] not in REPLIES]
    assert collection and min(d["not_before"] for d in collection) >= "2026-03-17"  # the 15-day cool-down
    assert all(d["agent"] == "human" and d["channel"] in ("human_call", "whatsapp") for d in collection)
    assert "a complaint" in collection[0]["explanation"]


def test_answering_the_robots_opt_out_question_revokes_the_channel_it_asked_about() -> None:
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    _call(story, "2026-03-02T10:00:00-03:00", transcript="Robô: deseja continuar recebendo nossas mensagens por "
          "WhatsApp? Cliente: não")  # fmt: skip
    assert story.profile.channels_opted_out == ["whatsapp"]
    _call(story, "2026-03-03T10:00:00-03:00", transcript="URA: para não receber mais ligações, diga parar.\n"
          "Cliente: parar")  # fmt: skip
    assert set(story.profile.channels_opted_out) == {"whatsapp", "human_call", "voicebot"}


@pytest.mark.parametrize("said", ["tá de brincadeira comigo né", "a coisa tá feia por aqui, viu",
                                  "tô por aqui com vocês"])  # fmt: skip
def test_a_message_vigia_cannot_read_goes_to_a_person_and_no_robot_collects(said: str) -> None:
    """No pattern foresees these (the first from session 18's last held-out set; its other, "to tão cansada de lutar
    e nada dar certo", now reads as despair): before, collection went on by robot as if the customer had said
    nothing. Now a person answers, and for ``care_days`` only a person collects."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say(said, "2026-03-02T10:00:00-03:00")
    story.days("2026-03-03", 20)
    after = [t["data"] for t in story.triggers[before:]]
    assert "unread" in story.profile.flags
    assert after[0]["purpose"] == "handoff" and "could not read" in after[0]["explanation"]
    assert all(d["agent"] == "human" for d in after)


@pytest.mark.parametrize(("said", "explained"), [
    ("como vocês conseguiram meu número?", "LGPD"), ("quero que apaguem meus dados", "LGPD"),
    ("meu pai é o titular, ele está no hospital", "CDC art. 42"),
    ("falo em nome da minha mãe, ela não consegue escrever", "CDC art. 42")])  # fmt: skip
def test_personal_data_asked_about_or_someone_else_writing_goes_to_a_person_and_no_robot_collects(
        said: str, explained: str) -> None:
    """LGPD art. 18: where the data came from, that it be deleted; and a relative writing for the customer. All four
    read as routine before (the last two from a held-out set), and the robot's next message was the answer."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say(said, "2026-03-02T10:00:00-03:00")
    story.days("2026-03-03", 20)
    after = [t["data"] for t in story.triggers[before:]]
    assert after[0]["purpose"] == "handoff" and explained in after[0]["explanation"]
    assert after[1:] and all(d["agent"] == "human" for d in after)


@pytest.mark.parametrize("said", ["jamais me telefonem de novo, quero pagar pelo app",
                                  "nunca mais quero ver mensagem de vocês no meu celular, mando o pix amanhã"])
def test_a_refusal_in_words_vigia_does_not_know_goes_to_a_person_though_it_names_routine_things(said: str) -> None:
    """No refusal pattern reads these, and the app, the pix and tomorrow are routine: before, the robots went on
    calling and writing. A message that speaks of contacting the customer with a word of refusal goes to a person."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say(said, "2026-03-02T10:00:00-03:00", event_id="unknown-refusal")
    story.days("2026-03-03", 20)
    after = [t["data"] for t in story.triggers[before:]]
    assert not story.profile.channels_opted_out and "unread" in story.profile.flags
    assert after[0]["purpose"] == "handoff" and all(d["agent"] == "human" for d in after)


@pytest.mark.parametrize("said", ["o boleto veio com o nome da minha vizinha",
                                  "a loja trocou o produto e o cartão continua com a cobrança",
                                  # ("o dinheiro saiu da conta ..." reads as paid since set 65)
                                  "a transferência saiu da conta da minha esposa pro boleto de vocês",
                                  "o boleto venceu porque vocês mandaram atrasado",  # "porque": no request
                                  # a date and a request, but to check what the customer says happened
                                  "a moça do caixa carimbou o boleto dia 3, confere aí",
                                  "o valor foi pro cartão da minha mãe semana passada, vejam no sistema",
                                  # "e agora" tells what happened next, not a plan
                                  "a loja me vendeu um seguro junto e agora vem essa parcela a mais",
                                  # a refusal to pay is no plan to pay (set 47's: "não vou pagar por algo que não
                                  # funciona"); why is for a person to hear
                                  "não vou pagar isso", "me recuso a pagar essa conta"])
def test_a_statement_of_what_happened_with_routine_words_in_it_goes_to_a_person(said: str) -> None:
    """Claims in words no pattern knows, with the boleto, the card or the amount in them: before, a routine word
    anywhere made the message read, and a robot went on collecting from a customer who had paid or disputed
    (session 19's held-out sets 6 and 7: 44 and 39 robot contacts after claims)."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    before = len(story.triggers)
    story.say(said, "2026-03-02T10:00:00-03:00", event_id="statement")
    story.days("2026-03-03", 20)
    after = [t["data"] for t in story.triggers[before:]]
    assert "unread" in story.profile.flags
    assert after[0]["purpose"] == "handoff" and all(d["agent"] == "human" for d in after)


@pytest.mark.parametrize("said", ["qual o valor pra quitar à vista?", "ok obrigado", "vou pagar na sexta",
                                  "não vou pagar hoje, só na sexta", "não vou conseguir pagar esse mês",
                                  "perdi meu emprego, assim que der eu pago", "👍",
                                  "a parcela que vocês oferecem é muito alta pra mim", "recebi o boleto, obrigada"])
def test_a_routine_message_is_read_and_sends_nobody(said: str) -> None:
    story = overdue_customer()
    before = len(story.triggers)
    story.say(said, "2026-03-02T10:00:00-03:00")
    assert "unread" not in story.profile.flags
    assert all(t["data"]["purpose"] != "handoff" for t in story.triggers[before:])


@pytest.mark.parametrize("said", ["assim que cair meu salário eu pago", "tem desconto pra pagar à vista?",
                                  "nunca mais vou atrasar, pode me ligar se precisar", "eu pago dia 20 sem falta",
                                  "minha filha vai me ajudar a pagar, aguarda uns dias"])
def test_a_plan_to_pay_or_a_discount_asked_for_is_no_claim_and_no_refusal(said: str) -> None:
    """The words the session-20 patterns are written in, used otherwise: "eu pago" is a plan, "desconto" an offer
    asked for, and "nunca mais" a promise."""
    story = overdue_customer(channels=("whatsapp", "sms", "human_call", "voicebot"))
    story.say(said, "2026-03-02T10:00:00-03:00")
    assert story.profile.hold is None and not story.profile.channels_opted_out
    assert not {"already_paid", "not_mine", "fraud"} & set(story.profile.flags)


@pytest.mark.parametrize(("said", "flag"), [("minha casa pegou fogo semana passada, perdemos os móveis", "distress"),
                                           ("vivo chorando por causa disso, acabaram com a minha saúde", "distress"),
                                           ("se eu te encontrar na rua você vai ver só", "aggression"),
                                           ("parabéns pelo descaso, que serviço nota mil", "aggression"),
                                           ("espero que vocês vão à falência", "aggression"),
                                           ("falar com robô não adianta nada", "wants_human")])  # fmt: skip
def test_a_home_lost_a_threat_ridicule_and_a_machine_refused_are_read(said: str, flag: str) -> None:
    story = overdue_customer()
    story.say(said, "2026-03-02T10:00:00-03:00", event_id="session-20")
    assert flag in story.profile.flags


def test_asking_whether_the_message_is_a_scam_is_no_fraud_claim_and_a_claim_with_a_question_is() -> None:
    doubts, claims = overdue_customer(), overdue_customer()
    doubts.say("é golpe essa mensagem? como sei que é de vocês?", "2026-03-02T10:00:00-03:00")
    claims.say("clonaram meu cartão, é golpe?", "2026-03-02T10:00:00-03:00")
    assert doubts.profile.hold is None and claims.profile.hold[0] == "fraud"


def test_what_a_robot_could_not_read_on_its_call_goes_to_a_person() -> None:
    story = overdue_customer()
    before = len(story.triggers)
    _call(story, "2026-03-02T10:00:00-03:00", transcript="Robô: Olá, falamos sobre sua fatura em atraso. "
          "Cliente: tá de brincadeira comigo né")  # fmt: skip
    assert "unread" in story.profile.flags
    assert story.triggers[before]["data"]["purpose"] == "handoff"
    _call(story, "2026-03-09T10:00:00-03:00", transcript="Robô: Olá, sobre sua fatura. Cliente: vou pagar sexta")
    assert story.profile.flags["unread"] < parse_time("2026-03-09T10:00:00-03:00")


def pending_collection(agent: str = "bot") -> tuple[Story, dict]:
    """An overdue customer and a collection trigger decided at 05:00, its window opening at 08:00 or later."""
    story = Story(channels=("whatsapp", "sms", "email"))
    story.feed(event("invoice.issued", {"invoice_id": "i1", "amount": 900.0, "due_date": "2026-02-10"},
                     "2026-02-01T10:00:00-03:00"))  # fmt: skip
    day = datetime.fromisoformat("2026-02-11T05:00:00-03:00")
    for n in range(40):
        before = len(story.triggers)
        story.tick((day + timedelta(days=n)).isoformat())
        for trigger in story.triggers[before:]:
            data = trigger["data"]
            if data["purpose"] not in REPLIES and data["agent"] == agent and data["not_before"] > trigger["time"]:
                return story, trigger
    raise AssertionError(f"no pending collection contact by {agent} in 40 days")


def _at(trigger: dict, hour: str = "06:00:00-03:00") -> str:
    return f"{trigger['time'][:10]}T{hour}"


@pytest.mark.parametrize(("what", "reason"), [
    ("revoke", "channel_refused"), ("despair", "care"), ("claim", "on_hold"), ("complaint", "complaint"),
    ("pay", "nothing_owed"), ("promise", "promise"),
])  # fmt: skip
def test_a_contact_requested_then_forbidden_before_its_window_is_withdrawn_once(what: str, reason: str) -> None:
    """A trigger decided at dawn for the afternoon: the customer revokes its channel, writes in despair, disputes,
    complains or pays in between. A dispatcher acting on the trigger alone would contact them anyway."""
    from schemas.validation import Contract

    story, trigger = pending_collection()
    data, when = trigger["data"], _at(trigger)
    if what == "revoke":
        story.feed(event("consent.changed", {"channel": data["channel"], "granted": False}, when))
    elif what == "despair":
        story.say("não aguento mais, minha vida acabou", when)
    elif what == "claim":
        story.say("essa dívida não é minha, nunca contratei nada", when)
    elif what == "complaint":
        story.feed(event("complaint.filed", {"channel": "procon"}, when))
    elif what == "promise":  # a day a week on: the contact comes before it, and not on its eve
        day = (date.fromisoformat(when[:10]) + timedelta(days=7)).day
        story.say(f"vou pagar dia {day}, pode ficar tranquilo", when)
    else:
        story.feed(event("payment.received", {"payment_id": "p1", "amount": 900.0, "method": "pix"}, when))
    (withdrawal,) = story.withdrawals
    assert withdrawal["data"]["outreach_id"] == data["outreach_id"] and withdrawal["data"]["reason"] == reason
    assert withdrawal["time"] < data["not_before"]  # before the window opens: a dispatcher can still drop it
    Contract().validate(withdrawal, "output")
    story.tick(_at(trigger, "07:00:00-03:00"))
    story.days(trigger["time"][:10], 3, hour="12:00:00-03:00")
    assert len(story.withdrawals) == 1, "withdrawn once"


def test_a_robot_contact_stands_when_nothing_forbids_it_and_a_reply_is_never_withdrawn() -> None:
    story, trigger = pending_collection()
    story.feed(event("message.read", {"channel": "whatsapp"}, _at(trigger)))  # nothing that forbids a contact
    assert story.withdrawals == []
    story.say("quero falar com um atendente", _at(trigger, "06:30:00-03:00"))
    handoff = story.triggers[-1]["data"]
    assert handoff["purpose"] == "handoff"
    story.feed(event("payment.received", {"payment_id": "p1", "amount": 900.0, "method": "pix"},
                     _at(trigger, "06:45:00-03:00")))  # fmt: skip
    withdrawn = {w["data"]["outreach_id"] for w in story.withdrawals}
    assert data_id(trigger) in withdrawn and handoff["outreach_id"] not in withdrawn  # the person still answers


def data_id(trigger: dict) -> str:
    return trigger["data"]["outreach_id"]


def test_an_opt_out_inside_the_window_withdraws_the_contact_and_still_teaches_the_bandit_its_harm() -> None:
    """The contact may have been made already (the opt-out may answer it): the channel bandit must learn the harm."""
    from online_models.decisions import CLOSED, HARMED, WITHDRAWN

    story, trigger = pending_collection()
    data = trigger["data"]
    inside = parse_time(data["not_before"]) + 1800
    story.feed(event("consent.changed", {"channel": data["channel"], "granted": False},
                     datetime.fromtimestamp(inside).astimezone().isoformat()))  # fmt: skip
    assert [w["data"]["reason"] for w in story.withdrawals] == ["channel_refused"]
    (contact,) = [c for c in story.profile.contacts if c[2] == data_id(trigger)]
    assert contact[3] & WITHDRAWN and contact[3] & HARMED and not contact[3] & CLOSED


def _revoke(story: Story, channel: str, when: str) -> None:
    story.feed(event("consent.changed", {"channel": channel, "granted": False}, when))


def test_a_customer_refusing_a_second_channel_is_not_collected_on_the_next_for_thirty_days() -> None:
    """Revoking WhatsApp leaves SMS and e-mail; revoking SMS days later asks for less, not for e-mail next."""
    story = overdue_customer()
    _revoke(story, "whatsapp", "2026-03-03T09:00:00-03:00")
    story.days("2026-03-03", 6)
    after_one = collection_since(story, parse_time("2026-03-03T09:00:00-03:00"))
    assert after_one and {t["data"]["channel"] for t in after_one} <= {"sms", "email"}, "one refusal leaves the rest"
    second = "2026-03-09T09:00:00-03:00"
    _revoke(story, "sms", second)
    story.days("2026-03-09", 30)
    assert collection_since(story, parse_time(second)) == []
    story.say("quero falar com um atendente", "2026-03-20T11:00:00-03:00")
    assert _handoffs(story), "a person asked for is still owed"
    story.days("2026-04-09", 14)
    resumed = collection_since(story, parse_time("2026-04-09T00:00:00-03:00"))
    assert resumed and {t["data"]["channel"] for t in resumed} == {"email"}, "after the pause, on what is left"


def test_a_wrong_number_is_no_refusal_of_the_customer_so_a_later_revocation_does_not_pause_collection() -> None:
    story = overdue_customer(channels=("whatsapp", "sms", "email", "app_push"))
    _call(story, "2026-03-03T10:00:00-03:00", outcome="wrong_number")
    revoked = "2026-03-06T09:00:00-03:00"
    _revoke(story, "email", revoked)
    assert story.profile.refusals == [parse_time(revoked)]
    story.days("2026-03-06", 10)
    assert {t["data"]["channel"] for t in collection_since(story, parse_time(revoked))} == {"app_push"}


def test_refusals_within_a_day_are_one_act_and_a_second_act_withdraws_what_was_pending() -> None:
    story = Story(channels=("whatsapp", "sms", "email", "app_push"))
    story.feed(event("invoice.issued", {"invoice_id": "i1", "amount": 900.0, "due_date": "2026-02-10"},
                     "2026-02-01T10:00:00-03:00"))  # fmt: skip
    story.say("parem de mandar sms", "2026-02-05T10:00:00-03:00")
    _revoke(story, "sms", "2026-02-05T10:30:00-03:00")  # the CRM records what the customer said: the same act
    assert len(story.profile.refusals) == 1
    day = datetime.fromisoformat("2026-02-11T05:00:00-03:00")
    pending = None
    for n in range(20):
        before = len(story.triggers)
        story.tick((day + timedelta(days=n)).isoformat())
        made = [t for t in story.triggers[before:] if t["data"]["not_before"] > t["time"]]
        if made:
            pending = made[0]
            break
    assert pending is not None and pending["data"]["channel"] != "sms"
    other = next(c for c in ("whatsapp", "email", "app_push") if c != pending["data"]["channel"])
    _revoke(story, other, _at(pending))
    assert [(w["data"]["outreach_id"], w["data"]["reason"]) for w in story.withdrawals] == [
        (data_id(pending), "refusals")]  # fmt: skip


def test_a_customer_who_asks_for_calls_after_six_is_contacted_after_six_and_the_morning_contact_is_withdrawn() -> None:
    story, trigger = pending_collection()
    before = len(story.triggers)
    story.say("só posso atender depois das 18h, trabalho o dia todo", _at(trigger))
    assert [w["data"]["reason"] for w in story.withdrawals] == ["hours"]
    story.say("quero falar com uma pessoa", _at(trigger, "06:30:00-03:00"))
    story.days(trigger["time"][:10], 20, hour="02:00:00-03:00")
    after = [t["data"] for t in story.triggers[before:]]
    assert after and after[0]["purpose"] == "handoff"
    local_hours = {datetime.fromisoformat(t["not_before"]).astimezone(ZoneInfo("America/Sao_Paulo")).hour
                   for t in after}  # fmt: skip
    assert local_hours == {18}, "the person and the collection alike, at the hour asked"
    assert all("asked for 18:00-24:00" in t["explanation"] for t in after)


def test_a_customer_who_refuses_the_morning_is_contacted_in_the_afternoon_only() -> None:
    story = overdue_customer()
    story.say("de manhã não consigo atender, trabalho no hospital", "2026-03-02T10:00:00-03:00")
    story.days("2026-03-03", 10)
    withdrawn = {w["data"]["outreach_id"]: w["data"]["reason"] for w in story.withdrawals}
    after = [t for t in collection_since(story, parse_time("2026-03-02T10:00:00-03:00")) if t["id"] not in withdrawn]
    local_hours = {datetime.fromisoformat(t["data"]["not_before"]).astimezone(ZoneInfo("America/Sao_Paulo")).hour
                   for t in after}  # fmt: skip
    assert local_hours and min(local_hours) >= 12, local_hours
    assert list(withdrawn.values()) == ["hours"], "the morning contact already decided is withdrawn"


def test_hours_the_law_forbids_are_met_at_the_nearest_legal_time_and_say_so() -> None:
    story = overdue_customer(state="RJ")  # contact in Rio de Janeiro ends at 19:00
    story.say("me liga só depois das 20h", "2026-03-02T10:00:00-03:00")
    story.days("2026-03-03", 10)
    after = [t["data"] for t in collection_since(story, parse_time("2026-03-02T10:00:00-03:00"))]
    assert after and all("outside the legal hours" in t["explanation"] for t in after)
    assert all(datetime.fromisoformat(t["not_before"]).astimezone(ZoneInfo("America/Sao_Paulo")).hour < 19
               for t in after)  # fmt: skip


def test_a_no_to_a_bot_asking_leave_to_write_refuses_that_channel_and_a_document_declined_refuses_none() -> None:
    """Set 24: "Você autoriza o envio de mensagens pelo WhatsApp?" answered "não autorizo" refused nothing."""
    from online_models.refusals import refused_channels, refused_in_answer

    assert refused_in_answer("Você autoriza o envio de mensagens pelo WhatsApp?", "não autorizo") == {"whatsapp"}
    assert refused_in_answer("O senhor permite que a gente ligue amanhã?", "não") == {"human_call", "voicebot"}
    assert refused_in_answer("Você autoriza o envio do boleto por email?", "não") == set()
    # set 29's: the app's notifications asked about in a chat, not the chat's channel
    assert refused_in_answer("Aceita receber alertas no app?", "não", "whatsapp") == {"app_push"}
    # set 31's: a call asked for in other words; a moment declined names no channel
    asked = "Podemos conversar com a senhora por telefone?"
    assert refused_in_answer(asked, "não", "sms") == {"human_call", "voicebot"}
    assert refused_in_answer("Posso falar com você hoje à tarde?", "não", "sms") == set()
    # set 33's: leave asked with "te"/"lhe" before the verb, and a no said twice
    assert refused_in_answer("A senhora permite que a gente te ligue?", "não permito não") == {"human_call", "voicebot"}
    assert refused_in_answer("Você aceita que a gente lhe mande mensagem por SMS?", "não aceito") == {"sms"}
    # set 34's: a stop said, or the offer dispensed
    assert refused_in_answer("Podemos continuar mandando avisos no email?", "cancela") == {"email"}
    assert refused_in_answer("Quer receber mensagens no whatsapp?", "dispenso, obrigada") == {"whatsapp"}
    # set 36's: neither of the two named
    asked = "Prefere continuar recebendo por email ou por sms?"
    assert refused_in_answer(asked, "nenhuma das duas") == {"email", "sms"}
    # set 40's: a call asked for "para você", answered no
    assert refused_in_answer("Podemos telefonar para a senhora?", "melhor não") == {"human_call", "voicebot"}
    # set 41's: a no in Spanish, and Spanish messages refused "aqui": the channel written on
    assert refused_in_answer("Podemos mandar mensagens no seu WhatsApp?", "no, gracias", "sms") == {"whatsapp"}
    assert refused_channels("no me manden mensajes aquí", on="sms") == {"sms"}
    # set 43's: a never
    assert refused_in_answer("Podemos te ligar amanhã?", "nunca", "sms") == {"human_call", "voicebot"}
    assert refused_in_answer("Quer receber avisos por SMS?", "nop", "sms") == {"sms"}  # set 45's
    # set 46's: reminders kept up, declined (not one reminder); the sender blocked (not a threat to)
    assert refused_in_answer("Podemos continuar te avisando das parcelas por aqui?", "não", "sms") == {"sms"}
    assert refused_in_answer("Quer continuar sendo avisada por email?", "não") == {"email"}
    assert refused_in_answer("Posso te lembrar do vencimento por aqui amanhã?", "não", "sms") == set()
    assert refused_channels("já bloqueei esse contato", on="whatsapp") == {"whatsapp"}
    assert refused_channels("mandei mil vezes o comprovante e vou bloquear esse número", on="sms") == {"sms"}
    assert refused_channels("se insistirem vou bloquear esse número", on="sms") == set()
    # set 47's: spared calls, a subscription cancelled, a thanks after the no, a bare stop, WhatsApp as a verb, the
    # little robot that calls (the voicebot only)
    assert refused_channels("me poupe desses telefonemas de cobrança") == {"human_call", "voicebot"}
    assert refused_channels("cancelem minha inscrição dos emails de aviso") == {"email"}
    assert refused_in_answer("Quer que a gente siga te avisando por aqui?", "não, obrigada", "sms") == {"sms"}
    assert refused_channels("deixar de receber", on="whatsapp") == {"whatsapp"}
    assert refused_channels("parem de me zapear") == {"whatsapp"}
    assert refused_channels("chega desse robozinho de ligação") == {"voicebot"}
    assert refused_channels("o robozinho me ligou e não entendi") == set()
    # set 48's: a robot's audio on WhatsApp (not a call), a no said twice, calls refused before a "nem", unsubscribe
    assert refused_channels("parem com esses áudios de robô no whatsapp") == {"whatsapp"}
    assert refused_in_answer("Posso mandar os avisos por email?", "não, de jeito nenhum") == {"email"}
    assert refused_channels("não me ligue e nem mande sms") == {"human_call", "voicebot", "sms"}
    assert refused_channels("Unsubscribe me", on="email") == {"email"}
    # set 49's: messages that harm (not an app's groups), a bare "descadastre"
    assert refused_channels("essas mensagens no sms estão me deixando mal") == {"sms"}
    assert refused_channels("o zap tá me deixando louca com tanto grupo") == set()
    assert refused_channels("descadastre", on="sms") == {"sms"}
    # set 50's: "deus me livre" as a no, a bare "me tira daqui", contact by post only (no channel is)
    assert refused_in_answer("Podemos te mandar avisos por SMS?", "deus me livre") == {"sms"}
    assert refused_channels("tire daqui", on="whatsapp") == {"whatsapp"}
    assert len(refused_channels("cobrança comigo apenas via carta")) == 6
    # set 51's: asked before, the calls named first, a choice of two declined with the way kept
    assert refused_channels("eu disse pra pararem de telefonar") == {"human_call", "voicebot"}
    assert refused_channels("ligação gravada eu não atendo") == {"voicebot"}
    assert refused_in_answer("Prefere ser lembrada por SMS ou por email?", "nenhum, apenas pelo whatsapp") == {
        "sms", "email"}
    # set 52's: "nao me encham o saco", the app's push named in a said refusal
    assert refused_channels("parem de me encher o saco por sms") == {"sms"}
    assert refused_channels("basta de push nesse celular") == {"app_push"}
    # set 54's: short replies ("para", "nao liga", "nn", "n manda mais nada"); "nao liga pra isso" is none
    assert refused_channels("para", on="sms") == {"sms"}
    assert refused_channels("não liguem") == {"human_call", "voicebot"}
    assert refused_in_answer("Posso continuar te avisando por aqui?", "nn", "sms") == {"sms"}
    assert refused_channels("n mande mais nada", on="whatsapp") == {"whatsapp"}
    assert refused_channels("não liga pra isso, é engano") == set()


@pytest.mark.parametrize(
    ("said", "channels"),
    [
        ("quero parar de receber as mensagens de vocês no whatsapp e no sms", {"whatsapp", "sms"}),  # each of a list
        ("retiro a autorização de contato telefônico", {"human_call", "voicebot"}),
        ("nao me liga q eu nao atendo, manda msg", {"human_call", "voicebot"}),
        ("me liga amanhã que eu atendo", set()),
    ],
)
def test_a_list_of_media_formal_consent_withdrawn_and_calls_never_answered_are_refusals(said: str,
                                                                                     channels: set[str]) -> None:
    from online_models.refusals import refused_channels

    assert refused_channels(said) == channels


@pytest.mark.parametrize(
    ("asked", "said", "channels"),
    [
        ("Você deseja continuar recebendo nossas mensagens pelo WhatsApp?", "👎", {"whatsapp"}),
        ("Posso continuar te mandando notificações no aplicativo?", "não, desliga isso", {"app_push"}),
        ("Quer continuar recebendo lembretes por SMS?", "prefiro só email", {"sms"}),
        ("Quer continuar recebendo lembretes por email?", "só por email mesmo", set()),
    ],
)
def test_a_thumbs_down_and_another_way_kept_alone_answer_no(asked: str, said: str, channels: set[str]) -> None:
    from online_models.refusals import refused_in_answer

    assert refused_in_answer(asked, said) == channels


@pytest.mark.parametrize(
    ("said", "channels"),
    [
        # the machine or the notices named, then turned off
        ("o robo que me liga de manha cedo, desliguem ele", {"voicebot"}),
        ("essas notificacoes do app, tira", {"app_push"}),
        # sending stopped, the inbox filled
        ("suspendam o envio das cobrancas pelo whatsapp", {"whatsapp"}),
        ("cancelem os emails de cobranca", {"email"}),
        ("cancela os avisos de cobranca pelo sms", {"sms"}),  # the notices: no call refused
        ("parem de lotar minha caixa de entrada", {"email"}),
        ("a caixa postal ta cheia, liga de novo", set()),  # the phone's voicemail, no refusal
        # every way of contact
        ("chega de contato", set(CHANNELS)),
        ("chega de contato pelo zap", {"whatsapp"}),
        ("nao quero que liguem de manha", set()),  # the moment, not the channel
    ],
)
def test_channels_turned_off_in_other_words_are_refused(said: str, channels: set[str]) -> None:
    assert refused_channels(said) == channels


def test_a_flood_of_a_medium_had_enough_of_refuses_it() -> None:
    assert refused_channels("chega desse monte de sms") == {"sms"}
    assert refused_channels("cansei dessa enxurrada de ligação") == {"human_call", "voicebot"}
    assert refused_channels("cansei desse monte de boleto errado") == set()
    every = {"whatsapp", "sms", "human_call", "voicebot", "app_push", "email"}
    assert refused_channels("não me mandem mais nada por nenhum meio") == every


def test_a_medium_no_longer_answered_refuses_it() -> None:
    assert refused_channels("não respondo mais nada por email") == {"email"}
    assert refused_channels("por sms eu não respondo mais") == {"sms"}
    assert refused_channels("não respondi o email porque estava viajando") == set()


def test_contact_refused_on_the_mobile_calls_avoided_and_the_robot_not_wanted() -> None:
    """Set 153: contact in general refused "pelo celular" reaches the number by every way; a call named stays a call."""
    number = {"human_call", "voicebot", "sms", "whatsapp"}
    assert refused_channels("por favor, não entrem mais em contato comigo pelo celular") == number
    assert refused_channels("não autorizo ligações para o meu celular") == {"human_call", "voicebot"}
    assert refused_channels("evitem me ligar, prefiro mensagem") == {"human_call", "voicebot"}
    assert refused_channels("nada de me ligar") == {"human_call", "voicebot"}
    assert refused_channels("quero parar de receber push") == {"app_push"}
    assert refused_channels("não quero falar com robô, quero gente") == {"voicebot"}
    assert refused_channels("evitem me ligar antes das 10") == set()  # a moment, not the calls


def test_the_robots_calls_complained_of_with_their_hour_then_stopped_are_refused() -> None:
    """Set 153: the hour tells when the robot called, not a moment to move the calls to."""
    assert refused_channels("cansei de robô me ligando às 8 da manhã, parem") == {"voicebot"}
    assert refused_channels("o robô me liga de manhã, pode ligar de tarde") == set()


def test_off_every_list_at_once_refuses_every_channel() -> None:
    every = {"whatsapp", "sms", "human_call", "voicebot", "app_push", "email"}
    assert refused_channels("me descadastra de tudo") == every
    assert refused_channels("quero me cadastrar de novo no app") == set()


def test_every_medium_of_a_list_of_neithers_is_refused() -> None:
    assert refused_channels("nem ligação, nem zap, nem sms. acabou") == {"human_call", "voicebot", "whatsapp", "sms"}
    assert refused_channels("nem email, nem sms, nem ligação") == {"email", "sms", "human_call", "voicebot"}


def test_calls_refused_on_one_number_and_asked_on_another_go_on() -> None:
    assert refused_channels("não liguem no meu trabalho, só no celular") == set()
    assert refused_channels("não liga no trabalho nem no celular, manda email") == {"human_call", "voicebot"}
    assert refused_channels("não liguem no meu trabalho") == {"human_call", "voicebot"}  # (the number may be that one)


def test_the_machine_named_beside_a_call_allowed_refuses_the_voicebot() -> None:
    assert refused_channels("pode me ligar, mas sem aquela gravação") == {"voicebot"}
    assert refused_channels("pode me ligar, mas sem gravar a ligação") == set()  # a call not to be recorded


def test_a_moment_refused_for_calls_keeps_the_calls_and_a_medium_no_longer_answered_is_refused() -> None:
    assert refused_channels("não me liguem durante o trabalho") == set()  # the hours are read apart
    assert refused_channels("não me liguem durante o trabalho e parem com o sms") == {"sms"}
    assert refused_channels("só atendo por carta, telefone nem pensar") == {"human_call", "voicebot"}
    assert refused_channels("não respondo mais sms de vocês") == {"sms"}


def test_a_no_then_a_call_asked_for_refuses_no_call() -> None:
    from online_models.refusals import refused_in_answer

    assert refused_channels("não, me liga") == set()  # (normalised, the comma went: "nao me liga" refused calls)
    assert refused_channels("não, não me liga") == {"human_call", "voicebot"}
    assert refused_in_answer("Podemos continuar a conversa por aqui?", "não, me liga", on="whatsapp") == {"whatsapp"}


def test_a_numbered_option_answers_as_its_word() -> None:
    from online_models.refusals import refused_in_answer

    asked = "Você autoriza o envio de mensagens por SMS? Responda 1 para SIM e 2 para NÃO"
    assert refused_in_answer(asked, "2", on="sms") == {"sms"}
    assert refused_in_answer(asked, "1", on="sms") == set()
