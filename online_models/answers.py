"""What a customer's short answer to the bot's question about paying says: an amount, or a day.

A chatbot asks "Quanto você consegue pagar por mês?" or "Qual a melhor data para o pagamento?" and the
customer answers "150" or "sexta": read alone, the answer names no payment. Read as an answer to the
question, it is what they can pay a month, or the day they will pay by. An answer that says it in full
("consigo 150 por mês") is read on its own words; a "sim" to a day proposed ("Confirma o pagamento até
sexta?") promises that day; a "não" promises nothing. Questions about other things (a down payment, a
number of installments, a due date to choose, a payday, an hour to call) make no answer an amount or a day.

>>> from datetime import date
>>> answered_amount("Quanto você consegue pagar por mês?", "150"), answered_amount("Qual o valor da entrada?", "300")
(150.0, None)
>>> tuesday = date(2026, 3, 10)
>>> answered_day("Qual a melhor data para o pagamento?", "sexta", tuesday)
datetime.date(2026, 3, 13)
>>> answered_day("Confirma o pagamento até sexta?", "sim", tuesday)
datetime.date(2026, 3, 13)
>>> [answered_day(q, a, tuesday) for q, a in (("Em que dia você recebe?", "dia 5"), ("Confirma o pagamento?", "não"))]
[None, None]
"""

from __future__ import annotations

import re
from datetime import date

from online_models.amounts import affordable_amount
from online_models.promises import promised_date
from online_models.text import strip_accents

_TO_PAY = r"(pag\w*|pix|quit\w*|acert\w*|deposit\w*|parcela)"
_SAY = r"(diga|informe|digite)"  # a robot's or a form's way of asking
ASKS_AMOUNT = re.compile(rf"\b(quanto|qual (o |a )?valor|que valor|qual (o |a )?parcela|{_SAY} o valor)\b"
                         rf".*\b(consegue|conseguiria|pode|poderia|cabe|{_TO_PAY})")  # fmt: skip
_WHEN = rf"(quando|que dia|qual (o |a )?(melhor )?(data|dia)|pa?ra quando|em que data|{_SAY} (a|o) (data|dia))"
ASKS_DAY = re.compile(rf"\b{_WHEN}\b.*\b{_TO_PAY}|\b{_TO_PAY}\b.*\b{_WHEN}\b")
# a question about something else than what they can pay, or when
ELSEWHERE = re.compile(r"\b(entrada|quantas (vezes|parcelas)|em quantas|vencimento|recebe\w*|salario|horario|hora|"
                       r"cpf|telefone|numero)\b")  # fmt: skip
PROPOSES_DAY = re.compile(rf"\b(confirma\w*|combin\w*|pode ser|fica|agendamos|agendar|marca\w*|podemos)\b.*"
                          rf"\b{_TO_PAY}\b")  # fmt: skip
YES = re.compile(r"^\s*(sim|s|ss|confirmo|confirmado|ok|okay|pode ser|isso|combinado|fechado|beleza|blz|certo|"
                 r"claro|com certeza|pode|positivo|\U0001F44D)\s*[.!]*\s*$")  # fmt: skip


def _question(asked: str) -> str:
    """The question the bot's message ends with, or its last sentence when it asks with no question mark ("diga a
    data", as robots and transcripts do): its numbers before it are the company's, not the customer's."""
    plain = strip_accents(asked.lower()).rstrip(" .!\n")
    end = plain.rfind("?")
    end = end if end >= 0 else len(plain)
    start = max(plain.rfind(mark, 0, end) for mark in ".!?\n") + 1
    return plain[start : end + 1]


def asks_about_paying(asked: str) -> bool:
    """Whether the bot's message asks how much the customer can pay, or when."""
    question = _question(asked)
    return bool(question) and not ELSEWHERE.search(question) and any(
        pattern.search(question) for pattern in (ASKS_AMOUNT, ASKS_DAY, PROPOSES_DAY))


def answered_amount(asked: str, said: str) -> float | None:
    """What ``said`` says the customer can pay a month, as an answer to ``asked`` (a bare "150")."""
    question = _question(asked)
    if not question or ELSEWHERE.search(question) or not ASKS_AMOUNT.search(question):
        return None
    return affordable_amount(f"consigo {said}")


def answered_day(asked: str, said: str, today: date) -> date | None:
    """The day ``said`` promises, as an answer to ``asked`` ("sexta" to "quando consegue pagar?")."""
    question = _question(asked)
    if not question or ELSEWHERE.search(question):
        return None
    if YES.match(strip_accents(said.lower())):
        return promised_date(f"pago {question}", today) if PROPOSES_DAY.search(question) else None
    asks = ASKS_DAY.search(question) or PROPOSES_DAY.search(question)  # "dia 15 não, dia 20" to a day proposed
    return promised_date(f"pago {said}", today) if asks else None
