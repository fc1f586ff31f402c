"""Offline by construction: serving a whole interview opens no socket but loopback.

The server runs as a real subprocess (``interviewer serve`` on the real model, or
the scripted app) with a ``sitecustomize`` on its ``PYTHONPATH``: every process it
starts (the model worker included, spawned as a fresh interpreter) has
``socket.connect``, ``connect_ex``, ``sendto``, ``create_connection`` and
``getaddrinfo`` wrapped to write each attempt to a log and refuse anything that
is not loopback. While the interview runs, the test also reads the open file
descriptors of the server and of every process below it, and looks each socket
up in ``/proc/<pid>/net/{tcp,tcp6,udp,udp6}``: none may have a remote end other
than loopback. A canary proves the guard itself works.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import subprocess
import sys
from collections.abc import Iterator
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
from tests.helpers.web import ANSWERS, sign_up_sync

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")

GUARD = r"""
import json, os, socket

_LOG = os.environ["NET_GUARD_LOG"]
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto
_real_getaddrinfo = socket.getaddrinfo
_LOOPBACK = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1", "::ffff:127.")


def _note(kind, target, allowed):
    with open(_LOG, "a") as out:
        out.write(json.dumps({"pid": os.getpid(), "kind": kind, "target": str(target),
                              "allowed": allowed}) + "\n")


def _check(sock, address, kind):
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = str(address[0]) if isinstance(address, tuple) else str(address)
    allowed = host.startswith(_LOOPBACK)
    _note(kind, host, allowed)
    if not allowed:
        raise ConnectionRefusedError(f"network guard: {host} is not loopback")


def connect(self, address):
    _check(self, address, "connect")
    return _real_connect(self, address)


def connect_ex(self, address):
    _check(self, address, "connect_ex")
    return _real_connect_ex(self, address)


def sendto(self, data, *args):
    _check(self, args[-1], "sendto")
    return _real_sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    name = str(host)
    allowed = host is None or name.startswith(_LOOPBACK)
    _note("getaddrinfo", name, allowed)
    if not allowed:
        raise socket.gaierror(f"network guard: no name lookups ({name})")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.getaddrinfo = getaddrinfo
_note("start", "", True)
"""


def _guard_env(tmp: Path, port: int) -> tuple[dict[str, str], Path]:
    hook = tmp / "guard"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(GUARD)
    log = tmp / "net.log"
    log.touch()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hook), str(PROJECT_ROOT)]),
        "NET_GUARD_LOG": str(log),
        "INTERVIEWER_DATABASE_URL": f"sqlite:///{tmp / 'offline.db'}",
        "INTERVIEWER_PORT": str(port),
        "INTERVIEWER_HOST": "127.0.0.1",
        "INTERVIEWER_MODEL": DEFAULT_MODEL,
        "INTERVIEWER_MODELS_DIR": str(PROJECT_ROOT / "models"),
        # Proxy settings must not matter: nothing may try them.
        "HTTPS_PROXY": "http://10.255.255.1:3128",
        "HTTP_PROXY": "http://10.255.255.1:3128",
    }
    return env, log


def _entries(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [root], [root]
    while frontier:
        pid = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == pid]
        found += kids
        frontier += kids
    return found


def _address(hex_addr: str) -> str:
    ip_hex = hex_addr.split(":")[0]
    if len(ip_hex) == 8:
        return str(ipaddress.IPv4Address(bytes.fromhex(ip_hex)[::-1]))
    words = [bytes.fromhex(ip_hex[i : i + 8])[::-1] for i in range(0, 32, 8)]
    return str(ipaddress.IPv6Address(b"".join(words)))


def _remote_ends(pid: int) -> list[str]:
    """The remote address of every inet socket ``pid`` holds open (unconnected: 0.0.0.0)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ends = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            cols = line.split()
            if cols[9] in inodes:
                ends.append(_address(cols[2]))
    return ends


def _loopback_or_unset(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    return ip.is_loopback or ip.is_unspecified


@pytest.fixture
def canary(tmp_path: Path) -> None:
    """The guard refuses and logs a connection to a non-loopback address."""
    where = tmp_path / "canary"
    where.mkdir()
    env, log = _guard_env(where, free_port())
    code = (
        "import socket\n"
        "try:\n    socket.socket().connect(('10.255.255.1', 80))\n"
        "except ConnectionRefusedError as e:\n    print('refused', e)\n"
        "try:\n    socket.create_connection(('example.com', 80), timeout=1)\n"
        "except OSError as e:\n    print('no lookup', e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert "refused" in out.stdout and "no lookup" in out.stdout, out.stderr
    refused = {e["target"] for e in _entries(log) if not e["allowed"]}
    assert refused == {"10.255.255.1", "example.com"}


def _interview(url: str, proc: subprocess.Popen[bytes]) -> list[tuple[int, list[str]]]:
    """The whole path; returns the sockets of every server process, seen mid-interview."""
    seen: list[tuple[int, list[str]]] = []
    with (
        httpx.Client(base_url=url, timeout=120) as boss,
        httpx.Client(base_url=url, timeout=120) as jane,
    ):
        sign_up_sync(boss, email="b@x.org", role="employer", name="B", password="correct horse")
        job_id = boss.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json")).json()["id"]
        sign_up_sync(jane, email="j@x.org", role="candidate", name="J", password="correct horse")
        iid = jane.post(f"/api/jobs/{job_id}/interview").json()["id"]
        state = "interview"
        for n, text in enumerate(ANSWERS):
            body = {"text": text, "client_id": f"m{n}"}
            r = jane.post(f"/api/interviews/{iid}/messages", json=body)
            assert r.status_code == 200, r.text
            state = r.json()["state"]
            if n == 1:
                seen = [(pid, _remote_ends(pid)) for pid in _descendants(proc.pid)]
            if state != "interview":
                break
        assert state == "summary"
        assert jane.post(f"/api/interviews/{iid}/confirm").status_code == 200
        r = jane.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 30})
        assert r.status_code == 200
        assert boss.get(f"/api/jobs/{job_id}/applications.csv").status_code == 200
        confirm = {"password": "correct horse"}
        assert jane.post("/api/me/export", json=confirm).status_code == 200
    return seen


@pytest.fixture
def server(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    port = free_port()
    env, log = _guard_env(tmp_path, port)
    if request.param == "model":
        request.getfixturevalue("default_model_path")
        command = [str(Path(sys.executable).parent / "interviewer"), "serve", "--no-pull"]
        ready = 600.0
    else:
        command = scripted_server_command()
        ready = 60.0
    out = tmp_path / "server.log"
    proc = start_process(command, env, out)
    try:
        wait_ready(f"http://127.0.0.1:{port}", proc, out, ready)
        yield f"http://127.0.0.1:{port}", proc, log
    finally:
        kill_9(proc)


@pytest.mark.usefixtures("canary")
@pytest.mark.parametrize(
    "server",
    [
        pytest.param("scripted", id="scripted"),
        pytest.param("model", id="model", marks=pytest.mark.model),
    ],
    indirect=True,
)
def test_a_whole_interview_opens_no_socket_but_loopback(
    server: tuple[str, subprocess.Popen[bytes], Path], request: pytest.FixtureRequest
) -> None:
    url, proc, log = server
    seen = _interview(url, proc)
    assert seen and all(pid > 0 for pid, _ in seen)
    if request.node.callspec.params["server"] == "model":
        assert len(seen) >= 2  # the server and its model worker
    for pid, ends in seen:
        assert all(_loopback_or_unset(end) for end in ends), (pid, ends)
    entries = _entries(log)
    pids = {e["pid"] for e in entries if e["kind"] == "start"}
    assert proc.pid in pids  # the guard was loaded in the server ...
    if len(seen) > 1:  # ... and in the model worker, a fresh interpreter
        assert {pid for pid, _ in seen} & (pids - {proc.pid})
    refused = [e for e in entries if not e["allowed"]]
    assert refused == [], refused
