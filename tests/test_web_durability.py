"""``kill -9`` of the server in the middle of an interview loses no acknowledged message.

The server runs as a real subprocess on a free loopback port with a SQLite file.
A message counts as acknowledged once the server said so (the ``ack`` event of
the stream, or a completed JSON answer). After ``kill -9`` and a restart, every
such message is there, and a retry of the one cut off mid-reply is answered.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from server.interview.default_job import DEFAULT_JOB
from server.settings import DEFAULT_MODEL, PROJECT_ROOT
from tests.helpers.servers import (
    free_port,
    kill_9,
    scripted_server_command,
    start_process,
    wait_ready,
)
from tests.helpers.web import sign_up_sync

ANSWERS = [
    "My profile is https://www.linkedin.com/in/jane-doe",
    "I have 3 years of experience in data annotation and AI training",
    "I can work 20 hours per week",
]


def _scripted(port: int) -> list[str]:
    return scripted_server_command()


def _interviewer_serve(port: int) -> list[str]:
    return [str(Path(sys.executable).parent / "interviewer"), "serve", "--port", str(port)]


@pytest.mark.parametrize(
    ("launcher", "ready_s"),
    [
        pytest.param(_scripted, 60, id="scripted"),
        pytest.param(_interviewer_serve, 600, id="interviewer-serve", marks=pytest.mark.model),
    ],
)
def test_kill_9_loses_no_acknowledged_message(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url: str,
    launcher: Callable[[int], list[str]],
    ready_s: float,
) -> None:
    if launcher is _interviewer_serve:
        request.getfixturevalue("default_model_path")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "INTERVIEWER_DATABASE_URL": database_url,
        "INTERVIEWER_PORT": str(port),
        "INTERVIEWER_HOST": "127.0.0.1",
        "INTERVIEWER_MODEL": DEFAULT_MODEL,
        "INTERVIEWER_MODELS_DIR": str(PROJECT_ROOT / "models"),
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    log = tmp_path / "server.log"
    clients = contextlib.ExitStack()
    proc = start_process(launcher(port), env, log)
    try:
        wait_ready(url, proc, log, ready_s)
        boss = clients.enter_context(httpx.Client(base_url=url, timeout=120))
        sign_up_sync(boss, email="b@x.org", role="employer", name="B", password="correct horse")
        job_id = boss.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json")).json()["id"]
        jane = clients.enter_context(httpx.Client(base_url=url, timeout=120))
        sign_up_sync(jane, email="j@x.org", role="candidate", name="J", password="correct horse")
        iid = jane.post(f"/api/jobs/{job_id}/interview").json()["id"]
        acknowledged = []
        for n, text in enumerate(ANSWERS[:2]):
            r = jane.post(
                f"/api/interviews/{iid}/messages", json={"text": text, "client_id": f"m{n}"}
            )
            r.raise_for_status()
            acknowledged.append(text)

        # The third message: wait for its acknowledgement, then kill -9 during the reply.
        with jane.stream(
            "POST",
            f"/api/interviews/{iid}/messages",
            json={"text": ANSWERS[2], "client_id": "m2"},
            headers={"Accept": "text/event-stream"},
        ) as stream:
            for line in stream.iter_lines():
                if line.startswith("event: ack"):
                    acknowledged.append(ANSWERS[2])
                    kill_9(proc)
                    break
        assert acknowledged == ANSWERS
    finally:
        kill_9(proc)
        clients.close()

    proc = start_process(launcher(port), env, log)
    try:
        wait_ready(url, proc, log, ready_s)
        jane = clients.enter_context(httpx.Client(base_url=url, timeout=120))
        jane.post(
            "/api/auth/login", json={"email": "j@x.org", "password": "correct horse"}
        ).raise_for_status()
        resumed = jane.post(f"/api/jobs/{job_id}/interview")
        assert resumed.status_code == 200 and resumed.json()["id"] == iid
        said = [m["text"] for m in resumed.json()["messages"] if m["role"] == "candidate"]
        assert said == ANSWERS
        # The interview continues: the cut-off message is answered once, on retry.
        r = jane.post(
            f"/api/interviews/{iid}/messages", json={"text": ANSWERS[2], "client_id": "m2"}
        )
        assert r.status_code == 200, r.text
        messages = jane.get(f"/api/interviews/{iid}").json()["messages"]
        assert [m["role"] for m in messages] == ["interviewer", *(["candidate", "interviewer"] * 3)]
        assert not any(m["pending"] for m in messages)
        assert r.json()["reply"] == messages[-1]["text"]
    finally:
        kill_9(proc)
        clients.close()
