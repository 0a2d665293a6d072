"""Channels a customer refuses in words: "parem de me ligar", "sai do meu whatsapp", "ligacao nao".

Asking not to be called or messaged is read as a ``consent.changed`` revoking those channels would be: a
collector who calls again has harassed the customer (CDC art. 42). A request about the moment ("not now,
call in the afternoon") refuses nothing. Patterns run on :func:`online_models.text.normalise`'s text.
"""

from __future__ import annotations

import re

from online_models.profile import CHANNELS
from online_models.speech import answers
from online_models.text import THEIR_OWN_WONT_STOP, normalise, plain_words

VOICE_CHANNELS = ("human_call", "voicebot")
# ("aplicativo de mensagens", as a formal letter calls WhatsApp, first: its "mensagens" is not the SMS too)
_MEDIUM = (r"(aplicativo de mensagens|app de mensagens|correio eletronico|correspondencia eletronica|mensagem"
           r"|mensagens|sms|torpedos?|torpedinhos?|whatsapp|whats|zap|e ?mails?)")
_MEDIUM_CHANNELS = {"mensagem": ("whatsapp", "sms"), "mensagens": ("whatsapp", "sms"), "sms": ("sms",),
                    "whatsapp": ("whatsapp",), "whats": ("whatsapp",), "zap": ("whatsapp",),
                    "torpedo": ("sms",), "torpedos": ("sms",), "torpedinho": ("sms",),
                    "torpedinhos": ("sms",), "mensajes": ("whatsapp", "sms"), "mensajes de texto": ("sms",),
                    "zapear": ("whatsapp",), "zapearem": ("whatsapp",), "aplicativo de mensagens": ("whatsapp",),
                    "app de mensagens": ("whatsapp",), "correio eletronico": ("email",),
                    "correspondencia eletronica": ("email",)}  # fmt: skip
_STOP = r"(?:parem|pare|para|parar|pararem|chega)"
_ONE_MEDIUM = _MEDIUM.replace("(", "(?:", 1)  # the same words, captured by none
_CALLS = r"(?:ligacao|ligacoes|telefonema|telefonemas|chamada|chamadas)"  # the calls a customer refuses
# had enough of a flood: "chega desse monte de", "cansei dessa enxurrada de", "farta desse tanto de"
_FED_UP = (r"(?:chega|basta|cansei|cansado|cansada|farto|farta|saco cheio) (?:de |desse |dessa |deste |desta |com esse"
           r" |com essa )")
_FLOOD = r"(?:monte|montao|tanto|tanta|enxurrada|chuva|bombardeio|avalanche|quantidade|porrada|mar)"
# no need any more, for calls or messages alike: "nao precisa mais ficar me ...", "nao precisam ficar ..."
_NO_NEED_ANY_MORE = r"nao (?:precisa|precisam) (?:mais (?:ficar )?|ficar )(?:me )?"
# take my number off: "tirem", "retire", "apaguem" (whole words: the typo repair learns its words from these patterns,
# and a fragment such as "re" would split "parcelar e" into "parcela re")
_TAKE_OFF = (r"(?:tirem|tire|tira|tirar|retirem|retire|retira|retirar|removam|remova|remove|remover|excluam|exclua"
             r"|exclui|excluir|apaguem|apague|apaga|apagar|deletem|deleta|deletar|risquem|risque|risca|riscar)")
_THESE = r"(?:essas |estas |esses |estes |as |os |tantas |tantos )?"
# refusals written the same for calls and for a written medium ({way}: the one or the other)
_EITHER_WAY = (
    # the removal asked for as a noun: "solicito a exclusao do meu numero da lista de mensagens no whatsapp"
    r"\b(?:exclusao|remocao|retirada)\b(?: \w+){{0,3}}? (?:da|das|de) (?:lista|listas|cadastro|base)(?: \w+){{0,4}}?"
    r" (?:de|do|da|no|na|pelo) {way}\b",
    # the way named, then the list: "peco a exclusao do meu email da lista de envios"
    r"\b(?:exclusao|remocao|retirada) (?:do|da|de) (?:meu |minha )?{way}\b(?= (?:da|das|de|do) (?:lista|listas"
    r"|cadastro|base)\b)",
    rf"\bparar de receber {_THESE}{{way}}\b",
    # the way of collecting turned off: "desativa o whatsapp de cobranca", "cancela as ligacoes de cobranca"
    r"\b(?:desativ\w*|deslig\w*|cancel\w*|suspend\w*) (?:o |a |os |as |esse |essa |este |esta |meu |minha )?{way}"
    r" (?:de|da|das|dos) (?:cobranca|cobrancas|aviso|avisos|lembrete|lembretes)\b",
    # consent withdrawn for a way: "retiro meu consentimento para receber ligacoes", "revogo a autorizacao de sms"
    r"\b(?:revogo|revogar|retiro|retirar|cancelo|cancelar|(?:revogacao|retirada|cancelamento) d[oa])"
    r" (?:o |meu |a |minha )?(?:consentimento|autorizacao"
    r"|permissao)(?: \w+){{0,3}}? (?:por|pelo|via|de|no|para|em) (?:receber )?{way}\b",
    # off a list by one's own wish: "quero sair da lista de mensagens"
    r"\b(?:sair|ser removid[oa]|ser excluid[oa]|ser retirad[oa]|ser tirad[oa]) (?:da|das|dessa|desta) (?:lista"
    r"|listas) de {way}\b",
    # the sending stopped, asked as a noun: "requerer a interrupcao do envio de mensagens", "o cancelamento das
    # ligacoes"
    r"\b(?:interrupcao|suspensao|cancelamento|encerramento|cessacao)(?: imediat[oa])? (?:do|dos|de|das|da)"
    r"(?: (?:envio|envios|recebimento)(?: de| das| dos| por| pelo)?)?(?: \w+){{0,2}}? {way}\b",
    r"\b(?:removid[oa]|excluid[oa]|retirad[oa]|tirad[oa]) (?:da|das|de) (?:lista|listas) de {way}\b",
    # taken off a list: "tira meu numero da lista de whatsapp", "bloqueia meu numero da lista de voces de sms"
    rf"\b(?:{_TAKE_OFF}|bloqueia|bloqueie|bloqueiem|bloquear)\b(?: \w+){{{{0,3}}}}? (?:da|das|de|na|nas) (?:lista"
    rf"|listas|cadastro|base)(?: \w+){{{{0,3}}}}? (?:de|do|da) {{way}}\b",
)
# someone else who calls no more, told of: "meu ex nao me liga mais", "ele nao liga mais" (not asked of the company)
_NOT_TOLD_OF = "".join(rf"(?<!\b{who} )" for who in ("ele", "ela", "eles", "elas", "ex", "marido", "esposa", "mulher",
                                                      "namorado", "namorada", "filho", "filha", "pai", "mae", "irmao",
                                                      "irma", "ninguem", "amigo", "amiga", "chefe"))
_NO_CALLS = tuple(re.compile(p) for p in (
    # (its "r" dropped as said: "para di liga"; "pare imediatamente de telefonar")
    rf"\b{_STOP}( imediatamente| ja| logo| agora)? de (ficar )?(me )?(ligar|ligando|telefonar|liga)\b",
    # "parem com as ligacoes", "chega com essas chamadas"
    rf"\b(?:parem|pare|para) com (?:as|essas|estas|tantas) {_CALLS}\b",
    # calls out of the question: "so atendo por carta, telefone nem pensar", "ligacao nem pensar"
    rf"\b(?:{_CALLS}|telefone|ligar|me ligar) nem pensar\b",
    # as Portugal says it: "deixem de me telefonar"; another way kept, calls refused: "por email, mas nao por telefone"
    r"(?<!nao )\b(deixem|deixe|deixa|deixar) de (me )?(ligar|telefonar|contatar (por|pelo|via) telefone)\b"
    rf"|\b(mas|so|porem|e) nao (por|pelo|via) (telefone|{_CALLS})\b",
    # no need to call any more: "manda tudo pro meu contador por email, nao precisa me ligar mais"
    r"\bnao (?:precisa|precisam) (?:mais )?(?:me )?ligar mais\b",
    # asked how to ask: "posso pedir pra nao receber mais ligacao?"
    rf"\b(?:pedir|peco|pedindo|solicitar|solicito) (?:pra|para|que) (?:eu )?nao (?:receber|receba) mais {_CALLS}\b",
    rf"\b{_STOP} (com|de) {_THESE}{_CALLS}\b",
    # the robot's use stopped: "parem de usar o robo pra me cobrar"
    r"\b(parem|pare|para|chega) de usar (o |esse |essa |a |este |esta )?(robo|robozinho|gravacao|maquina|bot)\b",
    # wished politely: "gostaria que nao me telefonassem mais", "preferia que voces nao me ligassem"
    r"\b(gostaria|queria|preferia|peco|pediria) que (voces )?nao me (ligassem|telefonassem|ligasse|telefonasse)\b"
    r"(?! (antes|depois|de manha|de tarde|de noite|a noite|a tarde|cedo|agora|hoje|nesse horario|no trabalho"
    r"|no servico|aos|no fim)\b)",
    # the machine itself not wanted: "podem me ligar sim, so nao quero o robo", "ligar pode, nao quero e a gravacao",
    # "nao quero falar com robo, quero gente" (a person asked for, and the robot's calls refused)
    r"\bnao quero (mais )?(e )?(o |esse |essa |a |este |esta )(robo|robozinho|gravacao|maquina)\b"
    r"|\bnao quero (mais )?(falar|conversar) com (o |um |uma |esse |essa |a )?(robo|robozinho|gravacao|maquina)\b"
    # the machine not understood: "robo eu nao entendo, se for ligar que seja gente"
    r"|\b(robo|robozinho|gravacao|maquina) eu nao (entendo|consigo entender)\b",
    # calls avoided: "evitem me ligar, prefiro mensagem", "evite ligacoes"
    rf"\b(evitem|evite|evita) (me )?(ligar|telefonar|{_CALLS})\b",
    # the machine's calls, refused in passing: "sem robo ligando", "sem maquina me ligando", "e por favor, sem essa robo
    # ligando toda hora"
    r"\bsem (esse |essa |esses |essas |este |esta )?(robo|robos|robozinho|gravacao|gravacoes|maquina|bot)"
    r"( me)? (ligando|ligar|ligacao|ligacoes)\b",
    # a call allowed, not the machine's: "pode me ligar, mas sem ser o robo"
    r"\bsem ser (com |por |pelo |pela )?(o |a )?(robo|robozinho|gravacao|maquina|bot)\b",
    # ... or said with the machine named: "pode me ligar, mas sem aquela gravacao", "pode ligar, mas sem robo"; the
    # recording had enough of: "nada de gravacao" (not a bare "sem gravacao", which may ask that a call not be recorded)
    r"\b(pode|podem) (me )?(ligar|telefonar)\b[^.?!]{0,20}\bmas sem (o |a |aquel\w+ |esse |essa |essas |esses )?(robo"
    r"|robos|robozinho|gravacao|gravacoes|maquina|bot)\b|\b(nada de|chega de) (gravacao|gravacoes)\b",
    # calls no longer answered, writing kept: "por telefone nao atendo mais", "so respondo por escrito"
    r"\b(por|pelo) (telefone|celular) (eu )?(nao|nunca mais) (atendo|falo|converso)\b"
    r"|\b(so|somente|apenas) (falo|converso|respondo|atendo)( \w+){0,2}? por escrito\b",
    # the line they call from blocked: "bloqueei o 0800 de voces"
    r"\b(bloqueei|bloqueamos|vou bloquear|bloqueando) (o |esse |este |seu |teu )?(0800|0 800|telefone fixo)\b",
    rf"\bchega (dessas|destas|desses|destes) {_CALLS}\b",
    # a flood of calls, had enough of: "chega dessa enxurrada de ligacao", "cansei desse monte de chamada"
    rf"\b{_FED_UP}{_FLOOD} de {_CALLS}\b",
    r"\b(?:nao|nunca mais) (me )?(liguem|ligue|telefonem)\b"
    r"|\bnao mais (?:me )?(?:ligarem|ligar|telefonarem|telefonar)\b",
    # asked formally: "favor nao ligar mais neste numero", "solicito que nao telefonem", "que cessem as ligacoes"
    r"\b(?:nao|nunca mais) (?:me )?(?:ligar|telefonar)(?: mais)? (?:para|pra|neste|nesse|no|em|aqui)\b"
    r"|\bfavor (?:nao|nunca mais) (?:me )?(?:ligar|telefonar)\b",
    rf"\b(?:cessem|cesse|cessar|interrompam|suspendam|encerrem|desativem|desative|desativar|cancelem|cancele)"
    rf"(?: \w+){{0,2}}? {_CALLS}\b",
    r"\bnao (podem|pode|quero que|quero que voces|permito que|autorizo que|aceito que) (voces )?me (ligar|liguem|ligue"
    r"|telefonem)\b",
    r"\bnao (quero|permito|autorizo|aceito) que (\w+ ){1,2}me (ligue|liguem|telefone|telefonem)\b"
    r"|\bnao (?:quero|permito|autorizo|aceito) que (?:me )?(?:liguem|telefonem)\b",
    rf"\b(sem|nada de|nao quero( mais)?( receber)?( mais)?( nenhuma| nenhum)?) {_CALLS}\b",
    # forbidden, not answered: "proibido ligar pra esse numero", "nao atendo ligacao de cobranca"
    rf"\b(?:proibid[oa]s?|vedad[oa]s?)(?: \w+){{0,2}}? (?:me )?(?:ligar|telefonar|{_CALLS}|contatos? telefonicos?"
    r"|contatos? (?:por|pelo) telefone)\b",
    rf"\bnao atendo (?:mais )?(?:a |as |essa |essas )?(?:{_CALLS}|telefone)\b"
    rf"|\b{_CALLS}(?: \w+){{0,3}}? (?:eu )?(?:nao atendo|nunca atendo|bloqueio)\b",
    # calls disliked: "nao gosto de ligacao, manda mensagem", "nao curto ligacao"
    rf"\bnao (?:gosto de|curto|suporto|aguento) (?:\w+ ){{0,2}}?{_CALLS}\b",
    # calls not answered, as the reason not to call: "nao me liga que eu nao atendo", "nem me liga pq nunca atendo"
    r"\b(?:nao|nem) (?:me )?liga(?: mais)? (?:q|que|pq|porque|pois) (?:eu )?(?:nao|nunca) atendo\b",
    # consent withdrawn for contact by telephone: "retiro a autorizacao de contato telefonico"
    r"\b(?:revogo|revogar|retiro|retirar|cancelo|cancelar) (?:o |meu |a |minha )?(?:consentimento|autorizacao"
    r"|permissao)(?: \w+){0,3}? (?:de|para|por) contatos? (?:telefonic[oa]s?|por telefone|pelo telefone"
    r"|por celular|pelo celular)\b",
    rf"\b(?:bloqueei|bloquear|bloqueio|bloqueando)(?: \w+){{0,3}}? (?:{_CALLS}|telefone)\b",
    r"\b(?:chega|nada) de (?:\w+ ){0,2}?(?:me )?(?:ligando|ligar|telefonando)\b"
    r"(?! (?:pro|para o|no|na) (?:meu |minha )?(?:trabalho|servico|emprego|firma|escritorio|empresa)\b)",
    # the number taken off their lists: "tirem meu telefone da lista", "apaguem meu celular do cadastro"
    rf"\b{_TAKE_OFF}(?: o)? (?:meu|o meu|esse|este)"
    r" (?:numero|telefone|celular)(?: \w+){0,2}? (?:da|das|do|dos) (?:sua |suas )?(?:lista|listas|cadastro|sistema"
    r"|base|discagem)\b"
    rf"(?!(?: \w+){{0,3}}? (?:de|do|da) {_MEDIUM}\b)",  # "tira meu numero da lista de whatsapp": that list only
    # calls that harm: "ligacao me desregula", "telefonema me da crise de panico"
    rf"\b{_CALLS} (?:me )?(?:desregula|desregulam|da crise|dao crise|deixa ansioso|deixa ansiosa|deixam ansioso"
    r"|deixam ansiosa|deixa em crise|deixam em crise|faz mal|fazem mal|da panico|dao panico)\b",
    rf"\b(ligando|liga|ligam|{_CALLS})\b.{{0,240}}\b(nao quero mais(?! (?:receber )?{_ONE_MEDIUM}\b)|chega"
    rf"|parem(?! com (?:o|os|a|as|esse|esses|essa|essas) {_ONE_MEDIUM}\b)|(pare|para) com isso|basta"
    r"|(tem|tenho|tem de|precisam|precisa|devem|deve) (que )?parar)\b",
    # calls the customer did not ask for, called harassment or absurd: "ficam me ligando toda hora, que absurdo"
    r"\b(ficam|ficar|vivem|estao) (me )?ligando\b.{0,240}\b(assedio|absurdo|palhacada|abuso)\b",
    # "esse numero nao recebe mais ligacao de cobranca", "nem pensar em ligacao"
    rf"\bnao (?:recebe|recebo|aceita|aceito|atende)(?: mais)? (?:nenhuma |nenhum )?(?:{_CALLS}|telefonema)\b",
    rf"\bnem pensar (?:em|de) (?:me )?(?:{_CALLS}|ligar|ligarem|telefonar)\b",
    # "nem pense em me ligar de novo", "nem ousem me ligar"
    r"\bnem (?:pense|pensem|ouse|ousem|tente|tentem) (?:em )?(?:me )?(?:ligar|telefonar)\b",
    # asked before and said again: "ja pedi mil vezes pra pararem de me ligar"
    r"\b(?:pedi|pedimos|pedir|falei|disse|avisei)(?: \w+){0,3}? (?:para|pra) (?:voces )?(?:pararem|parar) de (?:me )?"
    r"(?:ligar|telefonar)\b",
    # "meu marido ja avisou que nao e pra ligar mais" (not a moment: "nao e pra ligar antes das 10")
    r"\bnao e (?:pra|para) (?:me )?(?:ligar|ligarem|telefonar)\b(?! (?:antes|depois|agora|hoje|amanha|de manha"
    r"|a noite|cedo|tarde|nesse horario|neste horario|no trabalho|no servico|durante)\b)",
    # only in writing: "fala comigo so por escrito" (not "so por escrito eu nao entendo")
    r"\b(?:so|somente|apenas|exclusivamente) (?:por escrito|mensagem escrita|mensagens escritas)\b(?! (?:eu )?nao\b)",
    # the calls named first: "ligacao automatica nao atendo mais", "ligacao de robo eu nao atendo"
    rf"\b{_CALLS}(?: automatica| automaticas| de robo| gravada| gravadas)? (?:eu )?nao (?:atendo|aceito|recebo)\b",
    # "nao me liga nem manda mensagem", "nao me telefona e nem escreve", "nao me liga no trabalho nem no celular" (not
    # "nao me liga agora nem...")
    r"\bnao (?:me )?(?:liga|ligue|liguem|telefona|telefone|telefonem)(?: (?:no|na) (?:trabalho|servico|celular|fixo"
    r"|casa|firma|empresa))? (?:e )?nem\b",
    # the whole message: "nao liga", "nao me liguem"
    r"^nao (?:me )?(?:liga|ligue|liguem|telefona|telefone|telefonem)$",
    # a written way kept, calls refused: "manda por escrito, so nao liga", "pode mandar email mas nao liga"
    r"\b(?:so|mas|porem|apenas) nao (?:me )?(?:liga|ligue|liguem|ligar|telefone|telefonem)\b(?! (?:agora|hoje|amanha"
    r"|depois|cedo|tarde|de manha|a noite|antes|nesse horario|neste horario|pra isso|para isso)\b)",
    rf"\b{_CALLS}(?: de cobranca| de voces)? (?:podem|pode|tem que|tem de|precisam|devem) parar\b(?! (?:no|na|nos|nas"
    r"|em|de)\b)",
    # calls one cannot take, writing asked for instead: "nao posso receber ligacao, so mensagem"
    rf"\bnao (?:posso|consigo|tenho como|da pra|da para) (?:receber|atender) {_CALLS}\b.{{0,60}}\b(?:so|somente"
    r"|apenas) (?:por )?(?:mensage\w*|whatsapp|whats|zap|sms|escrito|email|e mail|chat)\b",
    r"\b(me )?ligaram \w+ vezes\b.{0,240}\b(assedio|absurdo|palhacada|abuso)\b",
    rf"\b(?:me )?{_TAKE_OFF}(?: o)?(?: meu)?(?: numero| contato| telefone| celular)? (?:da|dessa|desta|das)"
    rf" (?:vossa |sua )?(?:lista|listas) de {_CALLS}\b",
    rf"\b(?:telefone|ligar|{_CALLS})(?: \w+){{0,4}}? nunca mais\b"
    rf"|\b{_CALLS} (?:eu )?(?:nao|nunca) (?:quero|aceito|desejo)\b",
    rf"\b{_CALLS} (?:jamais|nunca|de jeito nenhum|nem pensar)\b|{_NOT_TOLD_OF}\bnao (?:me )?liga mais\b",
    r"\bnada de (?:robo|robos|gravacao|ligacao automatica|ligacoes automaticas)(?: me)? ligando\b",
    # the robot's recorded voice refused: "sem audio de robo", "chega de gravacao de robo"
    r"\b(?:sem|nada de|chega de|nao quero) (?:audio|audios|gravacao|gravacoes) (?:de|do|dos) (?:robo|robos)\b",
    # calls that disturb: "ligacao me atrapalha no servico", "telefonema me incomoda"
    rf"\b{_CALLS} (?:me )?(?:atrapalha|atrapalham|incomoda|incomodam|prejudica|prejudicam)\b",
    # asked to refrain, formally: "queira abster-se de me telefonar"
    rf"\babst\w*(?: se)? de (?:me )?(?:ligar|telefonar|{_CALLS})\b",
    # contact by phone ended, asked formally: "peco que cessem todo contato por telefone"
    r"\b(?:cessem|cesse|suspendam|suspenda|encerrem|interrompam)(?: \w+){0,2}? (?:contato|contatos) (?:por|pelo|via)"
    r" (?:telefone|celular)\b",
    # taken off the dialer: "tirem meu numero do discador"
    rf"\b{_TAKE_OFF}\b(?: \w+){{0,3}}? (?:do|da) discador\b",
    # taken off the robot's list: "descadastra meu numero do robo", "tirem meu telefone das ligacoes automaticas"
    rf"\b(?:{_TAKE_OFF}|descadastr\w*)\b(?: \w+){{0,3}}? (?:do|dos|das|dessas|desses|destas|destes) (?:robo|robos"
    r"|ligacoes automaticas)\b",
    # hung up on: "ligacao automatica eu desligo na cara", "se ligarem eu desligo" (not "desliguei, caiu a ligacao")
    rf"\b(?:{_CALLS}|robo|robos|se (?:me )?ligarem)\b(?: \w+){{0,3}}? (?:eu )?desligo\b",
    # calling is no use: "sou surda, nao adianta me ligar", "ligacao nao adianta, manda por escrito"
    rf"\b(?:nao|nem) adianta (?:me |ficar me )?(?:ligar|telefonar|ligando)\b"
    rf"|\b(?:{_CALLS}|ligar|telefonar) nao adianta\b|\b{_CALLS} (?:nao|nunca) (?:serve|servem|funciona|funcionam)\b",
    # the robot that calls switched off: "tira esse robo de ligacao", "desliga esse robo que fica me ligando"
    r"\b(?:deslig\w*|desativ\w*|tira|tire|tirem|retir\w*|remov\w*|cancel\w*|para|pare|parem|bloque\w*|chega|basta)\b"
    r"(?: \w+){0,2}?"
    r" (?:robo|robos|robozinho|robozinhos|bot|gravacao|gravacoes) (?:de (?:ligacao|ligacoes|voz|ligar|me ligar)"
    r"|(?:que )?(?:fica "
    r"|ficam )?"
    r"(?:me )?ligando)\b",
    rf"\bnao (?:me )?(?:contatem|contate|contactem|contacte|procurem|procure|chamem)(?: mais)? (?:por|via|pelo|pela)"
    rf" (?:{_CALLS}|telefone)\b",
    rf"\bnao tenho (?:mais )?interesse em receber (?:mais )?{_THESE}{_CALLS}\b",
    # no need for them any more: "nao precisa mais ficar me ligando", "nao precisam ficar ligando" (not this once: "nao
    # precisa me ligar, vou pagar pelo app")
    rf"\b{_NO_NEED_ANY_MORE}(?:ligar|ligando|telefonar|telefonando)\b"
    r"(?! (?:pra|para) (?:confirmar|avisar|lembrar)\b)",
    # in Spanish: "no me llamen mas", "no quiero mas llamadas"
    r"\bno (?:me )?(?:llamen|llames|llame)\b|\bno quiero (?:recibir )?(?:mas )?llamadas\b",
    *(p.format(way=_CALLS) for p in _EITHER_WAY),
))  # fmt: skip
# a call refused as made by a machine ("ligacao de robo", "ligacoes gravadas"): the voicebot only
# (not the robot told: "eu falei pro robo que nao quero mais ligacao" refuses every call)
_MACHINE_CALLS = re.compile(r"(?<!para o )(?<! ao )(?<!^ao )\b(robo|robos|robozinho|robozinhos|robotizad\w*|gravad\w*"
                            r"|gravacao|gravacoes|automatic\w*|maquina|bot)\b")
_SEND = r"(?:mandem|mande|enviem|envie|mandar|enviar|manda|envia)"
_THINGS_SENT = (r"(?:proposta|propostas|oferta|ofertas|boleto|boletos|cobranca|cobrancas|lembrete|lembretes|aviso"
                r"|avisos|link|links|promocao|promocoes|propaganda|propagandas)")
_NO_MESSAGES = tuple(re.compile(p) for p in (
    # a medium said to be no place for collection: "whatsapp nao e canal de cobranca, parem"
    rf"\b{_MEDIUM} (?:nao e|nao eh|nunca foi) (?:canal|lugar|meio|ferramenta) (?:de|para|pra) (?:cobranca|cobrar)\b",
    # a medium no longer answered: "nao respondo mais mensagem de voces", "nao leio mais os emails"; or out of the
    # question: "whatsapp nem pensar"
    rf"\bnao (?:respondo|leio|abro|vejo) mais (?:os |as |o |a |nenhum |nenhuma |esses |essas )?{_MEDIUM}\b",
    rf"\b{_MEDIUM} nem pensar\b",
    # a sending cancelled: "cancela esse negocio de sms", "cancelem essa historia de mensagem no zap"
    rf"\b(?:cancela|cancelem|cancele|cancelar|desativa|desativem|desativar) (?:esse|essa|esses|essas|o|a|os|as)"
    rf" (?:negocio|coisa|historia|servico|envio|treco|lance) de {_MEDIUM}\b",
    # "so parem com o sms", "para com esses torpedos"
    rf"\b(?:parem|pare|para) com (?:o|os|a|as|esse|esses|essa|essas|estes|estas) {_MEDIUM}\b",
    # "essas mensagens de cobranca podem parar" (not "a mensagem pode parar no spam")
    rf"\b{_MEDIUM}(?: de cobranca| de voces)? (?:podem|pode|tem que|tem de|precisam|devem) parar\b(?! (?:no|na|nos|nas"
    r"|em|de)\b)",
    # "cancelem as mensagens automaticas do whatsapp", "cancela esses avisos por sms"
    r"\b(?:cancelem|cancela|cancele|cancelar|desativem|desativa|desative|desativar)(?: as| essas| estas| esses| estes"
    rf"| os)? (?:mensagens|avisos|notificacoes|lembretes)(?: automatic\w*| de cobranca)? (?:do|no|por|pelo|via|de)"
    rf" {_MEDIUM}\b",
    # what is sent, cancelled on a medium: "cancelem esse envio de boleto por whatsapp"
    r"\b(?:cancelem|cancela|cancele|cancelar|desativem|desativa|desative|desativar|suspendam|parem) (?:esse |este |o )?"
    rf"envio (?:de|do|dos|das) (?:\w+ ){{0,2}}?(?:do|no|por|pelo|via) {_MEDIUM}\b",
    # an address no longer used: "nao uso mais esse e-mail, nem adianta mandar nada pra ele"
    rf"\bnao (?:uso|utilizo|acesso|leio) mais (?:esse |este |o |meu |aquele )?{_MEDIUM}\b",
    # the medium named first: "mas sms eu nao quero mais", "e-mail eu nao quero, manda sms", "mensagem no telefone eu
    # nao quero"
    rf"\b{_MEDIUM}(?: (?:no|pelo) (?:meu )?(?:celular|telefone|numero))? (?:eu )?(?:nao|nunca) (?:quero|aceito|desejo)"
    r"(?: mais)?\b(?! (?:perder|deixar)\b)",
    # the medium said no to, then stopped: "sms de cobranca todo dia nao, parem", "email toda semana nao, cancelem"
    # (not "o sms nao chega", nor "nao para de chegar")
    rf"\b{_MEDIUM}(?: de cobranca| de voces)?(?: todo dia| todos os dias| toda semana| toda hora| a toda hora"
    r"| o tempo todo| todo santo dia| todo mes)? nao(?: por favor| pfv| obrigad[oa])? (?:cancelem|cancele|cancela"
    r"|cancelar|parem|pare|para com|desativem|desative|tirem|tire)\b",
    # consent revoked for a medium: "revogo o consentimento de contato por sms", "retiro meu consentimento para email"
    rf"\b(?:revogo|revogar|retiro|retirar|cancelo|cancelar) (?:o |meu |a |minha )?(?:consentimento|autorizacao"
    rf"|permissao)(?: \w+){{0,3}}? (?:por|pelo|via|de|no|para) {_MEDIUM}\b",
    # a medium flooded: "parem de lotar minha caixa de email", "parem de encher meu email de cobranca"
    rf"\b{_STOP} de (?:me )?(?:lotar|encher|entupir)(?: \w+){{0,3}}? {_MEDIUM}\b",
    # suspended on a medium: "suspendam as cobrancas pelo whatsapp", "interrompam os lembretes pelo sms", "parem com
    # esses avisos por email"
    rf"\b(?:suspendam|suspenda|cessem|cesse|interrompam|interrompa|{_STOP} com|chega de|chega desses|chega dessas)"
    rf" (?:as |os |essas |esses |estes |estas |tantos |tantas )?(?:cobrancas|mensagens|avisos|lembretes|lembrete"
    rf"|notificacoes) (?:pelo|por|no|via|de) {_MEDIUM}\b",
    # a medium named, then enough: "recebo mensagem de voces todo dia, para com isso", "mandam sms toda hora, basta"
    rf"\b{_MEDIUM}\b.{{0,80}}\b(?:(?:pare|para|parem) com isso|basta$|basta (?:por favor|ja deu|chega))",
    rf"\b{_STOP} de (?:ficar )?(?:me )?(?:mandar|mandando|enviar|enviando|manda|envia) "
    rf"(?:mais )?{_MEDIUM}\b",
    # no need for them any more: "nao precisa mais ficar mandando zap", "nao precisam mais me mandar sms"
    rf"\b{_NO_NEED_ANY_MORE}(?:mandar|mandando|enviar|enviando) (?:mais )?"
    rf"{_THESE}{_MEDIUM}\b",
    # gone from a medium: "some do meu zap", "suma do meu whatsapp"
    rf"\b(?:some|suma|sumam|vaza|vazem) (?:do|da) (?:meu |minha )?{_MEDIUM}\b",
    # a thing sent on a medium: "para de me mandar proposta no zap", "parem de enviar boleto por email"
    rf"\b{_STOP} de (?:ficar )?(?:me )?(?:mandar|mandando|enviar|enviando|manda|envia) (?:mais )?(?:essas? |esses? )?"
    rf"{_THINGS_SENT} (?:no|pelo|por|via|na|pela) {_MEDIUM}\b",
    # "nao me mandem mais propaganda de acordo por email" (not where to send it: "nao me manda o boleto por whats,
    # manda por email")
    rf"\b(?:nao (?:me )?{_SEND} mais|nunca mais (?:me )?{_SEND}) "
    rf"(?:essas? |esses? |o |a |os |as )?{_THINGS_SENT}(?: de \w+)? (?:no|pelo|por|via|na|pela) {_MEDIUM}\b",
    rf"\b(?:nao|nunca mais) (?:me )?(?:mandem|mande|enviem|envie|mandar|enviar) (?:mais )?"
    rf"(?:esse |este |esses |estes )?(?:tipo de |tipos de )?{_MEDIUM}\b",
    rf"\b(?:nao|nunca mais) (?:me )?(?:manda|envia) mais {_MEDIUM}\b",
    rf"(?<!nao )\b(?:deixem|deixe|deixa|deixar) de (?:me )?(?:mandar|enviar) (?:mais )?{_MEDIUM}\b",
    # a subscription cancelled: "anulem a subscricao dos emails", "cancelem minha inscricao no sms"
    rf"\b(?:anulem|anule|anular|cancelem|cancele|cancela|cancelar) (?:a |minha |a minha )?(?:subscricao|inscricao"
    rf"|assinatura) (?:dos|de|do|da|nos|no|nas|na) {_MEDIUM}\b",
    # a medium that may not take collection: "esse zap e corporativo, nao pode receber cobranca"
    rf"\b{_MEDIUM}\b(?: \w+){{0,5}}? nao (?:pode|podem|deve|devem) receber (?:cobranca|cobrancas)\b",
    # the messages on a medium refused after it: "esses audios do robo no whatsapp eu nao quero mais"
    rf"\b(?:audios?|mensagem|mensagens|avisos?|cobrancas?)\b(?: \w+){{0,3}}? (?:no|pelo|do|via) {_MEDIUM}\b"
    r"(?: \w+){0,2}? (?:eu )?nao (?:quero|aceito|desejo)\b",
    rf"\b(?:so|mas|porem|apenas) nao (?:me )?(?:manda|mande|mandem|envia|envie|enviem) {_MEDIUM}\b",
    rf"\b(?:nao|nunca|parem|pare)\b.{{0,40}}\bnem (?:me )?(?:mandem|mande|manda|enviem|envie|envia|mandar|enviar)"
    rf" (?:mais )?{_MEDIUM}\b",
    rf"\bnao (?:me )?(?:chamem|chame|chama|chamar|procurem|procure)(?: mais)? (?:no|pelo|por|via) {_MEDIUM}\b",
    rf"\bnem pensar (?:em|de) (?:me )?(?:mandar |mandarem |receber )?{_MEDIUM}\b",
    rf"\bnao quero (?:mais )?(?:receber )?(?:mais )?{_THESE}{_MEDIUM}\b(?! (?:pode|podem|sim|tudo bem)\b)",
    rf"\bnao tenho (?:mais )?interesse em receber\b(?: \w+){{0,4}}? {_MEDIUM}\b",
    rf"\bnao (?:me )?(?:mandem|mande|manda|enviem|envie|envia|mandar|enviar)(?: mais)? nada (?:por|pelo|via|no)"
    rf" {_MEDIUM}\b",
    # a second medium after it: "nao me manda mais nada pelo whats nem por sms"
    rf"\bnao (?:me )?(?:mandem|mande|manda|enviem|envie|envia|mandar|enviar)(?: mais)? nada\b.{{0,40}}\bnem"
    rf" (?:por |pelo |pela |via |no |de )?{_MEDIUM}\b",
    # Spanish (the group: the medium): "no me manden mas mensajes de texto", "no mas mensajes por favor"
    r"\bno (?:quiero|me manden|me envien) (?:recibir )?(?:mas )?(mensajes de texto|mensajes)\b",
    r"^no mas (mensajes de texto|mensajes)\b",
    # a robot's audio on a written medium, refused: "chega desses audios de robo no whatsapp", "odeio esses audios
    # automaticos no zap, parem"
    rf"\b(?:odeio|detesto|chega|parem|pare|para)\b(?: \w+){{0,3}}? (?:audio|audios|gravacao|gravacoes)\b"
    rf"(?: \w+){{0,3}}? (?:no|pelo|do|via) {_MEDIUM}\b",
    rf"\b(?:audio|audios|gravacao|gravacoes)\b(?: \w+){{0,3}}? (?:no|pelo|do|via) {_MEDIUM}\b(?: \w+){{0,2}}?"
    r" (?:parem|pare|para com isso|chega|basta)\b",
    # messages that harm: "essas mensagens no whatsapp tao me deixando doente", "esses sms me deixam ansiosa" (not "o
    # whatsapp ta me deixando louco")
    rf"\b(?:essas|esses|suas|tantas|tantos) (?:(?:mensagens|mensagem|cobrancas|audios|avisos)\b(?: \w+){{0,2}}? (?:no"
    rf"|pelo|do|via) )?{_MEDIUM}\b(?: \w+){{0,3}}? (?:me )?(?:deixando|deixa|deixam|deixaram|fazem|faz|fazendo)"
    r" (?:doente|ansioso|ansiosa|louco|louca|mal)\b",
    # WhatsApp as a verb: "para de me zapear" (the group: the medium)
    rf"\b{_STOP}(?: de)?(?: me| ficar me)? (zapear|zapearem)\b",
    rf"\b(?:chega|nada) de {_MEDIUM}\b",
    # a medium no longer answered: "nao respondo mais nada por email", "por sms eu nao respondo mais"
    rf"\bnao (?:respondo|leio|abro) mais (?:nada )?(?:por|pelo|no|na|via) {_MEDIUM}\b",
    rf"\b(?:por|pelo|no|via) {_MEDIUM} (?:eu )?(?:nao|nunca mais) (?:respondo|leio|abro)(?: mais)?$",
    # a flood of messages, had enough of: "chega desse monte de sms", "cansei dessa chuva de mensagem"
    rf"\b{_FED_UP}{_FLOOD} de {_MEDIUM}\b",
    # left in peace, or no more of it on a medium: "deixem meu email em paz", "nao me venham mais com cobranca por sms"
    rf"\b(?:deixem|deixe|deixa) (?:o |a )?(?:meu |minha )?(?:caixa de )?{_MEDIUM} em paz\b",
    rf"\bnao me (?:venham|venha|vem) mais com\b.{{0,40}}? (?:por|pelo|no|na|via) {_MEDIUM}\b",
    rf"\b{_STOP} com {_THESE}{_MEDIUM}\b",
    # a sending service ended: "cancela esse servico de torpedo de cobranca", "desativem o envio de sms"
    rf"\b(?:cancela|cancele|cancelem|cancelar|desativa|desative|desativem|desativar)(?: \w+){{0,2}}? (?:servico|envio"
    rf"|envios) (?:de|das|dos) {_MEDIUM}\b",
    # sending forbidden: "fica proibido o envio de mensagens de cobranca para este numero"
    rf"\b(?:proibid[oa]|vedad[oa])(?: \w+){{0,2}}? (?:o )?envio (?:de|das|dos) {_MEDIUM}\b",
    # a medium no longer to be used: "parem de usar meu email pra cobranca"
    rf"\b{_STOP} de usar (?:o |a |meu |minha |o meu |a minha |esse |este )?{_MEDIUM}\b",
    # no need to send more: "nao precisa mandar mais sms"
    rf"\bnao (?:precisa|precisam) (?:me )?(?:mandar|enviar) mais {_THESE}{_MEDIUM}\b",
    # leave, take me off, unsubscribe, blocked: "sai do meu whatsapp", "me tira da lista de sms"
    rf"\b(?:sai|saia|saiam|sair|me tira|me tirem|me tirar|me retira|me retirem|me remove|me removam|me remover"
    rf"|me exclui|me excluam|me excluir"
    rf"|descadastr\w*|bloqueei|bloqueia|bloqueie|bloqueiem|bloquear|bloqueando)\b"
    rf"(?: \w+){{0,6}}? {_MEDIUM}\b",
    rf"\b(?:{_TAKE_OFF}|tiro|retiro|removo|excluo)(?: o)? (?:meu|o meu|esse|este|o) (?:endereco de |endereco do )?"
    rf"{_MEDIUM}(?: \w+){{0,2}}? (?:da|das|do|dos|dessa|desta|desse|deste)"
    rf" (?:sua |suas |vossa |vossas |vosso |vossos )?"
    rf"(?:lista|listas|cadastro|sistema|base)\b",
    # sending that never stops, objected to: "por que voces nao param de mandar whatsapp?"
    rf"{_NOT_TOLD_OF}\bnao (?:param|para) de (?:me )?(?:mandar|enviar) {_THESE}{_MEDIUM}\b",
    # taken out of whatever it is in: "tira meu zap dessa parada", "tira meu whats desse esquema"
    rf"\b{_TAKE_OFF}(?: o)? (?:meu|o meu) {_MEDIUM} (?:dessa|desse|desta|deste|disso|disto|daqui|dai|dali)\b",
    # a keyword and a medium, alone ("stop sms"; "cancelar mensagens" alone refuses the channel it came on, below)
    r"^(?:stop|pare|parar|sair|cancelar|remover|descadastrar) (sms|torpedos?|whatsapp|whats|zap|e ?mails?)$",
    *(p.format(way=_MEDIUM) for p in _EITHER_WAY),
    # fed up with a medium, then a stop: "arretado de tanto sms, parem", "cansada de tanto email, chega"
    rf"\b(?:de tanto|tanto|tantos|tantas|cheio de|cheia de|farto de|farta de|cansado de|cansada de|saco cheio de)"
    rf"(?: \w+){{0,2}}? {_MEDIUM}\b.{{0,20}}\b(?:parem|pare|chega|basta)\b",
    # two media in one stop: "parem de mandar e-mail e SMS" (the second; the first is the pattern above)
    rf"\b{_STOP} de (?:me )?(?:mandar|mandando|enviar|enviando) (?:mais )?{_ONE_MEDIUM} (?:e|nem|ou) {_MEDIUM}\b",
    # a second medium in the same stop: "para de me ligar e de mandar sms"
    rf"\b{_STOP} de\b.{{0,40}}\b(?:e|nem) (?:tambem )?de (?:me )?(?:mandar|mandando|enviar|enviando)"
    rf" (?:mais )?{_MEDIUM}\b",
    # the sending stopped: "cancela o envio de sms", "desativem o recebimento de email"
    rf"\b(?:cancel\w*|desativ\w*|suspend\w*|interromp\w*|encerr\w*) (?:o |os )?(?:envio|envios|recebimento)"
    rf" (?:de |das |dos |por |pelo )?{_MEDIUM}\b",
    rf"\b(?:cancel\w*|desativ\w*|suspend\w*) (?:as |essas |estas |os )?(?:mensagens|avisos|notificacoes)"
    rf"(?: de cobranca)? (?:no|pelo|do|por) {_MEDIUM}\b",
    # a medium named ("cancela esses sms"; "cancela essas mensagens" alone refuses the channel it came on, below)
    r"\b(?:cancel\w*|desativ\w*|suspend\w*) (?:esses |essas |estes |estas |os |as |todos os |todas as )?"
    r"(sms|torpedos?|whatsapp|whats|zap|e ?mails?)\b",  # (the one group: the medium, as findall returns it)
    # a way no longer used: "o zap eu nao uso mais", "nao uso mais email"
    # (an old address: "a proposta foi pro meu email antigo, que eu nem acesso")
    rf"\b{_MEDIUM}(?: (?:antigo|velho)(?: que)?)? (?:eu )?(?:nao|nunca|nem) (?:uso|utilizo|acesso|olho|leio"
    r"|consigo ler)(?: mais)?\b",
    rf"\bnao (?:uso|utilizo|acesso|tenho) mais (?:o |a |os )?{_MEDIUM}\b",
    # the app itself gone: "desinstalei o whatsapp, so uso telegram agora" (not an address replaced: "apaguei meu
    # email antigo, manda no novo")
    r"\b(?:desinstalei|apaguei|exclui|removi|deletei) (?:o |meu )?(whatsapp|whats|zap)\b",
    # someone else's now: "esse email nao e mais meu", "o whatsapp que voces tem nao e meu"
    rf"\b{_MEDIUM}\b(?: \w+){{0,3}}? (?:nao e|nao eh) (?:mais )?(?:o )?(?:meu|minha)\b",
))  # fmt: skip
# a whole message that opts out naming no medium ("SAIR", "pare", "nao quero mais receber", "me tira da lista"): the
# words SMS and WhatsApp senders tell customers to answer with; it refuses the written channel it came on
_RECEIVE_NO_MORE = r"nao quero (?:mais )?receber(?: mais)?(?: nada)?(?: de voces)?"  # alone, or in a clause of its own
_OPT_OUT = re.compile(r"stop|sair|sai|remover|excluir|pare|parar|descadastrar|cancelar|cancela|cancelar envio"
                      r"|sair da lista"
                      r"|desinscrever|cancelar (?:a )?inscricao|cancelar (?:a )?assinatura"
                      r"|(?:me )?(?:tira|tire|tirem|remova|removam|remove|exclua|excluam|exclui)"
                      r" (?:da|dessa|desta) lista(?: de transmissao| de envio| de envios| de contatos)?"
                      r"|(?:quero )?(?:sair|ser removid[oa]|ser excluid[oa]|ser retirad[oa]) (?:da|dessa|desta) lista"
                      r"(?: de transmissao| de envio| de envios| de contatos)?"
                      r"|(?:quero )?(?:parar|deixar) de receber|(?:please )?unsubscribe(?: me)?"
                      r"|(?:me )?(?:descadastra|descadastre|descadastrem)"
                      r"|(?:ja |eu )?(?:bloqueei|vou bloquear|to bloqueando|estou bloqueando)"  # a bare "bloqueei"
                      r"|(?:me )?(?:tira|tire|tirem|remove|remova|removam) daqui"
                      # "para", and "n manda mais nada" (read as "nao manda mais nada")
                      r"|para|para com isso|nao (?:me )?(?:manda|mande|mandem|envia|envie|enviem) mais nada"
                      # "nao quero mais, pode parar", "pode parar, chega"
                      r"|(?:nao quero mais|chega)(?: disso| isso)?(?: pode)? (?:parar|para)"
                      r"|(?:pode )?(?:parar|para) (?:nao quero mais|chega)(?: disso| isso)?"
                      # "nao, obrigada, pode parar", "quero cancelar essas mensagens"
                      r"|(?:nao )?(?:obrigad[oa] )?pode parar(?: de mandar| de enviar)?"
                      r"|(?:quero )?(?:cancelar|parar|bloquear)(?: essas| estas| as| esses| os)? (?:mensagens|mensagem"
                      r"|msgs|msg|avisos|lembretes)"
                      rf"|{_RECEIVE_NO_MORE}")  # fmt: skip
# the sender blocked, in a clause of its own (or its last part): "ja bloqueei esse numero", "bloqueei voces no whats
# e vou bloquear esse numero tambem" (not "vou bloquear esse numero do cartao", nor a threat: "se mandarem de novo")
_BLOCKED_SENDER = re.compile(r"(?:.{0,80} e )?(?:ja |eu )?(?:ja )?(?:to |tou |estou )?"
                             r"(?:bloqueei|vou bloquear|bloqueando) (?:esse|este|o seu|seu|o) (?:numero|contato)"
                             r"(?: de voces)?(?: tambem)?"
                             r"(?: agora| agora mesmo| hoje| ja)?")
_OPT_OUT_ON = re.compile(r"(?:cancelar|cancela|cancele|desativar|desativa|desative)(?: o envio (?:de|das|dos)"
                         r"| o recebimento (?:de|das|dos)| as| essas| estas)?"
                         r" (?:mensagens|notificacoes|avisos)")  # fmt: skip
# an opt-out in a clause of its own, beside others ("me esquece, nao quero receber mais nada de voces")
_OPTED_OUT = re.compile(rf"(?:ja disse |eu )?{_RECEIVE_NO_MORE}")
_COURTESY = re.compile(r"^(?:por favor )?|(?: por favor| obrigad[oa]| ai| pfv)?$")  # ("me tira dessa lista ai")
WRITTEN_CHANNELS = ("sms", "whatsapp", "email", "app_push")
_TEXT_MESSAGES = re.compile(r"\bmensage(?:m|ns) de texto\b")
_RECORDED = re.compile(r"\bmensage(?:m|ns) (?:de voz )?(?:gravad\w*|automatic\w* de voz)\b")
# (words between: "mensagens automaticas do zap", "mensagens de voz no zap")
_MESSAGE_ON = re.compile(rf"\bmensage(?:m|ns)(?: \w+){{0,2}}?(?: de voces| de vcs| da empresa| de cobranca)?"
                         rf" (?:no|pelo|por|via|de|do|nesse|neste|para o|para|pro|pra)(?: meu)? {_MEDIUM}\b")
# "whatsapp nao", "ligacao nao", "sms nunca mais", "ligacao q n": a medium refused in a clause of its own ("so por
# whatsapp, ligacao nao")
_REFUSED_ALONE = re.compile(rf"(?:^| )(?:{_MEDIUM}|(liga|ligar|telefone|voz|{_CALLS}|robo ligando"
                            r"|robos ligando|robo|robos|maquina|gravacao))"
                            r"(?: (?:de robo|do robo|dos robos|de robos|robotizad\w*|automatic\w*|gravad\w*|de cobranca"
                            r"|toda hora|a toda hora|no meu numero|no meu celular|nesse numero|neste numero|aqui"
                            r"|o tempo todo|todo dia|todos os dias|ligando|mandando|enviando|mais))*"
                            r"(?: que)? (?:nao|nunca mais|jamais)(?: quero| precisa)?(?: mais)?(?: da| rola| por favor"
                            r"| obrigad\w*)?$")
# "ligacao nenhuma", "mensagem nenhuma mais": the same, said with "nenhum", a clause's first words (not "nao recebi
# mensagem nenhuma", a complaint)
_NONE_OF = re.compile(rf"^(?:mas |e |porem |agora )?(?:{_MEDIUM}|({_CALLS}))(?: de cobranca)? (?:nenhum|nenhuma)"
                      r"(?: mais)?(?: por favor| obrigad\w*)?$")
# (the second in a lookahead: "nem ligacao nem zap nem sms" is read a pair at a time, each overlapping the next)
_NEITHER = re.compile(rf"\bnem (?:por |pelo |de )?(?:{_MEDIUM}|(ligacao|ligacoes|ligar|telefone|chamada))"
                      rf"(?= nem (?:por |pelo |de )?(?:{_MEDIUM}|(ligacao|ligacoes|ligar|telefone|chamada))\b)")
# nothing more sent to a medium named before: "esse email e do meu trabalho, nao mandem nada pra ele"
_STOP_SENDING = r"(?:parem|pare|para|parar|pararem) de (?:me )?(?:mandar|enviar)"
_NOTHING_TO = re.compile(r"\b(?:nao (?:me )?(?:mandem|mande|manda|enviem|envie|envia|mandar|enviar)(?: mais)? (?:nada"
                         r"|cobranca|cobrancas|boleto|boletos)(?: \w+)?"
                         # nothing more received here: "nao quero receber nada por aqui"
                         r"|nao quero (?:mais )?receber(?: mais)? (?:nada|cobranca|cobrancas|mensagem|mensagens|boleto"
                         rf"|boletos)(?: mais)?|{_STOP_SENDING}(?: \w+)?)"
                         r" (?:para|pra|nesse|neste|nele|la|aqui|por aqui|por la|por ali|ali)\b"
                         rf"|\b{_STOP_SENDING} (?:coisa|coisas|isso|essas coisas)\b"
                         # the last words: "essas mensagens de voz no zap eu nao escuto, para de mandar"
                         rf"|\b{_STOP_SENDING}$")
_A_MEDIUM = re.compile(rf"\b{_MEDIUM}\b")
# collection refused on a medium named before: "esse whats e do trabalho, cobranca aqui nao"
_NOT_HERE = re.compile(r"\b(?:cobranca|cobrancas|cobrar) (?:aqui|por aqui|nele|nesse|neste)(?: \w+)? nao\b"
                       r"|\bnao (?:usem|use|utilizem|utilize)(?: mais)?(?: ele| ela| esse| este| isso| isto)?"
                       r" (?:pra|para) (?:cobranca|cobrancas|cobrar|me cobrar|falar comigo|me contatar|me procurar)\b"
                       r"|\bnao (?:quero|aceito|admito) (?:mais )?(?:cobranca|cobrancas)"
                       r" (?:aqui|por aqui|nele|nesse|neste)\b")
# one way kept and every other refused: "so email, o resto nao", "so whatsapp, os outros nao"
_ONLY_THIS = re.compile(rf"\b(?:so|somente|apenas) (?:por |pelo |via )?(?:{_MEDIUM}|(ligacao|telefone))(?: \w+)?"
                        r" (?:o resto|os outros|o restante|nenhum outro|outros) (?:nao|nunca)\b")
# only by post: "so me comuniquem por carta registrada", "so me procurem por carta" (every channel refused)
_ONLY_BY_POST = re.compile(r"\b(?:so|somente|apenas) (?:me )?(?:comuniquem|contatem|procurem|escrevam|notifiquem"
                           r"|contactem|falo|trato|converso|respondo)(?: \w+){0,2}? (?:por|pelo|via) (?:carta"
                           r"|correio|correspondencia)(?! eletronic[oa])\b")
# one way kept, the rest refused: "sms pode mandar, o resto nao", "whatsapp pode continuar, os outros nao"
_ONE_KEPT = re.compile(rf"\b(?:{_MEDIUM}|(ligacao|telefone)) (?:pode|podem) (?:continuar|mandar|ligar|enviar|seguir"
                       r"|ficar)(?: \w+)? (?:o resto|os outros|o restante|outros|as outras|nenhum outro)"
                       r" (?:nao|nunca)\b")
# only one way asked for: "me contatem somente por whatsapp", "prefiro ser avisado so por email"
_ONLY_ASKED = re.compile(r"\b(?:contatem|contate|procurem|procure|avisem|avise|chamem|chame|ser contatad[oa]"
                         r"|ser avisad[oa]|ser procurad[oa]|ser chamad[oa]|ser notificad[oa])(?: \w+)? (?:so|somente"
                         rf"|apenas|exclusivamente) (?:por|pelo|via|no) (?:{_MEDIUM}|(ligacao|telefone))\b")
# one way accepted or agreed on from now on: "so aceito contato por email a partir de hoje", "combinamos que o contato
# seria so por whatsapp" (every other way refused; "quero ser contatado apenas por email" is read by _ONLY_ASKED)
_ONLY_ONE_WAY = re.compile(rf"\b(?:(?:so|somente|apenas) (?:aceito|quero|autorizo|permito)(?: o| um)? (?:contato"
                           rf"|contatos)(?: \w+)?|(?:contato|contatos)(?: \w+)?"
                           r"(?: (?:e|seria|sera|fica|ficou|vai ser))?"
                           r" (?:so|somente|apenas)"
                           # "que as comunicacoes sejam feitas exclusivamente por correspondencia eletronica"
                           r"|(?:comunicacao|comunicacoes|contatos) (?:sejam|seja) (?:feitas|feita|feitos|feito)"
                           r" (?:so|somente|apenas|exclusivamente)"
                           # "comunicacoes apenas por correio eletronico", "contatos somente por email"
                           r"|(?:comunicacao|comunicacoes) (?:so|somente|apenas|exclusivamente))"
                           rf" (?:por|pelo|via|no) (?:{_MEDIUM}|(ligacao|telefone))\b")
_PREFERENCE = re.compile(r"\b(?:prefiro|preferia|preferimos|prefere)(?: que)?(?: me)? $")
_ONLY_VIA = re.compile(rf"\b(?:so|somente|apenas|prefiro)(?: \w+){{0,2}}? {_MEDIUM}\b")
_CLAUSES = re.compile(r"[,.;:!?\n]+|\s[-–—]+\s")
_NAMES_A_CHANNEL = re.compile(r"lig|telefon|celular|numero|chamad|mensage|sms|torped|whats|zap|mail|notific|push|alerta"
                              r"|llam|mensaj|gravac|maquina|discador|comunicac"
                              r"|aviso|robo|bot|contat|contact|voz|carta|correio|correspond|cadastr|listas|procur"
                              r"|incomod|perturb|caixa de entrada|lembrete|canal|meio nenhum|nenhum meio|0800"
                              r"|por escrito")
_INBOX = r"caixa (?:de entrada|de e ?mail)"  # an email inbox ("caixa postal" is the phone's voicemail)
# by no way at all: "por nenhum meio", "de forma nenhuma", "por canal algum"
_BY_NO_MEANS = (r"(?:(?:por|de|em|via) (?:nenhum|nenhuma) (?:meio|canal|forma|jeito|via)"
                r"|(?:por|de|em) (?:meio|canal|forma|jeito|via) (?:nenhum|nenhuma|algum|alguma))")
# no contact at all, by any way: "nao quero ser contatado de forma nenhuma", "nao aceito contato por meio nenhum"
_NO_WAY_AT_ALL = re.compile(r"\bnao (?:quero|desejo|aceito|autorizo|permito|tenho interesse em)(?: mais)?"
                            r"(?: ser| receber| em receber| nenhum)?"
                            rf" (?:contatad\w*|contactad\w*|contato|contatos|procurad\w*)\b.{{0,30}}\b{_BY_NO_MEANS}\b"
                            # "nao quero mais que entrem em contato comigo por nenhum meio"
                            r"|\bnao (?:quero|desejo|aceito|autorizo|permito)(?: mais)? que (?:voces )?(?:entrem|entre)"
                            rf" em contato\b.{{0,30}}\b{_BY_NO_MEANS}\b"
                            # nothing at all, by no way: "nao quero mais receber nada de voces, por nenhum meio"
                            # "nao me mandem mais nada por nenhum meio"
                            r"|\bnao (?:me )?(?:mandem|mande|manda|enviem|envie|envia)(?: mais)? nada\b.{0,30}"
                            rf"\b{_BY_NO_MEANS}\b"
                            r"|\bnao (?:quero|desejo|aceito)(?: mais)? receber(?: mais)? nada\b.{0,30}"
                            rf"\b{_BY_NO_MEANS}\b"
                            # off every list at once: "me descadastra de tudo", "quero ser descadastrado de tudo"
                            r"|\b(?:descadastr\w*|desinscrev\w*) de tudo\b"
                            # "nao quero mais nenhum tipo de contato", "chega de contato, qualquer um"
                            r"|\bnao (?:quero|desejo|aceito|autorizo|permito)(?: mais)? (?:nenhum|qualquer)"
                            r" (?:tipo de )?contato\b"
                            r"|\bchega de contato(?: de voces| da empresa)?(?: qualquer um| seja qual for| de qualquer"
                            r" tipo| nenhum)?$"
                            # only by post, which no channel is: "so aceito contato por carta registrada"
                            # not sought by any way: "nao me procurem de forma nenhuma", "por nenhum canal"
                            r"|\bnao (?:me )?(?:contatem|contate|contactem|procurem|procure|incomodem|incomode"
                            rf"|perturbem|perturbe|chamem|chame)(?: mais)? {_BY_NO_MEANS}\b"
                            # consent to be contacted withdrawn, no way named: "quero retirar meu consentimento
                            # para receber comunicacoes de voces"
                            r"|\b(?:revogo|revogar|retiro|retirar|cancelo|cancelar) (?:o |meu |a |minha )?"
                            r"(?:consentimento|autorizacao|permissao) (?:para|de) (?:receber |ser )?(?:comunicac\w*"
                            r"|contatos?|contatad[oa]|qualquer contato|mensagens e ligacoes)(?: de voces| da empresa)?$"
                            # taken off every list: "removam meu contato de todas as listas"
                            rf"|\b(?:me )?{_TAKE_OFF}\b(?: \w+){{0,3}}? (?:de|da|das|dos) (?:todas|todos) (?:as|os)"
                            r" (?:listas|cadastros|bases|canais)\b"
                            r"|\b(?:so|somente|apenas) (?:aceito|quero|recebo|atendo)(?: o| a)? (?:contato|contatos"
                            r"|cobranca|cobrancas|comunicacao|comunicacoes)(?: \w+){0,2}? (?:por|via|pelo|pela"
                            r"|pelos) (?:carta|cartas|correio|correios|correspondencia)\b(?! eletronic[oa])"
                            # "contato comigo so por carta", "comunicacao comigo somente via correio"
                            r"|\b(?:contato|contatos|cobranca|cobrancas|comunicacao|comunicacoes)(?: comigo)? (?:so"
                            r"|somente|apenas) (?:por|via|pelo|pela|pelos) (?:carta|cartas|correio|correios"
                            r"|correspondencia)\b(?! eletronic[oa])")  # (not "correio eletronico": the e-mail)
# contact refused in formal words, naming how: "nao quero mais ser contatado por telefone", "nao autorizo envio de
# sms", "deixem de me contatar por email", "removam meu numero do whatsapp", "desativem as notificacoes"
_REFUSES = (r"(?:nao (?:quero|desejo|aceito|autorizo|permito)(?: mais)?(?: ser| receber| o| a| que)?|deixem de|parem de"
            r"|chega de)")  # fmt: skip
_HOW = rf"(?:{_MEDIUM}|telefone|celular|{_CALLS}|notificac\w*|push|alertas|avisos)"
_REFUSED_CONTACT = tuple(re.compile(p) for p in (
    rf"\b{_REFUSES}(?: \w+){{0,2}}? (?:contatad\w*|contactad\w*|contato|contatar|contactar|procurad\w*|incomodad\w*"
    rf"|envio|enviarem|cobrado|cobrada|cobranca|cobrancas)(?: \w+){{0,2}}? (?:por|pelo|pela|via|no|na|de|em) {_HOW}\b",
    rf"\bnao (?:entrem|entre|entrar)(?: mais)? em contato(?: comigo)? (?:por|pelo|pela|via|no|na) {_HOW}\b",
    # "solicito a gentileza de nao mais me contatarem por telefone"
    rf"\bnao mais (?:me )?(?:contatarem|contatar|contactarem|procurarem|procurar|incomodarem|perturbarem|chamarem)"
    rf"(?: \w+){{0,2}}? (?:por|pelo|pela|via|no|na) {_HOW}\b",
    # bothered, used: "nao me perturbem mais pelo celular", "nao permito o uso do meu e-mail para cobranca"
    rf"\bnao me (?:incomod\w*|perturb\w*|importun\w*|procur\w*|aborre\w*)(?: mais)? (?:por|pelo|pela|via|no|na)"
    rf" {_HOW}\b",
    rf"\b{_REFUSES} (?:o )?uso (?:do|da|de) (?:meu |minha )?{_HOW}\b",
    # a sign-up for a way cancelled: "cancelem meu cadastro de e-mails"
    rf"\b(?:cancel\w*|exclu\w*|remov\w*|apag\w*) (?:o |meu )?(?:cadastro|inscricao) (?:de|dos|do|no|para) {_HOW}\b",
    rf"\b{_TAKE_OFF}(?: o| a)? (?:meu|minha)"
    rf" (?:numero|telefone|celular|contato|e ?mail)\b(?: \w+){{0,4}}? {_HOW}\b",
    rf"\b{_TAKE_OFF}(?: o)? (?:meu|o meu)"
    r" (e ?mail)\b",
    r"\b(?:desativ\w*|deslig\w*|cancel\w*|bloque\w*)(?: \w+){0,3}? (?:notificac\w*|push)\b"
    # consent withdrawn for the app's notices: "revogo meu consentimento para receber notificacoes do aplicativo"
    r"|\b(?:revogo|revogar|retiro|retirar) (?:o |meu |a |minha )?(?:consentimento|autorizacao|permissao)"
    r"(?: \w+){0,3}? (?:notificac\w*|push)\b"
    r"|\b(?:nao quero|chega de|parem com|pare com|(?:para|pare|parem|parar) de (?:mandar|enviar|receber)"
    r"|nao (?:me )?(?:manda|mande|mandem|mandarem|envia|envie|enviem|enviarem))(?: mais)?"
    r"(?: receber)?"
    r"(?: essas| as| estas| nenhuma| mais nenhuma)? (notificac\w*|push"
    r"|alertas do (?:app|aplicativo)|avisos do (?:app|aplicativo))\b",
    # the app's alerts turned off: "desative os alertas de cobranca no app", "tirem os lembretes do aplicativo"
    rf"\b(?:desativ\w*|deslig\w*|cancel\w*|bloque\w*|{_TAKE_OFF}) (?:os |esses |estes )?(?:alertas|avisos|lembretes)"
    r"(?: \w+){0,3}? (?:do|no|pelo|via|nesse|desse) (?:app|aplicativo)\b",
    # an objection under the LGPD, naming how: "exerco meu direito de oposicao ao tratamento dos meus dados para fins
    # de cobranca por telefone"
    rf"\b(?:oposicao|me oponho|oponho me)\b.{{0,80}}\b(?:por|pelo|pela|via) {_HOW}\b",
    # calls kept off by a doctor's word: "meu medico disse pra evitar ligacoes, mandem email"
    rf"\b(?:medico|medica|psiquiatra|psicolog[oa]|terapeuta)\b(?: \w+)? (?:disse|pediu|mandou|orientou|recomendou)"
    rf"(?: \w+){{0,2}}? (?:evitar|nao (?:receber|atender))(?: \w+)? {_CALLS}\b",
    # the machine turned off: "desliga essa gravacao", "desativa esse robo que fica me ligando"
    r"\b(?:desliga|desligue|desliguem|desativa|desative|desativem|cancela|cancelem) (?:esse|essa|este|esta|o|a)"
    r" (?:robo|robozinho|bot|gravacao|maquina)\b",
    # named, then turned off: "essas notificacoes do aplicativo me deixam ansiosa, desativa isso", "essas notificacoes
    # no celular, tira"
    r"\b(?:notificacao|notificacoes)\b.{0,80}\b(?:(?:desativa|desative|desativem|desativar|desliga|desligue|desliguem"
    r"|desligar) (?:isso|isto|elas|tudo)|(?:tira|tire|tirem)(?: isso| elas| tudo)?(?: por favor| pelo amor de deus)?$)",
    # the machine named, then turned off: "esse robo que liga de manha, desativa ele", "aquela gravacao, desliga ela"
    r"\b(?:robo|robozinho|bot|gravacao|maquina)\b.{0,80}\b(?:desativa|desative|desativem|desliga|desligue|desliguem)"
    r" (?:ele|ela|isso|isto)\b",
    # sending stopped: "cancelem o envio de cobranca por email", "parem o envio de cobrancas pro meu email",
    # "interrompam os emails de cobranca"
    rf"\b(?:cancel\w*|suspend\w*|interromp\w*|encerr\w*|cessem|cesse|parem|pare|para) (?:o |os )?(?:envio|envios"
    rf"|disparo|disparos)(?: \w+){{0,3}}? (?:por|pelo|pela|via|no|na|pro|pra|para o|para a|de)"
    rf" (?:meu |minha )?{_HOW}\b",
    rf"\b(?:cancel\w*|suspend\w*|interromp\w*|encerr\w*) (?:os |as |esses |essas )?{_MEDIUM}(?= (?:de|da|das)"
    r" cobranc)",
    # the inbox filled: "parem de encher minha caixa de entrada", "minha caixa de email ta lotada de cobranca, chega"
    rf"\b(?:encher|enchendo|lotar|lotando|entupir|entupindo)(?: a| minha)? {_INBOX}\b"
    rf"|\b{_INBOX}\b.{{0,60}}\b(?:chega|parem|para com isso)\b",
))  # fmt: skip
_APP_NOTICES = re.compile(r"notific\w*\b(?! (de|do|por|pelo|via|no) (e ?mail|sms|whatsapp|zap)\b)|push|(alertas|avisos"
                          r"|lembretes)( \w+){0,3}? (do|no|pelo|via|nesse|desse) (app|aplicativo)\b"
                          r"|\b(app|aplicativo)\b( \w+){0,4}? (apitando|apitar|apita|vibrando|vibrar|vibra)\b")
# contact through the app refused outright: "nao quero ser contatado pelo aplicativo", "nao quero cobranca pelo app"
_APP_REFUSED = re.compile(r"\bnao (quero|aceito|autorizo)( mais)?( ser)? (contatad[oa]|avisad[oa]|cobrad[oa]|contato"
                          r"|aviso|avisos|cobranca|cobrancas|mensagem|mensagens)( \w+){0,2}? (pelo|por|via|no|do)"
                          r" (app|aplicativo)\b(?! de mensage)"
                          # "nao me mandem nada pelo aplicativo"
                          r"|\bnao (me )?(mandem|mande|enviem|envie|mandar|enviar)( mais)? (nada|nenhum aviso|aviso"
                          r"|avisos|notificac\w*)( mais)? (pelo|por|via|no) (app|aplicativo)\b(?! de mensage)"
                          # "desinstalei o app de voces"
                          r"|\b(desinstalei|apaguei|exclui|removi) (o |esse |este |seu )?(app|aplicativo)\b"
                          r"(?! de mensage)")
# a request about the moment, not the channel: "nao me ligue agora", "me liga a tarde"
# (not the machine described: "esse robo que liga de manha, desativa ele"; nor work and home both: "nao me liguem no
# trabalho nem em casa")
_ONLY_NOW = re.compile(r"(?<!robo que )(?<!bot que )(?<!gravacao que )(?<!maquina que )(?<!robo que me )"
                       r"(?<!bot que me )(?<!gravacao que me )(?<!maquina que me )"
                       # (nor the machine's calls complained of: "cansei de robo me ligando as 8 da manha, parem")
                       r"(?<!robo me )(?<!robos me )(?<!bot me )(?<!maquina me )(?<!gravacao me )"
                       r"\b(liga|ligue|liguem|ligar|ligando|telefonar|mande|mandem|mandar|retorne|retornem|ligacao"
                       r"|sms|whatsapp|zap|email|mensagem|mensagens"
                       r"|ligacoes|chamada|telefonema) "
                       r"(agora|hoje|mais tarde|a tarde|a noite|de manha|de tarde|de noite|amanha|depois|depois das"
                       r"|antes das|nesse horario|neste horario|no horario|outro dia"
                       r"|no trabalho(?! nem (?:em casa|no celular|no fixo))"
                       r"|outra hora|de madrugada|na madrugada|aos domingos|aos sabados|no domingo|no sabado"
                       r"|nos domingos|nos sabados|nos feriados|aos feriados|no feriado|no fim de semana"
                       r"|nos fins de semana|aos fins de semana|as \d{1,2}|as \d{1,2}h|cedo|tao cedo|muito cedo"
                       r"|de manha cedo)\b")  # fmt: skip

# the hours the customer answers in, told: "eu so atendo depois das seis, antes disso nao adianta ligar"
_HOURS_TOLD = re.compile(r"\b(?:so|somente|apenas) (?:atendo|posso atender|consigo atender|pego o celular|pego no"
                         r" celular|estou disponivel|to disponivel)\b(?: \w+){0,3}? (?:depois|antes|a partir|de manha"
                         r"|a tarde|a noite|de noite|de madrugada|no almoco|as \d)"
                         r"|\b(?:antes|depois) (?:disso|desse horario|dessa hora|das \d{1,2}|das (?:cinco|seis|sete"
                         r"|oito|nove|dez|onze|doze|dezoito|dezenove|vinte))\b(?: \w+){0,3}? (?:nao|nem) adianta\b")


_NO_TIME_AT_ALL = re.compile(r"\b(?:horario|hora|dia|momento) nenhum\w*|\bnenhum (?:horario|dia|momento)\b"
                             r"|\bnem (?:de manha|de tarde|a tarde|de noite|a noite|de dia|no fim de semana)\b")


# calls refused in English, read on the words as written (the typo repair is Portuguese): "please stop calling me"
_NO_CALLS_ENGLISH = re.compile(r"\b(?:stop|don t|dont|do not|never|no more)(?: \w+){0,2}? (?:call|calls|calling"
                               r"|phone calls|phoning)\b")
# written messages refused in English: "please stop sending me whatsapp messages", "no more texts"
_NO_MESSAGES_ENGLISH = re.compile(r"\b(?:stop|don t|dont|do not|never|no more) (?:send|sending|messaging|message)"
                                  r"(?: me)?(?: (?:any|these|those|the))?(?: more)? (whatsapp|sms|text|texts|email"
                                  r"|emails)\b|\b(?:stop|don t|dont|do not|never) (texting|emailing) me\b"
                                  r"|\bno more (whatsapp|sms|text|texts|email|emails)\b"
                                  # "no whatsapp please, email is fine"
                                  r"|^no (whatsapp|sms|texts|emails)(?: messages)?(?: please)?\b")
_ENGLISH_CHANNELS = {"whatsapp": "whatsapp", "sms": "sms", "text": "sms", "texts": "sms", "email": "email",
                     "emails": "email", "texting": "sms", "emailing": "email"}


def _voice(where: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The channels a refused call stands for: the voicebot alone when ``where`` (between ``start`` and ``end``) says
    the call is a machine's ("ligacao de robo") and not a person's too ("nem robo nem gente"), else both."""
    machine = _MACHINE_CALLS.search(where, start, len(where) if end is None else end)
    return ("voicebot",) if machine and not _NOR_A_PERSON.search(where) else VOICE_CHANNELS


# a machine and a person both refused: "nem robo nem atendente", "nem de pessoa nem de robo"
_NOR_A_PERSON = re.compile(r"\bnem (?:de )?(?:robo|maquina|gravacao|gente|pessoa|atendente|humano) nem (?:de )?"
                           r"(?:gente|pessoa|atendente|humano|ninguem|robo|maquina|gravacao)\b")
# a refusal denied, or ruled out: "eu nao disse pra parar de mandar mensagem, disse pra mandar menos", "nao e pra
# parar de mandar mensagem nao, eu preciso do boleto"
_NOT_ASKED = re.compile(r"\b(?:nao|nunca) (?:disse|falei|pedi|mandei) (?:pra|para|que) (?:voces )?(?:parar|parem"
                        r"|parassem|pararem|cancelar|cancelarem|nao (?:me )?(?:ligarem|ligar|mandarem|mandar|enviarem"
                        r"|enviar|liguem|mandem|enviem))\b"
                        r"|\bnao e (?:pra|para) (?:voces )?(?:parar|pararem|cancelar|cancelarem)\b"
                        # no need to stop: "nao precisa parar de mandar email, eu leio todos"
                        r"|\bnao (?:precisa|precisam) (?:parar|pararem|cancelar)\b"
                        # another's request: "minha vizinha pediu pra voces pararem de ligar pra ela, nao pra mim"
                        r"|\b(?:pediu|pediram) (?:pra|para) (?:voces )?(?:parar|pararem) de (?:ligar|mandar|enviar)"
                        r"(?: \w+){0,2}? (?:pra|para) (?:ela|ele)\b"
                        # someone of the customer's own who will not stop: "meu ex nao para de me mandar mensagem"
                        rf"|{THEIR_OWN_WONT_STOP}")

# this channel refused in a clause of its own, another asked: "aqui nao, manda no meu email", "por aqui eu nao
# negocio, so pessoalmente" (not "aqui nao tem ninguem com esse nome")
_HERE_REFUSED = re.compile(r"(?:mas |e |so que )?(?:por )?aqui (?:nao|nunca)(?: obrigad[oa]| por favor| pode ser)?"
                           r"|(?:mas |e )?(?:por )?aqui (?:eu )?nao (?:negocio|trato|falo|resolvo|respondo|converso)"
                           r"(?: nada| nenhuma divida| divida nenhuma)?")
# the whole message: nothing more sent, by any way ("nao me mandem mais nada hoje" is a moment)
_NOTHING_AT_ALL = re.compile(r"(?:por favor )?nao (?:me )?(?:mandem|mande|enviem|envie|manda|envia)(?: mais)? nada"
                             r"(?: mais)?(?: de voces)?(?: por favor| obrigad[oa])?")
# calls refused on one number and asked on another: "nao liguem no meu trabalho, so no celular" (the calls go on)
_CALLED_THERE = re.compile(r"\bnao (?:me )?(?:liguem|ligue|liga|ligar)(?: mais)? (?:no|na|pro|para o|para a|para|pra o"
                           r"|nesse|neste) (?:meu |minha )?"
                           r"(?:trabalho|servico|emprego|fixo|telefone fixo|numero do trabalho|telefone de casa"
                           r"|(?:telefone|numero|fixo) da (?:loja|empresa|firma|oficina)"
                           # a neighbour's phone: "nao liguem mais pro meu vizinho, liguem pra mim"
                           r"|vizinho|vizinha)\b")
# calls refused at a moment, not for good: "nao me liguem durante o trabalho", "nao me ligue na hora do almoco" (the
# hours asked are read apart: online_models.hours)
_CALLED_WHEN = re.compile(r"\bnao (?:me )?(?:liguem|ligue|liga|ligar|telefonem|telefone) (?:durante (?:o|a|as|os) \w+"
                          r"|na hora (?:do|da) \w+|no horario (?:de|do|da) \w+|aos (?:domingos|sabados|feriados)"
                          r"|no fim de semana|nos fins de semana|de madrugada|cedo demais|tarde da noite)\b"
                          # (not when every moment goes after it: "..., nem em horario nenhum")
                          r"(?![^.?!]{0,40}\b(?:nenhum|nenhuma|nunca|jamais)\b)")
_CALLS_MOVED = re.compile(_CALLED_THERE.pattern + r"(?:(?!\bnem\b)[^.?!]){0,30}\b(?:(?:no|pro|para o|pra o) (?:meu )?"
                          r"(?:celular|numero pessoal|pessoal|particular|zap|whatsapp)"
                          r"|(?:liguem|ligue|liga) (?:para|pra) mim)\b")

# the number forgotten: "esquecam esse numero, me procurem por email"
_FORGET_NUMBER = re.compile(r"\b(?:esquece|esqueca|esquecam|esquecer) (?:o |esse |este )?(?:meu )?(?:celular|numero"
                            r"|telefone)\b"
                            # the number now someone else's: "esse numero agora e de outra pessoa", "troquei de
                            # numero, esse aqui agora e da minha irma"
                            r"|\btroquei de (?:numero|celular|chip)\b.{0,40}\b(?:agora )?(?:e|eh) (?:de|da|do)"
                            r" (?:outra pessoa|outro|outra|minha|meu)\b"
                            r"|\b(?:esse|este|o) (?:numero|celular|telefone|chip) (?:agora )?(?:e|eh|ta com|esta com"
                            r"|pertence a) (?:de )?outra pessoa\b|\b(?:esse|este) (?:numero|celular) nao e mais meu\b"
                            # a number no longer used: "esse numero eu nem uso mais", "nao uso mais esse celular" (not
                            # "nao uso mais o celular pra ver email")
                            r"|\b(?:esse|este|o|meu) (?:numero|celular|telefone|chip)(?: \w+){0,3}? (?:eu )?(?:nem|nao)"
                            r" (?:uso|utilizo) mais\b|\bnao (?:uso|utilizo) mais (?:esse|este|o|meu) (?:numero|celular"
                            r"|telefone|chip)\b(?! (?:pra|para)\b)"
                            # collection kept off the number: "nao quero cobranca nesse numero"
                            r"|\bnao quero (?:mais )?(?:cobranca|cobrancas) (?:nesse|neste|no meu) (?:numero|celular"
                            r"|telefone)\b")
NUMBER_CHANNELS = ("human_call", "voicebot", "sms", "whatsapp")
# the next medium of a list: "descadastra meu sms e meu email"
_AND_MEDIUM = re.compile(rf" (?:e|ou|nem|e nem|e nem no|e tambem)(?: do| da| dos| das| o| a| os| as| meu| minha"
                         rf"| meus| minhas| de| no| na| pelo| pela)? {_MEDIUM}\b")
# this conversation: "parem de mandar mensagem aqui" refuses the channel it is written on
_HERE = re.compile(r"\b(?:aqui|neste chat|nesse chat|nesta conversa|nessa conversa|neste canal|nesse canal"
                   r"|por este canal|por esse canal|neste numero|nesse numero|caixa de mensagem|caixa de mensagens"
                   r"|(?:esse|este|esses|estes) tipos? de"
                   # the sending it came in: "me tira desse grupo de mensagens automaticas", "do disparo de mensagens"
                   r"|(?:desse|deste|do|nesse|neste) (?:grupo|disparo))\b")


def _channels_of(medium: str, clean: str, on: str | None = None) -> tuple[str, ...]:
    """The channels a medium named in ``clean`` stands for ("mensagem no whatsapp": the WhatsApp alone; "mensagem
    aqui": ``on``, the channel the message came on)."""
    named = _MESSAGE_ON.search(clean) if medium.startswith("mensage") else None
    if medium.startswith("mensage") and named is None and _RECORDED.search(clean):  # "mensagem gravada": a robot's call
        return ("voicebot",)
    if medium.startswith("mensage") and named is None and _TEXT_MESSAGES.search(clean):  # "mensagens de texto"
        return ("sms",)
    if medium.startswith(("mensage", "mensaje")) and named is None and on in WRITTEN_CHANNELS and _HERE.search(clean):
        return (on,)
    if named is None:
        return _MEDIUM_CHANNELS.get(medium, ("email",))
    channels = _MEDIUM_CHANNELS.get(named.group(1), ("email",))
    for listed in _listed_after(clean, named.end()):  # "mensagens de voces no whatsapp e no sms": each of the list
        channels += _MEDIUM_CHANNELS.get(listed, ("email",))
    return channels


def _listed_after(clean: str, end: int) -> list[str]:
    """The media listed right after ``end`` in ``clean`` ("... do whatsapp e do email": "email")."""
    media = []
    more = _AND_MEDIUM.match(clean, end)
    while more:
        media.append(more.group(1))
        more = _AND_MEDIUM.match(clean, more.end())
    return media


_INBOX_NAMED = re.compile(rf"\b{_INBOX}\b")


def _how_channels(words: str, clean: str) -> tuple[str, ...]:
    """The channels a refusal names: the app's notifications wherever they are named ("notificacoes no celular"),
    else the last medium named (a telephone, a call: the voice channels)."""
    notices_of = _NOTICES_OF.search(clean)
    if notices_of:  # "cancelar essas notificacoes de email": the e-mails
        return _channels_of(notices_of.group(1), clean)
    if _APP_NOTICES.search(words):
        return ("app_push",)
    if _INBOX_NAMED.search(words):  # ("caixa postal" is the phone's voicemail)
        return ("email",)
    ending = _MEDIUM_LAST.search(words)  # (the whole name: "aplicativo de mensagens" is WhatsApp's, not an SMS)
    last = ending.group(1) if ending else words.split()[-1]
    if last == "celular" and _CONTACT_NOT_CALLS.search(words):  # "nao me procurem pelo celular": calls and messages
        return NUMBER_CHANNELS
    return _channels_of(last, clean) if last in _MEDIUM_CHANNELS or "mail" in last else VOICE_CHANNELS


_NOTICES_OF = re.compile(r"\bnotificac\w* (?:de|do|por|pelo|via|no) (e ?mail|sms|whatsapp|zap)\b")
# contact in general, no call named: "nao entrem em contato pelo celular" reaches the number by every way
_CONTACT_NOT_CALLS = re.compile(r"^(?!.*\b(lig\w*|telefon\w*|chamad\w*|fal\w*)\b).*\b(contat\w*|contact\w*|procur\w*"
                                r"|incomod\w*|perturb\w*|importun\w*)\b")


_MEDIUM_LAST = re.compile(rf"\b{_MEDIUM}$")


def _clauses(text: str) -> list[str] | None:
    """A message's clauses, normalised; None when one asks about the moment ("nao me ligue agora, liga a tarde"),
    which refuses nothing."""
    clauses = [normalise(clause) for clause in _CLAUSES.split(text)]
    if _NO_TIME_AT_ALL.search(" ".join(clauses)):
        return clauses
    return None if any((_ONLY_NOW.search(clause) and not _REPORTED.match(clause)) or _HOURS_TOLD.search(clause)
                       for clause in clauses) else clauses  # fmt: skip


# what came, told: "recebi 5 sms hoje", "me ligaram hoje de manha" (no moment asked for)
_REPORTED = re.compile(r"(?:ja |so )?(?:recebi|recebo|chegou|chegaram|chegam|(?:me )?mandaram|(?:me )?ligaram)\b")


# any refusal said of a way of contact, in a clause of its own: a word of refusal ("nao desejo", "dispenso", "pedi pra
# nao", "chega de"), then within a few words a word of contact ("receber", "contato", "usem") or the way itself
_REFUSAL_WORDS = (r"(?:(?:gostaria de|prefiro|queria|quero|desejo|peco para|peco pra) nao|proibo|proibimos"
                  r"|nao (?:quero|desejo|aceito|autorizo|permito|admito|gostaria de|quero mais|desejo mais"
                  r"|aceito mais)|nao (?:usem|use|utilizem|mandem|enviem|liguem|telefonem)"
                  r"|(?:pedi|peco|pedimos|solicito|solicitei|pediu|pediram) (?:pra|para|que) (?:voces )?nao|dispenso"
                  r"|recuso|rejeito|(?:a|para) nao receber|(?:pedi|peco|solicito|solicitei|quero) o fim (?:das|dos|de)"
                  r"|(?:chega|basta) (?:de|dessas|desses|destas|destes)|(?:me )?deixem em paz"
                  # "zero interesse em receber mensagem no whatsapp", "nenhum interesse em ligacao"
                  r"|(?:zero|0|nenhum) interesse em"
                  # "me poupem dessas ligacoes", "cancela minha inscricao nos emails"
                  r"|(?:me )?(?:poupe|poupem)(?: me)? (?:de|dessas|desses|destas|destes|das|dos)"
                  r"|(?:cancela|cancele|cancelem|cancelar) (?:minha |a )?inscricao"
                  # "nao me encham o saco por email", "para de encher o saco no whatsapp"
                  r"|nao (?:me )?(?:encham|encha|enche) o saco|(?:para|pare|parem) de (?:me )?encher o saco"
                  # permission withdrawn: "nao dou mais permissao pra me ligarem", "voces nao tem minha autorizacao"
                  r"|nao (?:dou|damos|tem|tem mais|possuem)(?: mais)? (?:a )?(?:minha |nossa )?"
                  r"(?:permissao|autorizacao)"
                  r"|(?:retiro|revogo|retiramos|revogamos) (?:a |minha |o meu |meu )?(?:permissao|autorizacao)"
                  # "parem com essas ligacoes"; "favor nao enviar mais"
                  r"|(?:para|pare|parem|parar) com|(?:(?:esta|ta|fica|e|estao|tao) )?proibid[oa]s?"
                  # "nao sou obrigado a ficar recebendo ligacao de robo", "ninguem e obrigado a aguentar mensagem"
                  r"|(?:nao (?:sou|somos)|ninguem e) obrigad[oa]s? a"
                  r"|(?:favor|por favor|solicito|peco) nao (?:enviar|mandar|ligar"
                  r"|telefonar|contatar))")
_CONTACT_WORDS = (r"(?:receber|recebimento|contato|contatad\w*|contactad\w*|envio|enviar|mandar|mandarem|ligar|ligarem"
                  r"|ligacao|ligacoes|telefonema\w*|telefonem|chamada\w*|cobranca\w*|cobrad[oa]|usem|use|utilizem|uso"
                  r"|mensage\w*|sms|torpedo\w*|whatsapp|zap|e ?mails?|telefone|celular|correio|correspondencia)")
# (the machine stopped, not avoided: "pode parar com o robozinho"; "nao quero falar com robo" asks for a person)
_SAID_REFUSAL = re.compile(rf"\b{_REFUSAL_WORDS}(?: \w+){{0,4}}? {_CONTACT_WORDS}\b"
                           r"|\b(?:para|pare|parem|parar) com (?:\w+ )?(?:robo|robos|robozinho)\b")
_NAMED_WAY = re.compile(rf"\b(?:{_MEDIUM}|({_CALLS}|ligar|ligarem|telefone|telefonem|discagem|robo|robos|robozinho|bot"
                        r"|robotizad\w*|telefonico|telefonica|telefonicos|telefonicas))\b")
# a robot that makes a written medium's messages ("audios de robo no whatsapp"): that medium, not a call
_BY_A_MACHINE = re.compile(r"\b(?:audio|audios|mensagem|mensagens|gravacao|gravacoes|texto|textos) (?:de|do|dos|da)"
                           r" (robo|robos|bot|maquina)\b")
_KEPT_WAY = re.compile(rf"\b(?:so|somente|apenas|prefiro|pode|podem)(?: \w+){{0,3}}? {_MEDIUM}\b")


def _said_refusals(clauses: list[str], raw: str, on: str | None = None) -> set[str]:
    """The ways of contact refused in a clause in words no narrower pattern knows: a word of refusal, soon followed
    by a word of contact, and the way named in the same clause (not kept: "so por email"). A question, a document
    ("o boleto por email") or a request about the moment refuses nothing."""
    if "?" in raw:
        return set()
    found: set[str] = set()
    for clause in clauses:
        if not _SAID_REFUSAL.search(clause) or _ONE_OFF.search(clause):
            continue
        kept = set(_KEPT_WAY.findall(clause))
        if _APP_NOTICES.search(clause):  # "chega de push no celular": the app's notices
            found.add("app_push")
        ways = list(_NAMED_WAY.finditer(clause))
        if any(w.group(1) and not w.group(1).startswith("mensage") for w in ways):  # "mensagens no whatsapp"
            kept |= {"mensagem", "mensagens"}
            makers = {m.start(1) for m in _BY_A_MACHINE.finditer(clause)}  # "audios de robo no whatsapp"
            ways = [w for w in ways if w.start(2) not in makers]
        for way in ways:
            if way.group(2):
                found.update(_voice(clause))
            elif way.group(1) not in kept:
                found.update(_channels_of(way.group(1), clause, on))
    return found


def _a_clause_is(text: str, opt_out: re.Pattern[str]) -> bool:
    """Whether one clause of the message, normalised, is all an opt-out ("obrigado, nao quero mais receber")."""
    return any(opt_out.fullmatch(normalise(clause)) for clause in _CLAUSES.split(text))


_OWN_NUMBER = re.compile(r"\b(?:meu|o meu|esse|este) (?:telefone|celular)\b")
# calls counted, and a bare "parem" in a clause of its own: "e a decima ligacao hoje, parem"
_COUNTED_CALLS = re.compile(r"\b(?:[3-9]|\d\d|tres|quatro|cinco|seis|sete|oito|nove|dez|varias|segunda|terceira|quarta"
                            r"|quinta|sexta|setima|oitava|nona|decima) (?:ligacao|ligacoes|chamada|chamadas)\b")
# a way of contacting called a nuisance: "esses sms de cobranca sao um saco", "as ligacoes estao insuportaveis"
_IRKSOME = re.compile(rf"\b(?:{_MEDIUM}|({_CALLS}))\b(?: \w+){{0,4}}? (?:sao|e|eh|estao|esta|ta|tao)(?: \w+)?"
                      r" (?:irritante\w*|chat[oa]s?|insuportave\w*|um saco|um inferno|uma praga|abusiv[oa]s?)\b")
_BARE_STOP = re.compile(r"(?:por favor |pelo amor de deus )?(?:parem|pare|para|chega|parem com isso|para com isso"
                        r"|pare com isso|chega disso)(?: por favor| pelo amor de deus)?")
# "nao me liga" in a clause of its own: "nao me liga, manda mensagem" (not "ele nao me liga", "nao liga pra isso")
_DONT_CALL = re.compile(r"(?:por favor )?(?:nao|nem) me (?:liga|ligue|liguem)(?: mais)?(?: por favor| pfv)?")


# words in quotes that the customer says are the company's: "voces mandaram 'nao ligue para este numero'", "o aviso
# dizia \"responda SAIR para parar\"" (not the customer's own, quoted: "eu ja escrevi 'nao me liguem mais'")
_QUOTED = re.compile(r"(?<!\w)(?:'[^'\n]{3,240}'|\"[^\"\n]{3,240}\"|“[^”\n]{3,240}”|‘[^’\n]{3,240}’)(?!\w)")
_THEIRS = re.compile(r"\b(?:voces|vcs|mensagem|aviso|gravacao|robo|bot|sms|email|notificacao|texto|atendente|lembrete"
                     r"|encaminhado|encaminhada|mandaram|escreveram|disseram|dizia|diz|dizendo|fala|falou|falando|disse|recebi"
                     r"|pedindo|pede|manda|mandam)(?: \w+){0,3}$")
_OWN = re.compile(r"\b(?:eu|ja)(?: \w+){0,2}? (?:disse|falei|escrevi|pedi|mandei|respondi|avisei|digitei)"
                  r"(?: \w+){0,2}$")


def _their_quotes_left_out(text: str) -> str:
    """The text without the words it quotes from the company's messages, which refuse nothing.

    >>> _their_quotes_left_out("voces mandaram 'nao ligue para este numero', pra onde eu ligo?")
    'voces mandaram  , pra onde eu ligo?'
    """
    def left_out(quote: re.Match) -> str:
        before = normalise(text[max(0, quote.start() - 60) : quote.start()])
        return " " if _THEIRS.search(before) and not _OWN.search(before) else quote.group(0)

    return _QUOTED.sub(left_out, text) if any(q in text for q in "'\"“‘") else text


# a clause that is all an opt-out with no way named in it: "chega, nao mandem mais", "Prezados, descadastrem", "STOP";
# an opt-out sent before, told: "ja mandei SAIR 3 vezes", "respondi PARE e ainda chega sms"; they refuse the ways the
# message names, or the one it came on
_NO_MORE = re.compile(r"(?:chega )?nao (?:me )?(?:mandem|mande|manda|enviem|envie|envia) mais(?: nada)?"
                      r"|(?:por favor )?(?:me )?(?:descadastrar|descadastre|descadastrem|descadastra)(?: por favor)?"
                      r"|stop|unsubscribe")
# the number or the contact taken off "from there": "tirem meu numero dai", "removam meu contato daqui"
_OFF_FROM_THERE = re.compile(rf"\b{_TAKE_OFF} (?:o )?(?:meu |minha )?(?:numero|contato|telefone|celular)"
                             r" (?:dai|daqui|disso|dessa lista|desse sistema)\b")
# calls made to the number taken off: "o robo fica ligando 4 vezes por dia, tira meu numero disso"
_CALLS_TOLD = re.compile(r"\b(?:ligando|ligacao|ligacoes|ligam|ligaram|liga|chamadas|robo|robos|gravacao)\b")
_OPTED_OUT_BEFORE = re.compile(r"\b(?:mandei|respondi|enviei|escrevi|digitei) (?:o |um )?(?:sair|pare|parar|stop"
                               r"|cancelar|descadastrar)\b"
                               # "ja pedi pra me tirarem dessa lista"
                               r"|\bja (?:pedi|falei|disse) (?:pra|para|que) (?:me )?(?:tirarem|tirar|tirassem"
                               r"|removerem|remover|excluirem|excluir|descadastrarem)(?: \w+)? (?:da|dessa|desta)"
                               r" lista\b")
# "essas notificacoes do aplicativo, desativem por favor": the app's notices
_SWITCH_OFF = re.compile(r"(?:por favor )?(?:desativem|desative|desativa|desativar|desliguem|desligue"
                         # "o app fica apitando o dia todo, vou desinstalar"
                         r"|(?:ja )?(?:vou|eu vou) (?:desinstalar|apagar|excluir)(?: ele| esse app| o app| isso)?)"
                         r"(?: isso| elas| essas| tudo)?(?: por favor)?")
# an e-mail address or a link: no words of the customer's, and its dots would split a clause
_ADDRESS = re.compile(r"[^\s@]+@[\w.-]*\w|https?://[^\s,;]*\w|www\.[^\s,;]*\w")


def _here_or_everywhere(text: str, clean: str, on: str | None) -> set[str]:
    """The channel written on, refused as "here" with no medium named ("nao quero receber nada por aqui", "nao
    mandem cobranca minha aqui", "aqui nao, manda no email"); or every channel, when the whole of a clause sends
    nothing more, with no medium named and no channel written on ("por favor nao me enviem mais nada", said in a
    call)."""
    named = _A_MEDIUM.search(clean) is not None
    # (each clause is read again only when its word is there: "aqui", "nada")
    if on in WRITTEN_CHANNELS and (("aqui" in clean and _a_clause_is(text, _HERE_REFUSED)) or (
            not named and _HERE.search(clean) and (_NOTHING_TO.search(clean) or _NOT_HERE.search(clean)))):  # fmt: skip
        return {on}
    if not named and on not in WRITTEN_CHANNELS and "nada" in clean and _a_clause_is(text, _NOTHING_AT_ALL):
        return set(CHANNELS)  # (written on a channel: that channel, as "n manda mais nada" on SMS has always read)
    return set()


def _named_or_on(clean: str, on: str | None) -> set[str]:
    """The channels of the media a message names, or the written channel it came on when it names none."""
    here = {on} if on in WRITTEN_CHANNELS else set()
    media = _A_MEDIUM.findall(clean)
    specific = [m for m in media if not m.startswith("mensage")]  # ("20 mensagens hoje" on SMS: those SMS)
    if specific or not here:
        return {c for medium in (specific or media) for c in _channels_of(medium, clean, on)} or here
    return here


def refused_channels(text: str, on: str | None = None) -> set[str]:
    """The channels the customer asks not to be contacted on; ``on``: the channel a written message came on, which a
    bare "SAIR" refuses.

    >>> sorted(refused_channels("parem de me ligar")), sorted(refused_channels("nao me mandem mais sms"))
    (['human_call', 'voicebot'], ['sms'])
    >>> sorted(refused_channels("sai do meu zap")), sorted(refused_channels("so por email, ligacao nao"))
    (['whatsapp'], ['human_call', 'voicebot'])
    >>> sorted(refused_channels("chega dessas ligacoes de robo"))
    ['voicebot']
    >>> refused_channels("nao me ligue agora, liga a tarde"), refused_channels("pode me ligar amanha?")
    (set(), set())
    >>> refused_channels("SAIR", on="sms"), refused_channels("quero sair dessa divida", on="sms")
    ({'sms'}, set())
    """
    text = _their_quotes_left_out(text)
    if (asking := _NO_THEN_A_CALL.match(text)) is not None:  # "nao, me liga": the no answers something else
        text = text[asking.end(1):]
    if "@" in text or "www" in text or "http" in text:
        text = _ADDRESS.sub(" ", text)
    clean = normalise(text)
    moved = _CALLS_MOVED.search(clean)
    if _NOT_ASKED.search(clean) or moved:  # read without the clauses that deny a refusal
        text = ", ".join(c for c in _CLAUSES.split(text) if not _NOT_ASKED.search(normalise(c))
                         and not (moved and _CALLED_THERE.search(normalise(c))))  # fmt: skip
        clean = normalise(text)
    if _CALLED_WHEN.search(clean):  # (the words of a moment refused go, not the rest of their clause)
        text = clean = _CALLED_WHEN.sub(" ", clean)
    found: set[str] = set()
    bare = _COURTESY.sub("", clean)  # (normalised: no punctuation)
    if on in WRITTEN_CHANNELS and (_OPT_OUT.fullmatch(bare) or _OPT_OUT_ON.fullmatch(bare)
                                   # (each clause read again only when a word of either is there)
                                   or ("receb" in clean and _a_clause_is(text, _OPTED_OUT))
                                   or ("bloque" in clean and _a_clause_is(text, _BLOCKED_SENDER))):
        found.add(on)
    off_from_there = _OFF_FROM_THERE.search(clean)
    if (("mais" in clean or "descadastr" in clean or "stop" in clean or "unsubscribe" in clean)
            and _a_clause_is(text, _NO_MORE)) or _OPTED_OUT_BEFORE.search(clean) or off_from_there:
        found |= _named_or_on(clean, on)
        if off_from_there and not _A_MEDIUM.search(clean) and _CALLS_TOLD.search(clean):
            found.update(_voice(clean))
    if (_APP_NOTICES.search(clean) and _a_clause_is(text, _SWITCH_OFF)) or _APP_REFUSED.search(clean):
        found.add("app_push")
    plain = plain_words(text)
    english = _NO_CALLS_ENGLISH.search(plain) is not None
    for refused in _NO_MESSAGES_ENGLISH.finditer(plain):
        found.add(_ENGLISH_CHANNELS[next(way for way in refused.groups() if way)])
    found |= _here_or_everywhere(text, clean, on)
    if not _NAMES_A_CHANNEL.search(clean) and not english:  # most messages: nothing to refuse
        return found
    if _COUNTED_CALLS.search(clean) and _a_clause_is(text, _BARE_STOP):  # (before "hoje" is read as a moment asked)
        found.update(_voice(clean))
    irksome = _IRKSOME.search(clean)
    if irksome and _a_clause_is(text, _BARE_STOP):  # "essas mensagens no zap sao irritantes demais, parem"
        found.update(_voice(clean) if irksome.group(2) else _channels_of(irksome.group(1), clean, on))
    clauses = _clauses(text)
    if clauses is None:
        return found
    if english or any(p.search(clean) for p in _NO_CALLS) or ("liga" in clean and _a_clause_is(text, _DONT_CALL)):
        found.update(_voice(clean))
    no_way = _NO_WAY_AT_ALL.search(clean)
    # "contato por telefone de jeito nenhum": that way only (not the number taken off every list, as "meu numero":
    # "removam meu telefone de todos os cadastros")
    if no_way and not _NAMED_WAY.search(_OWN_NUMBER.sub(" ", no_way.group(0))):
        found.update(CHANNELS)
    for pattern in _NO_MESSAGES:
        for refused in pattern.finditer(clean):
            found.update(_channels_of(refused.group(1), clean, on))
            for listed in _listed_after(clean, refused.end()):  # "me tira do whatsapp e do email": each of the list
                found.update(_channels_of(listed, clean, on))
    if _FORGET_NUMBER.search(clean):  # the number itself: calls, SMS and WhatsApp all reach it
        found.update(NUMBER_CHANNELS)
    for pattern in _REFUSED_CONTACT:
        for refused in pattern.finditer(clean):
            channels = _how_channels(refused.group(0), clean)
            if channels == VOICE_CHANNELS:  # "ligacoes automaticas": the machine may be named just after
                channels = _voice(clean, refused.start(), refused.end() + 20)
            found.update(channels)
    for clause in clauses:
        alone = _REFUSED_ALONE.search(clause) or _NONE_OF.match(clause)
        if alone and alone.group(2):
            found.update(_voice(clause))
        elif alone and alone.group(1):
            found.update(_channels_of(alone.group(1), clause, on))
    for neither in _NEITHER.finditer(clean):
        for medium, call in ((neither.group(1), neither.group(2)), (neither.group(3), neither.group(4))):
            found.update(VOICE_CHANNELS if call else _channels_of(medium, medium))
    found |= _said_refusals(clauses, text, on)
    if _ONLY_BY_POST.search(clean):
        found.update(CHANNELS)
    # the rest refused in words ("so email, o resto nao"), or one way asked for ("quero ser contatado apenas por
    # email": every other), unless as a preference beside a way refused by name ("cessem as ligacoes, prefiro ser
    # contatado apenas por email": the calls, as "nao quero ser contatado por telefone, so por email")
    asked = _ONLY_ONE_WAY.search(clean) or _ONLY_ASKED.search(clean)
    if asked and found and _PREFERENCE.search(clean, 0, asked.start()):
        asked = None
    only = _ONLY_THIS.search(clean) or _ONE_KEPT.search(clean) or asked
    if only:  # every channel but the one kept
        found |= set(CHANNELS) - set(VOICE_CHANNELS if only.group(2) else _channels_of(only.group(1), clean, on))
    nothing = _NOTHING_TO.search(clean)
    named = nothing and _A_MEDIUM.match(clean, nothing.end() + 1)
    if named:  # "nao mandem mais nada nesse whatsapp": that medium, not another the message speaks of
        found.update(_channels_of(named.group(1), clean, on))
    elif nothing or _NOT_HERE.search(clean):
        kept = set(_ONLY_VIA.findall(clean))
        media = _A_MEDIUM.findall(clean)
        for medium in media:
            if medium not in kept:
                found.update(_channels_of(medium, clean, on))
    return found


# a clause about being contacted ("ligar", "torpedo", "meu numero", "lista") with a word of refusal in it
_CONTACT = re.compile(r"\b(lig\w*|telefon\w*|celular|numero|chamad\w*|mensage\w*|sms|torpedo\w*|whats\w*|zap|e ?mails?"
                      r"|notific\w*|push|contat\w*|contact\w*|robo\w*|bot|lista|cadastr\w*|inscri\w*)\b")
_REFUSING = re.compile(r"\b(nao|nada|chega|proib\w*|parem|pare|sem|tira|tire|tirem|remov\w*|exclu\w*|apag\w*|bloque\w*"
                       r"|desinscr\w*|descadastr\w*|cancel\w*|nunca|jamais|deix\w* de|basta)\b")


def may_refuse(text: str) -> bool:
    """Whether a message may refuse a channel in words no pattern knows: a clause names a way of contacting the
    customer and holds a word of refusal. When no refusal was read in such a message, a person reads it, for a
    missed "proibido ligar pra esse numero" is a call the customer forbade.

    >>> may_refuse("jamais me telefonem de novo"), may_refuse("nao recebi o email com o boleto")
    (True, True)
    >>> may_refuse("me liga amanha"), may_refuse("nao me ligue agora, liga a tarde"), may_refuse("nao tenho dinheiro")
    (False, False, False)
    """
    clauses = _clauses(text)
    return clauses is not None and any(_CONTACT.search(clause) and _REFUSING.search(clause) for clause in clauses)


_MAY_WE = r"\b(podemos|posso|pode|tudo bem se)( a gente| nos| eu)?"  # "podemos...?", "tudo bem se a gente...?"
# a channel refused by answering the robot's or the agent's question about it: "deseja continuar recebendo
# mensagens por whatsapp?" "nao"; "para nao receber mais ligacoes, diga parar" "parar"
_ASKS_TO_KEEP = re.compile(r"\b(deseja|quer|gostaria de|aceita|podemos|posso|prefere) (continuar (a )?)?(te |lhe )?"
                           r"(receb|envi|mand)\w*\b"
                           # reminders kept up ("podemos continuar te avisando?"), not one reminder ("posso te lembrar
                           # do vencimento amanha?")
                           rf"|{_MAY_WE} continuar (a )?(te |lhe )?(lembrando|lembrar|avisando|avisar|notificando"
                           r"|notificar)\b"
                           # "quer que a gente continue te mandando lembretes?"
                           r"|\b(quer|prefere|deseja|gostaria) que (a gente|nos|eu) (continue|continuemos|siga"
                           r"|sigamos) (a )?(te |lhe )?(mandando|enviando|avisando|lembrando|notificando|mandar|enviar"
                           r"|avisar|lembrar)\b"
                           # may we call you: "podemos te ligar?", "tudo bem se a gente te ligar?"
                           r"|\b(podemos|posso|pode|tudo bem se|tudo bem a gente|a gente pode)( a gente| nos| eu)?"
                           r" (continuar (a )?)?(te |lhe )(ligar|ligando|telefonar)\b"
                           # "podemos entrar em contato por ligacao?": the channel it names
                           # "podemos ligar para voce amanha?", "posso telefonar para o senhor?"
                           rf"|{_MAY_WE} (ligar|telefonar) (para|pra) (voce|o senhor|a senhora)\b"
                           rf"|{_MAY_WE} (continuar (a )?)?"
                           r"(entrar em contato|fazer contato|te contatar|contatar|lhe contatar|te contactar)\b"
                           # "podemos seguir com o contato por este canal?", "podemos manter nosso contato pelo sms?"
                           rf"|{_MAY_WE} (continuar|seguir|manter)( com)? (o |nosso |este |esse )?contato\b"
                           # a call asked for: "posso conversar com o senhor por telefone na sexta?"
                           rf"|{_MAY_WE} (falar|conversar) com (voce|o senhor|a senhora)\b"
                           # this conversation: "podemos continuar falando por aqui?", "tudo bem seguirmos a conversa?"
                           r"|\b(podemos|posso|pode|tudo bem|quer|deseja|prefere|gostaria de)( \w+){0,2}? (continuar"
                           r"|continuarmos|seguir|seguirmos)( \w+){0,2}? (falando|conversando|a conversa|nossa conversa"
                           r"|o atendimento)\b")
_ASKS_TO_ALLOW = re.compile(r"\b(autoriza|permite|aceita)\b( que)?( a gente| nos| eu)?( o| a| te| lhe)?"
                            r" (envio|envie|enviemos|enviar|mande|mandemos|recebimento|receber|contato|ligacao|ligacoes"
                            r"|ligue|liguemos|telefone|telefonemos)\b")
_ASKS_TO_KEEP_BEING = re.compile(r"\b(prefere|quer|deseja|gostaria de) (continuar (sendo )?|ser )(contatad\w*"
                                 r"|contactad\w*"
                                 r"|procurad\w*|lembrado|lembrada|avisado|avisada|notificado|notificada)\b")
_ASKS_TO_STOP = re.compile(r"\b(deseja|quer|gostaria de) (deixar|parar) de receb\w*\b")  # answered "sim"
# a one-off document offered ("deseja receber o boleto por email?"): declining it refuses no channel
_ONE_OFF = re.compile(r"\b(boleto|fatura|segunda via|comprovante|codigo|link|pix)\b")
_OFFERS_TO_STOP = re.compile(r"\b(para|pra) (nao receber|parar de receber|sair|cancelar|descadastrar)\b")
_NO = re.compile(r"(nao )?(nao|nao quero|nao quero nao|nao obrigad\w|nao quero mais|negativo|de jeito nenhum|melhor nao"
                 r"|no|no gracias|no no"  # Spanish
                 r"|nunca|nunca mais|jamais|de jeito maneira|nops|nop|nope"
                 r"|pode nao"
                 r"|acho melhor nao|prefiro que nao|prefiro nao|nem pensar|nao autorizo|nao permito|nao aceito"
                 r"|pode parar|pode cancelar|para|pare|parar|cancela|cancelar|dispenso|dispenso obrigad\w"
                 r"|pode desligar|pode desativar|desliga|desativa|nao desejo|desejo nao"
                 r"|nenhum|nenhuma|nenhum dos dois|nenhuma das duas|nenhum deles|nenhuma delas|deus me livre"
                 r"|quero nao|autorizo nao|aceito nao|permito nao)( nao)?"
                 r"( isso| isso ai| ai| tudo)?"  # "nao, desliga isso"
                 r"( valeu| obrigado| obrigada| credo| deus me livre)?"
                 # and left alone: "nenhum, me deixa em paz"
                 r"( me (deixa|deixe|deixem) em paz| me (esquece|esquecam))?"
                 # and the way kept: "nenhum dos dois, so pelo app"
                 r"( (so|somente|apenas|prefiro|prefiro so|prefiro tudo) ((pelo|pela|por|no|via) )?\w+)?")
# "no need" declines a one-off ("posso te ligar amanha?" "nao precisa"), and refuses what would go on: "deseja
# continuar recebendo avisos por email?" "nao precisa"
_ASKS_TO_KEEP_ON = re.compile(rf"^(?=.{{0,200}}\b(continuar|continue|lembretes|avisos|notificacoes|alertas)\b)"
                              rf".{{0,200}}?(?:{_ASKS_TO_KEEP.pattern})")
_NO_NEED = re.compile(r"(nao )?(nao precisa|nao precisa mais|precisa nao|precisa mais nao|nem precisa)( nao)?"
                      r"( obrigad\w)?")
_YES = re.compile(r"(sim|sim quero|sim por favor|quero|pode|pode sim|isso)")
# another way kept alone, as the answer: "quer continuar recebendo lembretes por sms?" "prefiro so email"
_ONLY_ANOTHER = re.compile(rf"(?:prefiro |quero )?(?:so|somente|apenas)(?: por| pelo| pela| via| no| o)? {_MEDIUM}"
                           r"(?: mesmo| por favor| obrigad\w)?")
_THUMBS_DOWN = re.compile(r"\s*(?:👎|🚫|❌|🙅\S*)+\s*")  # a "no" in emoji, which normalising leaves empty
_STOP_WORD = re.compile(r"(parar|pare|sair|cancelar|descadastrar|stop|quero parar|quero sair)")
# each kind of question about contact, with the answers to it that refuse the channels it names
_REFUSING_ANSWERS = ((_ASKS_TO_KEEP, _NO), (_ASKS_TO_KEEP_BEING, _NO), (_ASKS_TO_ALLOW, _NO),
                     (_ASKS_TO_KEEP_ON, _NO_NEED),
                     (_OFFERS_TO_STOP, _STOP_WORD), (_ASKS_TO_STOP, _YES))
# (whole words after "telefon": a stem would keep the typo repair from splitting "telefonee" into "telefone e")
_ASKED_CALLS = re.compile(rf"\b{_CALLS}\b|\bligar\w*\b|\bligando\b|\bligue\w*\b"
                          r"|\b(?:telefone|telefonar|telefonarmos|telefonemos)\b")
_ASKED_MEDIUM = re.compile(rf"\b{_MEDIUM}\b")


def refused_in_answers(transcript: str) -> set[str]:
    """The channels a customer refused by answering a question about them in a labelled call transcript.

    >>> sorted(refused_in_answers("Robo: deseja continuar recebendo mensagens por whatsapp? Cliente: nao"))
    ['whatsapp']
    >>> refused_in_answers("Agente: posso enviar o boleto por whatsapp? Cliente: nao, por email")
    set()
    """
    return set().union(*(refused_in_answer(asked, said) for asked, said in answers(transcript)))


def asks_about_contact(asked: str) -> bool:
    """Whether a bot's or agent's message asks whether to keep contacting the customer on a channel (so that a bare
    "não" or "sim" after it may refuse one).

    >>> asks_about_contact("Deseja continuar recebendo mensagens por WhatsApp?"), asks_about_contact("Qual seu CPF?")
    (True, False)
    """
    question = normalise(asked)
    return not _ONE_OFF.search(question) and any(q.search(question) for q, _answer in _REFUSING_ANSWERS)


# a no, then a call asked for: "nao, me liga", "Não. Pode me ligar" (the no answers what was asked, not the calls)
_NO_THEN_A_CALL = re.compile(r"^\s*(n[aã]o\s*[,.!;:]+)\s*(?:(?:pode|podem)\s+)?(?:me\s+)?(?:liga|ligue|liguem|ligar"
                             r"|telefona|telefone)\b(?!\s+n[aã]o\b)", re.IGNORECASE)
# options numbered in a question: "responda 1 para sim e 2 para nao"
_NUMBERED_OPTION = re.compile(r"\b(\d) (?:para|pra|=) (sim|nao)\b.{0,10}\b(\d) (?:para|pra|=) (sim|nao)\b")


def refused_in_answer(asked: str, said: str, on: str | None = None) -> set[str]:
    """The channels refused by answering ``said`` to a bot's or agent's ``asked`` (in a call, or the chat message
    just before, on the written channel ``on``: a question naming no channel asks about that one).

    >>> sorted(refused_in_answer("Deseja deixar de receber SMS? Responda SIM", "Sim"))
    ['sms']
    >>> refused_in_answer("Deseja receber o boleto por email?", "não")
    set()
    >>> refused_in_answer("Quer continuar recebendo lembretes por SMS?", "prefiro só email")
    {'sms'}
    """
    question, answer = normalise(asked), "nao" if _THUMBS_DOWN.fullmatch(said) else normalise(said)
    calls_kept = _NO_THEN_A_CALL.match(said) is not None  # "nao, me liga" to "continuamos por aqui?"
    if calls_kept:
        answer = "nao"
    elif (option := _NUMBERED_OPTION.search(question)) and answer in option.group(1, 3):
        answer = option.group(2) if answer == option.group(1) else option.group(4)  # "2" to "... 2 para NAO": "nao"
    kept = _ONLY_ANOTHER.fullmatch(answer)
    if _ONE_OFF.search(question) or not any(q.search(question) and (a.fullmatch(answer) or (kept and a is _NO))
                                            for q, a in _REFUSING_ANSWERS):  # fmt: skip
        return set()
    asked_about = _asked_channels(question, on) - (set(VOICE_CHANNELS) if calls_kept else set())
    # (the one kept is not refused: "so por email" to a question about email refuses none)
    return asked_about - set(_channels_of(kept.group(1), answer)) if kept else asked_about


def _asked_channels(question: str, on: str | None) -> set[str]:
    """The channels a (normalised) question about contact asks about, on the written channel ``on``."""
    named = [VOICE_CHANNELS] if _ASKED_CALLS.search(question) else []
    named += list(dict.fromkeys(_MEDIUM_CHANNELS.get(m, ("email",)) for m in _ASKED_MEDIUM.findall(question)))
    # "mensagens por whatsapp": the whatsapp; "ligacao ou mensagem": the calls and both messaging channels
    calls = [c for c in named if c == VOICE_CHANNELS]
    written = [c for c in named if c != VOICE_CHANNELS]
    specific = [c for c in written if c != ("whatsapp", "sms")]
    if _APP_NOTICES.search(question):  # "aceita receber nossas notificacoes no aplicativo?"
        return {"app_push"}
    if not named and on in WRITTEN_CHANNELS and _HERE.search(question):  # "continuar falando por aqui?" "nao"
        return {on}
    return set().union(*calls, *(specific or written))


# what the typo repair knows the words of (online_models.text): "recbeer" is repaired toward "receber"
PATTERNS = (*_NO_CALLS, *_NO_MESSAGES, *_REFUSED_CONTACT, _OPT_OUT, _OPT_OUT_ON, _REFUSED_ALONE, _NONE_OF,
            _MACHINE_CALLS, _ONLY_ASKED, _ONE_KEPT, _ASKS_TO_KEEP, _ASKS_TO_STOP, _OFFERS_TO_STOP, _NO, _NO_NEED,
            _YES, _STOP_WORD, _ASKED_CALLS)  # fmt: skip
