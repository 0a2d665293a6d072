"""The hours a customer asks to be contacted in: "me liga depois das 18h", "só consigo atender de manhã".

A customer who works all day and says so is not helped by a call at 10:00, and one who said when to call
and is called at another time has been ignored. What they ask narrows the legal window of their state
(``ContactRules.next_window``), never widens it: a request for 21:00 in São Paulo, where contact ends at
20:00, is met at the nearest legal hour. A moment refused ("não me liga de manhã", "trabalho das 8 às 18h, me liga")
asks for the rest of the day; a day asked once ("me liga amanhã", without a time) says no hours; an hour before
the legal day's start is the afternoon's unless the morning is said ("depois das 5": 17h). Read from
:func:`online_models.text.normalise`'s text.

>>> asked_hours("preciso que alguém me ligue depois das 18h, trabalho o dia todo")
(18, 24)
>>> asked_hours("só consigo atender de manhã"), asked_hours("pode me ligar entre 14 e 16h")
((6, 12), (14, 16))
>>> asked_hours("me ligaram às 7 da manhã"), asked_hours("pago depois do dia 18")
(None, None)
>>> asked_hours("não me liga de manhã"), asked_hours("trabalho das 8 às 18h, pode ligar")
((12, 24), (18, 24))
>>> asked_hours("à tarde não consigo atender")  # the larger part of the legal day left: 08:00-12:00
(0, 12)
>>> asked_hours("parem de me ligar no horário de trabalho"), asked_hours("agora não posso atender, tô no trabalho")
((18, 24), None)
>>> asked_hours("me liga, consigo pagar as 10 parcelas"), asked_hours("me liga, pago de 2 a 3 vezes")
(None, None)
>>> asked_hours("só atendo depois das 5"), asked_hours("me liga depois das 7 da manhã")  # no legal call at 05:00
((17, 24), (7, 24))
"""

from __future__ import annotations

import re

from online_models.text import normalise, plain_words

_CONTACT = re.compile(r"\b(liga|ligue|liguem|ligar|ligacao|ligacoes|telefon\w*|atend\w*|contat\w*|retorn\w*|chama"
                      r"|chame|chamem|chamar|mensage\w*|falar|fala|conversar|whatsapp|zap|procur\w*|disponivel|disponibilidade|livre"
                      r"|(?:estou|fico|ficarei|ja estou) liberad[oa]"
                      # where one can be found: "so to em casa a tarde", "minha interprete so esta comigo a tarde"
                      r"|(?:so|somente|apenas) (?:estou|to|tou|fico|esta|ta|fica) (?:em casa|comigo|por aqui|aqui)"
                      # "antes das 8 da manha eu to em casa"
                      r"|eu (?:estou|to|tou|fico) em casa"
                      r"|responder|respondo|prefir\w*|prefer\w*|melhor (?:pra|para) mim"
                      # free time told: "entre uma e duas da tarde e o meu intervalo"
                      r"|(?:meu|minha) (?:intervalo|folga|horario de almoco|hora de almoco)"
                      # an answer about when: "no almoco eu consigo", "depois das 18 e melhor", "o melhor horario"
                      r"|consigo(?! \w+r\b)|posso(?! \w+r\b)|(?:e|eh|fica|seria) melhor|melhor horario"
                      r"|horario (?:bom|melhor)|horario (?:que )?(?:combinei|combinamos|combinado|marquei|marcamos)"
                      # time the customer has: "so tenho tempo no horario do almoco"
                      r"|tenho tempo"
                      # any time but one: "qualquer horario menos de manha"; the one time: "e o unico horario que tenho"
                      r"|qualquer (?:horario|hora)|unico (?:horario|momento|periodo))\b")
# a number that counts something else ("as 10 parcelas", "de 2 a 3 vezes") is no hour
_NOT_A_COUNT = (r"(?! (?:parcelas?|prestac\w*|vezes|reais|real|dias|meses|anos|mil|boletos?|faturas?|x|mensage\w*"
                r"|ligacao|ligacoes|chamadas?|sms|e ?mails?)\b)")
_HOUR = rf"(\d{{1,2}})(?!\d)(?: ?h\b| horas\b| 00\b|h00\b| ?hrs?\b)?{_NOT_A_COUNT}"
_AFTER = re.compile(rf"\b(?:depois|apos|a partir)(?: das| de| da| do| as)? {_HOUR}")
_BEFORE = re.compile(rf"\bantes(?: das| de| da| do| as)? {_HOUR}")
_UNTIL = re.compile(rf"\bate(?: as| a| o| umas)? {_HOUR}")  # busy "até as 17h": refuses the hours before
_BETWEEN = re.compile(rf"\b(?:entre|das|de|do)(?: as)? {_HOUR}(?: da manha| de manha)? (?:e|as|ate|a|ao)(?: as)?"
                      rf" {_HOUR}")
_AT = re.compile(rf"\b(?:as|pelas|la pelas|la pras|por volta das|umas|tipo|tipo umas|tipo as) {_HOUR}"
                 rf"|\b(\d{{1,2}})(?:h\b|h00\b|h(?=[0-5]\d\b)| horas\b| ?hrs?\b)")
_MINUTES = re.compile(r"(?:h|:)(?:[0-5][1-9]|[1-5]0)\b")  # past the hour: "15h30", "13:45" (not "15h00")
_A_DATE = re.compile(r"\bdia \d")  # "depois do dia 18": a date, not an hour
AT_HOURS = 2  # a time named ("me liga as 18h"): the two hours from it
WAKING = (6, 22)  # hours asked for must reach into these: "de 2 a 3" counts something, not the small hours
_BUSY = re.compile(r"\b(trabalh\w*|servico|expediente|aula|estud\w*|plantao|turno|escritorio|obra|fabrica|faculdade"
                   r"|escola|colegio|consultorio|reuniao)\b")
# "das 7 às 17h no serviço, depois disso tô livre": the hours after those the clause before names
_AFTER_THOSE = re.compile(r"\b(depois|apos|passando|fora) (disso|desse horario|dessa hora|desse periodo|isso)\b"
                          # "fico na feira ate meio-dia, depois podem ligar"
                          r"|^(?:e |ai |so )?depois\b(?! (?:das?|dos?|de|que|as|o|a)\b)")
# "abro a loja as 8, me liga antes disso": the hours before the time the clause before names
_BEFORE_THAT = re.compile(r"\bantes (disso|desse horario|dessa hora)\b"
                          # "a loja abre as 8, me liga antes"
                          r"|\b(liga|ligue|liguem|ligar|chama|chamem|me procura|me procurem) antes$")
# busy today or now ("tô no plantão até as 19h hoje", "agora tô no trabalho"): no habit said
# (said with its hours, "to no onibus" is a habit: "antes das 9 eu to no onibus, depois pode ligar": _TODAY alone)
_TODAY = re.compile(r"\b(hoje|agora|amanha)\b")
_ONE_DAY = re.compile(rf"{_TODAY.pattern}|\b(to|estou) (no|na|em)\b")
_SPAN = re.compile(r"\b(?:de|das|entre) \d{1,2}h? (?:as|a|ate|e) \d{1,2}\b")  # hours from and to: a habit told
_WORDS = ("uma", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze")
_SPELLED = re.compile(rf"\b(?:(?<=as )|(?<=das )|(?<=pelas )|(?<=pras )|(?<=umas )|(?<=entre ))({'|'.join(_WORDS)})\b"
                      rf"|\b({'|'.join(_WORDS)})(?= (?:da manha|da tarde|da noite|horas)\b)")
# the second hour of a pair, spelled after one in digits: "entre 9 e onze", "das 2 as quatro"
_SPELLED_SECOND = re.compile(rf"(\b(?:entre|das|de) \d{{1,2}}h? (?:e|as|a|ate) )({'|'.join(_WORDS)})\b")
_HALF_PAST = re.compile(r"\b(\d{1,2})h? e meia\b")  # "3 e meia" (after the words above: "tres e meia")
_AFTERNOON = re.compile(r"\b(\d{1,2})h? (da tarde|da noite)\b")
_LATE_AFTERNOON = (16, 18)
_PERIODS = (
    (re.compile(r"\b(fim|final|finalzinho) da tarde\b"), _LATE_AFTERNOON),  # before the afternoon's pattern
    (re.compile(r"\b(horario|hora) (de|do) almoco\b|\bno almoco\b"), (12, 14)),
    # (not one's bedtime: "eu durmo cedo")
    (re.compile(r"\b(de|pela|na parte da|so de|so pela|periodo da|turno da|no comeco da|no inicio da) (manha"
                r"|manhazinha)\b|(?<!durmo )(?<!deito )\bcedo\b|\bcedinho\b|\bantes do almoco\b"
                r"|\bqualquer (hora|horario) da manha\b|\b(nas|pelas|durante as) manhas\b|\bmatutino\b"),
     (6, 12)),
    (re.compile(r"\b(a|de|pela|na parte da|so a|so de|periodo da|turno da) (tarde|tardinha)\b"
                r"|\bdepois do almoco\b|\bqualquer (hora|horario) da tarde\b|\b(nas|pelas|durante as) tardes\b"
                r"|\bvespertino\b"),
     (12, 18)),
    (re.compile(r"\bhorario comercial\b|\b(no|durante o|em) (horario de )?(trabalho|servico|expediente)\b"
                r"|\bhorario de (trabalho|servico|expediente)\b"), (8, 18)),
    # the daylight hours: "so de dia", "durante o dia pode ligar" (not "de dia 10", "de dia em dia")
    (re.compile(r"\b(de|durante o|so de|so durante o|ao longo do) dia\b(?! (\d|em dia|a dia))"), (6, 18)),
    (re.compile(r"\b(a|de|pela|so a|so de|periodo da) noite\b|\b(a|de) noitinha\b|\b(fim|final) do dia\b"
                r"|\bdepois do (trabalho|servico|expediente)\b"), (18, 24)),
)
_NEGATED = re.compile(r"\b(nao|nunca|jamais|nem|evit\w*|exceto|salvo|ninguem)\b|\bfora d[oe]\b"
                      r"|(?<!pelo )(?<!ao )(?<!ou )\bmenos\b"
                      r"|\b(parem|pare|para|chega|deixem|deixa) de (me )?(ligar|ligarem|ligando|telefonar|mandar)\b")
# a negation that allows ("não tem problema ligar de manhã"), and one that sets a condition
_ALLOWING = re.compile(r"\bnao (tem|ha|vejo|teria) problema\b|\bnao me importo\b|\bnao precisa (ser|esperar)\b")
# a refusal of the present moment ("agora não posso"), not of the hours the clause names
_NOW_REFUSED = re.compile(r"\b(agora|hoje|no momento|neste momento|nesse momento)( eu)? (nao|nem) \w+"
                          r"|\b(nao|nem) (\w+ )?(agora|hoje|no momento)\b")
_CONDITION = re.compile(r"\bse (eu )?(nao|ninguem)\b|\bcaso (eu )?nao\b")
LEGAL_DAY = (8, 20)  # the common legal window: a refused moment leaves the larger part of it
# another's hours, not the customer's: a business's auto-reply ("nosso horario de atendimento e das 7h as 19h"), a
# lawyer's office
_THEIR_HOURS = re.compile(r"\b(nosso|nossa) (horario|atendimento|expediente)\b|\bhorario de funcionamento\b"
                          # another's hours: "meu advogado atende das 14 as 18"
                          r"|\b(meu|minha) (advogad[oa]|contador|contadora) (atende|trabalha)\b")
# a call that was made ("me ligaram as 7 da manha"): a complaint about the past, not a time asked for
_PAST = re.compile(r"\b(ligaram|ligou|liguei|recebi|mandaram|mandou|mandei|enviei|paguei|chamaram|chamou|telefonaram"
                   r"|telefonou|atendi"
                   # a payment's moment: "o pix foi feito as oito"
                   r"|(foi|foram) (feito|feita|feitos|feitas|pago|paga|enviado|enviada)"
                   r"|ligavam|ligando|retornou|retornaram"
                   # a call made that no one took: "liguei as 9h, 11h e 15h e ninguem atendeu"
                   r"|ninguem (me )?atendeu|nao atenderam)\b"
                   # a call promised by the company ("o atendente disse que ia me retornar as 15h"): not asked for
                   r"|\b(disse|disseram|falou|falaram|ficou|ficaram|prometeu|prometeram) (que ia|que iam|de)\b")
# a delay from now, not an hour of the day: "me liga daqui a duas horas", "em 2 horas eu to livre"
_FROM_NOW = re.compile(r"\b(daqui a|daqui|dentro de|em|depois de) (uma|duas|tres|quatro|meia|\d{1,2})"
                       r" (hora|horas|horinha|horinhas)\b(?! (da|de|pela) (manha|tarde|noite|madrugada))")
_CLAUSES = re.compile(r"[,.;!?\n]+| mas | porque | pois ")
# a period, then the hour that bounds it: "de manha ate umas 11", "de tarde depois das 4" (read as if a comma stood
# between them: the period is narrowed by the hour; not when the clause refuses it: "de manha antes das 9 nao")
_PERIOD_THEN_BOUND = re.compile(r"\b((?:de|a|à|pela) (?:manhã|manha|tarde|noite)) (?=(?:até|ate|antes|depois)"
                                r" (?:as|às|das|da|umas|o|a)\b)(?![^,.;!?\n]*\bn[ãa]o\b)", re.IGNORECASE)
# "depois das 18h, antes disso não adianta": the negation is of the hours left out, not of those asked for
_BEFORE_THOSE = re.compile(r"\b(antes|fora) (disso|desse horario|dessa hora|desse periodo|daquilo)\b.*")
# a bare refusal beside a moment named: "nao liga", "nao me liguem"
_BARE_REFUSAL = re.compile(r"(?:entao |ai |por isso |e )?(?:nao|nem) (?:me )?(?:liga|ligue|liguem|ligar|chama|chamem"
                           r"|telefona|telefone)(?: nao| por favor)?")
_WEEKDAY = re.compile(r"\b(segunda|terca|quarta|quinta|sexta|sabado|domingo)s?\b")
# the moment preferred, read before others allowed: "de manha ate posso, mas prefiro a tarde"
_PREFERRED = re.compile(r"\b(prefiro|preferia|preferencia|melhor mesmo)\b")
# a period alone, as an answer to when: "so a tarde, por favor", "somente de noite"
_BARE_PERIOD = re.compile(r"(?:(?:entao|ai|mas|e) )?(?:(?:so|somente|apenas) )?(?:(?:no|na|nos|nas|aos|de) (?:segunda"
                          r"|terca|quarta|quinta|sexta"
                          r"|sabado|domingo|fim de semana)s?(?: feira)? )?"
                          r"(?:(?:so |somente )?(?:em )?(?:dia|dias) de semana |durante a semana )?"
                          r"(?:(?:so|somente|apenas|pode ser|melhor|qualquer dia) )?((?:a|de"
                          r"|pela|na parte da|no periodo da)"
                          r" (?:manha|manhazinha|tarde|tardinha|noite|noitinha)|depois do almoco|de dia|durante o dia"
                          r"|(?:em |no )?horario comercial|(?:no|ao) (?:fim|final|finalzinho) da tarde"
                          r"|(?:na|no) (?:hora|horario) do almoco)"
                          r"(?: (?:por favor|pfv|obrigad[oa]|pode ser|pode|serve|e melhor|ta bom))?"
                          # "qualquer hora da manha serve"
                          r"|(?:a )?qualquer (?:hora|horario) (?:da|de|pela|na parte da) (?:manha|tarde|noite)"
                          r"(?: (?:serve|ta bom|esta bom|ta otimo|pode ser|fica bom|pra mim))?")
# a bound alone, as an answer to when: "so depois do meio-dia", "a partir das 10, por favor", "so depois das 18h30
# que eu saio do plantao" (not "depois das 18h eu pago")
_BARE_BOUND = re.compile(r"(?:(?:entao|ai|mas|e|amanha|a noite|de noite|a tarde|de tarde|de manha|pela manha) )?"
                         r"(?:(?:de segunda a sexta|durante a semana|nos dias de semana"
                         r"|em dia de semana) )?"
                         r"(?:(?:so|somente|apenas|pode ser|melhor|so da) )?(?:depois|apos|a partir) (?:do|das|da|as|o)"
                         r" \d{1,2}(?:h|h\d{2}|:\d{2})?(?: (?:por favor|pfv|obrigad[oa]|pode ser|ta bom|serve|pode))?"
                         r"(?: (?:que|quando|porque|pq) (?:eu )?(?:saio|chego|largo|termino|volto|acabo|fico livre"
                         r"|to livre|estou livre)\b(?: \w+){0,4})?")
_ONLY_AFTER = re.compile(r"(?:so|somente|apenas) (?:depois|apos)(?: disso| desse horario| dessa hora)?")
# only after something the customer does, the hour in a clause of its own: "so depois que eu buscar as criancas na
# escola, la pelas 18h" (not a payment's moment: "so depois que eu receber o salario")
_ONLY_AFTER_DOING = re.compile(r"(?:so|somente|apenas) (?:depois|apos) (?:que|de) (?!.*\b(?:pag\w*|receb\w*|salario"
                               r"|pix|boleto|deposit\w*|quitar)\b)")
# a time alone, as an answer to when: "de noite depois do culto, umas 21h", "no fim da tarde, umas 18h" (not in a
# message about a payment or the past: "o pix cai de manha, tipo 9 horas", "ontem de noite, umas 21h, eu paguei")
_BARE_TIME = re.compile(r"(?:(?:so|somente|apenas|pode ser|seria|melhor) )?(?:tipo|tipo umas|tipo as|la pelas|pelas"
                        r"|por volta das|umas|as)"
                        r" \d{1,2}(?:h|h\d{2}|:\d{2}"
                        r"| horas)?(?: (?:da manha|de manha|da noite))?")
_NOT_A_CALL = re.compile(r"\b(pag\w*|pix|boleto|deposit\w*|transfer\w*|cai|caiu|cair|loterica|banco|ontem|anteontem"
                         r"|vou|vai|salario|receb\w*|compr\w*)\b")
_MORNING_NAMED = re.compile(r"\b(manha|madrugada)\b")
_MORNING_SAID = re.compile(r"(?:h|h00| horas| hrs)? (?:da|de|pela) (?:manha|madrugada)\b")
# a span alone, as an answer to when: "entre 8h e 9h da manha", "das 14 as 16"
_BARE_SPAN = re.compile(r"(?:(?:so|somente|apenas|pode ser|melhor) )?(?:entre|das|de) (?:as )?\d{1,2}(?:h|h\d{2})?"
                        r" (?:e|as|a|ate) (?:as )?\d{1,2}(?:h|h\d{2}| horas| hrs)?(?: (?:da manha|de manha|da tarde"
                        r"|da noite))?")
# an end alone, as an answer to when: "ate as 17h" (0-17, as "ate as 11 da manha eu posso atender")
_BARE_UNTIL = re.compile(r"(?:(?:so|somente|apenas) )?ate (?:as |a |o )?\d{1,2}(?:h|h\d{2})?"
                         r"(?: (?:da manha|da tarde))?")
# a start refused, alone as an answer: "nao antes das 11, por favor"
_BARE_NOT_BEFORE = re.compile(r"(?:(?:mas|e|so) )?(?:nao|nunca) antes (?:das|do|de|da|as) \d{1,2}(?:h|h\d{2})?"
                              r"(?: da manha| de manha)?"
                              r"(?: (?:por favor|pfv|obrigad[oa]))?")
# a clause alone answering when
_ANSWERS_WHEN = (_BARE_PERIOD, _BARE_BOUND, _ONLY_AFTER, _BARE_SPAN, _BARE_UNTIL, _BARE_NOT_BEFORE)


def _digits(clause: str) -> str:
    """Hours spelled or of the afternoon as the day's hours: "seis da tarde" and "6 da tarde" as "18h"; half past
    as minutes ("tres e meia": "3h30")."""
    clause = re.sub(r"\bmeio dia\b", "12h", clause)
    clause = re.sub(r"\b12h (e|ate|as|a|ao)(?: a| as)? uma\b", r"12h \1 13h", clause)  # "do meio-dia ate a uma"
    clause = _SPELLED.sub(lambda m: str(_WORDS.index(m.group(1) or m.group(2)) + 1), clause)
    clause = _SPELLED_SECOND.sub(lambda m: f"{m.group(1)}{_WORDS.index(m.group(2)) + 1}", clause)
    clause = _HALF_PAST.sub(r"\1h30", clause)
    return _AFTERNOON.sub(lambda m: f"{int(m.group(1)) + 12 if int(m.group(1)) < 12 else m.group(1)}h", clause)


def _afternoon(match: re.Match[str], group: int = 1) -> int:
    """The hour a match names, an hour before the legal day's start read as the afternoon's: no contact is legal
    at 5 in the morning, so "só atendo depois das 5" (or "das seis") means 17h (18h), unless the morning is said."""
    hour = int(match.group(group))
    morning = _MORNING_SAID.match(match.string, match.end(group))
    return hour + 12 if 1 <= hour < LEGAL_DAY[0] and not morning else hour


def _hours(clause: str) -> tuple[int, int] | None:
    """The hours one clause names, if it names them."""
    if (named := _named_hours(clause)) is not None:
        return named
    for pattern, hours in _PERIODS:
        if pattern.search(clause):
            return _time_within(hours, _at_hours(clause))
    return _at_hours(clause)


def _time_within(period: tuple[int, int], at: tuple[int, int] | None) -> tuple[int, int]:
    """A period narrowed by a time the same clause names in it: "a noite, tipo umas nove" is 21-23 (the night's
    nine), "de manha umas dez" 10-12, "amanha cedo, as 7" 07-09 (an hour before the legal day, read as the
    afternoon's, is the morning's when the morning is asked for); a time outside the period leaves it whole."""
    if at is None:
        return period
    for start in (at[0], at[0] + 12, at[0] - 12):  # the two hours from it, past the period's end too, and 18h is
        # the afternoon's end: "no fim da tarde, umas 18h" is 18-20, as "no fim da manha, la pelas 11" is 11-13
        if period[0] <= start < period[1] or (period == _LATE_AFTERNOON and start == period[1]):
            return start, min(start + AT_HOURS, 24)
    return period


def _at_hours(clause: str) -> tuple[int, int] | None:
    """The hours from a time a clause names ("as 18h", "umas 3 horas"): the two hours from it."""
    if at := _AT.search(clause):
        hour = _afternoon(at, 1 if at.group(1) else 2)
        return hour, min(hour + AT_HOURS, 24)
    return None


def _named_hours(clause: str) -> tuple[int, int] | None:
    """The hours a clause bounds by the clock ("entre 2 e 4", "depois das 18h", "antes das 9"), if it does."""
    if between := _BETWEEN.search(clause):
        first, last = _afternoon(between, 1), _afternoon(between, 2)  # "entre 2 e 4": 14-16
        if _MINUTES.match(clause, between.end(2)):  # "das 15h as 15h30": until 16
            last += 1
        return (first if first < last else int(between.group(1))), last  # "das 7 às 5": 07-17
    if after := _AFTER.search(clause):
        return _afternoon(after), 24
    if before := _BEFORE.search(clause) or _UNTIL.search(clause):
        return 0, _afternoon(before)
    return None


def _narrowed(clauses: list[str], at: int, period: tuple[int, int]) -> tuple[int, int]:
    """A period asked for, bounded by the clock in a clause of its own: "de manha, depois das 9" is 09-12, "a noite,
    depois das 20h" 20-24."""
    if _named_hours(clauses[at]) is not None:
        return period
    for clause in clauses[at + 1 :]:
        named, timed = _named_hours(clause), False
        if named is not None and named[1] == 24 and named[0] < period[0] <= named[0] + 12 < period[1] \
                and not _MORNING_NAMED.search(clause):  # fmt: skip
            named = named[0] + 12, 24  # the period's hour: "a noite, depois das 8" is 20-24 (not "das 9 da manha")
        if named is None and (time := _at_hours(clause)) is not None:  # "a noite, tipo umas nove": 21-23
            within = _time_within(period, time)
            named, timed = (within, True) if within != period else (time, False)
        negated, busy = _NEGATED.search(clause), _BUSY.search(clause)
        if named is not None and negated and _makes_a_day(named) and not busy:
            # a bound refused in a clause of its own: "a tarde, mas nao antes das 15" is 15-18
            if named[0] <= period[0] < named[1] < period[1]:
                return named[1], period[1]
            if period[0] < named[0] < period[1] <= named[1]:
                return period[0], named[0]
        if named is None or not _makes_a_day(named) or _PAST.search(clause) or _A_DATE.search(clause) \
                or negated or busy:  # fmt: skip
            continue
        if timed:  # a time named in the period: its two hours ("de tardinha, la pelas 5": 17-19)
            return named
        if named[0] < period[1] and named[1] > period[0]:
            return max(named[0], period[0]), min(named[1], period[1])
    return period


# when the customer is busy, said as why ("trabalho de noite"): no moment refused
_BUSY_THEN = re.compile(rf"{_BUSY.pattern}(?: \w+)? (?:de|a|pela|na parte da|no periodo da|no turno da) (?:manha|tarde"
                        r"|noite|madrugada)\b")


def _refused(clause: str, hours: tuple[int, int]) -> tuple[int, int]:
    """The span of every moment a refusing clause names, ``hours`` (its first) among them ("nem de manhã nem à
    tarde": 06-18)."""
    clause = _BUSY_THEN.sub(" ", clause)  # "nao liguem antes das 10 que eu trabalho de noite": 10-24
    named = [hours, *(period for pattern, period in _PERIODS if pattern.search(clause))]
    return min(h[0] for h in named), max(h[1] for h in named)


def _named_before(clauses: list[str], at: int) -> tuple[int, int] | None:
    """The hours the clause before ``clauses[at]`` names, which "depois disso" points back to."""
    named = _hours(clauses[at - 1]) if at else None
    return named if named is not None and _makes_a_day(named) else None


def _makes_a_day(hours: tuple[int, int]) -> bool:
    start, end = hours
    return 0 <= start < end <= 24 and end > WAKING[0] and start <= WAKING[1]  # ("depois das 22": the nearest legal
    # hour, as "trabalho ate as 22, depois disso pode ligar")


def _rest_of_day(refused: tuple[int, int]) -> tuple[int, int] | None:
    """The hours left when ``refused`` are not to be used: the larger part of the legal day around them."""
    before, after = refused[0] - LEGAL_DAY[0], LEGAL_DAY[1] - refused[1]
    if max(before, after) <= 0:  # the whole legal day refused: a refusal of contact, read elsewhere, unless the
        # customer is free later that evening ("trabalho ate as 21, depois disso podem ligar": the nearest legal time)
        return (refused[1], 24) if LEGAL_DAY[1] < refused[1] < 24 else None
    return (0, refused[0]) if before > after else (refused[1], 24)


def _between_refused(clause: str) -> tuple[int, int] | None:
    """The hours between both ends refused: "nao liguem antes das 9 nem depois das 18" (09-18)."""
    before, after = _BEFORE.search(clause), _AFTER.search(clause)
    if before is None or after is None:
        return None
    start, end = int(before.group(1)), int(after.group(1))
    return (start, end) if _makes_a_day((start, end)) else None


# hours asked for in Spanish or English, said in Portuguese before they are read: "pueden llamarme despues de las 6",
# "please call me in the afternoon", "after 7 pm is better for me" (on the words as written: the typo repair is
# Portuguese, and reads "me in" as "mei nao")
_OTHER_LANGUAGE = re.compile(r"\b(despues|llam\w*|por la (manana|tarde|noche)|entre las|after|before|call|pm|am"
                             r"|morning|afternoon|evening|night)\b")
_IN_PORTUGUESE = tuple((re.compile(pattern), words) for pattern, words in (
    (r"\b(\d{1,2}) ?pm\b", r"\1 da noite"), (r"\b(\d{1,2}) ?am\b", r"\1 da manha"),
    (r"\b(llamenme|llamarme|llamame|llamen|llame|llamar|call me|call)\b", "liguem"),
    (r"\bdespues de las\b", "depois das"), (r"\bantes de las\b", "antes das"),
    (r"\bentre las (\d{1,2}) y las (\d{1,2})\b", r"entre \1 e \2"),
    (r"\bbetween (\d{1,2}) and (\d{1,2})\b", r"entre \1 e \2"),
    (r"\bpor la manana\b|\bin the morning\b", "de manha"), (r"\bpor la tarde\b|\bin the afternoon\b", "a tarde"),
    (r"\bpor la noche\b|\bin the evening\b|\bat night\b", "a noite"), (r"\bbefore noon\b", "antes do meio dia"),
    (r"\bafter\b", "depois das"), (r"\bbefore\b", "antes das"), (r"\bis better for me\b", "e melhor"),
    (r"\bpuedo hablar\b", "posso falar"),
))


def _in_portuguese(clause: str) -> str:
    """A clause in Spanish or English, its words of time and contact said in Portuguese (else as it was)."""
    plain = plain_words(clause)
    if not _OTHER_LANGUAGE.search(plain):
        return clause
    for pattern, words in _IN_PORTUGUESE:
        plain = pattern.sub(words, plain)
    return plain


# interjections and courtesies at a clause's ends, which the answers read whole: "pfvr so depois das 18h", "so de tarde
# tche"
_FILLERS = re.compile(r"^(?:(?:oxe|bah|uai|mano|vixe|eita|pfvr|pfv|pf|plz|pls|por favor|entao|olha|ola|oi) )+"
                      r"|(?: (?:tche|visse|uai|mano|pfvr|pfv|pf|plz|pls|blz|beleza|valeu|vlw|obg|brigado|brigada))+$")


def asked_hours(text: str) -> tuple[int, int] | None:
    """(first hour, hour after the last) of the local day the customer asks to be contacted in, or None.

    Only in a message about contact. Hours asked for in a clause that refuses nothing win; else a moment refused
    ("não me liga de manhã") or said busy ("trabalho das 8 às 18h") leaves the rest of the day. A clause of its own
    beside one about contact counts too ("me liga, mas só depois das 18h"). Hours that make no day (25h, 18 to 9,
    2 to 3) are no request.
    """
    foreign = _OTHER_LANGUAGE.search(plain_words(text)) is not None  # (most messages: no clause to put in Portuguese)
    said = _PERIOD_THEN_BOUND.sub(r"\1, ", text)
    clauses = [_FILLERS.sub("", _digits(normalise(_in_portuguese(c) if foreign else c)))
               for c in _CLAUSES.split(said)]  # fmt: skip
    contact = [at for at, c in enumerate(clauses) if _CONTACT.search(c)]
    if not contact:  # an answer of a period alone ("so a tarde, por favor", "so a noite, de dia eu trabalho") or of
        # "so depois disso" after the hours someone is busy is about contact too
        contact = [at for at, c in enumerate(clauses) if any(p.fullmatch(c.strip()) for p in _ANSWERS_WHEN)
                   or _ONLY_AFTER_DOING.match(c.strip())]
        if not contact and not any(_NOT_A_CALL.search(c) or _PAST.search(c) for c in clauses):
            contact = [at for at, c in enumerate(clauses) if _BARE_TIME.fullmatch(c.strip())]
        if not contact:
            return None
    refused = None
    order = contact + [at for at in range(len(clauses)) if at not in contact]
    order.sort(key=lambda at: _PREFERRED.search(clauses[at]) is None)  # "de manha ate posso, mas prefiro a tarde"
    # "as 6 da tarde e a hora da ave maria, nao liga": the moment the clause beside names is refused
    refused_beside = any(_BARE_REFUSAL.fullmatch(clauses[at].strip()) for at in contact)
    for at in order:
        clause = clauses[at]
        hours = _hours(clause)
        if hours is None and _AFTER_THOSE.search(clause) and (named := _named_before(clauses, at)) \
                and not _TODAY.search(clauses[at - 1]):  # (busy now, "depois te respondo": no habit)  # fmt: skip
            return _rest_of_day(named)
        if hours is None and _BEFORE_THAT.search(clause) and not _NEGATED.search(clause) \
                and (named := _named_before(clauses, at)) and named[0] > WAKING[0]:  # fmt: skip
            return 0, named[0]
        if hours is None or _PAST.search(clause) or _A_DATE.search(clause) or not _makes_a_day(hours) \
                or _THEIR_HOURS.search(clause) or _FROM_NOW.search(clause):  # fmt: skip
            continue
        if _CONDITION.search(clause):
            continue  # "se não atender de manhã, liga à tarde": which moment is meant is not read here
        negated = _NEGATED.search(_BEFORE_THOSE.sub("", _NOW_REFUSED.sub("", clause))) and not _ALLOWING.search(clause)
        if refused_beside and at not in contact:
            if _WEEKDAY.search(clause) or _TODAY.search(clause):
                continue  # one day's moment refused ("quarta a noite eu to na igreja, nao liga"): no habit of hours
            negated = True
        busy = at not in contact and _BUSY.search(clause)
        if busy and (_TODAY if _SPAN.search(clause) else _ONE_DAY).search(clause):  # ("de 9 as 17 to no escritorio")
            continue
        if negated and (between := _between_refused(clause)):
            return between
        if negated or busy:
            refused = refused or _rest_of_day(_refused(clause, hours))
        else:
            return _narrowed(clauses, at, hours)
    return refused
