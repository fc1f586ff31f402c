"""The question bank for employers: ``GET /api/question-bank``.

Open questions with rubrics (:mod:`server.interview.question_bank`), offered as templates:
an entry becomes a custom question of a job as ``{"key": id, "question": question,
"rubric": rubric}`` in ``POST /api/jobs`` or ``PUT /api/jobs/{id}``, edited or not.
Employers only (anyone else: 401 or 403); nothing here is personal or stored.
"""

from __future__ import annotations

from typing import Annotated, Any

from litestar import get
from litestar.exceptions import ValidationException
from litestar.params import Parameter
from pydantic import BaseModel

from server.interview import question_bank
from server.store.tables import User


class BankPointOut(BaseModel):
    text: str
    weight: float


class BankEntryOut(BaseModel):
    """One template: ``id`` is stable and is the key the custom question takes."""

    id: str
    level: str
    topic: str
    question: str
    rubric: list[BankPointOut]
    hint: str


class QuestionBankOut(BaseModel):
    levels: list[str]
    count: int
    entries: list[BankEntryOut]


def bank_out(level: str | None, q: str | None) -> QuestionBankOut:
    if level is not None and level not in question_bank.LEVELS:
        raise ValidationException(
            f"Unknown level {level!r}; use one of: {', '.join(question_bank.LEVELS)}."
        )
    found = question_bank.find(question_bank.load_bank(), level=level, text=q)
    entries = [BankEntryOut.model_validate(e.model_dump()) for e in found]
    return QuestionBankOut(levels=list(question_bank.LEVELS), count=len(entries), entries=entries)


@get("/api/question-bank", sync_to_thread=False)
def read_question_bank(
    employer: User,
    level: Annotated[str | None, Parameter(max_length=40)] = None,
    q: Annotated[str | None, Parameter(max_length=question_bank.MAX_QUERY_CHARS)] = None,
) -> QuestionBankOut:
    """Open questions with rubrics, to use as a job's custom questions: all, or those of
    one ``level``, or those whose question, topic or key points contain every word of
    ``q`` (at most 100 characters). Each entry's ``hint`` is the source it came from."""
    return bank_out(level, q)


ROUTES: list[Any] = [read_question_bank]
