"""Accessibility in a real browser (Debian's Chromium): axe-core finds nothing on any page
or state a candidate or an employer reaches, on a laptop (1280×800) and a phone (390×844);
every touch target on the candidate's pages is at least 44×44 CSS px on the phone; and the
candidate's page keeps its state, its focus and its hidden parts where they belong.

axe-core comes from ``axe-playwright-python`` (its wheel ships ``axe.min.js``), injected
into each page by Playwright: nothing is fetched. The server is the real app under uvicorn
with the scripted model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from server.commands.demo import DemoLogin, seed_demo
from server.settings import Settings
from server.store.db import Database
from tests.helpers.servers import free_port, kiosk_link, serve
from tests.helpers.web import ANSWERS

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
PASSWORD = "correct horse battery"
JOB = "AI training specialist"  # the demo job
# What a person can press, type in or tab to.
INTERACTIVE = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    "[tabindex]:not([tabindex='-1'])"
)
# The box of each visible interactive element; a checkbox or radio button inside its
# label is pressed through the label, so the label is its target.
MEASURE = """(selector) => [...document.querySelectorAll(selector)].flatMap((node) => {
    const label = node.matches("input[type=checkbox], input[type=radio]") && node.closest("label");
    const box = (label || node).getBoundingClientRect();
    const style = getComputedStyle(label || node);
    if (box.width === 0 || box.height === 0 || style.visibility === "hidden") return [];
    const name = node.id || node.getAttribute("aria-label") || node.textContent.trim().slice(0, 30);
    return [{name: `${node.tagName.toLowerCase()} ${name}`, width: box.width, height: box.height}];
})"""


@dataclass
class Live:
    url: str
    employer: DemoLogin


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'a11y.db'}", port=free_port())
    db = Database(settings.database_url)
    db.migrate()
    employer = next(login for login in db.call(seed_demo) if login.role == "employer")
    db.dispose()
    for url in serve(settings, ScriptedEngine(responder=schema_responder), ready_s=60):
        yield Live(url=url, employer=employer)


def _axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def _settled(page: Any) -> None:
    page.wait_for_load_state("networkidle")


class Checker:
    """Runs axe on each state reached; collects every violation instead of stopping."""

    def __init__(self, viewport: dict[str, int]) -> None:
        self.axe = _axe()
        self.viewport = viewport
        self.found: list[str] = []
        self.checked: list[str] = []

    def __call__(self, page: Any, state: str) -> None:
        _settled(page)
        results = self.axe.run(page)
        self.checked.append(state)
        if results.violations_count:
            where = f"{state} at {self.viewport['width']}×{self.viewport['height']}"
            self.found.append(f"{where}: {results.generate_report()}")


class Targets:
    """Measures every interactive element of each state reached (on the phone)."""

    def __init__(self) -> None:
        self.small: list[str] = []
        self.checked: list[str] = []

    def __call__(self, page: Any, state: str) -> None:
        _settled(page)
        self.checked.append(state)
        for box in page.evaluate(MEASURE, INTERACTIVE):
            if box["width"] < 44 or box["height"] < 44:
                size = f"{box['width']:.0f}×{box['height']:.0f}"
                self.small.append(f"{state}: {box['name']} is {size}")


def _log_in(page: Any, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)


def _candidate_path(
    browser: Any, base: str, viewport: dict[str, int], check: Callable[[Any, str], None]
) -> int:
    """Walks a new candidate from register to a submitted proposal, calling ``check`` at
    every state; returns the interview's id."""
    from playwright.sync_api import expect

    page = browser.new_context(viewport=viewport).new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/login")
    check(page, "log-in")
    page.goto(f"{base}/register")
    check(page, "register")
    page.get_by_label("Name").fill("Jane Doe")
    page.get_by_label("Email").fill(f"jane{viewport['width']}@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    check(page, "log-in after registering")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/jobs")
    check(page, "jobs list")

    page.get_by_role("link", name=JOB).click()
    expect(page.get_by_role("button", name="Apply")).to_be_visible()
    check(page, "job page before applying")

    page.get_by_role("button", name="Apply").click()
    log = page.get_by_role("log")
    expect(log.locator(".msg")).to_have_count(1)
    expect(page.get_by_label("Your answer")).to_be_focused()
    expect(page.get_by_text("Question 1 of 5")).to_be_visible()
    check(page, "interview in progress")
    # The privacy notice is collapsed, and opens and closes.
    expect(page.locator("#notice")).to_be_hidden()
    page.locator("#notice-box summary").click()
    expect(page.locator("#notice")).to_be_visible()
    check(page, "interview with the privacy notice open")
    page.locator("#notice-box summary").click()

    confirm = page.get_by_role("button", name="Confirm")
    for text in ANSWERS:
        if confirm.is_visible():
            break
        before = log.locator(".msg").count()
        page.get_by_label("Your answer").fill(text)
        page.get_by_role("button", name="Send").click()
        expect(log.locator(".msg")).to_have_count(before + 2)
        expect(log).to_have_attribute("aria-busy", "false")
    expect(confirm).to_be_visible()
    expect(confirm).to_be_in_viewport()  # above the fold
    expect(page.get_by_text("Here is what I have")).to_have_count(1)  # the summary, once
    check(page, "summary with Confirm")

    confirm.click()
    bid = page.get_by_label("Bid amount")
    expect(bid).to_be_focused()
    expect(confirm).to_be_hidden()
    expect(bid).to_be_in_viewport()
    check(page, "confirmed, bid open")

    bid.fill("25.50")
    page.get_by_role("button", name="Submit proposal").click()
    thanks = page.get_by_role("status").filter(has_text="submitted")
    expect(thanks).to_be_visible()
    expect(thanks).to_have_css("color", "rgb(28, 122, 58)")  # success, not warning
    expect(confirm).to_be_hidden()
    check(page, "after submitting")

    # Reloaded, the page shows the proposal as submitted.
    page.get_by_role("button", name="Close").click()
    page.reload()
    expect(page.get_by_role("button", name="View your proposal")).to_be_visible()
    check(page, "job page after submitting")

    page.goto(f"{base}/account")
    check(page, "account page")

    # A practice run: the page, then the chat after one answer.
    page.goto(f"{base}/practice")
    check(page, "practice page")
    page.get_by_role("button", name="Start practising").click()
    expect(log.locator(".msg")).to_have_count(1)
    page.get_by_label("Your answer").fill(ANSWERS[0])
    page.get_by_role("button", name="Send").click()
    expect(log.locator(".msg")).to_have_count(3)
    check(page, "practice run")
    assert errors == []
    iid = page.evaluate("fetch('/api/interviews').then((r) => r.json())")[0]["id"]
    page.context.close()
    return int(iid)


def _employer_path(
    browser: Any, live: Live, viewport: dict[str, int], interview_id: int, check: Any
) -> None:
    from playwright.sync_api import expect

    page = browser.new_context(viewport=viewport).new_page()
    page.set_default_timeout(60_000)
    base = live.url
    _log_in(page, base, live.employer.email, live.employer.password)
    expect(page).to_have_url(f"{base}/employer")
    check(page, "employer home")
    page.goto(f"{base}/employer/jobs/1/edit")
    expect(page.get_by_label("Title")).not_to_have_value("")
    check(page, "job editor")
    page.goto(f"{base}/employer/jobs/new")
    check(page, "new job")
    page.goto(f"{base}/employer/jobs/1")
    expect(page.get_by_role("table", name="Applicants")).to_contain_text("Jane Doe")
    check(page, "applicants")
    page.goto(f"{base}/employer/interviews/{interview_id}")
    expect(page.get_by_role("list", name="Transcript")).to_contain_text(ANSWERS[0])
    check(page, "one candidate's record")
    page.goto(f"{base}/jobs/1")
    expect(page.get_by_role("button", name="Apply")).to_be_hidden()
    check(page, "job page seen by the employer")
    page.context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280x800", "390x844"])
def test_axe_finds_nothing_on_any_page_or_state(
    live: Live, browser: Any, viewport: dict[str, int]
) -> None:
    check = Checker(viewport)
    interview_id = _candidate_path(browser, live.url, viewport, check)
    _employer_path(browser, live, viewport, interview_id, check)
    assert check.found == [], "\n".join(check.found)
    assert len(check.checked) == 20


def test_touch_targets_on_the_candidate_pages_are_44px_on_a_phone(live: Live, browser: Any) -> None:
    measure = Targets()
    _candidate_path(browser, live.url, PHONE, measure)
    assert measure.small == [], "\n".join(measure.small)
    assert len(measure.checked) == 14


def test_the_job_page_shows_the_interview_as_it_stands_after_a_reload(
    live: Live, browser: Any
) -> None:
    from playwright.sync_api import expect

    page = browser.new_context(viewport=LAPTOP).new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{live.url}/register")
    page.get_by_label("Name").fill("Ann Lee")
    page.get_by_label("Email").fill("ann@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{live.url}/jobs")
    page.goto(f"{live.url}/jobs/1")
    page.get_by_role("button", name="Apply").click()
    log = page.get_by_role("log")
    page.get_by_label("Your answer").fill(ANSWERS[0])
    page.get_by_role("button", name="Send").click()
    expect(log.locator(".msg")).to_have_count(3)
    # The optional item says so; the change was announced politely.
    checklist = page.get_by_role("list", name="Checklist")
    expect(checklist.get_by_role("listitem").last).to_contain_text("(optional)")
    expect(page.locator("#checklist-news")).to_contain_text("complete")
    expect(page.get_by_text("Question 2 of 5")).to_be_visible()
    # "Locked until…" is not faded below a readable contrast.
    expect(page.locator("#bid-fields")).to_have_css("opacity", "1")
    expect(page.locator("#bid-lock")).to_have_css("color", "rgb(90, 100, 112)")

    # Reloaded with the dialog open: it opens again at the same point.
    page.reload()
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(log.locator(".msg")).to_have_count(3)
    expect(page.get_by_label("Your answer")).to_be_focused()
    # Closed, then reloaded: the button says what it does now.
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Continue applying")).to_be_focused()
    page.reload()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Continue applying")).to_be_visible()
    expect(page.locator("#progress")).to_have_text("interview in progress")
    page.context.close()


def _kiosk_path(
    browser: Any, live: Live, viewport: dict[str, int], look: Callable[..., Any]
) -> None:
    """The kiosk's states: start, the interview, "Still there?", the thank-you screen,
    and /resume on the person's own device."""
    from playwright.sync_api import expect

    url, _, _ = kiosk_link(live.url, live.employer.email, live.employer.password)
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.clock.install()
    page.goto(url)
    look(page, "kiosk start")
    page.get_by_label("Your name").fill("Kim")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("log")).to_contain_text("Interviewer")
    for text in ANSWERS:
        page.get_by_label("Your answer").fill(text)
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_role("log")).to_contain_text(text)
        if page.get_by_role("button", name="Confirm").is_visible():
            break
    look(page, "kiosk interview at its summary")
    page.clock.run_for(121_000)
    expect(page.get_by_role("dialog", name="Still there?")).to_be_visible()
    look(page, "kiosk still there")
    page.get_by_role("button", name="I'm still here").click()
    page.get_by_role("button", name="Confirm").click()
    page.get_by_label("Your bid").fill("25")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
    look(page, "kiosk thank you")
    context.close()
    own = browser.new_context(viewport=viewport).new_page()
    own.goto(f"{live.url}/resume")
    look(own, "resume")
    own.context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280x800", "390x844"])
def test_axe_finds_nothing_on_the_kiosk(live: Live, browser: Any, viewport: dict[str, int]) -> None:
    check = Checker(viewport)
    _kiosk_path(browser, live, viewport, check)
    assert check.found == [], "\n".join(check.found)
    assert len(check.checked) == 5


def test_touch_targets_on_the_kiosk_are_44px_on_a_phone(live: Live, browser: Any) -> None:
    measure = Targets()
    _kiosk_path(browser, live, PHONE, measure)
    assert measure.small == [], "\n".join(measure.small)
