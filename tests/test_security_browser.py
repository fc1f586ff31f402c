"""In a real browser (Debian's Chromium): markup in what people write never runs, inline
script is blocked by the Content-Security-Policy, and the consent and privacy pieces
of the page work."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.interview.default_job import DEFAULT_JOB
from server.settings import Settings
from tests.helpers.web import sign_up_sync

pytestmark = pytest.mark.browser

PASSWORD = "correct horse"
# If any of these ran, window.__xss would be set (or the title changed).
PAYLOADS = [
    "<img src=x onerror=\"window.__xss=1;document.title='pwned'\">",
    "<script>window.__xss=2</script>",
    '<svg onload="window.__xss=3"></svg>',
    '"><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
    '<a href="javascript:window.__xss=5">click</a>',
]
SHORT_TEXT_JOB = {
    "title": "Rater " + PAYLOADS[0],
    "description": "Describe " + PAYLOADS[1],
    "fields": [{"key": "nickname", "label": "Nickname " + PAYLOADS[2], "type": "short_text"}],
    "custom_questions": [],
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    import uvicorn

    from server.app import create_app
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'xss.db'}", port=_free_port())
    app = create_app(settings, engine=ScriptedEngine(responder=schema_responder))
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=settings.port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.port}"
    for _ in range(100):
        try:
            if httpx.get(f"{url}/health", timeout=1).json()["status"] == "ready":
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


_OPEN: list[httpx.Client] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


def _account(url: str, email: str, role: str, name: str = "Person") -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30)
    _OPEN.append(client)
    sign_up_sync(client, email, role, name, PASSWORD)
    return client


def _log_in(browser: Any, url: str, email: str) -> Any:
    page = browser.new_context().new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{url}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/login" not in u)
    return page


def _watch(page: Any) -> list[str]:
    """Collect CSP violations and script errors the page reports."""
    seen: list[str] = []
    page.on(
        "console", lambda m: seen.append(m.text) if "Content Security Policy" in m.text else None
    )
    return seen


def _not_run(page: Any) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.title() != "pwned"


def test_markup_written_by_anyone_is_shown_as_text_and_never_runs(
    server_url: str, browser: Any
) -> None:
    from playwright.sync_api import expect

    boss = _account(server_url, "boss@example.com", "employer", name="Boss " + PAYLOADS[3])
    job_id = boss.post("/api/jobs", json=SHORT_TEXT_JOB).json()["id"]
    mallory = _account(server_url, "mallory@example.com", "candidate", name=PAYLOADS[0])
    iid = mallory.post(f"/api/jobs/{job_id}/interview").json()["id"]
    for n, payload in enumerate(PAYLOADS[:3]):
        r = mallory.post(
            f"/api/interviews/{iid}/messages", json={"text": payload, "client_id": f"p{n}"}
        )
        assert r.status_code == 200, r.text

    page = _log_in(browser, server_url, "mallory@example.com")
    _watch(page)
    page.goto(f"{server_url}/jobs/{job_id}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(PAYLOADS[0])
    page.get_by_role("button", name="Apply").click()
    log = page.get_by_role("log")
    for payload in PAYLOADS[:3]:
        expect(log).to_contain_text(payload)
    # Typed in the page, too.
    page.get_by_label("Your answer").fill(PAYLOADS[4])
    page.get_by_role("button", name="Send").click()
    expect(log).to_contain_text(PAYLOADS[4])
    expect(log).to_have_attribute("aria-busy", "false")
    assert log.locator("img, script, svg, iframe, a").count() == 0
    _not_run(page)

    # The employer's applicants table and candidate page.
    employer = _log_in(browser, server_url, "boss@example.com")
    _watch(employer)
    employer.goto(f"{server_url}/employer/jobs/{job_id}")
    table = employer.get_by_role("table", name="Applicants")
    expect(table).to_contain_text(PAYLOADS[0])
    assert table.locator("img, script, svg, iframe").count() == 0
    employer.goto(f"{server_url}/employer/interviews/{iid}")
    transcript = employer.get_by_role("list", name="Transcript")
    expect(transcript).to_contain_text(PAYLOADS[2])
    assert employer.locator("main img, main script, main svg, main iframe").count() == 0
    _not_run(employer)


def test_inline_script_is_blocked_by_the_content_security_policy(
    server_url: str, browser: Any
) -> None:
    page = browser.new_context().new_page()
    violations = _watch(page)
    page.goto(f"{server_url}/login")
    blocked = page.evaluate(
        """() => new Promise((resolve) => {
            document.addEventListener("securitypolicyviolation",
                (e) => resolve(e.violatedDirective), {once: true});
            const s = document.createElement("script");
            s.textContent = "window.__inline = 1";
            document.body.append(s);
            setTimeout(() => resolve(null), 2000);
        })"""
    )
    assert blocked is not None and blocked.startswith("script-src")
    assert page.evaluate("window.__inline") is None
    # An inline event handler is refused as well.
    page.evaluate(
        """() => { const b = document.createElement("img");
                   b.setAttribute("onerror", "window.__inline = 2"); b.src = "x";
                   document.body.append(b); }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.__inline") is None
    assert violations


def test_consent_is_asked_before_the_first_answer(server_url: str, browser: Any) -> None:
    from playwright.sync_api import expect

    boss = _account(server_url, "boss@example.com", "employer")
    body = {**DEFAULT_JOB.model_dump(mode="json"), "requires_consent": True, "retention_days": 30}
    job_id = boss.post("/api/jobs", json=body).json()["id"]
    _account(server_url, "jane@example.com", "candidate")
    page = _log_in(browser, server_url, "jane@example.com")
    page.goto(f"{server_url}/jobs/{job_id}")
    page.get_by_role("button", name="Apply").click()
    notice = page.locator("#notice")
    expect(notice).to_contain_text("AI interviewer")
    expect(notice).to_contain_text("30 days")
    expect(notice).to_contain_text("nothing is sent to any other service")
    expect(page.get_by_label("Your answer")).to_be_hidden()
    agree = page.get_by_role("button", name="I agree")
    expect(agree).to_be_visible()
    # The notice comes before the conversation.
    assert page.evaluate(
        """() => Boolean(document.getElementById("notice").compareDocumentPosition(
            document.getElementById("log")) & Node.DOCUMENT_POSITION_FOLLOWING)"""
    )
    agree.click()
    expect(agree).to_be_hidden()
    page.get_by_label("Your answer").fill("My profile is https://www.linkedin.com/in/jane-doe")
    page.get_by_role("button", name="Send").click()
    log = page.get_by_role("log")
    expect(log.locator(".msg")).to_have_count(3)


def test_the_account_page_downloads_and_deletes(server_url: str, browser: Any) -> None:
    from playwright.sync_api import expect

    _account(server_url, "jane@example.com", "candidate", name="Jane")
    page = _log_in(browser, server_url, "jane@example.com")
    page.goto(f"{server_url}/account")
    # Both ask for the password again: a session left open is not enough.
    export = page.locator("#export-form")
    export.get_by_label("Your password").fill("not my password")
    export.get_by_role("button", name="Download my data").click()
    expect(page.get_by_role("status")).to_contain_text("The password is wrong.")
    export.get_by_label("Your password").fill(PASSWORD)
    with page.expect_download() as download:
        export.get_by_role("button", name="Download my data").click()
    assert "jane@example.com" in Path(download.value.path()).read_text()
    erase = page.locator("#delete-form")
    erase.get_by_label("Your password").fill(PASSWORD)
    erase.get_by_label("I understand that this cannot be undone").check()
    erase.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("status")).to_contain_text("deleted")
    r = httpx.post(
        f"{server_url}/api/auth/login", json={"email": "jane@example.com", "password": PASSWORD}
    )
    assert r.status_code == 401
