"""Row ids under concurrent writers, on the database under test (SQLite, or PostgreSQL
with INTERVIEWER_TEST_DATABASE=postgres, as ``.ci/run`` runs it)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from server.engine.base import ModelInfo
from server.interview.default_job import DEFAULT_JOB
from server.store import accounts, ids, interviews, jobs
from server.store.db import Database

WRITERS = 8
EACH = 5


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.migrate()  # a new SQLite file has no tables yet; a no-op on PostgreSQL's
    yield database
    database.dispose()


def _at_once(work: Callable[[int], object], args: list[int]) -> list[BaseException]:
    """``work(a)`` for each ``a`` in a thread of its own, all released together; what
    they raised."""
    start = threading.Barrier(len(args))
    failures: list[BaseException] = []

    def run(arg: int) -> None:
        start.wait()
        try:
            work(arg)
        except BaseException as exc:  # reported by the caller
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(arg,)) for arg in args]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return failures


def test_concurrent_registrations_each_get_an_account_and_an_id_of_their_own(
    db: Database,
) -> None:
    # Reading the counter and writing it back in two statements gave two PostgreSQL
    # transactions the same id: one registration failed on the primary key and was taken
    # for "that e-mail registered already", so the account was never made.
    def register(writer: int) -> None:
        for n in range(EACH):
            db.call(
                accounts.create_user,
                email=f"w{writer}-{n}@example.org",
                name=f"W{writer} {n}",
                role="candidate",
                password_hash="h",
            )

    assert _at_once(register, list(range(WRITERS))) == []
    made = [
        db.call(accounts.get_user_by_email, email=f"w{w}-{n}@example.org")
        for w in range(WRITERS)
        for n in range(EACH)
    ]
    assert all(user is not None for user in made)
    assert len({user.id for user in made if user is not None}) == WRITERS * EACH


def test_concurrent_interviews_open_without_an_error(db: Database) -> None:
    boss = db.call(
        accounts.create_user, email="boss@example.org", name="B", role="employer", password_hash="h"
    )
    job = db.call(jobs.create_job, employer_id=boss.id, spec=DEFAULT_JOB)
    people = [
        db.call(
            accounts.create_user,
            email=f"c{n}@example.org",
            name=f"C{n}",
            role="candidate",
            password_hash="h",
        )
        for n in range(WRITERS)
    ]
    info = ModelInfo(name="m", sha256="a" * 64, n_ctx=4096, decoding={"sampler": "greedy"})
    opened: list[int] = []

    def open_one(candidate_id: int) -> None:
        made = db.call(
            interviews.create_interview,
            job=job,
            candidate_id=candidate_id,
            state={},
            phase="interview",
            greeting="Hello",
            model=info,
            prompt_version="p1",
            grammar_version="g1",
        )
        opened.append(made.id or 0)

    assert _at_once(open_one, [p.id or 0 for p in people]) == []
    assert len(set(opened)) == WRITERS


def test_the_counter_starts_above_rows_made_before_it(db: Database) -> None:
    """A database that had rows before the counter (or lost it) counts on from its
    highest id, and never hands out an id twice after a delete."""
    first = db.call(
        accounts.create_user, email="a@example.org", name="A", role="candidate", password_hash="h"
    )

    def forget_counter_and_renumber(session: sa.orm.Session) -> None:
        session.execute(sa.text("DELETE FROM id_allocations WHERE table_name = 'users'"))
        session.execute(sa.text("UPDATE users SET id = 40 WHERE id = :id"), {"id": first.id})

    db.call(forget_counter_and_renumber)
    assert db.call(ids.allocate, table="users") == 41
    # The allocation above rolled into the counter; a new account goes past it.
    second = db.call(
        accounts.create_user, email="b@example.org", name="B", role="candidate", password_hash="h"
    )
    assert second.id == 42

    def delete_newest(session: sa.orm.Session) -> None:
        session.execute(sa.text("DELETE FROM users WHERE id = 42"))

    db.call(delete_newest)
    third = db.call(
        accounts.create_user, email="c@example.org", name="C", role="candidate", password_hash="h"
    )
    assert third.id == 43
