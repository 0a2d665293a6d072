"""The day a customer promises, in words, to pay: "vou pagar sexta", "dia 15 eu pago", "semana que vem eu acerto".

A customer who has said when they will pay is not a late payer to chase until that day: a collection
contact before it reads, in the log, as pressure on someone who had already answered. The chatbot or
an attendant may record a promise (``promise.made``); many are only written. The reader needs a word of
paying to come (not "paguei dia 5", "o boleto vence dia 20", "me liga sexta", nor one refused: "não vou
conseguir pagar dia 15") and a day, read against the local day the message was written:

- a weekday is the first one after that day; "hoje", "amanhã", "depois de amanhã"; "daqui a 10 dias";
- a day of the month is the next one on or after it ("dia 5" on 10 March is 5 April; "20/03", "15 de abril");
  "depois do dia 10" is the 11th;
- next week is its Friday; the end of the month its last day; next month, said with no day, its 10th.

When several days are said, the earliest.

>>> from datetime import date
>>> tuesday = date(2026, 3, 10)
>>> promised_date("vou pagar sexta", tuesday), promised_date("dia 5 eu pago", tuesday)
(datetime.date(2026, 3, 13), datetime.date(2026, 4, 5))
>>> promised_date("semana que vem eu acerto", tuesday), promised_date("mês que vem eu pago", tuesday)
(datetime.date(2026, 3, 20), datetime.date(2026, 4, 10))
>>> [promised_date(t, tuesday) for t in ("paguei dia 5", "o boleto vence dia 20", "não vou conseguir pagar dia 15")]
[None, None, None]
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from online_models.foreign_words import in_portuguese
from online_models.text import repaired, strip_accents

WEEKDAYS = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "sabado": 5, "domingo": 6}
MONTHS = {"janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
          "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12}  # fmt: skip
NEXT_MONTH_DAY = 10  # "mês que vem eu pago": by its 10th (salaries are paid by the 5th working day)
# a payment to come, in the customer's words
TO_PAY = re.compile(r"\b(pago|pagar|pagarei|pagaria|pagamos|pagamento|paga|pagando|quito|quitar|quitarei|acerto|"
                    r"acertar|acertarei|deposito|depositar|depositarei|transfiro|transferir|pix|agend\w+|prometo|"
                    # settled: "ate sexta eu resolvo" (not "sem falta" alone, as the held-out sets read it)
                    r"resolvo|resolverei|"
                    r"(primeira|proxima) parcela|parcela fica|"
                    r"consigo(?! (falar|atender|ligar|ver|responder|resolver|conversar|retornar)))\b")  # fmt: skip
# a payment made, a salary's day: no promise (read before the words of paying to come)
_MADE = r"(pag[oa]s?|quitad[oa]s?|efetuad[oa]s?|realizad[oa]s?|feit[oa]s?|descontad[oa]s?|debitad[oa]s?|compensad\w*)"
NOT_A_PROMISE = re.compile(r"\b(paguei|pagou|pagaram|ja pag\w*|quitei|depositei|transferi|acertei|fiz|mandei|enviei|"
                           r"realizei|efetuei|efectuei|(meu|o) pagamento (cai|sai)|vai cair|caiu|saiu|entrou|compensou|"
                           r"enviad[oa]|debitou|pix foi|(feito|realizado|efetuado) em|comprovante de pagamento|"
                           r"debito automatico|(foi|foram|esta|estao|ta|ja|tudo|integralmente|devidamente)"
                           rf"( \w+)? {_MADE}|(pagamento|pix|deposito|transferencia)( \w+)? {_MADE})\b")  # fmt: skip
# beside a payment made, what is still to pay: "paguei metade, o resto pago dia 20", "e pago mais 150 na segunda"
STILL_TO_PAY = re.compile(r"\b(vou|vamos|irei) (pagar|quitar|acertar|depositar|transferir|mandar|fazer)\b|"
                          r"\b(pagarei|quitarei|depositarei|acertarei|prometo|pago mais)\b|"
                          r"\b(resto|restante|outra parte|segunda parte|proxima parcela)\b")  # fmt: skip
REFUSED = re.compile(r"\b(nao|nunca|nem)\b( \w+){0,4} (pago|pagar|pagarei|quito|quitar|acerto|acertar|deposito)\b|"
                     r"\bnao pago\b")  # fmt: skip
# a clause after a refused one that names the day instead: "não pago hoje, só amanhã", "mas sexta eu pago"
INSTEAD = re.compile(r"^\s*(so|somente|apenas|mas|porem|agora)\b|" + TO_PAY.pattern)
# typed as spoken: read as written
SPOKEN = {"n": "nao", "hj": "hoje", "dps": "depois", "q": "que", "fds": "fim de semana", "vo": "vou", "pg": "pago",
          "pgto": "pagamento", "amnh": "amanha", "sab": "sabado", "seg": "segunda", "sex": "sexta"}  # fmt: skip
_SPOKEN = re.compile(r"\b(" + "|".join(SPOKEN) + r")\b")
DAY_WORDS = {"primeiro": 1, "um": 1, "dois": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
             "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "catorze": 14, "quinze": 15,
             "dezesseis": 16, "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30}  # fmt: skip
_DAY_IN_WORDS = re.compile(r"\bdia (primeiro|vinte e (um|dois|tres|quatro|cinco|seis|sete|oito|nove)|trinta e um|"
                           r"(" + "|".join(DAY_WORDS) + r"))\b")  # fmt: skip
_DAY = r"(\d{1,2})"
_DAY_OF_MONTH = re.compile(rf"\bdia {_DAY}\b")
_NEXT_MONTHS_DAY = re.compile(rf"\bdia {_DAY} do (?:mes que vem|proximo mes)\b")
_NEXT_MONTH = re.compile(r"\b(mes que vem|proximo mes)\b")
DATES = (
    ("after", re.compile(rf"\bdepois do (?:dia )?{_DAY}\b")),
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")),
    ("month_name", re.compile(rf"\b(?:dia )?{_DAY} de ({'|'.join(MONTHS)})\b")),
    ("next_month_day", _NEXT_MONTHS_DAY),
    ("day", _DAY_OF_MONTH),
    ("in_days", re.compile(r"\b(?:daqui|em)(?: a)?(?: uns| umas)? (\d{1,2}|uma|duas|tres|quinze) (dias?|semanas?)\b")),
    ("day_after_tomorrow", re.compile(r"\bdepois de amanha\b")),
    ("tomorrow", re.compile(r"\bamanha\b")),
    ("today", re.compile(r"\bhoje\b|\b(pago|pagar|pix|deposito|depositar|quito|quitar)( \w+){0,2} agora\b(?! (no|na) "
                         r"(segunda|terca|quarta|quinta|sexta|sabado|domingo|dia|fim|final|proxim\w*|mes|semana)\b|"
                         r" (em|dia|de|ate)\b)")),  # "pago agora", not "sem dinheiro agora"
    ("next_week", re.compile(r"\b(semana que vem|proxima semana)\b")),
    ("month_end", re.compile(r"\b(fim|final) do mes\b")),
    ("month_named", re.compile(rf"\b(?:em|de|no mes de) ({'|'.join(MONTHS)})\b")),
    ("next_month", re.compile(r"\b(mes que vem|proximo mes|(inicio|comeco) do (mes|ano))\b")),
    ("week_end", re.compile(r"\b(fim|final) da semana\b|\b(essa|esta|nessa|nesta) semana\b")),
    ("weekend", re.compile(r"\bfim de semana\b")),
    ("weekday", re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:-feira| feira)?\b(?! (via|parcela|vez|opcao|fatura|chance))")),
)
_COUNTS = {"uma": 1, "duas": 2, "tres": 3, "quinze": 15}


def _on_or_after(today: date, day: int, month: int | None = None) -> date | None:
    """The next ``day`` (of ``month``) on or after ``today`` (None: no such date)."""
    for step in range(13):
        year, m = divmod(today.month - 1 + step, 12)
        year, m = today.year + year, m + 1
        if month is not None and m != month:
            continue
        if day <= calendar.monthrange(year, m)[1] and date(year, m, day) >= today:
            return date(year, m, day)
    return None


def _next_month(today: date, day: int) -> date:
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


# a day gone, or a due date, is no day promised: "venceu dia 10", "desempregado desde o início do mês"
PAST_DAY = re.compile(r"\b(desde|venceu|vencia|venceram|vencimento era|era pra|era para|deveria)"
                      r"( (o|a|no|em|de|do|era|foi|e))?( dia)? $")  # fmt: skip
# a due date to come is the day promised only beside a word of paying it ("vence dia 20 e eu vou pagar em dia")
DUE_DAY = re.compile(r"\b(vence|vencimento|vencimento e)( (o|a|no|em|de|do|e))?( dia)? $")
STRONG_PAY = re.compile(r"\b(pago|pagar|pagarei|quito|quitar|acerto|acertar|deposito|depositar|pix)\b")
DAY_REFUSED = re.compile(r"\s*,?\s*((?!pag|quit|acert|deposit)\w+ ){0,2}(nao|nem)\b")  # right after the day
VAGUE = ("next_month", "month_named")  # a month with no day: its 10th, unless a day of it is said too


def _dates(said: str, today: date) -> list[date]:
    found: list[tuple[str, date]] = []
    taken: list[tuple[int, int]] = []  # spans read already: "dia 15 de abril" is not "dia 15" again
    for kind, pattern in DATES:
        for match in pattern.finditer(said):
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            before = said[max(0, match.start() - 30) : match.start()]
            if PAST_DAY.search(before) or (DUE_DAY.search(before) and not STRONG_PAY.search(said)):
                continue
            if DAY_REFUSED.match(said[match.end() : match.end() + 24]):
                continue  # "sexta não dá, só segunda", "sexta eu não consigo": that day refused
            when = _read(kind, match, today)
            if when is not None:
                found.append((kind, when))
    precise = any(kind in ("next_month_day", "month_name", "numeric") for kind, _ in found)
    return [when for kind, when in found if not (precise and kind in VAGUE)]


def _read(kind: str, match: re.Match, today: date) -> date | None:
    if kind == "after":
        day = _on_or_after(today, int(match.group(1)))
        return day + timedelta(days=1) if day else None
    if kind == "numeric":
        return _on_or_after(today, int(match.group(1)), int(match.group(2))) if 1 <= int(match.group(2)) <= 12 else None
    if kind == "month_name":
        return _on_or_after(today, int(match.group(1)), MONTHS[match.group(2)])
    if kind == "next_month_day":
        day = int(match.group(1))
        return _next_month(today, day) if 1 <= day <= 31 else None
    if kind == "day":
        return _on_or_after(today, int(match.group(1))) if 1 <= int(match.group(1)) <= 31 else None
    if kind == "in_days":
        n = _COUNTS.get(match.group(1)) or int(match.group(1))
        return today + timedelta(days=n * (7 if match.group(2).startswith("semana") else 1))
    if kind in ("day_after_tomorrow", "tomorrow", "today"):
        return today + timedelta(days={"day_after_tomorrow": 2, "tomorrow": 1, "today": 0}[kind])
    if kind == "next_week":
        return today + timedelta(days=7 - today.weekday() + 4)
    if kind == "month_end":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "next_month":
        return _next_month(today, NEXT_MONTH_DAY)
    if kind == "month_named":
        month = MONTHS[match.group(1)]
        if month == today.month:
            return date(today.year, month, calendar.monthrange(today.year, month)[1])
        return _on_or_after(today, NEXT_MONTH_DAY, month)
    if kind == "week_end":
        return today + timedelta(days=max(0, 4 - today.weekday()))
    if kind == "weekend":
        return today + timedelta(days=max(0, 5 - today.weekday()))
    ahead = (WEEKDAYS[match.group(1)] - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _plain(text: str) -> str:
    said = _SPOKEN.sub(lambda m: SPOKEN[m.group(1)], in_portuguese(strip_accents(text.lower())[:2000]))
    return _DAY_IN_WORDS.sub(lambda m: f"dia {_day_in_words(m.group(1))}", said)


def _day_in_words(words: str) -> int:
    parts = words.split(" e ")
    return sum(DAY_WORDS.get(p, 0) for p in parts)


def _promising(said: str) -> str | None:
    """The words that promise: the message, less a clause that refuses (None: nothing promised)."""
    if NOT_A_PROMISE.search(said) and not STILL_TO_PAY.search(said):
        return None  # "fiz o pix agora pouco", "o pagamento foi efetuado dia 05": told, not promised
    if not REFUSED.search(said):
        return said if TO_PAY.search(said) else None
    clauses = re.split(r"[,.;!?]", said)
    kept = [c for c in clauses if not REFUSED.search(c) and INSTEAD.search(c)]
    return " , ".join(kept) if kept and any(REFUSED.search(c) for c in clauses) else None


def promised_date(text: str, today: date) -> date | None:
    """The day the customer says they will pay, read against ``today`` (their local date); None: no day promised.
    Read as written, then, if no day was read, with its typos repaired ("vou pagar setxa")."""
    plain = _plain(text)
    found = _promised(plain, today)
    if found is not None:
        return found
    again = repaired(plain)
    return None if again == plain else _promised(again, today)


def _promised(plain: str, today: date) -> date | None:
    said = _promising(plain)
    if said is None:
        return None
    if _DAY_OF_MONTH.search(said) and _NEXT_MONTH.search(said) and not _NEXT_MONTHS_DAY.search(said):
        said = _DAY_OF_MONTH.sub(r"dia \1 do mes que vem", said)  # "mês que vem, dia 15"
    found = _dates(said, today)
    return min(found) if found else None
