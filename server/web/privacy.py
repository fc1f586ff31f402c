"""A person's own data: download all of it, or erase the account with everything in it.

``POST /api/me/export`` answers one JSON document with the account, every
interview (fields, the candidate's words behind them, the whole transcript, the
bid, the rubric judgements of the answers with every change), an employer's jobs,
and the audit entries about the person (who looked at their record and when).
``DELETE /api/me`` erases the account, its log-ins and its interviews and messages (an
employer's jobs and their applications too), and ends the session. Both are put on the
audit log, and both ask for the password again (a session left open on a shared machine
is not enough); an account made at a kiosk has no password and gives its resume code
instead. Wrong guesses count against the log-in limits.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, delete, post
from litestar.status_codes import HTTP_200_OK
from sqlmodel import Session, col, select

from server.settings import Settings
from server.store import assessments, audit, privacy
from server.store import interviews as store
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import Interview, User, utcnow
from server.web import records, views
from server.web.auth import confirm_identity, end_session
from server.web.limits import Limits
from server.web.schemas import ConfirmIn

EXPORT_FORMAT = "interviewer-export-1"


def _interview_record(session: Session, interview: Interview, default_days: int) -> dict[str, Any]:
    job = job_store.get_job(session, job_id=interview.job_id)
    spec = views.interview_spec(interview)
    state = views.interview_state(interview)
    messages = store.list_messages(session, interview_id=interview.id or 0)
    return {
        "id": interview.id,
        "job_id": interview.job_id,
        "attempt": interview.attempt,
        "job_title": job.title if job is not None else spec.title,
        "state": interview.phase,
        "fields": {k: f.model_dump(mode="json") for k, f in views.fields_out(spec, state).items()},
        "messages": [
            {"seq": m.seq, "role": m.role, "text": m.text, "created_at": m.created_at.isoformat()}
            for m in messages
        ],
        "bid_amount": views.bid_amount(interview),
        "consented_at": interview.consented_at.isoformat() if interview.consented_at else None,
        "confirmed_at": interview.confirmed_at.isoformat() if interview.confirmed_at else None,
        "submitted_at": interview.submitted_at.isoformat() if interview.submitted_at else None,
        "created_at": interview.created_at.isoformat(),
        "updated_at": interview.updated_at.isoformat(),
        "retention_days": views.retention_of(job, default_days),
        "model": views.model_record(interview).model_dump(mode="json"),
        **_judgements(session, interview),
    }


def _judgements(session: Session, interview: Interview) -> dict[str, Any]:
    """The rubric judgements about the candidate's answers and every change to them (only
    for a job with rubric questions: a job without has no such key)."""
    if not views.interview_spec(interview).rubric_questions():
        return {}
    iid = interview.id or 0
    # While the candidate may take the job's interview again, the key points stay the
    # employer's: a retake must not be answered from the rubric. The judgements, quotes and
    # notes about the candidate are theirs either way.
    withheld = _retake_open(session, interview)
    points = [
        {
            "question": a.question_key,
            "index": a.point_index,
            "point": None if withheld else a.point,
            "judgement": a.judgement,
            "model_judgement": a.model_judgement,
            "quote": a.quote,
            "model": a.model_name,
            "judged_at": a.judged_at.isoformat(),
            "note": a.note,
            "overridden_by": a.author_id,
            "overridden_at": a.overridden_at.isoformat() if a.overridden_at else None,
        }
        for a in assessments.list_for(session, interview_ids=[iid])
    ]
    changes = [
        {
            "question": c.question_key,
            "index": c.point_index,
            "at": c.at.isoformat(),
            "kind": c.kind,
            "by": c.actor_id,
            "model": c.model_name,
            "from": c.old_judgement,
            "to": c.new_judgement,
            "quote": c.quote,
            "note": c.note,
        }
        for c in assessments.history(session, interview_id=iid)
    ]
    out: dict[str, Any] = {"rubric_judgements": points, "rubric_history": changes}
    if withheld:
        out["rubric_points_withheld"] = (
            "The job allows you another attempt, so its key points are not shown; they are"
            " once no attempt is left."
        )
    return out


def _retake_open(session: Session, interview: Interview) -> bool:
    job = job_store.get_job(session, job_id=interview.job_id)
    taken = store.list_attempts(
        session, job_id=interview.job_id, candidate_id=interview.candidate_id
    )
    return records.retakes_left(job, taken) > 0


def export_user(session: Session, *, user: User, default_days: int) -> dict[str, Any]:
    """Everything stored about ``user``, as one JSON-ready document (and audited)."""
    uid = user.id or 0
    query = select(Interview).where(Interview.candidate_id == uid).order_by(col(Interview.id))
    interviews = [_interview_record(session, i, default_days) for i in session.exec(query)]
    jobs = []
    if user.role == "employer":
        jobs = [
            views.job_out(job, default_days, owner=True).model_dump(mode="json")
            for job in job_store.list_jobs(session, employer_id=uid)
        ]
    seen_by = [
        {
            "at": e.at.isoformat(),
            "action": e.action,
            "actor_role": e.actor_role,
            "actor_id": e.actor_id,
            "interview_id": e.interview_id,
        }
        for e in audit.entries(session, candidate_id=uid)
    ]
    audit.record(
        session,
        actor=user,
        action="export_self",
        candidate_id=uid if user.role == "candidate" else None,
        detail=f"{len(interviews)} interviews, {len(jobs)} jobs",
    )
    return {
        "format": EXPORT_FORMAT,
        "exported_at": utcnow().isoformat(),
        "account": {
            "id": uid,
            "email": user.email,
            "contact_email": user.contact_email,
            "name": user.name,
            "role": user.role,
            "created_at": user.created_at.isoformat(),
        },
        "interviews": interviews,
        "jobs": jobs,
        "access_log": seen_by,
    }


@post("/api/me/export", status_code=HTTP_200_OK)
async def export_me(
    request: Request[Any, Any, Any],
    holder: User,
    data: ConfirmIn,
    db: Database,
    settings: Settings,
    limits: Limits,
) -> Response[dict[str, Any]]:
    """Download everything stored about you as one JSON document (password again)."""
    await confirm_identity(request, holder, data.password, limits)
    user = holder
    days = settings.retention_days
    body = await db.run(export_user, user=user, default_days=days)
    return Response(
        body,
        headers={
            "Content-Disposition": f'attachment; filename="interviewer-export-{user.id}.json"'
        },
    )


@delete("/api/me", status_code=HTTP_200_OK)
async def delete_me(
    request: Request[Any, Any, Any], holder: User, data: ConfirmIn, db: Database, limits: Limits
) -> Response[dict[str, Any]]:
    """Erase your account and everything in it (interviews, messages; an employer's jobs);
    password again."""
    await confirm_identity(request, holder, data.password, limits)
    user = holder
    erased = await db.run(privacy.delete_user, user_id=user.id or 0)
    response = Response(
        {
            "deleted": True,
            "interviews": erased.interviews,
            "messages": erased.messages,
            "jobs": erased.jobs,
        },
        status_code=HTTP_200_OK,
    )
    await end_session(request, response)
    return response


ROUTES = [export_me, delete_me]
