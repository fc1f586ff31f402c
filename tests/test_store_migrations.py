"""Migrations from a blank database and from an older schema; SQLite's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from server.errors import ConfigError
from server.store import tables  # noqa: F401  (registers the tables)
from server.store.db import Database, create_db_engine
from server.store.migrations import MIGRATIONS, applied, migrate


def _columns(engine: sa.Engine) -> dict[str, set[str]]:
    inspector = sa.inspect(engine)
    return {
        name: {c["name"] for c in inspector.get_columns(name)}
        for name in inspector.get_table_names()
        if name != "schema_migrations"
    }


def test_blank_database_gets_every_table_the_code_uses(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'blank.db'}")
    assert migrate(engine) == [name for name, _ in MIGRATIONS]
    expected = {t.name: {c.name for c in t.columns} for t in SQLModel.metadata.sorted_tables}
    assert _columns(engine) == expected
    assert migrate(engine) == []  # idempotent
    assert applied(engine) == [name for name, _ in MIGRATIONS]


def test_old_schema_upgrades_without_losing_data(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine, upto="001_initial")
    assert "response" not in _columns(engine)["messages"]
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO users (id, email, name, role, password_hash, created_at)"
                " VALUES (1, 'a@b.c', 'A', 'candidate', 'h', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO jobs (id, employer_id, title, spec, created_at, updated_at)"
                " VALUES (1, 1, 'J', '{}', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO interviews (id, job_id, candidate_id, job_spec, state, phase, version,"
                " model_name, model_sha256, decoding, prompt_version, grammar_version,"
                " created_at, updated_at) VALUES (1, 1, 1, '{}', '{}', 'interview', 1, 'm', 's',"
                " '{}', 'p', 'g', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO messages (interview_id, seq, role, text, client_id, changed,"
                " created_at) VALUES (1, 1, 'candidate', 'kept words', 'c1', '[]',"
                " '2024-01-01 00:00:00')"
            )
        )
    assert migrate(engine) == [name for name, _ in MIGRATIONS[1:]]
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT text, client_id, response FROM messages")).one()
    assert tuple(row) == ("kept words", "c1", None)


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'new.db'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO schema_migrations (name, applied_at)"
                " VALUES ('999_future', '2030-01-01 00:00:00')"
            )
        )
    with pytest.raises(ConfigError, match="newer interviewer"):
        migrate(engine)


def test_unknown_target_migration_is_an_error(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(ValueError, match="no migration named"):
        migrate(engine, upto="nope")


def test_sqlite_is_durable_and_checks_foreign_keys(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'durable.db'}")
    db.migrate()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO auth_sessions (id, user_id, created_at, expires_at, last_seen_at)"
                " VALUES ('x', 42, '2024-01-01', '2024-01-02', '2024-01-01')"
            )
        )
    db.dispose()


def test_a_bad_database_url_says_what_to_do() -> None:
    with pytest.raises(ConfigError, match="INTERVIEWER_DATABASE_URL"):
        create_db_engine("not a url")
