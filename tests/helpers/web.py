"""The JSON API as a test client sees it: accounts, jobs and interviews in a few calls."""

from __future__ import annotations

from typing import Any

import httpx
from litestar.testing import AsyncTestClient

from server.interview.default_job import DEFAULT_JOB

ANSWERS = [
    "My profile is https://www.linkedin.com/in/jane-doe",
    "I have 3 years of experience in data annotation and AI training",
    "I can work 20 hours per week",
    "I did RLHF and response evaluation on Outlier",
    "I want to help make AI models more helpful and safe.",
    "That is all, thank you.",
]
JOB_BODY = DEFAULT_JOB.model_dump(mode="json")


async def sign_up(
    client: Any,
    email: str,
    role: str = "candidate",
    name: str = "Jane Doe",
    password: str = "correct horse",
) -> Any:
    """Register, then log in (registration itself logs nobody in): the log-in's response,
    whose Set-Cookie holds the session. ``client`` is any async httpx-style client."""
    r = await client.post(
        "/api/auth/register",
        json={"email": email, "password": password, "name": name, "role": role},
    )
    assert r.status_code == 202, r.text
    r = await client.post("/api/auth/login", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    return r


def sign_up_sync(
    client: httpx.Client,
    email: str,
    role: str = "candidate",
    name: str = "Jane Doe",
    password: str = "correct horse",
) -> httpx.Response:
    """:func:`sign_up` for a synchronous client (a live server in another process)."""
    client.post(
        "/api/auth/register",
        json={"email": email, "password": password, "name": name, "role": role},
    ).raise_for_status()
    r = client.post("/api/auth/login", json={"email": email, "password": password})
    r.raise_for_status()
    return r


async def register(
    client: AsyncTestClient, email: str, role: str = "candidate", name: str = "Jane Doe"
) -> dict[str, Any]:
    """A new account, logged in: the user as /api/me shows it."""
    r = await sign_up(client, email, role, name)
    return dict(r.json())


async def login(client: AsyncTestClient, email: str) -> None:
    client.cookies.clear()
    r = await client.post("/api/auth/login", json={"email": email, "password": "correct horse"})
    assert r.status_code == 200, r.text


def form_tokens(page_text: str) -> dict[str, str]:
    """The hidden fields a form on this page posts back: the CSRF token, and the token
    that ties the form to the log-in it was rendered for (empty without one)."""
    fields = {}
    for name in ("_csrf_token", "_form_binding"):
        fields[name] = page_text.split(f'name="{name}" value="', 1)[1].split('"', 1)[0]
    return fields


def plant(client: AsyncTestClient, token: str) -> None:
    """Put a session cookie in the client's jar as a browser would hold it."""
    client.cookies.clear()
    client.cookies.set("interviewer_session", token, domain="testserver.local", path="/")


async def employer_with_job(client: AsyncTestClient, email: str = "boss@example.com") -> int:
    await register(client, email, role="employer", name="Boss")
    r = await client.post("/api/jobs", json=JOB_BODY)
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def start(client: AsyncTestClient, job_id: int) -> dict[str, Any]:
    r = await client.post(f"/api/jobs/{job_id}/interview")
    assert r.status_code in (200, 201), r.text
    return r.json()


async def say(client: AsyncTestClient, iid: int, text: str, cid: str) -> dict[str, Any]:
    r = await client.post(f"/api/interviews/{iid}/messages", json={"text": text, "client_id": cid})
    assert r.status_code == 200, r.text
    return r.json()


async def complete(client: AsyncTestClient, iid: int) -> dict[str, Any]:
    turn: dict[str, Any] = {}
    for n, text in enumerate(ANSWERS):
        turn = await say(client, iid, text, f"answer-{n}")
        if turn["state"] != "interview":
            return turn
    raise AssertionError(f"the interview did not complete: {turn}")


def client_from(client, address: str) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    """Another httpx client on the same running app (``make_client``), seen from ``address``."""
    transport = httpx.ASGITransport(app=client.app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url=str(client.base_url))
