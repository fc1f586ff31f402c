"""Short and long text have no reader (the reply is the value): their length limits, checks,
and the spans of a short reply the model may choose as the part that answers."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from server.interview.languages import LANGUAGES, guess, strip_accents
from server.interview.numerals import numbers_to_digits
from server.interview.readers.subject import (
    field_wording,
    plain,
)
from server.interview.readers.yes_no import without_greeting
from server.interview.spec import FieldSpec

TEXT_LIMITS: dict[str, int] = {"short_text": 200, "long_text": 2000}

# A short reply longer than this is offered to the model whole only: its spans would be
# too many to list (n words make n(n+1)/2 of them).
SPAN_WORDS = 40
# Punctuation that ends or opens a word rather than belonging to it ("Leith," "(B2)").
_EDGE = ".,;:!?¡¿\"'“”‘’«»()[]{}…-–—"
_WORD = re.compile(r"\w")


def validate_text(spec: FieldSpec, value: str) -> tuple[str | None, str | None]:
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) < 2 or not re.search(r"\w", value):
        return None, "that answer is empty"
    return value[: TEXT_LIMITS.get(spec.type, 2000)], None


def _words(reply: str) -> list[tuple[int, int]]:
    """Each word's slice of ``reply`` without the punctuation around it ("C++" and "B2"
    keep theirs: only the characters of ``_EDGE`` are taken off the ends)."""
    out = []
    for match in re.finditer(r"\S+", reply):
        a, b = match.span()
        while a < b and reply[a] in _EDGE:
            a += 1
        while b > a and reply[b - 1] in _EDGE:
            b -= 1
        if b > a and _WORD.search(reply, a, b):
            out.append((a, b))
    return out


def spans(reply: str) -> list[str]:
    """Every run of whole words of ``reply`` (whitespace made single), as written: the
    choices the model has for the part of a short reply that answers the question. The
    whole reply (without its closing punctuation) comes first."""
    text = " ".join(reply.split())
    words = _words(text)
    if not words:
        return []
    if len(words) > SPAN_WORDS:
        return [text[words[0][0] : words[-1][1]]]
    found = [text[words[0][0] : words[-1][1]]]
    for i, (a, _) in enumerate(words):
        for _, b in words[i:]:
            found.append(text[a:b])
    return list(dict.fromkeys(found))


# A comma, semicolon or "and"/"or" (six languages) just before a run of words.
_LIST_GOES_ON = re.compile(
    r"(?:[,;]|\b(?:and|or|e|ed|y|o|et|ou|und|oder|sowie))\s*"
    # …or a preposition just after the comma: "Chez ma tante, à La Teste" keeps the aunt.
    r"(?:(?:à|a|au|en|in|at|em|no|na|bei|im|in|zu|da|di|del|do|near|cerca|perto|pres|près)\s+)?$",
    re.I,
)


def answering_span(spec: FieldSpec, reply: str, chosen: str | None) -> str | None:
    """``chosen`` where it can stand as the answer: one of ``reply``'s :func:`spans` that
    names something the question does not (a number, or a word of three letters or more
    that starts otherwise than the question's words: "Vivo en" repeats "¿En qué barrio
    vives?" and names no place) and does not start inside a list or after a comma.
    ``None`` leaves the whole reply as the answer."""
    if chosen is None or chosen not in spans(reply):
        return None
    text = " ".join(reply.split())
    if _LIST_GOES_ON.search(text[: text.find(chosen)]):
        # "Pão de forma, broas, croissants e pastéis de nata" → "pastéis de nata", "Falo
        # italiano, a minha mãe é de Nápoles" → the aside: a run that starts after a comma
        # or an "and" of its sentence leaves out what came first, most often the answer.
        return None
    if _part_of_a_list(text, chosen):
        return None
    before = strip_accents(text[: text.find(chosen)])
    if chosen[:1].islower() and re.search(r"\w[,;]?\s+[A-Z][\w'-]*\s+$", before):
        # "De Villarrubia de los Ojos" → "de los Ojos": a name cut after its first word (a
        # capital inside the sentence, not the one that opens it)
        return None
    if text[: text.find(chosen)].rstrip().endswith("("):
        # "I was in the panto chorus two years running (Aladdin and then Cinderella)" →
        # the brackets: an aside to what the sentence before them answers
        return None
    after = text[text.find(chosen) + len(chosen) :]
    if _AND_GOES_ON.match(after) or _SO_GOES_ON.match(after):
        # "Ich spiele Gitarre und kann Kinderschminken" → "Gitarre": the "and" goes on to
        # more of the answer; "im on a zero hours contract so just a week": the "so" to it
        return None
    if re.search(r"\d\s*$", before):
        return None  # "libre à partir du 4 janvier" → "janvier": a date cut from its day
    first = re.split(r"[,;.!?]", text, maxsplit=1)[0]
    if text.find(chosen) >= len(first) and len(first.split()) >= _FIRST_CLAUSE_WORDS:
        # "Con la mia auto, abito a Zero Branco" → "Zero Branco": the reply answers first,
        # and what follows is an aside
        # (not a greeting: "Hola buenas tardes, vivo en Chamberí" → "Chamberí")
        if len(_own_words(spec, without_greeting(first))) >= 2:
            return None
    return chosen if _own_words(spec, chosen) else None


def names_example_item(spec: FieldSpec, text: str) -> bool:
    """Whether a reply names something the field's example names ("Lucidatrice a nastro
    Breton, fresa a ponte…" to the example "lucidatrice a nastro, telaio, fresa a ponte"):
    a thing of the kind the employer asks for, not a word of the question itself."""
    if not spec.example:
        return False
    flat = field_wording(spec)
    asked = {w[:_ITEM_STEM] for w in re.findall(r"[^\W\d_]+", flat)}
    items = {w[:_ITEM_STEM] for w in re.findall(r"[^\W\d_]{5,}", plain(spec.example))} - asked
    return bool(items & {w[:_ITEM_STEM] for w in re.findall(r"[^\W\d_]{5,}", plain(text))})


_ITEM_STEM = 6


def names_listed_item(spec: FieldSpec, text: str) -> bool:
    """Whether a reply names, whole, one of the things its question lists in brackets
    ("en San Isidro no puedo" to "¿Hay alguna fiesta (San Isidro, San Cayetano, La
    Paloma) en la que no puedas trabajar?")."""
    flat = plain(text)
    for listed in re.findall(r"\(([^()]{3,})\)", plain(spec.question or "")):
        items = re.split(r"\s*(?:,|;|/|\bor\b|\bo\b|\bou\b|\boder\b|\be\b|\by\b|\bet\b)\s*", listed)
        for item in items:
            item = re.sub(
                r"^(?:e\.?g\.?|p\.?\s*ej\.?|z\.?\s*b\.?|ex\.?|es\.?|etc)\W*|\W*etc\W*$", "", item
            )
            if len(item) >= _LISTED_ITEM and re.search(rf"(?<!\w){re.escape(item)}(?!\w)", flat):
                return True
    return False


_LISTED_ITEM = 4  # letters of the shortest item of a question's list named whole
# A first clause this long may answer by itself.
_FIRST_CLAUSE_WORDS = 3
# "… so just a week", "… donc une semaine", "… quindi una settimana": a conclusion follows.
_SO_GOES_ON = re.compile(
    r"^\s*,?\s*(?:so|then|thus|donc|alors|quindi|dunque|also|daher|deshalb|entonces|asi\s+que"
    r"|por\s+eso|entao|portanto|logo)\s+\w",
    re.IGNORECASE,
)


def _own_words(spec: FieldSpec, text: str) -> list[str]:
    """The words of ``text`` that its question does not say: numbers, and words of three
    letters or more that start otherwise than the question's words."""
    asked = {w[:3] for w in re.findall(r"\w+", plain(f"{spec.question or ''} {spec.label}"))}
    return [
        w
        for w in re.findall(r"\w+", plain(text))
        if w.isdigit() or (len(w) >= 3 and w[:3] not in asked)
    ]


# A sentence that enumerates: two commas, or a comma and then an "and" (six languages).
_ENUMERATION = re.compile(r",[^,]*,|,.*\b(?:and|e|ed|y|et|und|sowie|or|ou|o|oder)\b", re.IGNORECASE)
_AND_GOES_ON = re.compile(r"^\s+(?:and|e|ed|y|et|und|sowie)\s+\w", re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"^\s*(?:,|\b(?:and|e|ed|y|et|und|sowie)\b)", re.IGNORECASE)


def _part_of_a_list(text: str, chosen: str) -> bool:
    """Whether ``chosen`` is only some items of the enumeration in its sentence
    ("Montiermaschine, Wuchtmaschine, Hebebühne" before "und das RDKS-Gerät"; "pintura e
    higienização" after "Polimento, cristalização, vitrificação de"): the list is the answer."""
    start = text.find(chosen)
    end = start + len(chosen)
    opens = max((m.end() for m in re.finditer(r"[.!?;]\s", text[:start])), default=0)
    closes = re.search(r"[.!?;](?:\s|$)", text[end:])
    sentence_end = end + closes.start() if closes else len(text)
    if not _ENUMERATION.search(text[opens:sentence_end]):
        return False
    return "," in text[opens:start] or bool(_LIST_CONTINUES.match(text[end:sentence_end]))


# A short-text field asking which languages someone speaks ("Idiomas", "Fremdsprachen",
# "Language pairs"), in the six languages...
_LANGUAGES_ASKED = re.compile(
    r"\b(?:languages|language\s+pairs?|idiomas|lenguas|sprachen|fremdsprachen|sprachkenntnisse"
    r"|langues|linguas|lingue)\b"
)
# ...or which other ones, when it names one itself ("Languages besides English").
_OTHER = re.compile(
    r"\b(?:other|besides|apart\s+from|otr[oa]s|ademas\s+del?|andere\w*|ausser|autres?"
    r"|outr[oa]s|alem\s+d[oa]|altr[ei]|oltre|en\s+plus\s+d[ue]|a\s+part)\b"
)
# Names of languages Babel has no entry of its own for.
_MORE_LANGUAGE_NAMES = (
    "mandarin", "cantonese", "creole", "criollo", "crioulo", "filipino",
    # Spanish by its other name, in the six languages
    "castellano", "castelhano", "castillan", "castigliano", "kastilisch",
    # sign languages by their usual initials
    "lsf", "lse", "lsb", "lis", "bsl", "asl", "dgs", "libras", "lgp", "lsc",
)  # fmt: skip


# Codes of the locale data that name no language: "varios idiomas" (mul), "idioma
# desconocido" (und), "sin contenido lingüístico" (zxx), "idiomas sin codificar" (mis).
_NO_LANGUAGE = frozenset({"mul", "und", "zxx", "mis"})


@cache
def _language_names() -> re.Pattern[str]:
    """Every language's name in the six interface languages, from Babel's locale data
    (accent-free, case-folded)."""
    names = set(_MORE_LANGUAGE_NAMES)
    for code in LANGUAGES:
        for language, name in Locale.parse(code).languages.items():
            if len(name) >= 3 and language not in _NO_LANGUAGE:
                names.add(plain(name))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def asks_languages(spec: FieldSpec) -> bool:
    """Whether ``spec`` asks which languages the candidate speaks (and is no question about
    one language's level: "Sprachkenntnisse Deutsch" takes "B2")."""
    words = field_wording(spec)
    if spec.type != "short_text" or not _LANGUAGES_ASKED.search(words):
        return False
    return _language_names().search(words) is None or _OTHER.search(words) is not None


@cache
def _language_codes() -> dict[str, str]:
    """Each language's name in the six interface languages → its code ("portugues" → "pt")."""
    codes: dict[str, str] = {}
    for code in LANGUAGES:
        for language, name in Locale.parse(code).languages.items():
            if len(name) >= 3 and language not in _NO_LANGUAGE:
                codes.setdefault(plain(name), language.split("_")[0])
    return codes


def _languages_in(text: str) -> set[str]:
    codes = _language_codes()
    return {codes.get(m.group(), m.group()) for m in _language_names().finditer(plain(text))}


def other_languages(spec: FieldSpec, text: str) -> set[str] | None:
    """For a question of which languages the candidate speaks, the languages ``text`` names
    that the question does not ("Falo inglês fluente" to "… além do português?" is
    ``{"en"}``; "Só português mesmo" is the empty set: none besides it); ``None`` where the
    field asks no such thing or the text names no language."""
    if not asks_languages(spec):
        return None
    said = _languages_in(text)
    if not said:
        return None
    asked = f"{spec.label} {spec.question or ''}"
    own = _languages_in(asked)
    if _FOREIGN.search(plain(asked)):
        # "Parli lingue straniere? Quali?": the question's own language is none of them
        # ("Solo italiano, purtroppo" names no foreign one)
        own |= {guess(asked, "")} - {""}
    return said - own


# Foreign languages, asked: "lingue straniere", "idiomas extranjeros", "Fremdsprachen",
# "langues étrangères", "línguas estrangeiras", "foreign languages".
_FOREIGN = re.compile(
    r"\b(?:foreign|extranjer[oa]s?|fremd\w*|etrangere?s?|estrangeir[oa]s?|stranier[ei])\b"
)


# Speaking a language, in the six: "hablo francés", "falo inglês", "ich spreche", "I speak".
_SPEAKS = re.compile(
    r"\b(?:i\s+(?:also\s+)?speak|speak|hablo|falo|parlo|spreche|je\s+parle|parle|domino"
    r"|me\s+defiendo\s+en)\b"
)


def languages_spoken(spec: FieldSpec, text: str, others: tuple[FieldSpec, ...] = ()) -> str | None:
    """Unasked, the clause of ``text`` that says the candidate speaks a language the
    question of languages does not name ("y también hablo francés porque mi madre es de
    Lyon" to "¿Hablas algún otro idioma además del español y el inglés?"), nor another
    field of the job (``others``: "je parle anglais couramment" is the "Niveau d'anglais"
    asked apart); ``None`` if none."""
    if not asks_languages(spec):
        return None
    asked = _languages_in(f"{spec.label} {spec.question or ''}")
    for other in others:
        if other.key != spec.key:
            asked |= _languages_in(other.label)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _NOT_SPOKEN.search(plain(sentence)):
            continue  # "Perdona, solo hablo un poco de español": about the reply's language
        for clause in re.split(r"[,;]\s*|\s+(?:but|pero|mais|aber|mas|ma)\s+", sentence):
            if _SPEAKS.search(plain(clause)) and _languages_in(clause) - asked:
                return clause.strip(" .!?")
    return None


# A question of where the candidate lives: "Which town or village do you live in?",
# "¿En qué barrio vives?", "Wohnort", "Commune de résidence", "Bairro onde mora".
_WHERE_LIVED = re.compile(
    r"\b(?:live|lives|living|home\s+(?:area|town)|reside\w*|vives|vive|vivis|vivir|residencia"
    r"|wohn\w*|habite\w*|habitez|residence|moras?|morar|mora|abiti|abita|vivi|residenza)\b"
)
_DISTRICT = re.compile(
    r"\b(?:bairro|barrio|quartier|stadtteil|ortsteil|quartiere|neighbou?rhood|district|zona)\b"
)
_TOWN = re.compile(
    r"\b(?:town|village|city|municipality|pueblo|municipio|ciudad|localidad|cidade|ville"
    r"|commune|stadt|ort|wohnort|gemeinde|citta|comune|paese"
    # a region ("Região onde mora", Brasília's "região administrativa"): a town's level
    r"|regiao|region|regione|regio)\b"
)
_CONNECTOR = (
    r"(?:de|del|de\s+la|de\s+los|do|da|dos|das|di|della|an|am|im|der|sur|sous|en|le|la|les)"
)
# Saying where one lives, and the place, capitalised: "I live in Embsay", "vivo en Villarrubia
# de los Ojos", "ich wohne in Mülheim an der Ruhr", "j'habite à Rothau", "moro no Batel".
_LIVES_IN = re.compile(
    r"\b(?i:i\s+live|i'?m\s+living|i\s+am\s+living|i'?m\s+based|i\s+am\s+based|we\s+live|vivo"
    r"|resido|ich\s+wohne|wohne(?:\s+ich)?|j'habite|j'?vis|je\s+vis|je\s+r[ée]side|moro|eu\s+moro"
    r"|abito|risiedo|sto)\s+(?i:(?:just\s+)?(?:in|en|a|à|em|no|na|nel|nella|nei|im|in\s+der|at|au"
    r"|aux|ad|bei)\s+)(?P<place>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:"
    + _CONNECTOR
    + r"\s+){0,2}[A-ZÀ-Ý][\w'’-]*){0,3})"
)


def asks_where_lived(spec: FieldSpec) -> bool:
    """Whether ``spec`` asks where the candidate lives (a town, a district)."""
    return spec.type == "short_text" and (_WHERE_LIVED.search(field_wording(spec)) is not None)


# A short reply that opens with a name, alone before a comma, a full stop or its end:
# "Barra, near the lighthouse.", "Lavapiés.", "Santo Stefano Belbo." (not "Gleich hier nah").
_OPENS_WITH_A_NAME = re.compile(
    r"^\W*[A-ZÀ-Ý][^\W\d_]{2,}(?:[\s'-]+(?:d[aeiou]s?\s+|de\s+la\s+|del\s+)?[A-ZÀ-Ý][^\W\d_]+)*"
    r"\s*(?:[,.;!]|$)"
)
_NAME_REPLY_WORDS = 6


def names_a_place_first(text: str) -> bool:
    """Whether a short ``text`` opens with a capitalised name (after any greeting)."""
    text = text.strip()
    rest = text[len(text) - len(without_greeting(text)) :]  # (as written: its capitals)
    return len(rest.split()) <= _NAME_REPLY_WORDS and _OPENS_WITH_A_NAME.match(rest) is not None


def place_lived(spec: FieldSpec, text: str) -> str | None:
    """Unasked, the place ``text`` says the candidate lives in, for a question of where
    they live ("Ten minutes tops, I live in Embsay just up the road" → "Embsay"); ``None``
    if it says none."""
    asked = field_wording(spec)
    if not _WHERE_LIVED.search(asked) or (_DISTRICT.search(asked) and not _TOWN.search(asked)):
        # (a district asked: "vivo en Camboriú" names the town, not the "bairro")
        return None
    m = _LIVES_IN.search(text)
    return m.group("place") if m else None


# Not speaking it, or an apology for it: "I don't speak Portuguese yet", "Sorry, I only
# speak a little Italian" (said to excuse the reply's language, not to answer).
_NOT_SPOKEN = re.compile(
    r"\b(?:not|don'?t|do\s+not|no|non|nao|nicht|kein\w*|pas|ne|only\s+(?:speak\s+)?a\s+little"
    r"|sorry|perdon\w*|scusa\w*|desculp\w*|desole\w*|entschuldig\w*)\b"
)


def names_a_language(text: str) -> bool:
    """Whether ``text`` names a language in any of the six ("inglés", "Englisch", "occitan")."""
    return _language_names().search(plain(text)) is not None


def languages_named(text: str) -> int:
    """How many languages ``text`` names ("Englisch gut, dazu etwas Italienisch": two)."""
    return len({m.group() for m in _language_names().finditer(plain(text))})


# A question asking when: "When could you start?", "¿Cuándo podrías empezar?", an
# "Earliest start date" label.
_WHEN_ASKED = re.compile(
    r"\b(?:when|cuando|wann|quand|quando|start\s+date|earliest\s+start|fecha\s+de\s+"
    r"(?:inicio|incorporacion)|eintrittstermin|eintrittsdatum|startdatum|date\s+de\s+"
    r"(?:debut|demarrage|prise\s+de\s+poste)|data\s+de\s+(?:inicio|entrada)|data\s+di\s+inizio)\b"
)
_N = (
    r"(?:\d+|a|an|one|two|three|four|six|un|una|uno|dos|tres|cuatro|seis|zwei|drei|vier|sechs"
    r"|deux|trois|quatre|dois|duas|due|tre|quattro|sei)"
)
# A time said in words: now, soon, in so many weeks, a span of notice ("a month's notice",
# "quince días de preaviso"), in six languages.
_TIME_SAID = re.compile(
    rf"\b(?:now|today|tomorrow|immediately|straight\s+away|right\s+away|asap|as\s+soon\s+as"
    rf"|next\s+(?:week|month)"
    rf"|ya|ahora|hoy|inmediatamente|de\s+inmediato|enseguida|cuanto\s+antes"
    rf"|(?:semana|mes)\s+que\s+viene|proxim[ao]\s+(?:semana|mes)|dentro\s+de|a\s+partir\s+de"
    rf"|sofort|jetzt|heute|nachste\s+woche|nachsten\s+monat"
    rf"|tout\s+de\s+suite|immediatement|des\s+maintenant|des\s+que\s+possible|aujourd'?hui"
    rf"|demain|semaine\s+prochaine|mois\s+prochain|a\s+partir\s+du"
    rf"|agora|imediatamente|hoje|amanha|(?:semana|mes)\s+que\s+vem|daqui\s+a"
    rf"|subito|adesso|oggi|domani|settimana\s+prossima|mese\s+prossimo|a\s+partire\s+da"
    rf"|{_N}\s+(?:days?|weeks?|months?|dias|semanas|mes|meses|tagen?|wochen|monaten?|jours"
    rf"|semaines|mois|giorni|settimane|mesi))\b"
)


@cache
def _calendar_names() -> re.Pattern[str]:
    """Month and day names in the six interface languages, from Babel's locale data."""
    names: set[str] = set()
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            names.update(plain(n) for n in locale.months[context]["wide"].values())
            names.update(plain(n) for n in locale.days[context]["wide"].values())
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def asks_when(spec: FieldSpec) -> bool:
    """Whether a short text question asks when (a start date, a day free)."""
    return spec.type == "short_text" and bool(_WHEN_ASKED.search(field_wording(spec)))


def names_a_time(text: str, lang: str = "en") -> bool:
    """Whether ``text`` says a time: a month or a day by name, a date, or words for now,
    soon or in so many weeks ("Straight away", "a partir del 15", "dès la semaine
    prochaine", "early January", "con quince días de preaviso" read in ``lang``)."""
    flat = plain(text)
    return bool(
        _TIME_SAID.search(flat)
        or _TIME_SAID.search(numbers_to_digits(flat, lang))
        or _calendar_names().search(flat)
        or re.search(r"\b\d{1,2}[./-]\d{1,2}\b", flat)
    )
