"""What several web processes share through the database: leases and rate windows.

Every function is one statement or one short transaction, atomic on SQLite and on
PostgreSQL alike, so any number of ``interviewer serve`` processes (``--workers``, or
several hosts on one PostgreSQL) see one lock and one count:

* a **lease** is a named lock with an owner and an expiry. Taking one is a single
  conditional ``UPDATE`` (free, expired or already ours), else a single ``INSERT … ON
  CONFLICT DO NOTHING``; whichever changes a row wins. A process killed while holding
  one blocks nobody past the expiry.
* a **rate window** keeps a key's recent hits (at most ``limit`` of them). The row is
  locked for the read-and-write (``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the
  ``INSERT`` before it takes the database's write lock), so two processes never both
  take the last allowed hit. Keys are stored as sha256: no address or e-mail is kept.

Times are wall-clock seconds since the epoch, passed in by the caller.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from server.store.tables import Lease, RateWindow


def _insert(session: Session, table: type[Lease] | type[RateWindow]) -> sa.Insert:
    """``INSERT … ON CONFLICT DO NOTHING`` in the session's dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def _changed(result: sa.Result[object]) -> bool:
    return bool(getattr(result, "rowcount", 0) == 1)


def take_lease(
    session: Session,
    *,
    name: str,
    holder: str,
    ttl_s: float,
    now: float,
    replacing: str | None = None,
) -> bool:
    """Take (or extend) the lease ``name`` for ``holder`` until ``now + ttl_s``; False
    when another holder has it and it has not expired. ``replacing``: a holder known to
    be gone, whose lease is taken over as if it had expired (only if it still holds it)."""
    until = now + ttl_s
    free = [col(Lease.expires_at) <= now, col(Lease.holder) == holder]
    if replacing is not None:
        free.append(col(Lease.holder) == replacing)
    taken = session.execute(
        sa.update(Lease)
        .where(col(Lease.name) == name)
        .where(sa.or_(*free))
        .values(holder=holder, expires_at=until)
    )
    if _changed(taken):
        return True
    made = session.execute(
        _insert(session, Lease)
        .values(name=name, holder=holder, expires_at=until)
        .returning(col(Lease.name))  # a row back only if it was inserted (psycopg's
    )  # rowcount for ON CONFLICT DO NOTHING is -1)
    return made.first() is not None


def release_lease(session: Session, *, name: str, holder: str) -> None:
    """Give the lease back; a lease that expired and went to someone else is theirs."""
    session.execute(
        sa.delete(Lease).where(col(Lease.name) == name).where(col(Lease.holder) == holder)
    )


def lease_holder(session: Session, *, name: str, now: float) -> str | None:
    """Who holds ``name`` now (None: nobody, or the lease expired)."""
    lease = session.get(Lease, name)
    return lease.holder if lease is not None and lease.expires_at > now else None


def hashed(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def hit(session: Session, *, key: str, limit: int, window_s: float, now: float) -> float | None:
    """Count a hit on ``key``: None when it is allowed (and counted), else the seconds until
    one would be (not counted). At most ``limit`` hits in any ``window_s`` seconds."""
    digest = hashed(key)
    session.execute(_insert(session, RateWindow).values(key=digest, hits=[], last_at=now))
    row = session.exec(
        select(RateWindow).where(col(RateWindow.key) == digest).with_for_update()
    ).one()
    # Sorted: callers read their clocks before waiting for the row (or on other hosts).
    hits = sorted(at for at in row.hits if at > now - window_s)
    wait = None
    if len(hits) >= limit:
        wait = max(hits[0] + window_s - now, 0.0)
    else:
        hits.append(now)
    row.hits = hits
    row.last_at = now
    session.add(row)
    return wait


def forget(session: Session, *, now: float, older_than_s: float) -> int:
    """Delete rate windows untouched for ``older_than_s`` and leases expired that long ago;
    the number of rows deleted."""
    cutoff = now - older_than_s
    windows = session.execute(sa.delete(RateWindow).where(col(RateWindow.last_at) < cutoff))
    leases = session.execute(sa.delete(Lease).where(col(Lease.expires_at) < cutoff))
    return int(getattr(windows, "rowcount", 0) or 0) + int(getattr(leases, "rowcount", 0) or 0)
