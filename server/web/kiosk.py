"""Kiosk mode: one shared device on a site, used by one candidate after another.

The employer makes a link for one device (``POST /api/jobs/{id}/kiosks``); its token is
the only key, and the database keeps only its sha256. The page shows the job and a
Start button, no log-in: each person gives a name (an e-mail only if they like), which
makes a passwordless candidate account, a kiosk log-in and the interview.

Nothing of one person reaches the next: "Finish and clear", the end of the interview,
or ``INTERVIEWER_KIOSK_IDLE_S`` without input and 30 s without an answer to "Still
there?" end the kiosk log-in on the server and reload the start screen in place (no
history entry to go Back to; pages are ``no-store``). A kiosk log-in that stops making
requests ends on the server by itself after the same time. A kiosk log-in has no account
pages, exports or deletion (:func:`server.web.auth.provide_holder`). Nothing is lost: the
interview stays for the employer like any other, and its person can go on elsewhere with
the resume code the kiosk showed them (``/resume``; codes count against the log-in limits).
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from litestar import Request, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.response import Redirect
from litestar.status_codes import (
    HTTP_200_OK,
    HTTP_201_CREATED,
    HTTP_303_SEE_OTHER,
    HTTP_429_TOO_MANY_REQUESTS,
)
from sqlmodel import Session

from server.errors import TooManyRequests
from server.interview.spec import job_language
from server.settings import Settings
from server.store import interviews as interview_store
from server.store import jobs as job_store
from server.store import kiosks as kiosk_store
from server.store.db import Database
from server.store.tables import Job, Kiosk, User
from server.web import auth, page_text, records
from server.web.access import owned_job
from server.web.limits import Limits
from server.web.pages import Form, page
from server.web.schemas import InterviewOut, KioskOut, KioskStartIn, KioskStartOut
from server.web.turns import Turns
from server.web.views import privacy_notice, retention_of

NO_STORE = {"Cache-Control": "no-store"}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def _kiosk(db: Database, token: str) -> tuple[Kiosk, Job]:
    def load(session: Session) -> tuple[Kiosk, Job]:
        kiosk = kiosk_store.kiosk_by_token(session, token_hash=_hash(token))
        job = None if kiosk is None else job_store.get_job(session, job_id=kiosk.job_id)
        if kiosk is None or job is None:
            raise NotFoundException("No such kiosk.")
        return kiosk, job

    if len(token) > 64:
        raise NotFoundException("No such kiosk.")
    return await db.run(load)


@post("/api/jobs/{job_id:int}/kiosks", status_code=HTTP_201_CREATED)
async def create_kiosk(
    request: Request[Any, Any, Any], employer: User, job_id: int, db: Database
) -> KioskOut:
    """A link for one shared device: open it there, and candidates can start the interview
    with no log-in."""
    token = secrets.token_urlsafe(24)

    def work(session: Session) -> Kiosk:
        owned_job(session, job_id=job_id, employer=employer)
        return kiosk_store.create_kiosk(session, job_id=job_id, token_hash=_hash(token))

    await db.run(work)
    return KioskOut(url=str(request.base_url).rstrip("/") + f"/kiosk/{token}", job_id=job_id)


@get("/kiosk/{token:str}")
async def kiosk_page(
    request: Request[Any, Any, Any], token: str, db: Database, settings: Settings
) -> Response[Any]:
    """The kiosk's page: the job and Start; or the interview of the person here now."""
    kiosk, job = await _kiosk(db, token)
    user = await auth.session_user(request)
    here = user is not None and auth.kiosk_of(request) == kiosk.id
    spec = job_store.job_spec(job)
    lang = job_language(spec)
    response = page(
        request,
        None,
        "kiosk.html",
        title=spec.title,
        scripts=("kiosk.js",),
        body_data={
            "token": token,
            "job-id": job.id,
            "idle-s": int(settings.kiosk_idle_s),
            "grace-s": auth.KIOSK_GRACE_S,
            "resume": "yes" if here else "no",
            "text": page_text.kiosk_script(lang),
        },
        lang=lang,
        nav=False,
        texts=page_text.kiosk_page(lang),
        job_title=spec.title,
        description=spec.description,
        notice=privacy_notice(
            spec.title,
            retention_of(job, settings.retention_days),
            job.requires_consent,
            lang,
            bid=spec.bid,
            kiosk=True,
        ),
    )
    response.headers.update(NO_STORE)
    return response


@post("/api/kiosk/{token:str}/start", status_code=HTTP_201_CREATED)
async def kiosk_start(
    request: Request[Any, Any, Any],
    token: str,
    data: KioskStartIn,
    db: Database,
    turns: Turns,
    settings: Settings,
    limits: Limits,
) -> Response[KioskStartOut]:
    """Start one person's interview at this kiosk: an account, a kiosk log-in, the
    interview, and a resume code to go on elsewhere. Whoever was logged in on this browser
    before is logged out."""
    await limits.register(request)
    kiosk, job = await _kiosk(db, token)
    code = kiosk_store.new_resume_code()

    def work(session: Session) -> tuple[User, InterviewOut]:
        user = kiosk_store.create_candidate(
            session, kiosk=kiosk, name=data.name, email=data.email, resume_code=code
        )
        out = records.create(
            session,
            job_id=job.id or 0,
            candidate=user,
            model=turns.engine.info,
            default_retention=settings.retention_days,
        )
        return user, out

    user, interview = await db.run(work)
    response = Response(
        KioskStartOut(interview=interview, resume_code=code),
        status_code=HTTP_201_CREATED,
        headers=NO_STORE,
    )
    await auth.start_session(request, response, user, kiosk_id=kiosk.id)
    return response


@get("/resume")
async def resume_page(request: Request[Any, Any, Any]) -> Response[str]:
    """Where a resume code from a kiosk is entered, on the candidate's own device."""
    return page(request, None, "resume.html", title="Go on with an interview", error="")


@post("/resume", status_code=HTTP_303_SEE_OTHER, guards=[auth.bound_form])
async def resume_form(
    request: Request[Any, Any, Any], data: Form, db: Database, limits: Limits
) -> Response[Any]:
    """A right code logs its person in here (an ordinary log-in, not a kiosk one) and opens
    the job of their interview. Codes count against the log-in limits of the address."""
    code = str(data.get("code", ""))[:20]

    def refuse(detail: str, status: int, headers: dict[str, str] | None = None) -> Response[Any]:
        return page(
            request,
            None,
            "resume.html",
            title="Go on with an interview",
            status_code=status,
            headers=headers,
            error=detail,
        )

    try:
        await limits.login(request, f"resume:{kiosk_store.resume_code_hash(code)}")
    except TooManyRequests as exc:
        return refuse(str(exc), HTTP_429_TOO_MANY_REQUESTS, {"Retry-After": str(exc.retry_after)})

    def find(session: Session) -> tuple[User, int] | None:
        user = kiosk_store.user_by_resume_code(session, code=code)
        mine = (
            []
            if user is None
            else interview_store.list_for_candidate(session, candidate_id=user.id or 0)
        )
        return None if user is None or not mine else (user, mine[-1].job_id)

    found = await db.run(find) if code.strip() else None
    if found is None:
        return refuse("That code is not known. Check it and try again.", 401)
    user, job_id = found
    response: Response[Any] = Redirect(f"/jobs/{job_id}", status_code=HTTP_303_SEE_OTHER)
    await auth.start_session(request, response, user)
    return response


@post("/api/kiosk/finish", status_code=HTTP_200_OK)
async def kiosk_finish(request: Request[Any, Any, Any]) -> Response[dict[str, bool]]:
    """End this browser's log-in (the interview stays, for the employer)."""
    response = Response({"finished": True}, status_code=HTTP_200_OK, headers=NO_STORE)
    await auth.end_session(request, response)
    return response


ROUTES = [create_kiosk, kiosk_page, kiosk_start, kiosk_finish, resume_page, resume_form]
