"""The candidate's interview over the JSON API, with a turn's progress as server-sent events.

``POST /api/interviews/{id}/messages`` answers JSON by default. With
``Accept: text/event-stream`` it sends events instead: ``ack`` as soon as the message
is stored (the page can say "reading your answer…"), then ``done`` with the same body
the JSON answer has, or ``error`` with ``status_code`` and ``detail``. The reply is not
re-sent word by word: it is worked out whole (a template, or the model's verdict behind
it), so pieces with pauses between them would only pretend.

A retry is recognised by its key: the body's ``client_id`` or, as the IETF
Idempotency-Key draft has it, an ``Idempotency-Key`` header (both at once must
agree). Posts are rate-limited per account and per address.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import sqlalchemy as sa
from litestar import Request, Response, get, post
from litestar.response import Stream
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlmodel import Session

from server.errors import Conflict, Unprocessable
from server.settings import Settings
from server.store import interviews as store
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import User
from server.web import records
from server.web.errors import error_body
from server.web.limits import Limits, client_address
from server.web.records import Replay
from server.web.schemas import (
    InterviewOut,
    MessageIn,
    MessageOut,
    ProposalIn,
    StartIn,
    TurnOut,
)
from server.web.turns import Turns

log = logging.getLogger(__name__)


@post("/api/jobs/{job_id:int}/interview", status_code=HTTP_200_OK)
async def start_interview(
    candidate: User,
    job_id: int,
    db: Database,
    turns: Turns,
    settings: Settings,
    data: StartIn | None = None,
) -> Response[InterviewOut]:
    """Start this candidate's interview for the job, or resume the latest attempt (201 /
    200). With ``{"retake_of": N}``: start attempt N + 1 once attempt N is submitted and
    the job allows another (201; 200 when it exists already; 409 with the reason when
    it may not start)."""
    ask = {"job_id": job_id, "candidate": candidate, "default_retention": settings.retention_days}
    retake_of = data.retake_of if data is not None else None
    if retake_of is not None:
        found = await db.run(records.retake_refusal, retake_of=retake_of, **ask)
        if isinstance(found, str):
            raise Conflict(found)
        attempt = retake_of + 1
    else:
        found = await db.run(records.existing, **ask)
        attempt = 1
    if found is None:
        try:  # while the model loads, its identity is the verified file's
            created = await db.run(records.create, model=turns.engine.info, attempt=attempt, **ask)
            return Response(created, status_code=HTTP_201_CREATED)
        except sa.exc.IntegrityError:  # another tab created it a moment ago
            found = await db.run(records.existing, **ask)
            if found is None or found.attempt != attempt:
                raise
    return Response(found, status_code=HTTP_200_OK)


@get("/api/interviews")
async def my_interviews(candidate: User, db: Database) -> list[dict[str, Any]]:
    """The candidate's own interviews, newest last."""

    def work(session: Session) -> list[dict[str, Any]]:
        out = []
        for interview in store.list_for_candidate(session, candidate_id=candidate.id or 0):
            job = job_store.get_job(session, job_id=interview.job_id)
            out.append(
                {
                    "id": interview.id,
                    "job_id": interview.job_id,
                    "job_title": job.title if job else "",
                    "attempt": interview.attempt,
                    "state": interview.phase,
                    "updated_at": interview.updated_at.isoformat(),
                }
            )
        return out

    return await db.run(work)


@get("/api/interviews/{interview_id:int}")
async def read_interview(
    user: User, interview_id: int, db: Database, settings: Settings
) -> InterviewOut:
    """The whole interview: state, messages, checklist, fields with evidence."""
    return await db.run(
        records.view,
        interview_id=interview_id,
        user=user,
        default_retention=settings.retention_days,
    )


def _sse(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def _retry_key(request: Request[Any, Any, Any], data: MessageIn) -> str | None:
    """The message's idempotency key: ``client_id`` or the ``Idempotency-Key`` header."""
    header = request.headers.get("idempotency-key")
    if header is None:
        return data.client_id
    key = header.strip().strip('"')
    if not _KEY.fullmatch(key):
        raise Unprocessable("The Idempotency-Key header must be 1-64 letters, digits or . _ : -")
    if data.client_id is not None and data.client_id != key:
        raise Unprocessable(
            "client_id and the Idempotency-Key header differ; send one key for one message."
        )
    return key


@post("/api/interviews/{interview_id:int}/messages", status_code=HTTP_200_OK)
async def post_message(
    request: Request[Any, Any, Any],
    candidate: User,
    interview_id: int,
    data: MessageIn,
    limits: Limits,
    turns: Turns,
) -> Response[Any]:
    """Send the candidate's message; get the interviewer's reply, checklist and state."""
    client_id = _retry_key(request, data)
    await limits.message(request, candidate.id or 0)
    wants_stream = "text/event-stream" in request.headers.get("accept", "")
    if not wants_stream:
        result = await turns.post(
            interview_id=interview_id,
            candidate=candidate,
            text=data.text,
            client_id=client_id,
            address=client_address(request),
        )
        body = result.response if isinstance(result, Replay) else result
        headers = {"Idempotent-Replayed": "true"} if isinstance(result, Replay) else None
        return Response(body, status_code=HTTP_200_OK, headers=headers)

    loop = asyncio.get_running_loop()
    acked: asyncio.Future[MessageOut] = loop.create_future()
    task = asyncio.ensure_future(
        turns.post(
            interview_id=interview_id,
            candidate=candidate,
            text=data.text,
            client_id=client_id,
            acked=acked,
            address=client_address(request),
        )
    )
    # If the client goes away mid-stream, nobody awaits ``task``: retrieve its outcome anyway.
    task.add_done_callback(lambda t: t.cancelled() or t.exception())
    first: list[asyncio.Future[Any]] = [acked, task]
    await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
    if task.done() and (refused := task.exception()) is not None:
        raise refused  # refused before anything was stored

    async def events() -> AsyncIterator[bytes]:
        if acked.done() and not acked.cancelled():
            yield _sse("ack", acked.result().model_dump(mode="json"))
        try:
            result: TurnOut | Replay = await asyncio.shield(task)
        except Exception as exc:
            yield _sse("error", error_body(exc, debug=request.app.debug))
            return
        body = result.response if isinstance(result, Replay) else result.model_dump(mode="json")
        yield _sse("done", body)

    return Stream(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@post("/api/interviews/{interview_id:int}/consent", status_code=HTTP_200_OK)
async def give_consent(
    candidate: User, interview_id: int, db: Database, settings: Settings
) -> InterviewOut:
    """Agree to the privacy notice (needed before answering when the job requires it)."""
    return await db.run(
        records.consent,
        interview_id=interview_id,
        candidate=candidate,
        default_retention=settings.retention_days,
    )


@post("/api/interviews/{interview_id:int}/confirm", status_code=HTTP_200_OK)
async def confirm_interview(
    candidate: User, interview_id: int, db: Database, turns: Turns, settings: Settings
) -> InterviewOut:
    """Confirm the summary (409 while the checklist is incomplete)."""
    async with turns.lock(interview_id):
        return await db.run(
            records.confirm,
            interview_id=interview_id,
            candidate=candidate,
            default_retention=settings.retention_days,
        )


@post("/api/interviews/{interview_id:int}/proposal", status_code=HTTP_200_OK)
async def submit_proposal(
    candidate: User,
    interview_id: int,
    data: ProposalIn,
    db: Database,
    turns: Turns,
    settings: Settings,
) -> InterviewOut:
    """Submit the proposal: with ``bid_amount`` for a job that asks for a bid, without it for
    one that does not (422 otherwise); 409 while the checklist is incomplete or after
    submitting."""
    async with turns.lock(interview_id):
        return await db.run(
            records.propose,
            interview_id=interview_id,
            candidate=candidate,
            bid_amount=data.bid_amount,
            default_retention=settings.retention_days,
        )


ROUTES = [
    start_interview,
    my_interviews,
    read_interview,
    post_message,
    give_consent,
    confirm_interview,
    submit_proposal,
]
