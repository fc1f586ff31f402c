"""The queue in front of the model: fair between client addresses, then between accounts,
and a request waits rather than being refused, unless its wait would pass a deadline.

One model answers one request at a time, so whoever fills the queue decides everyone's
wait. With a plain FIFO, five interviews from one place sending messages back to back
raised another candidate's model turn from 1.2 s to 6.9 s. Here requests are taken in
turn: the address served longest ago (or never) goes next, and within an address the
account served longest ago, so a new candidate waits behind at most one request of
each other party.

Admission. A request is queued when the wait it can expect is within ``deadline_s``:
its place in the round robin (requests of other parties that go first, at most one per
party per round, and its own party's earlier ones) times a running estimate of one
request's service time (an exponentially weighted mean of measured ones, reported by
the consumer through :meth:`FairQueue.task_done`), divided by the requests served at
once (``parallel``), plus what is left of the first to finish of those in flight.
Past that the caller gets ``EngineBusy`` at once and nothing is queued. A request of a
party that already holds many waits longest, so a flood is refused first, and only for
the party that floods. Under normal load nothing is refused: requests wait.

Served at once. With ``parallel`` above 1 (several requests decoded together) an
account has at most one request in flight: while one of its requests is being served,
its next waits and the others' go first, so a party cannot take several of the model's
sequences at once. (With ``parallel`` 1 that holds by itself.)

Budgets still bound what one party may hold whatever the estimate says: ``per_member``
requests per account, ``per_group`` per address, ``per_job`` per job, ``maxsize`` in
all (memory). (One interview has at most one turn at the model: the web layer runs an
interview's turns one after another, ``server.web.turns``.)
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable
from dataclasses import replace
from typing import Generic, TypeVar

from server.engine.base import (
    Engine,
    FairKey,
    Generation,
    GenerationRequest,
    ModelInfo,
)
from server.errors import EngineBusy

T = TypeVar("T")

# The longest a request may expect to wait for the model before it is refused instead:
# a minute, the same as one generation's own limit (INTERVIEWER_GENERATION_TIMEOUT_S).
DEADLINE_S = 60.0
# Seconds one model request is assumed to take before any has been measured.
SERVICE_S_PRIOR = 1.0
# Weight of the newest measurement in the running estimate of the service time.
SERVICE_S_WEIGHT = 0.2


class FairQueue(Generic[T]):
    """Round robin by address, then by account; FIFO for one account's own requests;
    admission by expected wait (see the module docstring)."""

    def __init__(
        self,
        maxsize: int,
        *,
        per_group: int,
        per_member: int,
        per_job: int,
        deadline_s: float | None = None,
        service_s: float = SERVICE_S_PRIOR,
        parallel: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``deadline_s`` None: no deadline, only the budgets (a caller that does not
        report service times with :meth:`task_done`)."""
        self.maxsize = maxsize
        self.per_group = per_group
        self.per_member = per_member
        self.per_job = per_job
        self.deadline_s = deadline_s
        self.service_s = service_s
        self.parallel = parallel
        self._clock = clock
        self._groups: OrderedDict[str, OrderedDict[str, deque[tuple[T, FairKey]]]] = OrderedDict()
        self._jobs: Counter[str] = Counter()
        # When each address, and each (address, account), was last served.
        self._served: dict[str | tuple[str, str], int] = {}
        self._tick = 0
        self._size = 0
        # Set when something changes that may let a waiting get() go on.
        self._changed = asyncio.Event()
        # Each item taken and not yet done: when it was taken, and for whom (at most
        # ``parallel`` kept).
        self._in_flight: OrderedDict[int, tuple[float, tuple[str, str]]] = OrderedDict()

    def qsize(self) -> int:
        return self._size

    def empty(self) -> bool:
        return self._size == 0

    def ahead(self, key: FairKey | None = None) -> int:
        """At most how many of the requests now queued go before one more of ``key``'s:
        its account's own earlier ones, and per turn it waits, one of each other account
        at its address and then one of each other address."""
        key = key or FairKey()
        members = self._groups.get(key.group, OrderedDict())
        own = len(members.get(key.member, ()))
        # Its address's requests that go first (the address's turns it waits).
        in_group = own + sum(
            min(len(q), own + 1) for member, q in members.items() if member != key.member
        )
        return in_group + sum(
            min(sum(map(len, other.values())), in_group + 1)
            for group, other in self._groups.items()
            if group != key.group
        )

    def expected_wait(self, key: FairKey | None = None) -> float:
        """Seconds one more request of ``key`` can expect to wait before the model starts it."""
        left = 0.0
        if len(self._in_flight) >= self.parallel:  # every slot busy: the first to free up
            now = self._clock()
            left = min(max(self.service_s - (now - t), 0.0) for t, _ in self._in_flight.values())
        return left + self.ahead(key) * self.service_s / self.parallel

    def put_nowait(self, item: T, key: FairKey | None = None) -> float:
        """Queue ``item`` for ``key`` and return its expected wait in seconds;
        ``EngineBusy`` (nothing queued) when over a budget or past the deadline."""
        key = key or FairKey()
        members = self._groups.get(key.group)
        queued = members.get(key.member) if members is not None else None
        if self._size >= self.maxsize:
            raise EngineBusy(
                f"the model is busy ({self._size} requests waiting); try again in a few seconds"
            )
        if members is not None and sum(map(len, members.values())) >= self.per_group:
            raise EngineBusy(
                "too many requests from this address are waiting for the model; "
                "try again in a few seconds"
            )
        if queued is not None and len(queued) >= self.per_member:
            raise EngineBusy(
                "your earlier messages are still waiting for the model; try again in a moment"
            )
        if key.job and self._jobs[key.job] >= self.per_job:
            raise EngineBusy(
                "many candidates of this job are waiting for the model; try again in a moment"
            )
        wait = self.expected_wait(key)
        if self.deadline_s is not None and wait > self.deadline_s:
            retry = math.ceil(wait - self.deadline_s + self.service_s)
            raise EngineBusy(
                f"the model is busy: this request would wait about {wait:.0f} s, more than "
                f"{self.deadline_s:.0f} s; try again in {retry} seconds",
                retry_after=retry,
            )
        if members is None:
            members = self._groups[key.group] = OrderedDict()
        if queued is None:
            queued = members[key.member] = deque()
        queued.append((item, key))
        self._jobs[key.job] += 1
        self._size += 1
        self._changed.set()
        return wait

    async def get(self) -> T:
        """The next item: of the address served longest ago (or never), the account served
        longest ago (or never), the oldest request. A newcomer goes before a busy address.
        With ``parallel`` above 1, an account with a request in flight is passed over.
        The item counts as in flight until :meth:`task_done`."""
        while True:
            chosen = self._choose()
            if chosen is not None:
                break
            self._changed.clear()
            await self._changed.wait()
        group, member = chosen
        self._tick += 1
        members = self._groups[group]
        queued = members[member]
        item, key = queued.popleft()
        self._size -= 1
        self._jobs[key.job] -= 1
        if self._jobs[key.job] <= 0:
            del self._jobs[key.job]
        self._served[group] = self._served[(group, member)] = self._tick
        if not queued:
            del members[member]
        if not members:  # nothing left from this address: forget its turns
            del self._groups[group]
            for stale in [
                k for k in self._served if k == group or (isinstance(k, tuple) and k[0] == group)
            ]:
                del self._served[stale]
        self._in_flight[id(item)] = (self._clock(), (group, member))
        while len(self._in_flight) > self.parallel:  # a consumer that never reports
            self._in_flight.popitem(last=False)
        return item

    def _choose(self) -> tuple[str, str] | None:
        """The (address, account) whose request goes next; None when none may."""
        busy = {who for _, who in self._in_flight.values()} if self.parallel > 1 else set()
        ready = {
            group: [m for m in members if (group, m) not in busy]
            for group, members in self._groups.items()
        }
        ready = {group: members for group, members in ready.items() if members}
        if not ready:
            return None
        group = min(ready, key=lambda g: self._served.get(g, -1))
        return group, min(ready[group], key=lambda m: self._served.get((group, m), -1))

    def task_done(self, item: T, *, served: bool = True) -> None:
        """``item`` (taken with :meth:`get`) is finished; when the model ``served`` it
        (rather than skipping it), its time updates the service-time estimate."""
        taken = self._in_flight.pop(id(item), None)
        self._changed.set()
        if taken is not None and served:
            took = self._clock() - taken[0]
            self.service_s += SERVICE_S_WEIGHT * (took - self.service_s)

    def drain(self) -> list[T]:
        """Everything still queued, in no particular order; the queue is left empty."""
        items = [
            item for members in self._groups.values() for q in members.values() for item, _ in q
        ]
        self._groups.clear()
        self._jobs.clear()
        self._served.clear()
        self._size = 0
        self._in_flight.clear()
        return items


class OnBehalf:
    """An :class:`~server.engine.base.Engine` that stamps every request with whom it is for."""

    def __init__(self, engine: Engine, key: FairKey) -> None:
        self._engine = engine
        self.key = key

    @property
    def info(self) -> ModelInfo:
        return self._engine.info

    async def generate(self, request: GenerationRequest) -> Generation:
        return await self._engine.generate(replace(request, fair_key=self.key))

    async def aclose(self) -> None:
        """Nothing: the engine behind belongs to someone else."""
