"""Who may call what: one table over every route of the app.

Five callers: nobody logged in, a candidate, the candidate who owns the interview,
an employer, and the employer who owns the job. Every (method, route) the app
serves must have a row here (a new route without one fails
``test_every_route_has_a_row``), and every row is called as each of the five with
the status each must get. Someone else's interview or job is "not found", exactly
like one that does not exist.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from server.app import create_app
from server.settings import Settings
from tests.helpers.web import ANSWERS, JOB_BODY, form_tokens, sign_up

ROLES = ("anon", "cand", "owner", "emp", "owner_emp")
PASSWORD = "correct horse"
_n = itertools.count()


def _email(prefix: str) -> str:
    return f"{prefix}-{next(_n)}@example.com"


@dataclass(frozen=True)
class Row:
    """Expected status for: anonymous, candidate, owner candidate, employer, owner employer."""

    anon: int
    cand: int
    owner: int
    emp: int
    owner_emp: int
    body: Callable[[], Any] | None = None
    form: Callable[[], dict[str, str]] | None = None  # an HTML form post (CSRF token added)
    throwaway: bool = False  # call it on fresh accounts: it ends the session or the account
    logs_in: bool = False  # it replaces the session it was called with (rotation)

    def expected(self, role: str) -> int:
        return int(getattr(self, role))


def _all(status: int, **kw: Any) -> Row:
    return Row(status, status, status, status, status, **kw)


def _register_body() -> dict[str, str]:
    return {"email": _email("new"), "password": PASSWORD, "name": "New", "role": "candidate"}


MESSAGE = {"text": "I can work 20 hours per week"}
LOGGED_IN = (200, 200, 200, 200)

TABLE: dict[tuple[str, str], Row] = {
    ("GET", "/health"): _all(200),
    ("POST", "/api/auth/register"): _all(202, body=_register_body),
    ("POST", "/api/auth/login"): _all(200, body=lambda: "login-throwaway", logs_in=True),
    ("POST", "/api/auth/logout"): _all(200, body=lambda: {}, throwaway=True),
    ("GET", "/api/me"): Row(401, *LOGGED_IN),
    ("DELETE", "/api/me"): Row(
        401, *LOGGED_IN, body=lambda: {"password": PASSWORD}, throwaway=True
    ),
    ("POST", "/api/me/export"): Row(401, *LOGGED_IN, body=lambda: {"password": PASSWORD}),
    ("GET", "/api/jobs"): Row(401, *LOGGED_IN),
    ("POST", "/api/jobs"): Row(401, 403, 403, 201, 201, body=lambda: JOB_BODY),
    ("POST", "/api/jobs/preview"): Row(401, 403, 403, 200, 200, body=lambda: JOB_BODY),
    ("GET", "/api/jobs/{job_id:int}"): Row(401, 200, 200, 404, 200),
    ("PUT", "/api/jobs/{job_id:int}"): Row(401, 403, 403, 404, 200, body=lambda: JOB_BODY),
    ("POST", "/api/jobs/{job_id:int}/interview"): Row(401, 201, 200, 403, 403),
    ("GET", "/api/interviews"): Row(401, 200, 200, 403, 403),
    ("GET", "/api/interviews/{interview_id:int}"): Row(401, 404, 200, 404, 200),
    ("POST", "/api/interviews/{interview_id:int}/messages"): Row(
        401, 404, 200, 403, 403, body=lambda: {**MESSAGE, "client_id": f"c{next(_n)}"}
    ),
    ("POST", "/api/interviews/{interview_id:int}/consent"): Row(
        401, 404, 200, 403, 403, body=lambda: {}
    ),
    # The owner may call these; the checklist is incomplete, hence 409.
    ("POST", "/api/interviews/{interview_id:int}/confirm"): Row(
        401, 404, 409, 403, 403, body=lambda: {}
    ),
    ("POST", "/api/interviews/{interview_id:int}/proposal"): Row(
        401, 404, 409, 403, 403, body=lambda: {"bid_amount": 10}
    ),
    ("GET", "/api/jobs/{job_id:int}/applications"): Row(401, 403, 403, 404, 200),
    # The job here has no rubric question: nothing to judge or override, even for its owner.
    ("GET", "/api/interviews/{interview_id:int}/assessments"): Row(401, 403, 403, 404, 404),
    ("PUT", "/api/interviews/{interview_id:int}/assessments/{key:str}/{index:int}"): Row(
        401, 403, 403, 404, 404, body=lambda: {"judgement": "covered", "note": "checked"}
    ),
    # Templates, not records: every employer sees the same bank.
    ("GET", "/api/question-bank"): Row(401, 403, 403, 200, 200),
    ("POST", "/api/jobs/{job_id:int}/kiosks"): Row(401, 403, 403, 404, 201, body=dict),
    # A kiosk is public to whoever holds its link; starting there is a log-in of its own.
    ("GET", "/kiosk/{token:str}"): _all(200),
    ("POST", "/api/kiosk/{token:str}/start"): _all(
        201, body=lambda: {"name": "Visitor"}, logs_in=True
    ),
    ("POST", "/api/kiosk/finish"): _all(200, body=dict, throwaway=True),
    ("GET", "/resume"): _all(200),
    ("POST", "/resume"): _all(401, form=lambda: {"code": "AAAA-AAAA"}),
    # Practice keeps nothing and belongs to nobody: any candidate; a state the server did
    # not sign (this one) is a 400.
    ("POST", "/api/practice"): Row(401, 200, 200, 403, 403, body=dict),
    ("POST", "/api/practice/messages"): Row(
        401, 400, 400, 403, 403, body=lambda: {"token": "e30.forged", "lang": "en", "text": "hello"}
    ),
    ("POST", "/api/practice/confirm"): Row(
        401, 400, 400, 403, 403, body=lambda: {"token": "e30.forged", "lang": "en"}
    ),
    ("GET", "/practice"): Row(303, 200, 200, 200, 200),
    ("GET", "/api/jobs/{job_id:int}/applications.csv"): Row(401, 403, 403, 404, 200),
    ("GET", "/api/jobs/{job_id:int}/applications.jsonl"): Row(401, 403, 403, 404, 200),
    # Pages: nobody logged in is sent to the log-in page (303); the wrong account gets 404.
    ("GET", "/"): _all(303),
    ("GET", "/login"): _all(200),
    ("POST", "/login"): _all(303, form=lambda: {"email": "login-throwaway"}, logs_in=True),
    ("GET", "/register"): _all(200),
    ("POST", "/register"): _all(200, form=_register_body),
    ("POST", "/logout"): _all(303, form=dict, throwaway=True),
    ("GET", "/jobs"): Row(303, 200, 200, 200, 200),
    ("GET", "/jobs/{job_id:int}"): Row(303, 200, 200, 404, 200),
    ("GET", "/account"): Row(303, 200, 200, 200, 200),
    ("GET", "/employer"): Row(303, 404, 404, 200, 200),
    ("GET", "/employer/jobs/new"): Row(303, 404, 404, 200, 200),
    ("GET", "/employer/jobs/{job_id:int}/edit"): Row(303, 404, 404, 404, 200),
    ("GET", "/employer/jobs/{job_id:int}"): Row(303, 404, 404, 404, 200),
    ("GET", "/employer/jobs/{job_id:int}/compare"): Row(303, 404, 404, 404, 200),
    ("GET", "/employer/interviews/{interview_id:int}"): Row(303, 404, 404, 404, 200),
    # Public and free of personal data: the page's scripts and styles, the API description.
    ("GET", "/static/{file_path:path}"): _all(200),
    ("HEAD", "/static/{file_path:path}"): _all(200),
    ("GET", "/schema"): _all(200),
    ("GET", "/schema/openapi.json"): _all(200),
    ("GET", "/schema/{path:str}"): _all(200),
}


def _routes(app: Any) -> set[tuple[str, str]]:
    return {
        (method, route.path)
        for route in app.routes
        for method in route.methods
        if method != "OPTIONS"
    }


def test_every_route_has_a_row(web_settings: Settings, web_engine: Any) -> None:
    served = _routes(create_app(web_settings, engine=web_engine))
    assert served - set(TABLE) == set(), "add a row to TABLE for each new route"
    assert set(TABLE) - served == set(), "TABLE names routes the app no longer serves"


class World:
    """Two employers, two candidates; candidate A has applied to employer 1's job."""

    def __init__(self, client: AsyncTestClient) -> None:
        self.client = client
        self.tokens: dict[str, str] = {}
        self.emails: dict[str, str] = {}
        self.job_id = 0
        self.interview_id = 0
        self.kiosk = ""

    async def account(self, role: str, kind: str) -> str:
        self.client.cookies.clear()
        email = _email(role)
        await sign_up(self.client, email, kind, role, PASSWORD)
        self.emails[role] = email
        return self.client.cookies["interviewer_session"]

    async def build(self) -> None:
        self.tokens["owner_emp"] = await self.account("owner_emp", "employer")
        r = await self.client.post("/api/jobs", json=JOB_BODY)
        self.job_id = r.json()["id"]
        r = await self.client.post(f"/api/jobs/{self.job_id}/kiosks")
        self.kiosk = r.json()["url"].rsplit("/", 1)[1]
        self.tokens["emp"] = await self.account("emp", "employer")
        await self.client.post("/api/jobs", json={**JOB_BODY, "title": "Another job"})
        self.tokens["owner"] = await self.account("owner", "candidate")
        r = await self.client.post(f"/api/jobs/{self.job_id}/interview")
        self.interview_id = r.json()["id"]
        r = await self.client.post(
            f"/api/interviews/{self.interview_id}/messages",
            json={"text": ANSWERS[0], "client_id": "first"},
        )
        assert r.status_code == 200, r.text
        self.tokens["cand"] = await self.account("cand", "candidate")

    def act_as(self, role: str, token: str | None = None) -> None:
        self.client.cookies.clear()
        token = token or self.tokens.get(role)
        if token:
            self.client.cookies.set("interviewer_session", token, domain="testserver.local")

    def url(self, path: str) -> str:
        path = path.replace("{job_id:int}", str(self.job_id))
        path = path.replace("{interview_id:int}", str(self.interview_id))
        path = path.replace("{file_path:path}", "interview.js")
        path = path.replace("{token:str}", self.kiosk)
        path = path.replace("{key:str}", "why_us").replace("{index:int}", "0")
        return path.replace("{path:str}", "openapi.json")

    async def call(self, method: str, path: str, row: Row, role: str) -> int:
        token = None
        if row.throwaway and role != "anon":
            kind = "employer" if role in ("emp", "owner_emp") else "candidate"
            token = await self.account(f"throwaway-{role}", kind)
        self.act_as(role, token)
        url = self.url(path)
        if row.form is not None:
            page = await self.client.get("/login")
            tokens = form_tokens(page.text)
            data = row.form()
            if data.get("email") == "login-throwaway":
                data = {"email": await self._login_account(), "password": PASSWORD}
            r = await self.client.post(url, data={**data, **tokens}, follow_redirects=False)
        else:
            body = row.body() if row.body is not None else None
            if body == "login-throwaway":
                body = {"email": await self._login_account(), "password": PASSWORD}
            r = await self.client.request(method, url, json=body, follow_redirects=False)
        if row.logs_in and role in self.tokens:
            await self.relogin(role)
        return r.status_code

    async def relogin(self, role: str) -> None:
        self.client.cookies.clear()
        r = await self.client.post(
            "/api/auth/login", json={"email": self.emails[role], "password": PASSWORD}
        )
        assert r.status_code == 200, r.text
        self.tokens[role] = self.client.cookies["interviewer_session"]

    async def _login_account(self) -> str:
        """A fresh account to log in to; the caller's cookies are put back afterwards."""
        saved = dict(self.client.cookies)
        await self.account("login", "candidate")
        self.client.cookies.clear()
        for name, value in saved.items():
            self.client.cookies.set(name, value, domain="testserver.local")
        return self.emails["login"]


@pytest.fixture
async def world(web_settings: Settings, web_engine: Any):  # type: ignore[no-untyped-def]
    settings = web_settings.model_copy(
        update={
            "login_attempts_per_address": 10_000,
            "login_attempts_per_account": 10_000,
            "messages_per_address": 10_000,
        }
    )
    async with AsyncTestClient(app=create_app(settings, engine=web_engine)) as client:
        w = World(client)
        await w.build()
        yield w


async def test_every_route_as_every_caller(world: World) -> None:
    wrong = []
    for (method, path), row in TABLE.items():
        for role in ROLES:
            got = await world.call(method, path, row, role)
            if got != row.expected(role):
                wrong.append(f"{method} {path} as {role}: {got}, expected {row.expected(role)}")
    assert not wrong, "\n".join(wrong)


async def test_a_candidate_cannot_tell_anothers_interview_from_none(world: World) -> None:
    iid = world.interview_id
    world.act_as("owner")
    before = (await world.client.get(f"/api/interviews/{iid}")).json()["messages"]
    world.act_as("cand")
    for method, suffix, body in (
        ("GET", "", None),
        ("POST", "/messages", {"text": "I have 9 years", "client_id": "steal"}),
        ("POST", "/consent", {}),
        ("POST", "/confirm", {}),
        ("POST", "/proposal", {"bid_amount": 5}),
    ):
        theirs = await world.client.request(method, f"/api/interviews/{iid}{suffix}", json=body)
        missing = await world.client.request(
            method, f"/api/interviews/{iid + 1000}{suffix}", json=body
        )
        assert theirs.status_code == missing.status_code == 404
        assert theirs.json() == missing.json()  # same body: nothing says it exists
    page = await world.client.get(f"/employer/interviews/{iid}")
    assert page.status_code == 404
    world.act_as("owner")
    after = (await world.client.get(f"/api/interviews/{iid}")).json()["messages"]
    assert after == before  # nothing got through


async def test_an_employer_sees_only_their_own_jobs(world: World) -> None:
    world.act_as("emp")
    titles = [j["title"] for j in (await world.client.get("/api/jobs")).json()]
    assert titles == ["Another job"]
    for url in (
        f"/api/jobs/{world.job_id}",
        f"/api/jobs/{world.job_id}/applications",
        f"/api/interviews/{world.interview_id}",
        f"/employer/jobs/{world.job_id}",
    ):
        assert (await world.client.get(url)).status_code == 404, url
    world.act_as("owner_emp")
    apps = (await world.client.get(f"/api/jobs/{world.job_id}/applications")).json()
    assert [a["interview_id"] for a in apps] == [world.interview_id]


async def test_no_route_grants_a_cross_origin_preflight(world: World) -> None:
    world.act_as("owner")
    for method, path in TABLE:
        r = await world.client.options(
            world.url(path),
            headers={
                "Origin": "https://evil.example",
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": "content-type",
            },
        )
        allowed = {k.lower() for k in r.headers if k.lower().startswith("access-control-allow")}
        assert allowed == set(), (method, path, r.headers)


async def test_employer_api_refuses_candidates_even_with_a_forged_role(world: World) -> None:
    world.act_as("cand")
    r = await world.client.post("/api/jobs", json={**JOB_BODY, "employer_id": 1})
    assert r.status_code in (403, 422)
    r = await world.client.post(
        "/api/auth/register",
        json={"email": _email("x"), "password": PASSWORD, "name": "X", "role": "admin"},
    )
    assert r.status_code == 422
    assert re.search(r"role", r.json()["detail"])
