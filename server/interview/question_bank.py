"""The question bank: open interview questions with rubrics, templates for a job's custom
questions.

The bank lives in ``question_bank.json`` next to this module: the 50 questions of seed 004
(an AI gig workforce management interview guide). The seed gives, for each question, only
a hint of what a strong answer covers; each entry keeps that hint verbatim (``hint``),
adds the question an interviewer would ask so that the hint describes a strong answer, and
splits the hint into 2 to 8 key points, the entry's ``rubric``. A key point says nothing
the hint does not: each of its words occurs in the hint (:func:`ungrounded`), which
:func:`load_bank` checks with the rest.

An entry is a template: :meth:`BankEntry.custom_question` is the :class:`CustomQuestion`
it becomes in a job (key = the entry's id), which the employer may edit before saving.
The file is read once, on first use (:func:`load_bank`); nothing is read at import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from server.errors import ConfigError
from server.interview.spec import KEY_PATTERN, MAX_KEY_POINTS, CustomQuestion, KeyPoint

BANK_PATH = Path(__file__).with_name("question_bank.json")

BankLevel = Literal[
    "Beginner",
    "Intermediate",
    "Advanced",
    "Scenario-Based",
    "AI Workflow & Tools",
    "Behavioral",
]
LEVELS: tuple[BankLevel, ...] = get_args(BankLevel)
MIN_POINTS = 2
MAX_TOPIC_CHARS = 80
MAX_HINT_CHARS = 1000
MAX_QUERY_CHARS = 100

_WORD = re.compile(r"[^\W_]+")
# Words that carry no content of their own: a key point may use them freely.
_GLUE = frozenset(
    "a an and are as at be by for from in into is it its of on or the their this to vs with".split()
)


def _stem(word: str) -> str:
    # Enough to let "controls" match "control" and "names" match "name"; nothing more.
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry content: casefolded, glue words left out."""
    return [w for w in _WORD.findall(text.casefold()) if w not in _GLUE]


def ungrounded(point: str, hint: str) -> list[str]:
    """The content words of ``point`` that do not occur in ``hint`` (empty when the point
    is grounded in its hint)."""
    known = {_stem(w) for w in _WORD.findall(hint.casefold())}
    return [w for w in content_words(point) if _stem(w) not in known]


class BankEntry(BaseModel):
    """One question of the bank: what it asks, what a strong answer covers, and the seed's
    hint it came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=KEY_PATTERN, description="Stable; the key of the custom question.")
    level: BankLevel
    topic: str = Field(min_length=1, max_length=MAX_TOPIC_CHARS)
    question: str = Field(min_length=1, max_length=500, pattern=r"\?$")
    rubric: tuple[KeyPoint, ...] = Field(min_length=MIN_POINTS, max_length=MAX_KEY_POINTS)
    hint: str = Field(min_length=1, max_length=MAX_HINT_CHARS)

    @model_validator(mode="after")
    def _a_grounded_custom_question(self) -> BankEntry:
        try:
            self.custom_question()
        except ValidationError as e:
            raise ValueError(f"not a valid custom question: {e}") from e
        for point in self.rubric:
            if missing := ungrounded(point.text, self.hint):
                raise ValueError(
                    f"key point {point.text!r} has words not in the hint: {', '.join(missing)}"
                )
        return self

    def custom_question(self) -> CustomQuestion:
        """The custom question this template makes: the entry's id as its key, required."""
        return CustomQuestion.model_validate(
            {"key": self.id, "question": self.question, "rubric": self.rubric}
        )

    def matches(self, words: Sequence[str]) -> bool:
        """Whether every one of ``words`` (casefolded) occurs in the question, the topic or
        a key point."""
        haystack = " ".join([self.question, self.topic, *(p.text for p in self.rubric)]).casefold()
        return all(w in haystack for w in words)


@cache
def load_bank(path: Path = BANK_PATH) -> tuple[BankEntry, ...]:
    """Every entry of the bank, in the file's order, validated; read once per path."""
    try:
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
    except (OSError, ValueError) as e:
        raise ConfigError(f"cannot read the question bank {path}: {e}") from e
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise ConfigError(f"{path}: expected an object with a list of 'entries'")
    entries = []
    for n, item in enumerate(raw["entries"]):
        try:
            entries.append(BankEntry.model_validate(item))
        except ValidationError as e:
            where = item.get("id", n) if isinstance(item, dict) else n
            raise ConfigError(f"{path}: entry {where} is invalid; fix it: {e}") from e
    for name in ("id", "question"):
        values = [getattr(e, name) for e in entries]
        if len(set(values)) != len(values):
            dupes = sorted({v for v in values if values.count(v) > 1})
            raise ConfigError(f"{path}: each {name} must be unique; repeated: {dupes}")
    return tuple(entries)


def find(
    entries: Sequence[BankEntry], *, level: str | None = None, text: str | None = None
) -> list[BankEntry]:
    """The entries of ``level`` (any when None) that contain every word of ``text``."""
    words = (text or "").casefold().split()
    return [e for e in entries if (level is None or e.level == level) and e.matches(words)]
