"""Weekly schedules written in days: "Mon-Thu 5h a day, Fri off" is 20 hours a week."""

from __future__ import annotations

import itertools
import re
from typing import Any

from server.interview.readers.quantity import HOUR_WORD, NUM, num

_DAY_FULL = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_DAY_ABBR = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_DAY = (
    r"(?:"
    + "|".join(_DAY_FULL)
    + r")s?|(?:"
    + "|".join(sorted(_DAY_ABBR, key=len, reverse=True))
    + r")\.?"
)
_DAY_RANGE = re.compile(
    rf"\b(?P<x>{_DAY})\s*(?:-|–|to|through|thru|till|until)\s*(?P<y>{_DAY})(?!\w)"
)
# A lone abbreviation ("sat", "sun", "wed") is also an English word: it counts as a day only
# where a day is expected (after "on"/"except", before "off", or in a list of days).
_ABBR = r"(?:" + "|".join(sorted(_DAY_ABBR, key=len, reverse=True)) + r")\.?"
_DAY_ONE = re.compile(
    r"\b(?:(?:" + "|".join(_DAY_FULL) + rf")s?\b|{_ABBR}(?:\s*(?:,|&|/|and|or)\s*{_ABBR}(?!\w))+"
    rf"|(?<=on\s){_ABBR}(?!\w)|{_ABBR}(?=\s+off\b))"
)
_ONE_ABBR = re.compile(rf"\b{_ABBR}(?!\w)")
_WEEKDAY_WORDS = re.compile(
    r"\b(?:week\s?days?|work\s?days?|working\s+days|business\s+days|werktags"
    r"|days\s+(?:laborables|feriali|uteis|ouvres|ouvrables)"
    # the other languages' "in the week", as the digit form glosses them, right after the
    # hours it says ("8 heures par jour en semaine", "8 horas entre semana"; not "entre
    # semana estudio", the days taken)
    r"|(?:(?<=hours\s)|(?<=day\s))(?:entre|en|in|unter\s+der|durante\s+a)\s+week)\b"
)
_WEEKEND_WORDS = re.compile(r"\bweek\s?ends?\b")
_ALL_DAYS = re.compile(r"\b(?:every\s*day|each\s+day|daily|all\s+week|7\s+days)\b")
_N_DAYS = re.compile(
    rf"\b(?P<n>{NUM})\s*days?\s*(?:a|per|/|each|every|in\s+a|of\s+the)?\s*(?:week|wk)\b"
)
_DAY_LIST = rf"(?:(?:{_DAY}|week\s?days?|week\s?ends?)(?:\s*(?:,|and|&|/|or)\s*)?)+"
_EXCLUDED_DAYS = re.compile(
    rf"\b(?:except|but\s+not|apart\s+from|other\s+than|excluding|besides|not\s+on|no\s+work\s+on)"
    rf"\s+(?:on\s+)?(?:the\s+)?(?P<list>{_DAY_LIST})|(?P<list2>{_DAY_LIST})\s+(?:off|free)\b"
    rf"|\boff\s+on\s+(?P<list3>{_DAY_LIST})"
    # "de segunda a sexta, sábado não": a day turned down at the end of its clause
    rf"|(?P<list4>{_DAY_LIST})\s+(?:not|no|nicht|nein|pas|non)(?=\s*(?:$|[.,;!]))"
)
_SCHEDULE_SPLIT = re.compile(
    rf"\s*[,;]\s*|\s+(?:and|plus|but|then|&|et|y|e|und|ed)\s+"
    rf"(?!(?:on\s+)?(?:{_DAY}|week\s?ends?|week\s?days?)\b)"
)
# The plural article of a day listed after another day: "los sábados y los domingos" is one
# list, read as "saturday y sunday" (not "… de 15 a 20 y los sábados 4 horas", a clause).
_LISTED_DAY_ARTICLE = re.compile(
    rf"\b((?:{_DAY})\s+(?:and|y|e|et|und|ed))\s+(?:los|las|os|as|les)\s+(?=(?:{_DAY})\b)"
)
_AMOUNT = re.compile(
    rf"(?<![\w.:/-])(?P<a>{NUM})(?:\s*(?:-|to)\s*(?P<b>{NUM}))?\s*(?P<unit>{HOUR_WORD})?"
    # a full stop may end the sentence after it ("y los sábados seis."), not a decimal
    r"(?!\s*(?:am|pm|years?|yrs?|months?|weeks?|days?|minutes?|mins?|:|%)\b)(?![\w:]|\.\w)"
)
_PER_DAY_MARK = re.compile(
    r"\b(?:each|every|daily|per\s+day|a\s+day|an\s+day|/\s*day|everyday|per\s+weekday)\b|/\s*day\b"
)
_PER_WEEK_MARK = re.compile(r"\b(?:a|per|each|every|in\s+a)\s+week\b|/\s*w(?:ee)?k\b|\bweekly\b")
_TIME_BEFORE = re.compile(
    r"\b(?:from|at|after|before|until|till|by|around\s+\d+\s*(?:am|pm)"
    # the same in the other languages: "se puder sair às 4 à sexta", "salir a las 3 el
    # viernes", "freitags um 2 gehen", "il venerdì fino alle 4"
    r"|as|a\s+las|hasta\s+las|ate\s+as|um|alle|dalle|fino\s+alle)\s*$"
)


# Hours said beside three days or more, with no "a day" nor "a week", are each day's when
# they are no more than a working day ("4 horas, de martes a sábado" is 20 a week; "20
# hours, Monday to Friday" is a total).
_DAILY_DAYS = 3
_DAILY_HOURS = 8


def day_set(text: str) -> set[int]:
    """Days of the week named in ``text``: names, ranges, weekdays/weekends (no "every day")."""
    days: set[int] = set()

    def index(word: str) -> int:
        w = word.rstrip(".s") if word.rstrip(".") not in _DAY_ABBR else word.rstrip(".")
        return _DAY_FULL.get(w, _DAY_ABBR.get(w, _DAY_ABBR.get(w[:3], 0)))

    for m in _DAY_RANGE.finditer(text):
        a, b = index(m.group("x")), index(m.group("y"))
        days |= {(a + i) % 7 for i in range((b - a) % 7 + 1)}
    text = _DAY_RANGE.sub(" ", text)
    for m in _DAY_ONE.finditer(text):
        if m.group().rstrip(".s") in _DAY_FULL or m.group().rstrip(".").endswith("day"):
            days.add(index(m.group()))
        else:
            days |= {index(a.group()) for a in _ONE_ABBR.finditer(m.group())}
    if _WEEKDAY_WORDS.search(text):
        days |= set(range(5))
    weekend = _WEEKEND_WORDS.search(text)
    if weekend is not None and not (days and re.match(r"\s*:", text[weekend.end() :])):
        # (not a weekend the days after a colon say: "weekend: friday and saturday")
        days |= {5, 6}
    return days


# Every day of the week, and the words that leave days out of it, in the six languages
# (day names are already English in the digit form; "giorni", "días" are "days").
_EVERY_DAY_ANY = re.compile(
    r"\b(?:every\s*day|each\s+day|daily|all\s+(?:the\s+)?(?:days|week)|tutti\s+i\s+days"
    r"|todos\s+(?:los|os)\s+(?:days|dias)|tous\s+les\s+(?:days|jours)|jeden\s+(?:day|tag)"
    # the Brazilian "todo dia" is every day, as "todos os dias" is
    r"|todo\s+(?:day|dia)"
    r"|alle\s+(?:days|tage)|7\s+days"
    # Every night, for a count of nights: "tutte le notti tranne la domenica"
    r"|every\s+night|all\s+(?:the\s+)?nights|tutte\s+le\s+notti|todas\s+las\s+noches"
    r"|todas\s+as\s+noites|toutes\s+les\s+nuits|jede\s+nacht|alle\s+nachte"
    # every evening, for a count of evenings: "jeden Abend außer freitags"
    r"|every\s+evening|each\s+evening|jeden\s+abend|tous\s+les\s+soirs|chaque\s+soir"
    r"|todas\s+las\s+tardes|ogni\s+sera|tutte\s+le\s+sere|todas\s+as\s+tardes"
    r"|(?:cada|ogni|chaque|jeden|every|each)\s+(?:day|tag|giorno|jour|dia))\b"
)
_BUT_DAYS = re.compile(
    rf"\b(?:except|but\s+not|apart\s+from|other\s+than|excluding|tranne|eccetto|salvo|menos"
    rf"|excepto|exceto|sauf|ausser|bis\s+auf)\s+(?:(?:on|el|la|los|le|il|o|a|den|am)\s+)?"
    rf"(?P<list>{_DAY_LIST})"
)


# A day said and turned down: "il sabato no", "samstags nicht", "le samedi non".
_DAY_REFUSED = re.compile(rf"\b(?:{_DAY})\s+(?:no|not|non|nicht|pas|nao|nope)\b")


def days_in_week(d: str) -> int | None:
    """How many days a week the digit form ``d`` names: "monday to friday" 5, "tutti i days
    tranne la sunday" 6, "monday, wednesday e friday" 3, "dal lunedì al venerdì, il sabato
    no" 5; ``None`` where it names none."""
    d = _DAY_REFUSED.sub(" ", d)
    every = _EVERY_DAY_ANY.search(d)
    but = _BUT_DAYS.search(d)
    days = day_set(_BUT_DAYS.sub(" ", d))
    if every is not None and every.group().startswith("each") and days and not but:
        return len(days)  # "Saturday and Sunday, eight hours each day": each of those two
    if every is not None:
        return 7 - (len(day_set(but.group("list"))) if but else 0)
    if but is not None and not days:
        return None
    return len(days) or None


def _mentions_days(d: str) -> bool:
    return bool(
        _DAY_RANGE.search(d)
        or _DAY_ONE.search(d)
        or _WEEKDAY_WORDS.search(d)
        or _WEEKEND_WORDS.search(d)
    )


_HOW_OFTEN_AFTER = re.compile(r"\s*(?:times?|x)\b")


def schedule_hours(d: str, asked: bool = False) -> tuple[float, float | None] | None:
    """Hours per week from a schedule written in days ("Mon-Thu 5h a day, Fri off" → 20).

    Each clause gives an amount and the days it applies to (day names, ranges, weekdays,
    weekends, "every day", "N days a week"); days after "except"/"off" are removed; the
    clauses are summed. Only for sentences that name days: ``None`` otherwise, or when the
    schedule cannot be settled (an amount a day with no days).
    """
    if not _mentions_days(d):
        return None
    excluded: set[int] = set()
    for m in _EXCLUDED_DAYS.finditer(d):
        excluded |= day_set(
            m.group("list") or m.group("list2") or m.group("list3") or m.group("list4") or ""
        )
    body = _LISTED_DAY_ARTICLE.sub(r"\1 ", _EXCLUDED_DAYS.sub(" ", d))
    clauses: list[dict[str, Any]] = []
    for part in _SCHEDULE_SPLIT.split(body):
        n_days = _N_DAYS.search(part)
        days = day_set(part)
        if ":" in part and (told := day_set(part.split(":", 1)[1])):
            # "monday to saturday: 8 hours a day on weekdays": the days the amount is said
            # of, after the span of the week before the colon
            days = told
        count: float | None = None
        if days:
            count = float(len(days - excluded))
        elif n_days:
            count = num(n_days.group("n"))
        elif _ALL_DAYS.search(part) and not (re.search(r"\beach\s+day\b", part) and clauses):
            # "Saturday and Sunday, eight hours each day": each of the days named before.
            count = float(len(set(range(7)) - excluded))
        scan = _N_DAYS.sub(lambda m: " " * len(m.group()), part)
        amounts = [
            m
            for m in _AMOUNT.finditer(scan)
            if not _TIME_BEFORE.search(scan[: m.start()])
            # "il sabato libero almeno 2 volte al mese": how often, no hours
            and not _HOW_OFTEN_AFTER.match(scan[m.end() :])
        ]
        clauses.append(
            {"count": count, "amounts": amounts, "part": scan, "named": bool(days), "days": days}
        )
    # "Lunes, miércoles y viernes de 17 a 20h", "Monday, Wednesday, Friday, 4 hours each":
    # a list of days cut at its commas is one list.
    for c, after in itertools.pairwise(clauses):
        # (not the same days said again: "Weekends only, Saturday and Sunday, eight hours")
        if c["named"] and not c["amounts"] and after["named"] and not c["days"] & after["days"]:
            after["count"] = (after["count"] or 0.0) + (c["count"] or 0.0)
            c["count"] = None
    hourly = any(m.group("unit") for c in clauses for m in c["amounts"]) or asked
    if not hourly:
        return None
    spare = [c["count"] for c in clauses if c["count"] is not None and not c["amounts"]]
    lo = hi = 0.0
    used = False
    weekly: list[tuple[float, float]] = []
    for c in clauses:
        amounts = [m for m in c["amounts"] if m.group("unit") or c["named"] or len(clauses) == 1]
        if len(amounts) != 1:
            if amounts:
                return None
            continue
        m = amounts[0]
        a = num(m.group("a"))
        b = num(m.group("b")) if m.group("b") else a
        per_day = bool(_PER_DAY_MARK.search(c["part"])) and not _PER_WEEK_MARK.search(
            c["part"][m.end() :]
        )
        count = c["count"]
        daily = max(a, b) <= _DAILY_HOURS
        if count is None and (per_day or daily) and spare and (per_day or spare[0] >= _DAILY_DAYS):
            # "5h a day; Mon-Thu", and "4 hours, Tuesday to Saturday": the days said apart
            count, per_day = spare.pop(0), True
        if count is None:
            if per_day:
                return None
            count = 1.0  # a weekly amount
            weekly.append((a, b))
        elif not per_day and count > 1 and not c["named"]:
            return None
        elif not per_day and count >= _DAILY_DAYS and daily:
            pass  # "4 horas de martes a sábado": a working day's hours, on each of them
        elif not per_day and count > 1:
            count = 1.0  # "10 hours on weekends": a total for those days
        if count != 1.0 or c["named"]:
            used = True
        lo += a * count
        hi += b * count
    if not used:
        return None
    if len(weekly) == 1 and weekly[0] == (lo - weekly[0][0], hi - weekly[0][1]):
        # "16 horas, sábado y domingo ocho horas cada día": the week, then how it is made
        # up; the same hours said twice, not added.
        lo, hi = weekly[0]
    return lo, (hi if hi != lo else None)
