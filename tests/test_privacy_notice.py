"""The privacy notice comes before the first question; a job may require consent first."""

from __future__ import annotations

from typing import Any

from litestar.testing import AsyncTestClient

from server.settings import Settings
from tests.helpers import database
from tests.helpers.web import ANSWERS, JOB_BODY, register, say, start


async def _job(client: AsyncTestClient, **privacy: Any) -> dict[str, Any]:
    await register(client, "boss@example.com", role="employer", name="Boss")
    r = await client.post("/api/jobs", json={**JOB_BODY, **privacy})
    assert r.status_code == 201, r.text
    return r.json()


async def test_the_notice_says_what_where_who_and_how_long(web_client: AsyncTestClient) -> None:
    job = await _job(web_client)
    assert job["requires_consent"] is False and job["retention_days"] == 180  # the defaults
    await register(web_client, "jane@example.com")
    interview = await start(web_client, job["id"])
    notice = interview["notice"]
    for words in (
        "AI interviewer",  # who is asking
        "What is collected: your answers",  # what
        "on this server; nothing is sent to any other service",  # where it stays
        "Who sees it: you, and the employer",  # who sees it
        "180 days after your last activity",  # how long
        "download or delete your data",
    ):
        assert words in notice, words
    assert interview["consent_required"] is False and interview["retention_days"] == 180

    page = (await web_client.get(f"/jobs/{job['id']}")).text
    assert 'id="notice"' in page and "180 days" in page
    assert page.index('id="notice"') < page.index('id="log"')  # before the conversation


async def test_a_job_sets_its_own_retention(web_client: AsyncTestClient) -> None:
    job = await _job(web_client, retention_days=30)
    assert job["retention_days"] == 30
    await register(web_client, "jane@example.com")
    assert "30 days" in (await start(web_client, job["id"]))["notice"]
    for bad in (0, -1, 40_000, "soon"):
        await register(web_client, f"b{bad}@example.com", role="employer")
        r = await web_client.post("/api/jobs", json={**JOB_BODY, "retention_days": bad})
        assert r.status_code == 422 and "retention_days" in r.json()["detail"]


async def test_consent_is_off_by_default(web_client: AsyncTestClient) -> None:
    job = await _job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job["id"]))["id"]
    assert (await say(web_client, iid, ANSWERS[0], "c0"))["state"] == "interview"


async def test_a_job_requiring_consent_takes_no_answer_before_it(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    job = await _job(web_client, requires_consent=True)
    assert job["requires_consent"] is True
    await register(web_client, "jane@example.com")
    interview = await start(web_client, job["id"])
    iid = interview["id"]
    assert interview["consent_required"] is True and interview["consented_at"] is None
    assert "asks for your agreement" in interview["notice"]

    for stream in (False, True):
        r = await web_client.post(
            f"/api/interviews/{iid}/messages",
            json={"text": ANSWERS[0], "client_id": "early"},
            headers={"Accept": "text/event-stream"} if stream else {},
        )
        assert r.status_code == 409 and "agree" in r.json()["detail"]
    greeting_only = database.rows(web_settings.database_url, "SELECT count(*) FROM messages")
    assert greeting_only == [(1,)]

    r = await web_client.post(f"/api/interviews/{iid}/consent")
    assert r.status_code == 200
    agreed = r.json()["consented_at"]
    assert agreed is not None
    again = await web_client.post(f"/api/interviews/{iid}/consent", json={})
    assert again.json()["consented_at"] == agreed  # the first agreement stands
    assert (await say(web_client, iid, ANSWERS[0], "after"))["state"] == "interview"


async def test_turning_consent_on_holds_interviews_already_started(
    web_client: AsyncTestClient,
) -> None:
    job = await _job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job["id"]))["id"]
    await say(web_client, iid, ANSWERS[0], "c0")
    await web_client.post(
        "/api/auth/login", json={"email": "boss@example.com", "password": "correct horse"}
    )
    r = await web_client.put(f"/api/jobs/{job['id']}", json={**JOB_BODY, "requires_consent": True})
    assert r.status_code == 200 and r.json()["requires_consent"] is True
    await web_client.post(
        "/api/auth/login", json={"email": "jane@example.com", "password": "correct horse"}
    )
    r = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": ANSWERS[1], "client_id": "c1"}
    )
    assert r.status_code == 409
    await web_client.post(f"/api/interviews/{iid}/consent")
    assert (await say(web_client, iid, ANSWERS[1], "c1"))["reply"]
