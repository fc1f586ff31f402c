"""Schema migrations: Alembic revisions, run by the app at every start.

The revisions live in ``server/store/alembic/versions`` (one file each, oldest first);
their ids are the names the hand-written migrations had (``001_initial`` …
``005_kiosks``), so a database migrated before Alembic came in is adopted where it
stands: its ``schema_migrations`` table names its last migration, and the database is
stamped at that revision on the first start, then upgraded from there. That table is
left in place (nothing reads it any more).

On PostgreSQL the whole run holds a session-level advisory lock, so processes started
together migrate one after the other; the second finds nothing left to do. On SQLite
the migrations run as they always did (the app's one writer thread, each revision in
its own transaction).

``upgrade_sql`` is Alembic's offline mode: every statement an upgrade would run, for a
DBA to review or to run by hand (``interviewer db upgrade --sql``).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from server.errors import ConfigError

if TYPE_CHECKING:  # imported where used, after _quiet_alembic (its import logs)
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

SCRIPTS = Path(__file__).parent / "alembic"
# pg_advisory_lock's key for migrations: any constant no other code uses ("intvwmig").
ADVISORY_LOCK_KEY = 0x696E7476776D6967
# The bookkeeping of the hand-written migrations (before Alembic).
LEGACY_TABLE = "schema_migrations"


class _OnlySteps(logging.Filter):
    """Alembic's INFO lines less its set-up chatter (logged at its import, and at each
    connection): which revision runs stays in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or record.getMessage().startswith("Running ")


_ONLY_STEPS = _OnlySteps()


def _quiet_alembic() -> None:
    for name in ("alembic.runtime.migration", "alembic.runtime.plugins"):
        logger = logging.getLogger(name)
        if _ONLY_STEPS not in logger.filters:
            logger.addFilter(_ONLY_STEPS)


def _config(**attributes: object) -> Config:
    _quiet_alembic()
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes.update(attributes)
    return config


def _scripts() -> ScriptDirectory:
    config = _config()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config)


def revisions() -> list[str]:
    """Every revision id, oldest first."""
    return [script.revision for script in reversed(list(_scripts().walk_revisions()))]


def _context(conn: Connection) -> MigrationContext:
    _quiet_alembic()
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn)


def _current(conn: Connection) -> str | None:
    revision = _context(conn).configure(conn).get_current_revision()
    conn.commit()
    if revision is not None and revision not in revisions():
        raise ConfigError(
            f"the database is at revision {revision!r}, which this version does not know;"
            " it was written by a newer interviewer: upgrade the interviewer"
        )
    return revision


def _upto(revision: str | None) -> list[str]:
    """The revisions applied to a database at ``revision``, oldest first."""
    names = revisions()
    return [] if revision is None else names[: names.index(revision) + 1]


@contextmanager
def _migration_lock(conn: Connection) -> Iterator[None]:
    """Hold PostgreSQL's advisory lock for migrations on ``conn`` (nothing on SQLite)."""
    if conn.dialect.name != "postgresql":
        yield
        return
    # Wait as long as another process migrates (the lock_timeout is for the app's statements,
    # and again for the migrations' own), then hold the lock for the session.
    conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
    conn.execute(sa.select(sa.func.pg_advisory_lock(ADVISORY_LOCK_KEY)))
    conn.commit()  # the lock is the session's: it outlives this transaction
    try:
        yield
    finally:
        try:
            conn.rollback()
            conn.execute(sa.select(sa.func.pg_advisory_unlock(ADVISORY_LOCK_KEY)))
            conn.commit()
        except sa.exc.DBAPIError:
            conn.invalidate()  # closing the connection releases the lock


def _legacy_last(conn: Connection) -> str | None:
    """The last hand-written migration of a database Alembic has not adopted yet."""
    inspector = sa.inspect(conn)
    has_alembic = inspector.has_table("alembic_version")
    has_legacy = inspector.has_table(LEGACY_TABLE)
    conn.commit()
    if has_alembic or not has_legacy:
        return None
    done = [row[0] for row in conn.execute(sa.text(f"SELECT name FROM {LEGACY_TABLE}"))]  # noqa: S608
    conn.commit()
    names = revisions()
    unknown = set(done) - set(names)
    if unknown:
        raise ConfigError(
            "the database has migrations this version does not know"
            f" ({', '.join(sorted(unknown))});"
            " it was written by a newer interviewer: upgrade the interviewer"
        )
    return max(done, key=names.index) if done else None


def _adopt_legacy(conn: Connection) -> None:
    """Stamp a database migrated by the hand-written migrations at its last one."""
    last = _legacy_last(conn)
    if last is None:
        return
    with conn.begin():
        _context(conn).stamp(_scripts(), last)
    log.info("database migrated before Alembic, up to %s: stamped at that revision", last)


def applied(engine: Engine) -> list[str]:
    """The revisions applied to the database, oldest first."""
    with engine.connect() as conn:
        return _upto(_current(conn))


def current(engine: Engine) -> str | None:
    """The database's revision (None for a blank database)."""
    with engine.connect() as conn:
        return _current(conn)


def legacy_revision(engine: Engine) -> str | None:
    """For a database the hand-written migrations made and Alembic has not adopted yet,
    its last migration (the revision it will be stamped at); else None."""
    with engine.connect() as conn:
        return _legacy_last(conn)


def migrate(engine: Engine, *, upto: str | None = None) -> list[str]:
    """Apply every pending revision (or those up to ``upto``), each in its own transaction.

    Returns the revisions applied now. Safe to run on every start, and from several
    processes at once on PostgreSQL.
    """
    names = revisions()
    if upto is not None and upto not in names:
        raise ValueError(f"no migration named {upto!r}; known: {', '.join(names)}")
    with engine.connect() as conn, _migration_lock(conn):
        _adopt_legacy(conn)
        before = _upto(_current(conn))
        if upto is not None and upto in before:
            return []
        config = _config(connection=conn)
        from alembic import command

        with _sqlite_foreign_keys_off(conn):
            command.upgrade(config, upto or "head")
            conn.commit()
        after = _upto(_current(conn))
    return after[len(before) :]


@contextmanager
def _sqlite_foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite's foreign keys off while its revisions run, checked and back on after.

    A revision that rebuilds a table (SQLite cannot drop a constraint) drops the old one;
    with foreign keys on, that drop would delete the rows that refer to it. The pragma
    only takes effect outside a transaction: it is set on the driver's connection, which
    runs in autocommit (``server.store.db``)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("the SQLite connection is closed")
    conn.commit()
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
        broken = driver.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ConfigError(
                f"the migration left {len(broken)} rows whose references are broken"
                f" (first: {tuple(broken[0])}); restore the database from its backup"
            )
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


def upgrade_sql(url: str, *, start: str | None = None, upto: str | None = None) -> str:
    """The SQL of an upgrade from ``start`` (default: a blank database) to ``upto``
    (default: the newest revision), for the dialect of ``url``; nothing is connected."""
    names = revisions()
    for given in (start, upto):
        if given is not None and given not in names:
            raise ConfigError(f"no revision named {given!r}; known: {', '.join(names)}")
    target = upto or "head"
    buffer = io.StringIO()
    config = _config(url=url)
    config.output_buffer = buffer
    from alembic import command

    command.upgrade(config, f"{start}:{target}" if start else target, sql=True)
    return buffer.getvalue()
