"""Numbers as digits: the digit form of a sentence that the quantity readers read.

:func:`numbers_to_digits` writes number words, common fractions and thousands as digits,
puts another language's numbers and units in these words first
(:mod:`server.interview.languages`), turns a start date into a duration counted to
:func:`today` ("since March 2023" → "for 3.75 years") and a span of clock times into hours
a day ("from 9 to 13" → "4 hours a day"). A pure function of its arguments and the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from server.interview import languages
from server.interview.text import clean, fold

# fmt: off
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
# fmt: on
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORD = re.compile(
    r"(?<!\bthat\s)(?<!\bthis\s)(?<!\bthe\s)(?<!\bno\s)(?<!\bany\s)(?<!\beach\s)(?<!\bwhich\s)"
    r"\b(?:(?P<tens>"
    + "|".join(_TENS)
    + r")(?:[\s-](?P<unit>"
    + "|".join(k for k in _UNITS if _UNITS[k] and _UNITS[k] < 10)
    + r"))?|(?P<small>"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"))\b(?!\s+of\b|-on-|\s+another\b)"
)
_UNIT_WORDS = r"(?:years?|yrs?|months?|mos?|weeks?|wks?|hours?|hrs?|days?)"


# "the last one", "the other one", "the first one", "if I have to pick one": "one" stands for
# a thing named before.
_ONE_AS_PRONOUN = re.compile(
    r"\b(?:(?:the|that|this|which|any|each|every)\s+[a-z]+|pick|picked|picking|choose|chose"
    r"|choosing|select)\s+$"
)


def _word_number(match: re.Match[str]) -> str:
    if match.group("small"):
        if (
            match.group("small") == "one"
            and _ONE_AS_PRONOUN.search(match.string, 0, match.start())
            and not re.match(rf"\s+{_UNIT_WORDS}\b", match.string[match.end() :])
        ):
            return match.group()
        return str(_UNITS[match.group("small")])
    value = _TENS[match.group("tens")]
    if match.group("unit"):
        value += _UNITS[match.group("unit")]
    return str(value)


_THOUSAND_WORD = r"\s?(?:k|thousand|tausend|mil|mille|mila)\b(?!m\b|g\b)"
_THOUSANDS_RANGE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)(\s*(?:-|to|and|und|bis|oder|y|o|a|et|ou|à|e)\s*)"
    r"(\d+(?:[.,]\d+)?)" + _THOUSAND_WORD,
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)" + _THOUSAND_WORD, re.IGNORECASE)


_THOUSAND_AND = re.compile(
    r"(?<![\d.,])(\d+000)\s+(?:(?:e|y|und|et|and|ed)\s+)?(\d{1,3})\b(?![.,]\d)"
    r"(?!\s*(?:k|mil|mille|mila|thousand|tausend|%|years?|anos?|anni|jahre|ans)\b)"
)


def _thousand(number: str) -> str:
    return f"{float(number.replace(',', '.')) * 1000:g}"


# A number word inside a name counts nothing: "Santo António dos Cavaleiros", "vivo en Dos
# Hermanas", "Sete Rios": lower case after a capitalised word and before another, or
# capitalised inside a sentence before one.
# (Romance languages only: German writes every noun capitalised, "im Lager zwei Jahre".)
_NAME_NUMBERS = (
    "dos tres três cuatro quatro cinco seis sete siete ocho oito nueve nove diez dez cien cem "
    "mil due tre sei sette otto dieci cento deux trois quatre cinq sept huit neuf dix cent"
).split()
_IN_A_NAME = re.compile(
    rf"(\b[A-ZÀ-Ý][\w'’-]*\s+)({'|'.join(_NAME_NUMBERS)})(?=\s+[A-ZÀ-Ý])"
    rf"|(?<=[\w,]\s)()({'|'.join(w.capitalize() for w in _NAME_NUMBERS)})(?=\s+[A-ZÀ-Ý])"
)


def _in_a_name(m: re.Match[str]) -> str:
    before = m.group(1) or m.group(3) or ""
    return f"{before}_{m.group(2) or m.group(4)}"


_AND_A_HALF = re.compile(
    r"\b(\d+|uno|um|un|one)\s+(?:and|y|e|et|ed)\s+(?:medio|meio|mezzo|demi)\b(?!\s*(?:hora|ora|heure))"
)
_ONE_THING_AND_A_HALF = re.compile(
    r"\b(?:1|une?|una|uno|um|uma|an?|one|ein|eine|einen)\s+([^\W\d_]{3,})"
    r"\s+(?:and\s+a\s+half|et\s+demie?|y\s+medi[oa]|e\s+mei[oa]|e\s+mezz[oa])\b"
)
_EACH = re.compile(r"\b(?:cada\s+un[oa]|cada\s+uma?|chacune?|ciascun[oa]|ognuna|ognuno)\b")
_BETWEEN_AND = re.compile(
    r"\b(?:entre|zwischen|tra|fra)\s+(?:(?:i|gli|le|los|las|les|os|as|den)\s+)?(\d+(?:[.,]\d+)?)"
    r"\s+(?:e|y|et|und|and)\s+(?:(?:i|gli|le|los|las|les|os|as|den)\s+)?(?=\d)(\d+)"
)
_OVER_THE_MONTH = re.compile(
    r"\b(?:sur\s+le|au|par|over\s+the|im|pro|al|nel|no|por)\s+(?:mois|months?|mese|monat|mes)\b"
    r"(?!\s+(?:of|de|di|d')\b)"
)


def digit_forms(text: str) -> list[str]:
    """``text`` in the digit form of each of the six languages, for a text whose language
    is not known ("deux", "vier", "nur 2 jahre lager")."""
    return [numbers_to_digits(text, lang) for lang in languages.LANGUAGES]


def numbers_to_digits(text: str, lang: str = "en") -> str:
    """Lower-case ``text`` with number words and common fractions written as digits.

    "a year and a half" → "1.5 years", "twenty-five" → "25", "an hour" → "1 hour",
    "a couple of" → "2", "half a year" → "0.5 year". Another language's numbers and
    units are first put in these words (:mod:`server.interview.languages`), and a start
    date becomes a duration ("since March 2023" → "for 3.75 years", against today).
    """
    # Thousands separators ("50.000", "2,500", "50 000") go first, so no parser reads a
    # decimal in them; a decimal has one to two digits after its mark.
    text = re.sub(
        r"(?<![\d.,])(\d{1,3})((?:[.,\u202f\u00a0]\d{3})+)(?![\d.,]\d)",
        lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)),
        text,
    )
    # "2 100 € brut", "24 000 € par an": a plain space groups thousands before money.
    text = _SPACED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2), text)
    if lang != "en":
        # "entre 1 200 et 1 500 pieds": the other five languages group thousands with a
        # space before anything (not a chain of groups, which a phone number is)
        text = _SPACE_GROUPED.sub(lambda m: m.group(1) + m.group(2), text)
    # "45k", "4k words a day", "2,5k": thousands ("55 to 60k" is thousands at both ends).
    text = _THOUSANDS_RANGE.sub(
        lambda m: f"{_thousand(m.group(1))}{m.group(2)}{_thousand(m.group(3))}", text
    )
    thousands = _THOUSANDS.search(text) is not None
    text = _THOUSANDS.sub(lambda m: _thousand(m.group(1)), text)
    if lang != "de":
        text = _IN_A_NAME.sub(_in_a_name, text)
    t = fold(languages.spelled_to_digits(clean(text), lang))
    if thousands:
        # "R$ 2 mil e quinhentos", "2 mil 500": the thousands and the hundreds after them.
        t = _THOUSAND_AND.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), t)
    # "das 7 ao meio-dia", "till noon", "bis Mitternacht": noon and midnight as clock times.
    t = _noon_and_midnight(t, lang)
    # "de 8 a 14hs": "hs" is hours; "dalle 9 all'una": one o'clock.
    t = re.sub(r"(?<=\d)\s?hs\b", " h", t)
    t = re.sub(r"(?<=\d)(\s+)all'una\b", r"\1alle 1", t)
    # "de seis de la tarde a dos de la madrugada": a time of day, before the span is glossed
    t = _TIME_OF_DAY.sub(_time_of_day, t)
    if lang != "en":
        t = languages.gloss(t, lang)
    # "viernes y sábado, 8 horas cada una": two days joined and each of them
    t = _DAYS_JOINED.sub(r"\1 and ", t)
    t = _EACH.sub("each", t)
    # A range in another of the six languages than the job's: "entre 15 e 20" on a
    # Spanish job, "zwischen 5 und 6" on a French one.
    t = _BETWEEN_AND.sub(r"between \1 and \2", t)
    # "Sur le mois je peux faire 100 heures" (French on an Italian job): a month's count
    t = _OVER_THE_MONTH.sub("per month", t)
    t = _since_to_duration(t)
    # "make that four": a number said again (no "that one" pointing at something)
    t = re.sub(r"\bmake\s+that\s+", "make it ", t)
    t = _NUMBER_WORD.sub(_word_number, t)
    # "2 and a half years", "seven and a half hours", "sieben einhalb": before the days of
    # so many hours ("two days of seven and a half hours") are read
    t = re.sub(r"\b(\d+)\s+(?:and\s+a\s+half|einhalb)\b", lambda m: f"{int(m.group(1)) + 0.5:g}", t)
    # "cinco años … y uno y medio acá", "due e mezzo": a half in the masculine, as years
    # and months are counted (a clock's half is feminine: "las dos y media")
    t = _AND_A_HALF.sub(lambda m: f"{(int(m.group(1)) if m.group(1).isdigit() else 1) + 0.5:g}", t)
    # "une raquette et demie", "a racket and a half", "una raqueta y media": one and a half
    # of anything counted
    t = _ONE_THING_AND_A_HALF.sub(r"1.5 \1", t)
    # "seis, sete piscinas", "five, six hours": two close counts of one thing are a range.
    t = _COMMA_RANGE.sub(_comma_range, t)
    # "7 or 8 of them", as the other languages' "7 o 8" already reads: a range
    t = re.sub(r"\b(\d+(?:\.\d+)?) or (\d)", r"\1 to \2", t)
    # "a 6-month placement", "a two-year contract": the number and its unit.
    t = re.sub(r"\b(\d+(?:\.\d+)?)-(?=(?:years?|months?|weeks?|days?)\b)", r"\1 ", t)
    if lang == "es":
        # "llamé al 112 y avisé", "una Eagle One y un molino": "y" is no year.
        t = re.sub(r"(\d)\s+y\b", r"\1 and", t)
    # "tre giorni pieni", "drei volle Tage": days, however full.
    t = _FULL_DAYS.sub(r"\1 days", t)
    # "three mornings a week", "tre mattine a settimana": days a week, whatever part of them.
    t = _PARTS_OF_DAYS.sub(r"\1 days a week", t)
    # "a month, about 160 hours", "im Monat 160 Stunden": the period first, the hours after.
    t = _PERIOD_FIRST.sub(_period_last, t)
    # "four days of eight hours", "vier Tage à acht Stunden": a week of days.
    t = _DAYS_OF_HOURS.sub(
        lambda m: f"{m.group(2).replace(',', '.')} hours a day, {m.group(1)} days a week", t
    )
    t = _HOURS_A_PART_FOR_N.sub(r"\1 hours a day, \2 days a week", t)
    t = _HOURS_A_PART_N.sub(r"\1 hours a day, \2 days a week", t)
    t = _TIMES_EACH.sub(_times_each, t)
    # "escala 6x1", "escala 5x2": the Brazilian week of days on and days off
    t = _DAYS_ON_OFF.sub(
        lambda m: (
            f"{m.group(1)} days a week" if int(m.group(1)) + int(m.group(2)) == 7 else m.group()
        ),
        t,
    )
    # "8 ore x 3 giorni", "6 hours x 4 days": hours a day, so many days
    t = _HOURS_TIMES_DAYS.sub(r"\1 hours a day, \2 days a week", t)
    # "2 evenings of 2 hrs", "3 mañanas de 4 horas": so many hours in the week
    t = _PARTS_OF_HOURS.sub(lambda m: f"{int(m.group(1)) * float(m.group(2)):g} hours a week", t)
    t = _THREE_QUARTERS.sub("0.75 hours", t)
    t = _ONE_AND_A_HALF.sub(lambda m: f"1.5 {m.group(1)}", t)
    t = _NOT_THE_OTHER.sub(
        lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)}{m.group(4)} {m.group(5)} {m.group(2)}", t
    )
    # "sei giorni su sette", "6 jours sur 7": days of the week; "8 hours a day for 5 days"
    # ("per cinque giorni", "durante cinco dias", "an 5 Tagen"): as many days a week.
    t = _DAYS_OUT_OF_7.sub(r"\1 days a week", t)
    # "eight-hour shifts", "turnos de 8 horas": hours a day.
    # (a "turn" is the railway's and the stage's shift: "eleven-hour turns")
    t = re.sub(r"\b(\d+(?:\.\d+)?)[-\s]hours?\s+(?:shifts?|days?|turns)\b", r"\1 hours a day", t)
    t = re.sub(
        r"\b(?:shifts?|turnos?|schichten?|dienste?|equipes?|turni|postes?|plantoes|plantao)"
        r"\s+(?:of|de|von|da|di|for|zu|a)\s+(\d+(?:\.\d+)?)\s*hours?\b",
        r"\1 hours a day",
        t,
    )
    # "3 shifts of 12 hours a week", "four 10-hour shifts a week": so many days of them.
    t = _SHIFTS_A_WEEK.sub(r"\2 hours a day, \1 days a week", t)
    # "17 heures 30 par semaine": 17.5 hours (not a clock time: no "à 18 heures" after it).
    t = _HOURS_AND_MINUTES.sub(lambda m: f"{int(m.group(1)) + int(m.group(2)) / 60:g} hours", t)
    # "um minuto e 10 segundos", "1 minute 20": a time in seconds.
    t = _MINUTES_SECONDS.sub(
        lambda m: f"{_minutes_count(m.group(1)) * 60 + int(m.group(2))} seconds", t
    )
    t = _FOR_N_DAYS.sub(r"\1, \2 days a week", t)
    t = re.sub(r"\ba\s+dozen\b", "12", t)
    t = re.sub(r"(\d)\s*-?ish\b", r"\1", t)
    t = re.sub(r"\b(?:a\s+)?couple(?:\s+of)?\b(?=\s+" + _UNIT_WORDS + r")", "2", t)
    t = re.sub(r"\bhalf\s+an?\s+(year|month|week|hour|day)\b", r"0.5 \1", t)
    t = _HALF_A_DISTANCE.sub(r"0.5 \1", t)
    t = re.sub(r"\b(?:an?|1)\s+fortnight(?:'?s)?\b|\bfortnight(?:'?s)?\b", "2 weeks", t)
    t = _A_WEEK.sub(_one_week, t)
    # "um por mês", "uno al mese", "one a week": one per period.
    t = re.sub(
        r"\b(?:um|uma|uno|una|un|une|ein|eine|einen|one)\s+(?=(?:a|per)\s+(?:months?|weeks?|days?)\b)",
        "1 ",
        t,
    )
    t = _A_YEAR.sub(_one_year, t)
    # "a circa un chilometro", "a um quilômetro", "einen Kilometer": one of a distance
    t = _ONE_DISTANCE.sub("1 ", t)
    # "une saison de kiwis", "una temporada", "eine Saison": one season, counted
    t = _ONE_SEASON.sub(lambda m: _one_season(m, lang), t)
    # "1 year and a half", "2 and a half years", "1.5yrs"
    t = re.sub(
        r"\b(\d+)\s+(" + _UNIT_WORDS + r")\s+and\s+a\s+half\b",
        lambda m: f"{int(m.group(1)) + 0.5:g} {m.group(2)}",
        t,
    )
    t = re.sub(r"(\d)(?=(?:years?|yrs?|y|months?|mos?|hours?|hrs?|h|weeks?|wks?)\b)", r"\1 ", t)
    # "an hour and a quarter", "three quarters of an hour"
    t = re.sub(
        r"\b(\d+)\s+(hours?)\s+and\s+a\s+quarter\b",
        lambda m: f"{int(m.group(1)) + 0.25:g} hours",
        t,
    )
    # "una hora y diez", "1 Stunde und 20", "an hour 15": hours and minutes, in minutes;
    t = re.sub(
        # minutes as people say them: 5, 10, … 55 ("1 hora e 2 ônibus" is two buses)
        r"\b(\d+)\s+hours?\s+(?:(?:and|y|e|und|et|ed)\s+)?([1-5]?[05])\b"
        r"(?:\s*(?:minutes?|mins?|minutos?|minuten|minuti))?(?!\s*(?:hours?|h|days?|weeks?|[.,]\d))",
        lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))} minutes",
        t,
    )
    t = re.sub(r"\b(?:3|three)\s+quarters\s+of\s+(?:an|1)\s+hour\b", "0.75 hours", t)
    t = re.sub(r"\b(?:a\s+)?quarter\s+of\s+(?:an|1)\s+hour\b", "0.25 hours", t)
    # "dodici euro e cinquanta", "12 euros y 50 céntimos": a decimal amount of money.
    t = _CENTS.sub(lambda m: f"{m.group(1)}.{int(m.group(3) or m.group(4)):02d} {m.group(2)}", t)
    # "5h du matin", "alle 6 di sera": a time of day, not a number of hours.
    t = _TIME_OF_DAY.sub(_time_of_day, t)
    # Clock times written in words ("from seven till four") are digits only now.
    t = _TIME_SPAN.sub(_span_hours, t)
    t = _BARE_SPAN.sub(_bare_span_hours, t)
    t = _TWO_SPANS.sub(lambda m: f"{float(m.group(1)) + float(m.group(2)):g} hours a day", t)
    return _BREAK.sub(_minus_break, t)


_FULL_DAYS = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(?:(?:full|whole|volle|ganze)\s+days|days\s+(?:full|pieni|piene"
    r"|interi|intere|completos|completas|completi|complete|enteros|enteras|pleins|entiers"
    r"|inteiros|inteiras))\b"
)


# fmt: off
_MONTHS = (
    ("january", "jan", "enero", "ene", "januar", "janvier", "janv", "janeiro", "gennaio", "gen"),
    ("february", "feb", "febrero", "februar", "fevrier", "fevr", "fevereiro", "fev", "febbraio"),
    ("march", "mar", "marzo", "marz", "mars", "marco"),
    ("april", "apr", "abril", "abr", "avril", "avr", "aprile"),
    ("may", "mayo", "mai", "maio", "maggio", "mag"),
    ("june", "jun", "junio", "juni", "juin", "junho", "giugno", "giu"),
    ("july", "jul", "julio", "juli", "juillet", "juil", "julho", "luglio", "lug"),
    ("august", "aug", "agosto", "ago", "aout"),
    ("september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro", "set",
     "settembre"),
    ("october", "oct", "octubre", "oktober", "okt", "octobre", "outubro", "out", "ottobre", "ott"),
    ("november", "nov", "noviembre", "novembre", "novembro"),
    ("december", "dec", "diciembre", "dic", "dezember", "dez", "decembre", "dezembro",
     "dicembre"),
)
# fmt: on
_MONTH_INDEX = {name: i + 1 for i, names in enumerate(_MONTHS) for name in names}
# Months named in full (or as "Mai", "sept"), never by a short form that is a word too
# ("set", "out", "mar"): the Italian "mai" is "never", the Italian "Marco" a name.
_MONTH_NAMES = "|".join(
    sorted((k for k in _MONTH_INDEX if len(k) > 3 or k == "mai"), key=len, reverse=True)
)
# (after the French "d'" too: "d'avril à octobre", "fin d'août")
_MONTH_WORD = re.compile(rf"(?:(?<![\w'])|(?<=\bd'))({_MONTH_NAMES})(?![\w'])")
# A day of a month: "8 e 9 de julho", "le 12 juillet", "March 3".
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:\s+(?:e|y|et|und|and|ed|a|to|-)\s+\d{{1,2}})?\s+(?:de\s+|di\s+|of\s+)?"
    rf"(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b(?!\s*(?:h|:|\d))"
)


def names_a_date(text: str) -> bool:
    """Whether ``text`` names a day of a month ("dias 8 e 9 de julho", "le 12 juillet")."""
    return _DATE.search(languages.strip_accents(fold(text))) is not None


def names_a_month(text: str) -> bool:
    """Whether ``text`` names a month of the year in any of the six languages."""
    return _MONTH_WORD.search(languages.strip_accents(fold(text))) is not None


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Two days joined in another language's "and": "friday y saturday" (names already English).
_DAYS_JOINED = re.compile(rf"\b({_WEEKDAY}s?)\s+(?:y|e|et|und|ed)\s+(?={_WEEKDAY}s?\b)")
_DAY_THEN_MONTH = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th|er|o|\.)?\s+(?:de\s+|of\s+)?(?P<month>{_MONTH_NAMES})\b"
)
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}\s+(?:the\s+)?$")
_ARTICLE_BEFORE = re.compile(r"\b(?:le|el|the|il|am|o|on\s+the|du|au)\s+$")


def day_of_month(d: str, start: int) -> bool:
    """Whether the number at ``start`` of the digit form ``d`` is a day of a month: "lundi
    11 janvier", "the 5th of January", or "le 8" where the message names a month or a day
    of the week. A date counts no hours nor years."""
    if _DAY_THEN_MONTH.match(d, start) or _WEEKDAY_BEFORE.search(d, 0, start):
        return True
    return bool(
        _ARTICLE_BEFORE.search(d, 0, start)
        and re.match(r"\d{1,2}(?!\d)", d[start:])
        and (_MONTH_WORD.search(d) or re.search(rf"\b{_WEEKDAY}\b", d))
    )


def months_named(flat: str, lang: str) -> list[int]:
    """The months (1 to 12) named in the folded text ``flat``, in the order said:
    "Mai bis September" is [5, 9]."""
    return [
        _MONTH_INDEX[m.group(1)]
        for m in _MONTH_WORD.finditer(flat)
        if not (lang == "it" and m.group(1) in ("mai", "marco"))
    ]


# A season stands for its middle month: "since summer 2021" is since July 2021.
_SEASONS = {
    1: ("winter", "invierno", "hiver", "inverno"),
    4: ("spring", "primavera", "fruhling", "fruhjahr", "printemps"),
    7: ("summer", "verano", "sommer", "ete", "verao", "estate"),
    10: ("autumn", "fall", "otono", "herbst", "automne", "outono", "autunno"),
}
_MONTH_INDEX |= {name: month for month, names in _SEASONS.items() for name in names}
_SINCE_DATE = re.compile(
    r"\b(?:since|started\s+in|starting\s+in|began\s+in|from)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:the|el|la|le|der|dem|o|il|lo)\s+|l')?"
    r"(?:(?P<month>"
    + "|".join(sorted(_MONTH_INDEX, key=len, reverse=True))
    + r")\.?\s+(?:of\s+|de\s+|del\s+|do\s+|di\s+|du\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*(?:-|to|until)\s*\d)"
)


# Verbs of starting (work, a job) in the six languages, accents folded.
_START_VERBS = (
    r"(?:started|began|begun|joined|empece|empezo|comence|comenzo|inicie|comecei|comecou"
    r"|iniciei|commence|debute|iniziato|iniziata|cominciato|cominciata|angefangen|begonnen"
    r"|eingestiegen|anfing|begann)"
)
_A_DATE = (
    r"(?:(?P<month>" + "|".join(sorted(_MONTH_INDEX, key=len, reverse=True)) + r")\.?\s+"
    r"(?:of\s+|de\s+|del\s+|do\s+|di\s+|du\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*(?:-|to|until|bis|a|al|ao|au)\s*\d)"
)
_STARTED_THEN_DATE = re.compile(
    rf"(?P<lead>\b{_START_VERBS}\b[^.;!?\d]{{0,60}}?\b(?:(?:in|en|em|no|na|nel|nell'|im|au"
    rf"|a)\s+)?(?:(?:the|el|la|le|o|il|lo|l')\s*)?){_A_DATE}"
)
# Since an event dated a few words on: "da quando mi sono diplomata all'Accademia, nel
# 2020", "ever since I moved here in 2019", "desde que llegué en 2021", "depuis que j'ai
# eu mon CAP en 2018", "seit ich 2017 nach Köln gezogen bin".
_SINCE_WHEN_DATE = re.compile(
    r"(?P<lead>\b(?:ever\s+since|since\s+(?:i|we|que|ich)|da\s+quando|desde\s+que|depuis\s+que"
    r"|desde\s+quando|seit(?:dem)?\s+ich)\b[^.;!?\d]{0,80}?\b(?:(?:in|en|em|no|na|nel|nell'|im"
    rf"|au|a)\s+)?(?:(?:the|el|la|le|o|il|lo|l')\s*)?){_A_DATE}"
)
# Starting school or studies is no start of work: "Ho iniziato la scuola nel 2005".
_STUDIES = re.compile(
    r"\b(?:school|college|university|uni|studies|studying|degree|course|escuela|colegio"
    r"|universidad|carrera|estudios|estudiar|curso|instituto|ecole|fac|faculte|universite"
    r"|etudes|lycee|schule|studium|gymnasium|scuola|universita|studi|liceo|escola"
    r"|faculdade|estudos|estudar)\b"
)
# German puts the verb last, after all the rest of the clause: "im März 2023 als Aushilfe
# bei nem Fahrradverleih in Hamburg angefangen".
_DATE_THEN_STARTED = re.compile(
    rf"\b{_A_DATE}(?P<tail>[^.;!?\d]{{0,80}}?\b(?:angefangen|begonnen|eingestiegen)\b)"
)


_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,])(\d{1,3}) (\d{3})(?![\d.,]?\d)(?=\s*(?:€|eur\b|euros?\b|brut|net|lord|bruto|reais"
    r"|r\$|\$|£|chf|francs?\b|k€))",
    re.IGNORECASE,
)
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,])(?<!\d\s)(\d{1,3}) (\d{3})(?![\d.,]?\d)(?!\s\d)(?![^\W\d_])"
)
# "4 hours a day puis 4 hours a day": a day in two spans ("de 8h à 12h puis de 14h à 18h").
_TWO_SPANS = re.compile(
    r"\b(\d+(?:\.\d+)?) hours a day\s*(?:,|;)?\s*(?:and|then|puis|et|y|luego|e|depois|und|dann"
    r"|poi|e\s+poi|y\s+luego|e\s+depois|und\s+dann|et\s+puis|,)\s+(\d+(?:\.\d+)?) hours a day\b"
)
_COMMA_RANGE = re.compile(
    r"(?<![\d.,])(\d{1,3}),\s+(\d{1,3})(?=\s+[^\W\d_])(?!\s+(?:and|y|e|et|und|ed|or|o|ou|oder)\b)"
)


def _comma_range(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    return f"{a} to {b}" if a < b <= max(a + 2, 2 * a) else m.group()


# Noon and midnight as the end of a span of clock times ("7 till noon", "das 7 ao
# meio-dia", "von 8 bis Mitternacht") or its start ("from noon to 6", "de midi à 18h").
_CLOCK_END = (
    r"(?<=\d)(\s*(?:h|am|pm|uhr)?\s+(?:to|till|until|til|[aà]|al|ao|[aà]s|hasta|at[eé]|au"
    r"|jusqu'?[aà]|alle|a|fino\s+a|bis)\s+)(?:the\s+|el\s+|la\s+|o\s+|a\s+|le\s+|il\s+)?"
)
_CLOCK_START = r"(?<!\w)(from|de|desde|das|du|dalle|da|von|ab)\s+(?:el\s+|o\s+|le\s+|il\s+)?"
_CLOCK_NEXT = (
    r"(?=\s+(?:to|till|until|[aà]|[aà]s|a\s+las|hasta(?:\s+las)?|at[eé](?:\s+[aà]s)?|alle|bis)"
    r"\s+\d)"
)
_NOON = r"(?:noon|midday|mediod[ií]a|meio[- ]dia|midi|mezzogiorno|mittags?)\b"
_MIDNIGHT = r"(?:midnight|medianoche|meia[- ]noite|minuit|mezzanotte|mitternacht)\b"
_TO = re.compile(r"\bto\b")
_NOON_END = re.compile(_CLOCK_END + _NOON)
_NOON_START = re.compile(_CLOCK_START + _NOON + _CLOCK_NEXT)
_MIDNIGHT_END = re.compile(_CLOCK_END + _MIDNIGHT)


def _noon_and_midnight(t: str, lang: str) -> str:
    h = "h" if lang == "fr" else ""  # French clock spans are read with their "h"
    # "9 to noon" is a span of the clock, as "9 till 12" is (a bare "9 to 12" may be amounts).
    t = _NOON_END.sub(lambda m: _TO.sub("till", m.group(1)) + "12" + h, t)
    t = _NOON_START.sub(lambda m: f"{m.group(1)} 12{h}", t)
    return _MIDNIGHT_END.sub(lambda m: f"{m.group(1)}24{h}", t)


# "from 9 to 13", "from 9am to 1pm": hours in a day (the other languages' spans are glossed
# into this form first).
_TIME_SPAN = re.compile(
    r"\bfrom\s+(?P<a>\d{1,2})(?:[:.h](?P<am>\d\d))?\s*(?P<ap>am|pm|h)?\s+(?:to|till|until)\s+"
    r"(?P<b>\d{1,2})(?:[:.h](?P<bm>\d\d))?(?:\s*(?P<bp>am|pm|h))?\b"
    r"(?!\s*(?:hours?|hrs?|days?|years?))"
)


def _span_hours(m: re.Match[str]) -> str:
    start = int(m.group("a")) + int(m.group("am") or 0) / 60
    end = int(m.group("b")) + int(m.group("bm") or 0) / 60
    if m.group("ap") == "pm" and start < 12:
        start += 12
    if m.group("bp") == "pm" and end < 12:
        if not m.group("ap") and start < end:
            start += 12  # "6 to 10pm": both in the evening
        end += 12
    if end <= start:
        # "from 9 to 5" ends in the afternoon; "from 23 to 7", "dalle 22 alle 6" the next
        # morning (a start on the 24-hour clock's evening side crosses midnight).
        end += 12 if end < 12 and not m.group("bp") and start <= 12 else 24
    hours = end - start
    if not 0 < hours <= 16 or start > 24:
        return m.group()
    marked = any(m.group(g) for g in ("am", "ap", "bm", "bp"))
    if not marked and (int(m.group("b")) > 24 or hours <= _UNMARKED_SPAN_MIN):
        # "de 20 a 25", "de 5 a 6 (clientes)": with no "h" or "am", numbers this close or
        # past the clock's 24 are a range of amounts, not a stretch of the day.
        return m.group()
    return f"{hours:g} hours a day"


# The shortest stretch of the day a span of bare numbers is read as (hours).
_UNMARKED_SPAN_MIN = 2


# "seven till four", "9-5", "9am-5pm": a span of clock times with no "from", taken only
# where it cannot be a range of amounts (a "till", a time of day, or an end before the start).
_BARE_SPAN = re.compile(
    r"(?<![\d.,:/-])(?P<a>\d{1,2})(?:[:.](?P<am>\d\d))?\s*(?P<ap>am|pm)?\s*"
    r"(?P<to>till|until|til|-|–|to)\s*"
    r"(?P<b>\d{1,2})(?:[:.](?P<bm>\d\d))?\s*(?P<bp>am|pm)?(?![\w.,:/-]*\d)"
    r"(?!\s*(?:hours?|hrs?|h|days?|years?|yrs?|weeks?|months?|minutes?|mins?|%|euros?|€"
    r"|people|times|kg|km)\b)(?![\w€%])"
)


def _bare_span_hours(m: re.Match[str]) -> str:
    a, b = int(m.group("a")), int(m.group("b"))
    clock = m.group("to") in ("till", "until", "til") or m.group("ap") or m.group("bp")
    if not clock and not (b < a <= 12 and b >= 1):
        return m.group()
    return _span_hours(m)


# A break taken out of a day's hours: "seven till four, with an hour for lunch" (8 hours),
# "9-5 minus lunch" (7 to 7.5: a lunch of no stated length is half an hour to an hour).
_BREAK = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?) hours a day(?P<mid>[^.;\d]{0,24}?)\s*\b(?:with|minus|less"
    r"|excluding|without|not\s+counting|plus|and|con|menos|mit|ohne|abzuglich|avec|moins"
    r"|senza|meno|com|tirando)\s+(?:(?:an?|the|my|una|la|el|eine|der|une|la|un|uma|a)\s+)?"
    r"(?:(?P<q>\d+(?:\.\d+)?)\s*(?P<u>hours?|h|minutes?|mins?|minutos?|minuten|minuti)\s+)?"
    r"(?:(?:for|of|off\s+for|para|de|fur|pour|per|di|da)\s+)?(?:lunch|lunch\s*break|break"
    r"|pause|meal\s+break|comer|almorzar|almuerzo|comida|mittag\w*|dejeuner|repas|pranzo"
    r"|pausa|almoco|almocar)\b"
)


def _minus_break(m: re.Match[str]) -> str:
    day = float(m.group("n"))
    if m.group("q") is not None:
        q = float(m.group("q")) / (60 if m.group("u").startswith("m") else 1)
        if not 0 < q < day:
            return m.group()
        return f"{day - q:g} hours a day{m.group('mid')}"
    if day <= 1:
        return m.group()
    return f"{day - 1:g} to {day - 0.5:g} hours a day{m.group('mid')}"


_PERIOD_FIRST = re.compile(
    # "Im Monat so um die 80 Stunden" is glossed "1 month about about 80 hours"
    r"\b(?:(?:a|per|each|every|in\s+a|1)\s+(?P<unit>month|week|day)|(?P<adv>monthly|weekly|daily))"
    r"\b\s*[,:]?\s*(?P<q>(?:(?:about|around|roughly|approx(?:imately)?|some|so|maybe|almost"
    r"|nearly|up\s+to|at\s+most|at\s+least|max|over|under|~)\s+)+)?"
    r"(?P<n>\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?)\s*(?:hours?|hrs?|h)\b"
    # Not where the hours name their own period ("durante a semana, 100 horas por mês").
    r"(?!\s*(?:a|per|each|every|in\s+a|/)\s*(?:month|week|day|year)\b)"
)


# "a week's notice", "a day or two": one week, one day; never a rate ("20 hours a week",
# "300 euros a week", "twice a week"), where a number or a count comes just before.
_A_WEEK = re.compile(r"\ban?\s+(weeks?|days?)(?:'s)?(?!\w)")
_RATE_BEFORE = re.compile(r"(?:\d[^\d.,;:!?]{0,24}|\b(?:once|twice|times|hours?|days?)\s+)$")


_CENTS = re.compile(
    r"\b(\d+)\s*(euros?|€|eur|reais|dollars?|pounds?|francs?)\s+(?:e|y|et|und|and|com|con)\s+"
    r"(?:(\d\d)\b(?!\s*(?:hours?|h|days?|weeks?|months?|years?|%))|(\d{1,2})\s*(?:cents?"
    r"|centimos|centimes|centavos|centesimi|cent)\b)"
)
_MORNING = (
    r"du\s+matin|du\s+mat|de\s+la\s+manana|da\s+manha|di\s+mattina|del\s+mattino|in\s+the\s+morning"
    r"|morgens|fruh|am\s+morgen"
    # the small hours: "a las dos de la madrugada", "às três da madrugada"
    r"|de\s+la\s+madrugada|da\s+madrugada|in\s+the\s+small\s+hours"
)
_EVENING = (
    r"du\s+soir|de\s+l'apres-midi|de\s+la\s+tarde|de\s+la\s+noche|da\s+tarde|da\s+noite"
    r"|di\s+sera|della\s+sera|del\s+pomeriggio|di\s+notte|in\s+the\s+(?:evening|afternoon)"
    r"|at\s+night|abends|nachmittags|nachts"
)
_TIME_OF_DAY = re.compile(
    rf"\b(\d{{1,2}})(?:[:.h](\d\d))?\s*(?:h|hours?|uhr|o'?clock)?\s+(?P<part>{_MORNING}|{_EVENING})\b"
)


# At night, an hour up to five is the small hours: "alle due di notte" is 2 am.
_NIGHT = re.compile(r"de\s+la\s+noche|da\s+noite|di\s+notte|at\s+night|nachts")
_SMALL_HOURS = 5


def _time_of_day(m: re.Match[str]) -> str:
    pm = re.fullmatch(_EVENING, m.group("part")) is not None and not (
        _NIGHT.fullmatch(m.group("part")) and int(m.group(1)) <= _SMALL_HOURS
    )
    minutes = f":{m.group(2)}" if m.group(2) else ""
    return f"{m.group(1)}{minutes} {'pm' if pm else 'am'}"


# "a year", "an hour", "a month": one, unless a count comes just before a year or a month
# ("4 turni extra a month", "2000 a month"): then it is the period of a rate. Not "a Year
# 6 group": a school year named by its number.
_A_YEAR = re.compile(
    r"(?<!\d\s)(?<!hours\s)(?<!hrs\s)(?<!hour\s)\b(?:an?|1)\s+(?=(?:years?\b(?!\s+\d)|months?\b|hours?\b))"
)
_ONE_DISTANCE = re.compile(
    r"\b(?:un|una|um|uma|une|ein|einen|einem|a|an)\s+(?:about\s+)?"
    r"(?=(?:km|kilomet(?:er|re|ro)|chilometro|quilometro|mile|miglio|milla|milha|meile)\b)"
)
_COUNT_BEFORE = re.compile(
    r"\d(?:(?!\b(?:and|y|e|und|et|ed)\b)[^\d.,;:!?]){0,24}$"
    # "ein Wochenende im Monat", "una vez al mes": a word for one and what it counts.
    r"|\b(?:ein|eine|einen|un|une|uno|una|um|uma)\s+[^\W\d]+\s+$"
)


def _one_year(m: re.Match[str]) -> str:
    period = m.string[m.end() : m.end() + 5]
    if (
        m.group().startswith("a")
        and not period.startswith("hour")
        and _COUNT_BEFORE.search(m.string, 0, m.start())
    ):
        return m.group()
    return "1 "


# Words after which "a week", "a day" is a length ("in a week", "I'm on a week's notice"),
# not a rate ("piscinas a day", "turni a week").
_LENGTH_AFTER = frozenset(
    "in within about around maybe probably perhaps just only need needs give giving is be "
    "been on of after for than like roughly approximately approx max maximum least most "
    "it's its i'm im am me take takes start starting "
    # "en una semana", "dans une semaine", "tra una settimana", "em uma semana", "binnen
    # einer Woche": in a week, in the other five languages.
    "en dentro dans sous d'ici tra fra entro em daqui binnen innerhalb".split()
)


def _one_week(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if _RATE_BEFORE.search(before):
        return m.group()
    word = re.search(r"(\w+(?:'\w+)?)(\W*)$", before)
    if word is not None and not re.search(r"[,.;:!?(]", word.group(2)):
        if word.group(1) not in _LENGTH_AFTER:
            return m.group()
    return f"1 {m.group(1)}"


def _period_last(m: re.Match[str]) -> str:
    if _COUNTED.search(m.string, 0, m.start()):
        return m.group()  # "3 days a week, 5 hours": the week counts days, the hours a day's
    unit = m.group("unit") or _PERIOD_OF[m.group("adv")]
    return f"{m.group('q') or ''}{m.group('n')} hours a {unit}"


_COUNTED = re.compile(r"\d\s+[^\W\d]+\s*$")


# Parts of a day counted in a week, in the six languages (folded: "mañanas" is "mananas").
_PARTS_OF_DAYS = re.compile(
    r"\b(\d)\s+(?:mornings?|afternoons?|evenings?|nights?|shifts?|mananas|tardes|noches"
    r"|turnos|manhas|noites|matins|matinees|apres-midi|soirs|soirees|nuits|mattine|mattinate"
    r"|pomeriggi|sere|serate|notti|turni|vormittage|nachmittage|abende|nachte|schichten)"
    r"\s+(?=(?:a|per|each|every|in\s+a)\s+week\b)(?:a|per|each|every|in\s+a)\s+week\b"
)

_DAYS_OF_HOURS = re.compile(
    # (a day's work in its own word: "deux journées de huit heures", "dos jornadas de ocho")
    r"\b(\d)\s+(?:days?|journees|jornadas|giornate),?\s+(?:(?:a|per|in\s+a)\s+week,?\s+)?"
    r"(?:(?:a|at|of|x|zu|je|each|de|da|di|mit|for|per|por|pour|para)\s+){1,2}"
    r"(\d+(?:[.,]\d+)?)\s*"
    r"(?:hours?|h)\b"
)
_DAYS_ON_OFF = re.compile(r"\bescala\s+(\d)\s*[x×]\s*(\d)\b")
_HOURS_TIMES_DAYS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:hours?|h)\s*(?:x|×|\*)\s*(\d)\s*days?\b")
_PARTS_OF_HOURS = re.compile(
    r"\b(\d)\s+(?:evenings?|mornings?|afternoons?|nights?|tardes|mananas|noches|soirs|soirees"
    r"|matins|apres-midis?|nuits|abende|vormittage|nachmittage|nachte|manhas|noites|sere|serate"
    r"|mattine|pomeriggi|notti)\s+(?:of|x|de|da|di|a|à|zu|je|von)\s+(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b"
)
# "3 calls a week, 10 hrs each", "could do 3 days, 8hrs each", "drei Vormittage zu je vier
# Stunden", "as duas feiras, quarta e sábado, 7 horas cada": so many of a thing (not a unit
# of time or distance), so many hours each. Not "6 hours each day", which is a day's hours.
_TIMES_EACH = re.compile(
    r"\b(?P<n>\d{1,2})\s+(?!(?:years?|months?|weeks?|hours?|hrs?|h|minutes?|mins?|km|miles?)\b)"
    r"[^\W\d_]+(?P<gap>[^.;!?\d]{0,40}?)"
    r"(?:(?:(?:zu|of|de|da|di|a|à|von|x|at)\s+)?each\s+(?P<m1>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b"
    r"|(?P<m2>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:each|cada|chacun\w*|ciascun\w*|l'un[oa]"
    r"|jeweils)\b(?!\s+(?:day|week|month)\b))"
)
# The period an adverb of frequency names.
_PERIOD_OF = {"daily": "day", "weekly": "week", "monthly": "month"}
_GAP_PER = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b")


def _times_each(m: re.Match[str]) -> str:
    hours = int(m.group("n")) * float(m.group("m1") or m.group("m2"))
    per = _GAP_PER.search(m.group("gap"))
    # "2 turnos al día de 4 horas cada uno": a day's; "4 Saturdays a month, 8 hours each"
    unit = (per.group(1) or _PERIOD_OF[per.group(2)]) if per else "week"
    return f"{hours:g} hours a {unit}"


_PART_OF_DAY = (
    r"day|evening|night|notte|nuit|nacht|sera|serata|soir|soiree|abend|noche|noite|tarde|mattina|mattinata"
    r"|morning|manha|manana|matin|matinee|afternoon|apres-midi|pomeriggio|nachmittag|vormittag"
    r"|shift|turno|schicht|poste"
)
_PARTS_OF_DAY = (
    r"days|evenings|nights|notti|nuits|nachte|sere|serate|soirs|soirees|abende|noches|noites|tardes|mattine"
    r"|mattinate|mornings|manhas|mananas|matins|matinees|afternoons|apres-midis|pomeriggi"
    r"|nachmittage|vormittage|shifts|turnos|turni|schichten|postes"
)
# "5 ore a sera per 5 sere", "4 hours an evening for 3 evenings", "6 horas por noche durante
# 4 noches": hours of each part of a day, so many of them in the week.
_HOURS_A_PART_FOR_N = re.compile(
    rf"\b(\d+(?:\.\d+)?)\s*(?:hours?|h)\s+(?:a|an|per|each|every|al|por|par|pro|am|a\s+la|la|le)\s+"
    rf"(?:{_PART_OF_DAY})\s+(?:per|for|x|durante|pendant|fur|an|por|during|in)\s+([1-7])\s+"
    rf"(?:{_PARTS_OF_DAY})\b"
)
# "7h par nuit 5 nuits", "6 horas por noche, 5 noches": the same with nothing between, for
# a part of the day only (not "8 hours a day, 2 days off").
# A part of the day (not the day itself, nor a shift), one and several, in the six
# languages (folded); the yes/no reader names a day's part by them too.
DAY_PART_WORDS = (
    r"(?:evening|night|notte|nuit|nacht|sera|serata|soir|soiree|abend|noche|noite|tarde|mattina"
    r"|mattinata|morning|manha|manana|matin|matinee|afternoon|apres-midi|pomeriggio|nachmittag"
    r"|vormittag)"
)
DAY_PARTS_WORDS = (
    r"(?:evenings|nights|notti|nuits|nachte|sere|serate|soirs|soirees|abende|noches|noites"
    r"|tardes|mattine|mattinate|mornings|manhas|mananas|matins|matinees|afternoons|apres-midis"
    r"|pomeriggi|nachmittage|vormittage)"
)
_HOURS_A_PART_N = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:hours?|h)\s+(?:a|an|per|each|every|al|por|par|pro|am|a\s+la|la|le)\s+"
    rf"{DAY_PART_WORDS},?\s+([1-7])\s+{DAY_PARTS_WORDS}\b"
)
# "trois quarts d'heure", "tres cuartos de hora", "dreiviertel Stunde": 45 minutes.
_THREE_QUARTERS = re.compile(
    r"\b(?:3\s+(?:quarts?|cuartos?|quartos?|quarti)\s+(?:d'|de\s+|di\s+)?|dreiviertel\s*)"
    r"(?:hours?|heure|hora|ora|stunde)\b"
)
# "half a mile", "medio kilómetro", "meio quilómetro", "mezzo chilometro", "un
# demi-kilomètre", "einen halben Kilometer": half the unit.
_HALF_A_DISTANCE = re.compile(
    r"\b(?:half\s+an?|medio|meio|mezzo|(?:une?\s+)?demi-?|(?:einen?\s+|einem\s+)?halben?)\s*"
    r"(miles?|km|kilomet\w*|quilomet\w*|chilomet\w*)\b"
)
# "kilómetro y medio", "hora e meia", "un chilometro e mezzo", "un kilomètre et demi", "a
# mile and a half": one and a half of the unit.
_ONE_AND_A_HALF = re.compile(
    r"\b(?:(?:un|una|um|uma|une|a|an|1)\s+)?(kilometro|quilometro|chilometro|kilometre|kilometer"
    r"|km|mile|hour|hora|ora|heure|year|month|week|day)s?"
    r"\s+(?:(?:y|e|ed)\s+(?:me(?:di|i|zz)?[oa])|et\s+demie?|and\s+a\s+half)\b"
)
# "3 12 hours a day a week" (three shifts of twelve hours a week, the shift's hours read
# first): the hours of one, and as many days a week as there are of them.
_SHIFTS_A_WEEK = re.compile(
    r"\b(\d)\s+(\d+(?:\.\d+)?) hours a day,?\s+(?:a|per|each|every)\s+week\b"
)
# "4 years, not 5", "20 km, pas 25": the number taken back is in the same unit.
_NOT_THE_OTHER = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(years?|months?|weeks?|days?|hours?|km|kg|minutes?)"
    r"((?:\s+[^\W\d_]+)?\s*,?\s*)(not|no|pas"
    r"|nicht|non|nao)\s+(\d+(?:\.\d+)?)\b(?!\s*[^\W\d_])"
)
# A season of seasonal work, one a year, in the six languages: the season, the campaign of
# a harvest or a shearing ("cinco campañas"), the harvest itself ("Quatro safras", "zwei
# Ernten"; the German and Italian only in the plural, as their singular names the work:
# "Erfahrung in der Ernte"). The readers that count seasons, or set them apart from another
# count, share it.
SEASON_WORDS = (
    r"seasons?|saisons?|temporadas?|stagion[ei]"
    r"|campaigns?|campanas?|campanhas?|campagnes?|campagn[ae]|kampagnen?"
    r"|harvests?|safras?|zafras?|colheitas?|cosechas?|vendimias?|vindimas?|vendanges?|recoltes?"
    r"|ernten|raccolt[ei]|vendemmi[ae]"
)
_ONE_SEASON = re.compile(
    r"\b(?:une|una|uma|eine|einer|un|um|one|(?P<en>a|an))\s+(?=(?:"
    + SEASON_WORDS
    + r"|summers?)\b)"
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:never|not|no|nunca|jamais|pas|nie|nicht|kein\w*|mai|non|nao|sin|sem|senza|sans|ohne)\b"
    r"[^,.;:!?]*$"
)


# Seeking, not having done: "je cherche une saison d'été", "I'd like a season".
_SOUGHT_BEFORE = re.compile(
    r"\b(?:look\w*\s+for|seek\w*|want\w*|like|cherche\w*|voudrais|aimerais|busco|buscando"
    r"|quiero|quisiera|procuro|procurando|quero|gostaria|cerco|vorrei|voglio|suche|mochte"
    r"|hoffe)\b[^,.;:!?]*$"
)


def _one_season(m: re.Match[str], lang: str) -> str:
    """ "1 " for an article before a season, unless a negation or a wish comes before it
    in its clause ("nunca he trabajado en una campaña", "je cherche une saison d'été"); the
    English "a" only in English (the Portuguese "a campanha toda" is the whole season)."""
    before = m.string[: m.start()]
    if m.group("en") and lang != "en":
        return m.group()
    if _NEGATION_BEFORE.search(before) or _SOUGHT_BEFORE.search(before):
        return m.group()
    return "1 "


_DAYS_OUT_OF_7 = re.compile(
    r"\b([1-7])\s*(?:days?\s+)?(?:out\s+of|of|su|sur|de|von|em|/)\s*(?:the\s+)?7(?:\s+days?)?\b"
    # not the hours of each day: "two days of seven and a half hours"
    r"(?!\s*(?:hours?|h)\b)(?!\s+and\s+a\s+half\b)(?!\s+einhalb\b)"
)
_HOURS_AND_MINUTES = re.compile(
    r"\b(\d{1,3})\s+hours?\s+(?:(?:and|y|e|und|et)\s+)?(15|30|45)(?:\s+(?:minutes?|mins?))?\b"
    r"(?!\s*(?:(?:to|a|as|au|alle|ate|bis|hasta|until|till|-|–)\s*(?:las\s+|les\s+)?\d"
    r"|hours?\b|h\b|:|\d))"
)
_MINUTES_SECONDS = re.compile(
    r"\b(\d+|an?|one|um|uma|un|una|uno|eine?|une)\s+(?:minutes?|mins?|minutos?|minuten?|minuti)"
    r"\s*,?\s*(?:and|e|y|und|et)?\s*([1-5]?\d)"
    r"(?:\s*(?:seconds?|secs?|segundos?|sekunden?|secondes?|secondi|s)\b|(?=\s*(?:[.,;!?]|$"
    r"|or\s+so|o\s+asi|mas\s+o\s+menos|more\s+or\s+less|ou\s+assim|mais\s+ou\s+menos|circa"
    r"|o\s+giu\s+di\s+li|ungefahr|oder\s+so|environ|a\s+peu\s+pres)))"
)


def _minutes_count(word: str) -> int:
    """A count of minutes: digits, or an article for one."""
    return int(word) if word.isdigit() else 1


# "8 hours a day for 5 days", "so 6 Std am Tag, 5 Tage": as many days a week.
_FOR_N_DAYS = re.compile(
    r"(\bhours?\s+a\s+day),?\s+(?:(?:for|per|during|durante|pendant|an|in)\s+)?([1-7])\s+days?\b"
    r"(?!\s+(?:a|per|in\s+a)\s+(?:week|month|year)|\s+(?:ago|off|of|frei|libres?|liberi|de\s+(?:folga|descanso|repos))\b)"
)
_YEAR_SPAN = re.compile(
    r"\b(?:(?:from|since|between)\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|to|until|till|up\s+to|and|al"
    r"|au)\s*(?P<y2>(?:19|20)\d\d)\b"
)


# "Desde 2021 hasta que me mudé acá en 2024": a span with words before its end.
_YEAR_SPAN_WORDS = re.compile(
    r"\b(?:from|since|dal|da)\s+(?P<y1>(?:19|20)\d\d)\s+(?:until|till|up\s+to|fino\s+al?|bis"
    r"|jusqu\w*|ate)\b[^.;:\d]{0,40}?\b(?P<y2>(?:19|20)\d\d)\b"
)


# "from Sept 2015 to July 2023", "desde octubre de 2022 hasta junio de 2024": the months
# between two dates (the other languages' "hasta", "bis", "al" are glossed first).
_MONTH_NAME = (
    r"(?:" + "|".join(sorted(_MONTH_INDEX, key=len, reverse=True)) + r")\.?\s+"
    r"(?:of\s+|de\s+|del\s+|do\s+|di\s+|du\s+)?"
)
_DATE_SPAN = re.compile(
    rf"\b(?:(?:from|since|between)\s+)?(?:(?:the|el|la|le|der|dem|o|il|lo)\s+|l')?"
    rf"(?P<m1>{_MONTH_NAME})(?P<y1>(?:19|20)\d\d)\s*(?:-|–|to|until|till|up\s+to|and|al|au|a|ate"
    rf"|bis|hasta)\s+(?:(?:the|el|la|le|der|dem|o|il|lo)\s+|l')?(?P<m2>{_MONTH_NAME})"
    rf"(?P<y2>(?:19|20)\d\d)\b"
)


# "juillet-août 2024", "June to September 2023": months of one year, both counted.
_MONTHS_OF_A_YEAR = re.compile(
    r"\b(?:(?:from|between)\s+)?(?P<m1>"
    + "|".join(sorted((k for k in _MONTH_INDEX if len(k) > 3), key=len, reverse=True))
    + r")\.?\s*(?:-|–|/|to|until|till|a|au|al|bis|hasta|ate|and|et|y|e|und)\s*(?P<m2>"
    + "|".join(sorted((k for k in _MONTH_INDEX if len(k) > 3), key=len, reverse=True))
    + r")\.?\s+(?:of\s+|de\s+|del\s+|do\s+|di\s+|du\s+)?(?P<y>(?:19|20)\d\d)\b"
)


def _months_of_a_year(m: re.Match[str]) -> str:
    first, last = _MONTH_INDEX[m.group("m1")], _MONTH_INDEX[m.group("m2")]
    if last < first or m.group("m1") in _SEASON_NAMES or m.group("m2") in _SEASON_NAMES:
        return m.group()
    return f"for {last - first + 1} months"


_SEASON_NAMES = frozenset(name for names in _SEASONS.values() for name in names)


def _month_of(words: str) -> int:
    return _MONTH_INDEX[re.split(r"[.\s]", words.strip(), maxsplit=1)[0]]


_PINNED: list[date] = []


def today() -> date:
    """The date durations are counted to (a seam for tests): the one pinned by
    :func:`dates_relative_to`, or the day it is."""
    return _PINNED[-1] if _PINNED else date.today()


@contextmanager
def dates_relative_to(day: date | None) -> Iterator[None]:
    """Count durations and dates to ``day`` while inside (a scripted set's own reference
    date, "Dates are relative to 2026-12-01"); to the day it is where ``day`` is None."""
    if day is None:
        yield
        return
    _PINNED.append(day)
    try:
        yield
    finally:
        _PINNED.pop()


# A start on a day of the month, with its month or not: "a partir de dia 14", "from the
# 3rd of January", "ab dem 15. Januar", "dès le 2 janvier", "dal 7 gennaio".
_START_ON = re.compile(
    r"\b(?:a\s+partir\s+d[eo]l?|a\s+partir\s+du|from|starting|desde\s+el|dende\s+o|ab\s+dem"
    r"|ab|des\s+le|dal|dall'|on)\s+(?:(?:the|dia|el|le|il|o|day)\s+)?(?P<day>[0-3]?\d)"
    r"(?:st|nd|rd|th|\.|º|o)?(?!\s*(?:to|till|until|-|bis|a|alle|ao|as|hasta|[:h]\d)\b)"
    r"(?:\s+(?:of\s+|de\s+|di\s+)?(?P<month>[a-z]+))?\b"
)


def days_until_start(folded: str) -> float | None:
    """Days from today to a start date said in ``folded`` (accent-free, lower case), the
    month being this one or the next when not said; ``None`` when none is said."""
    m = _START_ON.search(folded)
    if m is None:
        return None
    now = today()
    day = int(m.group("day"))
    month = _MONTH_INDEX.get(m.group("month") or "")  # a word after that is no month: none
    try:
        if month is None:
            start = now.replace(day=day)
            if start < now:
                start = (now.replace(day=1) + timedelta(days=32)).replace(day=day)
        else:
            start = date(now.year, month, day)
            if start < now:
                start = date(now.year + 1, month, day)
    except ValueError:
        return None  # "the 31st" of a month without one
    return float((start - now).days)


def days_until_date(folded: str) -> float | None:
    """Days from today to a date of a month said in ``folded`` ("el lunes 14 de diciembre",
    "the 5th of January", "le 11 janvier"); ``None`` when no such date is said."""
    m = _DAY_THEN_MONTH.search(folded)
    if m is None:
        return None
    day = int(re.match(r"\d+", m.group()).group())  # type: ignore[union-attr]
    month = _MONTH_INDEX[m.group("month")]
    now = today()
    try:
        start = date(now.year, month, day)
        if start < now:
            start = date(now.year + 1, month, day)
    except ValueError:
        return None
    return float((start - now).days)


# A winter across the new year ("l'hiver 2015-2016", "the 2015-16 season"): its middle
# month is the January of the second year.
_WINTER_SPAN = re.compile(
    r"\b(?P<w1>winter|invierno|hiver|inverno|season|temporada|saison|stagione)\s+"
    r"(?:(?:of|de|del|di|du|do)\s+)?(?P<a>(?:19|20)\d\d)\s*[-/]\s*(?P<b>\d\d(?:\d\d)?)\b"
    r"|\b(?P<a2>(?:19|20)\d\d)\s*[-/]\s*(?P<b2>\d\d(?:\d\d)?)\s+(?P<w2>winter|season)\b"
)


def _winter(m: re.Match[str]) -> str:
    first, second = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
    if int(second[-2:]) != (int(first) + 1) % 100:
        return m.group()
    return f"winter {int(first) + 1}"


# Since last year, in the digit form ("ano", "año", "Jahr", "année", "anno" are "year").
_SINCE_LAST_YEAR = re.compile(
    r"\b(?:since|dall'|dal)\s*(?:(?:o|el|l'|the)\s*)?(?:last\s+year|year\s+(?:passado|pasado"
    r"|derniere|dernier|scorso)|(?:letztem|vorigem|letzten)\s+year)\b"
)


_FROM_TILL_NOW = re.compile(
    r"\b(?:from|de|desde|von|du|da|dal|dall'|since)\s+((?:[a-z]+\s+(?:de\s+|of\s+|del\s+)?)?"
    r"(?:19|20)\d\d)\s+(?:up\s+to|until|till|to|bis|a|au|ate|hasta|fino\s+a[dl]?)\s+"
    r"(?:now|today|agora|hoje|ahora|hoy|jetzt|heute|maintenant|aujourd'hui|oggi|adesso|ora)\b"
)


def _since_to_duration(t: str) -> str:
    now = today()
    t = _WINTER_SPAN.sub(_winter, t)

    def duration(m: re.Match[str]) -> str:
        year = int(m.group("year"))
        if year > now.year:
            return m.group()
        months = (now.year - year) * 12
        if m.group("month"):
            months += now.month - _MONTH_INDEX[m.group("month")]
        if months < 0:
            return m.group()
        return f"for {months / 12:g} years" if months % 12 else f"for {months // 12} years"

    def years_between(m: re.Match[str]) -> str:
        first, last = int(m.group("y1")), int(m.group("y2"))
        if not first <= last <= now.year:
            return m.group()
        return f"for {last - first} years"

    def months_between(m: re.Match[str]) -> str:
        first = int(m.group("y1")) * 12 + _month_of(m.group("m1"))
        last = int(m.group("y2")) * 12 + _month_of(m.group("m2"))
        if not first <= last <= now.year * 12 + now.month:
            return m.group()
        months = last - first
        return f"for {months / 12:g} years" if months % 12 else f"for {months // 12} years"

    t = _TIME_SPAN.sub(_span_hours, t)
    t = _DATE_SPAN.sub(months_between, t)
    t = _MONTHS_OF_A_YEAR.sub(_months_of_a_year, t)
    # "from 2012 to 2019", "2016-2020", "dal 2012 al 2019": the years between.
    t = _YEAR_SPAN.sub(years_between, t)
    t = _YEAR_SPAN_WORDS.sub(years_between, t)
    # "depuis 3 ans", "seit 5 Jahren": a duration, not a date.
    t = re.sub(r"\bsince (?:for )?(?=\d+(?:\.\d+)? (?:years?|months?)\b)", "for ", t)
    # "desde o ano passado", "seit letztem Jahr", "dall'anno scorso": since last year
    t = _SINCE_LAST_YEAR.sub(f"since {now.year - 1}", t)
    # "de janeiro de 2022 até agora", "von 2021 bis jetzt": since then
    t = _FROM_TILL_NOW.sub(r"since \1", t)
    t = _SINCE_DATE.sub(duration, t)

    # "Comecei a guiar em março de 2018", "Ich habe 2018 als Mechatroniker angefangen": a
    # start said with its verb a few words from the date.
    def started(m: re.Match[str]) -> str:
        lead, tail = m.groupdict().get("lead") or "", m.groupdict().get("tail") or ""
        if _STUDIES.search(lead + tail):
            return m.group()  # "Ho iniziato la scuola nel 2005": no start of work
        counted = duration(m)
        if counted == m.group():
            return counted  # a date to come: left as written
        return lead + counted + tail

    t = _STARTED_THEN_DATE.sub(started, t)
    t = _SINCE_WHEN_DATE.sub(
        lambda m: m.group() if duration(m) == m.group() else m.group("lead") + duration(m), t
    )
    return _DATE_THEN_STARTED.sub(started, t)
