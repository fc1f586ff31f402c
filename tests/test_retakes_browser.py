"""Retakes in a real browser (Debian's Chromium through Playwright), against a real
uvicorn server with the scripted model: a candidate submits, retakes the interview from
the job page, and reads the earlier attempt again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.helpers.browser import Live, answer_until_summary, live_app, log_in
from tests.helpers.web import ANSWERS, JOB_BODY

pytestmark = pytest.mark.browser


@pytest.fixture
def live(database_url: str) -> Iterator[Live]:
    yield from live_app(database_url)


def test_a_candidate_retakes_and_reads_the_first_attempt(live: Live, browser: Any) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    with httpx.Client(base_url=live.url) as boss:
        boss.post(
            "/api/auth/login",
            json={"email": live.employer.email, "password": live.employer.password},
        ).raise_for_status()
        job = boss.post("/api/jobs", json={**JOB_BODY, "title": "Retake job", "retakes": 1})
        job.raise_for_status()
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, live.url, live.candidate)
    page.get_by_role("link", name="Retake job").click()
    retake = page.get_by_role("button", name="Retake the interview")
    expect(retake).to_be_hidden()

    page.get_by_role("button", name="Apply").click()
    answer_until_summary(page)
    page.get_by_role("button", name="Confirm").click()
    page.get_by_label("Bid amount").fill("10")
    page.get_by_role("button", name="Submit proposal").click()
    expect(page.get_by_role("status").filter(has_text="submitted")).to_be_visible()
    page.get_by_role("button", name="Close").click()

    expect(retake).to_have_text("Retake the interview (1 left)")
    retake.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Attempt 2", exact=True)).to_be_visible()
    expect(page.get_by_role("log").locator(".msg")).to_have_count(1)  # a fresh greeting
    page.get_by_role("button", name="Close").click()
    expect(retake).to_be_hidden()  # the one retake is taken

    # The first attempt is still there to read; a reload lists both.
    page.reload()
    attempts = page.get_by_role("region", name="Your attempts")
    expect(attempts.get_by_role("button")).to_have_count(2)
    attempts.get_by_role("button", name="Attempt 1").click()
    expect(page.get_by_role("log")).to_contain_text(ANSWERS[0])
    expect(page.get_by_role("button", name="Submit proposal")).to_be_disabled()
    assert errors == []
