"""Rubric assessments in a real browser (Debian's Chromium) on the scripted model: the
candidate page shows judged points, quotes and score as text (a hostile quote and note
run nothing), an override from the page is kept in the history, the applicants table
sorts by score, and axe finds nothing on either page at 1280×800 and 390×844."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.engine.base import GenerationRequest
from server.settings import Settings
from tests.helpers.engine import schema_responder
from tests.helpers.servers import free_port, serve
from tests.helpers.web import ANSWERS, JOB_BODY, sign_up_sync

pytestmark = pytest.mark.browser

PASSWORD = "correct horse"
HOSTILE = "I want to help <img src=x onerror=alert(1)> make AI models more helpful and safe."
HOSTILE_NOTE = "<script>alert('note')</script> checked by phone"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def responder(request: GenerationRequest) -> str:
    """The scripted model: for a rubric point, "yes" with the answer's segment that has a
    tag in it (else its longest); anything else as the schema asks."""
    props = (request.schema or {}).get("properties", {})
    if "says" not in props:
        return schema_responder(request)
    options = props["quote"].get("anyOf", [{"enum": [None]}])[0]["enum"]
    quote = next((o for o in options if "<" in o), max(options, key=len))
    return json.dumps({"says": "yes", "quote": quote})


@pytest.fixture
def live(tmp_path: Path) -> Iterator[str]:
    from server.engine.fake import ScriptedEngine

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'rubric.db'}", port=free_port())
    yield from serve(settings, ScriptedEngine(responder=responder), ready_s=60)


def _apply(base: str, job_id: int, email: str, motivation: str) -> int:
    with httpx.Client(base_url=base, timeout=60) as client:
        sign_up_sync(client, email, name=email.split("@")[0].title())
        iid = int(client.post(f"/api/jobs/{job_id}/interview").json()["id"])
        answers = [*ANSWERS[:4], motivation, *ANSWERS[5:]]
        for n, text in enumerate(answers):
            r = client.post(
                f"/api/interviews/{iid}/messages", json={"text": text, "client_id": f"m{n}"}
            )
            r.raise_for_status()
            if r.json()["state"] != "interview":
                break
        client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 20}).raise_for_status()
    return iid


def _world(base: str) -> tuple[httpx.Client, int, list[int]]:
    boss = httpx.Client(base_url=base, timeout=60)
    sign_up_sync(boss, "boss@example.com", role="employer", name="Boss")
    body = json.loads(json.dumps(JOB_BODY))
    body["custom_questions"][0].update(
        required=True, rubric=["Wants to make AI models more helpful", "Mentions safety"]
    )
    job_id = int(boss.post("/api/jobs", json=body).json()["id"])
    ids = [
        _apply(base, job_id, "ann@example.com", HOSTILE),
        _apply(base, job_id, "bea@example.com", "I like puzzles and careful work."),
    ]
    end = time.monotonic() + 60
    for iid in ids:
        while (
            boss.get(f"/api/interviews/{iid}/assessments").json()["questions"][0]["state"] != "done"
        ):
            assert time.monotonic() < end
            time.sleep(0.3)
    # Ann's first point overridden to missing, Bea's to covered: the scores differ whatever
    # the model said (Ann's second point is set to missing on the page).
    r = boss.put(
        f"/api/interviews/{ids[0]}/assessments/motivation/0",
        json={"judgement": "missing", "note": HOSTILE_NOTE},
    )
    r.raise_for_status()
    r = boss.put(
        f"/api/interviews/{ids[1]}/assessments/motivation/0",
        json={"judgement": "covered", "note": "She told me about it"},
    )
    r.raise_for_status()
    return boss, job_id, ids


def _log_in(page: Any, base: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill("boss@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)


def _axe(page: Any, where: str, found: list[str]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    if results.violations_count:
        found.append(f"{where}: {results.generate_report()}")


def test_assessments_on_the_candidate_page_and_sorting_by_score(browser: Any, live: str) -> None:
    boss, job_id, (ann, bea) = _world(live)
    scores = {
        iid: boss.get(f"/api/interviews/{iid}/assessments").json()["score"] for iid in (ann, bea)
    }
    found: list[str] = []
    dialogs: list[str] = []
    for viewport in (LAPTOP, PHONE):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        _log_in(page, live)
        page.goto(f"{live}/employer/interviews/{ann}")
        section = page.get_by_role("region", name="Rubric questions")
        section.wait_for()
        assert "Overall score:" in section.inner_text()
        quotes = section.locator("q.quote").all_inner_texts()
        assert quotes and all(q in HOSTILE for q in quotes)
        assert HOSTILE_NOTE in section.inner_text()  # shown as text, run as nothing
        _axe(page, f"candidate page {viewport['width']}", found)

        # An override from the page: judgement and note, kept in the history.
        form = page.get_by_role("form", name="Override key point 2")
        form.get_by_label("Judgement").select_option("missing")
        form.get_by_label("Note (why)").fill(f"Page override at {viewport['width']}")
        form.get_by_role("button", name="Override").click()
        status = section.get_by_text("Saved: key point 2 is missing.")
        status.wait_for()
        section.get_by_text("History (").click()
        assert f"Page override at {viewport['width']}" in section.inner_text()
        _axe(page, f"candidate page after an override {viewport['width']}", found)

        # The applicants table: a Score column, sorted by a button in its header.
        page.goto(f"{live}/employer/jobs/{job_id}")
        table = page.get_by_role("table", name="Applicants")
        table.get_by_role("button", name="Score").click()
        header = table.locator("th", has=page.get_by_role("button", name="Score"))
        assert header.get_attribute("aria-sort") == "ascending"
        names = table.locator("tbody th a").all_inner_texts()
        latest = {
            iid: boss.get(f"/api/interviews/{iid}/assessments").json()["score"]
            for iid in (ann, bea)
        }
        order = sorted((ann, bea), key=lambda iid: latest[iid])
        assert names == ["Ann" if iid == ann else "Bea" for iid in order]
        table.get_by_role("button", name="Score").click()
        assert header.get_attribute("aria-sort") == "descending"
        assert table.locator("tbody th a").all_inner_texts() == names[::-1]
        assert len(table.locator("tbody tr").all()) == 2  # sorting hides nobody
        _axe(page, f"applicants {viewport['width']}", found)
        context.close()
    boss.close()
    assert not dialogs, dialogs
    assert scores[ann] is not None and scores[bea] is not None
    assert not found, "\n".join(found)


def test_the_job_editor_adds_and_removes_key_points(browser: Any, live: str) -> None:
    boss = httpx.Client(base_url=live, timeout=60)
    sign_up_sync(boss, "boss@example.com", role="employer", name="Boss")
    body = json.loads(json.dumps(JOB_BODY))
    body["custom_questions"][0]["rubric"] = [{"text": "Mentions safety", "weight": 2}]
    job_id = int(boss.post("/api/jobs", json=body).json()["id"])
    found: list[str] = []
    page = browser.new_context(viewport=LAPTOP).new_page()
    _log_in(page, live)
    page.goto(f"{live}/employer/jobs/{job_id}/edit")
    question = page.locator("#questions .item").first
    first = question.get_by_role("group", name="Key point 1")
    first.get_by_label("Key point").wait_for()
    assert first.get_by_label("Key point").input_value() == "Mentions safety"
    assert first.get_by_label("Weight").input_value() == "2"
    question.get_by_role("button", name="Add key point").click()
    second = question.get_by_role("group", name="Key point 2")
    second.get_by_label("Key point").fill("Names a past project")
    question.get_by_role("button", name="Add key point").click()
    question.get_by_role("group", name="Key point 3").get_by_label("Key point").fill("Dropped")
    _axe(page, "job editor with key points", found)
    question.get_by_role("group", name="Key point 3").get_by_role(
        "button", name="Remove key point"
    ).click()
    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(f"{live}/employer/jobs/{job_id}")
    saved = boss.get(f"/api/jobs/{job_id}").json()["custom_questions"][0]["rubric"]
    assert saved == [
        {"text": "Mentions safety", "weight": 2.0},
        {"text": "Names a past project", "weight": 1.0},
    ]
    boss.close()
    assert not found, "\n".join(found)
