"""Practice interviews end to end with the scripted model: a run completes, no table of
the database gains or changes a row (the rate limiter's counters aside: a hashed key and
times), nothing of the text is logged, and a state the server did not sign is a 400."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import pytest
import sqlalchemy as sa
from litestar.testing import AsyncTestClient

from server.store.db import create_db_engine
from server.web.practice import MAX_TOKEN_CHARS, PRACTICE_JOB
from tests.helpers.web import ANSWERS, employer_with_job, register

# The limiter's counters: the one table a practice turn writes (no text, no job).
COUNTERS = "rate_windows"


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as the database holds them."""
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            names = sa.inspect(conn).get_table_names()
            return {
                name: sorted(
                    tuple(str(v) for v in row)
                    for row in conn.execute(sa.text(f'SELECT * FROM "{name}"'))
                )
                for name in names
            }
    finally:
        engine.dispose()


async def _run(client: AsyncTestClient) -> list[dict[str, Any]]:
    """A whole practice run: start, every answer, confirm. Each step's response."""
    steps = [(await client.post("/api/practice", json={})).json()]
    assert steps[0]["state"] == "interview" and steps[0]["messages"][0]["role"] == "interviewer"
    for text in ANSWERS:
        r = await client.post(
            "/api/practice/messages", json={"token": steps[-1]["token"], "text": text}
        )
        assert r.status_code == 200, r.text
        steps.append(r.json())
        if steps[-1]["state"] != "interview":
            break
    assert steps[-1]["state"] == "summary" and steps[-1]["complete"], steps[-1]
    r = await client.post("/api/practice/confirm", json={"token": steps[-1]["token"]})
    assert r.status_code == 200, r.text
    steps.append(r.json())
    return steps


async def test_a_practice_run_completes_and_keeps_nothing(
    web_client: AsyncTestClient, web_settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    before = _snapshot(web_settings.database_url)
    with caplog.at_level(logging.DEBUG):
        steps = await _run(web_client)
    after = _snapshot(web_settings.database_url)

    said = [m for step in steps[1:-1] for m in step["messages"]]
    assert [m["role"] for m in said[:2]] == ["candidate", "interviewer"]
    assert said[0]["text"] == ANSWERS[0]
    assert steps[-1]["state"] == "confirmed"
    assert "Nothing was kept" in steps[-1]["messages"][0]["text"]
    assert {i["key"] for i in steps[-1]["checklist"]} == {f.key for f in PRACTICE_JOB.all_fields()}
    # Not one row written, changed or removed, in any table but the limiter's counters.
    assert set(before) == set(after)
    for name in before:
        if name != COUNTERS:
            assert after[name] == before[name], name
    for row in after[COUNTERS]:
        assert not any(answer in cell for answer in ANSWERS for cell in row)
    # Nothing of what the candidate typed is in the log.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert not any(answer in logged for answer in ANSWERS)
    # The candidate has no interview, and the job no applicant.
    assert (await web_client.get("/api/interviews")).json() == []


def _forge(token: str, change: Any) -> str:
    body, _, mac = token.partition(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    change(payload)
    raw = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{raw}.{mac}"


def _complete_everything(payload: dict[str, Any]) -> None:
    for field in payload["s"]["fields"].values():
        field["status"] = "answered"


@pytest.mark.parametrize(
    "token",
    [
        "not a token",
        "e30.",
        "",
        "x" * (MAX_TOKEN_CHARS + 1),
    ],
)
async def test_a_bad_token_is_refused(web_client: AsyncTestClient, token: str) -> None:
    await register(web_client, "jane@example.com")
    r = await web_client.post("/api/practice/messages", json={"token": token, "text": "hi"})
    assert r.status_code in (400, 422), r.text
    assert r.status_code == 400 or "token" in r.json()["detail"]


async def test_an_edited_or_borrowed_state_is_a_400(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={})).json()
    edited = _forge(start["token"], _complete_everything)
    for path, body in (
        ("/api/practice/messages", {"token": edited, "text": "yes"}),
        ("/api/practice/confirm", {"token": edited}),
    ):
        r = await web_client.post(path, json=body)
        assert r.status_code == 400 and "Start a new practice run" in r.json()["detail"]
    # The token is bound to the account it was made for.
    await register(web_client, "bob@example.com", name="Bob")
    r = await web_client.post(
        "/api/practice/messages", json={"token": start["token"], "text": "hello"}
    )
    assert r.status_code == 400


async def test_confirming_an_incomplete_run_is_a_409(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={})).json()
    r = await web_client.post("/api/practice/confirm", json={"token": start["token"]})
    assert r.status_code == 409 and "not complete" in r.json()["detail"]


async def test_a_finished_run_takes_no_more_answers(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    done = (await _run(web_client))[-1]
    r = await web_client.post(
        "/api/practice/messages", json={"token": done["token"], "text": "one more"}
    )
    assert r.status_code == 409 and "finished" in r.json()["detail"]


async def test_practice_answers_are_rate_limited_like_messages(make_client: Any) -> None:
    async with make_client(messages_per_account=2, messages_per_address=100) as client:
        await register(client, "jane@example.com")
        token = (await client.post("/api/practice", json={})).json()["token"]
        codes = []
        for n in range(3):
            r = await client.post(
                "/api/practice/messages", json={"token": token, "text": f"answer {n}"}
            )
            codes.append(r.status_code)
        assert codes == [200, 200, 429]


async def test_the_practice_page_says_nothing_is_kept(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    page = await web_client.get("/practice")
    assert page.status_code == 200
    assert "nothing is kept" in page.text and "practice.js" in page.text
    jobs = await web_client.get("/jobs")
    assert 'href="/practice"' in jobs.text


async def test_another_web_process_takes_the_next_turn(make_client: Any) -> None:
    """Two apps on one database (as ``serve --workers 2``): a run started on one goes on on
    the other, with the same account's session."""
    async with make_client() as one, make_client() as two:
        await register(one, "jane@example.com")  # type: ignore[arg-type]
        two.cookies = one.cookies
        start = (await one.post("/api/practice", json={})).json()
        r = await two.post(
            "/api/practice/messages", json={"token": start["token"], "text": ANSWERS[0]}
        )
        assert r.status_code == 200, r.text
        assert r.json()["messages"][0]["text"] == ANSWERS[0]
