"""Retakes end to end: a job allows N retakes after a submitted attempt, every attempt is
kept and readable, two tabs asking at once get one attempt, the employer's list shows the
attempt the job says (with the others a click away), and a candidate's export and
deletion cover every attempt."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from server.store.tables import Interview
from server.web import records
from server.web.review import shown_attempt
from tests.helpers.web import JOB_BODY, complete, login, register, start


async def _job(client: AsyncTestClient, **settings: Any) -> int:
    await register(client, "boss@example.com", role="employer", name="Boss")
    r = await client.post("/api/jobs", json={**JOB_BODY, **settings})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def _submit(client: AsyncTestClient, iid: int, bid: float) -> dict[str, Any]:
    await complete(client, iid)
    r = await client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": bid})
    assert r.status_code == 200, r.text
    return dict(r.json())


async def _retake(client: AsyncTestClient, job_id: int, of: int) -> Any:
    return await client.post(f"/api/jobs/{job_id}/interview", json={"retake_of": of})


async def test_a_job_without_retakes_refuses_one(web_client: AsyncTestClient) -> None:
    job_id = await _job(web_client)
    await register(web_client, "jane@example.com")
    first = await start(web_client, job_id)
    assert (first["attempt"], first["retakes_left"]) == (1, 0)
    await _submit(web_client, first["id"], 10)
    r = await _retake(web_client, job_id, 1)
    assert r.status_code == 409 and "does not allow retakes" in r.json()["detail"]
    again = await web_client.post(f"/api/jobs/{job_id}/interview")
    assert again.status_code == 200 and again.json()["id"] == first["id"]


async def test_retakes_up_to_the_limit_keep_every_attempt(web_client: AsyncTestClient) -> None:
    job_id = await _job(web_client, retakes=1)
    await register(web_client, "jane@example.com")
    first = await start(web_client, job_id)
    assert first["retakes_left"] == 1
    early = await _retake(web_client, job_id, 1)
    assert early.status_code == 409 and "not submitted yet" in early.json()["detail"]
    assert (await _retake(web_client, job_id, 2)).status_code == 409  # no attempt 2 yet
    await _submit(web_client, first["id"], 10)

    r = await _retake(web_client, job_id, 1)
    assert r.status_code == 201, r.text
    second = r.json()
    assert second["id"] != first["id"] and second["attempt"] == 2
    assert second["state"] == "interview" and second["retakes_left"] == 0
    assert [(a["attempt"], a["state"]) for a in second["attempts"]] == [
        (1, "submitted"),
        (2, "interview"),
    ]
    # Sent again (a retry, a second tab): the same attempt, not a third.
    again = await _retake(web_client, job_id, 1)
    assert again.status_code == 200 and again.json()["id"] == second["id"]
    # Applying resumes the latest attempt; the first is still there to read.
    resumed = await web_client.post(f"/api/jobs/{job_id}/interview")
    assert resumed.json()["id"] == second["id"]
    old = await web_client.get(f"/api/interviews/{first['id']}")
    assert old.status_code == 200 and old.json()["state"] == "submitted"
    assert old.json()["attempt"] == 1 and len(old.json()["messages"]) > 2

    await _submit(web_client, second["id"], 20)
    spent = await _retake(web_client, job_id, 2)
    assert spent.status_code == 409 and "No retakes left" in spent.json()["detail"]
    mine = (await web_client.get("/api/interviews")).json()
    assert [(i["attempt"], i["state"]) for i in mine] == [(1, "submitted"), (2, "submitted")]


@pytest.mark.parametrize("body", [{"retake_of": 0}, {"retake_of": 99}, {"retake_of": "x"}])
async def test_a_bad_retake_request_is_refused(web_client: AsyncTestClient, body: Any) -> None:
    job_id = await _job(web_client, retakes=1)
    await register(web_client, "jane@example.com")
    r = await web_client.post(f"/api/jobs/{job_id}/interview", json=body)
    assert r.status_code in (400, 422) and "retake_of" in r.text


@pytest.mark.parametrize("retakes", [-1, 6])
async def test_a_job_allows_at_most_five_retakes(web_client: AsyncTestClient, retakes: int) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.post("/api/jobs", json={**JOB_BODY, "retakes": retakes})
    assert r.status_code in (400, 422) and "retakes" in r.text


async def test_best_attempt_needs_a_scored_job(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.post("/api/jobs", json={**JOB_BODY, "retakes": 2, "attempt_shown": "best"})
    assert r.status_code in (400, 422) and "rubric" in r.json()["detail"]
    scored = {
        **JOB_BODY,
        "retakes": 2,
        "attempt_shown": "best",
        "custom_questions": [
            {"key": "plan", "question": "How would you plan a week?", "rubric": ["priorities"]}
        ],
    }
    assert (await web_client.post("/api/jobs", json=scored)).status_code == 201


async def test_two_tabs_asking_for_a_retake_at_once_get_one_attempt(make_client: Any) -> None:
    """Requests that really overlap (the app runs in this event loop): one attempt."""
    async with make_client() as client:
        job_id = await _job(client, retakes=3)
        await register(client, "jane@example.com")
        first = await start(client, job_id)
        await _submit(client, first["id"], 10)
        answers = await asyncio.gather(*(_retake(client, job_id, 1) for _ in range(4)))
        assert sorted(r.status_code for r in answers) == [200, 200, 200, 201]
        assert len({r.json()["id"] for r in answers}) == 1
        mine = (await client.get("/api/interviews")).json()
        assert [i["attempt"] for i in mine] == [1, 2]


async def test_a_retake_that_loses_the_race_gets_the_winners_attempt(
    web_client: AsyncTestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both tabs passed the checks; the second one's insert hits the unique key, and it is
    answered with the attempt the first one made (200), not an error."""
    job_id = await _job(web_client, retakes=1)
    await register(web_client, "jane@example.com")
    first = await start(web_client, job_id)
    await _submit(web_client, first["id"], 10)
    won = (await _retake(web_client, job_id, 1)).json()
    # The loser checked before the winner's attempt existed: the check said "go ahead".
    monkeypatch.setattr(records, "retake_refusal", lambda session, **_: None)
    lost = await _retake(web_client, job_id, 1)
    assert lost.status_code == 200 and lost.json()["id"] == won["id"]
    mine = (await web_client.get("/api/interviews")).json()
    assert [i["attempt"] for i in mine] == [1, 2]


async def _two_attempts(client: AsyncTestClient, **settings: Any) -> tuple[int, int, int]:
    """A job; Jane submits twice (bids 10 then 20); Bob once (bid 30). Ids of Jane's."""
    job_id = await _job(client, retakes=2, **settings)
    await register(client, "jane@example.com")
    first = await start(client, job_id)
    await _submit(client, first["id"], 10)
    second = (await _retake(client, job_id, 1)).json()
    await _submit(client, second["id"], 20)
    await register(client, "bob@example.com", name="Bob")
    await _submit(client, (await start(client, job_id))["id"], 30)
    return job_id, first["id"], second["id"]


@pytest.mark.parametrize(("shown", "bid"), [("latest", 20), ("first", 10)])
async def test_the_employer_sees_the_attempt_the_job_says(
    web_client: AsyncTestClient, shown: str, bid: float
) -> None:
    job_id, first, second = await _two_attempts(web_client, attempt_shown=shown)
    await login(web_client, "boss@example.com")
    rows = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert len(rows) == 2  # one row per candidate
    jane = next(r for r in rows if r["candidate"]["name"] == "Jane Doe")
    assert jane["bid_amount"] == bid and jane["attempt"] == (2 if shown == "latest" else 1)
    assert [a["interview_id"] for a in jane["attempts"]] == [first, second]
    bob = next(r for r in rows if r["candidate"]["name"] == "Bob")
    assert (bob["attempt"], len(bob["attempts"])) == (1, 1)
    # The other attempt opens too.
    for iid in (first, second):
        r = await web_client.get(f"/api/interviews/{iid}")
        assert r.status_code == 200 and r.json()["candidate_name"] == "Jane Doe"

    table = list(
        csv.DictReader(
            io.StringIO((await web_client.get(f"/api/jobs/{job_id}/applications.csv")).text)
        )
    )
    assert {(r["candidate_name"], r["attempt"], r["attempts"]) for r in table} == {
        ("Jane Doe", "2" if shown == "latest" else "1", "2"),
        ("Bob", "1", "1"),
    }
    lines = (await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(
        (r["interview_id"], r["shown"]) for r in records if r["candidate"]["name"] == "Jane Doe"
    ) == [
        (first, shown == "first"),
        (second, shown == "latest"),
    ]
    page = await web_client.get("/employer")
    assert "2 applicants" in page.text


async def test_a_retake_in_progress_does_not_hide_the_submitted_attempt(
    web_client: AsyncTestClient,
) -> None:
    job_id = await _job(web_client, retakes=1)
    await register(web_client, "jane@example.com")
    first = await start(web_client, job_id)
    await _submit(web_client, first["id"], 10)
    assert (await _retake(web_client, job_id, 1)).status_code == 201
    await login(web_client, "boss@example.com")
    rows = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert [(r["interview_id"], r["state"], len(r["attempts"])) for r in rows] == [
        (first["id"], "submitted", 2)
    ]


def _attempt(n: int, phase: str = "submitted") -> Interview:
    now = datetime.now(UTC)
    return Interview(
        id=100 + n,
        job_id=1,
        candidate_id=1,
        attempt=n,
        job_spec={},
        state={},
        phase=phase,
        version=1,
        model_name="m",
        model_sha256="s",
        decoding={},
        prompt_version="p",
        grammar_version="g",
        created_at=now,
        updated_at=now,
    )


@pytest.mark.parametrize(
    ("shown", "scores", "expected"),
    [
        ("best", {101: 0.5, 102: 0.9, 103: 0.7}, 2),
        ("best", {101: 0.9, 102: 0.9, 103: 0.2}, 2),  # among equals, the later
        ("best", {101: 0.2, 102: None, 103: None}, 1),  # unjudged ranks below scored
        ("best", {}, 3),  # nothing judged yet: the latest
        ("first", {101: 0.1, 102: 0.9}, 1),
        ("latest", {103: 0.1, 102: 0.9}, 3),
    ],
)
def test_which_attempt_is_shown(shown: Any, scores: dict[int, float | None], expected: int) -> None:
    attempts = [_attempt(3), _attempt(1), _attempt(2), _attempt(4, phase="interview")]
    assert shown_attempt(attempts, shown, scores).attempt == expected
    # A candidate with nothing submitted yet: their one attempt.
    assert shown_attempt([_attempt(1, phase="summary")], shown, scores).attempt == 1


async def test_export_and_deletion_cover_every_attempt(web_client: AsyncTestClient) -> None:
    job_id, first, second = await _two_attempts(web_client)
    await login(web_client, "jane@example.com")
    exported = await web_client.post("/api/me/export", json={"password": "correct horse"})
    assert exported.status_code == 200, exported.text
    kept = [(i["id"], i["attempt"]) for i in exported.json()["interviews"]]
    assert kept == [(first, 1), (second, 2)]
    gone = await web_client.request("DELETE", "/api/me", json={"password": "correct horse"})
    assert gone.status_code == 200 and gone.json()["interviews"] == 2
    await login(web_client, "boss@example.com")
    rows = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert [r["candidate"]["name"] for r in rows] == ["Bob"]
