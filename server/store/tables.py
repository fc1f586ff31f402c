"""Database tables. Wire schemas live in ``server.web.schemas``; these are storage only.

``table=True`` classes skip validation, so nothing reaches them that a wire schema
or a store function has not checked first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Column, Field, Session, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC, read back as aware UTC, on every backend."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    return Field(sa_column=Column(UTCDateTime(), nullable=False))


def _json() -> Any:
    return Field(sa_column=Column(sa.JSON(), nullable=False))


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(sa_column=Column(sa.String(320), nullable=False, unique=True))
    name: str = Field(sa_column=Column(sa.String(200), nullable=False))
    role: str = Field(sa_column=Column(sa.String(16), nullable=False))
    password_hash: str = Field(sa_column=Column(sa.String(256), nullable=False))
    created_at: datetime = _ts()
    # Made at a kiosk: no password; the candidate comes back with a resume code only
    # (its sha256 is kept, never the code).
    kiosk_id: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    resume_code_hash: str | None = Field(
        default=None, sa_column=Column(sa.String(64), nullable=True, unique=True)
    )
    # Where to reach the person, when it is not the log-in e-mail: a kiosk account logs in
    # by resume code and keeps the e-mail its person gave here (taken by another account
    # or not: a kiosk must not tell).
    contact_email: str | None = Field(default=None, sa_column=Column(sa.String(320), nullable=True))


class AuthSession(SQLModel, table=True):
    """A server-side log-in. ``id`` is the sha256 of the cookie's token, never the token."""

    __tablename__ = "auth_sessions"

    id: str = Field(sa_column=Column(sa.String(64), primary_key=True))
    user_id: int = Field(
        sa_column=Column(
            sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    created_at: datetime = _ts()
    expires_at: datetime = _ts()
    last_seen_at: datetime = _ts()
    # A log-in made at a kiosk: short idle limit, no account pages.
    kiosk_id: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))


class Kiosk(SQLModel, table=True):
    """A job's link for one shared device. ``token_hash`` is the sha256 of the link's
    token, never the token; log-ins and accounts made there carry its id."""

    __tablename__ = "kiosks"

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(
        sa_column=Column(
            sa.Integer, sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    token_hash: str = Field(sa_column=Column(sa.String(64), nullable=False, unique=True))
    created_at: datetime = _ts()


class Job(SQLModel, table=True):
    __tablename__ = "jobs"

    id: int | None = Field(default=None, primary_key=True)
    employer_id: int = Field(
        sa_column=Column(
            sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    title: str = Field(sa_column=Column(sa.String(200), nullable=False))
    # The whole JobSpec (title, description, fields, custom questions) as JSON.
    spec: dict[str, Any] = _json()
    # Candidates must press "I agree" before their first answer is taken.
    requires_consent: bool = Field(
        default=False,
        sa_column=Column(sa.Boolean, nullable=False, server_default=sa.false()),
    )
    # Days an interview is kept after its last activity; None: the setting's default.
    retention_days: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class Interview(SQLModel, table=True):
    """One attempt of one candidate at one job's interview, with what is needed to reproduce
    it. A job that allows retakes has several per candidate, numbered from 1."""

    __tablename__ = "interviews"
    __table_args__ = (
        sa.UniqueConstraint("job_id", "candidate_id", "attempt", name="uq_interview_attempt"),
    )

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(
        sa_column=Column(
            sa.Integer, sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    candidate_id: int = Field(
        sa_column=Column(
            sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    # The job as it was when the interview started: later edits do not move the goalposts.
    job_spec: dict[str, Any] = _json()
    state: dict[str, Any] = _json()
    phase: str = Field(sa_column=Column(sa.String(16), nullable=False))
    version: int = Field(sa_column=Column(sa.Integer, nullable=False))
    model_name: str = Field(sa_column=Column(sa.String(200), nullable=False))
    model_sha256: str = Field(sa_column=Column(sa.String(64), nullable=False))
    decoding: dict[str, Any] = _json()
    prompt_version: str = Field(sa_column=Column(sa.String(64), nullable=False))
    grammar_version: str = Field(sa_column=Column(sa.String(64), nullable=False))
    bid_cents: int | None = Field(default=None, sa_column=Column(sa.BigInteger, nullable=True))
    confirmed_at: datetime | None = _ts(nullable=True)
    submitted_at: datetime | None = _ts(nullable=True)
    consented_at: datetime | None = _ts(nullable=True)
    # Reasons the web layer found to put the record in front of a person ("needs review").
    review_flags: list[str] | None = Field(default=None, sa_column=Column(sa.JSON(), nullable=True))
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    # 1 for the first interview of this candidate at this job, 2 for the first retake...
    attempt: int = Field(
        default=1, sa_column=Column(sa.Integer, nullable=False, server_default="1")
    )


class Message(SQLModel, table=True):
    """One line of a transcript. A candidate message is acknowledged once its row commits."""

    __tablename__ = "messages"
    __table_args__ = (
        sa.UniqueConstraint("interview_id", "seq", name="uq_message_seq"),
        sa.UniqueConstraint("interview_id", "client_id", name="uq_message_client_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(
        sa_column=Column(
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    seq: int = Field(sa_column=Column(sa.Integer, nullable=False))
    role: str = Field(sa_column=Column(sa.String(16), nullable=False))
    text: str = Field(sa_column=Column(sa.Text, nullable=False))
    client_id: str | None = Field(default=None, sa_column=Column(sa.String(64), nullable=True))
    reply_to: int | None = Field(
        default=None,
        sa_column=Column(
            sa.Integer, sa.ForeignKey("messages.id", ondelete="CASCADE"), nullable=True
        ),
    )
    changed: list[str] = _json()
    # For a candidate message: the response its turn produced, replayed on a retry.
    response: dict[str, Any] | None = Field(
        default=None, sa_column=Column(sa.JSON(), nullable=True)
    )
    created_at: datetime = _ts()


class AppSecret(SQLModel, table=True):
    """Random secrets the app makes once and keeps (the CSRF signing key)."""

    __tablename__ = "app_secrets"

    name: str = Field(sa_column=Column(sa.String(64), primary_key=True))
    value: str = Field(sa_column=Column(sa.String(256), nullable=False))


class AuditEntry(SQLModel, table=True):
    """Who viewed, exported or erased which record, and when. Never holds message text."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts()
    actor_id: int | None = Field(
        default=None, sa_column=Column(sa.Integer, nullable=True, index=True)
    )
    actor_role: str = Field(sa_column=Column(sa.String(16), nullable=False))
    action: str = Field(sa_column=Column(sa.String(32), nullable=False))
    job_id: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    interview_id: int | None = Field(
        default=None, sa_column=Column(sa.Integer, nullable=True, index=True)
    )
    candidate_id: int | None = Field(
        default=None, sa_column=Column(sa.Integer, nullable=True, index=True)
    )
    detail: str = Field(sa_column=Column(sa.String(200), nullable=False))


class IdAllocation(SQLModel, table=True):
    """The highest id ever given in a table (see ``server.store.ids``)."""

    __tablename__ = "id_allocations"

    table_name: str = Field(sa_column=Column(sa.String(64), primary_key=True))
    last_id: int = Field(sa_column=Column(sa.Integer, nullable=False))


class Lease(SQLModel, table=True):
    """A named lock that several processes share: held by one holder until it is released
    or its time runs out (see ``server.store.shared``)."""

    __tablename__ = "leases"

    name: str = Field(sa_column=Column(sa.String(200), primary_key=True))
    holder: str = Field(sa_column=Column(sa.String(64), nullable=False))
    # Seconds since the epoch (wall clock: every process of every host compares them).
    expires_at: float = Field(sa_column=Column(sa.Float, nullable=False, index=True))


class RateWindow(SQLModel, table=True):
    """The recent hits of one rate-limit key (its sha256: no address or e-mail is kept)."""

    __tablename__ = "rate_windows"

    key: str = Field(sa_column=Column(sa.String(64), primary_key=True))
    hits: list[float] = _json()
    last_at: float = Field(sa_column=Column(sa.Float, nullable=False, index=True))


class Assessment(SQLModel, table=True):
    """One key point of one rubric question of one interview: the model's judgement and the
    current one (a person's override, with its note, author and time, or the model's)."""

    __tablename__ = "assessments"
    __table_args__ = (
        sa.UniqueConstraint(
            "interview_id", "question_key", "point_index", name="uq_assessment_point"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(
        sa_column=Column(
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    question_key: str = Field(sa_column=Column(sa.String(48), nullable=False))
    point_index: int = Field(sa_column=Column(sa.Integer, nullable=False))
    # The key point as it was judged (the interview's version of the job).
    point: str = Field(sa_column=Column(sa.String(300), nullable=False))
    weight: float = Field(sa_column=Column(sa.Float, nullable=False))
    model_judgement: str = Field(sa_column=Column(sa.String(16), nullable=False))
    # A real substring of the candidate's answer, or None (a missing point has none).
    quote: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    model_name: str = Field(sa_column=Column(sa.String(200), nullable=False))
    judged_at: datetime = _ts()
    # What the employer sees: the model's judgement until a person overrides it.
    judgement: str = Field(sa_column=Column(sa.String(16), nullable=False))
    note: str | None = Field(default=None, sa_column=Column(sa.String(1000), nullable=True))
    author_id: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    overridden_at: datetime | None = _ts(nullable=True)


class AssessmentChange(SQLModel, table=True):
    """Every change to an assessment, never updated or deleted (but with its interview):
    a model's run (``kind`` "model") or a person's override ("override")."""

    __tablename__ = "assessment_history"

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(
        sa_column=Column(
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    question_key: str = Field(sa_column=Column(sa.String(48), nullable=False))
    point_index: int = Field(sa_column=Column(sa.Integer, nullable=False))
    at: datetime = _ts()
    kind: str = Field(sa_column=Column(sa.String(16), nullable=False))
    actor_id: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    model_name: str | None = Field(default=None, sa_column=Column(sa.String(200), nullable=True))
    old_judgement: str | None = Field(default=None, sa_column=Column(sa.String(16), nullable=True))
    new_judgement: str = Field(sa_column=Column(sa.String(16), nullable=False))
    quote: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    note: str | None = Field(default=None, sa_column=Column(sa.String(1000), nullable=True))


class JudgingTask(SQLModel, table=True):
    """One rubric question of one submitted interview waiting to be judged, or judged:
    ``state`` queued, running, done or failed (``error`` says why)."""

    __tablename__ = "judging_queue"
    __table_args__ = (
        sa.UniqueConstraint("interview_id", "question_key", name="uq_judging_question"),
    )

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(
        sa_column=Column(
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    question_key: str = Field(sa_column=Column(sa.String(48), nullable=False))
    state: str = Field(sa_column=Column(sa.String(16), nullable=False, index=True))
    attempts: int = Field(sa_column=Column(sa.Integer, nullable=False))
    error: str | None = Field(default=None, sa_column=Column(sa.String(500), nullable=True))
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    # Not taken before this time (a retry's back-off).
    not_before: datetime = _ts()
    # While running: renewed by the worker; a running task whose lease has passed belongs
    # to a process that died and is taken again.
    lease_until: datetime | None = _ts(nullable=True)


Row = TypeVar("Row", bound=SQLModel)


def require(session: Session, table: type[Row], row_id: int) -> Row:
    """The row with this id; ``LookupError`` if there is none (a caller's bug, not a 404:
    the web layer checks what a request may see before it writes)."""
    row = session.get(table, row_id)
    if row is None:
        raise LookupError(f"no {table.__name__} with id {row_id}")
    return row
