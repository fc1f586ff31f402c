"""The question bank in the job editor, in a real browser (Debian's Chromium): an employer
searches the bank, adds a question with its key points, saves the job; axe finds nothing
with the bank open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.engine.fake import ScriptedEngine
from server.settings import Settings
from tests.helpers.servers import free_port, serve
from tests.helpers.web import sign_up_sync

pytestmark = pytest.mark.browser


@pytest.fixture
def live(tmp_path: Path) -> Iterator[str]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'bank.db'}", port=free_port())
    yield from serve(settings, ScriptedEngine(), ready_s=60)


def test_a_bank_question_becomes_a_custom_question_with_its_key_points(
    browser: Any, live: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    boss = httpx.Client(base_url=live, timeout=60)
    sign_up_sync(boss, "boss@example.com", role="employer", name="Boss")
    bank = boss.get("/api/question-bank", params={"q": "kappa"}).json()["entries"]
    assert bank, "the bank has a question about kappa"
    wanted = bank[0]

    page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto(f"{live}/login")
    page.get_by_label("Email").fill("boss@example.com")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)
    page.goto(f"{live}/employer/jobs/new")
    page.get_by_label("Title").fill("Annotation lead")
    page.locator("#fields .item").first.get_by_label("Label").fill("Years leading teams")

    page.get_by_text("Add a question from the question bank").click()
    page.get_by_role("status").filter(has_text="50 questions.").wait_for()
    page.get_by_label("Words").fill("no such words anywhere")
    page.get_by_label("Words").press("Enter")
    page.get_by_role("status").filter(has_text="No question matches").wait_for()
    page.get_by_label("Words").fill("kappa")
    page.get_by_role("button", name="Search the bank").click()
    add = page.get_by_role("button", name=f"Add this question: {wanted['question']}")
    add.wait_for()
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    add.click()

    question = page.locator("#questions .item").last
    assert question.get_by_label("Question").input_value() == wanted["question"]
    shown = [
        question.get_by_role("group", name=f"Key point {n + 1}").get_by_label("Key point")
        for n in range(len(wanted["rubric"]))
    ]
    assert [box.input_value() for box in shown] == [p["text"] for p in wanted["rubric"]]
    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(lambda u: u.rstrip("/").split("/")[-1].isdigit())
    job_id = int(page.url.rstrip("/").split("/")[-1])
    saved = boss.get(f"/api/jobs/{job_id}").json()["custom_questions"]
    assert [q["question"] for q in saved] == [wanted["question"]]
    assert [p["text"] for p in saved[0]["rubric"]] == [p["text"] for p in wanted["rubric"]]
    boss.close()
