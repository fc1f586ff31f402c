"""In a real browser (Debian's Chromium), with the scripted model: a job without a bid from
the job editor to a submitted proposal (confirm, then Submit; no bid anywhere), and the chat
on a phone with the on-screen keyboard open (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server.commands.demo import DemoLogin, seed_demo
from server.settings import Settings
from server.store.db import Database
from tests.helpers.servers import free_port, serve
from tests.helpers.web import ANSWERS

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# The layout viewport that is left above an on-screen keyboard on a 390×844 phone.
KEYBOARD_OPEN = {"width": 390, "height": 450}
PASSWORD = "correct horse battery"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, DemoLogin]]:
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'bid.db'}", port=free_port())
    db = Database(settings.database_url)
    db.migrate()
    employer = next(login for login in db.call(seed_demo) if login.role == "employer")
    db.dispose()
    for url in serve(settings, ScriptedEngine(responder=schema_responder), ready_s=60):
        yield url, employer


def _page(browser: Any, viewport: dict[str, int]) -> tuple[Any, list[str]]:
    page = browser.new_context(viewport=viewport).new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, errors


def _log_in(page: Any, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)


def _candidate(browser: Any, base: str, email: str) -> tuple[Any, list[str]]:
    page, errors = _page(browser, PHONE)
    page.goto(f"{base}/register")
    page.get_by_label("Name").fill("Jane Doe")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/jobs")
    return page, errors


def _answer(page: Any, text: str) -> None:
    from playwright.sync_api import expect

    log = page.get_by_role("log")
    before = log.locator(".msg").count()
    page.get_by_label("Your answer").fill(text)
    page.get_by_role("button", name="Send").click()
    expect(log.locator(".msg")).to_have_count(before + 2)
    expect(log).to_have_attribute("aria-busy", "false")


def test_a_job_without_a_bid_from_the_editor_to_submit(
    live: tuple[str, DemoLogin], browser: Any
) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    base, employer = live
    axe = Axe()

    # The employer copies the demo job's fields into a new job without a bid.
    boss, boss_errors = _page(browser, {"width": 1280, "height": 800})
    _log_in(boss, base, employer.email, employer.password)
    boss.goto(f"{base}/employer/jobs/1/edit")
    expect(boss.get_by_label("Ask candidates for a bid")).to_be_checked()  # old job: a bid
    boss.get_by_label("Title").fill("Weekend rater")
    asks = boss.get_by_label("Ask candidates for a bid")
    asks.uncheck()
    expect(boss.get_by_label("Currency of bids", exact=False)).to_be_hidden()
    boss.get_by_role("button", name="Preview the interview").click()
    preview = boss.get_by_role("region", name="How the interview opens")
    expect(preview).to_contain_text("you can now submit your application")
    expect(preview).not_to_contain_text("bid")
    asks.check()
    boss.get_by_role("button", name="Preview the interview").click()
    expect(preview).to_contain_text("enter your bid")
    asks.uncheck()
    boss.get_by_role("button", name="Save job").click()
    expect(boss).to_have_url(f"{base}/employer/jobs/1")
    boss.goto(f"{base}/employer/jobs/1/edit")
    expect(boss.get_by_label("Ask candidates for a bid")).not_to_be_checked()  # kept
    assert boss_errors == []

    # The candidate: Apply, answer, Confirm, Submit; no bid field, no bid words.
    page, errors = _candidate(browser, base, "jane@example.com")
    page.get_by_role("link", name="Weekend rater").click()
    page.get_by_role("button", name="Apply").click()
    dialog = page.get_by_role("dialog")
    expect(page.get_by_role("log").locator(".msg")).to_have_count(1)
    submit = page.get_by_role("button", name="Submit proposal")
    expect(submit).to_be_disabled()
    expect(page.get_by_label("Bid amount")).to_be_hidden()
    confirm = page.get_by_role("button", name="Confirm")
    for text in ANSWERS:
        if confirm.is_visible():
            break
        _answer(page, text)
    expect(confirm).to_be_visible()
    confirm.click()
    expect(submit).to_be_enabled()
    expect(submit).to_be_focused()
    expect(submit).to_be_in_viewport()
    expect(page.locator("#summary-hint")).to_have_text(
        "Confirmed. Submit your proposal to send it to the employer."
    )
    expect(page.locator("#progress")).to_have_text("ready to submit")
    assert "bid" not in dialog.inner_text().lower()
    page.wait_for_load_state("networkidle")
    found = axe.run(page)
    assert found.violations_count == 0, found.generate_report()

    submit.click()
    expect(page.get_by_role("status").filter(has_text="submitted")).to_be_visible()
    expect(page.locator("#progress")).to_have_text("proposal submitted")
    assert "bid" not in dialog.inner_text().lower()
    page.get_by_role("button", name="Close").click()
    page.reload()
    expect(page.get_by_role("button", name="View your proposal")).to_be_visible()
    assert errors == []

    # The employer's table has no Bid column.
    boss.goto(f"{base}/employer/jobs/1")
    table = boss.get_by_role("table", name="Applicants")
    expect(table.get_by_role("row").filter(has_text="Jane Doe")).to_contain_text("submitted")
    expect(table.get_by_role("columnheader", name="Status")).to_be_visible()
    expect(table.get_by_role("columnheader", name="Bid")).to_have_count(0)
    assert boss_errors == []


# The box of an element, and the part of the page the person sees (the visual viewport).
BOXES = """(ids) => {
    const vv = window.visualViewport;
    const view = {top: vv.offsetTop, bottom: vv.offsetTop + vv.height};
    const box = (node) => {
        const r = node.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom};
    };
    const msgs = document.querySelectorAll("#log .msg");
    return {view, log: box(document.getElementById("log")), last: box(msgs[msgs.length - 1]),
            ...Object.fromEntries(ids.map((id) => [id, box(document.getElementById(id))]))};
}"""


def test_the_chat_stays_usable_on_a_phone_with_the_keyboard_open(
    live: tuple[str, DemoLogin], browser: Any
) -> None:
    from playwright.sync_api import expect

    base, _ = live
    page, errors = _candidate(browser, base, "kim@example.com")
    page.goto(f"{base}/jobs/1")
    page.get_by_role("button", name="Apply").click()
    for text in ANSWERS[:2]:
        _answer(page, text)
    answer = page.get_by_label("Your answer")
    answer.focus()
    # The on-screen keyboard opens: the viewport above it shrinks to about half.
    page.set_viewport_size(KEYBOARD_OPEN)
    page.wait_for_timeout(300)  # a resize handler, then the scroll it asks for
    expect(answer).to_be_focused()

    def check() -> None:
        boxes = page.evaluate(BOXES, ["answer", "send", "step"])
        view = boxes["view"]

        def shown(name: str) -> bool:
            box = boxes[name]
            return bool(view["top"] <= box["top"] and box["bottom"] <= view["bottom"])

        assert shown("answer"), boxes
        assert shown("send"), boxes
        assert shown("step"), boxes  # "Question 3 of 5"
        # The latest message: its end is in the log's visible part, which is on screen.
        last, log = boxes["last"], boxes["log"]
        assert log["top"] <= last["bottom"] <= log["bottom"] + 1, boxes
        assert view["top"] <= last["bottom"] <= view["bottom"], boxes
        assert last["bottom"] - max(last["top"], log["top"], view["top"]) >= 20, boxes
        expect(page.get_by_role("log").locator(".msg").last).to_be_in_viewport()
        expect(page.get_by_role("button", name="Send")).to_be_in_viewport(ratio=1)

    check()
    # Send is reachable: typing and pressing it works as it is, and the next question
    # shows up where the person is looking.
    for count, text in ((7, ANSWERS[2]), (9, ANSWERS[3])):
        answer.fill(text)
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_role("log").locator(".msg")).to_have_count(count)
        expect(page.get_by_role("log")).to_have_attribute("aria-busy", "false")
        expect(answer).to_be_focused()
        page.wait_for_timeout(300)
        check()
    assert errors == []
