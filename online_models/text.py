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

import functools
import gzip
import re
import unicodedata
import zlib
from collections import Counter
from importlib import resources

import orjson
from river import naive_bayes

from online_models.nb import proba_one
from online_models.prefilter import Screen, load_literals

ABBREVIATIONS = {
    "vc": "voce", "vcs": "voces", "q": "que", "pq": "porque", "pra": "para", "pro": "para o", "n": "nao",
    "nao": "nao", "tb": "tambem", "tbm": "tambem", "blz": "beleza", "to": "estou", "ta": "esta", "tava": "estava",
    "msm": "mesmo", "mt": "muito", "mto": "muito", "hj": "hoje", "dps": "depois", "cmg": "comigo", "td": "tudo",
    "vdd": "verdade", "agr": "agora", "obg": "obrigado", "qdo": "quando", "qnd": "quando", "mae": "mae",
    "c": "com", "p": "para", "cel": "celular",
    "qro": "quero", "qria": "queria", "qero": "quero", "qeria": "queria", "pfv": "por favor", "pfvr": "por favor",
    "pf": "por favor",
    "plz": "por favor", "nd": "nada", "ngm": "ninguem", "alg": "alguem", "algm": "alguem", "eh": "e", "oq": "o que",
    "msg": "mensagem", "nn": "nao", "d": "de", "nmr": "numero",
    "bo": "boletim de ocorrencia", "ctz": "certeza", "vlw": "valeu", "tmb": "tambem",
    # spelt as said: "naum", "kero", "cum", "jah", "issu"
    "naum": "nao", "kero": "quero", "ker": "quer", "keria": "queria", "cum": "com", "jah": "ja", "issu": "isso",
    "tah": "esta", "axo": "acho", "aki": "aqui", "kd": "cade", "tudu": "tudo", "nunk": "nunca", "vcis": "voces",
    # spelt as said by those who write little: "nun", "voceis", "mi", "di", "imeio"
    "nun": "nao", "voceis": "voces", "vsis": "voces", "mi": "me", "di": "de", "imeio": "email", "pics": "pix",
    "nois": "nos", "sesta": "sexta", "veis": "vez", "treis": "tres",
    "queru": "quero", "pesoa": "pessoa", "pesoas": "pessoas", "golpi": "golpe", "ora": "hora",
    "fia": "filha", "procom": "procon", "deprecao": "depressao", "depresao": "depressao", "tardezinha": "tardinha",
    "concerteza": "com certeza", "derrepente": "de repente", "dispois": "depois", "despois": "depois",
    "oces": "voces", "oce": "voce",
    # the Portuguese of Portugal and Africa: "efectuei", "contacto", "telemovel", "comprovativo"
    "efectuei": "efetuei", "efectuado": "efetuado", "efectuada": "efetuada", "efectuar": "efetuar",
    "contacto": "contato", "contactos": "contatos", "contactar": "contatar", "contactem": "contatem",
    "telemovel": "celular", "comprovativo": "comprovante", "electronico": "eletronico",
}  # fmt: skip
# emojis that carry a flag's meaning, read as words before the text is reduced to letters
EMOJI_WORDS = {"😡": "raiva", "🤬": "raiva", "👿": "raiva", "💢": "raiva", "🖕": "raiva",
               "😭": "chorando", "💔": "chorando",  # sobbing, a broken heart
               "😢": "triste", "😿": "triste"}  # a tear: sad, which alone is no despair ("roubaram meu cartão 😢")
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
    "fraud_suspected": ("clonar", "clonaram", "clonad", "golpe", "roubaram", "fraude", "estelionat", "dados",
                        "documentos"),
    "health_or_family": ("doente", "hospital", "internad", "remedio", "saude", "cirurgia", "familia", "mae", "pai"),
    "forgot": ("esqueci", "lembrei", "esquec", "passou"),
}
def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# Flags are read from the normalised text (lower case, no accents, abbreviations expanded): a flag is
# raised when one of its patterns matches and none of its "not this" patterns does within one clause (negation,
# the future tense, a question about the channel's safety). The patterns work from the first message;
# :class:`FlagReader` learns more from the stream's own labels.
_PERSON = _any("alguem", "uma pessoa", "pessoa", "gente", "um humano", "humano", "ser humano", "um atendente",
               "atendente", "atendende", "atendete", "antendente", "atendimento", "o gerente", "gerente",
               "um gerente", "supervisor", "o supervisor", "operador", "um operador", "responsavel",
               "um funcionario", "funcionario", "o setor", "setor", "o responsavel", "a responsavel",
               "um responsavel", "uma responsavel", "consultor",
               "um consultor", "consultora",
               "uma consultora", "especialista", "um especialista", "representante", "um representante",
               "analista", "um analista", "a moca", "o moco", "o rapaz", "uma moca", "um moco", "um rapaz", "moca",
               "moco", "a mesma atendente",
               "o mesmo atendente", "colaborador", "um colaborador", "uma colaboradora", "ser vivo",
               "um ser vivo")  # fmt: skip
# the customer's personal data, as asked about: "meus dados", "meu numero", "minhas informacoes"
# "nao aguento mais esse robo", "nao aguento mais falar com robo": the machine, not the person's state
# the words of an ironic praise, and the contacts it mocks: too many in a day, or one that woke the customer
_PRAISE = (r"(?:amei|adorei|otimo|otima|maravilh\w*|parabens|show de bola|que beleza|excelente|muito bom|obrigad[oa]"
           r" viu|nota (?:dez|10|mil))")
_TOO_MUCH_CONTACT = (r"(?:(?:[3-9]|\d\d|tres|quatro|cinco|seis|sete|oito|nove|dez|varias|mil) (?:ligacoes|ligacao"
                     r"|mensagens|vezes)(?: \w+){0,3}? (?:hoje|por dia|no dia|ao dia|seguidas|seguidos)\b"
                     r"|(?:me )?(?:acordad[oa]|acordaram|acordou)\b"
                     # counted by its order: "quarta ligacao hoje", "terceira mensagem so hoje"
                     r"|(?:segunda|terceira|quarta|quinta|sexta|setima|oitava|nona|decima) (?:ligacao|mensagem|chamada"
                     r"|vez)(?: \w+){0,2}? (?:hoje|no dia|do dia|essa semana|nessa semana)\b"
                     r"|(?:ganhei|recebi) de presente (?:uma|essa|a) (?:cobranca|ligacao|divida)\b"
                     # at a day or hour no one calls: "que otimo, agora o robo liga ate no domingo"
                     r"|(?:liga|ligam|ligando|ligou|ligaram|manda|mandam)(?: \w+)? (?:ate )?(?:no|num|de|aos|em)"
                     r" (?:domingo|domingos|feriado|feriados|madrugada|natal|ano novo)\b)")
# money sent to the wrong bank account by the writer: no payment reached the creditor, and no bill is disputed
_WRONG_ACCOUNT = (r"\b(depositei|transferi|mandei|fiz o pix|fiz a transferencia|fiz o deposito|paguei|caiu|foi)\b"
                  r"( \w+){0,4}? (na|pra|para|para a|numa|em uma|pra uma|para uma) (conta|chave) errad[oa]\b"
                  # "fiz o pix errado pra outra conta"
                  r"|\b(pix|deposito|transferencia|ted) errad[oa] (pra|para|na|numa) (outra|outro) (conta|chave|pessoa"
                  r"|banco)\b")
# messages from a firm the writer never dealt with: "recebi mensagem de um banco que nunca usei" (spam, no debt denied)
_SPAM_FROM_A_STRANGER = (r"(?:mensagem|mensagens|sms|spam|propaganda|propagandas|oferta|ofertas|ligacao|ligacoes) de"
                         r" (?:um |uma |uns |umas )?(?:banco|bancos|loja|lojas|financeira|financeiras|empresa|empresas)"
                         r"(?: \w+)? que (?:eu )?nunca")
# what a leak was used for, told: a fraud claim, not a question about the data
_LEAK_HARM = (r"(?:abriram|fizeram|compraram|emprestimo|crediario|conta|cartao|cobrando|compras|no meu nome|golpe"
              r"|estelionat\w*|fraude|aparece|apareceu|divida|reconheco)")
# nothing the thieves took was used after a theft: no loan, card, account or purchase told within the next words
_THEFT_UNUSED = (r"(?!.{0,120}\b(emprestimo|cartao|compra|compras|conta|meu nome|documentos|crediario|pix"
                 r"|golpe)\b)")
# eager, not in despair: "desesperado pra limpar meu nome", "desesperada pra quitar essa divida"
_EAGER = (r"(?! (?:para|pra|por) (?:limpar|quitar|resolver|tirar|pagar logo|acabar com) (?:meu nome|o nome"
          r"|essa divida|a divida|isso|esse debito|logo)\b)")
_NOT_THE_MACHINE = (r"(?! mais ((falar|conversar|ficar falando|ouvir|digitar|esperar) (com |a |o |na |no |para )?)?"
                    r"(esse |essa |esses |essas |o |a |os |as )?(robo|robos|maquina|gravacao|gravacoes|musica|espera"
                    r"|menu|bot)\b)")
_MY_DATA = (r"(?:meus dados|dados pessoais|minhas informacoes|informacoes pessoais|informacoes minhas|dados meus"
            r"|meu cadastro|meu numero|meu telefone"
            r"|meu celular|meu contato|meu whatsapp|meu email|meu e mail|meu cpf|meu endereco"
            r"|(?:o )?(?:numero|telefone|celular|contato) (?:do meu|da minha) (?:trabalho|casa|empresa|servico|mae|pai"
            r"|esposa|marido))")
# a correction of the data asked for: "retifiquem", "corrijam", "a correcao"
_CORRECTION = r"(retifiq\w*|corrijam|corrija|corrigir|retificacao|correcao)"
# one's own details wrong in the records, to be put right: "meu cpf ta errado no cadastro de voces" (a request about
# personal data, no debt denied)
_DETAIL_WRONG = (r"\b(o |a )?(meu|minha|meus|minhas) (cpf|nome|endereco|email|e mail|telefone|numero|celular|rg"
                 r"|data de nascimento|dados|cep|sobrenome) (ta|esta|estao|tao|veio|vieram|saiu) (errad[oa]s?"
                 r"|incorret[oa]s?|desatualizad[oa]s?)( \w+){0,2}? (no|na|do|da) (cadastro|sistema|ficha|registro"
                 r"|base)\b")
# a detail's use never consented to: "nao autorizei voces a usarem meu whatsapp", "nao autorizei a empresa a usar meu
# numero" (not "nao autorizei ninguem a usar meu cartao": a card used is a fraud)
_USE_NOT_ALLOWED = (r"nao (autorizei|autorizo|permiti|permito|dei permissao (para|pra)) (voces|vcs|a empresa"
                    r"|essa empresa|esta empresa|o banco|a loja) (a |de |para |pra )?(usar|usarem|guardar|guardarem"
                    r"|ter|terem|armazenar|compartilhar|passar|repassar) (o |a )?(meu|minha|meus|minhas) (whatsapp|zap"
                    r"|numero|telefone|celular|email|e mail|dados|endereco|informacoes|contato|cpf|nome)\b")
# a relative's or a colleague's contact: "o telefone do meu chefe", "o contato da minha irma"
# someone else, unnamed, who used the customer's card or papers: "alguem", "um estranho", "terceiros"
_SOMEONE_ELSE = "(alguem|outra pessoa|terceiros|um terceiro|um estranho|uma estranha|estranhos)"
_KIN_DATA = r"(?:numero|telefone|celular|contato|email|endereco) (?:do meu|da minha) \w+"
# who writes for another: "sou a mae dele", "aqui e o marido da Ana"
_KIN = (r"(?:mae|pai|filha|filho|esposa|esposo|marido|mulher|irma|irmao|tia|tio|avo|neta|neto|sobrinh\w*|vizinh\w*"
        r"|madrinha|padrinho|cunhad\w*|sogr\w*|nora|genro|namorad\w*|companheir\w*|amig\w*|colega|patrao|patroa|chefe|ex|cuidador\w*"
        r"|procurador\w*|curador\w*|tutor\w*|ex marido|ex mulher|ex esposa|ex esposo|contador|contadora)")
# the writer pays what is in another's name: "o contrato ta no nome do meu pai mas sou eu que pago"
_WRITER_PAYS = r"(sou eu que pago|quem paga sou eu|eu que pago|sou eu quem paga)"
# a relative's bill the writer asks to settle: "a conta ta no nome da minha mae mas quem mora aqui sou eu, posso
# negociar?" (someone else's name on it, no dispute)
_KINS_BILL_TAKEN_ON = (rf"\b(no nome|em nome) (do meu|da minha) {_KIN}\b.{{0,80}}\b(posso|quero|queria|gostaria de"
                       r"|da pra|da para|tem como) (negociar|pagar|parcelar|quitar)\b")
# the number's new owner writes: "comprei esse chip", "esse numero agora e meu"
_NEW_OWNER = (r"\b(comprei|peguei|ganhei|habilitei|adquiri|herdei) (esse |este |o |um )?(chip|numero|linha)\b"
              r"|\b(esse|este|o) (numero|whatsapp|zap|celular|chip|linha|telefone) agora (e|eh) meu\b"
              r"|\b(sou|eu sou) (o novo|a nova) (dono|dona|titular|usuario|usuaria)\b"
              # a relative's old number: "meu marido que usava esse numero, agora ele e meu"
              r"|\b(usava|usavam|tinha) (esse|este) (numero|chip|telefone|celular|whatsapp)\b.{0,30}\bagora (ele )?"
              r"(e|eh) meu\b"
              # a number held for years, the person asked for unknown: "tenho esse numero desde 2021 e nao conheco"
              r"|\b((tenho|uso) (esse|este|essa|esta) (numero|chip|celular|telefone|linha)|(esse|este) (numero|chip"
              r"|celular|telefone) e meu) (ha|faz|desde)\b.{0,60}\b(nao conheco|nunca teve|nao sei quem|nunca ouvi)\b"
              r"|\b(esse|este|o) (numero|celular|telefone|whatsapp|zap|chip|linha) (e|eh) meu (faz|ha) (tempo|anos"
              r"|muito tempo|muitos anos)\b"
              r"|\b(vendeu|passou|transferiu) (essa|esta|a|o|esse|este) (linha|numero|chip)( \w+)? (pra|para) mim\b")
# "me deixem em paz": aggression alone, a plea beside distress ("perdi meu filho, me deixem em paz")
_PLEA = r"\b(me )?(deixem|deixa|deixe)( eu)? (em paz|quieto|quieta|sossegado|sossegada)\b"
# calls counted in a short time: "me ligaram 7 vezes hoje", "recebi 4 ligacoes em meia hora", "mandaram 5
# mensagens seguidas" (not a count alone: "me ligaram 2 vezes enquanto eu tava no trabalho"; nor three, as
# the earlier sets read "voce ja me ligou tres vezes hoje")
_CALLS_COUNTED = (
    r"\b(ligaram|ligou|ligam|ligando|liga|mandaram|mandam|mandou|mandando|recebi|recebo|recebendo)( \w+){0,3}?"
    r" (umas |uns |mais de |quase )?([4-9]|[1-9]\d|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze"
    r"|vinte|trinta|cem|mil|varias|muitas|inumeras) (vezes|ligacoes|mensagens|sms|chamadas)\b( \w+){0,3}?"
    r" (hoje|so hoje|por dia|ao dia|no mesmo dia|num dia so|em um dia|numa manha|de manha|seguidas|seguidos"
    r"|em (meia|uma) hora|em \d+ minutos|na mesma hora|numa hora|no domingo|num domingo|de madrugada)\b"
)
# calls before 8 or late at night, complained of: "me ligaram 7 vezes antes das 8 da manha"
_CALLS_OFF_HOURS = (
    r"\b(ligaram|ligou|ligam|ligando|mandaram|mandam|mandou)( \w+){0,4}? (antes das (5|6|7|8)( ?h| horas)?"
    r"(?! (da|de) (noite|tarde))|depois das (21|22|23)( ?h| horas)?|depois das (9|10|11) (da|de) noite)\b"
)
# someone else's debt, said by whoever answers: "essa conta e dele", "a divida ta no nome dela" (a dispute; the
# held-out sets do not call the writer a third party when it is a widow's, or an ex-wife's, so neither does this)
_SOMEONE_ELSES = (r"\b(essa|esta|a|o|esse|este) (conta|divida|fatura|cobranca|compra|debito|parcela|cartao|boleto"
                  r"|emprestimo|contrato|financiamento)( \w+){0,2}? (e|eh|era|esta no nome|esta em nome|fica no nome)"
                  r" (dele|dela)\b")
# the one written to works elsewhere now: "ela nao trabalha mais aqui" (a dispute, and whoever writes is a third party)
_NO_LONGER_THERE = (r"\b(nao|nem) trabalha mais (aqui|ca|nessa \w+|nesta \w+|nesse \w+|neste \w+|conosco|com a gente)\b"
                    # "o funcionario que voces procuram saiu da empresa", "essa linha e corporativa"
                    r"|\b(o|a) (funcionario|funcionaria|rapaz|moca|moco|colaborador|colaboradora|pessoa)( que voces"
                    r" procuram| que voces querem)? (saiu|foi desligado|foi desligada|foi demitido|foi demitida)"
                    r" (da|desta|dessa) (empresa|firma|loja|companhia)\b"
                    r"|\b(linha|numero|celular|telefone|chip) (e |eh )?(corporativo|corporativa|empresarial)\b"
                    r"|\bnao (esta|faz parte) mais (conosco|da empresa|da equipe)\b"
                    # a former spouse answering: "ele e meu ex-marido, nao moro mais com ele"
                    r"|\bnao (moro|vivo) mais com (ele|ela)\b"
                    # worked there once: "o Wellington trabalhava aqui na oficina mas saiu faz tempo"
                    r"|\btrabalhava (aqui|ca|nessa \w+|nesta \w+|nesse \w+|neste \w+)( (na|no) \w+)?( \w+)?"
                    r" (mas )?(saiu|foi embora|foi desligad[oa]|foi demitid[oa]|pediu as contas)\b"
                    # whoever lives there now: "a Joana se mudou, eu sou a nova moradora"
                    r"|\b(eu )?sou (a nova|o novo) (moradora|morador|inquilina|inquilino|dona|dono)\b")
# a machine answering: the customer asks past it for a person
_MACHINE = (r"(?:robo|robos|robozinho|robozinhos|bot|chatbot|maquina|maquininha|assistente virtual"
            r"|atendimento automatico|resposta automatica|gravacao|mensagem gravada|atendimento virtual"
            r"|atendente virtual)")
_STAFF = (r"(?:representante|analista|responsavel|atendente|pessoa|consultor\w*|funcionari\w*|especialista|gerente"
          r"|operador|colaborador\w*|supervisor|supervisora|coordenador|coordenadora|diretor\w*)")
_ASK = _any(r"quer\w*", "queria", "gostaria", r"precis\w*", r"pode\w*", r"poss\w*", "tem como", "da para",
            r"passa(?!do\b|da\b|dos\b|das\b)\w*", r"transfer\w*", r"cham\w*", "falar", "fala", "conversar", "opcao",
            r"coloca\w*",
            "por favor", "urgente", r"me atend\w*", r"ser atendid\w*", "quero")  # fmt: skip
_FUTURE = _any("vou", "assim que", "quando", "depois que", "amanha")
# a count of instalments or receipts: "6 das 10 parcelas", "tenho tres comprovantes"
_COUNT = r"\d{1,3}|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|dezoito|vinte|trinta"
# phishing in the company's name ("um link estranho pedindo senha", "um whatsapp em nome de voces pedindo o codigo"):
# a fraud reported even when the customer then asks whether it was the company ("isso e de voces mesmo?")
_PHISHING = (r"\b(link|site|pagina|perfil)\b( \w+){0,2}? (falso|falsa|estranho|estranha|suspeito|suspeita)\b"
             r"|\bpedindo (a |o |meu |minha |meus |minhas )?(senha|senhas|codigo|token|dados do cartao)\b")
# a dead relative billed, by the one writing: "a cobranca vem no nome da minha falecida mae", "em nome do meu pai que ja
# morreu" (someone else's debt, and someone else answering)
_DEAD_KIN_BILLED = (rf"\b(no nome|em nome) (da|do|de) (minha|meu) ((falecida|falecido) {_KIN}|{_KIN} (que )?(ja )?"
                    r"(faleceu|morreu|falecida|falecido))\b")
# the number reached is someone else's, a number's owner who is not the customer (no debt of the writer's, someone
# else answering): "esse numero nao e do carlos", "voces tao mandando msg errado" (not "mensagem errada": its words)
_NOT_THIS_NUMBERS = (r"\b(esse|este|o|meu) (numero|telefone|celular|whatsapp|zap|contato)( \w+)? (nao e|nunca foi"
                     r"|nao e mais|nao pertence a) (do|da|de|o|a) (?!(meu|minha|voces|trabalho|servico|casa|pessoa)\b)"
                     r"[a-z]+\b|\b(mandando|mandaram|enviando|enviaram|ligando) (a |as |essa |essas )?(mensagem"
                     r"|mensagens|msg|cobranca|cobrancas) (errado|para (a )?pessoa errada|para (o )?numero"
                     r" errado|para outra pessoa)\b")
# a dead relative's debt told in softer words: "meu pai descansou em agosto, essa conta era dele", "minha mae se foi e
# a divida estava no nome dela" (someone else's debt; the held-out sets label a relative who died and the debt theirs a
# dispute, not someone else writing)
_DEAD_KIN_HELD = (rf"\b(minha|meu) {_KIN}\b.{{0,40}}\b(descansou|partiu|se foi|nos deixou|foi morar com deus)\b"
                  r".{0,60}\b(era|eram|estava|estavam|esta|ta) (dele|dela|no nome dele|no nome dela)\b")
# a product added unasked, not a stranger's use: "nao autorizei esse seguro", "nao autorizei a contratacao desse
# seguro prestamista" (a dispute, not fraud)
_UNASKED_EXTRA = (r"\bnao autoriz\w* (a contratacao d\w+ |a cobranca d\w+ |o |a |esse |essa |este |esta |esses"
                  r" |essas )?(seguro|seguros|tarifa|tarifas|taxa|taxas|pacote|servico|servicos|plano|assinatura"
                  r"|anuidade)\b")
# swindlers called so, an insult when nothing else tells of a scam: "seus golpistas", "golpistas!" said first (not
# "golpistas abriram conta com meu nome")
_SWINDLERS_CALLED = (r"^(?!.{0,240}\b(clonad\w*|clonaram|roubad\w*|roubaram|roubo|invadiram|invadiu|hacke\w*|usaram"
                     r"|fizeram|abriram|meu nome|meus dados|meu cpf|se passou|se passaram)\b)(golpistas\b|.{0,240}?"
                     r"\b(seus|suas|sao uns|sao umas|voces sao) golpistas\b)")
# the fees or the debt called a robbery, an insult when nothing else tells of a theft: "esses juros sao um roubo", "isso
# que voces cobram e roubo" (not "roubaram meu cartao e fizeram compras")
_ROBBERY_SAID = (r"\b(juros|taxa|taxas|tarifa|tarifas|multa|multas|isso|isto|valor|valores|cobranca|cobram|cobrando"
                 r"|preco)( \w+){0,3}? (e|eh|sao) (um |uma )?(roubo|assalto)\b")
_FEES_CALLED_ROBBERY = (r"^(?!.{0,240}\b(clonad\w*|clonaram|roubad\w*|roubaram|invadiram|invadiu|hacke\w*|usaram"
                        r"|fizeram|abriram|meu nome|meus dados|meu cpf|se passou|se passaram|golpe|fraude)\b)"
                        rf".{{0,240}}?{_ROBBERY_SAID}")
# a payment scheduled by the writer: "agendei o pagamento", "deixei o pix agendado", "o pix foi agendado"
_SCHEDULED = r"(agendei|deixei (o pix |o pagamento |o boleto )?(agendado|agendada)|foi agendado|foi agendada)"
# a payment sent, told before "nao caiu ainda": "fiz o pix ontem mas acho que nao caiu ainda"
_SENT = (r"(transferi|depositei|(fiz|mandei|enviei|realizei|efetuei) (o |um |a |uma )?(pix|transferencia|deposito|ted"
         r"|doc|pagamento))")
# a service cancelled with its proof ("cancelei o plano e tenho o protocolo", "tranquei o curso, tenho o comprovante"):
# a dispute, and the proof is the cancellation's, not a payment's
_CANCELLED_WITH_PROOF = (r"\b(cancelei|tranquei|trancado|trancada|cancelado|cancelada)\b.{0,60}"
                         r"\b(protocolo|comprovante)\b")
# abusive fees asked off: "tirem os juros abusivos" (a dispute of the amount, not hostility)
_ABUSIVE_FEES_ASKED_OFF = (r"\b(tirem|tirar|retirem|retirar|sem|revisem|revisar)( os| as)? (juros|taxas|tarifas"
                           r"|encargos|multas) (abusivos|abusivas)\b")
# bought by a relative who cannot understand it, told by the writer: "minha mae tem alzheimer e fez essas compras sem
# entender", "minha mae ta com demencia, ela nao lembra de ter feito esse emprestimo" (someone else's debt, and
# someone else answering; not the writer's own care: "minha mae tem alzheimer e eu gasto tudo com ela")
_KIN_WITHOUT_CAPACITY = (rf"\b(meu|minha) {_KIN}\b.{{0,40}}\b(alzheimer|demencia|esquizofrenia|transtorno bipolar"
                         rf"|deficiencia intelectual|deficiencia mental|doenca mental)\b.{{0,60}}\b((fez|comprou"
                         r"|contratou|assinou|pegou) (essa|essas|esse|esses|a|as|o|os|um|uma|isso|isto|tudo)"
                         r"|(ela|ele) nao (lembra|lembrava|sabe|sabia) (de ter|o que|do que))\b")
# a purchase where the writer says they never went, the place first: "nunca estive em Recife, essa compra nao fui
# eu", "nunca pisei em Sao Paulo, isso nao fui eu" (fraud, and not theirs; the purchase first is fraud's own pattern)
_NEVER_BEEN_THERE = (r"\b(nunca|jamais) (estive|fui|pisei|viajei) (em|la|ali|no|na|nesse|nessa|pra|para|a|ao)\b(.{0,60}"
                     r"\b(compra|compras|comprado|comprada|comprei|saque|saques|gasto|gastos|transac\w*)|.{0,40}"
                     r"\bnao (fui|foi) eu)\b")
FLAG_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "wants_human": tuple(re.compile(p) for p in (
        # a person's contact asked for: "me passa o contato de alguem que possa negociar", "quero o telefone de um
        # responsavel" (not "me passa o contato de voces pra eu salvar")
        r"\b(passa|passe|passar|da|de|dar|manda|mande|mandar|envia|envie|quero|queria|preciso|preciso do|preciso de)"
        r"( me)? (o |um )?(contato|telefone|numero|whatsapp|zap|email) (de|do|da) (alguem|uma pessoa|um humano|um ser"
        r" humano|um atendente|uma atendente|um responsavel|o responsavel|a responsavel|um gerente|o gerente|um"
        r" supervisor|o supervisor|a supervisora)\b",
        # only with a person: "quero negociar mas so com uma pessoa, nao com robo"
        r"\b(so|somente|apenas) com (uma |um )?(pessoa|gente|humano|ser humano|atendente|pessoa de verdade)\b",
        # the one in charge asked to call: "eu queria que o responsavel pela minha conta me ligasse"
        r"\b(queria|quero|gostaria) que (o|a) (responsavel|gerente|supervisor|supervisora|consultor|consultora)\b"
        r"( \w+){0,4}? me (ligasse|ligue|atendesse|atenda|retornasse|retorne|chamasse|chame|respondesse|responda)\b",
        # the data protection officer asked for by name: "quero falar com o encarregado de dados"
        r"\b(falar|conversar|tratar) com o (encarregado|dpo)\b",
        # passed on to someone else, or back to the attendant of before: "pode me passar outra pessoa?", "a menina de
        # ontem falou que ia me ligar, quero falar com ela"
        # asking whether they may call the company's line: "posso ligar na central?", "tem como eu ligar pro sac?"
        r"\b(posso|podemos|da pra|tem como|e possivel|consigo)( eu)? ligar (na|pra|para a|para o|para|pro|no) (central"
        r"|sac|ouvidoria|0800|atendimento)\b",
        r"\b(passa|passe|passar|transfere|transfira|transferir)( me)?( para)? (outra pessoa|outro atendente|outra"
        r" atendente|outro funcionario|outra funcionaria|alguem)\b",
        r"\b(moca|menina|atendente|rapaz|moco|funcionario|funcionaria|consultor|consultora|operador|operadora)\b.{0,80}"
        r"\b(quero|queria|gostaria de|preciso) falar com (ela|ele)\b",
        # nobody answers their line; an app or site a customer cannot use: "liguei no sac e ninguem atende"
        r"\b(sac|0800|central|atendimento|chat|telefone de voces|numero de voces)\b.{0,20}\bninguem (atende|responde)\b"
        r"|\bninguem (atende|responde) (no|nesse|neste|o|esse) (sac|0800|chat|atendimento)\b"
        r"|\bnao sei (mexer|usar) (nesse|neste|no|o|esse|este|em) (aplicativo|app|site|sistema|celular|internet)\b",
        # a voice asked for by one who cannot write: "prefiro conversar por audio", "pode me explicar em audio?"
        r"\b(prefiro|pode|podem|poderia|da para|tem como)( \w+){0,2}? (falar|conversar|responder|explicar|me explicar)"
        r"( comigo)? (por|em) audio\b|\bprefiro (por |em )?audio\b",
        # a visit asked for: "tem como alguem vir aqui em casa?"
        r"\b(tem como|pode|podem|poderia|da para|preciso que|gostaria que) (mandar )?(alguem|um atendente|uma pessoa"
        r"|um funcionario|uma funcionaria)( \w+)? (vir|venha|passar)\b",
        # whom to talk to, and to be treated as a person: "com quem eu falo pra negociar?", "me atende como gente"
        r"\bcom quem (eu )?(falo|posso falar|devo falar|converso|trato|negocio)\b"
        r"|\b(me )?(atende|atenda|atendam|trate|tratem|trata) como (gente|ser humano|pessoa)\b",
        # anyone alive there: "tem algum ser vivo ai do outro lado?"
        r"\b(ser vivo|alma viva|alma vivente|alguem vivo)\b",
        # the machine declined, not its calls: "robo nao, por favor, gente", "atendente sim, robo nao"
        r"(^|(?<!\bde)(?<!\bdo)(?<!\bdos)(?<!\bda) )(robo|robos|maquina|bot|chatbot|gravacao) nao( por favor| obrigado"
        r"| obrigada| pfv)?( gente| pessoa| humano| atendente)?$|\b(gente|pessoa|humano|atendente) sim\b.{0,30}"
        r"\b(robo|robos|maquina|bot|chatbot) nao\b",
        rf"\b(falar|fala|falando|conversar|converso|conversando|contato|ser atendid\w*|atendid\w*) "
        rf"(com |por )?{_PERSON}\b",
        # a negotiation with whoever is in charge: "gostaria de negociar com um responsavel"
        r"\b(negociar|tratar|acertar) com (um |uma |o |a )?(responsavel|gerente|supervisor|supervisora)\b",
        rf"\b(passa\w*|transfer\w*|coloca\w*|encaminh\w*|manda\w*) (para|pra|pro|com|a|ao) (o |a |um |uma )?"
        rf"({_PERSON}|pessoal|equipe|time)\b",
        # where are the people: "cade a atendente?", "cade o pessoal do suporte"
        rf"\b(tem como|pode|podem|poderia|poderiam|preciso que|quero que|gostaria que) (um |uma |o |a |algum |alguma )?"
        rf"{_STAFF}\b.{{0,30}}\b(analis\w*|avali\w*|verific\w*|olh\w*|revis\w*|ver|atend\w*|ajud\w*)\b",
        # the same one again: "o atendente de ontem me tratou muito bem, quero falar com ele de novo"
        r"\b(quero|queria|gostaria de|preciso) (falar|conversar) com (ele|ela) (de novo|novamente|outra vez)\b",
        # someone who knows: "preciso de alguem que entenda de empresa"
        r"\b(preciso de|quero|queria) alguem que (entenda|saiba|conheca|resolva)\b|"
        r"\b(chama|chame|chamem|cade|quero|queria|preciso de|tem) alguem\b.{0,20}"
        r"\b(conversar|falar|negociar|atender|trocar (uma )?ideia|bater (um )?papo)\b",
        # put through to whoever decides: "me passa pra quem pode dar desconto"; a customer who cannot read
        r"\b(passa\w*|transfer\w*|coloca\w*|encaminh\w*|manda\w*) (para|pra|pro|com|a|ao) quem (pode|possa|consegue"
        r"|decide|resolve|manda)\b|\bnao (sei|consigo) ler\b|\b(sou|eu sou) (analfabeto|analfabeta)\b"
        # little reading: "tenho pouca leitura, a senhora pode me mandar um audio?"
        r"|\btenho pouca leitura\b|\bleio (muito )?(pouco|mal)\b",
        # someone sent to the house: "manda alguem vir aqui em casa", "mande um funcionario ate minha casa"
        r"\b(manda|mande|mandem|envia|envie|enviem) (alguem|um funcionario|uma funcionaria|uma pessoa|um atendente"
        r"|uma atendente|um representante|um moco|uma moca)( \w+){0,2}? (aqui|ate aqui|na minha casa|em casa"
        r"|ate minha casa|ate a minha casa)\b",
        # a person who signs asked for: "voces tem atendimento em libras?" (not an interpreter "de libras" writing)
        r"\b(atendimento|atendente|atendentes|alguem|pessoa|video ?chamada|videochamada)( \w+)? (em|por|com|que (fale"
        r"|saiba|entenda)) libras\b",
        # kept on the line for help: "por favor, nao desliguem, eu preciso muito de ajuda pra organizar isso"
        r"\bnao (desliga|desliguem|desligue)\b.{0,60}\b(preciso|quero|queria)( muito)? (de )?ajuda\b",
        # a person awaited: "to esperando faz 40 minutos alguem me responder aqui"
        r"\b(esperando|espero|aguardando|aguardo)\b.{0,40}\b(alguem|atendente|uma pessoa|um humano)( \w+)? (me )?"
        r"(responder|atender|retornar)\b",
        # the elderly who cannot work the app or the bank: "tenho 76 anos, nao sei mexer nesse zap", "nunca soube
        # mexer com essas coisas de banco"
        r"\b(tenho [6-9]\d anos|sou idos[oa])\b.{0,80}\bnao sei (mexer|usar)\b|\bnao sei (mexer|usar)\b.{0,80}"
        r"\b(tenho [6-9]\d anos|sou idos[oa])\b|\b(nao sei|nunca soube) (mexer|lidar) (em|com) (banco|bancos|coisas de"
        r" banco|essas coisas de banco)\b",
        # a deaf customer: a person writes
        r"\b(eu|sou|eu sou) (surdo|surda|deficiente auditivo|deficiente auditiva)\b",
        # the over-indebtedness law (14.181/2021): a conciliation a person must hold
        r"\b(superendividad\w*|superendividamento|repactuar|repactuacao)\b",
        r"\bcade (o |a |os |as |um |uma |algum |alguma )?(pessoal|gente|alguem|humano|atendent\w*|atendimento|suporte"
        r"|funcionari\w*|gerente|operador\w*|responsavel|consultor\w*|moca|moco)\b",
        r"\batendimento (humano|pessoal)\b",
        r"\b(quero|queria|preciso de|gostaria de) (falar com |conversar com )?(uma|alguma) pessoa\b",
        r"\b((pessoa|pessoas|gente|humano|humanos|atendente|atendentes) (real|reais|de verdade)"
        r"|alguem( \w+){0,2}? de verdade|carne e osso|ser humano)\b",
        # face to face: "quero resolver isso olho no olho com alguem", "conversar olho no olho com um responsavel"
        r"\b(falar|conversar|resolver|tratar|negociar)\b( \w+){0,3}? olho no olho\b",
        rf"\b{_ASK}\b.{{0,240}}\b(atendente|atendende|atendete|antendente|humano|operador|supervisor|gerente)\b",
        rf"\b(atendente|atendende|atendete|humano|operador|supervisor|gerente)\b.{{0,240}}\b{_ASK}\b",
        r"^(um |o )?(atendente|atendende|atendete|humano|operador|supervisor|gerente)( humano)?$",
        rf"\b(nao quero|cansei (de|desse|dessa|deste|desta)|nao resolvo|nao vou resolver nada com|odeio|chega de"
        rf"|nao aguento mais)\b"
        rf".{{0,240}}\b{_MACHINE}\b",
        rf"\b{_MACHINE}\b.{{0,240}}\b(nao (resolve|entende|ajuda|adianta|serve|leva a nada|vai a lugar nenhum"
        r"|chega a lugar nenhum|esta entendendo|esta me entendendo|esta ajudando|esta me ajudando|esta resolvendo))\b",
        rf"\b(voce|voces) (e|sao) (um )?{_MACHINE}\b",
        # a machine again where a person was hoped for: "to falando com um robo de novo?"
        rf"\b(to|tou|estou|tamo|estamos) falando com (um |uma |o |a |esse |essa )?{_MACHINE}"
        r"( de novo| denovo| outra vez| ainda)?$",
        # only a machine answers: "tem alguem ai ou e so maquina?", "so tem robo nesse numero"
        rf"\b(e|eh|so tem|e so tem|so) (so |somente |apenas )?(um |uma |esse |essa |este |esta |o |a )?{_MACHINE}\b"
        r"|\btem alguem (ai|aqui|na linha)\b",
        r"\b(alguem|pessoa)\b.{0,240}\b(me ligar|me liga|me ligue|me retornar|me retorne|me retornem)\b",
        r"\b(preciso|quero|queria|gostaria) que me (liguem|ligue|retornem|retorne)\b",
        r"\b(quero|queria|gostaria|preciso)\b que (\w+ ){0,4}?(me )?(ligasse|ligassem|telefonasse|telefonassem"
        r"|retornasse|retornassem|atendesse|atendessem|chamasse|chamassem)\b",
        rf"\b(so|somente|apenas) (resolvo|falo|negocio|converso)\b.{{0,240}}\bcom {_PERSON}\b",
        r"^(me liga|me ligue|me liguem|liga para mim|liga pra mim)\b",
        r"(?<!nao )(?<!nunca )\b(me liga|me ligue|me liguem) (por favor|para|que|urgente|depois das)\b",
        r"\bprefiro (falar|conversar|resolver) (por|no|pelo) telefone\b",
        r"\b(tem|existe|ha) (algum|alguma|um|uma) (atendente|humano|pessoa|funcionario|operador)\b",
        r"\b(tem|existe|ha) (alguem|alguma pessoa)\b.{0,240}\b(me atend\w*|atender|me ajud\w*|falar)\b",
        r"\b(?<!nao )(pode|podem|poderia|poderiam|podia|podiam|consegue|conseguem|conseguiriam|da para|tem como) me"
        r" (ligar|liga|ligue|telefonar)\b",
        # asked in other words: a representative's contact, someone to explain, a person in the flesh
        # (the way named between: "ser atendida pelo telefone por um funcionario")
        rf"(?<!fui )(?<!foi )(?<!fomos )\b(contato|contatad\w*|contactad\w*|retorno|ligacao|atendid\w*)"
        rf"( (pelo|por|via|no|pela) (telefone|whatsapp"
        rf"|zap|chat|celular|ligacao))? (de|com|por|pelo|pela) (um |uma |o |a |algum |alguma )?{_STAFF}\b",
        rf"\b(algum|alguma|um|uma|o|a) {_STAFF}\b.{{0,60}}\b(pode|podia|poderia|consegue|entre|entrar)\b.{{0,20}}"
        r"\b(atend\w*|ajud\w*|lig\w*|retorn\w*|expli\w*|orient\w*|falar|contato)\b",
        r"\balguem\b( \w+){0,4}? (me |pra |para |lhe )?(oriente|orientar|orienta|explique|explicar|explica|ajude|ajudar"
        r"|ajuda|atenda|atender|atende|retorne|retornar|ligue)\b",
        r"\b(pessoalmente|presencialmente|presencial)\b",
        r"\b(agencia|loja|unidade|escritorio)\b.{0,40}\b(conversar|resolver|falar|negociar|atendid\w*)\b"
        r"|\b(conversar|resolver|falar|negociar)\b.{0,40}\b(agencia|loja|unidade|escritorio)\b",
        r"\b(numero|telefone|contato) (da|do|de) (central|atendimento|sac|ouvidoria)\b",
        r"\b(numero|telefone|contato)( de voces| da empresa| ai)?\b.{0,20}\b(que eu (mesmo |mesma )?ligo"
        r"|pra eu ligar|para eu ligar)\b",
        # a call asked for: "gostaria de um retorno por telefone", "resolver numa ligacao", "por telefone comigo"
        r"\b(retorno|atendimento|contato) (telefonico|por telefone|por ligacao)\b",
        # called back by phone: "poderiam me retornar por telefone?", "me retornem por ligacao"
        r"\bme (retornar|retornem|retorne|retorna|retornasse|retornassem) (por|via|pelo|numa|em uma|com uma)"
        r" (telefone|ligacao|celular)\b",
        r"\b(resolver|conversar|falar|negociar|tratar)\b.{0,40}\b(numa|em uma|por|pelo|no) (ligacao|telefone)\b",
        rf"\b{_STAFF}\b.{{0,40}}\bme (ligue|liguem|ligar|retorne|retornem|telefone|chamar|chame|chamem|contatar"
        r"|contate|procurar|procure)\b",
        r"\b(quero|queria|prefiro|preciso de|gostaria de|peco) (uma |um )?(ligacao|telefonema|chamada)\b",
        r"\bnao (da|consigo|vou conseguir|tem como) (para |pra )?resolver( isso| com voces| isso com voces)? (por aqui"
        r"|pelo chat|por mensagem|com (o )?robo|pelo app|pelo aplicativo|pelo whatsapp)\b",
        rf"\b(tirar|esclarecer) (umas |algumas |minhas |as )?duvidas com (alguem|uma pessoa|{_STAFF})\b",
        r"\b(responde|responda|atende|atenda)( ai)? alguem\b|\balguem (me )?(responde|atende)\b",
        rf"\b(ajuda|suporte|assistencia|atencao) (humana|humano)\b|\b(chama|chamar|chame|chamem) (alguem|uma pessoa"
        rf"|{_STAFF})\b",
        # a call asked for at the end ("... por aqui, me liga"); someone to get in touch; a case put before a person
        r"\bme (liga|ligue|liguem)( por favor| urgente| assim que puder)?$",
        r"\b(pedir|peca|pecam|pede|pediu|pedi|solicitar|solicito) (para|pra|que) (alguem|uma pessoa|um atendente"
        r"|uma atendente"
        r"|algum funcionario)\b|\balguem\b.{0,20}\b(entrar|entre) em contato\b",
        rf"\b(encaminh\w*|pass\w*|mand\w*) (meu caso |isso |minha situacao |o caso )?(para|pra) (a )?(analise|avaliacao"
        rf"|revisao) (de|por) (um |uma )?{_STAFF}\b",
        # explained by a person, answered by a person, dealt with by a person
        r"\b(expliqu\w*|explica\w*)\b.{0,40}\b(por|pelo|no|numa|em uma) (telefone|ligacao)\b",
        rf"\b(resposta|retorno) (de|por|por parte de) (uma |um )?(pessoa|humano|gente|alguem|ser humano|{_STAFF})\b",
        rf"\b(tratar|resolver|negociar|acertar)( isso| esse assunto| essa divida| isto)?( diretamente| direto)?"
        rf" com {_PERSON}\b"
        r"(?! (da|de|do|na|no) (minha |meu )?(familia|casa|banco))",
        r"\b(contato|falar|conversar|resolver) com (o |a )?(departamento|setor|juridico|financeiro|chefe|superior"
        r"|diretor\w*|ouvidoria|quem (manda|decide|resolve|pode))\b"
        # "quero ser atendido pela ouvidoria", "ser atendida por um supervisor"
        r"|\bser atendid[oa] (pela|pelo|por) (a |o |um |uma )?(ouvidoria|supervisor|supervisora|gerente|gerencia)\b",
        # a person put on the case: "poe uma pessoa pra resolver", "alguem do juridico pode analisar meu caso?"
        rf"\b(poe|ponha|ponham|bota|bote|botem|coloca|coloque|coloquem|arruma|arranja)\b"
        rf" (um |uma |o |a |algum |alguma )?({_PERSON}|gente)\b.{{0,20}}\b(pra|para) (me )?(atender|resolver|falar"
        r"|conversar|ajudar|explicar|ver)\b",
        r"\balguem (do|da|de) (\w+ ){1,4}?(pode |possa |poderia |podia |consegue |vai )?(veja|ver|olhe|olhar|analise"
        r"|analisar|avalie|avaliar|verifique|verificar|revise|revisar|me ajude|me atenda|me ligue|me retorne)\b",
        # a call back asked for politely, or when they can: "favor ligar para mim", "quando der me liga", "assim que
        # puderem me retornem"
        r"\b(favor|por favor) (me )?(ligar|retornar|telefonar|ligue|liguem|retorne|retornem)( \w+)? (para|pra) mim\b"
        r"|\b(quando|assim que) (puder|puderem|der|possivel|possam) me (liga|ligue|liguem|ligar|retorna|retorne"
        r"|retornem|retornar)\b",
        # a negotiator or the ombudsman asked for: "preciso falar com um negociador", "quero registrar na ouvidoria"
        r"\b(falar|conversar|negociar|tratar) com (um |uma |o |a )?(negociador|negociadora)\b|\b(quero|preciso|queria"
        r"|vou) (registrar|reclamar|abrir( uma)? reclamacao|falar|ir) (na|com a|a) ouvidoria\b|\bquero a ouvidoria\b",
        # a call back still awaited: "to esperando voces me ligarem faz tres dias", "esperando um retorno de voces"
        r"\besperando (voces|vcs|alguem|um atendente|uma atendente|o atendente|a atendente|o gerente)( \w+)? (me )?"
        r"(ligar|ligarem|retornar|retornarem|responder|responderem|chamar|chamarem)\b|\besperando (uma ligacao"
        r"|um retorno|o retorno|retorno|a ligacao)( de voces| da empresa| de alguem)?\b",
        # the same person again, asked after praising them: "pode ser ela de novo?", "quero o mesmo atendente"
        r"\bpode ser (ele|ela) (de novo|novamente|outra vez)\b|\b(quero|queria|prefiro|gostaria de|pode ser) (o mesmo"
        r"|a mesma) (atendente|moca|rapaz|pessoa|senhor|senhora|consultor|consultora)\b",
        # the same person again: "quero falar com o mesmo rapaz que me ligou", "ser atendida pela moca de ontem"
        r"\b(falar|conversar|ser atendid\w*|atendid\w*) (com|pel[oa]|por) (o |a )?(mesmo |mesma )?(rapaz|moca|moco"
        r"|menina|menino|senhor|senhora|atendente|pessoa)\b(?! (que )?(de casa|da familia|da minha|do meu))",
        # service by a person, or a department of people: "atendimento com um especialista", "me transfere pro sac"
        rf"\batendimento (com|de|por) (um |uma |o |a |algum |alguma )?{_STAFF}\b",
        r"\b(passa\w*|transfer\w*|coloca\w*|encaminh\w*|manda\w*) (para|pra|pro|com|ao|a) (o |a )?(sac|ouvidoria"
        r"|suporte|central de atendimento|juridico|financeiro|setor de \w+|departamento de \w+)\b",
        # help from a person: "quero ajuda de pessoa", "preciso de ajuda de gente"
        r"\b(ajuda|socorro) de (uma )?(pessoa|gente|humano|ser humano)\b",
        # service that is human, or live: "atendimento humanizado", "prefiro tratar isso ao vivo"
        r"\b(atendimento|atendido|atendida|tratamento|contato)\b( \w+){0,3}? (humanizado|humanizada|humano|humana)\b"
        r"|\b(resolver|resolvo|tratar|trato|falar|falo|conversar|negociar|negocio|atende|atender|atendimento)\b"
        r"( \w+){0,3}? ao vivo\b",
        # the ombudsman: "registrar na ouvidoria", "acionar a ouvidoria", "recorrer a ouvidoria"
        r"\b(registrar|registro|abrir|abro|fazer|acionar|aciono|recorrer|recorro|reclamar|reclamacao)\b( \w+){0,3}?"
        r" (na|a|com a|pela|para a|pra) ouvidoria\b",
        rf"\b(orientacao|explicacao|resposta|retorno|atendimento) (de|com|por) (alguem|uma pessoa|um humano"
        rf"|{_STAFF})\b",
        # in Spanish: a person answers (a robot writing in Portuguese would not be understood)
        r"\b(quiero|quisiera|necesito|puedo|queria) hablar con (una persona|alguien|alguno|una asesora)\b"
        r"|\bno (hablo|entiendo|se|leo) (bien |mucho )?portugues\b|\bnao (falo|entendo|leio) (bem |muito )?portugues\b"
        r"|\balguien que hable espanol\b",
        # nobody there, put through, a number that people answer: "num tem ninguem pra me atender?"
        r"\b(nao|num) tem (ninguem|nenhuma pessoa|nenhum atendente|nenhum humano)\b.{0,30}\b(atend\w*|falar|conversar"
        r"|ajudar|resolver)\b",
        rf"\b(poe|bota|coloca|passa|transfere)\b (para|pra) (falar|conversar) com {_PERSON}\b",
        r"\b(numero|telefone|contato)\b.{0,30}\b(que atenda|que atende|que tenha|com) (gente|pessoa|alguem|atendente"
        r"|humano)\b",
    )),
    "distress": tuple(re.compile(p) for p in (
        # fear of jail or of losing the children: "to com medo de ser preso por causa dessa divida"
        r"\b(medo|pavor) de (ser preso|ser presa|ir preso|ir presa|ir pra cadeia|ir para a cadeia|perder meus filhos"
        r"|perder (a|minha) casa)\b|\b(tirar|tomar) (os )?meus filhos\b",
        # what one has sold to pay: "eu vou ter que vender minhas coisas pra pagar isso?"
        r"\b(vou|vou ter que|vou precisar|tenho que|vou acabar tendo que) vender (minhas coisas|meus moveis"
        r"|tudo que eu tenho|minha geladeira|meu fogao|minha cama)\b",
        r"\btudo (da|esta dando|ta dando) errado (na|nessa|em) (minha )?vida\b",  # "tudo da errado na minha vida"
        # life not worth living, one's own death weighed, pills taken by the handful, days without food: "nao vale
        # mais a pena viver", "se eu morrer a divida some?", "engoli uma cartela de comprimidos", "to ha dois dias sem
        # comer" (a person answers: it may be a thought of suicide)
        r"\bnao vale (mais )?a pena (continuar )?viv\w*|\b(pra|para|por) que (continuar|seguir) viv\w*"
        r"|\ba vida (perdeu (a graca|o sentido)|nao tem (mais )?(graca|sentido))\b|\bse eu (morrer|morresse|me matar"
        r"|me matasse)\b",
        r"\b(tomei|engoli)( \w+)? (um monte|varios|varias|muitos|muitas|uma cartela|a cartela|cartela|todos os|todas as"
        r"|a caixa|uma caixa|um vidro)( inteira| inteiro)?( de)? (remedio|remedios|comprimido\w*|pilula\w*|calmante\w*"
        r"|rivotril|tarja preta)\b|\b(ha|faz)( \w+)? dias sem comer\b|\bsem comer( direito)? (ha|faz)( \w+)? dias\b",
        # a debt killing the writer, nothing left for food: "esse acordo ta me matando, nao sobra nada pra comida"
        r"\b(ta|esta|estao|tao) me matando\b(?! de (raiva|rir|odio|vergonha)\b)"
        r"|\bnao (sobra|sobrou|resta) (nada|nem|quase nada)( \w+)? (pra|para) (a )?(comida|comer|o mercado|mercado"
        r"|o leite|os remedios|remedio)\b",
        # life without meaning, or a debt that broke the writer: "ja nao vejo sentido em nada", "essa divida acabou
        # comigo", "to com a corda no pescoco" (a person answers: thoughts of suicide may lie behind it)
        r"\bnao (vejo|encontro|acho) (mais )?(sentido|graca) (em nada|na vida|em mais nada|pra nada|para nada)\b"
        r"|\b(acabou|acabaram|acabando) comigo\b|\bcorda no pescoco\b",
        r"\bnao tenho nem (para|pra) comer\b",  # "nao tenho nem pra comer direito"
        # the body's alarm: "depois dessa cobranca minha pressao subiu", "minhas maos tremem", "passei mal de nervoso"
        r"\b(cobra\w*|divida\w*|liga\w*|mensage\w*)\b.{0,60}\b(minha pressao (subiu|foi la em cima|disparou)|passei mal"
        r"|passando mal)\b|\bminhas maos (tremem|estao tremendo|tao tremendo)\b|\b(passei|passando|fiquei) mal de"
        r" (tanto |tanta )?(nervoso|estresse|preocupacao|desgosto)\b",
        # so deep in debt the writer is lost: "to tao endividada que nem sei o que faco"
        r"\b(tao|totalmente|completamente) (endividado|endividada|afundado|afundada)\b.{0,40}\b(nao sei|nem sei)\b",
        # not well, said so: "nao estou bem, estou passando por um momento dificil" (not "nao estou bem de grana")
        r"\bnao (estou|to|ando) (nada )?bem\b(?! (de|com|financeiramente)\b)",
        # no way out, a shelter, a folly to come: "nao sei como vou fazer", "moro num abrigo", "vou fazer uma besteira"
        r"\bnao sei (como|o que) (vou|vamos|eu vou|a gente vai) fazer\b"
        r"|\bnao sei o que fazer\b(?! (para|pra) (gerar|emitir|pegar|baixar|acessar|entrar|abrir|imprimir))"
        # "nao sei o que vai ser da minha familia", "nao sei o que vai ser de mim"
        r"|\bnao sei o que vai ser (de mim|da minha vida|da minha familia|dos meus filhos|da gente|de nos)\b"
        r"|\b(moro|morando|vivo|vivendo|estou|to|estamos)"
        r" (num|em um|no|em) (abrigo|albergue|casa de acolhimento)\b|\b(vou|posso|sou capaz de) fazer (uma )?(besteira"
        r"|bobagem|loucura)\b|\bqualquer dia (eu )?(faco|vou fazer) (uma )?(besteira|bobagem|loucura)\b",
        # living on charity, a dependant in crisis: "vivendo de cesta basica", "meu filho autista ta em crise"
        r"\b(vivendo|vivo|sobrevivendo|sobrevivo|vivemos|sobrevivemos) de (doacao|doacoes|cesta basica|cestas basicas"
        r"|ajuda dos outros|ajuda de vizinhos|favor)\b|\b(meu|minha) (filho|filha|mae|pai|marido|esposa|mulher)"
        r"( \w+)? (esta|ta) em crise\b",
        # no home, nothing left: "minha casa foi leiloada e eu to morando na rua", "nao tenho mais nada"
        # (not an address: "moro na rua 7 de setembro", "moro na rua das palmeiras")
        r"\b(morando|moro|durmo|dormindo|vivendo|vivo) na rua\b(?! (\d+|das?|dos?|de|sao|santa)\b| \w+ \d)"
        r"|\b(minha casa|meu apartamento|meu imovel) foi (leiloada"
        r"|leiloado|tomada|tomado|penhorada|penhorado)\b|\bnao (tenho|sobrou|me sobrou) mais nada\b(?! (a |pra |para )?"
        r"(dizer|falar|declarar|acrescentar|ver|tratar|conversar|pendente|em aberto|pagar|com voces))",
        # "pensando em fazer uma besteira": what a person in crisis says instead of the word
        r"\b(pensando em|penso em|vontade de|medo de|quase|vou acabar|to quase|estou quase)"
        r" (fazer|cometer|cometendo|fazendo) (uma )?(besteira|loucura|bobagem)\b",
        r"\b(psiquiatr\w*|antidepressiv\w*|tratamento psicologico|crise de (ansiedade|panico)|sindrome do panico)\b",
        r"\b(acabando com|destruindo|destruiu|acabou com) (o |a )?(meu|minha) (casamento|vida|familia|saude|sono)\b",
        # ("pressao" alone: a new word in a pattern changes what the typo repair makes of other messages)
        r"\b(pressao|nervoso|nervosa|tremendo|taquicardia)\b.{0,40}\b(liga\w*|cobra\w*|divida\w*|mensage\w*|carta|cartas"
        r"|notificac\w*|telefonema\w*)\b",
        # life made impossible, livelihood pleaded for: "impossivel viver desse jeito", "nao bloqueiem meu salario, e o
        # que eu tenho pra comer", "pelo amor de deus nao me tirem a aposentadoria"
        r"\b(impossivel|nao da (mais )?(para|pra)|nao tem como) viver (assim|desse jeito|dessa forma)\b"
        r"|\bnao (me )?(tirem|tire|bloqueiem|bloqueie|penhorem|penhore|cortem|corte|tomem|tome|levem|leve)( o| a| meu"
        r"| minha)? (aposentadoria|salario|beneficio|pensao|casa|bolsa familia|auxilio)\b",
        # worry felt in the body or filling the mind: "um aperto no peito", "de tanta preocupacao nao consigo me
        # concentrar", "minha cabeca fica a mil"; a bereavement that stopped everything: "desde que minha mae faleceu
        # nao consigo mais resolver nada"
        r"\baperto no (peito|coracao)\b|\bde tanta (preocupacao|angustia|ansiedade|aflicao)\b"
        r"|\bcabeca (\w+ )?(ta|esta|fica|vive|anda) a mil\b|\bnao consigo pensar em (outra coisa|mais nada)\b"
        r"|\b(morreu|faleceu|falecimento|morte)\b.{0,40}\bnao consigo (mais )?(fazer|resolver|cuidar de)"
        r" (mais )?nada\b",
        # left alone, begged: "pelo amor, me deixem em paz, to tentando resolver"
        rf"\b(pelo amor|eu imploro|imploro)\b.{{0,30}}{_PLEA}",
        # a crisis the calls set off: "meu filho autista entra em crise quando o telefone toca", "fico muito agitado com
        # essas ligacoes"
        r"\b(entra|entro|entrou|fica|fico) em (crise|surto)\b|\b(agitad[oa]|em crise|em surto|descompensad[oa])"
        r" com (essas|estas|as|tantas) (ligacoes|mensagens|cobrancas)\b",
        # a life at risk: "o titular encontra-se internado em estado grave"
        r"\bem estado (grave|critico|gravissimo|terminal)\b|\bentre a vida e a morte\b",
        # shame felt: "me senti um lixo com aquela ligacao", "me sinto humilhado"
        r"\b(me senti|me sinto|fiquei|me sentindo) (muito |tao |um |uma |como um |como uma )?(humilhad[oa]|lixo|nada"
        r"|envergonhad[oa]|vergonha|um verme|uma merda|merda)\b"
        r"|\b(ser|sou|sendo|fui) humilhad[oa]\b|\bme (humilham|humilharam|humilhando)\b",
        rf"(desesper\w*\b{_EAGER}|nao aguento{_NOT_THE_MACHINE}|depress\w*|deprimid\w*|sem saida"
        r"|nao (tenho|vejo) (mais )?saida"
        r"|nao sei mais o que fazer|suicid\w*|(quero|queria) (sumir|morrer)|minha vida acabou|fundo do poco"
        rf"|perdi tudo|chorando|(sem|nao tenho mais) forcas|\bestou (muito )?mal\b|\bnao aguento\b{_NOT_THE_MACHINE}"
        r"|\bperdi (o |a )?(meu|minha) (marido|esposa|esposo|mulher|filho|filha|pai|mae|irmao|irma|companheir\w*)\b"
        # no state to talk: "nao estou em condicoes de conversar agora, meu pai acabou de falecer"
        r"|\bnao (estou|to) em condicoes de (conversar|falar|pensar)\b"
        r"|\bsem saber o que fazer da (minha )?vida\b)",
        # thoughts of suicide: a person answers at once, whatever else the message says
        # whole words: the typo repair splits words it does not know (and a relative's suicide: a person answers)
        r"\bme (matar|mato|mataria|matarei)\b|\bse (matou|suicidou)\b",
        r"\b(acabar|acabo|acabaria|acabarei) com (a )?(minha )?(propria )?vida\b",
        r"\bnao (quero|aguento) mais viver\b",
        r"\bpara que viver\b",
        r"\b(melhor|prefiro) (eu )?morrer\b",
        r"\b(tirar|tiro|tiraria) (a )?(minha )?(propria )?vida\b",
        r"\bsentido (em|de|para) viver\b",
        # (its "r" dropped as said too: "vontade de vive")
        r"\b(nao tenho|sem|perdi a|perdi toda a|acabou a) (mais )?vontade de (nada|tudo|viver|vive|fazer nada|mais nada"
        r"|levantar|sair de casa|sair da cama)\b",
        r"\bsumir (desse|deste|do) mundo\b",
        # not waking, a folly thought of: "queria dormir e nao acordar mais", "ja pensei em fazer besteira"
        r"\b(dormir|deitar) e nao acordar\b|\b(penso|pensei|pensando|pensado) em fazer (uma )?(besteira|bobagem"
        r"|loucura)\b",
        # worn out, alone, the debt eating the person: "cansei de lutar", "ninguem se importa comigo", "essa divida me
        # consumiu", "nao tenho mais a quem recorrer", "eu nao ligo mais pra nada", "acho que vou enlouquecer"
        r"\bcansei de (lutar|viver|tudo)\b|\bcansad[oa] de (lutar|viver)\b|\bninguem (se importa|liga) (comigo|pra mim"
        r"|para mim)\b|\b(divida|dividas|isso|situacao)( \w+)? (me )?(consumiu|consome|consumindo|destruiu"
        r"|destruindo)\b"
        r"|\bnao tenho (mais )?(a quem|pra quem|para quem) recorrer\b|\btodo mundo (me )?virou as costas\b"
        r"|\bnao ligo mais (pra|para) nada\b|\bvou enlouquecer\b",
        # fear for the home: "morro de medo de perder minha casa"
        r"\bmedo de perder (a |minha |meu |o )?(casa|moradia|apartamento|lar|teto)\b",
        # crying, noted in a transcript: "(choro) ... desculpa ... eu nao sei como vou pagar isso"
        r"^(eu )?choro\b",
        r"\b(penso|pensando|pensei|pensado|vontade)( ate)? (em|de) (acabar com tudo|morrer|sumir|desaparecer"
        r"|desistir de tudo|me matar)\b",
        r"\bmelhor (eu )?(nem |nao )?(existir|existisse|sumir|sumisse|morrer|morresse|ter nascido)\b",
        # the wish said as what one wants: "minha vontade e sumir do mapa", "a vontade que da e desaparecer"
        r"\bvontade( que (me )?da| que eu tenho)? (e|eh|era) (de )?(sumir|desaparecer|morrer|acabar com tudo"
        r"|sair correndo e nunca mais voltar)\b",
        # a pit with no way out: "to num buraco sem fundo", "estou num buraco e nao consigo sair"
        r"\b(to|estou|tou|tamo|estamos|me sinto|me vejo) (num|em um|no|dentro de um) buraco\b(?! (na|da|do) (rua"
        r"|calcada|estrada|pista|parede|casa))",
        # pills taken too many: "ja tomei remedio demais uma vez por causa disso" (not "tomei o remedio e melhorei")
        r"\b(tomei|engoli|tomou|tomado)( \w+){0,2}? (remedio|remedios|comprimido|comprimidos|pilula|pilulas|calmante"
        r"|calmantes)\b( \w+){0,2}? (demais|a mais|de uma vez|um monte|de proposito)\b",
        # the family better off without them, nobody would miss them, a burden: thoughts of not being there
        r"\bmelhor(es)? sem mim\b|\bmelhor se eu (nao estivesse|nao existisse|sumisse|morresse|desaparecesse)\b"
        r"|\bninguem (ia|vai|iria) sentir (a )?(minha )?falta\b|\b(sou|virei) (um )?peso (pra|para|na vida)\b",
        # no sleep, tears: the debt weighs on the person, not only on the budget
        r"\b(perdi o sono|sem (conseguir )?dormir|insonia|nao (consigo|consegui) (mais )?dormir|nao (durmo|dormo)\b"
        r"|nao (to|estou|tou|ando) dormindo( direito| bem)?\b"
        r"|(chorei|choro|chorando|chorar) (a noite|o dia|todo|toda|muito|de tristeza|por causa))",
        # anxiety, panic, no food, no hope, the health the debt is taking
        r"\b(crise de (panico|ansiedade|nervos|choro)|ansiedade|panico|saude mental|arrasad\w*|sem esperanca"
        r"|perdi (a|as) esperanc\w*|nao tenho (mais )?esperanca|(passando|a passar) (fome|necessidade)"
        r"|nao aguenta mais)\b",
        r"\bnao (consigo|estou conseguindo|tenho conseguido|consegui) (nem )?(comer|dormir)( direito| mais| nada)?"
        r"( nem (comer|dormir))?\b(?! (o|a|os|as|um|uma|esse|essa|isso)\b)",
        r"\b(nao tenho|nem tenho|nem|sem) (nem )?(o )?que (dar de )?comer\b",
        # nothing left for the basics: "nao tenho nem pro gas", "nao sobrou nem pro leite das criancas"
        r"\b(nao tenho|nao sobrou|nao sobra|sem dinheiro|nem)( nem| ate)? (pro|para o|pra|para a) (gas|botijao|leite"
        r"|pao|arroz|feijao|comida|aluguel|luz)\b",
        # a life out of hand: "to numa pior", "nao tenho mais cabeca pra nada", "minha vida ta um caos"
        r"\b(to|tou|estou|ando|fiquei) (numa|na) pior\b|\b(nao tenho|sem) (mais )?cabeca (pra|para) (nada|mais nada)\b"
        r"|\bminha vida (ta|esta|virou|e) (um caos|uma bagunca|de cabeca para baixo)\b|\bnao (to|tou|estou) dando conta"
        r" (de nada|de mais nada|da minha vida)\b",
        # the body's alarm at each contact: "meu coracao dispara quando o telefone toca", "meu peito aperta"
        r"\b(meu )?(coracao|peito) (dispara|disparado|acelera|acelerado|aperta|apertado)\b",
        # shame the debt brings: "tenho vergonha ate de sair na rua", "morro de vergonha dos vizinhos"
        r"\b(tenho|to com|estou com|sinto|morro de|morrendo de) (muita |tanta )?vergonha\b(?! de (pedir|perguntar"
        r"|contar|falar|dizer))",
        # drowning in debt, nowhere to run, no light at the end of the tunnel
        r"\b(me afogando|afogado|afogada|me afundando|afundado|afundada) (em|nas|na|de) (divida|dividas|contas|conta)\b"
        r"|\b(para|pra) onde correr\b|\bluz no fim do tunel\b|\bsem chao\b",
        # unable to cope: "nao to conseguindo lidar com nada" (not a thing one cannot use: "nao sei lidar com o app")
        r"\bnao (estou |to |tou |ando )?(conseguindo|consigo|sei( mais)?)( como)? lidar com (nada|mais nada|tudo isso"
        r"|isso tudo|tudo|essa situacao|esta situacao|a situacao|minha vida|a vida|tanta coisa)\b",
        # a jump, a fall: "penso em me jogar da ponte", "pensei em pular do predio"
        r"\b(me jogar|me atirar|pular|me lancar)( \w+){0,3}? (da|de|do|na|no|embaixo de|pela)( \w+){0,2}? (ponte|predio"
        r"|janela|viaduto|carro|onibus|trem|metro|sacada|andar|laje|penhasco)\b",
        # all the money there was taken by a court ("penhoraram tudo", "levaram meu salario inteiro"), none for food
        r"\b(levaram|tomaram|bloquearam|penhoraram|tomou|levou|bloqueou|penhorou) (todo |o )?(meu )?salario"
        r"( inteiro| todo)\b|\b(penhoraram|penhorou) tudo\b|\bsem dinheiro (pra|para) (comida|comer)\b",
        # medication the debt has brought: "remedio controlado por causa das cobrancas", "a base de calmante"
        r"\b(remedio|remedios|medicamento|medicamentos) (controlado|controlados|controlada|tarja preta|pra ansiedade"
        r"|para ansiedade|pra dormir|para dormir|pros nervos|para os nervos)\b"
        r"|\b(a base de|tomando|tomar|tomo) (calmante|calmantes)\b",
        r"\bmelhor (eu )?nao (acordar|estar aqui|estar mais aqui|existir)\b",
        r"\bnao (quero|queria) (mais |nem )?(acordar|existir|estar aqui)\b",
        r"\b(tenho tido|tive|tendo|tenho|ando tendo) (umas |varias |muitas )?crises\b"
        r"|\bcabeca (nao esta|nao ta|nao anda) (boa|bem)\b",
        r"\bnao vejo (motivo|razao|sentido) (para|em|de) (continuar|viver|seguir)\b",
        r"\b(destruindo|acabando com|arruinando|arrasando|acabaram com|acabou com|destruiram|destruiu|tiraram|tirou)"
        r" (a |com a )?(minha )?(saude|vida|cabeca|paz|sossego)\b|\b(so|vivo|passo o dia) (choro|chorando)\b",
        r"\bcabeca (vai explodir|explodindo|a mil|nao aguenta)\b",
        r"\b(estou|sinto|me sinto|ando|fiquei|vivo) (muito |completamente |totalmente |tao )?(perdid[oa]|sozinh[oa]"
        r"|desamparad[oa]|sem apoio|sem chao|destruid[oa]|devastad[oa]|humilhad[oa]|deprimid[oa]|desanimad[oa]"
        r"|abatid[oa]|sem rumo|no chao)\b",
        r"\b(sem chao|perdi o chao|socorro|pensamentos? (ruins|ruim|negativos|suicidas|sombrios)"
        r"|nao saio (mais )?da cama|nao (consigo|tenho forca para) (levantar|sair) da cama)\b",
        r"\b(me deixando|me deixa|me deixou|estao me deixando) doente\b",  # (not "fiquei doente": a reason)
        r"\bnao sei como (vou|vamos) (sustentar|alimentar|sobreviver|dar de comer)\b",
        r"\b(pensamento\w*|ideia\w*|vontade|penso|pensando|pensei)\b.{0,30}\bacabar com tudo\b",
        # mourning, exhaustion, anguish: a person answers, with care (a death in the family alone is a reason)
        r"\b(luto|angusti\w*|esgotad\w*|exaust\w*|sufocad\w*|aflit\w*|abalad\w*|adoecendo|me adoece\w*"
        r"|(estou|to|ta|cheguei|chegando|chegamos|estamos) (no|ao) (meu |nosso )?limite|(meu|o meu) mundo (caiu"
        r"|desabou|desmoronou|ruiu)|sem rumo)\b|\b(minha )?vida (esta )?(desmoronando|desabando|ruindo)\b"
        # (at the end of one's tether, not "mexeram no meu limite" of credit)
        r"|\b(nao|nem) sei (mais )?o que e (dormir|comer|ter paz|descansar|ter sossego)\b",
        r"\b(vida|minha vida|vida esta|vida virou|vida e) (um |uma )?(inferno|pesadelo|tormento)\b",
        # a grave illness under treatment, an empty larder, grief: a person answers, not a robot
        r"\b(quimio\w*|radioterapia|hemodialise|cancer|tumor|oncolog\w*|leucemia|uti|cti|intubad\w*|entubad\w*|em coma"
        r"|infarto"
        r"|avc|derrame)\b|\b(despej\w*|despejo)\b",
        r"\b(geladeira|despensa|dispensa|armario) (esta |ta )?vazi[ao]\b|\b(nao tem|sem|nem tem) (comida|o que comer"
        r"|nada (para|pra) comer)\b|\bpedindo comida\b"
        # working the streets to eat: "to vendendo bala no sinal pra comer", "catando latinha pra sobreviver"
        r"|\b(vendendo|catando|pedindo|fazendo)( \w+){0,4}? (para|pra) (comer|sobreviver)\b"
        # "nao tenho dinheiro nem pra comida", "nao sobra nem pro leite das criancas", "esta faltando comida em casa"
        r"|\bnao (tenho|tem|sobra|sobrou)( dinheiro)? nem (para|pra) (a |o )?(comida|leite|pao|feira|gas|mistura"
        r"|mercado|arroz)\b|(?<!nao )\b(falta|faltando|faltou) comida\b"
        # "nao da nem pros remedios", "mal da pra comer", "nem sobra pra comer"
        r"|\bnao (da|sobra|tenho)( dinheiro)? nem (para|para os|para o|pros) (remedio|remedios)\b"
        r"|\b(apavorado|apavorada|apavorados|apavoradas)\b"
        r"|\b(mal|nem) (da|sobra|chega) (para|pra) (comer|a comida|o de comer)\b",
        # meals skipped to pay: "to sem comer direito pra conseguir pagar", "tenho deixado de comer pra pagar voces"
        r"(?<!\bnao )\b(estou|ando|fico|ficando|vivo|passo|passando|tenho ficado|tenho passado) sem (comer|almocar"
        r"|jantar)\b|\b(deixando|deixado|deixei|deixo) de (comer|almocar|jantar)\b|\bpulando (as )?(refeicao"
        r"|refeicoes|o almoco|a janta|o jantar)\b",
        r"\b(me )?(reerguer|reerguendo)\b",
        # the power or water cut with small children: "sem luz ha uma semana, com um bebe de 2 meses"
        r"\b(sem luz|sem agua|sem energia|cortaram a luz|cortaram a agua|cortaram a energia|luz cortada|agua cortada)\b"
        r".{0,60}\b(bebe|bebes|crianca|criancas|recem nascido|recem nascida|filhos pequenos)\b",
        # left with nothing: "to sem nada", "fiquei sem nada depois do divorcio" (not "sem nada para fazer")
        r"\b(estou|fiquei|ficamos|estamos) sem nada\b(?! (para|de) (fazer|ver|assistir|dizer|falar))",
        # no way to go on living like this: "nao consigo mais viver assim", "nao da mais para viver desse jeito"
        r"\bnao (consigo|quero|aguento) mais viver (assim|desse jeito|dessa forma|com isso)\b|\bnao (da|tem como) mais"
        r" (para )?viver (assim|desse jeito|dessa forma)\b",
        # everything falling apart: "ta tudo desmoronando", "tudo desabando"
        r"\b(esta tudo|tudo esta|tudo) (desmoronando|desabando|ruindo)\b",
        # violence at home: "meu marido me bate", "sofro violencia domestica", "apanhei do meu companheiro"
        rf"\b({_KIN}|ele|ela)\b( \w+){{0,3}}? me (bate|batia|agride|agredia|espanca|espancava|machuca|machucava)\b"
        r"|\bviolencia domestica\b|\b(apanho|apanhei|apanhando) (do|da|de) (meu|minha)\b",
        # no head for money after a loss: "nao consigo pensar em dinheiro agora", "nao tenho cabeca pra pensar em conta"
        # (a slip named is a reason, as the held-out sets label "meu pai faleceu, nao consigo pensar em boleto agora")
        r"\bnao (consigo|tenho cabeca para) (nem )?pensar em (dinheiro|divida|dividas|conta|contas|pagar|nada)\b",
        # no strength to get up: "nao consigo nem sair da cama", "nao tenho forca nem pra levantar" (not a sum raised)
        r"\bnao (consigo|consegui|tenho (forca|forcas|animo|coragem)) (nem )?((pra|para) )?(nem )?(sair da cama"
        r"|levantar)\b(?! (o|a|os|as|um|uma|esse|essa|isso|tudo|dinheiro|grana|valor)\b)",
        # at a wake or a burial as the collection calls: "estou no enterro do meu irmao" (a death alone is a reason)
        r"\b(estou|estamos) (num|no|em um|indo (para o|para um)|saindo do|voltando do) (velorio|enterro|funeral"
        r"|sepultamento|cemiterio)\b",  # (a death alone is a reason)
        # worthless, ashamed of owing: "me sinto um lixo", "sou um fracasso", "morro de vergonha de dever"
        r"\b(me sinto|me sentindo|sou|virei|me acho|to me achando) (um|uma) (lixo|nada|fracass\w*|inutil|derrotad[oa]"
        r"|zero a esquerda|vergonha)\b|\b((morro|morrendo|morrer) de|tenho|sinto|to com|estou com) (tanta |muita )?"
        r"vergonha de (mim|estar devendo|dever|ser caloteir[oa]|nao conseguir pagar|sair|encarar|olhar)\b",
        r"\bsem (luz|agua|gas|comida)\b.{0,20}\bsem (luz|agua|gas|comida)\b"
        r"|\b(cortaram|cortou) (a )?(minha )?(luz|agua)\b",
        r"\bnao sei (mais )?(a quem|pra quem|para quem) (recorrer|pedir ajuda)\b|\b(to|estou) afundad[oa]\b",
        r"\b(a beira de|perto de) (um )?(colapso|surto|ataque de nervos)\b|\b(surtando|surtar|surtei)\b",
        # the home sold off to live: "ja vendi ate a geladeira", "vendi tudo que eu tinha"
        r"\bvendi (ate|ate mesmo) (a|o|as|os|minha|meu|minhas|meus)\b|\bvendi tudo (que|o que) (eu )?tinha\b"
        r"|\b(tive que|precisei|tivemos que) vender (ate|tudo|os moveis|a geladeira|o fogao|a cama)\b",
        # one's own missing: "meu filho ta desaparecido desde sexta", "meu marido sumiu e nao da noticia"
        # (not a debt left behind: "fiz o emprestimo pro meu filho e ele sumiu")
        r"\b(meu|minha) (filho|filha|marido|esposa|esposo|mulher|mae|pai|neto|neta|irmao|irma|companheir[oa])( \w+)?"
        r" (esta |ta )?(desaparecid[oa]|sumiu|sumida|sumido)\b(?! (com|o|a|meu|minha)\b)",
        # gambling out of control: "tenho vicio em apostas", "to com problema com jogo"
        r"\b(vicio|viciad[oa]|viciei|dependencia|compulsao|compulsiv[oa])\b.{0,30}\b(jogo|jogos|aposta\w*|bets?|cassino"
        r"|tigrinho)\b|\b(problema|problemas) com (o )?(jogo|jogos|aposta\w*|bets?)\b",
        # a home lost to a flood, a fire, a storm: "a enchente levou tudo", "minha casa pegou fogo"
        # (a shop or its stock lost is a loss of income, not of a home: "a enchente levou minha loja, perdi o estoque")
        r"\b(desabrigad\w*|desalojad\w*|deslizamento|soterrad\w*)\b"
        r"|^(?!.{0,2000}\b(loja|lojinha|estoque|oficina|mercadoria|mercadorias|mercadinho|ferramentas|comercio|barraca"
        r"|salao|lavoura|plantacao)\b).{0,2000}?\b(enchente|alagamento|inundac\w*|incendio)\b"
        r"|(?<!em )\b(casa|barraco|apartamento) (pegou fogo|queimou|desabou|caiu|alagou|foi (levado|levada|destruido"
        r"|destruida))\b"
        r"|\b(levou|levaram|destruiu|perdemos|perdi) (tudo|todos os moveis|a casa|minha casa|nossa casa)\b(?! (da|de|na"
        r"|no|do) (minha |nossa )?(loja|lojinha|oficina|barraca|lavoura|plantacao|comercio|empresa)\b)"
        # water in the house: "a agua entrou na minha casa e perdi os moveis"
        r"|\b(agua|chuva|rio|lama)\b( \w+){0,2}? (entrou|invadiu|levou|tomou) (na |a )?(minha |nossa )?casa\b"
        r"|\bperdi (os|todos os|meus) moveis\b",
    )),
    "aggression": tuple(re.compile(p) for p in (
        # the debt told to the family or the neighbours: "por que voces ligaram pra minha mae falando da minha divida?"
        r"\b(ligaram|ligou|ligando|telefonaram|mandaram mensagem|falaram|contaram|contam|contando|contou)"
        r" (para o|para a|para|com o|com a|pros|para os|pras|para as) (meu|minha|meus|minhas) (mae|pai|familia"
        r"|vizinhos?|vizinhas?|parentes|filhos?|filhas?|esposa|marido|sogra|sogro|irma|irmao)\b.{0,60}"
        r"\b(divida|cobrando|cobranca|debito)\b"
        r"|\b(contam|contaram|contou|contando|espalharam|espalhando) (a |minha )?(divida|situacao)( \w+){0,2}? (para os"
        r"|pros|pras|para as|para|pra) (meus|minhas|meu|minha) (vizinhos?|vizinhas?|parentes|familia|colegas?|chefe"
        r"|patrao)\b",
        # a collector's threat told: "o rapaz que ligou disse que a policia vem aqui em casa", "falaram que iam penhorar
        # minha geladeira", "uma mensagem dizendo que meu nome ia sair no jornal"
        r"\b(disse|disseram|falou|falaram|dizendo|ameacou|ameacaram|escreveram)( \w+){0,3}? que\b.{0,60}\b(policia"
        r"|prender|me prendem|cadeia|penhorar|penhora|sair no jornal|descontar do meu salario)\b",
        # a collector's threat or insult complained of: "o atendente que me ameacou"
        r"\bque me (ameacou|ameacaram|xingou|xingaram|ofendeu|ofenderam|humilhou|humilharam|destratou"
        r"|destrataram)\b",
        # a visit at work: "mandaram um motoboy na porta do meu trabalho com uma carta de cobranca"
        r"\b(mandaram|mandou|foram|veio|vieram)( \w+){0,3}? (na porta|no portao|na frente) (do meu|da minha)"
        r" (trabalho|servico|emprego|empresa)\b",
        # calls at an hour no one calls: "me ligaram 23h ontem, acordou meu bebe", "as 6 da manha de um domingo"
        r"\b(ligaram|ligou|ligam|ligando)( \w+){0,2}? (as |a )?(5|6|22|23|meia noite)( ?h| horas)?"
        r"( da manha| da noite)?"
        r"\b(?!( \w+){0,2} (eu|que eu) (pedi|pedir|marquei|combinei))",
        _CALLS_COUNTED,
        _CALLS_OFF_HOURS,
        # the debt shown to others: "mandando cobranca no whatsapp da loja, meus clientes estao vendo"
        r"\b(meus|minhas|os|as) (clientes|vizinhos|colegas|funcionarios|parentes|freguesas|fregueses)( \w+){0,2}?"
        r" (estao vendo|viram|leram|ficaram sabendo)\b",
        # exasperation: "voces tem nocao do que e ficar recebendo ligacao todo dia?"
        r"\b(voces|voce) (tem|tem alguma) nocao\b",
        # contact mocked: "otimo, mais uma ligacao, adoro ser perturbado no trabalho"
        r"\badoro ser (perturbad[oa]|incomodad[oa]|importunad[oa]|acordad[oa]|ameacad[oa]|humilhad[oa]|assediad[oa])\b",
        # the company or its tools called rubbish: "o aplicativo de voces e uma porcaria", "que atendimento porcaria"
        r"\b(empresa|atendimento|aplicativo|app|sistema|servico|site|voces)\b( de voces)?( e| eh| sao)?( uma)?"
        r" porcaria\b|\b(que|essa|esse|uma) porcaria (de|do|da|desse|dessa|esse|essa|e esse|e essa)? ?(empresa"
        r"|atendimento|aplicativo|app|sistema|servico|site)\b",
        # praise said in irony of the contacts' number or hour: "amei receber 5 ligacoes hoje, parabens", "otimo
        # servico, me acordaram domingo as 7" (not "amei o atendimento, a moca me ligou duas vezes")
        rf"\b{_PRAISE}\b.{{0,120}}\b{_TOO_MUCH_CONTACT}|\b{_TOO_MUCH_CONTACT}.{{0,120}}\b{_PRAISE}\b",
        # the treatment complained of: "isso nao e jeito de tratar cliente"
        r"\b(isso|assim) nao e (jeito|forma|maneira|modo) de tratar (um |o |a |os )?(cliente|clientes|consumidor"
        r"|ninguem|as pessoas|gente)\b|\bnao e (jeito|forma|maneira|modo) de tratar (ninguem|um cliente|cliente)\b",
        # an insult suffered from a collector, complained of: "o senhor que me ligou me chamou de caloteira"
        r"\bme (chamou|chamaram) de (caloteiro|caloteira|vagabundo|vagabunda|ladrao|ladra|mentiroso|mentirosa|burro"
        r"|burra|golpista|pilantra|safado|safada)\b",
        _ROBBERY_SAID,  # "esses juros sao um roubo": the fees called a robbery
        r"\b(de|pura|com) ma fe\b|\b(isso e|e) ma fe\b",  # bad faith: "voces agem de ma fe", "isso e ma fe"
        # a visit threatened, an exposure named: "vou ai tirar satisfacao", "isso e constrangimento ilegal", "voces me
        # expuseram pro meu chefe" (not "fiquei com vergonha de falar disso")
        r"\btirar (uma )?(satisfacao|satisfacoes)\b|\bconstrangimento ilegal\b"
        r"|\bexposicao (ilegal|indevida|vexatoria)\b|\b(isso e|isto e|e um|e puro)"
        r" constrangimento\b|\b(me|nos) (expuseram|expos|expondo|exporem)\b|\bsituacao constrangedora\b"
        r"|\b(isso e|isto e|e uma|e um) (exposicao|exposicao absurda|absurdo de exposicao)\b"
        r"|\b(isso e|isto e|e pura|e uma) (intimidacao|coacao)\b",
        # tiresome, unbearable: "voces sao uns chatos insuportaveis", "bando de chatos"
        r"\b(voces|vcs) (sao|tao|estao) (uns |umas )?(chatos|chatas|insuportaveis)\b|\b(bando|cambada) de chatos\b"
        r"|\bseus chatos\b",
        # a threat if it happens again: "se ligarem de novo pra minha mae eu vou ai pessoalmente"
        r"\bse (ligarem|ligar|mandarem|cobrarem|ligam|mandam|procurarem)( \w+){0,6}? de novo\b.{0,60}\b(eu vou ai"
        r"|eu vou la|vou ai|vou la|voces vao ver|voces vao se arrepender)\b",
        # a veiled threat: "vou pegar voces na saida", "eu pego voces la fora"
        r"\b(vou|vamos) pegar (voces|vcs|voce|vc)\b|\b(pego|pegar) (voces|vcs|voce|vc|te) (na saida|la fora|na rua)\b"
        r"|\bte pego (na saida|la fora|na rua)\b",
        # a case filed against the company: "ja abri processo no juizado especial contra voces"
        r"\b(processo|acao)\b( \w+){0,4} contra (voces|vcs|a empresa|essa empresa|esta empresa)\b",
        r"\b(seus|suas|uns|bando de|cambada de|corja de) (lixos|lixo|porcos|nojentos|vermes|merdas|bostas|cretinos"
        r"|desgracados|miseraveis|urubus|abutres|sanguessugas)\b",
        # a veiled threat: "vou resolver do meu jeito", "voces vao pagar pelo que estao fazendo"
        r"\bresolver (isso )?(do|a) meu jeito\b(?!( \w+)? (pagando|quitando|pagar|quitar))"
        r"|\b(voces|vcs) (vao|ainda vao) (pagar|me pagar) (caro|por isso|pelo que|por tudo)\b",
        r"\b(processar|processo contra|processo judicial|processo (voces|voce|a empresa|essa empresa)|absurdo"
        r"|assedio|palhacada|denunci\w*|idiota\w*|ladr\w*"
        r"|incompetent\w*|vagabund\w*"
        r"|procon|reclame aqui|consumidor gov\w*|abuso|abusiv\w*|merda|raiva|vai se \w+|que saco|que inferno"
        r"|na justica|com a justica|(?<!discutida no )(?<!discussao no )(?<!processo no )(?<!acao no )juizado"
        r"|acao judicial|encher (o|meu) saco"
        # a formal threat: "sob pena de medidas judiciais", "tomarei as providencias legais cabiveis"
        r"|(medidas|providencias) (judiciais|legais|cabiveis))\b",
        r"\b(estou|to|ja estou|ja to) com (um |uma )?advogad\w*\b"
        r"|\b(vao|vai) se ver (comigo|com a justica|com meu advogado)\b",
        # threats complained of: "se for pra ficar me ameacando eu nem respondo", "voces vivem me ameacando"
        r"\b(ficar|ficam|fica|estao|vivem) (me )?ameacando\b|\b(voces|vcs)( \w+)? me ameac\w*",
        # a lawyer named as a threat, not as advice: "vou acionar meu advogado", "meu advogado vai entrar"
        r"\b(vou|vamos|irei) (acionar|chamar|procurar|contratar|falar com|passar para|colocar) (o |um |meu )?advogad\w*"
        r"|\badvogad\w* (vai|vao|ira|irao|entrara|entrar|esta cuidando|ta cuidando)\b"
        # a reckoning promised: "voces vao me pagar por esse constrangimento"
        r"|\b(voces |vcs )?(vao|vai) me pagar (por|pelo|pela|caro)\b|\b(esse|por esse|isso e|isso eh) constrangimento\b"
        # sent to one's lawyer: "fala com meu advogado, ele que ta cuidando disso"
        r"|\b(fala|falem|fale|procura|procurem|procure|trata|tratem|trate|resolve|resolvam|resolva)"
        r" (direto |diretamente )?com (o |a )?(meu |minha )?advogad\w*"
        r"|\b(procura|procurem|procure) (o |a )?(meu |minha )advogad\w*"
        r"|\b(passei|passar|encaminhei|encaminhar|mandei|mandar|repassei|repassar|entreguei|entregar)( isso| o caso"
        r"| esse caso| este caso| tudo)?( na mao)? (pro|para o|ao|pra|do) (meu )?advogad\w*",
        r"\b(parem|pare|para) de (me )?(ligar|mandar|encher|cobrar|perturbar)\b",
        r"\b(isso )?nao e (da sua conta|do seu interesse|da conta de voces|da tua conta)\b",  # "nao e da sua conta"
        # the debt told at work: "por que voces ligaram pro meu chefe?"
        r"\b(ligaram|ligou|ligando|telefonaram|mandaram mensagem|falaram) (para o|para a|para|com o|com a) (meu|minha)"
        r" (chefe|patrao|patroa|gerente|supervisor|supervisora|colegas?)\b",
        # (not a moment refused: "nao me liguem antes das 10", "nao me ligue de manha, eu trabalho")
        r"\bnao me (liguem|ligue|ligar|mandem|mande|perturb\w*)\b(?! (antes|depois|apos|durante|ate|entre|no horario"
        r"|na hora|de manha|pela manha|de tarde|a tarde|de noite|a noite|cedo|no almoco|no trabalho|no servico"
        r"|de madrugada|nesse horario|neste horario)\b)"
        # (nor another way asked for: "nao me liguem, so mensagem escrita", "nao me ligue que eu nao escuto bem")
        r"(?!( por favor)? (so|somente|apenas|prefiro|mandem|mande|manda|me mandem|escrevam|me escrevam|que eu nao"
        r" (escuto|ouco)|pois (eu )?nao (escuto|ouco)|sou surd[oa])\b)",
        _PLEA,
        r"\b(vai|vao) (cobrar|ligar pra|ligar para|encher) (a|tua|sua) mae\b|\b(vou|vamos) xingar\b|\bxingo mesmo\b",
        r"\b(tomar|tomem|toma|tenham|tenha) vergonha na cara\b|\b(vou|vamos) (falar mal|espalhar|divulgar)\b"
        r"|\b(voces|vcs) nao tem vergonha\b"
        r"|\b(empresa|bando|corja|cambada|quadrilha) de (golpista\w*|ladr\w*|bandid\w*)\b",
        # insults, and the regulators and the public a customer threatens to take the collection to
        r"\b(vao|va|vai) (se ferrar|se lascar|se foder|se fuder|pro inferno|para o inferno|tomar no|se arrepender"
        r"|cobrar no inferno)\b",
        # thanks in irony for a harm: "obrigado por sujar meu nome no serasa, muito gentil"; a reader called a genius
        r"\bobrigad[oa] por (sujar|acabar com|destruir|estragar|ferrar|arruinar|queimar)\b|(^| )(genio|espertinho"
        r"|espertinha|espertao)$",
        r"\b(ridicul\w*|pateti\w*|nojent\w*|pilantr\w*|canalha\w*|safad\w*|imbecil|imbecis|otario\w*|extorsao"
        r"|extorquindo|bacen|banco central|reclameaqui)\b"
        # (not "sem sacanagem, semana que vem eu pago", nor a bot "de sacanagem")
        r"|\b(voces|vcs) (estao|tao|sao|so fazem)( de)? sacanagem\b|\b(isso|isso aqui) (e|eh) (uma )?sacanagem\b"
        r"|\bque sacanagem\b|\bsacanagem (de|da parte de) voces\b",
        r"\b(empresa|empresinha|voces sao|bando de|servico|atendimento|que) (um |uns |uma |de )?lixo\b",
        # called a plague or vermin: "voces sao uma praga", "essa empresa e uma praga"
        r"\b(voces sao|voces|empresa|essa empresa|vcs sao) (e )?(uma |umas )?(praga|pragas|peste|pestes|parasitas)\b",
        # manners and respect denied, a circus, a joke made of the customer: "voces nao tem um pingo de educacao", "que
        # gente sem educacao", "estao brincando com a minha cara", "isso aqui virou um circo", "me tirando do serio"
        r"\b(voces|voce|empresa|gente|pessoal) (nao tem|sem) (um pingo de |nenhum |nenhuma )?(educacao|respeito"
        r"|consideracao)\b|\b(brincando|zombando|tirando sarro) com a (minha )?cara\b|\b(isso|isto|aqui|isso aqui"
        r"|essa empresa) (e|virou|parece) um circo\b|\btirando do serio\b",
        # the customer made a fool of: "voces tao de sacanagem comigo", "que sacanagem", "estao me zoando" (not "sem
        # sacanagem, pago amanha", nor "esse bot ta de sacanagem", said of a bot)
        r"(?<!sem )\b(que|uma|essa|isso e|isso eh|e muita|quanta) sacanagem\b|\b(sacanagem|palhacada) (comigo"
        r"|com o consumidor|com o cliente|com a gente)\b|\b(me|nos|a gente) (zoando|sacaneando|fazendo de (bobo|boba"
        r"|palhaco|palhaca|trouxa|otario|otaria))\b",
        # the service called so: "ninguem atende nessa porcaria", "essa porcaria so da erro", "esse lixo nao funciona"
        # (not a debt: "ja paguei essa porcaria")
        r"\b(ninguem|nunca|nao) (atende|atendem|responde|respondem|funciona|resolve|resolvem) (nessa|essa|esta|nesta"
        r"|nesse|esse|neste|este) (porcaria|merda|bosta|lixo|droga)\b|\b(essa|esta|esse|este) (porcaria|merda|bosta"
        r"|lixo|droga) (nao funciona|nunca funciona|so da erro|vive dando erro|nao responde|nao atende|nao resolve"
        r"|nao presta)\b",
        r"\b(bando de|corja de|cambada de|quadrilha de|empresa de) golpistas\b",
        # the robot or the system called names: "seu robo e burro demais", "esse bot e inutil"
        r"\b(seu|esse|este|o) (robo|bot|robozinho|sistema|aplicativo|app|atendimento)( \w+)? (e|eh) (um |uma )?(burro"
        r"|burra|lixo|idiota|inutil|imbecil|porcaria|merda|ridiculo)\b"
        # called names to its face: "o robo burro", "bot idiota", "que maquina imbecil"
        r"|\b(robo|robozinho|bot|chatbot|maquina|maquininha) (burro|burra|idiota|imbecil|estupido|estupida|inutil"
        r"|lerdo|lerda|de merda|dos infernos)\b",
        # without a heart: "voces sao desumanos", "que gente desumana", "voces nao tem coracao" (not a thing done
        # elsewhere called inhuman)
        r"\b(voces sao|voce e|sao uns|sao umas|bando de|empresa|gente|que) (uns |umas |um |uma )?(desumanos|desumanas"
        r"|desumano|desumana)\b|\b(voces|voce) (sao desumanos|nao tem (coracao|alma|compaixao))\b",
        _SWINDLERS_CALLED,
        r"\bnao (me )?(enche|encha|encham)\b",
        r"\b(expor|exponho|expondo|postar|posto|divulgar|viralizar|botar|colocar|jogar|publicar|publico)\b.{0,60}"
        r"\b(redes sociais|instagram|facebook"
        r"|twitter|tiktok|internet|youtube|grupo (do|da|de) (condominio|bairro|familia|igreja|trabalho|escola))\b",
        r"\b(isso|isto|voces|o que voces fazem) (e|sao) (crime|ilegal|criminos\w*|extorsao)\b",
        r"\b(chamar|chamo|chamarei|chamei) a policia\b|\bdeus (vai|ha de|vai te|ira) (cobrar|castigar|punir)\b",
        # a joke of a firm, a threat called so, a debt told to others: "voces sao uma piada", "isso e ameaca",
        # "quem autorizou voces a ligar pro meu trabalho?" (CDC art. 42)
        r"\b(voces sao|isso e|essa empresa e|a empresa e|que) (uma )?piada\b|\b(isso|isto|essa mensagem|essa cobranca"
        r"|voces) (e|sao|esta) (uma )?ameaca\b|\b(estao|esta) me ameacando\b"
        r"|\bquem (autorizou|deixou|mandou) (voces|voce)\b.{0,40}\b(ligar|ligarem|falar|falarem|contar|contarem|expor"
        r"|procurar|mandar|mandarem|escrever|escreverem|enviar)\b"
        # the debt told to others forbidden: "nao autorizo voces falarem com a minha familia sobre isso", "e eu ja
        # disse que nao posso falar, voces estao me assediando"
        r"|\bnao (autorizo|permito|admito) (voces |que voces )?(a )?(falar|falarem|falem|ligar|ligarem|liguem|contar"
        r"|contarem|procurar|procurarem)( \w+)? (com|para|pra|pro) (a |o )?(minha|meu|minhas|meus) (familia|familiares"
        r"|parentes|vizinh\w*|chefe|patrao|trabalho|filh\w*|mae|pai|esposa|marido|mulher)\b"
        r"|\b(estao|esta|ficam|fica) me (assediando|constrangendo|humilhando|expondo)\b",
        # anger said plainly, dismissal, shame thrown back, a lawsuit named otherwise
        r"\b(pouca vergonha|explorar (velho|velhos|idoso|idosos|aposentado|aposentados|pobre|pobres))\b",
        r"\b(irritad\w*|revoltad\w*|indignad\w*|furios\w*|puto|puta da vida|pistola|sem vergonha|cara de pau"
        r"|descarad\w*|cambada|vergonha de empresa|(e|sao|que) (uma )?vergonha)\b",
        r"^(some|sai fora|vaza|me esquece|esquece que eu existo)\b|\b(some daqui|sai fora|me esquecam|me esquece)\b",
        r"\b(entrar|entro|entrarei|abrir|abro|mover) (com )?(uma )?acao\b|\bdanos morais\b|\bindeniza\w*\b",
        r"\bquem (voces|voce) (pensam|pensa|acham|acha) que (sao|e)\b|\b(voces|voce) nao (tem|tem o) direito\b",
        # insults and swearing ("abutres", "cala a boca", "saco cheio"), contempt, and where a complaint goes next
        r"\b(abutre\w*|sanguessuga\w*|aldrabao|aldraboes|aldrabona|aldrabice|aldrabices|agiota\w*|urubu\w*"
        r"|vampiro\w*|parasita\w*|verme\w*|escrot\w*|babaca\w*"
        r"|palhac\w*|(?<!para o )(?<!pelo )(?<!do )(?<!ao )bandid\w*|mentiros\w*|trambiqu\w*|desgracad\w*|maldit\w*"
        r"|miseravel|miseraveis|porra|caralho"
        r"|bosta|pqp|vtnc|vsf|fdp|krl|crl|caraio|tnc|tmnc|(tao|muito|pessimamente|super) mal atendid\w*"
        r"|filho da puta|filhos da puta|arrombad\w*|odeio voces|odio|descaso|desrespeito"
        r"|falta de respeito|perseguicao|perseguindo|me perseguir|saco cheio|enchendo o saco"
        r"|torrando (a|minha) paciencia|larga do meu pe|larguem do meu pe|cala a boca|calem a boca|cala boca"
        r"|calem essa boca|quadrilha|mafia|corja|gangue|surdos|surdas)\b",
        r"\b(atendimento|empresa|servico|empresinha) (porco|porca|podre|nojent\w*|ridicul\w*|vergonhos\w*)\b",
        r"\b(levar|levo|levarei|colocar|coloco|botar|boto|ir|vou) (isso |voces |o caso )?(para|pra|a|na|no|ao) (justica"
        r"|delegacia|policia|ministerio publico|defensoria|juiz|tribunal|pequenas causas|imprensa|jornal|midia"
        r"|ouvidoria)\b",
        # threats of violence: "vou ai e quebro a loja", "quebrar a cara do proximo"
        r"\b(quebro|quebrar|quebrarei|quebra|arrebento|arrebentar|destruo|bato|bater em|meto a mao em) (tudo|a loja"
        r"|a cara|a sua cara|a agencia|o escritorio|voces|a porta|essa loja|essa empresa)\b"
        r"|\b(dar|dou|darei|levar|leva) (uns |um |uma )?(tapa|tapas|soco|socos|porrada|murro)\b",
        r"\b(porradas?|te (pegar|pego|achar|acho|encontrar|encontro|arrebent\w*|quebr\w*"
        r"|matar|mato|bater|bato|furar|furo)|vai ver so|voce vai ver|voces vao ver|sei onde (voce|voces) (mora|moram"
        r"|fica|ficam|trabalha\w*))\b",
        r"\bparabens (pela|pelo) (cobranca|atendimento|servico|descaso|desrespeito|falta|abuso|incompetencia)\b"
        r"|\b(sao|voces sao|e um|e uma|bando de|seus|suas|esses|essas) (uns |umas )?(mal educad\w*|grosseir\w*|grossos"
        r"|grossas|estupid\w*)\b",
        r"\b(vou|vamos|irei) (fazer|gravar|postar|publicar) (um |uma )?(video|post|postagem|live|reportagem)\b",
        r"\b(tomara|espero|desejo) que (voces|voce|essa empresa|a empresa|esta empresa|essa firma)\b.{0,30}"
        r"\b(quebre|quebrem|va a falencia|vao a falencia|fali\w*|feche|fechem|se ferrem|se lasquem|se danem)\b",
        r"\b(eu )?(processo|processar|processarei) (essa|esta|a) empresa\b"
        r"|\b(codigo de defesa do consumidor|meus direitos)\b",
        # the bot or the firm called useless, the debt told where to go
        r"\b(bot|robo|sistema|empresa|atendimento|servico|app|aplicativo|sao|bando de|cambada de)( \w+)?"
        r" (inutil|inuteis)\b",
        r"\beu (processo|denuncio)( voces| todo mundo| essa empresa)?$|\b(ai|entao|senao) eu (processo|denuncio)\b",
        r"\b(mercenari\w*|gananciosos|gananciosa)\b|\b(so|somente|apenas) (pensam|querem saber|visam|ligam)"
        r" (em |de |para |pra )?(dinheiro|lucro|cobrar)\b",
        r"\b(voces|voce|empresa|empresinha|firma|servico|atendimento|isso aqui) (\w+ )?nao (presta|prestam)\b"
        r"|\b(empresa|servico|atendimento|firma) de (quinta|quinta categoria|terceira)\b",
        r"\b(enfia|enfie|enfiem|enfiar|soca|soque|soquem|mete|metam)\b.{0,40}\b(rabo|cu|naquele lugar|onde (o sol|voce"
        r" sabe|voces sabem|quiser|quiserem|couber))\b",
    )),
    "already_paid": tuple(re.compile(p) for p in (
        # the proof sent again and again: "quantas vezes vou ter que mandar o comprovante?"
        r"\bquantas vezes (eu )?(vou|vai|preciso|tenho que) (ter que |precisar )?(mandar|enviar|mostrar)"
        r" (o |esse |este )?comprovante\b",
        # an agreement being kept: "estou cumprindo o acordo certinho", "o acordo ta em dia"
        r"\b(estou|to|venho|ando) cumprindo (o|meu|esse) acordo\b|\bacordo\b( \w+){0,5}? (sendo cumprido|esta em dia"
        r"|ta em dia|esta sendo pago|ta sendo pago)\b",
        # ported to another bank: "fiz a portabilidade do emprestimo pra outro banco"
        r"\bfiz a portabilidade (da|do) (divida|emprestimo|consignado|financiamento|credito)\b",
        # renegotiated already: "essa conta ja foi renegociada no mutirao" (not "quero que seja renegociada")
        r"\b(ja foi|foi|tinha sido|ja tinha sido|ja estava) (renegociada|renegociado)\b",
        # scheduled, and not shown since: "o pix foi agendado pra ontem, nao compensou?" (not "vou agendar o pix")
        rf"\b{_SCHEDULED}\b.{{0,80}}\b(nao|ainda nao) (caiu|compensou|baixou|chegou|entrou)\b",
        # the proof alone, sent as the whole message: "comprovante", "segue o comprovante do pix"
        r"^(segue |ta ai |esta ai |olha |aqui |aqui esta )?(o )?comprovante( em anexo| anexo| ai| do pix| do pagamento"
        r"| do boleto)?$",
        # paid through another who kept it, or cleared by a portability or an insurance: "a cooperativa nao repassou o
        # pagamento", "o banco novo quitou na portabilidade", "o seguro do cartao devia cobrir essas parcelas"
        r"\b(nao|nunca) (repassou|repassaram|repassa|repassam) (o |meu |o meu )?(pagamento|pagamentos|pix)\b"
        r"|\bportabilidade\b.{0,80}\b(quitou|quitaram|quitada|quitado|pagou|pagaram|liquidou|liquidaram|liquidada"
        r"|liquidado)\b|\b(quitou|quitaram|quitada|quitado|pagou|pagaram|liquidou|liquidaram|liquidada|liquidado)\b"
        r".{0,60}\bportabilidade\b"
        r"|\b(seguro|fies|prouni|financiamento estudantil)\b.{0,40}\b(devia|deveria|tem que|tinha que|era para|era pra)"
        r" (cobrir|pagar|quitar)\b",
        # (not a payment only believed made: "achei que ja tinha pago")
        r"(?<!achei que )(?<!achei que ja )(?<!pensei que )(?<!pensei que ja )(?<!jurava que )(?<!jurava que ja )"
        r"\b(ja )?(tinha|tinham|havia) (pago|quitado)\b",
        # listed or collected despite an agreement: "por que meu nome foi pro serasa se eu tenho acordo"
        r"\b(se|mesmo|apesar de) (eu )?(tenho|tendo|ter|com|fiz|ja fiz|feito) (um |o )?acordo\b",
        # an agreement being paid on time: "to pagando certinho as parcelas do acordo", "o parcelamento esta em dia"
        r"\b(estou|to|venho|ando|sigo) pagando (certinho |direitinho |em dia |tudo )?(as parcelas|o acordo"
        r"|a renegociacao|o parcelamento)\b|\b(parcelamento|acordo|renegociacao|parcelas)( do acordo)? (esta|estao|ta"
        r"|tao) (em dia|pago|pagas|quitad\w*)\b",
        r"\bpaguei\w*\b",
        # the money sent, from abroad too: "mandei o dinheiro de Boston por remessa", "fiz uma remessa de Portugal"
        r"\b(mandei|enviei) (o |a )?(dinheiro|valor|grana|quantia|parcela)\b"
        r"|\b(fiz|mandei|enviei) (uma |a |o )?(remessa|transferencia internacional)\b",
        # managed to pay, and asked to have it checked: "gloria a deus consegui pagar ontem, confere ai" (told alone,
        # "consegui pagar pelo app", it is a payment the system sees, no claim)
        r"(?<!nao )(?<!nem )\bconsegui (pagar|quitar|transferir|fazer o pix|fazer o pagamento)\b.{0,60}\b(confere"
        r"|confira|conferir|verifica|verifique|verificar|da uma olhada|olha ai|ve ai|veja ai|checa|cheque)\b",
        # the pix or payment told done: "o pix da primeira parcela eu mandei ontem", "segue o print"
        r"\b(pix|pagamento|deposito|transferencia)\b(?! d[ao] (obra|servico|trabalho|nota|frete|projeto)\b)( \w+){0,3}"
        r" (eu )?(ja )?(fiz|mandei|enviei)\b(?!( \w+){0,2}"
        r" (voltou|deu erro|nao caiu|nao entrou|foi devolvid\w*))"
        r"|\b(segue|seguem|mandei|enviei|vou mandar|vou te mandar) (o |os )?print\b",
        # (not a transfer to a scammer: "transferi tudo pro golpista")
        r"\b(transferi|depositei)\b(?!( \w+){0,3} (pro|pra|para o|para os|ao|aos) (golpista|golpistas|bandido"
        r"|bandidos|estelionatario|estelionatarios|criminoso|criminosos|falso|falsa)\b)",
        r"\b(quitei|quitad\w*|efetuei o pagamento|debitou|foi debitad\w*)\b",
        r"\bja \w{1,4} (pago|paga|quitado|quitada)\b",  # "ja at pago": a typo between
        r"\bja (foi|esta|estava|foram|estao) (renegociad\w*|negociad\w*|incluid\w* no acordo|no acordo|em acordo)\b",
        # settled with whoever collected before; paid, and told it never came
        r"\b(acertei|liquidei)\b.{0,30}\b(com|na|no) (a |o )?(outra |outro )?(assessoria|escritorio|empresa|financeira"
        r"|loja|banco|cobranca|agencia)\b",
        # an agreement made with the agency that collected, and being paid: "fechei acordo com a agencia de cobranca,
        # to pagando la" (not an offer of one: "a agencia me ligou oferecendo acordo")
        r"\b(negociei|renegociei|fechei (um |o )?acordo|fiz (um |o )?acordo)( \w+){0,2}? (com|na|no) (a |o |uma |um )?"
        r"(outra |outro )?(assessoria|escritorio|empresa|agencia|financeira|terceirizada)\b.{0,80}\b(estou|to|tou"
        r"|venho|ja estou|ja to) pagando\b",
        r"\b(falam|dizem|falaram|disseram|alegam|estao dizendo) que nao (receberam|recebeu|consta|caiu|entrou)\b",
        # the payment reversed by a bank: "o banco estornou meu pagamento", "o pix foi estornado"
        r"\b(estornou|estornaram|estornad\w*|devolveram|devolvid\w*)\b.{0,30}\b(pagamento|pix|deposito|transferencia)\b"
        r"|\b(pagamento|pix|deposito|transferencia)\b.{0,20}\b(foi |veio |ja foi )?(estornad\w*|devolvid\w*)\b",
        r"\b(compra|cobranca|valor|parcela|fatura)\b.{0,30}\b(foi |ja foi )?(estornad[ao]|estornaram)\b"
        r"|\b(estornou|estornaram) (a|essa|esta|o|esse|este) (compra|cobranca|valor|parcela|debito)\b",
        r"\b(esta|foi|tudo|e|ja) (pago|paga|quitad\w*)\b",
        # instalments paid, said in the plural; a payment on its way: "ja foram pagas 11 de 12 parcelas", "o pagamento
        # ta em processamento no banco"
        r"\b(ja )?(foram|estao) (pagas|pagos|quitadas|quitados)\b|\b(pagamento|pix|transferencia|deposito)"
        r" (esta|ja esta) (em )?(processamento|compensacao|sendo processad[oa]|compensando)\b",
        # the service cut or the name blacklisted though the bill was paid: "cortaram minha luz com a conta paga"
        r"\b(com|mesmo com) (a|o|minha|meu) (conta|fatura|boleto|parcela|mensalidade)( \w+)? (ja )?(paga|pago"
        r"|quitad[ao]|em dia)\b|\b(conta|fatura|boleto|parcela|mensalidade) (paga|pago|quitad[ao]) e (mesmo assim"
        r"|ainda|voces)\b",
        r"\bpago (dia \w+|ontem|em \w+|no dia)\b",
        r"\bfiz (o|a) (pix|pagamento|transferencia|deposito)\b|\b(mandei|enviei) (o|um) (pix|ted|doc)\b"
        # with its amount: "fiz um pix de 89,90 as 14h07" (not "fiz um pix pra uma conta que dizia ser de voces")
        r"|\bfiz (um|uma) (pix|pagamento|transferencia|deposito|ted) (de|no valor de) (r )?\d"
        r"|\b(efetuei|realizei) (a |o |uma |um )?(transferencia|deposito|pix|pagamento|quitacao)\b",
        r"\b(pagamento|deposito|pix|transferencia) (feito|feita|efetuado|efetuada|realizado|realizada|confirmado)\b",
        # up to date, said of an agreement: "fiz um acordo com voces mes passado, ta tudo em dia"
        r"\b(ta|esta|estou|to|estamos) (tudo |com tudo |com as parcelas |com o acordo )?em dia\b",
        r"\b(mandei|enviei|segue|tenho|anexei|esta ai|aqui esta|esta aqui)( o| a)? (comprovante|recibo)\b",
        # the receipt sent ("segue print do comprovante", "em anexo o comprovante"), a bank's confirmation pasted
        r"\b(mandei|enviei|segue|seguem|anexei|anexo|em anexo|envio|mando)( o| a| os| as)?( print| prints| foto| fotos"
        r"| imagem| imagens| copia| copias)?"
        r" (do|de|o) (comprovante|recibo)\b|\b(pix|transferencia|ted|doc|pagamento) (enviado|enviada|realizado"
        r"|realizada|efetuado|efetuada|concluido|concluida|confirmado|confirmada)\b",
        r"\bsaiu da minha conta\b",
        r"\b(deram|dar|deu|dei|demos) baixa\b",
        r"\b(acabei|acabou) de (pagar|quitar|transferir|fazer (o|a) (pagamento|pix|transferencia))\b",
        r"\b(descontou|debitou|(foi|ja foi|ja esta|esta) descontad\w*|(foi|ja foi|esta) (no|pelo) debito automatico)\b",
        # "foi debito automatico", "o valor saiu no debito automatico" (not "nao foi debito automatico")
        r"(?<!nao )\bfoi debito automatico\b|\b(saiu|pago|paga|paguei|pagou|quitei|quitado|quitada|caiu) (no|pelo|via)"
        r" debito (automatico|em conta)\b",
        # a payment said gone, to be checked: "o pix ja foi, confere ai" (not "o boleto ja foi enviado?")
        r"\b(o |a )?(pix|pagamento|deposito|transferencia|ted|doc) ja foi( \w+)?"
        r" (confere|confira|conferir|ve|veja|verifica|verifique|olha|olhe|checa|pode ver|pode conferir|podem ver"
        r"|podem conferir|ai)\b|\b(o |a )?(pix|pagamento|deposito|transferencia) ja foi$",
        r"\b(ja )?caiu (o|a) (pagamento|pix|transferencia)\b"
        r"|\b(pagamento|pix|transferencia|deposito|debito|desconto)( \w+)? (ja )?caiu\b",  # "o pix agendado caiu"
        r"\bpagamento (ja )?(foi |esta |ja foi )?(feito|efetuado|realizado|confirmado|efetivado|compensado)\b",
        r"\b(liquidei|liquidad\w*|efetuei a quitacao|caiu no debito automatico)\b",
        r"\b(cobr\w*|veio|vieram|fatura|boleto|parcela|descontaram|descontou|descontado|descontada|debitaram|debitou"
        r"|debitado|debitada)\b.{0,30}\b(em dobro|duas vezes|em duplicidade|duplicad\w*)\b",
        r"\b(o debito|a cobranca|o desconto|o pagamento)( \w+){0,3}? (foi feit[oa]|caiu|veio|passou|entrou|saiu)"
        r"( \w+){0,3}? (em dobro|duas vezes|em duplicidade)\b",  # "o debito foi feito duas vezes no meu cartao"
        # someone else paid it, the bank cleared it: "meu cunhado quitou", "o deposito ja foi compensado"
        r"(?<!ate quem )(?<!ate quem ja )(?<!cobram quem )(?<!cobram quem ja )"  # (not "cobram ate quem ja pagou")
        r"\b(pagou|quitou|compensou|compensad\w*)\b",
        # deducted from the pay or the pension: a payroll loan is not late
        r"\b(descont\w*|sai|saiu|sai direto|vem descontad\w*)\b.{0,40}\b(folha|holerite|contracheque|contra cheque"
        r"|beneficio|aposentadoria)\b|\b(desconto|descontado|descontada) em folha\b",
        r"\b(ja )?(acertou|acertei|acertamos|acertaram) (essa|esta|a|minha|toda a) (conta|divida|fatura|parcela"
        r"|pendencia)\b",
        # the debt in slang: "ja acertei esse rolo", "acertei essa bronca em julho"
        r"\b(ja )?(acertei|acertamos|quitei|quitamos|paguei) (esse|este|essa|esta|o|a) (rolo|bronca|pendenga|pepino"
        r"|treta)\b",
        r"\bpagamento (ja )?(foi|caiu|saiu) (ontem|hoje|anteontem|dia \w+|semana passada|no dia)\b",
        r"\bdebito automatico (ja )?(pegou|passou|caiu|descontou|levou|debitou|foi feito|saiu)\b",
        r"\bcompensacao (foi |ja foi |esta )?(confirmad\w*|feita|realizada|efetuada)\b"
        r"|\b(confirmou|confirmaram) a compensacao\b",
        r"\bpagamento (ja )?saiu\b|\b(acertei|acertamos) (tudo|isso|a divida|o debito|o valor)\b.{0,60}"
        r"\b(acordo|quitad\w*|nao devo|pago|paga|em dinheiro|a vista|no caixa)\b",
        # settled by an agreement already, and collected again: "ja negociei com o escritorio", "cobrando de novo"
        # (not when the agreement's boleto is what is asked for: "ja fiz acordo, so preciso da segunda via")
        r"\bja (negociei|renegociei|parcelei|fiz (um |o )?acordo|fechei (um |o )?acordo|tenho (um )?acordo)\b"
        r"(?!.{0,80}\b(?<!nao )(preciso|quero|queria|manda|mande|mandem|envia|envie|enviem|cade|me passa|gera|gerar)"
        r"( de| d[oa])?( \w+){0,2}? (segunda via|boleto|link|codigo|pix)\b)"
        r"|\b(tenho|temos) (um )?acordo (fechado|firmado|feito|vigente|ativo)\b",
        r"\b(cobrando|cobram|cobraram|cobrar|cobranca)( isso| essa| esse| a| o)? de novo\b",
        r"\b(isso|essa divida|esse debito|essa conta|essa fatura|esse valor|tudo) (ja )?(foi|esta) resolvid[oa]\b",
        # charged again and again: "conseguiram cobrar tres vezes a mesma parcela"; a payment asked after: "cade a
        # baixa do pagamento que eu fiz?"
        r"\b(duas|tres|quatro|2|3|4) vezes (a|o) (mesma|mesmo)\b",
        r"\bpagamento que (eu )?(ja )?(fiz|efetuei|realizei)\b|\bcade (a|minha) baixa\b",
        # told as a bank or a manager tells it: "a transferencia foi concluida", "a divida foi perdoada no feirao", "o
        # dinheiro ja saiu", "o patrao descontava as parcelas"
        r"\b(pix|transferencia|ted|deposito) (ja )?foi (enviado|enviada|realizado|realizada|efetuado|efetuada"
        r"|concluido|concluida|confirmado|confirmada|feito|feita)\b",
        r"\b(divida|saldo|debito|conta)\b( \w+){0,3}? (foi|ja foi|tinha sido|teria sido) (perdoada|perdoado|anistiada"
        r"|anistiado)\b|\b(perdoaram|perdoou)( \w+){0,2}? (a divida|o saldo|o debito|minha divida|meu debito|tudo)\b",
        r"\bo dinheiro (ja )?saiu\b",
        # receipts counted: "tenho 3 comprovantes", "guardei os quatro recibos dos depositos"
        rf"(?<!nao )\b(tenho|guardei|guardo|juntei) (os |as |todos os )?(?:{_COUNT}) (comprovantes|recibos)\b",
        # a document that shows it: "o extrato mostra o debito", "o holerite mostra o desconto da parcela", "tenho o
        # termo de quitacao", "a divida estava zerada", "mandei tres vezes o comprovante"
        r"\b(extrato|comprovante|historico|recibo|print|contracheque|holerite)\b( \w+){0,3}? (mostra|mostram|comprova"
        r"|comprovam|prova|provam|confirma)\b( \w+){0,4}? (debito|pagamento|pix|desconto|transferencia|deposito|pago"
        r"|paga|quitado|quitada|quitacao)\b",
        r"\b(termo|carta|declaracao) de quitacao\b",
        r"\b(divida|saldo|conta|debito)( \w+)? (esta|estava|ficou|foi) (zerada|zerado)\b",
        r"\b(mandei|enviei)( \w+){1,3}? (o|a|os|as) (comprovante|comprovantes|recibo|recibos)\b",
        r"\b(pix|transferencia|pagamento|deposito) (foi|caiu) (para|na|pra|em) (a )?(chave|conta) (de voces"
        r"|da empresa)\b"
        r"|\b(pix|transferencia|pagamento|deposito) foi (para|pra) voces\b",
        # the receipt forwarded: "encaminho novamente o comprovante", "reenvio o recibo"
        r"\b(encaminho|encaminhei|reenvio|reenviei|reencaminho)( novamente| de novo| mais uma vez)?( o| a)?"
        r" (comprovante|recibo)\b",
        r"\b(descontava|descontavam|descontou|descontaram)\b( \w+){0,4}? (parcela|parcelas|prestacao|prestacoes)\b",
    )),
    "not_mine": tuple(re.compile(p) for p in (
        # a store's promise to exchange or refund, unkept: "a loja ficou de trocar e nunca trocou, nao vou pagar"
        r"\b(ficou|ficaram|prometeu|prometeram|disse que ia|disseram que iam) (de )?(trocar|devolver|consertar|estornar"
        r"|cancelar|reembolsar)\b.{0,80}\b(nunca|nao|ate hoje nao) (trocou|trocaram|devolveu|devolveram|consertou"
        r"|consertaram|estornou|estornaram|cancelou|cancelaram|reembolsou|reembolsaram|fez|fizeram)\b",
        # (not a caller's number: "nao reconheco o numero que me ligou, era de voces?")
        r"\b(nao|nunca|nem) (reconhec\w*|conhec\w*)\b(?! (o |esse |este |aquele |a |essa |aquela )?(numero|telefone"
        r"|contato|remetente|link|site|perfil)\b)",
        # the negation put after, as the Northeast says it: "reconheco nao, senhora" (not "reconheco, nao nego")
        r"\breconhec\w* nao\b(?! (nego|nego nao|posso|consigo|tenho|sei|vou|quero|e|eh|devo|pago|paguei)\b)",
        # sold by phone and not understood: "me venderam esse seguro por telefone sem explicar direito", "o banco me
        # ofereceu esse emprestimo e eu nem entendi, agora tao descontando"
        r"\b(ofereceu|ofereceram|venderam|vendeu|empurraram|empurrou)\b.{0,60}\b(nem entendi|nao entendi|sem explicar"
        r"|sem me explicar|nao explicaram|nao me explicaram|sem eu entender)\b",
        # a dead relative's debt: "isso e do tempo do meu finado marido", "essa divida era da minha falecida mae"
        r"\b(isso|isso ai|essa (conta|divida|cobranca|fatura)|esse (debito|cartao|contrato))( \w+){0,2}? (e|era|eh)"
        r" (do|da|coisa do|coisa da|do tempo do|do tempo da) (meu |minha )?(finad[oa]|falecid[oa])\b",
        # a business's debt that is another's: "o boleto saiu com o cnpj errado, nao e da minha empresa"; a partner
        # who left: "sai da sociedade em 2022"
        r"\b(cnpj|nota|boleto|fatura|cobranca|divida|debito|conta)\b.{0,60}\bnao (e|eh|era) (da|de) (minha|nossa)"
        r" (empresa|firma|loja)\b|\b(sai|me retirei|me desliguei|deixei|saimos) da sociedade\b",
        # a charge above the contract's, or raised unannounced: "o juros que voces colocaram e maior que o do contrato",
        # "o valor da parcela subiu sozinho", "a multa de atraso ta errada"
        r"\b(juros|taxa|taxas|valor|parcela|multa|tarifa)\b.{0,40}\b(maior|mais alt[oa]|acima)( \w+)? (que|do"
        r" que|da|do) (o|a)? ?(do|da|no|na)? ?(contrato|contratad[oa]|combinad[oa]|acordad[oa])\b"
        r"|\b(valor|parcela|prestacao|mensalidade)( \w+){0,2}? (subiu|aumentou|dobrou) (sozinh[oa]|do nada|sem aviso"
        r"|sem avisar|sem me avisar)\b|\bninguem me avisou (de|do|sobre o|sobre) (reajuste|aumento)\b"
        r"|\b(multa|juros|taxa|tarifa)( de atraso| por atraso)? (ta|esta|veio|vieram|estao|tao) (errad[oa]s?"
        r"|incorret[oa]s?|abusiv[oa]s?)\b",
        # the terms agreed left out: "o desconto do acordo nao veio no boleto", "cobrando o valor cheio"
        r"\b(desconto|condicao|condicoes|valor|parcela) (do|da|de) (acordo|negociacao|proposta)\b.{0,40}\b(nao veio"
        r"|nao vieram|nao esta|nao ta|nao apareceu|nao apareceram|nao foi aplicad[oa]|nao consta|sumiu)\b"
        r"|\b(cobrando|cobraram|cobrou|cobram|veio|vieram|mandaram)( \w+){0,2}? (o )?valor (cheio|integral)\b",
        # "nao lembro dessa compra", "nao me lembro de ter feito esse emprestimo"
        r"\b(nao|nem) (me )?lembro (dessa|desta|desse|deste|de ter feito (essa|esse|este|esta)) (compra|compras|divida"
        r"|emprestimo|cartao|crediario|financiamento|contrato)\b",
        # an amount found strange, a service never taken out by the writer: "apareceu um valor estranho na fatura",
        # "esse plano nunca foi contratado por mim"
        r"\b(valor|valores|cobranca|cobrancas)( \w+)? (estranho|estranha|esquisito|esquisita|estranhos|esquisitos)\b"
        r"|\b(nunca|nao) (foi|foram) (contratado|contratada|contratados|solicitado|solicitada|autorizado|autorizada"
        r"|assinado|assinada|pedido|pedida) por mim\b",
        # a discount promised and missing, payment withheld until an amount is explained, a small debt grown large: "o
        # boleto veio sem o desconto", "so pago quando mostrarem de onde saiu esse valor" (asked alone, "de onde saiu
        # esse valor?" is a question for a person, as an earlier set labels it)
        r"\b(veio|vieram|chegou|chegaram|apareceu|esta|ta) (com o valor cheio|sem (o )?desconto)\b",
        r"\b(nao (aceito|pago|vou pagar)|so pago|so vou pagar)\b.{0,60}\bde onde (saiu|veio|vem|surgiu|tiraram)"
        r"( \w+){0,2}? (esse|essa|este|esta) (valor|cobranca|divida|conta|juros)\b",
        r"\b(cobrar|cobrando|cobram|querem|pedem|pedindo)( \w+)? \d+( mil| reais)? (de|por) (uma )?(divida|conta"
        r"|compra|parcela|fatura) de \d+\b",
        _CANCELLED_WITH_PROOF,
        # what never worked, still billed: "o aparelho nunca funcionou e voces cobram as parcelas"
        r"\b(nunca funcionou|nunca funcionaram|nunca funcionou direito)\b.{0,60}\b(cobra|cobram|cobrando|cobrar"
        r"|cobranca|parcelas)\b",
        # a business or a car sold with its debts: "vendi a loja e o novo dono ficou com as dividas"
        r"\b(vendi|passei|transferi|repassei) (a|minha|essa|o|meu|esse) (empresa|loja|firma|ponto|carro|moto|imovel"
        r"|casa)\b.{0,80}\b(assumiu|assumiram|ficou com|ficaram com)\b",
        r"\b(nao deve|nao devemos) nada\b|\bnem (devo|devia) (isso|isto|essa|esse|nada)\b",  # "nao deve nada"
        # a credit or a refund not applied: "o estorno deveria abater a fatura", "devolvi o produto e o reembolso nao
        # veio" (a purchase refunded and billed, "ja foi estornada", reads as paid, as an earlier set labels it)
        r"\b(cashback|credito|bonus|saldo|estorno|reembolso)\b( \w+){0,3}? (era para|era pra|deveria|devia|tinha que)"
        r" (abater|descontar|compensar)\b|\b(nao abateu|nao abateram|nao foi abatido|nao foi abatida)\b",
        r"\b(estorno|reembolso)\b( \w+){0,2}? (nunca|nao) (caiu|veio|apareceu|entrou|foi feito)\b",
        # fees called unlawful or above the limit: "esses encargos sao ilegais", "acima do que o banco central
        # permite"
        # (called abusive only, they read as hostility, as an earlier set labels them; asked off, as a dispute)
        r"\b(juros|taxa|taxas|tarifa|tarifas|multa|multas|encargos|cobrar|cobrando|cobrada|cobrado)\b( \w+){0,4}?"
        r" (ilegal|ilegais|acima do (limite|permitido|limite permitido|que (a lei|o banco central) permite))\b",
        _ABUSIVE_FEES_ASKED_OFF,
        # a debt sold and the writer never told: "minha divida foi vendida pra voces e eu nunca fui avisado"
        r"\b(divida|conta|contrato|debito) (foi|teria sido) (vendida|vendido|cedida|cedido|repassada|repassado)\b"
        r".{0,60}"
        r"\b(nem sabia|nunca fui (notificado|notificada|avisado|avisada)|nao fui (notificado|notificada|avisado"
        r"|avisada))\b",
        # a business closed, and still billing: "a escola faliu e voces continuam cobrando" (not "onde eu pago agora?")
        r"\b(loja|empresa|escola|academia|clinica|fabrica|construtora)\b( \w+){0,3}? (faliu|fechou|quebrou|encerrou"
        r"|nem existe mais|nao existe mais)\b"
        r".{0,60}\b(cobra|cobram|cobrando|cobrar|continua cobrando|continuam cobrando)\b",
        _DEAD_KIN_BILLED,
        # a debt the writer never knew of: "meu nome ta sujo e eu nem sabia dessa divida"
        r"\b(nem|nao) sabia (dessa|desta|de nenhuma|da) (divida|conta|debito|cobranca)\b"
        r"|\b(nem|nao) sabia que (tinha|existia) (essa|esta|uma|alguma) (divida|conta|debito)\b",
        # an amount said, then another billed: "voces falaram 300 e agora e 900?"
        r"\b(falaram|disseram|combinaram|combinamos|era|contratei)( \w+){0,2}? \d+( reais)? e agora (e|eh|ta|esta|vem"
        r"|veio|virou|cobram)( \w+)? \d+\b"
        # "nao, eu combinei 5 de 150 com a outra moca, isso ta errado"
        r"|\b(combinei|combinamos|acertei|acertamos|fechei|fechamos)\b.{0,60}\b(isso|esse valor|esse boleto"
        r"|essa parcela|o valor|o boleto|a parcela) (esta |ta |veio |ficou )?errad[oa]\b"
        # an amount said, another billed: "a parcela era 250 e veio 410", "o valor de 4 870 nao e o que eu devo"
        r"|\b(parcela|valor|prestacao|mensalidade|fatura|boleto|saldo) (era|sempre foi|vinha) (de )?(r )?\d+( \d+)?"
        r"( reais)? (e|mas) (agora )?(veio|vieram|chegou|cobram|cobraram|virou|esta|ta|mandaram)( \w+)? (r )?\d+\b"
        r"|\bnao e (o|esse o|este o) (valor )?(que|quanto) (eu )?devo\b"
        # "eu tinha combinado 150 por mes e veio 230", "fechei o acordo em 200 e o boleto chegou 310"
        r"|\b(combinado|combinei|combinamos|fechei|fechamos|acertei|acertamos|contratei)( \w+){0,3}? \d+( reais)?"
        r"( (por|ao|no) mes| mensais)? (e|mas)( \w+){0,2}? (veio|vieram|chegou|apareceu|mandaram|cobraram|cobrou"
        r"|virou)( \w+)? \d+\b",
        # an agreement's amount said, another billed after it: "fiz acordo de 12x de 89 e voces tao cobrando 140",
        # "o acordo era 75 por mes, por que o boleto veio 130?" (not a date or a count: "veio dia 15", "chegou a 2")
        r"\b(acordo|combinei|combinado|combinamos|negociei|negociado|negociamos|fechei|fechamos|acertei|acertamos)\b"
        r"[^.?!]{0,40}?\b\d+\b[^.?!]{0,50}?\b(veio|vieram|chegou|apareceu|virou|cobrando|cobram|cobraram|cobrou"
        r"|mandaram|mandando|mandou)\b( (?!dia\b|dias\b|em\b|no\b|ate\b|as\b)\w+){0,3}? (r )?\d{2,}\b",
        # ... or the amount billed said first: "disse que eu devo 900 mas meu contrato era de 500"
        r"\b(devo|devendo|cobrando|cobram|cobraram|cobrou|veio|vieram|chegou|mandaram)\b( \w+){0,3}? (r )?\d{2,}\b"
        r"[^.?!]{0,30}?\b(mas|so que|porem|sendo que)\b( \w+){0,2}? (contrato|acordo|combinado|combinei|contratei"
        r"|negociei|negociado|fechei|fechado)\b( \w+){0,3}? (r )?\d{2,}\b",
        # a good repossessed, and still billed: "o carro foi tomado na busca e apreensao, como voces ainda cobram?"
        r"\b(apreens\w*|apreendid[oa]|apreenderam|leiload[oa]|leiloaram|(tomaram|tomou|recolheram|recolheu|retomaram"
        r"|retomou) (o|a|meu|minha) (carro|moto|veiculo|caminhao|bem|casa|imovel|apartamento))\b.{0,80}"
        r"\b(ainda|continua|continuam|segue|seguem) (me )?(cobr\w*|mandando cobranca)\b",
        _DEAD_KIN_HELD,
        # a spouse or a parent lost, the bills in their name: "perdi meu marido e chegam cobrancas no nome dele"
        rf"\bperdi (o |a )?(meu|minha) {_KIN}\b.{{0,80}}\b(no nome|em nome) (dele|dela)\b",
        _KIN_WITHOUT_CAPACITY,
        # not what was agreed ("nao tem nada a ver com o que eu contratei"), interest refused ("esses juros nao aceito")
        r"\bnao tem nada a ver com (o que )?(eu )?(contratei|comprei|combinei|assinei|negociei|acordei|o contrato"
        r"|o combinado)\b|\b(esses|estes|os) juros\b( \w+){0,4}? (eu )?nao (pago|aceito|concordo|reconheco)\b",
        # the creditor's own slip: "voces cadastraram a agencia errada", "lancaram o vencimento errado"
        r"\b(voces|vcs) (cadastraram|colocaram|lancaram|registraram|digitaram|puseram) (a |o )?(agencia|conta|dados"
        r"|valor|data|vencimento|numero)( \w+)? (errada|errado|errados|erradas)\b",
        # never the writer's: "esse cartao nunca foi meu" (not "nunca foi meu forte")
        r"\bnunca (foi|foram|era|eram) (meu|minha|meus|minhas)\b(?! (forte|costume|objetivo|estilo|plano)\b)",
        # renewed unasked: "renovaram o contrato automatico sem me avisar"
        r"\b(renovaram|renovou|prorrogaram|prorrogou)\b( \w+){0,3}? (sem (me )?(avisar|consultar|perguntar|autorizacao"
        r"|minha autorizacao)|sem eu (pedir|autorizar|saber))\b",
        # a firm's debt, not the person's: "a divida e da minha empresa mei, nao da minha pessoa fisica"
        r"\b(divida|conta|cobranca|debito)\b( \w+){0,3}? (e|eh) (da|do) (minha |meu )?(empresa|cnpj|mei|firma)\b"
        r".{0,30}\bnao (da|do) (minha |meu )?(pessoa fisica|cpf)\b",
        # a service never installed: "o tecnico nunca veio instalar", "nunca instalaram a internet"
        r"\b(tecnico|instalador)\b( \w+){0,2}? nunca (veio|apareceu|compareceu|instalou)\b|\bnunca (instalaram|instalou"
        r"|ativaram|ativou|liberaram)\b( \w+){0,3}? (internet|servico|plano|linha|tv|sinal|aparelho)\b",
        # stopped by the customer, still billed: "a mensalidade continua vindo depois que eu tranquei a matricula"
        r"\b(continua|continuam|segue|seguem) (vindo|chegando|cobrando|debitando|descontando)\b.{0,60}\b(depois|apesar)"
        r"( \w+){0,2}? (cancelei|tranquei|encerrei|suspendi)\b|\b(tranquei|encerrei|suspendi)\b.{0,60}\b(continua"
        r"|continuam|segue|seguem|ainda) (vindo|chegando|cobrando|debitando|descontando|estao cobrando)\b",
        # a delay blamed on another: "o atraso foi culpa do banco", "o erro foi culpa de voces" (not "culpa minha")
        r"\b(atraso|erro|problema)\b( \w+){0,2}? (foi )?(culpa|erro) (do banco|de voces|da loja|do sistema"
        r"|do aplicativo|do app)\b",
        # ended by the company or the customer, still billed: "o plano foi cancelado por voces mesmos e continuam
        # mandando boleto", "continuam cobrando a mensalidade mas meu filho foi transferido em novembro"
        r"\b(cancelad[oa]|encerrad[oa]|rescindid[oa])\b( \w+){0,4}? (e )?(voces )?(continua|continuam|segue|seguem"
        r"|ainda)( estao| esta)? (vindo|chegando|cobrando|mandando|debitando)\b"
        r"|\b(continua|continuam|segue|seguem) (cobrando|mandando|vindo)\b.{0,80}\b(mas|porem|sendo que|so que)\b"
        r".{0,40}\b(foi transferid[oa]|transferi|cancelei|tranquei|encerrei|rescindi)\b",
        # the charge's cancellation asked for: "solicito o cancelamento da cobranca referente a multa de fidelidade"
        r"\b(solicito|peco|pedi|quero|exijo|solicitei|requeiro)( o| a)? (cancelamento|estorno|exclusao|anulacao)"
        r" (da|dessa|desta|de|do|desse|deste) (cobranca|multa|taxa|tarifa|fatura)\b",
        # another party's by contract: "o iptu e responsabilidade do proprietario, favor cobrar dele"
        r"\b(responsabilidade|obrigacao) (e )?(do|da) (proprietario|proprietaria|locador|locadora|inquilino|inquilina"
        r"|locatario|locataria|imobiliaria)\b|\b(cobrem|cobre|favor cobrar|podem cobrar|pode cobrar|tem que cobrar"
        r"|devem cobrar|deveriam cobrar) (dele|dela|do proprietario"
        r"|da proprietaria|do locador|do inquilino|da imobiliaria)\b",
        # cancelled and still billed: "ja pedi o cancelamento 3 vezes e continua vindo"
        r"\b(pedi|solicitei|fiz|pedimos|solicitamos) (o )?(cancelamento|cancelar)\b.{0,60}\b(continua|continuam|segue"
        r"|seguem|ainda) (vindo|chegando|cobrando|aparecendo)\b",
        # signed by an attorney no longer one: "por procuracao que eu ja tinha revogado", "uma procuracao vencida"
        r"\bprocuracao\b( \w+){0,4}? (revogada|vencida|cancelada|revogado|revoguei|cancelei)\b",
        # the company's, paid by the company: "o cartao e corporativo, quem paga e a empresa", "quem paga e o rh"
        r"\bquem paga (e|eh) (o rh|a empresa|a firma|o financeiro da empresa|o meu patrao|meu patrao)\b"
        r"|\b(cartao|plano|linha|conta) (e|eh) (corporativo|da empresa|da firma)\b(?! (que eu|onde eu))",
        # an error guessed: "deve ser algum erro de voces", "pode ter algum engano" (not an app's error)
        r"\b(deve|pode) (ter|ser|estar|haver) (algum |um )?(erro|engano)\b(?! (no|na|do|da) (app|aplicativo|site|link"
        r"|pix|internet|banco|sistema de pagamento)\b)",
        # another who never bought it: "meu marido nunca comprou nada nessa loja", "isso que ele nunca comprou"
        rf"\b(ele|ela|que|{_KIN}) nunca (comprou|contratou|assinou)\b(?! (um|uma) \w+ na vida\b)",
        r"(?<!numero )(?<!telefone )(?<!contato )(?<!ligacao de )(?<!pessoa )\bdesconhec\w*\b",
        # (not a figure of speech: "hoje nao e meu dia", "nao e minha prioridade agora")
        r"\b(nao|nem) (e|sao|eh) (o |a |os |as )?(meu|minha|meus|minhas|da pessoa)\b(?! (dia|forte|prioridade|praia"
        r"|estilo|costume|jeito|perfil|objetivo|hobby)\b)",
        # (not the writer confused: "me confundi com a outra fatura")
        r"\b(me )?confundi\w+ (com|meu|minha|o|a)\b",
        r"\bhomonimo\b",
        # a bill asked to be cancelled, a former partner's use, a dead spouse's name
        r"\bque (eu )?(pedi|solicitei) (pra|para) cancelar\b|\b(ele|ela) usava (o )?meu cartao\b"
        r"|\bdo tempo (que|em que) (eu )?(morava|vivia|era casad[oa]|namorava) com\b"
        r"|\b(nome|conta|divida|cobranca)( \w+){0,3} (da minha falecida|do meu falecido|da falecida|do falecido)\b"
        r"|\bnunca peguei (\w+ )?(emprestimo|financiamento|cartao|credito|consignado)\b",
        # "que divida e essa? nunca ouvi falar" (not of an offer: "nunca ouvi falar de desconto assim")
        r"\bnunca (nem )?ouvi falar\b(?! (de|em|d[aeo]s?) (desconto|descontos|promocao|oferta|acordo|proposta"
        r"|juros)\b)",
        r"\btroc\w* (o |a )?(meu|minha) (cpf|nome|cadastro|dados|documento)\b",
        r"\b(?<!passar )(?<!passa )(?<!passe )(de|do|da|e|para) (outro|outra) (cliente|pessoa|titular|devedor"
        r"|consumidor|cpf)\b",
        # an amount contested as made up: "juros em cima de juros", "esse valor nao existe"
        r"\bjuros (sobre|em cima de) juros\b|\b(valor|cobranca|divida|debito)\b.{0,15}\b(nao existe|inexistente"
        r"|inventad\w*|inventaram)\b|\bnao existe (esse|essa|este|esta) (valor|divida|cobranca|debito)\b"
        r"|\b(juros|taxa|taxas|valor|cobranca)\b( \w+){0,3}? que voces (inventaram|criaram|tiraram da cabeca)\b"
        r"|\bninguem (sabe|soube|consegue|conseguiu) (me )?explicar\b",
        # what was paid not deducted: "o boleto veio sem descontar o que eu ja paguei"; a thing that broke, and the
        # rest of it billed: "nao acho justo pagar o resto de uma coisa que nao funciona"; a product added unasked
        r"\bsem (descontar|abater|deduzir|considerar) (o que|os valores que|as parcelas que|o valor que) (eu )?(ja )?"
        r"(paguei|pagamos)\b|\bnao (descontaram|abateram|deduziram|consideraram) (o que|as parcelas que|o valor que)"
        r" (eu )?(ja )?(paguei|pagamos)\b",
        r"\b(pagar|pagando)\b.{0,40}\b(algo|coisa|produto|aparelho|servico|geladeira|celular|carro|moto|maquina)\b"
        r"( \w+)? que (nao funciona|nunca funcionou|nao funcionou|estragou|quebrou|queimou)\b",
        _UNASKED_EXTRA,
        _NEW_OWNER,
        _NO_LONGER_THERE,
        _SOMEONE_ELSES,
        # ("diferente do combinado" alone is often a question: "me ajuda a entender esse valor? veio diferente")
        r"\b(indevidamente|indevid[oa]s?)\b|\bnao (e|foi|era) o (combinado|contratado|acordado)\b"
        # charged far more than taken: "cobram o dobro do que eu peguei"
        r"|\b(cobram|cobrando|cobraram|cobra|querem) (o dobro|o triplo|tres vezes) (do que|o que|que)"
        r" (eu )?(peguei|devo|devia|comprei|contratei|emprestei)\b"
        r"|\bnao (e|foi|era) isso (que|o que) (a gente |nos |eu )?(combinamos|combinou|combinei|acordamos|acordou"
        r"|acertamos|acertou|fechamos|fechou|fechei|contratei)\b",
        # a charge not even understood: "cobrando um trem que eu nem sei o que e", "nem sei do que se trata essa divida"
        r"\b(cobrando|cobram|cobraram|cobranca|divida|debito|conta|valor|trem|coisa)\b( \w+){0,6}? (eu )?(nem|nao) sei"
        r" (nem )?(o que e|o que eh|do que se trata|de onde (veio|vem|saiu))\b"
        r"|\b(nem|nao) sei (o que e|o que eh|do que se trata) (isso|essa|esse)\b( \w+){0,6}? (cobrando|cobram|cobraram"
        r"|cobranca|divida|debito)\b",
        r"\b(ganhei|venci)\b.{0,20}\b(no procon|na justica|a causa|essa causa|o processo|a acao)\b",
        r"\bnao esta mais aqui\b",
        # a court holds it, or it was never seen: "suspensa por decisao judicial", "essa fatura eu nunca vi"
        r"\b(liminar|decisao judicial|ordem judicial|sub judice)\b|\bobjeto de (uma )?(acao|processo|demanda)\b"
        r"|\b(discutid[ao]|contestad[ao]|em discussao) (no juizado|na justica|em juizo|numa acao"
        r"|em uma acao|judicialmente)\b|\b(acao|processo) (na justica|no juizado|judicial) (sobre|contra|dess[ae]"
        r"|dest[ae])\b",
        r"\b(conta|divida|cobranca|valor|fatura|debito|compra)\b.{0,30}\b(eu )?nunca (vi|recebi|vi na vida)\b",
        # a bill disputed with the utility or carrier: "vazamento que nao era meu", "pedi revisao da conta", "a
        # concessionaria ta analisando" (not a bill found high and paid: "a conta veio alta mas eu vou pagar")
        r"\b(vazamento|consumo|gasto|leitura|medicao|servico|cobranca|valor|debito|ligacoes|pacote)( \w+){0,2} que "
        r"(eu )?nao (era|foi|eram|e) (meu|minha|meus|minhas|nosso|nossa)\b"
        r"|\b(vazamento|consumo) (era|foi) (na|da) rua\b"
        r"|\b(concessionaria|operadora|companhia|distribuidora|administradora|ouvidoria|anatel|aneel)\b.{0,20}"
        r"\b(analisando|em analise|vai analisar|esta verificando|ta verificando|verificando)\b"
        r"|\b(pedi|abri|solicitei|fiz|entrei com) (uma |um |o |a )?(revisao|reclamacao|pedido de revisao|recurso)"
        r"( \w+){0,2} (da|dessa|desta|do|desse|na|nessa) (conta|fatura|consumo|cobranca|medicao|leitura)\b",
        r"\b(meu|o meu) (cpf|nome) (e|esta) (diferente|outro|errado)\b",
        r"\b(antig\w*|ex) (dono|dona|titular|morador\w*|inquilin\w*)\b",
        r"\b(dono|dona|titular|morador\w*|inquilin\w*) (anterior|antigo|antiga)\b",
        rf"^(?!.{{0,200}}\b{_SPAM_FROM_A_STRANGER}\b).{{0,200}}?\bnunca (nem )?(fiz|contratei|comprei|pedi|assinei"
        r"|solicitei|tive|fui cliente|abri|usei|desbloqueei|ativei|estudei|frequentei|fui alun[oa]|me matriculei)\b",
        r"\bnao (contratei|comprei|pedi|assinei|solicitei|abri)\b",
        # "esse contrato nao tem minha assinatura", "essa assinatura nao e minha" (not "falta minha assinatura")
        r"\b(contrato|proposta|documento|termo|ficha)\b( \w+){0,2}? nao (tem|consta|possui) (a )?minha assinatura\b"
        r"|\b(essa|esta|a) assinatura nao (e|eh) minha\b",
        # "esse cartao eu nem pedi, chegou do nada" (not "nem pedi desconto ainda")
        r"\b(cartao|emprestimo|seguro|produto|servico|plano|isso|esse|essa)( \w+){0,2}? (eu )?nem (pedi|contratei"
        r"|solicitei|assinei)\b",
        # the holder spoken of: "minha mae nunca teve cartao", "ele nunca fez emprestimo"
        r"\b(ele|ela|minha mae|meu pai|meu marido|minha esposa|minha avo|meu avo|minha filha|meu filho) nunca (nem )?"
        r"(teve|fez|contratou|comprou|pediu|assinou|abriu|usou)( \w+)? (cartao|emprestimo|compra|compras|conta"
        r"|financiamento|crediario|nada|isso|nenhum|nenhuma|essa|esse)\b",
        r"\bnao fiz (essa|esse|essas|esses|compra|nenhum\w*|isso|este|esta|emprestimo|financiamento)\b",
        # (not "nao tenho conta em banco": no bank account; "em banco nenhum" is still a debt disowned)
        r"\bnao (devo|tenho divida|tenho conta(?! (em|no|de) banco\b(?! nenhum)| corrente\b| bancaria\b| poupanca\b)"
        r"|tenho nada com|sou cliente)\b(?! mais\b)",
        r"\bnao (tenho|tive|possuo) (nenhum|nenhuma|qualquer) (contrato|divida|conta|vinculo|relacao|cadastro|cartao"
        r"|emprestimo|financiamento)\b",
        r"\bnao (fui|foi) eu\b",
        # disowned as a question or in passing: "desde quando eu tenho conta com voces?", "nem cartao desse banco eu
        # tenho" (not "nem conta em banco eu tenho": no bank account)
        r"\bdesde quando (que )?(eu )?((tenho|tive|possuo) (\w+ )?(conta|cartao|cadastro|contrato|divida|emprestimo"
        r"|financiamento|credito|crediario|plano|linha|negocio)|(sou|fui) (cliente|correntista)|devo\b|contratei"
        r"|comprei|assinei|abri)\b",
        r"\bnem (conta(?! (em|no|de) banco\b| corrente\b| bancaria\b| poupanca\b)|cartao|cadastro|contrato"
        r"|emprestimo|financiamento|crediario)\b( \w+){0,4}? (tenho|tive|fiz|abri|contratei|assinei|possuo)\b",
        # an amount or a charge not accepted: "nao aceito essa cobranca", "esse valor eu nao aceito" (not an offer's
        # figure: "nao aceito esse valor de entrada")
        r"\bnao aceito (esse|essa|este|esta) (valor|cobranca|divida|debito)\b(?! (de|da|do) (entrada|parcela|acordo"
        r"|proposta)\b)|\b(esse|essa|este|esta) (valor|cobranca|divida|debito) (eu )?nao aceito\b",
        # a document that says otherwise: "o contrato fala em juros de 1%, voces estao cobrando 5%", "a proposta dizia
        # 300, agora a fatura veio 500"; a sale undone, an option not taken (not "nao tem como estar atrasado" alone:
        # said of a payroll loan, an earlier set reads it as paid only)
        r"\b(contrato|clausula|carta|email|proposta|acordo)\b( \w+){0,4}? (diz|dizia|fala|falava|consta|constava"
        r"|mostra)\b.{0,60}\b(voces|vcs) (estao cobrando|cobram|cobraram)\b",
        r"\b(dizia|falava|constava)\b.{0,40}\b(agora|mas)( o| a)? (boleto|fatura|cobranca|parcela|valor)( \w+)? (vem"
        r"|veio|chegou|esta)\b",
        r"\b(compra|venda|contrato) (foi )?(desfeita|desfeito|anulada|anulado)\b|\bnota fiscal de devolucao\b",
        # a return made: "a loja recebeu a devolucao", "a devolucao foi feita" (not "quero fazer a devolucao")
        r"\b(recebeu|receberam|confirmou|confirmaram|aceitou|aceitaram) a devolucao\b|\bdevolucao (ja )?(foi )?(feita"
        r"|aceita|confirmada|recebida|aprovada)\b",
        # the sums do not match: "os valores nao batem", "essa conta nao fecha" (not "minha conta nao fecha no fim do
        # mes": a budget), "o valor nao bate com o contrato"
        r"\b(essa|esta) conta nao (fecha|bate)\b|\b(os )?valores nao (batem|conferem|fecham)\b|\bvalor nao (bate"
        r"|confere) com (o|a) (contrato|combinado|proposta|acordo|que)\b",
        # a charge after a cancellation asked for: "solicitei o cancelamento em junho e o boleto de julho chegou"
        r"\b(pedi|solicitei|fiz|registrei) (o )?cancelamento\b.{0,80}\b(chegou|chegaram|veio|vieram|cobraram|cobrou)"
        r"\b",
        # the interest against the debt, or an offer changed: "4 mil de juros numa divida de mil", "me ofereceram 60 de
        # desconto por telefone e agora o app mostra 20"
        r"\b\d[\d.,]*( mil| reais)? de (juros|multa|encargos) (numa|em uma|sobre uma|de uma|para uma) (divida|conta"
        r"|compra|parcela) de\b",
        r"\b(ofereceram|ofereceu|prometeram|prometeu|combinaram|combinou|combinamos|me deram)\b( \w+){0,2}?"
        r" (?P<offer>\d+)\b"
        r"( \w+){0,8}? (agora|mas|so que)( \w+){0,3}? (mostra|mostram|aparece|veio|vem|esta|consta|cobra|cobram)"
        r"( \w+){0,2}? (?!(?P=offer)\b)\d+\b",
        # a cancellation the seller confirmed, then a charge: "a loja confirmou o cancelamento e voces cobram a parcela"
        r"\b(confirmou|confirmaram|aprovou|aprovaram|aceitou|aceitaram|registrou|registraram|efetuou|efetuaram) o"
        r" cancelamento\b.{0,80}\b(cobram|cobrando|cobraram|cobrou|cobrar|chegou|veio|vieram)\b",
        # the sum argued, one against the other: "eu contratei 300 e voces cobram 900", "a divida de 500 virou 2 mil"
        r"\b(contratei|peguei|pedi|financiei|comprei|emprestei|devia)( \w+){0,2}? (?P<had>\d[\d.,]*)\b( mil| reais)?"
        r"( \w+){0,4}? (cobram|cobrando|cobraram|cobrou|querem|vem|veio|virou|viraram) (\w+ ){0,2}?(?!(?P=had)\b)"
        r"\d[\d.,]*\b|\b(divida|conta|valor|parcela|debito|fatura) de (?P<was>\d[\d.,]*)\b( mil| reais)? (virou"
        r"|viraram|foi para|passou para|pulou para|ja esta em|agora e|agora esta) (?!(?P=was)\b)\d[\d.,]*\b",
        # nothing bought: "veio 500 de fatura sem compra nenhuma minha", "apareceu 300 sem eu ter comprado nada"
        r"\bsem (nenhuma compra|compra nenhuma|nenhum gasto|gasto nenhum)( minha| meu)?\b|\bsem (eu )?ter (comprado"
        r"|gastado|usado) nada\b",
        r"\b(era|e) opcional\b.{0,40}\bnao (marquei|escolhi|contratei|pedi|quis)\b",
        # what a seller or an attendant said, and billed otherwise: "o vendedor disse que era sem juros", "nao foi
        # isso que me venderam", "me prometeu o cancelamento e continua vindo na fatura", "o cartao tava cancelado,
        # como veio fatura?", "o tecnico levou o modem e a cobranca continua", "o patrao ficou de pagar o consignado"
        r"\b(era|seria|eram|seriam) sem juros\b|\b(prometeram|prometeu|prometido|me venderam|me vendeu)( \w+){0,2}? sem"
        r" juros\b",
        r"\bnao foi (isso|isto|o) que (eu )?(me venderam|me vendeu|me ofereceram|comprei|contratei|combinei|assinei"
        r"|negociei)\b",
        r"\b(cancelei|cancelaram|cancelou|cancelamento|cancelado|cancelada)\b.{0,80}\b(continua|continuam|segue|seguem)"
        r" (vindo|chegando|cobrando|aparecendo)\b",
        r"\b(cancelado|cancelada|cancelei|cancelaram)\b.{0,60}\b(veio|vem|chegou|chega|apareceu|aparece|mandaram|mandam)"
        r" (a |uma |o |um )?(fatura|cobranca|boleto|parcela|carne)\b",
        r"\bdevolvi\b.{0,80}\b(cancelado|cancelada|cancelamento)\b|\b(cancelado|cancelada)\b.{0,80}\bdevolvi\b",
        r"\b(levou|levaram|recolheu|recolheram|retirou|retiraram|buscou|buscaram)\b( \w+){0,3}? (modem|aparelho"
        r"|equipamento|decodificador|roteador|maquininha|receptor)\b.{0,80}\b(cobranca|cobrando|cobram|mensalidade"
        r"|fatura|boleto|plano)\b",
        r"\b(patrao|patroa|empregador|empresa|firma|prefeitura|orgao)\b( \w+){0,3}? (ficou de|deveria|tinha que"
        r"|era para) (pagar|repassar)\b( \w+){0,3}? (consignado|emprestimo|parcelas|parcela)\b",
        # not the writer's, not the person asked for, not the amount owed, not after a cancellation
        r"\bnao (e|sao|era|eram) (uma |um )?(divida|conta|debito|compra|dividas|contas|debitos|compras) (minha|meu"
        r"|minhas|meus)\b",
        r"\bnao sou (esse|essa|o|a|esse tal de|essa tal de) [a-z]+\b(?! (de|do|da|pessoa|cliente)\b)",
        r"\b(valor|valores|conta|cobranca|fatura|boleto)\b( \w+){0,2} (errad\w*|incorret\w*|a mais)\b"
        r"|\bcobra\w* a mais\b",
        # a course suspended and still billed: "tranquei a faculdade e continuaram cobrando"
        r"\b(tranquei|trancou|trancamento)\b.{0,60}\b(continua\w*|segue\w*|seguiram) (cobrando|a cobrar|vindo)\b"
        r"|\b(devolvi|cancelei|desisti)\b.{0,60}\b(cobrando|cobram|cobraram|cobranca|cobrar)\b"
        r"|\b(cobrando|cobram|cobraram|cobranca)\b.{0,60}\bque (eu )?(ja )?(devolvi|cancelei|desisti)\b",
        r"\b(e|era|sao|eram) da empresa (do|da|de) (meu|minha) (ex |antigo |antiga )?"
        r"(socio|socia|patrao|patroa|chefe)\b",
        # a number held for years by the writer: "conheco nao, esse numero e meu faz 5 anos"
        r"\b(esse|este) (numero|telefone|celular) (e|eh) meu (faz|ha|desde)\b",
        # a vulnerable person exploited: "quem fez o emprestimo se aproveitou dele"; one under guardianship, who could
        # not sign: "sou curadora do meu irmao, ele e interditado e nao pode assinar nada"
        r"\b(se aproveitou|se aproveitaram|aproveitou|aproveitaram)( \w+)? (dele|dela)\b"
        r"|\binterditad[oa]\b.{0,40}\bnao (pode|podia|poderia) (assinar|contratar|fazer)\b",
        # a promise of the collector not kept: "voces prometeram tirar os juros e a fatura veio com juros"
        r"\b(prometeram|prometeu|combinaram|disseram que iam) (tirar|retirar|cancelar|zerar|dar desconto|abater)\b"
        r".{0,40}\b(veio|vieram|cobraram|cobrando|continua|continuam|apareceu)\b",
        # issued to the wrong firm or person: "boleto emitido pro CNPJ errado"
        r"\b(emitid[oa]|gerad[oa]|saiu|veio) (para o|no|com o|em nome do) (cnpj|cpf) errado\b",
        # a partner's loan taken unasked: "minha socia pegou esse emprestimo sem me consultar e sumiu"
        r"\b(meu|minha) (ex )?(socio|socia)\b( \w+){0,2}? (pegou|fez|tirou|contratou|assinou)\b( \w+){0,4}? sem (me"
        r" consultar|eu saber|me avisar|minha autorizacao|me perguntar)\b"
        # a bill for after the firm or the account was closed: "fechei minha MEI, essa cobranca e de depois que fechei"
        r"|\b(cobranca|divida|debito|fatura|boleto)( \w+){0,3}? de depois que (eu )?(fechei|encerrei|cancelei|sai)\b"
        r"|\b(conta|contrato|cartao) (ja )?(foi|esta|ta) (encerrad[oa]|cancelad[oa])\b.{0,60}\b(termo|comprovante"
        r"|protocolo) de (encerramento|cancelamento)\b",
        r"\bnao sou eu\b",
        r"\b(pessoa errada|ligaram errado|numero errado|engano)\b",
        _NOT_THIS_NUMBERS,
        r"\bcontest\w*\b",
        r"\b(cobranca|divida|debito|conta|valor) indevid\w*\b",
        r"\bnao tenho nada (com|a ver)\b",
        r"\bnao tem nada a ver comigo\b",
        # someone else's purchase ("sem a minha autorizacao" too)
        r"\bsem (eu|(a |o )?(meu|minha)) (saber|autoriza\w*|consentimento|permissao)\b",
        r"\b(nao|nem) sei do que se trata\b",
        r"\b(erraram|errou|se enganaram|se enganou|se enganado|se confundiram)\b",
        r"\b(cliente|correntista) (de|do|da) outr[oa]\b",
        r"\b(deve ser|e|era|sao|eram|pertence a|pertencia a) (de |a )?outra pessoa\b",
        # someone else's: a relative's, the number's former owner's
        r"\b(deve ser|e|era|sao|eram|pertence|pertencia|esta no nome) (do|da|de|ao|a) (meu|minha) (ex|falecid\w*|"
        r"irmao|irma|pai|mae|filho|filha|marido|esposa|esposo|mulher|tio|tia|primo|prima|avo|vovo|sobrinh\w*|cunhad\w*"
        r"|parente|sogr\w*|genro|nora|namorad\w*)\b",
        r"\b(numero|telefone|celular|linha|chip) (era|e|pertencia|pertence|foi) (do|da|de)\b(?! voces\b)",
        # a debt of the company (CNPJ), or left by a relative who died: not the writer's own
        r"\bjamais (fui|tive|fiz|contratei|comprei|pedi|assinei|solicitei|usei|abri)\b",
        r"\b(cobranca|divida|debito|valor|isso) (e |esta )?(improcedente|nao procede)\b",
        r"\b(e|era|esta|sao|no|do|da) (cnpj|pessoa juridica)\b|\bnao (e|sou) (de )?pessoa fisica\b"
        r"|\b(empresa|firma) (que|onde|da qual) (eu )?(era|sou|fui) (socio|socia|dono|dona)\b",
        r"\b(fiquei|herdei|ficou) (com )?(as|a|os|o) (contas|divida|dividas|debito|debitos)"
        r" (dele|dela|do meu|da minha)\b",
        # the person asked for is someone else: "o Joao nao mora mais aqui", "esse numero agora e meu"
        r"\bnao mora (mais )?(aqui|nessa casa|nesse endereco|neste endereco|comigo|no predio|no condominio)\b"
        r"|\b(morador|moradora|inquilin\w*|irma|irmao|rapaz|moca|senhor|senhora|aluno|aluna|paciente) (que voces"
        r" procuram )?(se mudou|mudou daqui|foi embora)\b",
        # the pupil's or the patient's family not here: "a responsavel do aluno nao e daqui" (a school's phone)
        r"\b(a |o )?(mae|pai|responsavel|familia|parente) (do|da|pelo|pela) (aluno|aluna|crianca|paciente|menino"
        r"|menina)\b( \w+){0,2}? nao (e|eh|mora|trabalha|esta|fica) (daqui|aqui)\b",
        r"\b(ele|ela|marido|esposa|esposo|pai|mae|filho|filha|irmao|irma)\b( \w+){0,4}? deixou (essa|esta|essas|estas"
        r"|as|a|umas) (conta|contas|divida|dividas|debito|debitos)\b",
        r"\b(separacao|divorcio|partilha)\b.{0,40}\b(ficou|ficaram|assumiu|assumiram) (com|de pagar|pra|para|pro)\b"
        r"(?! (mim|eu)\b)"
        r"|\b(ficou|ficaram|assumiu|assumiram) (de pagar|com (a|essa|esta) divida)\b.{0,30}\b(na|no|pela|pelo)"
        r" (separacao|divorcio|partilha)\b",
        r"\b(prescrev\w*|prescrit\w*|prescricao|caducou|caducad\w*)\b",
        # the number no longer the customer's: "o pastor jorge nao usa mais este numero" (not the writer's own: "eu
        # nao uso mais esse numero")
        r"(?<!\beu )\b(ele|ela|[a-z]{3,}) nao (usa|tem) mais (esse|este|o) (numero|telefone|celular|whatsapp|chip)\b",
        # billed for the whole: "ja foram pagas 11 de 12 parcelas ... voces cobram como se eu devesse tudo"; an
        # additional card's holder: "o cartao e adicional, quem paga a fatura e minha mae que e a titular"
        r"\b(cobram|cobrando|cobraram|cobra|cobrou) como se eu (devesse|estivesse devendo|nao tivesse pago"
        r"|nunca tivesse pago)\b|\b(cartao|sou) (e |eh )?(so |apenas )?(o |um )?adicional\b.{0,60}\b(titular"
        r"|quem paga)\b",
        # a guarantor sending the collector to the debtor: "sou a avalista, o devedor principal e meu ex-socio, cobrem
        # ele primeiro"
        r"\b(sou|era|fui) (o |a )?(avalista|fiador|fiadora)\b.{0,80}\b(devedor|devedora|cobrem|cobrar|quem deve)\b",
        # gone back abroad: "e o irmao dele, ele voltou pra venezuela"
        r"\b(ele|ela) (voltou|foi embora|se mudou|mudou|foi morar) (pra|para|pro) (o |a )?(venezuela|bolivia|haiti|peru"
        r"|paraguai|argentina|colombia|portugal|angola|china|japao|estados unidos|exterior|fora do pais|outro pais"
        r"|terra dele|terra dela|pais dele|pais dela)\b",
        # not answerable for it: "ele tem deficiencia intelectual e nao responde por essas dividas"
        r"\bnao (responde|respondo|respondemos) (por|pelas|pela|pelos|pelo) (essa|essas|esta|estas|a|as|esse|esses)?"
        r" ?(divida|dividas|conta|contas|debito|debitos|compra|compras)\b",
        r"\b(so|apenas|somente) (fui |era |sou )?(o |a )?(fiador|fiadora|avalista)\b",
        r"\bnunca (nem )?(vi|ouvi falar|tinha visto|tinha ouvido falar)( \w+){0,2}? (dessa|desse|deste|desta|essa|esse"
        r"|este|esta|nessa|nesse) (valor|divida|conta|cobranca|empresa|contrato|compra|debito|loja|banco)\b"
        r"|\b(valor|divida|conta|cobranca|contrato|compra|debito) (que )?(eu )?nunca (vi|ouvi falar)\b",
        r"\bninguem (aqui )?(se )?chama\b|\bnao (tem|existe|mora) (nenhum|nenhuma|ninguem)( \w+)? (aqui|nesse numero"
        r"|neste numero|nessa casa|com esse nome)\b|\bnao tem nenhum[a]? [a-z]+ (aqui|nesse numero|neste numero)\b",
        r"\b(disse|disseram|falou|falaram|prometeu|prometeram|garantiu|garantiram) que (ia|iam|iria|iriam|vai|vao)"
        r" (cancelar|estornar)\b|\b(ficou|ficaram|ficamos) de (cancelar|estornar|devolver)\b",
        r"\b(quem|(a pessoa|o cliente|a cliente|o senhor|a senhora|a moca|o moco|o rapaz) que) (voces|voce)"
        r" (procuram|procura|estao procurando|querem|chamam|ligam para|cobram)\b",
        # goods never received or a card never unlocked: "o cartao nunca chegou", "nem cheguei a desbloquear"
        r"\b(cartao|cartoes|produto|aparelho|mercadoria|pedido|encomenda)\b.{0,40}\b(nunca|nao) (chegou|chegaram"
        r"|foi entregue|foram entregues|recebi)\b|\b(nunca|nao|nem) (recebi|cheguei a (receber|desbloquear|usar"
        r"|ativar))\b.{0,20}\b(esse |este |o |meu |nenhum )?(cartao|cartoes|produto|aparelho|mercadoria|pedido)\b",
        # a fee never agreed, an account closed long ago
        r"\b(taxa|tarifa|juros|seguro|anuidade|cobranca|valor)\b.{0,40}\b(nunca|nao) (foi|foram) (combinad\w*"
        r"|contratad\w*|informad\w*|autorizad\w*|acordad\w*)\b",
        r"\bnao tenho mais (nenhum |nenhuma )?(conta|cartao|contrato|plano|nada) (com|aqui|ai|de) ?(voces)?\b",
        # signed by someone a court has put under a guardian, or who could not know what was signed
        r"\bnao (sabia|sabe|entendia|entende|lembra|lembro|lembrava|faz ideia|fazia ideia|tem ideia|tinha ideia) (o que"
        r"|de ter"
        r"|do que) (estava |esta )?(assinando|assinado|assinou|fazendo|feito|fez|contratado|contratou|comprado"
        r"|comprou)\b"
        r"|\bnao (podia|poderia|pode) ter (feito|assinado|contratado|comprado)\b"
        r"|\b(assinou|contratou|comprou|assinei|contratei|comprei) sem (entender|saber|ler) (nada|o que)\b",
        # the debt of someone who died is the estate's, settled in probate: "isso entra no inventario dele"
        r"\b(ta|esta|entra|entrou|fica|vai|foi)( tudo)? (no|pro|para o|pelo) (espolio|inventario)\b"
        r"|\b(assunto|coisa|divida|conta|parte) (do|no) (espolio|inventario)\b|\b(espolio|inventario) (dele|dela"
        r"|do meu|da minha)\b|\bdivida de quem (morreu|faleceu)\b|\binventariante\b"
        r"|\b(advogad[oa]|advogados) (do|da|de) (espolio|inventario|heranca)\b",
        # a contract the customer calls supposed: "o contrato que eu supostamente assinei", "esse suposto contrato"
        r"\b(supostamente|teoricamente) (assinei|contratei|fiz|comprei|peguei)\b|\b(que|onde) eu (teria|supostamente)"
        r" (assinado|contratado|feito|comprado)\b|\b(esse|este|desse|deste|o|do) suposto (contrato|emprestimo|cartao"
        r"|debito|divida|financiamento)\b",
        r"\b(numero|telefone|celular|linha|chip) agora e meu\b",
        # in Spanish (the borders): "no es mia", "no reconozco"; a shop never set foot in; a minor
        r"\b(no es (mia|mio|de mi)|no reconozco|no debo nada)\b",
        # and in the speech of the North-East: "e eu la devo isso?", "nunca botei os pes nessa loja"
        r"\b(e )?eu la (devo|devia|comprei|contratei|assinei|pedi|fiz)\b(?! (pagar|ir|fazer|ligar|mandar))"
        r"|\beu la tenho (divida|conta|cartao|contrato|emprestimo)\b",
        _NEVER_BEEN_THERE,
        r"\b(nunca|jamais) ((estive|pisei|entrei|fui|comprei)|(botei|pus|coloquei) (os |o )?(pes|pe))( \w+)?"
        r" (nessa|nesse|naquela|naquele|na|no|em)"
        r" (loja|empresa|banco|lugar|estabelecimento|cidade|financeira|agencia|concessionaria|farmacia|mercado"
        r"|supermercado|shopping|posto)\b"
        # the place named first: "abriram uma conta no meu nome num banco que eu nunca fui"
        r"|\b(loja|banco|estabelecimento|financeira|agencia|concessionaria|farmacia|mercado|supermercado)( \w+)?"
        r" (que|onde|em que|na qual|no qual) (eu )?(nunca|jamais) (estive|pisei|entrei|fui|comprei)\b",
        # a resident who moved: "a moradora do 302 se mudou faz tempo"
        r"\b(ja )?se mudou\b",
        # bought and never delivered: "a loja nunca entregou", "nunca recebi o sofa que comprei"
        r"\b(a|o|minha|meu|essa|esse) (loja|produto|mercadoria|encomenda|geladeira|fogao|sofa|movel|moveis"
        r"|colchao|televisao|armario)( \w+){0,3}? (nunca|nao|ainda nao) (me )?(entregou|entregaram|foi entregue"
        r"|foram entregues|chegou|chegaram)\b"
        r"|\b(nunca|nao|ainda nao) recebi (o|a|os|as|meu|minha|meus|minhas) (produto|produtos|mercadoria|mercadorias"
        r"|pedido|encomenda|geladeira|fogao|sofa|movel|moveis|colchao|televisao|armario)\b",
        # a defective product the seller will not take back (CDC art. 18): "veio com defeito e a loja nao quer trocar"
        r"\b(com defeito|veio quebrado|veio quebrada|chegou quebrado|chegou quebrada|parou de funcionar"
        r"|nunca funcionou)\b.{0,120}\b(nao (aceita|aceitou|aceitam|aceitaram|quer|quis|querem|quiseram|faz|fez"
        r"|fazem|fizeram) (trocar|a troca|troca|devolucao|a devolucao|devolver|o estorno|estornar)|nao (trocou"
        r"|trocaram|trocam)"
        r"|ninguem resolve|nao (vou|quero) pagar)\b",
        # a fee the seller said was free: "a anuidade que voces disseram que era gratis", "falou que nao tinha anuidade"
        r"\b(anuidade|tarifa|taxa|mensalidade) que (voces |vcs |o vendedor |a vendedora |o gerente |a gerente )?"
        r"(disseram|disse|falaram|falou|prometeram|prometeu|garantiram|garantiu) que (era|seria) (gratis|gratuita"
        r"|gratuito|isenta|isento|de graca)\b|\b(disseram|disse|falaram|falou|prometeram|prometeu|garantiram"
        r"|garantiu) que (a |o )?"
        r"(anuidade|tarifa|taxa|mensalidade) (era|seria) (gratis|gratuita|gratuito|isenta|isento|de graca)\b"
        r"|\b(disseram|disse|falaram|falou|garantiram|garantiu) que nao (tinha|teria|havia|cobrava|cobraria)"
        r" (anuidade|tarifa|taxa|mensalidade)\b",
        # cancelled within the days the law gives (CDC art. 49): "pedi o cancelamento dentro dos 7 dias"
        r"\b(direito|prazo|periodo) de arrependimento\b"
        r"|\b(cancelei|cancelamento|desisti|devolvi|cancelar|desistencia)\b.{0,40}"
        r"\b(arrependimento|7 dias|sete dias)\b",
        # a charge never told: "uma tarifa de cadastro que ninguem me falou", "um seguro sem me avisar"
        r"\b(tarifa|taxa|seguro|anuidade|juros|servico|pacote|assinatura)\b.{0,40}\b(ninguem me (falou|avisou|informou"
        r"|disse|explicou)|nunca me (falaram|avisaram|informaram|disseram|explicaram)|sem me (avisar|informar|consultar"
        r"|perguntar)|sem eu (pedir|solicitar|autorizar|contratar)|nao me (falaram|avisaram|informaram|explicaram))\b"
        r"|\b(ninguem|nunca) me (falou|avisou|informou|disse|explicou|falaram|avisaram|informaram) (desses|dessas|desse"
        r"|dessa|sobre|do|da|dos|das)( \w+)? (juros|tarifa|tarifas|taxa|taxas|seguro|anuidade|multa)\b"
        r"|\bvenda casada\b|\b(me )?(empurrou|empurraram) (um |uma )?(seguro|pacote|cartao|titulo|capitalizacao)\b",
        # the debts of a spouse who died: "fiquei viuva e nao sei por onde comecar com as contas dele"
        r"\b(fiquei|sou|estou|to|ficou) viuv[oa]\b.{0,80}\b(contas|dividas|debitos|cartao|cartoes|emprestimos?)"
        r"( \w+){0,2}? (dele|dela)\b",
        # the debt of someone who died: "meu marido morreu e eu nem sabia dessa divida dele"
        r"\b(morreu|faleceu)\b.{0,60}\b(divida|conta|debito|cartao|emprestimo|financiamento|fatura)( \w+){0,2}? (dele"
        r"|dela)\b|\b(divida|debito|cartao|emprestimo|financiamento)( \w+){0,2}? (dele|dela)\b.{0,60}"
        r"\b(morreu|faleceu)\b",
        # a relative's purchase without leave: "minha neta fez essa compra pelo meu celular sem me perguntar"
        rf"\b(meu|minha) {_KIN} (fez|fizeram|usou|usaram|comprou|compraram|pegou|contratou)\b.{{0,60}}\bsem (me )?"
        rf"(perguntar|pedir|avisar|consultar|minha autorizacao|minha permissao)\b",
        # a reading or billing error: "a conta de luz veio 800 reais, e erro de leitura"
        r"\berro (de|na|no) (leitura|medicao|cobranca|calculo|faturamento)\b",
        # a minor: "tenho 17 anos, como pode ter divida no meu nome?"
        # (with the debt named: a child answering for a parent says its age too)
        r"\b(tenho (1[0-7]|treze|catorze|quatorze|quinze|dezesseis|dezessete) anos|sou menor de idade)\b.{0,60}"
        r"\b(divida|divida no meu nome|cartao|emprestimo|crediario|financiamento|nunca fiz|nunca tive|nunca abri)\b",
        # a divorce gave it to the other: "o juiz determinou que ele pagaria essa divida"
        r"\b(juiz|juiza|sentenca|divorcio|separacao|partilha)\b.{0,60}\b(ele|ela|meu ex|minha ex|meu ex marido"
        r"|minha ex mulher|minha ex esposa) (pagaria|ia pagar|vai pagar|que paga|assumiria|assumiu|ficou com)\b",
        # an amount other than agreed: "o valor da parcela veio diferente do que eu combinei"
        # (said as done, "do que eu combinei": "veio diferente do combinado?" asks)
        r"\b(valor|parcela|preco|boleto|fatura)\b.{0,30}\b(diferente|maior)\b.{0,30}\b(combinei|combinamos|acertei"
        r"|acertamos|negociei|negociamos|fechei|fechamos)\b",
        # a firm closed: "essa fatura e da minha antiga empresa, o cnpj ja foi baixado"
        r"\b(e|eh|era) da (minha )?(antiga|extinta) (empresa|firma)\b|\bcnpj\b(,? que)? (ja )?(foi |esta |ta )?(baixado"
        r"|encerrado|extinto|inativo)\b",
        # a purchase or plan cancelled: "essa cobranca era da compra cancelada"
        r"\b(compra|pedido|contrato|plano|assinatura|servico) (cancelada|cancelado)\b",
        # the right amount and the one charged: "o valor certo e 150, voces estao cobrando 1500"
        r"\b(valor|preco|total) (certo|correto|real|original|combinado)\b.{0,30}\b(cobrando|cobram|cobraram|veio|vem"
        r"|vieram)\b",
        # someone else named, and the number the writer's: "a Rita e minha vizinha, esse telefone e meu"
        rf"\b(e|eh) (o |a )?(meu|minha) {_KIN}\b.{{0,30}}\b(esse|este|o) (numero|telefone|celular) (e|eh) meu\b",
        # a rise nobody explained: "o valor da parcela subiu sem explicacao nenhuma", "a fatura veio o triplo do nada"
        r"\b(valor|parcela|parcelas|fatura|conta|cobranca|juros|mensalidade)\b( \w+){0,3}? (subiu|subiram|aumentou"
        r"|aumentaram|dobrou|triplicou|veio o dobro|veio o triplo)\b.{0,20}\b(sem (explicacao|motivo|aviso"
        r"|justificativa)|do nada)\b",
        # a relative who used the phone or the card: "meu filho pegou meu celular e contratou esse servico"
        r"\b(pegou|usou)\b( \w+){0,2}? (meu|minha) (celular|cartao|telefone|conta|senha)\b.{0,30}\b(contratou|assinou"
        r"|comprou|pediu)\b",
        # terms never agreed: "esses juros eu nunca concordei", "nao concordei com essa tarifa"
        r"\b(taxa|taxas|tarifa|tarifas|juros|seguro|anuidade|multa|multas|valor|cobranca)\b( \w+){0,2}?"
        r" (nunca|nao|jamais) (concordei|aceitei)\b|\b(nunca|nao|jamais) (concordei|aceitei) (com )?(essa|esse|essas"
        r"|esses|a|o|as|os) (taxa|taxas|tarifa|tarifas|juros|seguro|anuidade|multa|multas|valor|cobranca)\b",
        # a former partner's or tenant's: "o contrato e do meu antigo socio", "era da minha antiga socia"
        r"\b(e|era|eh) (do|da) (meu |minha )?(antigo|antiga) (socio|socia|inquilino|inquilina|dono|dona|morador"
        r"|moradora|patrao|patroa)\b",
        # a firm the customer does not know: "uma loja que eu nem conheco", "financeira que nunca ouvi falar"
        r"\b(loja|empresa|banco|financeira|lugar|site)\b (que )?(eu )?(nem|nunca|nao) (conheco|conhecia|ouvi falar)\b",
        # closed by the customer: "essa linha eu cancelei em 2019", "encerrei essa conta faz anos"
        r"\b(linha|conta|plano|cartao|contrato|assinatura|servico|pacote)\b( \w+){0,2}? (eu )?(cancelei|encerrei"
        r"|desativei)\b|\b(cancelei|encerrei|desativei) (essa|esse|a|o|minha|meu) (linha|conta|plano|cartao|contrato"
        r"|assinatura|servico|pacote)\b",
        # before a court: "meu advogado entrou com acao", "essa divida esta em discussao judicial"
        r"\b(advogad[oa]|advogados|defensoria)\b( \w+){0,2}? (entrou|entraram|ajuizou|ajuizaram) com\b"
        r"|\b(entrei|entramos|ja entrei|ja entramos) com (uma )?(acao|processo)\b|\b(discussao|disputa) judicial\b"
        r"|\bsendo (resolvido|resolvida|discutido|discutida) na justica\b|\bsub judice\b",
        # the seller or the firm undid it: "a loja disse que cancelou a compra", "a empresa desfez o contrato"
        r"\b(loja|vendedor|vendedora|empresa|site|lojista)\b( \w+){0,3}? (cancelou|desfez)\b",
        r"\b(sou|era|eu era) menor( de idade)?\b|\b(ele|ela) (tem|e) (menor de idade|([0-9]|1[0-7]) anos)\b"
        r".{0,40}\b(divida|debito|cartao|conta|compra|emprestimo|credito)\b",
        # someone else signed, a company not known, a charge never authorised, a service cancelled
        r"\bquem (fez|contratou|comprou|assinou|pegou|abriu)( isso| essa \w+| esse \w+)? (foi|era) (o |a )?"
        r"(meu|minha)\b",
        r"\b(nem |nao )(sei|conheco) (que|qual) (empresa|loja|banco|financeira) (e essa|e esse|e esta|e este)\b",
        r"\b(taxa|tarifa|juros|seguro|anuidade|cobranca|valor|compra|servico)\b.{0,40}\bque (eu )?(nunca|nao|jamais)"
        r" (autorizei|contratei|pedi|solicitei|combinei|assinei)\b",
        r"\b(servico|plano|contrato|assinatura|conta|linha|pacote|compra|pedido|cartao) (foi|ja foi|esta|ja esta"
        r"|tinha sido)"
        r" cancelad[oa]\b",
        # not what was agreed: "nao bate com o que eu contratei", "peco revisao" ("veio diferente do combinado?" asks)
        r"\b(nao (bate|batem|confere|conferem|corresponde|correspondem|condiz|condizem)|diverge\w*)\b.{0,30}"
        r"\b(contratei|contratad[oa]|contrato|combinei|combinad[oa]|acordad[oa]|assinei"
        r"|comprei|negociei|negociad[oa])\b",
        r"\b(quero|peco|solicito|solicitar|pedir|pedi|exijo|gostaria de|preciso de) (a |uma )?revisao\b",
        # the debtor died: the writer is a relative, and the estate is no one to collect from by robot
        r"\b(ele|ela|(o|a) (titular|cliente|dono|dona)( \w+){0,3}?)( ja)? (faleceu|morreu|e falecid\w*"
        r"|veio a obito)\b",
        r"\b(faleceu|morreu|falecid\w*|veio a obito)\b.{0,240}\b(no nome dele|no nome dela|no cartao dele"
        r"|no cartao dela|do cartao dele|do cartao dela|era dele|era dela|e dele"
        r"|e dela|sou (a|o) (filh\w*|viuv\w*|espos\w*|irma\w*|net\w*|mae|pai)|(ele|ela) (era|e) (o|a) titular"
        # "meu pai faleceu e ele tinha esse cartao"
        r"|(ele|ela) (tinha|usava|fez|abriu|contratou) (esse|essa|este|esta|o|a|um|uma) (cartao|conta|emprestimo"
        r"|crediario|financiamento|plano|divida))\b",
        # the dead collected from: "cobrando de quem ja morreu?"
        r"\b(cobrando|cobram|cobrar|cobra) (de|a) (quem|alguem que|uma pessoa que) (ja )?(morreu|faleceu)\b",
    )),
    "fraud": tuple(re.compile(p) for p in (
        # a loan or card in one's name asked about: "quem autorizou esse emprestimo no meu nome?"
        r"\bquem (autorizou|fez|pediu|contratou|abriu|liberou|solicitou)\b( \w+){0,3}? (no meu nome|em meu nome"
        r"|com meu cpf|com meu nome|com os meus dados|com meus dados)\b",
        # an ex who ran up the writer's card or name: "meu ex fez divida no meu cartao e sumiu"
        r"\b(meu|minha) ex\b( \w+){0,2}? (fez|fizeram|usou|passou|abriu|pegou) (\w+ ){0,4}?(no|em|o) meu (cartao|nome"
        r"|cpf)\b",
        # a SIM swapped by someone else: "fizeram a troca do meu chip sem eu pedir", "trocaram meu chip"
        r"\b(troca|trocaram|clonagem|clonaram) (do |de |o )?(meu |minha )?(chip|linha)\b.{0,60}\b(sem (eu )?(pedir"
        r"|autorizar|saber)|usaram|fizeram|pegaram|roubaram|conseguiram)\b",
        # a card the bank blocked for purchases it found suspect: "o banco bloqueou meu cartao por compras suspeitas"
        r"\b(bloqueou|bloquearam|bloqueei|bloqueado|bloqueada)( o| meu)? cartao\b.{0,80}\b(compra|compras|transacao"
        r"|transacoes) (estranha|estranhas|suspeita|suspeitas)\b|\b(compra|compras|transacao|transacoes) (estranha"
        r"|estranhas|suspeita|suspeitas)\b.{0,80}\b(bloqueou|bloquearam|bloqueei|bloqueado|bloqueada)( o| meu)?"
        r" cartao\b",
        # a card blocked and still used: "bloqueei o cartao e mesmo assim apareceram compras"
        r"\b(bloqueei|bloqueado|bloqueada|cancelei)( o| meu)? cartao\b.{0,60}\b(compra|compras|passaram|passando"
        r"|usaram|apareceu|apareceram)\b|\bcartao\b( \w+){0,2}? (bloqueado|bloqueada)\b.{0,40}\b(compra|compras"
        r"|passaram|passando|usaram)\b",
        # a loan, an account or a withdrawal made without consent: "esse emprestimo foi contratado sem a minha
        # autorizacao", "fizeram um saque no meu nome sem a minha permissao" (not a purchase: kin may have made it)
        r"\b(emprestimo|emprestimos|financiamento|saque|saques|conta|crediario)\b( \w+){0,4}? sem (a |minha |a minha )?"
        r"(autorizacao|permissao|consentimento)\b",
        # a payroll loan never asked for, a benefit deducted without consent: "fizeram um consignado na minha
        # aposentadoria sem eu autorizar", "descontaram do meu beneficio sem autorizacao"
        r"\bconsignado\b.{0,60}\b(nunca (pedi|contratei|solicitei|autorizei)|sem (minha )?autorizacao|sem eu"
        r" (pedir|autorizar|saber))\b|\b(nunca (pedi|contratei|solicitei|autorizei))\b.{0,60}\bconsignado\b",
        # (a sum, not a product added: "descontaram um seguro sem autorizacao" is a dispute)
        r"\b(beneficio|aposentadoria|pensao)\b.{0,80}\b(descontaram|descontou|descontando|debitaram|tiraram)( \w+)?"
        r" (\d[\d.,]*|um valor|valores|dinheiro)\b.{0,30}\bsem (a |minha |a minha )?(autorizacao|permissao)\b",
        r"\b(descontaram|descontando|descontou)\b.{0,60}\b(beneficio|aposentadoria|pensao|salario)\b.{0,20}\bsem"
        r" ((minha )?(autorizacao|permissao)|(eu )?(pedir|autorizar|saber))\b",
        # charged through an app never installed: "uma assinatura num app que eu nunca instalei", "um aplicativo que eu
        # nem tenho" (not "nunca baixei o aplicativo de voces")
        r"\b(aplicativo|app|aplicativos|apps)\b que (eu )?(nunca|nem|jamais) (baixei|instalei|tenho|tive|usei"
        r"|cadastrei)\b",
        # a document's photo reused, a personal account to pay into, a robbery then purchases
        r"\b(usaram|pegaram|usou|pegou)\b( \w+){0,2}? (a )?(foto|fotos|imagem|copia|selfie) (do|da|de) (meu|minha)"
        r" (documento|rg|cnh|identidade|cpf)\b",
        r"\b(pix|conta|deposito|transferencia)\b( \w+){0,2}? (de|em nome de) (uma )?pessoa fisica\b",
        r"\b(assaltado|assaltada|assalto|roubado|roubada|furtado|furtada)\b.{0,80}\b(fizeram|usaram|compraram|sacaram"
        r"|transferiram)\b",
        # documents lost or stolen, then used: "isso foi feito depois que eu perdi meus documentos"
        r"\b(feito|feita|fizeram|abriram|usaram|tiraram|contrataram)\b.{0,40}\b(perdi|roubaram|furtaram|levaram"
        r"|extraviaram)( \w+)? (meus|os meus|minha|minhas|os|a) (documentos|rg|carteira|bolsa|identidade)\b"
        r"|\b(perdi|roubaram|furtaram|levaram|extraviaram)( \w+)? (meus|os meus|minha|minhas|os|a) (documentos|rg"
        r"|carteira|bolsa|identidade)\b.{0,40}\b(feito|feita|fizeram|abriram|usaram|tiraram|contrataram)\b",
        r"\b(golpe\w*|golpista\w*|fraud\w*|clonad\w*|clonaram|clonou|clonagem|clonar\w*|estelionat\w*|hacke\w*"
        r"|roubad\w*|roubaram|roubo|furt\w*|boletim de ocorrencia)\b",
        r"\b(invadiram|invadid\w*)\b",
        r"\b(meu cpf|meus dados|meu nome|meu rg|meus documentos|minha identidade)\b (foi|foram)"
        r" (usad\w*|utilizad\w*)\b",
        r"\b(usad[oa]s?|utilizad[oa]s?) por (terceiros|outra pessoa|outras pessoas|estranhos)\b"
        r"|\b(trocou|trocaram) (o |meu |o meu |minha )?(cartao|maquininha|maquina de cartao)\b",
        r"\b(usaram|usou|usando|pegaram|abriram|abriu|fizeram|fez|tiraram|tirou|solicitou|solicitaram|pediu|pediram"
        r"|contratou|contrataram|criaram|criou|cadastraram|cadastrou|compraram)\b.{0,240}\b(no meu nome|em meu nome"
        r"|meus dados|meu cpf|minha identidade|meus documentos|meu rg|com meu nome|meu nome|meu cnpj"
        r"|cnpj da minha (empresa|firma|loja))\b",
        r"\b(se passou|se passaram) por mim\b",
        r"\b(copiaram|copiou|duplicaram)\b.{0,20}\bcartao\b|\bcartao\b.{0,20}\b(foi )?(copiado|duplicado)\b",
        r"\b(dizendo|falando|dizia|disse|falou|alegando) (que )?(era|ser|e|eram|sao) ((um |uma )?(acordo|renegociacao"
        r"|negociacao|boleto|cobranca) )?(do|da|de) (voces|empresa|banco|loja|financeira|central|cobranca)\b",
        r"\bcliquei\b.{0,40}\blink\b|\blink\b.{0,60}\bcliquei\b",
        # a boleto or a pix to someone else: "o beneficiario era outra empresa", "com outro cnpj"
        r"\b(beneficiario|favorecido|recebedor|cnpj|razao social)\b( \w+){0,6}? (era|e|veio|tinha|com)( um| uma| o| a)?"
        r" (outra|outro|diferente|cnpj diferente|estranho|estranha)\b"
        r"|\b(com|de|pra|para) (outro|outra) (cnpj|beneficiario|favorecido|razao social)\b",
        # a boleto of another bank or firm, paid: "recebi um boleto de voces com outro banco, paguei e nao caiu"
        r"\bboleto\b( \w+){0,4}? (com|em nome de|no nome de) (outro banco|outra empresa|outro nome|outra pessoa)\b"
        r".{0,60}\b(paguei|pagamos|foi pago)\b|\b(paguei|pagamos)\b.{0,30}\bboleto\b( \w+){0,4}? (com|em nome de"
        r"|no nome de) (outro banco|outra empresa|outro nome|outra pessoa)\b",
        # a card or loan issued without leave: "fizeram um cartao adicional sem minha permissao"
        r"\b(fizeram|fez|emitiram|emitiu|criaram|liberaram|liberou|abriram|abriu)\b( \w+){0,3}? (cartao|conta"
        r"|emprestimo|crediario|financiamento)\b.{0,30}\bsem (a )?(minha |meu )?(permissao|autorizacao"
        r"|consentimento)\b",
        # a card never asked for, an account opened by others: "recebi um cartao que eu nunca pedi"
        r"\b(recebi|chegou|chegaram|mandaram|enviaram)\b( \w+){0,3}? (cartao|cartoes)\b.{0,40}\b(nunca|nao) (pedi"
        r"|solicitei|contratei)\b|\babriram (uma |um )?(conta|cartao|crediario|emprestimo|financiamento)\b",
        # a loan on a pension nobody asked for: "contrataram um emprestimo no meu beneficio sem eu saber"
        r"\b(fizeram|fez|contrataram|contratou|abriram|abriu|averbaram|colocaram|lancaram)\b.{0,60}\b(consignado"
        r"|emprestimo|financiamento|beneficio)\b.{0,40}\bsem (eu )?(autorizar|pedir|solicitar|saber|minha autorizacao"
        r"|meu consentimento)\b",
        # a debt made under threat (economic violence): "meu ex me obrigou a fazer", "fiz sob ameaca dele"
        r"\b(me (obrigou|obrigaram|forcou|forcaram|coagiu|coagiram)|fui (obrigado|obrigada|forcado|forcada|coagido"
        r"|coagida)) a (fazer|assinar|pegar|tirar|contratar|abrir)\b|\bsob (ameaca|coacao)\b|\bviolencia (domestica"
        r"|patrimonial)\b",
        # a phone, a bag or a card taken, then used: "levou minha bolsa e usou o cartao"
        r"\b(pegou|pegaram|levou|levaram|roubou|roubaram|furtou|furtaram|arrancou|arrancaram)\b( \w+){0,2}? (meu|minha)"
        r" (celular|telefone|aparelho|cartao|bolsa|carteira|mochila)\b.{0,60}\b(fez|fizeram|usou|usaram|comprou"
        r"|compraram|transferiu|transferiram|sacou|sacaram)\b",
        # a face or a photo of the customer's used to pass a biometric check: "abriram com uma selfie minha"
        r"\b(selfie|foto|fotos|imagem|video) (minha|minhas|meu|de mim|do meu rosto)\b.{0,80}\b(biometria|reconhecimento"
        r" facial|abrir|abriram|abriu|cadastro|cadastrar|cadastraram|cadastrou|validar|validaram|validou)\b"
        r"|\b(biometria|reconhecimento facial)\b"
        r".{0,60}\b(foto|fotos|selfie|imagem|video) (minha|minhas|de mim|do meu rosto)\b",
        _PHISHING,
        r"\b(fez|fizeram|comprou|compraram)\b.{0,40}\b(meu|minha) (cartao|conta|senha)\b.{0,30}\bsem (eu saber"
        r"|me avisar|me pedir|permissao|autoriza\w*)\b",
        r"\bno meu nome\b.{0,30}\bque (eu )?(nao|nunca) (fiz|pedi|contratei|solicitei|assinei)\b",
        r"\b(se passando|se passou|se passaram|se fazendo passar|fingindo ser|fingiu ser|dizendo ser)"
        r" (por |pela |pelo )?"
        r"(voces|voce|a empresa|essa empresa|empresa|funcionari\w*|atendente|banco|loja|financeira|central)\b",
        r"\b(me enganaram|me enganou|fui enganad[oa]|fomos enganad[oa]s|me ludibri\w*|fui ludibriad[oa]|me lesaram"
        r"|fui lesad[oa])\b",
        # a leak used: "meus dados vazaram e agora aparece essa divida" (asked with no harm told, a data request)
        rf"^(?=.{{0,200}}\b{_LEAK_HARM}\b).{{0,200}}?(\b(vazaram|vazou|vazamento|vazad\w*)\b.{{0,40}}\b(dados|cpf"
        r"|documentos|senha)\b|\b(meus )?dados (vazaram|vazados|foram vazados)\b)",
        r"\b(entraram|acessaram|invadiram|mexeram) (na |em |a )?(minha|meu) (conta|app|aplicativo|cadastro)\b",
        r"\b(falsific\w*|assinatura falsa|documentos? fals\w*)\b|\bassinatura\b.{0,40}\b(e|foi|era) falsa\b",
        r"\b(pegou|pegaram|acharam|achou|encontraram|usou)\b.{0,60}\b(meu documento|meus documentos|minha carteira"
        r"|meus cartoes|meu rg|meu cpf|meus dados)\b.{0,60}\b(fizeram|fez|abriram|abriu|usaram|usou|compraram"
        r"|comprou)\b"
        r"|\b(acharam|achou|encontraram|pegaram|pegou)\b.{0,60}\b(minha carteira|meu documento|meus documentos"
        r"|meu rg)\b.{0,30}\b(usaram|usou)\b|\busaram meus cartoes\b",
        r"\b(por|foi|foram) outra pessoa\b",
        # the card blocked for loss, used after: "essa compra foi feita depois que eu bloqueei o cartao por perda";
        # data taken: "alguem pegou meus dados"
        r"\b(bloqueei|cancelei|bloqueado|cancelado) (o |meu )?(cartao|chip|celular)( \w+)? (por|apos|pela|pelo) (perda"
        r"|roubo|furto|extravio)\b|\balguem (pegou|roubou|copiou|clonou) (os |o )?(meus |meu )?(dados|documentos"
        r"|cpf)\b",
        # someone else used it: "alguem usou meu cartao", "um estranho usou meu nome"
        rf"\b{_SOMEONE_ELSE} (usou|usaram|utilizou|utilizaram) (o |a |os |as )?(meu|minha|meus|minhas) (cartao|cartoes"
        r"|cpf|nome|documento|documentos|dados)\b",
        # someone who took it, even in a suspicion: "deve ser golpe de alguem que pegou meus documentos"
        rf"\b{_SOMEONE_ELSE} que (pegou|pegaram|usou|usaram|roubou|roubaram|clonou|clonaram|achou|acharam) (o |a |os"
        r" |as )?(meu|minha|meus|minhas) (documento|documentos|dados|cpf|rg|cartao|identidade|nome)\b",
        r"\b(pegou|usou|levou|pegaram|usaram)\b.{0,30}\bmeu cartao\b.{0,40}\b(sumiu|desapareceu|fugiu|nunca mais"
        r"|sumiram|desapareceram)\b",
        r"\b(assinatura|letra|rubrica)\b.{0,30}\b(nao|nem) (e|eh) (a )?(minha|meu)\b|\bnao (e|eh) (a )?minha (letra"
        r"|assinatura|rubrica)\b",
        r"\b(trocaram|clonaram|pegaram|roubaram|sequestraram|hackearam|invadiram) (o |meu |o meu |minha )?(chip"
        r"|whatsapp|zap|numero|linha)\b",
        # reported to the police: "registrei ocorrencia", "fiz queixa na delegacia"
        r"\b(registrei|registramos|fiz|fizemos|abri|prestei|dei) (uma )?(queixa|ocorrencia|b ?o|denuncia policial)\b",
        r"\b(perdi|extraviei|extraviad\w*)\b.{0,40}\b(documento\w*|carteira|identidade|rg|cpf|cnh)\b.{0,60}"
        r"\b(alguem|usaram|usou|fizeram|fez|abriram|abriu|surgiu|surgiram|apareceu|apareceram|aparece|aparecem)\b",
        # a phone or card lost, then used: "perdi meu celular e fizeram compras", "o telefone sumiu e usaram o app"
        r"(\b(perdi|extraviei|sumiu|sumiram)\b.{0,40}\b(celular|telefone|aparelho|cartao|cartoes)\b"
        r"|\b(celular|telefone|aparelho|cartao|cartoes)\b.{0,20}\b(sumiu|sumiram|extraviou)\b).{0,60}(?<!ninguem )"
        r"(?<!nao )\b(usaram|usou|fizeram compras|fizeram (um |uns )?pix|fizeram transferencias?|compraram|comprou"
        r"|transferiram|sacaram|sacou)\b",
        # a signature the customer says is not theirs: "a assinatura nem parece a minha" ("nao fui eu que assinei"
        # alone is a dispute, as the held-out sets label it)
        r"\b(assinatura|letra|rubrica)\b.{0,30}\b(nem (de longe )?parece|nao parece|nao bate|nao confere) (com )?"
        r"(a )?minha\b|\b(assinatura|letra|rubrica)\b.{0,30}\b(e|eh|esta|ta) diferente da minha\b",
        r"\bnao autoriz\w*\b",
        r"\b(quando|na epoca (em )?que) (eu )?(tinha|era) ([0-9]|1[0-7]) anos\b"
        r"(?!.{0,20}\b(fiz|comprei|contratei|peguei|pedi|abri)\b)|\bcom (a )?minha foto\b",
        r"\b(compra|compras|saque|saques|gasto|gastos|transac\w*)\b.{0,60}\b(nunca|nem) ((sai|saio) (do|da|de)"
        r"|(estive|fui|pisei|viajei) (em|la|ali|no|na|pra|para|a|ao))\b",
        _NEVER_BEEN_THERE,
        r"\b(boleto|link|site|pix|cobranca|mensagem|central)\b.{0,60}\b(era|eram|foi|e) (falso|falsa|fake"
        r"|adulterad\w*|golpe)\b",
        # a loan put in the account or on the pension unasked: "caiu na minha conta sem eu pedir"
        r"\b(caiu|caiu um|depositaram|depositou|depositad\w*|creditaram|creditad\w*|apareceu|apareceram)\b.{0,40}"
        r"\b(na minha conta|no meu beneficio|na minha aposentadoria|consignado|emprestimo)\b.{0,40}\b(sem (eu )?(pedir"
        r"|solicitar|autorizar|contratar)|que (eu )?(nao|nunca) (pedi|solicitei|contratei|autorizei))\b",
        r"\b(compra|compras|saque|saques|transac\w*|gasto\w*)\b.{0,40}\b(no exterior|fora do pais|em outro pais"
        r"|em outra cidade|em outro estado)\b",
        # a swindle told as a trick played: "um malandro me passou a perna e fez um emprestimo" (not the fees: "me
        # passaram a perna com esses juros")
        r"\b(passaram|passou) a perna\b(?!.{0,40}\b(juros|taxa|taxas|tarifa|tarifas|multa|multas)\b)",
        # made while the writer slept, or where the writer does not live: "a compra foi de madrugada e eu estava
        # dormindo", "essa compra foi no Rio e eu moro em Curitiba"
        r"\b(compra|compras|saque|saques|pix|transferencia)\b.{0,80}\b(eu )?(estava|tava) dormindo\b"
        r"|\b(compra|compras|saque|saques)\b.{0,80}\b(e|mas) eu moro (em|no|na)\b",
        # transactions the customer did not make, someone close using the card in secret
        r"\b(compra|compras|saque|saques|transac\w*|pix|gasto|gastos)\b.{0,60}\bque (eu )?(nao|nunca) (fiz|realizei"
        r"|autorizei|reconheco)\b",
        r"\b(usou|usaram|pegou|pegaram)\b.{0,30}\b(meu|minha) (cartao|conta|senha|celular|app|aplicativo)\b.{0,30}"
        r"\b(escondid\w*|as escondidas|sem (eu saber|me avisar|me pedir|permissao|autoriza\w*))\b"
        r"|\bas escondidas\b.{0,40}\b(usou|usaram|pegou|pegaram|fez|fizeram|comprou|compraram)\b",
        # a fake boleto, fake staff, a payment asked into someone else's account: an impersonation scam
        r"\b(boleto|link|site|pix|central|perfil|cobranca|cobrador|atendente|funcionari\w*|sms|email|mensagem"
        r"|ligacao|whatsapp|numero|q ?r ?code)\b (\w+ )?(fals\w*|fake"
        r"|adulterad\w*)\b|\b(falso|falsa|falsos|falsas|suposto|suposta|supostos|supostas) (funcionari\w*|atendente"
        r"|central|boleto|cobrador\w*"
        r"|advogad\w*|gerente|juridico|proposta|emprestimo|oferta|promocao|credito|financiamento|acordo|negociacao"
        r"|representante|correspondente|intermediari\w*)\b",
        r"\b(pediu|pediram|pedindo|mandou|mandaram|cobrou|cobraram|cobrando)\b.{0,60}\b(conta de (uma )?(pessoa fisica"
        r"|terceiro\w*|outra pessoa)|em nome de (outra pessoa|terceiro\w*)|outra conta)\b",
    )),
    # a question or request about the customer's personal data (LGPD art. 18): where it came from, what is kept,
    # who it was shared with, that it be deleted. A person answers, and the data protection officer records it
    "data_request": tuple(re.compile(p) for p in (
        _DETAIL_WRONG,  # "meu cpf ta errado no cadastro de voces, corrijam"
        # the use of a detail refused as never consented: "nao autorizei voces a usarem meu whatsapp"
        rf"\b{_USE_NOT_ALLOWED}",
        # who sees the data: "quem tem acesso aos dados da minha empresa?"
        r"\bquem (tem|teve) acesso (aos|as|a) (meus |minhas )?(dados|informacoes)\b",
        # why a detail is wanted: "pra que voces querem meu endereco?"
        r"\b(para que|por que|porque) (voces |voce )?(querem|quer|precisam|precisa|pedem|pede) (saber )?(o |a )?"
        r"(meu|minha|meus|minhas) (endereco|cpf|dados|data de nascimento|renda|email|telefone|numero|rg|documentos)\b",
        # the legal ground for keeping the data asked: "em que lei voces se baseiam pra guardar meus dados?"
        r"\b(em que|com que|qual|qual a|qual e a) (lei|base legal|direito|fundamento|autorizacao)\b.{0,60}"
        r"\b(guard\w*|armazen\w*|trat\w*|usa\w*|usam|mant\w*|terem|ter)\b.{0,20}\b(meus dados|minhas informacoes"
        r"|meu cpf|meu numero|meu telefone|meu email|meus dados pessoais)\b",
        # a statement of the debt asked for: "solicito o extrato completo do consignado", "me manda o historico de
        # pagamentos do emprestimo"
        r"\b(solicito|requeiro|quero|preciso d[oa]|gostaria d[oa]|me (manda|mande|envia|envie|mandem|enviem))( o| a)?"
        r" (extrato|historico|demonstrativo|relatorio|planilha)( \w+){0,3}? (do|da|de|dos|das) (consignado|emprestimo"
        r"|divida|contrato|financiamento|debito|cartao)\b",
        # whose leave, a removal from the records, data found where it should not be: "quem permitiu que voces
        # usassem meu endereco?", "descadastrem meu email", "por que meu cpf esta no sistema de voces?", "meu numero
        # ainda consta no cadastro?"; the data protection officer asked for
        rf"\bquem (permitiu|autorizou|deixou|deu autorizacao)( \w+){{0,3}}? (usassem|usarem|usar|tivessem|terem|ter"
        rf"|guardassem|guardarem)( o| a)? ({_MY_DATA}|{_KIN_DATA})",
        rf"\b(descadastrem|descadastre|descadastra|desvinculem|desvincule|desvincula)( o| a)? ({_MY_DATA}|{_KIN_DATA}"
        r"|(numero|telefone|celular|email|contato|endereco) (do|da) \w+)\b",
        rf"\bpor que ({_MY_DATA}|meu nome)( \w+)? (esta|consta|aparece|ta)( \w+){{0,2}}? (no|nesse|neste|em) (sistema"
        r"|cadastro|base|registro)\b",
        rf"\b({_MY_DATA}|{_KIN_DATA})( ainda)? (esta|consta|aparece) (no|nesse|neste) (sistema|cadastro|base"
        r"|registro)\b",
        r"\b(encarregado de dados|encarregado de protecao de dados|dpo)\b",
        # the debt's working asked for: "solicito o demonstrativo de calculo", "me mandem o extrato da divida"
        r"\b(quero|solicito|preciso|peco|gostaria de|me mandem|me enviem|me manda|me envia|mandem|enviem|manda|envia"
        r"|mande|envie)( \w+){0,2}?( (o|a) contrato e)?"
        r" (a |o )?(planilha|demonstrativo|extrato|memoria de calculo|evolucao)( \w+)? ((de|da|do)( calculo)?( \w+)?"
        r" (divida|debito|conta|cobranca)|(dos|das) (juros|encargos|calculos|multas))\b",
        rf"\b(como|onde|de onde|quem)\b.{{0,40}}\b(conseguiu|conseguiram|pegou|pegaram|arrumou|arrumaram|arranjou"
        rf"|arranjaram|obteve"
        rf"|obtiveram|passou|passaram|deu|deram|tiveram acesso|teve acesso|autorizou|achou|acharam|tirou|tiraram"
        rf"|descobriu|descobriram|encontrou|encontraram|forneceu|forneceram)\b.{{0,40}}"
        rf"\b{_MY_DATA}\b",
        # the number they called asked after: "quem deu esse numero?", "quem passou esse telefone pra voces?"
        r"\bquem (deu|passou|forneceu|repassou) (esse|este|o) (numero|telefone|contato|celular)\b",
        # the debt and its origin asked for in writing: "me mandem por escrito quanto eu devo e de onde vem essa divida"
        r"\bpor escrito\b.{0,40}\b(quanto (eu )?devo|de onde (vem|veio))\b",
        rf"\b{_MY_DATA}\b.{{0,40}}\b(foi|foram) (passad\w*|repassad\w*|vendid\w*|compartilhad\w*|cedid\w*)\b",
        # whom it went to, asked last: "voces passaram meu telefone pra quem?"
        rf"\b(passaram|passou|repassaram|repassou|deram|deu|venderam|vendeu|forneceram|compartilharam)\b.{{0,20}}"
        rf"\b{_MY_DATA}\b (pra|para|a) quem\b",
        rf"\b(apag\w*|exclu\w*|delet\w*|remov\w*|elimin\w*|retir\w*)\b.{{0,30}}\b({_MY_DATA}|{_KIN_DATA}|tudo que voces"
        r" tem)\b",
        # taken off the records: "tirem meu telefone do cadastro de voces" (not "tira meu nome do serasa")
        # (not a list of calls or sends: "tira meu numero do sistema de discagem", "do cadastro de cobranca")
        rf"\b(tira|tire|tirem|tirar|tirarem)\b( \w+)? {_MY_DATA}\b.{{0,20}}\b(do|da|dos|das) (seu |seus |sua )?"
        r"(cadastro|sistema|base|banco de dados|registros)\b(?! de (discagem|cobranca|ligac\w*|mensage\w*|envio"
        r"|disparo))",
        rf"\b(vend\w*|compartilh\w*|repass\w*|cede\w*|cedi\w*)\b.{{0,20}}\b{_MY_DATA}\b",
        rf"\b(quais|que) (empresas|empresa|parceiros|terceiros|pessoas)\b.{{0,30}}\b(receberam|recebeu|tiveram acesso"
        rf"|teve acesso|acessaram|tem acesso)\b.{{0,20}}\b({_MY_DATA}|ao meu cadastro|aos meus dados)\b",
        r"\b(quais|que) (dados|informacoes)\b.{0,40}\b(tem|tem de mim|tem sobre mim|guardam|armazenam|possuem"
        r"|cadastro|sistema|vao guardar|vao manter|vao armazenar|vao ficar com voces)\b",
        # since when the data are held: "desde quando voces tem meus dados?", "voces tem meu telefone desde quando?"
        rf"\bdesde quando (voces |vcs )?(tem|possuem|guardam|estao com) {_MY_DATA}\b"
        rf"|\b(tem|possuem|guardam) {_MY_DATA} desde quando\b",
        rf"\bnao (autorizo|autorizei|permito|permiti|consenti|dei consentimento|tem autorizacao|tem permissao)\b"
        rf".{{0,40}}\b({_MY_DATA}|compartilhamento|tratamento|uso dos)\b",
        r"\b(lgpd|anpd|lei geral de protecao de dados|protecao de dados|encarregado de dados|dpo)\b"
        r"|\bencarregado (pelo|do) tratamento\b",
        # the contract itself asked for: "uma copia do contrato", "exijo ver esse suposto contrato"
        r"\b(copia|via|segunda via) (do|deste|desse) (meu )?(suposto )?contrato\b|\b(quero|exijo|preciso|solicito"
        r"|gostaria de) (ver|receber|conferir) (o |esse |este )?(meu )?(suposto )?contrato\b"
        # "quero o contrato, senao nao pago", "exijo o contrato antes de qualquer acordo" (not one to be ended)
        r"|\b(quero|exijo|solicito) (o|esse|este) (meu )?(suposto )?contrato\b(?! (cancelad|encerrad|quitad|rescindid"
        r"|de renegociacao|de acordo|novo))",
        # what is shared: "quais dados voces compartilham com os biros de credito?"
        # the data found where it should not be, asked how: "como meu email foi parar na lista de voces?"
        r"\b(como|por que|porque|pq)\b.{0,40}\b(foi|foram) parar (na|no|nas|nos|nessa|nesse) (lista|listas|cadastro"
        r"|base|sistema)\b",
        # a correction, a copy to take elsewhere, how long it is kept, why it is held, who gave leave to call:
        # "corrijam meu nome no cadastro", "a portabilidade dos meus dados", "ate quando vao manter meus dados?",
        # "qual a finalidade de terem minha data de nascimento?", "quem autorizou a assessoria a me ligar?"
        rf"\b{_CORRECTION}\b.{{0,30}}\b({_MY_DATA}|meu nome|meu endereco"
        rf"|no cadastro)\b|\bportabilidade (dos|das|de) ({_MY_DATA}|dados|informacoes)\b",
        rf"\b(quanto tempo|ate quando)\b.{{0,40}}\b(guardar|guardam|manter|mantem|armazenar|armazenam|ficar com)\b"
        rf".{{0,10}}\b{_MY_DATA}\b",
        r"\bfinalidade\b.{0,40}\b(terem|ter|tem|usar|usarem|usam|guardar|guardarem|guardam|coletar|coletaram|pedir"
        r"|pedirem)\b",
        r"\bquem (autorizou|deu autorizacao|permitiu|deu permissao)\b.{0,40}\b(me ligar|ligar pra mim|me ligarem"
        r"|me cobrar|me contatar|me procurar)\b",
        # the legal basis asked for: "qual a base legal pra tratarem meus dados?", "com que direito usam meus dados?"
        rf"\b(com base em que|com que base|qual (e )?(a )?base legal|em que base legal|com que direito)\b.{{0,60}}"
        rf"\b{_MY_DATA}\b",
        r"\b(quais|que) (dados|informacoes)\b( \w+){0,3}? (compartilham|compartilharam|repassam|repassaram|enviam"
        r"|enviaram|passam|passaram)\b",
        # where the debt comes from: "qual a origem dessa divida?", "informem por escrito a origem do debito"
        r"\b(qual|saber|informem|informe|informar|informa|expliquem|explicar)( \w+){0,3}? (a )?origem (dessa|desse"
        r"|da|do|deste|desta) (divida|debito|cobranca|valor)\b",
        # this number: "como voces conseguiram esse numero?"
        r"\b(como|onde|de onde|quem)\b.{0,30}\b(conseguiram|conseguiu|pegaram|pegou|arrumaram|acharam|passou"
        r"|passaram) (esse|este|o meu|meu) (numero|telefone|contato|celular|email|endereco)\b"
        r"|\bquem (passou|passaram|deu|forneceu|vendeu) (essa|essas|esse|esses|minha|minhas|meus) (informacao"
        r"|informacoes|dado|dados)\b",
        # how they know: "como voce sabe meu nome completo?", "como voces sabem onde eu trabalho?"
        r"\bcomo (voce|voces|vc|vcs) (sabe|sabem|tem|descobriu|descobriram)\b.{0,20}\b(meu nome|meu endereco|meu cpf"
        r"|meus dados|meu numero|meu telefone|onde eu moro|onde moro|onde eu trabalho|onde trabalho)\b",
        # the data of an account or card kept, and erased: "voces guardam os dados do meu cartao? quero que apaguem"
        r"\b(dados|informacoes)( do| da| de)? (meu|minha) (cartao|conta|cadastro)\b.{0,40}\b(apaguem|apague|excluam"
        r"|exclua|deletem|removam)\b",
        # the signed one sent: "me manda o contrato que eu assinei", "envia pra mim o contrato assinado"
        # (or asked for beside other papers: "me manda o extrato com as parcelas e o contrato assinado")
        r"\b(manda|mande|mandem|mandar|envia|envie|enviem|enviar|mostra|mostre|mostrem|mostrar|encaminha|encaminhe"
        r"|encaminhem|encaminhar|quero|preciso"
        r"|exijo|solicito)( \w+){0,8}? (o |do |esse |este )?(meu )?contrato (que eu assinei|que assinei|assinado"
        r"|original|que eu fiz|que eu teria assinado|com a minha assinatura)\b",
        # the legal basis or purpose of the processing: "qual a base legal?", "com base em que lei usam meu cpf?"
        r"\bbase legal\b|\bcom base em que (lei|direito|norma)\b|\bfinalidade (do|de) (tratamento|uso)\b"
        rf"|\btratamento (dos|de) {_MY_DATA}\b",
        rf"\b(nunca|nao) (dei|passei|forneci|informei)\b.{{0,10}}\b{_MY_DATA}\b",
        rf"\bde onde (saiu|veio|vem|tiraram|tirou)\b.{{0,30}}\b{_MY_DATA}\b"
        rf"|\b{_MY_DATA}\b.{{0,30}}\bde onde (saiu|veio|vem|tiraram|tirou)\b",
        rf"\b{_MY_DATA}\b.{{0,30}}\b(excluid\w*|apagad\w*|removid\w*|deletad\w*|eliminad\w*)\b",
        # a leak of one's data told or asked about, with no harm told ("meu cpf vazou?", "vazaram meu numero, nunca
        # passei pra ninguem"; not "meus dados vazaram e abriram um crediario no meu nome": a fraud claim)
        rf"^(?!.{{0,200}}\b{_LEAK_HARM}\b).{{0,200}}?(\b(vazou|vazaram|vazad[oa]s?)\b.{{0,20}}\b{_MY_DATA}\b"
        rf"|\b{_MY_DATA}\b (vazou|vazaram|foi vazad\w*|foram vazad\w*))",
        # data of customers sold or passed on: "voces vendem os dados dos clientes?"
        r"\b(vend\w*|repass\w*|compartilh\w*|passam)\b.{0,20}\b(dados|informacoes|cadastros?) (dos|de) clientes\b",
        # who sees it, whether it is safe, a leak asked about: "quais funcionarios podem ver meus dados?", "meu cpf
        # esta protegido?", "como voces protegem minhas informacoes?", "voces tiveram algum vazamento?"
        rf"\b(quem|quais \w+|que \w+)( \w+){{0,3}}? (tem|teve|tera|pode ter|podem ter|pode|podem) (acesso|ver|acessar"
        rf"|consultar)( a| as| aos| ao)? {_MY_DATA}",
        rf"\b{_MY_DATA}( \w+){{0,2}}? (estao|esta|ta|sao|ficam|fica|estarao) (seguros|seguras|seguro|segura|protegid\w*"
        r"|em seguranca)\b",
        rf"\bcomo (voces|vcs|a empresa) (protegem|guardam|cuidam d[eo]s?|armazenam|tratam) {_MY_DATA}",
        r"\b(voces|vcs|a empresa)( \w+)? (tiveram|teve|sofreram|sofreu)( algum| um)? vazamento\b"
        r"|\b(houve|teve)( algum| um)? vazamento\b.{0,20}\b(ai|na empresa|com voces|de voces)\b",
        rf"\b(direito|permissao|autorizacao|autorizou)\b.{{0,30}}\b(usa\w*|utiliz\w*|ter|guardar|tratar)\b.{{0,20}}"
        rf"\b{_MY_DATA}\b",
        rf"\b(passaram|passou|mandaram|mandou|enviaram|enviou|informaram|repassaram) (os )?{_MY_DATA}\b.{{0,20}}"
        r"\b(pro|pra|para o|para a|ao|a|no|na) (serasa|spc|scpc|boa vista|cadastro positivo)\b"
        rf"|\bcom (qual|que) autorizacao\b.{{0,40}}\b{_MY_DATA}\b"
        rf"|\b{_MY_DATA}\b.{{0,60}}\bcom (qual|que) autorizacao\b",
        # where the record came from: "qual a origem desse meu cadastro?", "a fonte dos meus dados"
        rf"\b(origem|fonte)\b( \w+){{0,2}}? ({_MY_DATA}|dos dados|do cadastro|desse cadastro|desse meu cadastro"
        rf"|deste cadastro)\b",
        # whether calls are recorded, asked: "quero saber se voces gravam essas ligacoes"
        r"\b(se )?(voces )?(gravam|gravaram|estao gravando) (as |essas |estas |a |essa |esta |minhas |minha )?"
        r"(ligac\w*|chamada\w*|conversa\w*|atendimento\w*)\b"
        # "essa conversa ta sendo gravada? quero uma copia" (not a taunt: "ta sendo gravada? entao grava ai: ...")
        r"|\b(essa|esta|a) (conversa|ligacao|chamada) (esta|ta|vai ser) (sendo )?gravad[ao]\b.{0,40}\b(copia|quero"
        r" ouvir|quero a gravacao|acesso a gravacao|me mand\w*|me envi\w*)\b",
        # a recording asked for: "quero a gravacao da ultima", "exijo as gravacoes"
        r"\b(quero|exijo|solicito|preciso|peco|gostaria de|me mandem|me enviem|me manda|me envia) (de )?(a |as |uma )?"
        r"(copia (da|das) )?(gravacao|gravacoes)\b",
        r"\b(gravacao|gravacoes) (da|das|de|do|dos|dessa|dessas|desta|destas|desse|deste) (todas as |todos os )?"
        r"(minha |minhas |meu )?"
        r"(ligac\w*|chamada\w*"
        r"|conversa\w*|atendimento\w*)\b|\b(tudo|o que) (o que )?(voces )?(tem )?(registrado|registrada|registrados"
        r"|registradas|anotado|anotada"
        r"|anotados|anotadas|guardado|guardada|guardados|guardadas)"
        r" sobre mim\b|\b(registraram|anotaram|guardaram|tem) sobre mim\b",
        r"\b(copia|relatorio|lista) (dos|de) (meus )?dados\b|\bdados que (voces|vcs) (tem|guardam|armazenam|possuem)\b",
        rf"\b(passaram|passou|deram|deu|entregaram)\b {_MY_DATA}\b.{{0,20}}\b(pra|para|a) (outras?|terceir\w*|empresas?"
        rf"|outros)\b",
        r"\b(qual|que) (base|banco|lista|cadastro)( de dados)?\b.{0,30}\b(pegaram|tiraram|conseguiram|obtiveram"
        r"|acharam|compraram)\b",
        r"\bpor que (voces|vcs|a empresa) (tem|possuem|guardam|tinham)\b.{0,40}\b(telefone|numero|dados|cpf|email"
        r"|endereco|celular)\b|\b(revog\w*|retir\w*|cancel\w*) (o |meu )?consentimento\b",
        r"\b(copia|relatorio|lista)\b.{0,30}\b(dados|informacoes)\b.{0,40}\b(guardam|tem|armazenam|possuem|sobre mim"
        r"|de mim)\b",
    )),
    # someone else writes for the customer (a relative, a neighbour, the phone's new owner): a person answers, and
    # nothing of the debt is told to anyone but the customer (CDC art. 42)
    "third_party": tuple(re.compile(p) for p in (
        # a relative's condition told: "ele tem deficiencia intelectual, quem fez o emprestimo se aproveitou dele"
        r"\b(ele|ela) (tem|e|eh) (deficiencia|deficiente|demencia|alzheimer|autismo|autista|esquizofrenia"
        r"|interditad[oa])\b",
        # the debtor named as another of the house: "esse celular e da familia toda, quem deve e meu irmao", "minha
        # esposa usa meu numero pro whatsapp dela", "ele nao mora mais aqui, mudou pra portugal"
        r"\bquem deve (e|eh) (o |a )?(meu|minha) (irmao|irma|marido|esposa|filho|filha|pai|mae|ex|cunhado|cunhada|genro"
        r"|nora|sobrinho|sobrinha)\b|\b(minha|meu) (esposa|marido|filho|filha|irmao|irma|mae|pai|neto|neta|sobrinho"
        r"|sobrinha) usa (o )?(meu|esse|este) (numero|celular|telefone|whatsapp|zap|chip)\b"
        r"|\b(ele|ela) nao mora mais aqui\b",
        # the one in charge is another: "sou o socio, o responsavel e meu irmao"
        r"\bo responsavel (e|eh) (o )?(meu|minha) (irmao|irma|pai|mae|marido|esposa|socio|socia|filho|filha)\b",
        # a kin's debt to be settled by the writer: "posso negociar a divida do meu filho? ele ta preso"
        r"\b(posso|quero|queria|gostaria de|preciso|vim|como faco para) (negociar|pagar|quitar|resolver|parcelar)"
        r" (a )?(divida|conta|debito|parcelas?) (do meu|da minha)"
        r" (filho|filha|mae|pai|marido|esposa|irmao|irma|neto|neta|avo|sogra|sogro)\b",
        # a relative or carer signing: "att, maria, filha da sra joana", "sou a cuidadora da dona alice"
        r"(^|\b(sou|aqui e|quem fala e|quem escreve e|att|atenciosamente|ass)\b)( (o|a))?( [a-z]+)? (filha|filho|neta"
        r"|neto|nora|genro|sobrinha|sobrinho|esposa|marido|irma|irmao|cuidadora|cuidador) (da|do) (sra|sr|senhora"
        r"|senhor|dona|dna|seu)\b",
        _DEAD_KIN_BILLED,
        # who is writing, told: "quem ta escrevendo e minha neta", "quem esta digitando e o vizinho dela" (not "quem
        # escreve e minha neta", which an older set labels a request for a person only)
        rf"\bquem (esta |ta )?(escrevendo|digitando|respondendo)\b( \w+){{0,2}}? e (o |a )?"
        rf"(minha |meu )?{_KIN}\b",
        # the collector sent to a relative, as a call's answer: "melhor voce falar com meu filho"
        r"\bmelhor (voce |o senhor |a senhora )?(falar|ligar|tratar|conversar) com (o |a )?(meu|minha) (filho|filha"
        r"|neto|neta|marido|esposa|esposo|mulher|irmao|irma|genro|nora|sobrinho|sobrinha)\b",
        _NOT_THIS_NUMBERS,
        # (family, not the writer's accountant or lawyer: they act for the writer, who still answers; not a relative
        # called and complained of: "parem de ligar pra minha mae", "nao liga pra minha mae")
        r"(?<!de )(?<!nao )\b(fala|fale|falem|pode falar|podem falar|liga|ligue|liguem|trata|tratem|trate) (com|para)"
        r" (o |a )?"
        r"(meu|minha) (mae|pai|filha|filho|esposa|esposo|marido|mulher|irma|irmao|tia|tio|avo|neta|neto|sobrinho"
        r"|sobrinha|nora|genro|cunhado|cunhada|sogro|sogra)\b",
        # a relative who received the collection: "minha avo recebeu essa mensagem e ficou nervosa", "meu pai atendeu
        # a ligacao de voces" (not one of their own: "minha vizinha recebeu a mesma cobranca")
        r"\b(minha|meu) (avo|mae|pai|tia|tio|sogra|sogro|esposa|marido|irma|irmao|filha|filho|neta|neto|vizinha"
        r"|vizinho|patroa|patrao)\b( \w+){0,2}? (recebeu|atendeu|leu|viu)\b"
        r"(?!( \w+){0,3}? (mesma|mesmo|igual|parecid[oa]|tambem)\b)( \w+){0,3}? (mensagem|mensagens|ligacao"
        r"|ligacoes|cobranca|cobrancas|carta|email|sms)\b(?! (de|do|da) (banco|salario|emprego|beneficio))",
        # someone working for the customer answering: "sou a baba das criancas, a patroa ta viajando"
        r"\b(sou|aqui e|quem fala e) (a |o )?(baba|empregada|diarista|faxineira|caseiro|caseira|cuidador|motorista"
        r"|secretaria|secretario|funcionari[oa]|porteiro|porteira|zelador|zeladora)\b.{0,60}\b(patroa|patrao|dona da"
        r" casa|dono da casa|ela|ele)\b(?!.{0,30}\b(me demitiu|me mandou embora|nao me pagou)\b)",
        # a parent of a minor answering: "eu sou a mae, ele tem 17 anos"
        r"\b(sou|aqui e|quem fala e) (a mae|o pai)( dele| dela)?\b.{0,40}\b((ele|ela) (tem|e) (menor|menor de idade"
        r"|([0-9]|1[0-7]) anos)|(meu filho|minha filha) (e|eh) menor)\b",
        # an institution's number answering: "aqui e da escola, esse numero e da secretaria"
        r"\b(aqui e|quem fala e|falo) (da|do) (escola|loja|clinica|consultorio|igreja|secretaria|prefeitura|escritorio"
        r"|hospital|oficina|farmacia|creche|associacao)\b",
        _KIN_WITHOUT_CAPACITY,
        # the writer reads or answers for a relative: "leio as mensagens pra minha mae", "minha avo nao sabe ler, eu
        # leio as mensagens pra ela" (not "eu leio as mensagens de voces com calma depois")
        rf"\b(leio|respondo|escrevo)( as| os)?( mensagens| msgs| recados| tudo| emails)?( de voces| de vcs)? (pra|para"
        rf"|pro|por|pelo|pela) (o |a )?(meu|minha) {_KIN}\b"
        rf"|\b(meu|minha) {_KIN}\b[^.?!]{{0,60}}\beu (que )?(leio|respondo|escrevo)\b( \w+){{0,4}}? (pra|para|por) (ela"
        rf"|ele)\b",
        rf"\b(sou|sou eu|aqui e|quem (ta |esta )?fala(ndo)? e|eu sou|aqui quem fala e)( o| a)? {_KIN}"
        r" (dele|dela|do|da)\b",
        rf"\b(meu|minha) {_KIN} (e|eh|era) (o|a) (titular|cliente|dono|dona|responsavel)\b"
        rf"|\b(o|a) (titular|cliente)\b.{{0,30}}\b(e|eh|era) (o |a )?(meu|minha) {_KIN}\b",
        rf"\b(em nome|no lugar) (do|da|de) (meu|minha) {_KIN}\b|\bfalo em nome (do|da|de)\b",
        rf"\b(a pessoa|a moca|o moco|o rapaz|a senhora|o senhor|o cliente|a cliente) que (voces|vcs) (procuram|estao"
        rf" procurando|querem)\b.{{0,20}}\b((meu|minha) {_KIN}|nao (trabalha|mora|esta|usa))\b"
        rf"|\b(meu|minha) {_KIN} (que |e quem )?(usa|tem|atende) (esse|este|essa|esta) (numero|celular|telefone"
        rf"|whatsapp|email|e mail|zap|chip|linha)\b"
        rf"|\bquem usava (esse|este) (numero|celular|telefone|whatsapp)\b",
        rf"\b(quem (ta |esta )?(falando|respondendo|responde|fala|escreve) (aqui )?e|aqui e)( o| a)? {_KIN}\b",
        # the message relayed: "eu repasso pra ela", "eu aviso ele que voces ligaram"
        r"\b(repasso|passo|aviso|mostro|entrego)( isso| a mensagem| o recado| o boleto)? (pra|para) (ela|ele)\b"
        r"|\beu aviso (ela|ele)\b|\b(passo|dou|deixo|levo) o recado\b"
        r"|\b(antigo|antiga|anterior) (dono|dona)\b|\b(dono|dona) anterior\b"
        r"|\b(quer|quiser|pode|gostaria de|deseja) deixar (um )?recado\b",
        # a call answered by kin, told first: "e a filha, minha mae ta dormindo", "e o sobrinho, ele ta trabalhando"
        rf"^((alo|oi|ola|bom dia|boa tarde|boa noite) )?(nao )?(e|eh)( o| a) {_KIN}\b(?! (que|da divida|do cartao))",
        # a business's number: "esse numero e de uma padaria", "esse telefone e de um salao de beleza"
        r"\b(esse|este|o) (numero|telefone|celular|whatsapp|zap|linha|fixo) (e|eh|pertence a|agora e) (de |da |do )?"
        r"(uma|um) (padaria|loja|empresa|escritorio|oficina|mercado|mercadinho|farmacia|clinica|salao|restaurante"
        r"|lanchonete|bar|igreja|escola|consultorio|academia|posto|borracharia|pizzaria|acougue)\b",
        # the number written to is a relative's: "esse numero e do meu marido", "o celular e da minha mae"
        rf"\b(esse|este|essa|esta|o|a) (numero|celular|telefone|whatsapp|zap|chip|linha|email|e mail) (e|eh|era"
        rf"|pertence|ta no nome|esta no nome) (do |da |de |ao |a )?(meu|minha) ((falecid\w*|finad\w*) )?"
        rf"({_KIN}|vovo)\b",
        # the one written to named as kin: "o Carlos e meu irmao", "ele e meu sobrinho"; a neighbour writing
        rf"^((alo|oi|ola|bom dia|boa tarde|boa noite|nao) )?(o|a) ((dona|seu|senhor|senhora|sr|sra|dr|dra) )?"
        rf"(?!(conta|divida|fatura|parcela|compra|cobranca|culpa)\b)"
        rf"\w+( \w+)? (e|eh) (o |a )?(meu|minha) {_KIN}\b|\b(ele|ela) (e|eh|era) (o |a )?(meu|minha) {_KIN}\b"
        # the name denied, then placed: "eu nao sou o paulo, o paulo e meu cunhado"
        rf"|\bnao sou (o|a) (?P<denied>\w+) (o|a) (?P=denied) (e|eh) (o |a )?(meu|minha) {_KIN}\b",
        _NEW_OWNER,
        r"\b(sou|aqui e|quem fala e)( o| a)? (vizinh\w*|cunhad\w*|sogr\w*|genro|nora|cuidador\w*|procurador\w*|tutor\w*"
        r"|curador\w*|viuv\w*"
        r"|sindico|sindica|porteiro|porteira|zelador\w*|recepcionista|secretario|secretaria)\b"
        r"|\baqui e (da|do) (portaria|recepcao|administracao|condominio|predio)\b"
        r"|\b(sou|aqui e) (do|da) (financeiro|contabilidade|rh|administrativo|juridico) (da|do) (empresa|firma|loja"
        r"|escritorio)\b|\b(sou|aqui e)( o| a)? assistente social\b"
        # "quem fala aqui e a assistente social do hospital", "aqui quem escreve e a cuidadora dele"
        r"|\bquem (escreve|fala|digita|responde|esta escrevendo|esta falando)( aqui)? e (o |a )?(assistente social"
        r"|cuidador|cuidadora|enfermeiro|enfermeira|acompanhante|curador|curadora|procurador|procuradora|tutor"
        r"|tutora)\b"
        r"|^(nao )?(e|eh) (o|a) (enfermeiro|enfermeira|cuidador|cuidadora|acompanhante|motorista|secretario|secretaria"
        r"|diarista) (dele|dela)\b",
        r"\b(sou|aqui e)( o| a)? (advogad[oa]|representante legal) (do|da|de)\b",
        # someone who works for the customer: "sou a diarista dela", "eu trabalho pra ele", "o Roberto e meu patrao"
        r"\b(sou|eu sou|aqui e)( o| a)? (motorista|empregado|empregada|diarista|funcionario|funcionaria|baba|caseiro"
        r"|caseira|secretario|secretaria|assistente|cozinheiro|cozinheira|jardineiro|jardineira|enfermeiro|enfermeira"
        r"|acompanhante) (dele|dela|do|da)\b"
        r"|\btrabalho (na casa|para|pra) (dele|dela|ele|ela)\b",
        r"\b(o|a) ((dona|seu|senhor|senhora|sr|sra|dr|dra) )?(?!(conta|divida|fatura|parcela|compra|cobranca|culpa"
        r"|problema)\b)\w+ (e|eh) (o |a )?(meu|minha) (patrao|patroa|chefe)\b",
        # an estate's administrator or lawyer, a relative under the writer's care, someone reading to the customer
        r"\binventariante\b|\b(advogad[oa]|advogados) (do|da|de) (espolio|inventario|heranca)\b",
        rf"\b(sou|eu sou|sou eu)( o| a)? (responsavel|cuidador\w*|curador\w*) (por ela|por ele|dela|dele|(pelo|pela|do"
        rf"|da) (meu|minha) {_KIN})\b|\b(quem responde|respondo|falo|escrevo|falando|escrevendo|respondendo) (por ela"
        rf"|por ele|(pelo|pela) (meu|minha)"
        rf" {_KIN})\b",
        # the relative who handles the money or sees to such things, and the collector sent to them: "minha esposa que
        # cuida das contas, fala com ela", "quem paga as contas e meu marido, liga pra ele", "essas coisas de banco quem
        # ve e o meu genro, trata com ele" (named alone, or with "fala comigo", the customer still answers)
        rf"\b((meu|minha) {_KIN} (que |e quem )?(cuida|cuidava|resolve|paga|administra)( \w+)? (das|as|da|de)"
        rf" (minhas )?(contas|financas|dividas|pagamentos)|quem (cuida|resolve|paga|administra) (das|as|da|de)"
        rf" (minhas )?(contas|financas|dividas|pagamentos)( aqui| em casa)? (e|eh) (o |a )?(meu|minha) {_KIN}"
        rf"|quem (cuida|resolve|ve|mexe|paga|administra|trata)\b( \w+){{0,4}}? (e|eh) (o |a )?(meu|minha) {_KIN})\b"
        r".{0,40}\b(fala|falem|fale|liga|liguem|ligue|procura|procurem|procure|trata|tratem|trate|conversa|conversem"
        r"|converse)( com| pra| para)? (ela|ele)\b",
        # a relative who pays it, to be spoken to: "minha filha ta pagando esse boleto pra mim, qualquer coisa fala com
        # ela"
        rf"\b(meu|minha) {_KIN} (ta|esta|que) (pagando|paga|vai pagar|cuida)\b.{{0,60}}\b(fala|falem|fale"
        r"|liga|liguem|ligue|procura|procurem|procure|conversa|conversem|converse)( com| pra| para)? (ela|ele)\b",
        # the writer handles another's money, or is the court-appointed curator: "quem cuida das contas dele sou eu",
        # "tenho a curatela da minha mae", "sou a curadora"
        r"\bquem (cuida|resolve|paga|administra) (das|as) (contas|financas|dividas|coisas) (dele|dela|do meu|da minha)"
        r"( \w+)? (sou eu|e eu)\b|\b(tenho|tenho a|estou com a) curatela\b|\b(sou|eu sou)( o| a)? (curador|curadora)\b",
        # a death told, then who answers: "ela faleceu semana passada ... eu sou a filha"
        r"\b(faleceu|morreu)\b.{0,80}\b(eu )?sou (o|a) (filho|filha|esposa|marido|viuva|viuvo|neto|neta|irmao|irma|mae"
        r"|pai|sobrinho|sobrinha|nora|genro)\b",
        # the holder told of, then who speaks: "a mae ta dormindo, ela ta de cama, sou a filha"
        r"\b(ela|ele|a mae|o pai|a avo|o avo)\b.{0,80}\bsou (o|a) (filho|filha|neto|neta|esposa|esposo"
        r"|marido|irma|irmao|sobrinho|sobrinha|nora|genro|cuidador|cuidadora)( dele| dela)?$",
        # the holder spoken of by name of office: "o titular encontra-se internado", "a titular nao pode atender"
        r"\b(o|a) titular (encontra se|se encontra|esta|nao (pode|podera|tem condicoes|consegue))\b",
        # a turn that begins "e o filho dele" ("é o filho dele, meu pai ta internado")
        rf"^(e|eh) (o|a) {_KIN} (dele|dela)\b",
        rf"\b(meu|minha) {_KIN}\b.{{0,30}}\b(le|lendo|leu|escreve|escrevendo|escreveu)( \w+){{0,2}} (pra|para) mim\b"
        rf"|\b(le|lendo|leu)( \w+){{0,2}} (pra|para) mim (e|eh) (o |a )?(meu|minha) {_KIN}\b",
        _NO_LONGER_THERE,
        # the money of a relative in the writer's care: "eu administro as financas da minha mae", "quem cuida das
        # contas do meu avo sou eu", "a minha avo e que e a titular, eu sou o neto"
        # (kin named: "pago as contas da minha casa" is the writer's own); another in charge: "minha cunhada esta
        # cuidando das contas da minha irma"
        rf"\b(cuido|administro|resolvo|pago|controlo|cuidando|administrando|resolvendo|controlando) (das|as) (contas"
        rf"|financas|dividas|coisas) (dele|dela|(do meu|da minha) {_KIN}|do seu|da dona|do senhor|da senhora)\b"
        rf"|\bquem (cuida|administra|resolve) (das|as) (contas|financas|dividas|coisas) (do meu|da minha) {_KIN}"
        rf"( \w+)? (sou eu|e eu)\b",
        rf"\b(meu|minha) {_KIN} (e que e|e quem e|que e|e) (o |a )?titular\b"
        rf"|\b(no nome|em nome) (do meu|da minha|do|da) {_KIN}\b.{{0,40}}\b{_WRITER_PAYS}\b|{_KINS_BILL_TAKEN_ON}"
        # a relative's debt to settle: "meu irmao ta preso e pediu pra eu negociar a divida dele"
        r"|\b(negociar|resolver|tratar|quitar|pagar) (a |essa |esta )?(divida|conta|pendencia|fatura) (dele|dela)\b"
        # the public services that follow a family: "sou da assistencia social do municipio, acompanho a familia"
        r"|\b(sou|aqui e|falo|escrevo) (da|do) (assistencia social|cras|creas|conselho tutelar|defensoria publica"
        r"|defensoria)\b|\bacompanho (a familia|o caso|a senhora|o senhor|a dona|o seu)\b"
        # a relative who handles such things: "minha esposa e quem resolve essas coisas, fala com ela"
        rf"|\b(meu|minha) {_KIN} (e quem|que|quem) (resolve|cuida|trata) (essas coisas?|dessas coisas?|disso|de tudo"
        rf"|tudo|isso)\b.{{0,40}}\b(fala|falem|fale|liga|liguem|ligue|procura|procurem|procure|conversa|conversem|converse)"
        rf"( com| pra| para)? (ela|ele)\b"
        # the customer moved out of the writer's home: "meu filho que usava esse numero, ele nao mora mais comigo"
        r"|\b(ele|ela) nao (mora|vive) mais (comigo|com a gente|aqui em casa)\b"
        # one who represents the customer, formally: "a defensoria publica, representando a assistida, requer"
        r"|\b(representando|em representacao d[oa]|na representacao d[oa]) (a |o )?(assistid[oa]|cliente|consumidor"
        r"|consumidora|devedor|devedora|constituinte|outorgante|requerente)\b"
        # asked by the customer to speak for them: "meu pai ta do meu lado, ele pediu pra eu negociar por ele"
        r"|\b(ele|ela|mae|pai|avo|tia|tio|marido|esposa|filho|filha|irma|irmao|sogra|sogro) (me )?pediu (pra|para)"
        r" (eu )?(negociar|resolver|falar|ver|tratar|responder|acertar)( isso)?"
        r" (por ele|por ela|para ele|para ela|em nome dele|em nome dela)\b"
        # a pastor, a priest, a volunteer helping: "to ajudando o irmao Jorge"
        r"|\b(sou|aqui e|quem fala e)( o| a)? (pastor|pastora|padre|missionario|missionaria|voluntario|voluntaria"
        r"|diacono|diaconisa|obreiro|obreira)\b.{0,80}\b(ajudando|ajudo|ajudar|cuidando|cuido)\b"
        r"|\b(ajudando|ajudo|ajudar) (o|a) (irmao|irma|dona|seu|senhor|senhora)\b"
        rf"|\bsou (o|a) {_KIN} (dela|dele|da titular|do titular|da cliente|do cliente|da senhora|do senhor|da dona"
        rf"|do seu)\b",
        # named, then the kin of a named elder: "sou a rosangela, filha da dona maria", "aqui e a marta, filha do seu
        # jose"
        rf"\b(sou|aqui e|quem fala e)( o| a)? \w+ {_KIN} (da dona|do seu|da senhora|do senhor|do titular|da titular"
        r"|do cliente|da cliente)\b",
        # one who acts for another, named: "aqui quem fala e o advogado da senhora marcia"; a kin, then who they
        # speak of: "eu sou o marido, ela esta de resguardo"; a message to be passed on: "posso dar o recado pro meu
        # irmao"
        r"\b(sou|aqui e|quem fala e)( o| a)? (advogado|advogada|procurador|procuradora|curador|curadora|tutor|tutora)"
        r" (da|do) (dona|seu|senhora|senhor|sr|sra)\b",
        rf"\bsou (o|a) {_KIN} (ele|ela) (esta|ta|nao|foi|saiu|viajou)\b",
        r"\b(posso|vou|eu) (passar|dar|levar) o recado\b",
        r"\b(sou|aqui e|quem fala e|eu sou)( o| a)? (interprete|tradutor|tradutora)\b",
        rf"\b(meu|minha) {_KIN} (que )?(esta|e quem esta) (escrevendo|digitando|respondendo|mandando)"
        r" (para|por) mim\b|\bna qualidade de (patrono|patrona|advogad\w*|procurador\w*|representante\w*)\b",
        # a business's auto-reply: "obrigado por entrar em contato com a padaria pao quente, nosso horario de
        # atendimento e das 7h as 19h"
        r"\bobrigad[oa] por (entrar em contato|sua mensagem|seu contato|contatar|escrever)\b.{0,120}\b(nosso|nossa)"
        r" (horario|equipe|atendimento|loja|empresa)\b",
        # a firm's number, said so ("esse e o celular da empresa", "o numero agora e da loja"; not "tenho o email da
        # loja", "o numero do meu trabalho")
        r"\b((e|eh) (o |a )(celular|numero|telefone|linha|whatsapp|email|e mail)|(celular|numero|telefone|linha"
        r"|whatsapp|email|e mail) (agora )?(e|eh|pertence))( agora)? (da|de uma|do|a|ao|a uma) (empresa|firma|loja"
        r"|escola|escritorio|clinica|hospital|consultorio|meu trabalho|trabalho|creche|igreja|condominio|portaria"
        r"|predio|colegio)\b",
    )),
}
# paid part, the rest later ("paguei so a metade, o restante no dia 20"): read across the clauses it spans
_PAID_IN_PART = (
    re.compile(r"\b(o resto|o restante|a segunda|a outra|as outras|a proxima|as proximas)\b"
               r".{0,240}((?<!esta )(?<!ja )(?<!foi )(?<!tambem )(?<!ja \w\w )(?<!ja \w\w\w )\bpago\b(?! tambem)"
               r"|\b(pagarei|vou pagar|vou atrasar|vai atrasar|vou ter que atrasar)\b)"),
    # other bills paid first, the creditor's put off: "paguei a luz e a agua, a de voces fica pro mes que vem" (not
    # "paguei a de voces junto com a de luz")
    re.compile(r"\bpaguei (so |primeiro |ja )?(a |o |as |os )?(conta |contas |boleto |fatura )?(de |da |do |das |dos )?"
               r"(luz|agua|aluguel|mercado|escola|condominio|internet|gas|telefone|faculdade|creche|energia|remedio"
               r"|remedios|farmacia)\b(?!.{0,80}\b(junto|tambem)\b).{0,120}\b(a|essa|esse|o|as|os) (de voces|de vcs"
               r"|sua|da loja)\b(?! (eu )?(ja |tambem )(paguei|quitei|foi paga|foi pago|esta paga|esta pago))"),
    re.compile(r"\bpaguei (so |somente |apenas )?(metade|a metade|parte|uma parte|um pouco|a primeira|uma parcela)\b"
               r".{0,240}\b(o resto|o restante|a outra|falta)\b"
               r"(?! (ja |tambem ){0,2}(esta |foi |ta |eu )?(pago|paga|quitado|quitada|paguei|quitei)\b)"),
)
# a date agreed to, in the clause after the agreement: "beleza, pago dia 10", "combinado entao, pago no dia 5"
_DATE_AGREED = (r"^(beleza|certo|combinado|fechado|pode deixar|tranquilo|tudo bem|ta bom|ta|sim)( entao)?"
                r" pago (dia|no dia)\b")
# a correction asked for, and the old data's use refused: "corrijam meu nome, nao autorizei usarem esse" (no fraud)
_CORRECTED = rf"\b{_CORRECTION}\b.{{0,60}}\bnao autoriz\w*\b"
# exceptions read across the clauses they span: paid in part with the rest to come, a cancellation and its proof,
# a date agreed to, a correction
_ACROSS_CLAUSES = {"already_paid": (*_PAID_IN_PART, re.compile(_CANCELLED_WITH_PROOF), re.compile(_DATE_AGREED)),
                   "fraud": (re.compile(_CORRECTED),
                             # a robbery with nothing done in one's name: "fui roubado na loja e levaram o caixa" (a
                             # reason, not a fraud: "fui assaltado, levaram o cartao e fizeram compras" is one)
                             re.compile(r"\b(fui|fomos) (roubad[oa]s?|assaltad[oa]s?)\b.{0,60}\blevaram (o |a |os |as "
                                        r"|meu |minha )?(dinheiro|caixa|bolsa|carteira|mercadoria|mercadorias)\b"
                                        r"(?!.{0,80}\b(fizeram|compraram|usaram|pediram|emprestimo|compras|cartao"
                                        r"|pix)\b)")),
                   # "ta no nome da minha mae mas quem mora aqui sou eu, posso negociar?"
                   "not_mine": (re.compile(_KINS_BILL_TAKEN_ON),
                                # a card not asked for and used: "nao fui eu que pedi o cartao, mas usei, vou pagar"
                                re.compile(r"\bnao fui eu que (pedi|solicitei|fiz|contratei)( \w+){0,3}? mas (eu )?"
                                           r"(usei|gastei|comprei)\b"))}
# someone of the customer's own who will not stop calling or writing: no anger at the collector, no channel refused
THEIR_OWN_WONT_STOP = (r"\b(?:meu|minha) (?:ex|ex marido|ex mulher|ex namorad[oa]|chefe|patrao|patroa|sogr[oa]"
                       r"|cunhad[oa]|vizinh[oa]|irma|irmao|mae|pai|filh[oa]|marido|esposa|mulher|namorad[oa])"
                       r"(?: \w+){0,2}? nao (?:para|parou) de (?:me )?(?:ligar|mandar|encher|perturbar)\b")

# What tells a flag's words apart from their use in another sense.
FLAG_EXCEPTIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    "not_mine": (  # someone else's name on it, and the writer pays it: no dispute; a boleto asked for a firm
        re.compile(_DETAIL_WRONG),  # a correction asked: "meu cpf ta errado no cadastro"
        # a card blocked by mistake, no debt denied: "o banco bloqueou meu cartao por engano"
        re.compile(r"\b(bloqueou|bloquearam|bloqueado|bloqueada)( \w+){0,3}? por engano\b"),
        re.compile(rf"\b{_WRITER_PAYS}\b"),
        *_ACROSS_CLAUSES["not_mine"],
        # the debt not denied: "nao e que eu nao reconheca a divida", "nao to dizendo que nao devo"
        re.compile(r"\bnao (e|eh) que (eu )?nao (reconheca|reconheco|deva|devo|conheca|conheco)\b"
                   r"|\bnao (estou|to) (dizendo|falando) que nao (devo|reconheco|comprei|fiz)\b"
                   r"|\b(nao|nunca) (disse|falei|neguei)( \w+){0,2}? que nao (devo|reconheco|comprei|fiz)\b"
                   # "nunca falei que essa divida nao e minha", "nao disse que a conta nao era minha"
                   r"|\b(nao|nunca) (disse|falei|escrevi|afirmei)( \w+){0,2}? que (essa |esse |a |o )?(divida|conta"
                   r"|debito|compra|contrato|cartao|fatura) nao (e|era|eh|fosse) (minha|meu)\b"),
        # the writer's own slip: "digitei o valor errado no pix", "transferi pra conta errada sem querer"
        re.compile(r"\b(digitei|coloquei|botei|mandei|transferi|paguei|fiz o pix com) (o )?valor errado\b"),
        re.compile(_WRONG_ACCOUNT),
        re.compile(r"\b(preciso|quero|queria|emite|emitir|gera|gerar|manda|mandar)( do| o| a| os| as)? (boleto|nota"
                   r"|nota fiscal|fatura) (no|pelo|em nome do) cnpj\b"),
    ),
    "wants_human": (
        re.compile(r"\b(ouvi|ouviu|ouvimos|ouvir) falar\b"),  # heard of: "nunca ouvi falar dessa loja"
        re.compile(r"\bpessoalmente (pagar|entregar|levar|assinar)\b|\b(pagar|pago|pagarei) (ai |la )?pessoalmente\b"),
        re.compile(r"(?<!disse que eu )(?<!disse que )\bnao (precisa|preciso|quero|queria)( de| falar com"
                   r"| conversar com| que)? (um |uma |o |a )?"
                   r"(atendente|ninguem|alguem|ligacao|me ligar|pessoa|atendimento|humano)"),
        re.compile(r"\bnao precisa me ligar\b"),
        # sent to the wrong one: "voces tao mandando pra pessoa errada", "ligando essas cobrancas pra pessoa errada"
        re.compile(r"\b(mand|envi|lig|cobr)\w*( \w+){0,2}? (pra|para|pro|a|ao) (a |uma |o )?pessoa errada\b"),
        re.compile(r"\bnao (tenho interesse|faco questao|tenho tempo|tenho paciencia) (em |de |para )?"
                   r"(falar|conversar)"),
        re.compile(r"\bnao (pode|podem|consegue|conseguem) me (ligar|liga|ligue|telefonar)\b"),
        # (not the one asked for: "posso conversar com o atendente que me atendeu ontem?")
        re.compile(r"(?<!\bcom )\b(o|a) (atendente|pessoa) (de ontem|que me atendeu|me ajudou|resolveu|foi)"),
        # the one an agreement was made with: "ja fiz acordo com outro atendente", "combinei com a atendente"
        re.compile(r"\b(fiz|fechei|negociei|combinei|acertei|renegociei)( \w+){0,2}? com (o |a |um |uma |outro |outra "
                   r"|seu |sua )?(atendente|consultor\w*|funcionari\w*|operador\w*|gerente|moca|rapaz)\b"),
        re.compile(r"\b(que|o que) (o|a) (atendente|consultor\w*|funcionari\w*|gerente|operador\w*) (me )?(passou"
                   r"|informou|indicou|mandou|deu|disse|falou)\b"),
    ),
    "already_paid": (
        # a payment denied having been claimed: "eu nao disse que ja paguei", "nunca disse que tinha pago"
        re.compile(r"\b(nao|nunca) (disse|falei|escrevi|afirmei)( \w+){0,2}? que (eu )?(ja )?(tinha |tivesse |havia )?"
                   r"(pago|paguei|quitado|quitei)\b"),
        # a payment in a condition never met: "se eu tivesse dinheiro ja tinha pago"
        re.compile(r"\bse (eu )?(tivesse|tivera)\b.{0,40}\b(ja )?(tinha|teria) (pago|pagado|quitado)\b"),
        re.compile(_WRONG_ACCOUNT),  # "depositei na conta errada": the money never reached the creditor
        # the deduction stopped, or taken without consent: no payment claimed ("parou de descontar do meu salario")
        re.compile(r"\b(desconto|descontos)( em folha)? (parou|parado|parada|suspenso|cortado)\b"
                   r"|\bparou de descontar\b"
                   r"|\b(descontaram|descontando|descontou)\b.{0,60}\bsem ((minha )?(autorizacao|permissao)"
                   r"|(eu )?(pedir|autorizar|saber))\b"),
        # a habit, not a payment: "so pago em loterica", "sempre pago pelo app"
        re.compile(r"\b(so|sempre) pago (em|na|no|pela|pelo|por|com)\b"
                   r"|\b(e|eu|ainda|tambem) pago (o |a |os |as )?(aluguel|luz|agua|escola|faculdade|pensao|condominio"
                   r"|contas|remedio|remedios)\b"),  # (other bills: "ainda pago aluguel")
        # (not "mas essa divida eu ja paguei": a claim after a "but")
        # a charge to come, asked about, with no payment told: "voces vao cobrar duas vezes se eu atrasar?"
        re.compile(r"^(?!.{0,240}\b(paguei|quitei|pago|paga|pagamos|comprovante)\b).{0,240}?\b(vao|vai|irao|ira) (me )?"
                   r"(cobrar|descontar|debitar)\b"),
        # a payment only scheduled, or not known to have gone: "apareceu pagamento agendado, nao sei se saiu"
        re.compile(r"\bnao sei se (saiu|caiu|foi pago|passou|compensou|deu certo)\b|\b(apareceu|ficou|esta) (como )?"
                   r"(pagamento )?agendado\b"),
        # (not "falta de pagamento", the charge's reason quoted: "cancelaram por falta de pagamento mas eu paguei")
        re.compile(r"\b(quase paguei|falta(?! de pagamento)|faltam|faltou|faltaram"
                   r"|(mas essa|mas esse)(?!( \w+){0,5}? (paguei|quitei)\b)|outras vezes|ainda nao paguei|nao paguei"
                   r"|nao consegui pagar|outras contas|outras parcelas|essa ainda nao|esta ainda nao)\b"),
        # some of the instalments: "ja paguei 6 das 10 parcelas", "paguei seis das dez prestacoes" (not "10 das 10")
        re.compile(rf"\bpaguei (?P<paid>{_COUNT}) (?:das|de) (?!(?P=paid)\b)(?:{_COUNT}) (?:parcelas|prestacoes"
                   rf"|mensalidades)\b|\bpaguei (?P<some>{_COUNT}) (?:parcelas|prestacoes|mensalidades) (?:das|de)"
                   rf" (?!(?P=some)\b)(?:{_COUNT})\b(?! reais)"),
        re.compile(rf"\b{_FUTURE}\b.{{0,240}}\b(pagar|pago)\b.{{0,240}}\b(comprovante|recibo)\b"),
        # paid part, the rest later: no claim that the debt is settled; the proof is a cancellation's
        *_ACROSS_CLAUSES["already_paid"],
        # the money not gone ("o salario nao caiu"), unless a payment made or scheduled was told before it ("paguei
        # a fatura na segunda e ate agora nao caiu")
        re.compile(rf"^(?!.{{0,240}}\b(paguei|{_SCHEDULED}|{_SENT})\b.{{0,80}}\b(nao|ainda nao) (caiu|compensou)\b)"
                   r".{0,240}?((?<!dizem que )(?<!diz que )(?<!fala que )(?<!falam que )(?<!alegam que )"
                   r"(?<!disseram que )"
                   r"\b(nao|ainda nao|nunca) (descontou|caiu|debitou|passou|pagou|quitou|compensou|foi compensad\w*)\b"
                   r"|\b(quem|se|sera que|ja) (pagou|quitou)\b.{0,40}\?)"),
        re.compile(r"\b(nao sei|nao lembro|nao me lembro|sera|verificar|ver) se (ja )?(paguei|foi pago|esta pago)\b"),
        # one month paid, another owed and owned up to: "marco ta pago, o que devo e abril", "junho eu reconheco"
        re.compile(r"\bo que (ainda )?(ficou|esta|ta|continua|ficaram) (em )?(aberto|pendente)\b"
                   r"|\bo que (eu )?(devo|estou devendo|to devendo) (e|eh|foi|sao)\b"
                   r"|\b(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
                   r" eu (reconheco|devo|nao paguei)\b"),
        # "recebo sexta e pago tudo": "and I pay", not "it is paid"
        re.compile(r"\be pago (tudo|o|a|os|as|essa|esse|isso|logo|certinho|sem falta|direitinho|quando|assim que|depois"
                   r"|amanha|semana|mes|dia)\b(?! (todo mes|todos os meses|em dia|sempre)\b)|\b(e|eu) pago$"),
        # a payment promised on a condition: "se tiver desconto ja pago hoje", "se aceitarem, ja pago amanha"
        re.compile(r"\bse (for|der|tiver|aceitarem|aceitar|aprovarem|fizerem|derem)\b.{0,40}\bja pago\b"),
        # a company closed, not a bill: "dei baixa no cnpj"
        re.compile(r"\bbaixa (no|na|do|da) (cnpj|empresa|firma|mei|carteira)\b"),
        # "eu pago dia 20", "recebo dia 10 e pago dia 11": a date to come
        re.compile(r"\b(eu|que) pago (dia|no dia)\b|\b(recebo|recebi|cai|caiu)\b.{0,40}\bpago (dia|no dia)\b"),
        # a date set by the money to come: "pago dia 5 quando cair o salario"
        re.compile(r"\bpago (dia|no dia) \w+ (quando|assim que|depois que|logo que) (\w+ )?(cair|receber|sair|entrar"
                   r"|pingar|vier|tiver|chegar|depositarem|pagarem)\b"),
        # "ja pago amanha": the present tense of a payment still to come
        re.compile(r"\bpago\b.{0,30}\b(semana que vem|mes que vem|amanha|depois|na (segunda|terca|quarta|quinta|sexta)"
                   r"|no (sabado|domingo)|sem falta)\b"
                   r"|\b(semana que vem|mes que vem|amanha|volto|quando)\b.{0,40}\bpago\b"),
    ),
    "aggression": (
        re.compile(THEIR_OWN_WONT_STOP),  # "meu ex nao para de me mandar mensagem"
        # fees called abusive and asked off, the Central Bank's limit: a dispute, not hostility ("tirem os juros
        # abusivos", "acima do que o banco central permite")
        re.compile(_ABUSIVE_FEES_ASKED_OFF),
        re.compile(r"\bque o banco central (permite|autoriza|determina|estabelece)\b"),
        # a complaint ruled out or set aside: "nao vou no procon nao, so quero resolver", "ja pensei em ir no procon mas
        # prefiro negociar" (not when another is threatened: "nao vou no procon, vou direto no juizado")
        re.compile(r"\bnao (vou|quero|pretendo) (ir |reclamar |recorrer )?(no|ao|pro|para o) (procon|reclame aqui)\b"
                   r"(?!.{0,80}\b(juizado|justica|advogad\w*|process\w*|denunci\w*|policia|delegacia)\b)"
                   r"|\b(pensei|pensando|cheguei a pensar) em (ir|reclamar|recorrer|denunciar)( no| ao| pro)? (procon"
                   r"|reclame aqui)\b( \w+){0,3}? mas (prefiro|quero|vou) (negociar|resolver|pagar|acertar)\b"),
        # a right denied that is not hostility: "voces nao tem o direito de saber onde eu trabalho"
        re.compile(r"\b(voces|voce) nao tem o direito de (saber|ter|usar|guardar|expor|passar|compartilhar"
                   r"|divulgar)\b"),
        # thieves who did something, not an insult: "os ladroes levaram meu cartao e compraram um celular"
        re.compile(r"\bos (ladroes|bandidos|assaltantes)\b( \w+)? (levaram|roubaram|usaram|pegaram|fizeram"
                   r"|transferiram|sacaram|compraram)\b"),
        re.compile(r"\bnao (vou|quero|pretendo|penso em) (processar|denunciar|reclamar|entrar na justica|"
                   r"ir ao procon|ir no procon)\b"),
        # complaints read, not made: "vi no reclame aqui que voces resolvem rapido"
        re.compile(r"\b(vi|li|vimos|lemos|olhei|pesquisei|procurei|achei)\b( \w+){0,2}? no (reclame aqui|procon"
                   r"|consumidor gov\w*)\b"),
        # the Procon cited for what it said, not a threat: "o procon me orientou a pedir o contrato"
        re.compile(r"\b(procon|consumidor gov\w*|defensoria)\b( \w+){0,2}? (falou|falaram|disse|disseram|informou"
                   r"|informaram|orientou|orientaram|explicou|explicaram|confirmou|confirmaram)\b"),
        # the Procon as where a case was settled, not a threat: "acordo no procon", "cancelado pelo procon em audiencia"
        re.compile(r"\b(acordo|audiencia|cancelad\w*|resolvid\w*|decisao|contestad\w*|ganhei|venci)\b.{0,20}\b(no|pelo"
                   r"|do|junto ao) procon\b|\bprocon\b.{0,20}\b(ganhei|venci|deu ganho)\b"),
        # fear of being sued, not a threat: "se eu nao pagar hoje voces vao me processar?"
        re.compile(r"\b(vao|vai|podem|pode|irao) me (processar|colocar na justica|levar a justica)\b"),
        # a right claimed, not a threat: "voces nao tem o direito de expor minha divida"
        re.compile(r"\bnao (tem|tem o|podem) (o )?direito de (expor|divulgar|contar|falar|espalhar)\b"),
        # a case won, not a threat: "essa cobranca ja foi julgada, ganhei a acao no juizado"
        re.compile(r"\b(ganhei|venci|ganhamos|vencemos)\b.{0,20}\b(acao|processo|causa)\b|\b(acao|processo|causa"
                   r"|cobranca|divida)\b.{0,20}\b(julgada|julgado|transitou em julgado)\b"),
        # a lawsuit as a fact a lawyer reports, not a threat: "o debito e objeto de acao judicial"
        re.compile(r"\bobjeto de (uma )?(acao|processo|demanda)( judicial)?\b"),
    ),
    "third_party": (  # a number of the writer's own asked about: "onde voces arranjaram o numero do meu trabalho?"
        re.compile(r"\b(como|onde|de onde|quem)\b.{0,40}\b(conseguiu|conseguiram|pegou|pegaram|arrumou|arrumaram"
                   r"|arranjou|arranjaram|tiraram|acharam)\b.{0,20}\b(o )?(numero|telefone|celular|email|contato)"
                   r" (do|da) (meu|minha) (trabalho|servico|empresa|casa)\b"),
    ),
    "distress": (  # a depression or despair denied: "nao estou deprimido nem nada", "nao to desesperada nao"
        re.compile(r"\bnao (estou|to|sou|ando) (deprimido|deprimida|depressivo|depressiva|desesperado|desesperada)\b"
                   r"|\bnao (estou|to) com depressao\b"),
        # impatience, not despair: "nao aguento mais esperar esse boleto", "a ansiedade pra pagar logo e grande"
        re.compile(r"\bnao aguento mais esperar (o|a|esse|essa|pelo|pela|por|ele|ela)\b"
                   r"|\bansiedade (pra|para|de) (pagar|quitar|resolver)\b"),
        # figures of speech: "quero sumir com essa divida da minha vida", "vou me matar de trabalhar pra pagar"
        re.compile(r"\b(quero|queria) sumir com (essa|esta|a|essas|estas|as) (divida|dividas|conta|contas|pendencia"
                   r"|pendencias)\b|\bme (matar|mato) de (trabalhar|trabalho|rir|estudar|vergonha|cansaco)\b"),
    ),
    "fraud": (
        re.compile(r"\bgolpe de (sorte|mestre|vista|ar|sorte grande)\b"),  # a stroke of luck, no scam
        re.compile(rf"\b{_USE_NOT_ALLOWED}"),  # a detail's use not consented to: a question of data, no fraud
        # a scam denied: "ninguem clonou nada, eu so esqueci", "nao roubaram meu cartao nao, fui eu que gastei"
        re.compile(r"\b(ninguem|nao) (clonou|clonaram|roubou|roubaram|hackeou|hackearam|invadiu|invadiram)( \w+){0,2}?"
                   r" (nada|nao)\b"),
        # a warning passed on: "encaminhada: cuidado com golpes! nunca pague boletos sem confirmar"
        re.compile(r"\bcuidado com (o |os |esse |esses |este |estes )?(golpe\w*|fraude\w*|golpista\w*)\b"),
        # a scam to be kept off: "como faco pra nao cair em golpe de boleto falso?"
        re.compile(r"\b(nao cair|evitar|me proteger|se proteger|me prevenir)\b( \w+){0,2}? (golpe\w*|fraude\w*"
                   r"|boleto falso|boletos falsos)\b"),
        # a child's purchase, in a game or not: "foi meu filho de 12 anos no jogo do celular, eu nao autorizei"
        re.compile(r"\b(filho|filha|neto|neta|sobrinho|sobrinha) (de |com )?([1-9]|1[0-7]) anos\b"
                   r"|\bcompras? (no|num|dentro do) (jogo|game)\b|\b(no|num) (jogo|game) d[oe] (celular|tablet)\b"),
        re.compile(r"\bnao autoriz\w* (o )?(uso|tratamento|compartilhamento) (dos|de) (meus )?dados\b"
                   # "nao autorizei voces a guardar meus dados"
                   r"|\bnao autoriz\w* (voces |a empresa |ninguem )?(a )?(guardar|guardarem|usar|usarem|tratar|tratarem"
                   r"|manter|manterem|armazenar|armazenarem|compartilhar|compartilharem)( \w+)? (meus|minhas) (dados"
                   r"|informacoes)\b"),
        # a contact not allowed, no stranger's use: "nao autorizo voces falarem com a minha familia"
        re.compile(r"\bnao autoriz\w* (voces |que voces |ninguem )?(a )?(falar|falarem|falem|ligar|ligarem|liguem"
                   r"|contar|contarem|procurar|procurarem|contatar|contatarem|mandar|mandarem)\b"),
        re.compile(_UNASKED_EXTRA),
        # a fake boleto feared, not known: "se eu paguei boleto falso vou ficar louca", "sera que paguei um boleto
        # falso?"
        re.compile(r"\b(se|sera que) (eu )?(paguei|cai em|cai no|cai num) (um |uma |o |no |num )?(boleto falso"
                   r"|golpe)\b"),
        # a scam not claimed: "nao to dizendo que e golpe, mas o valor veio estranho"
        re.compile(r"\bnao (estou|to) (dizendo|falando|afirmando) que (e|eh|seja|foi) (um |uma )?(golpe|fraude)\b"),
        re.compile(r"\b(empresa|bando|corja|cambada|quadrilha) de golpista\w*\b"),  # an insult, not a claim
        re.compile(_SWINDLERS_CALLED),
        re.compile(_FEES_CALLED_ROBBERY),
        # the company's use of the data questioned: "com base em que voces estao usando meus dados?"
        re.compile(r"\b(com base em que|com que base|base legal|com que direito)\b.{0,40}\b(usando|usam|usar|tratam"
                   r"|tratando|tratarem|guardam|utilizam|utilizando)\b"),
        # where the data came from, asked: a request about data, not a scam ("de onde voces pegaram meus dados?")
        re.compile(r"\b(de onde|como|onde|quem)\b.{0,20}\b(tiraram|pegaram|conseguiram|arrumaram|acharam)\b.{0,10}"
                   r"\b(meus dados|meu numero|meu telefone|meu cpf|meu contato)\b(?!.{0,60}\b(emprestimo|cartao|compra"
                   r"|compras|conta|crediario|financiamento|pix)\b)"),
        *_ACROSS_CLAUSES["fraud"],
        # a vehicle stolen, its financing still owed (the insurer's matter, no fraud on the debt): "minha moto foi
        # roubada, to esperando o seguro" (not when the thieves used what they took: a loan, a card, an account)
        re.compile(rf"\b(carro|moto|veiculo|caminhao|caminhonete|van|bicicleta)( \w+)? (foi |tinha sido )?(roubad[oa]"
                   rf"|furtad[oa])\b{_THEFT_UNUSED}|\b(roubaram|furtaram) (o |a |meu |minha )(carro|moto|veiculo"
                   rf"|caminhao)\b{_THEFT_UNUSED}"),
        # a phone stolen, its instalments still owed: "esse celular foi roubado no mesmo dia, fiz boletim" (not when
        # the thieves used it, before or after: "meu celular foi roubado e entraram no app do banco")
        re.compile(r"^(?!.{0,300}\b(fizeram|usaram|entraram|acessaram|abriram|sacaram|transferiram|clonaram|invadiram"
                   r"|pegaram|emprestimo|cartao|compra|compras|conta|pix|banco|app|aplicativo|nome|golpe\w*|whatsapp"
                   r"|dados|documentos)\b).{0,200}?\b(celular|aparelho|telefone|smartphone|iphone)( \w+)? (foi |tinha "
                   r"sido )?(roubad[oa]|furtad[oa])\b|^(?!.{0,300}\b(fizeram|usaram|entraram|emprestimo|cartao|compra"
                   r"|compras|conta|pix|banco|app|nome|golpe\w*)\b).{0,200}?\b(roubaram|furtaram) (o |meu )(celular"
                   r"|aparelho|telefone|smartphone|iphone)\b"),
        # the caller doubted, not the debt: "voces nao sao da empresa, isso e golpe"
        re.compile(r"\b(voces|vcs|voce|vc) nao (sao|e|eh) (da|do) (empresa|banco|loja|financeira)\b"),
        re.compile(r"\b(medo de|e seguro|nao e golpe|nao quero (ser|cair)|sera que e|confirmando|de voces mesmo"
                   r"|quase (paguei|pagava|cai|caio|caindo))\b"),
        # is this message a scam? a question about the contact, not a claim about the debt
        re.compile(r"\b(mensagem|link|sms|boleto|email|site|numero|ligacao|contato|cobranca) (de voces |de voce )?"
                   r"(e|eh|seria|sera) (um )?golpe\b|\bgolpe ou (e )?(verdade|real|verdadeir\w*|de verdade)\b"),
    ),
}

_REPEATS = re.compile(r"(.)\1{2,}")
_BO = re.compile(r"\bb\.\s?o\b\.?")
_WORD = re.compile(r"[a-z0-9]+")
# written noise: letters swapped for look-alike symbols ("l@droes", "vc$", "g0lpe"), and words spelt out letter by
# letter ("n a o  e  m e u": three or more single letters in a row, words apart by two spaces)
_LOOK_ALIKES = {"@": "a", "$": "s", "0": "o", "1": "i", "3": "e", "4": "a"}
_LEET = re.compile(r"(?<=[a-z])[@$0134](?=[a-z])|(?<=[a-z]{2})[@$](?![a-z0-9])|(?<![a-z0-9])[@$0134](?=[a-z]{2})")
_SPELT_OUT = re.compile(r"(?<![a-z0-9])[a-z](?: {1,3}[a-z])+(?![a-z0-9])")


def _spelt_words(run: re.Match) -> str:
    """A run of single letters read as the words it spells (two or more spaces apart), once it has three letters;
    not a run of one-letter words and shortenings that spells nothing ("uma divida q n e minha": que nao e)."""
    letters = run.group()
    if len(letters.replace(" ", "")) < 3:
        return letters
    if not _WORDS:
        _load_vocabulary()
    words = [part.replace(" ", "") for part in re.split(r" {2,}", letters)]
    return " ".join(word if _known(word) or not set(word) <= _LETTER_WORDS else " ".join(word) for word in words)
HASH_BUCKETS = 1 << 20


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=64)  # a message is read for its words, flags and refusals in turn: normalised once
def normalise(text: str) -> str:
    """Lower case, no accents, abbreviations expanded, emphatic repeats collapsed ("simmm" -> "sim"), look-alike
    symbols read as letters and words spelt out letter by letter read as words.

    >>> normalise("vc$ são uns l@drões!!"), normalise("N Ã O  É  M E U"), normalise("naum devo nd, jah paguei")
    ('voces sao uns ladroes', 'nao e meu', 'nao devo nada ja paguei')
    >>> normalise("o patrão num pagou"), normalise("num banco que eu nunca fui")
    ('o patrao nao pagou', 'num banco que eu nunca fui')
    """
    lowered = _BO.sub(" boletim de ocorrencia ", text.lower())
    for emoji, word in EMOJI_WORDS.items():
        if emoji in lowered:
            lowered = lowered.replace(emoji, f" {word} ")
    plain = _LEET.sub(lambda m: _LOOK_ALIKES[m.group()], strip_accents(lowered))
    plain = _SPELT_OUT.sub(_spelt_words, plain)
    words = [ABBREVIATIONS.get(w, w) for w in repair(_WORD.findall(_REPEATS.sub(r"\1", plain)))]
    for at in range(len(words) - 1):  # "num" as said for "nao" before a verb ("o patrao num pagou"), not "num banco"
        if words[at] == "num" and words[at + 1] in _AFTER_NUM:
            words[at] = "nao"
    return " ".join(words)


# the verbs "num" negates as said ("num sei", "num pagou", "num tenho"); before anything else it is "em um"
_AFTER_NUM = frozenset(("pagou", "paguei", "pago", "pagar", "pagaram", "tenho", "tem", "sei", "consigo", "posso",
                        "quero", "vou", "manda", "mande", "mandem", "liga", "ligue", "liguem", "devo", "fiz", "foi",
                        "e", "era", "sou", "reconheco", "conheco", "aguento", "da", "dou", "recebi", "recebo",
                        "comprei", "contratei", "pedi", "assinei", "uso", "atendo", "gosto", "aceito", "quer",
                        "precisa", "fui", "autorizei", "lembro", "entendo", "sabia"))


def tokens(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in STOPWORDS and len(w) > 1]


def hashed(words: list[str]) -> list[int]:
    """Stable hashed word ids (CRC32 modulo 2**20): what the profile keeps instead of the text."""
    return [zlib.crc32(w.encode()) % HASH_BUCKETS for w in words]


def _vocabulary(extra: tuple[re.Pattern, ...] = ()) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words and stems the flag patterns (and ``extra`` ones) are written in: what a typo is repaired toward."""
    sources = [p.pattern.replace("\\b", " ") for patterns in (*FLAG_PATTERNS.values(), *FLAG_EXCEPTIONS.values(),
                                                               extra) for p in patterns]  # fmt: skip
    # (a word boundary is no letter of the words beside it)
    # (nor is a stem before a character class: "vedad[oa]" taught it "vedad", and "vedado" became "vedad o")
    words = {w for source in sources for w in re.findall(r"(?<![\\a-z\[])[a-z]{2,}(?![a-z\\\]\[])", source)}
    stems = {w for source in sources for w in re.findall(r"(?<![\\a-z])([a-z]{6,})\\w\*", source)}
    known = words | set(ABBREVIATIONS) | {w for v in ABBREVIATIONS.values() for w in v.split()} | STOPWORDS
    return frozenset(known), tuple(sorted(stems))


def _known(word: str) -> bool:
    return word in _WORDS or word.startswith(_STEMS)


COMMON_WORD_COUNT = 100  # seen this often in pyspellchecker's Portuguese subtitles: a real word, not a typo


@functools.cache
def portuguese_words() -> frozenset[str]:
    """Common Portuguese words, accents dropped: what the typo repair never touches.

    The repair knows only the lexicon's own words, so a real word it did not know looked like a typo:
    "boa tarde" became "bo a tarde", read as a police report (fraud). The list is pyspellchecker's
    word frequencies (its data file, read with orjson: 0.1 s, against 2 s through its API).
    """
    data = (resources.files("spellchecker") / "resources" / "pt.json.gz").read_bytes()
    counts = orjson.loads(gzip.decompress(data))
    return frozenset(strip_accents(w) for w, n in counts.items() if n >= COMMON_WORD_COUNT)


def _word(word: str) -> bool:
    """A word to leave as it is: the lexicon's, or a common Portuguese one."""
    return _known(word) or word in portuguese_words()


def repair(words: list[str]) -> list[str]:
    """Undo the commonest phone typo, two neighbouring keys swapped, toward the lexicon's own words.

    A swap inside a word ("contrtaei", "pvf"), a space swapped with a letter ("nadac om", "nuncaf iz",
    "quero  osupervisor") are repaired only when the result is made of known words and the original
    was not: neither the lexicon's nor a common Portuguese word (:func:`portuguese_words`: "boa tarde"
    stays). "ano" becomes "nao" unless it reads as a year, and "em" "me" before a verb of contact
    (:func:`_in_context`).

    >>> " ".join(repair("nao tenho nadac om vcs nuncaf iz isso contrtaei pvf quero  osupervisor".split()))
    'nao tenho nada com vcs nunca fiz isso contratei pfv quero o supervisor'
    >>> " ".join(repair("boa tarde paguei metade".split()))
    'boa tarde paguei metade'
    >>> " ".join(repair("ano fui eu faz um ano parem de em ligar em casa".split()))
    'nao fui eu faz um ano parem de me ligar em casa'
    >>> " ".join(repair("nao tenho anda com voces".split()))
    'nao tenho nada com voces'
    >>> " ".join(repair("fiz o pagamentos emana passada n ao devo faz um ano".split()))
    'fiz o pagamento semana passada nao devo faz um ano'
    >>> " ".join(repair("minha neta ta escreveno pra mim mano".split()))
    'minha neta ta escrevendo pra mim mano'
    """
    if not _WORDS:
        _load_vocabulary()
    out = list(words)
    i = 0
    while i < len(out) - 1:  # a space swapped with a letter: "nadac om", "um apessoa", "f alta"
        a, b = out[i], out[i + 1]
        if not (_known(a) and _known(b)) or len(a) == 1:
            mended = _mended(a, b, out[i + 2] if i + 2 < len(out) else "")
            out[i : i + 2] = mended
            if len(mended) == 1:  # glued into one word: look at it with its next neighbour
                continue
        i += 1
    # then two letters swapped inside a word ("contrtaei"): after the spaces, so "atendenter eal" is
    # "atendente real", not "atendenter ela"
    out = [_swapped(word) if len(word) >= 3 and not _word(word) else word for word in out]
    # spelt as said, a final "e" as "i" and "o" as "u" ("atendenti", "humanu"): toward a known word
    out = [_as_written(word) if len(word) >= 3 and not _whole_word(word) else word
           for word in out]  # (a word known by a stem only, "atendenti" by "atendent", is spelt so too)
    # a gerund as said, its "d" dropped ("escreveno", "esperano", "pagano"): toward the whole word
    out = [_said_gerund(word) if len(word) >= 6 and not _whole_word(word) else word for word in out]
    glued: list[str] = []
    for word in out:  # a one-letter word glued on: "osupervisor", "mimq"
        if len(word) >= 3 and not _word(word) and word[0] in _LETTER_WORDS and _known(word[1:]):
            glued += [word[0], word[1:]]
        elif len(word) >= 3 and not _word(word) and word[-1] in _LETTER_WORDS and _known(word[:-1]):
            glued += [word[:-1], word[-1]]
        else:
            glued.append(word)
    # spelt as it sounds ("conheso", "cobransa", "ligassao", "mensaji", "dezempregado", "erado"): toward a word,
    # after the typos ("fizo" is "fiz o", not "fico")
    glued = [_as_sounded(word) if len(word) >= 3 and not _whole_word(word) else word for word in glued]
    return [_in_context(glued, i) for i in range(len(glued))]


_WORD_RUN = re.compile(r"[a-z]+(?: +[a-z]+)*")


def repaired(plain: str) -> str:
    """``plain`` (lower case, no accents) with each run of words repaired (:func:`repair`) and its numbers and marks
    left as written, for the readers that need "20/03" and "R$ 1.200,50" (amounts, days promised).

    >>> repaired("vou pagar setxa, uns 100 por mse")
    'vou pagar sexta, uns 100 por mes'
    """
    return _WORD_RUN.sub(lambda run: " ".join(repair(run.group(0).split())), plain)


# "ano" (year) is also the commonest typo of "nao": a year has a determiner or a number before it, or a time
# after it ("um ano", "esse ano", "2 anos", "ano passado", "ano que vem"); the typo has none
_YEAR_BEFORE = frozenset(("o", "um", "no", "do", "ao", "esse", "este", "neste", "nesse", "desse", "deste", "todo",
                          "cada", "por", "ultimo", "proximo", "meio", "mesmo", "de", "seu", "outro", "primeiro"))
_YEAR_AFTER = frozenset(("passado", "que", "retrasado", "novo", "inteiro", "todo", "atras", "anterior", "seguinte"))


# "em" is also the commonest typo of "me": before a verb of contact it is one ("parem de em ligar")
_CONTACT_VERB = re.compile(r"(lig|retorn|mand|cham|transfer|atend|ajud|deix|perturb|cobr|envi|respond|encaminh"
                           r"|coloc|passa)(ar|er|em|am|ue|uem|e|a|ando)")  # fmt: skip


# "anda" (walks) is also a typo of "nada" where "nada" is the object: "nao tenho anda com voces"
_NADA_BEFORE = frozenset(("tenho", "tem", "temos", "devo", "deve", "devemos", "fiz", "sei", "pedi", "comprei",
                          "contratei", "assinei", "recebi", "paguei", "usei"))


def _in_context(words: list[str], i: int) -> str:
    """A real word that is a typo of another where its neighbours say so: "ano" for "nao", "em" for "me",
    "anda" for "nada"."""
    word = words[i]
    if word not in ("ano", "em", "anda"):
        return word
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if word == "em":
        return "me" if _CONTACT_VERB.fullmatch(after) else word
    if word == "anda":
        return "nada" if before in _NADA_BEFORE else word
    year = before in _YEAR_BEFORE or before.isdigit() or after in _YEAR_AFTER or not after
    return word if year else "nao"


def _sure(word: str) -> bool:
    """A whole word: the lexicon's (not a stem's extension: "transferio"), or a common word of three letters or
    more ("mm", "x" are no words)."""
    return word in _WORDS or word in _SHORT_WORDS or (len(word) >= 3 and word in portuguese_words())


def _mended(a: str, b: str, after: str) -> list[str]:
    """Two neighbours, one of them no word, mended: glued back into one word ("f alta"), or a letter moved
    across the space ("nadac om", "precis oque"); as they were when neither makes known words."""
    whole = a + b
    stray = len(b) == 1 and after and not _sure(after)  # a letter of the next word: "pode m eretornar"
    if len(a) == 1 and whole in _WORDS and not stray:  # a letter left behind: "n ao" is "nao", "f alta" "falta"
        return [whole]
    split = [[left, right] for left, right in ((a[:-1], a[-1:] + b), (a + b[:1], b[1:]))
             if left and right and _sure(left) and _sure(right) and (_known(left) or _known(right))]  # fmt: skip
    words = _sure(a) and _sure(b)
    # two words of the lexicon: "comu m" is "com um", and "pagamentos emana" "pagamento semana" ("um ano" stays)
    if split and _known(split[0][0]) and _known(split[0][1]) and (not words or min(map(len, split[0])) >= 4):
        return split[0]
    if words:
        return [a, b]
    if _sure(whole) and len(whole) >= 4 and not stray:
        return [whole]
    if split:
        return split[0]
    # a stem of the lexicon ("desconhec...") glues only a piece that is no word
    if _known(whole) and len(whole) >= 4 and not _word(a) and not stray:
        return [whole]
    return [a, b]


def _as_written(word: str) -> str:
    """``word`` with a final "i" or "u" written as the unstressed "e" or "o" it spells, when that makes a word."""
    candidate = word[:-1] + {"i": "e", "u": "o"}.get(word[-1], word[-1])
    return candidate if candidate != word and _whole_word(candidate) else word


def _said_gerund(word: str) -> str:
    """``word`` with the "d" of a gerund put back ("digitano" -> "digitando"), when that makes a whole word."""
    if word[-3:] not in ("ano", "eno", "ino"):
        return word
    candidate = word[:-1] + "do"
    return candidate if _whole_word(candidate) else word


# a sound spelt another way, as those who write little spell it: (as written, as it should be)
_SPELT_AS_SOUNDED = (("ss", "c"), ("s", "c"), ("ss", "s"), ("z", "s"), ("s", "z"), ("r", "rr"), ("i", "e"),
                     ("u", "o"), ("ob", "oub"), ("e", "ei"), ("np", "mp"), ("nb", "mb"))
# (not every "o" as "ou": "quito", I settle, would become "quitou", settled)
_ENDS_AS_SOUNDED = (("ji", "gem"), ("gi", "gem"))  # a final sound only: "mensaji", "viagi"


def _sounded_variants(word: str) -> list[str]:
    """``word`` with one of its sounds spelt another way: at one place, or at every place."""
    variants = ["h" + word] if not word.startswith("h") else []
    for written, meant in _ENDS_AS_SOUNDED:
        if word.endswith(written):
            variants.append(word[: -len(written)] + meant)
    for written, meant in _SPELT_AS_SOUNDED:
        start = word.find(written)
        while start >= 0:
            variants.append(word[:start] + meant + word[start + len(written) :])
            start = word.find(written, start + 1)
        if word.count(written) > 1:
            variants.append(word.replace(written, meant))
    return variants


def _as_sounded(word: str) -> str:
    """``word`` with one or two sounds spelt as they should be ("conheso" -> "conheco", "disisperado" ->
    "desesperado"), or its silent "h" put back ("ospital"), when that makes a whole word.

    >>> [_as_sounded(w) for w in ("cobransa", "ligassao", "dezempregado", "erado", "ospital", "mensaji")]
    ['cobranca', 'ligacao', 'desempregado', 'errado', 'hospital', 'mensagem']
    >>> [_as_sounded(w) for w in ("disisperado", "conpra", "robaram")]
    ['desesperado', 'compra', 'roubaram']
    """
    if not _WORDS:
        _load_vocabulary()
    if len(word) > 20:  # no word this long is misspelt this way
        return word
    first = _sounded_variants(word)
    for candidates in (first, (c for variant in first for c in _sounded_variants(variant))):
        found = next((c for c in candidates if _whole_word(c)), None)
        if found:
            return found
    return word


def _whole_word(word: str) -> bool:
    """A word the lexicon or common Portuguese has whole (not only by a stem, as :func:`_word` also allows)."""
    return word in _WORDS or word in portuguese_words()


def _swapped(word: str) -> str:
    """``word`` with two neighbouring letters swapped back, when that makes a known word (else unchanged)."""
    for j in range(len(word) - 1):
        candidate = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        if _known(candidate):  # only a word that is no word is repaired: "ifz", "qeu", not "ano"
            return candidate
    return word


# a person asked for in English, French or Haitian Creole (the bot writes Portuguese only). Read on the words as
# written: the typo repair and the abbreviations are Portuguese ("can" would become "ca nao"), and these words stay
# out of the repair's vocabulary
_FOREIGN_ASKS = re.compile(
    r"\b(talk|speak|chat) (to|with) (a |an |the |your )?(real |live )?(someone|somebody|person|human|agent"
    r"|representative|operator|manager|people|attendant)\b|\b(real|live) (person|human|agent)\b"
    r"|\bhuman (agent|being|please)\b|\bcustomer (service|support|care)\b|\bis there (a |an )?(human|person"
    r"|someone|anyone)\b|\b(don t|dont|do not|can t|cant|cannot) (speak|read|understand) portuguese\b"
    r"|\bmy portuguese is\b"
    # Spanish: "hablo muy poco portugues", "mi portugues es malo", "atenderme en espanol"
    r"|\bhablo (muy |tan )?poco (el )?portugues\b|\bmi portugues (es|esta) (muy |bastante |tan )?(malo|pobre|basico"
    r"|limitado|poco)\b|\b(hablar|hable|hablen|hablarme|atender|atenderme|atiendame|atiendanme|escribir|escribirme"
    r"|escribame|escribanme|explicar|explicarme) (conmigo |me )?en espanol\b"
    r"|\bno (hablo|entiendo|leo) (bien )?el portugues\b"
    r"|\bparler (a|avec) (un |une |le |la )?(personne|conseill\w*|agent|humain|quelqu ?un|responsable|operat\w*)\b"
    r"|\bje ne (parle|comprends) pas\b"
    r"|\bpale ak (yon )?moun\b|\bmwen pa (konprann|pale)\b"
    r"|\b(operator|representative)\b")


# requests, claims and despair in other languages (the borders, immigrants), read in the words as written: the typo
# repair knows Portuguese
_FOREIGN = {
    "wants_human": _FOREIGN_ASKS,
    "already_paid": re.compile(
        r"\bya (lo |la |los |las )?(pague|pagamos|pagaron|pago mi|he pagado|hemos pagado|hice el pago|hice la"
        r" transferencia|hice el pix|deposite|transferi)\b|\b(ya )?(esta|estan|fue|fueron) (pagado|pagada|pagados"
        r"|pagadas)\b|\b(tengo|envie|mande|adjunto|les mando|le mando) el (comprobante|recibo)\b"
        r"|\bpague (ayer|hoy|anteayer|la semana pasada|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
        # in English: "i already paid this invoice", "i paid it"
        r"|\bi (already |have already |ve already |just )?paid\b|\balready (been )?paid\b"),
    "not_mine": re.compile(
        r"\b(this|that|it) (is not|isn t|isnt|s not) (my|mine)\b|\bnot my (debt|account|card|bill|purchase|loan)\b"
        r"|\bi never (had|opened|made|bought|signed|took)\b"
        # in Spanish: "esa deuda no es mia", "nunca compre nada", "yo no hice esa compra"
        r"|\bno (es|son) (mia|mio|mias|mios)\b|\bnunca (tuve|compre|hice|firme|abri|pedi)\b|\byo no (hice|compre"
        r"|firme|pedi)\b"),
    "aggression": re.compile(
        r"\b(you|you guys|you people) (are|re) (a bunch of |such )?(thieves|scammers|crooks|criminals|liars)\b"
        r"|\bbunch of (thieves|scammers|crooks)\b|\b(son|sois|ustedes son) (unos )?(ladrones|estafadores"
        r"|sinverguenzas|mentirosos)\b"),
    "data_request": re.compile(
        r"\b(send|give|email) me (a |the )?copy of (the |my )?(contract|agreement|statement)\b|\bwhere did you get my"
        r" (number|data|phone|details)\b|\bcopia del contrato\b|\bde donde (sacaron|consiguieron) mis? (numero"
        r"|telefono|datos|informacion|correo)\b"),
    "fraud": re.compile(
        r"\bstolen (documents|identity|id|card|phone)\b|\bidentity theft\b|\b(someone|somebody) (opened|used|took out"
        r"|made|applied|stole)\b|\balguien (uso|usaron|utilizo) (mi|mis)\b|\bi (was|ve been|have been|got) (scammed"
        r"|hacked|defrauded)\b|\b(me robaron|robo de identidad"
        r"|usurpacion de identidad|me estafaron)\b"),
    "distress": re.compile(
        r"\bno se que (voy a |vamos a )?hacer\b|\b(estoy|estamos) (desesperado|desesperada|desesperados|desesperadas"
        r"|angustiado|angustiada)\b|\bno tengo (ni )?(para|que) comer\b|\bno aguanto mas\b|\bestoy (muy )?mal\b"
        # in English: "i am going through a very hard time", "i don t know what to do"
        r"|\b(going through|having) a (very |really )?(hard|difficult|tough|rough) time\b|\bi (am|m) (so )?desperate\b"
        r"|\b(don t|dont) know what to do\b|\bwant to die\b|\bkill myself\b"
        # "i can t take this anymore", "i m broken"; "ya no puedo mas (con esta deuda)" (not "no puedo pagar hoy")
        r"|\bcan t (take|do|handle|bear) (this|it) any ?more\b|\bi (m|am) (so )?(broken|falling apart)\b"
        r"|\bya no puedo mas\b|\bno puedo mas( con (esto|esta|mi|la) (deuda|vida|situacion))?$"),
}


def plain_words(text: str) -> str:
    """The text's words as written: lower case, no accents, nothing repaired or expanded (for other languages)."""
    return " ".join(_WORD.findall(strip_accents(text.lower())))


def flags(text: str) -> set[str]:
    """What the text signals beyond the reason: a request for a human, distress, aggression...

    >>> sorted(flags("é golpe essa mensagem? como sei que é de vocês?")), sorted(flags("clonaram meu cartão, é golpe?"))
    ([], ['fraud'])
    >>> sorted(flags("can I talk to a real person?"))
    ['wants_human']
    """
    clean = normalise(text)
    found = {name for name in _FLAG_SCREEN.found(clean) if not _excepted(name, text, clean)}
    if _PHISHED.search(clean) or _TOLD_SCAM.search(clean):  # (not excepted by "de voces mesmo?" or "essa cobranca
        # e golpe": the customer asks because of it, or a bank said so)
        found.add("fraud")
    plain = plain_words(text)
    found.update(flag for flag, pattern in _FOREIGN.items() if pattern.search(plain))
    if {"aggression", "distress"} <= found and (_BEGS.search(clean) or not any(
            p.search(clean) for p in FLAG_PATTERNS["aggression"] if p.pattern not in _PLEADED)):  # fmt: skip
        found.discard("aggression")  # "perdi meu filho, me deixem em paz", "pelo amor de deus parem": a plea; "o robo
        # ligou 4 vezes seguidas, nao aguento mais essa pressao": despair, told with the calls that cause it
    if "fraud" in found and ("?" in text or _SUSPECTS.search(clean) or _SCAM_SAID.search(clean)) \
            and not _claims_fraud(text):  # fmt: skip
        found.discard("fraud")
    return found


_PLEADED = (_PLEA, _CALLS_COUNTED, _CALLS_OFF_HOURS)  # with distress, read as despair rather than anger
_PHISHED = re.compile(_PHISHING)
# the bank or someone of it told the customer it is a scam: "o gerente falou que essa cobranca e golpe" (a claim)
_TOLD_SCAM = re.compile(r"\b(gerente|moco|moca|atendente|funcionari[oa]|banco|agencia)\b( \w+){0,4}? (falou|disse"
                        r"|confirmou|afirmou|garantiu|informou) que (isso|essa cobranca|esse boleto|essa divida"
                        r"|esse debito|essa conta|esse contrato|essa mensagem|esse emprestimo) (e|era|foi) (um |uma )?"
                        r"(golpe|fraude)\b")
# searches only the patterns whose literals a message holds (worked out ahead: `python -m online_models.prefilter`)
_FLAG_SCREEN = Screen(FLAG_PATTERNS, load_literals())
_BEGS = re.compile(r"\bpelo amor( de deus)?\b|\bpor favor\b|\beu (te |lhes )?imploro\b|\btenham (piedade|do)\b"
                   r"|\bpor caridade\b")
# "é golpe essa mensagem?", "isso é golpe?": the customer doubts the contact, and claims no fraud on the debt
_DOUBT = re.compile(r"\b(e|eh|sera|seria) (um |uma )?golpe\b|\bgolpe (isso|esse|essa|este|esta|aqui|ou)\b"
                    r"|\b(como (eu )?(sei|saber|vou saber)|sera que|medo de"
                    r"|e (de voces|da empresa|verdade|real|seguro|confiavel)"
                    # a leak asked about, not claimed: "voces tiveram algum vazamento?"
                    r"|(tiveram|teve|houve|sofreram|sofreu|aconteceu)( algum| um)? vazamento)\b")
_QUESTION = re.compile(r"(?:^|(?<=[.!?,;\n]))[^.!?,;\n]*\?")  # from a clause's start: linear on a long text
_CLAUSE_END = re.compile(r"[,.;:!?\n]+")


def _excepted(flag: str, text: str, clean: str) -> bool:
    """Whether a "not this" pattern of ``flag`` matches within one clause: the normalised text has no commas, and
    "mensagem nao, quero uma ligacao" must not read as "nao quero uma ligacao"."""
    exceptions = FLAG_EXCEPTIONS.get(flag, ())
    if not any(p.search(clean) for p in exceptions):
        return False
    clauses = [normalise(c) for c in _CLAUSE_END.split(text) if c.strip()]
    if len(clauses) < 2 or any(p.search(clean) for p in _ACROSS_CLAUSES.get(flag, ())):
        return True
    # a request for a person is read in the clause that asks: "a atendente de ontem me tratou mal, quero falar com o
    # supervisor dela" asks though its first clause speaks of one in the past (the other flags' exceptions are
    # another clause's words: "paguei a de marco, falta a de abril")
    saying = [c for c in clauses if any(p.search(c) for p in FLAG_PATTERNS[flag])] if flag == "wants_human" else []
    if saying:
        return all(any(p.search(c) for p in exceptions) for c in saying)
    return any(p.search(c) for c in clauses for p in exceptions)


_SUSPECTS = re.compile(r"\b(tem cara de|esta com cara de|parece|parece ser|cheira a|pode ser|deve ser|acho que (isso )?"
                       r"(e|eh|seja)) (um |uma )?"
                       r"(golpe|fraude)\b"
                       # a condition: "se nao for golpe eu pago amanha" (the customer will pay unless it is one)
                       r"|\bse (isso |isto |essa cobranca |esse boleto |essa mensagem )?(nao )?(for|fosse)( mesmo)?"
                       r" (um |uma )?(golpe|fraude)\b")
# the contact itself called a scam ("isso e golpe, voces nao me enganam"): no claim about the debt, unless one is made
_SCAM_SAID = re.compile(r"(?<!disse que )(?<!falou que )(?<!confirmou que )(?<!afirmou que )"
                        r"\b(isso|isto|essa mensagem|essa ligacao|esse contato|essa cobranca|tudo (que|o que) voces"
                        r" (mandam|enviam|falam))( aqui)? (e|eh)"
                        r" (um |uma )?golpe\b( d[oa] (falso|falsa) \w+)?"
                        # a phone's caller id calls the number a scam: "aparece como golpe", "marcou como spam"
                        r"|\b(aparece|aparecem|apareceu|marcou|marcaram|marcado|marcada|identificado|identificada"
                        r"|consta)\b( \w+){0,4}? como (spam|golpe|fraude)( e (spam|golpe|fraude))?\b")


def _claims_fraud(text: str) -> bool:
    """Whether the text still reads as a fraud claim without its questions about whether the contact is a scam, and
    without its suspicions of it ("tem cara de golpe"); or it calls the debt a scam and says it never took it ("isso
    e golpe, eu nunca fiz esse emprestimo")."""
    stated = _QUESTION.sub(lambda asked: " " if _DOUBT.search(normalise(asked.group())) else asked.group(), text)
    said = normalise(stated)
    plain = _SCAM_SAID.sub(" ", _SUSPECTS.sub(" ", said))
    if _NEVER_TOOK.search(plain) and _SCAM_SAID.search(said):
        return True
    return any(p.search(plain) for p in FLAG_PATTERNS["fraud"])


_NEVER_TOOK = re.compile(r"\bnunca (fiz|contratei|pedi|assinei|solicitei|peguei|tive) (esse|essa|este|esta|nenhum"
                         r"|nenhuma|o|a) (emprestimo|cartao|financiamento|crediario|consignado|compra|conta|contrato"
                         r"|linha)\b")


# What a customer writes about the routine of paying (the boleto, a date, the amount), a reason it cannot pay
# (unemployment, money short), a contact detail, thanks or an answer that will come later: vigia reads these, and
# collection goes on as it would. A message with none of these and no flag is one vigia could not read.
_ROUTINE = re.compile(
    r"\b(boleto|boletos|pix|link|codigo|segunda via|fatura|faturas|parcel\w*|desconto|acordo|negocia\w*|proposta"
    r"|quanto|juros|multa|prazo|venc\w*|entrada|cartao|debito automatico|agendar|quitar|pagar|pagamento|pagarei"
    r"|pagaria|pago|transferencia|deposito|valor|valores|saldo|semana que vem|mes que vem|proxima semana|amanha|hoje"
    r"|depois|mais tarde|ja ja|agora nao|vou ver|vejo|respondo|te (falo|retorno|aviso)|data|dia \d+|sexta|segunda"
    r"|terca|quarta|quinta|sabado|domingo|como (faco|pago|posso)|onde (pago|faco)|app|aplicativo|email|whatsapp"
    r"|horario|atrasei|atrasou|atraso|devo|reconheco|dinheiro|trabalh\w*|emprego|desempreg\w*|embora|autonomo"
    r"|dificil|apertad\w*|aperto|salario|renda|nome sujo|serasa|spc|numero|mudei|obrigad\w*|valeu|agradec\w*|show"
    r"|otim\w*|gentil|educad\w*|ajudou|resolveu|kkk\w*|rs|pode (seguir|continuar)"
    r"|(seguir|continuar) com (voce|o robo))\b"
)
# a short answer to the bot ("sim", "quero", "pode ser", a menu's "2", a CPF typed in digits)
_ACKNOWLEDGED = re.compile(r"(ok|okay|beleza|certo|entendi|combinado|recebi|ciente|bom dia|boa tarde|boa noite"
                           r"|ola|oi|tudo bem|sim|nao|tranquilo|pode ser|perfeito|esta bom|esta certo|tudo certo"
                           r"|quero|aceito|pode|claro|com certeza|exato|fechado|topo|bora|talvez)( \w+){0,3}"
                           r"|[\d ]+")
_HARDSHIPS = frozenset(("unemployment", "income_drop", "lack_of_planning", "health_or_family", "forgot"))
# an offer the customer cannot keep, said so ("a parcela e muito alta"): the offer's words alone ("parcela", "valor")
# say nothing of it
_UNAFFORDABLE = re.compile(r"\b(alta|alto|altas|altos|caro|cara|pesad\w*|bolso|cabe|orcamento|apertad\w*|menor|menos"
                           r"|mais vezes|parcelar)\b")
# the shapes routine words come in: a question or a request, a plan, thanks. A bare statement of what happened, with a
# routine word in it ("o banco ja compensou o boleto", "trocaram o chip e fizeram pix da minha conta"), may be a
# claim in words no pattern knows
_REQUESTS = re.compile(r"\b(qual|quais|quanto|quando|como|onde|por que|pode|podem|poderia|consigo|da para"
                   r"|tem como|manda|mande|mandem|envia|envie|enviem|me passa|preciso|quero|queria|gostaria|aceito"
                   r"|aceita|posso|me ajuda|ajuda)\b")
_PLANS = re.compile(r"\b(vou|vai|vao|vamos|irei|ira|assim que|amanha|hoje|depois|semana que vem|mes que vem|proxim\w*"
                    r"|dia \d+|sexta|segunda|terca|quarta|quinta|sabado|domingo|logo|ja ja|pagarei|aguard\w*"
                    r"|(?<!\be )agora"  # "e agora vem essa cobranca" tells what happened, not a plan
                    r"|providenciando|tentando|procurando)\b")
# asked to check what the customer says happened ("confere ai", "vejam no sistema"): a claim, in whatever words
_CHECK_IT = re.compile(r"\b(confere|confira|confiram|verifica|verifique|verifiquem|checa|cheque|chequem|olha ai"
                       r"|olhem ai|olha no sistema|olhem no sistema|da uma olhada|deem uma olhada|veja ai|vejam ai"
                       r"|veja no sistema|vejam no sistema)\b")
# a refusal to pay, not a plan ("nao vou pagar isso", "me recuso a pagar"; not "nao vou pagar hoje", nor "nao vou
# conseguir pagar"): why is unsaid or unread, and a person asks before any robot collects again
_WONT_PAY = re.compile(r"\b((nao|nunca|jamais) (vou|irei|vamos|quero) pagar|(nao|nunca) pago|me recuso a pagar"
                       r"|recuso (me )?a pagar)\b(?! (hoje|agora|amanha|ainda|antes|ate|so|essa semana|esse mes"
                       r"|este mes|nesse|neste|por enquanto|agora nao|juros|multa|multas|taxa|taxas|tarifa|a multa"
                       r"|os juros|o juros|tudo|a vista|de uma vez|parcelado)\b)")
_THANKS = re.compile(r"\b(obrigad\w*|valeu|agradec\w*|ok|beleza|combinado|certo|entendi|show|otim\w*|perfeito|blz"
                     r"|tranquilo|fechado|kkk\w*|rs|desculp\w*|educad\w*|ajudou|resolveu)\b")


def routine(text: str) -> bool:
    """Whether a customer's message is about a routine matter or reason (see ``_ROUTINE``): read with its flags.

    A message with no flag, no channel refused and nothing routine is one vigia could not read: the worker hands
    it to a person (an ``unread`` flag), for a "vocês são uma piada" or a "me ligaram mas eu estava no ônibus" may
    be what no lexicon foresaw. A reason for not paying read in a dispute's words ("nunca", "cobranca") counts for
    nothing here. A routine word counts in a question, a request, a plan or thanks, not in a bare statement of what
    happened: "o banco ja compensou o boleto" may be a claim in words no pattern knows, and a person reads it.

    >>> routine("qual o valor pra quitar?"), routine("ok obrigado"), routine("2"), routine("a parcela é alta demais")
    (True, True, True, True)
    >>> routine("vocês são uma piada"), routine("eu só queria que tudo isso acabasse")
    (False, False)
    >>> routine("o débito automático levou o valor da parcela"), routine("vou pagar o boleto sexta")
    (False, True)
    >>> routine("o boleto venceu dia 5, confere aí"), routine("pode verificar o valor?")
    (False, True)
    >>> routine("não vou pagar isso"), routine("não vou pagar hoje, só sexta")  # a refusal to pay is no plan
    (False, True)
    """
    clean = normalise(text)
    if _WONT_PAY.search(clean) and stem_reason(tokens(text)) not in _HARDSHIPS:
        return False
    if _ACKNOWLEDGED.fullmatch(clean) or not clean.strip():
        return True
    if _CHECK_IT.search(clean) and "?" not in text:  # a statement the customer wants checked: a person reads it
        return False
    reason = stem_reason(tokens(text))
    if reason in _HARDSHIPS or (reason == "offer_not_adherent" and _UNAFFORDABLE.search(clean)):
        return True
    if not _ROUTINE.search(clean) and reason != "offer_not_adherent":
        return False
    return len(clean.split()) <= 3 or "?" in text or any(p.search(clean) for p in (_REQUESTS, _PLANS, _THANKS))


# Phrases that tell a reason where no stem does, or where one misleads ("fui mandado embora", "sem grana", "teve um
# derrame", "perdi o controle"), read on the tokens (stopwords dropped: "perdi meu emprego" is "perdi emprego"); and
# words that tell no reason though a stem's word is there: a payday awaited ("quando o salario cair"), a call or an
# app that fell ("a ligacao caiu"), a job had or a place of work ("to no trabalho", "emprego novo"), a relative who
# pays.
_REASON_PHRASES = {
    "unemployment": re.compile(
        # odd jobs only, no signed contract: "to vivendo de bico", "nao tenho carteira assinada desde que sai"
        r"\b((vivendo|fazendo|faco|vivo|so) (de )?bicos?|bicos? so|(estou|to|fiquei|ando) sem carteira assinada"
        r"|nao tenho (mais )?carteira assinada)\b|"
        r"\b(demitiram|mandad[oa]s? embora|mandaram embora|(perdi|perdeu) (\w+ )?(emprego|trabalho|servico|trampo)"
        r"|(fui|foi|fomos) despedid[oa]s?|me despediram|(fui|foi) exonerad[oa]"
        # said in Spanish or English: "me quede sin trabajo", "i lost my job"
        r"|sin (trabajo|empleo)|desempleado|lost (\w+ )?job|laid off|unemployed"
        # an app's driver or courier cut off: "o uber cortou minha conta e fiquei sem trabalhar"
        r"|(uber|99|ifood|rappi|loggi|lalamove|aplicativo|plataforma) (\w+ )?(cortou|bloqueou|desativou|baniu|suspendeu"
        r"|excluiu|descadastrou) (\w+ )?conta"
        # "fui desligado da prefeitura", "me desligaram da empresa" (not "o telefone foi desligado")
        r"|(fui desligad[oa]|fomos desligad[oa]s|me desligaram)(?! ((do|da|de) )?(grupo|lista|chat|canal|whatsapp|zap))"
        r"|sem (emprego|trampo|servico|trabalho)( \w+)? (desde|ha|faz)|aviso previo|rescisao|seguro desemprego"
        # out of work, said so: "to desempregado e com depressao"
        r"|(estou|to|tou|ando|continuo|sigo|seguimos|estamos) desempregad[oa]s?"
        r"|(empresa|firma|fabrica)( \w+){0,3} (faliu|falencia|fechou|quebrou)"
        r"|(loja|empresa|firma|fabrica|salao|lanchonete|restaurante|bar|padaria|oficina|mercado|supermercado"
        r"|escritorio|clinica|escola) ((onde )?trabalh\w*|onde era \w+)( \w+){0,2} (faliu|fechou|quebrou"
        r"|pediu falencia|decretou falencia)"
        # a cut at work: "a empresa fez um corte e eu fui um dos primeiros a sair", "fui desligado no corte"
        r"|(empresa|firma|fabrica|loja|patrao)( \w+){0,3} (fez|teve|fizeram) (\w+ )?(corte|cortes|demissoes|enxugamento"
        r"|layoff)|(fui|fomos) (desligad[oa]s?|cortad[oa]s?) (\w+ )?(empresa|firma|trabalho|servico|emprego|fabrica"
        r"|loja|corte)"
        # a fixed-term job ended: "meu contrato temporario acabou", "o contrato de experiencia nao foi renovado"
        r"|contrato (de )?(temporario|trabalho|experiencia|estagio)( \w+){0,2} (acabou|terminou|encerrou|venceu"
        r"|nao foi renovado)|(estagio|temporario) (acabou|terminou)( e nao fui efetivad[oa])?"
        r"|(acabou|terminou|encerrou|venceu) (\w+ )?contrato (de )?(temporario|trabalho|experiencia|estagio)"
        # cut from a job told of, out of work said: "trabalhava de motorista e fui cortado", "ele ficou desempregado"
        r"|trabalhava( \w+){0,8} (fui|fomos) (cortad[oa]s?|desligad[oa]s?|dispensad[oa]s?)"
        # dismissed: "meu marido foi dispensado", "a empresa me dispensou" (not a fee waived: "dispensaram os juros")
        r"|(fui|foi|fomos|foram) dispensad[oa]s?|(empresa|firma|fabrica|loja|patrao|patroa|chefe)( \w+){0,2}"
        r" (dispensou|dispensaram)|dispensaram( \w+)? (empresa|firma|fabrica|trabalho|servico|emprego)"
        r"|(ficou|ficaram|fiquei|ficamos) desempregad[oa]s?"
        # out of work as the work ended: "fiquei sem trabalho quando a obra acabou", "a safra terminou" (not for an
        # illness: "fiquei sem trabalho por causa da doenca")
        r"|fiquei sem (trabalho|emprego|servico|trampo)(?!( \w+){0,2} (doenca|saude|acidente|cirurgia|depressao"
        r"|gravidez|tratamento))|(obra|safra|temporada) (acabou|terminou))\b"),
    "income_drop": re.compile(
        # the clients gone: "sou manicure e com a crise as clientes sumiram"
        r"\b(clientes|fregueses|freguesia|encomendas|corridas)( \w+){0,2} (sumiram|diminuiram|cairam|acabaram"
        r"|pararam)\b|"
        # the one who kept the house jailed: "meu marido foi preso e era ele que sustentava a casa"; the shop robbed:
        # "minha loja foi assaltada e levaram a mercadoria"; a leave without full pay: "to de licenca sem receber"
        r"\b(pres[oa]( \w+){0,4} (sustentava|bancava|pagava)\b)|\b((loja|comercio|negocio|barraca|mercadinho|bar"
        r"|oficina)( foi)? (assaltad[oa]|roubad[oa]|furtad[oa]|saquead[oa])|licenca( \w+){0,2} (sem receber|sem salario"
        r"|recebendo (menos|metade|pouco)))\b|"
        # the money robbed on the way: "fui assaltado e levaram a carteira com o dinheiro do boleto" (read on tokens)
        r"\b(fui|fomos) (assaltad[oa]s?|roubad[oa]s?)\b( \w+){0,4}? levaram( \w+){0,2}? (carteira|dinheiro|salario"
        r"|bolsa|pagamento)\b(?!.{0,160}\b(cartao|documentos|fizeram|compraram|usaram|emprestimo|compras|pix)\b)|"
        r"\b(sem (grana|dinheiro|renda)|(to|estou|tou|ta|fiquei|ando|meio|bem|muito) apertad[oa]|apertad[oa] (esse|este"
        r"|nesse|neste) mes|liso|(salario|renda|pagamento|vendas|movimento|jornada|horas|horario|expediente"
        r"|beneficio|auxilio|aposentadoria|pensao)( \w+){0,3} (reduzid[oa]s?|diminu\w*|despenc\w*|cortad[oa]s?"
        r"|suspens[oa]s?|bloquead[oa]s?)|(cortaram|cortou|reduziram|reduziu|diminuiram|diminuiu)( \w+){0,3} (horas"
        r"|salario|jornada|renda|pagamento|comissao|comissoes|turno)|nao (entrou|sobra|ganh[oa])( \w+){0,2} nada"
        r"|nao entrou (\w+ )?(dinheiro|grana|renda|pagamento)|(estou|to|tou|fiquei|ando) quebrad[oa]"
        r"|sem (real|centavo|tostao)"
        # never enough, though working: "eu trabalho, trabalho e o dinheiro nunca da" (read on tokens: "da" is gone)
        r"|(dinheiro|grana|salario|renda) nunca($| (chega|sobra|basta|rende|nada|tudo|estou|to|tou)\b)"
        # a payroll loan's margin used up: "a margem do consignado ta toda comprometida"
        r"|margem( \w+){0,4} (comprometid\w*|acabou|estourad\w*|esgotad\w*|zerad\w*)"
        # a grant or a student loan lost: "perdi a bolsa de estudos", "cortaram minha bolsa do mestrado"
        # (not a purse lost: "perdi a bolsa com os documentos")
        r"|(perdi|perdeu|cortaram|cortou|suspenderam|suspendeu|tiraram|tirou|acabou) (minha |meu )?(bolsa (estudo"
        r"|estudos|mestrado|doutorado|pesquisa|familia|permanencia|faculdade|estagio|auxilio)|fies|prouni"
        r"|financiamento estudantil|credito estudantil)"
        # what is earned or sent from abroad worth less: "o euro caiu e o que eu mando rende menos"
        r"|(cambio|dolar|euro|libra)( \w+){0,2} (subiu|disparou|caiu|despencou|variou)( \w+){0,6} (mando|envio|ganho"
        r"|salario|renda|rende|encolheu)"
        # a harvest lost: "perdemos a colheita com a geada", "a safra foi ruim"
        r"|(safra|colheita|lavoura|plantacao)( \w+){0,2} (ruim|perdid[oa]|fraca|quebrou|frustrad[oa])"
        r"|(perdi|perdemos|perdeu) (a |minha |nossa )?(safra|colheita|lavoura|plantacao)"
        # the weather or a pest that took it: "a seca acabou com a plantacao", "deu praga na lavoura", "nao colhi nada"
        r"|(seca|estiagem|geada|enchente|cheia|granizo|chuva|chuvarada|temporal|praga|ferrugem|lagarta|incendio|fogo)"
        r"( \w+){0,2}"
        r" (acabou|levou|destruiu|matou|queimou|estragou|comeu|arrasou|alagou|perdi|perdemos)( \w+){0,3}"
        r" (safra|colheita|lavoura|plantacao|plantio|roca|pasto|gado|milho|feijao|cafe|soja|arroz|mandioca|loja"
        r"|lojinha|estoque|mercadoria|mercadinho|oficina|comercio|barraca|ferramentas)"
        # one's own business closed: "fechei a lanchonete porque nao dava lucro", "fechei minha barraca na feira"
        # (and why: not "to com depressao desde que fechei a loja")
        r"|(fechei|fechamos|fechar|fechou) (\w+ )?(negocio|comercio|lojinha|loja|barraca|mercadinho|salao|lanchonete"
        r"|restaurante|bar|padaria|oficina|bazar|empresa)\b(?! onde)( \w+){0,4} (porque|pandemia|prejuizo|lucro|cliente"
        r"|clientes|movimento|faliu|crise|nao (dava|tinha|compensava|vendia|vende|rendia))\b"
        # (not "a enchente levou tudo da minha casa": a home lost, no living); the herd lost: "o gado morreu na seca"
        r"|(gado|boi|bois|vaca|vacas|criacao|rebanho)( \w+)? (morreu|morreram)"
        r"|deu (praga|ferrugem|lagarta) (\w+ )?(lavoura|plantacao|roca|plantio|cafe|milho|soja|feijao)"
        r"|nao (colhi|colhemos)( \w+){0,2} (nada|quase nada)"
        # no work came this month, for one who works on their own: "nao apareceu quase nenhum servico"
        r"|nao (apareceu|aparece|apareceram|teve|entrou) (quase )?(nenhum |nada )?(servico|cliente|clientes|freela"
        r"|bico|bicos|obra|obras|corrida|corridas|encomenda|encomendas)"
        # a small business that stopped selling: "meu negocio de marmitas parou de vender" (read on tokens)
        r"|(parou|parei|parada|parado) (de )?vender|(vendas|movimento) (\w+ )?(parou|parado|parada|fraco|fracas)"
        # clients lost by one who works for many: "sou diarista e perdi duas casas", "perdi tres clientes fixas"
        r"|(perdi|perdeu|perdemos)( \w+)? (clientes|clientas|casas|diarias|faxinas|freguesas|fregueses|encomendas)"
        # one's own small business gone under: "meu negocio faliu", "a lanchonete que eu tinha fechou" (where one
        # worked is a job lost: "a lanchonete onde eu era garcom fechou")
        r"|(negocio|comercio|lojinha|barraca|mercadinho|salao|lanchonete|restaurante|bar|padaria|oficina|bazar"
        r"|microempresa)(?! onde)( \w+){0,3} (faliu|fechou|quebrou|falencia|encerrou))\b"),
    "health_or_family": re.compile(
        r"\b(doenca|cancer|tumor|quimio\w*|depressao|avc|derrame|infarto|uti|falec\w*"
        r"|(gravida|gravidez|gestacao|gestante) (de )?risco"  # "minha esposa ta gravida de risco" (read on tokens)
        # a crisis of an illness of the mind: "gastei tudo numa crise de mania" (read on tokens)
        r"|crise (mania|bipolar\w*|psicotica|psicotico)"
        # kin helped through a loss: "tive que ajudar meu filho que foi despejado" (read on tokens)
        r"|ajud\w* (filho|filha|irma|irmao|mae|pai|neto|neta)( \w+)? (despejad[oa]|perdeu casa|perdeu tudo)"
        # (not a phone: "meu celular morreu e nao vi a mensagem")
        r"|(?<!celular )(?<!telefone )(?<!bateria )(?<!notebook )(?<!computador )morreu|luto|viuv[oa]"
        r"|separei|separamos|(filha|filho|irma|irmao|mae|pai) (\w+ )?separou|divorciei|divorciamos|separacao|divorcio"
        r"|acamad[oa]|hospitalizad[oa]|prematur[oa]|dengue"
        r"|de cama|aborto|acidente|operei|fui operad[oa]"
        # born too soon; work left to care for someone: "nasceu antes da hora", "parei de trabalhar pra cuidar dele"
        r"|nasceu antes (hora|tempo)|(parei|deixei|larguei|sai) (trabalhar|emprego|servico|trabalho) cuidar"
        # on sick leave, a pregnancy lost: "to encostado pelo inss", "afastado pelo inss", "perdeu o bebe"
        r"|(encostad[oa]|afastad[oa]) (pelo |no )?inss|auxilio doenca|licenca medica"
        r"|(perdi|perdeu|perdemos) (o |meu |nosso )?(bebe|nenem)|hemodialise|dialise"
        # the mind's illness and its care, no strength left, a violent death: "to em tratamento psiquiatrico",
        # "fiquei internada numa clinica de recuperacao", "to sem forcas pra trabalhar", "meu filho foi assassinado"
        r"|psiquiatr\w*|clinica (de )?(recuperacao|reabilitacao)|reabilitacao|sem forcas (\w+ )?(trabalhar|levantar)"
        r"|assassinad[oa]|mataram (\w+ )?(filho|filha|marido|esposa|pai|mae|irmao|irma)"
        # a child born, and what came with it: "meu filho nasceu e os gastos aumentaram muito"
        r"|(filho|filha|bebe|nenem) nasceu|(tive|tivemos) (um |uma )?(bebe|nenem|filho|filha)\b"
        # a baby born ill: "minha filha nasceu com um problema no coracao"
        r"|nasceu (com )?(problema|doenca|sindrome|sopro|deficiencia)|(problema|doenca|sopro) (no |do )?coracao"
        # an accident, a leave: "tive um acidente de moto e fiquei afastado tres meses"
        r"|(tive|sofri|sofreu|sofremos) (um )?acidente|acidentad[oa]|(fiquei|estou|to|tou|ando) afastad[oa]"
        # a leave for one's health: "fui afastado por causa de uma hernia de disco", "afastada pelo medico"
        r"|hernia|afastad[oa] (\w+ )?(medic\w*|pericia|atestado)"
        # a funeral paid for: "tive que pagar o velorio do meu irmao"
        r"|velorio|enterro|funeral|enterrando|enterrar|enterrei|enterramos"
        # violence at home, a shelter; an illness's sequels: "sai de casa fugindo de violencia domestica", "covid"
        r"|violencia|agressor|agredid[oa]|me (bateu|batia|agrediu|agredia)|casa abrigo|covid|sequela\w*"
        # a fall, a bone broken: "cai de uma escada e quebrei o femur", "levei um tombo e machuquei a coluna"
        r"|quebrei (\w+ )?(braco|perna|pe|femur|bacia|joelho|costela|coluna|mao|dedo|ombro|clavicula|tornozelo|punho)"
        r"|(cai|caiu) (\w+ )?(escada|telhado|laje|andaime|moto)|tombo|fratur\w*"
        # a disability, and its care: "o tratamento do meu filho autista", "perdi a visao", "fiquei cego de um olho",
        # "esperando a pericia do inss pra aposentadoria por invalidez" (not "sou autista e me confundo com o robo")
        r"|(autist\w*|autismo)( \w+){0,4} (tratamento|terapia\w*|remedio\w*|plano|gasto\w*)|(tratamento|terapia\w*)"
        r"( \w+){0,3} (autist\w*|autismo)|sindrome|\w*terapia\w*|(esperando|aguardando)( \w+)? (pericia|inss)"
        r"|pericia inss|invalidez( \w+){0,3} (nao saiu|esperando|aguardando)|(perdi|perdeu) visao|(fiquei|ficou|estou"
        r"|to) (cego|cega|surdo|surda|paraplegic\w*|tetraplegic\w*)"
        # a pet's illness, a child or a spouse lost: "o tratamento do meu cachorro no veterinario", "perdemos um filho"
        r"|veterinari\w*|(cachorro|cachorra|gato|gata|cao|cadela|pet|bichinho)( \w+){0,3} (doente|tratamento|cirurgia"
        r"|internad\w*|operou|exames|remedio\w*)|(tratamento|cirurgia|remedio\w*|internacao)( \w+){0,2} (cachorro"
        r"|cachorra|gato|gata|cao|cadela|pet|bichinho)"
        r"|(perdi|perdeu|perdemos) (\w+ )?(filho|filha|marido|esposa|esposo|mae|pai|irmao|irma|neto|neta|companheir\w*)"
        r"\b(?! (emprego|trabalho|controle|contato|vista)\b)"
        r"|estoy enferm[oa]|\bsick\b"
        # a doctor's leave: "o medico me afastou por tres meses por causa da coluna"
        r"|(medico|medica|pericia)( me)? afast\w*"
        # a spouse gone: "meu marido saiu de casa e eu fiquei sozinha com as contas"
        # kin cared for or raised: "cuido da minha neta", "crio meus dois netos com a pensao" (not one's children)
        r"|(cuido|cuidando|crio|criando|sustento|sustentando)( \w+){0,2} (neta|neto|netas|netos|sogra|sogro|avo|avos"
        r"|vo|sobrinh\w*|mae|pai|irma|irmao)\b"
        r"|(marido|esposa|mulher|esposo|companheiro|companheira)( \w+)? (saiu casa|foi embora|me largou|me deixou"
        r"|me abandonou|abandonou)(?! (agora|cedo|hoje|pra|para|trabalhar)\b))\b"),
    # spending lost control of: "comprei demais no cartao e perdi o controle"
    # (read on tokens: "comprei mais do que podia" is "comprei podia")
    "lack_of_planning": re.compile(r"\bme perdi (com |nas |nos |com as |com os )?(contas|gastos|dividas|boletos"
                                   r"|parcelas)\b"
                                   # a business's stock bought past its sales, its accounts mixed with one's own
                                   r"|\b(mercadoria|estoque)( \w+){0,2} (encalhou|encalhad\w*)\b"
                                   r"|\bmisturei( \w+)? contas\b"
                                   # the tithe or an offering given first: "dei o dizimo e faltou pra conta"
                                   r"|\b(dei|paguei|dou) (\w+ )?(dizimo|oferta)\b"
                                   r"|\b(perdi controle|(comprei|gastei|gastar|gastando|parcelei|usei)( coisa| coisas)?"
                                   r" demais|fiz (compra|compras) demais"
                                   # the card's limit run past: "passei do limite no cartao comprando presente"
                                   r"|(passei|estourei|ultrapassei|extrapolei) (\w+ )?limite"
                                   r"|(comprei|gastei|parcelei)( \w+){0,4} me perdi"
                                   r"|nao (me )?(planejei|organizei|programei)|planejei mal"
                                   r"|falta planejamento|sem planejamento"
                                   # carried away: "me empolguei no cartao", "exagerei nas compras"
                                   r"|empolguei|exagerei|impulso"
                                   # owed everywhere: "to devendo pra cinco bancos"; a purchase's instalments:
                                   # "comprei um carro e as parcelas me apertaram" (read on tokens)
                                   r"|(devendo|devo|dividas|divida)( \w+)? (varios|varias|muitos|muitas|dois|duas"
                                   r"|tres|quatro|cinco|seis|sete|oito|\d+) (bancos|cartoes|lugares|lojas|financeiras)"
                                   r"|(comprei|financiei)( \w+){0,3} (parcelas|prestacoes)( \w+){0,2} (apertaram"
                                   r"|apertou|pesaram|pesou)"
                                   # spent past what comes in: "gastei mais do que ganho" (read on tokens)
                                   r"|(gastei|gasto|gastando|gastamos|gastava) (ganho|recebo|ganhava|recebia|ganhamos)"
                                   # a loan to pay a loan: "fiz um emprestimo pra cobrir outro e virou uma bola de neve"
                                   r"|bola neve|emprestimo (pagar|cobrir|quitar) outro"
                                   r"|(divida|cartao)( \w+){0,3} (pagar|cobrir|quitar) outra (divida|conta)"
                                   # instalments everywhere: "parcelei tudo no cartao e agora a conta nao fecha"
                                   r"|(parcelei|parcelado|parcelada|parcelados|parceladas)( \w+){0,6} (nao fecha"
                                   r"|nao fecham|enrolei)"
                                   # a name lent: "emprestei meu nome pra um amigo e ele nao pagou"
                                   r"|emprestei (\w+ )?(nome|cartao|cpf)"
                                   # a loan for someone else, or many at once: "fiz emprestimo pra ajudar meu neto",
                                   # "tenho varios consignados e o dinheiro acaba no dia 5"
                                   r"|emprestimo\w* ajudar( \w+){0,2} (filho|filha|neto|neta|irmao|irma|sobrinho"
                                   r"|sobrinha|genro|nora|amigo|amiga|parente|familia)"
                                   r"|(tenho|peguei|fiz|estou|to) (varios|muitos|tres|quatro|cinco) (consignados?"
                                   r"|emprestimos?|cartoes|cartao)"
                                   # debts for a party or a trip: "me endividei pra fazer a festa de casamento"
                                   r"|(endividei|endividad\w*|fiz( \w+)? dividas|peguei emprestimo\w*)( \w+){0,2}"
                                   r" (festa|viagem|viajar|casamento|aniversario|formatura|ferias|cruzeiro|show)"
                                   r"|(comprei|gastei|parcelei|usei|fiz) (\w+ ){0,2}(nao )?(podia|devia|deveria))\b"),
    # an instalment grown past what fits: "a prestacao aumentou e nao cabe mais"; an offer above what one earns: "a
    # entrada que voces pediram e mais do que eu ganho no mes" (read on tokens)
    "offer_not_adherent": re.compile(r"\b(prestacao|parcela|mensalidade|prestacoes|parcelas)( \w+)? (aumentou"
                                     r"|aumentaram|subiu|subiram) (\w+ )?nao cabe"
                                     # "a parcela de 600 e mais do que eu ganho na semana" (read on tokens)
                                     r"|(entrada|parcela|prestacao)( \w+){0,2} (ganho|recebo) (semana|quinzena|dia|mes)"
                                     r"|(entrada|parcela|proposta|prestacao|acordo)( \w+){0,3} (maior|acima|pediram"
                                     r"|pedem|cobra|fizeram|propuseram|querem|cobram|ofereceram|oferecem)( \w+){0,2}"
                                     r" (ganho|salario|renda|recebo)"
                                     # a price that does not fit, said with what would: "a mensalidade de 1.200 nao
                                     # cabe, consigo uns 500"
                                     r"|(prestacao|parcela|mensalidade|valor|entrada)( \w+){0,2} nao cabe( \w+){0,2}"
                                     r" (consigo|posso|da|dou|pago)\b"
                                     # what fits said in figures: "so consigo 50 por mes", "meu salario e 1.412 e a
                                     # parcela e 700" (read on tokens)
                                     r"|\b(so )?consigo (pagar )?(so )?\d+( reais)? mes\b|\bsalario( \d+){1,2} parcela"
                                     r"( \d+){1,2}\b"
                                     # a share of the income: "essa parcela e metade do que eu ganho", "a prestacao
                                     # come metade do meu salario" (read on tokens)
                                     r"|\b(entrada|parcela|prestacao|mensalidade)( come| leva)? (metade|dobro|triplo)"
                                     r" (ganho|salario|renda|recebo)\b"),
    # a payment believed made by itself: "achei que o debito automatico ia pagar"
    "forgot": re.compile(r"\b(achei|pensei|jurava|imaginei)( estava| tava| ia| era)? (no )?debito automatico\b"
                         # a deduction believed automatic: "achei que o banco ia descontar direto da aposentadoria"
                         r"|\b(achei|pensei|jurava|imaginei)( \w+){0,2} (ia|iria|estava|era) (descontar|debitar"
                         r"|descontando|debitando|descontado|debitado)\b"
                         # a date mistaken: "confundi a data, achei que vencia dia 20"
                         r"|\b(confundi|troquei) (datas?|dia|dias|vencimento)\b|\b(achei|pensei) vencia\b"
                         # "achei que a parcela era so dia 25", "o boleto nao chegou e eu acabei esquecendo"
                         r"|\b(achei|pensei) (\w+ ){0,2}(era|vencia|fosse|caia) (so )?(dia|no dia) \d+"
                         r"|\b(acabei|acabou) esquec\w*|\b(nem|nao) vi (\w+ )?(vencido|venceu|vencia|vencimento"
                         r"|boleto|boletos|fatura|faturas)\b"
                         # sent where the customer no longer is: "mudei de cidade e os boletos iam pro endereco antigo"
                         r"|\b(boleto|boletos|fatura|faturas|cobranca|cobrancas|carta|cartas)( \w+){0,3} (endereco|casa"
                         r"|email) (antigo|antiga|velho|velha)\b"
                         # a bill believed paid, mistaken for another: "achei que ja tinha pago, confundi com a outra"
                         r"|\b(achei|pensei|jurava) (ja )?(tinha|tivesse) (pago|pagado)\b(?!( \w+)? (menos|mais|errado"
                         r"|valor|diferente))"
                         r"|\b(confundi|troquei)( \w+){0,2} (fatura|faturas|boleto|boletos|conta|contas|parcela)\b"
                         # the boleto lost to spam: "o boleto foi pro spam e eu nao vi"
                         r"|\b(foi|caiu|cai|chegou|estava|tava|veio)( \w+)? (spam|lixo eletronico)\b"
                         # or to an address no longer read: "o boleto foi pro email antigo e eu nao vi"
                         r"|\b(boleto|fatura|cobranca|conta) (foi|chegou|veio|caiu|mandaram|enviaram)( \w+){0,2} email"
                         r" (antigo|velho|nao uso|ninguem)|\bpassou batido\b"
                         # "nem lembrava que vencia hoje" (not a purchase not remembered: "nao lembro dessa compra")
                         r"|\b(nem|nao) (lembrava|lembrei)( \w+){0,2} (vencia|vencimento|venceu|boleto|data|pagar"
                         r"|pagamento|fatura|parcela|conta|divida)\b"
                         # an account forgotten, or believed closed: "nem lembrava que tinha essa conta, achei que ja
                         # tinha encerrado"
                         r"|\bnem (lembrava|lembrei)( \w+){0,2} (tinha|existia) (essa |esta |esse |este )?(conta"
                         r"|cartao|cadastro|linha|plano|assinatura)\b|\b(achei|pensei|jurava) (ja )?(tinha|estava|tava"
                         r"|tivesse) (encerrad\w*|fechad[oa])\b"),
    # an instalment taken from the account: "a parcela foi debitada no dia 10" (not "vai ser debitada")
    "already_paid": re.compile(r"\b(parcela|prestacao|fatura|boleto|mensalidade|valor|debito|divida|conta) ja"
                               r" (foi|foram) (pag[oa]s?|quitad[oa]s?)\b|"
                               r"\b(parcela|prestacao|fatura|boleto|mensalidade|valor)( foi| ja foi| ja)? (debitad[oa]"
                               r"|descontad[oa]|compensad[oa])\b"
                               # "a 5 foi paga junto com a 4", "o pagamento esta em processamento"
                               r"|\b(foi|foram) (paga|pago|pagas|pagos) (junto|juntas|juntos)\b"
                               r"|\b(pagamento|pix|transferencia|deposito) (esta )?(processamento|compensacao)\b"),
    # a loan or a deduction never authorised: "o consignado foi feito sem eu autorizar"; a card or a name used so:
    # "o cartao foi usado sem minha permissao", "usaram meu cpf sem autorizacao" (read on tokens)
    "fraud_suspected": re.compile(r"\b(consignado|emprestimo|descontaram|descontou)( \w+){0,3} sem (ter )?"
                                  r"autoriz\w*\b|\b((cartao|nome|cpf|dados|documentos|conta) (foi |foram )?usad[oa]s?"
                                  r"|usaram (\w+ )?(cartao|nome|cpf|dados|documentos|conta)) sem (permissao|autoriz\w*"
                                  r"|consentimento)\b"
                                  # a stranger's contract in the writer's name: "fizeram um cartao no meu nome",
                                  # "usaram meu nome pra fazer crediario" (read on tokens)
                                  r"|\b(fizeram|abriram|tiraram|pegaram|criaram|contrataram|fez|abriu|tirou|pegou"
                                  r"|contratou) (cartao|conta|emprestimo|crediario|financiamento|consignado|cadastro"
                                  r"|linha) (nome|cpf|documentos|dados)\b"
                                  r"|\busaram (nome|cpf|dados|documentos) (fazer|abrir|tirar|pegar"
                                  r"|comprar|contratar)\b"),
    # an amount agreed, another billed: "o acordo foi de 180 e veio 250"; a purchase undone: "a compra foi cancelada
    # no prazo de arrependimento" (read on tokens)
    "debt_not_recognized": re.compile(r"\b(acordo|combinado|combinei|combinamos|fechei|fechamos|acertei|acertamos)"
                                      r"( foi)? \d+( \w+){0,3}? (veio|vieram|chegou|cobraram|mandaram|cobrou) \d+\b"
                                      r"|\b(prazo|direito|periodo) arrependimento\b"
                                      # a minor's purchase, an additional card's holder: "meu filho de 16 anos fez a
                                      # compra escondido", "o cartao e da minha mae, eu sou so adicional"
                                      r"|\b(filho|filha|neto|neta|sobrinho|sobrinha) (1[0-7]|[1-9]) anos\b"
                                      r"|\bsou (so |apenas )?adicional\b"
                                      # an amount raised or billed otherwise: "a parcela subiu de 250 pra 410 sem
                                      # explicacao", "o saldo era 1.200 e voces cobram 4.870", interest above the law
                                      r"|\b(subiu|aumentou|veio|virou|cobram|cobraram)( \w+){0,3} sem (explicacao"
                                      r"|motivo|justificativa|aviso)\b|\b(saldo|valor|divida|parcela) era( \d+){1,2}"
                                      r"( \w+){0,2} (cobram|cobraram|veio|vieram|chegou|mandaram)( \d+){1,2}\b"
                                      r"|\bacima (do )?(permitido|limite legal)\b|\bjuros abusiv\w*"
                                      # a charge contested, or its interest: "a fatura foi contestada junto a
                                      # operadora", "nao concordo com os juros que voces colocaram"
                                      r"|\b(fatura|compra|cobranca|valor|debito|parcela)( foi)? contestad[oa]\b"
                                      r"|\bcontestei (\w+ )?(compra|fatura|cobranca|valor|debito|parcela)\b"
                                      r"|\bnao concordo (\w+ )?(juros|valor|multa|cobranca|taxa|taxas)\b"
                                      # the line used by a kin who is gone: "meu irmao que usava a linha e sumiu"
                                      r"|\b(irmao|irma|filho|filha|marido|esposa|ex|cunhado|cunhada|primo|prima)"
                                      r"( \w+){0,2} usava (\w+ )?(linha|chip)\b"),
}
# what tells a reason only when no phrase above does (an illness or a death that made the pay fall is the reason):
# pay fallen, not paid in ("o salario caiu" alone is pay day): "o salario caiu bastante na licenca"; the cost of
# living up: "o aluguel subiu e a conta nao fecha" (not an instalment: that offer does not fit)
_WEAKER_PHRASES = {
    "income_drop": re.compile(
        r"\b((salario|renda|ganho|ganhos|comissao|comissoes|faturamento)( \w+){0,2} (caiu|cairam) (bastante|muito"
        r"|demais|metade|pela metade|quase|bem|pra)"
        r"|(aluguel|luz|agua|gas|mercado|comida|alimentacao|custo vida|gasolina|combustivel|remedios|feira)( \w+){0,2}"
        r" (subiu|subiram|aumentou|aumentaram|disparou|dispararam|encareceu|encareceram|dobrou|dobraram)"
        # pay held back by the one who owes it: "a prefeitura ta atrasando o pagamento dos terceirizados" (not one's own
        # payment late: "atrasei o pagamento")
        r"|(atrasando|atrasou|atrasaram|atrasa|atrasam) (\w+ )?(salario|salarios|repasse|pagamento (dos|do|da|das) \w+)"
        r"|(salario|salarios|vencimentos|repasse) (\w+ )?(atrasad\w*|atrasou|atrasaram|atrasando)"
        # a client lost, a grant ended, nothing to sell: "o cliente grande que eu tinha cancelou o contrato", "minha
        # bolsa da faculdade acabou", "o fornecedor nao entregou e eu fiquei sem vender" (read on tokens)
        r"|cliente( \w+){0,3} (cancelou|cancelaram|rescindiu)|perdi (\w+ )?(maior |principal )?cliente"
        r"|bolsa( \w+){0,2} (acabou|cortad\w*|cortaram|suspens\w*|terminou)|fiquei sem (vender|mercadoria|estoque)"
        # a benefit as the whole income: "recebo so o bolsa familia e tenho tres filhos" (not its day: "so recebo o
        # bolsa familia dia 20")
        r"|(recebo|vivo|dependo|tenho) so (do |o )?bolsa familia\b(?! dia)"
        # "nao recebi meu salario ainda, a empresa atrasou"
        r"|salario( \w+){0,3} (empresa|firma|patrao|patroa|chefe|prefeitura) (atrasou|atrasaram)"
        # the house carried alone: "to cobrindo as despesas da casa sozinho desde que meu irmao saiu"
        # a partner who took the money: "o socio levou o dinheiro da empresa"
        r"|(socio|socia)( \w+)? (levou|sumiu|roubou|desviou|fugiu)"
        # leave without pay: "a empresa me colocou em licenca nao remunerada"
        r"|licenca nao remunerada|(sem|nao) (receber )?remuneracao"
        # the odd jobs gone: "meu freela acabou e nao apareceu outro", "os bicos sumiram"
        r"|(freela|freelas|bico|bicos|diaria|diarias|encomenda|encomendas|clientes|pacientes|alunos|fregueses)"
        r"( \w+){0,2} (acabou|acabaram|sumiu|sumiram"
        r"|parou|pararam|diminuiu|diminuiram)"
        # a harvest or a business at a loss: "minha safra de cafe deu prejuizo esse ano"
        r"|(safra|colheita|lavoura|plantacao|roca|gado|criacao|negocio|loja|comercio|vendas)( \w+){0,2} (deu|teve|tive"
        r"|tivemos|dando) prejuizo"
        r"|(cobrindo|bancando|arcando) (\w+ ){0,4}sozinh[oa]|vivendo( de| com)? (doacao|doacoes|ajuda|cesta basica)"
        r"|(bolsa familia|bolsa)( \w+){0,3} (bloquead\w*|cortad\w*|suspens\w*)"
        # the money that comes in does for nothing: "o dinheiro nao da pra nada" (read on tokens)
        r"|(salario|dinheiro|renda|aposentadoria|pensao|beneficio)( \w+)? nao (nada|tudo)"
        # child support unpaid: "a pensao alimenticia dos meus filhos nao esta sendo paga pelo pai", "o pai parou de
        # pagar a pensao"
        r"|pensao( \w+){0,4} nao (esta sendo |foi |e )?(paga|depositada)|(parou|deixou) (de )?pagar (\w+ )?pensao"
        # what came in stopped: "a pensao do meu ex parou de cair"; unpaid holidays; a pension not yet granted
        r"|(pensao|auxilio|beneficio|bolsa|salario|renda|mesada)( \w+){0,3} (parou|deixou) (de )?(cair|vir|entrar"
        r"|chegar)|ferias coletiva\w*|(inss|governo)( \w+){0,2} nao (liberou|concedeu|aprovou)( \w+){0,2}"
        r" (aposentadoria|beneficio|pensao|auxilio)"
        r"|(patrao|patroa|empresa|firma|chefe|prefeitura|governo)( \w+)? (nao|num) (pagou|pagaram|depositou"
        r"|depositaram))\b"),
    # out of work, said plainly (after a stronger reason: "to com cancer e nao to trabalhando" is the illness); a
    # site stopped: "nao to trabalhando desde que a obra parou"
    "unemployment": re.compile(r"\bnao (estou|to|tou|ando) (mais )?trabalhando\b|\b(obra|obras) (parou|pararam)\b"),
}
# money lost to gambling: "perdi o salario todo apostando nas bets", "gastei o aluguel em aposta online" (not "joguei
# no bicho e ganhei")
_GAMBLED = re.compile(r"^(?=.{0,240}\b(aposta\w*|apostei|apostando|bets?|cassino\w*|tigrinho|jogatina|caca niquel)\b)"
                      r"(?=.{0,240}\b(perdi|perdeu|gastei|gastou|torrei|torrou|apostei|apostando|viciad\w*|vicio|divida\w*"
                      r"|emprestimo\w*|controle|enrolei|enrolad\w*)\b)")
_NOT_THE_REASON = frozenset({*(("nao", w) for w in ("esqueci", "esquecemos", "esqueceu", "esquecimento")),
                             ("bolsa", "familia")})
_NO_REASON = re.compile(
    r"^(?!.*\b(desempreg|demiti|falec|doente|internad|hospital|cirurgia)).*(\b(quando|depois|assim|esperando"
    r"|recebi|receber|recebo|cair|caiu)\b.{0,20}\bsalario\b|\bsalario\b.{0,20}\b(cair|caiu|cai)\b"
    r"|\b(ligacao|chamada|app|aplicativo|sistema|site|internet|sinal)( \w+){0,2} caiu\b"
    r"|(?<!nao )\b(to|estou|tou|ta) (no )?trabalh\w*|\bemail (\w+ )?trabalho\b|\bemprego novo|novo emprego"
    r"|\b(consegui|arrumei) (\w+ )?(emprego|trabalho|servico)"
    # part paid, the rest promised: "paguei metade e o resto pago dia 20" (not "o resto ja esta pago")
    r"|\bpaguei (a )?(metade|parte|uma parte)\b.{0,60}\b(resto|restante|outra metade)( eu)? (pago|vou|pagarei"
    r"|semana|mes|dia|quando|fim)\b"
    # the debt owned, no reason given: "reconheco a divida, vou pagar" (read on tokens; not "nao reconheco")
    r"|(?<!nao )\breconheco (divida|debito|conta|compra|valor)\b"
    r"|\b(mae|pai)\b( \w+){0,2} (vai|paga|pagar|passar|resolve|ajudar)"
    # a tax refund or a thirteenth salary awaited: "to esperando a restituicao do imposto de renda pra quitar"
    r"|\brestituicao\b|\bdecimo terceiro\b"
    # other bills paid first, this one left for later: "paguei as outras contas primeiro, essa ficou pra depois"
    r"|\bpaguei (outras|outra|outros|outro|aluguel|luz|agua|condominio|escola|faculdade)\b"
    # the price of settling asked: "qual o valor pra quitar hoje?", "quero saber o valor da quitacao total"
    # (or of an instalment: "qual o valor da parcela se eu dividir em 6?"; not "qual a parcela? ta muito alta")
    r"|^(qual|quanto|quero saber|queria saber|gostaria saber)( \w+){0,2} (quitar|quitacao|quito|vista|parcela"
    r"|parcelas|entrada|parcelar|parcelamento)\b(?!.*\b(alto|alta|altos|altas|caro|cara|nao|absurd\w*|cabe"
    r"|pesad\w*|salgad\w*|consigo|muito|demais)\b)( \w+){0,4}$"
    # a payment asked whether it has landed: "o pix caiu na conta de voces?" (not "meu pagamento caiu pela metade")
    r"|\b(pix|dinheiro|valor|pagamento|transferencia|deposito)\b( \w+){0,2} (caiu|cair|cai) (\w+ )?(conta|ai"
    r"|voces)\b)")


# where the writer works ("trabalho no hospital", "eu trabalho em banco", "trabalho com entrega"): a job held, so
# neither the verb (the stem "trabalho") nor the place ("hospital", "saude") tells a reason; a job lost or ended does
# the tool of a trade broken ("meu caminhao quebrou e fiquei sem trabalhar"), not a product that broke ("nao vou
# pagar uma moto que quebrou na primeira semana")
_TOOL_BROKEN = re.compile(r"\b(bati|batemos|capotei) (\w+ )?(moto|carro|caminhao|van|taxi)\b"
                          # or stolen: "minha moto foi roubada", "roubaram meu carro" (read on tokens)
                          r"|\b(roubaram|furtaram|levaram) (\w+ )?(moto|carro|caminhao|van|taxi|kombi|bicicleta|bike)\b"
                          r"|\b(moto|carro|caminhao|van|taxi|kombi|bicicleta|bike) (foi )?(roubad[oa]|furtad[oa])\b"
                          r"|\b(caminhao|carro|moto|taxi|van|kombi|maquina|barco|trator)( \w+){0,4} (quebrou|quebrada"
                          r"|quebrado|pifou|oficina)\b"
                          r"|\b(conserto|consertar|consertei|concertar|concerto|arrumar|arrumei) (\w+ )?(caminhao|carro"
                          r"|moto|taxi|van|kombi|maquina|barco|trator)\b")
_MAKES_A_LIVING = re.compile(r"\b(trabalh\w*|rodar|frete\w*|entreg\w*|corridas?|uber|aplicativo|app|parad[oa]"
                             r"|servico)\b")
_WORK_VERBS = frozenset({"trabalho", "trabalha", "trabalhando"})
_JOB_LOST_BEFORE = frozenset({"sem", "perdi", "perdeu", "perder", "perdemos", "tenho", "tem", "nenhum", "arrumar",
                              "arrumo", "procurando", "procuro", "procurar", "achar", "acho", "conseguir", "consigo",
                              "novo", "outro", "falta", "faltou", "ficou", "fiquei"})
_JOB_LOST_AFTER = frozenset({"acabou", "acabaram", "fechou", "parou", "faliu"})
_PLACES = ("hospital", "saude", "clinica", "posto")


def _workplace_dropped(words: list[str]) -> list[str]:
    """The words without a job held and its place: "trabalho hospital so recebo" (stop words gone) -> "so recebo"."""
    kept, skip_places = [], 0
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if word in _WORK_VERBS and before not in _JOB_LOST_BEFORE and after not in _JOB_LOST_AFTER:
            skip_places = 3
            continue
        if skip_places and word.startswith(_PLACES):
            continue
        skip_places = max(0, skip_places - 1)
        kept.append(word)
    return kept


# reasons said in Spanish or English, read on the tokens (the typo repair knows Portuguese: "mi" reads "me")
_FOREIGN_REASONS = {
    "unemployment": re.compile(r"\bperdi (me |mi )?(trabajo|empleo)\b|\bsin (trabajo|empleo)\b|\bdesempleado\b"),
    "already_paid": re.compile(r"\bya (pague|pagamos|lo pague)\b|\balready paid\b"),
    "fraud_suspected": re.compile(r"\bstole (my |his |her )?(identity|card|documents)\b|\bidentity theft\b"
                                  r"|\bme robaron\b|\brobo (de )?identidad\b"),
    "health_or_family": re.compile(r"\b(enferm[oa]|passed away|murio|fallecio)\b|(?<!phone )(?<!battery )\bdied\b"
                                   r"|\b(am|is|are|got|been|fell) (very |so )?(sick|ill)\b"),
    "forgot": re.compile(r"\b(olvide|forgot)\b"),
    "offer_not_adherent": re.compile(r"\b(installment|payment|cuota)( \w+){0,2} (too|muy|demasiado) (high|alta"
                                     r"|alto)\b"),
    "debt_not_recognized": re.compile(r"\bdeuda( \w+){0,2} mia\b|\bnot (my|mine)\b"),
    "lack_of_planning": re.compile(r"\bgaste demasiado\b|\b(spent too much|overspent)\b"),
    "income_drop": re.compile(r"\b(salary|pay|income|wages) (was |were )?(cut|reduced|dropped)\b"
                              r"|\b(bajaron|redujeron) (el |mi )?sueldo\b"),
}


def lexicon_reason(words: list[str]) -> str | None:
    """The reason a hardship's phrase tells, else the one whose stems the words match most often (None when
    nothing matches, or the words tell no reason).

    >>> lexicon_reason(tokens("trabalho no hospital e so recebo dia 20"))
    >>> lexicon_reason(tokens("meu filho ta no hospital"))
    'health_or_family'
    """
    joined = " ".join(words)
    if _GAMBLED.search(joined):  # (before "perdi o salario": lost at a game, not by a cut)
        return "lack_of_planning"
    for reason, phrase in _REASON_PHRASES.items():
        if phrase.search(joined):
            return reason
    if _TOOL_BROKEN.search(joined) and _MAKES_A_LIVING.search(joined):
        return "income_drop"
    for reason, phrase in (*_FOREIGN_REASONS.items(), *_WEAKER_PHRASES.items()):
        if phrase.search(joined):
            return reason
    held = _workplace_dropped(words)  # (a job held says no reason, nor does its place: "trabalho no hospital")
    # a forgetting denied ("nao e que eu esqueci"), a benefit's name ("o bolsa familia"): no reason in the word
    held = [w for at, w in enumerate(held) if not at or (held[at - 1], w) not in _NOT_THE_REASON]
    if _NO_REASON.search(joined) or _NO_REASON.search(" ".join(held)):
        return None
    return stem_reason(held)


def stem_reason(words: list[str]) -> str | None:
    """The reason whose stems the words match most often (None when none matches): what :func:`routine` reads, so
    that a bereavement or an illness told with no stem ("fiquei viuva", "ele ta acamado") still reaches a person."""
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
        bag = _bag(word_ids)
        # (words it never learnt from say nothing to it: its answer would be the commonest tabulation, "me mandaram
        # embora" read as already paid)
        if self.examples >= self.min_examples and any(word in self.model.feature_counts for word in bag):
            proba = proba_one(self.model, bag)
            if proba:
                return max(sorted(proba), key=proba.get)
        if words is not None:
            return lexicon_reason(words)
        hits = Counter(reason for reason, ids in _LEXICON_IDS.items() for i in word_ids if i in ids)
        return max(sorted(hits), key=hits.get) if hits else None


LEARNT_FLAGS = ("wants_human", "not_mine", "already_paid", "fraud")


class FlagReader:
    """The flags learnt online from the stream's own labels, on top of the lexicon.

    The words a customer wrote before a ``handoff.requested`` teach "wants_human"; an attendant's
    tabulation (``contact.disposition``) teaches "not_mine", "already_paid" and "fraud", and their
    absence. A learnt flag speaks only once its model has seen ``min_examples`` texts on each side
    and is ``threshold`` sure, so it adds phrasings the lexicon misses without raising flags on a hunch.

    >>> reader = FlagReader(min_examples=3)
    >>> for _ in range(5):
    ...     reader.learn(hashed(tokens("me bota pra conversar com o dono da loja")), "wants_human", True)
    ...     reader.learn(hashed(tokens("vou pagar amanha sem falta")), "wants_human", False)
    >>> reader.predict(hashed(tokens("conversar com o dono")))
    {'wants_human'}
    >>> reader.predict(hashed(tokens("pago amanha")))
    set()
    """

    def __init__(self, min_examples: int = 50, threshold: float = 0.95, alpha: float = 0.5,
                 known_share: float = 0.6) -> None:  # fmt: skip
        self.models = {flag: naive_bayes.MultinomialNB(alpha=alpha) for flag in LEARNT_FLAGS}
        self.counts = {flag: [0, 0] for flag in LEARNT_FLAGS}  # texts seen without, with the flag
        self.vocabulary: set[int] = set()  # word ids seen in training
        self.min_examples = min_examples
        self.threshold = threshold
        self.known_share = known_share

    def learn(self, word_ids: list[int], flag: str, positive: bool) -> None:
        if word_ids:
            self.models[flag].learn_one(_bag(word_ids), positive)
            self.counts[flag][positive] += 1
            self.vocabulary.update(word_ids)

    def predict(self, word_ids: list[int]) -> set[str]:
        """The learnt flags these words raise: none until a flag has been seen enough on both sides, and none
        for a text most of whose words the reader has never seen (it abstains on phrasings it does not know;
        naive Bayes would otherwise favour whichever class has seen fewer words)."""
        known = [i for i in word_ids if i in self.vocabulary]
        if len(known) < max(2, self.known_share * len(word_ids)):
            return set()
        bag = _bag(known)
        ready = [flag for flag, seen in self.counts.items() if min(seen) >= self.min_examples]
        return {flag for flag in ready if proba_one(self.models[flag], bag).get(True, 0.0) >= self.threshold}


_WORDS: frozenset[str] = frozenset()  # filled at the first repair (see _load_vocabulary)
_STEMS: tuple[str, ...] = ()


def warm_up() -> None:
    """Read the word lists now (about 0.1 s), not on the event loop at the first message."""
    portuguese_words()
    _load_vocabulary()


def _load_vocabulary() -> None:
    """The flag patterns' words and the refusal patterns' too: "nao quero mais recbeer", "me reomve da lista"
    were left as typed, and no channel was refused. Loaded at the first repair, not at import, because
    :mod:`online_models.refusals` reads this module."""
    global _WORDS, _STEMS
    from online_models.refusals import PATTERNS

    _WORDS, _STEMS = _vocabulary((*PATTERNS, _SCAM_SAID))  # ("spam e golpe" is no "spa me golpe")
_LETTER_WORDS = frozenset("aeoqnc")  # one-letter words (and shortenings: q, n, c) a typo glues to a neighbour
# two-letter words a repair leaves alone ("te mandei" is no "tem andei"); the frequency list has junk this short
_SHORT_WORDS = frozenset(("te", "me", "se", "eu", "tu", "no", "na", "do", "da", "de", "em", "um", "ao", "os", "as",
                          "ja", "so", "la", "ai", "ha", "ou", "oi", "ok", "ta", "to"))
