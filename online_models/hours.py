"""The hours a customer asks to be contacted in: "me liga depois das 18h", "só consigo atender de manhã".

A customer who works all day and says so is not helped by a call at 10:00, and one who said when to call
and is called at another time has been ignored. What they ask narrows the legal window of their state
(``ContactRules.next_window``), never widens it: a request for 21:00 in São Paulo, where contact ends at
20:00, is met at the nearest legal hour. A moment refused ("não me liga de manhã") or asked once ("me liga
amanhã", without a time) says no hours. Read from :func:`online_models.text.normalise`'s text.

>>> asked_hours("preciso que alguém me ligue depois das 18h, trabalho o dia todo")
(18, 24)
>>> asked_hours("só consigo atender de manhã"), asked_hours("pode me ligar entre 14 e 16h")
((6, 12), (14, 16))
>>> asked_hours("não me liga de manhã"), asked_hours("me ligaram às 7 da manhã"), asked_hours("pago depois do dia 18")
(None, None, None)
>>> asked_hours("me liga, consigo pagar as 10 parcelas"), asked_hours("me liga, pago de 2 a 3 vezes")
(None, None)
"""

from __future__ import annotations

import re

from online_models.text import normalise

_CONTACT = re.compile(r"\b(liga|ligue|liguem|ligar|ligacao|ligacoes|telefon\w*|atend\w*|contat\w*|retorn\w*|chama"
                      r"|chame|chamem|mensage\w*|falar|fala|conversar|whatsapp|zap|procur\w*|disponivel|livre"
                      r"|responder|respondo)\b")
# a number that counts something else ("as 10 parcelas", "de 2 a 3 vezes") is no hour
_NOT_A_COUNT = r"(?! (?:parcelas?|prestac\w*|vezes|reais|real|dias|meses|anos|mil|boletos?|faturas?|x)\b)"
_HOUR = rf"(\d{{1,2}})(?!\d)(?: ?h\b| horas\b| 00\b|h00\b| hrs\b)?{_NOT_A_COUNT}"
_AFTER = re.compile(rf"\b(?:depois|apos|a partir)(?: das| de| da| do| as)? {_HOUR}")
_BEFORE = re.compile(rf"\bantes(?: das| de| da| as)? {_HOUR}")
_BETWEEN = re.compile(rf"\b(?:entre|das|de)(?: as)? {_HOUR} (?:e|as|ate|a)(?: as)? {_HOUR}")
_AT = re.compile(rf"\b(?:as|pelas|la pelas|por volta das) {_HOUR}|\b(\d{{1,2}})(?:h\b|h00\b| horas\b| hrs\b)")
_A_DATE = re.compile(r"\bdia \d")  # "depois do dia 18": a date, not an hour
AT_HOURS = 2  # a time named ("me liga as 18h"): the two hours from it
WAKING = (6, 22)  # hours asked for must reach into these: "de 2 a 3" counts something, not the small hours
_BUSY = re.compile(r"\b(trabalh\w*|servico|expediente|aula|estud\w*|plantao|turno)\b")
_PERIODS = (
    (re.compile(r"\b(horario|hora) (de|do) almoco\b|\bno almoco\b"), (12, 14)),
    (re.compile(r"\b(de|pela|na parte da|so de|so pela) manha\b|\bantes do meio dia\b"), (6, 12)),
    (re.compile(r"\b(a|de|pela|na parte da|so a|so de) tarde\b|\bdepois do almoco\b"), (12, 18)),
    (re.compile(r"\b(a|de|pela|so a|so de) noite\b|\b(a|de) noitinha\b|\b(fim|final) do dia\b"
                r"|\bdepois do (trabalho|servico|expediente)\b"), (18, 24)),
)
_NEGATED = re.compile(r"\b(nao|nunca|jamais|nem)\b")
# a call that was made ("me ligaram as 7 da manha"): a complaint about the past, not a time asked for
_PAST = re.compile(r"\b(ligaram|ligou|liguei|recebi|mandaram|mandou|chamaram|chamou|telefonaram|telefonou|atendi"
                   r"|ligavam|ligando)\b")
_CLAUSES = re.compile(r"[,.;!?\n]+| mas | porque | pois ")


def _hours(clause: str) -> tuple[int, int] | None:
    """The hours one clause asks for, if it names them."""
    if between := _BETWEEN.search(clause):
        return int(between.group(1)), int(between.group(2))
    if after := _AFTER.search(clause):
        return int(after.group(1)), 24
    if before := _BEFORE.search(clause):
        return 0, int(before.group(1))
    for pattern, hours in _PERIODS:
        if pattern.search(clause):
            return hours
    if at := _AT.search(clause):
        hour = int(at.group(1) or at.group(2))
        return hour, min(hour + AT_HOURS, 24)
    return None


def asked_hours(text: str) -> tuple[int, int] | None:
    """(first hour, hour after the last) of the local day the customer asks to be contacted in, or None.

    Only in a clause about contact that refuses nothing; a clause of its own beside one about contact counts too
    ("me liga, mas só depois das 18h"), unless it says when the customer is busy ("trabalho de manhã, ligue à
    tarde"). Hours that make no day (25h, 18 to 9, 2 to 3) are no request.
    """
    clauses = [normalise(c) for c in _CLAUSES.split(text)]
    contact = [c for c in clauses if _CONTACT.search(c)]
    if not contact:
        return None
    for clause in contact + [c for c in clauses if c not in contact and not _BUSY.search(c)]:
        hours = _hours(clause)
        if hours is None or _NEGATED.search(clause) or _PAST.search(clause):
            continue
        if _A_DATE.search(clause):
            continue
        start, end = hours
        if 0 <= start < end <= 24 and end > WAKING[0] and start < WAKING[1]:
            return start, end
    return None
