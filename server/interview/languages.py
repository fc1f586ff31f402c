"""The languages candidates answer in: which one a text is, and its words for quantities.

Supported: English, Spanish, German, French, Portuguese and Italian. A job's
language is guessed from its own text (long, so reliable); a message's from its
own words (``py3langid``), falling back to the job's when that is unsure ("Ja.").

Quantities are read by one number grammar (:mod:`server.interview.readers.quantity`) on
a *digit form* of each sentence (:mod:`server.interview.numerals`). For another language
that form is made in two steps: spelled numbers become digits through ``text2num``'s
``alpha2digit`` (a maintained library covering these six languages), then the language's
unit and frequency words are glossed into the parser's English words ("6 Stunden am Tag"
→ "6 hours a day").
The gloss is only for the parser; the candidate's own words stay the evidence.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from functools import lru_cache
from typing import cast

from py3langid.langid import MODEL_FILE, LanguageIdentifier
from text_to_num import alpha2digit

LANGUAGES = ("en", "es", "de", "fr", "pt", "it")

# Below this probability a message's own language is not trusted ("Car.", "Ja.", "No."):
# the job's language stands in.
MIN_CONFIDENCE = 0.8


# Languages a candidate mixes in that are read as a close supported one: Catalan as
# Spanish and Galician as Portuguese, their number and unit words first put in that
# language's (:func:`spelled_to_digits`).
READ_AS = {"ca": "es", "gl": "pt"}


@lru_cache(maxsize=1)
def _model() -> LanguageIdentifier:
    """py3langid's model, read from its file once (about 0.4 s)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = copy.deepcopy(_model())
    identifier.set_languages(list(LANGUAGES))
    return identifier


@lru_cache(maxsize=1)
def _regional_identifier() -> LanguageIdentifier:
    identifier = copy.deepcopy(_model())
    identifier.set_languages([*LANGUAGES, *READ_AS])
    return identifier


def guess(text: str, default: str = "en") -> str:
    """The supported language ``text`` is in, by ``py3langid``; ``default`` when unsure. A
    message in Catalan or Galician to a job in Spanish or Portuguese is read in the job's
    language (:data:`READ_AS`)."""
    if not re.search(r"[^\W\d_]{2}", text):
        return default
    if (region := regional(text)) is not None and READ_AS[region] == default:
        return default  # "Porto cinc anys treballant…" to a Spanish job
    lang, probability = _identifier().classify(text)
    return str(lang) if probability >= MIN_CONFIDENCE else default


@lru_cache(maxsize=4096)
def regional(text: str, confidence: float = MIN_CONFIDENCE) -> str | None:
    """The language of :data:`READ_AS` that ``text`` is in, at ``confidence`` or more."""
    if not re.search(r"[^\W\d_]{2}", text):
        return None
    lang, probability = _regional_identifier().classify(text)
    return str(lang) if lang in READ_AS and probability >= confidence else None


# A message this likely in Catalan or Galician has its numbers read in their words.
REGIONAL_WORDS_CONFIDENCE = 0.5


# A language below this probability is not worth reading a message in.
RUNNER_UP_CONFIDENCE = 0.2


def likely(text: str) -> list[str]:
    """The supported languages ``text`` may be in, most probable first, when :func:`guess`
    is unsure of it (a short reply such as "Unas veinte horas." is 0.47 Portuguese and 0.29
    Spanish to ``py3langid``); none when it is sure."""
    if not re.search(r"[^\W\d_]{2}", text):
        return []
    ranked = _identifier().rank(text)
    if ranked[0][1] >= MIN_CONFIDENCE:
        return []
    return [str(lang) for lang, p in ranked if p >= RUNNER_UP_CONFIDENCE]


@lru_cache(maxsize=256)
def job_language(text: str) -> str:
    """The language of a job, from its title, description and questions together."""
    return guess(text, "en")


# ----------------------------------------------------------------------- quantities

# "viereinhalb" → 4.5 (German writes the half into the number word).
_DE_HALF = re.compile(
    r"\b(ein|zwei|drei|vier|funf|fünf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwölf)einhalb\b",
    re.IGNORECASE,
)
_DE_SMALL = {
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "funf": 5,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwolf": 12,
    "zwölf": 12,
}

# Approximations before a number: read as the parser's "about".
_APPROX = {
    "es": r"unos|unas|alrededor\s+de|aproximadamente|cerca\s+de|mas\s+o\s+menos|casi",
    "de": r"etwa|ungef[aä]hr|circa|ca\.|rund|so|knapp|fast|um\s+die",
    "fr": r"environ|a\s+peu\s+pres|pres\s+de|presque|a\s+peu\s+pres|dans\s+les",
    "pt": r"uns|umas|cerca\s+de|aproximadamente|quase|por\s+volta\s+de",
    "it": r"circa|piu\s+o\s+meno|quasi|intorno\s+a",
}

# Unit and frequency words, accent-folded, into the parser's English. Longer phrases first.
# fmt: off
_GLOSS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        # "un cuarto de hora", "media hora": parts of an hour
        (r"\b(?:3|tres) cuartos de hora\b", "0.75 hours"),
        (r"\b(?:un\s+|1\s+)?cuarto de hora\b", "0.25 hours"),
        (r"\b(?:una\s+|1\s+)?media hora\b", "0.5 hours"),
        (r"\ben\s+(?:lugar|vez)\s+de\b", "instead of"),
        (r"\bcero\b", "0"),  # text2num leaves Spanish zero as a word
        (r"\b(?:de|desde\s+las?)\s+(\d{1,2}(?::\d\d)?)\s*(?:h|(\s(?:am|pm)))?\s+(?:a|hasta)\s+"
         r"(?:las?\s+)?(?=\d{1,2}\s*h?\b)",
         r"from \1\2 to "),
        (r"\b(\d+(?:[.,]\d+)?) (anos|ano|meses|mes|horas|hora|semanas|dias) y medi[oa]\b",
         r"\1.5 \2"),
        (r"\bmedio (ano|mes|dia)\b", r"0.5 \1"), (r"\b(?:un\s+)?ano y medio\b", "1.5 years"),
        (r"\b(\d+) ([a-z]+) y medi[oa]\b", r"\1.5 \2"),
        (r"\b(?:a la|por|cada|la|de la|a|por la) semana\b|\bsemanales\b|\bsemanal\b",
         "per week"),
        (r"\b(?:al|por|cada|el) dia\b|\bdiari[oa]s?\b", "a day"),
        (r"\b(?:al|por|cada) mes\b|\bmensuales\b", "per month"),
        (r"\bentre (\d+(?:[.,]\d+)?) y (\d)", r"between \1 and \2"),
        (r"\b(\d+(?:[.,]\d+)?) (?:o|a) (\d)", r"\1 to \2"),
        (r"\bhasta\b", "up to"),
        (r"\b(?:desde|dende)\b", "since"),
        # how often, no count of hours: "dos veces al mes"
        (r"\bveces\b", "times"),
        (r"\banos\b", "years"), (r"\bano\b", "year"), (r"\bmeses\b", "months"),
        (r"\bmes\b", "month"), (r"\bhoras\b", "hours"), (r"\bhora\b", "hour"),
        (r"\bsemanas\b", "weeks"), (r"\bsemana\b", "week"), (r"\bdias\b", "days"),
        (r"\bdia\b", "day"), (r"\bminutos\b", "minutes"), (r"\bkilometros\b", "km"),
        (r"\bun[oa]?\s+(?=(?:year|month|hour|week|day)\b)", "a "),
        (r"\bno\b", "not"), (r"\bsino\b", "but"),
        (r"\b(?:desde\s+hace|hace)\s+(?=\d)", "for "), (r"\bcomo\b", "as a"),
        (r"\b(?:soy|yo\s+soy)\b", "i am a"),
    ),
    "pt": (
        (r"\b(?:3|tres) quartos de hora\b", "0.75 hours"),
        (r"\b(?:um\s+|1\s+)?quarto de hora\b", "0.25 hours"),
        (r"\b(?:em\s+vez|ao\s+inves)\s+de\b", "instead of"),
        (r"\b(?:das|de)\s+(\d{1,2}(?::\d\d)?)\s*(?:h|(\s(?:am|pm)))?\s+(?:as|a|ao|ate)\s+"
         r"(?=\d{1,2}\s*h?\b)",
         r"from \1\2 to "),
        (r"\b(\d+(?:[.,]\d+)?) (anos|ano|meses|mes|horas|hora|semanas|dias) e mei[oa]\b",
         r"\1.5 \2"),
        (r"\bmei[oa] (ano|mes|dia|hora)\b", r"0.5 \1"), (r"\b(?:um\s+)?ano e meio\b", "1.5 years"),
        (r"\b(\d+) ([a-z]+) e mei[oa]\b", r"\1.5 \2"),
        (r"\b(?:por|a cada|cada|na) semana\b|\bsemanais\b|\bsemanal\b", "per week"),
        (r"\b(?:por|ao|cada) dia\b|\bdiari[oa]s?\b", "a day"),
        (r"\b(?:por|ao) mes\b|\bmensais\b", "per month"),
        (r"\bentre (\d+(?:[.,]\d+)?) e (\d)", r"between \1 and \2"),
        (r"\b(\d+(?:[.,]\d+)?) (?:ou|a) (\d)", r"\1 to \2"),
        (r"\bate\b", "up to"), (r"\bdesde\b", "since"), (r"\bvezes\b", "times"),
        (r"\banos\b", "years"), (r"\bano\b", "year"), (r"\bmeses\b", "months"),
        (r"\bmes\b", "month"), (r"\bhoras\b", "hours"), (r"\bhora\b", "hour"),
        (r"\bsemanas\b", "weeks"), (r"\bsemana\b", "week"), (r"\bdias\b", "days"),
        (r"\bdia\b", "day"), (r"\bminutos\b", "minutes"), (r"\bquilometros\b", "km"),
        (r"\bum[a]?\s+(?=(?:year|month|hour|week|day)\b)", "a "),
        (r"\bnao\b", "not"), (r"\bmas\s+sim\b", "but"),
        (r"\b(?:ha|faz)\s+(?=\d)", "for "), (r"\bcomo\b", "as a"), (r"\bsou\b", "i am a"),
    ),
    "fr": (
        (r"\b(?:3|trois) quarts d'heure\b", "0.75 hours"),
        (r"\b(?:un\s+|1\s+)?quart d'heure\b", "0.25 hours"),
        (r"\bau\s+lieu\s+de\b|\bplutot\s+que\b", "instead of"),
        (r"\bde\s+(\d{1,2})\s*h\s*(\d\d)?\s+a\s+(?=\d{1,2}\s*h)", r"from \1 to "),
        (r"\bil y a (\d+(?:[.,]\d+)?) (ans|an|annees|annee|mois|semaines|jours)\b",
         r"\1 \2 ago"),
        (r"\b(\d+(?:[.,]\d+)?) (ans|an|annees|annee|mois|heures|heure|jours) et demie?\b",
         r"\1.5 \2"),
        (r"\b(?:un\s+)?an et demi\b", "1.5 years"),
        (r"\b(\d+) ([a-z]+) et demie?\b", r"\1.5 \2"),
        (r"\b(?:une\s+)?demi-(annee|journee|heure)\b", r"0.5 \1"),
        (r"\bpar semaine\b|\bhebdomadaires?\b|\ba la semaine\b", "per week"),
        (r"\bpar jour\b|\bquotidiennes?\b|\bchaque jour\b", "a day"),
        (r"\bpar mois\b|\bmensuelles?\b", "per month"),
        (r"\bentre (\d+(?:[.,]\d+)?) et (\d)", r"between \1 and \2"),
        (r"\b(\d+(?:[.,]\d+)?) (?:ou|a) (\d)", r"\1 to \2"),
        (r"\bjusqu'?a\b", "up to"), (r"\bdepuis\b", "since"),
        (r"\bannees\b", "years"), (r"\bannee\b", "year"), (r"\bans\b", "years"),
        (r"\ban\b", "year"), (r"\bmois\b", "months"), (r"\bheures\b", "hours"),
        (r"(?<=\d )fois\b", "times"),
        (r"\bheure\b", "hour"), (r"\bsemaines\b", "weeks"), (r"\bsemaine\b", "week"),
        (r"\bjours\b", "days"), (r"\bjour\b", "day"), (r"\bminutes\b", "minutes"),
        (r"\bkilometres\b", "km"),
        (r"\bune?\s+(?=(?:years?|months?|hours?|weeks?|days?)\b)", "a "),
        (r"\bpas\b", "not"), (r"\bmais\b", "but"),
        (r"\b(?:comme|en\s+tant\s+que)\b", "as a"), (r"\bje\s+suis\b", "i am a"),
    ),
    "it": (
        (r"\b(?:3|tre) quarti d'ora\b", "0.75 hours"),
        (r"\b(?:un\s+|1\s+)?quarto d'ora\b", "0.25 hours"),
        (r"\b(?:una\s+|1\s+)?(?:mezz'?ora|mezza ora)\b", "0.5 hours"),
        (r"\binvece\s+di\b|\banziche\b", "instead of"),
        (r"\bdalle\s+(\d{1,2}(?:[:.]\d\d)?)(\s(?:am|pm))?\s+(?:alle|a)\s+(?=\d{1,2}\b)",
         r"from \1\2 to "),
        (r"\b(\d+(?:[.,]\d+)?) (anni|anno|mesi|mese|settimane|giorni) fa\b", r"\1 \2 ago"),
        (r"\b(\d+(?:[.,]\d+)?) (anni|anno|mesi|mese|ore|giorni) e mezz[oa]\b", r"\1.5 \2"),
        (r"\bmezz[oa] (anno|mese|giornata|ora)\b", r"0.5 \1"),
        (r"\b(\d+) ([a-z]+) e mezz[oa]\b", r"\1.5 \2"),
        (r"\b(?:un\s+)?anno e mezzo\b", "1.5 years"),
        (r"\b(?:a|alla|ogni|per|la) settimana\b|\bsettimanali\b|\bsettimanale\b",
         "per week"),
        (r"\b(?:al|ogni|per) giorno\b|\bgiornalier[oie]\b", "a day"),
        (r"\b(?:al|ogni|per) mese\b|\bmensili\b", "per month"),
        (r"\b(?:tra|fra) (\d+(?:[.,]\d+)?) e (\d)", r"between \1 and \2"),
        (r"\b(\d+(?:[.,]\d+)?) (?:o|a) (\d)", r"\1 to \2"),
        (r"\bfino a\b", "up to"),
        (r"\b(?:dal|dall'|dai|da)\s*(?=(?:[a-z]+\s+(?:del\s+)?)?\d{4}\b)", "since "),
        (r"\bvolte\b", "times"),
        (r"\banni\b", "years"), (r"\banno\b", "year"), (r"\bmesi\b", "months"),
        (r"\bmese\b", "month"), (r"\bore\b", "hours"), (r"\bora\b", "hour"),
        (r"\bsettimane\b", "weeks"), (r"\bsettimana\b", "week"), (r"\bgiorni\b", "days"),
        (r"\bgiorno\b", "day"), (r"\bminuti\b", "minutes"), (r"\bchilometri\b", "km"),
        (r"\bun[oa']?\s*(?=(?:year|month|hour|week|day)\b)", "a "),
        (r"\bnon\b", "not"), (r"\bma\b", "but"),
        (r"\bda(?:l|ll'|lla)?\s+(?=(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
         r"|settembre|ottobre|novembre|dicembre)\b)", "since "),
        (r"\bda\s+(?=\d)", "for "), (r"\bcome\b", "as a"), (r"\bsono\b", "i am a"),
    ),
    "de": (
        (r"\b(?:eine[rn]?\s+|1\s+)?viertelstunde\b", "0.25 hours"),
        (r"\b(?:an)?statt\b", "instead of"),
        (r"\bnull\b(?!\s+(?:problem|bock|ahnung)\w*)", "0"),  # zero, not "null Problem"
        (r"\beins\b", "1"),  # the numeral, never the article ("wenn's sein muss eins")
        # "8 bis 16 Uhr", "8-16 Uhr": clock times, not a range of hours.
        (r"\b(\d{1,2}(?::\d\d)?)\s*(?:bis|-|–)\s*(\d{1,2}(?::\d\d)?)\s*uhr\b", r"from \1h to \2h"),
        (r"(?<=\d)\s*uhr\b", ""),
        # "vor zwei Jahren" is a time ago, not a duration.
        (r"\bvor\s+(\d+(?:[.,]\d+)?)\s+(jahren|monaten|wochen|tagen)\b", r"\1 \2 ago"),
        (r"\b(?:ein(?:e[mnrs]?)?\s+)?halbe[snrm]?\s+(jahr|monat|stunde|tag|woche)\w*", r"0.5 \1"),
        (r"\bvon\s+(\d{1,2}(?::\d\d)?)\s+bis\s+(?=\d{1,2}\b)", r"from \1 to "),
        (r"\bpro woche\b|\bin der woche\b|\bdie woche\b|\bwochentlich\b|\bje woche\b"
         r"|\bwochenstunden\b", "per week"),
        (r"\bam tag\b|\bpro tag\b|\btaglich\b|\bje tag\b", "a day"),
        # "Montag bis Donnerstag, jeweils 8 Stunden": each of those days
        (r"\bjeweils\s+(\d+(?:[.,]\d+)?)\s+(?:stunden|std)\b", r"\1 hours a day"),
        # a rate's period, as "pro Woche" is: "am ersten Wochenende im Monat" is no month
        (r"\bim monat\b|\bpro monat\b|\bmonatlich\b", "per month"),
        (r"\bzwischen (\d+(?:[.,]\d+)?) und (\d)", r"between \1 and \2"),
        (r"\b(\d+(?:[.,]\d+)?) (?:oder|bis) (\d)", r"\1 to \2"),
        (r"\bbis zu\b|\bmaximal\b|\bhochstens\b", "up to"), (r"\bseit\b", "since"),
        (r"\bjahren?\b", "years"), (r"\bjahr\b", "year"), (r"\bmonaten?\b", "months"),
        (r"\bmonat\b", "month"), (r"\bstunden\b|\bstd\b", "hours"), (r"\bstunde\b", "hour"),
        (r"\bwochen\b", "weeks"), (r"\bwoche\b", "week"), (r"\btagen?\b", "days"),
        (r"\btag\b", "day"), (r"\bminuten\b", "minutes"), (r"\bkilometer\b", "km"),
        (r"\bein(?:e[mnrs]?)?\s+(?=(?:year|month|hour|week|day)\b)", "a "),
        (r"\bnicht\b", "not"), (r"\bsondern\b", "but"), (r"\bje\b", "each"),
        (r"\bals\b", "as a"), (r"\bich\s+bin\b", "i am a"),
    ),
}
# fmt: on
# Day names (accent-folded), Monday first, and the words for a weekend.
# fmt: off
_DAYS = {
    "es": ("lunes", "martes", "miercoles", "jueves", "viernes", "sabados?", "domingos?"),
    "pt": ("segundas?(?:-feira)?", "tercas?(?:-feira)?", "quartas?(?:-feira)?",
           "quintas?(?:-feira)?", "sextas?(?:-feira)?", "sabados?", "domingos?"),
    "fr": ("lundis?", "mardis?", "mercredis?", "jeudis?", "vendredis?", "samedis?",
           "dimanches?"),
    "it": ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"),
    "de": ("montags?", "dienstags?", "mittwochs?", "donnerstags?", "freitags?", "samstags?",
           "sonntags?"),
}
# Short forms of "Monday to Friday" (and to Saturday): "Mo-Fr", "lun-ven", "seg a sex".
_WORKWEEK = {
    "es": (r"lun\.?", r"vie\.?", r"sab\.?", r"\s*(?:-|–|/|a)\s*"),
    "pt": (r"seg\.?", r"sex\.?", r"sab\.?", r"\s*(?:-|–|/|a)\s*"),
    "fr": (r"lun\.?", r"ven\.?", r"sam\.?", r"\s*(?:-|–|/|au)\s*"),
    "it": (r"lun\.?", r"ven\.?", r"sab\.?", r"\s*(?:-|–|/|al)\s*"),
    "de": (r"mo\.?", r"fr\.?", r"sa\.?", r"\s*(?:-|–|/|bis)\s*"),
}
# fmt: on
_ENGLISH_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKEND = {
    "es": r"fin(?:es)? de semana",
    "pt": r"fins? de semana",
    "fr": r"week-?ends?",
    "it": r"fine settimana|week-?end",
    "de": r"wochenenden?",
}
# "de lunes a viernes", "entre lunes y viernes": a span of days. Without "entre", "y",
# "e", "et", "und" join two days ("lunedì, mercoledì e venerdì" is three days, not four).
_DAYS_ALT = "|".join(_ENGLISH_DAYS)
_DAY_SPAN = re.compile(
    rf"\b(?:(?:de|del|dal|du|von|da|desde)\s+)?({_DAYS_ALT})\s+(?:a|al|alla|au|bis|ao|a la"
    rf"|fino al|fino alla)\s+"
    rf"({_DAYS_ALT})\b|\b(?:entre|zwischen|tra|fra)\s+({_DAYS_ALT})\s+(?:e|et|y|und)\s+({_DAYS_ALT})\b"
)
for _lang, _names in _DAYS.items():
    _mo, _fr, _sa, _to = _WORKWEEK[_lang]
    _GLOSS[_lang] = (
        (rf"\b{_mo}{_to}{_fr}(?!\w)", "monday to friday"),
        (rf"\b{_mo}{_to}{_sa}(?!\w)", "monday to saturday"),
        *((rf"\b{name}\b", day) for name, day in zip(_names, _ENGLISH_DAYS, strict=True)),
        (rf"\b(?:{_WEEKEND[_lang]})\b", "weekend"),
        *_GLOSS[_lang],
    )
_COMPILED = {lang: tuple((re.compile(p), r) for p, r in rules) for lang, rules in _GLOSS.items()}
_APPROX_RE = {
    lang: re.compile(rf"\b(?:{p})\s+(?=\w)", re.IGNORECASE) for lang, p in _APPROX.items()
}


# Words of a language that look like a vocabulary alias in English ("Tag" is a day).
FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "de": frozenset({"tag", "tage", "tagen", "tags"}),
}

# Approximate counts ("une quinzaine d'heures"): about that many.
# fmt: off
_ABOUT_N = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
           "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70,
           "ottantina": 80, "novantina": 90, "centinaio": 100},
    "es": {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30,
           "centenar": 100},
    "pt": {"dezena": 10, "duzia": 12, "quinzena": 15, "vintena": 20, "centena": 100},
}
# fmt: on
# The first or second half of a month ("primera quincena"): the words before its count word.
_HALF_OF_MONTH = "".join(
    rf"(?<!{w}\s)"
    for w in (
        "primera",
        "segunda",
        "première",
        "premiere",
        "deuxième",
        "deuxieme",
        "seconde",
        "prima",
        "seconda",
        "primeira",
        "última",
        "ultima",
        "dernière",
        "derniere",
    )
)  # fmt: skip
# Vague quantities ("unos cuantos años"): the parser's "several".
_SEVERAL = {
    "es": r"unos\s+cuantos|unas\s+cuantas|algunos|algunas|varios|varias|muchos|muchas",
    "pt": r"alguns|algumas|varios|varias|muitos|muitas",
    "fr": r"quelques|plusieurs|pas\s+mal\s+d'|beaucoup\s+d'",
    "it": r"alcuni|alcune|diversi|diverse|parecchi|parecchie|molti|molte|qualche",
    "de": r"ein\s+paar|einige|mehrere|viele",
}


_DAY_PATTERNS = {
    lang: [(re.compile(name), day) for name, day in zip(names, _ENGLISH_DAYS, strict=True)]
    for lang, names in _DAYS.items()
}


# The working week, in the six languages: "y también entre semana si hace falta".
_WEEKDAYS_WORDS = re.compile(
    r"\b(?:entre\s+semana|dias\s+(?:laborables|de\s+semana|uteis)|en\s+semaine"
    r"|jours\s+ouvr(?:ables|es)|unter\s+der\s+woche|wochentags|werktags|werktage"
    r"|durante\s+a\s+semana|in\s+settimana|giorni\s+feriali|infrasettimanal[ei])\b"
)
# Every language's day names and word for a weekend, each with its English, as words; and
# the working week's.
_ANY_DAY_WORDS = (
    *(
        (re.compile(rf"\b(?:{pattern})\b"), english)
        for lang, names in _DAYS.items()
        for pattern, english in (
            *zip(names, _ENGLISH_DAYS, strict=True),
            (_WEEKEND[lang], "weekend"),
        )
    ),
    (_WEEKDAYS_WORDS, "weekdays"),
)


def days_in_english(folded: str) -> str:
    """``folded`` (accent-free, lower case) with the day names and the word for a weekend of
    any of the six languages put in English: "venerdi e sabato" is "friday e saturday"."""
    for pattern, english in _ANY_DAY_WORDS:
        folded = pattern.sub(english, folded)
    return folded


def _days_first(text: str, lang: str) -> str:
    """Day names in English before numbers are read, so "segunda" (Monday) is no "2nd"."""
    patterns = _DAY_PATTERNS.get(lang)
    if not patterns:
        return text

    def swap(m: re.Match[str]) -> str:
        word = strip_accents(m.group()).lower()
        for pattern, day in patterns:
            if pattern.fullmatch(word):
                return day
        return m.group()

    return re.sub(r"[^\W\d_]+(?:-feira)?", swap, text)


_BOTH = re.compile(
    r"\b(?:les\s+deux|los\s+dos|las\s+dos|os\s+dois|as\s+duas|tutt[ie]\s+e\s+due|alle\s+beide)"
    r"(?=\s*(?:[,.;:!?)]|$|y\b|e\b|et\b|und\b|pero\b|mais\b|ma\b|mas\b|aber\b|meme\b|même\b))",
    re.IGNORECASE,
)
# "j'ai fait les trois", "todos los tres", "alle drei": all of them, not the number 3.
_ALL_THREE = re.compile(
    r"\b(?:(?:(?:tous|toutes)\s+)?les\s+trois|(?:todos\s+|todas\s+)?(?:los|las)\s+tres"
    r"|(?:todos\s+|todas\s+)?(?:os|as)\s+tr[eê]s|alle\s+drei|tutt[ie]\s+e\s+tre)"
    r"(?=\s*(?:[,.;:!?)]|$))",
    re.IGNORECASE,
)


# fmt: off
# Catalan and Galician number, unit and time words, in Spanish and Portuguese.
_REGIONAL: dict[str, dict[str, str]] = {
    "ca": {
        "dues": "dos", "uns": "unos", "unes": "unas", "mes o menys": "más o menos",
        "fa": "hace", "quatre": "cuatro", "cinc": "cinco", "sis": "seis",
        "set": "siete", "vuit": "ocho", "nou": "nueve", "deu": "diez", "onze": "once",
        "dotze": "doce", "tretze": "trece", "catorze": "catorce", "quinze": "quince",
        "setze": "dieciséis", "disset": "diecisiete", "divuit": "dieciocho",
        "dinou": "diecinueve", "vint": "veinte", "trenta": "treinta", "quaranta": "cuarenta",
        "cinquanta": "cincuenta", "seixanta": "sesenta", "setanta": "setenta",
        "vuitanta": "ochenta", "noranta": "noventa", "cent": "cien", "mil": "mil",
        "anys": "años", "any": "año", "mesos": "meses", "setmanes": "semanas",
        "setmana": "semana", "hores": "horas", "dies": "días", "mig": "medio",
        "mitja": "media", "i": "y", "nits": "noches", "nit": "noche",
    },
    "gl": {
        "dous": "dois", "catro": "quatro", "once": "onze", "doce": "doze", "trece": "treze",
        "catorce": "catorze", "quince": "quinze", "dezaseis": "dezesseis",
        "dezasete": "dezessete", "dezaoito": "dezoito", "dezanove": "dezenove",
        "corenta": "quarenta", "cincuenta": "cinquenta", "sesenta": "sessenta",
        "xornada": "jornada", "semanas": "semanas", "dende": "desde", "ata": "até",
        "unha": "uma", "mes": "mês",
    },
}
# fmt: on
# Catalan tens and units joined ("vint-i-cinc", "trenta-dos"), as Spanish writes them.
_CA_UNITS = {
    "u": "uno",
    "un": "uno",
    "dos": "dos",
    "tres": "tres",
    "quatre": "cuatro",
    "cinc": "cinco",
    "sis": "seis",
    "set": "siete",
    "vuit": "ocho",
    "nou": "nueve",
}
_REGIONAL["ca"] |= {f"vint-i-{ca}": f"veinti{es}" for ca, es in _CA_UNITS.items()}
_REGIONAL["ca"] |= {
    f"{tens}-{ca}": f"{_REGIONAL['ca'][tens]} y {es}"
    for tens in ("trenta", "quaranta", "cinquanta", "seixanta", "setanta", "vuitanta", "noranta")
    for ca, es in _CA_UNITS.items()
}
_REGIONAL_WORDS = {
    region: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    for region, words in _REGIONAL.items()
}


_IT_ELIDED_END = {
    "vent": "i", "trent": "a", "quarant": "a", "cinquant": "a", "sessant": "a",
    "settant": "a", "ottant": "a", "novant": "a", "quattr": "o",
}  # fmt: skip
_IT_ELIDED = re.compile(
    r"\b(\w*?)(vent|trent|quarant|cinquant|sessant|settant|ottant|novant|quattr)['’](?=[^\W\d_])",
    re.IGNORECASE,
)


def spelled_to_digits(text: str, lang: str) -> str:
    """``text`` with the language's spelled numbers as digits ("veinticinco" → "25").

    Isolated "one"-words stay words ("un hotel" is not "1 hotel"); the gloss turns
    "un año" into "a year" for the parser instead.
    """
    if lang == "en":
        # Compound numbers only ("two hundred and fifty"); English's own rules read the rest.
        return cast(str, alpha2digit(text, "en", threshold=20))  # text_to_num is untyped
    if lang not in _COMPILED:
        return text
    region = regional(text, REGIONAL_WORDS_CONFIDENCE)
    if region is not None and READ_AS[region] == lang:
        text = _REGIONAL_WORDS[region].sub(lambda m: _REGIONAL[region][m.group().lower()], text)
    if lang == "it":
        # "vent'anni", "quarant'anni", "ventiquattr'ore": a ten or a four elided
        text = _IT_ELIDED.sub(
            lambda m: f"{m.group(1)}{m.group(2)}{_IT_ELIDED_END[m.group(2).lower()]} ", text
        )
    if lang == "de":
        text = _DE_HALF.sub(lambda m: f"{_DE_SMALL[m.group(1).lower()] + 0.5:g}", text)
        text = re.sub(r"\banderthalb\b", "1.5", text, flags=re.IGNORECASE)
    text = _days_first(text, lang)
    # "Les deux, même si…", "los dos", "tutti e due": both, not the number 2.
    text = _BOTH.sub("both", text)
    text = _ALL_THREE.sub("all of them", text)
    for word, n in _ABOUT_N.get(lang, {}).items():
        # (not a half of a month: "la deuxième quinzaine de septembre", "primera quincena")
        text = re.sub(
            rf"\b{_HALF_OF_MONTH}(?:(?:une?|una|uma|un')\s*)?{word}\b\s*(?:d'|de\s+|di\s+)?",
            f"about {n} ",
            text,
            flags=re.IGNORECASE,
        )
    if lang in _SEVERAL:
        text = re.sub(rf"\b(?:{_SEVERAL[lang]})\s*", "several ", text, flags=re.IGNORECASE)
    text = _APPROX_RE[lang].sub("about ", text)
    text = _NUMBER_PAIR.sub(lambda m: _split_pair(m, lang), text)
    # Ordinals stay words: "dez segundos" is ten seconds, not "10 2ᵒˢ", and "segunda-feira"
    # is Monday, not "2ª-feira".
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        if not _is_ordinal(m.group(), lang):
            return m.group()
        kept.append(m.group())
        return f"\uf8ff{len(kept) - 1}\uf8ff"

    text = re.sub(r"[^\W\d_]+", keep, text)
    text = cast(str, alpha2digit(text, lang, threshold=1.5))
    return re.sub("\uf8ff(\\d+)\uf8ff", lambda m: kept[int(m.group(1))], text)


_ORDINAL_FORM = re.compile(r"\d+(?:\.|º|ª|ᵒ|ᵃ|ˢ|ème|eme|er|re|e|nd|rd|st|th|o|a|os|as)+")


@lru_cache(maxsize=4096)
def _is_ordinal(word: str, lang: str) -> bool:
    """Whether text_to_num writes ``word`` as an ordinal ("segundos" → "2ᵒˢ")."""
    return bool(_ORDINAL_FORM.fullmatch(cast(str, alpha2digit(word, lang, threshold=0))))


# Two spelled numbers joined by a hyphen are a range ("trentacinque-quaranta"), unless the
# whole is one number ("vingt-cinq", "soixante-dix").
_NUMBER_PAIR = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def _split_pair(match: re.Match[str], lang: str) -> str:
    word = match.group()
    if alpha2digit(word, lang, threshold=0) != word:
        return word
    parts = word.split("-")
    for k in range(1, len(parts)):
        left, right = "-".join(parts[:k]), "-".join(parts[k:])
        if all(alpha2digit(p, lang, threshold=0).isdigit() for p in (left, right)):
            return f"{left} - {right}"
    return word


# "tres años y cuatro meses" → "3 years and 4 months", once the units are glossed.
_YEARS_AND = re.compile(r"\b(years?) (?:y|e|und|et) (?=\d)")


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn"
    )


def gloss(folded: str, lang: str) -> str:
    """Unit, frequency and range words of ``lang`` in the parser's English (folded input;
    the result has no accents)."""
    folded = strip_accents(folded)
    for pattern, replacement in _COMPILED.get(lang, ()):
        folded = pattern.sub(replacement, folded)
    folded = _YEARS_AND.sub(r"\1 and ", folded)
    if lang not in _DAYS:
        return folded
    return _DAY_SPAN.sub(
        lambda m: f"{m.group(1) or m.group(3)} to {m.group(2) or m.group(4)}", folded
    )
