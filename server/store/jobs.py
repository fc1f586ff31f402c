"""Store functions for jobs."""

from __future__ import annotations

from sqlmodel import Session, col, select

from server.interview.spec import JobSpec
from server.store import ids
from server.store.tables import Job, require, utcnow


def create_job(
    session: Session,
    *,
    employer_id: int,
    spec: JobSpec,
    requires_consent: bool = False,
    retention_days: int | None = None,
) -> Job:
    now = utcnow()
    job = Job(
        id=ids.allocate(session, "jobs"),
        employer_id=employer_id,
        title=spec.title,
        spec=spec.model_dump(mode="json"),
        requires_consent=requires_consent,
        retention_days=retention_days,
        created_at=now,
        updated_at=now,
    )
    session.add(job)
    session.flush()
    return job


def update_job(
    session: Session,
    *,
    job_id: int,
    spec: JobSpec,
    requires_consent: bool = False,
    retention_days: int | None = None,
) -> Job:
    job = require(session, Job, job_id)
    job.title = spec.title
    job.spec = spec.model_dump(mode="json")
    job.requires_consent = requires_consent
    job.retention_days = retention_days
    job.updated_at = utcnow()
    session.add(job)
    session.flush()
    return job


def get_job(session: Session, *, job_id: int) -> Job | None:
    return session.get(Job, job_id)


def list_jobs(session: Session, *, employer_id: int | None = None) -> list[Job]:
    query = select(Job).order_by(col(Job.id))
    if employer_id is not None:
        query = query.where(Job.employer_id == employer_id)
    return list(session.exec(query))


def find_job_by_title(session: Session, *, employer_id: int, title: str) -> Job | None:
    query = select(Job).where(Job.employer_id == employer_id, Job.title == title)
    return session.exec(query).first()


def job_spec(job: Job) -> JobSpec:
    return JobSpec.model_validate(job.spec)
