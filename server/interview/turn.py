"""One turn of an interview: read the candidate's message, update the record, reply.

:func:`start` opens an interview, :func:`take_turn` handles one candidate message and
returns everything a response shows (the reply, the new state and its
:class:`Standing`), :func:`standing` describes a stored state the same way, and
:func:`confirm` closes the summary. The state is a plain pydantic model the web app
stores as JSON; every new attribute has a default so states stored by older versions
still load. ``take_turn`` never mutates the state it is given.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, replace
from typing import TypedDict

from pydantic import BaseModel, ConfigDict, Field

from server.engine.base import Engine
from server.errors import Conflict, Incomplete
from server.interview import policy, replies
from server.interview.consult import asks_why, understand
from server.interview.cues import (
    ADDITION,
    AS_OFFERED,
    CORRECTION,
    FEW_OR_MANY,
    LONG_TIME,
    NEAR_OR_FAR,
    NOT_KNOWING,
    ONLY_WORDS,
)
from server.interview.numerals import numbers_to_digits
from server.interview.prompts import GRAMMAR_VERSION, PROMPT_VERSION
from server.interview.readers.choice import (
    means_either,
    names_some_choice,
    says_either,
    says_preference,
    shares_choice_root,
)
from server.interview.readers.free_text import TEXT_LIMITS, names_a_time
from server.interview.readers.message import Finding
from server.interview.readers.numbers import counts_in_own_unit, field_unit
from server.interview.readers.pick import read_place
from server.interview.readers.quantity import (
    bare_numbers,
    clean_number,
    recalled_at,
    replaces_recalled,
)
from server.interview.readers.subject import (
    ANY_STOPWORDS,
    about_field,
    plain,
    shares_question_word,
    stems,
)
from server.interview.readers.yes_no import UNDECIDED, opens_with_yes_or_no
from server.interview.rubric_lexical import PARTIAL_SHARE, overlap
from server.interview.spec import FieldSpec, FieldState, JobSpec, Phase, SampleField, Status
from server.interview.text import mask_links, sentences
from server.interview.types import TEXT_TYPES
from server.interview.understand import Reading, read_message, restates, revisits

__all__ = [
    "GRAMMAR_VERSION",
    "PROMPT_VERSION",
    "ChecklistEntry",
    "InterviewState",
    "Standing",
    "TurnResult",
    "confirm",
    "is_complete",
    "merge",
    "standing",
    "start",
    "take_turn",
]

log = logging.getLogger(__name__)


class InterviewState(BaseModel):
    """Where one interview stands. JSON round-trippable; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    fields: dict[str, FieldState]
    asked: str | None = None
    phase: Phase = "interview"
    asks: dict[str, int] = Field(default_factory=dict)
    wordings: dict[str, list[str]] = Field(default_factory=dict)
    turns: int = 0
    waiting_notes: int = 0
    injection_suspected: bool = False
    model_failures: int = 0
    # The rubric question whose follow-up ("anything you would add?") awaits a reply, and
    # those already followed up: one each, so a candidate is never pressed twice.
    follow_up: str | None = None
    followed_up: list[str] = Field(default_factory=list)
    # The fields the candidate's last message answered: "Ah giusto, allora 5" right after
    # may correct one of them.
    answered_last: list[str] = Field(default_factory=list)
    # The required fields the candidate moved past, asked again once the others are done.
    deferred: list[str] = Field(default_factory=list)


class ChecklistEntry(TypedDict):
    key: str
    label: str
    status: Status
    complete: bool


@dataclass(frozen=True)
class Standing:
    """What a page shows of an interview besides its messages."""

    phase: Phase
    checklist: list[ChecklistEntry]  # every field in job order
    complete: bool  # every required field is complete
    summary: str | None  # once the interview has reached its summary
    # The field the interviewer's last message asks about; None when it asks about none
    # (the summary) or about several at once.
    asking: str | None = None


@dataclass(frozen=True)
class TurnResult:
    state: InterviewState
    reply: str
    changed: list[str]
    standing: Standing


# What the reply builders return: the new state, the reply, the keys that changed.
_Outcome = tuple[InterviewState, str, list[str]]


def start(job: JobSpec, *, practice: bool = False) -> tuple[InterviewState, str]:
    """A fresh interview and its greeting (which lists every question, then asks the first;
    a ``practice`` run's says that nothing is kept)."""
    state = InterviewState(fields={s.key: FieldState() for s in job.all_fields()})
    action = policy.next_action(job, state.fields, state.asks, None)
    if action.kind != "ask" or action.key is None:  # a job always has a field to ask
        raise ValueError("the job has nothing to ask")
    voice = replies.Voice.of(job)
    text = _ask(job, state, action.key, "first", None, voice)
    if text is None:  # a fresh field has every wording unused
        raise ValueError(f"no wording to ask {action.key!r}")
    return state, voice.greeting(job, text, practice=practice)


async def take_turn(engine: Engine, job: JobSpec, state: InterviewState, text: str) -> TurnResult:
    """Handle one candidate message. Raises ``EngineBusy`` when the model's queue is full
    and ``EngineLoading`` when it is needed before it has loaded."""
    new, reply, changed = await _turn(engine, job, state, text)
    return TurnResult(new, reply, changed, standing(job, new))


async def _turn(engine: Engine, job: JobSpec, state: InterviewState, text: str) -> _Outcome:
    new = state.model_copy(deep=True)
    for spec in job.all_fields():
        new.fields.setdefault(spec.key, FieldState())
    new.turns += 1
    if new.phase == "submitted":
        return new, replies.Voice.of(job).submitted(), []
    reading = await understand(engine, job, text, new.asked)
    if reading.model_failed:
        new.model_failures += 1
    if reading.injection:
        new.injection_suspected = True
    reading = corrected_values(job, new, reading)
    reading = _just_said_again(job, new, reading)
    reading = _recalled_once(new, reading)
    reading = await _days_after_hours(job, new, reading, text)
    reading = await _answered_ahead(engine, job, new, reading, text)
    reading = await _yes_or_no_ahead(job, new, reading, text)
    reading = await _open_answer_ahead(engine, job, new, reading, text)
    if new.follow_up is not None:
        reading = _addition(new, reading, new.follow_up)
        # A question about the follow-up keeps it open: the answer still adds to the first.
        new.follow_up = new.follow_up if reading.clarify == new.follow_up else None
    changed = merge(job, new, reading)
    new.answered_last = [k for k in changed if new.fields[k].status == "answered"]
    if new.phase in ("summary", "confirmed"):
        return _after_summary(job, new, reading, changed)
    return _interview_reply(job, new, reading, changed)


_NUMERIC = frozenset({"number", "years", "hours_per_week"})
_LIMITS = {"years": 60.0, "hours_per_week": 168.0}


def corrected_values(job: JobSpec, state: InterviewState, reading: Reading) -> Reading:
    """A correction that names the number it takes back ("fourteen, not twelve"; "no son
    doce años, son catorce") answers the one field that holds that number, whichever
    question is open: the other number of that sentence is the new value."""
    found: dict[str, Finding] = {}
    for spec in job.all_fields():
        current = state.fields.get(spec.key)
        mine = reading.findings.get(spec.key)
        if (
            spec.type not in _NUMERIC
            or current is None
            or current.status != "answered"
            or isinstance(current.value, bool)
            or not isinstance(current.value, int | float)
            or (
                mine is not None
                and mine.status == "answered"
                and not (
                    spec.type == "years" and _TAKES_BACK.search(_digits(reading.text, reading.lang))
                )
            )
        ):
            continue
        old = float(current.value)
        for sentence in sentences(reading.text):
            # a range said is its midpoint: "de 8 a 10 festas", "4, non 2-3"
            d = _RANGE_SAID.sub(_midpoint, _digits(sentence, reading.lang))
            numbers = [
                # months said of a field counted in years are its twelfths: "nur 18 Monate"
                (float(m.group()) / (12 if _in_months(spec, d, m.end()) else 1), m.start())
                for m in re.finditer(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,]?\d)", d)
            ]
            taken_back = [
                start
                for v, start in numbers
                if v == old
                and (
                    re.search(
                        r"\b(?:not|instead\s+of)\s+(?:\w+\s+)?$", d[max(0, start - 16) : start]
                    )
                    or recalled_at(d, start)
                )
            ]
            new_values = {v for v, _ in numbers if v != old}
            if not 1950 <= old <= 2099:
                # "c'est 7 saisons, pas 8, celle de 2020 a été annulée": a year of the
                # calendar is no new value of a count.
                new_values = {v for v in new_values if not (1950 <= v <= 2099 and v == int(v))}
            if (
                not taken_back
                and any(v == old for v, _ in numbers)
                and CORRECTION.search(sentence)
                and about_field(spec, sentence, job.all_fields())
                and not any(_UNIT_AFTER.match(d, start) for v, start in numbers if v != old)
            ):
                # "lo de las ovejas que me he liado: son unas 200, lo de 120 era cuando
                # empezaba": a correction naming the field, the old number and one new one.
                taken_back = [start for v, start in numbers if v == old]
            if (
                not taken_back
                and len(numbers) == 1
                and new_values
                and CORRECTION.search(sentence)
                # "na verdade posso 5 dias, me enganei": or its unit, for "Dias por semana";
                # or the field named ("sobre o salario, pode colocar 2.300, me confundi")
                and (
                    _counts_label(spec, d, numbers[0][1])
                    # (in a short sentence: "…, corrijo o pH, … deixo o filtro ligado 24
                    # horas" tells a story, it corrects no hours a week)
                    or (
                        (
                            len(sentence.split()) <= _CORRECTION_WORDS
                            or _corrected_just_before(d, numbers[0][1])
                        )
                        and (
                            counts_in_own_unit(spec, d)
                            or about_field(_unrated(spec), sentence, job.all_fields())
                        )
                    )
                )
            ):
                # "Korrektur zu vorhin: ich kann doch vier Abende": a correction that counts
                # the field's own word, while another question is open.
                taken_back = [numbers[0][1]]
            if (
                not taken_back
                and spec.type == "years"
                and CORRECTION.search(sentence)
                and _IN_YEARS.search(d)  # not "2 days a week, not 3"
            ):
                # "au Portugal c'était dix ans, pas douze" of "douze ans au Portugal et deux
                # ici": the spell taken back is part of the sum, which changes by as much.
                parts = [
                    (v, start)
                    for v, start in numbers
                    if v < old and _TAKEN_BACK_PART.search(d[max(0, start - 16) : start])
                ]
                if (
                    len(parts) == 1
                    and len(new_values - {parts[0][0]}) == 1
                    and _a_sum_with(current.evidence or "", reading.lang, old, parts[0][0])
                ):
                    part, taken_back = parts[0][0], [parts[0][1]]
                    new_values = {old - part + (new_values - {part}).pop()}
            if taken_back and len(new_values) == 1:
                value = new_values.pop()
                if 0 < value <= _LIMITS.get(spec.type, float("inf")):
                    found[spec.key] = Finding(
                        "answered", clean_number(value), sentence, source="correction"
                    )
                break
    if len(found) != 1:
        return reading  # no number taken back, or one that more than one field holds
    ((key, new),) = found.items()
    same = [
        k
        for k, f in reading.findings.items()
        if k != key
        and f.status == "answered"
        and f.value == new.value
        and new.evidence in f.evidence
    ]
    named = about_field(job.field(key), new.evidence, job.all_fields())
    if not named and any(k != state.asked for k in same):
        return reading  # "gli anni … sono 6, non 7": the years' own reading has the 6
    # The new number is that field's, named or taken back from it alone: the question
    # asked does not take it as well ("die Stunden: lieber 30 statt 35" while weekends on
    # call are asked), nor another field ("le pizze all'ora sono più sulle 40, non 50").
    kept = {k: f for k, f in reading.findings.items() if k not in same}
    return replace(reading, findings={**kept, **found})


_RANGE_SAID = re.compile(
    r"(?:\bfrom\s+|\bbetween\s+)?(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*(\d+(?:\.\d+)?)(?![\d.,]?\d)"
)


def _midpoint(m: re.Match[str]) -> str:
    low, high = float(m.group(1)), float(m.group(2))
    if not low < high or m.group().startswith("between") != (" and" in m.group()):
        return m.group()  # "2 and 3 of them" is no range; "10 to 8" neither
    return f"{(low + high) / 2:g}"


def _corrected_just_before(d: str, at: int) -> bool:
    """Whether a correction opens the short stretch that ends with the number at ``at`` of
    the digit form ``d``: "…, da war ich an der Verladung. Und eine Korrektur: ich kann doch
    nur 6 weeks, Ende September …" corrects the weeks however long the sentence runs."""
    cues = [m for m in CORRECTION.finditer(d, 0, at)]
    if not cues:
        return False
    stretch = d[cues[-1].start() : at]
    return len(stretch.split()) <= _CORRECTION_WORDS // 2 and not re.search(r"[.;!?]", stretch)


def _in_months(spec: FieldSpec, d: str, end: int) -> bool:
    """Whether the number ending at ``end`` of ``d`` counts months of a years field."""
    return spec.type == "years" and re.match(r"\s*months?\b", d[end:]) is not None


# A number taken back, in the digit form: "not 12", "pas 12", "nao 5", "statt 6".
_TAKEN_BACK_PART = re.compile(
    r"\b(?:not|no|pas|nicht|nao|non|instead\s+of|statt|anstatt|invece\s+di|en\s+lugar\s+de"
    r"|au\s+lieu\s+de|em\s+vez\s+de)\s+(?:\w+\s+)?$"
)


def _a_sum_with(evidence: str, lang: str, total: float, part: float) -> bool:
    """Whether the words a value was read from said it as a sum of spells, one of them
    ``part``: "douze ans au Portugal et deux ans ici" is 14 with 12 in it."""
    said = [
        float(m.group())
        for m in re.finditer(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,]?\d)", _digits(evidence, lang))
    ]
    if any(1950 <= v <= 2099 for v in said):
        return False  # counted from a date ("seit 2010"), not added up
    # ("y aquí en Brasil uno más": a spell of one is said in words)
    # (a "1" may be an article the digits took for a number: "y dos en un bar")
    added = min(sum(said), sum(v for v in said if v != 1))
    return part in said and part < total and added <= total + _SAME


_SAME = 0.01  # years apart that are the same figure
# A number of years said in the digit form: "10 years, not 12".
_IN_YEARS = re.compile(r"\d\s*years?\b")


_TAKES_BACK = re.compile(_TAKEN_BACK_PART.pattern.removesuffix("$") + r"\d")


# The longest sentence read as a correction by the unit or the name of the field it gives.
_CORRECTION_WORDS = 14
_RATE_OF = re.compile(r"\b(?:per|par|pro|por|al|alla|a|an?|je)\s+[^\W\d_]+")


def _unrated(spec: FieldSpec) -> FieldSpec:
    """``spec`` with the unit its count is a rate of left out of its label: "Battitura
    (parole al minuto)" is named by "parole", not by "5 minuti"."""
    return spec.model_copy(update={"label": _RATE_OF.sub(" ", plain(spec.label))})


def _counts_label(spec: FieldSpec, d: str, at: int) -> bool:
    """Whether the number at ``at`` in ``d`` counts a word of ``spec``'s label ("4 abende"
    for "Abende pro Woche"), by its first five letters."""
    after = re.match(r"\d+(?:\.\d+)?\s+([^\W\d_]{4,})", d[at:])
    if after is None:
        return False
    # not the unit of a rate: "5 minuti" counts none of "Vitesse (mots par minute)"
    label = _RATE_OF.sub(" ", plain(spec.label))
    return plain(after.group(1))[:5] in stems(label)


# Realising a slip: "ah giusto", "oh right", "ah vale", "ach so", "ah oui", "ah sim".
_REALISED = re.compile(
    r"^\W*(?:ah+|oh+|ops|oops|ach|right|giusto|vale|stimmt|certo|claro|ok(?:ay)?)\b"
)
# A reply that says a number again, and little else; and the words a reply that takes the
# last number back may add ("80 não, eram 60").
_AGAIN_WORDS = 6
_TAKEN_BACK_WORDS = 3


def _just_said_again(job: JobSpec, state: InterviewState, reading: Reading) -> Reading:
    """A short reply that realises a slip and gives one number ("Ah giusto, allora 5" after
    "7 giorni su 7!", while the next question is open), or takes that number back for
    another ("ops, 80 não, eram 60"), corrects the number the last message gave, where it
    gave one: the question asked is asked again."""
    asked = state.asked
    if asked is None or len(state.answered_last) != 1 or asked in state.answered_last:
        return reading
    spec = job.field(state.answered_last[0])
    current = state.fields[spec.key]
    if (
        spec.type not in _NUMERIC
        or job.field(asked).type in _NUMERIC
        or current.status != "answered"
        or not (_REALISED.search(plain(reading.text)) or CORRECTION.search(reading.text))
    ):
        return reading
    digits = _digits(reading.text, reading.lang)
    numbers = bare_numbers(digits, [])
    # "ops, 80 não, eram 60 por mês": the number just given taken back, then the right one
    # (an answer to the question asked whatever its reading: a text field reads it whole)
    said = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", digits)]
    taken_back = len(said) == 2 and said[0] == current.value and said[1] != said[0]
    if taken_back:
        numbers = [(said[1], None, 0)]
    if len(reading.text.split()) > _AGAIN_WORDS + (_TAKEN_BACK_WORDS if taken_back else 0):
        return reading
    mine = reading.findings.get(asked)
    if mine is not None and mine.status == "answered" and mine.source != "model":
        if not (taken_back and job.field(asked).type in TEXT_TYPES):
            return reading
    if any(k != asked and f.status == "answered" for k, f in reading.findings.items()):
        return reading
    if len(numbers) != 1 or numbers[0][1] is not None:
        return reading
    value = numbers[0][0]
    if value == current.value or not 0 < value <= _LIMITS.get(spec.type, float("inf")):
        return reading
    found = Finding("answered", clean_number(value), reading.text, source="correction")
    kept = {k: f for k, f in reading.findings.items() if k != asked}
    return replace(reading, findings={**kept, spec.key: found})


def _recalled_once(state: InterviewState, reading: Reading) -> Reading:
    """A number that replaces one recalled ("antes dije 5 años pero son 7") answers the
    field it corrects, not also the question asked: while the daily pay is asked, the 7 is
    years, and the pay is asked again."""
    key = state.asked
    mine = reading.findings.get(key) if key is not None else None
    if (
        mine is None
        or mine.status != "answered"
        or not replaces_recalled(_digits(reading.text, reading.lang))
    ):
        return reading
    for other, found in reading.findings.items():
        if (
            other != key
            and found.status == "answered"
            and found.value == mine.value
            and (found.evidence in mine.evidence or mine.evidence in found.evidence)
        ):
            return replace(
                reading, findings={k: f for k, f in reading.findings.items() if k != key}
            )
    return reading


async def _days_after_hours(
    job: JobSpec, state: InterviewState, reading: Reading, text: str
) -> Reading:
    """Hours a day, then the days: "about 4 hours a day" was vague (the interviewer asked
    how many days a week that is); "Monday to Friday" read together with it is 20 hours a
    week. Only where the reply alone gives no hours, and the two together do. The reading
    runs in a worker thread, as in :func:`server.interview.consult.understand`."""
    key = state.asked
    current = state.fields.get(key) if key is not None else None
    if key is None or current is None or current.status != "vague" or not current.evidence:
        return reading
    if job.field(key).type != "hours_per_week":
        return reading
    alone = reading.findings.get(key)
    if alone is not None and alone.status == "answered":
        return reading
    both = await asyncio.to_thread(read_message, job, f"{current.evidence}, {text}", key)
    joined = both.findings.get(key)
    if joined is None or joined.status != "answered":
        return reading
    findings = dict(reading.findings)
    findings[key] = Finding("answered", joined.value, f"{current.evidence} … {text}")
    return replace(reading, findings=findings)


def _next_open(
    job: JobSpec, state: InterviewState, key: str, of_type: str | None = None
) -> FieldSpec | None:
    """The first field after ``key``, in the job's order, that has no complete answer (of
    type ``of_type``, if given)."""
    fields = job.all_fields()
    at = next(n for n, spec in enumerate(fields) if spec.key == key)
    return next(
        (
            spec
            for spec in fields[at + 1 :]
            if not state.fields[spec.key].complete and of_type in (None, spec.type)
        ),
        None,
    )


async def _answered_ahead(
    engine: Engine, job: JobSpec, state: InterviewState, reading: Reading, text: str
) -> Reading:
    """A reply that says nothing about the question asked, nor names any field, read as
    the answer to the next open question: the candidate has answered ahead ("Entre 6 et 8
    heures selon les jours" to a question on licence categories, when hours a day come
    next). Kept only where that reading finds a value of the field's own type; the
    question asked stays open and is asked again. An open text field takes any words, so
    only the model's judgement reads one ahead (:func:`_text_ahead`). A choice the model
    picked from a reply that names none of the choices gives way to such a reading:
    "Escuadradora, canteadora y tupí" is the machines asked next, not "montaje en obra"."""
    key = state.asked
    if key is None or reading.clarify is not None or reading.other_question:
        return reading
    mine = reading.findings.get(key)
    d = _digits(text, reading.lang)
    picked = mine is not None and _picked_unnamed(job.field(key), mine, text)
    # A number in the next open field's own unit, given to a question in no unit: "Entre
    # 15 y 20 días, depende de…" to a yes or no, when the days to a start come next. It
    # outweighs a "depends" the reader found and the model's yes or no from a reply the
    # rules found no answer in ("Vi no Google Maps: 25 minutos" is no "no").
    # So does "Doesn't matter for me" to a yes or no, when the next question's choices
    # have one that means either.
    ahead = _next_open(job, state, key)
    outweighs = (
        mine is not None
        and ahead is not None
        # the model's yes or no is its pick where the rules read none
        and mine.source in ("parser", "model")
        and (mine.status == "vague" or isinstance(mine.value, bool))
        and (
            (
                ahead.type in _NUMERIC
                and job.field(key).type not in _NUMERIC
                and counts_in_own_unit(ahead, d, job.field(key))
            )
            or (job.field(key).type == "yes_no" and _either_ahead(ahead, text))
        )
    )
    if mine is None or not (
        picked or outweighs or (mine.status == "vague" and mine.source in ("default", "model"))
    ):
        return reading
    if any(k != key for k in reading.findings):
        return reading
    rate_to_years = job.field(key).type == "years" and _A_RATE.search(d) is not None
    plainly = job.field(key).type in _NUMERIC and _plainly_ahead(ahead, job.field(key), text, d)
    if job.field(key).type in _NUMERIC and re.search(r"\d", d) and not (rate_to_years or plainly):
        # A number the question asked did not take is still about it; not a rate ("Unas
        # 120 al día") to a question on years, which a count per day asked next may take.
        return reading
    if opens_with_yes_or_no(text, reading.lang):
        return reading  # a yes or a no answers a question asked, not one to come
    if ahead is None or isinstance(ahead, SampleField) or isinstance(job.field(key), SampleField):
        # A work sample's parts are read only while asked: "The one that keeps to the facts"
        # describes the pick asked, not the reason asked next.
        return reading
    if ahead.type in TEXT_TYPES:
        found = await _text_ahead(engine, job, key, ahead, text, reading.lang, d)
    elif (
        mine.source != "default"
        and not (picked and ahead.type in _NUMERIC)
        and not rate_to_years
        and not outweighs
        and not plainly
    ):
        # The model found the reply vague about the question asked; or it picked a choice,
        # which a yes or a no read ahead does not outweigh.
        return reading
    else:
        read = await asyncio.to_thread(read_message, job, text, ahead.key)
        found = read.findings.get(ahead.key)
        if found is not None and not _about_ahead(job, ahead, text, d, job.field(key)):
            found = None
    if found is None or found.status != "answered":
        return reading
    if picked or (outweighs and mine.status == "answered"):
        mine = Finding("vague", None, text)  # the question asked is asked again
    return replace(reading, findings={key: mine, ahead.key: found})


async def _yes_or_no_ahead(
    job: JobSpec, state: InterviewState, reading: Reading, text: str
) -> Reading:
    """A yes or a no given while a choice is asked again, read as the answer to the yes or
    no question that comes next: the candidate thinks the choice done (an earlier reply to
    it, in another language, was not read) and answers on ("Sí, puedo", asked the preferred
    role again, when "can you help put up the stall?" comes next). Only to a choice asked
    as a question of which (not "have you…: a, b or c?", where "yes" is a part answer), none
    of whose choices opens with a yes or a no; kept where the next question's own reader
    finds the yes or the no. The choice stays open and is asked again."""
    key = state.asked
    if key is None or reading.clarify is not None or reading.other_question or reading.injection:
        return reading
    asked = job.field(key)
    mine = reading.findings.get(key)
    if (
        asked.type != "single_choice"
        or isinstance(asked, SampleField)
        # asked again: after a vague reply, or after replies that answered other fields
        or not (state.fields[key].misses or state.asks.get(key, 0) > 1)
        or any(k != key for k in reading.findings)
        or not (
            mine is None
            or (mine.status == "vague" and mine.source in ("default", "model"))
            or _picked_unnamed(asked, mine, text)
        )
        or not opens_with_yes_or_no(text, reading.lang)
        or _ASKS_YES_OR_NO.match(plain(asked.question or asked.label))
        or any(opens_with_yes_or_no(c, reading.lang) for c in asked.choices or ())
    ):
        return reading
    ahead = _next_open(job, state, key)
    if ahead is None or ahead.type != "yes_no" or isinstance(ahead, SampleField):
        return reading
    found = (await asyncio.to_thread(read_message, job, text, ahead.key)).findings.get(ahead.key)
    if found is None or found.status != "answered":
        return reading
    return replace(reading, findings={key: Finding("vague", None, text), ahead.key: found})


# A question a yes or a no answers, by its opening verb in the six languages ("Have you…",
# "¿Tienes…", "Hast du…", "Avez-vous…", "Você já…", "Hai mai…").
_ASKS_YES_OR_NO = re.compile(
    r"^\W*(?:have|has|had|do|does|did|are|is|was|were|can|could|would|will|shall"
    r"|tienes|tiene|tienen|ha|hay|eres|es|estas|puedes|puede|sabes|sabe|hiciste|trabajaste"
    r"|hast|haben|habt|hatten|hattest|bist|sind|kannst|konnen|kennst|warst|arbeitest"
    r"|avez|as|etes|pouvez|peux|savez|sais|connaissez|travaillez"
    r"|(?:voce|vc|tu)\s+(?:\w+\s+)?(?:ja|tem|sabe|pode|consegue|trabalhou|e|esta|conhece|fez)"
    r"|tem|ja|pode|consegue"
    r"|hai|sei|puoi|sai|conosci|lavori|avete|siete|potete|hanno)\b"
)


async def _open_answer_ahead(
    engine: Engine, job: JobSpec, state: InterviewState, reading: Reading, text: str
) -> Reading:
    """A long reply to a shorter question that answers an open question still to come: "Je
    préviens l'artisane avant de toucher à quoi que ce soit, et on appelle la cliente…" to
    "À partir de quand pourriez-vous commencer ?", when the scenario of a client's chair
    comes next. A candidate who thinks the question asked done (an earlier reply to it not
    read) answers the next one. The reply must be long, find nothing else, not open with a
    yes or a no, share no word with the question asked and at least one with the open
    one; then it is read as that one's answer, kept where that reading is an answer, and
    the question asked stays open (it is asked again, rather than holding the story). Where
    that reading is no answer (or there is no model to judge it), the reply still answers
    nothing asked: its "not" is no "no" to the question open."""
    key = state.asked
    if key is None or reading.clarify is not None or reading.other_question or reading.injection:
        return reading
    asked = job.field(key)
    mine = reading.findings.get(key)
    ahead = _next_open(job, state, key)
    if (ahead is None or ahead.type != "long_text") and state.fields[key].misses:
        # asked again: the candidate may think the questions between done too ("La
        # riempio di nuovo con acqua calda…" while the machines are asked again)
        ahead = _next_open(job, state, key, "long_text")
    if (
        asked.type == "long_text"
        or isinstance(asked, SampleField)
        or ahead is None
        or ahead.type != "long_text"
        or isinstance(ahead, SampleField)
        # (not a question asking why: any words give a reason, an introduction too)
        or asks_why(ahead)
        or any(k != key for k in reading.findings)
        or len(text.split()) < _OPEN_AHEAD_WORDS
        or opens_with_yes_or_no(text, reading.lang)
        or about_field(asked, text, job.all_fields())
        or _shares_a_root(asked, text)
        or not _shares_a_root(ahead, text, strict=True)
        # a value the question's own reader found ("…red teaming chez TELUS International")
        # is its answer; a yes or a no read in a story is not ("…wird nicht ohne…")
        or (
            mine is not None
            and mine.status == "answered"
            and mine.source == "parser"
            and asked.type != "yes_no"
        )
    ):
        return reading
    found = (await understand(engine, job, text, ahead.key)).findings.get(ahead.key)
    if found is not None and found.status == "answered":
        return replace(reading, findings={ahead.key: found})
    if mine is not None and mine.status in ("answered", "none"):
        # Not read as the open answer (no model, or not judged one), it is still no answer
        # to the question asked: "…das Netz wird nicht ohne neuen Gurt benutzt" says no "no"
        # to horses.
        return replace(reading, findings={})
    return reading


# A reply this long, to a short question, may be the open answer to a question to come.
_OPEN_AHEAD_WORDS = 12


def _shares_a_root(spec: FieldSpec, text: str, strict: bool = False) -> bool:
    """Whether ``text`` has a content word that begins as one of ``spec``'s words does (by
    their first four letters), or ends one of its compounds: "Suono il violino da
    bambino…" is about "Suona uno strumento?", whatever else it says; "das Netz wird
    nicht ohne neuen Gurt benutzt" about a "Spanngurt am Sicherheitsnetz". ``strict``
    asks for five letters (or a whole word of four)."""
    own = f"{spec.label} {spec.question or ''} {spec.description} {spec.example or ''}"
    own += " " + " ".join(spec.choices or ())

    def words(of: str) -> set[str]:
        return {w for w in re.findall(r"[^\W\d_]{4,}", plain(of)) if w not in ANY_STOPWORDS}

    mine, said = words(own), words(text)
    if strict:
        # (five letters, or a whole short word: "Salamanca" names no "salado")
        if {w[:5] for w in mine if len(w) > 4} & {w[:5] for w in said if len(w) > 4} or (
            {w for w in mine if len(w) == 4} & said
        ):
            return True
    elif {w[:4] for w in mine} & {w[:4] for w in said}:
        return True
    compounds = [w for w in mine if len(w) >= _COMPOUND_WORD]
    return any(c.endswith(w) for c in compounds for w in said)


# Letters of a word that may end in another: "sicherheitsnetz" ends in "netz".
_COMPOUND_WORD = 8


def _picked_unnamed(spec: FieldSpec, mine: Finding, text: str) -> bool:
    """Whether the model picked ``spec``'s choice from a reply that names none of them."""
    return (
        spec.type == "single_choice"
        and mine.status == "answered"
        and mine.source == "model"
        and not names_some_choice(spec.choices or (), text)
    )


def _plainly_ahead(ahead: FieldSpec | None, asked: FieldSpec, text: str, d: str) -> bool:
    """Whether a reply with a number, to a number question it gives no answer to, plainly
    answers the next one: a number in that one's own unit and not the one asked ("Environ
    10 minutes" to the years asked, when the minutes to get there come next), or a short
    "both" where the next question's choices have one that means either ("Les deux me
    conviennent", whose "deux" is no count)."""
    if ahead is None:
        return False
    if ahead.type in _NUMERIC:
        return field_unit(ahead) != field_unit(asked) and counts_in_own_unit(ahead, d, asked)
    return _either_ahead(ahead, text)


def _either_ahead(ahead: FieldSpec, text: str) -> bool:
    """Whether a short reply says any choice will do ("Doesn't matter", "Les deux me
    conviennent") where the next question has a choice that means either."""
    return (
        ahead.type == "single_choice"
        and len(text.split()) <= _EITHER_AHEAD_WORDS
        and any(means_either(c) for c in ahead.choices or ())
        and says_either(text)
    )


async def _text_ahead(
    engine: Engine, job: JobSpec, key: str, ahead: FieldSpec, text: str, lang: str, d: str
) -> Finding | None:
    """An open text question answered ahead: "troncatrice, avvitatore e livella laser" to
    the days a week, when the power tools come next. The reply must be about nothing the
    question asked names, nor a question, nor not knowing; then it is understood as if the
    text question had been asked, and kept only where the model judges it an answer.
    ``d`` is the reply's digit form."""
    asked = job.field(key)
    if asked.type in TEXT_TYPES or "?" in text or NOT_KNOWING.search(plain(text)):
        return None
    if about_field(asked, text, job.all_fields()) or restates(asked, text):
        return None
    if says_preference(text) or shares_question_word(asked, text):
        # "Plutôt le service de concert", "Cerquita, al lado del polígono" (asked how far
        # from the workshop "en el polígono"): about the question asked, in other words.
        return None
    if field_unit(asked) in _DISTANCES and NEAR_OR_FAR.search(plain(text)):
        return None  # "Cerca.", asked how far away one lives
    if asked.type == "single_choice" and (
        shares_choice_root(asked.choices or (), text)
        or says_either(text)
        or _ONLY.match(plain(text))
    ):
        # "earlies please" for "early (7am-3pm)"; "Whichever is easiest by bus…"; "Only the
        # harvest." (a choice in other words, limited to it), not the town asked next
        return None
    words = len(text.split())
    if asked.type == "single_choice" and words == 1:
        return None  # "Cubierta.": one of the choices in other words, not the courses next
    if re.search(r"\d", d) and any(
        spec.type in _NUMERIC and spec.key not in (key, ahead.key) and about_field(spec, text)
        for spec in job.all_fields()
    ):
        return None  # "Deux nuits par mois.": the nights a month, said again
    if ahead.type == "short_text" and words > _SHORT_TEXT_AHEAD_WORDS:
        return None  # a story is no short answer ("I like being useful to people…")
    if words <= _SHORT_REPLY_WORDS and (
        UNDECIDED.search(plain(text)) or AS_OFFERED.search(plain(text))
    ):
        # "Le SMIC me va, peu importe", "Ce que vous proposez, ça m'ira", "o que for justo":
        # indifferent to the question asked, or leaving it to the employer.
        return None
    if asked.type in _NUMERIC and (
        FEW_OR_MANY.search(plain(text))
        or (asked.type == "years" and LONG_TIME.search(plain(text)))
        or (field_unit(asked) in ("days", "weeks", "months") and names_a_time(text, lang))
    ):
        return None  # "Poche" hours; "Puedo empezar el lunes que viene", asked the notice
    if any(
        spec.type == "single_choice"
        and spec.key != key
        and names_some_choice(spec.choices or (), text)
        for spec in job.all_fields()
    ):
        return None  # "alors le CDD saison": another choice question's answer
    found = (await understand(engine, job, text, ahead.key)).findings.get(ahead.key)
    if found is None or found.source != "model":
        return None
    if isinstance(found.value, str) and not re.search(r"[^\W\d_]{4,}", found.value):
        return None  # "Mah" from "Mah, me la cavo": a sound, not a short answer
    return found


# A number with a word after it that may be another field's unit ("45 minutes").
_UNIT_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?!(?:more|or|and|y|e|o)\b)[^\W\d_]{1,}")
_A_RATE = re.compile(r"\d\s+(?:[a-z]+\s+)?(?:a|per|each|every)\s+(?:day|week|month|hour)\b")
# A reply opening with "only": "Only the harvest.", "Solo las mañanas", "Nur die Ernte".
_ONLY = re.compile(rf"\W*{ONLY_WORDS}\b")
_SHORT_TEXT_AHEAD_WORDS = 12
_SHORT_REPLY_WORDS = 8
# A reply saying any choice will do, read ahead past a yes or no asked: "Doesn't matter".
_EITHER_AHEAD_WORDS = 5
_DISTANCES = frozenset({"km", "miles", "minutes", "m"})


# A reply read ahead as a bare number is short: "quince como mucho", "maybe 20 or so".
_BARE_AHEAD_WORDS = 5
# A year, not an amount: "lo saqué en 2020", "seit 2019".
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|en|desde|seit|im|ab|depuis|em|dal|nel|dall'|anno)\s*$", re.IGNORECASE
)


def _about_ahead(job: JobSpec, spec: FieldSpec, text: str, d: str, asked: FieldSpec) -> bool:
    """Whether a reply read as the answer to ``spec``, not asked, is about it. A choice
    the field's own reader found is; a yes or a no must name the field (a bare "sí" is for
    the question asked), and a choice named by its place ("the second one") is one of the
    question asked; a number must name it, be counted in its own unit, or be the reply's
    one bare number with little else ("unos 12", not "tengo 2 hijos" nor "lo saqué en
    2020"). ``d`` is the reply's digit form; ``asked`` the question it was given to."""
    if spec.type == "yes_no":
        return about_field(spec, text, job.all_fields())
    if spec.type == "single_choice":
        # "die zweite" is a place in the list just asked, not in the next question's.
        return read_place(spec.choices or (), plain(text)) is None
    if spec.type not in _NUMERIC or restates(spec, text):
        return True
    if counts_in_own_unit(spec, d, asked):
        return True  # "Entre 15 y 20 días, depende de…", when the days to a start come next
    if len(text.split()) > _BARE_AHEAD_WORDS:
        return False
    if len(re.findall(r"\d+", d)) == 1 and _A_RATE.search(d):
        return True  # "Unas 120 al día", read by the count per day's own reader
    bare = bare_numbers(d, [])
    if len(bare) != 1 or _YEAR_BEFORE.search(d[: bare[0][2]]):
        return False
    # "never touched one": a one not written as a figure is a pronoun as often as a number.
    return bare[0][0] != 1 or "1" in text


def _digits(text: str, lang: str) -> str:
    return numbers_to_digits(mask_links(text), lang)


def _addition(state: InterviewState, reading: Reading, key: str) -> Reading:
    """The reply to a follow-up adds to the open answer it follows; "no, that's all", a
    vague reply or one about other fields leaves that answer as it was."""
    findings = dict(reading.findings)
    finding = findings.pop(key, None)
    current = state.fields.get(key)
    if (
        finding is not None
        and finding.status == "answered"
        and isinstance(finding.value, str)
        and current is not None
        and current.status == "answered"
        and isinstance(current.value, str)
    ):
        both = f"{current.value} {finding.value}"[: TEXT_LIMITS["long_text"]]
        findings[key] = Finding("answered", both, both, source=finding.source)
    return replace(reading, findings=findings)


def _follow_up_due(
    job: JobSpec, state: InterviewState, asked: str | None, changed: list[str]
) -> bool:
    """One follow-up for a rubric question just answered, when some key point shares
    hardly a word with the answer (the keyword baseline's "missing"). It invites more
    without saying what is missing; the judge still reads the whole answer."""
    if asked is None or asked not in changed or asked in state.followed_up:
        return False
    answer = state.fields[asked]
    if answer.status != "answered" or not isinstance(answer.value, str):
        return False
    for question in job.rubric_questions():
        if question.key == asked and question.rubric:
            return any(overlap(p.text, answer.value) < PARTIAL_SHARE for p in question.rubric)
    return False


def merge(job: JobSpec, state: InterviewState, reading: Reading) -> list[str]:
    """Fold a reading into ``state.fields`` (in place); the keys that changed, in job order.

    A value replaces an earlier one (corrections win); an explicit negative replaces
    a value only when it answers the question just asked or comes with a correction;
    a vague, invalid or refused answer never overwrites a complete one.
    """
    changed = []
    for spec in job.all_fields():
        finding = reading.findings.get(spec.key)
        if finding is None:
            continue
        current = state.fields[spec.key]
        if finding.source == "aside" and current.status not in ("declined", "vague", "invalid"):
            # An aside answers only a field talked about before: one left open, or one
            # answered and now corrected ("Actually sorry, about the years: … so three
            # years in total").
            if not (current.status == "answered" and reading.correction):
                continue
        if finding.status == "answered":
            # A complete answer to a field not asked now is replaced only by a correction
            # or by words about that field: "yes, for ten years" to a licence question
            # leaves the years of experience given earlier as they were.
            take = (
                current.status != "answered"
                or state.asked == spec.key
                or reading.correction
                or finding.source in ("correction", "label")
                or restates(spec, finding.evidence or reading.text)
            )
            if (
                spec.type == "yes_no"
                and current.status == "answered"
                and finding.value != current.value
                and state.asked != spec.key
                and not reading.correction
                and finding.source not in ("correction", "label")
                and not revisits(spec, reading.text)
            ):
                # A yes turned into a no (or back) in passing, without a correction: "no,
                # I have no experience in care" after "yes, I did the care course" says
                # nothing new about the course.
                take = False
        elif finding.status == "none":
            take = (
                current.status != "answered"
                or state.asked == spec.key
                or (reading.correction and _corrected_here(finding, reading.text))
                or finding.source == "label"
            )
        else:
            take = not current.complete
        if not take:
            continue
        value = finding.value if finding.status == "answered" else None
        if (
            spec.type == "ai_training_experience"
            and finding.status == "answered"
            and current.status == "answered"
            and ADDITION.search(reading.text)
            and isinstance(value, dict)
            and isinstance(current.value, dict)
        ):
            # "I also did transcription on Appen": added to what was said, not instead of it.
            value = {
                k: list(dict.fromkeys([*current.value.get(k, []), *value.get(k, [])]))
                for k in ("platforms", "task_types")
            }
        elif (
            spec.type == "ai_training_experience"
            and finding.status == "answered"
            and current.status == "answered"
            and isinstance(value, dict)
            and isinstance(current.value, dict)
        ):
            # "Sorry, not Labelbox, SuperAnnotate": the platforms change; the tasks said
            # before stand, since this message names none (and the other way round).
            value = {
                k: value.get(k) or current.value.get(k, []) for k in ("platforms", "task_types")
            }
        updated = FieldState(
            status=finding.status,
            value=value,
            evidence=finding.evidence or reading.text,
            reason=finding.reason,
            misses=current.misses,
        )
        if (updated.status, updated.value) != (current.status, current.value):
            changed.append(spec.key)
        state.fields[spec.key] = updated
    return changed


def _corrected_here(finding: Finding, text: str) -> bool:
    """Whether the correction of ``text`` is in the sentence of ``finding``: "Aucune, en
    blanchisserie on ne voit jamais les clients. Ah et pour les heures je me suis trompé"
    corrects the hours, not the years in a laundry."""
    evidence = finding.evidence or text
    said = [s for s in sentences(text) if evidence in s or s in evidence] or [text]
    return any(CORRECTION.search(s) for s in said)


def _interview_reply(
    job: JobSpec, new: InterviewState, reading: Reading, changed: list[str]
) -> _Outcome:
    asked = new.asked
    addressed = asked is not None and asked in reading.findings
    was_set_aside = (
        asked is not None
        and asked in new.fields
        and policy.is_set_aside(new.fields[asked], new.asks.get(asked, 0), job.field(asked))
    )
    if addressed and asked is not None and not new.fields[asked].complete:
        new.fields[asked].misses += 1
    voice = replies.Voice.of(job)
    parts = [voice.acknowledge(job, new.fields, changed)]
    if reading.other_question:
        parts.append(voice.other_question())
    if reading.injection:
        parts.append(voice.instructions_ignored())
    for key in changed:
        spec = job.field(key)
        if spec.required and new.fields[key].status == "declined":
            parts.append(voice.declined(spec))
    if (
        asked is not None
        and asked not in new.deferred
        and policy.moved_past(job, new.fields, new.asks, asked, addressed, changed)
    ):
        new.deferred.append(asked)
    if _follow_up_due(job, new, asked, changed) and asked is not None:
        new.follow_up = asked
        new.followed_up.append(asked)
        new.asked = asked
        parts.append(voice.follow_up())
        return new, _join(parts), changed
    for _ in range(len(job.all_fields()) + 1):
        action = policy.next_action(
            job, new.fields, new.asks, asked, reading.clarify, addressed, new.deferred
        )
        if action.set_aside is not None and action.set_aside_why == "capped":
            if not was_set_aside:
                parts.append(voice.capped(job.field(action.set_aside)))
            asked, addressed = None, False
        if action.kind != "ask" or action.key is None:
            break
        reason = new.fields[action.key].reason
        text = _ask(job, new, action.key, action.mode, reason, voice)
        if text is not None:
            parts.append(text)
            return new, _join(parts), changed
        # Every wording for this field is used up: set it aside rather than repeat one.
        new.fields[action.key].misses = policy.MAX_MISSES
        new.asks[action.key] = max(new.asks.get(action.key, 0), policy.MAX_ASKS)
        parts.append(voice.capped(job.field(action.key)))
        asked, addressed = None, False
    else:  # pragma: no cover - every field can be set aside only once
        action = policy.Action("waiting")
    if action.kind == "summary":
        new.phase = "summary"
        new.asked = None
        parts += [voice.complete(), voice.summary(job, new.fields), voice.confirm_prompt()]
    else:
        missing = policy.missing_required(job, new.fields)
        # With one field left, a bare answer ("20") is for it; with several it is ambiguous.
        new.asked = missing[0].key if len(missing) == 1 else None
        parts.append(voice.waiting(missing, new.waiting_notes))
        new.waiting_notes += 1
    return new, _join(parts), changed


_FALLBACK_MODES: dict[policy.Mode, tuple[policy.Mode, ...]] = {
    "first": ("first", "again", "example"),
    "again": ("again", "example", "vague"),
    "vague": ("vague", "example", "again"),
    "invalid": ("invalid", "example", "again"),
    "example": ("example", "again"),
    "clarify": ("clarify", "example", "again"),
}


def _ask(
    job: JobSpec,
    state: InterviewState,
    key: str,
    mode: policy.Mode,
    reason: str | None,
    voice: replies.Voice,
) -> str | None:
    spec = job.field(key)
    used = state.wordings.setdefault(key, [])
    for candidate in _FALLBACK_MODES[mode]:
        chosen = voice.wording(spec, candidate, used, reason)
        if chosen is not None:
            wid, text = chosen
            if reason and state.fields[key].status == "invalid" and candidate != "invalid":
                # An example or a plain re-ask still says why the last answer was refused.
                text = voice.cannot_use(reason, text)
            used.append(wid)
            state.asks[key] = state.asks.get(key, 0) + 1
            state.asked = key
            return text
    return None


def _after_summary(
    job: JobSpec, new: InterviewState, reading: Reading, changed: list[str]
) -> _Outcome:
    voice = replies.Voice.of(job)
    parts = []
    if reading.injection:
        parts.append(voice.instructions_ignored())
    if changed:
        if policy.missing_required(job, new.fields):
            new.phase = "interview"
            return _interview_reply(job, new, reading, changed)
        new.phase = "summary"
        parts += [
            voice.acknowledge(job, new.fields, changed),
            voice.updated(),
            voice.summary(job, new.fields),
            voice.confirm_prompt(),
        ]
    elif new.phase == "confirmed":
        parts.append(voice.confirmed())
    elif reading.confirms:
        new = confirm(job, new)
        parts.append(voice.confirmed())
    elif reading.disagrees or reading.correction:
        parts.append(voice.what_to_change())
    else:
        if reading.other_question:
            parts.append(voice.other_question())
        parts.append(voice.confirm_prompt())
    return new, _join(parts), changed


def _join(parts: list[str]) -> str:
    """Short sentences run on; a multi-line part (a list, the summary) gets its own paragraph."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        sep = "\n\n" if "\n" in part or "\n" in out else " "
        out = f"{out}{sep}{part}" if out else part
    return out


def _fields(job: JobSpec, state: InterviewState) -> dict[str, FieldState]:
    """Every field of the job, in job order; one the state has never seen is missing."""
    return {s.key: state.fields.get(s.key, FieldState()) for s in job.all_fields()}


def is_complete(job: JobSpec, state: InterviewState) -> bool:
    """Every required field is complete (without building the rest of a Standing)."""
    return not policy.missing_required(job, _fields(job, state))


def standing(job: JobSpec, state: InterviewState) -> Standing:
    fields = _fields(job, state)
    checklist: list[ChecklistEntry] = [
        {
            "key": spec.key,
            "label": spec.label,
            "status": fields[spec.key].status,
            "complete": fields[spec.key].complete,
        }
        for spec in job.all_fields()
    ]
    summary = None
    if state.phase != "interview":
        summary = replies.Voice.of(job).summary(job, fields)
    return Standing(
        phase=state.phase,
        checklist=checklist,
        complete=not policy.missing_required(job, fields),
        summary=summary,
        asking=state.asked if state.phase == "interview" else None,
    )


def confirm(job: JobSpec, state: InterviewState) -> InterviewState:
    """Summary → confirmed. Raises ``Incomplete`` while a required field is incomplete."""
    missing = policy.missing_required(job, _fields(job, state))
    if missing:
        raise Incomplete(
            "The checklist is not complete yet (still open: "
            + ", ".join(s.label for s in missing)
            + "). Answer the open questions first."
        )
    if state.phase == "submitted":
        raise Conflict("The application has already been submitted.")
    return state.model_copy(update={"phase": "confirmed", "asked": None}, deep=True)
