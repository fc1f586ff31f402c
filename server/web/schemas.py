"""Wire schemas: what the JSON API takes and gives. Tables live in ``server.store``."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Role = Literal["candidate", "employer"]

MAX_MESSAGE_CHARS = 4000
MAX_BID = Decimal("1000000")
EMAIL_PATTERN = r"^[^@\s]{1,64}@[^@\s]{1,255}$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RegisterIn(_In):
    email: str = Field(min_length=3, max_length=320, pattern=EMAIL_PATTERN)
    password: str = Field(min_length=8, max_length=1024)
    name: str = Field(min_length=1, max_length=200)
    role: Role


class LoginIn(_In):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class UserOut(BaseModel):
    id: int
    email: str
    name: str
    role: Role


class JobOut(BaseModel):
    id: int
    employer_id: int
    title: str
    description: str
    fields: list[dict[str, Any]]
    custom_questions: list[dict[str, Any]]
    created_at: datetime
    updated_at: datetime


class MessageIn(_In):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    client_id: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")

    @field_validator("text")
    @classmethod
    def _no_nul(cls, text: str) -> str:
        if "\x00" in text:
            raise ValueError("the message contains a NUL character; remove it and send again")
        return text


class ProposalIn(_In):
    bid_amount: Decimal = Field(gt=0, le=MAX_BID, max_digits=9, decimal_places=2)


class MessageOut(BaseModel):
    id: int
    seq: int
    role: Literal["candidate", "interviewer"]
    text: str
    created_at: datetime
    client_id: str | None = None
    reply_to: int | None = None
    changed: list[str] = []
    pending: bool = False


class ChecklistItem(BaseModel):
    key: str
    label: str
    status: str
    complete: bool


class FieldOut(BaseModel):
    label: str
    status: str
    complete: bool
    value: Any = None
    evidence: str | None = None
    reason: str | None = None


class ModelRecord(BaseModel):
    name: str
    sha256: str
    prompt_version: str
    grammar_version: str
    decoding: dict[str, Any]


class InterviewOut(BaseModel):
    id: int
    job_id: int
    job_title: str
    candidate_id: int
    candidate_name: str
    state: str
    complete: bool
    messages: list[MessageOut]
    checklist: list[ChecklistItem]
    fields: dict[str, FieldOut]
    summary: str | None
    bid_amount: float | None
    confirmed_at: datetime | None
    submitted_at: datetime | None
    model: ModelRecord


class TurnOut(BaseModel):
    interview_id: int
    reply: str
    message: MessageOut
    reply_message: MessageOut
    changed: list[str]
    checklist: list[ChecklistItem]
    state: str
    complete: bool
    summary: str | None


class CandidateOut(BaseModel):
    id: int
    name: str
    email: str


class ApplicationOut(BaseModel):
    interview_id: int
    job_id: int
    candidate: CandidateOut
    state: str
    complete: bool
    bid_amount: float | None
    submitted_at: datetime | None
    updated_at: datetime
    fields: dict[str, FieldOut]
    model: ModelRecord


class HealthOut(BaseModel):
    status: Literal["loading", "ready", "error"]
    model: str
    detail: str | None = None
