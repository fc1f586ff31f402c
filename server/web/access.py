"""Who may see which record. Someone else's job or interview is "not found", exactly like
one that does not exist, so nobody can learn whether an id is in use.

Each function takes an open ``Session`` (run it with ``Database.run``) and returns the
row or raises ``NotFoundException``.
"""

from __future__ import annotations

from litestar.exceptions import NotFoundException
from sqlmodel import Session

from server.store import interviews as interview_store
from server.store import jobs as job_store
from server.store.tables import Interview, Job, User


def visible_job(session: Session, *, job_id: int, user: User) -> Job:
    """The job if this user may see it: any candidate; an employer only their own."""
    job = job_store.get_job(session, job_id=job_id)
    if job is None or (user.role == "employer" and job.employer_id != user.id):
        raise NotFoundException("No such job.")
    return job


def owned_job(session: Session, *, job_id: int, employer: User) -> Job:
    """The employer's own job."""
    job = job_store.get_job(session, job_id=job_id)
    if job is None or job.employer_id != employer.id:
        raise NotFoundException("No such job.")
    return job


def candidates_interview(session: Session, *, interview_id: int, candidate: User) -> Interview:
    """The candidate's own interview."""
    interview = interview_store.get_interview(session, interview_id=interview_id)
    if interview is None or interview.candidate_id != candidate.id:
        raise NotFoundException("No such interview.")
    return interview


def applicants_job(session: Session, *, interview: Interview, employer: User) -> Job | None:
    """The job of this interview when ``employer`` posted it, else None."""
    job = job_store.get_job(session, job_id=interview.job_id)
    if employer.role == "employer" and job is not None and job.employer_id == employer.id:
        return job
    return None
