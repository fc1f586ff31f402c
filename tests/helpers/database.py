"""Looking into the app's database from a test, as another process would: through a
connection of its own, on SQLite or PostgreSQL alike (``INTERVIEWER_TEST_DATABASE``).

SQL is SQLAlchemy's ``text`` with ``:name`` parameters; rows come back as tuples.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from server.store.db import create_db_engine


@contextmanager
def connect(url: str) -> Iterator[sa.Connection]:
    """A connection of another client; committed when the block ends without an error."""
    engine = create_db_engine(url)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def rows(url: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with connect(url) as conn:
        return [tuple(row) for row in conn.execute(sa.text(sql), params)]


def execute(url: str, sql: str, **params: Any) -> None:
    with connect(url) as conn:
        conn.execute(sa.text(sql), params)


@contextmanager
def write_locked(url: str) -> Iterator[None]:
    """Another process holds the lock every write needs, until the block ends: SQLite's
    file lock (BEGIN EXCLUSIVE), or PostgreSQL's table locks on the tables a turn writes."""
    engine = create_db_engine(url)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("BEGIN EXCLUSIVE")
        else:
            cursor.execute("LOCK TABLE interviews, messages IN ACCESS EXCLUSIVE MODE")
        yield
    finally:
        raw.rollback()
        raw.close()
        engine.dispose()
