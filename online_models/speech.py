"""The customer's own words in a call transcript, the agent's and the robot's script left out."""

from __future__ import annotations

import re

# a speaker's label in a call transcript: "cliente:", "[agente]", "Operadora -", or "C:" / "A:" at a line's start
_LABELS = (r"(?:cliente|customer|devedor|consumidor|agente|agent|atendente|operador|operadora|consultor|consultora"
           r"|bot|voicebot|robo|robô|ura|assistente)")  # fmt: skip
_SPEAKER = re.compile(rf"(?:^|(?<=[\s.,;!?]))(?:\[({_LABELS}|[ca])\]\s*[:\-–]?|({_LABELS})\s*[:\-–](?=\s))"
                      r"|^\s*([ca])\s*:(?=\s)", re.IGNORECASE | re.MULTILINE)  # fmt: skip
_CUSTOMER_SPEAKERS = frozenset(("cliente", "customer", "devedor", "consumidor", "c"))


def customer_speech(transcript: str) -> str:
    """What the customer said in a call transcript: the turns labelled as the customer's when turns are labelled.

    The agent's or the robot's script ("caso nao reconheca o debito, posso transferir para um atendente")
    must not be read as the customer's words. A transcript with no labels is taken as the customer's alone.

    >>> customer_speech("Agente: o senhor reconhece o debito? Cliente: nao, parem de me ligar")
    'nao, parem de me ligar'
    >>> customer_speech("ja paguei ontem")
    'ja paguei ontem'
    """
    turns = list(_SPEAKER.finditer(transcript))
    if not turns:
        return transcript
    said = []
    for turn, following in zip(turns, [*turns[1:], None], strict=True):
        speaker = next(label for label in turn.groups() if label).lower()
        if speaker in _CUSTOMER_SPEAKERS:
            said.append(transcript[turn.end() : following.start() if following else len(transcript)].strip())
    return " ".join(said)
