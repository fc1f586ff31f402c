"""Locks that hold across web processes: database leases (:mod:`server.store.shared`)
kept alive while their holder works.

A lease is taken for ``ttl_s`` seconds and renewed every third of that while held, so
a holder that dies (a lost host) blocks the others for at most ``ttl_s``. A holder's name
says which host and process it is (``host/pid/start/random``), so on the same host a lease
left by a process that is gone (kill -9, then a restart) is taken over at once: the next
process checks that pid and its start time.
Waiting for a lease polls with a growing pause (50 ms up to 250 ms): leases guard one
candidate's turn, where waits are rare and short.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import secrets
import socket
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from server.store import shared
from server.store.db import Database

log = logging.getLogger(__name__)

TTL_S = 30.0
_FIRST_PAUSE_S = 0.05
_LONGEST_PAUSE_S = 0.25


def _host() -> str:
    """This host and process namespace: the host name, the boot and the pid namespace
    (containers with one name but their own pids must not judge each other's)."""
    parts = [socket.gethostname()]
    with contextlib.suppress(OSError):
        parts.append(Path("/proc/sys/kernel/random/boot_id").read_text().strip())
    with contextlib.suppress(OSError):
        parts.append(os.readlink("/proc/self/ns/pid"))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def _started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, Linux); None if there is no
    such process, "" where the system does not say."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return ""
    # Field 22; the command name (field 2) may hold spaces, so count after its ')'.
    return stat.rsplit(")", 1)[-1].split()[19]


def holder_name(pid: int) -> str:
    return f"{_host()}/{pid}/{_started(pid) or ''}/{secrets.token_hex(6)}"


def gone(holder: str) -> bool:
    """Whether ``holder`` names a process of this host that no longer runs."""
    host, _, rest = holder.partition("/")
    pid_text, _, rest = rest.partition("/")
    started, _, _ = rest.partition("/")
    if host != _host() or not pid_text.isdigit():
        return False
    now = _started(int(pid_text))
    return now is None or (bool(started) and bool(now) and now != started)


class Leases:
    """This process's side of the shared leases: one holder name, taken at start-up."""

    def __init__(
        self, db: Database, *, ttl_s: float = TTL_S, clock: Callable[[], float] = time.time
    ) -> None:
        self.db = db
        self.ttl_s = ttl_s
        self._clock = clock
        self.holder = holder_name(os.getpid())

    async def take(self, name: str) -> bool:
        """Take ``name`` now if it is free (or expired, or ours, or its holder's process on
        this host is gone); False if someone has it."""
        if await self._take(name, None):
            return True
        other = await self.db.run(shared.lease_holder, name=name, now=self._clock())
        return other is not None and gone(other) and await self._take(name, other)

    async def _take(self, name: str, replacing: str | None) -> bool:
        return await self.db.run(
            shared.take_lease,
            name=name,
            holder=self.holder,
            ttl_s=self.ttl_s,
            now=self._clock(),
            replacing=replacing,
        )

    async def release(self, name: str) -> None:
        await self.db.run(shared.release_lease, name=name, holder=self.holder)

    @contextlib.asynccontextmanager
    async def kept(self, name: str) -> AsyncIterator[None]:
        """Keep an already taken lease alive for the block, then release it."""
        renewer = asyncio.create_task(self._renew(name), name=f"lease-{name}")
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
            await asyncio.shield(self.release(name))

    @contextlib.asynccontextmanager
    async def held(self, name: str, *, wait_s: float) -> AsyncIterator[bool]:
        """Wait up to ``wait_s`` for ``name``; yields whether it was taken (and keeps it for
        the block when it was)."""
        deadline = time.monotonic() + wait_s
        pause = _FIRST_PAUSE_S
        while not await self.take(name):
            if time.monotonic() + pause > deadline:
                yield False
                return
            await asyncio.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE_S)
        async with self.kept(name):
            yield True

    async def _renew(self, name: str) -> None:
        while True:
            await asyncio.sleep(self.ttl_s / 3)
            try:
                if not await self.take(name):
                    log.warning("lease %s expired and was taken by another process", name)
                    return
            except Exception:  # a busy database: try again at the next beat
                log.info("lease %s could not be renewed this time", name, exc_info=True)
