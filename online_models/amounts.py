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
>>> affordable_amount("paguei 200 ontem"), affordable_amount("não consigo pagar 500"), affordable_amount("posso dar 200 de entrada")
(None, None, None)
"""

from __future__ import annotations

import re
import unicodedata

WEEK, FORTNIGHT, DAY = 52 / 12, 2.0, 30.0
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
# the customer says they can or will pay (searched back from the amount, the first word that decides wins)
CAN = frozenset({"consigo", "consegue", "conseguiria", "consigo", "posso", "podemos", "poderia", "pago", "pagaria",
                 "dou", "daria", "mando", "mandaria", "deposito", "separar", "separo", "ate", "maximo", "max",
                 "uns", "umas", "so", "apenas", "somente", "talvez", "entre", "cabe", "juntei", "der", "vou",
                 "fecho", "aceito", "mais", "maxima", "baixar", "abaixar", "diminuir", "queria", "quero", "paga", "pagar",
                 "dar", "faz", "fazer", "metade"})  # fmt: skip
# the amount is something else: an income, a bill, a debt, a payment made, what the collector asks
OTHER = frozenset({"ganho", "ganhava", "ganhei", "recebo", "recebia", "recebi", "salario", "renda", "aposentadoria",
                   "auxilio", "beneficio", "bolsa", "aluguel", "luz", "agua", "conta", "fatura", "boleto", "divida",
                   "devo", "deve", "debito", "valor", "juros", "multa", "limite", "rescisao", "sobra", "sobrou",
                   "custa", "custou", "compra", "proposta", "oferta", "paguei", "pagava", "pagou", "pagamos",
                   "pagaram", "gastei", "gasto", "cobram", "cobraram", "cobrando", "cobrou", "querem", "pedem",
                   "pediram", "oferecem", "ofereceram", "caiu", "veio", "vem", "entrada", "pensao", "mercado",
                   "cartao", "tentei", "tinha", "eram", "era", "antes"})  # fmt: skip
COUNT_NOUNS = frozenset({"parcelas", "parcela", "vezes", "prestacoes", "x"})
NOT = frozenset({"nao", "nem", "sem", "nunca"})
# after the amount: it is something else, or too much for them
OTHER_AFTER = re.compile(r"^(de|do|da) (entrada|aluguel|salario|renda|juros|multa|rescisao|divida|luz|agua|pensao|"
                         r"aposentadoria|auxilio|beneficio|mercado|desconto)\b|^(%|por cento)")  # fmt: skip
REFUSED_AFTER = re.compile(r"^((eu|ai|aí|ta|tá|e|é|ficou|fica|esta|ja|nao|so) ){0,3}(nao|nem|pesad\w*|alt[ao]s?|"
                           r"car[ao]s?|salgad\w*|absurd\w*|muito|demais|impossivel|reconheco)\b")  # fmt: skip
PERIOD_AFTER = (
    (re.compile(r"^(\w+ ){0,3}(por semana|semanal|semanais|toda semana|na semana|a cada semana|"
                r"tod[ao]s? (as )?(segunda|terca|quarta|quinta|sexta|sabado|domingo)s?)\b"), WEEK),
    (re.compile(r"^(\w+ ){0,3}(por quinzena|quinzenal|quinzenais|a cada (15|quinze) dias)\b"), FORTNIGHT),
    (re.compile(r"^(\w+ ){0,3}(por dia|diari[oa]s?|ao dia)\b"), DAY),
)
PERIOD_BEFORE = ((re.compile(r"\b(toda semana|por semana|semanal)\b"), WEEK),
                 (re.compile(r"\b(por dia|diari[oa])\b"), DAY))  # fmt: skip
MONTHLY = re.compile(r"^(\w+ ){0,3}(por mes|ao mes|mensal|mensais|todo mes|cada mes|a parcela)\b")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?")
GIVING = re.compile(r"\b(posso|consigo|pra|para) (pagar|dar|mandar|depositar)\b")
SPLIT = re.compile(r"^(\w+ ){0,2}em (\d+) (x|vezes|parcelas|prestacoes|meses)\b")
_TOKEN = re.compile(r"r\$|\d+/\d+|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?(?:x|o|a|%|h)?|[a-z]+|[,.;!?%]")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())  # "º" becomes "o": "13º" is "13o", no amount
    return "".join(c for c in text if not unicodedata.combining(c))


def _number(token: str) -> float | None:
    if not _AMOUNT.fullmatch(token):
        return None
    return float(token.replace(".", "").replace(",", "."))


def _numbers_in_words(tokens: list[str]) -> list[str]:
    """'cento e vinte' -> '120', 'mil e duzentos' -> '1200', 'dois mil' -> '2000' ('um' alone is an article)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j, total, part, seen = i, 0.0, 0.0, False
        while j < len(tokens):
            word = tokens[j]
            if word in _UNITS:
                part += _UNITS[word]
            elif word in ("um", "uma") and j + 1 < len(tokens) and tokens[j + 1] == "mil":
                part += 1
            elif word == "mil" and (seen or j == i):
                total += (part or 1) * 1000
                part = 0.0
            elif word == "e" and seen and j + 1 < len(tokens) and (tokens[j + 1] in _UNITS or tokens[j + 1] == "mil"):
                j += 1
                continue
            else:
                break
            seen, j = True, j + 1
        if seen:
            out.append(str(int(total + part)))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _tokens(text: str) -> list[str]:
    merged: list[str] = []
    for word in _TOKEN.findall(_plain(text)):  # "1 mil", "1,5 mil", "2 k": thousands
        if word in ("mil", "k") and merged and _number(merged[-1]) is not None:
            merged[-1] = f"{_number(merged[-1]) * 1000:.0f}"
            continue
        merged.append(word)
    return _numbers_in_words(merged)


def _decides(before: list[str]) -> str | None:
    """Reading back from an amount: 'can' (the customer can pay it), 'other', 'not' or None (nothing said)."""
    for k in range(len(before) - 1, -1, -1):
        if _number(before[k]) is not None and not (k + 1 < len(before) and before[k + 1] in COUNT_NOUNS
                                                   or k == len(before) - 2 and before[-1] == "de"):
            before = before[k + 1:]  # another amount: the words before it are its own ("2 mil de entrada e 300")
            if "e" in before:
                before = before[len(before) - before[::-1].index("e"):]
            break
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[k]
        if word in ("mais", "menos") and k + 1 < len(before) and before[k + 1] in ("que", "de", "do"):
            return "can"  # "não consigo mais que 100": a bound, said as one
        if word in NOT:
            return "not"
        if word in OTHER:
            return "other"
        if word in CAN:
            return "not" if any(w in NOT for w in before[max(0, k - 3):k]) else "can"
    return None


def _mentions(tokens: list[str]) -> list[tuple[float, list[str], list[str], list[str]]]:
    """Each amount with its clause's words before and after it, and the clause before."""
    found = []
    start, previous = 0, []
    for i, token in enumerate(tokens):
        if token in CLAUSE_BREAK:
            previous, start = tokens[start:i] or previous, i + 1
            continue
        value = _number(token)
        if value is None:
            continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j] in CLAUSE_BREAK), len(tokens))
        found.append((value, tokens[start:i], tokens[i + 1:end], previous))
    return found


def affordable_amount(text: str) -> float | None:
    """The smallest amount the customer says they can pay, a month (None: none said)."""
    tokens = _tokens(text)
    if not any(_number(t) is not None for t in tokens):
        return None
    amounts: list[float] = []
    giving = bool(GIVING.search(" ".join(tokens)))
    for value, before, after, previous in _mentions(tokens):
        after_text = " ".join(a for a in after if a not in CURRENCY)
        if len(after) >= 2 and after[0] == "de" and _number(after[1]) is not None:
            continue  # "em 12 de 40": a count
        if not 1 <= value <= 100_000 or COUNTED.match(after_text.split(" ")[0] if after_text else "") and after_text:
            continue
        if before and before[-1] in ("dia", "dias", "as", "de") and value <= 31 and not after_text.startswith("x"):
            if before[-1] != "de" or (len(before) >= 2 and before[-2] in ("dia", "fim", "inicio")):
                continue  # a day of the month, an hour
        if before and before[-1] in ("em", "de", "desde", "ano") and 1950 <= value <= 2100 and not (
                set(after[:1]) & CURRENCY):  # fmt: skip
            continue  # a year
        if OTHER_AFTER.match(after_text):
            continue
        said = _decides([w for w in before if w not in CURRENCY])
        if REFUSED_AFTER.match(after_text) and said != "not":
            said = "refused"
        split = SPLIT.match(after_text)
        period = next((factor for pattern, factor in PERIOD_AFTER if pattern.match(after_text)), None)
        if period is None and not MONTHLY.match(after_text):
            period = next((factor for pattern, factor in PERIOD_BEFORE if pattern.search(" ".join(before))), None)
        if said is None and (period is not None or MONTHLY.match(after_text) or _can_after(after_text)):
            said = "can"
        if said is None and _per_installment(before):
            said = "can"
        if said is None and giving and "tenho" in before[-2:]:
            said = "can"  # "tenho 80 na conta, posso mandar"
        if said is None and not [w for w in before if w not in CURRENCY and w not in ("uns", "umas")]:
            said = _decides(previous)  # "pago metade, 250"
        if said != "can":
            continue
        amount = value / int(split.group(2)) if split and int(split.group(2)) > 0 else value
        amounts.append(round(amount * (period or 1.0), 2))
    return min(amounts) if amounts else None


_CAN_AFTER = re.compile(r"^(\w+ ){0,3}(eu )?(consigo|posso|pago|fecho|aceito|da|dá|cabe|pode ser|serve)\b")


def _per_installment(before: list[str]) -> bool:
    """'12 parcelas de 60', '6x de 100', 'em 12 de 40': an installment's amount, proposed."""
    if len(before) < 2 or before[-1] != "de":
        return False
    count = before[-2]
    return count in ("parcelas", "parcela", "vezes", "prestacoes") or bool(re.fullmatch(r"\d+x?", count))


def _can_after(after_text: str) -> bool:
    return bool(_CAN_AFTER.match(after_text))
