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

from online_models.text import strip_accents

WEEKDAYS = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "sabado": 5, "domingo": 6}
MONTHS = {"janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
          "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12}  # fmt: skip
NEXT_MONTH_DAY = 10  # "mês que vem eu pago": by its 10th (salaries are paid by the 5th working day)
# a payment to come, in the customer's words
TO_PAY = re.compile(r"\b(pago|pagar|pagarei|pagaria|pagamos|pagamento|quito|quitar|quitarei|acerto|acertar|"
                    r"acertarei|deposito|depositar|depositarei|transfiro|transferir|pix|agend\w+|"
                    r"prometo)\b")  # fmt: skip
# a payment made, a salary's day: no promise (read before the words of paying to come)
NOT_A_PROMISE = re.compile(r"\b(paguei|pagou|pagaram|ja pag\w*|quitei|depositei|transferi|acertei|"
                           r"(meu|o) pagamento (cai|sai)|vai cair|caiu)\b")  # fmt: skip
REFUSED = re.compile(r"\b(nao|nunca|nem)\b( \w+){0,4} (pago|pagar|pagarei|quito|quitar|acerto|acertar|deposito)\b|"
                     r"\bnao pago\b")  # fmt: skip
_DAY = r"(\d{1,2})"
DATES = (
    ("after", re.compile(rf"\bdepois do dia {_DAY}\b")),
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")),
    ("month_name", re.compile(rf"\b(?:dia )?{_DAY} de ({'|'.join(MONTHS)})\b")),
    ("next_month_day", re.compile(rf"\bdia {_DAY} do (?:mes que vem|proximo mes)\b")),
    ("day", re.compile(rf"\bdia {_DAY}\b")),
    ("in_days", re.compile(r"\b(?:daqui|em)(?: a)? (\d{1,2}|uma|duas|tres|quinze) (dias?|semanas?)\b")),
    ("day_after_tomorrow", re.compile(r"\bdepois de amanha\b")),
    ("tomorrow", re.compile(r"\bamanha\b")),
    ("today", re.compile(r"\bhoje\b")),
    ("next_week", re.compile(r"\b(semana que vem|proxima semana)\b")),
    ("month_end", re.compile(r"\b(fim|final) do mes\b")),
    ("next_month", re.compile(r"\b(mes que vem|proximo mes|(inicio|comeco) do (mes|ano))\b")),
    ("weekday", re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:-feira| feira)?\b")),
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


def _dates(said: str, today: date) -> list[date]:
    found: list[date] = []
    taken: list[tuple[int, int]] = []  # spans read already: "dia 15 de abril" is not "dia 15" again
    for kind, pattern in DATES:
        for match in pattern.finditer(said):
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            when = _read(kind, match, today)
            if when is not None:
                found.append(when)
    return found


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
    ahead = (WEEKDAYS[match.group(1)] - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def promised_date(text: str, today: date) -> date | None:
    """The day the customer says they will pay, read against ``today`` (their local date); None: no day promised."""
    said = strip_accents(text.lower())[:2000]
    if not TO_PAY.search(said) or REFUSED.search(said):
        return None
    if NOT_A_PROMISE.search(said) and not TO_PAY.search(NOT_A_PROMISE.sub(" ", said)):
        return None
    found = _dates(said, today)
    return min(found) if found else None
