"""A practice interview in a real browser (Debian's Chromium through Playwright), against
a real uvicorn server with the scripted model: started from the jobs page, kept by a
reload (it lives in the tab), ended with nothing kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers.browser import Live, answer_until_summary, live_app, log_in
from tests.helpers.web import ANSWERS

pytestmark = pytest.mark.browser


@pytest.fixture
def live(database_url: str) -> Iterator[Live]:
    yield from live_app(database_url)


def test_a_practice_run_in_the_browser(live: Live, browser: Any) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, live.url, live.candidate)
    page.get_by_role("link", name="Practise an interview first").click()
    expect(page.get_by_text("Practice: nothing is kept")).to_be_visible()
    page.get_by_role("button", name="Start practising").click()
    log = page.get_by_role("log")
    expect(log.locator(".msg")).to_have_count(1)
    page.get_by_label("Your answer").fill(ANSWERS[0])
    page.get_by_role("button", name="Send").click()
    expect(log.locator(".msg")).to_have_count(3)
    linkedin = page.get_by_role("list", name="Checklist").get_by_role("listitem").first
    expect(linkedin).not_to_contain_text("incomplete")

    page.reload()  # the run lives in the tab
    expect(log).to_contain_text(ANSWERS[0])
    answer_until_summary(page)
    page.get_by_role("button", name="Confirm").click()
    expect(log).to_contain_text("Nothing was kept")
    expect(page.get_by_role("button", name="Start again")).to_be_visible()
    expect(page.get_by_label("Your answer")).to_be_hidden()
    # Nothing of it reached the candidate's interviews.
    assert page.evaluate("fetch('/api/interviews').then(r => r.json())") == []
    assert errors == []
