"""The hand-written migrations as they were released before Alembic (frozen copy).

``server.store.migrations`` ran these, recording each name in ``schema_migrations``;
tests build databases with them to check that such a database is adopted by Alembic
(stamped at its last migration) and that Alembic builds the same schema.
Never edit: it is the old code path, kept as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from server.errors import ConfigError

Migration = tuple[str, Callable[[Connection], None]]

_APPLIED = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("applied_at", sa.DateTime(), nullable=False),
)


def _ts(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def m001_initial(conn: Connection) -> None:
    meta = sa.MetaData()
    sa.Table(
        "users",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        _ts("created_at"),
    )
    sa.Table(
        "auth_sessions",
        meta,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        _ts("created_at"),
        _ts("expires_at"),
        _ts("last_seen_at"),
    )
    sa.Table(
        "jobs",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "employer_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("spec", sa.JSON(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
    )
    sa.Table(
        "interviews",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "job_id",
            sa.Integer,
            sa.ForeignKey("jobs.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "candidate_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("job_spec", sa.JSON(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("model_name", sa.String(200), nullable=False),
        sa.Column("model_sha256", sa.String(64), nullable=False),
        sa.Column("decoding", sa.JSON(), nullable=False),
        sa.Column("prompt_version", sa.String(64), nullable=False),
        sa.Column("grammar_version", sa.String(64), nullable=False),
        sa.Column("bid_cents", sa.BigInteger, nullable=True),
        _ts("confirmed_at", nullable=True),
        _ts("submitted_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.UniqueConstraint("job_id", "candidate_id", name="uq_interview_job_candidate"),
    )
    sa.Table(
        "messages",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column(
            "reply_to", sa.Integer, sa.ForeignKey("messages.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("changed", sa.JSON(), nullable=False),
        _ts("created_at"),
        sa.UniqueConstraint("interview_id", "seq", name="uq_message_seq"),
        sa.UniqueConstraint("interview_id", "client_id", name="uq_message_client_id"),
    )
    sa.Table(
        "app_secrets",
        meta,
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False),
    )
    meta.create_all(conn)


def m002_message_response(conn: Connection) -> None:
    """Keep the response of each completed turn so a retried post can replay it."""
    conn.execute(sa.text("ALTER TABLE messages ADD COLUMN response JSON"))


def _add_column(
    conn: Connection, table: str, name: str, type_: sa.types.TypeEngine[Any], extra: str = ""
) -> None:
    ddl = type_.compile(dialect=conn.dialect)
    conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {name} {ddl} {extra}".strip()))


def m003_trust(conn: Connection) -> None:
    """Consent and retention per job, consent and review flags per interview, an audit log."""
    _add_column(conn, "jobs", "requires_consent", sa.Boolean(), "NOT NULL DEFAULT FALSE")
    _add_column(conn, "jobs", "retention_days", sa.Integer())
    _add_column(conn, "interviews", "consented_at", sa.DateTime())
    _add_column(conn, "interviews", "review_flags", sa.JSON())
    meta = sa.MetaData()
    # No foreign keys: the log outlives the accounts and records it names.
    sa.Table(
        "audit_log",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        _ts("at"),
        sa.Column("actor_id", sa.Integer, nullable=True, index=True),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("job_id", sa.Integer, nullable=True),
        sa.Column("interview_id", sa.Integer, nullable=True, index=True),
        sa.Column("candidate_id", sa.Integer, nullable=True, index=True),
        sa.Column("detail", sa.String(200), nullable=False),
    )
    meta.create_all(conn)


def m004_id_allocations(conn: Connection) -> None:
    """The highest id ever given per table, so a deleted row's id is never reused."""
    meta = sa.MetaData()
    table = sa.Table(
        "id_allocations",
        meta,
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("last_id", sa.Integer, nullable=False),
    )
    meta.create_all(conn)
    for name in ("users", "jobs", "interviews"):
        highest = conn.execute(sa.text(f"SELECT max(id) FROM {name}")).scalar()
        conn.execute(table.insert().values(table_name=name, last_id=highest or 0))


def m005_kiosks(conn: Connection) -> None:
    """Kiosks: a job's shared-device links; which log-ins and accounts a kiosk made."""
    meta = sa.MetaData()
    sa.Table("jobs", meta, sa.Column("id", sa.Integer, primary_key=True))  # the key's target
    kiosks = sa.Table(
        "kiosks",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "job_id",
            sa.Integer,
            sa.ForeignKey("jobs.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        _ts("created_at"),
    )
    meta.create_all(conn, tables=[kiosks])
    _add_column(conn, "auth_sessions", "kiosk_id", sa.Integer())
    _add_column(conn, "users", "kiosk_id", sa.Integer())
    _add_column(conn, "users", "resume_code_hash", sa.String(64))
    conn.execute(
        sa.text("CREATE UNIQUE INDEX ix_users_resume_code_hash ON users (resume_code_hash)")
    )


MIGRATIONS: list[Migration] = [
    ("001_initial", m001_initial),
    ("002_message_response", m002_message_response),
    ("003_trust", m003_trust),
    ("004_id_allocations", m004_id_allocations),
    ("005_kiosks", m005_kiosks),
]


def applied(engine: Engine) -> list[str]:
    """Names of the migrations already applied, in the order they were applied."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table(_APPLIED.name):
            return []
        rows = conn.execute(
            sa.select(_APPLIED.c.name).order_by(_APPLIED.c.applied_at, _APPLIED.c.name)
        )
        return [row[0] for row in rows]


def migrate(engine: Engine, *, upto: str | None = None) -> list[str]:
    """Apply every pending migration (or those up to ``upto``), each in its own transaction.

    Returns the names applied now. Safe to run on every start.
    """
    names = [name for name, _ in MIGRATIONS]
    if upto is not None and upto not in names:
        raise ValueError(f"no migration named {upto!r}; known: {', '.join(names)}")
    with engine.begin() as conn:
        _APPLIED.create(conn, checkfirst=True)
    done = set(applied(engine))
    unknown = done - set(names)
    if unknown:
        raise ConfigError(
            "the database has migrations this version does not know"
            f" ({', '.join(sorted(unknown))});"
            " it was written by a newer interviewer: upgrade the interviewer"
        )
    now_applied: list[str] = []
    for name, step in MIGRATIONS:
        if name not in done:
            with engine.begin() as conn:
                step(conn)
                conn.execute(
                    _APPLIED.insert().values(
                        name=name, applied_at=datetime.now(UTC).replace(tzinfo=None)
                    )
                )
            now_applied.append(name)
        if name == upto:
            break
    return now_applied
