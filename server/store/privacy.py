"""Erasure and retention: deleting an account with all it holds, and purging old interviews.

Both delete explicitly, child rows first, so they do not depend on the database
honouring ``ON DELETE CASCADE`` (SQLite only does with foreign keys switched on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from server.store import audit
from server.store.tables import AuthSession, Interview, Job, Message, User, require, utcnow


@dataclass(frozen=True)
class Erased:
    interviews: int
    messages: int
    jobs: int


def _delete_interviews(session: Session, ids: list[int]) -> tuple[int, int]:
    if not ids:
        return 0, 0
    # Replies point at the message they answer: remove them before what they answer.
    messages = (
        session.exec(
            sa.delete(Message).where(
                col(Message.interview_id).in_(ids), col(Message.reply_to).is_not(None)
            )
        ).rowcount
        or 0
    )
    messages += (
        session.exec(sa.delete(Message).where(col(Message.interview_id).in_(ids))).rowcount or 0
    )
    interviews = session.exec(sa.delete(Interview).where(col(Interview.id).in_(ids))).rowcount or 0
    return int(interviews), int(messages)


def delete_user(session: Session, *, user_id: int) -> Erased:
    """Erase an account: its log-ins, its interviews and messages; an employer's jobs too
    (with every application to them). The erasure itself is put on the audit log."""
    user = require(session, User, user_id)
    job_ids = list(session.exec(select(Job.id).where(Job.employer_id == user_id)))
    query = select(Interview.id).where(
        sa.or_(col(Interview.candidate_id) == user_id, col(Interview.job_id).in_(job_ids))
    )
    interviews, messages = _delete_interviews(session, [i for i in session.exec(query) if i])
    jobs = session.exec(sa.delete(Job).where(col(Job.employer_id) == user_id)).rowcount or 0
    session.exec(sa.delete(AuthSession).where(col(AuthSession.user_id) == user_id))
    audit.record(
        session,
        actor=user,
        action="delete_account",
        candidate_id=user_id if user.role == "candidate" else None,
        detail=f"{interviews} interviews, {messages} messages, {jobs} jobs",
    )
    session.exec(sa.delete(User).where(col(User.id) == user_id))
    return Erased(interviews=interviews, messages=messages, jobs=int(jobs))


@dataclass(frozen=True)
class Purged:
    interviews: int
    messages: int
    sessions: int


def expired_interviews(
    session: Session, *, default_days: int, now: datetime | None = None
) -> list[Interview]:
    """Interviews whose last activity is older than their job's retention period."""
    now = now or utcnow()
    found: list[Interview] = []
    for job in session.exec(select(Job)):
        cutoff = now - timedelta(days=job.retention_days or default_days)
        query = select(Interview).where(Interview.job_id == job.id, Interview.updated_at < cutoff)
        found += list(session.exec(query))
    return found


def purge(session: Session, *, default_days: int, now: datetime | None = None) -> Purged:
    """Delete expired interviews (with their messages) and expired log-ins.

    Each deleted interview gets an audit entry (ids only), so a record that is gone
    can still be shown to have been removed on schedule.
    """
    now = now or utcnow()
    expired = expired_interviews(session, default_days=default_days, now=now)
    for interview in expired:
        audit.record(
            session,
            actor=None,
            action="purge",
            job_id=interview.job_id,
            interview_id=interview.id,
            candidate_id=interview.candidate_id,
            detail=f"last activity {interview.updated_at:%Y-%m-%d}, past the job's retention",
        )
    interviews, messages = _delete_interviews(session, [i.id for i in expired if i.id])
    sessions = session.exec(sa.delete(AuthSession).where(col(AuthSession.expires_at) <= now))
    return Purged(interviews=interviews, messages=messages, sessions=int(sessions.rowcount or 0))
