"""The concurrency around a candidate's turn: one at a time per interview, retries, tasks.

A turn is three steps with no transaction open across the model call:

1. the candidate's message is admitted and committed (from then on it is *acknowledged*);
2. the model works on it (``take_turn``), with no database connection held;
3. the reply and the new state are written in a fresh transaction, together with
   the whole response, so a retry with the same ``client_id`` replays it.

Each step's rules live in :mod:`server.web.records`; this class only decides what runs
when. Turns of one interview run one at a time, in every web process of the app: a lock
per interview in this process, then the interview's lease in the database
(:mod:`server.web.leases`), plus a version check on write. A turn runs as its own task,
so a candidate who closes the page mid-reply still finds the reply stored later. Retries
follow the IETF Idempotency-Key draft: completed → the original response; still running
(in this process or another: the message's key is a lease too) → 409; same key, other
text → 422. Message text is logged only with ``debug`` on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import weakref
from typing import Any

from server.engine.base import FairKey
from server.engine.fairness import OnBehalf
from server.errors import Conflict
from server.interview import turn
from server.settings import Settings
from server.store.db import Database
from server.store.tables import User
from server.web import records, views
from server.web.errors import safe_reason
from server.web.leases import Leases
from server.web.records import Admitted, Replay
from server.web.schemas import MessageOut, TurnOut
from server.web.slot import EngineSlot

log = logging.getLogger(__name__)

STILL_ANSWERING = "This message is still being answered; wait for the reply."
OTHER_TURN = (
    "Another message of this interview is still being answered; wait for its reply,"
    " then send yours again."
)


class Turns:
    """The app's interview runner: locks, in-flight retries and turn tasks."""

    def __init__(self, db: Database, engine: EngineSlot, settings: Settings) -> None:
        self.db = db
        self.engine = engine
        self.settings = settings
        self.leases = Leases(db)
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._inflight: set[tuple[int, str]] = set()
        self._tasks: set[asyncio.Task[Any]] = set()

    def lock(self, interview_id: int) -> asyncio.Lock:
        """The lock every change of this interview's state holds."""
        lock = self._locks.get(interview_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[interview_id] = lock
        return lock

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
        if (interview_id, key) in self._inflight:
            raise Conflict(STILL_ANSWERING)
        replay = await self.db.run(
            records.admit,
            interview_id=interview_id,
            candidate=candidate,
            text=text,
            client_id=client_id,
            store_it=False,
        )
        if isinstance(replay, Replay):
            return replay
        if (interview_id, key) in self._inflight:
            raise Conflict(STILL_ANSWERING)
        self._inflight.add((interview_id, key))
        in_flight = f"message:{interview_id}:{key}"
        try:
            if not await self.leases.take(in_flight):  # answered by another process
                raise Conflict(STILL_ANSWERING)
        except BaseException:
            self._inflight.discard((interview_id, key))
            raise
        task = asyncio.create_task(
            self._turn(in_flight, interview_id, candidate, text, client_id, acked, address),
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
        in_flight: str,
        interview_id: int,
        candidate: User,
        text: str,
        client_id: str | None,
        acked: asyncio.Future[MessageOut] | None,
        address: str,
    ) -> TurnOut | Replay:
        wait_s = self.settings.queue_deadline_s + self.settings.generation_timeout_s
        async with (
            self.leases.kept(in_flight),
            self.lock(interview_id),
            self.leases.held(f"interview:{interview_id}", wait_s=wait_s) as taken,
        ):
            if not taken:
                _settle(acked, None)
                raise Conflict(OTHER_TURN)
            got = await self.db.run(
                records.admit,
                interview_id=interview_id,
                candidate=candidate,
                text=text,
                client_id=client_id,
                store_it=True,
            )
            if isinstance(got, Replay):  # answered meanwhile by another request
                _settle(acked, None)
                return got
            assert isinstance(got, Admitted)  # with store_it, admit stores or replays
            _settle(acked, views.message_out(got.message, answered=set(), owner=True))
            if self.settings.debug:
                log.debug("interview %s: candidate message %r", interview_id, text)
            interview = got.interview
            for_whom = FairKey(
                group=address, member=f"user:{candidate.id}", job=f"job:{interview.job_id}"
            )
            # The slot itself: a turn that needs no model runs while the model loads.
            result = await turn.take_turn(
                OnBehalf(self.engine, for_whom),
                views.interview_spec(interview),
                views.interview_state(interview),
                text,
            )
            if self.settings.debug:
                log.debug("interview %s: reply %r", interview_id, result.reply)
            return await self.db.run(
                records.record_turn, admitted=got, result=result, model=self.engine.loaded
            )

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
