"""The customer's own words in a call transcript, the agent's and the robot's script left out."""

from __future__ import annotations

import itertools
import re

# a speaker's label in a call transcript: "cliente:", "[agente]", "Operadora -", or "C:" / "A:" at a line's start
_LABELS = (r"(?:cliente|customer|devedor|consumidor|agente|agent|atendente|operador|operadora|consultor|consultora"
           r"|bot|voicebot|robo|robô|ura|assistente)")  # fmt: skip
_SPEAKER = re.compile(rf"(?:^|(?<=[\s.,;!?]))(?:\[({_LABELS}|[ca])\]\s*[:\-–]?|({_LABELS})\s*[:\-–](?=\s))"
                      r"|^\s*([ca])\s*:(?=\s)", re.IGNORECASE | re.MULTILINE)  # fmt: skip
_CUSTOMER_SPEAKERS = frozenset(("cliente", "customer", "devedor", "consumidor", "c"))


def turns(transcript: str) -> list[tuple[bool, str]]:
    """The transcript's labelled turns in order, as (the customer's?, what was said); none without labels.

    >>> turns("Robo: deseja continuar recebendo mensagens? Cliente: nao")
    [(False, 'deseja continuar recebendo mensagens?'), (True, 'nao')]
    """
    labels = list(_SPEAKER.finditer(transcript))
    if not labels:
        return []
    said = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        speaker = next(name for name in label.groups() if name).lower()
        words = transcript[label.end() : following.start() if following else len(transcript)].strip()
        said.append((speaker in _CUSTOMER_SPEAKERS, words))
    return said


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
    return " ".join(words for customer, words in labelled if customer)


def answers(transcript: str) -> list[tuple[str, str]]:
    """(what the agent or robot said, what the customer answered) for each customer turn that follows one."""
    labelled = turns(transcript)
    return [(asked, said) for (was_customer, asked), (customer, said) in itertools.pairwise(labelled)
            if customer and not was_customer]  # fmt: skip
