"""Database set-up: the SQLAlchemy engine, its SQLite and PostgreSQL settings, a session
runner, and what a database error means for the caller.

Every unit of work is one function run in a worker thread with its own session
and its own transaction, committed when the function returns. On SQLite one
thread does all the work, so writers queue in the process rather than fight for
the file lock; between processes each unit of work takes the write lock when it
begins (``BEGIN IMMEDIATE``), so a read and the write it decides are one step.
Nothing here ever waits on the language model.

SQLite and PostgreSQL (``postgresql+psycopg://``, the ``postgres`` extra) are
supported. On both, a lock is waited for at most ``LOCK_TIMEOUT_MS``; then, like a
deadlock or a serialization failure, the error is "busy" (:func:`trouble`): nothing
was written, and the same request sent again can succeed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal, ParamSpec, TypeVar

import anyio
import anyio.to_thread
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from server.errors import ConfigError
from server.store.migrations import migrate

P = ParamSpec("P")
T = TypeVar("T")

# How long a statement waits for a lock another connection holds (SQLite's busy_timeout,
# PostgreSQL's lock_timeout); read at each new connection.
LOCK_TIMEOUT_MS = 10_000

# PostgreSQL's SQLSTATE codes that mean "try again": nothing was written.
PG_BUSY = {
    "55P03": "lock_not_available",
    "40P01": "deadlock_detected",
    "40001": "serialization_failure",
}
PG_DISK_FULL = "53100"

Trouble = Literal["busy", "full"]


def trouble(exc: sa.exc.DBAPIError) -> Trouble | None:
    """What a database error means: ``busy`` (a lock, a deadlock, a serialization
    failure: send again), ``full`` (the disk is full) or None (a real failure)."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str):  # PostgreSQL (psycopg)
        if sqlstate in PG_BUSY:
            return "busy"
        return "full" if sqlstate == PG_DISK_FULL else None
    if not isinstance(exc, sa.exc.OperationalError):
        return None
    text = str(orig).lower() if orig is not None else ""  # SQLite says it in words
    if "locked" in text or "busy" in text:
        return "busy"
    return "full" if "full" in text else None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling off: SQLAlchemy's "begin" starts each one
    # (``_sqlite_begin``).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers run beside the writer; FULL syncs the WAL on every commit,
        # so an acknowledged message survives a power cut, not only a crash.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_begin(connection: sa.Connection) -> None:
    # IMMEDIATE: the write lock is taken when the unit of work begins (waiting up to the
    # busy timeout), so what it read is still true when it writes. The driver's default
    # began only at the first write: two web processes (``serve --workers``) on one file
    # could both read "this client_id is new" and both store the message.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _postgres_settings(dbapi_connection: Any, _record: Any) -> None:
    # Without it a statement waits for a lock forever; with it, a 55P03 after the timeout
    # (the same wait as SQLite's busy timeout), answered as "busy".
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET SESSION lock_timeout = {int(LOCK_TIMEOUT_MS)}")
    finally:
        cursor.close()
    dbapi_connection.commit()


def create_db_engine(url: str, *, hide_parameters: bool = True) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, FULL sync and foreign keys,
    SQLite and PostgreSQL a bounded wait for locks.

    ``hide_parameters`` keeps bound values (message text among them) out of the
    SQLAlchemy errors that end up in logs; only debug mode shows them.
    """
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ConfigError(
            f"INTERVIEWER_DATABASE_URL {url!r} is not a database URL;"
            " use for example sqlite:///interviewer.db or postgresql+psycopg://user@host/db"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(
            parsed, connect_args={"check_same_thread": False}, hide_parameters=hide_parameters
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        engine = sa.create_engine(parsed, pool_pre_ping=True, hide_parameters=hide_parameters)
    except ModuleNotFoundError as exc:
        raise ConfigError(
            f"INTERVIEWER_DATABASE_URL needs the database driver {exc.name!r}, which is not"
            " installed; for PostgreSQL install the postgres extra"
            " (pip install 'offline-interviewer[postgres]') and write the URL as"
            " postgresql+psycopg://user@host/db"
        ) from exc
    if parsed.get_backend_name() == "postgresql":
        sa.event.listen(engine, "connect", _postgres_settings)
    return engine


class Database:
    """The app's handle on its database: migrations, and units of work off the event loop."""

    def __init__(self, url: str, *, debug: bool = False) -> None:
        self.engine = create_db_engine(url, hide_parameters=not debug)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._limiter = anyio.CapacityLimiter(1 if self.is_sqlite else 8)
        # Units of work running now: a caller cancelled while its thread works (a
        # background task stopped at shutdown) leaves the thread running on.
        self._running = 0
        self._settled = threading.Condition()

    def migrate(self) -> list[str]:
        return migrate(self.engine)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def call(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run ``fn(session, **kwargs)`` in one transaction, here and now (for the CLI)."""
        with self._settled:
            self._running += 1
        try:
            with self.session() as session:
                result = fn(session, **kwargs)
                session.commit()
                return result
        finally:
            with self._settled:
                self._running -= 1
                self._settled.notify_all()

    async def run(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run ``fn(session, **kwargs)`` in one transaction in a worker thread."""
        return await anyio.to_thread.run_sync(
            lambda: self.call(fn, **kwargs), limiter=self._limiter
        )

    def dispose(self, wait_s: float = LOCK_TIMEOUT_MS / 1000 + 5) -> None:
        """Close every connection, once the units of work still running have ended (a
        connection given back after the pool was closed would be left open)."""
        with self._settled:
            self._settled.wait_for(lambda: self._running == 0, timeout=wait_s)
        self.engine.dispose()
