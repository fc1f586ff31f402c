"""``interviewer demo`` / first start seeding, and the app while its model loads or fails."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from litestar.testing import AsyncTestClient

from server.app import create_app
from server.cli import main
from server.commands.demo import DEMO_EMPLOYER, seed_first_start
from server.interview.default_job import DEFAULT_JOB
from server.settings import Settings
from server.store import accounts, jobs
from server.store.db import Database
from tests.helpers.web import sign_up


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
    db = Database(settings.database_url)
    db.migrate()
    seed_first_start(db, settings)
    assert "Demo log-ins" in capsys.readouterr().out
    seed_first_start(db, settings)
    assert capsys.readouterr().out == ""
    db.dispose()


async def test_health_says_loading_then_error_and_turns_get_503(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'nomodel.db'}",
        models_dir=tmp_path / "no-models-here",
        allowed_hosts="testserver.local",
    )
    app = create_app(settings)
    async with AsyncTestClient(app=app) as client:
        statuses = []
        for _ in range(100):
            r = await client.get("/health")
            body = r.json()
            statuses.append((r.status_code, body["status"]))
            if body["status"] != "loading":
                break
            await asyncio.sleep(0.05)
        # Like llama.cpp's server: 503 while loading and in error, with the same body.
        assert all(code == 503 for code, _ in statuses), statuses
        assert statuses[-1][1] == "error" and body["detail"]
        assert int(r.headers["retry-after"]) > 0
        assert body["model"] == settings.model
        await sign_up(client, email="b@x.org", role="employer", name="B", password="correct horse")
        job_id = (await client.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json"))).json()[
            "id"
        ]
        client.cookies.clear()
        await sign_up(client, email="c@x.org", role="candidate", name="C", password="correct horse")
        r = await client.post(f"/api/jobs/{job_id}/interview")
        assert r.status_code == 503 and int(r.headers["retry-after"]) > 0
        assert "not ready" in r.json()["detail"]


def _smoke_replies() -> tuple[str, ...]:
    """The replies scripts/smoke.py sends to a real server to make it use the model."""
    import importlib.util

    from server.settings import PROJECT_ROOT

    spec = importlib.util.spec_from_file_location("smoke", PROJECT_ROOT / "scripts" / "smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MODEL_REPLIES


async def test_turns_that_need_no_model_go_on_while_it_loads(make_client) -> None:  # type: ignore[no-untyped-def]
    from server.engine.base import ModelInfo
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    cpu = {"profile": "safe", "use_extra_bufts": False}
    engine = ScriptedEngine(responder=schema_responder, decoding={"fake": True, "cpu": cpu})
    async with make_client(engine=engine) as client:
        slot = client.app.state.engine
        slot.closed()  # back to "loading", with only the verified file's identity known
        slot.expect(ModelInfo(name="scripted", sha256="0" * 64, n_ctx=4096, decoding={}))
        r = await client.get("/health")
        assert (r.status_code, r.json()["status"]) == (503, "loading")

        boss = {"email": "boss@x.org", "password": "correct horse", "name": "B"}
        await sign_up(client, **boss, role="employer")
        job = (await client.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json"))).json()
        client.cookies.clear()
        await sign_up(client, email="c@x.org", role="candidate", name="C", password="correct horse")
        r = await client.post(f"/api/jobs/{job['id']}/interview")
        assert r.status_code == 201, r.text
        iid = r.json()["id"]
        if job["requires_consent"]:
            await client.post(f"/api/interviews/{iid}/consent")
        url = f"/api/interviews/{iid}/messages"

        replies = _smoke_replies()
        r = await client.post(url, json={"text": replies[0], "client_id": "smoke-0"})
        assert r.status_code == 503 and int(r.headers["retry-after"]) > 0
        assert "not ready" in r.json()["detail"]
        r = await client.post(url, json={"text": "what do you mean?"})
        assert r.status_code == 200, r.text
        assert "LinkedIn" in r.json()["reply"] and engine.requests == []

        slot.ready(engine)
        assert (await client.get("/health")).status_code == 200
        for n, text in enumerate(replies):
            asked = len(engine.requests)
            r = await client.post(url, json={"text": text, "client_id": f"smoke-{n}"})
            assert r.status_code == 200, r.text
            assert len(engine.requests) > asked, f"{text!r} did not reach the model"
        # The record made while loading is completed with the CPU settings it ran on.
        record = (await client.get(f"/api/interviews/{iid}")).json()["model"]
        assert record["decoding"]["cpu"] == cpu
