"""The app as a real server on a free loopback port: uvicorn in a thread, or a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from server.settings import PROJECT_ROOT, Settings

# The scripted server: the real app and uvicorn, a model that takes its time.
SCRIPTED_SERVER = """
import asyncio, sys
sys.path.insert(0, {root!r})
from server.engine.fake import ScriptedEngine
from server.settings import Settings
from server.commands.demo import seed_first_start
from server.commands.serve import serve_app
from tests.helpers.engine import schema_responder

class SlowEngine(ScriptedEngine):
    async def generate(self, request):
        await asyncio.sleep(2.0)
        return await super().generate(request)

settings = Settings.from_env()
raise SystemExit(serve_app(
    settings,
    engine=SlowEngine(responder=schema_responder),
    on_migrated=lambda db: seed_first_start(db, settings),
))
"""


def scripted_server_command() -> list[str]:
    """A fresh interpreter running ``SCRIPTED_SERVER`` (settings from the environment)."""
    return [sys.executable, "-c", SCRIPTED_SERVER.format(root=str(PROJECT_ROOT))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_process(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=2).json()["status"] == "ready":
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"the server did not become ready:\n{log.read_text()[-3000:]}")


def kill_9(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def serve(settings: Settings, engine: Any, ready_s: float) -> Iterator[str]:
    """Run the app under uvicorn on a loopback port in a thread; yield its URL."""
    import uvicorn

    from server.app import create_app

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, engine=engine),
            host="127.0.0.1",
            port=settings.port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.port}"
    deadline = time.monotonic() + ready_s
    while True:
        try:
            health = httpx.get(f"{url}/health", timeout=2).json()
            if health["status"] == "ready":
                break
            if health["status"] == "error":
                raise RuntimeError(health["detail"])
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("the server did not become ready")
        time.sleep(0.2)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=60)


def kiosk_link(base: str, email: str, password: str) -> tuple[str, int, dict[str, str]]:
    """The employer logs in and makes a kiosk for their first job: (kiosk URL, job id,
    the employer's cookies)."""
    with httpx.Client(base_url=base) as boss:
        login = boss.post("/api/auth/login", json={"email": email, "password": password})
        assert login.status_code == 200, login.text
        job_id = boss.get("/api/jobs").json()[0]["id"]
        made = boss.post(f"/api/jobs/{job_id}/kiosks")
        assert made.status_code == 201, made.text
        return made.json()["url"], job_id, dict(boss.cookies)
