"""Rate limits, in process: log-in attempts and interview messages, per account and per address.

A sliding window per key: at most ``limit`` hits in any ``window_s`` seconds. A
request over the limit is refused with 429 and a ``Retry-After`` that says when
the oldest hit leaves the window. The counters live in this process only (the
app runs as one process; a restart forgets them, which errs on the side of the
candidate). Keys are bounded in number so a flood of addresses cannot grow them
without end.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any

from litestar import Request

from server.errors import TooManyRequests
from server.settings import Settings

MAX_KEYS = 50_000


class SlidingWindow:
    """At most ``limit`` hits per key in any ``window_s`` seconds."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def hit(self, key: str) -> float | None:
        """Count a hit; None if allowed, else the seconds until one would be (not counted)."""
        now = self._clock()
        hits = self._hits.get(key)
        if hits is None:
            hits = deque()
            self._hits[key] = hits
            while len(self._hits) > MAX_KEYS:
                self._hits.popitem(last=False)
        else:
            self._hits.move_to_end(key)
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(hits[0] + self.window_s - now, 0.0)
        hits.append(now)
        return None

    def reset(self, key: str) -> None:
        self._hits.pop(key, None)


def client_address(request: Request[Any, Any, Any]) -> str:
    """The peer address; ``X-Forwarded-For`` counts only from INTERVIEWER_TRUSTED_PROXIES
    (see ``server.web.security``)."""
    return request.client.host if request.client is not None else "unknown"


def _refuse(wait: float, what: str) -> TooManyRequests:
    seconds = max(1, math.ceil(wait))
    return TooManyRequests(f"Too many {what}. Wait {seconds} seconds and try again.", seconds)


class Limits:
    """The app's limiters, made from the settings at start-up."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.login_account = SlidingWindow(
            settings.login_attempts_per_account, settings.login_window_s, clock
        )
        self.login_address = SlidingWindow(
            settings.login_attempts_per_address, settings.login_window_s, clock
        )
        self.message_account = SlidingWindow(
            settings.messages_per_account, settings.messages_window_s, clock
        )
        self.message_address = SlidingWindow(
            settings.messages_per_address, settings.messages_window_s, clock
        )

    def login(self, request: Request[Any, Any, Any], email: str) -> None:
        """Count a log-in attempt for this address and this account; raise 429 when over."""
        wait = self.login_address.hit(f"addr:{client_address(request)}")
        if wait is None:
            wait = self.login_account.hit(f"acct:{email.strip().casefold()}")
        if wait is not None:
            raise _refuse(wait, "log-in attempts")

    def register(self, request: Request[Any, Any, Any]) -> None:
        """Account creation counts against the address's log-in allowance."""
        wait = self.login_address.hit(f"addr:{client_address(request)}")
        if wait is not None:
            raise _refuse(wait, "attempts from this address")

    def message(self, request: Request[Any, Any, Any], user_id: int) -> None:
        wait = self.message_address.hit(f"addr:{client_address(request)}")
        if wait is None:
            wait = self.message_account.hit(f"user:{user_id}")
        if wait is not None:
            raise _refuse(wait, "messages")
