"""Reasons for not paying, read from what customers write and say, in Brazilian Portuguese.

Real customer writing has no accents, abbreviations (vc, q, pq, n, blz) and typos, so text is first
normalised: lower case, accents dropped, abbreviations expanded, letters repeated for emphasis
collapsed. Two things are read from it:

- **flags** (asks for a human, distress, aggression, says it already paid, says the debt is not
  theirs, signs of fraud) from a small documented lexicon, because they must work from the first
  message;
- **the reason** (the contract's reason codes) from an online multinomial naive Bayes that learns
  from the attendants' tabulations (``contact.disposition``), starting from the lexicon below
  before any tabulation exists.

Only hashed word ids of a customer's last messages are kept in the profile, never the text.

>>> normalise("Vc n sabe q eu PERDI meu empregooo, nao consigo pagar")
'voce nao sabe que eu perdi meu emprego nao consigo pagar'
>>> lexicon_reason(tokens("fui demitido e to desempregado"))
'unemployment'
>>> sorted(flags("quero falar com um atendente humano, ja paguei esse boleto"))
['already_paid', 'wants_human']
>>> reader = ReasonReader()
>>> for _ in range(3):
...     reader.learn(hashed(tokens("minha mae ta internada no hospital")), "health_or_family")
>>> reader.predict(hashed(tokens("mae internada")))
'health_or_family'
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter

from river import naive_bayes

ABBREVIATIONS = {
    "vc": "voce", "vcs": "voces", "q": "que", "pq": "porque", "pra": "para", "pro": "para o", "n": "nao",
    "nao": "nao", "tb": "tambem", "tbm": "tambem", "blz": "beleza", "to": "estou", "ta": "esta", "tava": "estava",
    "msm": "mesmo", "mt": "muito", "mto": "muito", "hj": "hoje", "dps": "depois", "cmg": "comigo", "td": "tudo",
    "vdd": "verdade", "agr": "agora", "obg": "obrigado", "qdo": "quando", "qnd": "quando", "mae": "mae",
}  # fmt: skip
STOPWORDS = frozenset(
    [
        "a",
        "o",
        "e",
        "de",
        "do",
        "da",
        "em",
        "um",
        "uma",
        "que",
        "eu",
        "meu",
        "minha",
        "para",
        "com",
        "no",
        "na",
        "os",
        "as",
        "se",
        "por",
        "mais",
    ]
)

# Stems that say why a customer is not paying (a token counts when it starts with a stem).
REASON_LEXICON: dict[str, tuple[str, ...]] = {
    "unemployment": ("desempreg", "demiti", "demissao", "emprego", "trabalho", "fechou", "dispensad"),
    "income_drop": ("salario", "renda", "ganhando", "ganho", "cortaram", "diminuiu", "caiu", "caira", "vendas"),
    "lack_of_planning": ("enrolei", "descontrol", "gastei", "gastos", "organizei", "muitas", "acabou"),
    "offer_not_adherent": ("parcela", "entrada", "proposta", "acordo", "parcelar", "valor", "bolso", "alta"),
    "debt_not_recognized": ("reconhec", "contratei", "nunca", "cobranca"),
    "already_paid": ("paguei", "comprovante", "quitei"),
    "fraud_suspected": ("clonar", "clonaram", "golpe", "roubaram", "fraude", "dados", "documentos"),
    "health_or_family": ("doente", "hospital", "internad", "remedio", "saude", "cirurgia", "familia", "mae", "pai"),
    "forgot": ("esqueci", "lembrei", "esquec", "passou"),
}
FLAG_PATTERNS: dict[str, re.Pattern[str]] = {
    "wants_human": re.compile(r"\b(atendente|humano|pessoa de verdade|falar com alguem|gerente|robo nao)\b"),
    "distress": re.compile(r"\b(desesper\w*|nao aguento|depress\w*|sem saida|nao sei mais o que fazer|suicid\w*)"),
    "aggression": re.compile(r"\b(processar|absurdo|assedio|parem|palhacada|vou denunciar|deixem em paz|idiota)"),
    "already_paid": re.compile(r"\b(ja paguei|comprovante|paguei (pelo|no|o|a)|ja foi pago|quitei)"),
    "not_mine": re.compile(r"\b(nao reconhec\w*|nao e minha|nao fiz essa|nunca (fiz|contratei)|nao tenho nada)"),
    "fraud": re.compile(r"\b(clonar\w*|clonaram|golpe|roubaram|fraude|usaram meus dados|no meu nome)"),
}
_REPEATS = re.compile(r"(.)\1{2,}")
_WORD = re.compile(r"[a-z0-9]+")
HASH_BUCKETS = 1 << 20


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower case, no accents, abbreviations expanded, emphatic repeats collapsed ("simmm" -> "sim")."""
    words = _WORD.findall(_REPEATS.sub(r"\1", strip_accents(text.lower())))
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def tokens(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in STOPWORDS and len(w) > 1]


def hashed(words: list[str]) -> list[int]:
    """Stable hashed word ids (CRC32 modulo 2**20): what the profile keeps instead of the text."""
    return [zlib.crc32(w.encode()) % HASH_BUCKETS for w in words]


def flags(text: str) -> set[str]:
    """What the text signals beyond the reason: a request for a human, distress, aggression..."""
    clean = normalise(text)
    return {name for name, pattern in FLAG_PATTERNS.items() if pattern.search(clean)}


def lexicon_reason(words: list[str]) -> str | None:
    """The reason whose stems the words match most often (None when none matches)."""
    scores = Counter()
    for word in words:
        for reason, stems in REASON_LEXICON.items():
            if any(word.startswith(stem) for stem in stems):
                scores[reason] += 1
    if not scores:
        return None
    return max(sorted(scores), key=lambda reason: scores[reason])


_LEXICON_IDS = {reason: set(hashed(list(stems))) for reason, stems in REASON_LEXICON.items()}


def _bag(word_ids: list[int]) -> dict[str, int]:
    """Word counts as the naive Bayes model reads them."""
    return dict(Counter(f"w{i}" for i in word_ids))


class ReasonReader:
    """Online naive Bayes over hashed words, trained on tabulations; the lexicon until it has learnt.

    ``min_examples`` tabulations must be seen before the learnt model speaks; until then, and for
    texts the lexicon recognises but the model has too little evidence on, the lexicon answers.
    """

    def __init__(self, min_examples: int = 30, alpha: float = 0.3) -> None:
        self.model = naive_bayes.MultinomialNB(alpha=alpha)
        self.min_examples = min_examples
        self.examples = 0

    def learn(self, word_ids: list[int], reason: str) -> None:
        if word_ids:
            self.model.learn_one(_bag(word_ids), reason)
            self.examples += 1

    def predict(self, word_ids: list[int], words: list[str] | None = None) -> str | None:
        """The most likely reason for these words (hashed ids; plain words help the lexicon)."""
        if not word_ids:
            return None
        if self.examples >= self.min_examples:
            proba = self.model.predict_proba_one(_bag(word_ids))
            if proba:
                return max(sorted(proba), key=proba.get)
        if words is not None:
            return lexicon_reason(words)
        hits = Counter(reason for reason, ids in _LEXICON_IDS.items() for i in word_ids if i in ids)
        return max(sorted(hits), key=hits.get) if hits else None
