"""``interviewer demo`` / first start seeding, and the app while its model loads or fails."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from litestar.testing import AsyncTestClient

from server.app import create_app
from server.cli import main
from server.interview.default_job import DEFAULT_JOB
from server.settings import Settings
from server.store import accounts, jobs
from server.store.db import Database
from server.web.serve import DEMO_EMPLOYER, prepare


def test_demo_seeds_once_and_prints_working_log_ins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", url)
    assert main(["demo"]) == 0
    first = capsys.readouterr().out
    assert main(["demo"]) == 0
    second = capsys.readouterr().out
    assert DEMO_EMPLOYER in first and "candidate@demo.local" in first
    assert first != second  # fresh passwords each time, so the printed ones always work

    db = Database(url)
    employer = db.call(accounts.get_user_by_email, email=DEMO_EMPLOYER)
    listed = db.call(jobs.list_jobs, employer_id=employer.id)
    assert [j.title for j in listed] == [DEFAULT_JOB.title]  # not seeded twice
    db.dispose()


def test_first_start_seeds_only_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'first.db'}")
    prepare(settings)
    assert "Demo log-ins" in capsys.readouterr().out
    prepare(settings)
    assert capsys.readouterr().out == ""


async def test_health_says_loading_then_error_and_turns_get_503(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'nomodel.db'}",
        models_dir=tmp_path / "no-models-here",
    )
    app = create_app(settings)
    async with AsyncTestClient(app=app) as client:
        statuses = []
        for _ in range(100):
            body = (await client.get("/health")).json()
            statuses.append(body["status"])
            if body["status"] != "loading":
                break
            await asyncio.sleep(0.05)
        assert statuses[-1] == "error" and body["detail"]
        assert body["model"] == settings.model
        await client.post(
            "/api/auth/register",
            json={"email": "b@x.org", "password": "correct horse", "name": "B", "role": "employer"},
        )
        job_id = (await client.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json"))).json()[
            "id"
        ]
        client.cookies.clear()
        await client.post(
            "/api/auth/register",
            json={
                "email": "c@x.org",
                "password": "correct horse",
                "name": "C",
                "role": "candidate",
            },
        )
        r = await client.post(f"/api/jobs/{job_id}/interview")
        assert r.status_code == 503 and int(r.headers["retry-after"]) > 0
        assert "not ready" in r.json()["detail"]
