"""The amount a customer says they can pay, read from what they write or say.

An offer the customer can keep (Lei 14.181/2021, the "mínimo existencial") starts from what they say
they can pay: "só consigo pagar 100 por mês", "a parcela de 350 não cabe, consigo 200", "50 por semana
fazendo bico". The reader returns the smallest such amount as a monthly figure (a week is 52/12 of a
month, a fortnight half, a day a thirtieth), or None. Amounts that are not what the customer can pay are
left out: a debt, an invoice, a salary, a rent, a payment already made, a down payment, what the
collector asks, an amount refused ("não consigo pagar 500", "a parcela de 120 não cabe"), a percentage,
a count ("10 vezes", "3 filhos"), a day of the month, an hour.

>>> affordable_amount("devo 1.800 mas só consigo pagar 90 por mês")
90.0
>>> affordable_amount("a parcela de 350 não cabe no meu bolso, consigo 200")
200.0
>>> affordable_amount("consigo uns 40 por semana"), affordable_amount("dá pra pagar 1 mil em 10 vezes?")
(173.33, 100.0)
>>> affordable_amount("cento e vinte por mês eu consigo"), affordable_amount("se for 12 parcelas de 60 eu fecho")
(120.0, 60.0)
>>> [affordable_amount(t) for t in ("paguei 200 ontem", "não consigo pagar 500", "posso dar 200 de entrada")]
[None, None, None]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from online_models.foreign_words import in_portuguese
from online_models.text import repaired, strip_accents

WEEK, FORTNIGHT, DAY = 52 / 12, 2.0, 30.0
NEAR = 12  # words either side of an amount that may speak of it
MAX_AMOUNTS = 40  # amounts read in one message (a list of numbers pasted in says nothing of what they can pay)
CLAUSE_BREAK = frozenset({",", ".", ";", "!", "?", "mas", "porem", "entao", "pq", "porque"})
_UNITS = {"dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
          "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "catorze": 14, "quinze": 15,
          "dezesseis": 16, "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30,
          "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
          "cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500,
          "seiscentos": 600, "setecentos": 700, "oitocentos": 800, "novecentos": 900}  # fmt: skip
CURRENCY = frozenset({"reais", "real", "conto", "contos", "pila", "pilas", "mango", "mangos", "pratas", "r$"})
# a number followed by one of these counts things, or says when: no amount
COUNTED = re.compile(r"(x|vezes|vez|parcela|parcelas|prestacoes|prestacao|meses|mes|anos|ano|dias|semanas|"
                     r"filhos|filho|pessoas|h|horas|hrs|%|por cento)$")  # fmt: skip
# a time of day, a date by its month's name, or the number of a thing: "7 da manhã", "2 de dez", "a parcela 6"
TIME_OR_NUMBERED = re.compile(r"^(da|de) (manha|tarde|noite|madrugada)\b|^de (jan|fev|mar|abr|mai|jun|jul|ago|set|out|"
                              r"nov|dez)\w*\b")  # fmt: skip
NUMBERED = frozenset({"parcela", "prestacao", "art", "artigo", "lei", "inciso", "numero", "casa", "apto",
                      "apartamento", "bloco", "sala", "versao", "cap", "capitulo", "item"})
NOT_A_COUNT = frozenset({"mensais", "semanais", "quinzenais", "diarias", "diarios", "mais", "depois", "vezes"})
# the customer says they can or will pay (read back from the amount, the first word that decides wins)
CAN = frozenset({"consigo", "consegue", "conseguiria", "posso", "podemos", "poderia", "pago", "pagaria", "dou",
                 "daria", "mando", "mandaria", "deposito", "separar", "separo", "ate", "maximo", "max", "maxima",
                 "uns", "umas", "so", "apenas", "somente", "talvez", "entre", "cabe", "der", "vou", "fecho",
                 "aceito", "aceita", "aceitam", "aceitaria", "aceitariam", "topo", "topa", "topam", "propor",
                 "proponho", "baixar", "abaixar", "diminuir", "queria", "quero", "paga", "pagar", "dar", "faz",
                 "fazer", "faco", "metade", "tipo", "limite", "depositar", "deposita", "transferir", "transfere",
                 "transfiro", "mandar", "manda", "comprometo", "efetuar", "efetuo", "efetuarei"})  # fmt: skip
ACCEPT = frozenset({"aceito", "topo", "fecho", "quero", "aceitaria"})
# money the customer has: theirs to pay only when they offer it ("sobrou 50, posso mandar?")
HAVE = frozenset({"tenho", "sobrou", "sobra", "sobraram", "juntei", "guardei"})
# the amount is something else: an income, a bill, a debt, a payment made, what the collector asks
# what was paid, or what the collector asks: no amount the customer offers
PAST = frozenset({"paguei", "pagava", "pagou", "pagamos", "pagaram", "gastei", "tentei", "tinha", "eram", "era",
                  "transferi", "depositei", "mandei", "enviei", "quitei", "acertei", "fiz",
                  "cobram", "cobraram", "cobrando", "cobrou", "querem", "pedem", "pediram", "oferecem", "ofereceram",
                  "ofereceu", "ofereciam"})  # fmt: skip
# the amount is something else: an income, a bill, a debt
OTHER = PAST | frozenset({"ganho", "ganhava", "ganhei", "recebo", "recebia", "recebi", "salario", "renda",
                          "aposentadoria", "auxilio", "beneficio", "bolsa", "aluguel", "luz", "agua", "conta",
                          "fatura", "boleto", "divida", "devo", "deve", "debito", "valor", "juros", "multa", "receber",
                          "recebendo", "ganhar", "ganhando", "seguro", "ferias", "cheque", "especial", "credito",
                          "rescisao", "custa", "custou", "compra", "proposta", "oferta", "gasto", "caiu", "veio", "vem",
                          "entrada", "pensao", "mercado", "cartao"})  # fmt: skip
COUNT_NOUNS = frozenset({"parcelas", "parcela", "vezes", "prestacoes", "x"})
NOT = frozenset({"nao", "n", "nem", "sem", "nunca"})
# after the amount: it is something else, or too much for them
OTHER_AFTER = re.compile(r"^(de|do|da) (entrada|aluguel|salario|renda|juros|multa|rescisao|divida|luz|agua|pensao|"
                         r"aposentadoria|auxilio|beneficio|mercado|desconto|ferias|seguro)\b|"
                         r"^(%|por cento)")  # fmt: skip
REFUSED_AFTER = re.compile(r"^(\w+ ){0,6}(?<!se )(nao|n|nem)\b(?! (passo|passa|mais)\b)|"
                           r"^(\w+ ){0,3}(pesad\w*|alt[ao]s?|car[ao]s?|salgad\w*|absurd\w*|demais|impossivel)\b")
CAN_AFTER = re.compile(r"^(\w+ ){0,5}(eu )?(consigo|posso|pago|fecho|aceito|cabe|pode ser|serve|sim)\b|"
                       r"^(\w+ ){0,5}da( pra| para)?$|^cada\b")  # "dá" at the end, not "da manhã"; "70 cada"
PERIOD_AFTER = (
    (re.compile(r"^(\w+ ){0,3}(por semana|semanal|semanais|toda semana|na semana|a cada semana|"
                r"tod[ao]s? (as )?(segunda|terca|quarta|quinta|sexta|sabado|domingo)s?)\b"), WEEK),
    (re.compile(r"^(\w+ ){0,3}(por quinzena|quinzenal|quinzenais|a cada (15|quinze) dias)\b"), FORTNIGHT),
    (re.compile(r"^(\w+ ){0,3}(por dia|diari[oa]s?|ao dia)\b"), DAY),
)
PERIOD_BEFORE = ((re.compile(r"\b(toda semana|por semana|semanal|semanalmente|a cada semana)\b"), WEEK),
                 (re.compile(r"\b(a cada (15|quinze) dias|quinzenalmente|por quinzena)\b"), FORTNIGHT),
                 (re.compile(r"\b(por dia|diari[oa]|diariamente)\b"), DAY))  # fmt: skip
MONTHLY = re.compile(r"^(\w+ ){0,3}(por mes|ao mes|mensal|mensais|todo mes|cada mes|a parcela)\b")
HOUR_CONTEXT = re.compile(r"\b(lig\w*|atend\w*|horario|horas?|\d+ ?h|manha|tarde|noite|madrugada|falar|chama\w*|"
                          r"hablar|llam\w*|meio ?dia|almoco|livre|entre (1?\d|2[0-4]) e (1?\d|2[0-4]))\b")  # fmt: skip
GIVING = re.compile(r"\b(posso|consigo|pra|para) (pagar|dar|mandar|depositar)\b")
SPLIT = re.compile(r"^(\w+ ){0,2}em (\d+) (x|vezes|parcelas|prestacoes|meses)\b")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?")
_TOKEN = re.compile(r"r\$|\d{1,2}:\d{2}|\d+/\d+|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?(?:x|o|a|%|h)?|[a-z]+|"
                    r"[,.;!?%]")  # an hour ("10:30") and a date ("14/09") are no amounts


class _Mention(NamedTuple):
    value: float
    before: list[str]  # the clause's words before the amount
    after: list[str]  # and after it
    previous: list[str]  # the clause before ("pago metade, 250")

    @property
    def after_text(self) -> str:
        return " ".join(a for a in self.after if a not in CURRENCY)


def _plain(text: str) -> str:
    plain = in_portuguese(strip_accents(text.lower()))  # "º" becomes "o": "13º" is "13o", no amount
    return _MANAGE.sub("consigo", plain)


# managing to, said as "dar conta": "so dou conta de 80 conto por mes" (its "conta" is no bill)
_MANAGE = re.compile(r"\b(dou|daria|damos|dar) conta de\b(?! (tudo|nada|todas|todos|as|os|essa|esse)\b)")


def _number(token: str) -> float | None:
    return float(token.replace(".", "").replace(",", ".")) if _AMOUNT.fullmatch(token) else None


def _numbers_in_words(tokens: list[str]) -> list[str]:
    """'cento e vinte' -> '120', 'mil e duzentos' -> '1200', 'dois mil' -> '2000' ('um' alone is an article)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j, total, part, seen = i, 0.0, 0.0, False
        while j < len(tokens):
            word, following = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""
            if word == "dez" and j >= 2 and tokens[j - 1] == "de" and _number(tokens[j - 2]) is not None:
                break  # "2 de dez": December
            if word in _UNITS:
                part += _UNITS[word]
            elif word in ("um", "uma") and following == "mil":
                part += 1
            elif word == "mil" and (seen or j == i):
                total, part = total + (part or 1) * 1000, 0.0
            elif word == "e" and seen and (following in _UNITS or following == "mil"):
                j += 1
                continue
            else:
                break
            seen, j = True, j + 1
        out.append(str(int(total + part)) if seen else tokens[i])
        i = j if seen else i + 1
    return out


def _tokens(plain: str) -> list[str]:
    merged: list[str] = []
    for word in _TOKEN.findall(plain):  # "1 mil", "1,5 mil", "2 k": thousands
        if word in ("mil", "k") and merged and _number(merged[-1]) is not None:
            merged[-1] = f"{_number(merged[-1]) * 1000:.0f}"
            continue
        merged.append(word)
    return _numbers_in_words(merged)


def _mentions(tokens: list[str]) -> list[_Mention]:
    """Each amount with the words of its clause near it (a few: a long text costs no more per amount)."""
    ends, end = [0] * len(tokens), len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        end = i if tokens[i] in CLAUSE_BREAK else end
        ends[i] = end
    found = []
    start, previous = 0, []
    for i, token in enumerate(tokens):
        if token in CLAUSE_BREAK:
            previous, start = tokens[max(start, i - NEAR) : i] or previous, i + 1
            continue
        value = _number(token)
        if value is not None and len(found) < MAX_AMOUNTS:
            found.append(_Mention(value, tokens[max(start, i - NEAR) : i], tokens[i + 1 : min(ends[i], i + 1 + NEAR)],
                                  previous))  # fmt: skip
    return found


def _a_count_or_a_date(m: _Mention) -> bool:
    """'10 vezes', '3 filhos', '2 boletos', 'em 12 de 40', 'dia 5', 'às 18', 'em 2019': no amount."""
    after, before, first = m.after, m.before, (m.after_text.split(" ") or [""])[0]
    if not 1 <= m.value <= 100_000:
        return True
    if len(after) >= 2 and after[0] == "de" and _number(after[1]) is not None:
        return True
    if m.after_text and (COUNTED.match(first) or (first.endswith("s") and first.isalpha() and len(first) > 3
                                                   and first not in NOT_A_COUNT)):  # fmt: skip
        return True
    if before and m.value <= 31 and (before[-1] in ("dia", "dias", "as", "das")
                                     or before[-2:] in (["dia", "de"], ["fim", "de"], ["inicio", "de"])):  # fmt: skip
        return True
    if TIME_OR_NUMBERED.match(m.after_text) or (before and before[-1] in NUMBERED):
        return True  # "7 da manhã", "a parcela 6", "o artigo 18"
    if before and before[-1] in ("a", "o", "em") and m.value <= 48 and not set(after[:1]) & CURRENCY:
        return True  # "junto com a 3", "em 18 eu consigo": a numbered thing, a count of installments
    return bool(before and before[-1] in ("em", "de", "desde", "ano") and 1950 <= m.value <= 2100
                and not set(after[:1]) & CURRENCY)  # fmt: skip


def _own_words(before: list[str]) -> list[str]:
    """The words that speak of this amount: after another amount and its own words ('2 mil de entrada e 300')."""
    for k in range(len(before) - 1, -1, -1):
        counted = (k + 1 < len(before) and before[k + 1] in COUNT_NOUNS) or (
            k == len(before) - 2 and before[-1] == "de")  # fmt: skip
        dated = k > 0 and before[k - 1] in ("dia", "as")
        if _number(before[k]) is not None and not counted and not dated:
            rest = before[k + 1 :]
            return rest[len(rest) - rest[::-1].index("e") :] if "e" in rest else rest
    return before


def _decides(before: list[str], giving: bool) -> str | None:
    """Reading back from an amount: 'can' (the customer can pay it), 'bound' (the most they can: 'não passo de 90'),
    'other', 'not' or None (nothing said).
    An installment's amount ('quitar a dívida com parcelas de 95') is the customer's but for a past or the
    collector's ('paguei 3 parcelas de 120', 'me ofereceram 10 parcelas de 300')."""
    installment = _per_installment(before)
    before = _own_words([w for w in before if w not in CURRENCY])
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word, ahead, behind = before[k], before[k + 1 : k + 2], before[max(0, k - 3) : k]
        if (word in ("mais", "menos") and ahead and ahead[0] in ("que", "de", "do")) or (
                word == "de" and behind[-1:] and behind[-1] in ("passo", "passa", "passar", "acima")):  # fmt: skip
            return "bound"  # "não consigo mais que 100", "acima de 60 não dá": the most, said as a bound
        if word in NOT:
            return "not"
        if word == "ser" and behind[-1:] and behind[-1] in ("pode", "pra", "para"):
            return "can"  # "pode ser 80?"
        if word in HAVE and giving:
            return "can"
        if word in HAVE and word != "tenho":
            return "other"
        if word == "valor" and {"parcela", "parcelas", "prestacao", "prestacoes"} & set(behind):
            return "can"  # "a parcela no valor de 99": an installment's amount
        if word == "valor" and behind == ["no"]:
            return "apposition"  # "o pagamento da parcela, no valor de R$ 120": what the clause before says
        if word in OTHER and not (installment and word not in PAST):
            return "can" if word in ("proposta", "oferta") and ACCEPT & set(behind) else "other"
        if word in CAN:
            return "not" if NOT & set(behind) else "can"
    return None


def _per_installment(before: list[str]) -> bool:
    """'12 parcelas de 60', '6x de 100', 'em 12 de 40', 'parcelas mensais de': an installment's amount."""
    words = [w for w in before if w not in CURRENCY and w not in ("mensais", "iguais", "fixas", "semanais")]
    if len(words) >= 2 and words[-1] == "x" and _number(words[-2]) is not None:
        return True  # "8 x 112,50"
    if len(words) < 2 or words[-1] != "de":
        return False
    return words[-2] in COUNT_NOUNS or bool(re.fullmatch(r"\d+x?", words[-2]))


def _period(m: _Mention) -> float:
    """How many of the amount make a month: a week's 52/12, a fortnight's 2, a day's 30."""
    after = m.after_text
    period = next((factor for pattern, factor in PERIOD_AFTER if pattern.match(after)), None)
    if period is None and not MONTHLY.match(after):
        period = next((factor for pattern, factor in PERIOD_BEFORE if pattern.search(" ".join(m.before))), None)
    return period or 1.0


def _can_pay(m: _Mention, giving: bool) -> bool:
    after = m.after_text
    if OTHER_AFTER.match(after):
        return False
    said = _decides(m.before, giving)
    if said == "apposition":
        said = _decides(m.previous, giving)
    if said == "bound":
        return True
    if said != "not" and REFUSED_AFTER.match(after):
        return False
    if said is None:
        if _period(m) != 1.0 or MONTHLY.match(after) or CAN_AFTER.match(after) or _per_installment(m.before):
            return True
        if not [w for w in m.before if w not in CURRENCY and w not in ("uns", "umas")]:
            return _decides(m.previous, giving) == "can"  # "pago metade, 250"
    return said == "can"


def affordable_amount(text: str) -> float | None:
    """The smallest amount the customer says they can pay, a month (None: none said). Read as written, then, if
    none was read, with its typos repaired ("consigu pagar 100 por mse")."""
    plain = _plain(text)
    found = _read(plain)
    if found is not None:
        return found
    again = repaired(plain)
    return None if again == plain else _read(again)


def _read(plain: str) -> float | None:
    tokens = _tokens(plain)
    if not any(_number(t) is not None for t in tokens):
        return None
    giving = bool(GIVING.search(" ".join(tokens)))
    hours = bool(HOUR_CONTEXT.search(" ".join(tokens)))  # "me liga entre 14 e 16": its numbers to 24 are hours
    amounts = []
    for m in _mentions(tokens):
        if _a_count_or_a_date(m) or not _can_pay(m, giving):
            continue
        if hours and m.value <= 24 and _period(m) == 1.0 and not set(m.after[:1]) & CURRENCY:
            continue  # an hour to call, not an amount
        split = SPLIT.match(m.after_text)
        amount = m.value / int(split.group(2)) if split and int(split.group(2)) > 0 else m.value
        amounts.append(round(amount * _period(m), 2))
    return min(amounts) if amounts else None
