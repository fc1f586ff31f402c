"""A person's data: export, erasure, retention purge, and the audit log of who saw what."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from litestar.testing import AsyncTestClient

from server.cli import main
from server.settings import Settings
from server.store import audit, privacy
from server.store.db import Database
from tests.helpers import database
from tests.helpers.web import ANSWERS, JOB_BODY, complete, employer_with_job, login, plant, register

PASSWORD = "correct horse"


def _sql(settings: Settings, query: str, **params: Any) -> list[tuple[Any, ...]]:
    return database.rows(settings.database_url, query, **params)


async def _applicant(client: AsyncTestClient, job_id: int, email: str, n: int = 2) -> int:
    await register(client, email, name=email.split("@")[0])
    iid = (await client.post(f"/api/jobs/{job_id}/interview")).json()["id"]
    for k, text in enumerate(ANSWERS[:n]):
        r = await client.post(
            f"/api/interviews/{iid}/messages",
            json={"text": text, "client_id": f"{email.split('@')[0]}-{k}"},
        )
        assert r.status_code == 200
    return iid


async def test_a_candidate_downloads_everything_stored_about_them(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    job_id = await employer_with_job(web_client)
    iid = await _applicant(web_client, job_id, "jane@example.com")
    await complete(web_client, iid)
    await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 25})
    await login(web_client, "boss@example.com")
    await web_client.get(f"/api/interviews/{iid}")  # the employer looks at the record
    await login(web_client, "jane@example.com")

    r = await web_client.post("/api/me/export", json={"password": "wrong guess"})
    assert r.status_code == 403 and r.json()["detail"] == "The password is wrong."
    r = await web_client.post("/api/me/export", json={"password": "correct horse"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    data = r.json()
    assert data["format"] == "interviewer-export-1"
    assert data["account"]["email"] == "jane@example.com" and data["account"]["role"] == "candidate"
    [interview] = data["interviews"]
    assert interview["id"] == iid and interview["bid_amount"] == 25
    said = [m["text"] for m in interview["messages"] if m["role"] == "candidate"]
    assert said[:2] == ANSWERS[:2]
    assert interview["fields"]["linkedin_url"]["evidence"]
    assert interview["retention_days"] == 180
    seen = [(e["action"], e["actor_role"]) for e in data["access_log"]]
    assert ("view_interview", "employer") in seen  # who looked at my record
    assert "password_hash" not in r.text and "client_id" not in r.text
    actions = [a for (a,) in _sql(web_settings, "SELECT action FROM audit_log")]
    assert actions[-1] == "export_self"


async def test_an_employer_export_holds_their_jobs(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    data = (await web_client.post("/api/me/export", json={"password": "correct horse"})).json()
    assert [j["id"] for j in data["jobs"]] == [job_id] and data["interviews"] == []


async def test_a_candidate_deletes_their_account_and_everything_in_it(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    job_id = await employer_with_job(web_client)
    keep = await _applicant(web_client, job_id, "bob@example.com")
    gone = await _applicant(web_client, job_id, "jane@example.com", n=3)
    token = web_client.cookies["interviewer_session"]
    (jane_id,) = _sql(web_settings, "SELECT id FROM users WHERE email='jane@example.com'")[0]

    r = await web_client.request("DELETE", "/api/me", json={"password": "not it"})
    assert r.status_code == 403  # a session left open is not enough to erase an account
    assert _sql(web_settings, "SELECT count(*) FROM users WHERE id = :id", id=jane_id) == [(1,)]
    r = await web_client.request("DELETE", "/api/me", json={"password": "correct horse"})
    assert r.status_code == 200
    assert r.json() == {"deleted": True, "interviews": 1, "messages": 7, "jobs": 0}
    assert "max-age=0" in r.headers["set-cookie"].lower()
    assert _sql(web_settings, "SELECT count(*) FROM users WHERE id = :id", id=jane_id) == [(0,)]
    assert _sql(web_settings, "SELECT count(*) FROM interviews WHERE id = :id", id=gone) == [(0,)]
    assert _sql(
        web_settings, "SELECT count(*) FROM messages WHERE interview_id = :id", id=gone
    ) == [(0,)]
    assert _sql(
        web_settings, "SELECT count(*) FROM auth_sessions WHERE user_id = :id", id=jane_id
    ) == [(0,)]
    texts = [t for (t,) in _sql(web_settings, "SELECT text FROM messages")]
    assert ANSWERS[2] not in texts  # only jane said it
    plant(web_client, token)
    assert (await web_client.get("/api/me")).status_code == 401
    # Bob's record is untouched; the erasure is on the audit log (ids only, no text).
    assert _sql(
        web_settings, "SELECT count(*) FROM messages WHERE interview_id = :id", id=keep
    ) == [(5,)]
    rows = _sql(web_settings, "SELECT actor_id, action, detail FROM audit_log")
    assert (jane_id, "delete_account", "1 interviews, 7 messages, 0 jobs") in rows
    # The address is free again.
    await register(web_client, "jane@example.com")


async def test_an_employer_deleting_their_account_takes_their_jobs(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    job_id = await employer_with_job(web_client)
    await _applicant(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    r = await web_client.request("DELETE", "/api/me", json={"password": "correct horse"})
    assert r.json()["jobs"] == 1 and r.json()["interviews"] == 1
    assert _sql(web_settings, "SELECT count(*) FROM jobs") == [(0,)]
    assert _sql(web_settings, "SELECT count(*) FROM interviews") == [(0,)]


async def test_the_audit_log_records_every_employer_view_and_export(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    job_id = await employer_with_job(web_client)
    iid = await _applicant(web_client, job_id, "jane@example.com")
    (jane,) = _sql(web_settings, "SELECT id FROM users WHERE email='jane@example.com'")[0]
    await web_client.get(f"/api/interviews/{iid}")  # her own view is not an access to log
    assert _sql(web_settings, "SELECT count(*) FROM audit_log") == [(0,)]

    await login(web_client, "boss@example.com")
    (boss,) = _sql(web_settings, "SELECT id FROM users WHERE email='boss@example.com'")[0]
    for url in (
        f"/api/interviews/{iid}",
        f"/api/jobs/{job_id}/applications",
        f"/api/jobs/{job_id}/applications.csv",
        f"/api/jobs/{job_id}/applications.jsonl",
    ):
        assert (await web_client.get(url)).status_code == 200
    rows = _sql(
        web_settings,
        "SELECT actor_id, actor_role, action, job_id, interview_id, candidate_id, detail"
        " FROM audit_log ORDER BY id",
    )
    assert [r[2] for r in rows] == [
        "view_interview",
        "view_applications",
        "export_csv",
        "export_jsonl",
    ]
    assert all(r[0] == boss and r[1] == "employer" and r[4] == iid and r[5] == jane for r in rows)
    assert all(r[3] == job_id for r in rows)
    for *_, detail in rows:
        assert not any(answer[:12] in detail for answer in ANSWERS)

    db = Database(web_settings.database_url)
    try:
        about_jane = db.call(audit.entries, candidate_id=jane)
        assert len(about_jane) == 4
    finally:
        db.dispose()


def _age(settings: Settings, interview_id: int, days: int) -> None:
    when = (datetime.now(UTC) - timedelta(days=days)).replace(tzinfo=None)
    database.execute(
        settings.database_url,
        "UPDATE interviews SET updated_at = :when WHERE id = :id",
        when=when,
        id=interview_id,
    )


async def test_purge_deletes_interviews_past_their_jobs_retention(
    web_client: AsyncTestClient,
    web_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    default_job = await employer_with_job(web_client)
    r = await web_client.post(
        "/api/jobs", json={**JOB_BODY, "title": "Short", "retention_days": 30}
    )
    short_job = r.json()["id"]
    old = await _applicant(web_client, default_job, "old@example.com")  # 181 days: past 180
    recent = await _applicant(web_client, default_job, "recent@example.com")  # 179 days: kept
    short = await _applicant(web_client, short_job, "short@example.com")  # 31 days: past 30
    fresh = await _applicant(web_client, short_job, "fresh@example.com")  # today: kept
    _age(web_settings, old, 181)
    _age(web_settings, recent, 179)
    _age(web_settings, short, 31)

    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", web_settings.database_url)
    assert main(["purge", "--dry-run"]) == 0
    assert "2 interviews" in capsys.readouterr().out
    assert len(_sql(web_settings, "SELECT id FROM interviews")) == 4
    assert main(["purge"]) == 0
    assert "deleted 2 interviews" in capsys.readouterr().out
    left = {i for (i,) in _sql(web_settings, "SELECT id FROM interviews")}
    assert left == {recent, fresh}
    assert _sql(
        web_settings, "SELECT count(*) FROM messages WHERE interview_id IN (:a, :b)", a=old, b=short
    ) == [(0,)]
    purged = _sql(web_settings, "SELECT interview_id FROM audit_log WHERE action='purge'")
    assert {i for (i,) in purged} == {old, short}
    assert main(["purge"]) == 0 and "deleted 0 interviews" in capsys.readouterr().out


def test_purge_also_ends_expired_log_ins(database_url: str) -> None:
    db = Database(database_url)
    db.migrate()
    try:
        with database.connect(database_url) as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO users (id, email, name, role, password_hash, created_at)"
                    " VALUES (1, 'a@b.c', 'A', 'candidate', 'h', '2024-01-01 00:00:00')"
                )
            )
            conn.execute(
                sa.text(
                    "INSERT INTO auth_sessions (id, user_id, created_at, expires_at, last_seen_at)"
                    " VALUES ('x', 1, '2024-01-01', '2024-01-02', '2024-01-01')"
                )
            )
        done = db.call(privacy.purge, default_days=180)
        assert done.sessions == 1 and done.interviews == 0
    finally:
        db.dispose()


def test_an_older_database_gets_the_privacy_columns_with_safe_defaults(
    blank_database_url: str,
) -> None:
    from server.store.db import create_db_engine
    from server.store.migrations import migrate

    url = blank_database_url
    engine = create_db_engine(url)
    migrate(engine, upto="002_message_response")
    with database.connect(url) as conn:
        conn.execute(
            sa.text(
                "INSERT INTO users (id, email, name, role, password_hash, created_at)"
                " VALUES (1, 'a@b.c', 'A', 'employer', 'h', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO jobs (id, employer_id, title, spec, created_at, updated_at)"
                " VALUES (1, 1, 'J', '{}', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    assert migrate(engine)[:3] == ["003_trust", "004_id_allocations", "005_kiosks"]
    engine.dispose()
    # False on both (SQLite keeps a boolean as 0)
    assert database.rows(url, "SELECT requires_consent, retention_days FROM jobs") == [
        (False, None)
    ]
    assert database.rows(url, "SELECT count(*) FROM audit_log") == [(0,)]
