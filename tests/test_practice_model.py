"""A Spanish practice turn on the real default model, through the HTTP API and the app's
own engine: an answer that gives two things at once fills both, the reply is in Spanish,
and the database is as it was."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from server.interview import languages
from server.settings import Settings
from tests.helpers.web import register
from tests.test_practice import COUNTERS, _snapshot

pytestmark = pytest.mark.model


async def test_a_spanish_practice_turn_on_the_real_model(
    default_model_path: Path, tmp_path: Path
) -> None:
    from server.app import create_app
    from server.engine import open_engine

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
        models_dir=default_model_path.parent,
        allowed_hosts="testserver.local",
        generation_timeout_s=300,  # a busy 2-core machine: slow, not wrong
    )
    async with open_engine(settings) as engine:
        app = create_app(settings, engine=engine)
        async with app.lifespan():
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
            async with httpx.AsyncClient(
                transport=transport, base_url="http://testserver.local", timeout=600
            ) as client:
                await register(client, "jane@example.com")  # type: ignore[arg-type]
                before = _snapshot(settings.database_url)
                start = (await client.post("/api/practice", json={"lang": "es"})).json()
                text = (
                    "Sí, tengo el carné de carretillero en vigor y puedo trabajar unas"
                    " 30 horas a la semana."
                )
                r = await client.post(
                    "/api/practice/messages",
                    json={"token": start["token"], "lang": "es", "text": text},
                )
                assert r.status_code == 200, r.text
                after = _snapshot(settings.database_url)
    turn = r.json()
    assert turn["messages"][0] == {"role": "candidate", "text": text}
    reply = turn["messages"][1]
    assert reply["role"] == "interviewer" and languages.guess(reply["text"], "?") == "es", reply
    done = {item["key"] for item in turn["checklist"] if item["complete"]}
    assert {"carne_carretillero", "horas_semana"} <= done, turn["checklist"]
    assert {k: v for k, v in after.items() if k != COUNTERS} == {
        k: v for k, v in before.items() if k != COUNTERS
    }
