"""The audit log: who viewed, exported or erased which candidate record, and when.

An entry names people and records by id only, never by what they wrote, and it
has no foreign keys: it outlives the accounts and interviews it names, so an
erasure or a purge is itself on record.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from server.store.tables import AuditEntry, User, utcnow

# What an entry can say happened.
ACTIONS = frozenset(
    {
        "view_interview",  # an employer opened one candidate's interview (API or page)
        "view_applications",  # an employer listed a job's applicants
        "export_csv",  # an employer exported a job's applicants as CSV
        "export_jsonl",  # ... as JSON Lines, transcripts included
        "export_self",  # a person downloaded all their own data
        "delete_account",  # a person erased their account and everything in it
        "purge",  # the retention purge deleted expired interviews
        "registration_attempt",  # someone tried to register with this person's e-mail
    }
)


def record(
    session: Session,
    *,
    actor: User | None,
    action: str,
    job_id: int | None = None,
    interview_id: int | None = None,
    candidate_id: int | None = None,
    detail: str = "",
    actor_role: str | None = None,
) -> AuditEntry:
    """Add one entry (``actor`` None: the system, e.g. the purge command, unless
    ``actor_role`` names who it was, e.g. "anonymous")."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        at=utcnow(),
        actor_id=actor.id if actor is not None else None,
        actor_role=actor_role or (actor.role if actor is not None else "system"),
        action=action,
        job_id=job_id,
        interview_id=interview_id,
        candidate_id=candidate_id,
        detail=detail[:200],
    )
    session.add(entry)
    session.flush()
    return entry


def entries(
    session: Session,
    *,
    candidate_id: int | None = None,
    interview_id: int | None = None,
    actor_id: int | None = None,
    action: str | None = None,
) -> list[AuditEntry]:
    """Entries about a person (``candidate_id``: a candidate's record, or the account an
    attempt was made on), an interview or by an actor, oldest first."""
    query = select(AuditEntry).order_by(col(AuditEntry.id))
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if candidate_id is not None:
        query = query.where(AuditEntry.candidate_id == candidate_id)
    if interview_id is not None:
        query = query.where(AuditEntry.interview_id == interview_id)
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    return list(session.exec(query))
