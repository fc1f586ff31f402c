"""Cue lexicons: how people phrase a refusal, an explicit negative, a clarification request.

Also a confirmation, a disagreement, a correction, an addition to an earlier answer, small
talk and a question about something other than the interview. They are general phrasing,
in the six languages, not tied to any job; :func:`find_cues` finds the clauses of a message
where one matches. (An attempt to instruct the system is :mod:`server.interview.instructions`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.interview.text import clauses, sentences


def _lexicon(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# An explicit negative: the candidate does not have it / has never done it.
NEGATIVE = _lexicon(
    r"\b(?:i\s+)?(?:do\s*n[o']?t|dont|(?<!\blink\s)(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\burl\s)"
    r"(?<!\bpage\s)(?<!\baddress\s)does\s*n[o']?t|did\s*n[o']?t|have\s*n[o']?t|havent|has\s*n[o']?t"
    r"|never|not|no\s+longer|ca\s*n[o']?t\s+say\s+i)\s+(?:really\s+|actually\s+|yet\s+|currently\s+"
    r"|even\s+|ever\s+|got\s+|have\s+)?(?:have|had|got|own|done|do|did|worked|work|been|made"
    r"|created|set\s+up|use|used|any)\b",
    r"\bi\s+not\s+(?:have|has|had|got|use|done|do|work(?:ed)?)\b",
    r"\b(?:no|zero|without|lack|lacking)\s+(?:\w+\s+){0,3}?(?:experience|background"
    r"|linkedin|profile|account|page|history)\b",
    r"\bno\s+(?:prior|previous|direct|real|professional|relevant)\b",
    r"\b(?:never|not)\s+(?:\w+\s+){0,2}(?:before|yet)\b",
    r"\bnever\b",
    r"\b(?:first|1st)\s+(?:time|gig|job|project|role|experience)\b",
    r"\b(?:i'?m|i\s+am)\s+(?:completely\s+|totally\s+|fairly\s+|quite\s+)?new\s+to\b",
    r"\bnone\b",
    r"\bnot\s+(?:on|a\s+member\s+of)\s+linkedin\b",
    r"\bnot\s+on\s+(?:there|it|social\s+media|any\s+social)\b",
    r"\bdeleted\s+(?:my\s+|the\s+)?(?:account|profile|linkedin)\b",
    r"\b(?:complete|total|absolute)\s+beginner\b",
    r"\b(?:just|only)\s+(?:starting|getting\s+started|beginning)\b",
    r"\bnothing\s+(?:yet|so\s+far|really)\b",
    r"\b(?:totally|completely|entirely|all)\s+new\s+(?:to|for)\s+me\b",
    # The same in the other languages candidates write in.
    r"\bnunca\b|\bjamais\b|\bnoch\s+nie\b|\bnie\b|\bainda\s+n[aã]o\b|\btodav[ií]a\s+no\b",
    # the Italian "mai" only with a verb: alone it is also the French and German May
    r"\bnon\s+(?:ne\s+|l'|lo\s+|la\s+)?(?:ho|avevo|abbiamo)\s+mai\b|\bmai\s+(?:fatt[oiae]|stat[oaie]"
    r"|\w+(?:at|ut|it)[oaie])\b",  # any participle: "mai giocato", "mai avuto", "mai servito"
    # or ending a clause about a place: "In un reparto termale mai, ho lavorato in RSA"
    r"\b(?:in|con|nel|nella|nei|negli|nelle)\s+(?:[^\W\d_]+\s+){0,3}mai\s*(?:[,.;!]|$)",
    r"\b(?:ning[uú]n[oa]?|aucune?|nenhum[a]?|nessun[oa]?|keine[nm]?|kein)\b"
    # (not "kein Problem", "keine Sorge", "nessun dubbio", "aucun doute": no worry, no lack)
    r"(?!\s+(?:problema?|probl[eè]me|souci|thema|angaben?|sorgen?|zweifel|dubbio|dudas?"
    r"|d[uú]vidas?|doute|preocupaci[oó]n|pensiero)\b)",
    r"\bno\s+(?:tengo|he\s+\w+|tuve|cuento\s+con)\b|\bje\s+n'ai\s+(?:pas|jamais)\b"
    r"|\bn[aã]o\s+(?:tenho|tive)\b|\bnon\s+(?:ne\s+)?ho\b|\bhabe\s+ich\s+(?:noch\s+)?nicht\b"
    r"|\bje\s+n'en\s+ai\s+(?:pas|jamais)\b",
    r"\b(?:sin|sans|sem|senza|ohne)\s+(?:\w+\s+)?(?:experiencia|exp[ée]rience|experi[eê]ncia"
    r"|esperienza|erfahrung)\b|\bpas\s+d'exp[ée]rience\b",
    r"\bnot\s+(?:yet|really|at\s+all)\b",
    # Not either, after the thing named: "Verkauf auch nicht", "tampoco", "non plus"
    r"\bauch\s+nicht\b|\bauch\s+keine?\b|\btampoco\b|\bnon\s+plus\b|\bnemmeno\b|\bneanche\b"
    r"|\btamb[eé]m\s+n[aã]o\b|\bneither\b|\bnot\s+either\b",
    r"\b(?:noch\s+)?gar\s+nicht\b|\bnoch\s+(?:gar\s+)?nicht\b|\bpas\s+encore\b|\bnon\s+ancora\b"
    r"|\bainda\s+n[aã]o\b|\ba[uú]n\s+no\b|\bdu\s+tout\b|\bper\s+niente\b",
)
# A bare negative answer to the question just asked.
BARE_NEGATIVE = re.compile(
    # ("n/a"; "na" only alone: "Na zona de San Pedro" is Portuguese "in the")
    r"^\s*(?:no+|nope|nah|none|never|not\s+really|not\s+yet|n/a|na(?=\W*$)|nothing|zero|0|negative"
    r"|nein|n[öo]|nee|non|n[aã]o|ningun[oa]?|ninguna|aucune?|keine?n?|nessun[oa]?|nenhum[a]?|nada|rien"
    r"|nichts|niente|nulla|jamais|nunca|nie|noch\s+nie|todav[ií]a\s+no|ainda\s+n[aã]o"
    r"|(?:no\s+)?i\s+(?:do\s*n[o']?t|dont|have\s*n[o']?t|havent)(?:\s+have\b|\s+(?:got\s+)?"
    r"(?:one|any|it)\b|\s*[.!,]|\s*$))(?![\w'])(?!\s+(?:problem|worries|issue|problema|probl[eè]me|souci)\b)",
    re.IGNORECASE,
)
# Skipping the question, in the six languages ("je passe cette question", "nächste Frage").
SKIP_QUESTION = (
    r"\bje\s+(?:passe|saute)\s+(?:cette|la|sur\s+cette)\s+question\b|^\s*je\s+passe\s*[.!]?\s*$"
    r"|\b(?:paso\s+(?:de\s+)?|me\s+salto\s+|salto\s+)(?:esta|esa|la)\s+pregunta\b"
    r"|^\s*paso\s*[.!]?\s*$|\b(?:pulo|passo|salto)\s+(?:esta|essa|a)\s+pergunta\b"
    r"|\b(?:passo|salto)\s+(?:questa|la)\s+domanda\b|^\s*passo\s*[.!]?\s*$"
    r"|\b[üu]berspringe\s+(?:ich\s+)?(?:diese|die)\s+frage\b"
    r"|\bdiese\s+frage\s+(?:[üu]berspringe|lasse)\s+ich\b|^\s*ich\s+passe\s*[.!]?\s*$"
    r"|\b(?:siguiente|pr[óo]xima|prossima|n[äa]chste)\s+(?:pregunta|pergunta|domanda|frage)\b"
    r"|\bquestion\s+suivante\b|\b(?:passer|sauter)\s+(?:cette|la)\s+question\b"
    r"|\bsaltar(?:me)?\s+(?:esta|esa|la)\s+pregunta\b|\bpular\s+(?:esta|essa|a)\s+pergunta\b"
    r"|\bsaltare\s+(?:questa|la)\s+domanda\b|\b(?:diese|die)\s+frage\s+[üu]berspringen\b"
    # "questa la salto", "esta me la salto", "paso de esta", "essa eu pulo", "je passe sur
    # celle-là": the question left unnamed.
    r"|\b(?:questa|quella|esta|esa|essa|esta\s+eu|essa\s+eu)\s+(?:me\s+)?(?:la\s+)?"
    r"(?:salto|pulo|paso|passo)\b|\bpaso\s+de\s+(?:esta|esa)\b|\bje\s+passe\s+sur\s+"
    r"(?:celle-ci|celle-la|celle\s+la)\b|\bdie\s+(?:hier\s+)?(?:[üu]berspringe|lasse)\s+ich\b"
    # wishing to skip it: "questa preferisco saltarla", "prefiero saltármela", "prefiro pular
    # essa", "je préfère la sauter", "I'd rather skip it"
    r"|\b(?:preferisco|preferirei|prefiero|preferir[ií]a|prefiro|preferiria|pr[ée]f[èe]re"
    r"|pr[ée]f[ée]rerais)\s+(?:la\s+|le\s+|l')?(?:saltar\w*|pular\w*|sauter|passer|skip\w*)"
    r"|\b(?:rather|prefer\s+to|like\s+to)\s+skip\b|\b(?:lieber|gerne?)\s+[üu]berspringen\b"
    # the word for skipping alone, a "please" either side: "überspringen bitte", "skip pls"
    r"|^\W*(?:(?:please|pls|bitte|por\s+favor|per\s+favore|s'il\s+vous\s+pla[iî]t)\s+)?"
    r"(?:skip|[üu]berspringen|saltar|pular|sauter|saltare)"
    r"(?:\s+(?:please|pls|bitte|por\s+favor|per\s+favore|s'il\s+vous\s+pla[iî]t))?\W*$"
)
# After "prefiero no", "I'd rather not": not a verb other than saying or sharing, which
# makes it a wish about the work ("Sí, aunque prefiero no pasar más de seis horas ahí
# dentro", "I'd rather not work Sundays"). A pronoun ("prefiero no decirlo", "je préfère ne
# pas en parler"), a pause or the end of the reply keeps it a refusal.
_SAYING = (
    r"to|say|answer|share|tell|disclose|give|go|get|discuss|put|reveal|mention|specify"
    r"|provide|comment|talk|state|write|elaborate|list|name|decir\w*|contestar\w*"
    r"|responder\w*|compartir\w*|dar\w*|hablar\w*|especificar\w*|comentar\w*|entrar"
    r"|mencionar\w*|revelar\w*|contar\w*|detallar\w*|precisar\w*|indicar\w*|poner\w*"
    r"|facilitar\w*|dizer|diz[eê]\w*|informar\w*|compartilhar\w*|partilhar\w*|falar\w*"
    r"|declarar\w*|detalhar\w*|dire|dirlo|dirti|rispondere|condividere|parlarne|parlare"
    r"|specificare|entrare|rivelare|dare|indicare|raccontar\w*|commentare|comunicar\w*"
    r"|r[ée]pondre|partager|donner|pr[ée]ciser|parler|d[ée]tailler|indiquer|r[ée]v[ée]ler"
    # naming names: "je préfère ne pas citer les productions"
    r"|citer|nommer|citar\w*|nombrar\w*|nomear|citare|nominare|nennen"
    r"|entrer|escrib\w*|escrever|scrivere|[ée]crire|lo|la|le|les|los|las|l'|eso|esto|isso"
    r"|isto|ne|en|y|me|mi|te|ti|ci|nada|nothing|rien|niente|nulla|communiquer|divulg\w*"
    r"|d[ée]voiler|mentionner|chiffrer|fournir|discut\w*|aborder|expor|esporre|rivelar\w*"
    r"|raconter|expliqu\w*|explica\w*|explain\w*|spiega\w*|relatar|narrar|describ\w*|d[ée]crire"
    r"|descrever|descrivere|detail\w*|dettagli\w*|condivid\w*|elenc\w*|list\w*|enumer\w*"
    # the Portuguese "passar" (to hand over; the Spanish "pasar" is to spend)
    r"|passar|passa-lo|passa-la"
    # a French verb with its pronoun elided on it: "m'engager", "l'expliquer"
    r"|[mlst]'[^\W\d_]+"
    r"|compromet\w*|impegn\w*|commit\w*|engag\w*|festleg\w*|festzulegen"
    # an infinitive with "it" on it: "condividerlo", "elencarle", "ponerlo", "dirtelo"
    r"|[^\W\d_]+(?:ar|er|ir|re)(?:lo|la|los|las|le|les|li|me|te|se|ne|ci|gli|glielo|selo)"
)
NOT_ANOTHER_VERB = rf"(?!\s+(?:to\s+)?(?!(?:{_SAYING})\b)[^\W\d_])"
# Kept to be told in person or at the interview, not written here: "I'd rather discuss that in
# the interview", "Questo preferirei discuterlo di persona", "je préfère en parler".
TOLD_IN_PERSON = "|".join(
    f"(?:{p})"
    for p in (
        r"\b(?:rather|prefer\s+to)\s+(?:discuss|talk\s+about)\s+(?:that|it|this)\s+(?:in\s+person"
        r"|later|in\s+the\s+interview|face\s+to\s+face)",
        r"\bprefiero\s+(?:hablarlo|comentarlo|tratarlo|discutirlo|verlo|dejarlo)\b",
        r"\b(?:prefiro|preferia)\s+(?:falar\s+(?:disso|sobre\s+isso)|conversar|discutir|deixar)\b",
        # "prefiro responder isso na entrevista presencial", "prefiero contestarlo en la entrevista"
        r"\b(?:prefiro|preferia|prefiero|preferiria|preferisco|je\s+pr[ée]f[eè]re|i'?d\s+rather"
        r"|i\s+prefer\s+to)"
        r"\s+(?:\w+\s+){0,3}(?:na|en\s+la|nell'|al|en|in\s+the|at\s+the|lors\s+de\s+l')\s*"
        r"(?:entrevista|colloquio|entretien|interview)\b",
        r"\bpr[ée]f[eè]re(?:rais)?\s+(?:en\s+parler|en\s+discuter|le\s+garder)\b",
        # Told in person rather than written: "I'd prefer to go through that one in person",
        # "Preferirei raccontarlo a voce al colloquio", "Prefiero contarlo en persona".
        r"\b(?:prefer\w*|rather|preferi\w*|prefier\w*|prefir\w*|pr[ée]f[eè]r\w*|lieber)\s+"
        r"(?:\w+\s+|\w+['’]){0,4}?(?:go\s+through|tell|explain|discuss|talk|answer|cover|racconta\w*"
        r"|spiega\w*|conta\w*|explica\w*|erz[äa]hl\w*|erkl[äa]r\w*|raconte\w*|explique\w*"
        r"|respond\w*|rispond\w*|r[ée]pond\w*|fala\w*|habla\w*|parl\w*|dire|decir\w*|dizer"
        r"|discut\w*|besprech\w*|tratt\w*|trat\w*|convers\w*"
        # shown rather than written: "Je préfère vous montrer ça à l'établi", "Eso prefiero
        # enseñarlo en persona", "I'd rather show you on the day"
        r"|show|montr\w*|zeig\w*|mostr\w*|ense[ñn]\w*)\b"
        r".{0,60}?\b(?:in\s+person|face\s+to\s+face|a\s+voce|di\s+persona|en\s+persona"
        r"|pessoalmente|em\s+pessoa|pers[öo]nlich|en\s+personne|de\s+vive\s+voix|al\s+colloquio"
        r"|in\s+colloquio|at\s+the\s+interview"
        # not in writing: "rather not explain that in writing", "plutôt que de l'écrire"
        r"|in\s+writing|par\s+[ée]crit|l'[ée]crire|por\s+escrito|per\s+iscritto|schriftlich"
        r"|no\s+por\s+aqu[ií]|not\s+(?:here|by\s+chat|over\s+chat))\b",
        # (German says where before the verb: "Das würde ich lieber persönlich besprechen")
        r"\blieber\s+(?:\w+\s+){0,2}?(?:pers[öo]nlich|(?:im|beim)\s+(?:vorstellungs)?gespr[äa]ch)\s+"
        r"(?:\w+\s+){0,2}?(?:besprech|erz[äa]hl|sag|kl[äa]r|erkl[äa]r|beantwort|[äa]u(?:ß|ss)er)\w*",
    )
)


# A refusal to share.
DECLINE = _lexicon(
    SKIP_QUESTION,
    r"\b(?:i'?d|i\s+would|i)\s+(?:rather|prefer(?:\s+not)?|like\s+not)\s+(?:not\s+)?(?:to\s+)?"
    r"(?:share|say|tell|give|disclose|provide|answer|commit|keep|discuss|reveal|go\s+into|put)"
    # not the language an answer is given in: "I'd rather answer this one in English: …"
    r"(?!\s+(?:\w+\s+){0,3}in\s+(?:english|spanish|german|french|portuguese|italian)\b)",
    # "I'd rather not (say)", not "I'd rather not work Sundays": a wish about the work
    rf"\b(?:prefer|rather)\s+not\b{NOT_ANOTHER_VERB}",
    r"\bnot\s+(?:comfortable|willing|keen|ready|happy|going)\s+(?:with\s+)?(?:to\s+)?"
    r"(?:shar|say|tell|giv|disclos|provid|answer|commit|reveal|discuss|putting|that|this)",
    r"\bnot\s+comfortable\b",
    r"\buncomfortable\b",
    r"\b(?:do\s*n[o']?t|dont|won'?t|will\s+not|would\s+not|wouldn'?t|ca\s*n[o']?t|cannot)\s+"
    r"(?:want\s+to\s+|wish\s+to\s+|like\s+to\s+)?(?:share|disclose|give\s+(?:out|that|it|you)"
    r"|reveal|provide|tell|say|discuss|answer|write\s+(?:an?\s+essay|it|that|about))\b"
    # not what cannot be said to be so: "so I can't say it's safe for her son"
    r"(?!\s+(?:(?:her|him|them|you)\s+)?(?:it'?s|it\s+is|whether|for\s+sure|for\s+certain)\b)",
    # kept for the interview: "ask me at the interview", "pregúntame en la entrevista"
    r"\bask\s+me\s+(?:at|in|during)\s+the\s+interview\b|\bpreg[uú]nta(?:me|dme)\s+en\s+la"
    r"\s+entrevista\b|\bme\s+pergunt[ae]\s+na\s+entrevista\b|\bfragen\s+sie\s+mich\s+(?:im|beim)"
    r"\s+(?:vorstellungs)?gespr[äa]ch\b|\bdemandez-moi\s+(?:en|lors\s+de\s+l')\s*entretien\b"
    r"|\bchiedetemelo\s+al\s+colloquio\b",
    r"\b(?:keep|keeping)\s+(?:that|it|this)\s+(?:to\s+myself|private|confidential)\b",
    # kept to oneself, in the other languages: "Das behalte ich lieber für mich", "questo
    # lo tengo per me", "isso eu guardo pra mim" ("je préfère le garder" is with the
    # French wishes below)
    r"\b(?:behalte|behalt)\s+ich\s+(?:lieber\s+|mal\s+)?f[uü]r\s+mich\b"
    r"|\blieber\s+f[uü]r\s+mich\s+behalten\b"
    r"|\b(?:questo|questa|quello)\s+(?:lo|la)\s+tengo\s+per\s+me\b"
    r"|\bpreferisco\s+tener(?:lo|la)\s+per\s+me\b"
    r"|\b(?:isso|essa|esta|esse)\s+(?:eu\s+)?guardo\s+(?:pra|para)\s+mim\b"
    r"|\bprefiro\s+guardar\s+(?:isso\s+)?(?:pra|para)\s+mim\b",
    r"\b(?:that'?s|it'?s|is)\s+(?:private|personal|confidential)\b",
    r"\b(?:skip|pass\s+on|pass)\s+(?:that|this|it|the)\b",
    r"\bno\s+comment\b",
    r"\bnone\s+of\s+your\s+business\b",
    r"\bdecline\s+to\b",
    r"\bi\s+decline\b",
    r"\bnext\s+question\b",
    r"\b(?:do\s*n[o']?t|dont|won'?t|will\s+not|ca\s*n[o']?t|cannot|rather\s+not|not\s+going\s+to)\s+"
    r"(?:\w+\s+)?(?:give\s+out|go\s+into|get\s+into|talk\s+about|hand\s+out|put\s+(?:that|it)"
    r"|reveal|disclose|share)\b",
    r"\bnot\s+something\s+i\s+(?:want|wish|like|care|'?d\s+like)\s+to\b",
    r"\b(?:under\s+(?:an?\s+)?nda|nda|non[- ]disclosure|confidential(?:ity)?)\b",
    r"\bhold\s+off\b",
    TOLD_IN_PERSON,
    r"\b(?:preferisco|preferirei)\s+(?:parlarne|discuterne)\b",
    # Told later: "Prefiero decírselo cuando firme el contrato", "I'd rather tell you once
    # I've started", "je préfère vous le dire plus tard", "preferisco dirlo più avanti"
    r"\b(?:prefer\w*|rather|preferi\w*|prefier\w*|prefir\w*|pr[ée]f[eè]r\w*|lieber)\s+"
    r"(?:\w+\s+|\w+['’]){0,3}?(?:tell|say|give|dec[ií]r\w*|dizer|dire|dirl\w*|dirt\w*|sagen"
    r"|nennen|contar\w*|contá\w*|dar(?:te|le|lo|selo)?|dá-lo)(?!\s+(?:que|that|dass|che)\b)"
    r"\s+(?:\w+\s+){0,2}?(?:when|once|cuando|quando|quand|lorsque|wenn|sobald|later|luego"
    r"|despu[eé]s|depois|plus\s+tard|sp[äa]ter|dopo|pi[uù]\s+avanti|m[aá]s\s+adelante"
    r"|mais\s+(?:tarde|adiante))\b",
    # "Preferirei rispondere a questa di persona", "non mi va di rispondere", "das lasse
    # ich aus", "geht Sie nichts an"
    r"\b(?:preferisco|preferirei)\s+rispondere\s+(?:\w+\s+){0,3}(?:di\s+persona|a\s+voce"
    r"|al\s+colloquio|in\s+colloquio)\b",
    r"\bnon\s+mi\s+va\s+di\s+(?:rispondere|dirlo|parlarne)\b",
    # No names given: "preferisco non fare nomi", "I'd rather not name names", "prefiero no
    # dar nombres", "je préfère ne pas citer de noms", "prefiro não dizer nomes"
    r"\b(?:non|no|not|pas|nao)\s+(?:\w+\s+)?(?:fare|dar|dire|dizer|citer|give|name)\s+"
    r"(?:(?:de|any|the)\s+)?(?:nomi|nombres|noms|nomes|names)\b|\bkeine\s+namen\s+nennen\b",
    r"\b(?:das|die|diese)\s+(?:frage\s+)?lasse\s+ich\s+(?:lieber\s+)?aus\b",
    # "Das lass ich lieber weg": left out
    r"\b(?:das|die|diese)\s+(?:frage\s+)?lass(?:e)?\s+ich\s+(?:lieber\s+|mal\s+)?weg\b",
    r"\bgeht\s+(?:sie|dich|euch)\s+nichts\s+an\b",
    # not committing to a figure: "keine Lust, mich festzulegen", "will mich nicht festlegen"
    r"\bkeine\s+lust\W+mich\s+(?:\w+\s+)?festzulegen\b|\bmich\s+(?:(?:jetzt|noch|ungern"
    r"|lieber)\s+)*(?:nicht|ungern)\s+festlegen\b",
    r"\blieber\s+(?:erst\s+)?(?:im\s+(?:pers[öo]nlichen\s+)?gespr[äa]ch|pers[öo]nlich|sp[äa]ter)\b",
    r"\b(?:m[öo]chte|will)\s+ich\s+(?:hier\s+|dazu\s+|das\s+)?(?:lieber\s+)?(?:nicht|erst)\b"
    r".{0,40}\b(?:sagen|nennen"
    r"|kl[äa]ren|besprechen|reden|sprechen|verraten|beantworten|angeben|mitteilen|preisgeben"
    r"|erz[äa]hlen)\b",
    # Kept to oneself: "Das möchte ich lieber für mich behalten", "me lo guardo para mí",
    # "je préfère garder ça pour moi", "preferisco tenerlo per me", "prefiro guardar para mim"
    r"\bf[üu]r\s+mich\s+behalten\b|\bme\s+lo\s+(?:guardo|reservo)\b|\bgarder\s+(?:ça|ca|cela)"
    r"\s+pour\s+moi\b|\btener(?:lo|la)\s+per\s+me\b|\bguardar\s+(?:isso\s+)?(?:para|pra)\s+mim\b",
    # "Dazu sag ich lieber nix", "dazu sage ich nichts"
    # "Not something I'd want to go into here", "möchte ich lieber offen lassen"
    r"\bnot\s+something\s+i'?d\s+(?:want|like|rather)\s+to\s+(?:go\s+into|get\s+into|discuss"
    r"|share)\b",
    r"\b(?:m[öo]chte|will)\s+ich\s+(?:hier\s+|das\s+|dazu\s+)?(?:lieber\s+)?offen\s+lassen\b"
    r"|\blasse\s+ich\s+(?:das\s+|lieber\s+)*offen\b",
    # ("Dazu schreibe ich hier lieber nichts")
    r"\b(?:sag|sage|schreib|schreibe)\s+ich\s+(?:hier\s+|dazu\s+)?(?:lieber\s+)?(?:nix|nichts)\b",
    # "Darüber rede ich erst beim Vorstellungsgespräch"
    r"\berst\s+(?:im|beim|in\s+einem)\s+(?:pers[öo]nlichen\s+)?(?:vorstellungs)?gespr[äa]ch\b",
    r"\b(?:keep|keeping)\s+(?:that|it|this|those|these)\s+(?:to\s+myself|private|confidential"
    r"|for\s+(?:now|later))\b",
    r"\bskip\s+(?:this|that|the)?\s*(?:question|one|part)\b",
    r"\bi'?ll\s+(?:skip|pass)\b",
    r"\b(?:rather|prefer\s+to)\s+(?:keep|stay)\b",
    # "Private." alone ("private partys 🎉" names private events)
    r"^\W*private\W*$",
    r"\b(?:share|send|give|provide)\s+(?:it|that|this|them)\s+(?:later|after|once|when|if)\b",
    r"\bnot\s+(?:at\s+this\s+(?:stage|point|time)|right\s+now|for\s+now)\b",
    r"^\s*(?:maybe\s+)?later\b",
    r"\b(?:not|no|dont|don't)\s+(?:want|like)\s+(?:to\s+)?(?:share|give|tell|say|disclose)\b",
    r"^\s*(?:i'?ll\s+)?pass\s*[.!]?\s*$",
    r"\bnot\s+(?:giving|sharing|telling|disclosing|revealing|handing|providing)\b",
    # "Não me sinto à vontade para dizer um valor", "no me siento cómoda diciéndolo"
    r"\bno\s+me\s+siento\s+c[oó]mod[oa]\b|\bn[aã]o\s+me\s+sinto\s+(?:[àa]\s+vontade|confort[aá]vel)"
    r"|\bje\s+ne\s+suis\s+pas\s+[àa]\s+l'aise\b|\bnon\s+mi\s+sento\s+a\s+(?:mio\s+)?agio\b"
    r"|\bich\s+f[üu]hle\s+mich\s+nicht\s+wohl\b",
    rf"(?:\bprefiero\s+no\b|\bprefiro\s+n[aã]o\b|\bpreferisco\s+(?:non|nn)\b|\bpr[ée]f[èe]re\s+ne\s+pas\b)"
    rf"{NOT_ANOTHER_VERB}"
    # spoken French drops the "ne": "je préfère pas le partager"
    # (and in chat, "jprefere pas detailler")
    r"|(?:\b|\bj'?)pr[ée]f[èe]re\s+pas\s+(?:le\s+|la\s+|les\s+|l'|en\s+)?(?:dire|partager|donner|r[ée]pondre"
    r"|communiquer|pr[ée]ciser|parler|d[ée]tailler)\b"
    r"|\breserv[aá]rmel[oa]\b|\bprefiero\s+reservar",
    r"\bno\s+(?:quiero|deseo)\s+(?:decir|contestar|responder|compartir|dar)"
    r"|\bn[aã]o\s+quero\s+(?:dizer|responder|informar|compartilhar|partilhar)"
    r"|\bnon\s+(?:voglio|desidero)\s+(?:dire|rispondere|condividere)"
    r"|\bje\s+ne\s+(?:souhaite|veux)\s+pas\s+(?:r[ée]pondre|le\s+dire|dire|communiquer"
    r"|pr[ée]ciser|partager)",
    # (not a wish about the work: "preferiría no vendérsela")
    r"(?:\bpreferir[ií]a\s+no\b|\bpreferiria\s+n[aã]o\b|\bpreferirei\s+non\b"
    rf"|\bpr[ée]f[ée]rerais\s+ne\s+pas\b){NOT_ANOTHER_VERB}"
    r"|\bw[üu]rde\s+(?:ich\s+)?lieber\s+nicht\b"
    r"|\b(?:garder|guardar|tenere|behalten)\b.{0,30}\b(?:pour\s+moi|para\s+m[ií]|per\s+me"
    r"|f[üu]r\s+mich)\b|\bguard[aá]rmel[oa]\b|\bnon\s+entrare\s+nei\s+dettagli\b",
    r"\bkeine\s+angaben?\b|\blieber\s+nicht\b|\b(?:sans|pas\s+de)\s+commentaire\b"
    r"|\b(?:m[öo]chte|will|w[üu]rde)\s+ich\s+(?:lieber\s+)?(?:nicht|ungern)\b"
    r"|\bdazu\s+(?:sage|m[öo]chte)\s+ich\s+(?:(?:hier|jetzt|gerade|erstmal|lieber|noch)\s+){0,3}nichts\b"
    r"|\bm[öo]chte\s+ich\s+(?:(?:hier|jetzt|gerade|erstmal|lieber|noch)\s+){0,3}nichts\s+"
    r"(?:sagen|schreiben|angeben|verraten)\b",
    r"\b(?:do\s*n[o']?t|dont|won'?t|will\s+not|not)\s+(?:want\s+to\s+|going\s+to\s+|wish\s+to\s+"
    r"|willing\s+to\s+|ready\s+to\s+)?commit\s+to\b",
    # Not in the mood to say: "Pas envie de détailler", "no tengo ganas de contarlo", "keine
    # Lust, das aufzuschreiben", "non ho voglia di spiegarlo", "don't feel like going into it"
    r"\b(?:pas|aucune)\s+envie\s+d(?:e\s+|')(?:en\s+)?(?:parler|r[ée]pondre|d[ée]tailler|dire"
    r"|raconter|expliquer|le\s+dire)\b"
    r"|\bno\s+tengo\s+ganas\s+de\s+(?:contar|contestar|responder|decir|hablar|explicar)"
    r"|\bkeine\s+lust\b.{0,25}\b(?:sagen|erz[äa]hlen|schreiben|erkl[äa]ren|antworten)\b"
    r"|\bnon\s+ho\s+voglia\s+di\s+(?:rispondere|dir|spiegar|raccontar|parlarne)"
    r"|\b(?:sem\s+vontade|n[aã]o\s+tenho\s+vontade)\s+de\s+(?:responder|falar|contar|dizer|explicar)"
    r"|\b(?:do\s*n[o']?t|dont)\s+feel\s+like\s+(?:answering|sharing|saying|going\s+into"
    r"|telling|explaining)\b",
    # A secret kept: "Verrate ich nicht, Betriebsgeheimnis", "trade secret"
    r"\bverrat(?:e)?\s+ich\s+(?:\w+\s+)?nicht\b|\bbetriebsgeheimnis\b|\btrade\s+secret\b",
)
# A request to explain the question.
CLARIFY = _lexicon(
    r"\bwhat\s+(?:do|did)\s+(?:you|u)\s+mean\b",
    r"\bwhat\s+does\s+(?:that|this|it)\s+mean\b",
    r"\bwhat\s+(?:is|are|'s)\s+(?:that|this|an?|the)\b.*\?",
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:explain|clarify|rephrase|elaborate"
    r"|give\s+(?:me\s+)?an?\s+example)\b",
    r"\bi\s+(?:do\s*n[o']?t|dont)\s+(?:understand|get\s+(?:it|the\s+question|what))\b",
    r"\bnot\s+sure\s+what\s+(?:you|u)\s+(?:mean|want|are\s+asking)\b",
    r"\bwhat\s+(?:exactly\s+)?(?:counts|qualifies)\b",
    r"\bwhat\s+(?:kind|sort|type)s?\s+of\b.*\?",
    r"\b(?:meaning|sorry|huh|pardon)\s*\?",
    r"\bwhich\s+\w+\s+do\s+you\s+mean\b",
    r"\bwhat\s+(?:should|do)\s+i\s+(?:put|say|write|answer)\b",
    r"^\s*\?+\s*$",
    r"\b(?:does|do|would|will|should)\s+(?:\w+\s+){0,3}count\b",
    r"\bwhat\s+exactly\b",
    r"\bof\s+what\b.*\?",
    r"\bas\s+in\b.*\?",
    r"\b(?:do|did)\s+you\s+mean\b",
    r"\byou\s+mean\b.*\?",
    r"\bwhat(?:'s|\s+is|\s+are)\s+\w+\s*\?$",
    r"^\s*(?:like|such\s+as)\s+(?:what|which)\b",
    r"\bor\s+just\b.*\?",
    r"\bper\s+\w+\s+or\s+per\s+\w+\s*\?",
    # The same in the other five languages.
    r"\bwas\s+(?:genau\s+)?(?:ist|sind|hei(?:ss|ß)t|bedeutet|meinen\s+sie|meinst\s+du)\b.*\?",
    r"\bgemeint\s*\?",
    r"\bqu'?est[- ]ce\s+que\s+(?:vous\s+entendez|c'est|ça\s+veut\s+dire)\b",
    r"\bque\s+voulez[- ]vous\s+dire\b|\bc'est[- ]à[- ]dire\s*\?",
    r"\bqu[ée]\s+(?:es|son|significa|quiere\s+decir)\b.*\?|\ba\s+qu[ée]\s+te\s+refieres\b",
    r"\bo\s+que\s+(?:é|e|são|sao|significa|quer\s+dizer)\b.*\?|\bcomo\s+assim\b",
    r"\bcosa\s+(?:si\s+intende|intendi|intende|vuol\s+dire|significa|sono|è)\b.*\?",
    r"\bin\s+che\s+senso\b",
)
# A question about something other than the interview's questions.
OFF_TOPIC = _lexicon(
    r"\b(?:pay|paid|payment|salary|rate|rates|money|compensation|budget|wage|earn|bonus|"
    r"benefits|invoice)\b",
    r"\b(?:when|how\s+soon)\b.*\b(?:start|begin|hear|know|decide|decision|results?)\b",
    r"\b(?:contract|employer|company|client|team|manager|position|role|job|vacancy|opening)\b",
    r"\b(?:remote|onsite|on-site|office|location|relocat\w*|visa|country|timezone|time\s+zone)\b",
    r"\b(?:interview|process|next\s+steps?|hear\s+back|deadline|apply|application|hiring)\b",
    r"\bare\s+you\s+(?:a\s+)?(?:human|bot|robot|ai|real)\b",
    r"\b(?:who|what)\s+(?:are|is)\s+(?:you|this)\b",
    r"\b(?:how\s+long)\s+(?:is|does|will)\b",
)
# Pleasantries with nothing else in them.
SMALLTALK = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|thx|ok"
    r"|okay|cool|great|nice|alright|all\s+right|sounds\s+good|got\s+it|hmm+|um+|uh+|hola|hallo"
    r"|bonjour|bonsoir|salut|ciao|buongiorno|buonasera|ol[aá]|oi|bom\s+dia|boa\s+tarde"
    r"|buen[oa]s\s+(?:d[ií]as|tardes)|guten\s+(?:tag|morgen|abend)|gracias|danke|merci"
    r"|obrigad[oa]|grazie|vale|d'accord|genau|entendido|verstanden|compris|capito|entendi)"
    r"(?:\s+there)?[\s!.,:)]*)+$",
    re.IGNORECASE,
)
_CONFIRM_WORD = (
    r"yes|yeah|yep|yup|ya|y|ok|okay|sure|correct|confirm(?:ed)?|right|perfect|great"
    r"|fine|good|exactly|absolutely|lgtm|s[iíì]|ja|oui|sim|certo|claro|correct[oa]"
    r"|richtig|stimmt|genau|perfecto|perfekt|parfait|perfeito|perfetto|vale|passt"
    r"|d'accord|esatto|exacto|exato|exact|exactement|exatamente|esattamente|genau\s+so"
    r"|confermo|confirmo|confirme|best[äa]tigt?|bestens|prima|parfaitement|certo|giusto|👍"
)
_CONFIRM_PHRASE = (
    r"all\s+good|looks?\s+(?:good|right|correct|fine|great)|that'?s\s+(?:right"
    r"|correct|all|it)|all\s+correct|it'?s\s+(?:correct|right|all\s+good)"
    r"|everything\s+is\s+(?:correct|right)|thanks?|thank\s+you|c'est\s+(?:bon"
    r"|correct|juste|[çc]a)|tout\s+est\s+(?:bon|correct)|est[aá]\s+(?:bien|correcto"
    r"|certo)|todo\s+(?:bien|correcto)|tudo\s+(?:certo|bem)|va\s+bene"
    r"|tutto\s+(?:giusto|corretto|ok)|alles\s+(?:richtig|korrekt|gut)|das\s+stimmt"
    r"|es\s+correcto|[eé]\s+isso|[eè]\s+corretto|gracias|danke|merci|obrigad[oa]"
    r"|grazie|passt\s+(?:so|alles)|c'est\s+parfait|t[aá]\s+(?:certo|bem|[oó]timo)"
    r"|isso\s+mesmo|est[aá]\s+tudo\s+certo|pode\s+enviar|puedes\s+enviar|kannst\s+(?:es\s+)?"
    r"(?:abschicken|senden)|vous\s+pouvez\s+envoyer|puoi\s+inviare|go\s+ahead|send\s+it"
    r"|all\s+(?:fine|right)|sounds?\s+(?:good|right)|that\s+is\s+(?:right|correct)"
    r"|est[aá]\s+perfecto|[eè]\s+tutto\s+(?:giusto|corretto|ok)|todo\s+est[aá]\s+bien"
)
CONFIRM = _lexicon(
    rf"^\s*(?:{_CONFIRM_WORD}|{_CONFIRM_PHRASE})(?!\w)(?:[\s.,!]+(?:{_CONFIRM_WORD}"
    rf"|{_CONFIRM_PHRASE})(?!\w))*"
    r"[\s.,!👍]*$",
    r"^\s*(?:i\s+)?confirm\b|^\s*(?:je\s+)?confirme\b|^\s*(?:ich\s+)?best[äa]tige\b"
    r"|^\s*confirmo\b",
    r"\b(?:looks|is|are)\s+(?:all\s+)?(?:good|right|correct|fine)\b",
)
DISAGREE = re.compile(
    r"^\s*(?:no|nope|not\s+quite|wrong|incorrect|that'?s\s+(?:wrong|not\s+right|incorrect)"
    r"|nein|non|n[aã]o|falsch|faux|errado|sbagliato|incorrecto|incorreto|pas\s+(?:tout\s+)?"
    r"(?:correct|juste))\b",
    re.IGNORECASE,
)


def _not_after(*words: str) -> str:
    """Lookbehinds that keep a cue from matching right after any of ``words``."""
    return "".join(rf"(?<!\b{w}\s)" for w in words)


# An apology told in a story is said to someone else, not a correction of an answer: "I'd
# say sorry and pour another one", "eu pedia desculpa", "le pediría perdón", "chiederei
# scusa", "je demanderais pardon". The speaker's own "sorry", "peço desculpa", "pido
# perdón", "chiedo scusa" still correct.
_TOLD_APOLOGY = _not_after(
    "say",
    "said",
    "saying",
    "says",
    "feel",
    "felt",
    "feeling",
    "pedir",
    "pedia",
    "pediria",
    "pedindo",
    "pedi",
    "pedirle",
    "pediría",
    "pedía",
    "pidiendo",
    "pedí",
    "chiedere",
    "chiederei",
    "chiedevo",
    "chiedendo",
    "chiesto",
    "demander",
    "demanderais",
    "demandais",
    "dire",
    "dirais",
)

CORRECTION = _lexicon(
    r"\bcorrij\w*|\bcorrig\w*|\bme\s+equivoqu\w*|\bme\s+enganei\b|\bmi\s+correggo\b"
    r"|\bcorreggo\b|\bich\s+korrigiere\b|\bje\s+corrige\b|\bje\s+me\s+suis\s+tromp\w*"
    r"|\bme\s+confund\w*|\bmi\s+sono\s+sbagliat\w*|\bverrechnet\b|\bvertan\b"
    r"|\bme\s+he\s+equivocad\w*|\bho\s+sbagliato\b|\berrei\b|\bich\s+meinte\b"
    # "me he liado", "me lié", "mi sono confus…", "je me suis emmêlé": got it mixed up
    r"|\bme\s+(?:he\s+)?li(?:e|ado|ada)\b|\bmi\s+sono\s+confus\w*|\bje\s+me\s+suis\s+emmel\w*"
    r"|\bme\s+baralhei\b|\bmixed\s+(?:it\s+|them\s+)?up\b",
    rf"{_TOLD_APOLOGY}\bsorry\b",
    r"\bi\s+meant\b",
    r"\bactually\b",
    r"\bcorrection\b",
    r"\btypo\b",
    r"\bscratch\s+that\b",
    # "so make it 40", "make that twenty": a number said again
    r"\bmake\s+(?:it|that)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty)\b)",
    r"\bscratch\s+what\b",
    r"\bwait\b",
    r"\boops\b",
    r"\bmistake\b",
    r"\bnot\s+\d",
    r"\binstead\s+of\b",
    r"\bi\s+mean\b",
    r"\bupdate\b",
    r"\bchange\b",
    rf"{_TOLD_APOLOGY}\bperd[oó]n\b|\blo\s+siento\b|\bquise\s+decir\b|\ben\s+realidad\b|\bcorrecci[oó]n\b"
    rf"|\beigentlich\b|\bkorrektur\b|\bich\s+meinte\b|{_TOLD_APOLOGY}\bpardon\b|\bd[ée]sol[ée]e?\b|\bdsl\b"
    # "rectifico lo de las horas", "ich muss was korrigieren", "je rectifie", "rettifico"
    r"|\brectific\w*|\bretific\w*|\brettific\w*|\bje\s+rectifie\b|\bkorrigier\w*"
    rf"|\bje\s+voulais\s+dire\b|\ben\s+fait\b|\bfinalement\b|{_TOLD_APOLOGY}\bdesculp[ae]\b"
    rf"|\bna\s+verdade\b|\bquis\s+dizer\b|\bcorre[cç][aã]o\b|{_TOLD_APOLOGY}\bscusa(?:te)?\b"
    r"|\bin\s+realt[aà]\b|\bvolevo\s+dire\b|\bcorrezione\b|\banzi\b"
    rf"|{_TOLD_APOLOGY}\bentschuldigung\b|\bich\s+meine\b"
    # What goes back to an earlier answer: "una cosa de antes: al final solo puedo la
    # primera" ("al final" alone is "eventually": "la espalda al final se acostumbra")
    r"|\b(?:una\s+cosa\s+de|uma\s+coisa\s+de|lo\s+de|sobre\s+lo\s+de)\s+antes\b"
    r"|\buna\s+cosa\s+di\s+prima\b"
    # "Bueno no, mejor cuatro", "não, melhor 5": rather a number
    # (not a difference: "Mejor 2 kilos menos")
    r"|\b(?:mejor|melhor|meglio|plut[oô]t|lieber|eher)\s+(?=\d)(?!\d+(?:[.,]\d+)?\s+(?:\w+\s+)?"
    r"(?:menos|mas|less|more|weniger|mehr|moins|plus|meno|piu)\b)"
    r"|\b(?:nicht|no|pas|n[aã]o|non)\s+\d",
    # Self-repair: "1100 limpos... quer dizer, brutos uns 1250", "or rather", "besser gesagt".
    r"\bqu(?:er|ero)\s+dizer\b|\bquiero\s+decir\b|\bvoglio\s+dire\b|\bje\s+veux\s+dire\b"
    r"|\bmejor\s+dicho\b|\bou\s+melhor\b|\bo\s+meglio\b|\bou\s+plut[oô]t\b|\bor\s+rather\b"
    r"|\b(?:besser|genauer)\s+gesagt\b",
    # "Nee, Moment, eher 25", "no, espera", "non, attends", "no, aspetta", "não, pera"
    r"\b(?:nee|ne|nein|no|not|non|n[aã]o)\W+(?:moment|warte|espera|espere|attends|attendez|aspetta"
    r"|aspetti|pera|perai)\b|\bmoment\s+mal\b",
    # Second thoughts: "perdona, lo de la noche…", "ripensandoci", "à la réflexion".
    # (not one asked of someone in a story: "le digo que perdone")
    r"(?<!\bque\s)(?<!\bq\s)\bperdona\b|(?<!\bque\s)(?<!\bq\s)\bperdone\b|\bperdoa\b"
    r"|\bon\s+second\s+thoughts?\b|\bcome\s+to\s+think\s+of\s+it\b"
    r"|\bpens[aá]ndolo\s+(?:bien|mejor)\b|\bbien\s+pensado\b|\bpensando\s+(?:bem|melhor)\b"
    # "mirándolo bien son cuarenta y cinco", "bien mirado", "olhando bem"
    r"|\bmir[aá]ndolo\s+bien\b|\bbien\s+mirado\b|\bolhando\s+bem\b"
    r"|\bripensandoci\b|\ba\s+pensarci\s+bene\b|\b[aà]\s+la\s+r[ée]flexion\b"
    r"|\br[ée]flexion\s+faite\b|\btout\s+compte\s+fait\b"
    r"|\bwenn\s+ich\s+(?:es\s+|'?s\s+)?mir\s+(?:recht\s+)?[üu]berlege\b|\bbei\s+n[äa]herem\s+[üu]berlegen\b",
    r"\b(?:just\s+)?kidding\b|\bjk\b|\bscherzo\b|\bbromeo\b|\bes\s+broma\b|\bbrincadeira\b"
    r"|\bje\s+plaisante\b|\bspa(?:ß|ss)\b",
)


# Something added to an earlier answer rather than put in its place.
ADDITION = _lexicon(
    r"\b(?:also|too|as\s+well|besides|additionally|tambi[eé]n|adem[aá]s|tamb[eé]m|auch|au[ßs]erdem"
    r"|aussi|[ée]galement|en\s+plus|anche|inoltre|pure)\b",
)


@dataclass(frozen=True)
class Cue:
    """One cue found in a message: which kind, the clause it sits in, and its scope."""

    kind: str
    clause: str
    scope: str


def find_cues(kind: str, pattern: re.Pattern[str], text: str) -> list[Cue]:
    """Every clause of ``text`` where ``pattern`` matches, with the words from the match on."""
    cues = []
    for sentence in sentences(text):
        for clause in clauses(sentence):
            match = pattern.search(clause)
            if match:
                cues.append(Cue(kind, clause, clause[match.start() :]))
    return cues


# -- what an open answer needs checked by the model ---------------------------------------
# (matched on plain text: lower case, no accents)

# The Spanish "no sé" (accent-free: "no se"), not the reflexive "no se" before a verb: "para
# que no se vuele", "no se puede" (what follows "no sé" is a question word, an adverb or an
# infinitive: "no sé si", "no sé bien", "no sé nadar").
_AFTER_NO_SE = (
    r"si|que|como|cuant[oa]s?|cuando|donde|quien|cual|bien|muy|exactamente|todavia|aun|nada"
    r"|mucho|ni|ya|la|lo|el|los|las|de|a|con|tampoco|seguro|segura|eh|jaja|xd"
)
_NO_SE = (
    r"\bno\s+(?:me\s+|lo\s+|me\s+lo\s+)se\b"
    rf"|\bno\s+se\b(?!\s+(?!(?:{_AFTER_NO_SE})\b)[^\W\d_]*[^\W\d_r]\b)"
)

# A question asking for a reason or a motivation: a quality of the candidate's ("I'm
# patient and I like people") answers it.
REASON_QUESTION = re.compile(
    r"\bwhy\b|\bwhat\s+(?:\w+\s+)?(?:motivates|attracts|interests|draws|appeals)\b"
    r"|\bpor\s*que\b|\bque\s+(?:te|le|os|les)\s+(?:motiva|atrae|interesa|llama)\b"
    r"|\bo\s+que\s+(?:te|o|a|lhe|os)\s+(?:motiva|atrai|interessa)\b"
    r"|\bwarum\b|\bweshalb\b|\bwieso\b|\bwas\s+(?:\w+\s+)?(?:motiviert|reizt|interessiert)\b"
    r"|\bpourquoi\b|\bqu'est-ce\s+qui\s+vous\s+(?:motive|attire|interesse)\b"
    r"|\bperche\b|\bcosa\s+(?:ti|la|vi)\s+(?:motiva|attira|interessa)\b"
)
# A question open to anything the candidate wants to add: "Anything else you'd like to
# tell us?", "¿Quieres añadir algo más?", "Möchten Sie noch etwas ergänzen?"; what one is
# like answers it as well as what one did.
ANYTHING_TO_ADD = re.compile(
    r"\banything\s+(?:else\s+)?(?:to\s+add|you'?d\s+like\s+to\s+(?:add|tell|share|say))\b"
    r"|\b(?:anadir|agregar|comentar|contar)\s+(?:\w+\s+)?algo\b|\balgo\s+mas\b"
    r"|\bnoch\s+etwas\b|\betwas\s+(?:\w+\s+)?(?:hinzufugen|erganzen|mitteilen)\b"
    r"|\bautre\s+chose\b|\bajouter\s+quelque\s+chose\b|\bquelque\s+chose\s+a\s+ajouter\b"
    r"|\bqualcos'?\s*altro\b|\baggiungere\s+qualcosa\b|\bqualcosa\s+da\s+aggiungere\b"
    r"|\bmais\s+alguma\s+coisa\b|\balgo\s+mais\b|\b(?:acrescentar|adicionar)\s+(?:\w+\s+)?algo\b"
)
# The candidate describing themselves rather than what they did or would do: "I'm very
# patient", "soy muy trabajadora", "everyone says I explain well", "I always stay calm".
SELF_DESCRIPTION = re.compile(
    r"\bi(?:'m|\s+am)\s+(?:a\s+|an\s+)?(?:very|really|quite|so|extremely|super|pretty|always"
    r"|naturally|\w+\s+and)?\s*\w+(?:\s+person)?\b|\bi\s+consider\s+myself\b"
    r"|\b(?:soy|sou|sono|je\s+suis|ich\s+bin)\s+(?:una?\s+|um[a]?\s+|une?\s+|ein[e]?\s+)?"
    r"(?:persona\s+|pessoa\s+|personne\s+|mensch\s+)?(?:muy|muito|molto|tres|sehr|super|bastante)?\b"
    r"|\b(?:me|mi)\s+considero\b|\bje\s+me\s+considere\b|\bich\s+halte\s+mich\b"
    r"|\b(?:everyone|everybody|people)\s+(?:says|say|tells|tell)\b|\btodo\s+(?:el\s+)?mundo\s+(?:dice|diz)\b"
    r"|\btodos\s+(?:dicen|dizem)\b|\btout\s+le\s+monde\s+(?:dit|me\s+dit)\b|\balle\s+sagen\b"
    r"|\btutti\s+(?:dicono|mi\s+dicono)\b"
    r"|\bi\s+always\s+(?:stay|keep|remain|try)\b|\bgood\s+with\s+(?:people|customers|kids|children)\b"
)
# The answer left to others, to later or to trust in oneself, and no more: "tbh I'd just ask
# whoever's training me", "I'd follow whatever the team tells me", "eso supongo que lo
# veremos en el curso", "das würde ich mir von den Kollegen zeigen lassen", "I'd just deal
# with it", "sei exatamente o que fazer, pode confiar em mim".
LEFT_TO_OTHERS = re.compile(
    r"\bwhoever'?s?\s+(?:is\s+)?training\s+me\b"
    r"|\b(?:whatever|however)\s+(?:the\s+team|you|they|the\s+boss|my\s+boss|the\s+supervisor)"
    r"\s+(?:tells?|says?|wants?)\b"
    r"|\bi'?d\s+just\s+(?:deal\s+with|sort|handle)\s+it\b|\bthat'?s\s+what\s+i'?m\s+there\s+for\b"
    r"|\bi\s+know\s+exactly\s+what\s+to\s+do\b|\bsei\s+exatamente\s+o\s+que\s+fazer\b"
    r"|\bse\s+exactamente\s+(?:lo\s+)?que\s+hacer\b|\bje\s+sais\s+exactement\s+(?:quoi|ce\s+qu'il\s+faut)"
    r"\s+faire\b|\bso\s+esattamente\s+cosa\s+fare\b|\bweiss\s+genau,?\s+was\s+zu\s+tun\s+ist\b"
    r"|\b(?:pode|podem)\s+confiar\s+em\s+mim\b|\btrust\s+me\b|\bpuede[ns]?\s+confiar\s+en\s+mi\b"
    r"|\bfaites-moi\s+confiance\b|\bfidatevi\s+di\s+me\b|\bverlassen\s+sie\s+sich\s+auf\s+mich\b"
    r"|\blo\s+veremos\s+en\s+(?:el\s+)?(?:curso|formacion)\b|\bon\s+le\s+verra\s+en\s+formation\b"
    r"|\blo\s+vedremo\s+(?:al|nel)\s+(?:corso|formazione)\b|\bvamos\s+ver\s+(?:isso\s+)?no\s+curso\b"
    r"|\b(?:von|vom)\s+den\s+kollegen\s+(?:\w+\s+)?(?:zeigen|erklaren|beibringen)\s+lassen\b"
)
# An open question put off rather than answered: "it depends", "every house is different",
# "cada caso é um caso", "ça se règle sur le moment", "somehow", "the way the farm wants
# it", "das zeigt einem der Polier", "whatever it takes", "comme d'hab", "I've done it a
# thousand times", "common sense", "Ich mache das schon ordentlich". An answer of that
# kind that sets a condition or steps ("depends: if it's raw I'd ...") is one all the same
# (see CONDITION_OR_STEPS).
PUT_OFF = re.compile(
    r"\b(?:it\s+)?depends\b|(?<!non\s)\bdipende\b|(?<!no\s)\bdepende\b|\bca\s+depend\b"
    r"|\bkommt\s+(?:\w+\s+){0,4}?(?:drauf|darauf)\s+an\b|\bkommt\s+auf\s+(?:\w+\s+){1,4}an\b"
    r"|\b(?:every|each|jede[rsn]?|chaque|cada|ogni)\s+(?:\w+\s+)?(?:is|ist|est|e|es|esta)"
    r"\s+(?:different|anders|differente?|diferente|diverso|divers[ea]?)\b"
    r"|\b(?:every|each|jede[rsn]?|chaque|cada|ogni)\s+\w+\s+(?:macht|fait|faz|hace|fa|does)"
    r"\s+(?:das\s+|ca\s+|isso\s+|eso\s+|cosi\s+|it\s+)?(?:anders|differemment|diferente"
    r"|de\s+otra\s+manera|a\s+modo\s+suo|differently)\b"
    r"|\bcada\s+(\w+)\s+e\s+uma?\s+\1\b|\bcada\s+\w+\s+es\s+un\s+mundo\b"
    r"|\bhas\s+its\s+own\s+(?:protocol|way|method)\b"
    r"|\bsur\s+le\s+moment\b|\bsul\s+momento\b|\bsomehow\b|\birgendwie\b|\bde\s+alguna\s+manera\b"
    r"|\bin\s+qualche\s+modo\b|\bde\s+algum\s+jeito\b"
    r"|\b(?:the\s+way|however|whatever)\s+(?:the\s+\w+|you|they)\s+(?:wants?|tells?|says?)\b"
    r"|\bwas\s+der\s+(?:chef|polier|meister|vorarbeiter)\s+sagt\b"
    r"|\bzeigt\s+(?:einem|mir|uns)\s+(?:\w+\s+)?der\s+\w+|\bme\s+ensina\b|\bme\s+(?:lo\s+)?ensenan\b"
    r"|\bme\s+lo\s+ensenaran\b|\bm'?insegn\w+\b|\bbeim\s+probearbeiten\b|\bfollow\s+yours\b"
    r"|\blo\s+que\s+haga\s+falta\b|\bce\s+qu'?il\s+faut\b|\bwhatever\s+it\s+takes\b"
    r"|\bwas\s+notig\s+ist\b|\bo\s+que\s+(?:for|fosse)\s+preciso\b|\bquello\s+che\s+serve\b"
    r"|\bcomme\s+d'?hab\w*\b|\b(?:hundreds|thousands)\s+of\s+times\b|\ba\s+(?:hundred|thousand)\s+times\b"
    r"|\bmille\s+(?:volte|fois)\b|\bmil\s+(?:veces|vezes)\b|\btausendmal\b|\bcent\s+fois\b"
    r"|\bcommon\s+sense\b|\bsentido\s+comun\b|\bbon\s+sens\b|\bbuon\s+senso\b|\bbom\s+senso\b"
    r"|\bmenschenverstand\b|\bwe\s+always\s+manage\b|\bi'?m\s+always\s+careful\b"
    r"|\bschon\s+ordentlich\b|\bdireitinho\b|\bdo\s+everything\s+properly\b"
    r"|\bcomes\s+first\s+with\s+me\b|\bsiempre\s+es\s+lo\s+primero\b"
    r"|\bjust\s+(?:sort|deal\s+with|handle)\s+it\b"
)
# A condition or a sequence of steps ("if", "si el", "se o", "wenn", "first, ...", "and then",
# "y luego", "und dann", "et puis", "e depois", "e poi"); not the reflexive "si"/"se" of "si
# vede", "ça se règle", nor the "dann" of "das mache ich dann".
CONDITION_OR_STEPS = re.compile(
    r"\b(?:if|wenn|falls|quand|when|cuando|quando|sobald)\b"
    r"|\bs'(?:il|ils|elle|elles|on)\b"
    r"|\b(?:si|se)\s+(?:el|la|le|les|il|lo|os|as|o|a|c'?est|hay|ha|he|no|non|nao|est|es|esta"
    r"|tiene|tem|ce|questo|isso|eso|ya|ja|gia|un|una|uma|une|the|gli|mi|ti|ci|vi|lei|lui|me|te"
    r"|nos|ils?|elles?|vous|on|tu|je|j'|ca|eu|ele|ela|you|he|she|it|they|we)\b"
    r"|\bfirst(?:\s*,|\s+i\b)|\b(?:primero|zuerst|d'?abord|primeiro|prima)\b|\bafter\s+that\b"
    r"|(?:,|\band|\bund|\by|\bet|\be)\s+(?:then|dann|luego|despues|ensuite|puis|depois|poi)\b"
)
# Nothing to tell: "nothing comes to mind", "da fällt mir nichts ein".
NO_EXAMPLE = re.compile(
    r"\bnothing\s+(?:\w+\s+)?comes?\s+to\s+mind\b|\bcan'?t\s+think\s+of\b|\bcannot\s+think\s+of\b"
    r"|\bno\s+se\s+me\s+ocurre\b|\bfallt\s+mir\s+(?:\w+\s+){0,3}nichts\b|\bmir\s+fallt\s+nichts\b"
    r"|\brien\s+ne\s+me\s+vient\b|\bje\s+ne\s+vois\s+pas\b|\bnon\s+mi\s+viene\s+in\s+mente\b"
    r"|\bnao\s+me\s+(?:lembro|vem|ocorre)\b|\bnon\s+mi\s+ricordo\b"
)
# No reason, no idea: "no particular reason", "dunno", "kein besonderer Grund", "boh".
NO_REASON = re.compile(
    r"\bno\s+(?:particular\s+|special\s+|real\s+)?reason\b|\bnot\s+sure\s+why\b|\bdunno\b"
    r"|\bidk\b|\bdon'?t\s+(?:really\s+)?know\b|\bhard\s+to\s+say\b|\bwhy\s+not\b"
    r"|\bnothing\s+(?:in\s+)?(?:particular|special)\b"
    r"|\bningun\s+(?:motivo|razon)\b|\bnada\s+en\s+(?:especial|particular)\b|\bni\s+idea\b"
    rf"|\bpor\s*que\s+no\b|\bdificil\s+de\s+decir\b|{_NO_SE}"
    r"|\bkein(?:en)?\s+(?:besondere[nr]?\s+|bestimmte[nr]?\s+)?grund\b|\bweiss\s+(?:ich\s+)?nicht\b"
    r"|\bkeine\s+ahnung\b|\bschwer\s+zu\s+sagen\b|\bwarum\s+nicht\b"
    r"|\bnichts\s+(?:besonderes|bestimmtes)\b"
    r"|\b(?:je\s+)?(?:ne\s+)?sais\s+pas\b|\bj'?sais\s+pas\b|\baucune\s+idee\b|\bpourquoi\s+pas\b"
    r"|\brien\s+de\s+(?:special|particulier)\b|\bpas\s+de\s+raison\b|\bdifficile\s+a\s+dire\b"
    r"|\bsei\s+la\b|\bnao\s+sei\b|\bnenhum\s+motivo\b|\bnada\s+de\s+especial\b|\bdificil\s+dizer\b"
    r"|\bboh\b|\bnon\s+(?:lo\s+)?so\b|\bniente\s+di\s+(?:particolare|speciale)\b"
    r"|\bnessun\s+motivo\b|\bperche\s+no\b|\bdifficile\s+dirlo\b"
    r"|\bno\s+idea\b|\bnon\s+(?:ne\s+)?ho\s+(?:\w+\s+){0,2}idea\b|\bnessuna\s+idea\b|\bnon\s+saprei\b"
    r"|\bnao\s+(?:faco|tenho)\s+(?:\w+\s+)?ideia\b|\bn'en\s+ai\s+aucune\s+idee\b"
)


# Not knowing or not remembering, which is neither a "none" nor a refusal ("Weiß ich noch
# nicht", "no sabría decirte", "je ne me souviens plus"). On accent-free lower case text.
# Leaving for now and finishing later: "I have to go now, I'll finish this another time",
# "me tengo que ir, luego sigo", "muss los, mache später weiter", "je dois filer", "tenho
# que sair", "devo scappare, finisco dopo". Matched on plain text (no accents).
_NOW_THEN_STOP = (
    r"(?:\s+(?:now|right\s+now|ahora|ya|jetzt|maintenant|agora|adesso|ora))?\s*(?:[,.!;]|$)"
)
LEAVING = re.compile(
    # going, now: not "I need to leave by 5", "je dois partir à 17h"
    r"(?:\b(?:have|need|got)\s+to\s+(?:go|leave|run)|\bgotta\s+(?:go|run)"
    r"|\b(?:tengo\s+que\s+irme|me\s+tengo\s+que\s+ir)|\bmuss\s+(?:jetzt\s+|leider\s+)*(?:los|weg|gehen)"
    r"|\bje\s+dois\s+(?:y\s+aller|partir|filer)|\b(?:tenho|preciso)\s+(?:que\s+|de\s+)?(?:ir|sair)"
    r"|\bdevo\s+(?:andare|scappare|uscire))" + _NOW_THEN_STOP +
    # finishing later: "I'll finish this another time", "luego sigo", "finisco dopo"
    r"|\b(?:finish|continue|do)\s+(?:this|it|the\s+rest)\s+(?:later|another\s+time|tomorrow)\b"
    r"|\bi(?:'?ll|\s+will)\s+(?:come\s+back|carry\s+on)\s+(?:to\s+(?:this|it)\s+)?later\b"
    r"|\b(?:lo\s+)?(?:termino|sigo|continuo|acabo)\s+(?:luego|despues|mas\s+tarde|otro\s+dia)\b"
    r"|\b(?:luego|despues)\s+(?:sigo|termino|continuo)\b"
    r"|\b(?:mach|mache|machen)\s+(?:spater|morgen)\s+weiter\b"
    r"|\bje\s+(?:finirai|continuerai|reprendrai)\s+plus\s+tard\b"
    r"|\b(?:termino|continuo|acabo)\s+(?:depois|mais\s+tarde|outro\s+dia|outra\s+hora)\b"
    r"|\b(?:finisco|continuo|riprendo)\s+(?:dopo|piu\s+tardi|domani)\b"
    r"|\b(?:sigo|retomo)\s+(?:luego|despues|mas\s+tarde|otro\s+dia)\b"
    r"|\bje\s+reprends\s+plus\s+tard\b"
    r"|\bpick\s+(?:this|it)\s+up\s+(?:later|tomorrow)\b"
    # stopping here: "I'll have to stop here, my break's over", "ich muss hier aufhören"
    r"|\b(?:have|need|got)\s+to\s+stop\s+(?:here|there|now)\b|\bmy\s+break(?:'s|\s+is)\s+over\b"
    r"|\btengo\s+que\s+dejarlo\s+aqui\b|\bmuss\s+(?:jetzt\s+|hier\s+)*aufhoren\b"
    # "pues lo dejo aquí", "devo interrompere", "je m'arrête là", "paro por aqui"
    r"|\blo\s+dejo\s+aqui\b|\bdevo\s+interrompere\b|\bje\s+m'arrete\s+(?:la|ici)\b"
    r"|\b(?:paro|vou\s+parar)\s+por\s+aqui\b|\bich\s+h[oö]re\s+hier\s+auf\b"
    r"|\bi(?:'?ll|\s+will)\s+(?:stop|leave\s+it)\s+(?:here|there)\b"
    r"|\bje\s+dois\s+(?:m'arreter|arreter)\s+(?:la|ici)\b"
    r"|\b(?:tenho|preciso)\s+(?:que\s+|de\s+)?parar\s+por\s+aqui\b|\bdevo\s+fermarmi\s+qui\b"
    # no time now: "hab grad keine Zeit mehr", "no time left now", "non ho più tempo ora"
    r"|\b(?:hab|habe)\s+(?:ich\s+)?(?:grad|gerade|jetzt|leider)?\s*keine\s+zeit\b"
    r"|\b(?:do\s*n'?t|dont)\s+have\s+(?:any\s+)?(?:more\s+)?time\s+(?:now|right\s+now|left|anymore)\b"
    r"|\bno\s+tengo\s+(?:mas\s+)?tiempo\s+(?:ahora|ya)\b|\bnon\s+ho\s+(?:piu\s+)?tempo\s+(?:ora|adesso)\b"
    r"|\bje\s+n'?ai\s+plus\s+le\s+temps\b|\bnao\s+tenho\s+(?:mais\s+)?tempo\s+agora\b"
    # writing again later: "melde mich später", "I'll get back to you later", "je reviens
    # plus tard", "te escribo luego", "volto mais tarde", "ci sentiamo dopo"
    r"|\bmelde\s+mich\s+(?:spater|morgen)\b|\bget\s+back\s+to\s+you\s+later\b"
    r"|\bje\s+reviens\s+plus\s+tard\b|\bte\s+escribo\s+(?:luego|mas\s+tarde)\b"
    r"|\bvolto\s+(?:depois|mais\s+tarde)\b|\bci\s+sentiamo\s+dopo\b"
)
NOT_KNOWING = re.compile(
    r"\b(?:do\s*n[o']?t|dont|not|can'?t|cannot)\s+(?:really\s+)?(?:remember|recall|know|sure"
    r"|certain|say\s+exactly|tell\s+exactly)\b|\bno\s+idea\b|\bkeine\s+ahnung\b"
    r"|\bweiss\s+(?:ich\s+)?(?:noch\s+)?nicht\b|\bwusste\s+ich\s+nicht\b"
    r"|\berinnere\s+mich\s+nicht\b"
    rf"|{_NO_SE}|\bno\s+(?:lo\s+)?sabria\b|\bno\s+(?:me\s+)?(?:acuerdo|recuerdo)\b"
    r"|\bje\s+ne\s+sais\s+pas\b|\b(?:je\s+)?sais\s+pas\b|\bje\s+ne\s+saurais\b"
    r"|\bje\s+ne\s+(?:me\s+)?(?:souviens|rappelle)\s+(?:plus|pas)\b"
    r"|\bnao\s+sei\b|\bnao\s+saberia\b|\bnao\s+(?:me\s+)?lembro\b"
    r"|\bnon\s+(?:lo\s+)?so\b|\bnon\s+saprei\b|\bnon\s+(?:mi\s+)?ricordo\b"
    # Not able to say yet: "Das kann ich noch nicht sagen", "can't say yet"
    r"|\bkann\s+(?:ich\s+)?(?:das\s+)?(?:noch\s+)?nicht\s+sagen\b|\bcan'?t\s+say\s+yet\b"
    r"|\bno\s+(?:(?:te|le|os|les|lo|la)\s+){0,2}(?:puedo|sabria)\s+decir\b"
    r"|\bje\s+ne\s+(?:peux|saurais)\s+pas\s+(?:encore\s+)?(?:le\s+)?dire\b"
    r"|\bnon\s+(?:lo\s+)?(?:posso|saprei)\s+(?:ancora\s+)?dire\b"
    r"|\bnao\s+(?:posso|consigo|sei)\s+(?:ainda\s+)?dizer\b"
)


# Replies about a question asked in other words than its own, which no later question
# takes (``turn`` reads no text ahead from them).
# Few or many, said instead of a number: "Poche", "not many", "un montón".
FEW_OR_MANY = re.compile(
    # ("pues no mucha la verdad, unos meses": not much, after a filler)
    r"^\W*(?:(?:pues|bueno|well|ok|okay|alors|also|allora|entao|eh)\W+)?"
    r"(?:(?:not|no|nicht|pas|non|nao)\s+)?(?:few|a\s+few|some|many|much|lots|a\s+lot|loads|poch[ei]"
    r"|pochissim[ei]|tant[ei]|molt[oaei]|poc[oa]s|much[oa]s?|algun[oa]s|un\s+monton|wenige|viele?"
    r"|einige|peu|beaucoup|quelques\w*|pouc[oa]s|muit[oa]s?|alguns|algumas|qualche)\b"
    # As many as there are: "As many as you can give me!", "Le plus possible !"
    r"|^\W*(?:(?:ok|okay|alors|bueno|pues|also|allora|entao)\W+)?(?:as\s+(?:much|many)\s+as"
    r"|(?:le|lo|o|il)\s+(?:plus|mas|maximo|piu)\s+(?:possible|posible|possivel|possibile)"
    r"|autant\s+que|so\s+viele?\s+wie|todas?\s+las\s+que|quant[oei]\s+pi[u]|the\s+most"
    r"|max(?:imum)?\b)"
)
# Several of a kind, none named: "tengo varios títulos", "I've got a few certificates".
SEVERAL = re.compile(
    r"\b(?:several|various|a\s+few|varios|varias|algunos|algunas|alguns|algumas|mehrere"
    r"|einige|verschiedene|plusieurs|quelques|diversi|diverse|vari|varie|alcuni|alcune)\s+[^\W\d_]"
)
# The word for experience, in the six languages (accent-free): it names a years field's
# subject; a "no experience" after a yes to another thing turns no yes.
EXPERIENCE = re.compile(r"\b(?:experien\w*|erfahrung\w*|berufserfahrung|esperienz\w*)\b")
# A long time, said for years: "un buen rato ya, desde chavo", "ages", "seit Ewigkeiten".
LONG_TIME = re.compile(
    r"\b(?:a\s+(?:long\s+)?while|a\s+long\s+time|ages|years\s+and\s+years|since\s+i\s+was"
    r"|un\s+(?:buen\s+)?rato|mucho\s+tiempo|bastante\s+tiempo|desde\s+(?:chav[oa]|pequen[oa]|nin[oa]"
    r"|crianca|joven|jovem)|longtemps|depuis\s+(?:tout\s+)?petit|lange|eine\s+weile|ewigkeiten"
    r"|seit\s+meiner\s+kindheit|da\s+tanto|un\s+bel\s+po|da\s+piccol[oa]|muito\s+tempo)\b"
)
# Left to the employer: "what you offer", "o que for justo", "a convenir".
AS_OFFERED = re.compile(
    r"\b(?:wherever|whichever|whenever|where(?:ver)?\s+you\s+need|donde\s+(?:sea|haga\s+falta)"
    r"|onde\s+(?:for|precisarem)|wo\s+immer|ou\s+vous\s+(?:voulez|avez\s+besoin)|dove\s+(?:serve"
    r"|volete)"
    r"|lo\s+que\s+paguen|lo\s+normal|the\s+usual|going\s+rate|o\s+que\s+pagarem|o\s+normal"
    r"|comme\s+les\s+autres|wie\s+die\s+anderen|come\s+gli\s+altri|the\s+same\s+as\s+(?:the\s+)?others"
    r"|what(?:ever)?\s+(?:you|is)\s+(?:offer|propose|think|fair)\w*|ce\s+que\s+vous"
    r"\s+(?:proposez|offrez)|lo\s+que\s+(?:sea\s+justo|ofrezcan|propongan)|o\s+que\s+for\s+justo"
    r"|quello\s+che\s+(?:offrite|proponete)|was\s+sie\s+(?:anbieten|vorschlagen)|a\s+convenir"
    r"|a\s+combinar|da\s+concordare|negociable|verhandelbar)\b"
)
# Near or far, in the six languages: a distance said without a number.
NEAR_OR_FAR = re.compile(
    r"\b(?:near\w*|close|far|not\s+far|a\s+(?:fair|long|good)\s+way|trek|cerc\w*|cerqu\w*|lejos"
    r"|lejitos|al\s+lado|pres|proche|loin|a\s+cote|a\s+deux\s+pas|a\s+(?:un|dos)\s+pasos?"
    r"|a\s+(?:due|dois)\s+pass[io]s?|a\s+stone'?s\s+throw|ein\s+paar\s+schritte|katzensprung"
    r"|around\s+the\s+corner|um\s+die\s+ecke|dietro\s+l'angolo|um\s+pul(?:o|inho)"
    # ("nah" after a word, "ganz nah": opening a reply it is the English "no", "nah never")
    r"|(?<=\w\s)nah|nahe|weit|vicin\w*|lontan\w*|perto|pertinho|longe|ao\s+lado|accanto)\b"
)


_LANGUAGES = (
    r"(?:english|spanish|portuguese|german|french|italian|ingles|espanol|castellano|portugues"
    r"|aleman|frances|italiano|englisch|spanisch|portugiesisch|deutsch|franzosisch|italienisch"
    r"|anglais|espagnol|portugais|allemand|inglese|spagnolo|portoghese|tedesco|francese)"
)
# A language named, in any of the six: a field about one is answered by what the candidate
# says of their command of it.
LANGUAGE_NAME = re.compile(rf"\b{_LANGUAGES}\b")
# The first person's having verb in the six languages (accent-folded, lower case): "I
# have", "I've got", "tengo", "tenho", "ho", "ich habe", "j'ai", "possiedo".
I_HAVE = (
    r"(?:i\s+(?:have|hold|own|keep|got)|i'?ve\s+(?:got|had|held)|tengo|tenho|ho|ich\s+habe"
    r"|habe?(?:\s+ich)?|j'?ai|possuo|possiedo|poseo)"
)
# "Only" in the six languages ("só" is "so" once accents are gone: the Italian "I know"
# too, so a reader adds it where the language allows).
ONLY_WORDS = (
    r"(?:only|just|solo|sola|solamente|unicamente|nur|seulement|juste|somente|apenas"
    r"|soltanto)"
)
# "Only" as a word of its own, anywhere in a text.
ONLY = re.compile(rf"\b{ONLY_WORDS}\b")


# Not having the thing just named, in the six languages: "no lo tengo", "não tenho", "non
# ce l'ho", "hab ich keinen", "je ne l'ai pas", "I don't have" (not "no tengo claro", not
# knowing).
NOT_HAD_WORDS = (
    r"(?:no\s+(?:lo\s+|la\s+)?tengo|nao\s+(?:o\s+|a\s+)?tenho|non\s+(?:ce\s+l'?|l'?)?ho"
    r"|hab(?:e)?\s+ich\s+(?:nicht|keins?|keine[nms]?)|je\s+(?:ne\s+l'?|n'?)ai\s+pas"
    r"|i\s+(?:do\s*n'?t|dont)\s+have)\b(?!\s+(?:claro|idea|ni\s+idea|certeza|chiaro))"
)


# An apology for the candidate's command of a language: "my Italian is still basic".
LANGUAGE_APOLOGY = re.compile(
    rf"\b(?:my|mi|mein|mon|meu|mio)\s+{_LANGUAGES}\s+(?:is|isn'?t|no\s+es|es|ist|n'est|est"
    rf"|nao\s+e|e|non\s+e)\b|\b(?:still\s+learning|i\s+don'?t\s+speak(?:\s+\w+){{0,2}}\s+(?:well|much)"
    rf"|no\s+hablo\s+(?:bien|mucho)|todavia\s+aprendo|ich\s+lerne\s+noch"
    rf"|j'apprends\s+encore|ainda\s+estou\s+a\s+aprender|sto\s+ancora\s+imparando)\b"
    # writing in another language: "scusate se scrivo in italiano", "sorry for writing in
    # English", "perdón por escribir en español", "desculpa escrever em português"
    rf"|\b(?:writ\w*|scriv\w*|escrib\w*|escrev\w*|ecri\w*|schreib\w*|answer\w*|respond\w*"
    rf"|rispond\w*|reponds?|antwort\w*)\s+(?:you\s+|te\s+|vous\s+|ihnen\s+|ti\s+|le\s+)?"
    # "escrevo melhor em português", "I write better in English"
    rf"(?:better\s+|mejor\s+|melhor\s+|mieux\s+|besser\s+|meglio\s+)?"
    rf"(?:in|en|em|auf|na|in\s+lingua)\s+{_LANGUAGES}\b"
)
