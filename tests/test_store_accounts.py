"""Store functions for accounts, sessions and interviews, on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from server.engine.base import ModelInfo
from server.interview.default_job import DEFAULT_JOB
from server.store import accounts, interviews, jobs
from server.store.db import Database
from server.store.tables import utcnow


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'store.db'}")
    database.migrate()
    yield database
    database.dispose()


def test_emails_are_unique_whatever_their_case(db: Database) -> None:
    db.call(
        accounts.create_user, email="Ann@X.org", name="Ann", role="candidate", password_hash="h"
    )
    with pytest.raises(accounts.EmailTaken):
        db.call(
            accounts.create_user, email=" ann@x.ORG ", name="A", role="candidate", password_hash="h"
        )
    assert db.call(accounts.get_user_by_email, email="ANN@x.org").name == "Ann"


def _login(db: Database, session_id: str, **kwargs: Any) -> accounts.LogIn | None:
    limits = {"idle": timedelta(minutes=30), "kiosk_idle": timedelta(seconds=150)}
    return db.call(accounts.session_login, session_id=session_id, **(limits | kwargs))


def test_sessions_expire_rotate_and_end_with_a_new_password(db: Database) -> None:
    user = db.call(
        accounts.create_user, email="a@x.org", name="A", role="employer", password_hash="h"
    )
    db.call(accounts.create_session, session_id="one", user_id=user.id, ttl=timedelta(hours=1))
    login = _login(db, "one")
    assert login is not None and login.user.id == user.id and login.kiosk_id is None
    db.call(
        accounts.create_session,
        session_id="two",
        user_id=user.id,
        ttl=timedelta(hours=1),
        replaces="one",
    )
    assert _login(db, "one") is None
    later = utcnow() + timedelta(hours=2)
    assert _login(db, "two", now=later) is None
    db.call(accounts.create_session, session_id="three", user_id=user.id, ttl=timedelta(hours=1))
    db.call(accounts.set_password, user_id=user.id, password_hash="new")
    assert _login(db, "three") is None


def test_a_log_in_ends_when_idle_and_a_kiosk_one_sooner(db: Database) -> None:
    user = db.call(
        accounts.create_user, email="k@x.org", name="K", role="candidate", password_hash="h"
    )
    day = timedelta(hours=24)
    db.call(accounts.create_session, session_id="desk", user_id=user.id, ttl=day)
    db.call(accounts.create_session, session_id="kiosk", user_id=user.id, ttl=day, kiosk_id=7)
    soon = utcnow() + timedelta(minutes=5)
    kiosk = _login(db, "kiosk", now=soon)
    assert kiosk is None  # 5 minutes without a request is past a kiosk's 150 s
    desk = _login(db, "desk", now=soon)
    assert desk is not None and desk.kiosk_id is None
    # The request at +5 min counts as activity: 29 minutes after it the log-in still lives.
    assert _login(db, "desk", now=soon + timedelta(minutes=29)) is not None
    assert _login(db, "desk", now=soon + timedelta(minutes=29 + 31)) is None
    assert _login(db, "desk") is None  # an idle log-in is deleted, not only refused


def test_one_interview_per_candidate_and_job_and_messages_keep_order(db: Database) -> None:
    boss = db.call(
        accounts.create_user, email="b@x.org", name="B", role="employer", password_hash="h"
    )
    cand = db.call(
        accounts.create_user, email="c@x.org", name="C", role="candidate", password_hash="h"
    )
    job = db.call(jobs.create_job, employer_id=boss.id, spec=DEFAULT_JOB)
    info = ModelInfo(name="m", sha256="a" * 64, n_ctx=4096, decoding={"sampler": "greedy"})
    made = db.call(
        interviews.create_interview,
        job=job,
        candidate_id=cand.id,
        state={},
        phase="interview",
        greeting="Hello",
        model=info,
        prompt_version="p1",
        grammar_version="g1",
    )
    assert made.model_sha256 == "a" * 64 and made.decoding == {"sampler": "greedy"}
    with pytest.raises(sa.exc.IntegrityError):
        db.call(
            interviews.create_interview,
            job=job,
            candidate_id=cand.id,
            state={},
            phase="interview",
            greeting="Hello",
            model=info,
            prompt_version="p1",
            grammar_version="g1",
        )
    first = db.call(
        interviews.add_candidate_message, interview_id=made.id, text="hi", client_id="k"
    )
    with pytest.raises(sa.exc.IntegrityError):
        db.call(interviews.add_candidate_message, interview_id=made.id, text="hi", client_id="k")
    db.call(
        interviews.record_reply,
        interview_id=made.id,
        expected_version=1,
        message_id=first.id,
        reply="Thanks",
        state={"x": 1},
        phase="interview",
        changed=["linkedin_url"],
    )
    with pytest.raises(interviews.StaleInterview):
        db.call(
            interviews.update_state,
            interview_id=made.id,
            expected_version=1,
            state={},
            phase="summary",
        )
    texts = [
        (m.seq, m.role, m.text) for m in db.call(interviews.list_messages, interview_id=made.id)
    ]
    assert texts == [
        (0, "interviewer", "Hello"),
        (1, "candidate", "hi"),
        (2, "interviewer", "Thanks"),
    ]
