"""The customer's own words in a call transcript, the agent's and the robot's script left out."""

from __future__ import annotations

import functools
import itertools
import re

# a speaker's label in a call transcript: "cliente:", "[agente]", "Operadora -", or "C:" / "A:" at a line's start
_LABELS = (r"(?:cliente|customer|devedor|consumidor|agente|agent|atendente|operador|operadora|consultor|consultora"
           r"|bot|voicebot|robo|robô|ura|assistente)")  # fmt: skip
_SPEAKER = re.compile(rf"(?:^|(?<=[\s.,;!?]))(?:\[({_LABELS}|[ca])\]\s*[:\-–]?|({_LABELS})\s*[:\-–](?=\s))"
                      r"|^\s*([ca])\s*:(?=\s)", re.IGNORECASE | re.MULTILINE)  # fmt: skip
# "A:" / "C:" within a line, after a sentence's end, in a transcript that starts with one: "A: bom dia. C: de novo?"
_LETTER_FIRST = re.compile(r"^\s*[ca]\s*:(?=\s)", re.IGNORECASE)
_LETTER_INLINE = re.compile(r"(?<=[.?!])\s+([ca])\s*:(?=\s)", re.IGNORECASE)
_CUSTOMER_SPEAKERS = frozenset(("cliente", "customer", "devedor", "consumidor", "c"))
# a menu's key for a person ("para falar com um atendente, digite 2", "tecle 9 para falar com um de nossos atendentes")
_KEY = r"(\d|zero|um|uma|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove)"
_PERSON = (r"(?:falar|conversar|ser atendid\w+)\s+(?:com\s+)?(?:um\s+|uma\s+|o\s+|a\s+)?"
           r"(?:de\s+nossos\s+|dos\s+nossos\s+)?(?:atendentes?|humano|pessoa|operador\w*|consultor\w*|especialista\w*"
           r"|assistente(?!\s+(?:virtual|digital|autom[aá]tico)))")  # ("assistente": a person in Portugal)
_PRESS = r"(?:digite|tecle|diga|aperte|disque|pressione|prima|fale|responda|envie|mande|escolha)\s+(?:o\s+)?"
_PERSON_AT_KEY = re.compile(rf"{_PERSON}[^.;?!]{{0,30}}?{_PRESS}{_KEY}\b"
                            # (not the key of the item before: "para negociar digite 1, para falar com um
                            # atendente digite 9")
                            rf"|{_PRESS}{_KEY}\s*,?\s*(?:para|pra)\s+{_PERSON}(?![^.;?!]{{0,30}}?{_PRESS}{_KEY}\b)"
                            # a later item of one list: "digite 1 para boleto, 2 para acordo ou 0 para falar com..."
                            rf"|{_PRESS}[^.;?!]{{0,80}}?(?:,|\bou|\be)\s+{_KEY}\s+(?:para|pra)\s+{_PERSON}",
                            re.IGNORECASE)  # fmt: skip
# a word for a key: "para falar com um especialista, diga especialista", "diga 'pessoa' para falar com uma pessoa"
_SAY = r"(?:diga|fale|responda|escreva|digite)\s+['\"“]?"
_PERSON_AT_WORD = re.compile(rf"{_PERSON}[^.;?!]{{0,30}}?{_SAY}([^\W\d]+)"
                             rf"|{_SAY}([^\W\d]+)['\"”]?\s*,?\s*(?:para|pra)\s+{_PERSON}", re.IGNORECASE)
# the key said, once or repeated ("dois, dois")
_KEY_SAID = re.compile(rf"\s*(?:(?:a\s+)?op[cç][aã]o\s+|o\s+|n[uú]mero\s+|tecla\s+)?{_KEY}(?:[\s,.!]+{_KEY}){{0,2}}"
                       r"\s*[.!]*\s*", re.IGNORECASE)  # ("zero. zero! zero!!")
_KEYS = re.compile(rf"\b{_KEY}\b", re.IGNORECASE)  # each key said, to tell "dois, dois" from "um, dois"
# a turn that only names a person, as one answers a robot's menu: "atendente", "atendente humano" (joined with the
# other turns, "atendente atendente humano" would read as no request)
_NAMED = r"(?:um\s+|uma\s+|o\s+|a\s+)?(?:atendente(?:\s+humano)?|humano|pessoa|operador|operadora)"
# (after a key or said twice, as one presses and speaks at once: "nove, nove, atendente", "atendente, atendente")
_PERSON_NAMED = re.compile(rf"\s*(?:{_KEY}[\s,]+){{0,3}}{_NAMED}(?:[\s,]+{_NAMED}){{0,2}}"
                           r"\s*(?:,?\s*por\s+favor)?\s*[.!]*\s*", re.IGNORECASE)
PERSON_ASKED = "falar com atendente"  # what a menu key for a person, or a person named alone, reads as
# a debt put to the customer, and a bare no to it: "a senhora reconhece o debito de 300 reais?" "nao, senhora"
_ASKS_OWNED = re.compile(r"\breconhec\w*\b[^?]{0,40}?\b(?:d[ií]vida|d[ée]bito|cobran[çc]a|compra|valor|contrato"
                         r"|parcela|fatura)s?\b", re.IGNORECASE)
_BARE_NO = re.compile(r"\s*(?:n[ãa]o|n|nunca|jamais|de jeito nenhum)(?:[\s,]+(?:n[ãa]o|senhora|senhor|mo[çc][ao]"
                      r"|reconhe[çc]o))*\s*[.!]*\s*", re.IGNORECASE)
DISOWNED = "nao reconheco essa divida"  # what a bare no to a debt put to the customer reads as
# a person offered, and a bare yes to it: "deseja falar com um atendente?" "sim"
_OFFERS_PERSON = re.compile(r"\b(?:deseja|quer|gostaria\s+de|prefere)\s+(?:falar|conversar)\s+com\s+(?:um|uma|o|a|nosso"
                            r"|nossa)?\s*(?:atendente|pessoa|humano|especialista|consultor\w*|operador\w*)s?\b"
                            r"|\b(?:posso|podemos)\s+(?:te\s+|lhe\s+)?transferi\w*\s+(?:voc[eê]\s+)?para\s+(?:um|uma|o|a)"
                            r"\s+(?:atendente|pessoa|especialista|consultor\w*)", re.IGNORECASE)
_BARE_YES = re.compile(r"\s*(?:sim|s|quero|quero sim|pode|pode sim|claro|isso|ok|aham|uhum)(?:[\s,]+(?:sim|por favor"
                       r"|pfv|quero|obrigad[oa]))*\s*[.!]*\s*", re.IGNORECASE)
_DIGITS = {"zero": "0", "um": "1", "uma": "1", "dois": "2", "duas": "2", "tres": "3", "três": "3", "quatro": "4",
           "cinco": "5", "seis": "6", "sete": "7", "oito": "8", "nove": "9"}  # fmt: skip


@functools.lru_cache(maxsize=16)  # a call is read for the customer's words, refusals, amounts and days in turn
def turns(transcript: str) -> tuple[tuple[bool, str], ...]:
    """The transcript's labelled turns in order, as (the customer's?, what was said); none without labels.

    >>> turns("Robo: deseja continuar recebendo mensagens? Cliente: nao")
    ((False, 'deseja continuar recebendo mensagens?'), (True, 'nao'))
    """
    labels = list(_SPEAKER.finditer(transcript))
    if _LETTER_FIRST.match(transcript):
        starts = {label.start() for label in labels}
        inline = [label for label in _LETTER_INLINE.finditer(transcript) if label.start(1) not in starts]
        labels = sorted([*labels, *inline], key=lambda label: label.start())
    if not labels:
        return ()
    said = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        speaker = next(name for name in label.groups() if name).lower()
        words = transcript[label.end() : following.start() if following else len(transcript)].strip()
        said.append((speaker in _CUSTOMER_SPEAKERS, words))
    return tuple(said)


def customer_speech(transcript: str) -> str:
    """What the customer said in a call transcript: the turns labelled as the customer's when turns are labelled.

    The agent's or the robot's script ("caso nao reconheca o debito, posso transferir para um atendente")
    must not be read as the customer's words. A transcript with no labels is taken as the customer's alone.

    >>> customer_speech("Agente: o senhor reconhece o debito? Cliente: nao, parem de me ligar")
    'nao, parem de me ligar'
    >>> customer_speech("ja paguei ontem")
    'ja paguei ontem'
    """
    labelled = turns(transcript)
    if not labelled:
        return transcript
    said, asked = [], None
    for customer, words in labelled:
        if customer:
            words = PERSON_ASKED if _PERSON_NAMED.fullmatch(words) else words
            said.append(_answer(asked, words) if asked else words)
        asked = None if customer else words
    return " ".join(said)


def _answer(asked: str, said: str) -> str:
    """A customer's turn read with the question before it: a menu's key for a person, a bare no to a debt put to
    them ("o senhor reconhece a compra de 89 reais?" "nao reconheco nao"), a bare yes to a person offered
    ("deseja falar com um atendente?" "sim")."""
    if _ASKS_OWNED.search(asked) and _BARE_NO.fullmatch(said):
        return DISOWNED
    if _OFFERS_PERSON.search(asked) and _BARE_YES.fullmatch(said):
        return PERSON_ASKED
    return menu_choice(asked, said)


def menu_choice(asked: str, said: str) -> str:
    """The customer's answer to a robot's menu, in words when it chose the key for a person.

    >>> menu_choice("Para segunda via, digite 1. Para falar com um atendente, digite 2.", "dois")
    'falar com atendente'
    >>> menu_choice("Para segunda via, digite 1. Para falar com um atendente, digite 2.", "1")
    '1'
    >>> menu_choice("Para boleto, diga boleto. Para falar com um especialista, diga especialista.", "Especialista.")
    'falar com atendente'
    """
    chosen = _KEY_SAID.fullmatch(said)
    if chosen is None:
        word = said.strip(" .,!").casefold()
        offered = (next(w for w in o.groups() if w).casefold() for o in _PERSON_AT_WORD.finditer(asked))
        return PERSON_ASKED if word in offered else said
    keys = {_DIGITS.get(k.lower(), k) for k in _KEYS.findall(said)}
    if len(keys) != 1:  # "um, dois": no choice made
        return said
    key = keys.pop()
    for offer in _PERSON_AT_KEY.finditer(asked):
        offered = next(k for k in offer.groups() if k)
        if _DIGITS.get(offered.lower(), offered) == key:
            return PERSON_ASKED
    return said


def answers(transcript: str) -> list[tuple[str, str]]:
    """(what the agent or robot said, what the customer answered) for each customer turn that follows one."""
    labelled = turns(transcript)
    return [(asked, said) for (was_customer, asked), (customer, said) in itertools.pairwise(labelled)
            if customer and not was_customer]  # fmt: skip


_QUOTED_LINE = re.compile(r"\s*>")


def unquoted(text: str) -> tuple[str | None, str]:
    """A written reply's own words apart from the lines it quotes (``> ...``, as e-mail and chat replies quote the
    message they answer): (the quoted message, or None; the reply's own lines, each read as an answer to it).

    The quoted lines are the company's words: "> Fale com um de nossos especialistas" asks for no person, and
    "> Para nao receber mais, responda PARAR" refuses nothing, though "PARAR" under it does.

    >>> unquoted("> Digite 2 para falar com um atendente\\n2")
    ('Digite 2 para falar com um atendente', 'falar com atendente')
    >>> unquoted("ja paguei"), unquoted("> Pague pelo pix abaixo")
    ((None, 'ja paguei'), (None, '> Pague pelo pix abaixo'))
    """
    if ">" not in text:
        return None, text
    lines = [line for line in text.splitlines() if line.strip()]
    quoted = [line.strip()[1:].strip() for line in lines if _QUOTED_LINE.match(line)]
    own = [line.strip() for line in lines if not _QUOTED_LINE.match(line)]
    if not quoted or not own:  # a message forwarded alone is read as sent: the customer sent it for a reason
        return None, text
    asked = " ".join(quoted)
    return asked, "\n".join(_answer(asked, line) for line in own)
