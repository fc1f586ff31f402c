"""A kiosk in a real browser (Debian's Chromium through Playwright), at phone size.

One person starts, answers, leaves a draft and walks away: "Still there?" appears after
INTERVIEWER_KIOSK_IDLE_S, and 30 s later the page is back at its start screen with
nothing of that person in the DOM, behind Back, or through the API with the kiosk's
cookie; the employer still sees the partial interview. The page's clock is Playwright's,
so the waits take no real time. Driven by accessible names only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.commands.demo import seed_demo
from server.settings import Settings
from server.store.db import Database
from tests.helpers.servers import free_port, kiosk_link, serve

pytestmark = pytest.mark.browser

IDLE_S = 20
FIRST_ANSWER = "My profile is https://www.linkedin.com/in/ana-silva-kiosk"
DRAFT = "a half-written draft about my weekly hours"


@pytest.fixture
def kiosk_url(tmp_path: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """A live server with the scripted model, a kiosk for the demo job, and the employer's
    log-in cookies: (base URL, kiosk URL, cookies)."""
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'kiosk.db'}",
        port=free_port(),
        kiosk_idle_s=IDLE_S,
    )
    db = Database(settings.database_url)
    db.migrate()
    employer = next(login for login in db.call(seed_demo) if login.role == "employer")
    db.dispose()
    for base in serve(settings, ScriptedEngine(responder=schema_responder), ready_s=60):
        url, job_id, cookies = kiosk_link(base, employer.email, employer.password)
        yield base, url, {"job_id": job_id, **cookies}


def test_an_idle_kiosk_returns_to_its_start_screen_with_nothing_left(
    kiosk_url: tuple[str, str, dict[str, Any]], browser: Any
) -> None:
    from playwright.sync_api import expect

    base, url, boss = kiosk_url
    job_id = boss.pop("job_id")
    expect.set_options(timeout=30_000)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.clock.install()
    page.goto(url)

    # Start: a name, no log-in.
    page.get_by_label("Your name").fill("Ana Silva")
    page.get_by_role("button", name="Start").click()
    log = page.get_by_role("log")
    expect(log).to_contain_text("Interviewer")
    code = page.get_by_text("Resume code:").locator("strong").inner_text()
    assert len(code) == 9 and code[4] == "-"  # shown to go on elsewhere
    page.get_by_label("Your answer").fill(FIRST_ANSWER)
    page.get_by_role("button", name="Send").click()
    expect(log).to_contain_text(FIRST_ANSWER)
    expect(page.get_by_text("1 of 5 answered")).to_be_visible()

    # Touch targets on the kiosk at phone size.
    for role in ("button", "textbox"):
        for handle in page.get_by_role(role).all():
            if handle.is_visible():
                box = handle.bounding_box()
                assert box is not None and box["height"] >= 44 and box["width"] >= 44, (
                    role,
                    handle.get_attribute("id"),
                    box,
                )

    # A draft, then nobody touches the screen: "Still there?" comes.
    page.get_by_label("Your answer").fill(DRAFT)
    page.clock.run_for((IDLE_S + 1) * 1000)
    dialog = page.get_by_role("dialog", name="Still there?")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="I'm still here").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_label("Your answer")).to_have_value(DRAFT)  # the same person goes on

    # Walked away: the question, then 30 s with no answer.
    page.clock.run_for((IDLE_S + 1) * 1000)
    expect(dialog).to_be_visible()
    page.clock.run_for(31_000)
    expect(page.get_by_role("button", name="Start")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value("")
    for secret in ("Ana Silva", FIRST_ANSWER, DRAFT, "ana-silva-kiosk", code):
        assert secret not in page.content()
    page.go_back()  # nothing behind Back either (the page replaced itself in place)
    for secret in ("Ana Silva", FIRST_ANSWER, DRAFT):
        assert secret not in page.content()
    page.go_forward()
    expect(page.get_by_role("button", name="Start")).to_be_visible()
    for secret in ("Ana Silva", FIRST_ANSWER, DRAFT):
        assert secret not in page.content()

    # The kiosk's cookie reaches nothing of the previous person through the API.
    jar = {c["name"]: c["value"] for c in context.cookies()}
    with httpx.Client(base_url=base, cookies=jar) as kiosk:
        assert kiosk.get("/api/interviews").status_code == 401
        assert kiosk.get("/api/me").status_code == 401

    # The next person: Finish and clear at any time.
    page.get_by_label("Your name").fill("Ben Okoro")
    page.get_by_role("button", name="Start").click()
    expect(log).to_contain_text("Interviewer")
    page.get_by_role("button", name="Finish and clear").click()
    expect(page.get_by_role("button", name="Start")).to_be_visible()
    assert "Ben Okoro" not in page.content()

    # Nothing is lost: the employer sees both, Ana's partial answers included.
    with httpx.Client(base_url=base, cookies=boss) as employer:
        apps = employer.get(f"/api/jobs/{job_id}/applications").json()
    by_name = {a["candidate"]["name"]: a for a in apps}
    assert set(by_name) == {"Ana Silva", "Ben Okoro"}
    assert by_name["Ana Silva"]["fields"]["linkedin_url"]["status"] == "answered"
    assert errors == []
    context.close()


def test_a_kiosk_for_a_job_without_a_bid_ends_with_submit(
    kiosk_url: tuple[str, str, dict[str, Any]], browser: Any
) -> None:
    """A job with its bid step off: the kiosk shows no bid field, Confirm moves focus to
    Submit, and submitting sends no bid; the employer sees the submitted interview."""
    from playwright.sync_api import expect

    from tests.helpers.web import ANSWERS, JOB_BODY

    base, _, boss = kiosk_url
    boss.pop("job_id")
    with httpx.Client(base_url=base, cookies=boss) as employer:
        made = employer.post("/api/jobs", json={**JOB_BODY, "title": "No-bid job", "bid": False})
        assert made.status_code == 201, made.text
        job_id = made.json()["id"]
        url = employer.post(f"/api/jobs/{job_id}/kiosks").json()["url"]
    expect.set_options(timeout=30_000)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.get_by_label("Your name").fill("Noa Bidless")
    page.get_by_role("button", name="Start").click()
    log = page.get_by_role("log")
    expect(log).to_contain_text("Interviewer")
    confirm = page.get_by_role("button", name="Confirm")
    for n, text in enumerate(ANSWERS):
        if confirm.is_visible():
            break
        page.get_by_label("Your answer").fill(text)
        page.get_by_role("button", name="Send").click()
        expect(log.locator(".msg")).to_have_count(2 * n + 3)
    expect(confirm).to_be_visible()
    confirm.click()
    submit = page.get_by_role("button", name="Submit proposal")
    expect(submit).to_be_focused()
    expect(page.locator("#bid")).to_be_hidden()
    submit.click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()

    with httpx.Client(base_url=base, cookies=boss) as employer:
        apps = employer.get(f"/api/jobs/{job_id}/applications").json()
    assert [(a["candidate"]["name"], a["state"], a["bid_amount"]) for a in apps] == [
        ("Noa Bidless", "submitted", None)
    ]
    assert errors == []
    context.close()
