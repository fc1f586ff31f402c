"""End to end on the real default model, through the HTTP API and the app's own engine: an
employer makes a job with a rubric question, a candidate answers and submits, the
judging queue runs in the background, the employer sees judged points with quotes taken
from the answer, and an override is kept with its author and time."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.settings import Settings
from tests.helpers.web import ANSWERS, JOB_BODY, login, register, say, start

pytestmark = pytest.mark.model

# Answers to the rubric question, sent in turn while the interviewer asks it again (the
# interview takes praise of oneself alone as vague; a story of what one did is an answer).
MOTIVATIONS = [
    "I once helped my uncle check what a chatbot told him about his medicine, and it got"
    " things wrong; I want to help make AI models more helpful and safe.",
    "I enjoy reading answers closely and finding what is wrong with them, and I want AI"
    " models to be more helpful and safe for people like my parents.",
    "I want to help make AI models more helpful and safe.",
]
RUBRIC = [
    {"text": "Wants to make AI models more helpful"},
    {"text": "Cares about the safety of AI models", "weight": 2},
    {"text": "Is available to work night shifts"},
]


async def _until(client: httpx.AsyncClient, url: str, done: Any, timeout: float) -> Any:
    end = time.monotonic() + timeout
    while True:
        r = await client.get(url)
        if done(r):
            return r
        assert time.monotonic() < end, r.text
        await asyncio.sleep(0.5)


async def test_a_rubric_question_from_job_to_override_on_the_real_model(
    default_model_path: Path, tmp_path: Path
) -> None:
    from server.app import create_app
    from server.engine import open_engine

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
        models_dir=default_model_path.parent,
        allowed_hosts="testserver.local",
        generation_timeout_s=300,  # a busy 2-core machine: slow, not wrong
    )
    body = json.loads(json.dumps(JOB_BODY))
    body["custom_questions"][0].update(rubric=RUBRIC)  # optional, as in the default job
    async with open_engine(settings) as engine:
        app = create_app(settings, engine=engine)  # the app's slot, queue and judging worker
        async with app.lifespan():
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
            async with httpx.AsyncClient(
                transport=transport, base_url="http://testserver.local", timeout=600
            ) as client:
                await register(client, "boss@example.com", role="employer", name="Boss")  # type: ignore[arg-type]
                r = await client.post("/api/jobs", json=body)
                assert r.status_code == 201, r.text
                job_id = r.json()["id"]
                client.cookies.clear()
                await register(client, "jane@example.com")  # type: ignore[arg-type]
                iid = (await start(client, job_id))["id"]  # type: ignore[arg-type]
                turn: dict[str, Any] = {}
                for n, text in enumerate(ANSWERS[:3]):
                    turn = await say(client, iid, text, f"s{n}")  # type: ignore[arg-type]
                said = [*MOTIVATIONS, "That is all, thank you."]
                for n in range(8):
                    if turn["state"] != "interview":
                        break
                    todo = {i["key"] for i in turn["checklist"] if not i["complete"]}
                    text = ANSWERS[3] if "ai_training_experience" in todo else said[min(n, 3)]
                    turn = await say(client, iid, text, f"m{n}")  # type: ignore[arg-type]
                assert turn["state"] == "summary", json.dumps([turn["checklist"], turn["reply"]])
                r = await client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 30})
                assert r.status_code == 200, r.text

                await login(client, "boss@example.com")  # type: ignore[arg-type]
                started = time.monotonic()
                url = f"/api/interviews/{iid}/assessments"
                r = await _until(
                    client,
                    url,
                    lambda r: r.json()["questions"][0]["state"] in ("done", "failed"),
                    300,
                )
                judged_s = time.monotonic() - started
                data = r.json()
                [question] = data["questions"]
                assert question["state"] == "done", question
                [application] = (await client.get(f"/api/jobs/{job_id}/applications")).json()
                # What was judged: the answer taken, or the words found vague.
                field = application["fields"]["motivation"]
                answer = field["value"] if field["status"] == "answered" else field["evidence"]
                # A follow-up ("anything you would add?") may have added the next reply.
                assert answer in said or any(f"{a} {b}" == answer for a in said for b in said), (
                    field
                )
                for point in question["points"]:
                    assert point["model_name"] == engine.info.name
                    if point["judgement"] == "missing":
                        assert point["quote"] is None
                    else:
                        assert point["quote"] and point["quote"] in answer
                assert question["score"] is not None and 0 <= question["score"] <= 1
                assert application["assessment"]["state"] == "done"

                me = (await client.get("/api/me")).json()
                r = await client.put(
                    f"{url}/motivation/2",
                    json={
                        "judgement": "partial",
                        "note": "Said in the call she can do some nights.",
                    },
                )
                assert r.status_code == 200, r.text
                kept = (await client.get(url)).json()
    point = kept["questions"][0]["points"][2]
    assert point["judgement"] == "partial"
    assert point["author"] == {"id": me["id"], "name": "Boss"}
    assert point["overridden_at"] is not None
    change = kept["history"][-1]
    assert change["kind"] == "override" and change["author"]["name"] == "Boss"
    assert change["note"] == "Said in the call she can do some nights."
    print(  # the E2E's output, for the record (pytest -s)
        json.dumps(
            {
                "judged_in_s": round(judged_s, 1),
                "points": [
                    (p["point"], p["model_judgement"], p["quote"]) for p in question["points"]
                ],
                "score": question["score"],
                "override": (point["judgement"], point["author"], point["overridden_at"]),
            }
        )
    )
