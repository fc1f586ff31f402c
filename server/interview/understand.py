"""Understanding one candidate message: what it says about each field of the job.

Two layers. :func:`read_message` is deterministic: the field readers of
:mod:`server.interview.readers` plus cue lexicons for refusals, explicit negatives
and clarification requests, attributed to fields by their topic words (or to the
field just asked). Where it cannot settle the field just asked, :func:`understand`
asks the local model one narrow question about that one field
(:mod:`server.interview.prompts`), and keeps the model's answer only if the code
can check it: its quote must really be in the message, and a value must pass the
field's own reader.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from server.engine.base import Engine
from server.errors import EngineBusy, EngineError, EngineLoading, GrammarError
from server.interview import languages, prompts, types
from server.interview.cues import (
    BARE_NEGATIVE,
    CLARIFY,
    CONFIRM,
    CORRECTION,
    DECLINE,
    DISAGREE,
    NEGATIVE,
    OFF_TOPIC,
    SMALLTALK,
    Cue,
    find_cues,
)
from server.interview.readers.free_text import validate_text
from server.interview.readers.message import Finding, Message
from server.interview.readers.subject import about_field, mentions_subject, plain, subject_words
from server.interview.readers.yes_no import NEGATION, NO_PROBLEM, NOT_YET, YES_GROUND, negated
from server.interview.spec import FieldSpec, JobSpec, job_language
from server.interview.text import clauses, fold, grounded, sentences, strip_instructions
from server.interview.types import NEGATABLE, PICK_TYPES, TEXT_TYPES
from server.interview.vocab import Vocabulary, load_vocabulary

log = logging.getLogger(__name__)

# Within one message, the strongest statement about a field wins.
RANK = {"answered": 5, "none": 4, "declined": 3, "invalid": 2, "vague": 1, "missing": 0}
EXPERIENCE_TYPES = frozenset({"years", "ai_training_experience"})
# A negative that answers the question asked even when it names no topic ("never made one").
_STRONG_NEGATIVE = re.compile(
    r"\b(?:do\s*n[o']?t|dont|never|have\s*n[o']?t|havent|not|i\s+not)\s+(?:\w+\s+)?(?:have|had|got"
    r"|done|did|worked|been|use|used|own|made|make|created|create|set\s+up)\b"
    r"|\bfirst\s+(?:time|gig|job)\b|\bnew\s+to\s+(?:this|it)\b|\bnone\b|\bno\s+experience\b"
    r"|\bnunca\b|\bjamais\b|\bnie\b|\b(?:ning[uú]n[oa]?|aucune?|nenhum[a]?|nessun[oa]?|keine[nm]?"
    r"|kein)\b|\bno\s+(?:tengo|he)\b|\bje\s+n'ai\s+(?:pas|jamais)\b|\bn[aã]o\s+tenho\b"
    r"|\bnon\s+ho\b|\bhabe\s+ich\s+(?:noch\s+)?nicht\b",
    re.IGNORECASE,
)


# The longest reply the model may read a choice in: a choice is answered in a few words.
CHOICE_REPLY_WORDS = 20
# A long-text answer is "none" ("no, never had to") only when it is about this short.
LONG_TEXT_NEGATIVE_WORDS = 12


@dataclass(frozen=True)
class Reading:
    """What one message says, field by field, and what else it does."""

    findings: dict[str, Finding] = field(default_factory=dict)
    clarify: str | None = None
    other_question: bool = False
    injection: bool = False
    correction: bool = False
    confirms: bool = False
    disagrees: bool = False
    unsure: str | None = None
    text: str = ""
    # The part of the message left for the field just asked when other sentences answered
    # other fields ("French and English. Oh, and I'd rather work mornings.").
    own_text: str = ""
    lang: str = "en"
    model_failed: bool = False


def _about(spec: FieldSpec, clause: str, vocab: Vocabulary) -> bool:
    pattern = types.TYPES[spec.type].topic
    return (
        mentions_subject(spec, clause, vocab)
        or about_field(spec, clause)
        or bool(pattern and pattern.search(fold(clause)))
    )


def _attribute(
    job: JobSpec, cue: Cue, asked: FieldSpec | None, vocab: Vocabulary, fallback: bool
) -> list[FieldSpec]:
    """Fields a cue is about: those its clause names, else the field just asked."""
    named = [spec for spec in job.all_fields() if _about(spec, cue.clause, vocab)]
    if named:
        if asked is not None and asked in named:
            return [asked] + [s for s in named if s is not asked and s.type != asked.type]
        return named
    return [asked] if asked is not None and fallback else []


def read_message(
    job: JobSpec, text: str, asked_key: str | None, vocab: Vocabulary | None = None
) -> Reading:
    """The deterministic reading of one message. Pure: same input, same reading."""
    vocab = (vocab or load_vocabulary()).for_one_message()
    content, injection = strip_instructions(text)
    asked = _field_or_none(job, asked_key)
    lang = languages.guess(content, job_language(job))
    msg = Message.of(content, asked, lang)
    negatives = find_cues("none", NEGATIVE, content)
    declines = find_cues("declined", DECLINE, content)
    found: dict[str, list[Finding]] = {}

    for spec in job.all_fields():
        found[spec.key] = types.read(spec, msg, vocab, [c.scope for c in negatives])

    bare_negative = bool(BARE_NEGATIVE.match(content)) and not DECLINE.search(content)
    # A story with a "not" in it answers an open question; it is no "none".
    story = len(content.split()) > LONG_TEXT_NEGATIVE_WORDS
    for cue in negatives:
        strong = bare_negative or bool(_STRONG_NEGATIVE.search(cue.scope))
        for spec in _attribute(job, cue, asked, vocab, fallback=strong):
            if (
                spec.type in NEGATABLE
                and _negates(spec, cue)
                and not (story and spec.type == "long_text")
            ):
                found[spec.key].append(Finding("none", None, cue.clause, source="cue"))
    if (
        bare_negative
        and asked is not None
        and asked.type in NEGATABLE
        and not (story and asked.type == "long_text")
    ):
        found[asked.key].append(Finding("none", None, content, source="cue"))
    for cue in declines:
        for spec in _attribute(job, cue, asked, vocab, fallback=True):
            found[spec.key].append(Finding("declined", None, cue.clause, source="cue"))

    for spec in job.all_fields():
        if spec.type == "years":
            found[spec.key] = _drop_other_work(spec, found[spec.key], vocab)
    findings = {k: max(v, key=lambda f: RANK[f.status]) for k, v in found.items() if v}
    # A "missing" finding says the field was talked about but not answered (years in other
    # work): it records nothing, and keeps the field from being called vague.
    set_apart = {k for k, f in findings.items() if f.status == "missing"}
    for key in set_apart:
        del findings[key]
    _propagate_experience_none(job, findings, vocab)

    answered_any = any(f.status == "answered" for f in findings.values())
    questions = [q for q in sentences(content) if q.endswith("?")]
    questions = [
        q
        for q in questions
        if not any(
            f.evidence and (grounded(q, f.evidence) or grounded(f.evidence, q))
            for f in findings.values()
        )
    ]
    clarify = None
    other_question = False
    if CLARIFY.search(content) and not answered_any:
        clarify = _clarify_target(job, content, asked, vocab)
    elif questions:
        if any(OFF_TOPIC.search(q) for q in questions) or asked is None or findings:
            other_question = True
        else:
            # A question in reply to a question is most often about that question.
            clarify = asked.key
    unsure = None
    own_text = ""
    if asked is not None and clarify is None:
        mine = findings.get(asked.key)
        others = any(k != asked.key for k in findings)
        if asked.type in TEXT_TYPES and (mine is None or mine.source != "cue"):
            if not others and not other_question:
                unsure = asked.key
            elif others and not other_question:
                used = [f.evidence for k, f in findings.items() if k != asked.key and f.evidence]
                own = [
                    t
                    for t in sentences(content)
                    if not any(grounded(t, e) or grounded(e, t) for e in used)
                ]
                if own:
                    unsure, own_text = asked.key, " ".join(own)
        elif (
            mine is None
            and not others
            and not other_question
            and content.strip()
            and asked.key not in set_apart
            and not SMALLTALK.match(content)
        ):
            findings[asked.key] = Finding("vague", None, content, source="default")
            unsure = asked.key
    return Reading(
        findings=findings,
        clarify=clarify,
        other_question=other_question,
        injection=injection,
        correction=bool(CORRECTION.search(content)),
        confirms=bool(CONFIRM.search(content)) and not DISAGREE.match(content),
        disagrees=bool(DISAGREE.match(content)),
        unsure=unsure,
        text=content,
        own_text=own_text,
        lang=lang,
    )


def _clarify_target(
    job: JobSpec, content: str, asked: FieldSpec | None, vocab: Vocabulary
) -> str | None:
    """The field a clarification request is about: the one asked, unless it names another."""
    if asked is not None:
        # "what do you mean by hours per week?" while the LinkedIn question is open.
        folded = fold(content)
        by_label = [s for s in job.all_fields() if fold(s.label) in folded]
        return by_label[0].key if by_label and asked not in by_label else asked.key
    named = [s for s in job.all_fields() if _about(s, content, vocab)]
    return named[0].key if named else None


def _field_or_none(job: JobSpec, key: str | None) -> FieldSpec | None:
    if key is None:
        return None
    try:
        return job.field(key)
    except KeyError:
        return None


def _negates(spec: FieldSpec, cue: Cue) -> bool:
    # A negative about *sharing* ("I don't want to give my LinkedIn") is a refusal, not a none.
    return not DECLINE.search(cue.clause)


def _drop_other_work(spec: FieldSpec, found: list[Finding], vocab: Vocabulary) -> list[Finding]:
    """Years from other work beside an explicit negative about this field's subject ("never
    worked in a warehouse, 8 years as a waiter") are not years of it: the negative stands."""
    nones = [f for f in found if f.status == "none" and f.source in ("cue", "parser")]
    if not nones:
        return found
    kept = []
    for finding in found:
        # A negative that spans the whole sentence says nothing about which part is which.
        near = [n for n in nones if not grounded(finding.evidence, n.evidence)]
        if finding.status == "answered" and near:
            rest = [
                c
                for c in clauses(finding.evidence)
                if not any(grounded(n.evidence, c) or grounded(c, n.evidence) for n in near)
            ]
            if rest and not any(
                mentions_subject(spec, c, vocab) or about_field(spec, c) for c in rest
            ):
                continue
        kept.append(finding)
    return kept


def _propagate_experience_none(
    job: JobSpec, findings: dict[str, Finding], vocab: Vocabulary
) -> None:
    """ "No AI-training experience" also means no years of it: experience fields on one subject."""
    experience = [s for s in job.all_fields() if s.type in EXPERIENCE_TYPES]
    for spec in experience:
        source = findings.get(spec.key)
        if source is None or source.status != "none":
            continue
        for other in experience:
            if other is spec or other.key in findings:
                continue
            if subject_words(spec, vocab) & subject_words(other, vocab):
                findings[other.key] = replace(source, source="sibling")


# ------------------------------------------------------------------ the model


async def understand(
    engine: Engine, job: JobSpec, text: str, asked_key: str | None, vocab: Vocabulary | None = None
) -> Reading:
    """:func:`read_message`, then one narrow model question where the code is unsure.

    The reading is pure CPU work that grows with the job's fields (bounded by the job
    limits of ``server.interview.spec``): it runs in a worker thread, so one long message
    cannot hold up the event loop, ``/health`` and other candidates' requests.
    """
    reading = await asyncio.to_thread(read_message, job, text, asked_key, vocab)
    if reading.unsure is None:
        return reading
    spec = job.field(reading.unsure)
    try:
        if spec.type in PICK_TYPES:
            choice = await prompts.pick(engine, spec, reading.text)
            if spec.type == "single_choice" and len(reading.text.split()) > CHOICE_REPLY_WORDS:
                choice = "unclear"  # a long reply to a choice question is about something else
            elif spec.type == "single_choice" and choice in (spec.choices or ()):
                # The same question with the choices in reverse order must give the same
                # choice: a pick that follows the options' position is no reading.
                again = await prompts.pick(engine, spec, reading.text, reverse=True)
                choice = choice if again == choice else "unclear"
            return apply_pick(reading, spec, choice)
        label = await prompts.judge(
            engine, spec, reading.own_text or reading.text, spec.type in TEXT_TYPES
        )
        if label == "specific" and spec.type == "long_text":
            # An open question is answered by what the candidate did, would do or knows;
            # praise of oneself alone ("I'm very patient") leaves it vague.
            kind = await prompts.check_answer(engine, spec, reading.own_text or reading.text)
            label = "specific" if kind == "answer" else "vague"
    except (EngineBusy, EngineLoading):
        raise  # the turn waits for the model (HTTP 503, Retry-After) rather than skip it
    except (EngineError, GrammarError, ValidationError) as exc:
        # One failed generation costs this message its model check, not the turn: the
        # deterministic reading stands, and the state counts the failure.
        log.warning("model check skipped for %s: %s", spec.key, type(exc).__name__)
        return replace(reading, model_failed=True)
    return apply_verdict(reading, spec, label)


def apply_pick(reading: Reading, spec: FieldSpec, choice: str) -> Reading:
    """Keep the model's option where the code can check it: a "no" needs a negation in the
    message; a "yes" needs none, and a yes-word, a having or being-able verb or the field's
    subject ("I was a carer from 2012" is no yes to "do you have a DBS check?"); a choice
    must be one of the field's own. Anything else leaves the reading's vague finding."""
    findings = dict(reading.findings)
    flat = plain(reading.text)
    if spec.type == "yes_no" and choice in ("yes", "no"):
        said_no = (
            negated(flat, reading.lang) or NOT_YET.search(flat) is not None
        ) and not NO_PROBLEM.search(flat)
        grounded_yes = bool(
            YES_GROUND.search(flat) or NO_PROBLEM.search(flat) or about_field(spec, reading.text)
        )
        if (choice == "no" and said_no) or (choice == "yes" and not said_no and grounded_yes):
            findings[spec.key] = Finding("answered", choice == "yes", reading.text, source="model")
    elif spec.type == "single_choice" and choice in (spec.choices or ()):
        findings[spec.key] = Finding("answered", choice, reading.text, source="model")
    return replace(reading, findings=findings)


def apply_verdict(reading: Reading, spec: FieldSpec, label: prompts.Label) -> Reading:
    """Keep what the model said only where the code can check it.

    "specific" is only offered for free-text fields, whose value is the reply itself;
    "does_not_have" needs a negation in the message, "asks_meaning" and "off_topic"
    need a question; anything unchecked leaves the deterministic reading as it was.
    """
    findings = dict(reading.findings)
    text = reading.own_text or reading.text
    if label == "specific" and spec.type in TEXT_TYPES:
        value, _ = validate_text(spec, text)
        if value is not None:
            findings[spec.key] = Finding("answered", value, text, source="model")
    elif label == "vague":
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "does_not_have"
        and spec.type in NEGATABLE
        and _negated(text)
        and not _UNSURE.search(plain(text))
    ):
        findings[spec.key] = Finding("none", None, text, source="model")
    elif label == "refuses" and (_negated(text) or _RESERVE.search(plain(text))):
        findings[spec.key] = Finding("declined", None, text, source="model")
    elif label == "asks_meaning" and "?" in text:
        findings.pop(spec.key, None)
        return replace(reading, findings=findings, clarify=spec.key)
    elif label == "off_topic" and "?" in text:
        findings.pop(spec.key, None)
        return replace(reading, findings=findings, other_question=True)
    elif spec.type in TEXT_TYPES and spec.key not in findings:
        findings[spec.key] = Finding("vague", None, text, source="model")
    return replace(reading, findings=findings)


_UNSURE = re.compile(
    r"\b(?:do\s*n[o']?t|dont|not|can'?t|cannot)\s+(?:really\s+)?(?:remember|recall|know|sure|certain"
    r"|say\s+exactly|tell\s+exactly)\b|\bno\s+idea\b|\bno\s+(?:me\s+)?(?:lo\s+)?se\b|\bnao\s+sei\b"
    r"|\bnon\s+(?:lo\s+)?so\b|\bweiss\s+(?:ich\s+)?nicht\b|\bje\s+ne\s+sais\s+pas\b"
    r"|\bno\s+(?:me\s+)?(?:acuerdo|recuerdo)\b|\bkeine\s+ahnung\b|\berinnere\s+mich\s+nicht\b"
    r"|\bje\s+ne\s+(?:me\s+)?(?:souviens|rappelle)\s+(?:plus|pas)\b"
    r"|\bnao\s+(?:me\s+)?lembro\b|\bnon\s+(?:mi\s+)?ricordo\b"
)
# Words a refusal is made of; a model "refuses" without any of them is not taken.
_RESERVE = re.compile(
    r"\b(?:rather|prefer|private|privacy|personal|confidential|skip|pass|later|share|sharing"
    r"|prefiero|prefiro|preferisco|prefere|lieber|angaben?|privad[oa]|prive|privat|privato"
    r"|personal|personnel|personale|pessoal)\b"
)


def _negated(text: str) -> bool:
    return bool(
        NEGATION.search(plain(text)) or re.search(r"\b(?:zero|nothing|nobody|nope|0)\b", fold(text))
    )
