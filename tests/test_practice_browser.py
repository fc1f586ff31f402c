"""A practice interview in a real browser (Debian's Chromium through Playwright), against
a real uvicorn server with the scripted model: started from the jobs page, kept by a
reload (it lives in the tab), ended with nothing kept; and one in Spanish, chosen on the
page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers.browser import Live, live_app, log_in
from tests.test_practice import PRACTICE_ANSWERS

pytestmark = pytest.mark.browser


@pytest.fixture
def live(database_url: str) -> Iterator[Live]:
    yield from live_app(database_url)


def _answer(page: Any, text: str, send: str = "Send") -> None:
    from playwright.sync_api import expect

    log = page.get_by_role("log")
    before = log.locator(".msg").count()
    page.get_by_role("textbox").fill(text)
    page.get_by_role("button", name=send, exact=True).click()
    expect(log.locator(".msg")).to_have_count(before + 2)
    expect(log).to_have_attribute("aria-busy", "false")


def test_a_practice_run_in_the_browser(live: Live, browser: Any) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    answers = PRACTICE_ANSWERS["en"]
    page = browser.new_context(locale="en-GB").new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, live.url, live.candidate)
    page.get_by_role("link", name="Practise an interview first").click()
    expect(page.get_by_text("Practice: nothing is kept")).to_be_visible()
    expect(page.get_by_label("Language")).to_have_value("en")
    page.get_by_role("button", name="Start practising").click()
    log = page.get_by_role("log")
    expect(log.locator(".msg")).to_have_count(1)
    _answer(page, answers[0])
    licence = page.get_by_role("list", name="Checklist").get_by_role("listitem").first
    expect(licence).not_to_contain_text("incomplete")

    page.reload()  # the run lives in the tab
    expect(log).to_contain_text(answers[0])
    for text in answers[1:]:
        _answer(page, text)
    page.get_by_role("button", name="Confirm").click()
    expect(log).to_contain_text("Nothing was kept")
    expect(page.get_by_role("button", name="Start again")).to_be_visible()
    expect(page.get_by_label("Your answer")).to_be_hidden()
    # Nothing of it reached the candidate's interviews.
    assert page.evaluate("fetch('/api/interviews').then(r => r.json())") == []
    assert errors == []


def test_a_practice_run_in_spanish(live: Live, browser: Any) -> None:
    """A candidate whose browser asks for German chooses Spanish: the page, the sample job
    and the interviewer are in Spanish, and the first answer is read."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    page = browser.new_context(locale="de-DE").new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, live.url, live.candidate)
    page.goto(f"{live.url}/practice")
    expect(page.get_by_label("Sprache")).to_have_value("de")  # the browser's language
    page.get_by_label("Sprache").select_option("es")
    page.get_by_role("button", name="Sprache wechseln").click()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_label("Idioma")).to_have_value("es")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Mozo/a de almacén")
    page.get_by_role("button", name="Empezar a practicar").click()
    log = page.get_by_role("log")
    expect(log.locator(".msg")).to_have_count(1)
    expect(log).to_contain_text("¿Tienes el carné de carretillero en vigor?")
    _answer(page, PRACTICE_ANSWERS["es"][0], send="Enviar")
    expect(log.locator(".msg.interviewer").last).to_contain_text("¿Cuántas horas a la semana")
    carne = page.get_by_role("list", name="Lista de comprobación").get_by_role("listitem").first
    expect(carne).to_contain_text("Carné de carretillero")
    expect(carne).to_have_class("is-complete")
    assert errors == []
