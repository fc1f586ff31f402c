"""Log-ins: hashed passwords, server-side sessions that expire and end at log-out, cookie
flags, rotation at log-in (session fixation reproduced), and rate limits with 429."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from server.settings import Settings
from tests.helpers import database
from tests.helpers.web import (
    JOB_BODY,
    client_from,
    employer_with_job,
    form_tokens,
    plant,
    register,
    sign_up,
    start,
)

PASSWORD = "correct horse"


def _rows(settings: Settings, sql: str) -> list[tuple[Any, ...]]:
    return database.rows(settings.database_url, sql)


async def _form_login(client: Any, email: str, password: str = PASSWORD) -> Any:
    tokens = form_tokens((await client.get("/login")).text)
    return await client.post(
        "/login",
        data={"email": email, "password": password, **tokens},
        follow_redirects=False,
    )


async def test_passwords_are_argon2id_and_tokens_are_stored_hashed(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    await register(web_client, "jane@example.com")
    token = web_client.cookies["interviewer_session"]
    ((stored,),) = _rows(web_settings, "SELECT password_hash FROM users")
    sessions = [row[0] for row in _rows(web_settings, "SELECT id FROM auth_sessions")]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert token not in sessions  # a copy of the database cannot be replayed as a log-in
    assert hashlib.sha256(token.encode()).hexdigest() in sessions


async def test_a_session_expires_after_its_ttl(make_client: Any) -> None:
    async with make_client(session_ttl_hours=1.5 / 3600) as client:  # 1.5 seconds
        r = await sign_up(client, "a@example.com", name="A")
        assert "max-age=1" in r.headers["set-cookie"].lower()
        assert (await client.get("/api/me")).status_code == 200
        await asyncio.sleep(1.7)
        assert (await client.get("/api/me")).status_code == 401
        assert (await client.get("/jobs", follow_redirects=False)).status_code == 303


async def test_default_session_lifetime_is_the_setting(web_client: AsyncTestClient) -> None:
    r = await sign_up(web_client, "a@example.com", name="A")
    assert f"max-age={12 * 3600}" in r.headers["set-cookie"].lower()


async def test_log_out_ends_the_session_on_the_server(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    await register(web_client, "jane@example.com")
    token = web_client.cookies["interviewer_session"]
    r = await web_client.post("/api/auth/logout", json={})
    assert r.status_code == 200 and "max-age=0" in r.headers["set-cookie"].lower()
    plant(web_client, token)  # a copy of the cookie kept by someone
    assert (await web_client.get("/api/me")).status_code == 401
    assert _rows(web_settings, "SELECT count(*) FROM auth_sessions") == [(0,)]

    # The HTML form does the same.
    client = web_client
    client.cookies.clear()
    assert (await _form_login(client, "jane@example.com")).status_code == 303
    token = client.cookies["interviewer_session"]
    tokens = form_tokens((await client.get("/jobs")).text)
    out = await client.post("/logout", data=tokens, follow_redirects=False)
    assert out.status_code == 303
    plant(client, token)
    assert (await client.get("/api/me")).status_code == 401


@pytest.mark.parametrize(
    ("mode", "base_url", "secure"),
    [
        ("auto", "http://testserver.local", False),
        ("auto", "https://testserver.local", True),
        ("always", "http://testserver.local", True),
        ("never", "https://testserver.local", False),
    ],
)
async def test_cookie_flags(make_client: Any, mode: str, base_url: str, secure: bool) -> None:
    async with make_client(secure_cookies=mode, base_url=base_url) as client:
        r = await sign_up(client, "a@example.com", name="A")
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
        assert ("secure" in cookie.split(";")[-1] or "; secure" in cookie) is secure
        page = await client.get("/login")
        csrf_cookie = page.headers["set-cookie"].lower()
        assert "httponly" in csrf_cookie and "samesite=strict" in csrf_cookie
        if mode == "always":
            assert "secure" in csrf_cookie


async def test_session_fixation_a_planted_valid_session_dies_at_log_in(
    web_client: AsyncTestClient,
) -> None:
    """A kiosk: the attacker logs in, leaves their cookie in the shared browser, and waits
    for the next person to log in, hoping to share their session."""
    await register(web_client, "victim@example.com")
    web_client.cookies.clear()
    await register(web_client, "attacker@example.com", role="employer")
    planted = web_client.cookies["interviewer_session"]

    plant(web_client, planted)  # the shared browser still holds the attacker's cookie
    r = await _form_login(web_client, "victim@example.com")
    assert r.status_code == 303
    victims = web_client.cookies["interviewer_session"]
    assert victims != planted
    assert (await web_client.get("/api/me")).json()["email"] == "victim@example.com"

    plant(web_client, planted)  # what the attacker holds is now worth nothing
    assert (await web_client.get("/api/me")).status_code == 401

    # The same through the JSON API, and through registration.
    plant(web_client, "made-up-by-the-attacker")
    r = await web_client.post(
        "/api/auth/login", json={"email": "victim@example.com", "password": PASSWORD}
    )
    assert web_client.cookies["interviewer_session"] != "made-up-by-the-attacker"
    plant(web_client, "made-up-by-the-attacker")
    assert (await web_client.get("/api/me")).status_code == 401
    plant(web_client, victims)
    await register(web_client, "newcomer@example.com")
    plant(web_client, victims)
    assert (await web_client.get("/api/me")).status_code == 401


async def test_login_attempts_are_limited_per_account(make_client: Any) -> None:
    async with make_client(login_attempts_per_account=3, login_window_s=2.0) as client:
        await register(client, "jane@example.com")  # its log-in is the first attempt
        for n in range(2):
            async with client_from(client, f"10.0.0.{n + 1}") as other:
                r = await other.post(
                    "/api/auth/login", json={"email": "jane@example.com", "password": "wrong!!"}
                )
                assert r.status_code == 401
        async with client_from(client, "10.0.0.9") as other:
            r = await other.post(
                "/api/auth/login", json={"email": "JANE@example.com ", "password": PASSWORD}
            )
            assert r.status_code == 429, r.text
            assert 1 <= int(r.headers["retry-after"]) <= 2
            assert "Wait" in r.json()["detail"]
            # Another account from the same address is not affected.
            assert (
                await other.post(
                    "/api/auth/login", json={"email": "nobody@example.com", "password": "x"}
                )
            ).status_code == 401
            await asyncio.sleep(2.1)
            r = await other.post(
                "/api/auth/login", json={"email": "jane@example.com", "password": PASSWORD}
            )
            assert r.status_code == 200


async def test_login_attempts_are_limited_per_address(make_client: Any) -> None:
    async with make_client(login_attempts_per_address=4) as client:
        async with client_from(client, "10.1.1.1") as guesser:
            for n in range(4):
                r = await guesser.post(
                    "/api/auth/login", json={"email": f"u{n}@example.com", "password": "guess"}
                )
                assert r.status_code == 401
            for url, body in (
                ("/api/auth/login", {"email": "u9@example.com", "password": "guess"}),
                (
                    "/api/auth/register",
                    {
                        "email": "z@example.com",
                        "password": PASSWORD,
                        "name": "Z",
                        "role": "candidate",
                    },
                ),
            ):
                r = await guesser.post(url, json=body)
                assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
            # The HTML form is held to the same limit.
            tokens = form_tokens((await guesser.get("/login")).text)
            r = await guesser.post(
                "/login",
                data={"email": "u0@example.com", "password": "guess", **tokens},
            )
            assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
            assert "Too many" in r.text
        async with client_from(client, "10.1.1.2") as someone_else:
            r = await someone_else.post(
                "/api/auth/login", json={"email": "u0@example.com", "password": "guess"}
            )
            assert r.status_code == 401


async def test_message_posts_are_limited_per_account(
    make_client: Any, web_settings: Settings
) -> None:
    async with make_client(messages_per_account=3) as client:
        job_id = await employer_with_job(client)
        await register(client, "jane@example.com")
        iid = (await start(client, job_id))["id"]
        for n in range(3):
            r = await client.post(
                f"/api/interviews/{iid}/messages", json={"text": f"hello {n}", "client_id": f"m{n}"}
            )
            assert r.status_code == 200
        r = await client.post(
            f"/api/interviews/{iid}/messages", json={"text": "one more", "client_id": "m3"}
        )
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        texts = [t for (t,) in _rows(web_settings, "SELECT text FROM messages")]
        assert "one more" not in texts  # refused, not stored
        # Someone else is not held up.
        await register(client, "bob@example.com")
        bob = (await start(client, job_id))["id"]
        r = await client.post(
            f"/api/interviews/{bob}/messages", json={"text": "hi", "client_id": "b0"}
        )
        assert r.status_code == 200


async def test_message_posts_are_limited_per_address(make_client: Any) -> None:
    async with make_client(messages_per_address=3) as client:
        job_id = await employer_with_job(client)
        statuses = []
        for name in ("a", "b"):
            async with client_from(client, "10.2.2.2") as kiosk:
                await sign_up(kiosk, f"{name}@example.com", name=name)
                iid = (await kiosk.post(f"/api/jobs/{job_id}/interview")).json()["id"]
                for n in range(2):
                    r = await kiosk.post(
                        f"/api/interviews/{iid}/messages",
                        json={"text": f"hello {n}", "client_id": f"{name}{n}"},
                    )
                    statuses.append(r.status_code)
        assert statuses == [200, 200, 200, 429]


async def test_job_bodies_cannot_carry_an_owner(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer")
    r = await web_client.post("/api/jobs", json={**JOB_BODY, "employer_id": 999})
    assert r.status_code == 422
