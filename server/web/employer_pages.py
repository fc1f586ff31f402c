"""The employer's pages: their jobs, the job editor, applicants, comparison, one candidate.

Every page checks that the job or interview belongs to the employer logged in;
anything else is "not found", the same as a record that does not exist. The
pages hold no candidate data themselves: their scripts fetch it from the JSON
API, which puts every view on the audit log.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.response import Redirect
from sqlmodel import Session

from server.interview.types import TYPES
from server.store import interviews as interview_store
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import User
from server.web import auth
from server.web.access import applicants_job, owned_job
from server.web.deps import db_of
from server.web.pages import Raw, esc, page, to_login

FIELD_TYPE_NAMES = {name: info.employer_label for name, info in TYPES.items()}


async def _employer(request: Request[Any, Any, Any]) -> User | Redirect:
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)
    if user.role != "employer":
        raise NotFoundException("No such page.")
    return user


async def _owned_title(request: Request[Any, Any, Any], job_id: int, user: User) -> str:
    job = await db_of(request).run(owned_job, job_id=job_id, employer=user)
    return job.title


@get("/employer")
async def employer_home(request: Request[Any, Any, Any], db: Database) -> Response[Any]:
    user = await _employer(request)
    if isinstance(user, Redirect):
        return user

    def load(session: Session) -> list[tuple[Any, int]]:
        jobs = job_store.list_jobs(session, employer_id=user.id)
        return [(j, interview_store.count_candidates(session, job_id=j.id or 0)) for j in jobs]

    rows = await db.run(load)
    items = (
        "".join(
            f'<li><a href="/employer/jobs/{job.id}">{esc(job.title)}</a>'
            f' <span class="muted">{count} applicant{"s" if count != 1 else ""}</span>'
            f' <a href="/employer/jobs/{job.id}/edit">Edit job</a></li>'
            for job, count in rows
        )
        or '<li class="empty">No jobs yet.</li>'
    )
    return page(request, user, "employer.html", title="My jobs", job_items=Raw(items))


@get("/employer/jobs/new")
async def new_job_page(request: Request[Any, Any, Any]) -> Response[Any]:
    user = await _employer(request)
    if isinstance(user, Redirect):
        return user
    return page(
        request,
        user,
        "job_edit.html",
        title="New job",
        scripts=("job_edit.js",),
        body_data={"job-id": ""},
        heading="New job",
        type_options=_type_options(),
    )


def _type_options() -> Raw:
    return Raw(
        "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in FIELD_TYPE_NAMES.items())
    )


@get("/employer/jobs/{job_id:int}/edit")
async def edit_job_page(request: Request[Any, Any, Any], job_id: int) -> Response[Any]:
    user = await _employer(request)
    if isinstance(user, Redirect):
        return user
    title = await _owned_title(request, job_id, user)
    return page(
        request,
        user,
        "job_edit.html",
        title=f"Edit {title}",
        scripts=("job_edit.js",),
        body_data={"job-id": job_id},
        heading=f"Edit job: {title}",
        type_options=_type_options(),
    )


async def _job_page(
    request: Request[Any, Any, Any], job_id: int, name: str, heading: str
) -> Response[Any]:
    """A page about one of the employer's own jobs: ``name``.html driven by ``name``.js."""
    user = await _employer(request)
    if isinstance(user, Redirect):
        return user
    title = await _owned_title(request, job_id, user)
    return page(
        request,
        user,
        f"{name}.html",
        title=f"{heading}: {title}",
        scripts=(f"{name}.js",),
        body_data={"job-id": job_id},
        job_title=title,
        job_id=job_id,
    )


@get("/employer/jobs/{job_id:int}")
async def applicants_page(request: Request[Any, Any, Any], job_id: int) -> Response[Any]:
    return await _job_page(request, job_id, "applicants", "Applicants")


@get("/employer/jobs/{job_id:int}/compare")
async def compare_page(request: Request[Any, Any, Any], job_id: int) -> Response[Any]:
    return await _job_page(request, job_id, "compare", "Compare")


@get("/employer/interviews/{interview_id:int}")
async def candidate_page(
    request: Request[Any, Any, Any], interview_id: int, db: Database
) -> Response[Any]:
    user = await _employer(request)
    if isinstance(user, Redirect):
        return user

    def load(session: Session) -> int:
        interview = interview_store.get_interview(session, interview_id=interview_id)
        job = (
            None
            if interview is None
            else applicants_job(session, interview=interview, employer=user)
        )
        if job is None:
            raise NotFoundException("No such candidate.")
        return job.id or 0

    job_id = await db.run(load)
    return page(
        request,
        user,
        "candidate.html",
        title="Candidate",
        # assessments.js: rubric questions' judgements and overrides (nothing without them).
        scripts=("candidate.js", "assessments.js"),
        body_data={"interview-id": interview_id, "job-id": job_id},
        job_id=job_id,
    )


ROUTES = [
    employer_home,
    new_job_page,
    edit_job_page,
    applicants_page,
    compare_page,
    candidate_page,
]
