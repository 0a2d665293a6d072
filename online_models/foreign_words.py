"""Words of paying said in Spanish or English, put in Portuguese before amounts and days are read.

Customers near the borders, immigrants and foreigners write to a Brazilian collector in their own
language: "puedo pagar 100 reales por mes, el viernes", "I can pay 50 a week starting Monday". Only a
message with such words is changed, and only those words (the rest is read as it was).

>>> in_portuguese("puedo pagar 100 reales por mes, el viernes")
'posso pagar 100 reais por mes, sexta'
>>> in_portuguese("I can pay 50 a week starting Monday"), in_portuguese("pago sexta")
('consigo pagar 50 por semana a partir de segunda', 'pago sexta')
"""

from __future__ import annotations

import re

_WORDS = (
    (r"\bi can (only )?pay\b", "consigo pagar"), (r"\bi (will|ll|'ll) pay\b", "vou pagar"), (r"\bi can\b", "consigo"),
    (r"\bya pague\b", "ja paguei"), (r"\b(puedo|podria) pagar\b", "posso pagar"), (r"\bpuedo\b", "posso"),
    (r"\bpagare\b", "vou pagar"),
    (r"\b(a|per) week\b", "por semana"), (r"\b(a|per) month\b", "por mes"), (r"\bal mes\b", "por mes"),
    (r"\b(a la|por) semana\b", "por semana"), (r"\breales\b", "reais"), (r"\bdollars?\b", "reais"),
    (r"\bnext week\b|\bla (proxima|otra) semana\b|\bla semana que viene\b", "semana que vem"),
    (r"\bnext month\b|\bel (proximo )?mes que viene\b", "mes que vem"), (r"\btomorrow\b|\bmanana\b", "amanha"),
    (r"\btoday\b|\bhoy\b", "hoje"), (r"\bstarting\b|\ba partir del?\b", "a partir de"),
    (r"\b(on )?monday\b|\b(el )?lunes\b", "segunda"), (r"\b(on )?tuesday\b|\b(el )?martes\b", "terca"),
    (r"\b(on )?wednesday\b|\b(el )?miercoles\b", "quarta"), (r"\b(on )?thursday\b|\b(el )?jueves\b", "quinta"),
    (r"\b(on )?friday\b|\b(el )?viernes\b", "sexta"), (r"\b(on )?saturday\b|\bel sabado\b", "sabado"),
    (r"\b(on )?sunday\b|\bel domingo\b", "domingo"), (r"\bel dia\b|\bon the\b", "dia"), (r"\bpay\b", "pagar"),
)  # fmt: skip
_IN_PORTUGUESE = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in _WORDS)
_FOREIGN = re.compile(r"\b(ya pague|puedo|podria|pagare|reales|al mes|lunes|martes|miercoles|jueves|viernes|hoy|manana|"
                      r"el dia|i can|i will|i'll|i ll|pay|week|month|monday|tuesday|wednesday|thursday|friday|saturday|"
                      r"sunday|tomorrow|today|dollars?)\b", re.IGNORECASE)  # fmt: skip


def in_portuguese(text: str) -> str:
    """``text`` with its Spanish or English words of paying, amounts and days said in Portuguese."""
    if not _FOREIGN.search(text):
        return text
    for pattern, words in _IN_PORTUGUESE:
        text = pattern.sub(words, text)
    return text
