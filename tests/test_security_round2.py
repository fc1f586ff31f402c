"""Hostile suite, second round (issue 14): each attack an independent test found, replayed."""

from __future__ import annotations

from typing import Any

import pytest

from server.settings import Settings
from server.web.security import host_allowed
from tests.helpers import database

PASSWORD = "correct horse"


async def _login(client: Any, email: str, forwarded_for: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    r = await client.post(
        "/api/auth/login", json={"email": email, "password": "wrong"}, headers=headers
    )
    return r.status_code


# -- finding 2: X-Forwarded-For from any loopback client --------------------------------------


async def test_rotating_x_forwarded_for_does_not_lift_per_address_limits(make_client: Any) -> None:
    async with make_client(login_attempts_per_address=3) as client:
        codes = [await _login(client, f"u{n}@x.org", f"203.0.113.{n}") for n in range(5)]
    assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429]


async def test_a_configured_proxy_is_believed(make_client: Any) -> None:
    async with make_client(login_attempts_per_address=3, trusted_proxies="127.0.0.1") as client:
        rotating = [await _login(client, f"u{n}@x.org", f"203.0.113.{n}") for n in range(5)]
        same = [await _login(client, f"v{n}@x.org", "198.51.100.7") for n in range(4)]
    assert 429 not in rotating  # five clients behind the proxy, one attempt each
    assert same == [401, 401, 401, 429]  # one client behind the proxy, over its limit


# -- finding 3: the Host header ------------------------------------------------------------------


async def test_a_foreign_host_name_gets_400_and_changes_nothing(make_client: Any) -> None:
    async with make_client() as client:
        evil = {"Host": "evil.example", "Origin": "http://evil.example"}
        r = await client.post(
            "/api/auth/register",
            json={"email": "dns@x.org", "password": PASSWORD, "name": "D", "role": "employer"},
            headers=evil,
        )
        assert r.status_code == 400 and "INTERVIEWER_ALLOWED_HOSTS" in r.json()["detail"]
        assert "content-security-policy" in r.headers
        assert (await client.get("/health", headers=evil)).status_code == 400
        assert (await client.get("/login", headers=evil)).status_code == 400
        r = await client.post("/api/auth/login", json={"email": "dns@x.org", "password": PASSWORD})
        assert r.status_code == 401  # the account was never made


@pytest.mark.parametrize(
    ("host", "allowed", "ok"),
    [
        ("127.0.0.1:8000", ["127.0.0.1"], True),
        ("LOCALHOST", ["localhost"], True),
        ("[::1]:8000", ["::1"], True),
        ("interviews.acme.internal", ["*.acme.internal"], True),
        ("evil.example", ["localhost", "127.0.0.1"], False),
        ("localhost.evil.example", ["localhost"], False),
        ("", ["localhost"], False),
        (None, ["localhost"], False),
    ],
)
def test_host_names_are_matched_without_port_or_case(
    host: str | None, allowed: list[str], ok: bool
) -> None:
    assert host_allowed(host, allowed) is ok


def test_default_allowed_hosts_are_the_bound_address_and_loopback() -> None:
    assert Settings(host="10.1.2.3").allowed_host_names()[-1] == "10.1.2.3"
    assert "0.0.0.0" not in Settings(host="0.0.0.0").allowed_host_names()
    assert Settings(allowed_hosts="a.example, b.example").allowed_host_names() == [
        "a.example",
        "b.example",
    ]


# -- finding 10: security headers on every response ----------------------------------------


async def test_not_found_and_csrf_refusals_carry_the_security_headers(make_client: Any) -> None:
    async with make_client() as client:
        missing = await client.get("/no/such/page")
        forged = await client.post("/login", data={"email": "a@x.org", "password": "x"})
    assert missing.status_code == 404 and forged.status_code == 403
    for response in (missing, forged):
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"


# -- finding 8: control characters in a path ------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/static/%00style.css", "/static/x%0AERROR%20server.web.auth:%20FORGED", "/login%0d"]
)
async def test_a_path_with_a_control_character_is_a_404(make_client: Any, path: str) -> None:
    async with make_client() as client:
        r = await client.get(path)
    assert r.status_code == 404
    assert "content-security-policy" in r.headers


# -- finding 7: a cross-site GET that would start an export ---------------------------------


async def _employer_with_job(client: Any) -> int:
    from server.interview.default_job import DEFAULT_JOB
    from tests.helpers.web import sign_up

    await sign_up(client, "boss@x.org", "employer", "B", PASSWORD)
    r = await client.post("/api/jobs", json=DEFAULT_JOB.model_dump(mode="json"))
    assert r.status_code == 201, r.text
    return r.json()["id"]


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
async def test_an_export_started_from_another_site_is_refused_and_not_audited(
    make_client: Any, site: str
) -> None:
    async with make_client() as client:
        job_id = await _employer_with_job(client)
        for suffix in ("applications.csv", "applications.jsonl", "applications"):
            r = await client.get(f"/api/jobs/{job_id}/{suffix}", headers={"Sec-Fetch-Site": site})
            assert r.status_code == 403, suffix
        url = client.app.state.settings.database_url
        assert database.rows(url, "SELECT count(*) FROM audit_log") == [(0,)]
        r = await client.get(
            f"/api/jobs/{job_id}/applications.csv", headers={"Sec-Fetch-Site": "same-origin"}
        )
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/csv; charset=utf-8"  # said once


# -- finding 6: log-in CSRF from another port of the same host ---------------------------------


async def test_a_form_post_from_another_origin_is_refused(make_client: Any) -> None:
    import re

    async with make_client() as client:
        page = await client.get("/login")
        token = re.search(r'name="_csrf_token" value="([^"]+)"', page.text)
        assert token is not None
        form = {"email": "a@x.org", "password": PASSWORD, "_csrf_token": token.group(1)}
        for headers in (
            {"Origin": "http://testserver.local:8081"},  # another port: same site, not origin
            {"Sec-Fetch-Site": "same-site"},
            {"Sec-Fetch-Site": "cross-site"},
        ):
            r = await client.post("/login", data=form, headers=headers)
            assert r.status_code == 403, headers
        r = await client.post(
            "/login",
            data=form,
            headers={"Origin": "http://testserver.local", "Sec-Fetch-Site": "same-origin"},
        )
        assert r.status_code != 403  # the page's own form still posts


async def test_a_form_is_bound_to_the_log_in_it_was_rendered_for(make_client: Any) -> None:
    """Finding 6, second half: a form token taken from one log-in does not post with the
    cookie of another. The attacker's own page (their log-in) gives them a valid CSRF
    token pair; with the visitor's log-in cookie that form neither logs the visitor out
    nor switches them into the attacker's account. Without a log-in cookie nothing is
    bound; the page's own form, with its own binding, posts."""
    from tests.helpers.web import form_tokens, register

    async with make_client() as client:
        await register(client, "attacker@x.org")
        attackers = form_tokens((await client.get("/jobs")).text)
        assert attackers["_form_binding"]
        client.cookies.delete("interviewer_session")
        await register(client, "visitor@x.org")
        visitors = form_tokens((await client.get("/jobs")).text)
        assert visitors["_form_binding"] != attackers["_form_binding"]
        assert visitors["_csrf_token"] and attackers["_csrf_token"]

        switch = {"email": "attacker@x.org", "password": PASSWORD}
        for tokens in (attackers, {"_csrf_token": visitors["_csrf_token"]}):
            for url, data in (("/login", switch), ("/logout", {})):
                r = await client.post(url, data={**data, **tokens}, follow_redirects=False)
                assert r.status_code == 403, (url, tokens)
                assert "another log-in" in r.text
        assert (await client.get("/api/me")).json()["email"] == "visitor@x.org"

        r = await client.post("/logout", data=visitors, follow_redirects=False)
        assert r.status_code == 303
        assert (await client.get("/api/me")).status_code == 401
        fresh = form_tokens((await client.get("/login")).text)
        assert fresh["_form_binding"] == ""
        r = await client.post("/login", data={**switch, **fresh}, follow_redirects=False)
        assert r.status_code == 303


# -- finding 1: one long message on a many-field job ------------------------------------------


def _job_body(fields: int, questions: int = 0, choices: int = 3, choice_chars: int = 8) -> dict:
    body: dict[str, Any] = {
        "title": "Warehouse picker",
        "fields": [
            {"key": f"f{n}", "label": f"Platforms {n}", "type": "ai_training_experience"}
            for n in range(fields)
        ],
        "custom_questions": [
            {"key": f"q{n}", "question": f"Question {n}?"} for n in range(questions)
        ],
    }
    body["fields"].append(
        {
            "key": "shift",
            "label": "Shift",
            "type": "single_choice",
            "choices": [f"{n:0{choice_chars}d}" for n in range(choices)],
        }
    )
    return body


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (_job_body(fields=40), "fields"),  # 41 with the shift field
        (_job_body(fields=2, questions=21), "custom_questions"),
        (_job_body(fields=2, choices=21), "choices"),
        (_job_body(fields=2, choice_chars=101), "choices"),
    ],
)
async def test_an_oversized_job_definition_gets_422(
    make_client: Any, body: dict, problem: str
) -> None:
    from tests.helpers.web import sign_up

    async with make_client() as client:
        await sign_up(client, "boss@x.org", "employer", "B", PASSWORD)
        r = await client.post("/api/jobs", json=body)
        assert r.status_code == 422 and problem in r.text
        assert (await client.get("/api/jobs")).json() == []


async def test_the_largest_allowed_job_reads_a_long_message_off_the_event_loop() -> None:
    import json
    import threading

    from server.engine.fake import ScriptedEngine
    from server.interview.consult import understand
    from server.interview.spec import MAX_CUSTOM_QUESTIONS, MAX_FIELDS, JobSpec
    from server.interview.vocab import VOCAB_PATH, Vocabulary

    threads: set[int] = set()

    class Watched(Vocabulary):
        def find(self, kind: str, text: str):  # type: ignore[no-untyped-def]
            threads.add(threading.get_ident())
            return super().find(kind, text)

    job = JobSpec.model_validate(_job_body(MAX_FIELDS - 1, MAX_CUSTOM_QUESTIONS))
    vocab = Watched.from_dict(json.loads(VOCAB_PATH.read_text(encoding="utf-8")))
    text = ("I did RLHF on Outlier for two years, then annotation on Scale AI. " * 60)[:3990]
    reading = await understand(ScriptedEngine(), job, text, "f0", vocab)
    assert threads and threading.get_ident() not in threads  # never on the loop's thread
    assert reading.text


# -- finding 5: ids reused after deletion ---------------------------------------------------


async def _register(client: Any, email: str, role: str = "candidate") -> int:
    from tests.helpers.web import sign_up

    client.cookies.clear()
    r = await sign_up(client, email, role, email, PASSWORD)
    return int(r.json()["id"])


async def _log_in(client: Any, email: str) -> None:
    client.cookies.clear()
    r = await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert r.status_code == 200, r.text


async def test_a_new_account_never_inherits_a_deleted_accounts_id_or_trail(
    make_client: Any,
) -> None:
    async with make_client() as client:
        job_id = await _employer_with_job(client)
        gone = await _register(client, "gone@x.org")
        interview = (await client.post(f"/api/jobs/{job_id}/interview")).json()["id"]
        await _log_in(client, "boss@x.org")
        assert (await client.get(f"/api/interviews/{interview}")).status_code == 200  # audited
        await _log_in(client, "gone@x.org")
        confirm = {"password": PASSWORD}
        assert (await client.request("DELETE", "/api/me", json=confirm)).status_code == 200

        newcomer = await _register(client, "new@x.org")
        assert newcomer > gone  # the highest id was freed, and is not handed out again
        second = (await client.post(f"/api/jobs/{job_id}/interview")).json()["id"]
        assert second > interview
        export = (await client.post("/api/me/export", json=confirm)).json()
        assert export["access_log"] == []  # the deleted person's trail stays theirs
        assert export["account"]["id"] == newcomer


def test_an_upgraded_database_does_not_reuse_ids_freed_after_the_upgrade(
    blank_database_url: str,
) -> None:
    from server.store import accounts
    from server.store.db import Database, create_db_engine
    from server.store.migrations import migrate

    url = blank_database_url
    engine = create_db_engine(url)
    migrate(engine, upto="003_trust")
    for n in (1, 2, 3):
        database.execute(
            url,
            "INSERT INTO users (id, email, name, role, password_hash, created_at)"
            f" VALUES ({n}, 'u{n}@x.org', 'U', 'candidate', 'h', '2024-01-01 00:00:00')",
        )
    assert migrate(engine)[:2] == ["004_id_allocations", "005_kiosks"]
    engine.dispose()
    database.execute(url, "DELETE FROM users WHERE id = 3")
    db = Database(url)
    try:
        user = db.call(
            accounts.create_user, email="n@x.org", name="N", role="candidate", password_hash="h"
        )
        assert user.id == 4
    finally:
        db.dispose()


# -- finding 9: registration tells whether an e-mail has an account --------------------------


async def test_registration_answers_alike_for_a_new_and_a_taken_e_mail(make_client: Any) -> None:
    """The answer is the same whether the e-mail is new or taken; the taken account is left
    as it was, and its owner sees the attempt on the account page and in the data export.
    The owner registering again with their own password is not an attempt."""
    from tests.helpers.web import form_tokens, sign_up

    async with make_client() as client:
        await sign_up(client, "owner@x.org", name="Owner", password=PASSWORD)
        client.cookies.clear()

        def body(email: str, password: str) -> dict[str, str]:
            return {"email": email, "password": password, "name": "Mallory", "role": "candidate"}

        new = await client.post("/api/auth/register", json=body("fresh@x.org", "another pass"))
        taken = await client.post("/api/auth/register", json=body("owner@x.org", "another pass"))
        assert (
            (new.status_code, new.json())
            == (taken.status_code, taken.json())
            == (
                202,
                new.json(),
            )
        )
        assert "set-cookie" not in new.headers and "set-cookie" not in taken.headers
        pages = []
        for email in ("fresh2@x.org", "OWNER@x.org"):
            tokens = form_tokens((await client.get("/register")).text)
            r = await client.post("/register", data={**body(email, "another pass"), **tokens})
            pages.append((r.status_code, r.text.replace(email, "EMAIL")))
        assert pages[0][0] == pages[1][0] == 200
        assert "log in with it" in pages[0][1] and "log in with it" in pages[1][1]

        r = await client.post(
            "/api/auth/login", json={"email": "owner@x.org", "password": "another pass"}
        )
        assert r.status_code == 401  # the taken account did not change hands
        await client.post("/api/auth/register", json=body("owner@x.org", PASSWORD))  # the owner
        r = await client.post(
            "/api/auth/login", json={"email": "owner@x.org", "password": PASSWORD}
        )
        assert r.status_code == 200 and r.json()["name"] == "Owner"

        account = (await client.get("/account")).text
        assert "Attempts to register with your e-mail" in account
        assert account.count("<li><time") == 2  # the API attempt and the form's, not the owner's
        export = (await client.post("/api/me/export", json={"password": PASSWORD})).json()
        attempts = [e for e in export["access_log"] if e["action"] == "registration_attempt"]
        assert len(attempts) == 2 and {e["actor_role"] for e in attempts} == {"anonymous"}

        await sign_up(client, "fresh3@x.org", password=PASSWORD)
        assert "Attempts to register" not in (await client.get("/account")).text


# -- finding 4: a few accounts slowing the model for everyone ----------------------------------


async def test_each_model_request_says_whose_it_is(make_client: Any, web_engine: Any) -> None:
    from server.engine.base import FairKey

    async with make_client() as client:
        job_id = await _employer_with_job(client)
        candidate = await _register(client, "cand@x.org")
        interview = (await client.post(f"/api/jobs/{job_id}/interview")).json()
        if interview.get("state") == "consent":
            await client.post(f"/api/interviews/{interview['id']}/consent")
        r = await client.post(
            f"/api/interviews/{interview['id']}/messages",
            json={"text": "It depends on what the project looks like, I suppose."},
        )
        assert r.status_code == 200, r.text
    assert web_engine.requests, "the reply did not reach the model"
    assert {req.fair_key for req in web_engine.requests} == {
        FairKey(group="127.0.0.1", member=f"user:{candidate}", job=f"job:{job_id}")
    }


async def test_employer_accounts_are_by_invitation_unless_opened(
    make_client: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: Any
) -> None:
    """Anyone could register as an employer (issue 10). Closed by default now: the API
    and the form refuse with 403 and say how an employer account is made; candidates
    still register; `interviewer users add --role employer` makes one that logs in."""
    monkeypatch.delenv("INTERVIEWER_OPEN_EMPLOYER_REGISTRATION")
    from server.cli import main

    async with make_client(open_employer_registration=Settings().open_employer_registration) as c:
        body = {"email": "boss@x.org", "password": "correct horse", "name": "B", "role": "employer"}
        r = await c.post("/api/auth/register", json=body)
        assert r.status_code == 403 and "users add --role employer" in r.json()["detail"]
        form = await c.get("/register")
        token = form.cookies.get("interviewer_csrf") or c.cookies.get("interviewer_csrf")
        r = await c.post(
            "/register",
            data={**body, "_csrf_token": token or ""},
            headers={"Origin": "http://testserver.local"},
        )
        assert r.status_code == 403 and "users add" in r.text
        r = await c.post("/api/auth/register", json={**body, "role": "candidate"})
        assert r.status_code == 202

        database = c.app.state.settings.database_url
        monkeypatch.setenv("INTERVIEWER_DATABASE_URL", database)
        assert (
            main(["users", "add", "--role", "employer", "--email", "boss@x.org", "--name", "Boss"])
            == 2
        )  # taken by the candidate above
        assert (
            main(
                ["users", "add", "--role", "employer", "--email", "chief@x.org", "--name", "Chief"]
            )
            == 0
        )
        password = capsys.readouterr().out.split("password: ")[1].split()[0]
        c.cookies.clear()
        r = await c.post("/api/auth/login", json={"email": "chief@x.org", "password": password})
        assert r.status_code == 200 and r.json()["role"] == "employer"
