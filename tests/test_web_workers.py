"""Several web processes as one app: ``interviewer serve --workers N`` and the state the
processes share through the database (rate windows and leases, ``server.store.shared``).

The store tests hammer one database from several connections at once (threads here, as
processes would); the served test starts ``interviewer serve --workers 2`` for real, on
a model server of the test's own, and checks that the two processes count log-ins as one
and take one interview's turns one at a time."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text as sa_text

from server.cli import main
from server.commands.serve import environment
from server.interview.default_job import DEFAULT_JOB
from server.settings import PROJECT_ROOT, Settings
from server.store import shared
from server.store.db import Database
from server.web.leases import Leases, gone, holder_name
from tests.helpers.servers import free_port, start_process, wait_ready
from tests.helpers.web import sign_up_sync
from tests.test_engine_remote import FakeModelServer


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


# -- the shared store ---------------------------------------------------------------------


def test_a_rate_window_allows_exactly_its_limit_to_many_connections_at_once(
    db: Database,
) -> None:
    def one(_: int) -> float | None:
        return db.call(shared.hit, key="addr:10.0.0.1", limit=5, window_s=60, now=time.time())

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        waits = list(pool.map(one, range(24)))
    assert sum(wait is None for wait in waits) == 5
    assert all(wait is None or 0 < wait <= 61 for wait in waits)  # clocks read before the lock


def test_a_rate_window_slides_and_keeps_no_address(db: Database) -> None:
    for at in (100.0, 101.0, 102.0):
        assert db.call(shared.hit, key="acct:a@b.org", limit=3, window_s=10, now=at) is None
    assert db.call(shared.hit, key="acct:a@b.org", limit=3, window_s=10, now=105.0) == 5.0
    assert db.call(shared.hit, key="acct:a@b.org", limit=3, window_s=10, now=110.5) is None
    assert db.call(shared.hit, key="acct:c@b.org", limit=3, window_s=10, now=110.5) is None
    with db.engine.connect() as conn:
        keys = [row[0] for row in conn.exec_driver_sql("SELECT key FROM rate_windows")]
    assert sorted(keys) == sorted(shared.hashed(k) for k in ("acct:a@b.org", "acct:c@b.org"))
    assert db.call(shared.forget, now=200.0, older_than_s=60) == 2


def test_a_lease_has_one_holder_until_released_or_expired(db: Database) -> None:
    def take(holder: str, now: float, replacing: str | None = None) -> bool:
        return db.call(
            shared.take_lease, name="interview:1", holder=holder, ttl_s=30, now=now,
            replacing=replacing,
        )  # fmt: skip

    assert take("a", 0.0)
    assert not take("b", 1.0)
    assert take("a", 2.0)  # renewed: now until 32
    assert not take("b", 31.0)
    assert db.call(shared.lease_holder, name="interview:1", now=31.0) == "a"
    assert take("b", 32.5)  # expired
    assert not take("c", 33.0, replacing="a")  # "a" no longer holds it
    assert take("c", 33.0, replacing="b")  # "b" is known to be gone
    db.call(shared.release_lease, name="interview:1", holder="b")  # not b's: no effect
    assert db.call(shared.lease_holder, name="interview:1", now=33.0) == "c"
    db.call(shared.release_lease, name="interview:1", holder="c")
    assert db.call(shared.lease_holder, name="interview:1", now=33.0) is None


def test_many_connections_racing_for_a_lease_give_it_to_one(db: Database) -> None:
    def one(n: int) -> bool:
        return db.call(
            shared.take_lease, name="message:7:k", holder=f"h{n}", ttl_s=30, now=time.time()
        )

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        assert sum(pool.map(one, range(16))) == 1


def test_a_holder_that_has_ended_on_this_host_is_known_to_be_gone() -> None:
    me = holder_name(os.getpid())
    assert not gone(me)
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    assert gone(holder_name(ended.pid))
    host, _, rest = me.partition("/")
    assert not gone(f"{'0' * len(host)}/{ended.pid}/1/abc")  # another host: not for us to say
    pid, _, rest = rest.partition("/")
    started, _, token = rest.partition("/")
    if started:  # the same pid started at another time is another process
        assert gone(f"{host}/{pid}/{int(started) + 1}/{token}")


async def test_a_lease_left_by_a_killed_process_is_taken_at_once(db: Database) -> None:
    killed = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead_holder = holder_name(killed.pid)
    finally:
        killed.kill()
        killed.wait()
    db.call(shared.take_lease, name="interview:9", holder=dead_holder, ttl_s=30, now=time.time())
    leases = Leases(db)
    async with leases.held("interview:9", wait_s=1.0) as taken:
        assert taken
        assert db.call(shared.lease_holder, name="interview:9", now=time.time()) == leases.holder
    assert db.call(shared.lease_holder, name="interview:9", now=time.time()) is None

    other = Leases(db)
    assert await other.take("interview:9")
    started = time.monotonic()
    async with leases.held("interview:9", wait_s=0.5) as taken:
        assert not taken  # a live holder: waited, then gave up
    assert time.monotonic() - started > 0.2  # it did wait before giving up


# -- serve --workers -----------------------------------------------------------------------


def test_the_exported_environment_gives_the_same_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        port=8123,
        workers=3,
        debug=True,
        engine_url="http://127.0.0.1:9000",
        engine_api_key=SecretStr("s3cret"),
        queue_per_address=None,
        models_dir=tmp_path / "m",
        login_window_s=12.5,
    )
    for key in list(os.environ):
        if key.startswith("INTERVIEWER_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("INTERVIEWER_QUEUE_PER_ADDRESS", "3")  # must be unset by the export
    for key, value in environment(settings).items():
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    again = Settings.from_env()
    assert again == settings
    assert again.engine_api_key.get_secret_value() == "s3cret"


def test_several_workers_without_a_model_server_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("INTERVIEWER_ENGINE_URL", raising=False)
    monkeypatch.setenv("INTERVIEWER_MODELS_DIR", str(tmp_path / "empty"))
    assert main(["serve", "--workers", "2", "--no-pull"]) == 2
    err = capsys.readouterr().err
    assert "INTERVIEWER_ENGINE_URL" in err and "--workers 2" in err
    assert not (tmp_path / "empty").exists()  # refused before looking for a model


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[-1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _web_workers(pid: int) -> list[int]:
    """uvicorn's worker processes: the children that run ``multiprocessing``'s spawn."""
    workers = []
    for child in _children(pid):
        with contextlib.suppress(OSError):
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                workers.append(child)
    return workers


@pytest.mark.skipif(not Path("/proc").exists(), reason="counts processes through /proc")
def test_two_web_processes_count_log_ins_as_one_and_take_turns_one_at_a_time(
    tmp_path: Path, database_url: str
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with FakeModelServer(delay_s=0.4) as model_server:
        env = {
            **os.environ,
            "INTERVIEWER_DATABASE_URL": database_url,
            "INTERVIEWER_PORT": str(port),
            "INTERVIEWER_HOST": "127.0.0.1",
            "INTERVIEWER_ENGINE_URL": model_server.url,
            "INTERVIEWER_MODELS_DIR": str(tmp_path / "no-models"),
            "INTERVIEWER_LOGIN_ATTEMPTS_PER_ADDRESS": "50",
            "INTERVIEWER_LOGIN_ATTEMPTS_PER_ACCOUNT": "6",
            "PYTHONPATH": str(PROJECT_ROOT),
        }
        log = tmp_path / "server.log"
        command = [sys.executable, "-m", "server.cli", "serve", "--workers", "2", "--no-pull"]
        proc = start_process(command, env, log)
        try:
            wait_ready(url, proc, log, timeout=120)
            deadline = time.monotonic() + 60
            while len(_web_workers(proc.pid)) < 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(_web_workers(proc.pid)) == 2, log.read_text()[-3000:]
            # Both ready: six answers in a row, each on a connection of its own.
            ready_in_a_row = 0
            while ready_in_a_row < 6 and time.monotonic() < deadline + 60:
                status = httpx.get(f"{url}/health", timeout=10).json()["status"]
                ready_in_a_row = ready_in_a_row + 1 if status == "ready" else 0
                time.sleep(0.1)
            assert ready_in_a_row == 6, log.read_text()[-3000:]
            _log_ins_are_counted_once(url)
            _turns_of_one_interview_run_one_at_a_time(url)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        assert not _web_workers(proc.pid)


def _log_ins_are_counted_once(url: str) -> None:
    with httpx.Client(base_url=url, timeout=30) as setup:
        sign_up_sync(setup, email="w@x.org", password="correct horse")
    codes = []
    for _ in range(10):  # a new connection each time: the two processes share them out
        with httpx.Client(base_url=url, timeout=30) as one:
            body = {"email": "w@x.org", "password": "wrong password"}
            codes.append(one.post("/api/auth/login", json=body).status_code)
    # Six tries in all (the sign-up's own log-in among them), however they were shared out.
    assert codes.count(401) == 5 and codes.count(429) == 5, codes


def _turns_of_one_interview_run_one_at_a_time(url: str) -> None:
    with httpx.Client(base_url=url, timeout=60) as boss:
        sign_up_sync(boss, email="b@x.org", role="employer", name="B")
        job_id = boss.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json")).json()["id"]
    cookies: Any
    with httpx.Client(base_url=url, timeout=60) as jane:
        sign_up_sync(jane, email="j@x.org", name="J")
        iid = jane.post(f"/api/jobs/{job_id}/interview").json()["id"]
        cookies = dict(jane.cookies)
    results: dict[str, httpx.Response] = {}

    def send(cid: str, text: str) -> None:
        with httpx.Client(base_url=url, timeout=60, cookies=cookies) as client:
            body = {"text": text, "client_id": cid}
            results[cid] = client.post(f"/api/interviews/{iid}/messages", json=body)

    texts = {f"m{n}": f"I can work {10 + n} hours a week, mostly evenings." for n in range(4)}
    threads = [threading.Thread(target=send, args=item) for item in texts.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert {cid: r.status_code for cid, r in results.items()} == dict.fromkeys(texts, 200), {
        cid: r.text for cid, r in results.items()
    }
    # A retry of each, from yet another connection: the stored response, not a new turn.
    before = len(results)
    for cid, text in texts.items():
        send(cid, text)
        assert results[cid].headers.get("Idempotent-Replayed") == "true"
    assert len(results) == before
    with httpx.Client(base_url=url, timeout=60, cookies=cookies) as jane:
        messages = jane.get(f"/api/interviews/{iid}").json()["messages"]
    said = [m["text"] for m in messages if m["role"] == "candidate"]
    assert sorted(said) == sorted(texts.values())  # each once, none lost, none twice
    replies = [m for m in messages if m["role"] != "candidate"]
    assert len(replies) >= len(texts)


def test_sqlite_units_of_work_in_two_processes_do_not_interleave(
    tmp_path: Path, database_url: str
) -> None:
    """Two engines on one file, as two web processes have: a unit of work that reads, then
    writes what it read (as admitting a message does: is this client_id new? then store
    it) runs whole, the other one waiting, instead of both reading the same "before"."""
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's locking; PostgreSQL's row locks are tested above")
    first, second = Database(database_url), Database(database_url)
    first.migrate()

    def check_then_write(session: Any) -> None:
        count = session.exec(
            sa_text("SELECT count(*) FROM app_secrets WHERE name LIKE 'probe-%'")
        ).one()[0]
        time.sleep(0.4)
        session.exec(
            sa_text("INSERT INTO app_secrets (name, value) VALUES (:n, 'x')").bindparams(
                n=f"probe-{count}"
            )
        )

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            done = [pool.submit(db.call, check_then_write) for db in (first, second)]
            for future in done:
                future.result()
        with first.engine.connect() as conn:
            names = conn.exec_driver_sql(
                "SELECT name FROM app_secrets WHERE name LIKE 'probe-%' ORDER BY name"
            ).scalars()
            assert list(names) == ["probe-0", "probe-1"]
    finally:
        first.dispose()
        second.dispose()


async def test_a_web_process_keeps_trying_a_model_server_that_failed_at_start(
    tmp_path: Path, database_url: str
) -> None:
    """Web processes and their model server start and restart apart: a model server that
    fails the app's start-up checks is tried again, and the app serves once it answers."""
    from litestar.testing import AsyncTestClient

    from server.app import create_app
    from tests.test_engine_remote import obeying

    failures = {"left": 1}

    def failing_then_obeying(body: dict[str, Any]) -> tuple[int, Any]:
        if failures["left"] > 0:
            failures["left"] -= 1
            return 500, {"error": {"message": "still starting"}}
        return obeying(body)

    with FakeModelServer(failing_then_obeying) as model_server:
        settings = Settings(
            engine_url=model_server.url,
            database_url=database_url,
            models_dir=tmp_path / "no-models",
            engine_schema_format="json_schema",
        )
        seen = []
        async with AsyncTestClient(create_app(settings), base_url="http://127.0.0.1") as client:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                status = (await client.get("/health")).json()["status"]
                if not seen or seen[-1] != status:
                    seen.append(status)
                if status == "ready":
                    break
                await asyncio.sleep(0.2)
        assert "error" in seen and seen[-1] == "ready", seen
        assert failures["left"] == 0


async def test_closing_the_database_waits_for_a_cancelled_callers_work(db: Database) -> None:
    """A background task stopped at shutdown leaves its thread running; the database closes
    its connections only after that thread has given its connection back."""
    ended: list[float] = []

    def slow(session: Any) -> None:
        session.exec(sa_text("SELECT 1")).one()
        time.sleep(0.6)
        ended.append(time.monotonic())

    task = asyncio.create_task(db.run(slow))
    await asyncio.sleep(0.2)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert not ended  # the caller is gone, its thread is not
    db.dispose()
    assert ended and time.monotonic() >= ended[0]
    assert db.engine.pool.checkedout() == 0
