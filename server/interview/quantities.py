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

from server.interview.fields import Finding, Message, mentions_subject
from server.interview.spec import FieldSpec
from server.interview.text import CORRECTION, fold
from server.interview.vocab import Vocabulary

MAX_YEARS = 60.0
HOURS_IN_WEEK = 168.0

# ------------------------------------------------------------------------ numbers

NUM = r"\d+(?:[.,]\d+)?"
_QUAL = (r"(?:(?:about|around|approx(?:imately)?|roughly|almost|nearly|over|more\s+than|"
         r"at\s+least|at\s+most|up\s+to|maybe|like|~|just\s+over|just\s+under|close\s+to|"
         r"realistically|probably|only|max(?:imum)?|min(?:imum)?)\s+)*")
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
    return bool(_NOT_BEFORE.search(d[max(0, start - 20):start]))


def bare_numbers(d: str, taken: list[tuple[int, int]]) -> list[tuple[float, float | None, int]]:
    """Numbers (and "a-b" ranges) in digit form ``d`` that no unit claims.

    Returns ``[(low, high or None, position)]``; a leading minus is kept.
    """
    out: list[tuple[float, float | None, int]] = []
    claimed = list(taken)
    for m in re.finditer(rf"(?<![\w.,/-])({NUM})\s*(?:-|to)\s*({NUM})(?![\w.,/]\d)(?!\w)", d):
        if any(s <= m.start() < e for s, e in claimed) or _excluded(d, m.start()):
            continue
        if _FILLER_AFTER.match(d[m.end():]):
            out.append((_num(m.group(1)), _num(m.group(2)), m.start()))
            claimed.append((m.start(), m.end()))
    for m in re.finditer(rf"(?<![\w.,/-])(-\s?)?({NUM})(?![\w.,/]\d)(?!\w)", d):
        if any(s <= m.start(2) < e for s, e in claimed) or _excluded(d, m.start()):
            continue
        if not _FILLER_AFTER.match(d[m.end():]):
            continue
        value = _num(m.group(2))
        out.append((-value if m.group(1) else value, None, m.start()))
    return sorted(out, key=lambda t: t[2])


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


def _year_mentions(spec: FieldSpec, msg: Message, vocab: Vocabulary) -> tuple[
        list[tuple[Any, int, str]], list[Finding], list[tuple[int, int]]]:
    mentions: list[tuple[Any, int, str]] = []
    bad: list[Finding] = []
    taken_by_sentence: list[tuple[int, int]] = []
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        for m in _YEARS.finditer(d):
            taken_by_sentence.append((offset + m.start("a"), offset + m.end()))
            after, before = d[m.end():], d[:m.start()]
            if _excluded(d, m.start("a")) or _FUTURE_BEFORE.search(before):
                continue
            if _AGE_OR_PAST.match(after) and not (
                after.lstrip().startswith("ago") and _SINCE.search(before)
            ):
                continue
            window = _clause_around(d, m.start())
            if _ROLE.search(window) and not mentions_subject(spec, window, vocab):
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
                bad.append(Finding("invalid", None, sentence,
                                   f"{value:g} years is more than a working life"))
                continue
            mentions.append((value, offset + m.start(), sentence))
        offset += len(d) + 1
    return mentions, bad, taken_by_sentence


def _clause_around(d: str, pos: int) -> str:
    starts = [m.end() for m in re.finditer(r"[,;:]\s|\b(?:but|and|while|then)\s", d[:pos])]
    start = starts[-1] if starts else 0
    end_m = re.search(r"[,;:]\s|\b(?:but|while|then)\s", d[pos:])
    end = pos + end_m.start() if end_m else len(d)
    return d[start:end]


def read_years(spec: FieldSpec, msg: Message, vocab: Vocabulary) -> list[Finding]:
    mentions, bad, _taken = _year_mentions(spec, msg, vocab)
    findings = list(bad)
    if msg.is_asked(spec) and not mentions:
        for sentence, d in zip(msg.sentences, msg.digits, strict=True):
            taken = [(m.start("a"), m.end()) for m in _YEARS.finditer(d)]
            taken += _hour_spans(d)
            for lo, hi, pos in bare_numbers(d, taken):
                value = lo if hi is None else (lo + hi) / 2
                mentions.append((value, pos, sentence))
    chosen = pick(mentions, " ".join(msg.digits))
    if chosen is not None:
        value, evidence = chosen
        if value < 0:
            findings.append(Finding("invalid", None, evidence, "experience cannot be negative"))
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
    rf"should\s+be|of|-)?\s*(?P<q>{_QUAL}){_RANGE}(?!\s*(?:{_H}|years?|yrs?|months?|days?))"
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


def read_hours(spec: FieldSpec, msg: Message) -> list[Finding]:
    mentions: list[tuple[Any, int, str]] = []
    findings: list[Finding] = []
    asked = msg.is_asked(spec)
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        taken: list[tuple[int, int]] = []
        claim = _Claims(d, taken)
        for m in _HOURS_DAY.finditer(d):
            if not claim(m):
                continue
            days = _DAYS_RE.search(d)
            a, b = _hours_from(m)
            if max(a, b or a) > 24:
                findings.append(Finding("invalid", None, sentence,
                                        f"{max(a, b or a):g} hours is more than a day has"))
            elif days or _EVERY_DAY.search(d) or _WEEKDAYS.search(d):
                n_days = _num(days.group("days")) if days else (
                    7.0 if _EVERY_DAY.search(d) else 5.0)
                if days:
                    taken.append((days.start(), days.end()))
                a, b = _hours_from(m, n_days)
                mentions.append(((a, b), offset + m.start(), sentence))
            else:
                findings.append(Finding("vague", None, sentence,
                                        "I need hours per week; how many days a week is that?"))
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
            if _NOT_WEEKLY_AFTER.match(d[m.end():]) or not claim(m):
                continue
            a, b = _hours_from(m)
            if max(a, b or a) <= HOURS_IN_WEEK or asked:
                mentions.append(((a, b), offset + m.start(), sentence))
        if asked:
            taken += [(m.start("a"), m.end()) for m in _YEARS.finditer(d)]
            for lo, hi, pos in bare_numbers(d, taken):
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
            return [Finding("invalid", None, evidence,
                            f"{hi:g} hours is more than the {HOURS_IN_WEEK:g} hours in a week")]
        if hi == 0:
            return [Finding("none", None, evidence)]
        return [Finding("answered", _range_value(a, b), evidence)]
    if findings:
        return findings[:1]
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        if VAGUE_HOURS.search(d) and (asked or _HOURS_TOPIC.search(d)):
            return [Finding("vague", None, sentence, "I need a number of hours per week")]
    return []



def read_number(spec: FieldSpec, msg: Message) -> list[Finding]:
    if not msg.is_asked(spec):
        return []
    mentions = []
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        for m in re.finditer(rf"(?<![\w.])(-\s?)?({NUM})(?![\w.]\d)", d):
            if _excluded(d, m.start()):
                continue
            value = _num(m.group(2)) * (-1 if m.group(1) else 1)
            mentions.append((value, m.start(), sentence))
    chosen = pick(mentions, " ".join(msg.digits))
    if chosen is None:
        return []
    value, evidence = chosen
    return [Finding("answered", _clean_number(value), evidence)]
