"""``interviewer db upgrade [--sql] | db current``: on the database under test (SQLite or
PostgreSQL), and the SQL a DBA reviews for each kind of database."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.cli import main
from server.store.db import create_db_engine
from server.store.migrations import current, revisions
from tests.helpers import legacy_migrations as legacy


@pytest.fixture
def blank(blank_database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", blank_database_url)
    return blank_database_url


def test_current_then_upgrade_then_current(blank: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "current"]) == 0
    out = capsys.readouterr().out
    assert "blank database" in out and f"pending: {', '.join(revisions())}" in out
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.startswith(f"applied {', '.join(revisions())};")
    assert main(["db", "upgrade"]) == 0
    assert f"nothing to do: the database is at {revisions()[-1]}" in capsys.readouterr().out
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out == f"{revisions()[-1]}\nup to date\n"


def test_current_names_a_database_of_the_old_migrations(
    blank: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = create_db_engine(blank)
    legacy.migrate(engine, upto="004_id_allocations")
    assert main(["db", "current"]) == 0
    out = capsys.readouterr().out
    assert "004_id_allocations (recorded by the migrations before Alembic" in out
    assert "pending: 005_kiosks" in out
    assert current(engine) is None  # `current` only looked
    assert main(["db", "upgrade"]) == 0
    assert "applied 005_kiosks" in capsys.readouterr().out
    assert current(engine) == revisions()[-1]
    engine.dispose()


@pytest.mark.parametrize(
    ("url", "marks"),
    [
        ("postgresql+psycopg://interviewer@db.example/interviewer", ["BEGIN;", "SERIAL"]),
        ("sqlite:///never-opened.db", ["CREATE TABLE users", "DATETIME"]),
    ],
)
def test_upgrade_sql_prints_the_ddl_and_connects_to_nothing(
    url: str,
    marks: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The host in the PostgreSQL URL does not exist: nothing is connected."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", url)
    assert main(["db", "upgrade", "--sql"]) == 0
    out = capsys.readouterr().out
    for mark in marks:
        assert mark in out
    for name in revisions():
        assert f"-> {name}" in out
    assert "INSERT INTO id_allocations" in out
    assert (
        main(["db", "upgrade", "--sql", "--from", "003_trust", "--to", "004_id_allocations"]) == 0
    )
    part = capsys.readouterr().out
    assert "CREATE TABLE id_allocations" in part and "CREATE TABLE kiosks" not in part
    assert not (tmp_path / "never-opened.db").exists()


def test_upgrade_sql_options_are_checked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", "sqlite:///never-opened.db")
    assert main(["db", "upgrade", "--from", "003_trust"]) == 2
    assert "go with --sql" in capsys.readouterr().err
    assert main(["db", "upgrade", "--sql", "--from", "042_nothing"]) == 2
    assert "no revision named '042_nothing'" in capsys.readouterr().err
