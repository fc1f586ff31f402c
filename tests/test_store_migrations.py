"""Migrations (Alembic): from a blank database and from an older schema, on SQLite and on
PostgreSQL; databases migrated by the hand-written migrations before Alembic adopted
where they stand; the same schema either way; PostgreSQL's migration lock; the SQL a DBA
reviews; SQLite's settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from sqlmodel import SQLModel

from server.errors import ConfigError
from server.store import db as db_module
from server.store import (
    tables,  # noqa: F401  (registers the tables)
)
from server.store.db import Database, create_db_engine
from server.store.migrations import (
    ADVISORY_LOCK_KEY,
    applied,
    current,
    migrate,
    revisions,
    upgrade_sql,
)
from tests.helpers import legacy_migrations as legacy
from tests.helpers.postgres import Cluster

BOOKKEEPING = {"alembic_version", "schema_migrations"}
OLD_NAMES = [name for name, _ in legacy.MIGRATIONS]
NEW_NAMES = [
    "006_contact_email",
    "007_shared_state",
    "008_assessments",
    "009_attempts",
]  # revisions made after Alembic came in
HEAD = NEW_NAMES[-1]


@pytest.fixture(params=["sqlite", "postgres"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new database in the test cluster."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    cluster: Cluster = request.getfixturevalue("postgres")
    url = cluster.create_database(migrated=False)
    yield url
    cluster.drop_database(url)


@pytest.fixture
def engine(blank_url: str) -> Iterator[sa.Engine]:
    made = create_db_engine(blank_url)
    yield made
    made.dispose()


def _columns(engine: sa.Engine) -> dict[str, set[str]]:
    inspector = sa.inspect(engine)
    return {
        name: {c["name"] for c in inspector.get_columns(name)}
        for name in inspector.get_table_names()
        if name not in BOOKKEEPING
    }


def _schema(engine: sa.Engine) -> dict[str, dict[str, Any]]:
    """Everything a schema is made of, as the database itself reports it."""
    inspector = sa.inspect(engine)
    schema = {}
    for name in sorted(set(inspector.get_table_names()) - BOOKKEEPING):
        schema[name] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                for c in inspector.get_columns(name)
            ],
            "primary_key": inspector.get_pk_constraint(name)["constrained_columns"],
            "foreign_keys": sorted(
                (
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    fk.get("options", {}).get("ondelete"),
                )
                for fk in inspector.get_foreign_keys(name)
            ),
            "indexes": sorted(
                (str(i["name"]), tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(name)
            ),
            "unique": sorted(
                (str(u["name"]), tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(name)
            ),
        }
    return schema


def _seed_old_rows(engine: sa.Engine) -> None:
    """A user, a job, an interview and a message, written as the 001 schema had them."""
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
                "INSERT INTO messages (id, interview_id, seq, role, text, client_id, changed,"
                " created_at) VALUES (1, 1, 1, 'candidate', 'kept words', 'c1', '[]',"
                " '2024-01-01 00:00:00')"
            )
        )


def test_the_revisions_keep_the_old_migration_names() -> None:
    assert revisions()[: len(OLD_NAMES)] == OLD_NAMES
    assert revisions()[len(OLD_NAMES) :] == NEW_NAMES


def test_blank_database_gets_every_table_the_code_uses(engine: sa.Engine) -> None:
    assert migrate(engine) == revisions()
    expected = {t.name: {c.name for c in t.columns} for t in SQLModel.metadata.sorted_tables}
    assert _columns(engine) == expected
    assert migrate(engine) == []  # idempotent
    assert applied(engine) == revisions()
    assert current(engine) == HEAD


def test_alembic_builds_the_schema_the_old_migrations_built(
    blank_url: str, tmp_path: Path, postgres: Cluster
) -> None:
    """The same tables, columns, types, defaults, keys and indexes, on each database."""
    new = create_db_engine(blank_url)
    if blank_url.startswith("sqlite"):
        old_url = f"sqlite:///{tmp_path / 'legacy.db'}"
    else:
        old_url = postgres.create_database(migrated=False)
    old = create_db_engine(old_url)
    try:
        migrate(new, upto=OLD_NAMES[-1])
        assert legacy.migrate(old) == OLD_NAMES
        assert _schema(new) == _schema(old)
    finally:
        new.dispose()
        old.dispose()


def test_old_schema_upgrades_without_losing_data(engine: sa.Engine) -> None:
    assert migrate(engine, upto="001_initial") == ["001_initial"]
    assert "response" not in _columns(engine)["messages"]
    _seed_old_rows(engine)
    assert migrate(engine) == revisions()[1:]
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT text, client_id, response FROM messages")).one()
    assert tuple(row) == ("kept words", "c1", None)


def test_a_database_of_the_old_migrations_is_stamped_where_it_stands(engine: sa.Engine) -> None:
    """Migrated by hand-written code up to 003: adopted at 003, upgraded from there."""
    legacy.migrate(engine, upto="003_trust")
    _seed_old_rows(engine)
    assert migrate(engine) == ["004_id_allocations", "005_kiosks", *NEW_NAMES]
    assert current(engine) == HEAD
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT table_name, last_id FROM id_allocations"))
        allocated = {name: last for name, last in rows}
        assert allocated == {"users": 1, "jobs": 1, "interviews": 1}
        assert conn.execute(sa.text("SELECT text FROM messages")).scalar() == "kept words"
    assert migrate(engine) == []


async def test_the_app_starts_on_a_database_the_old_code_migrated_to_005(
    blank_url: str, tmp_path: Path
) -> None:
    """The old code path up to 005 and an account made then; the new app starts on it,
    migrates only what came after, and the account logs in."""
    import httpx

    from server.app import create_app
    from server.settings import Settings
    from tests.helpers.engine import schema_responder

    db = Database(blank_url)
    assert legacy.migrate(db.engine) == OLD_NAMES
    with db.engine.begin() as conn:  # the columns of then: today's User has more
        conn.execute(
            sa.text(
                "INSERT INTO users (id, email, name, role, password_hash, created_at)"
                " VALUES (1, 'old@example.com', 'Old Timer', 'candidate', :hash,"
                " '2024-01-01 00:00:00')"
            ),
            {"hash": PasswordHasher().hash("correct horse")},
        )
    db.dispose()

    from server.engine.fake import ScriptedEngine

    settings = Settings(
        database_url=blank_url,
        models_dir=tmp_path / "models",
        allowed_hosts="testserver.local",
    )
    app = create_app(settings, engine=ScriptedEngine(responder=schema_responder))
    async with app.lifespan():
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
        async with httpx.AsyncClient(
            transport=transport, base_url="http://testserver.local"
        ) as client:
            r = await client.post(
                "/api/auth/login", json={"email": "old@example.com", "password": "correct horse"}
            )
            assert r.status_code == 200, r.text
            assert (await client.get("/api/me")).json()["name"] == "Old Timer"
        engine = app.state.db.engine
        assert current(engine) == HEAD
        with engine.connect() as conn:  # the old bookkeeping is left as it was
            names = {row[0] for row in conn.execute(sa.text("SELECT name FROM schema_migrations"))}
        assert names == set(OLD_NAMES)


def test_a_newer_database_is_refused(engine: sa.Engine) -> None:
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '999_future'"))
    with pytest.raises(ConfigError, match="newer interviewer"):
        migrate(engine)


def test_a_newer_database_of_the_old_migrations_is_refused(engine: sa.Engine) -> None:
    legacy.migrate(engine)
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


def test_the_upgrade_sql_builds_the_same_schema(postgres: Cluster) -> None:
    """What ``interviewer db upgrade --sql`` prints, run by hand on a blank PostgreSQL
    database, gives the schema the app's own migration gives, at the same revision."""
    script = upgrade_sql("postgresql+psycopg://")
    assert "CREATE TABLE users" in script and "BEGIN;" in script and "COMMIT;" in script
    assert "INSERT INTO alembic_version (version_num) VALUES ('001_initial')" in script
    by_hand, by_app = postgres.create_database(migrated=False), postgres.create_database()
    manual, migrated = create_db_engine(by_hand), create_db_engine(by_app)
    try:
        with manual.connect() as conn:
            conn.connection.driver_connection.execute(script)  # type: ignore[union-attr]
            conn.commit()
        assert current(manual) == HEAD
        assert _schema(manual) == _schema(migrated)
        assert migrate(manual) == []
    finally:
        manual.dispose()
        migrated.dispose()


def test_the_upgrade_sql_starts_where_it_is_told() -> None:
    script = upgrade_sql("sqlite://", start="004_id_allocations")
    assert "CREATE TABLE kiosks" in script and "CREATE TABLE users" not in script
    with pytest.raises(ConfigError, match="no revision named"):
        upgrade_sql("sqlite://", start="nope")


def test_postgres_migrations_wait_for_the_advisory_lock(
    postgres: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration waits while another process holds the lock, longer than the lock
    timeout of the app's statements; then finds its work."""
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 200)
    url = postgres.create_database(migrated=False)
    engine, holder = create_db_engine(url), create_db_engine(url)
    result: list[list[str]] = []
    try:
        with holder.connect() as held:
            held.execute(sa.select(sa.func.pg_advisory_lock(ADVISORY_LOCK_KEY)))
            worker = threading.Thread(target=lambda: result.append(migrate(engine)))
            worker.start()
            worker.join(1.0)
            assert worker.is_alive() and result == []  # waiting, nothing done
            assert _columns(engine) == {}
            held.execute(sa.select(sa.func.pg_advisory_unlock(ADVISORY_LOCK_KEY)))
        worker.join(30)
        assert result == [revisions()]
    finally:
        engine.dispose()
        holder.dispose()


def test_postgres_processes_starting_together_migrate_once(postgres: Cluster) -> None:
    url = postgres.create_database(migrated=False)
    engines = [create_db_engine(url) for _ in range(4)]
    results: list[list[str]] = []
    failures: list[BaseException] = []
    go = threading.Barrier(len(engines))

    def start(engine: sa.Engine) -> None:
        go.wait()
        try:
            results.append(migrate(engine))
        except BaseException as exc:
            failures.append(exc)

    workers = [threading.Thread(target=start, args=(e,)) for e in engines]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    for engine in engines:
        engine.dispose()
    assert failures == []
    assert sorted(results, key=len) == [[], [], [], revisions()]


@pytest.mark.sqlite
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


def test_postgres_waits_for_a_lock_a_bounded_time(postgres: Cluster) -> None:
    db = Database(postgres.create_database())
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "10s"
    finally:
        db.dispose()


def test_a_bad_database_url_says_what_to_do() -> None:
    with pytest.raises(ConfigError, match="INTERVIEWER_DATABASE_URL"):
        create_db_engine("not a url")


def test_a_missing_database_driver_says_what_to_install() -> None:
    with pytest.raises(ConfigError, match=r"offline-interviewer\[postgres\]"):
        create_db_engine("postgresql+pg8000://user@localhost/db")


def test_attempts_upgrade_keeps_interviews_and_their_transcripts(
    engine: sa.Engine, blank_url: str, tmp_path: Path, postgres: Cluster
) -> None:
    """From 008 with an interview, its message and a judged point: each interview becomes
    attempt 1, nothing that refers to it is lost (SQLite rebuilds the table), a second
    attempt is accepted and a duplicate attempt refused; the table ends as the code
    declares it."""
    assert migrate(engine, upto="008_assessments")[-1] == "008_assessments"
    _seed_old_rows(engine)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO assessments (id, interview_id, question_key, point_index, point,"
                " weight, model_judgement, model_name, judged_at, judgement) VALUES"
                " (1, 1, 'q', 0, 'p', 1.0, 'covered', 'm', '2024-01-01 00:00:00', 'covered')"
            )
        )
    assert migrate(engine) == ["009_attempts"]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT id, attempt FROM interviews")).all() == [(1, 1)]
        assert conn.execute(sa.text("SELECT text FROM messages")).scalar() == "kept words"
        assert conn.execute(sa.text("SELECT interview_id FROM assessments")).scalar() == 1
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    second = (
        "INSERT INTO interviews (id, job_id, candidate_id, job_spec, state, phase, version,"
        " model_name, model_sha256, decoding, prompt_version, grammar_version, created_at,"
        " updated_at, attempt) VALUES ({id}, 1, 1, '{{}}', '{{}}', 'interview', 1, 'm', 's',"
        " '{{}}', 'p', 'g', '2024-01-02 00:00:00', '2024-01-02 00:00:00', {attempt})"
    )
    with engine.begin() as conn:
        conn.execute(sa.text(second.format(id=2, attempt=2)))
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(sa.text(second.format(id=3, attempt=2)))
    # The same table, keys and indexes as a database made from the code's tables.
    if blank_url.startswith("sqlite"):
        fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    else:
        fresh_url = postgres.create_database(migrated=False)
    fresh = create_db_engine(fresh_url)
    try:
        SQLModel.metadata.create_all(fresh)
        migrated, declared = _schema(engine)["interviews"], _schema(fresh)["interviews"]
        # Added columns come last in the table; the code declares them where they read best.
        for schema in (migrated, declared):
            schema["columns"] = sorted(schema["columns"])
        assert migrated == declared
    finally:
        fresh.dispose()
