"""Nothing acknowledged is lost: WAL with FULL sync, the message committed before the model
runs and no transaction held while it works, concurrent tabs, retries (client_id and the
IETF Idempotency-Key draft), and a full disk or a locked database answered clearly.

``kill -9`` mid-reply is proven in ``test_web_durability.py``.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from typing import Any

import pytest
import sqlalchemy as sa

from server.engine.base import Generation, GenerationRequest
from server.engine.fake import ScriptedEngine
from server.settings import Settings
from server.store import db as db_module
from server.store import interviews as interview_store
from tests.helpers import database
from tests.helpers.engine import schema_responder
from tests.helpers.web import ANSWERS, employer_with_job, register, start

VAGUE = "It depends on the week"  # the code is unsure: the model is asked


class GatedEngine(ScriptedEngine):
    """Holds every generation until the test opens the gate."""

    def __init__(self) -> None:
        super().__init__(responder=schema_responder)
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()
        self.calls = 0

    async def generate(self, request: GenerationRequest) -> Generation:
        self.calls += 1
        self.entered.set()
        await self.gate.wait()
        return await super().generate(request)


def _messages(settings: Settings) -> list[tuple[Any, ...]]:
    return database.rows(
        settings.database_url,
        "SELECT seq, role, text, client_id, reply_to, id FROM messages ORDER BY seq",
    )


async def _ready(client: Any) -> int:
    job_id = await employer_with_job(client)
    await register(client, "jane@example.com")
    return (await start(client, job_id))["id"]


def _full(settings: Settings, statement: str) -> sa.exc.OperationalError:
    """The error the database under test raises when its disk is full."""
    if settings.database_url.startswith("sqlite"):
        return sa.exc.OperationalError(
            statement, {}, sqlite3.OperationalError("database or disk is full")
        )
    import psycopg.errors

    full = psycopg.errors.DiskFull('could not extend file "base/16384/16400"')
    return sa.exc.OperationalError(statement, {}, full)


def _locked(settings: Settings, statement: str) -> sa.exc.OperationalError:
    """The error the database under test raises when a lock is not granted in time."""
    if settings.database_url.startswith("sqlite"):
        return sa.exc.OperationalError(
            statement, {}, sqlite3.OperationalError("database is locked")
        )
    import psycopg.errors

    locked = psycopg.errors.LockNotAvailable("canceling statement due to lock timeout")
    return sa.exc.OperationalError(statement, {}, locked)


@pytest.mark.sqlite
async def test_sqlite_is_in_wal_mode_with_full_sync(make_client: Any) -> None:
    async with make_client() as live:
        db = live.app.state.db
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("stream", [False, True])
async def test_the_message_is_committed_before_the_model_runs_and_no_transaction_is_held(
    make_client: Any, web_settings: Settings, stream: bool
) -> None:
    engine = GatedEngine()
    async with make_client(engine=engine) as client:
        iid = await _ready(client)
        headers = {"Accept": "text/event-stream"} if stream else {}
        post = asyncio.ensure_future(
            client.post(
                f"/api/interviews/{iid}/messages",
                json={"text": VAGUE, "client_id": "c1"},
                headers=headers,
            )
        )
        await asyncio.wait_for(engine.entered.wait(), 10)
        # While the model works: the message is committed (another connection sees it) ...
        assert [m[2] for m in _messages(web_settings)][-1] == VAGUE
        # ... and the app holds no connection and no lock: another writer gets in at once.
        assert client.app.state.db.engine.pool.checkedout() == 0
        started = time.monotonic()
        database.execute(web_settings.database_url, "UPDATE users SET name = name")
        assert time.monotonic() - started < 2
        engine.gate.set()
        r = await asyncio.wait_for(post, 10)
        assert r.status_code == 200
        if stream:
            assert r.text.index("event: ack") < r.text.index("event: done")


async def test_two_tabs_posting_at_once_cannot_corrupt_the_interview(
    make_client: Any, web_settings: Settings
) -> None:
    async with make_client() as live:
        iid = await _ready(live)
        texts = [f"{VAGUE}, tab {n}" for n in range(8)]

        async def tab(n: int) -> Any:
            return await live.post(
                f"/api/interviews/{iid}/messages", json={"text": texts[n], "client_id": f"tab-{n}"}
            )

        results = await asyncio.gather(
            *(tab(n) for n in range(8)), *(live.get(f"/api/interviews/{iid}") for _ in range(4))
        )
        assert all(r.status_code == 200 for r in results), [r.text for r in results]
        rows = _messages(web_settings)
        assert [seq for seq, *_ in rows] == list(range(17))
        assert [role for _, role, *_ in rows] == ["interviewer"] + ["candidate", "interviewer"] * 8
        for candidate, reply in zip(rows[1::2], rows[2::2], strict=True):
            assert reply[4] == candidate[5]  # each reply answers the message just before it
        assert sorted(r[2] for r in rows[1::2]) == sorted(texts)
        view = (await live.get(f"/api/interviews/{iid}")).json()
        last = max(results[:8], key=lambda r: r.json()["reply_message"]["seq"]).json()
        assert view["checklist"] == last["checklist"]
        assert database.rows(web_settings.database_url, "SELECT version FROM interviews") == [(9,)]


async def test_the_same_client_id_sent_at_once_is_applied_once(
    make_client: Any, web_settings: Settings
) -> None:
    engine = GatedEngine()
    async with make_client(engine=engine) as client:
        iid = await _ready(client)
        body = {"text": VAGUE, "client_id": "same"}
        first = asyncio.ensure_future(client.post(f"/api/interviews/{iid}/messages", json=body))
        await asyncio.wait_for(engine.entered.wait(), 10)
        retries = await asyncio.gather(
            *(client.post(f"/api/interviews/{iid}/messages", json=body) for _ in range(4))
        )
        assert [r.status_code for r in retries] == [409] * 4
        assert "still being answered" in retries[0].json()["detail"]
        engine.gate.set()
        r = await first
        assert r.status_code == 200
        again = await client.post(f"/api/interviews/{iid}/messages", json=body)
        assert again.status_code == 200 and again.json() == r.json()
        assert [m[2] for m in _messages(web_settings)].count(VAGUE) == 1
        assert engine.calls == 1


async def test_idempotency_key_header_follows_the_ietf_draft(
    make_client: Any, web_settings: Settings
) -> None:
    engine = GatedEngine()
    async with make_client(engine=engine) as client:
        iid = await _ready(client)
        url = f"/api/interviews/{iid}/messages"
        key = {"Idempotency-Key": '"key-1"'}
        first = asyncio.ensure_future(client.post(url, json={"text": VAGUE}, headers=key))
        await asyncio.wait_for(engine.entered.wait(), 10)
        concurrent = await client.post(url, json={"text": VAGUE}, headers=key)
        assert concurrent.status_code == 409  # a retry while the original is in flight
        engine.gate.set()
        original = await first
        assert original.status_code == 200
        retry = await client.post(url, json={"text": VAGUE}, headers=key)
        assert retry.status_code == 200 and retry.json() == original.json()
        assert retry.headers["idempotent-replayed"] == "true"
        other = await client.post(url, json={"text": "Something else"}, headers=key)
        assert other.status_code == 422 and "different message" in other.json()["detail"]
        mixed = await client.post(url, json={"text": VAGUE, "client_id": "not-key-1"}, headers=key)
        assert mixed.status_code == 422 and "differ" in mixed.json()["detail"]
        bad = await client.post(url, json={"text": VAGUE}, headers={"Idempotency-Key": "a b"})
        assert bad.status_code == 422
        assert [m[2] for m in _messages(web_settings)].count(VAGUE) == 1


@pytest.mark.parametrize("stream", [False, True])
async def test_a_full_disk_is_a_clear_507_and_stores_nothing_half_way(
    make_client: Any,
    web_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    stream: bool,
) -> None:
    async with make_client() as live:
        iid = await _ready(live)
        real = interview_store.add_candidate_message

        def full(session: Any, **kwargs: Any) -> Any:
            real(session, **kwargs)  # the row is written, then the commit's disk write fails
            raise _full(web_settings, "INSERT INTO messages")

        monkeypatch.setattr(interview_store, "add_candidate_message", full)
        headers = {"Accept": "text/event-stream"} if stream else {}
        r = await live.post(
            f"/api/interviews/{iid}/messages",
            json={"text": ANSWERS[0], "client_id": "d1"},
            headers=headers,
        )
        assert r.status_code == 507, r.text
        assert "disk is full" in r.json()["detail"] and "administrator" in r.json()["detail"]
        assert len(_messages(web_settings)) == 1  # rolled back whole: nothing half-stored
        monkeypatch.setattr(interview_store, "add_candidate_message", real)
        r = await live.post(
            f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "d1"}
        )
        assert r.status_code == 200 and len(_messages(web_settings)) == 3


@pytest.mark.parametrize("stream", [False, True])
async def test_a_locked_database_after_the_ack_loses_no_answer(
    make_client: Any,
    web_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    stream: bool,
) -> None:
    async with make_client() as live:
        iid = await _ready(live)
        real = interview_store.record_reply

        def locked(session: Any, **kwargs: Any) -> Any:
            raise _locked(web_settings, "UPDATE interviews")

        monkeypatch.setattr(interview_store, "record_reply", locked)
        headers = {"Accept": "text/event-stream"} if stream else {}
        r = await live.post(
            f"/api/interviews/{iid}/messages",
            json={"text": ANSWERS[0], "client_id": "l1"},
            headers=headers,
        )
        if stream:
            events = [b.split("\n", 1) for b in r.text.strip().split("\n\n")]
            assert [e[0] for e in events] == ["event: ack", "event: error"]
            error = json.loads(events[1][1].removeprefix("data: "))
            assert error["status_code"] == 503 and error["retry_after"] > 0
            assert "busy" in error["detail"]
        else:
            assert r.status_code == 503 and int(r.headers["retry-after"]) > 0
            assert "busy" in r.json()["detail"] and "lost" in r.json()["detail"]
        view = (await live.get(f"/api/interviews/{iid}")).json()
        assert view["messages"][-1]["text"] == ANSWERS[0] and view["messages"][-1]["pending"]
        monkeypatch.setattr(interview_store, "record_reply", real)
        r = await live.post(
            f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "l1"}
        )
        assert r.status_code == 200
        rows = _messages(web_settings)
        assert [m[2] for m in rows].count(ANSWERS[0]) == 1 and len(rows) == 3


async def test_a_really_locked_database_is_a_clear_503(
    make_client: Any, web_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's file lock or PostgreSQL's table locks, held by another process longer than
    the app waits for them (its lock timeout, shortened here)."""
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 200)
    async with make_client() as client:
        iid = await _ready(client)
        client.app.state.db.engine.dispose()  # new connections, with the short timeout
        with database.write_locked(web_settings.database_url):
            r = await client.post(
                f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "x"}
            )
            assert r.status_code == 503 and r.headers["retry-after"]
            assert "busy" in r.json()["detail"]
        r = await client.post(
            f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "x"}
        )
        assert r.status_code == 200
        assert [m[2] for m in _messages(web_settings)].count(ANSWERS[0]) == 1
