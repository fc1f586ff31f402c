"""What a database error means for the caller, on SQLite and PostgreSQL: a lock not granted
in time, a deadlock or a serialization failure is "busy" (503, Retry-After: nothing was
written, send again); a full disk is a 507; anything else is the server's failure.

The PostgreSQL errors are made for real on the test cluster where that is cheap (a held
lock, a deadlock, a serialization failure); a full disk is the driver's own error class.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg.errors
import pytest
import sqlalchemy as sa

from server.store import accounts
from server.store import db as db_module
from server.store.db import Database, trouble
from server.web.errors import answer_for
from tests.helpers.postgres import Cluster


def _wrapped(orig: Exception) -> sa.exc.DBAPIError:
    """The error as SQLAlchemy raises it: the driver's error class decides the wrapper."""
    return sa.exc.DBAPIError.instance("UPDATE interviews", {}, orig, psycopg.Error)


@pytest.mark.parametrize(
    ("orig", "kind"),
    [
        (psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"), "busy"),
        (psycopg.errors.DeadlockDetected("deadlock detected"), "busy"),
        (psycopg.errors.SerializationFailure("could not serialize access"), "busy"),
        (psycopg.errors.DiskFull('could not extend file "base/1/2"'), "full"),
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (psycopg.errors.UniqueViolation("duplicate key value"), None),
        (psycopg.errors.UndefinedTable('relation "x" does not exist'), None),
        (sqlite3.OperationalError("no such table: x"), None),
    ],
)
def test_each_error_has_its_meaning(orig: Exception, kind: str | None) -> None:
    exc = (
        sa.exc.OperationalError("UPDATE interviews", {}, orig)
        if isinstance(orig, sqlite3.Error)
        else _wrapped(orig)
    )
    assert trouble(exc) == kind


@pytest.mark.parametrize(
    "orig",
    [
        psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"),
        psycopg.errors.DeadlockDetected("deadlock detected"),
        psycopg.errors.SerializationFailure("could not serialize access"),
    ],
)
def test_postgres_busy_errors_are_a_503_to_send_again(orig: Exception) -> None:
    exc = _wrapped(orig)
    assert isinstance(exc, sa.exc.OperationalError)  # as SQLAlchemy wraps them
    answer = answer_for(exc)
    assert answer.status == 503 and int(answer.headers["Retry-After"]) > 0
    assert "busy" in answer.detail and "lost" in answer.detail


def test_postgres_disk_full_is_a_507() -> None:
    answer = answer_for(_wrapped(psycopg.errors.DiskFull('could not extend file "base/1/2"')))
    assert answer.status == 507 and "disk is full" in answer.detail


def test_other_postgres_errors_are_not_called_busy() -> None:
    answer = answer_for(_wrapped(psycopg.errors.UndefinedTable('relation "x" does not exist')))
    assert answer.status == 500 and "busy" not in answer.detail
    integrity = answer_for(_wrapped(psycopg.errors.UniqueViolation("duplicate key value")))
    assert integrity.status == 500 and "Nothing you sent was lost" in integrity.detail


@pytest.fixture
def pg(postgres: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A migrated PostgreSQL database with two accounts, waiting 300 ms for a lock."""
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 300)
    url = postgres.create_database()
    db = Database(url)
    for n in (1, 2):
        db.call(
            accounts.create_user,
            email=f"u{n}@example.com",
            name=f"U{n}",
            role="candidate",
            password_hash="h",
        )
    yield db
    db.dispose()
    postgres.drop_database(url)


def _in_threads(*steps: Callable[[], None]) -> list[BaseException]:
    failures: list[BaseException] = []

    def run(step: Callable[[], None]) -> None:
        try:
            step()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return failures


def test_a_lock_held_too_long_on_postgres_is_a_503(pg: Database) -> None:
    with pg.engine.connect() as other:
        other.exec_driver_sql("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(sa.exc.OperationalError) as caught:
            pg.call(accounts.count_users)
        other.rollback()
    assert getattr(caught.value.orig, "sqlstate", None) == "55P03"
    assert answer_for(caught.value).status == 503
    assert pg.call(accounts.count_users) == 2  # and once it is free, all is well


def test_a_real_deadlock_on_postgres_is_a_503(pg: Database) -> None:
    both_locked = threading.Barrier(2)

    def writer(first: int, second: int) -> Callable[[], None]:
        def step() -> None:
            with pg.engine.begin() as conn:
                conn.exec_driver_sql("SET lock_timeout = 0")  # wait: the deadlock check decides
                conn.execute(sa.text("UPDATE users SET name = 'x' WHERE id = :id"), {"id": first})
                both_locked.wait()
                conn.execute(sa.text("UPDATE users SET name = 'y' WHERE id = :id"), {"id": second})

        return step

    failures = _in_threads(writer(1, 2), writer(2, 1))
    assert len(failures) == 1, failures  # PostgreSQL broke the cycle by failing one of them
    (failure,) = failures
    assert isinstance(failure, sa.exc.OperationalError)
    assert getattr(failure.orig, "sqlstate", None) == "40P01"
    assert answer_for(failure).status == 503


def test_a_real_serialization_failure_on_postgres_is_a_503(pg: Database) -> None:
    with pg.engine.connect() as first, pg.engine.connect() as second:
        for conn in (first, second):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            conn.execute(sa.text("SELECT name FROM users WHERE id = 1")).scalar()
        first.execute(sa.text("UPDATE users SET name = 'first' WHERE id = 1"))
        first.commit()
        with pytest.raises(sa.exc.OperationalError) as caught:
            second.execute(sa.text("UPDATE users SET name = 'second' WHERE id = 1"))
        second.rollback()
    assert getattr(caught.value.orig, "sqlstate", None) == "40001"
    answer = answer_for(caught.value)
    assert answer.status == 503 and answer.headers["Retry-After"]
    names: Any = pg.call(accounts.get_user_by_email, email="u1@example.com")
    assert names.name == "first"
