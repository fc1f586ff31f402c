"""A work-sample interview on the real default model, through the HTTP API and the app's
own engine: the candidate picks the better response (first in words the rules cannot read,
so the model reads them), gives a reason, picks in a second sample with the reason in the
same message (never asked "why?" there), labels two items; the interview completes, the
picks are the candidate's, and after submission the reason is judged against its rubric."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.settings import Settings
from tests.helpers.web import login, register, say, start

pytestmark = pytest.mark.model

JOB: dict[str, Any] = {
    "title": "Response rater",
    "description": "Compare and label model outputs.",
    "fields": [],
    "custom_questions": [],
    "bid": False,
    "work_samples": [
        {
            "kind": "compare",
            "key": "summary",
            "instructions": "Read the news item and the two summaries.",
            "prompt": "Summarise: The town council voted on Monday to repair the old bridge.",
            "response_a": "On Monday in Paris, the council voted to rebuild the famous bridge.",
            "response_b": "The town council voted on Monday to repair the old bridge.",
            "gold": "B",
            "rubric": ["Says that A invents a place", "Puts accuracy before style"],
        },
        {
            "kind": "compare",
            "key": "tone",
            "prompt": "Reply to a customer whose parcel is late.",
            "response_a": "Your parcel is late. Wait.",
            "response_b": "Sorry your parcel is late: it should reach you by Friday.",
            "gold": "B",
        },
        {
            "kind": "label",
            "key": "messages",
            "labels": ["question", "complaint", "praise"],
            "items": [
                {"text": "Where is my parcel?", "gold": "question"},
                {"text": "The app crashes every time I open it.", "gold": "complaint"},
            ],
        },
    ],
}
# Each field's replies in turn, while the interviewer asks it again.
REPLIES = {
    "summary": ["The one that keeps to the facts and adds nothing to them.", "B"],
    "summary_why": [
        "B is accurate and complete. A invents Paris, which is not in the news item, and a"
        " summary must not add facts, however well it reads.",
    ],
    # The pick and its reason at once: no "tone_why" reply, since it is never asked.
    "tone": ["B, because A is curt and gives the customer no date at all."],
    "messages_1": ["question"],
    "messages_2": ["That one is a complaint."],
}


async def test_a_work_sample_interview_completes_on_the_real_model(
    default_model_path: Path, tmp_path: Path
) -> None:
    from server.app import create_app
    from server.engine import open_engine

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
        models_dir=default_model_path.parent,
        allowed_hosts="testserver.local",
        generation_timeout_s=300,
    )
    async with open_engine(settings) as engine:
        app = create_app(settings, engine=engine)
        async with app.lifespan():
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
            async with httpx.AsyncClient(
                transport=transport, base_url="http://testserver.local", timeout=600
            ) as client:
                await register(client, "boss@example.com", role="employer", name="Boss")  # type: ignore[arg-type]
                r = await client.post("/api/jobs", json=JOB)
                assert r.status_code == 201, r.text
                job_id = r.json()["id"]
                client.cookies.clear()
                await register(client, "jane@example.com")  # type: ignore[arg-type]
                iid = (await start(client, job_id))["id"]  # type: ignore[arg-type]
                tries: dict[str, int] = {}
                turn: dict[str, Any] = {"state": "interview", "checklist": []}
                started = time.monotonic()
                for n in range(12):
                    if turn["state"] != "interview":
                        break
                    todo = [i["key"] for i in turn["checklist"] if not i["complete"]]
                    key = todo[0] if todo else "summary"
                    said = REPLIES[key]
                    text = said[min(tries.get(key, 0), len(said) - 1)]
                    tries[key] = tries.get(key, 0) + 1
                    turn = await say(client, iid, text, f"m{n}")  # type: ignore[arg-type]
                interview_s = time.monotonic() - started
                assert turn["state"] == "summary", json.dumps([turn["checklist"], turn["reply"]])
                r = await client.post(f"/api/interviews/{iid}/proposal", json={})
                assert r.status_code == 200, r.text

                await login(client, "boss@example.com")  # type: ignore[arg-type]
                url = f"/api/interviews/{iid}/assessments"
                end = time.monotonic() + 400
                while True:
                    data = (await client.get(url)).json()
                    if data["questions"][0]["state"] in ("done", "failed"):
                        break
                    assert time.monotonic() < end, data
                    await asyncio.sleep(0.5)
    compare, tone, label = data["samples"]
    assert tone["picks"][0]["pick"] == "B" and tone["why"] == REPLIES["tone"][0]
    assert "tone_why" not in tries
    # The picks are the candidate's: never the other letter, whoever read them.
    assert compare["picks"][0]["pick"] == "B" and compare["picks"][0]["correct"] is True
    assert [p["pick"] for p in label["picks"]] == ["question", "complaint"]
    assert "Paris" in compare["why"]
    [why] = data["questions"]
    assert why["state"] == "done" and why["score"] is not None
    for point in why["points"]:
        assert point["quote"] is None or point["quote"] in compare["why"]
    assert data["score"] is not None
    print(  # for the record (pytest -s)
        json.dumps(
            {
                "tries": tries,
                "interview_s": round(interview_s, 1),
                "reason_points": [(p["point"], p["model_judgement"]) for p in why["points"]],
                "score": data["score"],
            }
        )
    )
