"""Running an interview: start or resume, a candidate's turn, confirm, proposal.

A turn is three steps with no transaction open across the model call:

1. the candidate's message is committed (from then on it is *acknowledged*);
2. the model works on it (``take_turn``), with no database connection held;
3. the reply and the new state are written in a fresh transaction, together with
   the whole response, so a retry with the same ``client_id`` replays it.

Turns of one interview run one at a time (a lock per interview, plus a version
check on write that catches a second process). A turn runs as its own task, so a
candidate who closes the page mid-reply still finds the reply stored later.
Retries follow the IETF Idempotency-Key draft: completed → the original response;
still running → 409; same key, other text → 422.

A job may require consent: until the candidate agrees (``consent``), messages
are refused with 409 and nothing is stored. A message with chat-template tokens
or "ignore your instructions" phrasing flags the record for review
(:mod:`server.web.oversight`). Message text is logged only with ``debug`` on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import weakref
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from litestar.exceptions import NotFoundException
from sqlmodel import Session

from server.engine.base import FairKey, ModelInfo
from server.engine.fairness import OnBehalf
from server.interview import turn
from server.settings import Settings
from server.store import audit
from server.store import interviews as store
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import Interview, Message, User, utcnow
from server.web import views
from server.web.errors import Conflict, Unprocessable, safe_reason
from server.web.oversight import message_flags
from server.web.records import (
    NEEDS_CONSENT,
    OPEN_PHASES,
    Replay,
    closed_detail,
    consent_missing,
    load_view,
    not_found,
    owned,
)
from server.web.schemas import InterviewOut, MessageOut, TurnOut
from server.web.slot import EngineSlot

log = logging.getLogger(__name__)


class Turns:
    """The app's interview runner: locks, in-flight retries and turn tasks."""

    def __init__(self, db: Database, engine: EngineSlot, settings: Settings) -> None:
        self.db = db
        self.engine = engine
        self.settings = settings
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._inflight: set[tuple[int, str]] = set()
        self._tasks: set[asyncio.Task[Any]] = set()

    def _view(self, session: Session, interview: Interview, *, owner: bool) -> InterviewOut:
        return load_view(
            session,
            interview=interview,
            owner=owner,
            default_retention=self.settings.retention_days,
        )

    def _lock(self, interview_id: int) -> asyncio.Lock:
        lock = self._locks.get(interview_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[interview_id] = lock
        return lock

    # -- start or resume --------------------------------------------------------------

    async def start(self, *, job_id: int, candidate: User) -> tuple[InterviewOut, bool]:
        """The candidate's interview for this job, created if there is none (then True)."""

        def existing(session: Session) -> InterviewOut | None:
            job = job_store.get_job(session, job_id=job_id)
            if job is None:
                raise NotFoundException("No such job.")
            interview = store.find_interview(session, job_id=job_id, candidate_id=candidate.id)
            return None if interview is None else self._view(session, interview, owner=True)

        found = await self.db.run(existing)
        if found is not None:
            return found, False
        info: ModelInfo = self.engine.info  # while loading: the verified file's identity

        def create(session: Session) -> InterviewOut:
            job = job_store.get_job(session, job_id=job_id)
            if job is None:
                raise NotFoundException("No such job.")
            spec = job_store.job_spec(job)
            state, greeting = turn.start(spec)
            interview = store.create_interview(
                session,
                job=job,
                candidate_id=candidate.id or 0,
                state=state.model_dump(mode="json"),
                phase=state.phase,
                greeting=greeting,
                model=info,
                prompt_version=str(turn.PROMPT_VERSION),
                grammar_version=str(turn.GRAMMAR_VERSION),
            )
            return self._view(session, interview, owner=True)

        try:
            return await self.db.run(create), True
        except sa.exc.IntegrityError:  # another tab created it a moment ago
            found = await self.db.run(existing)
            if found is None:
                raise
            return found, False

    async def view(self, *, interview_id: int, user: User) -> InterviewOut:
        def load(session: Session) -> InterviewOut:
            interview = store.get_interview(session, interview_id=interview_id)
            if interview is None:
                raise not_found()
            if interview.candidate_id == user.id:
                return self._view(session, interview, owner=True)
            job = job_store.get_job(session, job_id=interview.job_id)
            if user.role == "employer" and job is not None and job.employer_id == user.id:
                audit.record(
                    session,
                    actor=user,
                    action="view_interview",
                    job_id=job.id,
                    interview_id=interview.id,
                    candidate_id=interview.candidate_id,
                    detail="interview record and transcript",
                )
                return self._view(session, interview, owner=False)
            raise not_found()

        return await self.db.run(load)

    # -- a candidate's turn ------------------------------------------------------------

    async def post(
        self,
        *,
        interview_id: int,
        candidate: User,
        text: str,
        client_id: str | None,
        acked: asyncio.Future[MessageOut] | None = None,
        address: str = "",
    ) -> TurnOut | Replay:
        """Take one candidate message through the model; see the module docstring.

        ``address`` (the client's) and the candidate's account decide the turn's place in
        the model's fair queue."""
        key = client_id or f"server:{secrets.token_hex(8)}"

        def check(session: Session) -> Replay | None:
            interview = owned(session, interview_id, candidate)
            if client_id is not None:
                earlier = store.get_message_by_client_id(
                    session, interview_id=interview_id, client_id=client_id
                )
                if earlier is not None:
                    if earlier.text != text:
                        raise Unprocessable(
                            "This client_id was already used for a different message;"
                            " use a new client_id for a new message."
                        )
                    if earlier.response is not None:
                        return Replay(earlier.response)
                    return None  # acknowledged but never answered: answer it now
            if interview.phase not in OPEN_PHASES:
                raise Conflict(closed_detail(interview.phase))
            if consent_missing(session, interview):
                raise Conflict(NEEDS_CONSENT.format(id=interview_id))
            return None

        if (interview_id, key) in self._inflight:
            raise Conflict("This message is still being answered; wait for the reply.")
        replay = await self.db.run(check)
        if replay is not None:
            return replay
        if (interview_id, key) in self._inflight:
            raise Conflict("This message is still being answered; wait for the reply.")
        self._inflight.add((interview_id, key))
        task = asyncio.create_task(
            self._turn(interview_id, candidate, text, client_id, acked, address),
            name=f"turn-{interview_id}",
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda _: self._inflight.discard((interview_id, key)))
        task.add_done_callback(self._log_failure)
        # The turn finishes and is stored even if the client goes away meanwhile.
        return await asyncio.shield(task)

    async def _turn(
        self,
        interview_id: int,
        candidate: User,
        text: str,
        client_id: str | None,
        acked: asyncio.Future[MessageOut] | None,
        address: str,
    ) -> TurnOut | Replay:
        async with self._lock(interview_id):

            def acknowledge(session: Session) -> tuple[Interview, Message] | Replay:
                interview = owned(session, interview_id, candidate)
                earlier = None
                if client_id is not None:
                    earlier = store.get_message_by_client_id(
                        session, interview_id=interview_id, client_id=client_id
                    )
                    if earlier is not None and earlier.response is not None:
                        return Replay(earlier.response)
                if interview.phase not in OPEN_PHASES:
                    raise Conflict(closed_detail(interview.phase))
                if consent_missing(session, interview):
                    raise Conflict(NEEDS_CONSENT.format(id=interview_id))
                message = earlier or store.add_candidate_message(
                    session, interview_id=interview_id, text=text, client_id=client_id
                )
                if flags := message_flags(text):
                    store.add_review_flags(session, interview_id=interview_id, flags=flags)
                return interview, message

            got = await self.db.run(acknowledge)
            if isinstance(got, Replay):
                _settle(acked, None)
                return got
            interview, message = got
            _settle(acked, views.message_out(message, answered=set(), owner=True))

            if self.settings.debug:
                log.debug("interview %s: candidate message %r", interview_id, text)
            spec = views.interview_spec(interview)
            state = views.interview_state(interview)
            for_whom = FairKey(
                group=address, member=f"user:{candidate.id}", job=f"job:{interview.job_id}"
            )
            # The slot itself: a turn that needs no model runs while the model loads.
            result = await turn.take_turn(OnBehalf(self.engine, for_whom), spec, state, text)
            if self.settings.debug:
                log.debug("interview %s: reply %r", interview_id, result.reply)

            def record(session: Session) -> TurnOut:
                updated, reply = store.record_reply(
                    session,
                    interview_id=interview_id,
                    expected_version=interview.version,
                    message_id=message.id or 0,
                    reply=result.reply,
                    state=result.state.model_dump(mode="json"),
                    phase=result.state.phase,
                    changed=list(result.changed),
                    model=self.engine.loaded,
                )
                out = views.turn_out(updated, message, reply)
                store.store_response(
                    session, message_id=message.id or 0, response=out.model_dump(mode="json")
                )
                return out

            return await self.db.run(record)

    # -- consent, summary, confirm and proposal ----------------------------------------

    async def consent(self, *, interview_id: int, candidate: User) -> InterviewOut:
        """Record the candidate's agreement to the privacy notice (idempotent)."""

        def work(session: Session) -> InterviewOut:
            interview = owned(session, interview_id, candidate)
            interview = store.give_consent(session, interview_id=interview_id)
            return self._view(session, interview, owner=True)

        return await self.db.run(work)

    async def confirm(self, *, interview_id: int, candidate: User) -> InterviewOut:
        async with self._lock(interview_id):

            def work(session: Session) -> InterviewOut:
                interview = owned(session, interview_id, candidate)
                if interview.phase in ("confirmed", "submitted"):
                    return self._view(session, interview, owner=True)
                spec = views.interview_spec(interview)
                try:
                    state = turn.confirm(spec, views.interview_state(interview))
                except ValueError as exc:
                    raise Conflict(
                        f"The checklist is not complete yet: {exc}."
                        " Answer the open questions first."
                    ) from exc
                interview = store.update_state(
                    session,
                    interview_id=interview_id,
                    expected_version=interview.version,
                    state=state.model_dump(mode="json"),
                    phase=state.phase,
                    confirmed_at=utcnow(),
                )
                return self._view(session, interview, owner=True)

            return await self.db.run(work)

    async def propose(
        self, *, interview_id: int, candidate: User, bid_amount: Decimal
    ) -> InterviewOut:
        cents = int((bid_amount * 100).to_integral_value())
        async with self._lock(interview_id):

            def work(session: Session) -> InterviewOut:
                interview = owned(session, interview_id, candidate)
                if interview.phase == "submitted":
                    raise Conflict("The proposal was already submitted.")
                spec = views.interview_spec(interview)
                state = views.interview_state(interview)
                if interview.phase == "interview" or not views.is_complete(spec, state):
                    raise Conflict(
                        "The bid is locked until every required item of the checklist is complete."
                    )
                now = utcnow()
                confirmed_at = None
                if interview.phase == "summary":
                    try:
                        state = turn.confirm(spec, state)
                    except ValueError as exc:
                        raise Conflict(f"The checklist is not complete yet: {exc}.") from exc
                    confirmed_at = now
                state = state.model_copy(update={"phase": "submitted"})
                interview = store.update_state(
                    session,
                    interview_id=interview_id,
                    expected_version=interview.version,
                    state=state.model_dump(mode="json"),
                    phase="submitted",
                    confirmed_at=confirmed_at,
                    submitted_at=now,
                    bid_cents=cents,
                )
                return self._view(session, interview, owner=True)

            return await self.db.run(work)

    def _log_failure(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and (exc := task.exception()) is not None:
            reason = safe_reason(exc, debug=self.settings.debug)
            log.info("turn %s ended with %s", task.get_name(), reason)

    async def aclose(self, timeout: float = 30.0) -> None:
        """Let running turns finish (they hold acknowledged messages), then stop."""
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def _settle(future: asyncio.Future[MessageOut] | None, value: MessageOut | None) -> None:
    if future is not None and not future.done():
        if value is None:
            future.cancel()
        else:
            future.set_result(value)
