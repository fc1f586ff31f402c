"""Work samples in a real browser (Debian's Chromium): an employer adds a compare sample
and a label sample in the job editor, saves, edits them again; a candidate answers; the
employer's candidate page shows each pick against the gold answer. axe finds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.engine.fake import ScriptedEngine
from server.settings import Settings
from tests.helpers.engine import schema_responder
from tests.helpers.servers import free_port, serve
from tests.helpers.web import sign_up_sync

pytestmark = pytest.mark.browser


@pytest.fixture
def live(tmp_path: Path) -> Iterator[str]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'samples.db'}", port=free_port())
    yield from serve(settings, ScriptedEngine(responder=schema_responder), ready_s=60)


def _log_in(page: Any, live: str, email: str) -> None:
    page.goto(f"{live}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)


def test_an_employer_builds_work_samples_and_reads_the_picks(browser: Any, live: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    boss = httpx.Client(base_url=live, timeout=60)
    sign_up_sync(boss, "boss@example.com", role="employer", name="Boss")
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _log_in(page, live, "boss@example.com")
    page.goto(f"{live}/employer/jobs/new")
    page.get_by_label("Title").fill("Response rater")
    page.locator("#fields .item").first.get_by_role("button", name="Remove field").click()

    page.get_by_role("button", name="Add a compare sample").click()
    compare = page.get_by_role("group", name="Work sample 1: compare two responses")
    compare.get_by_label("Instructions").fill("Read the prompt and both responses.")
    compare.get_by_label("Prompt").fill("Summarise: the council voted to repair the bridge.")
    compare.get_by_label("Response A", exact=True).fill(
        "In Paris, the council voted to repair the bridge."
    )
    compare.get_by_label("Response B", exact=True).fill("The council voted to repair the bridge.")
    compare.get_by_label("Gold answer: the better response").select_option("B")
    compare.get_by_role("button", name="Add key point").click()
    compare.get_by_role("group", name="Key point 1").get_by_label("Key point").fill(
        "Says that A invents a place"
    )

    page.get_by_role("button", name="Add a label sample").click()
    label = page.get_by_role("group", name="Work sample 2: label items")
    label.get_by_label("Labels (comma separated, 2 to 8)").fill("question, complaint, praise")
    first = label.get_by_role("group", name="Item 1")
    first.get_by_label("Item text").fill("Where is my order?")
    first.get_by_label("Gold label").select_option("question")
    label.get_by_role("button", name="Add item").click()
    second = label.get_by_role("group", name="Item 2")
    second.get_by_label("Item text").fill("Great support, thanks!")
    second.get_by_label("Gold label").select_option("praise")
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()

    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(lambda u: u.rstrip("/").split("/")[-1].isdigit())
    job_id = int(page.url.rstrip("/").split("/")[-1])
    saved = boss.get(f"/api/jobs/{job_id}").json()["work_samples"]
    assert [s["kind"] for s in saved] == ["compare", "label"]
    assert saved[0]["gold"] == "B"
    assert saved[0]["rubric"] == [{"text": "Says that A invents a place", "weight": 1.0}]
    assert [(i["text"], i["gold"]) for i in saved[1]["items"]] == [
        ("Where is my order?", "question"),
        ("Great support, thanks!", "praise"),
    ]

    # Edited again: the samples come back as saved, keep their keys, one is removed.
    page.goto(f"{live}/employer/jobs/{job_id}/edit")
    again = page.get_by_role("group", name="Work sample 2: label items")
    assert again.get_by_role("group", name="Item 2").get_by_label("Gold label").input_value() == (
        "praise"
    )
    again.get_by_role("group", name="Item 2").get_by_role("button", name="Remove item").click()
    page.get_by_role("group", name="Work sample 1: compare two responses").get_by_label(
        "Gold answer: the better response"
    ).select_option("A")
    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(lambda u: u.rstrip("/").endswith(str(job_id)))
    edited = boss.get(f"/api/jobs/{job_id}").json()["work_samples"]
    assert [s["key"] for s in edited] == [s["key"] for s in saved]
    assert edited[0]["gold"] == "A" and len(edited[1]["items"]) == 1

    # A candidate answers through the API; the employer reads the picks.
    jane = httpx.Client(base_url=live, timeout=60)
    sign_up_sync(jane, "jane@example.com")
    assert "gold" not in jane.get(f"/api/jobs/{job_id}").text
    iid = jane.post(f"/api/jobs/{job_id}/interview").json()["id"]
    for n, text in enumerate(["Response B", "B is exact; A invents Paris.", "question"]):
        r = jane.post(f"/api/interviews/{iid}/messages", json={"text": text, "client_id": f"m{n}"})
        assert r.status_code == 200, r.text
    assert jane.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 20}).status_code == 200

    page.goto(f"{live}/employer/interviews/{iid}")
    picks = page.get_by_role("table", name="Work sample 1: picks against the gold answers")
    picks.get_by_role("cell", name="incorrect").wait_for()
    assert picks.get_by_role("row").nth(1).inner_text().split("\t")[:3] == [
        "Better response",
        "B",
        "A",
    ]
    labels = page.get_by_role("table", name="Work sample 2: picks against the gold answers")
    assert labels.get_by_role("cell", name="correct", exact=True).count() == 1
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    boss.close()
    jane.close()
