"""Consulting the model where the reading is unsure, and keeping only what the code can check.

:func:`understand` runs :func:`server.interview.understand.read_message`; when that
leaves the field just asked unsettled, it asks the local model one narrow question about
that one field (:mod:`server.interview.prompts`). :func:`apply_pick` and
:func:`apply_verdict` keep the model's answer only where the message bears it out: a
"no" needs a negation, a refusal needs words a refusal is made of, a value must pass the
field's own reader.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace

from pydantic import ValidationError

from server.engine.base import Engine
from server.errors import EngineBusy, EngineError, EngineLoading, GrammarError
from server.interview import prompts
from server.interview.cues import (
    ANYTHING_TO_ADD,
    BARE_NEGATIVE,
    CONDITION_OR_STEPS,
    FEW_OR_MANY,
    LEFT_TO_OTHERS,
    NEAR_OR_FAR,
    NO_EXAMPLE,
    NO_REASON,
    NOT_KNOWING,
    PUT_OFF,
    REASON_QUESTION,
    SELF_DESCRIPTION,
    SEVERAL,
)
from server.interview.numerals import names_a_date, names_a_month, numbers_to_digits
from server.interview.readers.choice import (
    means_either,
    names_pay,
    names_some_choice,
    says_either,
    shares_choice_root,
    turned_down,
)
from server.interview.readers.free_text import (
    answering_span,
    asks_languages,
    asks_when,
    asks_where_lived,
    languages_named,
    names_a_language,
    names_a_place_first,
    names_a_time,
    names_example_item,
    names_listed_item,
    other_languages,
    validate_text,
)
from server.interview.readers.message import Finding
from server.interview.readers.subject import about_field, plain
from server.interview.readers.yes_no import (
    NO_PROBLEM,
    NOT_YET,
    YES_GROUND,
    bare_yes_or_no,
    negated,
    opens_with_yes_or_no,
    without_greeting,
)
from server.interview.replies import question
from server.interview.spec import FieldSpec, JobSpec
from server.interview.text import clauses, fold, sentences
from server.interview.types import NEGATABLE, PICK_TYPES, TEXT_TYPES
from server.interview.understand import CHOICE_REPLY_WORDS, Reading, read_message
from server.interview.vocab import Vocabulary

log = logging.getLogger(__name__)


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
        if spec.type == "single_choice" and _picks_nothing(reading, spec):
            return apply_pick(reading, spec, "unclear")
        if spec.type in PICK_TYPES:
            choice = await prompts.pick(engine, spec, reading.text)
            if spec.type == "single_choice" and _FILLER.search(plain(reading.text)):
                choice = "unclear"  # "a bit of everything" picks none of them
            elif (
                spec.type == "single_choice"
                and SEVERAL.search(plain(reading.text))
                and not names_some_choice(spec.choices or (), reading.text)
            ):
                choice = "unclear"  # "tengo varios títulos deportivos" names none of them
            elif spec.type == "single_choice" and len(reading.text.split()) > CHOICE_REPLY_WORDS:
                choice = "unclear"  # a long reply to a choice question is about something else
            elif spec.type == "single_choice" and choice in (spec.choices or ()):
                # The same question with the choices in reverse order must give the same
                # choice: a pick that follows the options' position is no reading.
                again = await prompts.pick(engine, spec, reading.text, reverse=True)
                choice = choice if again == choice else "unclear"
            if spec.type == "single_choice" and turned_down(choice, reading.text):
                choice = "unclear"  # "Beruflich nicht, aber …": the option named, turned down
            tied = reading.findings.get(spec.key)
            if tied is not None and tied.among and choice not in tied.among:
                choice = "unclear"  # only one of the choices the reply names in part
            return apply_pick(reading, spec, choice)
        own = _past_not_knowing(reading.own_text or reading.text)
        if not reading.injection and gives_reason(spec, own):
            return apply_verdict(reading, spec, "specific", None)
        label: prompts.Label
        if not reading.injection and asks_when(spec) and names_a_time(own, reading.lang):
            # "Straight away, I'm not working at the mo" to "When could you start?": a time
            # answers it, whatever else the reply says (the model had called such replies
            # vague); the span below still leaves out the rest.
            label = "specific"
        elif (
            not reading.injection
            and spec.type == "short_text"
            and (
                (names_example_item(spec, own) and not negated(plain(own), reading.lang))
                # "en San Isidro no puedo" to "¿Hay alguna fiesta (San Isidro, …) en la que
                # no puedas trabajar?": one of the things listed, turned down as asked
                or (
                    names_listed_item(spec, own)
                    and (
                        not negated(plain(own), reading.lang)
                        or negated(plain(spec.question or ""), reading.lang)
                    )
                )
            )
        ):
            # "Lucidatrice a nastro Breton, fresa a ponte e un po' di waterjet" to machines
            # whose example names "lucidatrice a nastro, fresa a ponte": a thing of the kind
            # asked (the model had called such lists vague)
            label = "specific"
        elif not reading.injection and (others := other_languages(spec, own)) is not None:
            if not others and not _OTHER_LANGUAGE_TOO.search(plain(own)):
                # "Só português mesmo" to "Você fala algum outro idioma além do português?"
                findings = {**reading.findings, spec.key: Finding("none", None, own, source="cue")}
                return replace(reading, findings=findings)
            # "Falo inglês fluente, morei 2 anos em Dublin": a language besides it, named
            label = "specific" if others else await prompts.judge(engine, spec, own, True)
        else:
            label = await prompts.judge(engine, spec, own, spec.type in TEXT_TYPES)
            if (
                label == "vague"
                and not reading.injection
                and asks_where_lived(spec)
                and names_a_place_first(own)
                and not opens_with_yes_or_no(own, reading.lang)
                and not NOT_KNOWING.search(plain(own))
                and not NEAR_OR_FAR.match(plain(without_greeting(own)))
                and not BARE_NEGATIVE.match(own)
                and not _DEPENDS.match(plain(own))
                and not names_a_time(own, reading.lang)
            ):
                # "Barra, near the lighthouse." to "Em qual bairro você mora?": a place
                # named first answers where one lives (the model had called it vague)
                label = "specific"
        if label == "specific" and spec.type == "long_text" and leaves_it_to_others(own):
            # "tbh I'd just ask whoever's training me": no answer of the candidate's own (the
            # model had called such replies answers); asked before the check below, which
            # could only agree, so such a reply costs no second generation
            label = "vague"
        if (
            label == "specific"
            and spec.type == "long_text"
            and needs_check(spec, reading.own_text or reading.text)
        ):
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
    span = None
    if label == "specific" and spec.type == "short_text":
        span = await _span(engine, spec, reading.own_text or reading.text)
    return apply_verdict(reading, spec, label, span)


# Another language beside the one the question names, in other words: "a bit of the
# local dialect", "algo de libras". (A reply that names only the question's language and
# none of these says it speaks no other.)
_OTHER_LANGUAGE_TOO = re.compile(
    r"\b(?:dialect\w*|dialett\w*|dialecto|dialeto|dialekt|patois|sign|senas|sinais|segni"
    r"|gebarden|signes|also|tambien|tambem|auch|aussi|anche|and|y|e|und|et)\b"
)


# An opening clause and the "but" after it: "Non so di preciso come si ripara, ma …".
_BUT_AFTER_OPENING = re.compile(
    r"^([^,;.!?]*)[,;]\s*(?:but|pero|mais|aber|mas|ma|però|pero\s+si)\s+", re.IGNORECASE
)


def _says_more_than_not_knowing(text: str) -> bool:
    """Whether an open answer says what one would do beside not knowing: "Non saprei farlo
    da solo, chiederei al maestro di farmi vedere e intanto sposterei l'aceto…" (the
    clauses without a "not knowing" hold :data:`_ACTION_WORDS` words or more)."""
    rest = [c for c in clauses(text) if NOT_KNOWING.search(plain(c)) is None]
    return sum(len(c.split()) for c in rest) >= _ACTION_WORDS


_ACTION_WORDS = 8


def _past_not_knowing(text: str) -> str:
    """What a reply says after an opening admission of not knowing and its "but" ("Non so
    di preciso come si ripara, ma chiamerei subito il responsabile"): the answer the model
    judges, which the admission before it would make look vague."""
    m = _BUT_AFTER_OPENING.match(text)
    if m is None or NOT_KNOWING.search(plain(m.group(1))) is None:
        return text
    rest = text[m.end() :]
    return rest if len(rest.split()) >= _AFTER_NOT_KNOWING_WORDS else text


_AFTER_NOT_KNOWING_WORDS = 5


def _answers_elsewhere(spec: FieldSpec, text: str, lang: str = "en") -> bool:
    """Whether a reply to a choice question names a place or a name and none of the
    choices in any words: "4,8 na Bolt", "I live in Ashby, near the station". The model,
    asked to pick, still picks one; the reply answers some other question. (A number is
    no sign: "2024 mein Abi gemacht", "free the whole day, 8 till 6" answer the choice;
    nor a capital in German, where every noun has one.)"""
    if lang == "de" or names_some_choice(spec.choices or (), text):
        return False
    for sentence in sentences(text):
        words = re.findall(r"[^\W\d_][\w'-]*", sentence)
        if any(w[0].isupper() and not _I.fullmatch(w) and not w.isupper() for w in words[1:]):
            return True
    return False


_QUANTITY = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|years?|hours?|minutes?|km|kg|euros?|€|%)(?!\w)"
    # "two per week": a count per period
    r"|\b\d+(?:\.\d+)?\s+(?:per|pro|a|an|each|every)\s+(?:day|week|month|year|hour)\b"
)
_BARE_AMOUNT = re.compile(r"(?:about|circa|unos|uns|environ|etwa|~)?\s*\d[\d.,\s]*k?")


def _picks_nothing(reading: Reading, spec: FieldSpec) -> bool:
    """Whether a reply to a choice question that names none of its options is no pick at
    all, so the model is not asked for one (it picks one whatever it is given): a reply
    that names a place or a person, answers another field, gives pay or a quantity while no
    option holds a number ("32k", "con quince días de antelación"), a date while no option
    names a month, or opens with a yes to another question ("Oui ça me va, j'ai ma
    combinaison")."""
    choices = spec.choices or ()
    text = reading.text
    numbered = any(re.search(r"\d", c) for c in choices)
    quantity = (
        _BARE_AMOUNT.fullmatch(plain(text).strip(" .!")) is not None
        or _QUANTITY.search(" ".join(numbers_to_digits(text, reading.lang).split())) is not None
    )
    return (
        # (a place beside a word that begins as a choice's does still picks: "I'm a
        # trained massage therapist, I did my diploma in Cork" for "Wellnessmasseur/in")
        (_answers_elsewhere(spec, text, reading.lang) and not shares_choice_root(choices, text, 5))
        or _answers_other_field(reading, spec)
        or names_pay(choices, text)
        or (quantity and not numbered)
        # "Tres temporadas" to "aucun, BNPS 1er degré, BNPS 2e degré…", "Circa 1500
        # racchette" to "noch nie, privat, im Verein…": a count of some thing no option
        # names, not the option of that number nor any other
        or _counts_other_thing(choices, text, reading.lang)
        # "Any of them really, happy wherever you need me", where no option means either:
        # no pick (the model picks one all the same)
        or (
            says_either(text)
            and not any(means_either(c) for c in choices)
            and not names_some_choice(choices, text)
        )
        # a day of a month ("dois, dias 8 e 9 de julho") or a month of a year ("From
        # January 2027.") where no option names a month
        or (
            (names_a_date(text) or (names_a_month(text) and _A_YEAR.search(text) is not None))
            and not any(names_a_month(c) for c in choices)
        )
        or (opens_with_yes_or_no(text, reading.lang) and not names_some_choice(choices, text))
    )


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER_AND_NOUN = re.compile(
    r"\W*(?:about|around|unos|unas|uns|umas|environ|etwa|circa)?\s*\d+\s+([^\W\d_]{4,})\W*"
)


def _counts_other_thing(choices: tuple[str, ...], text: str, lang: str) -> bool:
    """Whether a reply is only a number and the thing it counts, a thing no choice names
    by a word beginning as it does ("Tres temporadas", not "3 degrés")."""
    m = _NUMBER_AND_NOUN.fullmatch(plain(numbers_to_digits(text, lang)))
    return (
        m is not None
        and not shares_choice_root(choices, m.group(1))
        and not shares_choice_root(choices, text)
    )


def _answers_other_field(reading: Reading, spec: FieldSpec) -> bool:
    """Whether a reply that names none of a choice question's options answers another field
    ("non merci. Et petite correction : c'est cinq saisons"): the model, asked to pick,
    still picks one."""
    return any(k != spec.key and f.status == "answered" for k, f in reading.findings.items())


_I = re.compile(r"I(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?")
# The longest reply to a short text question taken as another field's answer instead.
_ELSEWHERE_WORDS = 6


# A short answer this short is taken whole, without asking the model for its span.
BARE_ANSWER_WORDS = 3


async def _span(engine: Engine, spec: FieldSpec, text: str) -> str | None:
    """The checked part of a short answer that answers its question; ``None`` (the whole
    reply stands) when the model cannot say now: the answer is already known to be one,
    so a busy or failed model costs it its trimming, never the turn."""
    if len(text.split()) <= BARE_ANSWER_WORDS:
        return None  # "Gorgie", "English and Polish": nothing around the answer to leave out
    try:
        return answering_span(spec, text, await prompts.answer_span(engine, spec, text))
    except (EngineError, GrammarError) as exc:
        log.warning("answer span skipped for %s: %s", spec.key, type(exc).__name__)
        return None


# An open answer this short is checked whatever it says.
CHECKED_WORDS = 5


def asks_why(spec: FieldSpec) -> bool:
    """Whether ``spec``'s question asks for a reason ("Why…?", "¿Qué te motiva…?")."""
    return REASON_QUESTION.search(plain(question(spec))) is not None


def _open_to_anything(spec: FieldSpec) -> bool:
    """Whether ``spec`` asks why, or for anything the candidate wants to add ("¿Quieres
    añadir algo más sobre ti?"): a quality of theirs answers either."""
    return asks_why(spec) or ANYTHING_TO_ADD.search(plain(question(spec))) is not None


# A reply this short that leaves the answer to others says nothing else worth keeping.
LEFT_TO_OTHERS_WORDS = 35


def leaves_it_to_others(text: str) -> bool:
    """Whether a short open answer leaves the question to others, to later, to the moment
    or to trust in the candidate ("I'd follow whatever the team tells me", "lo veremos en
    el curso", "it depends, every house is different", "I've done it a thousand times"),
    setting no condition and no steps of its own."""
    flat = plain(text)
    if len(flat.split()) > LEFT_TO_OTHERS_WORDS:
        return False
    if LEFT_TO_OTHERS.search(flat):
        return True
    return PUT_OFF.search(flat) is not None and CONDITION_OR_STEPS.search(flat) is None


def needs_check(spec: FieldSpec, text: str) -> bool:
    """Whether the model is asked if an open answer really answers its question, rather
    than only praising the candidate. Measured on the default model, that check called
    most answers "qualities" (8 of 22 right on replies of both kinds, motivations and
    short accounts of what one would do among the misses), so it is asked only where a
    reply looks like a self-description or "nothing comes to mind", or is very short; and
    never for a question asking why or for anything to add: a quality answers it."""
    if _open_to_anything(spec):
        return False
    flat = plain(text)
    return (
        len(flat.split()) < CHECKED_WORDS
        or SELF_DESCRIPTION.search(flat) is not None
        or NO_EXAMPLE.search(flat) is not None
        or _CHOOSE_ONE.search(flat) is not None
    )


# A reply to a question asking why that is this long and hedges nowhere gives a reason.
REASON_REPLY_WORDS = 10
# Unsure or indifferent: "not so sure", "no estoy segura", "I guess", "a job like any
# other", "on verra", "a bit of everything" anywhere in the reply (a plain "not sure" and
# "boh" are NOT_KNOWING's and NO_REASON's).
_HEDGED = re.compile(
    r"\bnot\s+(?:too|so|quite)\s+sure\b|\bi\s+guess\b|\bwhatever\b"
    r"|\bno\s+(?:estoy|sabria)\s+(?:muy\s+)?segur[oa]\b|\bsupongo\b|\bnicht\s+(?:so\s+)?sicher\b"
    r"|\bpas\s+(?:trop\s+|vraiment\s+)?sur\b|\bnao\s+tenho\s+(?:muita\s+)?certeza\b"
    r"|\bnon\s+(?:sono\s+)?(?:molto\s+)?sicur[oa]\b|\bbof\b|\bmeh\b"
    r"|\blike\s+any\s+other\b|\bcomo\s+(?:otro|outro)\s+cualquiera\b|\bcomo\s+outro\s+qualquer\b"
    r"|\bwie\s+jede[rsn]?\s+andere\b|\bcomme\s+une?\s+autre\b|\bcome\s+un\s+altro\b"
    r"|\bwe'?ll\s+see\b|\bon\s+verra\b|\bya\s+veremos\b|\bmal\s+sehen\b|\bvedremo\b"
    r"|\bvamos\s+ver\b|\ba\s+bit\s+of\s+everything\b|\bun\s+poco\s+de\s+todo\b"
    r"|\bun\s+peu\s+de\s+tout\b|\bvon\s+allem\s+etwas\b|\bum\s+pouco\s+de\s+tudo\b"
    r"|\bun\s+po'?\s+di\s+tutto\b"
)


def gives_reason(spec: FieldSpec, text: str) -> bool:
    """Whether an open answer to a question asking why ("Why do you want this job?", "¿Qué
    te motiva…?") is taken as an answer without asking the model: it has at least
    :data:`REASON_REPLY_WORDS` words and no "no particular reason", "nothing comes to
    mind", "a bit of everything" or "not sure" in it.

    Any reason answers such a question, a quality too (see :func:`needs_check`). On the
    blind open-answer set the model labelled every reply of this kind an answer, and the
    vague replies to questions asking why were all shorter or hedged: those still go to the
    model. It saves the model call that every candidate's motivation costs, the one that
    queues behind the others' under load."""
    if spec.type != "long_text" or not _open_to_anything(spec):
        return False
    flat = plain(text)
    return (
        len(flat.split()) >= REASON_REPLY_WORDS
        and NO_REASON.search(flat) is None
        and NO_EXAMPLE.search(flat) is None
        and _FILLER.search(flat) is None
        and _HEDGED.search(flat) is None
        and NOT_KNOWING.search(flat) is None
    )


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
    elif (
        spec.type == "single_choice"
        and choice in (spec.choices or ())
        # "No preference" needs words for it ("either", "me da igual"): a list of classes
        # ("spinning y GAP") prefers nothing.
        and not (means_either(choice) and not names_some_choice((choice,), reading.text))
    ):
        findings[spec.key] = Finding("answered", choice, reading.text, source="model")
    return replace(reading, findings=findings)


def apply_verdict(
    reading: Reading, spec: FieldSpec, label: prompts.Label, span: str | None = None
) -> Reading:
    """Keep what the model said only where the code can check it.

    "specific" is only offered for free-text fields, whose value is the reply itself, or
    for a short text the checked ``span`` of it that answers (the reply stays the evidence);
    "does_not_have" needs a negation in the message, "asks_meaning" and "off_topic"
    need a question; anything unchecked leaves the deterministic reading as it was.
    """
    findings = dict(reading.findings)
    text = reading.own_text or reading.text
    if span and asks_languages(spec) and languages_named(span) < languages_named(text):
        # "Falo inglês fluente, morei 2 anos em Dublin" → not "morei 2 anos…";
        # "Englisch gut, dazu etwas Italienisch" → not "Italienisch" alone
        span = None
    if (
        label == "specific"
        and spec.type in TEXT_TYPES
        and (
            _FILLER.search(plain(text))
            or _CHOOSE_ONE.search(plain(text))
            or (len(text.split()) <= _SHORT_FILLER_WORDS and _EVERYTHING.search(plain(text)))
        )
    ):
        # "A bit of everything, I get by", "Ah, conheço um pouco de tudo": about the
        # question, naming nothing.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type in TEXT_TYPES
        and (
            (
                NOT_KNOWING.search(plain(text))
                and not (spec.type == "long_text" and _says_more_than_not_knowing(text))
            )
            or (
                _DEPENDS.match(plain(text))
                # "Ça dépend : si le carreau est fissuré je le remplace": a condition of
                # its own answers an open question
                and not (spec.type == "long_text" and CONDITION_OR_STEPS.search(plain(text)))
            )
        )
        and not _NAMES_SOMETHING.search(text)
    ):
        # "a few from my old job, can't remember what they're all called", "Depende muito do
        # dia": nothing named.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type == "long_text"
        and _BARE_QUANTITY.match(numbers_to_digits(text, reading.lang))
    ):
        # "5 notti." to "A guest feels unwell at 3 am: what do you do?": another question's
        # number, no story.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif label == "specific" and spec.type in TEXT_TYPES and bare_yes_or_no(text, reading.lang):
        # "Posso sim, sem problema" to "Which areas do you know well?": no areas named.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type == "short_text"
        and _ASKS_WHICH.match(plain(question(spec)))
        and opens_with_yes_or_no(text, reading.lang)
        and _FIRST_PERSON.search(plain(text)) is not None
        and not _names_a_name(text)
    ):
        # "ja klar, grad am WE hab ich ja zeit" to "In welchem Ort wohnen Sie?": a yes to
        # some other question, then something of one's own, no place named ("Sí, la
        # plana" names the machine).
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type == "short_text"
        and NEAR_OR_FAR.search(plain(text))
        and len(text.split()) <= _NEARBY_WORDS
        and not _names_a_name(text)
        and not (asks_where_lived(spec) and names_a_place_first(text))
        and not re.search(r"\d", text)
    ):
        # "Qui vicino.", "Pas loin", "Bem pertinho": near, and no place named.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type == "short_text"
        and len(text.split()) <= _ELSEWHERE_WORDS
        and any(
            k != spec.key and f.status == "answered" and (f.evidence in text or text in f.evidence)
            for k, f in reading.findings.items()
        )
        and not _names_a_name(text)
    ):
        # "Seis días a la semana." to "¿En qué barrio vives?": a short reply the code reads
        # as another field's answer, naming nothing (the model had taken "semana" for the
        # neighbourhood); not an aside beside it ("Só português. Ah, e corrijo: …").
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif label == "specific" and asks_languages(spec) and not names_a_language(span or text):
        # "Antes fui mozo en restaurante" names no language: another question's answer.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "specific"
        and spec.type == "short_text"
        and not asks_languages(spec)
        and _MOTHER_TONGUE.search(plain(text))
    ):
        # "Français, c'est ma langue maternelle" to "Which period of history?": the
        # candidate's language, another question's answer.
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif label == "specific" and spec.type in TEXT_TYPES:
        value, _ = validate_text(spec, span or text)
        if value is not None:
            findings[spec.key] = Finding("answered", value, text, source="model")
    elif label == "vague":
        findings[spec.key] = Finding("vague", None, text, source="model")
    elif (
        label == "does_not_have"
        and spec.type in NEGATABLE
        and _negated(text, reading.lang)
        and not NOT_KNOWING.search(plain(text))
        # "pues no mucha la verdad, unos meses": not much, which is some; "não é longe",
        # not far, which is some way
        and not FEW_OR_MANY.search(plain(text))
        and not NEAR_OR_FAR.search(plain(text))
        # "Just the Spey, I've never fished anywhere else": one named, and none besides
        and not _named_then_nothing_else(plain(text))
    ):
        findings[spec.key] = Finding("none", None, text, source="model")
    elif label == "refuses" and (
        _RESERVE.search(plain(text))
        # A bare "no, sorry" refuses; a negation inside a story ("Mi scuso e rifaccio il
        # lavoro senza farlo pagare") does not.
        or (_negated(text, reading.lang) and len(text.split()) <= _BARE_REFUSAL_WORDS)
    ):
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


# Nothing besides what was named, in the six languages: "never fished anywhere else",
# "sonst nirgends", "en ningún otro", "nulle part ailleurs", "nessun altro".
_NOTHING_ELSE = re.compile(
    r"\b(?:anywhere|anything|anyone|nowhere|nothing|no\s*one)\s+else\b|\bany\s+others?\b"
    r"|\bsonst\s+(?:nirgends|nirgendwo|nichts|keine\w*)\b|\bnirgendwo\s+sonst\b|\bnichts\s+anderes\b"
    r"|\bning[uú]n\w*\s+otr[oa]s?\b|\bnada\s+m[aá]s\b|\bnenhu\w*\s+outr[oa]s?\b|\bnada\s+mais\b"
    r"|\bnulle\s+part\s+ailleurs\b|\brien\s+d'autre\b|\baucune?\s+autres?\b"
    r"|\bnessun\w*\s+altr[oa]\b|\bnient'?\s*altro\b|\bda\s+nessun'?\s*altra\s+parte\b"
)


def _named_then_nothing_else(flat: str) -> bool:
    """Whether a reply names something in its opening clause, with no negation, and says
    after it that there is nothing besides ("Just the Spey, I've never fished anywhere
    else"; not "No, nothing else")."""
    parts = re.split(r"[,;.!?]|\s[-–]\s", flat, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return False
    return not _OPENING_NEGATION.search(parts[0]) and _NOTHING_ELSE.search(parts[1]) is not None


_OPENING_NEGATION = re.compile(
    r"\b(?:no|not|none|never|nothing|nunca|nada|ningun\w*|nie|nein|kein\w*|nichts|jamais|rien"
    r"|aucun\w*|pas|mai|nessun\w*|niente|nao|nenhu\w*)\b|n't\b"
)


# Replies that name nothing, in the six languages: "a bit of everything", "I get by".
_A_BIT_OF_EVERYTHING = (
    r"a\s+bit\s+of\s+everything|a\s+little\s+of\s+everything|un\s+po'?\s+di\s+tutto"
    r"|un\s+poco\s+de\s+todo|de\s+todo\s+un\s+poco|von\s+allem\s+etwas|ein\s+bisschen\s+von\s+allem"
    r"|un\s+peu\s+de\s+tout|um\s+pouco\s+de\s+tudo|de\s+tudo\s+um\s+pouco"
)
_FILLER = re.compile(
    r"^\W*(?:(?:mah|well|oh|hmm|bueno|pues|naja|also|bah|eh|bom|ah)\W+)?"
    rf"(?:{_A_BIT_OF_EVERYTHING}"
    r"|(?:a\s+little\s+)?(?:of\s+)?everything|all\s+sorts|di\s+tutto|de\s+todo"
    r"|alles\s+m[oö]gliche|un\s+peu\s+(?:de\s+)?tout|de\s+tout|de\s+tudo"
    # "Lo que haga falta", "was so anfällt", "le nécessaire", "con todas": whatever is needed
    r"|lo\s+que\s+(?:haga\s+falta|sea\s+necesario|se\s+necesite)|lo\s+necesario"
    r"|whatever(?:'?s|\s+is)?\s+needed|whatever\s+it\s+takes|what(?:ever)?\s+needs\s+doing"
    r"|was\s+(?:halt\s+)?(?:so\s+)?anf[aä]llt|ce\s+qu'il\s+faut|le\s+n[eé]cessaire"
    r"|quello\s+che\s+serve|il\s+necessario|o\s+que\s+for\s+preciso|o\s+necess[aá]rio"
    # "Lo que pida el cliente 😄": whatever the customer asks for, said for how one does it
    r"|lo\s+que\s+(?:pida|quiera)\s+el\s+cliente|whatever\s+the\s+(?:customer|client|guest)"
    r"\s+(?:wants|asks\s+for)|was\s+der\s+kunde\s+(?:will|m[oö]chte)|ce\s+que\s+(?:veut|demande)"
    r"\s+le\s+client|o\s+que\s+o\s+cliente\s+(?:pedir|quiser)|quello\s+che\s+(?:chiede|vuole)"
    r"\s+il\s+cliente"
    r"|(?:con|with|com|mit|avec)\s+(?:todas|todos|all\s+of\s+them|todas\s+elas|allen|toutes"
    r"|tous|tutte|tutti))\b(?:\W+(?:me\s+la\s+cavo"
    r"|i\s+get\s+by|me\s+defiendo|je\s+me\s+debrouille|ich\s+komme\s+zurecht|me\s+viro"
    r"|really|honestly|davvero|la\s+verdad|ehrlich\s+gesagt|vraiment|sinceramente"
    r"|(?:yo\s+)?me\s+adapto|je\s+m'adapte|mi\s+adatto|i\s+adapt|ich\s+passe\s+mich\s+an|eu\s+me\s+adapto"
    r"|was\s+(?:halt\s+)?(?:so\s+)?anf[aä]llt|comme\s+tout\s+le\s+monde|como\s+todo\s+el\s+mundo"
    r"|like\s+everyone(?:\s+else)?|wie\s+jeder|come\s+tutti|como\s+todo\s+mundo))*\W*$"
)
# "a bit of everything" inside a short reply: "Ah, conheço um pouco de tudo", "I've done
# a bit of everything really".
_EVERYTHING = re.compile(rf"\b(?:{_A_BIT_OF_EVERYTHING})\b")
_SHORT_FILLER_WORDS = 7
# Too many to tell one: "Many, is difficult to choose one", "tantas que es difícil elegir
# una", "schwer, eine auszuwählen". It claims examples and tells none.
_CHOOSE_ONE = re.compile(
    r"\b(?:difficult|hard|impossible|tough)\s+to\s+(?:choose|pick|say|name)\s+(?:just\s+)?one\b"
    r"|\btoo\s+many\s+to\s+(?:choose|pick|count|mention|name)\b"
    r"|\bdificil\s+(?:de\s+)?(?:elegir|escoger|escolher|decir|dizer)\b"
    r"|\bdifficile\s+(?:d'en\s+|de\s+)?(?:choisir|sceglier\w*|dire)\b"
    r"|\bschwer\W+(?:nur\s+)?(?:eine?n?\s+)?(?:auszuwahlen|zu\s+nennen|zu\s+sagen)\b"
    r"|\b(?:dur|compliqu\w+)\s+(?:d'en\s+|de\s+)?(?:choisir|citer)\b"
    # "no sabría decirle uno en concreto", "je ne saurais en choisir un"
    r"|\bno\s+sabria\s+(?:decir|elegir|escoger)\w*\s+(?:solo\s+)?un[oa]?\b"
    r"|\bnao\s+saberia\s+(?:dizer|escolher)\w*\s+(?:so\s+)?uma?\b"
    r"|\bnon\s+saprei\s+(?:dir|sceglier)\w*\s+(?:solo\s+)?un[oa]?\b"
    r"|\bje\s+ne\s+saurais\s+(?:en\s+)?(?:dire|choisir|citer)\b"
    # "he tenido muchos complicados, como todo el mundo": many, and none told
    r"|\b(?:many|lots|loads|tons|plenty|muchos|muchas|plein|beaucoup|viele|tanti|tante|muitos"
    r"|muitas)\b"
    r".{0,40}\b(?:like|como|comme|wie|come)\s+(?:everyone|everybody|todo\s+el\s+mundo"
    r"|tout\s+le\s+monde|jeder|alle|tutti|todo\s+mundo)\b"
)
# A number under 100 with a word or two: "5 notti.", "about 20", "3 years" (not "112
# subito", which says what one would do).
_BARE_QUANTITY = re.compile(
    r"^\W*(?:[^\W\d]+\s+\d{1,2}(?:[.,]\d+)?(?:\s*[^\W\d]+)?|\d{1,2}(?:[.,]\d+)?"
    r"(?:\s*[^\W\d]+){1,2})\W*$"
)
# "It depends", opening a reply: "Depende de lo que paguen", "kommt drauf an", "ça dépend".
_DEPENDS = re.compile(
    r"\W*(?:well\W+|bueno\W+|pues\W+|bom\W+|bah\W+|eh\W+|also\W+)?"
    # ("Eso depende de la situación", "that depends", "isso depende")
    r"(?:it\s+|that\s+|eso\s+|esto\s+|isso\s+|isto\s+|questo\s+|cela\s+)?(?:depends"
    r"|depende|dipende|(?:ca|ça)\s+depend|(?:das\s+|es\s+)?kommt\s+(?:darauf|drauf)\s+an|hangt)\b"
)
# A name, a code or a figure: something an answer names ("CSCS", "Hilti", "2 years").
_NAMES_SOMETHING = re.compile(r"(?<=[\w,;:] )[A-Z]\w|\b[A-Z]{2,}\b|\d")
_BARE_REFUSAL_WORDS = 5
# Words a refusal is made of; a model "refuses" without any of them is not taken.
_RESERVE = re.compile(
    r"\b(?:rather|prefer|private|privacy|personal|confidential|skip|pass|later|share|sharing"
    r"|prefiero|prefiro|preferisco|prefere|lieber|angaben?|privad[oa]|prive|privat|privato"
    r"|personal|personnel|personale|pessoal)\b"
)


# A question asking which, where, what or how, not whether: "In welchem Ort wohnen Sie?",
# "Con quali tostatrici hai lavorato?", "¿Desde cuándo podrías empezar?".
_ASKS_WHICH = re.compile(
    r"\W*(?:[^\W\d_]+\s+)?(?:what|which|where|how|when|who|que|qual|quais|cual|cuales|donde"
    r"|onde|como|cuando|cuanto|quando|quanto|wo|woher|wie|welche\w*|was|wann|ou|quel\w*|comment"
    r"|quand|combien|dove|quale|quali|come|chi)\b"
)


# One's mother tongue, in the six languages.
_MOTHER_TONGUE = re.compile(
    r"\b(?:mother\s+tongue|native\s+(?:language|speaker)|first\s+language|langue\s+maternelle"
    r"|lengua\s+materna|lingua\s+madre|lingua\s+materna|muttersprache\w*)\b"
)
# A reply this short that only says near or far names no place.
_NEARBY_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|yo|mi|je|j'\w+|moi|ich|mir|mich|eu|io)\b")


def _names_a_name(text: str) -> bool:
    """Whether ``text`` holds a capitalised word past its first ("Ja, in Göttingen"), not
    one in capitals only ("am WE")."""
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    return any(w[0].isupper() and not w.isupper() for w in words[1:])


def _negated(text: str, lang: str) -> bool:
    """Whether ``text`` says no in ``lang``'s sense ("Moro no Campeche" says none)."""
    return negated(plain(text), lang) or bool(
        re.search(r"\b(?:zero|nothing|nobody|nope|0)\b", fold(text))
    )
