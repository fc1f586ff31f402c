"""A live app for browser tests (the scripted model, the demo accounts) and the steps
several of them take: log in, answer until the summary."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from server.commands.demo import DemoLogin, seed_demo
from server.settings import Settings
from server.store.db import Database
from tests.helpers.servers import free_port, serve
from tests.helpers.web import ANSWERS


@dataclass
class Live:
    url: str
    employer: DemoLogin
    candidate: DemoLogin


def live_app(database_url: str) -> Iterator[Live]:
    """The app under uvicorn with the scripted model, the demo accounts and job seeded."""
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    settings = Settings(database_url=database_url, port=free_port())
    db = Database(settings.database_url)
    db.migrate()
    logins = {login.role: login for login in db.call(seed_demo)}
    db.dispose()
    for url in serve(settings, ScriptedEngine(responder=schema_responder), ready_s=60):
        yield Live(url=url, employer=logins["employer"], candidate=logins["candidate"])


def log_in(page: Any, base: str, who: DemoLogin) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(who.email)
    page.get_by_label("Password").fill(who.password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/login" not in url)


def answer_until_summary(page: Any) -> None:
    """Send the usual answers until the summary's Confirm button shows."""
    from playwright.sync_api import expect

    log = page.get_by_role("log")
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
