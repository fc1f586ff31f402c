"""One long message on the largest job a definition may be, over HTTP, while /health is polled.

    python scripts/bench_hostile_message.py [--messages 5]

Prints one JSON object. Runs the real app under uvicorn on a loopback port with a
scripted model (so only the web layer and the field readers are measured), creates
a job at the definition limits (MAX_FIELDS fields of the costliest type and
MAX_CUSTOM_QUESTIONS custom questions), and sends 3,990-character messages from
``--messages`` candidates at once while another thread polls /health. Reports each
message's latency and the slowest /health answer in the same run, and checks that a
job one field over the limit gets 422.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn

from server.app import create_app
from server.engine.fake import ScriptedEngine
from server.interview.spec import MAX_CUSTOM_QUESTIONS, MAX_FIELDS
from server.settings import Settings

PASSWORD = "correct horse battery"
MESSAGE = (
    "I did RLHF ranking on Outlier for two years, then annotation on Scale AI and "
    "Appen, about 20 hours a week, evenings. " * 40
)[:3990]


def _job(fields: int) -> dict:
    return {
        "title": "Largest job",
        "fields": [
            {"key": f"f{n}", "label": f"Platforms {n}", "type": "ai_training_experience"}
            for n in range(fields)
        ],
        "custom_questions": [
            {"key": f"q{n}", "question": f"Describe situation {n}."}
            for n in range(MAX_CUSTOM_QUESTIONS)
        ],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sign_up(client: httpx.Client, *, email: str, role: str, name: str, password: str) -> None:
    """Register, then log in: registration itself logs nobody in."""
    body = {"email": email, "password": password, "name": name, "role": role}
    client.post("/api/auth/register", json=body).raise_for_status()
    client.post("/api/auth/login", json={"email": email, "password": password}).raise_for_status()


def _candidate(url: str, n: int, job_id: int) -> float:
    with httpx.Client(base_url=url, timeout=120) as client:
        _sign_up(
            client, email=f"c{n}@example.com", role="candidate", name=f"C{n}", password=PASSWORD
        )
        interview = client.post(f"/api/jobs/{job_id}/interview").json()
        started = time.perf_counter()
        r = client.post(f"/api/interviews/{interview['id']}/messages", json={"text": MESSAGE})
        r.raise_for_status()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    settings = Settings(
        database_url=f"sqlite:///{folder / 'bench.db'}",
        port=_free_port(),
        messages_per_address=10_000,
        login_attempts_per_address=10_000,
    )
    engine = ScriptedEngine(responder=lambda request: json.dumps({"label": "unclear"}))
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, engine=engine),
            host="127.0.0.1",
            port=settings.port,
            log_level="warning",
        )
    )
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{settings.port}"
    while not server.started:
        time.sleep(0.05)
    result: dict[str, object] = {"message_chars": len(MESSAGE), "messages": args.messages}
    try:
        with httpx.Client(base_url=url, timeout=60) as boss:
            _sign_up(boss, email="boss@example.com", role="employer", name="B", password=PASSWORD)
            over = boss.post("/api/jobs", json=_job(MAX_FIELDS + 1))
            result["one_field_over_the_limit_status"] = over.status_code
            job_id = boss.post("/api/jobs", json=_job(MAX_FIELDS)).json()["id"]
        health: list[float] = []
        stop = threading.Event()

        def poll() -> None:
            with httpx.Client(base_url=url, timeout=60) as client:
                while not stop.is_set():
                    started = time.perf_counter()
                    client.get("/health")
                    health.append(time.perf_counter() - started)
                    time.sleep(0.02)

        poller = threading.Thread(target=poll)
        poller.start()
        with ThreadPoolExecutor(args.messages) as pool:
            latencies = list(pool.map(lambda n: _candidate(url, n, job_id), range(args.messages)))
        stop.set()
        poller.join()
        result.update(
            message_s={
                "median": round(statistics.median(latencies), 3),
                "max": round(max(latencies), 3),
            },
            health_s={
                "polls": len(health),
                "median": round(statistics.median(health), 4),
                "max": round(max(health), 4),
            },
        )
    finally:
        server.should_exit = True
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
