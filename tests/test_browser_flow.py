"""The whole path in a real browser (Debian's Chromium through Playwright).

A candidate registers, applies, answers, reloads mid-interview and resumes,
confirms, bids and submits; the employer sees the record and exports it. The
page is driven only by the accessible names the issue lists. It runs against a
real uvicorn server on a free loopback port, with the scripted model by default
and with the real default model under ``-m model``.
"""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from server.commands.demo import DemoLogin, seed_demo
from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings
from server.store.db import Database

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

ANSWERS = [
    "My profile is https://www.linkedin.com/in/jane-doe",
    "I have 3 years of experience in data annotation and AI training",
    "I can work 20 hours per week",
    "I did RLHF and response evaluation on Outlier",
    "I want to help make AI models more helpful and safe.",
    "That is all, thank you.",
]


@dataclass
class Live:
    url: str
    employer: DemoLogin


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=["scripted", pytest.param("model", marks=pytest.mark.model)])
def live_server(request: pytest.FixtureRequest, database_url: str) -> Iterator[Live]:
    import uvicorn

    from server.app import create_app
    from server.engine.fake import ScriptedEngine

    settings = Settings(
        database_url=database_url,
        port=_free_port(),
        model=DEFAULT_MODEL,
        models_dir=PROJECT_ROOT / "models",
    )
    engine = None
    if request.param == "scripted":
        from tests.helpers.engine import schema_responder

        def slow(req):  # type: ignore[no-untyped-def]
            time.sleep(0.3)  # long enough to see aria-busy
            return schema_responder(req)

        engine = ScriptedEngine(responder=slow)
    else:
        request.getfixturevalue("default_model_path")
    db = Database(settings.database_url)
    db.migrate()
    employer = next(login for login in db.call(seed_demo) if login.role == "employer")
    db.dispose()

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, engine=engine),
            host="127.0.0.1",
            port=settings.port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.port}"
    deadline = time.monotonic() + (300 if engine is None else 20)
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=2).json()["status"] == "ready":
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("the server did not become ready")
        time.sleep(0.2)
    try:
        yield Live(url=url, employer=employer)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_whole_path(live_server: Live, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    # Generous: a loaded 2-core machine can take many seconds per real-model reply.
    timeout = 120_000
    expect.set_options(timeout=timeout)
    base = live_server.url
    candidate = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
    page = candidate.new_page()
    page.set_default_timeout(timeout)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # Register.
    page.goto(f"{base}/register")
    page.get_by_label("Name").fill("Jane Doe")
    page.get_by_label("Email").fill("jane@example.com")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    # Registration logs nobody in (it answers alike for a taken e-mail): the log-in
    # form follows, with the e-mail filled in.
    expect(page.get_by_role("status")).to_contain_text("log in with it")
    expect(page.get_by_label("Email")).to_have_value("jane@example.com")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/jobs")

    # Apply: the proposal dialog opens straight into the interview.
    page.get_by_role("link", name="AI training specialist").click()
    page.get_by_role("button", name="Apply").click()
    log = page.get_by_role("log")
    expect(log).to_contain_text("Interviewer")
    checklist = page.get_by_role("list", name="Checklist")
    expect(checklist.get_by_role("listitem")).to_have_count(5)
    expect(checklist.get_by_role("listitem").first).to_contain_text("incomplete")
    expect(page.get_by_role("button", name="Submit proposal")).to_be_disabled()

    def answer(text: str) -> None:
        before = log.locator(".msg").count()
        page.get_by_label("Your answer").fill(text)
        page.get_by_role("button", name="Send").click()
        expect(log.locator(".msg")).to_have_count(before + 2)
        expect(log).to_have_attribute("aria-busy", "false")

    # The first answer; the log is busy while the reply is generated.
    page.evaluate(
        """() => {
            window.busySeen = [];
            const log = document.querySelector('[role="log"]');
            new MutationObserver(() => window.busySeen.push(log.getAttribute("aria-busy")))
                .observe(log, {attributes: true, attributeFilter: ["aria-busy"]});
        }"""
    )
    page.get_by_label("Your answer").fill(ANSWERS[0])
    page.get_by_role("button", name="Send").click()
    expect(log.locator(".msg")).to_have_count(3)
    expect(log).to_have_attribute("aria-busy", "false")
    assert page.evaluate("window.busySeen")[:1] == ["true"]
    linkedin = checklist.get_by_role("listitem").filter(has_text="LinkedIn")
    expect(linkedin).to_contain_text("complete")
    expect(linkedin).not_to_contain_text("incomplete")

    # Reload mid-interview: the dialog opens again on the same interview with its history.
    page.reload()
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(log).to_contain_text(ANSWERS[0])
    expect(log.locator(".msg")).to_have_count(3)

    confirm = page.get_by_role("button", name="Confirm")
    for text in ANSWERS[1:]:
        if confirm.is_visible():
            break
        answer(text)
    expect(confirm).to_be_visible()

    # The summary, confirmation, the bid.
    confirm.click()
    bid = page.get_by_label("Bid amount")
    expect(bid).to_be_enabled()
    bid.fill("-3")
    page.get_by_role("button", name="Submit proposal").click()
    expect(page.get_by_role("alert").filter(has_text="above 0")).to_be_visible()
    bid.fill("25.50")
    page.get_by_role("button", name="Submit proposal").click()
    expect(page.get_by_role("status").filter(has_text="submitted")).to_be_visible()
    assert errors == []

    # The employer sees the record and exports it.
    boss = browser.new_context().new_page()
    boss.set_default_timeout(timeout)
    boss.goto(f"{base}/login")
    boss.get_by_label("Email").fill(live_server.employer.email)
    boss.get_by_label("Password").fill(live_server.employer.password)
    boss.get_by_role("button", name="Log in").click()
    expect(boss).to_have_url(f"{base}/employer")
    boss.get_by_role("link", name="AI training specialist").click()
    table = boss.get_by_role("table", name="Applicants")
    row = table.get_by_role("row").filter(has_text="Jane Doe")
    expect(row).to_contain_text("submitted")
    expect(row).to_contain_text("25.5")
    with boss.expect_download() as download:
        boss.get_by_role("link", name="Export CSV").click()
    target = tmp_path / "export.csv"
    download.value.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["candidate_name"] for r in rows] == ["Jane Doe"]
    assert rows[0]["state"] == "submitted" and rows[0]["bid_amount"] == "25.5"

    # The candidate page shows the transcript and the words behind each value.
    row.get_by_role("link", name="Jane Doe").click()
    expect(boss.get_by_role("table", name="Answers")).to_contain_text("linkedin.com/in/jane-doe")
    expect(boss.get_by_role("list", name="Transcript")).to_contain_text(ANSWERS[0])


def test_employer_creates_and_edits_jobs_from_the_page(live_server: Live, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    from server.interview.default_job import DEFAULT_JOB

    base = live_server.url
    page = browser.new_context().new_page()
    page.set_default_timeout(120_000)
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(live_server.employer.email)
    page.get_by_label("Password").fill(live_server.employer.password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/employer")

    # Saving the demo job unchanged keeps every attribute, including those not on the form.
    page.get_by_role("link", name="Edit job").first.click()
    expect(page.get_by_label("Title")).to_have_value(DEFAULT_JOB.title)
    page.get_by_role("button", name="Save job").click()
    expect(page).to_have_url(f"{base}/employer/jobs/1")
    with httpx.Client(base_url=base) as api:
        api.post(
            "/api/auth/login",
            json={"email": live_server.employer.email, "password": live_server.employer.password},
        ).raise_for_status()
        saved = api.get("/api/jobs/1").json()
    assert saved["fields"] == [f.model_dump(mode="json") for f in DEFAULT_JOB.fields]

    # A new job with a single-choice field and a custom question.
    page.goto(f"{base}/employer/jobs/new")
    page.get_by_label("Title").fill("Night shift rater")
    page.get_by_label("Label").fill("Preferred shift")
    expect(page.get_by_label("Choices (comma separated)")).to_be_hidden()  # not for this type
    page.get_by_label("Type").select_option("single_choice")
    page.get_by_label("Choices (comma separated)").fill("day, night")
    page.get_by_role("button", name="Add question").click()
    question = page.locator("#questions .item")
    question.get_by_label("Question").fill("Why nights?")
    page.get_by_role("button", name="Preview the interview").click()
    preview = page.get_by_role("region", name="How the interview opens")
    expect(preview).to_contain_text("Hi! I'm an AI interviewer for the Night shift rater role")
    expect(preview.get_by_role("listitem")).to_have_text(
        ["Could you tell me your preferred shift?", "Why nights?"]
    )
    page.get_by_role("button", name="Save job").click()
    expect(page.get_by_role("table", name="Applicants")).to_be_visible()
    with httpx.Client(base_url=base) as api:
        api.post(
            "/api/auth/login",
            json={"email": live_server.employer.email, "password": live_server.employer.password},
        ).raise_for_status()
        jobs = {j["title"]: j for j in api.get("/api/jobs").json()}
    made = jobs["Night shift rater"]
    # No raw keys to type: each comes from its label or question.
    assert made["fields"][0]["key"] == "preferred_shift"
    assert made["fields"][0]["choices"] == ["day", "night"]
    assert made["custom_questions"] == [
        {"key": "why_nights", "question": "Why nights?", "required": True}
    ]


@pytest.mark.parametrize("live_server", ["scripted"], indirect=True)
def test_a_reload_reopens_an_interview_started_before_the_page_finished_loading(
    live_server: Live, browser: Browser
) -> None:
    """Apply pressed while the page still asks for the candidate's interviews: that list,
    answered after the interview began, has none for this job. The page must not take
    that as "no interview" and forget that the dialog is open."""
    from playwright.sync_api import Route, expect

    base = live_server.url
    page = browser.new_context().new_page()
    page.set_default_timeout(60_000)
    expect.set_options(timeout=60_000)
    page.goto(f"{base}/register")
    page.get_by_label("Name").fill("Ana Ruiz")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_contain_text("log in with it")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/jobs")

    held: list[Route] = []

    def hold_first(route: Route) -> None:
        if held:
            route.continue_()
        else:
            held.append(route)  # answered below, after the interview has begun

    page.route("**/api/interviews", hold_first)
    page.get_by_role("link", name="AI training specialist").click()
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("log")).to_contain_text("Interviewer")
    assert len(held) == 1
    # The list is asked for now; its answer was decided before the interview existed.
    with page.expect_response("**/api/interviews"):
        held[0].fulfill(status=200, json=[])
    page.wait_for_timeout(500)  # the page handles the late answer

    page.reload()
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.get_by_role("log")).to_contain_text("Interviewer")
