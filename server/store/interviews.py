"""Store functions for interviews and their transcripts.

A candidate's message is written by :func:`add_candidate_message` in a
transaction of its own; the model's reply is written later, in another, by
:func:`record_reply`. Between the two, no transaction is open.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from server.engine.base import ModelInfo
from server.errors import StaleInterview
from server.store import ids
from server.store.tables import Interview, Job, Message, User, require, utcnow


def find_interview(session: Session, *, job_id: int, candidate_id: int) -> Interview | None:
    """The candidate's latest attempt at the job's interview (None before the first)."""
    query = (
        select(Interview)
        .where(Interview.job_id == job_id, Interview.candidate_id == candidate_id)
        .order_by(col(Interview.attempt).desc())
    )
    return session.exec(query).first()


def list_attempts(session: Session, *, job_id: int, candidate_id: int) -> list[Interview]:
    """Every attempt of the candidate at the job's interview, the first first."""
    query = (
        select(Interview)
        .where(Interview.job_id == job_id, Interview.candidate_id == candidate_id)
        .order_by(col(Interview.attempt))
    )
    return list(session.exec(query))


def get_interview(session: Session, *, interview_id: int) -> Interview | None:
    return session.get(Interview, interview_id)


def create_interview(
    session: Session,
    *,
    job: Job,
    candidate_id: int,
    state: dict[str, Any],
    phase: str,
    greeting: str,
    model: ModelInfo,
    prompt_version: str,
    grammar_version: str,
    attempt: int = 1,
) -> Interview:
    """Insert the interview (the candidate's ``attempt``-th at the job) and its greeting.
    Raises IntegrityError if that attempt exists already."""
    now = utcnow()
    if job.id is None:
        raise ValueError("the job must be stored first")
    interview = Interview(
        id=ids.allocate(session, "interviews"),
        job_id=job.id,
        candidate_id=candidate_id,
        attempt=attempt,
        job_spec=job.spec,
        state=state,
        phase=phase,
        version=1,
        model_name=model.name,
        model_sha256=model.sha256,
        decoding=dict(model.decoding),
        prompt_version=prompt_version,
        grammar_version=grammar_version,
        created_at=now,
        updated_at=now,
    )
    session.add(interview)
    session.flush()
    session.add(
        Message(
            interview_id=interview.id or 0,
            seq=0,
            role="interviewer",
            text=greeting,
            changed=[],
            created_at=now,
        )
    )
    session.flush()
    return interview


def list_messages(session: Session, *, interview_id: int) -> list[Message]:
    query = select(Message).where(Message.interview_id == interview_id).order_by(col(Message.seq))
    return list(session.exec(query))


def get_message_by_client_id(
    session: Session, *, interview_id: int, client_id: str
) -> Message | None:
    query = select(Message).where(
        Message.interview_id == interview_id, Message.client_id == client_id
    )
    return session.exec(query).first()


def _next_seq(session: Session, interview_id: int) -> int:
    top = session.exec(
        select(sa.func.max(Message.seq)).where(col(Message.interview_id) == interview_id)
    ).one()
    return 0 if top is None else int(top) + 1


def add_candidate_message(
    session: Session, *, interview_id: int, text: str, client_id: str | None
) -> Message:
    message = Message(
        interview_id=interview_id,
        seq=_next_seq(session, interview_id),
        role="candidate",
        text=text,
        client_id=client_id,
        changed=[],
        created_at=utcnow(),
    )
    session.add(message)
    session.flush()
    return message


def _bump(interview: Interview, expected_version: int) -> None:
    if interview.version != expected_version:
        raise StaleInterview(
            f"interview {interview.id} is at version {interview.version}, not {expected_version}"
        )
    interview.version += 1
    interview.updated_at = utcnow()


def record_reply(
    session: Session,
    *,
    interview_id: int,
    expected_version: int,
    message_id: int,
    reply: str,
    state: dict[str, Any],
    phase: str,
    changed: list[str],
    model: ModelInfo | None = None,
) -> tuple[Interview, Message]:
    """Write the interviewer's reply to a candidate message and the interview's new state.

    An interview started while the model was loading has no CPU settings in its model
    record; ``model`` (the engine's identity, once it is ready) completes it.
    """
    interview = require(session, Interview, interview_id)
    _bump(interview, expected_version)
    interview.state = state
    if (
        model is not None
        and "cpu" in model.decoding
        and "cpu" not in (interview.decoding or {})
        and model.sha256 == interview.model_sha256
    ):
        interview.decoding = dict(model.decoding)
    if phase == "confirmed" and interview.confirmed_at is None:  # confirmed in the chat
        interview.confirmed_at = utcnow()
    interview.phase = phase
    session.add(interview)
    candidate = require(session, Message, message_id)
    candidate.changed = list(changed)
    session.add(candidate)
    message = Message(
        interview_id=interview_id,
        seq=_next_seq(session, interview_id),
        role="interviewer",
        text=reply,
        reply_to=message_id,
        changed=list(changed),
        created_at=utcnow(),
    )
    session.add(message)
    session.flush()
    return interview, message


def store_response(session: Session, *, message_id: int, response: dict[str, Any]) -> None:
    message = require(session, Message, message_id)
    message.response = response
    session.add(message)
    session.flush()


def update_state(
    session: Session,
    *,
    interview_id: int,
    expected_version: int,
    state: dict[str, Any],
    phase: str,
    confirmed_at: datetime | None = None,
    submitted_at: datetime | None = None,
    bid_cents: int | None = None,
) -> Interview:
    interview = require(session, Interview, interview_id)
    _bump(interview, expected_version)
    interview.state = state
    interview.phase = phase
    if confirmed_at is not None:
        interview.confirmed_at = confirmed_at
    if submitted_at is not None:
        interview.submitted_at = submitted_at
    if bid_cents is not None:
        interview.bid_cents = bid_cents
    session.add(interview)
    session.flush()
    return interview


def give_consent(session: Session, *, interview_id: int) -> Interview:
    """Record that the candidate agreed to the privacy notice (the first agreement stands)."""
    interview = require(session, Interview, interview_id)
    if interview.consented_at is None:
        interview.consented_at = utcnow()
        session.add(interview)
        session.flush()
    return interview


def add_review_flags(session: Session, *, interview_id: int, flags: list[str]) -> None:
    """Add reasons for a person to review this record (kept once each, in order)."""
    interview = require(session, Interview, interview_id)
    current = list(interview.review_flags or [])
    merged = current + [f for f in flags if f not in current]
    if merged != current:
        interview.review_flags = merged
        session.add(interview)
        session.flush()


def list_for_job(session: Session, *, job_id: int) -> list[tuple[Interview, User]]:
    query = (
        select(Interview, User)
        .join(User, col(User.id) == Interview.candidate_id)
        .where(Interview.job_id == job_id)
        .order_by(col(Interview.id))
    )
    return [(interview, user) for interview, user in session.exec(query)]


def count_candidates(session: Session, *, job_id: int) -> int:
    """How many candidates have an interview for the job (retakes counted once)."""
    query = select(sa.func.count(sa.distinct(col(Interview.candidate_id)))).where(
        Interview.job_id == job_id
    )
    return int(session.exec(query).one())


def list_for_candidate(session: Session, *, candidate_id: int) -> list[Interview]:
    query = (
        select(Interview).where(Interview.candidate_id == candidate_id).order_by(col(Interview.id))
    )
    return list(session.exec(query))
