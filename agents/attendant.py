"""The attendant's page: one customer, in Brazilian Portuguese, for the moment a person talks to them.

``GET /customers/{id}/page`` (token required, routed to the worker that owns the customer) shows who
the customer is for collection purposes, what is open, the recent contacts and what to do now — and
what not to do. It is plain HTML with inline CSS, no script and nothing from a CDN (a bank's service
network reaches no internet). It shows only what the profile holds: no name, document or phone.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from faust import web

from agents.access import require, roles_of
from agents.clock import profiles_recovered
from agents.runtime import stored_profile
from online_models.clock import format_time, local_date, zone_for_state
from online_models.decisions import (
    ANSWERED,
    CLOSED,
    DATA_REQUEST,
    HARMED,
    HUMAN_REASONS,
    PAID,
    REPLY,
    THIRD_PARTY,
    UNREAD,
    Decider,
    DecisionSettings,
)
from online_models.profile import CustomerProfile
from streams.app import app, profiles

BANDS = {"low": "baixo", "medium": "médio", "high": "alto", "critical": "crítico", None: "sem nota ainda"}
REASONS = {"unemployment": "desemprego", "income_drop": "queda de renda", "lack_of_planning": "falta de planejamento",
           "offer_not_adherent": "a proposta não cabe no bolso", "debt_not_recognized": "não reconhece a dívida",
           "already_paid": "diz que já pagou", "fraud_suspected": "suspeita de fraude",
           "health_or_family": "saúde ou família", "forgot": "esquecimento", "other": "outro motivo"}  # fmt: skip
SEGMENTS = {
    "new": "cliente novo", "organised_payer": "pagador organizado", "digital_responsive": "digital e responsivo",
    "prefers_human_contact": "prefere falar com uma pessoa", "occasional_late_payer": "atrasa às vezes",
    "chronic_late_payer": "atrasa com frequência", "new_delinquent": "inadimplente recente",
}  # fmt: skip
CHANNELS = {"whatsapp": "WhatsApp", "sms": "SMS", "email": "e-mail", "app_push": "notificação no app",
            "voicebot": "URA (robô de voz)", "human_call": "ligação com atendente"}  # fmt: skip
FEATURES = {
    "days_past_due": "dias em atraso", "late_payment_share": "histórico de pagamentos em atraso",
    "mean_payment_delay_days": "atraso médio nos pagamentos",
    "overdue_balance_vs_typical_invoice": "saldo vencido alto para o padrão do cliente",
    "promises_broken": "promessas de pagamento não cumpridas", "promises_kept": "promessas cumpridas",
    "failed_payments": "pagamentos recusados", "reversed_payments": "pagamentos estornados",
    "complaints": "reclamações registradas", "disengaged_while_overdue": "sem contato nem uso do app no atraso",
    "agreement_current": "acordo em dia", "due_soon_with_late_history": "vencimento próximo e histórico de atraso",
    "app_use": "uso do app", "rule_logit": "nota das regras",
}  # fmt: skip
HOLDS = {"dispute": "contestação da dívida", "fraud": "alegação de fraude"}


def plain(feature: str) -> str:
    """A feature of the score in words (the learnt model's pairs read "a × b")."""
    return " × ".join(FEATURES.get(part, part.replace("_", " ")) for part in feature.split("*"))


def brl(amount: float) -> str:
    """An amount as Brazilians write it: R$ 1.234,56."""
    return "R$ " + f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def local(ts: float, state: str | None) -> str:
    return datetime.fromtimestamp(ts, zone_for_state(state)).strftime("%d/%m/%Y %H:%M")


def advice(p: CustomerProfile) -> dict[str, Any]:
    """What to do now and what not to do, from the same rules the decisions follow."""
    do, dont = [], []
    recent = {f for f, ts in p.flags.items() if p.clock_ts - ts <= 7 * 86400}
    if p.hold is not None:
        kind = HOLDS[p.hold[0]]
        dont.append(f"Não cobrar nem oferecer acordo: {kind} em análise desde {local(p.hold[1], p.state)}.")
        do.append("Encaminhe ao time de fraude; não trate como cobrança." if p.hold[0] == "fraud"
                  else "Registre a contestação e peça a verificação da dívida (case.resolved encerra).")  # fmt: skip
    if p.handoff_requested_ts is not None and p.clock_ts - p.handoff_requested_ts <= 2 * 86400:
        if recent & set(HUMAN_REASONS) - {UNREAD} or UNREAD not in recent:
            do.append("O cliente pediu para falar com uma pessoa: atenda você, sem devolver ao robô.")
        else:  # a message no pattern read: what it says is for a person to find out
            do.append("O cliente escreveu algo que o vigia não soube ler: leia a conversa, responda você e registre"
                      " o motivo (contestação ou fraude viram análise; nada de cobrança até lá). Se recusou um canal"
                      " (\"proibido ligar\", \"tira meu número\"), registre a recusa: consent.changed.")
    if DATA_REQUEST in recent:
        do.append("O cliente perguntou sobre os dados pessoais dele (LGPD, art. 18: de onde vieram, o que guardamos,"
                  " com quem compartilhamos, exclusão): responda você e registre o pedido para o encarregado de dados.")
    if THIRD_PARTY in recent:
        do.append("Quem escreveu pode não ser o cliente (um parente, um vizinho, o novo dono do número): confirme com"
                  " quem fala antes de falar da dívida, e não a conte a mais ninguém (CDC, art. 42).")
    decider = Decider()
    promised = decider._promised_day(p)
    if promised is not None and promised >= local_date(p.clock_ts, p.state):
        dont.append(f"Não cobrar antes de {promised:%d/%m/%Y}: o cliente disse que paga nesse dia (só um lembrete"
                    " na véspera).")  # fmt: skip
    offer, why = (None, "") if p.hold is not None else decider._offer(p)
    said = decider._said_affordable(p)
    if offer is None and why and said is not None:
        do.append(f"O cliente disse que consegue pagar {brl(said)} por mês, e nem em 24 vezes a dívida cabe nisso: "
                  "não ofereça parcela maior; negocie (superendividamento, Lei 14.181/2021).")  # fmt: skip
    if offer is not None:
        kind = offer["kind"]
        if kind == "installments":
            basis = (f"cabe nos {brl(said)} por mês que o cliente disse que consegue pagar" if "they said" in why
                     else "cabe na metade do que o cliente pagava por mês")  # fmt: skip
            do.append(f"Ofereça parcelamento em {offer['installments']} vezes de {brl(offer['installment_brl'])}: "
                      f"{basis} (mínimo existencial, Lei 14.181/2021).")  # fmt: skip
        elif kind == "due_date_change":
            do.append("Ofereça mudar a data de vencimento para uma que combine com o cliente.")
        else:
            do.append(f"Ofereça {offer['discount_pct']:.0f}% de desconto para quitar (bom histórico de pagamento).")
    tone = "empático" if recent & {"distress", "aggression"} or p.hold or p.days_past_due > 30 else "neutro"
    if recent & {"distress"}:
        dont.append("Não pressionar: o cliente demonstrou sofrimento.")
    if recent & {"aggression"}:
        dont.append("Não confrontar: o cliente está irritado; ouça e registre.")
    cooldown = DecisionSettings().rules.complaint_cooldown_days * 86400
    if p.last_complaint_ts is not None and p.clock_ts - p.last_complaint_ts < cooldown:
        until = local(p.last_complaint_ts + cooldown, p.state)[:10]
        dont.append(f"Não fazer cobrança ativa até {until}: o cliente registrou uma reclamação; só responda a ele.")
    for channel in p.channels_opted_out:
        dont.append(f"Não usar {CHANNELS.get(channel, channel)}: o cliente recusou esse canal.")
    if p.contact_hours:
        first, last = p.contact_hours
        do.append(f"Ligue ou escreva entre {first:02d}:00 e {last:02d}:00 (horário local, dentro do permitido): "
                  "o cliente pediu esse horário.")
    return {"do": do or ["Nada pendente: confirme os dados e siga o atendimento."], "dont": dont, "tone": tone}


def _contact_outcome(bits: int) -> str:
    if bits & REPLY:
        return "resposta ao cliente (atendimento)"
    done = [word for bit, word in ((ANSWERED, "respondeu"), (PAID, "pagou"), (HARMED, "reclamou ou recusou o canal"))
            if bits & bit]  # fmt: skip
    return ", ".join(done) or ("sem retorno" if bits & CLOSED or bits < 0 else "aguardando")


def render(p: CustomerProfile) -> str:
    """The page of one customer."""
    e = html.escape
    view = p.view()
    tips = advice(p)
    reasons = "".join(
        f"<li>{e(plain(f))}: {'aumenta' if c > 0 else 'reduz'} o risco ({c:+.2f})</li>" for f, c in p.reasons[:5]
    )
    change = (f"Sim, desde {local(p.change_ts, p.state)} ({e(p.change_why or '')})" if p.change_ts is not None
              else "Não")  # fmt: skip
    consented = ", ".join(CHANNELS.get(c, c) for c in view["channels_consented"]) or "nenhum"
    refused = ", ".join(CHANNELS.get(c, c) for c in p.channels_opted_out) or "nenhum"
    hold = (f"<p class='hold'>Cobrança suspensa: {e(HOLDS[p.hold[0]])} desde {local(p.hold[1], p.state)}</p>"
            if p.hold else "")  # fmt: skip
    promises = "".join(f"<li>{brl(pr[0])} até {e(pr[1])}</li>" for pr in p.promises.values()) or "<li>nenhuma</li>"
    rows = [(local(c[0], p.state), CHANNELS.get(c[1], c[1]), _contact_outcome(c[3])) for c in reversed(p.contacts[-6:])]
    contacts = "".join(f"<tr><td>{when}</td><td>{e(how)}</td><td>{what}</td></tr>" for when, how, what in rows)
    contacts = contacts or "<tr><td colspan='3'>nenhum contato</td></tr>"
    do = "".join(f"<li>{e(x)}</li>" for x in tips["do"])
    dont = "".join(f"<li>{e(x)}</li>" for x in tips["dont"]) or "<li>nada em especial</li>"
    age = f" · {p.age()} anos" if p.age() else ""
    return f"""<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Cliente {e(p.customer_id)} · vigia</title>
<style>
body{{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d2430;max-width:60rem}}
h1{{font-size:1.4rem}} h2{{font-size:1.05rem;margin-top:1.4rem;border-bottom:1px solid #ccd}}
.band{{display:inline-block;padding:.2rem .6rem;border-radius:.3rem;font-weight:600;background:#eef}}
.band.high,.band.critical{{background:#fde2e1}} .hold{{background:#fff3cd;padding:.5rem;border-left:4px solid #c90}}
table{{border-collapse:collapse}} td,th{{padding:.2rem .7rem;border-bottom:1px solid #eee;text-align:left}}
.dont li{{color:#8a1f11}}
</style></head><body>
<h1>Cliente {e(p.customer_id)}</h1>
{hold}
<h2>Quem é (para a cobrança)</h2>
<p>Risco: <span id="band" class="band {e(p.band or '')}">{e(BANDS.get(p.band, p.band or ''))}</span>
 · nota <span id="score">{(p.score or 0):.2f}</span> ({e(p.model)})</p>
<p>Por que:</p><ul id="reasons">{reasons or "<li>sem dados suficientes</li>"}</ul>
<p>Mudança de comportamento: {change}</p>
<p>Motivo provável do não pagamento: <span id="reason">{e(REASONS.get(p.predicted_reason, "não informado"))}</span></p>
<p>Perfil: {e(SEGMENTS.get(p.segment, p.segment))} · {e(p.state or "UF não informada")}{age}</p>
<p>Canal preferido: {e(CHANNELS.get(p.preferred_channel or "", "não informado"))} · autorizados: {e(consented)}
 · recusados: {e(refused)}</p>
<h2>O que está em aberto</h2>
<p>{view["open_invoices"]} faturas, {brl(view["open_balance"])} em aberto, {brl(view["overdue_balance"])} vencidos,
 {p.days_past_due} dias em atraso</p>
<p>Promessas de pagamento:</p><ul>{promises}</ul>
<p>Acordos em andamento: {len(p.agreements)}</p>
<h2>Contatos recentes</h2>
<table><tr><th>quando</th><th>canal</th><th>resultado</th></tr>{contacts}</table>
<h2>O que fazer agora</h2>
<ul id="do">{do}</ul>
<p>Tom: <span id="tone">{tips["tone"]}</span></p>
<h2>O que não fazer</h2>
<ul id="dont" class="dont">{dont}</ul>
<p><small>Atualizado em {e(format_time(p.clock_ts)) if p.clock_ts else "—"} (hora do evento). Decisões automáticas
 podem ser revistas por uma pessoa (LGPD art. 20).</small></p>
</body></html>"""


@app.page("/customers/{customer_id}/page")
@require("page", "attendant", "ops")
@app.table_route(table=profiles, match_info="customer_id")
async def page(self: web.View, request: web.Request, customer_id: str) -> web.Response:
    blob = stored_profile(customer_id)
    if not blob and not profiles_recovered():
        return self.html("<p>Os perfis estão sendo recuperados; tente de novo em alguns segundos.</p>", status=503,
                         headers={"Retry-After": "5"})  # fmt: skip
    if not blob:
        return self.html(f"<p>Cliente {html.escape(customer_id)} não encontrado.</p>", status=404)
    response = self.html(render(CustomerProfile.from_bytes(blob)))
    token = request.query.get("token")
    if token and roles_of(request):  # keep it for the session, so the address bar need not carry it again
        response.set_cookie("vigia_token", token, httponly=True, samesite="Strict")
    return response
