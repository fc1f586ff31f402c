"""Jobs: employers create and edit them; candidates browse them."""

from __future__ import annotations

from typing import Any

from litestar import Request, get, post, put
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlmodel import Session

from server.interview import replies, turn
from server.settings import Settings
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import Job, User
from server.web.access import owned_job, visible_job
from server.web.schemas import JobIn, JobOut, PreviewOut
from server.web.views import job_out


@get("/api/jobs")
async def list_jobs(
    request: Request[Any, Any, Any], user: User, db: Database, settings: Settings
) -> list[JobOut]:
    """Every open job for a candidate; an employer's own jobs for an employer."""
    employer_id = user.id if user.role == "employer" else None
    jobs = await db.run(job_store.list_jobs, employer_id=employer_id)
    days = settings.retention_days
    return [job_out(job, days, owner=employer_id is not None) for job in jobs]


@post("/api/jobs/preview", status_code=HTTP_200_OK)
async def preview_job(employer: User, data: JobIn) -> PreviewOut:
    """The greeting and every question of this job as a candidate will read them, in the
    job's language, before it is saved. Nothing is stored."""
    spec = data.spec()
    _, greeting = turn.start(spec)
    voice = replies.Voice.of(spec)
    return PreviewOut(
        greeting=greeting,
        questions=[voice.question(f) for f in spec.all_fields()],
        confirmed=voice.confirmed(),
    )


@post("/api/jobs", status_code=HTTP_201_CREATED)
async def create_job(
    request: Request[Any, Any, Any], employer: User, data: JobIn, db: Database, settings: Settings
) -> JobOut:
    """Create a job with its screening fields, custom questions and privacy settings."""
    job = await db.run(
        job_store.create_job,
        employer_id=employer.id,
        spec=data.spec(),
        requires_consent=data.requires_consent,
        retention_days=data.retention_days,
    )
    return job_out(job, settings.retention_days, owner=True)


@get("/api/jobs/{job_id:int}")
async def read_job(
    request: Request[Any, Any, Any], user: User, job_id: int, db: Database, settings: Settings
) -> JobOut:
    job = await db.run(visible_job, job_id=job_id, user=user)
    # An employer sees only their own jobs here; a candidate sees no rubric or gold answer.
    return job_out(job, settings.retention_days, owner=user.role == "employer")


@put("/api/jobs/{job_id:int}")
async def edit_job(
    request: Request[Any, Any, Any],
    employer: User,
    job_id: int,
    data: JobIn,
    db: Database,
    settings: Settings,
) -> JobOut:
    """Replace a job's title, description, fields, questions and privacy settings.

    Interviews already started keep the version of the job they started with.
    """

    def work(session: Session) -> Job:
        owned_job(session, job_id=job_id, employer=employer)
        return job_store.update_job(
            session,
            job_id=job_id,
            spec=data.spec(),
            requires_consent=data.requires_consent,
            retention_days=data.retention_days,
        )

    return job_out(await db.run(work), settings.retention_days, owner=True)


ROUTES = [list_jobs, create_job, read_job, edit_job, preview_job]
