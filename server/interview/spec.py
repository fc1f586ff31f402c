"""What a job asks for, and where an interview stands: the shapes every layer shares.

A job's screening fields and custom questions are both *fields* to the interview:
a custom question is a field of type ``long_text`` whose label is the question, and a
work sample is a few fields (:class:`SampleField`) asked after them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

FieldType = Literal[
    "linkedin_url",
    "years",
    "hours_per_week",
    "ai_training_experience",
    "number",
    "yes_no",
    "single_choice",
    "short_text",
    "long_text",
]
Status = Literal["missing", "answered", "none", "vague", "invalid", "declined"]
COMPLETE_STATUSES: frozenset[str] = frozenset({"answered", "none"})
Phase = Literal["interview", "summary", "confirmed", "submitted"]

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,47}$"
# The largest job definition: every field is read on every message, so these bound what
# one message can cost (scripts/bench_fields.py measures it).
MAX_FIELDS = 40
MAX_CUSTOM_QUESTIONS = 20
MAX_CHOICES = 20
MAX_CHOICE_CHARS = 100
Choice = Annotated[str, Field(min_length=1, max_length=MAX_CHOICE_CHARS)]
# Retakes: how many a job may allow, and which attempt its applicants list shows.
MAX_RETAKES = 5
AttemptShown = Literal["latest", "best", "first"]


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=KEY_PATTERN)
    label: str = Field(min_length=1, max_length=120)
    type: FieldType
    required: bool = True
    description: str = Field("", max_length=1000)
    choices: tuple[Choice, ...] | None = Field(None, max_length=MAX_CHOICES)
    question: str | None = Field(
        None, max_length=500, description="How the interviewer asks for it (default: the label)."
    )
    example: str | None = Field(
        None, max_length=200, description="An acceptable answer, shown after two misses."
    )

    @model_validator(mode="after")
    def _choices_match_type(self) -> FieldSpec:
        if self.type == "single_choice":
            if not self.choices or len(self.choices) < 2:
                raise ValueError("a single_choice field needs at least two choices")
            if len({c.casefold() for c in self.choices}) != len(self.choices):
                raise ValueError("choices must be distinct")
        elif self.choices:
            raise ValueError("only single_choice fields take choices")
        return self


MAX_KEY_POINTS = 8
MAX_KEY_POINT_CHARS = 300
MAX_WEIGHT = 100.0


class KeyPoint(BaseModel):
    """One thing a strong answer covers, and how much it counts (default 1: all equal)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, max_length=MAX_KEY_POINT_CHARS)
    weight: float = Field(1.0, gt=0, le=MAX_WEIGHT, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _text_alone(cls, data: Any) -> Any:
        # A key point may be given as its text alone.
        return {"text": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _not_blank(self) -> KeyPoint:
        if not self.text.strip():
            raise ValueError("a key point needs some text")
        return self


class CustomQuestion(BaseModel):
    """An open question. With a ``rubric`` (1 to 8 key points) the answer is judged after the
    interview, point by point (``server.interview.rubric``); without one nothing is scored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=KEY_PATTERN)
    question: str = Field(min_length=1, max_length=500)
    required: bool = True
    rubric: tuple[KeyPoint, ...] | None = Field(
        None,
        min_length=1,
        max_length=MAX_KEY_POINTS,
        description="Key points a strong answer covers (text, optional weight > 0);"
        " the employer sees each judged, with a quote from the answer, and a score.",
    )

    @model_validator(mode="after")
    def _distinct_points(self) -> CustomQuestion:
        if self.rubric is not None:
            texts = [" ".join(p.text.split()).casefold() for p in self.rubric]
            if len(set(texts)) != len(texts):
                raise ValueError("the key points of a rubric must be distinct")
        return self

    @model_serializer(mode="wrap")
    def _omit_no_rubric(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A question without a rubric is stored and shown exactly as before rubrics existed.
        data: dict[str, Any] = handler(self)
        if data.get("rubric") is None:
            data.pop("rubric", None)
        return data

    def as_field(self) -> FieldSpec:
        # The label is the question itself, cut to a label's length for the checklist.
        label = self.question if len(self.question) <= 120 else self.question[:119] + "…"
        return FieldSpec(
            key=self.key,
            label=label,
            type="long_text",
            required=self.required,
            question=self.question,
        )


# Work samples: short screening tasks (``server.interview.work_samples`` puts them to the
# candidate as fields and checks the picks against the gold answers).
MAX_WORK_SAMPLES = 5
MAX_SAMPLE_TEXT = 4000
MAX_LABELS = 8
MAX_LABEL_ITEMS = 5
SAMPLE_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"  # room for the suffixes of its fields' keys


class CompareSample(BaseModel):
    """A prompt and two responses: the candidate picks the better one (checked against
    ``gold``) and says why (judged against ``rubric`` when it has one, as a rubric
    question; without one the reason is only recorded)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["compare"]
    key: str = Field(pattern=SAMPLE_KEY_PATTERN)
    instructions: str = Field("", max_length=2000)
    prompt: str = Field(min_length=1, max_length=MAX_SAMPLE_TEXT)
    response_a: str = Field(min_length=1, max_length=MAX_SAMPLE_TEXT)
    response_b: str = Field(min_length=1, max_length=MAX_SAMPLE_TEXT)
    gold: Literal["A", "B"] = Field(description="The better response: never shown to candidates.")
    rubric: tuple[KeyPoint, ...] | None = Field(
        None,
        min_length=1,
        max_length=MAX_KEY_POINTS,
        description="Key points a strong reason covers: never shown to candidates.",
    )

    @model_validator(mode="before")
    @classmethod
    def _gold_letter(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("gold"), str):
            data = {**data, "gold": data["gold"].strip().upper()}
        return data

    @model_validator(mode="after")
    def _distinct(self) -> CompareSample:
        if " ".join(self.response_a.split()) == " ".join(self.response_b.split()):
            raise ValueError("the two responses of a compare sample must differ")
        if self.rubric is not None:
            texts = [" ".join(p.text.split()).casefold() for p in self.rubric]
            if len(set(texts)) != len(texts):
                raise ValueError("the key points of a rubric must be distinct")
        return self


class LabelItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, max_length=1000)
    gold: Choice = Field(description="The right label: never shown to candidates.")


class LabelSample(BaseModel):
    """Items to label: each item is given one of ``labels``, checked against its gold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["label"]
    key: str = Field(pattern=SAMPLE_KEY_PATTERN)
    instructions: str = Field("", max_length=2000)
    labels: tuple[Choice, ...] = Field(min_length=2, max_length=MAX_LABELS)
    items: tuple[LabelItem, ...] = Field(min_length=1, max_length=MAX_LABEL_ITEMS)

    @model_validator(mode="after")
    def _gold_is_a_label(self) -> LabelSample:
        folded = [" ".join(label.split()).casefold() for label in self.labels]
        if len(set(folded)) != len(folded):
            raise ValueError("the labels of a label sample must be distinct")
        for n, item in enumerate(self.items, start=1):
            if " ".join(item.gold.split()).casefold() not in folded:
                raise ValueError(f"item {n}'s gold label must be one of the labels")
        return self


WorkSample = Annotated[CompareSample | LabelSample, Field(discriminator="kind")]


class SampleField(FieldSpec):
    """A field made from a work sample (``sample`` is its key): read only while it is
    asked, since its options are shared with other items or are bare letters."""

    sample: str
    part: Literal["pick", "why", "label"]
    item: int | None = None  # a label sample's item, from 1
    question: str | None = Field(None, max_length=4 * MAX_SAMPLE_TEXT)


class JobSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=5000)
    fields: tuple[FieldSpec, ...] = Field((), max_length=MAX_FIELDS)
    custom_questions: tuple[CustomQuestion, ...] = Field((), max_length=MAX_CUSTOM_QUESTIONS)
    work_samples: tuple[WorkSample, ...] = Field(
        (),
        max_length=MAX_WORK_SAMPLES,
        description="Short tasks asked after the questions (compare two responses, label"
        " items); the picks are checked against the gold answers after submission.",
    )
    currency: str | None = Field(
        None,
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code of the bids (EUR, USD, BRL); shown with every amount.",
    )
    bid: bool = Field(
        True,
        description="The interview ends with a bid (confirm, bid, submit); without one it"
        " ends with confirm and submit. Jobs saved before this setting ask for a bid.",
    )
    retakes: int = Field(
        0,
        ge=0,
        le=MAX_RETAKES,
        description="How many times a candidate may take the interview again after"
        f" submitting it (0 to {MAX_RETAKES}; 0: no retake). Every attempt is kept.",
    )
    attempt_shown: AttemptShown = Field(
        "latest",
        description="Which submitted attempt the applicants list shows for a candidate who"
        " took several: the latest, the first, or the best (the highest score: only for a"
        " job with rubric questions; attempts still being judged count as unscored, and"
        " among equals the later one is shown).",
    )

    @model_validator(mode="after")
    def _best_needs_a_score(self) -> JobSpec:
        if self.attempt_shown == "best" and not self.is_scored():
            raise ValueError(
                'attempt_shown "best" needs a score: give a custom question a rubric or add'
                ' a work sample, or show the "latest" or "first" attempt'
            )
        return self

    @model_validator(mode="after")
    def _unique_keys(self) -> JobSpec:
        keys = [f.key for f in self.all_fields()]
        if len(set(keys)) != len(keys):
            raise ValueError("field and custom question keys must be unique within a job")
        if not keys:
            raise ValueError("a job needs at least one field or custom question")
        return self

    def rubric_questions(self) -> tuple[CustomQuestion, ...]:
        """The custom questions judged against a rubric (none: the job shows no score)."""
        return tuple(q for q in self.custom_questions if q.rubric) + self._sample_parts[1]

    def is_scored(self) -> bool:
        """Whether the job has a score: rubric questions, or work samples (checked against
        their gold answers). A job without either shows no score anywhere."""
        return bool(self.work_samples or self.rubric_questions())

    def all_fields(self) -> tuple[FieldSpec, ...]:
        return (
            self.fields + tuple(q.as_field() for q in self.custom_questions) + self._sample_parts[0]
        )

    @cached_property
    def _sample_parts(self) -> tuple[tuple[SampleField, ...], tuple[CustomQuestion, ...]]:
        # The work samples' fields and rubric questions, worded once in the job's language.
        if not self.work_samples:
            return (), ()
        from server.interview.work_samples import sample_parts

        return sample_parts(self)

    def field(self, key: str) -> FieldSpec:
        for spec in self.all_fields():
            if spec.key == key:
                return spec
        raise KeyError(key)


def job_language(job: JobSpec) -> str:
    """The language the job is written in (its title, description and questions)."""
    from server.interview.languages import job_language as guess

    # The work samples' own fields are worded in this language: their instructions count,
    # not the fields made of them (nor the texts to judge, often in another language).
    own = job.fields + tuple(q.as_field() for q in job.custom_questions)
    text = " ".join(
        [job.title, job.description]
        + [s.question or s.label for s in own]
        + [s.instructions for s in job.work_samples]
    )
    return guess(text)


class FieldState(BaseModel):
    """One field of one interview. ``evidence`` is the candidate's own words."""

    model_config = ConfigDict(extra="forbid")

    status: Status = "missing"
    value: Any = None
    evidence: str | None = None
    reason: str | None = None
    misses: int = 0

    @property
    def complete(self) -> bool:
        return self.status in COMPLETE_STATUSES
