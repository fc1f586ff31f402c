"""Rate limits: log-in attempts and interview messages, per account and per address.

A sliding window per key: at most ``limit`` hits in any ``window_s`` seconds. A
request over the limit is refused with 429 and a ``Retry-After`` that says when
the oldest hit leaves the window. The hits are kept in the database
(:mod:`server.store.shared`), so every web process of the app (``serve --workers``, or
several hosts on one PostgreSQL) counts against the same allowance, and a restart
keeps them. Keys untouched for longer than every window are deleted as hits go by, so a
flood of addresses cannot grow the table without end.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from litestar import Request

from server.errors import TooManyRequests
from server.settings import Settings
from server.store import shared
from server.store.db import Database

# Every this many hits (in one process), windows idle for longer than every limit's
# window are deleted.
FORGET_EVERY = 1_000


class SlidingWindow:
    """At most ``limit`` hits per key in any ``window_s`` seconds, counted in the database."""

    def __init__(
        self, db: Database, name: str, limit: int, window_s: float, clock: Callable[[], float]
    ) -> None:
        self.db = db
        self.name = name
        self.limit = limit
        self.window_s = window_s
        self._clock = clock

    async def hit(self, key: str) -> float | None:
        """Count a hit; None if allowed, else the seconds until one would be (not counted)."""
        return await self.db.run(
            shared.hit,
            key=f"{self.name}:{key}",
            limit=self.limit,
            window_s=self.window_s,
            now=self._clock(),
        )


def client_address(request: Request[Any, Any, Any]) -> str:
    """The peer address; ``X-Forwarded-For`` counts only from INTERVIEWER_TRUSTED_PROXIES
    (see ``server.web.security``)."""
    return request.client.host if request.client is not None else "unknown"


def _refuse(wait: float, what: str) -> TooManyRequests:
    seconds = max(1, math.ceil(wait))
    return TooManyRequests(f"Too many {what}. Wait {seconds} seconds and try again.", seconds)


class Limits:
    """The app's limiters, made from the settings at start-up."""

    def __init__(
        self, settings: Settings, db: Database, clock: Callable[[], float] = time.time
    ) -> None:
        self.db = db
        self._clock = clock
        self._hits = 0
        self._longest_s = max(settings.login_window_s, settings.messages_window_s)
        self.login_account = SlidingWindow(
            db, "login", settings.login_attempts_per_account, settings.login_window_s, clock
        )
        self.login_address = SlidingWindow(
            db, "login", settings.login_attempts_per_address, settings.login_window_s, clock
        )
        self.message_account = SlidingWindow(
            db, "message", settings.messages_per_account, settings.messages_window_s, clock
        )
        self.message_address = SlidingWindow(
            db, "message", settings.messages_per_address, settings.messages_window_s, clock
        )

    async def _tidy(self) -> None:
        self._hits += 1
        if self._hits % FORGET_EVERY == 0:
            await self.db.run(shared.forget, now=self._clock(), older_than_s=self._longest_s)

    async def login(self, request: Request[Any, Any, Any], email: str) -> None:
        """Count a log-in attempt for this address and this account; raise 429 when over."""
        await self._tidy()
        wait = await self.login_address.hit(f"addr:{client_address(request)}")
        if wait is None:
            wait = await self.login_account.hit(f"acct:{email.strip().casefold()}")
        if wait is not None:
            raise _refuse(wait, "log-in attempts")

    async def register(self, request: Request[Any, Any, Any]) -> None:
        """Account creation counts against the address's log-in allowance."""
        await self._tidy()
        wait = await self.login_address.hit(f"addr:{client_address(request)}")
        if wait is not None:
            raise _refuse(wait, "attempts from this address")

    async def message(self, request: Request[Any, Any, Any], user_id: int) -> None:
        await self._tidy()
        wait = await self.message_address.hit(f"addr:{client_address(request)}")
        if wait is None:
            wait = await self.message_account.hit(f"user:{user_id}")
        if wait is not None:
            raise _refuse(wait, "messages")
