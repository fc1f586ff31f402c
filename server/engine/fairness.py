"""The queue in front of the model: fair between client addresses, then between accounts.

One model answers one request at a time, so whoever fills the queue decides everyone's
wait. With a plain FIFO, five interviews from one place sending messages back to back
raised another candidate's model turn from 1.2 s to 6.9 s. Here requests are taken in
turn: the address served longest ago (or never) goes next, and within an address the
account served longest ago, so a new candidate waits behind at most one request of
each other party. Budgets bound what one party may queue: ``per_member`` requests per
account, ``per_group`` per address, ``per_job`` per job, ``maxsize`` in all; past a
budget the caller gets ``EngineBusy`` at once. (One interview has at most one turn at
the model: the web layer runs an interview's turns one after another.)
"""

from __future__ import annotations

import asyncio
from collections import Counter, OrderedDict, deque
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


class FairQueue(Generic[T]):
    """Round robin by address, then by account; FIFO for one account's own requests."""

    def __init__(self, maxsize: int, *, per_group: int, per_member: int, per_job: int) -> None:
        self.maxsize = maxsize
        self.per_group = per_group
        self.per_member = per_member
        self.per_job = per_job
        self._groups: OrderedDict[str, OrderedDict[str, deque[tuple[T, FairKey]]]] = OrderedDict()
        self._jobs: Counter[str] = Counter()
        # When each address, and each (address, account), was last served.
        self._served: dict[str | tuple[str, str], int] = {}
        self._tick = 0
        self._size = 0
        self._available = asyncio.Semaphore(0)

    def qsize(self) -> int:
        return self._size

    def empty(self) -> bool:
        return self._size == 0

    def put_nowait(self, item: T, key: FairKey | None = None) -> None:
        """Queue ``item`` for ``key``; ``EngineBusy`` (nothing queued) when over a budget."""
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
        if members is None:
            members = self._groups[key.group] = OrderedDict()
        if queued is None:
            queued = members[key.member] = deque()
        queued.append((item, key))
        self._jobs[key.job] += 1
        self._size += 1
        self._available.release()

    async def get(self) -> T:
        """The next item: of the address served longest ago (or never), the account served
        longest ago (or never), the oldest request. A newcomer goes before a busy address."""
        await self._available.acquire()
        self._tick += 1
        group = min(self._groups, key=lambda g: self._served.get(g, -1))
        members = self._groups[group]
        member = min(members, key=lambda m: self._served.get((group, m), -1))
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
        return item

    def drain(self) -> list[T]:
        """Everything still queued, in no particular order; the queue is left empty."""
        items = [
            item for members in self._groups.values() for q in members.values() for item, _ in q
        ]
        self._groups.clear()
        self._jobs.clear()
        self._served.clear()
        self._size = 0
        self._available = asyncio.Semaphore(0)
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
