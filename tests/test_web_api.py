"""The JSON API end to end: the real app, a real SQLite file, a scripted model."""

from __future__ import annotations

import csv
import io
import json

import pytest
from litestar.testing import AsyncTestClient

from server.errors import EngineBusy
from server.interview.default_job import DEFAULT_JOB
from tests.helpers.web import (
    ANSWERS,
    JOB_BODY,
    complete,
    employer_with_job,
    login,
    plant,
    register,
    say,
    start,
)


async def test_health_and_openapi(web_client: AsyncTestClient) -> None:
    r = await web_client.get("/health")
    assert r.json() == {"status": "ready", "model": "scripted", "detail": None}
    schema = (await web_client.get("/schema")).json()
    for path in (
        "/api/auth/register",
        "/api/auth/login",
        "/api/jobs",
        "/api/jobs/{job_id}/interview",
        "/api/interviews/{interview_id}",
        "/api/interviews/{interview_id}/messages",
        "/api/interviews/{interview_id}/confirm",
        "/api/interviews/{interview_id}/proposal",
        "/api/jobs/{job_id}/applications",
        "/api/jobs/{job_id}/applications.csv",
        "/api/jobs/{job_id}/applications.jsonl",
    ):
        assert path in schema["paths"], path


async def test_register_login_logout(web_client: AsyncTestClient) -> None:
    user = await register(web_client, "Jane@Example.com")
    assert user["email"] == "jane@example.com" and user["role"] == "candidate"
    cookie = web_client.cookies.get("interviewer_session")
    assert cookie
    assert (await web_client.get("/api/me")).json()["id"] == user["id"]

    again = await web_client.post(
        "/api/auth/register",
        json={
            "email": "jane@example.com",
            "password": "whatever1",
            "name": "J",
            "role": "candidate",
        },
    )
    assert again.status_code == 202 and "set-cookie" not in again.headers  # nobody logged in
    assert (await web_client.get("/api/me")).json()["name"] == "Jane Doe"  # nothing changed

    await web_client.post("/api/auth/logout", json={})
    assert (await web_client.get("/api/me")).status_code == 401
    plant(web_client, cookie)  # the old token is dead server-side
    assert (await web_client.get("/api/me")).status_code == 401

    bad = await web_client.post(
        "/api/auth/login", json={"email": "jane@example.com", "password": "wrong password"}
    )
    assert bad.status_code == 401
    await login(web_client, "jane@example.com")
    assert (await web_client.get("/api/me")).status_code == 200


async def test_session_cookie_flags(web_client: AsyncTestClient) -> None:
    await register(web_client, "a@example.com", role="employer")
    r = await web_client.post(
        "/api/auth/login", json={"email": "a@example.com", "password": "correct horse"}
    )
    header = r.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header and "path=/" in header
    assert "secure" not in header  # plain http here; https requests get Secure


async def test_login_rotates_a_planted_session_id(web_client: AsyncTestClient) -> None:
    await register(web_client, "victim@example.com")
    plant(web_client, "planted-by-attacker")
    await web_client.post(
        "/api/auth/login", json={"email": "victim@example.com", "password": "correct horse"}
    )
    token = web_client.cookies.get("interviewer_session")
    assert token and token != "planted-by-attacker"
    plant(web_client, "planted-by-attacker")
    assert (await web_client.get("/api/me")).status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {
                "email": "not-an-email",
                "password": "correct horse",
                "name": "A",
                "role": "candidate",
            },
            "email",
        ),
        ({"email": "a@b.c", "password": "short", "name": "A", "role": "candidate"}, "password"),
        ({"email": "a@b.c", "password": "correct horse", "name": "A", "role": "admin"}, "role"),
    ],
)
async def test_register_validation_is_422(
    web_client: AsyncTestClient, body: dict[str, str], field: str
) -> None:
    r = await web_client.post("/api/auth/register", json=body)
    assert r.status_code == 422
    assert field in r.json()["detail"]


async def test_a_registration_that_was_not_stored_is_not_answered_as_registered(
    web_client: AsyncTestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A constraint failure other than the e-mail's (once: two writers on one id) must not
    be taken for "that e-mail has an account": the person could never log in."""
    from server.store import accounts

    def fails(*_: object, **kwargs: object) -> None:
        raise accounts.EmailTaken(str(kwargs["email"]))

    monkeypatch.setattr(accounts, "create_user", fails)
    body = {"email": "lost@example.com", "password": "correct horse", "name": "L"}
    r = await web_client.post("/api/auth/register", json={**body, "role": "candidate"})
    assert r.status_code == 500
    assert "try again" in r.json()["detail"]


async def test_api_takes_only_json(web_client: AsyncTestClient) -> None:
    r = await web_client.post(
        "/api/auth/login", data={"email": "a@example.com", "password": "correct horse"}
    )
    assert r.status_code == 415
    r = await web_client.post(
        "/api/auth/login",
        content=b'{"email": "a@example.com", "password": "x"}',
        headers={"Content-Type": "text/plain"},
    )
    assert r.status_code == 415
    r = await web_client.post(
        "/api/auth/login",
        json={"email": "a@example.com", "password": "x"},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403
    r = await web_client.post(
        "/api/auth/login",
        json={"email": "a@example.com", "password": "x"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert r.status_code == 403


async def test_jobs_create_edit_and_roles(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    r = await web_client.get("/api/jobs")
    assert [j["id"] for j in r.json()] == [job_id]
    body = {
        "title": "Annotator",
        "description": "Label things",
        "fields": [
            {
                "key": "shift",
                "label": "Shift",
                "type": "single_choice",
                "choices": ["day", "night"],
            },
            {"key": "years", "label": "Years", "type": "years", "required": True},
        ],
        "custom_questions": [{"key": "why", "question": "Why us?", "required": False}],
    }
    r = await web_client.put(f"/api/jobs/{job_id}", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "Annotator" and r.json()["fields"][0]["choices"] == ["day", "night"]
    bad = await web_client.post(
        "/api/jobs", json={**body, "fields": [{"key": "x", "label": "X", "type": "colour"}]}
    )
    assert bad.status_code == 422
    # Where the problem is, counted as a person counts: the second field is "field 2".
    second_bad = {**body, "fields": [*body["fields"], {"key": "x", "type": "years"}]}
    r = await web_client.post("/api/jobs", json=second_bad)
    assert r.status_code == 422 and "field 3, label" in r.json()["detail"], r.text
    assert "fields.2" not in r.json()["detail"]
    dup = await web_client.post(
        "/api/jobs", json={**body, "custom_questions": [{"key": "years", "question": "Again?"}]}
    )
    assert dup.status_code == 422 and "unique" in dup.json()["detail"]

    await register(web_client, "cand@example.com")
    assert (await web_client.post("/api/jobs", json=body)).status_code == 403
    assert (await web_client.put(f"/api/jobs/{job_id}", json=body)).status_code == 403
    assert [j["id"] for j in (await web_client.get("/api/jobs")).json()] == [job_id]

    await register(web_client, "other-boss@example.com", role="employer")
    assert (await web_client.get(f"/api/jobs/{job_id}")).status_code == 404
    assert (await web_client.put(f"/api/jobs/{job_id}", json=body)).status_code == 404
    assert (await web_client.get("/api/jobs")).json() == []


async def test_the_candidates_whole_path(web_client: AsyncTestClient, web_engine) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")

    r = await web_client.post(f"/api/jobs/{job_id}/interview")
    assert r.status_code == 201
    interview = r.json()
    iid = interview["id"]
    assert interview["state"] == "interview"
    assert interview["messages"][0]["role"] == "interviewer"
    assert {i["key"] for i in interview["checklist"]} == {f.key for f in DEFAULT_JOB.all_fields()}
    assert all(set(i) == {"key", "label", "status", "complete"} for i in interview["checklist"])
    assert interview["model"]["sha256"] == web_engine.info.sha256
    assert interview["model"]["prompt_version"] and interview["model"]["grammar_version"]
    # The key the interviewer's question is about, for clients that answer by field.
    assert interview["asking"] == DEFAULT_JOB.fields[0].key

    locked = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 50})
    assert locked.status_code == 409
    assert (await web_client.post(f"/api/interviews/{iid}/confirm")).status_code == 409

    first = await say(web_client, iid, ANSWERS[0], "c-0")
    assert first["reply"] and first["state"] == "interview"
    assert set(first) >= {"reply", "checklist", "state", "message", "reply_message"}
    assert first["asking"] == DEFAULT_JOB.fields[1].key  # the first answered, the next asked

    resumed = await web_client.post(f"/api/jobs/{job_id}/interview")
    assert resumed.status_code == 200 and resumed.json()["id"] == iid
    texts = [m["text"] for m in resumed.json()["messages"]]
    assert ANSWERS[0] in texts and first["reply"] in texts

    done = await complete(web_client, iid)
    assert done["state"] == "summary" and done["complete"] and done["summary"]
    assert done["asking"] is None  # the summary asks about no field
    assert all(i["complete"] for i in done["checklist"] if i["key"] != "motivation")

    for bid in (0, -5, 2_000_000, "lots", 10.005):
        r = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": bid})
        assert r.status_code == 422, (bid, r.text)
        assert "bid_amount" in r.json()["detail"]

    confirmed = await web_client.post(f"/api/interviews/{iid}/confirm")
    assert confirmed.status_code == 200 and confirmed.json()["state"] == "confirmed"
    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 42.5})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "submitted" and r.json()["bid_amount"] == 42.5
    assert (
        await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 1})
    ).status_code == 409
    late = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": "one more thing", "client_id": "late"}
    )
    assert late.status_code == 409

    mine = (await web_client.get("/api/interviews")).json()
    assert [(i["id"], i["state"]) for i in mine] == [(iid, "submitted")]


async def test_retry_with_the_same_client_id_is_applied_once(
    web_client: AsyncTestClient,
) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    first = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "k1"}
    )
    retry = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": ANSWERS[0], "client_id": "k1"}
    )
    assert retry.status_code == 200 and retry.json() == first.json()
    assert retry.headers.get("idempotent-replayed") == "true"
    other = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": "something else", "client_id": "k1"}
    )
    assert other.status_code == 422
    messages = (await web_client.get(f"/api/interviews/{iid}")).json()["messages"]
    assert [m["text"] for m in messages].count(ANSWERS[0]) == 1
    assert len(messages) == 3


async def test_busy_model_keeps_the_message_and_a_retry_answers_it(
    web_client: AsyncTestClient, web_engine
) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    web_engine.enqueue(EngineBusy("would wait about 80 s", retry_after=23))
    r = await web_client.post(
        f"/api/interviews/{iid}/messages",
        json={"text": "It depends on the week", "client_id": "b1"},
    )
    assert r.status_code == 503 and r.headers["retry-after"] == "23"  # the queue's estimate
    messages = (await web_client.get(f"/api/interviews/{iid}")).json()["messages"]
    assert messages[-1]["text"] == "It depends on the week"
    assert messages[-1]["pending"] is True
    r = await web_client.post(
        f"/api/interviews/{iid}/messages",
        json={"text": "It depends on the week", "client_id": "b1"},
    )
    assert r.status_code == 200
    messages = (await web_client.get(f"/api/interviews/{iid}")).json()["messages"]
    assert [m["role"] for m in messages] == ["interviewer", "candidate", "interviewer"]
    assert messages[1]["pending"] is False


async def test_message_validation(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    for body in ({"text": ""}, {"text": "x" * 4001}, {"text": "a\x00b"}, {"client_id": "x"}):
        r = await web_client.post(f"/api/interviews/{iid}/messages", json=body)
        assert r.status_code == 422, body
    r = await web_client.post(
        f"/api/interviews/{iid}/messages",
        content=json.dumps({"text": "x" * 100_000}).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert len((await web_client.get(f"/api/interviews/{iid}")).json()["messages"]) == 1


async def test_others_get_404(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client, "boss@example.com")
    await register(web_client, "alice@example.com")
    iid = (await start(web_client, job_id))["id"]
    await say(web_client, iid, ANSWERS[0], "a-0")

    await register(web_client, "bob@example.com")
    for method, url, body in (
        ("GET", f"/api/interviews/{iid}", None),
        ("POST", f"/api/interviews/{iid}/messages", {"text": "hi", "client_id": "z"}),
        ("POST", f"/api/interviews/{iid}/confirm", {}),
        ("POST", f"/api/interviews/{iid}/proposal", {"bid_amount": 5}),
        ("POST", "/api/interviews/999999/confirm", {}),
    ):
        r = await web_client.request(method, url, json=body)
        assert r.status_code == 404, (method, url, r.text)
    for url in (
        f"/api/jobs/{job_id}/applications",
        f"/api/jobs/{job_id}/applications.csv",
        f"/api/jobs/{job_id}/applications.jsonl",
    ):
        assert (await web_client.get(url)).status_code == 403  # not an employer at all

    await register(web_client, "rival@example.com", role="employer")
    assert (await web_client.get(f"/api/interviews/{iid}")).status_code == 404
    for url in (
        f"/api/jobs/{job_id}/applications",
        f"/api/jobs/{job_id}/applications.csv",
        f"/api/jobs/{job_id}/applications.jsonl",
    ):
        assert (await web_client.get(url)).status_code == 404

    await login(web_client, "boss@example.com")
    seen = (await web_client.get(f"/api/interviews/{iid}")).json()
    assert seen["candidate_name"] == "Jane Doe"
    assert all(m["client_id"] is None for m in seen["messages"])
    posted = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": "hi", "client_id": "e"}
    )
    assert posted.status_code == 403


async def test_applications_and_exports(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "mallory@example.com", name='=HYPERLINK("http://x")')
    iid = (await start(web_client, job_id))["id"]
    await complete(web_client, iid)
    await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 30})
    await register(web_client, "plain@example.com", name="Plain Person")
    await start(web_client, job_id)

    await login(web_client, "boss@example.com")
    apps = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert len(apps) == 2
    submitted = next(a for a in apps if a["interview_id"] == iid)
    assert submitted["state"] == "submitted" and submitted["bid_amount"] == 30
    linkedin = submitted["fields"]["linkedin_url"]
    assert linkedin["complete"] and linkedin["evidence"]
    assert submitted["model"]["sha256"] == "0" * 64

    r = await web_client.get(f"/api/jobs/{job_id}/applications.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    names = {row["candidate_name"] for row in rows}
    assert '\'=HYPERLINK("http://x")' in names and "Plain Person" in names
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    assert {"linkedin_url", "linkedin_url_status", "linkedin_url_evidence", "bid_amount"} <= set(
        rows[0]
    )
    # The employer reads names, not ids, and no JSON in a cell (issue 10).
    [done] = [row for row in rows if row["interview_id"] == str(iid)]
    experience = done["ai_training_experience"]
    assert experience == "RLHF, Evaluation on Outlier", experience
    assert "{" not in experience and "rlhf" not in experience
    assert done["years_experience"] == "3 years"
    shown = submitted["fields"]["ai_training_experience"]
    assert shown["display"] == experience and shown["value"]["task_types"]  # ids stay in value

    r = await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 2 and lines[0]["messages"][0]["role"] == "interviewer"


async def test_a_turn_reports_its_progress_as_server_sent_events(
    web_client: AsyncTestClient,
) -> None:
    """``ack`` when the message is stored, then ``done`` with the whole reply: no pieces of
    a finished reply re-sent with pauses to look like typing (issue 10)."""
    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    r = await web_client.post(
        f"/api/interviews/{iid}/messages",
        json={"text": ANSWERS[0], "client_id": "s1"},
        headers={"Accept": "text/event-stream"},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = []
    for block in r.text.strip().split("\n\n"):
        name, data = block.split("\n", 1)
        events.append((name.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    assert [name for name, _ in events] == ["ack", "done"]
    assert events[0][1]["text"] == ANSWERS[0]
    assert events[1][1]["reply"] and events[1][1]["message"]["text"] == ANSWERS[0]


async def test_pages_have_csp_and_csrf(web_client: AsyncTestClient) -> None:
    register_page = await web_client.get("/register")
    assert register_page.status_code == 200 and "Create account" in register_page.text
    r = await web_client.get("/login")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in r.text
    token = r.text.split('name="_csrf_token" value="', 1)[1].split('"', 1)[0]
    assert token
    await register(web_client, "jane@example.com")
    web_client.cookies.delete("interviewer_session")
    refused = await web_client.post(
        "/login", data={"email": "jane@example.com", "password": "correct horse"}
    )
    assert refused.status_code == 403
    ok = await web_client.post(
        "/login",
        data={"email": "jane@example.com", "password": "correct horse", "_csrf_token": token},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/jobs"
    page = await web_client.get("/jobs")
    assert page.status_code == 200 and "Jane Doe" in page.text


async def test_pages_escape_what_users_wrote(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="<b>Boss</b>")
    body = {**JOB_BODY, "title": "<script>alert(1)</script>"}
    job_id = (await web_client.post("/api/jobs", json=body)).json()["id"]
    for url in ("/employer", f"/employer/jobs/{job_id}", f"/jobs/{job_id}"):
        text = (await web_client.get(url)).text
        assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text, url
        assert "<b>Boss</b>" not in text


async def test_pages_need_login_and_the_right_account(web_client: AsyncTestClient) -> None:
    r = await web_client.get("/jobs", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    job_id = await employer_with_job(web_client)
    assert (await web_client.get(f"/employer/jobs/{job_id}")).status_code == 200
    await register(web_client, "jane@example.com")
    assert (await web_client.get(f"/employer/jobs/{job_id}")).status_code == 404
    assert (await web_client.get(f"/jobs/{job_id}")).status_code == 200
    static = await web_client.get("/static/interview.js")
    assert static.status_code == 200 and "innerHTML" not in static.text


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\t=x", "'\t=x"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_cells_are_neutralised(cell: str, safe: str) -> None:
    from server.web.review import neutralise

    assert neutralise(cell) == safe


async def test_an_employer_previews_an_interview_before_saving_it(
    web_client: AsyncTestClient,
) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    job = {
        "title": "Preparador de pedidos",
        "description": "Turno de noche en un almacén de Zaragoza, con carretillas.",
        "fields": [
            {"key": "carretilla", "label": "Carné de carretillero", "type": "yes_no"},
            {"key": "anos", "label": "Años en almacén", "type": "years"},
        ],
    }
    r = await web_client.post("/api/jobs/preview", json=job)
    assert r.status_code == 200, r.text
    shown = r.json()
    assert shown["questions"][0] == "Carné de carretillero: ¿sí o no?"
    assert "Preparador de pedidos" in shown["greeting"]
    assert shown["greeting"].endswith(shown["questions"][0])
    assert (await web_client.get("/api/jobs")).json() == []  # nothing was saved
    empty = await web_client.post("/api/jobs/preview", json={**job, "fields": []})
    assert empty.status_code == 422, empty.text  # nothing to ask is a clear error, not a 500


async def test_a_jobs_bids_carry_its_currency(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    bad = await web_client.post("/api/jobs", json={**JOB_BODY, "currency": "euro"})
    assert bad.status_code == 422 and "currency" in bad.json()["detail"]
    job = (await web_client.post("/api/jobs", json={**JOB_BODY, "currency": "EUR"})).json()
    assert job["currency"] == "EUR"
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job["id"]))["id"]
    await complete(web_client, iid)
    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 25.5})
    assert r.json()["bid_amount"] == 25.5 and r.json()["currency"] == "EUR"
    await login(web_client, "boss@example.com")
    [app] = (await web_client.get(f"/api/jobs/{job['id']}/applications")).json()
    assert (app["bid_amount"], app["currency"]) == (25.5, "EUR")
    csv_text = (await web_client.get(f"/api/jobs/{job['id']}/applications.csv")).text
    [row] = list(csv.DictReader(io.StringIO(csv_text)))
    assert (row["bid_amount"], row["bid_currency"]) == ("25.5", "EUR")
