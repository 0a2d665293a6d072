"""What simulated customers write and say, in Brazilian Portuguese as it is really typed.

Each true reason for not paying has its own ways of saying it. :func:`noisy` then writes it the way
customers type on a phone: accents dropped, words shortened (vc, q, pq, n, tb), letters swapped.
"""

from __future__ import annotations

import random
import unicodedata

REASON_PHRASES: dict[str, tuple[str, ...]] = {
    "unemployment": (
        "fui demitido mês passado e ainda não consegui outro emprego",
        "perdi meu emprego, estou desempregado, não tenho como pagar agora",
        "a empresa fechou e fiquei sem trabalho",
        "estou sem emprego desde o começo do mês, assim que arrumar algo eu pago",
    ),
    "income_drop": (
        "meu salário diminuiu e a renda não está dando",
        "cortaram minhas horas e estou ganhando bem menos",
        "as vendas caíram muito, minha renda caiu pela metade",
        "o dinheiro não está dando para tudo esse mês, ganho menos agora",
    ),
    "lack_of_planning": (
        "me enrolei com as contas esse mês, gastei mais do que devia",
        "acabei me descontrolando nos gastos e o dinheiro acabou",
        "não me organizei direito, tenho muitas contas vencendo juntas",
    ),
    "offer_not_adherent": (
        "a parcela que vocês oferecem é muito alta para mim",
        "não consigo pagar esse valor de entrada, preciso de uma proposta menor",
        "o acordo não cabe no meu bolso, tem como parcelar em mais vezes",
    ),
    "debt_not_recognized": (
        "não reconheço essa dívida, nunca fiz essa compra",
        "que cobrança é essa? não tenho nada com vocês",
        "essa conta não é minha, nunca contratei isso",
    ),
    "already_paid": (
        "eu já paguei esse boleto, tenho o comprovante",
        "já fiz o pagamento semana passada, vou mandar o comprovante",
        "paguei pelo pix no dia do vencimento, verifiquem por favor",
    ),
    "fraud_suspected": (
        "não fui eu que fiz essa compra, acho que clonaram meu cartão",
        "roubaram meus documentos e abriram conta no meu nome",
        "isso é golpe, alguém usou meus dados",
    ),
    "health_or_family": (
        "minha mãe está internada e estou gastando tudo com remédio",
        "fiquei doente e não pude trabalhar, estou me recuperando",
        "tive um problema de saúde na família, estou sem condições agora",
    ),
    "forgot": (
        "esqueci de pagar, nem vi que tinha vencido",
        "passou a data e eu nem lembrei, vou pagar hoje",
        "me esqueci completamente do vencimento, desculpa",
    ),
    "other": ("vou ver o que consigo fazer", "depois eu vejo isso", "agora não dá pra falar"),
}
HUMAN_REQUEST = (
    "quero falar com um atendente",
    "me passa pra uma pessoa de verdade",
    "robô não resolve, quero um humano",
)
AGGRESSIVE = ("parem de me ligar todo dia, que absurdo", "vou processar vocês, isso é assédio", "me deixem em paz")
DISTRESSED = ("não aguento mais essa situação, estou desesperado", "não sei mais o que fazer da minha vida")
NEUTRAL_REPLY = ("ok", "recebi", "vou ver", "certo, obrigado", "blz")

_SHORT = {
    "você": "vc",
    "voce": "vc",
    "que": "q",
    "porque": "pq",
    "por que": "pq",
    "não": "n",
    "nao": "n",
    "também": "tb",
    "tambem": "tb",
    "beleza": "blz",
    "mês": "mes",
    "para": "pra",
    "está": "ta",
    "estou": "to",
}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def noisy(text: str, rng: random.Random) -> str:
    """``text`` as typed on a phone: no accents, abbreviations, a typo now and then, lower case."""
    words = text.lower().split()
    if rng.random() < 0.6:
        words = [_SHORT.get(w, w) if rng.random() < 0.7 else w for w in words]
    out = " ".join(words)
    if rng.random() < 0.7:
        out = strip_accents(out)
    if rng.random() < 0.3 and len(out) > 10:
        i = rng.randrange(len(out) - 1)
        out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    return out


def reason_text(reason: str, rng: random.Random) -> str:
    return noisy(rng.choice(REASON_PHRASES[reason]), rng)
