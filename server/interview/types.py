"""Field types: one entry per type, with everything the interview knows about it.

A new type is one :class:`TypeInfo` here (and its name in ``spec.FieldType``): how its
values are read, what a good answer looks like, an example, the words that say a
clause is about it, whether "I don't have one" completes it, which question the model
is asked when the reader is unsure, and what the employer sees in the job editor.
Hints and examples are catalog strings (``N_``), put in the job's language by
:class:`server.interview.replies.Voice`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from server.interview.readers.choice import read_choice
from server.interview.readers.experience import read_ai_experience
from server.interview.readers.hours import read_hours
from server.interview.readers.links import read_linkedin
from server.interview.readers.message import Finding, Message
from server.interview.readers.numbers import read_number
from server.interview.readers.years import read_years
from server.interview.readers.yes_no import read_yes_no
from server.interview.spec import FieldSpec, FieldType
from server.interview.vocab import Vocabulary

Reader = Callable[[FieldSpec, Message, Vocabulary, list[str]], list[Finding]]


def N_(message: str) -> str:
    """Marks a string for the catalogs; it is translated where it is used."""
    return message


@dataclass(frozen=True)
class TypeInfo:
    """What the interview knows about one field type.

    ``read`` is the deterministic reader (``None``: the reply itself is the value, and the
    model judges whether it answers). ``model`` is the narrow question the model gets when
    the reader is unsure: ``pick`` an option, or ``judge`` how the reply answers.
    ``negated`` are the scopes of the message's explicit negatives, for readers that must
    not take a value from inside one ("never done annotation").
    """

    employer_label: str
    hint: str
    example: str
    read: Reader | None
    negative_completes: bool
    model: Literal["pick", "judge"] = "judge"
    topic: re.Pattern[str] | None = None
    # How a field of this type is asked when the employer wrote no question of their own:
    # {label} is the label as written, {label_l} the same in lower case.
    question: str = N_("Could you tell me your {label_l}?")


# fmt: off
TYPES: dict[str, TypeInfo] = {
    "linkedin_url": TypeInfo(
        employer_label="LinkedIn URL",
        hint=N_("the link to your LinkedIn profile (it looks like linkedin.com/in/your-name)"),
        example="https://www.linkedin.com/in/jane-doe",
        read=lambda spec, msg, vocab, negated: read_linkedin(spec, msg),
        negative_completes=True,
        topic=re.compile(r"\blinked\s?in\b|\bprofile\b|\bsocial\s+media\b|\bsocials\b"),
    ),
    "years": TypeInfo(
        employer_label="Years",
        hint=N_("a number of years (months are fine too)"),
        example=N_("about 2 years"),
        read=lambda spec, msg, vocab, negated: read_years(spec, msg, vocab),
        negative_completes=True,
        topic=re.compile(r"\byears?\b|\bmonths?\b|\bexperience\b|\ba[nñ]os\b|\bjahren?\b"
                         r"|\bans\b|\bann[ée]es\b|\banni\b|\bmonate?n?\b|\bmeses\b|\bmesi\b"
                         r"|\bexperi[eê]ncia\b|\berfahrung\b|\bexp[ée]rience\b|\besperienza\b"),
    ),
    "hours_per_week": TypeInfo(
        employer_label="Hours per week",
        hint=N_("a number of hours per week, or a range"),
        example=N_("20 hours a week"),
        read=lambda spec, msg, vocab, negated: read_hours(spec, msg),
        negative_completes=False,
        topic=re.compile(r"\bhours?\b|\bhrs\b|\bavailability\b|\bcommit\b|\bper\s+week\b"
                         r"|\bhoras\b|\bstunden\w*|\bstundenzahl\b|\bheures\b|\bore\b"
                         r"|\bdisponibilidad\b|\bverf[üu]gbarkeit\b|\bdisponibilit[ée]\b"
                         r"|\bdisponibilidade\b|\bdisponibilit[àa]\b"),
    ),
    "ai_training_experience": TypeInfo(
        employer_label="AI training experience",
        hint=N_("the platforms you have worked on and the kinds of tasks you did"),
        example=N_("RLHF and response evaluation on Outlier"),
        read=read_ai_experience,
        negative_completes=True,
        # "AI" itself is told apart by case (``subject.mentions_subject``): lower case, "ai"
        # is French ("j'ai") and Italian ("ai piani").
        topic=re.compile(r"\bai\s+(?:training|trainer|annotation|data|models?|tasks?|work)\b"
                         r"|\bexperience\b|\bannotat\w*|\blabel+ing\b|\bplatforms?\b"
                         r"|\btasks?\b|\bwork\b"),
    ),
    "number": TypeInfo(
        employer_label="Number",
        hint=N_("a number"),
        example="3",
        read=lambda spec, msg, vocab, negated: read_number(spec, msg),
        negative_completes=True,
    ),
    "yes_no": TypeInfo(
        employer_label="Yes / no",
        hint=N_("a yes or a no"),
        example=N_("yes"),
        read=lambda spec, msg, vocab, negated: read_yes_no(spec, msg),
        negative_completes=False,  # "no" is the answer itself
        model="pick",
        question=N_("{label}: yes or no?"),
    ),
    "single_choice": TypeInfo(
        employer_label="Single choice",
        hint=N_("a short answer"),  # replaced by the field's own choices
        example=N_("a short answer"),
        read=lambda spec, msg, vocab, negated: read_choice(spec, msg),
        negative_completes=False,
        model="pick",
    ),
    "short_text": TypeInfo(
        employer_label="Short text",
        hint=N_("a short answer"),
        example=N_("a few words"),
        read=None,
        negative_completes=True,
    ),
    "long_text": TypeInfo(
        employer_label="Long text",
        hint=N_("a sentence or two in your own words"),
        example=N_("one or two sentences"),
        read=None,
        negative_completes=True,
        question=N_("Could you tell me about {label_l}?"),
    ),
}
# fmt: on

if set(TYPES) != set(get_args(FieldType)):  # pragma: no cover - caught by the test suite too
    raise RuntimeError("server.interview.types.TYPES must cover spec.FieldType exactly")

NEGATABLE = frozenset(name for name, info in TYPES.items() if info.negative_completes)
TEXT_TYPES = frozenset(name for name, info in TYPES.items() if info.read is None)
PICK_TYPES = frozenset(name for name, info in TYPES.items() if info.model == "pick")


def read(spec: FieldSpec, msg: Message, vocab: Vocabulary, negated: list[str]) -> list[Finding]:
    """What the field's own reader finds in the message (nothing for free text)."""
    reader = TYPES[spec.type].read
    return reader(spec, msg, vocab, negated) if reader is not None else []
