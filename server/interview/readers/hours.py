"""The hours-per-week reader: "4 hours a day, 5 days a week" is 20 hours per week.

Amounts per week, per day (times the days a week), per month, labelled ("availability:
20") or plain, and a week written in days (:mod:`server.interview.readers.schedule`). A
bare number counts when a topic word before it names hours, or for the field just asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from server.interview.cues import CORRECTION
from server.interview.readers.message import Finding, Message
from server.interview.readers.quantity import (
    A_YEAR,
    DAYS_RE,
    HOUR_WORD,
    HOURS_DAY,
    HOURS_LABELLED,
    HOURS_MONTH,
    HOURS_MONTH_BARE,
    HOURS_MONTH_FIRST,
    HOURS_PLAIN,
    HOURS_WEEK,
    YEAR_SAID,
    YEARS,
    bare_numbers,
    clean_number,
    course_length,
    excluded,
    follows_recalled,
    num,
    number_topic,
    pick,
    time_of_day_before,
)
from server.interview.readers.schedule import days_in_week, schedule_hours
from server.interview.readers.subject import plain
from server.interview.spec import FieldSpec


def _after_last_correction(d: str) -> str:
    """``d`` from its last correction on, where a number comes before and after it ("30
    std, ne warte, eher 38 weil ich freitags kann"): the schedule said again, not one to
    add to the first."""
    said = [m for m in CORRECTION.finditer(d) if re.search(r"\d", d[: m.start()])]
    if said and re.search(r"\d", d[said[-1].end() :]):
        return d[said[-1].start() :]
    return d


HOURS_IN_WEEK = 168.0
# More than this a week is no availability anyone keeps (over 14 hours every day).
MAX_WEEKLY_HOURS = 100.0
# Unasked, a few hours with no "a week" are a duration ("Half an hour by bus", "two hours
# away"), not the hours someone can work.
MIN_UNASKED_HOURS = 4.0
# Beside "N days a week", a bare amount up to a long shift is that day's hours; above it,
# the week's ("3 days a week, 20 hours" is 20).
MAX_SHIFT_HOURS = 12.0
_PER_WEEK_AFTER = re.compile(r"^\s*(?:a|per|each|every|in\s+a)\s+week\b|^\s*/\s*w|^\s*weekly\b")


# A reply longer than this tells something; hours in it with no "a week" and no word for
# work are how long something took.
LONG_REPLY_WORDS = 20
# Work or availability in a sentence, in the parser's English (the digits are glossed).
_WORK = re.compile(
    r"\b(?:work\w*|job|shifts?|available|availability|full[- ]?time|part[- ]?time|contract"
    r"|trabaj\w*|trabalh\w*|jornada|convenio|arbeit\w*|teilzeit|vollzeit|verfugbar|travail\w*"
    r"|temps\s+(?:plein|partiel)|mi-temps|contrat|lavor\w*|tempo\s+(?:pieno|parziale)"
    r"|meio\s+periodo|periodo\s+integral|disponib\w*"
    # Hours sought: "ich suche 35-40 Stunden", "busco unas 20 horas"
    r"|looking\s+for|seek\w*|want|would\s+like|suche|mochte|busco|quiero|cherche|voudrais"
    r"|cerco|vorrei|voglio|procuro|quero|gostaria"
    # "würde gern so 30 Std machen", "me gustaría", "j'aimerais", "mi piacerebbe"
    r"|wurde\s+gerne?|gustaria|aimerais|piacerebbe"
    # Hours preferred: "prefiro 24 horas", "lieber 25"
    r"|prefer\w*|prefier\w*|prefiro|preferisco|lieber)\b"
)
_EVERY_DAY = re.compile(r"\b(?:every\s*day|each\s+day|daily|7\s+days|all\s+week)\b")
_WEEKDAYS = re.compile(r"\b(?:on\s+)?(?:weekdays|work\s*days|monday\s+to\s+friday|mon-fri)\b")
_NOT_WEEKLY_AFTER = re.compile(
    r"^\s*(?:calls?\b|of|on(?!\s+(?:the\s+)?(?:weekends?|weekdays?|saturdays?|sundays?|evenings?)\b)|in\s+total|total|so\s+far|ago|experience|logged|worked|completed|per\s+"
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
        if any(s <= m.start("a") < e for s, e in self.taken) or excluded(self.d, m.start("a")):
            return False
        self.taken.append((m.start("a"), m.end()))
        return True


def _range_value(a: float, b: float | None) -> float | dict[str, float]:
    if b is None or a == b:
        return clean_number(a)
    lo, hi = sorted((a, b))
    return {"min": clean_number(lo), "max": clean_number(hi)}


def _hours_from(m: re.Match[str], factor: float = 1.0) -> tuple[float, float | None]:
    a = num(m.group("a")) * factor
    b = num(m.group("b")) * factor if m.group("b") else None
    return a, b


# Hours the candidate offers, beside hours they already work elsewhere ("I work 40 hours at
# the factory, so for you I can do 10").
_CAN = re.compile(
    r"\b(?:can|could|able|available|offer|give\s+you|for\s+you|puedo|podria|posso|potrei"
    r"|kann|konnte|peux|pourrais|pode|poderia|disponible|disponivel|disponibile|per\s+voi"
    r"|para\s+(?:ustedes|voces|vos|ti)|fur\s+sie|pour\s+vous)\b"
)


# A working day's or a shift's length before its hours: "jornada de", "a shift of".
_DAY_LENGTH_BEFORE = re.compile(
    r"\b(?:jornada|day|shift|turno|giornata|journee|tag|schicht|jour|giorno|workday)s?\s+"
    r"(?:de|of|di|von|da|d'|do)\s*$"
)


def _hours_put_right(d: str, at: int) -> bool:
    """Whether a correction of the hours comes before the number at ``at``: "scratch what
    I said about the hours - …, so 30 hours max", "I meant 4 days a week not 3, so 32 hrs"
    (not "corrijo o pH e deixo o filtro ligado 24 horas", whose correction is of something
    else)."""
    return any(
        re.search(r"\b(?:hours?|days?\s+(?:a|per)\s+week|week)\b", d[c.end() : at])
        for c in CORRECTION.finditer(d, 0, at)
    )


def _offered(mentions: list[tuple[Any, int, str]], d_all: str) -> list[tuple[Any, int, str]]:
    if len(mentions) < 2 or CORRECTION.search(d_all):
        # "Je peux faire 39h. Pardon, je voulais dire 30h": a correction decides, not the
        # "can" before the number taken back.
        return mentions
    offered = [
        t
        for i, t in enumerate(mentions)
        if _CAN.search(d_all[max(t[1] - 40, mentions[i - 1][1] if i else 0) : t[1]])
    ]
    return offered if len(offered) == 1 else mentions


# A time of day, not an amount: "after 21h", "alle 21", "um 18", "a las 15h"; and "à 21h",
# "às 18h" where the hour is written short ("a 20 horas" may be an amount).
_CLOCK_HOURS = 24.0


def _asked_time(msg: Message, d: str, m: re.Match[str]) -> bool:
    """Whether the hour matched at ``m``, written short ("5h"), is the time of day the
    question asked names: "oui 5h c'est ok" to "Pouvez-vous commencer à 5h ?"."""
    if msg.asked is None or not re.match(r"\d+\s*h\b", d[m.start("a") :]):
        return False
    hour = re.escape(d[m.start("a") :].split("h")[0].strip())
    return (
        re.search(rf"(?<![\d.,]){hour}\s*(?:h|:\d\d|uhr)", plain(msg.asked.question or ""))
        is not None
    )


def _at_clock(d: str, m: re.Match[str]) -> bool:
    """Whether the hours matched at ``m`` are a time of day."""
    short = re.match(r"\d+(?:[.,]\d+)?\s*h\b", d[m.start("a") :]) is not None
    return time_of_day_before(d[: m.start()], short)


# A number of days said with no period, beside hours a day: the days of a week worked.
_SOME_DAYS = re.compile(
    r"(?<![\d.,])(?P<days>[1-7])\s*days?\b"
    r"(?!\s*(?:off|free|frei|libres?|liber[oi]|livres?|de\s+(?:folga|descanso|repos)|di\s+riposo"
    r"|ago|notice|later|before|after|in\s+a\s+(?:month|year)|a\s+(?:month|year)"
    r"|per\s+(?:month|year)))"
)


# The days hours are said for: "per cinque giorni" (digit form "per 5 days"), "for 4 days",
# "durante 5 días", "pendant 4 jours", "für 5 Tage", "an fünf Tagen", "on 5 days".
_FOR_DAYS = re.compile(
    r"\b(?:for|per|por|durante|pendant|sur|fur|uber|x|an|on)\s+(?P<days>[1-7])\s*days?\b"
    # (not days a month or a year: "for 5 days a month")
    r"(?!\s*(?:a|per|por|pro|par|al|a\s+la|na|each|every)\s+"
    r"(?:month|year|mes|ano|monat|jahr|mois|an|mese|anno))"
)


_NAMES_HOURS = re.compile(rf"\d\s*(?:{HOUR_WORD})")


def read_hours(spec: FieldSpec, msg: Message) -> list[Finding]:
    mentions: list[tuple[Any, int, str]] = []
    findings: list[Finding] = []
    asked = msg.is_asked(spec)
    # Unasked, in a long reply, hours with no "a week" or "a day" are how long something
    # took ("I leave the filter on for 24 hours"), unless work or an offer is spoken of.
    long_reply = len(msg.text.split()) > LONG_REPLY_WORDS
    offset = 0
    previous = ""  # the sentence before, in digits
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        taken: list[tuple[int, int]] = []
        claim = _Claims(d, taken)
        weekly = schedule_hours(_after_last_correction(d), asked)
        if weekly is not None:
            mentions.append((weekly, offset, sentence))
            taken.append((0, len(d)))
        for m in HOURS_DAY.finditer(d):
            if re.search(r"[£$€]\s*$", d[: m.start("a")]) or not claim(m):
                continue  # "£250/day": a day's pay, not hours
            # "4 days, 10 hours each day": the days, with no "a week", beside hours a day.
            days = DAYS_RE.search(d) or _SOME_DAYS.search(d)
            a, b = _hours_from(m)
            if not asked and not _NAMES_HOURS.search(m.group()):
                # "1200 par jour", "I use one every day at work", unasked: a count a day of
                # something else
                continue
            if max(a, b or a) > 24:
                findings.append(
                    Finding(
                        "invalid",
                        None,
                        sentence,
                        f"{max(a, b or a):g} hours is more than a day has",
                    )
                )
            elif (
                days
                or _EVERY_DAY.search(d)
                or _WEEKDAYS.search(d)
                # "Viernes por la tarde, sábado y domingo, unas 6 horas cada día"
                or (days_in_week(d) or 0) >= 2
            ):
                named = days_in_week(d)
                n_days = (
                    num(days.group("days"))
                    if days
                    else float(named)
                    if named is not None
                    else (7.0 if _EVERY_DAY.search(d) else 5.0)
                )
                if days:
                    taken.append((days.start(), days.end()))
                a, b = _hours_from(m, n_days)
                mentions.append(((a, b), offset + m.start(), sentence))
            elif asked or _HOURS_TOPIC.search(plain(sentence)):
                # Unasked, clock times alone ("free the whole day, 8 till 6") answer the
                # question asked, not the hours a week.
                findings.append(
                    Finding(
                        "vague",
                        None,
                        sentence,
                        "I need hours per week; how many days a week is that?",
                    )
                )
        for m in HOURS_WEEK.finditer(d):
            a, b = _hours_from(m)
            if (
                not asked
                and not _NAMES_HOURS.search(m.group())
                and max(a, b or a) < MIN_UNASKED_HOURS
            ):
                continue  # "4 al mes, uno por semana": one of something else a week
            if claim(m):
                mentions.append(((a, b), offset + m.start(), sentence))
        # (unasked, "4 al mes" is four of something else a month)
        for m in (HOURS_MONTH_BARE if asked else HOURS_MONTH).finditer(d):
            if claim(m):
                mentions.append((_hours_from(m, 12 / 52), offset + m.start(), sentence))
        # "Sur le mois je peux faire environ 100 heures": the month said first
        for m in HOURS_MONTH_FIRST.finditer(d):
            if claim(m):
                mentions.append((_hours_from(m, 12 / 52), offset + m.start("a"), sentence))
        for m in HOURS_LABELLED.finditer(d):
            if claim(m):
                mentions.append((_hours_from(m), offset + m.start(), sentence))
        # (or the days the hours are for: "Sei ore per cinque giorni", "6 hours for 5 days")
        days_a_week = DAYS_RE.search(d) or _FOR_DAYS.search(d)
        for m in HOURS_PLAIN.finditer(d):
            if course_length(d[: m.start()], d[m.end() :]):
                taken.append((m.start("a"), m.end()))
                continue  # "il corso regionale da 60 ore", "a 40-hour course": no week's
            if _NOT_WEEKLY_AFTER.match(d[m.end() :]) or not claim(m):
                continue
            a, b = _hours_from(m)
            if b is None and a <= _CLOCK_HOURS and (_at_clock(d, m) or _asked_time(msg, d, m)):
                continue  # "plus de bus après 21h", "je finis à 21h": a time of day
            if (
                days_a_week is not None
                and max(a, b or a) <= MAX_SHIFT_HOURS
                and not _PER_WEEK_AFTER.match(d[m.end() :])
            ):
                # "Tres días a la semana, seis horas": a day's hours, on those days.
                a, b = _hours_from(m, num(days_a_week.group("days")))
                taken.append((days_a_week.start(), days_a_week.end()))
            if (
                asked
                or (
                    MIN_UNASKED_HOURS <= max(a, b or a) <= HOURS_IN_WEEK
                    # (or put right, in it or the sentence before: "scratch what I said
                    # about the hours - …, so thirty hours max")
                    and (
                        not long_reply
                        or _CAN.search(plain(sentence))
                        or _WORK.search(d)
                        or _hours_put_right(f"{previous} {d}", len(previous) + 1 + m.start())
                    )
                    # "por jornada de 8 horas": a day's length, no hours a week
                    and not _DAY_LENGTH_BEFORE.search(d[: m.start()])
                )
            ):
                mentions.append(((a, b), offset + m.start(), sentence))
        taken += [(m.start("a"), m.end()) for m in YEARS.finditer(d)]
        for lo, hi, pos in bare_numbers(d, taken):
            if hi is None and A_YEAR.fullmatch(f"{lo:g}") and YEAR_SAID.search(d[:pos]):
                continue  # "I started sailing at uni in 2019": a year of the calendar
            topic = number_topic(d, taken, pos)
            # "I said 45-50 hours, … so make it 40": a bare number correcting the hours.
            again = (
                bool(mentions)
                and (
                    CORRECTION.search(d[max(0, pos - 24) : pos + 1]) is not None
                    or follows_recalled(d, pos)
                    # "scratch the 30 hours, my partner's shifts changed, I can do 35"
                    or (
                        CORRECTION.search(d[:pos]) is not None
                        and _CAN.search(plain(d[max(0, pos - 20) : pos])) is not None
                    )
                )
            )
            if topic == "hours" or ((asked or again) and topic is None):
                mentions.append(((lo, hi), offset + pos, sentence))
        offset += len(d) + 1
        previous = d
    mentions.sort(key=lambda t: t[1])
    mentions = _offered(mentions, " ".join(msg.digits))
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
        if hi > MAX_WEEKLY_HOURS:
            return [
                Finding(
                    "invalid",
                    None,
                    evidence,
                    f"{hi:g} hours a week is more than anyone can work (over 14 hours a day)",
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
