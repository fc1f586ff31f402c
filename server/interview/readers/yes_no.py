"""The yes/no reader, and the six languages' words for a yes, a no and an undecided answer.

A yes or a no is read direct ("sí", "nein") or stated ("I've had my licence since 2015",
"je ne peux pas le week-end"). The word lists are shared: :mod:`server.interview.understand`
checks the model's answers with :data:`YES_GROUND`, :data:`NEGATION`, :data:`NO_PROBLEM` and
:data:`NOT_YET`, and the choice reader uses :data:`UNDECIDED`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from server.interview import languages
from server.interview.cues import (
    CORRECTION,
    EXPERIENCE,
    I_HAVE,
    LANGUAGE_APOLOGY,
    LANGUAGE_NAME,
    NOT_ANOTHER_VERB,
    NOT_HAD_WORDS,
    NOT_KNOWING,
    ONLY,
    ONLY_WORDS,
    SKIP_QUESTION,
    TOLD_IN_PERSON,
)
from server.interview.numerals import DAY_PART_WORDS, DAY_PARTS_WORDS, numbers_to_digits
from server.interview.readers.message import Finding, Message
from server.interview.readers.quantity import YEARS
from server.interview.readers.subject import (
    GENERIC_STEMS,
    about_field,
    echoes_question,
    field_wording,
    licence_classes,
    names_another_field,
    plain,
    says_alias,
    short_names,
    stems,
)
from server.interview.readers.years import worked_in
from server.interview.spec import FieldSpec
from server.interview.text import clauses

# Words that open a yes or a no, in the six languages (accent-folded, lower case).
_YES_WORDS = (
    r"yes|yeah|yep|yup|ya|yea|sure|of course|definitely|absolutely|certainly|correct"
    r"|indeed|affirmative|si|claro|por supuesto|desde luego|ja|jawohl|jep|klar"
    r"|naturlich|selbstverstandlich|gerne?|oui|ouais|ouai|bien sur|evidemment"
    r"|tout a fait|absolument|sim|com certeza|certo|certamente|assolutamente"
    r"|esatto|ok(?:ay)?|jo|joa|jup|jap|sip|sipi|simm|uhum|aham"
    # a lone "y" (Spanish "y no lo he renovado" is "and")
    r"|y(?=\s*(?:[,.!]|$))"
    # the Brazilian "pode ser": sure, that works
    r"|pode ser"
    # stretched: "jaa safe", "yesss", "siiii", "ouiii", "simmm"
    r"|ja{2,}|ye+s{2,}|ye{2,}s+|si{2,}|sim{2,}|si{2,}m+|oui{2,}|ya{2,}"
)
_NO_WORDS = (
    r"no|nope|nop|nopes|naa|nah|not really|never|negative|nein|nee|non|nao|nunca|jamais|mai"
    # the spoken German "ne," ("ne, am wochenende gehts nich"), not the French "ne"
    r"|ne(?=\s*(?:[,.!]|$))"
    # "neither" to a second question: "Tampoco.", "Auch nicht", "Non plus"
    r"|tampoco|tampouco|nemmeno|neanche|neppure|non plus|auch nicht|me neither|neither"
    r"|leider nicht|pas vraiment|not at all|not yet|todavia no|aun no|ainda nao"
    r"|noch nicht|pas encore|non ancora"
    # stretched: "nooo", "neinnn", "neee", "naooo"
    r"|no{2,}|nei+n{2,}|nei{2,}n+|ne{3,}|nao{2,}|non{2,}"
    r"|not (?:for now|right now|at the moment|currently)|pas (?:pour l'instant|pour le moment"
    r"|maintenant|actuellement)|(?:por ahora|de momento|ahora mismo|por enquanto"
    r"|per ora|al momento|im moment|momentan|derzeit|zurzeit) (?:no|nao|nicht)|n"
)
_YES = re.compile(rf"^(?:{_YES_WORDS})\b(?!\s+(?:but|pero|aber|mais|mas|ma)\b)")
_NO = re.compile(rf"^(?:{_NO_WORDS})\b")
# "No problem" and its kin are a yes, though they open with a no.
NO_PROBLEM = re.compile(
    r"\b(?:no|not\s+a|kein|keine|aucun|pas\s+de|sans|sin|ningun|nenhum|sem|nessun|senza)\s+"
    r"(?:problems?|problemas?|probleme?|problemi|problema|worries|issue|thema|souci|drama|ding"
    r"|stress|pegas?)\b"
    # "Je ne dirais pas non", "I wouldn't say no", "no diría que no": a yes.
    r"|\b(?:ne\s+dirais\s+pas\s+non|wouldn'?t\s+say\s+no|would\s+not\s+say\s+no"
    r"|no\s+diria\s+que\s+no|nao\s+diria\s+que\s+nao|non\s+direi\s+di\s+no"
    r"|wurde\s+nicht\s+nein\s+sagen)\b"
    # "câmara fria não é problema", "isn't a problem", "no es ningún problema"
    r"|\b(?:nao\s+e|no\s+es|non\s+e|n'est\s+pas|isn'?t|is\s+not|is\s+no|ist\s+kein)\s+"
    r"(?:(?:um|un|una|a|an|uno|une|ningun|nenhum|nessun)\s+)?(?:problema|probleme|problem|issue)\b"
    # "no hay problema", "não tenho problema nenhum", "je n'ai aucun problème"
    r"|\b(?:no\s+hay|nao\s+ha|no\s+tengo(?:\s+ningun)?|nao\s+tenho(?:\s+nenhum)?"
    r"|non\s+ho(?:\s+nessun)?|n'ai\s+(?:aucun|pas\s+de)|have\s+no|(?:don'?t|do\s+not)\s+have"
    r"\s+(?:a|any)|habe\s+kein(?:e|en)?|hab\s+kein(?:e|en)?)\s+(?:problems?|problemas?|probleme?"
    r"|problemi)\b|\bproblemas?\s+(?:nenhum|ninguno|nessuno|alguno)\b"
    # Not afraid: "not scared of heights", "no me da miedo", "keine Angst", "pas peur".
    r"|\b(?:not|never)\s+(?:\w+\s+)?(?:scared|afraid|frightened|bothered|worried)\b"
    r"|\bno\s+(?:me\s+)?(?:da|dan|tengo)\s+miedo\b|\bsin\s+miedo\b|\bkeine\s+angst\b"
    r"|\bpas\s+peur\b|\bnao\s+tenho\s+medo\b|\bsem\s+medo\b|\bnon\s+ho\s+paura\b"
    r"|\bsenza\s+paura\b"
    # (not "evenings don't work for me", "doesn't really work for me")
    r"|(?<!n't\s)(?<!not\s)(?<!dont\s)(?<!n't\sreally\s)(?<!not\sreally\s)"
    r"\bworks?\s+(?:for|with)\s+me\b"
    r"|(?<!not\s)\bfine\s+(?:with|by|for)\s+me\b"
    # "fine with heights", "I'd be fine on a roof", "comfortable with ladders"
    r"|\b(?<!not\s)(?<!n't\s)(?<!never\s)(?<!really\s)(?<!that\s)(?<!too\s)"
    r"(?:fine|ok|okay|comfortable|happy)\s+(?:with|on)\s+(?:an?\s+|the\s+)?[^\W\d_]{4,}"
    # (not hoped for: "I'm English but I live in Saint-Étienne, hope that's OK")
    r"|\b(?<!hope\sthat)(?<!hope\sit)(?<!if\sthat)(?<!if\sit)(?<!hope\sthat\s)(?<!if\sthat\s)"
    r"(?:is|are|'s|sounds?)\s+(?:fine|ok|okay|good|great|perfect)\b"
    r"|\b(?:me\s+va\s+bien|me\s+viene\s+bien|passt\s+(?:mir|gut)|ca\s+me\s+va"
    r"|me\s+convient|va\s+bene|tudo\s+bem"
    # "tranquilo, de boa", "sem crise", "tranqui": easy, in Brazilian and Spanish slang
    r"|de\s+boa|sem\s+crise|tranquil[oa]|tranqui|suave|sin\s+drama)\b"
    # "the heat doesn't bother me", "el calor no me molesta", "la chaleur ne me gêne pas"
    r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t)\s+(?:bother|worry|scare)\s+me\b"
    r"|\bi\s+(?:don'?t|do\s+not)\s+mind\b"
    r"|\bno\s+me\s+(?:molesta|importa|cuesta|asusta|preocupa)\b"
    r"|\b(?:stort|storen)\s+mich\s+nicht\b|\bmacht\s+mir\s+nichts\b"
    r"|\bne\s+me\s+(?:derange|gene|fait\s+pas\s+peur|pose\s+pas\s+de\s+probleme)\b"
    # spoken French drops the "ne": "la chaleur ça me dérange pas"
    r"|\b(?:ca|cela)\s+me\s+(?:derange|gene)\s+pas\b"
    r"|\bnao\s+me\s+(?:incomoda|importa|custa|assusta|preocupa)\b"
    r"|\bnon\s+mi\s+(?:disturba|pesa|spaventa|preoccupa|da\s+fastidio)\b"
)
# "Too early for me", "troppo presto", "demasiado lejos": a no, though nothing is negated.
TOO_MUCH = re.compile(
    r"\btoo\s+(?:early|late|far|heavy|much|hard|difficult)\b"
    r"|\bdemasiado\s+(?:temprano|tarde|lejos|pesad[oa]s?|dificil)\b"
    r"|\bzu\s+(?:fruh|spat|weit|schwer)\b|\btrop\s+(?:tot|tard|loin|lourde?s?|difficile)\b"
    r"|\b(?:muito|demasiado)\s+(?:cedo|tarde|longe|pesad[oa]s?)\b"
    r"|\btroppo\s+(?:presto|tardi|lontano|pesant[ei]|difficile)\b"
    # "5h30 c'est compliqué", "das wird schwierig", "that's tricky": hard, so a no
    r"|\b(?:c'est|ca\s+va\s+etre|ce\s+serait|es|sera|seria|esta|e|sarebbe|fica|ist|wird|ware"
    r"|that'?s|it'?s|would\s+be|are|is|sind|son|sont|sao|sono)\s+"
    r"(?:un\s+peu\s+|muy\s+|bastante\s+|un\s+po'?\s+|molto\s+"
    r"|muito\s+|etwas\s+|sehr\s+|a\s+bit\s+|quite\s+|really\s+|kinda\s+|kind\s+of\s+"
    r"|pretty\s+)?(?:complique|difficile"
    r"|complicado|complicada|dificil|complicato|schwierig|kompliziert|tricky|difficult|hard)\b"
)
# Words that make a "yes" the model reads checkable: a yes-word, or having or being able.
YES_GROUND = re.compile(
    rf"\b(?:{_YES_WORDS}|have|has|had|got|hold|own|can|tengo|tiene|tenho|tem|habe|hab|ho|ha"
    r"|j'ai|ai|posso|puedo|kann|peux|possuo|possiedo|bin|sono|soy|sou|suis)\b"
)
# A negation anywhere in a clause ("I can't", "je ne peux pas", "kein", "não").
NEGATION = re.compile(
    # ("nn", the Italian chat "non": "nn ce l'ho")
    r"\bnot\b|n't\b|\bnever\b|\bno\b|\bnn\b|\bnicht\b|\bkein\w*|\bnie\b|\bne\b|\bn'|\bpas\b"
    # "am Wochenende leider nein": a no inside the clause
    r"|\bnein\b|\bnope\b"
    r"|\bjamais\b|\baucune?\b|\bnunca\b|\bnao\b|\bnon\b|\bmai\b|\bsin\b|\bsem\b"
    r"|\bsenza\b|\bohne\b|\bsans\b|\bningun[oa]?\b|\bnenhum[a]?\b|\bnessun[oa]?\b"
    r"|\bcannot\b|\bwithout\b|\bnone\b|\bniente\b|\bnada\b|\brien\b|\bnichts\b"
)


# Something the candidate had and no longer holds ("it ran out last year", "se venció").
_EXPIRED = re.compile(
    # (not a date to come: "me caduca en julio pero lo renuevo" still has it)
    r"\b(?:expired|lapsed|ran\s+out|run\s+out|no\s+longer|used\s+to\s+have|caduc(?!a\b|an\b|ara)\w*|vencid\w*"
    r"|se\s+venci\w*|venceu|expirou|abgelaufen|ausgelaufen|expir[ée]\w*|perim[ée]\w*|scadut\w*)\b"
)


# Something the candidate will have, not has ("my test is booked for January").
NOT_YET = re.compile(
    r"\b(?:expired|lapsed|ran\s+out|booked|scheduled|provisional|learner|will\s+(?:get|have|take)"
    r"|going\s+to\s+(?:get|take)|next\s+(?:month|week|year)|el\s+mes\s+que\s+viene|me\s+examino"
    r"|proximo\s+mes|no\s+proximo|nachsten\s+monat|bald|le\s+mois\s+prochain|bientot"
    r"|il\s+mese\s+prossimo|presto"
    # the test still to take: "je passe la conduite en janvier", "I take my test in May"
    r"|je\s+passe\s+(?:le\s+|la\s+|l')?(?:permis|conduite|examen)|(?:take|taking|sit|sitting)"
    r"\s+(?:my|the)\s+(?:driving\s+)?test|mache\s+(?:\w+\s+)?(?:prufung|fuhrerschein)"
    r"|(?:faccio|dar[oò])\s+l'esame|vou\s+fazer\s+(?:o\s+)?exame)\b"
)


# Still being got: "den Führerschein mach ich gerade", "me lo estoy sacando", "je suis en
# train de le passer", "lo sto prendendo", "estou a tirar".
_IN_PROGRESS = re.compile(
    r"\b(?:mach(?:e)?\s+(?:ich\s+)?(?:\w+\s+)?gerade|bin\s+(?:gerade\s+)?dabei|currently\s+(?:doing"
    r"|taking|getting)|i'?m\s+(?:doing|taking|getting)\s+(?:it|my|the)\b.{0,20}\b(?:now|at\s+the"
    r"\s+moment)|(?:me\s+)?(?:lo|la)\s+estoy\s+sacando|estoy\s+sacando(?:me)?|en\s+train\s+de"
    r"|(?:lo|la)\s+sto\s+(?:prendendo|facendo)|sto\s+prendendo|estou\s+(?:a\s+)?(?:tirar|tirando))\b"
)


# Words :data:`NEGATION` holds that are no negation in one language: Portuguese "no" is
# "in the", French "mai" is May, Italian "ne" is "of it" ("ne ho tre"), "nie" is German.
_NOT_NEGATION = {
    "pt": re.compile(r"\bno\b|\bnie\b"),
    "fr": re.compile(r"\bmai\b|\bnie\b"),
    "it": re.compile(r"\bne\b|\bnie\b"),
    # only German "nie" is never: the Spanish "NIE" is a foreigner's identity number
    "es": re.compile(r"\bnie\b"),
    "en": re.compile(r"\bnie\b"),
}


def negated(flat: str, lang: str = "en") -> bool:
    """Whether accent-free ``flat`` holds a negation in ``lang``."""
    if lang in _NOT_NEGATION:
        flat = _NOT_NEGATION[lang].sub(" ", flat)
    # "pra não perder a ordem da fila", "so as not to lose it": a purpose, no answer
    flat = _NOT_TO.sub(" ", flat)
    # the southern German "ned", "net" for "nicht": "hab ich ned"
    return bool(NEGATION.search(flat) or (lang == "de" and re.search(r"\bne[dt]\b", flat)))


# A sentence that only gives a name, as written (the name has its capital): "soy Rocío",
# "I'm Tom", "ich bin Anna", "je m'appelle Luc", "sou a Ana", "mi chiamo Gianni".
_INTRODUCTION = re.compile(
    r"(?i:i'?m|i\s+am|my\s+name\s+is|this\s+is|soy|me\s+llamo|ich\s+bin|ich\s+hei(?:ss|ß)e"
    r"|mein\s+name\s+ist|je\s+suis|je\s+m'appelle|moi\s+c'est|sou|eu\s+sou|me\s+chamo"
    r"|mi\s+chiamo|sono)\s+(?:(?i:a|o|la|il)\s+)?[A-ZÀ-Ý][^\W\d_]*(?:\s+[A-ZÀ-Ý][^\W\d_]*)?"
)


def _only_a_name(sentence: str) -> bool:
    """Whether ``sentence`` only greets and gives the candidate's name ("Hola, soy Rocío")."""
    text = sentence.strip()
    greeting = _GREETING.match(plain(text))  # (accent-free, of the same length)
    rest = text[greeting.end() :] if greeting else text
    return _INTRODUCTION.fullmatch(rest.strip(" ,.!?")) is not None


# A purpose put negatively, in the six languages: "pra não perder", "para no olvidar",
# "pour ne pas", "per non", "so as not to", "in order not to", "um nicht zu", "damit nicht".
_NOT_TO = re.compile(
    r"\b(?:pra|para|pour|per|so\s+as|in\s+order)\s+(?:nao|no|ne\s+pas|non|not)\b(?:\s+to)?"
    r"|\b(?:um|damit)\s+(?:\w+\s+)?nicht\b"
    # "without a doubt" in the six: certainly, no "no" ("Fattoria didattica, senza dubbio")
    r"|\b(?:senza\s+dubbio|sin\s+duda|sem\s+duvida|sans\s+(?:aucun\s+)?doute"
    r"|without\s+(?:a\s+)?doubt|ohne\s+zweifel|no\s+doubt)\b"
    # "without any trouble" in the six: easily, no "no" ("worked on scaffolds plenty of times
    # without any trouble", "sin ningún problema", "sans aucun souci")
    r"|\b(?:without|sin|sans|ohne|sem|senza)\s+(?:(?:any|a|ningun|ninguna|aucun|aucune|jedes"
    r"|irgendwelche|nenhum|nenhuma|alcun|alcuna|grandi?|gros|große?n?|mayores?|much)\s+)?"
    r"(?:troubles?|problems?|issues?|difficult(?:y|ies)|problemas?|dificultad(?:es)?|soucis?"
    r"|problemes?|difficultes?|probleme?|schwierigkeiten|dificuldades?|problemi|difficolta)\b"
)


# Not a yes or a no: it depends, maybe, not sure; and "if" (a condition is not an answer).
UNDECIDED = re.compile(
    r"\b(?:depends?|depend|depending|maybe|perhaps|not\s+sure|unsure|possibly|it\s+varies"
    r"|(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:have|need)\s+to\s+check"
    r"|depende|quizas?|tal\s+vez|a\s+lo\s+mejor|kommt\s+(?:darauf|drauf)\s+an|vielleicht"
    r"|eventuell|mal\s+sehen|ca\s+depend|peut-etre|je\s+ne\s+sais\s+pas|talvez|nao\s+sei"
    r"|dipende|forse|non\s+so|if|si\s+(?:es|hace)|wenn|falls|se\s+(?:for|possivel)"
    r"|any(?:\s+\w+)?\s+(?:is|are|would\s+be)\s+fine|whatever|either|cualquiera|me\s+da\s+igual"
    r"|egal|n'importe|peu\s+importe|qualquer|tanto\s+faz|qualsiasi|indifferente"
    # Not knowing is no answer either: "honestly don't know about the overnight stuff".
    r"|do\s*n[o']?t\s+know(?=\s*(?:$|[,.!?;]|yet\b|about\b|if\b|whether\b|for\s+sure\b"
    r"|really\b))|dunno|no\s+idea|no\s+lo\s+se|ni\s+idea|weiss\s+(?:ich\s+)?"
    r"(?:noch\s+)?nicht|keine\s+ahnung|non\s+lo\s+so|nao\s+faco\s+ideia|aucune\s+idee)\b"
)
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|(?:good\s+)?(?:morning|afternoon|evening)|hola|wenas|buen[oa]s"
    r"(?:\s+(?:dias|tardes|noches))?|hallo|guten\s+(?:tag|morgen|abend)|servus|moin|bonjour"
    r"|bonsoir|salut|ola|oi|bom\s+dia|boa\s+(?:tarde|noite)|buongiorno|buonasera|ciao|salve"
    r"|there|thanks|thank\s+you|gracias|danke|merci|obrigad[oa]|grazie)\b[\s,.!:;-]*)+"
)


def without_greeting(text: str) -> str:
    """``text`` accent-free and lower case, without the greeting it opens with."""
    return _GREETING.sub("", plain(text))


_DECLINE_HINT = re.compile(
    SKIP_QUESTION
    + "|"
    + TOLD_IN_PERSON
    + r"|\b(?:rather\s+not|prefer\s+not|prefiero\s+no|prefiro\s+nao|preferisco\s+(?:non|nn)"
    + rf"|prefere\s+ne\s+pas)\b{NOT_ANOTHER_VERB}"
    # (spoken French drops the "ne": "je préfère pas répondre"; "la nuit je préfère pas",
    # with no verb of saying, is a no)
    r"|\bprefere\s+pas\s+(?:le\s+|la\s+|les\s+|l'|en\s+)?(?:dire|partager|donner|repondre"
    r"|communiquer|preciser|parler|detailler)\b"
    r"|\b(?:keine\s+angaben?|lieber\s+nicht|no\s+quiero\s+decir"
    r"|ne\s+souhaite\s+pas|nao\s+quero|non\s+voglio"
    # "Möchte ich nicht beantworten", "Dazu sage ich lieber nichts"
    r"|m[oö]chte\s+ich\s+(?:hier\s+)?(?:lieber\s+)?nicht\s+(?:\w+\s+){0,2}(?:beantworten"
    r"|angeben|sagen|nennen|verraten)|sage?\s+ich\s+(?:lieber\s+)?(?:nix|nichts)"
    # "Dazu möchte ich jetzt nichts schreiben"
    r"|m[oö]chte\s+ich\s+(?:(?:hier|jetzt|gerade|erstmal|lieber)\s+){0,2}nichts\s+"
    r"(?:sagen|schreiben|angeben|verraten))\b"
)


# A reply that opens by having or being able.
_HAVING = re.compile(
    rf"{I_HAVE}\s+(?:a|an|the|my|it|un|una|uno|el|la|mi|um|uma|o|a|meu|minha|ein|eine|einen"
    r"|den|die|das|meinen|meine|une?|le|la|mon|ma|il|lo|il\s+mio|la\s+mia)\b"
)


# A having or being-able verb alone answers "do you have / can you …?" ("Tenho.", "I do").
_HAVE_ALONE = re.compile(
    r"(?:i\s+)?(?:do|have|can|am|got\s+it|have\s+it|do\s+have)|tengo|tenho|tengo\s+uno"
    r"|puedo|posso|consigo|ho|ce\s+l'?ho|habe\s+ich|hab\s+ich|ich\s+habe|kann\s+ich|j'?en\s+ai"
    r"|je\s+peux|je\s+l'?ai|lo\s+tengo|la\s+tengo|tenho\s+sim|sono\s+disponibile"
)


# Being able, said first and in the first person: "I can lift 25 kg", "consigo trabalhar
# em pé", "so nuotare", "je sais nager", "ich kann schwimmen", "sé manejar". A yes to "can
# you…?" in any words, unless limited ("I can only do mornings").
_ABLE = re.compile(
    r"(?:i\s+can|i'?m\s+able\s+to|i\s+am\s+able\s+to|puedo|soy\s+capaz\s+de|posso|consigo"
    r"|sou\s+capaz\s+de|je\s+peux|je\s+suis\s+capable\s+de|ich\s+kann|kann\s+ich"
    r"|riesco\s+a|sono\s+in\s+grado\s+di"
    # knowing how: "sé nadar", "sei dirigir", "je sais nager", "so guidare"
    r"|se\s+\w+(?:ar|er|ir)|sei\s+\w+(?:ar|er|ir)|je\s+sais\s+\w+(?:er|ir|re)"
    r"|so\s+\w+(?:are|ere|ire))\s+\w|(?:se|sei|so)\s+\w+(?:ar|er|ir|are|ere|ire)$"
)


def _says_nothing(clause: str) -> bool:
    """Whether a clause only greets, apologises, or apologises for the language it is
    written in."""
    flat = _SORRY.sub("", _GREETING.sub("", plain(clause))).strip(" ,.!:;")
    return not flat or LANGUAGE_APOLOGY.search(flat) is not None


_SORRY = re.compile(
    r"^(?:(?:so\s+)?sorry|perdon|perdona|perdone|disculpa|disculpe|entschuldigung|sorry"
    r"|desolee?|pardon|desculpa|desculpe|scusa|scusate|scusi|mi\s+scusi)\b"
)


# A field that asks when one can work: days, weekends, nights, shifts, holidays.
_WHEN_AVAILABLE = re.compile(
    r"\b(?:weekends?|saturdays?|sundays?|nights?|evenings?|mornings?|shifts?|holidays?|sabad\w*"
    r"|doming\w*|fin(?:es)?\s+de\s+semana|fim\s+de\s+semana|feriad\w*|festiv\w*|samstag\w*"
    r"|sonntag\w*|wochenend\w*|nacht\w*|abend\w*|feiertag\w*|schicht\w*|samedi\w*|dimanche\w*"
    r"|week-ends?|nuits?|soirs?|soirees?|sabat\w*|domenic\w*|nott[ei]|ser[ae]|turn[oi]s?|noches?"
    r"|tardes?|noites?|plantao|plantoes)\b"
)


def _time_spent(spec: FieldSpec, clause: str, lang: str) -> bool:
    """Whether a clause tells how long the candidate did something on the days or times a
    field asks about ("Unos seis meses ayudando en la cuadra de un amigo los fines de
    semana"): a history, which says nothing of being available now; not a thing held that
    long ("I've had my licence for 5 years"), nor what one can do."""
    if not _WHEN_AVAILABLE.search(field_wording(spec)):
        return False  # "pattino da quando avevo 6 anni" still skates
    flat = plain(clause)
    # the part that says how long names the field: not "I've worked 2 years in a rental
    # shop and I'm certified to set bindings"
    spent = [
        p
        for p in re.split(r"\b(?:and|y|e|ed|et|und)\b", clause)
        if YEARS.search(numbers_to_digits(p, lang)) is not None
    ]
    return (
        any(about_field(spec, p) or echoes_question(spec, p) for p in spent)
        and re.search(rf"\b{I_HAVE}\b", flat) is None
        and _polarity(clause, lang) is None
        and not _ABLE.search(flat)
    )


def _able(clause: str, lang: str, spec: FieldSpec) -> bool:
    """Whether a clause that opens a reply says the candidate can, unlimited, to a
    question that asks whether they can ("Ich kann sofort anfangen" says nothing of an
    allergy)."""
    if not _ASKS_ABILITY.search(plain(spec.question or spec.label)):
        return False
    flat = _GREETING.sub("", plain(clause)).strip(" ,.!")
    limited = ONLY.search(flat) or (lang == "pt" and re.search(r"\bso\b", flat))
    return bool(_ABLE.match(flat)) and not negated(flat, lang) and not limited


# Where the thing had ends: "tenho o HACCP e 15 anos de cozinha", "j'ai le permis, et…".
_THING_HAD = re.compile(r"\s(?:and|e|y|und|et|ed)\s|[,;]")


# A question whether the candidate can: "Can you…", "¿Puedes…?", "Você consegue…?",
# "Savez-vous nager ?", "Können Sie…", "Riesci a…", "Are you able to…".
_ASKS_ABILITY = re.compile(
    r"\b(?:can|could|able|puedes|puede|podrias|podria|puedas|sabes|sabe|consegue|consegues|pode"
    r"|podes|sabe|sabes|conseguiria|pouvez|peux|pourriez|pourrais|savez|sais|konnen|kannst|konnten"
    r"|konntest|kann|puoi|puo|potresti|potrebbe|riesci|riesce|sai|sa)\b"
)


# "…, but yes, I can do it": the yes after a contrast word answers.
_CONTRAST = re.compile(r"^(?:but|though|however|pero|aber|doch|mais|mas|ma)\s+(?=\w)")


def _polarity(clause: str, lang: str = "en") -> bool | None:
    flat = _CONTRAST.sub("", _GREETING.sub("", plain(clause)).strip(" ,.!"))
    # "… y sí que puedo", "… e non l'ho rinnovato": the answer after an "and"
    flat = re.sub(r"^(?:and|y|e|ed|und|et)\s+(?=\w)", "", flat)
    # "…, donc oui c'est bon pour 5h": the yes a reply concludes with
    flat = _SO.sub("", flat)
    if not flat:
        return None
    if _IF_NOT_YES.match(flat) and not re.search(r"(?<!\w)s[íì](?!\w)", clause):
        return None  # "pero si hace falta me lo saco": an "if", not a "sí"
    if _UNFAMILIAR.match(flat):
        return False  # "non so cosa sono": never heard of it, so no
    if _CANNOT_DO.match(flat):
        return False  # "não sei nadar", "no sé conducir": not knowing how, a no
    if NOT_KNOWING.match(flat):
        return None  # "Não sei bem, …", "No sé": not knowing, though it opens with a no
    if _THINK_SO.match(flat):
        return True  # "ich denke schon", "I think so", "penso di sì"
    if NO_PROBLEM.search(flat):
        return True
    if _HAVE_ALONE.fullmatch(flat):
        return True
    if len(flat.split()) <= 3 and re.search(
        r"\b(?:no|nein|non|nao|nope|never|nunca|jamais|mai|nie|niemals)\s*[.!]*$", flat
    ):
        return False  # "Nachtdienste nein", "weekends no", "mas sábados nunca"
    if lang == "pt" and re.match(r"no\s+\w", flat):
        return None  # Portuguese "no" is "in the": "No meu trabalho …"
    if lang == "pt" and re.match(r"ja\s+(?!tenho|tive|fiz|sei|posso|trabalhei|usei)\w", flat):
        return None  # Portuguese "já" is "already": "já estou inscrita" has no course yet
    if _NO.match(flat):
        return False
    if _FRONTED_NOT_HAD.match(flat):
        return False  # "Curso não tenho, mas …": the thing named first, then not had
    if _YES.match(flat):
        return True
    return None


# The thing named first, then not had: "Curso não tenho", "carnet no tengo", "il patentino
# non ce l'ho", "Führerschein hab ich keinen", "le permis je ne l'ai pas" (not "eso no tengo
# claro", not knowing).
_FRONTED_NOT_HAD = re.compile(rf"^[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s+{NOT_HAD_WORDS}")


# Not knowing how to do a thing, a verb after "I don't know": "não sei nadar", "no sé
# conducir", "non so guidare", "je ne sais pas nager" (not "não sei dizer", "no sé decir").
_CANNOT_DO = re.compile(
    r"(?:eu\s+|yo\s+|io\s+)?(?:nao\s+sei|no\s+se|non\s+so|je\s+ne\s+sais\s+pas|je\s+sais\s+pas"
    r"|sais\s+pas)\s+(?!(?:dizer|decir|dire|responder|repondre|rispondere|explicar|expliquer"
    r"|spiegare|contar|raccontare|precisar|preciser|calcular|calculer)\b)[a-z]{3,}(?:ar|er|ir|re)\b"
)


# Not knowing what it is: "non so cosa sono", "I don't even know what that is".
_UNFAMILIAR = re.compile(
    r"(?:non\s+so\s+(?:cosa|che\s+cosa|cos'|che)|no\s+se\s+(?:que|lo\s+que)|(?:i\s+)?don'?t"
    r"\s+(?:even\s+)?know\s+what|je\s+ne\s+sais\s+(?:pas\s+)?ce\s+que|(?:je\s+)?sais\s+pas\s+ce"
    r"\s+que|nao\s+sei\s+o\s+que|(?:ich\s+)?weiss\s+(?:ich\s+)?nicht,?\s+was)\b"
)
_SO = re.compile(
    r"^(?:so|donc|alors|then|entonces|asi\s+que|quindi|allora|dann|entao|portanto|logo"
    # said in candour: "La verdad es que no", "to be honest, no", "ehrlich gesagt nein"
    r"|(?:the\s+)?truth\s+is|to\s+be\s+honest|honestly|la\s+verdad(?:\s+es\s+que)?"
    r"|a\s+decir\s+verdad|siendo\s+sincer[oa]|ehrlich\s+gesagt|um\s+ehrlich\s+zu\s+sein"
    r"|a\s+vrai\s+dire|pour\s+etre\s+honnete|franchement|para\s+ser\s+sincer[oa]"
    r"|pra\s+ser\s+sincer[oa]|a\s+dire\s+(?:il\s+vero|la\s+verita)|sinceramente"
    r"|in\s+verita|(?:a\s+)?verdade\s+e\s+que)[\s,:]+"
    r"(?=(?:yes|yeah|si|sim|oui|ja|no|non|nein|nao)\b)"
)
# A yes said as a belief: "I think so", "ich denke schon", "je pense que oui".
_THINK_SO = re.compile(
    r"(?:(?:hm+|well|bueno|pues|naja|ben|beh|bom)\W+)?(?:i\s+(?:think|believe|guess|reckon)\s+so"
    r"|(?:ich\s+)?(?:denke|glaube)\s+(?:ich\s+)?schon|je\s+(?:pense|crois)\s+que\s+oui"
    r"|creo\s+que\s+si|pienso\s+que\s+si|penso\s+(?:di|che)\s+si|credo\s+(?:di|che)\s+si"
    r"|acho\s+que\s+sim|creio\s+que\s+sim)\b"
)
_YES_LAST_WORDS = 5  # a short clause that ends on its yes
_BARE_AFTER_UNSURE = 3  # "no creo", "penso di no"

# "si" opening a condition ("si hace falta", "s'il faut", "se serve"), written without
# the accent of the "sí" that says yes.
_IF_NOT_YES = re.compile(
    r"si\s+(?:hace|hiciera|es|fuera|fuese|hay|hubiera|hubiese|necesit\w*|requier\w*|pide"
    r"|piden|exige|exigen|tuviera|pudiera|me\s+(?:lo|la|los|las|dan|dejan|pagan|piden)|el|la"
    r"|los|las|il|ils|c'est|ca|on|vous|besoin|necessario|serve|occorre|bisogna|fosse|ce\s+ne)\b"
)


def _ends_on_yes(clause: str, lang: str) -> bool:
    """Whether a short opening clause ends on its yes: "Con la ropa adecuada sí", "mit
    Schutzkleidung ja" (later in a reply, "a las 8 sí" says yes to another hour)."""
    flat = _GREETING.sub("", plain(clause)).strip(" ,.!")
    return (
        len(flat.split()) <= _YES_LAST_WORDS
        and re.search(r"\b(?:yes|si|sim|oui|ja|yeah|pode\s+ser)\s*[.!]*$", flat) is not None
        and not negated(flat, lang)
    )


def opens_with_yes_or_no(text: str, lang: str = "en") -> bool:
    """Whether ``text`` opens with a yes or a no word ("Oui ça me va, j'ai mes waders");
    not "Carrying the baskets sounds good to me", which names what it is good with."""
    first = clauses(text)[:1]
    if not first:
        return False
    flat = _GREETING.sub("", plain(first[0])).strip(" ,.!")
    return bool(_YES.match(flat) or _NO.match(flat))


# "Not yet" opens a no that nothing after it turns: "ainda não, mas já fiz o curso" has
# done the course, not got the certificate.
_NOT_YET_OPENS = re.compile(
    r"^(?:not\s+yet|no\s+yet|todavia\s+no|aun\s+no|noch\s+nicht|noch\s+nein|pas\s+encore"
    r"|ainda\s+nao|non\s+ancora|ancora\s+no)\b"
)


# "I don't have a SIRET yet, but I'm registering": a no for now.
_YET = re.compile(r"\b(?:yet|noch|encore|todavia|aun|ainda|ancora)\b")


def _turned(
    polarity: bool,
    clause: str,
    rest: list[str],
    lang: str,
    every: bool = False,
    spec: FieldSpec | None = None,
) -> bool:
    """``polarity``, unless a later clause turns it with a contrast word and the opposite
    answer ("Never done it before, but sure"; "Nunca de noche, pero sí")."""
    flat = _GREETING.sub("", plain(clause)).strip(" ,.!")
    if not polarity and (_NOT_YET_OPENS.match(flat) or _YET.search(flat)):
        return polarity
    for j, later in enumerate(rest):
        after = _GREETING.sub("", plain(later)).strip(" ,.!")
        # (with the clauses after it: "…, pero creo que puedo, sí")
        to_end = " ".join(plain(r) for r in rest[j:]).strip(" ,.!")
        if polarity and _ONLY_LIMITS.match(_CONTRAST.sub("", after)):
            # "Sì, ma non tutte le notti" to "Can you work nights?": a yes, not every time;
            # to "every Saturday?" the same words are a no.
            if every:
                return False
            continue
        if (
            _CONTRAST.match(after)
            and _polarity(later, lang) is (not polarity)
            # not a no about how lately: "Sì, ce l'ho, ma non lo uso da anni" still has it
            and not (polarity and _NOT_LATELY.search(after))
            # nor one about experience, where the field asks none: "Sí, tengo carnet de
            # conducir, pero no tengo ninguna experiencia en destilerías" has the licence
            and not (
                polarity
                and spec is not None
                and EXPERIENCE.search(after)
                and not EXPERIENCE.search(field_wording(spec))
            )
            and not (not polarity and spec is not None and _of_something_else(spec, clause, after))
        ):
            return not polarity
        if (
            not polarity
            and _CONTRAST.match(after)
            and _CLOSING_YES.search(to_end)
            and not negated(_CONTRAST.sub("", to_end), lang)
            # (not on a condition: "No, pero si hace falta, sí" stays a no)
            and not re.search(r"\b(?:if|se|si|wenn|falls|caso|qualora)\s+\w", to_end)
        ):
            return True  # "Nunca trabalhei em câmara fria, mas acho que aguento sim"
        if (
            polarity
            and _CONTRAST.match(after)
            and _EXPIRED.search(after)
            and not re.search(r"\b(?:expires|will|wird)\b", after)
        ):
            return False  # "Tenho, mas venceu no ano passado": had, and no longer valid
        if (
            polarity
            and spec is not None
            and _CONTRAST.match(after)
            and _label_word(spec, later)
            and not _label_word(spec, clause)
            and negated(after, lang)
        ):
            # "Löten ja, … aber Mikrolöten noch nie": the yes was to something near it; the
            # field itself, named after the "but", is a no.
            return False
    return polarity


# A time since, that makes a "not" after a yes one of use, not of having: "…, ma non lo uso
# da anni", "but I haven't used it in years", "pero no lo uso desde hace tiempo".
_NOT_LATELY = re.compile(
    r"\b(?:da\s+(?:anni|tempo|mesi|un\s+po)|for\s+(?:years|ages|a\s+while|a\s+long\s+time)"
    r"|in\s+(?:years|ages|a\s+while|a\s+long\s+time)|lately|recently|hace\s+(?:anos|tiempo|mucho)"
    r"|desde\s+hace|depuis\s+(?:des\s+annees|longtemps|un\s+moment|quelques)|seit\s+(?:jahren"
    r"|langem|einer\s+weile|einiger\s+zeit)|(?:ha|faz)\s+(?:anos|muito\s+tempo|um\s+tempo))\b"
)

# A clause that closes on its yes, said of being able or of a belief: "… mas acho que
# aguento sim", "… aber das schaffe ich, ja" (not "No ma il sabato sì", of another day).
_YES_AT_END = r"\b(?:yes|si|sim|oui|ja)\s*[.!]*$"
# Being able, or believing so, in the six languages: "I think", "aguento", "ich schaffe".
_ABLE_OR_BELIEVE = (
    r"think|reckon|can|could|manage|acho|aguento|consigo|posso|creo|aguanto|puedo"
    r"|glaube|denke|kann|schaffe|pense|crois|peux|penso|credo|riesco"
)
_CLOSING_YES = re.compile(rf"\b(?:{_ABLE_OR_BELIEVE})\b.*{_YES_AT_END}")


# Portuguese "no" ("in the") before a name, inside a sentence: "Vi no Google Maps", "moro
# no Porto" say no "no", whatever language the reply is read in.
_IN_THE_NAME = re.compile(r"(?<=[^\W\d_]\s)no(?=\s+[A-ZÀ-Ý])")


def _in_the_removed(sentence: str, lang: str) -> str:
    """``sentence`` without a Portuguese "no" before a name, where it may be Portuguese."""
    if _IN_THE_NAME.search(sentence) and (lang == "pt" or "pt" in languages.likely(sentence)):
        return _IN_THE_NAME.sub(" ", sentence)
    return sentence


# Being able or believing so, said after a "but": "… but I think I'd manage".
_MANAGE = re.compile(rf"\b(?:{_ABLE_OR_BELIEVE}|learn|fine|ok|okay)\b")


def _of_something_else(spec: FieldSpec, clause: str, after: str) -> bool:
    """Whether a no that names the field's own thing is followed, after a "but", by a yes
    about some other thing: "nao sei nadar nao, mas uso colete sem problema" is no
    swimmer ("I think I'd manage" is a yes to the same thing)."""
    if not _label_word(spec, clause) or _label_word(spec, after) or _MANAGE.search(after):
        return False
    asked = {w[:4] for w in re.findall(r"[^\W\d_]{4,}", field_wording(spec))}
    rest = _CONTRAST.sub("", NO_PROBLEM.sub(" ", after))
    return any(w[:4] not in asked for w in re.findall(r"[^\W\d_]{5,}", rest))


def _label_word(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` has a word of the label whole ("Mikrolöten"), not a part of one
    ("Löten")."""
    own = {w for w in re.findall(r"[^\W\d_]{5,}", plain(spec.label))}
    return any(w in own or w.rstrip("sn") in own for w in re.findall(r"[^\W\d_]+", plain(text)))


def _asks_every(spec: FieldSpec) -> bool:
    """Whether the question asks about every time: "every Saturday?", "tous les samedis"."""
    return bool(_EVERY.search(field_wording(spec)))


_EVERY = re.compile(
    r"\b(?:every|each|all|todos|todas|cada|tutt[ie]|ogni|jede[nmrs]?|tous|toutes|chaque"
    r"|todos\s+os|todas\s+as)\b"
)


# "not every night", "no todos los fines de semana", "pas tous les samedis": a limit on a
# yes, which stays a yes.
_ONLY_LIMITS = re.compile(
    r"^(?:(?:but|pero|aber|mais|mas|ma|pero\s+eh)\s+)?"
    # rather not: "but I'd rather not do every night", "aber lieber nicht jedes Wochenende"
    r"(?:(?:i'?d|i\s+would)\s+(?:rather|prefer)\s+|(?:preferiria|preferiblemente|lieber|plutot"
    r"|preferirei|preferisco|prefiro|de\s+preferencia)\s+)?"
    r"(?:not|no|non|nicht|pas|nao|ne\s+\w+\s+pas)\s+"
    r"(?:(?:do|work|doing|hacer|trabajar|machen|arbeiten|faire|travailler|fare|lavorare|fazer"
    r"|trabalhar)\s+)?"
    r"(?:(?:at|a|en)\s+)?(?:every|all|always|each|todos?|todas?|siempre|cada|tutt[ie]|sempre"
    r"|ogni|jede[nmrs]?|alle|immer|tou[ts]|toutes|toujours|chaque)\b"
)


def _apology(spec: FieldSpec, sentence: str, lang: str) -> bool:
    """Whether ``sentence`` only apologises for the candidate's command of a language: not
    when it opens with a yes or a no, nor when the field is about a language ("Non, mon
    anglais est trop scolaire" answers "Visites guidées en anglais"; "my Spanish is basic"
    answers no "Carné de aplicador (nivel básico)")."""
    return (
        LANGUAGE_APOLOGY.search(plain(sentence)) is not None
        and not (about_field(spec, sentence) and LANGUAGE_NAME.search(plain(field_wording(spec))))
        and _polarity(clauses(sentence)[0], lang) is None
        # "scusate se scrivo in italiano: so nuotare benissimo": the apology, then an answer
        and all(_says_nothing(c) for c in clauses(sentence))
    )


# An acknowledgement opening a message ("Ok.", "Vale.", "D'accord."): a yes only alone.
# Taken up by something else: "los tengo ocupados", "I'm busy at weekends", "da bin ich
# verplant", "je suis pris", "sono impegnato" (not "beschäftigt", "occupato": employed).
_BUSY = re.compile(
    r"\b(?:busy|taken\s+up|ocupad[oa]s?|(?:suis|sont|serai)\s+(?:prise?s?|occupee?s?)"
    r"|impegnat[oiae]|belegt|verplant"
    # in class: "le mercredi j'ai cours à la fac", "los martes tengo clase", "mittwochs hab
    # ich Uni"
    r"|j'ai\s+cours|tengo\s+clases?|ho\s+lezion[ei]|tenho\s+aulas?|i\s+have\s+(?:class|classes"
    r"|lectures|school|uni)|hab(?:e)?\s+ich\s+(?:uni|schule|vorlesung\w*|berufsschule)"
    # ruled out: "Saturdays are out for me", "nights are out of the question", "count me out"
    r"|(?:is|are)\s+out|count\s+me\s+out)\b"
)
# Most of it, not all: "die meiste Zeit", "la mayor parte", "most of the time".
_MOST_OF_IT = re.compile(
    r"\b(?:most\s+of\s+(?:the\s+time|it)|die\s+meiste\s+zeit|meistens|la\s+mayor\s+parte"
    r"|casi\s+siempre|la\s+plupart\s+du\s+temps|presque\s+toujours|la\s+maggior\s+parte"
    r"|quasi\s+sempre|a\s+maior\s+parte|quase\s+sempre|almost\s+always|fast\s+immer)\b"
)


def _said_before(spec: FieldSpec, before: str) -> bool:
    """Whether ``before`` (what a sentence says ahead of a word) is a clause of its own
    that names the field."""
    return bool(re.search(r"[,;]", before)) and about_field(spec, before)


# An acknowledgement that opens a precision: "Ok, genau:", "Vale, en concreto:", "Bon,
# précisément :", "OK, to be exact:".
_PRECISION = re.compile(
    r"^\W*(?i:ok|okay|okey|vale|bueno|bon|d'accord|va\s+bene|allora|beleza|also|alles\s+klar"
    r"|right|well)\W+(?i:genau|exactly|precisely|to\s+be\s+(?:exact|precise)|en\s+concreto"
    r"|concretamente|exactamente|pr[ée]cis[ée]ment|exactement|esattamente|precisamente|nello"
    r"\s+specifico|exatamente|na\s+verdade|ehrlich\s+gesagt)?\s*:\s*"
)
_ACKNOWLEDGED = re.compile(
    r"(?:ok|okay|okey|alright|all\s+right|right|vale|bueno|d'accord|bon|va\s+bene|allora"
    r"|beleza|ta|alles\s+klar|na\s+gut|naja|well|hmm+|mmm+)"
)


# A question about an obstacle: an allergy, a condition, a problem, something that would
# prevent the work. "No problem" answers it with a no: there is none.
_ASKS_OBSTACLE = re.compile(
    r"\b(?:(?:any|a|some|un|una|une|algun\w*|qualche|kein\w*|nessun\w*|algum\w*|ein\w*)\s+"
    r"(?:\w+\s+)?problem\w*"
    # (not "sem problema com altura?", "without a problem with heights?": a yes is asked)
    r"|(?<!\bsem\s)(?<!\bsin\s)(?<!\bsans\s)(?<!\bsenza\s)(?<!\bohne\s)(?<!\bwithout\s)(?<!\bwithout\sa\s)"
    r"problem\w*\s+(?:with|con|avec|mit|com|para|pour|per|fur)"
    r"|allerg\w*|prevent\w*|stop\s+you|keep\s+you\s+from|restriction\w*"
    r"|limitation\w*|impedi\w*|imped[ei]\w*|empech\w*|hinder\w*|verhinder\w*|einschrank\w*"
    r"|objection\w*|inconvenien\w*|incompatib\w*|criminal\s+record|vorstraf\w*"
    r"|antecedentes\s+penales|casier\s+judiciaire|precedenti\s+penali|medical\s+condition"
    r"|health\s+condition|condicion\s+medica|condition\s+medicale)\b"
)


def read_yes_no(spec: FieldSpec, msg: Message) -> list[Finding]:
    """A yes or a no, in any of the six languages, direct ("sí", "nein") or stated
    ("I've had my licence since 2015", "je ne peux pas le week-end").

    "No problem" is a yes, except to a question about an obstacle ("an allergy that would
    prevent you from working?"), where it says there is none: a no. A yes or a no that
    concludes the reply ("…, so yes", "…, donc non") is its answer, asked."""
    flat = plain(msg.text)
    corrects = about_field(spec, msg.text) and CORRECTION.search(flat) is not None
    if (msg.is_asked(spec) or corrects) and (concluded := _CONCLUDED.search(flat)):
        # Unasked, a correction that names the field: "pardon, pour la dorure je me suis
        # avancée : … donc en fait non".
        return [Finding("answered", concluded.group(1) is not None, msg.text)]
    if (
        msg.is_asked(spec)
        and _ASKS_KNOW_HOW.search(plain(spec.question or ""))
        and _NO_KNOW_HOW.match(without_greeting(flat))
    ):
        # "nao sei mas aprendo rapido" to "Você sabe fazer encadernação?": not knowing how is
        # a no
        return [Finding("answered", False, msg.text)]
    if (
        msg.is_asked(spec)
        and _ASKS_ABILITY.search(plain(spec.question or ""))
        and _NEVER_TRIED.search(flat)
        and not _NO.match(without_greeting(flat))
    ):
        # "I think so? I've never actually tried 20 kg uphill", asked whether one could:
        # not known, which is no "no"
        return [Finding("vague", None, msg.text, "have you done it, or could you?")]
    if (msg.is_asked(spec) or corrects) and (meant := _MEANT.search(flat)):
        # "Perdona, lo del tractor: quise decir que no, el tractor lo llevaba mi primo"
        return [Finding("answered", meant.group("pol") in _REPAIRED_YES, msg.text)]
    if msg.is_asked(spec) and (other := _other_licence(spec, msg)) is not None:
        return [other]  # "Nur Klasse B leider" to "Führerschein Klasse C oder CE?"
    if (later := _only_later(spec, msg)) is not None:
        # "Só consigo chegar 6h" to "Chega às 5h30?": only later than asked, a no
        return [later]
    if (limit := _age_limit(spec)) is not None and (age := _age_said(msg)) is not None:
        # "Guten Tag, ich bin 31 Jahre alt und …" to "Mindestens 18 Jahre alt?": old enough
        return [Finding("answered", age >= limit, msg.text, source="age")]
    if msg.is_asked(spec) and (second := _second_thought(msg.sentences[1:])) is not None:
        return [Finding("answered", second[0], second[1])]
    found = _read_yes_no(spec, msg)
    if (
        found
        and found[0].status == "answered"
        and msg.is_asked(spec)
        and (repaired := _REPAIRED.search(flat, 1)) is not None
        and (repaired.group("pol") in _REPAIRED_YES) != found[0].value
    ):
        # "Yes, I have the Maltese licence... actually no, it expired": the answer taken
        # back, in a word, is the answer.
        return [Finding("answered", not found[0].value, msg.text)]
    if (
        found
        and found[0].status == "answered"
        and found[0].value is True
        and NO_PROBLEM.search(plain(found[0].evidence))
        and not _YES.match(_GREETING.sub("", plain(found[0].evidence)).strip())
        and _ASKS_OBSTACLE.search(field_wording(spec))
    ):
        return [replace(found[0], value=False), *found[1:]]
    return found


# A yes or a no taken back in a word: "... actually no", "anzi no", "bueno, no, caducó",
# "en fait non", "na verdade não", "eigentlich doch ja". Not "no sé", "no idea".
_REPAIRED_YES = frozenset({"yes", "si", "oui", "ja", "sim"})
_TAKING_BACK = (
    r"actually|anzi|bueno|en\s+fait|na\s+verdade|eigentlich|wait|aspetta|espera|attends"
    r"|pensandolo\s+bien|a\s+pensarci\s+bene|mejor\s+dicho|ou\s+melhor|o\s+meglio|ou\s+plutot"
    r"|besser\s+gesagt|in\s+realta|en\s+realidad|pensando\s+bem"
)
_REPAIRED = re.compile(
    rf"\b(?:{_TAKING_BACK})\s*[,:]?\s*"
    r"(?P<pol>no|non|nein|nao|nope|yes|si|oui|ja|sim)\b"
    r"(?!\s+(?:se|sei|so|sais|sai|weiss|idea|clue|sure|lo\s+se|saprei|saberia|sabria|problem\w*)\b)"
)


# A question of knowing how, with "saber" and its kin: "¿Sabes conducir…?", "Você sabe
# fazer…?", "Sais-tu…", "Sai usare…?", "Do you know how to…?".
# Never having tried it: "I've never actually tried", "nunca lo he probado", "noch nie
# versucht", "jamais essayé", "nunca tentei", "mai provato".
_NEVER_TRIED = re.compile(
    r"\b(?:never|not\s+yet)\s+(?:actually\s+|really\s+)?tried\b|\bnunca\s+(?:lo\s+)?(?:he\s+)?"
    r"(?:probado|intentado)\b|\b(?:noch\s+)?nie\s+(?:ausprobiert|probiert|versucht)\b"
    r"|\bjamais\s+essaye\b|\bnunca\s+(?:tentei|experimentei|testei)\b|\bmai\s+provato\b"
)
_ASKS_KNOW_HOW = re.compile(r"\b(?:sabes|sabe|sabeis|sais|savez|sai|sapete|know\s+how)\b")
# Not knowing how, said alone or before a "but" or the thing not known: "No sé, pero
# aprendo", "não sei fazer", "je ne sais pas", "non lo so fare" (not "não sei bem", which
# is unsure).
_NO_KNOW_HOW = re.compile(
    r"(?:no\s+(?:lo\s+)?se|nao\s+sei|je\s+ne\s+sais\s+pas|(?:je\s+)?sais\s+pas|non\s+(?:lo\s+)?so"
    r"|i\s+don'?t\s+know\s+how)"
    # (and the "não" Brazilians close on: "não sei não")
    r"(?=\s*(?:$|[.!]|\s+(?:nao|no|non)\s*(?:$|[.!])|,?\s*(?:mas|pero|mais|ma|but|however)\b"
    r"|\s+(?:fazer|hacer|faire|fare|usar"
    r"|usare|utiliser|nada|niente|rien)\b))"
)
# A yes or a no the candidate says they meant: "quise decir que no", "I meant yes", "ich
# meinte nein", "je voulais dire oui", "intendevo dire di no", "eu quis dizer que não".
_MEANT = re.compile(
    r"\b(?:(?:quise|queria)\s+decir(?:\s+que)?|i\s+meant(?:\s+to\s+say)?|ich\s+meinte"
    r"|(?:je\s+)?voulais\s+dire(?:\s+que)?|(?:intendevo|volevo)\s+dire(?:\s+d[ie])?"
    r"|(?:quis|queria)\s+dizer(?:\s+que)?)\s*[,:]?\s*"
    r"(?P<pol>no|non|nein|nao|yes|si|oui|ja|sim)\b(?!\s*[-\w])"
)


# A time of day: "5h30", "5:30", "6h", "6 am", "às 6".
_CLOCK = r"(\d{1,2})(?:[:h.](\d{2})|h\b|\s*(?:am|uhr)\b)"
_CLOCK_ASKED = re.compile(rf"(?<![\d.,]){_CLOCK}")
# Only at a time: "só consigo chegar 6h", "I can only be there at 7", "nur um 6 Uhr".
_ONLY_AT = re.compile(
    rf"\b(?:{ONLY_WORDS}|so)\b[^.;!?\d]{{0,30}}?(?<![\d.,])(\d{{1,2}})(?:[:h.](\d{{2}}))?(?:h|\s*(?:am|uhr))?\b"
)


def _only_later(spec: FieldSpec, msg: Message) -> Finding | None:
    """A no where a question asks for a time of day ("Chega às 5h30 para a montagem?") and
    the reply can only make a later one ("Só consigo chegar 6h, antes disso não tem
    ônibus"); a yes where that time is the one asked or earlier."""
    words = field_wording(spec)
    asked = _CLOCK_ASKED.search(words)
    said = [
        m
        for t in msg.sentences
        for m in _ONLY_AT.finditer(plain(t))
        # the Portuguese "só" folds to the English "so", which is no "only"
        if msg.lang == "pt" or not m.group().startswith("so ")
    ]
    if asked is None or len(said) != 1 or not _STARTING.search(words):
        return None  # (not an end of day: "only until 8pm" to "until 10pm?")
    wanted = int(asked.group(1)) * 60 + int(asked.group(2) or 0)
    can = int(said[0].group(1)) * 60 + int(said[0].group(2) or 0)
    if not 0 <= can < _DAY_MINUTES:
        return None
    return Finding("answered", can <= wanted, msg.text)


_DAY_MINUTES = 24 * 60
# A question about arriving or starting early, in the six languages.
_STARTING = re.compile(
    r"\b(?:arriv\w*|start\w*|begin\w*|be\s+there|early|chega\w*|comec\w*|cedo|lleg\w*"
    r"|empez\w*|temprano|anfang\w*|beginn\w*|da\s+sein|fruh\w*|commenc\w*|tot|presto"
    r"|inizi\w*|montag\w*|set\s*up)\b"
)


# A minimum age asked: "Mindestens 18 Jahre alt", "Are you 18 or over?", "maior de idade".
_AGE_ASKED = re.compile(
    r"\b(?P<n>1[4-9]|2[0-5])\s*(?:\+|years?\s+old|or\s+(?:over|older)|jahre\s+alt|anos\b|anni\b"
    r"|ans\b|anos\s+de\s+idade|de\s+edad)"
    r"|\b(?:over|at\s+least|mindestens|mayor\s+de|maior\s+de|plus\s+de|almeno|pelo\s+menos"
    r"|al\s+menos|au\s+moins)\s+(?P<m>1[4-9]|2[0-5])\b"
)
# Of age, which is 18 in the six languages' countries.
_OF_AGE = re.compile(
    r"\b(?:volljahrig\w*|maior\s+de\s+idade|mayor\s+de\s+edad|majeur\w*|maggiorenn\w*"
    r"|of\s+(?:legal\s+)?age)\b"
)
# The candidate's own age: "I'm 24", "ich bin 31 Jahre alt", "tengo 30 años", "j'ai 25 ans".
_AGE_SAID = re.compile(
    r"\b(?:(?:i'?m|i\s+am|ich\s+bin|bin|soy|sono|je\s+suis)\s+(?P<a>[1-9]\d)"
    r"(?:\s*(?:years?(?:\s+old)?|jahre(?:\s+alt)?|years|ans|anni|anos))?"
    r"|(?:tengo|tenho|j'ai|ho|i'?m)\s+(?P<b>[1-9]\d)\s*(?:years?|anos|ans|anni)"
    r"(?!\s+(?:of|de|d'|di|in|en|em|as|como|come|comme|im|bei)\b)"
    # a bare age, ending its clause: "tenho 17, faço 18 em março"
    r"|(?:tengo|tenho|j'ai|ho)\s+(?P<c>[1-9]\d)(?=\s*(?:[,;!]|\.(?!\d)|$))"
    # an age said as one: "Kurz zu mir: 45 Jahre alt", "28 years old"
    r"|(?<![\d.,])(?P<d>[1-9]\d)\s*(?:years?\s+old|jahre\s+alt|anos\s+de\s+idade|anos\s+de\s+edad"
    r"|anni\s+di\s+eta|ans\s+d'age))(?![\d.,]\d)"
)


def _age_limit(spec: FieldSpec) -> int | None:
    """The minimum age a yes/no question asks for, if it asks one."""
    text = field_wording(spec)
    if (m := _AGE_ASKED.search(text)) is not None:
        return int(m.group("n") or m.group("m"))
    return 18 if _OF_AGE.search(text) else None


def _age_said(msg: Message) -> int | None:
    """The age the candidate says they are ("I'm 24", "tengo 30 años", "ich bin 31");
    not years of something ("I have 5 years as a waiter", "tengo 30 años de oficio")."""
    # (as written: the digit form glosses "ich bin" to "i am a")
    said = [plain(t) for t in msg.sentences] + list(msg.digits)
    ages = {
        int(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        for d in said
        for m in _AGE_SAID.finditer(d)
    }
    # an age still to come: "I turn 18 in January", "cumplo 18 en marzo" is 17 now
    ages |= {int(m.group("n")) - 1 for d in said for m in _TURNING.finditer(d)}
    ages = {a for a in ages if _YOUNGEST <= a <= _OLDEST}
    return ages.pop() if len(ages) == 1 else None


_TURNING = re.compile(
    r"\b(?:i\s+turn|i'?ll\s+turn|i'?ll\s+be|i\s+will\s+be|cumplo|voy\s+a\s+cumplir|faco"
    r"|vou\s+fazer|ich\s+werde|werde\s+ich|j'aurai|je\s+vais\s+avoir|compio|compiro"
    r"|faro)\s+(?:(?:im|am|in|en|em|a|le|il)\s+\w+\s+)?(?P<n>1\d|[2-9]\d)\b"
    r"(?!\s*(?:years?\s+(?:of|in|as)|anos\s+de|anni\s+di|ans\s+d|jahre\s+(?:im|als)))"
    # not a time or a distance: "I'll be 20 minutes away", "ich werde 20 Stunden arbeiten"
    r"(?!\s*(?:min\w*|km|kilomet\w*|chilomet\w*|quilomet\w*|miles?|hours?|hrs?|h\b|horas?"
    r"|ore\b|stunden?|heures?|euros?|€|%|[.,:]\d))"
)


_YOUNGEST, _OLDEST = 14, 80


# "…, so yes", "…, donc non", "…, quindi sì": a yes (group 1) or a no (group 2) concluding.
_CONCLUDED = re.compile(
    r"[,.;]\s*(?:so|then|donc|alors|entonces|asi\s+que|also|quindi|allora|entao|portanto)"
    r"\W+(?:(?:en\s+fait|actually|in\s+fact|de\s+hecho|en\s+realidad|eigentlich|in\s+realta"
    r"|na\s+verdade|really)\W+)?(?:(yes|yeah|si|ja|oui|sim)|(no|nein|non|nao))\W*$"
)


# A reply that is a condition only: "only if…", "nur wenn…", "solo si…", "as long as…".
_ONLY_IF = re.compile(
    r"^\W*(?:only\s+if|as\s+long\s+as|provided|solo\s+si|solamente\s+si|siempre\s+que"
    r"|mientras|nur\s+wenn|solange|sofern|seulement\s+si|tant\s+que|pourvu\s+que"
    r"|so\s+se|somente\s+se|desde\s+que|contanto\s+que|solo\s+se|purche|a\s+patto\s+che)\b"
)


# A polite no: "no thanks", "non merci", "nein danke", "não, obrigado".
_NO_THANKS = re.compile(
    r"\b(?:no|non|nein|nao)\W{0,3}(?:thanks?|thank\s+you|merci|gracias|danke|obrigad[oa]|grazie)\b"
    # "Le vertige, très peu pour moi", "heights are not for me", "non fa per me"
    r"|\b(?:tres\s+peu|pas)\s+pour\s+moi\b|\bnot\s+for\s+me\b|\bno\s+es\s+lo\s+mio\b"
    r"|\bno\s+es\s+para\s+mi\b|\bnichts\s+fur\s+mich\b|\bnon\s+fa\s+per\s+me\b"
    r"|\bnao\s+e\s+para\s+mim\b|\bnao\s+e\s+comigo\b"
)


# A clause opened by "only", in the six languages (not the Portuguese "só", folded "so":
# the Italian "so nuotare" is "I can swim").
_ONLY_OPENS = re.compile(rf"^\W*(?:{ONLY_WORDS}|uniquement)\b")
# A clause that says more of the work told before it: "…in a salmon hatchery, mostly smolt
# tanks", "sobre todo podas", "vor allem Fichte", "surtout des toits".
_MOSTLY_OPENS = re.compile(
    r"^\W*(?:mostly|mainly|largely|chiefly|especially|sobre\s+todo|principalmente|mayormente"
    r"|vor\s+allem|hauptsachlich|meistens|surtout|principalement|soprattutto|sobretudo"
    r"|mais\s+que\s+tudo)\b"
)


# A yes or a no and a contrast with no comma between: "Sì ma non tutti i sabati".
_YES_BUT = re.compile(
    r"^(\W*(?:yes|yeah|yep|s[iíì]|sim|oui|ja|no|non|nein|n[aã]o))\s+((?:but|pero|aber|mais|mas|ma)\s.*)$",
    re.IGNORECASE | re.DOTALL,
)


# "… y sí que puedo", "… so yes, I can": a yes or a no concluded after a connective.
_THEN_YES = re.compile(
    r"\s(?=(?:y|and|e|und|et|so|asi\s+que|así\s+que|entonces|pues|quindi|allora|donc|alors"
    r"|also|ent[aã]o|por\s+isso)\s+(?:s[iíì]|sim|oui|yes|ja|no|non|nein|n[aã]o)\b(?!\s*[-,]?\s*\w+\s*\?))",
    re.IGNORECASE,
)


def _doubted(clause: str) -> bool:
    """Whether ``clause`` is a contrast that does not know: "mas não sei se…", "but I'm
    not sure it is still valid", "aber ich weiß nicht, ob…"."""
    flat = plain(clause).strip(" ,.!")
    lead = _CONTRAST.match(flat)
    if lead is None:
        return False
    rest = flat[lead.end() :]
    # whether it holds, not where or when: "mas não sei onde está o papel" still has it
    return (
        NOT_KNOWING.search(rest[:_DOUBT_OPENING]) is not None and _WHETHER.search(rest) is not None
    )


_DOUBT_OPENING = 24
_WHETHER = re.compile(
    r"\b(?:if|whether|ob|si|se|s'il|s'ils|s'elle|sure|certain|sicher|seguro|segura|sur|certo)\b"
)


def _yes_but(parts: list[str]) -> list[str]:
    """``parts`` with an opening "yes but …" clause split in two, as "yes, but …" is, and a
    clause split where it concludes with a yes or a no ("lo he hablado en casa y sí que
    puedo")."""
    if parts and (m := _YES_BUT.match(parts[0])):
        parts = [m.group(1), m.group(2), *parts[1:]]
    out = []
    for part in parts:
        pieces = _THEN_YES.split(part)
        out += [p.strip() for p in pieces if p.strip()]
    return out


def _answers_another(text: str, spec: FieldSpec, msg: Message) -> bool:
    """Whether ``text`` names another field of the job, or one of its choices as written,
    and not ``spec``: "Teilzeit wäre gut" answers the kind of contract, not the e-bikes."""
    if about_field(spec, text):
        return False
    flat = plain(text)
    return any(
        about_field(o, text)
        or any(re.search(rf"(?<!\w){re.escape(plain(c))}(?!\w)", flat) for c in o.choices or ())
        for o in msg.others(spec)
        if o.type != "long_text"  # an open question's label is a whole question
    )


def _second_thought(later: list[str]) -> tuple[bool, str] | None:
    """A yes or a no that a later sentence takes back to and concludes with: "No, il sabato
    no. Anzi, aspetta: lì faccio solo il pomeriggio, quindi la mattina sì" is a yes."""
    for sentence in reversed(later):
        flat = plain(sentence).strip()
        if not _TAKE_BACK.match(flat):
            continue
        if _CLOSING_YES_WORD.search(flat):
            return True, sentence
        if _CLOSING_NO_WORD.search(flat):
            return False, sentence
    return None


# A sentence that opens by taking back what came before.
_TAKE_BACK = re.compile(
    rf"\W*(?:{_TAKING_BACK}|no\s+wait|attendez|warte|moment|correction|correccion|korrektur"
    r"|correzione|correcao|on\s+second\s+thought|reflexion\s+faite)\b"
)
_CLOSING_YES_WORD = re.compile(_YES_AT_END)
_CLOSING_NO_WORD = re.compile(r"\b(?:no|non|nein|nao)\s*[.!]*$")


# A question of up to five words after a comma that ends the sentence: "…, is that ok?",
# "…, ¿vale?", "…, ça pose problème ?", "…, ist das schlimm?".
_TAGGED_QUESTION = re.compile(r"\s*[,;]\s*(?:[^\s,;?]+\s+){0,4}[^\s,;?]+\s*\?\s*$")
_TAGGED_STATEMENT_WORDS = 3
_BARE_COUNT_WORDS = 4  # "40 ore.", "Unos 25 al mes."


def _read_yes_no(spec: FieldSpec, msg: Message) -> list[Finding]:
    asked = msg.is_asked(spec)
    if (
        asked
        and (then := _IF_THEN_YES.search(plain(msg.text)))
        and not negated(plain(msg.text)[then.end() :], msg.lang)
    ):
        # "depende del precio... si son 5 euros la noche entonces sí": a yes on a condition
        return [Finding("answered", True, msg.text)]
    # A sentence that only greets ("Hola.") or apologises for the candidate's command of
    # the job's language ("sorry, my Portuguese is not very good") does not count as the
    # first one: its "not" says no to nothing.
    content = [
        t
        for t in msg.sentences
        if _GREETING.sub("", plain(t)).strip(" ,.!?")
        and not _apology(spec, t, msg.lang)
        # nor one that only gives the candidate's name: "Hola, soy Rocío."
        and not _only_a_name(t)
    ]
    # A later sentence that opens with a yes or a no, or names the field, answers it; an
    # aside before it ("sorry, my Italian is not great yet. Yes, I have it") does not.
    if len(content) > 1 and _ACKNOWLEDGED.fullmatch(plain(content[0]).strip(" ,.!")):
        content = content[1:]  # "Ok. I had a hernia op, nothing over 20 kg": what follows says
    # (by a word of its own: "never worked in any repair trade" is of "Years in a repair
    # trade", not of "Comfortable with fiddly hand-tool repairs")
    answered_later = any(
        about_field(spec, t, msg.others(spec))
        or (
            any(_polarity(c, msg.lang) is not None for c in clauses(t)[:1])
            and not names_another_field(spec, msg.others(spec), t, msg.fields)
        )
        for t in content[1:]
    )
    for n, sentence in enumerate(content):
        if (
            n > 0
            and _REPAIRED.match(plain(sentence).lstrip(" .…"))
            and all(
                len(t.split()) <= _BARE_COUNT_WORDS and re.search(r"\d", d)
                for t, d in zip(content[:n], msg.digits, strict=False)
            )
        ):
            # "40 ore. Anzi no, scusate: meglio Teilzeit, 30 ore": the "no" takes back the
            # bare count before it, another question's answer (not "6:30 might work once the
            # kids are at breakfast club... actually no": that one's own)
            continue
        # A short question tagged on after a statement asks about what it says: "Full
        # licence, but I've got 6 points on it, is that ok?" answers, then asks.
        untagged = _TAGGED_QUESTION.sub("", sentence)
        if untagged != sentence and len(untagged.split()) >= _TAGGED_STATEMENT_WORDS:
            sentence = untagged
        # (not a condition inside it: "…, si aun así no está conforme, le daría la hoja")
        flat = _CONDITION.sub(",", plain(_in_the_removed(sentence, msg.lang)))
        if _DECLINE_HINT.search(flat):
            continue
        if _NUMBER_TAKEN_BACK.search(numbers_to_digits(sentence, msg.lang)) and not (
            _opens_with_polarity(sentence, msg.lang)
        ):
            continue  # "Korrektur: es waren nicht fünf, sondern drei Jahre": no "no" to it
        if sentence.rstrip().endswith("?") and not (
            asked and n == 0 and _opens_with_polarity(sentence, msg.lang)
        ):
            continue  # a question, unless it opens with its answer ("non, … mais je peux … ?")
        if ((asked and n == 0) or about_field(spec, sentence)) and _NO_THANKS.search(flat):
            # "l'eau froide à 5h du mat, non merci": a no, however the sentence opens.
            return [Finding("answered", False, sentence)]
        if (
            asked
            and n == 0
            and (most := _MOST_OF_IT.search(flat)) is not None
            and not _said_before(spec, flat[: most.start()])
        ):
            # "Hi, also ich kann wahrscheinlich die meiste Zeit": most of it, no yes to all
            # (not of what comes after a yes said in full: "Ja, ich bin schwindelfrei und
            # klettere im Verein, meistens zweimal die Woche")
            return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
        # "Ok, genau: ich kann erst ab dem 1. September": a precision follows, the "ok" says
        # no yes
        sentence = _PRECISION.sub("", sentence, count=1) or sentence
        parts = _yes_but(clauses(sentence))
        if (
            asked
            and n == 0
            and any(_has_short_name(spec, p, msg.lang) for p in parts)
            and not any(_denies_head(spec, p, msg.lang) for p in parts)
            # (not one then doubted: "Hab den PRL-Kurs gemacht, aber ich weiß nicht, ob …")
            and not any(_doubted(" ".join(parts[j:])) for j in range(1, len(parts)))
        ):
            # "Soy estudiante, tengo DNI, nunca he trabajado en una campaña" to a permit
            # asked "DNI o NIE": having the thing named, whatever "never" follows
            return [Finding("answered", True, sentence)]
        # "Não sei bem, ainda não fiz o caminho": after not knowing, only a bare yes or no
        # ("No sé, no creo") answers; a "not" about something else does not.
        unsure = bool(parts) and NOT_KNOWING.match(plain(parts[0]).strip()) is not None
        for i, clause in enumerate(parts):
            # A short clause answers only where it opens its sentence ("Ah, no."): inside
            # one, "not eight" corrects a number, it says no to nothing.
            short = len(clause.split()) <= 3 and i == 0
            # the first clause that says something: "Olá, consigo sim", "Buongiorno,
            # scusate se scrivo in italiano: so nuotare benissimo"
            opening = all(_says_nothing(p) for p in parts[:i])
            if unsure and i > 0 and len(clause.split()) > _BARE_AFTER_UNSURE:
                continue
            if i > 0 and _doubted(" ".join(parts[i:])):
                continue  # its "não" says no to nothing
            if (
                i == 0
                and len(parts) > 1
                and _ACKNOWLEDGED.fullmatch(plain(clause).strip(" ,.!"))
                and _polarity(parts[1], msg.lang) is not None
            ):
                continue  # "Ok, no then.": the "ok" takes note, the "no" answers
            if (
                i == 0
                and len(parts) > 1
                and _ACKNOWLEDGED.fullmatch(plain(clause).strip(" ,.!"))
                and _answers_another(" ".join(parts[1:]), spec, msg)
            ):
                break  # "Okay, Teilzeit wäre gut.": the "okay" takes note of another question
            if i > 0 and msg.lang == "es" and _IF_CLAUSE.match(plain(clause)):
                continue  # "…, si aun así no está conforme, …": an "if", no "sí"
            if asked and ((n == 0 and (i == 0 or not answered_later)) or short):
                polarity = _polarity(clause, msg.lang)
                if polarity is None and n == 0 and opening and _ends_on_yes(clause, msg.lang):
                    polarity = True
                if polarity is None and n == 0 and opening and _able(clause, msg.lang, spec):
                    polarity = True  # "consigo trabalhar em pé tranquilo", "so nuotare"
                later = range(i + 1, len(parts))
                if polarity is True and any(_doubted(" ".join(parts[j:])) for j in later):
                    # "Tenho, mas não sei se ainda está válido": a yes, then not knowing
                    # whether it still holds.
                    return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
                if polarity is not None:
                    return [
                        Finding(
                            "answered",
                            _turned(
                                polarity,
                                clause,
                                parts[i + 1 :],
                                msg.lang,
                                _asks_every(spec),
                                spec,
                            ),
                            sentence,
                        )
                    ]
        # The clause that names the field speaks for it ("I have a licence, no car").
        named_in = [
            c
            for c in parts
            if (
                (
                    (about_field(spec, c) if asked else _names_unasked(spec, _REASON.sub("", c)))
                    and (asked or _not_counted(spec, c, msg))
                )
                # unasked, its question's own words: "consigo trabalhar em pé tranquilo"
                or (not asked and echoes_question(spec, c))
            )
            and not (not asked and _time_spent(spec, c, msg.lang))
            # unasked, work not done names no course or paper: "nunca trabalhei em fábrica"
            # is no "Curso de Boas Práticas de Fabricação: não"
            and not (
                not asked
                and worked_in(c)
                and negated(plain(c), msg.lang)
                and _PAPER_ASKED.search(field_wording(spec))
            )
            # unasked, a limit of something else: "Solo mañanas: de 9 a 14" (the hours
            # asked) is no yes to Saturday mornings
            and not (not asked and _ONLY_OPENS.match(plain(c)))
            # unasked, more of a past work told: "mostly smolt tanks" is no yes to "Can you
            # work the weekend tank rota?"
            and not (not asked and _MOSTLY_OPENS.match(plain(c)))
            # an introduction names no field: "I'm English" to English threads
            and not _INTRODUCTION.fullmatch(c.strip(" ,.!?"))
        ]
        # the clause that says the field's own short name ("tengo DNI" to a permit asked
        # "DNI o NIE"), then one that names it, before one that only echoes its question
        # (and first of all a "but" that turns part of it down: "Carregar eu carrego, mas
        # subir escada várias vezes não consigo" is a no to carrying and climbing)
        named_in.sort(
            key=lambda c: (
                not (_BUT_OPENS.match(plain(c)) and negated(plain(c), msg.lang)),
                not _short_name_said(spec, c),
                not about_field(spec, c),
            )
        )
        named = bool(named_in)
        if not (named or (asked and n == 0 and not answered_later)):
            continue
        if (
            asked
            and named
            and (
                any(
                    _doubted(" ".join(parts[j:]))
                    for j in range(parts.index(named_in[0]) + 1, len(parts))
                )
                or _UNSURE_AT_END.search(plain(sentence))
            )
        ):
            # "I did the NPLQ, but I'm not sure whether it's still in date", "lo del
            # manipulador creo que me lo dieron en un curso, no sé": had once, not known now
            return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
        body = _GREETING.sub("", plain(named_in[0]) if named_in else flat)
        # not the condition inside it: "…, si aun así no está conforme, le daría la hoja"
        body = _CONDITION.sub(",", body)
        if _ONLY_IF.match(body) and not re.search(r"[.,;!…]\s*(?:no|non|nein|nao)\b", flat):
            # "Nur wenn ich es eine Woche vorher weiß", "as long as it's not every week": a
            # yes, on a condition (the "not" is the condition's), unless a no follows.
            return [Finding("answered", True, sentence)]
        if UNDECIDED.search(body) or (asked and not named and NOT_KNOWING.match(body.strip())):
            # "Não sei bem, ainda não fiz o caminho": not knowing, whatever "not" follows
            # (a "no" said after it, "No sé, no creo", was read above).
            if asked:
                return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
            continue
        if NO_PROBLEM.search(body):
            return [Finding("answered", True, sentence)]
        if TOO_MUCH.search(body) and NOT_KNOWING.search(plain(msg.text)):
            # "Saturdays are a bit tricky, … not sure yet": hard, but not decided
            if asked:
                return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
            continue
        if (
            negated(body, msg.lang)
            or TOO_MUCH.search(body)
            or _BUSY.search(body)  # "los fines de semana los tengo ocupados"
            or _EXPIRED.search(flat)
            or (asked and not named and NOT_YET.search(flat))
            or _IN_PROGRESS.search(body if named else flat)
            # "I don't have a SIRET yet, but I'm registering as auto-entrepreneur".
            or (negated(flat, msg.lang) and _YET.search(flat))
        ):
            return [Finding("answered", False, sentence)]
        if named and not asked and _COMING_FROM.search(body):
            # "vengo dalla vendemmia": where one comes from, no yes to "il sabato in vendemmia"
            continue
        if named or (
            asked
            and n == 0
            and _HAVING.match(body.strip())
            # "J'ai le permis D" to "Savez-vous nager ?": another field's thing, had (what
            # follows an "and" is another thing: "tenho o HACCP e 15 anos de cozinha")
            and not any(about_field(o, _THING_HAD.split(body)[0]) for o in msg.others(spec))
        ):
            # "I have a valid security guard card" to "Tem cartão de vigilante?": having,
            # stated first and not negated, says yes in any words.
            return [Finding("answered", True, sentence)]
    return []


# Not knowing, said last after a comma: "…, no sé.", "…, not sure", "…, je sais pas".
_UNSURE_AT_END = re.compile(
    r"[,;]\s*(?:no\s+se|not\s+sure|no\s+idea|je\s+(?:ne\s+)?sais\s+pas|weiss\s+nicht"
    r"|keine\s+ahnung|nao\s+sei|sei\s+la|non\s+so|boh)\W*$"
)
# Where one comes from: "vengo dalla vendemmia", "I come from retail", "vengo de la
# hostelería", "je viens de la restauration", "ich komme aus der Gastro", "venho da obra".
_COMING_FROM = re.compile(
    r"\b(?:i\s+come\s+from|i'?m\s+coming\s+from|vengo\s+(?:da|de)|vengo\s+dal\w*"
    r"|je\s+viens\s+d|ich\s+komme\s+(?:aus|von)|venho\s+d)"
)
# A condition inside a sentence, between commas: ", si aun así no está conforme,".
_CONDITION = re.compile(
    r",\s*(?:if|si|se|wenn|falls|s'il|s'ils)\s+(?!(?:claro|que|not|no|nao|non)\b)"
    # (one with a negation in it: "si tengo papeles" after a greeting is a yes)
    r"(?=[^,.;]*\b(?:not|no|nao|non|nicht|pas|never|nunca|jamais|mai)\b)[^,.;]*(?=,)"
)
# The Spanish "si" that opens a condition inside a sentence: "si aun así no está conforme".
_IF_CLAUSE = re.compile(
    r"^si\s+(?!(?:claro|señor|senor|que|por\s+supuesto)\b)\w+\s+\w+"
    r"(?=.*\b(?:no|nunca|tampoco)\b)"
)
# A number taken back, in the digit form: "nicht 5, sondern 3.5", "not 12", "pas 8"; or
# after the number that replaces it: "volevo dire trentacinque ore, non trenta".
_NUMBER_TAKEN_BACK = re.compile(
    r"\b(?:not|nicht|no|pas|nao|non)\s+(?:\w+\s+)?\d+(?:\.\d+)?\b[^\d.!?]{0,30}\d"
    r"|\d[^\d.!?]{0,30}\b(?:not|nicht|no|pas|nao|non)\s+\d+(?:\.\d+)?(?:\s+[^\W\d_]+)?\s*[.!]?\s*$"
)


# A course, a certificate, a licence or a training, in a field's wording (accent-free).
_PAPER_ASKED = re.compile(
    r"\b(?:curso|course|kurs\w*|cours|corso|certific\w*|zertifikat\w*|licen[cs]e|licenza|permis"
    r"|carnet|carne|cnh|diplom\w*|attestat\w*|[a-z]*schein)\b"
)
# A condition, then a yes: "if it's 5 euros a night then yes", "si son 5 euros entonces sí",
# "wenn es passt, dann ja", "se for perto então sim", "se è vicino allora sì".
_IF_THEN_YES = re.compile(
    r"\b(?:if|si|se|wenn|falls|s'il)\b[^.?!;]*?\b(?:then|entonces|entao|allora|alors|dann)\s+"
    r"(?:yes|yeah|si|sim|oui|ja|sure|claro|certo|volontiers)\b"
)


# Where a field's thing is had or done, after its preposition: "… na fazenda", "… in the
# warehouse", "… auf dem Hof", "… à la ferme", "… nel laboratorio", "… en la finca".
_PLACE_PHRASE = re.compile(
    r"\b(?:in|on|at|aboard|en|na|no|nas|nos|em|dans|sur|au|aux|im|am|beim|nel|nella|nei|nelle"
    r"|sul|sulla)\s+(?:(?:the|a|an|el|la|los|las|le|les|l'|der|dem|den|il|lo|gli|o|a|os|as)\s+)?"
    r"[^\W\d_]+"
)


# A part of the day, in the six languages (folded): "matin", "Nachmittag", "serate".
_DAY_PART = re.compile(rf"\b(?:{DAY_PART_WORDS}|{DAY_PARTS_WORDS}|nachts|morgens)\b")


# A day of the week or the weekend, in the six languages (folded).
_WEEK_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|lunes|martes"
    r"|miercoles|jueves|viernes|sabado|domingo|fin\s+de\s+semana|fines\s+de\s+semana|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|week-end|segunda|terca|quarta|quinta|sexta|lunedi"
    r"|martedi|mercoledi|giovedi|venerdi|sabato|domenica)s?\b"
)


def _names_unasked(spec: FieldSpec, clause: str) -> bool:
    """Whether ``clause`` names the field, unasked, by more than a place or a day's part
    both say: "Foram duas safras na fazenda de um primo" names no "Precisa de alojamento na
    fazenda", "je suis du matin" no "Disponible un dimanche matin sur deux" (where the
    field's label names its thing besides the place, or a day besides the part of it)."""
    if not about_field(spec, clause):
        return False
    if not _named_beyond(spec, clause, _PLACE_PHRASE):
        return False
    # (the part of a named day only: a night shift is named by its nights)
    return not _WEEK_DAY.search(plain(spec.label)) or _named_beyond(
        spec, clause, _DAY_PART, folded=True
    )


def _named_beyond(
    spec: FieldSpec, clause: str, phrase: re.Pattern[str], *, folded: bool = False
) -> bool:
    """Whether ``clause`` still names the field with what ``phrase`` matches taken out of the
    field's label, its question and the clause (each folded first where ``phrase`` is
    written in the folded form)."""
    label, question = spec.label, spec.question or ""
    if folded:
        label, question, clause = plain(label), plain(question), plain(clause)
    rest = phrase.sub(" ", label)
    if rest == label or not (stems(rest) - GENERIC_STEMS):
        return True
    thing = spec.model_copy(update={"label": rest, "question": phrase.sub(" ", question)})
    return about_field(thing, clause) or about_field(spec, phrase.sub(" ", clause))


# A reason given, to the end of the clause: "… because of my medication", "porque …",
# "weil …", "parce que …", "perché …". Unasked, a field named only there is not answered
# ("I can't do nights because of my medication" says nothing of a seafarer medical).
_REASON = re.compile(
    r"\b(?:because(?:\s+of)?|due\s+to|porque|por\s+causa\s+d\w*|a\s+causa\s+d\w*|debido\s+a"
    r"|weil|wegen|parce\s+que|[aà]\s+cause\s+d\w*|perch[eé]|per\s+via\s+d\w*"
    r"|por\s+conta\s+d\w*)\b.*$",
    re.IGNORECASE,
)
_BUT_OPENS = re.compile(r"^\W*(?:but|pero|mas|mais|aber|ma)\b")


def _short_name_said(spec: FieldSpec, clause: str) -> bool:
    """Whether ``clause`` says an acronym of three letters or more that the field's label
    or question names ("DNI", "NIE", "HACCP"): the thing asked about itself."""
    return any(re.search(rf"\b{a}\b", clause, re.IGNORECASE) for a in short_names(spec))


_HAVE_VERB = re.compile(rf"^(?:(?:and|y|e|et|und|ed)\s+)?{I_HAVE}\b")


def _has_short_name(spec: FieldSpec, clause: str, lang: str) -> bool:
    """Whether ``clause`` says the candidate has the thing the field's acronym names:
    "tengo DNI", "I have my CSCS", "ho l'HACCP"."""
    # (the thing had, up to an "and" that goes on to something else: "…seit 2019 und
    # werde nie seekrank")
    flat = re.split(r"\s+(?:and|y|e|und|et|ed)\s+", plain(clause).strip())[0]
    return (
        (_short_name_said(spec, flat) or says_alias(spec, flat))
        and _HAVE_VERB.match(flat) is not None
        and not negated(flat, lang)
        and not _EXPIRED.search(flat)
        and not NOT_YET.search(flat)
    )


_OF_WORK = re.compile(r"^(?:trabaj|trabal|arbeit|travai|lavora|lavoro|worked|workin)")


def _other_licence(spec: FieldSpec, msg: Message) -> Finding | None:
    """A no, for a licence of given classes asked, where the reply names only other
    classes and says no yes: "Nur Klasse B leider", "Non, juste le permis B"."""
    wanted = licence_classes(f"{spec.label} {spec.question or ''}", asked=True)
    said = licence_classes(msg.text)
    if not wanted or not said or said & wanted:
        return None
    if _YES.match(_GREETING.sub("", plain(msg.text)).strip()):
        return None  # "Sí, el B y el C1": a yes said, the classes beside it
    return Finding("answered", False, msg.text)


def _denies_head(spec: FieldSpec, clause: str, lang: str) -> bool:
    """Whether ``clause`` is a negative about the thing asked, in a word of six letters or
    more of its label or question (not a word of working): "pero no permiso de trabajo",
    "pero sin autorización" to "DNI, o NIE con autorización de trabajo"; not "nunca he
    trabajado en una campaña"."""
    own_stems = {
        w[:6] for w in re.findall(r"[a-z]{6,}", field_wording(spec)) if not _OF_WORK.match(w)
    }
    # each part an "and" joins on its own: "…Sportbootführerschein seit 2019 und werde nie
    # seekrank" denies no licence
    return any(
        negated(part, lang) and any(w[:6] in own_stems for w in re.findall(r"[a-z]{6,}", part))
        for part in re.split(r"\s+(?:and|y|e|und|et|ed)\s+", plain(clause))
    )


def _opens_with_polarity(sentence: str, lang: str) -> bool:
    """Whether a sentence opens with a bare yes or no before what it goes on to ask
    ("Bonjour, non, je ne sais pas nager, mais je peux faire l'accueil ?")."""
    parts = clauses(_GREETING.sub("", plain(sentence)))
    return (
        len(parts) > 1
        and len(parts[0].split()) <= _BARE_OPENING
        and _polarity(parts[0], lang) is not None
    )


_BARE_OPENING = 2  # words of a yes or a no that opens a question: "non", "sí claro"


def _not_counted(spec: FieldSpec, clause: str, msg: Message) -> bool:
    """Whether ``clause`` names the field other than as a thing counted: "Cinco campañas
    llevo ya" counts campaigns (the years asked), it says nothing of "Disponible toda la
    campaña"."""
    counted = set(re.findall(r"\d+(?:[.,]\d+)?\s+([^\W\d_]+)", numbers_to_digits(clause, msg.lang)))
    # as written too, past an hour's length: "10 hour shifts, 4 shifts a week" counts shifts
    counted.update(
        re.findall(
            r"\d+(?:[.,]\d+)?[\s-]+(?:(?:hours?|hrs?|horas?|ore|stunden?|heures?|h)[\s-]+)?"
            r"([^\W\d_]+)",
            plain(clause),
        )
    )
    if not counted:
        return True
    kept = [w for w in clause.split() if plain(w).strip(".,;:!?") not in counted]
    return about_field(spec, " ".join(kept))


# A reply that is a yes or a no and nothing more, whatever the question.
_YES_OR_NO = FieldSpec(key="yes_or_no", label="Yes or no", type="yes_no", question="Yes or no?")
# The words a bare yes or no is made of, in the six languages (accent-free).
_YES_NO_WORDS = frozenset(
    "yes yeah yep yup sure course of absolutely definitely ok okay no problem problems worries "
    "si claro vale puedo sin problema problemas por supuesto "
    "ja klar naturlich sicher kann ich kein keine problem gerne nein "
    "oui bien sur d accord je peux pas de souci soucis probleme non "
    "sim posso sem problema com certeza claro nao "
    "certo certamente posso senza problemi problema".split()
)


def bare_yes_or_no(text: str, lang: str) -> bool:
    """Whether a reply is a yes or a no and nothing more ("Posso sim, sem problema")."""
    if not set(re.findall(r"[^\W\d_]+", plain(text))) <= _YES_NO_WORDS:
        return False
    found = read_yes_no(_YES_OR_NO, Message.of(text, _YES_OR_NO, lang))
    return any(f.status == "answered" for f in found)
