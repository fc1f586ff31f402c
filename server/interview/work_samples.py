"""Work samples: short screening tasks put to the candidate as ordinary fields, and the
picks checked against the employer's gold answers.

A **compare** sample (:class:`~server.interview.spec.CompareSample`) becomes two fields:
``{key}`` (single choice ``A`` or ``B``; its question shows the instructions, the prompt
and both responses) and ``{key}_why`` (long text: the reason), which is a rubric question
(:meth:`JobSpec.rubric_questions`) when the sample has a rubric, so the judging queue
judges it like any other. A **label** sample becomes one single-choice field per item,
``{key}_1`` … ``{key}_5``, whose choices are the labels (the first item's question carries
the instructions). They are asked after the fields and custom questions, in order.

Every text around the employer's own is a catalog string (``replies.WORK_SAMPLE_TEXT``)
in the job's language. Gold answers and rubrics are never part of a field: what the
candidate is shown, and what the model reads, holds neither.

Scoring (:func:`check`): each pick is right or wrong against its gold; a sample's score is
its share of right picks (compare: 1 or 0; label: right items / items). The job's score
(``server.web.assessments``) is the mean over its rubric questions (a compare sample's
reason among them) and its work samples, each counted once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from server.interview import i18n
from server.interview.replies import WORK_SAMPLE_TEXT
from server.interview.spec import (
    CompareSample,
    CustomQuestion,
    FieldState,
    JobSpec,
    LabelSample,
    SampleField,
    job_language,
)

LETTERS = ("A", "B")
MAX_LABEL_CHARS = 120


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


def _block(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p.strip())


def sample_parts(job: JobSpec) -> tuple[tuple[SampleField, ...], tuple[CustomQuestion, ...]]:
    """The fields of the job's work samples, in order, and the rubric questions among them."""
    _ = i18n.translations(job_language(job)).gettext
    text = {name: _(msgid) for name, msgid in WORK_SAMPLE_TEXT.items()}
    fields: list[SampleField] = []
    rubric: list[CustomQuestion] = []
    for n, sample in enumerate(job.work_samples, start=1):
        if isinstance(sample, CompareSample):
            task = _block(
                sample.instructions,
                f"{text['prompt']}\n{sample.prompt}",
                f"{text['response'].format(letter='A')}\n{sample.response_a}",
                f"{text['response'].format(letter='B')}\n{sample.response_b}",
                text["pick"],
            )
            fields.append(
                SampleField(
                    key=sample.key,
                    label=_label(text["pick_label"].format(n=n)),
                    type="single_choice",
                    choices=LETTERS,
                    question=task,
                    sample=sample.key,
                    part="pick",
                )
            )
            why = SampleField(
                key=f"{sample.key}_why",
                label=_label(text["why_label"].format(n=n)),
                type="long_text",
                question=text["why"],
                sample=sample.key,
                part="why",
            )
            fields.append(why)
            if sample.rubric:
                rubric.append(
                    CustomQuestion(key=why.key, question=text["why"], rubric=sample.rubric)
                )
        else:
            count = len(sample.items)
            for i, item in enumerate(sample.items, start=1):
                task = _block(
                    sample.instructions if i == 1 else "",
                    f"{text['item'].format(i=i, count=count)}\n{item.text}",
                    text["which_label"].format(labels=", ".join(sample.labels)),
                )
                fields.append(
                    SampleField(
                        key=f"{sample.key}_{i}",
                        label=_label(text["item_label"].format(n=n, i=i)),
                        type="single_choice",
                        choices=sample.labels,
                        question=task,
                        sample=sample.key,
                        part="label",
                        item=i,
                    )
                )
    return tuple(fields), tuple(rubric)


@dataclass(frozen=True)
class Pick:
    """One pick of a work sample against its gold: ``pick`` is None until answered."""

    key: str  # the field's
    item: str | None  # a label item's text; None for a compare sample
    pick: str | None
    gold: str
    correct: bool | None  # None until answered


@dataclass(frozen=True)
class SampleResult:
    key: str
    kind: str
    picks: tuple[Pick, ...]
    why_key: str | None  # the reason's field (a compare sample's)

    @property
    def score(self) -> float | None:
        """The share of right picks, once every pick is made."""
        if not self.picks or any(p.correct is None for p in self.picks):
            return None
        return sum(1 for p in self.picks if p.correct) / len(self.picks)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _pick(key: str, item: str | None, state: FieldState | None, gold: str) -> Pick:
    answered = state is not None and state.status == "answered" and isinstance(state.value, str)
    pick = state.value if answered and state is not None else None
    return Pick(key, item, pick, gold, None if pick is None else _same(pick, gold))


def check(job: JobSpec, fields: Mapping[str, FieldState]) -> tuple[SampleResult, ...]:
    """Every work sample of the job, each pick against its gold answer. Pure."""
    out = []
    for sample in job.work_samples:
        if isinstance(sample, LabelSample):
            picks = tuple(
                _pick(f"{sample.key}_{i}", item.text, fields.get(f"{sample.key}_{i}"), item.gold)
                for i, item in enumerate(sample.items, start=1)
            )
            out.append(SampleResult(sample.key, "label", picks, None))
        else:
            pick = _pick(sample.key, None, fields.get(sample.key), sample.gold)
            out.append(SampleResult(sample.key, "compare", (pick,), f"{sample.key}_why"))
    return tuple(out)
