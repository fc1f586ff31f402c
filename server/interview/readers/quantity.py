"""The number grammar the quantity readers share.

Numbers are read from a digit form of each sentence (:mod:`server.interview.numerals`:
number words and fractions written as digits, links masked), with their unit. Here: a
number, a range and its qualifiers; the patterns of a number of years and of a number of
hours, so that each reader can set the other's aside; a bare number ("20") and the field a
topic word before it names; and the choice among several mentions in one message. A number
right after "not" is what the candidate corrects away from.
"""

from __future__ import annotations

import re
from typing import Any

from server.interview.cues import CORRECTION
from server.interview.numerals import day_of_month
from server.interview.text import fold

NUM = r"\d+(?:[.,]\d+)?"
_QUAL = (
    r"(?:(?:about|around|approx(?:imately)?|roughly|almost|nearly|over|more\s+than|"
    r"at\s+least|at\s+most|up\s+to|maybe|like|~|just\s+over|just\s+under|close\s+to|"
    r"realistically|probably|only|max(?:imum)?|min(?:imum)?)\s+)*"
)
_RANGE = rf"(?:between\s+)?(?P<a>{NUM})(?:\s*(?:-|to|or|and|/)\s*(?P<b>{NUM}))?\s*\+?"
_NOT_BEFORE = re.compile(r"(?:\bnot|\binstead\s+of|\brather\s+than|\bnor)\s+(?:an?\s+)?$")
_FILLER_AFTER = re.compile(
    r"^\s*(?:$|[.,!?;:)+~]|-(?![^\W\d_])|(?:honestly|maybe|probably|or\s+so|ish|tops|max|at\s+most|"
    r"at\s+least|i\s+think|i\s+guess|tbh|roughly|approx|give\s+or\s+take|or\s+more|plus|"
    r"hopefully|realistically|really|total|overall|for\s+now|currently|right\s+now|"
    r"and|but|also|then|is|would|should|sounds|if|as|like|so|i\.?e|that'?s|which\s+is"
    r"|es\s+decir|o\s+sea|also|soit|c'est|ou\s+seja|cioe|ossia|instead\s+of|rather\s+than"
    r"|not"
    # "Unas 45 si puede ser", "30 please", "20 wenn möglich"
    r"|si|se|wenn|falls|please|pls|por\s+favor|porfa|bitte|per\s+favore|svp|ideally"
    r"|idealmente|idealerweise|idealement"
    # "40 sind zu viel, 20 passen besser", "25 sont mieux": what is said of the number
    r"|are|sind|ist|passen|passt|gehen|geht|son|sont|sono|sao|serian|seriam|sarebbero)\b"
    # "Las 40 de la jornada completa", "le 40 del tempo pieno": the number of a full week
    r"|(?:of\s+(?:a|the)|de\s+la|del|de|della|do|da|du)\s+(?:jornada|full[\s-]?time"
    r"|tiempo\s+completo|tempo\s+pieno|temps\s+plein|tempo\s+integral|contrat\w*"
    r"|contract|contratto))",
    re.IGNORECASE,
)


def num(text: str) -> float:
    return float(text.replace(",", "."))


def excluded(d: str, start: int) -> bool:
    """A number right after "not"/"instead of" is what the candidate corrects away from; a
    day of a month ("lundi 11 janvier") is a date."""
    return bool(_NOT_BEFORE.search(d[max(0, start - 20) : start])) or day_of_month(d, start)


def bare_numbers(d: str, taken: list[tuple[int, int]]) -> list[tuple[float, float | None, int]]:
    """Numbers (and "a-b" ranges) in digit form ``d`` that no unit claims.

    Returns ``[(low, high or None, position)]``; a leading minus is kept.
    """
    out: list[tuple[float, float | None, int]] = []
    claimed = list(taken)
    # "20-30", "20 to 30", "between 20 and 30" (the other languages' "entre" is glossed so).
    ranges = (
        rf"(?<![\w.,/-])(?:between\s+({NUM})\s+and|({NUM})\s*(?:-|to))\s*({NUM})(?![\w.,/]\d)(?!\w)"
    )
    for m in re.finditer(ranges, d):
        if any(s <= m.start() < e for s, e in claimed) or excluded(d, m.start()):
            continue
        if _FILLER_AFTER.match(d[m.end() :]):
            out.append((num(m.group(1) or m.group(2)), num(m.group(3)), m.start()))
            claimed.append((m.start(), m.end()))
    # Not a part of a clock or stopwatch time ("1:20", "1'10''").
    for m in re.finditer(rf"(?<![\w.,/:'-])(-\s?)?({NUM})(?![\w.,/:']\d)(?!\w)", d):
        if any(s <= m.start(2) < e for s, e in claimed) or excluded(d, m.start()):
            continue
        if not _FILLER_AFTER.match(d[m.end() :]):
            continue
        value = num(m.group(2))
        out.append((-value if m.group(1) else value, None, m.start()))
    return sorted(out, key=lambda t: t[2])


# fmt: off
_TOPIC_WORDS = {
    # Not a year named as a time ("last year", "l'anno scorso" glossed "l'year scorso",
    # "letztes Jahr"): "L'anno scorso ne ho chiuse una quindicina" counts no years.
    "years": re.compile(
        r"(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\bletztes\s)(?<!\bdieses\s)"
        r"(?<!\bvoriges\s)(?<!\bnächstes\s)\b(?:years?|yrs?)\b(?!\s+(?:ago|before|scorso"
        r"|passato|pasado|passado|dernier|derni[eè]re|pass[ée]e?|prossimo|que\s+viene|pr[oó]ximo"
        r"|prochaine?|anterior))"
    ),
    "hours": re.compile(r"\b(?:hours?|hrs?|weekly|availability|available|per\s+week|a\s+week"
                        r"|schedule)\b"),
}
# fmt: on


def number_topic(d: str, taken: list[tuple[int, int]], pos: int) -> str | None:
    """The field a bare number at ``pos`` is about, by the last topic word before it.

    "for hours, let's say 15" → hours; "correction on the years: it's 3" → years. Words that
    are already a number's unit ("3 years") are not topic words. ``None`` when none precedes
    it in the sentence: the number then answers the question asked.
    """
    before = list(d[:pos])
    for s, e in taken:
        for i in range(max(0, s), min(e, pos)):
            before[i] = " "
    text = "".join(before)
    best: tuple[int, str | None] = (-1, None)
    for name, pattern in _TOPIC_WORDS.items():
        for m in pattern.finditer(text):
            if m.start() > best[0]:
                best = (m.start(), name)
    return best[1]


TOTAL = re.compile(
    r"\b(?:in\s+all|overall|altogether|combined|in\s+total|en\s+total|in\s+totale|in\s+tutto"
    r"|insgesamt|au\s+total|em\s+total|no\s+total|ao\s+todo|en\s+tout|zusammen)\b"
    # a bare "total" by its figure ("5 years total", "a total of 6", "total: 4"), not a
    # name ("une station Total sur l'autoroute")
    r"|\btotal\s+(?:of|de|di)\b|\btotal\s*[:=]|\btotal\s+\d|\d\s+(?:[^\W\d_]+\s+)?total\b"
)


# A year of the calendar, and the words that say a number is one ("until 2027", "bis
# 2026", "depuis 2019", "nel 2015").
A_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
YEAR_SAID = re.compile(
    r"\b(?:until|till|valid|since|in|from|by|hasta|desde|en|del|bis|seit|ab|im|gultig|jusqu'?(?:en)?"
    r"|depuis|fino\s+al|dal|nel|al|ate|em|de|year|ano|anno|annee|jahr)\s*$"
)


def pick(mentions: list[tuple[Any, int, str]], d_all: str) -> tuple[Any, str] | None:
    """Choose among several values for one field in one message.

    A "total" marks the one meant. Otherwise a correction ("sorry, I meant …", "me
    corrijo: …") makes the first mention after its word win that it does not take back
    ("me corrijo: son dos años y medio, olvidé los seis meses" is 2.5; "no son doce años,
    son catorce" is 14), or the last when none does; without one, the first mention is
    the answer.
    """
    if not mentions:
        return None
    said = [m.end() for m in CORRECTION.finditer(d_all)]
    kept = [
        t
        for t in mentions
        if not _TAKEN_BACK.search(d_all[max(0, t[1] - 16) : t[1]])
        and not _TOO_MUCH.match(d_all, t[1])
    ]
    if said and not kept:
        return None  # "no son doce años, son catorce": the turn reads the number taken back
    last = mentions[-1][1]
    if all(recalled_at(d_all, t[1]) for t in mentions) and re.search(
        r"\d", re.sub(r"^\d+(?:[.,]\d+)?", "", d_all[last:])
    ):
        return None  # "ich hab 35 gesagt, aber es sind eher 30": as above
    if len(mentions) > 1:
        total = _total(mentions, d_all)
        # (not one put right after: "Twelve years in total… Sorry, I meant nine")
        at = next((t[1] for t in mentions if (t[0], t[2]) == total), None)
        if total is not None and not any(at is not None and c > at for c in said):
            return total
        recalled = [t[1] for t in mentions if recalled_at(d_all, t[1])]
        if recalled and (later := [t for t in kept if t[1] > recalled[0] and t[1] not in recalled]):
            # "I said 40, but I've started a course, so it's 32 max": the number said
            # before is taken back by the one after it.
            return later[0][0], later[0][2]
        if said:
            after = [t for t in kept if t[1] >= said[0]]
            value, _, evidence = after[0] if after else mentions[-1]
            return value, evidence
        concluded = [
            t
            for i, t in enumerate(mentions[1:], 1)
            if _SO_BEFORE.search(d_all[max(0, t[1] - 24) : t[1]])
            or (
                (
                    _SUM_BEFORE.search(d_all[max(0, t[1] - 24) : t[1]])
                    # a bare "so" after a comma, of a sum ("Saturday 9 till 5, so fourteen
                    # hours"), not of how it is made up ("22.5 hours, so three 7.5 hr shifts")
                    or _SO_COMMA_BEFORE.search(d_all[max(0, t[1] - 24) : t[1]])
                )
                and all(_size(o[0]) <= _size(t[0]) for o in mentions[:i])
            )
        ]
        if concluded:
            # "Me ne hanno tolti 3 l'anno scorso, quindi ne ho 17": the number concluded.
            return concluded[-1][0], concluded[-1][2]
        first = mentions[0]
        if isinstance(first[0], int | float) and bounded_at(d_all, first[1]):
            # "más de veinte años seguro, unos 22": the bound, then the number it bounds.
            within = [t for t in mentions[1:] if isinstance(t[0], int | float) and t[0] >= first[0]]
            if within:
                return within[0][0], within[0][2]
    # (not one taken back: "40 is too much, 30 is fine")
    value, _, evidence = kept[0] if kept else mentions[0]
    return value, evidence


# A conclusion before a number: "quindi ne ho 17", "donc il m'en reste 9", "so that's 12"
# (not the German "so", which is "about").
_SO_BEFORE = re.compile(
    r"\b(?:quindi|dunque|donc|entonces|asi\s+que|entao|portanto|therefore|so\s+that'?s"
    r"|so\s+it'?s|which\s+makes)\s+(?:\w+\s+){0,3}$"
)
# A bare "so" after a comma, which concludes a sum only when its number is the largest.
_SO_COMMA_BEFORE = re.compile(r"[,;]\s*(?:so|o\s+sea|ou\s+seja|cioe)\s+(?:\w+\s+){0,3}$")
# A sum after a colon or an equals sign, past a word (not a clock's "18:30"): "2 afternoons
# for 3 hours: 6 hours" (not a breakdown after it: "3 saisons : deux … et une").
_SUM_BEFORE = re.compile(r"[^\W\d]\s*[:=]\s*(?:about\s+)?$")


def _size(value: Any) -> float:
    """A mention's number: the value itself, or the first of a reader's tuple ("(3.0,
    None)" for hours with no range)."""
    first = value[0] if isinstance(value, tuple) else value
    return float(first) if isinstance(first, int | float) else 0.0


# A lower bound said before a number: "more than", "über", "plus de", "più di", "mais de".
_BOUND_WORDS = (
    r"\b(?:more\s+than|over|at\s+least|mas\s+de|al\s+menos|por\s+lo\s+menos|mehr\s+als|uber"
    r"|mindestens|plus\s+de|au\s+moins|piu\s+di|almeno|mais\s+de|pelo\s+menos|no\s+minimo)\s+"
)
_BOUND_BEFORE = re.compile(_BOUND_WORDS + "$")
_BOUND_AT = re.compile(_BOUND_WORDS + r"\d")


def bounded_at(d: str, at: int) -> bool:
    """Whether the number said at ``at`` (or the mention starting there) is a lower bound:
    "more than 20", "más de veinte"."""
    return bool(_BOUND_BEFORE.search(d[max(0, at - 16) : at]) or _BOUND_AT.match(d, at))


# A number taken back as it is said: "not 12", "no son doce", "não são", "pas dix".
_TAKEN_BACK = re.compile(
    r"\b(?:not|no|nao|non|nicht|kein\w*|pas|nunca|never|scratch|forget|ignore|olvida\w*|borra"
    r"|vergiss|oubliez?|dimentica|esquece)\s+(?:\w+\s+){0,2}$"
)


# A number said to be too much: "40 is too much with the college", "30 sono troppe".
_TOO_MUCH = re.compile(
    r"\d+(?:\.\d+)?\s*(?:\w+\s+)?(?:is|are|would\s+be|es|son|seria|ist|sind|waren|est|c'est"
    r"|e|sono|sarebbero|sao)?\s*(?:too\s+(?:much|many)|demasiad[oa]s?|zu\s+viele?|trop|troppo"
    r"|troppe|troppi|demais|muit[oa]s?\s+demais)\b"
)


# A number recalled as said before, which the reply goes on to replace: "I said 40, but",
# "antes dije 5 años pero son 7", "j'ai dit 35", "ho detto 20", "eu disse 3", "ich hab 35
# gesagt". On the digit form (lower case, accent-free).
_RECALLED_BEFORE = re.compile(
    r"\b(?:said|wrote|told\s+you|dije|dicho|decia|puse|escribi|disse|dizia|falei|escrevi|dit"
    r"|disais|ecrit|detto|dissi|dicevo|scritto|sagte)\s+(?:\w+\s+)?$"
)
_RECALLED_AFTER = re.compile(r"\d+(?:[.,]\d+)?\s+(?:\w+\s+)?(?:gesagt|geschrieben|angegeben)\b")


def recalled_at(d: str, at: int) -> bool:
    """Whether the number at ``at`` in the digit form ``d`` is one the candidate recalls
    having said ("I said 40, but …"), which a correction takes back."""
    return bool(_RECALLED_BEFORE.search(d[max(0, at - 16) : at]) or _RECALLED_AFTER.match(d, at))


def replaces_recalled(d: str) -> bool:
    """Whether the digit form ``d`` recalls a number said before and says another after it
    ("I said 40, but … so it's 32"): a correction, as "sorry, I meant" is."""
    return any(
        recalled_at(d, m.start()) and re.search(r"\d", d[m.end() :])
        for m in re.finditer(r"(?<![\d.,])\d+(?:[.,]\d+)?", d)
    )


def follows_recalled(d: str, at: int, within: int = 40) -> bool:
    """Whether a number recalled as said before ("antes dije 5 años pero son 7") stands
    within ``within`` characters before ``at`` in the digit form ``d``: the number at
    ``at`` is then the corrected one."""
    lo = max(0, at - within)
    return any(recalled_at(d, lo + m.start()) for m in re.finditer(r"(?<![\d.,])\d", d[lo:at]))


# A course's length: "un corso di 3 mesi", "curso de soldadura de 6 meses", "a 6-week
# course", "3 mois de formation", "il corso regionale da 60 ore".
_COURSE = (
    r"(?:course|corso|curso|cours|formation|formacao|kurs|lehrgang|training|weiterbildung"
    r"|umschulung)"
)
_COURSE_OF = r"(?:of|for|with|di|da|con|de|com|du|d'|von|mit)"
_COURSE_BEFORE = re.compile(
    rf"\b{_COURSE}\s+(?:[^\W\d]+\s+){{0,4}}{_COURSE_OF}\s*$|\b{_COURSE}\s*$"
)
_COURSE_AFTER = re.compile(rf"^[\s-]*(?:long\s+)?(?:of\s+|di\s+|de\s+|d')?{_COURSE}\b")


def course_length(before: str, after: str) -> bool:
    """Whether the number between ``before`` and ``after`` (digit form) is a course's
    length, which is no work and no availability."""
    return bool(_COURSE_BEFORE.search(before) or _COURSE_AFTER.match(after))


def _total(mentions: list[tuple[Any, int, str]], d_all: str) -> tuple[Any, str] | None:
    """The mention a "total" stands beside ("six months each, so a year in total")."""
    for i, (value, pos, evidence) in enumerate(mentions):
        lo = max(0, pos - 15, mentions[i - 1][1] + 1 if i else 0)
        hi = mentions[i + 1][1] if i + 1 < len(mentions) else len(d_all)
        after = re.split(r"[,;.!?]", d_all[pos:hi], maxsplit=1)[0]
        before = fold(d_all[lo:pos])
        # ("total" just before the figure is the figure's: "so, total 5 years")
        if TOTAL.search(fold(after)) or re.search(rf"(?:{TOTAL.pattern}|\btotal)\W*$", before):
            return value, evidence
    for value, _, evidence in mentions:
        if TOTAL.search(fold(evidence)):
            return value, evidence
    return None


# ------------------------------------------------------------------- units

# A number of years (or months, or weeks), and a number of hours (per week, per day, per
# month, labelled or plain): each reader sets aside the spans of the other's unit.
YEARS = re.compile(
    rf"(?P<q>{_QUAL})(?P<neg>(?<![\w.])-\s?)?{_RANGE}\s*(?P<unit>years?|yrs?|y(?=\s|$|[.,;!)])|months?|mos?|mths?|"
    rf"weeks?|wks?)\b(?:\s*(?:and\s+)?(?P<extra>{NUM})\s*(?:months?|mos?|mths?)\b)?"
    # Not last year: "tirei a A ano passado" is glossed "1 year passado".
    r"(?!\s+(?:scorso|passato|pasado|passado|dernier|derniere)\b)"
)


HOUR_WORD = r"(?:h|hr|hrs|hour|hours|hs)\b"
_PER_WEEK = (
    r"\s*(?:(?:in\s+)?total\s+|max\s+|tops\s+|or\s+so\s+)?"
    r"(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+|in\s+a\s+|p/?)(?:week|wk|w)\b|\s*weekly\b"
)
_PER_DAY = r"\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)day\b|\s*daily\b"
_PER_MONTH = r"\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)(?:month|mo)\b|\s*monthly\b"
_DAYS = rf"(?P<days>{NUM})\s*days?\s*(?:a|per|/|each|every|in\s+a)?\s*(?:week|wk)\b"
HOURS_WEEK = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{HOUR_WORD})?(?:{_PER_WEEK})")
HOURS_DAY = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{HOUR_WORD})?(?:{_PER_DAY})")
HOURS_MONTH = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{HOUR_WORD})(?:{_PER_MONTH})")
# Asked the hours, a number a month without its unit: "Sulle 160 al mese".
HOURS_MONTH_BARE = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{HOUR_WORD})?(?:{_PER_MONTH})")
# The month said before the hours, opening its clause: "per month I can do about 100 hours".
HOURS_MONTH_FIRST = re.compile(
    # (opening its clause: "2900 brutto per month … bei 40 hours" is pay a month)
    rf"(?:^|[,.;:!?]\s*|\b(?:and|but|y|e|et|und|ma|pero|mais|aber|mas)\s+)per\s+month\b"
    rf"[^.;!?\d]{{0,40}}?(?P<q>{_QUAL}){_RANGE}\s*(?:{HOUR_WORD})"
    rf"(?!{_PER_WEEK}|{_PER_DAY})"
)
HOURS_PLAIN = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*{HOUR_WORD}")
HOURS_LABELLED = re.compile(
    rf"\b(?:hours(?:\s+per\s+week)?|availability|weekly\s+hours|hrs)\s*(?:is|are|=|:|would\s+be|"
    rf"should\s+be|of|-)?\s*(?P<q>{_QUAL}){_RANGE}(?![\d.,]?\d)(?!\s*(?:{HOUR_WORD}|years?|yrs?|months?|days?))"
)
DAYS_RE = re.compile(_DAYS)


def hour_spans(d: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (HOURS_WEEK, HOURS_DAY, HOURS_MONTH, HOURS_PLAIN, HOURS_LABELLED, DAYS_RE):
        spans += [(m.start(), m.end()) for m in pattern.finditer(d)]
    return spans


def unit_spans(d: str) -> list[tuple[int, int]]:
    """Where ``d`` has a number of years or of hours with its unit: what a bare number is
    not, and what no topic word stands in."""
    return [(m.start("a"), m.end()) for m in YEARS.finditer(d)] + hour_spans(d)


def clean_number(value: float) -> float | int:
    value = round(value, 3)
    return int(value) if value == int(value) else value


# A time of day, not a length: "après 21h", "um 7 Uhr", "a las 8", "a aula das 19h".
_CLOCK_BEFORE = re.compile(
    r"(?<!\w)(?:alle|um|gegen|after|apres|avant|before|nach|vor|ab|dalle|des|desde\s+las"
    r"|a\s+las|despues\s+de\s+las|antes\s+de\s+las|dopo\s+le|prima\s+delle|depois\s+das"
    r"|antes\s+das|a\s+partir\s+de)\s+$"
)
# Before an hour written short ("19h"): "at", "à", "às", "a aula das 19h".
_AT_BEFORE = re.compile(r"(?<!\w)(?:at|a|as|das|de\s+las|delle|des)\s+$")


def time_of_day_before(before: str, short: bool) -> bool:
    """Whether the hours said after ``before`` (digit form) are a time of day; ``short``
    where they are written "19h"."""
    return bool(_CLOCK_BEFORE.search(before) or (short and _AT_BEFORE.search(before)))


def noun_after(d: str, at: int) -> str:
    """The word after the number said at ``at`` in the digit form ``d``: "saisons" in "6
    saisons sur des lacs", "pratique" in "0 pratique"."""
    m = re.match(r"[\d.,]+\s+([^\W\d_]+)", d[at:])
    return m.group(1) if m else ""
