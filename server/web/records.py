"""Reading interview records for the web layer: ownership, consent, the view, replays.

Someone else's interview is "not found", exactly like one that does not exist, so
a candidate can never learn whether an id is in use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar.exceptions import NotFoundException
from sqlmodel import Session

from server.store import interviews as store
from server.store import jobs as job_store
from server.store.tables import Interview, User
from server.web import views
from server.web.schemas import InterviewOut

OPEN_PHASES = frozenset({"interview", "summary"})


@dataclass(frozen=True)
class Replay:
    """A completed turn returned again for a retry."""

    response: dict[str, Any]


def not_found() -> NotFoundException:
    return NotFoundException("No such interview.")


def owned(session: Session, interview_id: int, candidate: User) -> Interview:
    interview = store.get_interview(session, interview_id=interview_id)
    if interview is None or interview.candidate_id != candidate.id:
        raise not_found()
    return interview


def consent_missing(session: Session, interview: Interview) -> bool:
    job = job_store.get_job(session, job_id=interview.job_id)
    return job is not None and job.requires_consent and interview.consented_at is None


def load_view(
    session: Session, *, interview: Interview, owner: bool, default_retention: int
) -> InterviewOut:
    messages = store.list_messages(session, interview_id=interview.id or 0)
    candidate = session.get(User, interview.candidate_id)
    job = job_store.get_job(session, job_id=interview.job_id)
    return views.interview_out(
        interview,
        messages,
        job_title=job.title if job is not None else views.interview_spec(interview).title,
        candidate_name=candidate.name if candidate is not None else "",
        owner=owner,
        consent_required=job is not None and job.requires_consent,
        retention_days=views.retention_of(job, default_retention),
    )


NEEDS_CONSENT = (
    'Please read the privacy notice and agree to it first (the "I agree" button, or'
    " POST /api/interviews/{id}/consent); nothing you send is kept until then."
)


def closed_detail(phase: str) -> str:
    if phase == "submitted":
        return "This interview is finished: the proposal was submitted."
    return "The answers were confirmed; the interview takes no more messages. Enter your bid."
