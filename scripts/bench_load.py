"""Many candidates at once over HTTP: latency per message, refusals and throughput, as JSON.

    .venv/bin/python scripts/bench_load.py --candidates 100 --think-s 8
    .venv/bin/python scripts/bench_load.py --candidates 50 --think-s 0
    .venv/bin/python scripts/bench_load.py --url http://127.0.0.1:8000 --candidates 20

Each simulated candidate registers, opens the first open job (the demo's default job on
a fresh database), consents where asked, and answers the question the interviewer asks
(the ``asking`` key of each response; the first item the checklist still lacks when it
asks about none, or about one this candidate has answered three times already), one message
at a time, with a think time of ``--think-s`` seconds (uniform
jitter of ``±--jitter`` of it) before each message. Answers come from the shared
evaluation set (``shared/eval/dev.jsonl``), so the mix of messages the field readers
settle and messages that go to the model is the evaluated one. A message refused with
503 is counted and sent again with the same ``client_id`` after its ``Retry-After``, as
the page does; its latency is that of the attempt that was answered. A message whose
connection failed (a keep-alive connection the server closed just as it was sent) is sent
again with the same ``client_id`` and counted apart (``resent_after_connection_error``).

Without ``--url`` the script starts its own ``interviewer serve --no-pull`` on a free
loopback port with a temporary SQLite database (or ``--database-url``'s) and stops it at
the end; every other
``INTERVIEWER_*`` setting comes from the environment, so the server is the default one
unless you say otherwise. Each candidate sends ``X-Forwarded-For: 10.x.y.z`` (an address
of its own) and that server is started with ``INTERVIEWER_TRUSTED_PROXIES=127.0.0.1``:
the benchmark stands in for a reverse proxy in front of N people, so the per-address
registration and message limits apply per candidate, as in production, and the model's
fair queue sees N parties. ``--one-address`` sends no such header (everyone behind one
NAT); the limits per address then apply to all candidates together, so for its own
server the script raises ``INTERVIEWER_LOGIN_ATTEMPTS_PER_ADDRESS`` and
``INTERVIEWER_MESSAGES_PER_ADDRESS`` to fit the run, for this benchmark only. Against
``--url`` it changes nothing: that server must trust 127.0.0.1 as a proxy (or the run
uses ``--one-address`` within its limits).

Prints one JSON object: p50/p95/max seconds per answered message, refused (503) count
and share of attempts, other errors, answered messages per second over the run, the
load average before and after, and the settings used. Exits 1 if any candidate failed
with an error other than a refusal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "eval" / "dev.jsonl"
PASSWORD = "correct horse battery staple"
# For a checklist item the evaluation set has no answers to (the default job's optional
# custom question, a job's own fields).
OTHER_ANSWERS = (
    "I enjoy careful work with language and I like seeing models get better.",
    "It fits around my studies and I have done similar review work before.",
    "Flexible remote work that uses my eye for detail.",
    "not sure what to say here, I just like it",
)
MAX_MESSAGES = 10  # per interview
RESENDS = 20  # connection errors tolerated in a run before it counts as failed
TRIES_PER_ITEM = 3  # a candidate answers a checklist item at most three times, then moves on


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    attempts: int = 0
    refused: int = 0
    answered_after_refusal: int = 0
    errors: list[str] = field(default_factory=list)
    interviews_complete: int = 0
    # Messages answering another item than the one the interviewer asked about.
    out_of_step: int = 0
    # Messages sent again after the connection failed (not a refusal).
    resent: int = 0
    answered_by_item: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    first_message_at: float | None = None
    last_answer_at: float = 0.0


def answer_pools(path: Path) -> dict[str, list[str]]:
    """Candidate answers of the evaluation set, by the checklist key they were asked for."""
    pools: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                for turn in json.loads(line)["turns"]:
                    pools[turn.get("asked") or "*"].append(turn["candidate"])
    return dict(pools)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))], 3)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


class Candidate:
    def __init__(self, n: int, url: str, args: argparse.Namespace, pools: dict[str, list[str]]):
        self.n = n
        self.rng = random.Random(args.seed * 100_003 + n)
        self.args = args
        self.pools = pools
        headers = {"Accept": "application/json"}
        if not args.one_address:
            headers["X-Forwarded-For"] = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
        self.client = httpx.AsyncClient(
            base_url=url, headers=headers, timeout=args.request_timeout_s, trust_env=False
        )
        self.interview: dict[str, Any] = {}
        self.tries: dict[str, int] = defaultdict(int)

    async def expect(self, method: str, path: str, ok: tuple[int, ...], **kw: Any) -> Any:
        response = await self.client.request(method, path, **kw)
        if response.status_code not in ok:
            raise RuntimeError(f"{method} {path} answered {response.status_code}: {response.text}")
        return response.json() if response.content else None

    async def join(self, run: str) -> None:
        """Register, log in, open the first job's interview, consent."""
        email = f"load-{run}-{self.n}@example.com"
        account = {"email": email, "password": PASSWORD}
        await self.expect(
            "POST",
            "/api/auth/register",
            (201, 202),  # 202: registered without being logged in (no account enumeration)
            json={**account, "name": f"Load Candidate {self.n}", "role": "candidate"},
        )
        await self.expect("POST", "/api/auth/login", (200,), json=account)
        jobs = await self.expect("GET", "/api/jobs", (200,))
        if not jobs:
            raise RuntimeError("no job is open (the demo job is seeded on a first start)")
        opened = await self.expect("POST", f"/api/jobs/{jobs[0]['id']}/interview", (200, 201))
        if jobs[0].get("requires_consent"):
            await self.expect("POST", f"/api/interviews/{opened['id']}/consent", (200,))
        self.interview = await self.expect("GET", f"/api/interviews/{opened['id']}", (200,))

    def next_answer(
        self, checklist: list[dict[str, Any]], asking: str | None
    ) -> tuple[str, str] | None:
        """(item, answer): the item the interviewer asks about (``asking``), else the first
        item still open; None when nothing is left that this candidate will answer."""
        missing = [
            item["key"]
            for item in checklist
            if not item["complete"] and self.tries[item["key"]] < TRIES_PER_ITEM
        ]
        if not missing:
            return None
        key = asking if asking in missing else missing[0]
        self.tries[key] += 1
        pool = self.pools.get(key) or list(OTHER_ANSWERS)
        return key, self.rng.choice(pool)

    async def think(self) -> None:
        base = self.args.think_s
        if base > 0:
            jitter = self.args.jitter * base
            await asyncio.sleep(max(0.0, self.rng.uniform(base - jitter, base + jitter)))

    async def interview_once(self, tally: Tally) -> None:
        iid = self.interview["id"]
        checklist = self.interview["checklist"]
        asking = self.interview.get("asking")
        complete = bool(self.interview["complete"])
        for _ in range(MAX_MESSAGES):
            answer = self.next_answer(checklist, asking)
            if answer is None:
                break
            item, text = answer
            tally.out_of_step += asking is not None and item != asking
            await self.think()
            body = {"text": text, "client_id": f"m{secrets.token_hex(6)}"}
            refused_before = False
            while True:
                started = time.perf_counter()
                tally.first_message_at = tally.first_message_at or time.monotonic()
                tally.attempts += 1
                try:
                    response = await self.client.post(f"/api/interviews/{iid}/messages", json=body)
                except httpx.TransportError:
                    # A connection the server closed as idle just as this one was sent
                    # (keep-alive): sent again with the same client_id, as the page does.
                    tally.resent += 1
                    if tally.resent > RESENDS:
                        raise
                    await asyncio.sleep(0.5)
                    continue
                elapsed = time.perf_counter() - started
                if response.status_code == 503:
                    tally.refused += 1
                    refused_before = True
                    await asyncio.sleep(float(response.headers.get("Retry-After", "5")))
                    continue
                if response.status_code != 200:
                    raise RuntimeError(
                        f"message answered {response.status_code}: {response.text[:300]}"
                    )
                break
            tally.latencies.append(elapsed)
            tally.last_answer_at = time.monotonic()
            tally.answered_after_refusal += refused_before
            tally.answered_by_item[item] += 1
            turn = response.json()
            checklist, complete = turn["checklist"], bool(turn["complete"])
            asking = turn.get("asking")
        tally.interviews_complete += complete

    async def aclose(self) -> None:
        await self.client.aclose()


async def run_load(url: str, args: argparse.Namespace) -> dict[str, Any]:
    pools = answer_pools(args.cases)
    run = secrets.token_hex(3)
    candidates = [Candidate(n, url, args, pools) for n in range(args.candidates)]
    tally = Tally()
    try:
        # Registration hashes passwords (CPU-bound): a few at a time, before the clock starts.
        gate = asyncio.Semaphore(4)

        async def join(candidate: Candidate) -> None:
            async with gate:
                await candidate.join(run)

        began = time.monotonic()
        await asyncio.gather(*(join(c) for c in candidates))
        setup_s = time.monotonic() - began

        async def one(candidate: Candidate) -> None:
            try:
                await candidate.interview_once(tally)
            except (RuntimeError, httpx.HTTPError) as exc:
                tally.errors.append(f"candidate {candidate.n}: {type(exc).__name__}: {exc}"[:400])

        load_before = load_average()
        began = time.monotonic()
        tasks = [asyncio.create_task(one(c)) for c in candidates]
        _, unfinished = await asyncio.wait(tasks, timeout=args.time_limit_s)
        for task in unfinished:  # past --time-limit-s: stop and report what was measured
            task.cancel()
        await asyncio.gather(*unfinished, return_exceptions=True)
        wall_s = time.monotonic() - began
    finally:
        await asyncio.gather(*(c.aclose() for c in candidates))
    busy_s = tally.last_answer_at - (tally.first_message_at or tally.last_answer_at)
    answered = len(tally.latencies)
    return {
        "candidates": args.candidates,
        "messages_answered": answered,
        "attempts": tally.attempts,
        "refused": tally.refused,
        "refused_share": round(tally.refused / tally.attempts, 4) if tally.attempts else 0.0,
        "answered_after_refusal": tally.answered_after_refusal,
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "interviews_complete": tally.interviews_complete,
        "out_of_step": tally.out_of_step,
        "resent_after_connection_error": tally.resent,
        "candidates_stopped_at_time_limit": len(unfinished),
        "answered_by_item": dict(tally.answered_by_item),
        "p50_s": percentile(tally.latencies, 0.50),
        "p95_s": percentile(tally.latencies, 0.95),
        "max_s": round(max(tally.latencies), 3) if tally.latencies else None,
        "mean_s": round(sum(tally.latencies) / answered, 3) if answered else None,
        "messages_per_s": round(answered / busy_s, 3) if busy_s > 0 else None,
        "run_s": round(wall_s, 1),
        "setup_s": round(setup_s, 1),
        "load_average_before": load_before,
        "load_average_after": load_average(),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_command() -> list[str]:
    """``interviewer serve`` of the checkout this script is in (run from ROOT)."""
    return [sys.executable, "-m", "server.cli", "serve", "--no-pull"]


def start_server(
    args: argparse.Namespace, folder: Path
) -> tuple[str, subprocess.Popen[bytes], dict[str, str]]:
    port = free_port()
    overrides = {
        "INTERVIEWER_DATABASE_URL": args.database_url or f"sqlite:///{folder / 'bench.db'}",
        "INTERVIEWER_HOST": "127.0.0.1",
        "INTERVIEWER_PORT": str(port),
    }
    if args.one_address:
        # Everyone shares 127.0.0.1: the per-address limits must fit the whole run.
        overrides["INTERVIEWER_LOGIN_ATTEMPTS_PER_ADDRESS"] = str(args.candidates * 2 + 10)
        overrides["INTERVIEWER_MESSAGES_PER_ADDRESS"] = str(args.candidates * MAX_MESSAGES + 10)
    else:
        overrides["INTERVIEWER_TRUSTED_PROXIES"] = "127.0.0.1"
    env = {**os.environ, **overrides}
    log = folder / "server.log"
    with log.open("ab") as out:  # its own session, so stop_server can end its model worker too
        proc = subprocess.Popen(
            server_command(),
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + args.ready_timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited:\n{log.read_text()[-3000:]}")
        try:
            health = httpx.get(f"{url}/health", timeout=2, trust_env=False).json()
        except (httpx.HTTPError, ValueError):
            health = {}
        if health.get("status") == "ready":
            settings = {k: v for k, v in env.items() if k.startswith("INTERVIEWER_")}
            return url, proc, settings
        if health.get("status") == "error":
            stop_server(proc)
            raise RuntimeError(f"the model failed to start: {health.get('detail')}")
        time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError(
        f"the server was not ready within {args.ready_timeout_s:.0f} s:\n{log.read_text()[-3000:]}"
    )


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM (a graceful stop that closes the model worker), then SIGKILL to the
    server's own process group."""
    proc.terminate()
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (default: start one here)")
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--think-s", type=float, default=8.0, help="pause before each message")
    parser.add_argument("--jitter", type=float, default=0.5, help="± share of the think time")
    parser.add_argument("--one-address", action="store_true", help="no X-Forwarded-For")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=Path, default=CASES, help="answers (.jsonl)")
    parser.add_argument("--request-timeout-s", type=float, default=300.0)
    parser.add_argument("--ready-timeout-s", type=float, default=600.0)
    parser.add_argument("--server-log", type=Path, help="keep the started server's log here")
    parser.add_argument(
        "--database-url",
        help="database of the started server (default: a temporary SQLite file); e.g. an "
        "empty PostgreSQL database: postgresql+psycopg://user@/bench?host=/run/postgresql",
    )
    parser.add_argument(
        "--time-limit-s", type=float, help="stop candidates still talking after this long"
    )
    args = parser.parse_args()
    # A SIGTERM (``timeout``) unwinds like Ctrl-C, so the started server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    settings: dict[str, Any] = {
        "candidates": args.candidates,
        "think_s": args.think_s,
        "jitter": args.jitter,
        "one_address": args.one_address,
        "seed": args.seed,
        "cpus": len(os.sched_getaffinity(0)),
    }
    proc: subprocess.Popen[bytes] | None = None
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        try:
            if args.url:
                url = args.url.rstrip("/")
                settings["server"] = url
            else:
                url, proc, env = start_server(args, Path(tmp))
                settings["server"] = "started here: interviewer serve --no-pull"
                settings["server_env"] = {
                    k: v for k, v in env.items() if k != "INTERVIEWER_DATABASE_URL"
                }
                settings["database"] = env["INTERVIEWER_DATABASE_URL"].split(":", 1)[0]
            health = httpx.get(f"{url}/health", timeout=10, trust_env=False).json()
            settings["model"] = health.get("model")
            result = asyncio.run(run_load(url, args))
        finally:
            if proc is not None:
                stop_server(proc)
            if args.server_log and (Path(tmp) / "server.log").exists():
                shutil.copyfile(Path(tmp) / "server.log", args.server_log)
    print(json.dumps({**result, "settings": settings}, indent=2))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
