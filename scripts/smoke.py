"""Smoke check of a running ``interviewer serve``, through HTTP as a candidate would.

    python scripts/smoke.py http://127.0.0.1:8000 [--ready-timeout 600] [--expect-profile P]

Waits for ``/health`` to say ready (every answer before that must be HTTP 503, and
the ready one 200), registers a candidate, opens the first job, sends replies the
deterministic readers cannot settle (so each one goes to the model), and checks that
the interview's model record names the CPU profile the model runs on. Prints one JSON
object; exits 1 on any failure. Standard library only, so it runs from any Python.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import secrets
import sys
import time
import urllib.error
import urllib.request
from typing import Any

# Replies to the demo job's first question (the LinkedIn profile) that need the model:
# no field reader or cue lexicon settles them (tests/test_web_serve.py keeps this true).
MODEL_REPLIES = (
    "It depends on what the project looks like, I suppose.",
    "I am on there under my maiden name",
)


class Failure(Exception):
    pass


class Client:
    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
            urllib.request.ProxyHandler({}),  # loopback only, whatever the environment says
        )

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with self.opener.open(request, timeout=300) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                return exc.code, json.loads(raw)
            except ValueError:
                return exc.code, raw.decode(errors="replace")

    def expect(self, method: str, path: str, body: Any = None, ok: tuple[int, ...] = (200,)) -> Any:
        status, payload = self.call(method, path, body)
        if status not in ok:
            raise Failure(f"{method} {path} answered {status}: {payload}")
        return payload


def wait_ready(client: Client, timeout_s: float) -> dict[str, Any]:
    """Poll /health; every answer before ready must be 503, the ready one 200."""
    deadline = time.monotonic() + timeout_s
    polls = {"unreachable": 0, "503": 0}
    while time.monotonic() < deadline:
        try:
            status, body = client.call("GET", "/health")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            polls["unreachable"] += 1
            time.sleep(0.5)
            continue
        if status == 200:
            if body.get("status") != "ready":
                raise Failure(f"/health answered 200 while {body}")
            return polls
        if status != 503:
            raise Failure(f"/health answered {status} before ready: {body}")
        if body.get("status") == "error":
            raise Failure(f"the model failed to start: {body.get('detail')}")
        polls["503"] += 1
        time.sleep(0.5)
    raise Failure(f"not ready within {timeout_s:.0f} s")


def interview(client: Client) -> dict[str, Any]:
    email = f"smoke-{secrets.token_hex(4)}@example.com"
    password = secrets.token_urlsafe(12)
    client.expect(
        "POST",
        "/api/auth/register",
        {"email": email, "password": password, "name": "Smoke Test", "role": "candidate"},
        ok=(202,),
    )
    client.expect("POST", "/api/auth/login", {"email": email, "password": password})
    jobs = client.expect("GET", "/api/jobs")
    if not jobs:
        raise Failure("no job is open (the demo job is seeded on a first start)")
    job = jobs[0]
    opened = client.expect("POST", f"/api/jobs/{job['id']}/interview", ok=(200, 201))
    iid = opened["id"]
    if job.get("requires_consent"):
        client.expect("POST", f"/api/interviews/{iid}/consent")
    turns = []
    for text in MODEL_REPLIES:
        started = time.perf_counter()
        turn = client.expect("POST", f"/api/interviews/{iid}/messages", {"text": text})
        if not turn.get("reply", "").strip():
            raise Failure(f"an empty reply to {text!r}")
        turns.append(round(time.perf_counter() - started, 3))
    record = client.expect("GET", f"/api/interviews/{iid}")["model"]
    cpu = record.get("decoding", {}).get("cpu")
    if not cpu:
        raise Failure(f"the model record has no CPU settings: {record}")
    return {
        "job": job["title"],
        "turn_s": turns,
        "model": record["name"],
        "cpu": cpu,
        "cpu_fallback": record["decoding"].get("cpu_fallback"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="base URL of the running server")
    parser.add_argument("--ready-timeout", type=float, default=600.0)
    parser.add_argument("--expect-profile", help="fail unless the model runs on this CPU profile")
    args = parser.parse_args()
    client = Client(args.url)
    result: dict[str, Any] = {"url": args.url}
    try:
        result["health_before_ready"] = wait_ready(client, args.ready_timeout)
        result.update(interview(client))
        if args.expect_profile and result["cpu"]["profile"] != args.expect_profile:
            raise Failure(
                f"the model runs on CPU profile {result['cpu']['profile']!r}, "
                f"not {args.expect_profile!r}"
            )
        result["ok"] = True
    except Failure as exc:
        result.update(ok=False, error=str(exc))
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
