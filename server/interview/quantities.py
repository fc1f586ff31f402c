"""Quantities: numbers of years and hours per week (and plain numbers) in a candidate's words.

Numbers are read from a digit form of each sentence (number words and fractions
written as digits, links masked), with their unit: "eighteen months" is 1.5
years, "4 hours a day, 5 days a week" is 20 hours per week. A number right after
"not" is what the candidate corrects away from; a bare number ("20") counts only
for the field just asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from server.interview.fields import (
    Finding,
    Message,
    about_field,
    ai_related,
    mentions_subject,
    plain,
)
from server.interview.spec import FieldSpec
from server.interview.text import CORRECTION, fold
from server.interview.vocab import Vocabulary

MAX_YEARS = 60.0
HOURS_IN_WEEK = 168.0

# ------------------------------------------------------------------------ numbers

NUM = r"\d+(?:[.,]\d+)?"
_QUAL = (
    r"(?:(?:about|around|approx(?:imately)?|roughly|almost|nearly|over|more\s+than|"
    r"at\s+least|at\s+most|up\s+to|maybe|like|~|just\s+over|just\s+under|close\s+to|"
    r"realistically|probably|only|max(?:imum)?|min(?:imum)?)\s+)*"
)
_RANGE = rf"(?:between\s+)?(?P<a>{NUM})(?:\s*(?:-|to|or|and|/)\s*(?P<b>{NUM}))?\s*\+?"
_NOT_BEFORE = re.compile(r"(?:\bnot|\binstead\s+of|\brather\s+than|\bnor)\s+(?:an?\s+)?$")
_FILLER_AFTER = re.compile(
    r"^\s*(?:$|[.,!?;:)\-+~]|(?:honestly|maybe|probably|or\s+so|ish|tops|max|at\s+most|"
    r"at\s+least|i\s+think|i\s+guess|tbh|roughly|approx|give\s+or\s+take|or\s+more|plus|"
    r"hopefully|realistically|really|total|overall|for\s+now|currently|right\s+now|"
    r"and|but|also|then|is|would|should|sounds|if|as)\b)",
    re.IGNORECASE,
)


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _excluded(d: str, start: int) -> bool:
    """A number right after "not"/"instead of" is what the candidate corrects away from."""
    return bool(_NOT_BEFORE.search(d[max(0, start - 20) : start]))


def bare_numbers(d: str, taken: list[tuple[int, int]]) -> list[tuple[float, float | None, int]]:
    """Numbers (and "a-b" ranges) in digit form ``d`` that no unit claims.

    Returns ``[(low, high or None, position)]``; a leading minus is kept.
    """
    out: list[tuple[float, float | None, int]] = []
    claimed = list(taken)
    for m in re.finditer(rf"(?<![\w.,/-])({NUM})\s*(?:-|to)\s*({NUM})(?![\w.,/]\d)(?!\w)", d):
        if any(s <= m.start() < e for s, e in claimed) or _excluded(d, m.start()):
            continue
        if _FILLER_AFTER.match(d[m.end() :]):
            out.append((_num(m.group(1)), _num(m.group(2)), m.start()))
            claimed.append((m.start(), m.end()))
    for m in re.finditer(rf"(?<![\w.,/-])(-\s?)?({NUM})(?![\w.,/]\d)(?!\w)", d):
        if any(s <= m.start(2) < e for s, e in claimed) or _excluded(d, m.start()):
            continue
        if not _FILLER_AFTER.match(d[m.end() :]):
            continue
        value = _num(m.group(2))
        out.append((-value if m.group(1) else value, None, m.start()))
    return sorted(out, key=lambda t: t[2])


# fmt: off
_TOPIC_WORDS = {
    "years": re.compile(r"\b(?:years?|yrs?)\b"),
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


def pick(mentions: list[tuple[Any, int, str]], d_all: str) -> tuple[Any, str] | None:
    """Choose among several values for one field in one message.

    A correction ("sorry, I meant …", "actually …") makes the last mention win; a
    "total" marks the one meant; otherwise the first mention is the answer.
    """
    if not mentions:
        return None
    if len(mentions) > 1:
        if CORRECTION.search(d_all):
            value, _, evidence = mentions[-1]
            return value, evidence
        for value, _, evidence in mentions:
            if re.search(r"\b(?:total|in\s+all|overall|altogether|combined)\b", fold(evidence)):
                return value, evidence
    value, _, evidence = mentions[0]
    return value, evidence


# -------------------------------------------------------------------------- years

_YEARS = re.compile(
    rf"(?P<q>{_QUAL})(?P<neg>(?<![\w.])-\s?)?{_RANGE}\s*(?P<unit>years?|yrs?|y(?=\s|$|[.,;!)])|months?|mos?|mths?|"
    rf"weeks?|wks?)\b(?:\s*(?:and\s+)?(?P<extra>{NUM})\s*(?:months?|mos?|mths?)\b)?"
)
_ROLE = re.compile(
    r"\b(?:as\s+an?|been\s+an?|i'?m\s+an?|i\s+am\s+an?|work(?:ed|ing)?\s+as|job\s+as|career\s+as"
    r"|my\s+job|full[- ]time\s+job|day\s+job)\b"
)
_AGE_OR_PAST = re.compile(r"^\s*(?:old\b|of\s+age\b|ago\b|from\s+now\b)")
_FUTURE_BEFORE = re.compile(r"\b(?:in|within|next|after|for\s+the\s+next|another)\s+$")
_SINCE = re.compile(r"\b(?:started|since|began|begun|joined)\b")
_RATE_BEFORE = re.compile(
    r"(?:\d\s*(?:euros?|eur|€|dollars?|usd|\$|pounds?|gbp|£|chf|brl|reais|brutto|netto|gross"
    r"|net)|\bper|\bpro|\bpar|\bpor)\s*$"
)
_AGE_BEFORE = re.compile(
    r"\b(?:baby|babies|child|children|kids?|son|daughter|newborn|toddler|bimb[oa]|bambin[oa]"
    r"|figli[oa]|neonat[oa]|beb[eéê]|hij[oa]|nin[oa]|filh[oa]|kind|sohn|tochter|enfant|fils"
    r"|fille)\s+(?:\w+\s+)?(?:of|di|de|von|da|du)?\s*$"
)
VAGUE_YEARS = re.compile(
    r"\b(?:a\s+few|few|several|many|some|multiple|couple\s+of)\s+(?:years?|months?)\b|"
    r"\bfor\s+(?:years|ages|a\s+while|some\s+time|a\s+long\s+time)\b|\ba\s+(?:long\s+)?while\b|"
    r"\blong\s+time\b|\byears\s+of\s+experience\b|\bsince\s+(?:forever|ages)\b",
)


def _unit_factor(unit: str) -> float:
    if unit.startswith("m"):
        return 1 / 12
    if unit.startswith("w"):
        return 1 / 52
    return 1.0


def _year_mentions(
    spec: FieldSpec, msg: Message, vocab: Vocabulary
) -> tuple[list[tuple[Any, int, str]], list[Finding], list[tuple[int, int]]]:
    mentions: list[tuple[Any, int, str]] = []
    bad: list[Finding] = []
    taken_by_sentence: list[tuple[int, int]] = []
    unrelated: list[str] = []
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        for m in _YEARS.finditer(d):
            taken_by_sentence.append((offset + m.start("a"), offset + m.end()))
            after, before = d[m.end() :], d[: m.start()]
            if _excluded(d, m.start("a")) or _FUTURE_BEFORE.search(before):
                continue
            if _AGE_OR_PAST.match(after) and not (
                after.lstrip().startswith("ago") and _SINCE.search(before)
            ):
                continue
            window = _clause_around(d, m.start())
            if not msg.is_asked(spec) and m.group("unit").startswith("w"):
                continue  # weeks, unasked, are a stay or a notice period, not experience
            if _RATE_BEFORE.search(before) or _AGE_BEFORE.search(before):
                continue  # "62000 euros a year", "a baby of 2 months": no experience
            # Years spent on something else ("9 years in hospitals") are set apart only for a
            # field whose subject the vocabulary knows; elsewhere "3 years in a trattoria" may
            # well be kitchen experience, and a negative about the subject decides instead.
            if (
                ai_related(spec)
                and not _about_subject(spec, window, vocab)
                and (_ROLE.search(window) or _OTHER_WORK_AFTER.match(d[m.end() :]))
            ):
                unrelated.append(sentence)
                continue
            factor = _unit_factor(m.group("unit"))
            if m.group("neg"):
                bad.append(Finding("invalid", None, sentence, "experience cannot be negative"))
                continue
            a = _num(m.group("a")) * factor
            b = _num(m.group("b")) * factor if m.group("b") else a
            if m.group("extra"):
                a += _num(m.group("extra")) / 12
                b = a if not m.group("b") else b
            value = round((min(a, b) + max(a, b)) / 2, 3)
            if value > MAX_YEARS:
                bad.append(
                    Finding(
                        "invalid", None, sentence, f"{value:g} years is more than a working life"
                    )
                )
                continue
            mentions.append((value, offset + m.start(), sentence))
        offset += len(d) + 1
    if unrelated and not mentions and not bad:
        # Years in other work were said: the field stays unanswered, and is not vague either.
        bad.append(Finding("missing", None, unrelated[0], "years in other work do not count"))
    return mentions, bad, taken_by_sentence


# Years followed by what they were spent on, when that is something else ("9 years in
# hospitals", "3 years of data entry"): only AI-training work counts.
_OTHER_WORK_AFTER = re.compile(
    r"^\s*(?:of|in|at|as|with|doing|working\s+(?:in|at|as|for)|for|teaching|in\s+the)\s+"
    r"(?:an?\s+|the\s+|my\s+)?(?!(?:experience|exp|experiance|this|that|it|total|all|the\s+field"
    r"|field|industry|work|remote|online|freelance|freelancing|now|so\s+far|a\s+row|and|or)\b)"
    r"[a-z]"
)
_NOT_AI_DATA = re.compile(
    r"\bdata\s+(?:entry|analy\w+|science|scientist|engineer\w*|processing|center|centre|input)\b"
)


def _about_subject(spec: FieldSpec, window: str, vocab: Vocabulary) -> bool:
    if _NOT_AI_DATA.search(window):
        window = _NOT_AI_DATA.sub(" ", window)
    return mentions_subject(spec, window, vocab) or about_field(spec, window)


def _clause_around(d: str, pos: int) -> str:
    starts = [m.end() for m in re.finditer(r"[,;:]\s|\b(?:but|and|while|then)\s", d[:pos])]
    start = starts[-1] if starts else 0
    end_m = re.search(r"[,;:]\s|\b(?:but|while|then)\s", d[pos:])
    end = pos + end_m.start() if end_m else len(d)
    return d[start:end]


def read_years(spec: FieldSpec, msg: Message, vocab: Vocabulary) -> list[Finding]:
    mentions, bad, _taken = _year_mentions(spec, msg, vocab)
    findings = list(bad)
    asked = msg.is_asked(spec) and not mentions
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        taken = [(m.start("a"), m.end()) for m in _YEARS.finditer(d)]
        taken += _hour_spans(d)
        for lo, hi, pos in bare_numbers(d, taken):
            topic = number_topic(d, taken, pos)
            if topic == "years" or (asked and topic is None):
                value = lo if hi is None else (lo + hi) / 2
                mentions.append((value, offset + pos, sentence))
        offset += len(d) + 1
    mentions.sort(key=lambda t: t[1])
    chosen = pick(mentions, " ".join(msg.digits))
    if chosen is not None:
        value, evidence = chosen
        if value < 0:
            findings.append(Finding("invalid", None, evidence, "experience cannot be negative"))
        elif value > MAX_YEARS:
            findings.append(
                Finding("invalid", None, evidence, f"{value:g} years is more than a working life")
            )
        elif value == 0:
            findings.append(Finding("none", None, evidence))
        else:
            findings.append(Finding("answered", _clean_number(value), evidence))
    elif not findings:
        for sentence, d in zip(msg.sentences, msg.digits, strict=True):
            if VAGUE_YEARS.search(d):
                findings.append(Finding("vague", None, sentence, "I need a number of years"))
                break
    return findings


def _clean_number(value: float) -> float | int:
    value = round(value, 3)
    return int(value) if value == int(value) else value


# -------------------------------------------------------------------------- hours

_H = r"(?:h|hr|hrs|hour|hours|hs)\b"
_PER_WEEK = (
    r"\s*(?:(?:in\s+)?total\s+|max\s+|tops\s+|or\s+so\s+)?"
    r"(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+|in\s+a\s+|p/?)(?:week|wk|w)\b|\s*weekly\b"
)
_PER_DAY = r"\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)day\b|\s*daily\b"
_PER_MONTH = r"\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)(?:month|mo)\b|\s*monthly\b"
_DAYS = rf"(?P<days>{NUM})\s*days?\s*(?:a|per|/|each|every|in\s+a)?\s*(?:week|wk)\b"
_HOURS_WEEK = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{_H})?(?:{_PER_WEEK})")
_HOURS_DAY = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{_H})?(?:{_PER_DAY})")
_HOURS_MONTH = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*(?:{_H})(?:{_PER_MONTH})")
_HOURS_PLAIN = re.compile(rf"(?P<q>{_QUAL}){_RANGE}\s*{_H}")
_HOURS_LABELLED = re.compile(
    rf"\b(?:hours(?:\s+per\s+week)?|availability|weekly\s+hours|hrs)\s*(?:is|are|=|:|would\s+be|"
    rf"should\s+be|of|-)?\s*(?P<q>{_QUAL}){_RANGE}(?![\d.,]?\d)(?!\s*(?:{_H}|years?|yrs?|months?|days?))"
)
_DAYS_RE = re.compile(_DAYS)
_EVERY_DAY = re.compile(r"\b(?:every\s*day|each\s+day|daily|7\s+days|all\s+week)\b")
_WEEKDAYS = re.compile(r"\b(?:on\s+)?(?:weekdays|work\s*days|monday\s+to\s+friday|mon-fri)\b")
_NOT_WEEKLY_AFTER = re.compile(
    r"^\s*(?:of|on(?!\s+(?:the\s+)?(?:weekends?|weekdays?|saturdays?|sundays?|evenings?)\b)|in\s+total|total|so\s+far|ago|experience|logged|worked|completed|per\s+"
    r"(?:project|task)|a\s+(?:project|task))\b"
)
VAGUE_HOURS = re.compile(
    r"\bfull[- ]?time\b|\bpart[- ]?time\b|\bflexible\b|\bdepends\b|\bdepending\b|\bvaries\b|"
    r"\bas\s+(?:much|many)\s+as\b|\bwhenever\b|\bas\s+needed\b|\b(?:some|a\s+few)\s+hours\b|"
    r"\bhere\s+and\s+there\b|\bnot\s+sure\b|\bevenings\b|\bweekends\b|\bfree\s+time\b|"
    r"\bspare\s+time\b|\bplenty\b|\ba\s+lot\b|\bwhatever\b"
)
_HOURS_TOPIC = re.compile(
    r"\bhours?\b|\bhrs\b|\bfull[- ]?time\b|\bpart[- ]?time\b|\bavailability\b|\bschedule\b|"
    r"\bper\s+week\b|\bweekly\b|\bavailable\b|\b(?:can|could)\s+work\b"
)


@dataclass
class _Claims:
    """Spans of one sentence already read as a number of hours."""

    d: str
    taken: list[tuple[int, int]]

    def __call__(self, m: re.Match[str]) -> bool:
        if any(s <= m.start("a") < e for s, e in self.taken) or _excluded(self.d, m.start("a")):
            return False
        self.taken.append((m.start("a"), m.end()))
        return True


def _hour_spans(d: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_HOURS_WEEK, _HOURS_DAY, _HOURS_MONTH, _HOURS_PLAIN, _HOURS_LABELLED, _DAYS_RE):
        spans += [(m.start(), m.end()) for m in pattern.finditer(d)]
    return spans


def _range_value(a: float, b: float | None) -> float | dict[str, float]:
    if b is None or a == b:
        return _clean_number(a)
    lo, hi = sorted((a, b))
    return {"min": _clean_number(lo), "max": _clean_number(hi)}


def _hours_from(m: re.Match[str], factor: float = 1.0) -> tuple[float, float | None]:
    a = _num(m.group("a")) * factor
    b = _num(m.group("b")) * factor if m.group("b") else None
    return a, b


# ------------------------------------------------------------------ weekly schedules

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
_WEEKDAY_WORDS = re.compile(r"\b(?:week\s?days?|work\s?days?|working\s+days|business\s+days)\b")
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
)
_SCHEDULE_SPLIT = re.compile(
    rf"\s*[,;]\s*|\s+(?:and|plus|but|then|&)\s+(?!(?:on\s+)?(?:{_DAY}|week\s?ends?|week\s?days?)\b)"
)
_AMOUNT = re.compile(
    rf"(?<![\w.:/-])(?P<a>{NUM})(?:\s*(?:-|to)\s*(?P<b>{NUM}))?\s*(?P<unit>{_H})?"
    r"(?!\s*(?:am|pm|years?|yrs?|months?|weeks?|days?|minutes?|mins?|:|%)\b)(?![\w.:])"
)
_PER_DAY_MARK = re.compile(
    r"\b(?:each|every|daily|per\s+day|a\s+day|an\s+day|/\s*day|everyday|per\s+weekday)\b|/\s*day\b"
)
_PER_WEEK_MARK = re.compile(r"\b(?:a|per|each|every|in\s+a)\s+week\b|/\s*w(?:ee)?k\b|\bweekly\b")
_TIME_BEFORE = re.compile(r"\b(?:from|at|after|before|until|till|by|around\s+\d+\s*(?:am|pm))\s*$")


def _day_set(text: str) -> set[int]:
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
    if _WEEKEND_WORDS.search(text):
        days |= {5, 6}
    return days


def _mentions_days(d: str) -> bool:
    return bool(
        _DAY_RANGE.search(d)
        or _DAY_ONE.search(d)
        or _WEEKDAY_WORDS.search(d)
        or _WEEKEND_WORDS.search(d)
    )


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
        excluded |= _day_set(m.group("list") or m.group("list2") or m.group("list3") or "")
    body = _EXCLUDED_DAYS.sub(" ", d)
    clauses: list[dict[str, Any]] = []
    for part in _SCHEDULE_SPLIT.split(body):
        n_days = _N_DAYS.search(part)
        days = _day_set(part)
        count: float | None = None
        if days:
            count = float(len(days - excluded))
        elif n_days:
            count = _num(n_days.group("n"))
        elif _ALL_DAYS.search(part):
            count = float(len(set(range(7)) - excluded))
        scan = _N_DAYS.sub(lambda m: " " * len(m.group()), part)
        amounts = [m for m in _AMOUNT.finditer(scan) if not _TIME_BEFORE.search(scan[: m.start()])]
        clauses.append({"count": count, "amounts": amounts, "part": scan, "named": bool(days)})
    hourly = any(m.group("unit") for c in clauses for m in c["amounts"]) or asked
    if not hourly:
        return None
    spare = [c["count"] for c in clauses if c["count"] is not None and not c["amounts"]]
    lo = hi = 0.0
    used = False
    for c in clauses:
        amounts = [m for m in c["amounts"] if m.group("unit") or c["named"] or len(clauses) == 1]
        if len(amounts) != 1:
            if amounts:
                return None
            continue
        m = amounts[0]
        a = _num(m.group("a"))
        b = _num(m.group("b")) if m.group("b") else a
        per_day = bool(_PER_DAY_MARK.search(c["part"])) and not _PER_WEEK_MARK.search(
            c["part"][m.end() :]
        )
        count = c["count"]
        if count is None and per_day and spare:
            count = spare.pop(0)
        if count is None:
            if per_day:
                return None
            count = 1.0  # a weekly amount
        elif not per_day and count > 1 and not c["named"]:
            return None
        elif not per_day and count > 1:
            count = 1.0  # "10 hours on weekends": a total for those days
        if count != 1.0 or c["named"]:
            used = True
        lo += a * count
        hi += b * count
    if not used:
        return None
    return lo, (hi if hi != lo else None)


def read_hours(spec: FieldSpec, msg: Message) -> list[Finding]:
    mentions: list[tuple[Any, int, str]] = []
    findings: list[Finding] = []
    asked = msg.is_asked(spec)
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        taken: list[tuple[int, int]] = []
        claim = _Claims(d, taken)
        weekly = schedule_hours(d, asked)
        if weekly is not None:
            mentions.append((weekly, offset, sentence))
            taken.append((0, len(d)))
        for m in _HOURS_DAY.finditer(d):
            if not claim(m):
                continue
            days = _DAYS_RE.search(d)
            a, b = _hours_from(m)
            if max(a, b or a) > 24:
                findings.append(
                    Finding(
                        "invalid",
                        None,
                        sentence,
                        f"{max(a, b or a):g} hours is more than a day has",
                    )
                )
            elif days or _EVERY_DAY.search(d) or _WEEKDAYS.search(d):
                n_days = (
                    _num(days.group("days")) if days else (7.0 if _EVERY_DAY.search(d) else 5.0)
                )
                if days:
                    taken.append((days.start(), days.end()))
                a, b = _hours_from(m, n_days)
                mentions.append(((a, b), offset + m.start(), sentence))
            else:
                findings.append(
                    Finding(
                        "vague",
                        None,
                        sentence,
                        "I need hours per week; how many days a week is that?",
                    )
                )
        for m in _HOURS_WEEK.finditer(d):
            if claim(m):
                mentions.append((_hours_from(m), offset + m.start(), sentence))
        for m in _HOURS_MONTH.finditer(d):
            if claim(m):
                mentions.append((_hours_from(m, 12 / 52), offset + m.start(), sentence))
        for m in _HOURS_LABELLED.finditer(d):
            if claim(m):
                mentions.append((_hours_from(m), offset + m.start(), sentence))
        for m in _HOURS_PLAIN.finditer(d):
            if _NOT_WEEKLY_AFTER.match(d[m.end() :]) or not claim(m):
                continue
            a, b = _hours_from(m)
            if max(a, b or a) <= HOURS_IN_WEEK or asked:
                mentions.append(((a, b), offset + m.start(), sentence))
        taken += [(m.start("a"), m.end()) for m in _YEARS.finditer(d)]
        for lo, hi, pos in bare_numbers(d, taken):
            topic = number_topic(d, taken, pos)
            if topic == "hours" or (asked and topic is None):
                mentions.append(((lo, hi), offset + pos, sentence))
        offset += len(d) + 1
    mentions.sort(key=lambda t: t[1])
    chosen = pick(mentions, " ".join(msg.digits))
    if chosen is not None:
        (a, b), evidence = chosen
        hi = max(a, b if b is not None else a)
        lo = min(a, b if b is not None else a)
        if lo < 0:
            return [Finding("invalid", None, evidence, "hours cannot be negative")]
        if hi > HOURS_IN_WEEK:
            return [
                Finding(
                    "invalid",
                    None,
                    evidence,
                    f"{hi:g} hours is more than the {HOURS_IN_WEEK:g} hours in a week",
                )
            ]
        if hi == 0:
            return [Finding("none", None, evidence)]
        return [Finding("answered", _range_value(a, b), evidence)]
    if findings:
        return findings[:1]
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        if VAGUE_HOURS.search(d) and (asked or _HOURS_TOPIC.search(d)):
            return [Finding("vague", None, sentence, "I need a number of hours per week")]
    return []


# Units a number field can be counted in, found in its label, question or description (in
# any of the six languages), and the units of the same kind that convert into it. The
# message's side is its digit form, where the language's unit words are already glossed.
# fmt: off
_UNITS: dict[str, tuple[str, dict[str, float]]] = {
    "days": (r"days?|dias?|tage?n?|jours?|giorni|giornate", {"weeks": 7.0}),
    "weeks": (r"weeks?|semanas?|wochen?|semaines?|settimane?", {"days": 1 / 7}),
    "wpm": (r"words?\s+(?:per|a)\s+minute|wpm|ppm|palabras\s+por\s+minuto|palavras\s+por\s+minuto"
            r"|worter\s+pro\s+minute|mots\s+par\s+minute|parole\s+al\s+minuto", {}),
    "minutes": (r"minutes?|mins?|minutos?|minuten|minuti", {"hours": 60.0}),
    "hours": (r"hours?|hrs?|h|horas?|stunden?|heures?|ore", {"minutes": 1 / 60}),
    "km": (r"km|kms|kilomet(?:er|re)s?|kilometros?|quilometros?|chilometri", {"miles": 1.609}),
    "miles": (r"miles?|mi|meilen|millas|milhas|miglia", {"km": 1 / 1.609}),
    "money": (r"euros?|eur|€|dollars?|usd|\$|pounds?|gbp|£|reais|brl|r\$|chf|franken|salary"
              r"|salario|gehalt|salaire|stipendio|brutto|gross", {}),
}
# fmt: on
_UNIT_AFTER = {
    kind: re.compile(rf"^\s*(?:{pattern})(?![\w$€£])") for kind, (pattern, _) in _UNITS.items()
}
_UNIT_IN_SPEC = {
    kind: re.compile(rf"(?<![\w$€£])(?:{pattern})(?![\w$€£])")
    for kind, (pattern, _) in _UNITS.items()
}
# Other units a number may carry that no number field is counted in here.
_OTHER_UNIT_AFTER = re.compile(
    r"^\s*(?:years?|yrs?|months?|weeks?|days?|times?|people|persons?|kids?|children|%|am|pm)\b"
)


def field_unit(spec: FieldSpec) -> str | None:
    """The unit a number field is counted in, if its wording names one."""
    words = plain(f"{spec.label} {spec.question or ''} {spec.description}")
    return next((kind for kind, pattern in _UNIT_IN_SPEC.items() if pattern.search(words)), None)


def _unit_of(after: str) -> str | None:
    return next((kind for kind, pattern in _UNIT_AFTER.items() if pattern.match(after)), None)


def read_number(spec: FieldSpec, msg: Message) -> list[Finding]:
    """A number for the field. A field counted in a unit prefers a number in that unit,
    converts one in a unit of the same kind ("half an hour" → 30 on a minutes field) and
    passes over numbers in other units ("10 km, so 25 minutes"); unasked, it reads only a
    number in its unit beside the field's subject."""
    unit = field_unit(spec)
    asked = msg.is_asked(spec)
    in_unit, plain_numbers = [], []
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        for m in re.finditer(rf"(?<![\w.])(-\s?)?({NUM})(?![\w.]\d)", d):
            if _excluded(d, m.start()):
                continue
            value = _num(m.group(2)) * (-1 if m.group(1) else 1)
            said = _unit_of(d[m.end() :])
            if unit is not None and said == unit:
                in_unit.append((value, m.start(), sentence))
            elif unit is not None and said in _UNITS[unit][1]:
                in_unit.append((value * _UNITS[unit][1][said], m.start(), sentence))
            elif said is None and not _OTHER_UNIT_AFTER.match(d[m.end() :]):
                plain_numbers.append((value, m.start(), sentence))
    if not asked:
        # The subject, not the unit: "25 minutes away" alone names no commute.
        if unit is None:
            return []  # unasked, only a number in the field's own unit is read
        in_unit = [
            t for t in in_unit if about_field(spec, _UNIT_IN_SPEC[unit].sub(" ", plain(t[2])))
        ]
        if not in_unit:
            return []
    chosen = pick(in_unit or plain_numbers, " ".join(msg.digits))
    if chosen is None:
        return []
    value, evidence = chosen
    return [Finding("answered", _clean_number(value), evidence)]
