"""Practice interviews end to end with the scripted model: a run completes in each
supported language on that language's sample job, no table of the database gains or
changes a row (the rate limiter's counters aside: a hashed key and times), nothing of the
text is logged, and a state the server did not sign, or a run's token sent for another
language, is a 400."""

from __future__ import annotations

import base64
import html
import json
import logging
from typing import Any

import pytest
import sqlalchemy as sa
from litestar.testing import AsyncTestClient

from server.interview import i18n, languages
from server.interview.languages import LANGUAGES
from server.interview.practice_jobs import practice_job
from server.store.db import create_db_engine
from server.web import page_text
from server.web.practice import MAX_TOKEN_CHARS, _b64, _mac
from tests.helpers.web import employer_with_job, register

# The limiter's counters: the one table a practice turn writes (no text, no job).
COUNTERS = "rate_windows"
# Answers that take each language's sample job to its summary with the scripted model.
PRACTICE_ANSWERS: dict[str, list[str]] = {
    "en": [
        "Yes, I have a forklift licence.",
        "About 30 hours a week.",
        "Late shift, please.",
        "I could start next Monday.",
        "Before Christmas we had a rush: I checked every label twice and every order left on time.",
    ],
    "es": [
        "Sí, tengo el carné de carretillero.",
        "Unas 30 horas a la semana.",
        "Prefiero el turno de tarde.",
        "Podría empezar el lunes que viene.",
        "En mi último trabajo, antes de Navidad, preparaba pedidos muy deprisa y revisaba"
        " cada etiqueta dos veces.",
    ],
    "de": [
        "Ja, die Belehrung habe ich.",
        "Etwa 20 Stunden pro Woche.",
        "Die Frühschicht, bitte.",
        "Ich spreche Deutsch und Türkisch.",
        "Eine Kundin war verärgert, weil ihre Torte fehlte; ich habe mich entschuldigt und"
        " sofort eine neue bestellt.",
    ],
    "fr": [
        "J'ai environ 3 ans d'expérience en salle.",
        "Oui, je suis disponible le week-end.",
        "Le service du soir.",
        "Je parle français et anglais.",
        "Je m'excuse, je rapporte le plat en cuisine pour qu'il soit réchauffé et je"
        " préviens le responsable.",
    ],
    "pt": [
        "Sim, tenho CNH categoria A.",
        "Umas 30 horas por semana.",
        "Prefiro a noite.",
        "Moro na Vila Mariana.",
        "Uma vez o endereço estava errado; liguei para o cliente, confirmei o endereço certo"
        " e entreguei com poucos minutos de atraso.",
    ],
    "it": [
        "Sì, parlo inglese in modo fluente.",
        "Circa 30 ore alla settimana.",
        "Preferisco il turno di mattina.",
        "Ho usato Opera e Ericsoft.",
        "Mi scuso, controllo le e-mail e le altre prenotazioni e, se c'è una camera libera,"
        " lo sistemo subito.",
    ],
}
ANSWERS = PRACTICE_ANSWERS["en"]


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as the database holds them."""
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            names = sa.inspect(conn).get_table_names()
            return {
                name: sorted(
                    tuple(str(v) for v in row)
                    for row in conn.execute(sa.text(f'SELECT * FROM "{name}"'))
                )
                for name in names
            }
    finally:
        engine.dispose()


async def _run(client: AsyncTestClient, lang: str = "en") -> list[dict[str, Any]]:
    """A whole practice run in ``lang``: start, every answer, confirm. Each step's response."""
    steps = [(await client.post("/api/practice", json={"lang": lang})).json()]
    assert steps[0]["state"] == "interview" and steps[0]["messages"][0]["role"] == "interviewer"
    for text in PRACTICE_ANSWERS[lang]:
        r = await client.post(
            "/api/practice/messages",
            json={"token": steps[-1]["token"], "lang": lang, "text": text},
        )
        assert r.status_code == 200, r.text
        steps.append(r.json())
        if steps[-1]["state"] != "interview":
            break
    assert steps[-1]["state"] == "summary" and steps[-1]["complete"], steps[-1]
    r = await client.post("/api/practice/confirm", json={"token": steps[-1]["token"], "lang": lang})
    assert r.status_code == 200, r.text
    steps.append(r.json())
    return steps


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_practice_run_completes_and_keeps_nothing(
    web_client: AsyncTestClient, web_settings: Any, caplog: pytest.LogCaptureFixture, lang: str
) -> None:
    await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    answers = PRACTICE_ANSWERS[lang]
    before = _snapshot(web_settings.database_url)
    with caplog.at_level(logging.DEBUG):
        steps = await _run(web_client, lang)
    after = _snapshot(web_settings.database_url)

    said = [m for step in steps[1:-1] for m in step["messages"]]
    assert [m["role"] for m in said[:2]] == ["candidate", "interviewer"]
    assert said[0]["text"] == answers[0]
    assert {step["lang"] for step in steps} == {lang}
    assert steps[-1]["state"] == "confirmed"
    done = i18n.translations(lang).gettext(page_text.PRACTICE["p_done"])
    assert steps[-1]["messages"][0]["text"] == done
    job = practice_job(lang)
    assert {i["key"] for i in steps[-1]["checklist"]} == {f.key for f in job.all_fields()}
    # Not one row written, changed or removed, in any table but the limiter's counters.
    assert set(before) == set(after)
    for name in before:
        if name != COUNTERS:
            assert after[name] == before[name], name
    for row in after[COUNTERS]:
        assert not any(answer in cell for answer in answers for cell in row)
    # Nothing of what the candidate typed is in the log.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert not any(answer in logged for answer in answers)
    # The candidate has no interview, and the job no applicant.
    assert (await web_client.get("/api/interviews")).json() == []


def _forge(token: str, change: Any) -> str:
    body, _, mac = token.partition(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    change(payload)
    raw = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{raw}.{mac}"


def _complete_everything(payload: dict[str, Any]) -> None:
    for field in payload["s"]["fields"].values():
        field["status"] = "answered"


@pytest.mark.parametrize(
    "token",
    [
        "not a token",
        "e30.",
        "",
        "x" * (MAX_TOKEN_CHARS + 1),
    ],
)
async def test_a_bad_token_is_refused(web_client: AsyncTestClient, token: str) -> None:
    await register(web_client, "jane@example.com")
    r = await web_client.post(
        "/api/practice/messages", json={"token": token, "lang": "en", "text": "hi"}
    )
    assert r.status_code in (400, 422), r.text
    assert r.status_code == 400 or "token" in r.json()["detail"]


async def test_an_edited_or_borrowed_state_is_a_400(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={})).json()
    edited = _forge(start["token"], _complete_everything)
    for path, body in (
        ("/api/practice/messages", {"token": edited, "lang": "en", "text": "yes"}),
        ("/api/practice/confirm", {"token": edited, "lang": "en"}),
    ):
        r = await web_client.post(path, json=body)
        assert r.status_code == 400 and "Start a new practice run" in r.json()["detail"]
    # The token is bound to the account it was made for.
    await register(web_client, "bob@example.com", name="Bob")
    r = await web_client.post(
        "/api/practice/messages", json={"token": start["token"], "lang": "en", "text": "hello"}
    )
    assert r.status_code == 400


async def test_confirming_an_incomplete_run_is_a_409(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={})).json()
    r = await web_client.post("/api/practice/confirm", json={"token": start["token"], "lang": "en"})
    assert r.status_code == 409 and "not complete" in r.json()["detail"]


async def test_a_finished_run_takes_no_more_answers(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    done = (await _run(web_client))[-1]
    r = await web_client.post(
        "/api/practice/messages", json={"token": done["token"], "lang": "en", "text": "one more"}
    )
    assert r.status_code == 409 and "finished" in r.json()["detail"]


async def test_practice_answers_are_rate_limited_like_messages(make_client: Any) -> None:
    async with make_client(messages_per_account=2, messages_per_address=100) as client:
        await register(client, "jane@example.com")
        token = (await client.post("/api/practice", json={})).json()["token"]
        codes = []
        for n in range(3):
            r = await client.post(
                "/api/practice/messages",
                json={"token": token, "lang": "en", "text": f"answer {n}"},
            )
            codes.append(r.status_code)
        assert codes == [200, 200, 429]


async def test_the_practice_page_says_nothing_is_kept(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    page = await web_client.get("/practice")
    assert page.status_code == 200
    assert "nothing is kept" in page.text and "practice.js" in page.text
    jobs = await web_client.get("/jobs")
    assert 'href="/practice"' in jobs.text
    # A job's page sends its candidates to practise in the job's language.
    job_id = await employer_with_job(web_client)
    await register(web_client, "bob@example.com", name="Bob")
    assert 'href="/practice?lang=en"' in (await web_client.get(f"/jobs/{job_id}")).text


async def test_another_web_process_takes_the_next_turn(make_client: Any) -> None:
    """Two apps on one database (as ``serve --workers 2``): a run started on one goes on on
    the other, with the same account's session."""
    async with make_client() as one, make_client() as two:
        await register(one, "jane@example.com")  # type: ignore[arg-type]
        two.cookies = one.cookies
        start = (await one.post("/api/practice", json={})).json()
        r = await two.post(
            "/api/practice/messages",
            json={"token": start["token"], "lang": "en", "text": ANSWERS[0]},
        )
        assert r.status_code == 200, r.text
        assert r.json()["messages"][0]["text"] == ANSWERS[0]


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_each_language_starts_with_a_greeting_in_it(
    web_client: AsyncTestClient, lang: str
) -> None:
    await register(web_client, "jane@example.com")
    r = await web_client.post("/api/practice", json={"lang": lang})
    assert r.status_code == 200, r.text
    start = r.json()
    job = practice_job(lang)
    assert start["lang"] == lang and start["job_title"] == job.title
    greeting = start["messages"][0]["text"]
    assert job.title in greeting and job.all_fields()[0].question in greeting
    assert languages.guess(greeting, default="?") == lang, greeting
    # It says the run is a practice that keeps nothing, never that answers go to an employer.
    words = {"en": "practice", "es": "práctica", "de": "Übung", "fr": "entraînement",
             "pt": "treino", "it": "prova"}  # fmt: skip
    assert words[lang] in greeting
    assert lang != "en" or "employer" not in greeting
    assert [i["key"] for i in start["checklist"]] == [f.key for f in job.all_fields()]
    # The page in that language: its own strings, the sample job, the language chosen.
    page = await web_client.get(f"/practice?lang={lang}")
    assert page.status_code == 200
    assert f'<html lang="{lang}"' in page.text and f'data-lang="{lang}"' in page.text
    start_button = i18n.translations(lang).gettext(page_text.PRACTICE["p_start"])
    assert html.escape(start_button) in page.text and html.escape(job.title) in page.text
    assert f'<option value="{lang}" lang="{lang}" selected>' in page.text


async def test_a_language_without_a_practice_job_is_a_400(web_client: AsyncTestClient) -> None:
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={"lang": "es"})).json()
    for path, body in (
        ("/api/practice", {"lang": "nl"}),
        ("/api/practice", {"lang": ""}),
        ("/api/practice/messages", {"token": start["token"], "lang": "nl", "text": "hola"}),
        ("/api/practice/confirm", {"token": start["token"], "lang": "ES"}),
    ):
        r = await web_client.post(path, json=body)
        assert r.status_code == 400, (path, body, r.text)
        assert "choose one of en, es, de, fr, pt, it" in r.json()["detail"], r.text
    page = await web_client.get("/practice?lang=nl")
    assert page.status_code == 400 and "choose one of en, es, de, fr, pt, it" in page.text


async def test_a_runs_token_is_refused_for_another_language(web_client: AsyncTestClient) -> None:
    """A run's state belongs to its job: a Spanish run's token cannot take a German turn."""
    await register(web_client, "jane@example.com")
    spanish = (await web_client.post("/api/practice", json={"lang": "es"})).json()
    for path, body in (
        ("/api/practice/messages", {"token": spanish["token"], "lang": "de", "text": "Ja."}),
        ("/api/practice/confirm", {"token": spanish["token"], "lang": "en"}),
    ):
        r = await web_client.post(path, json=body)
        assert r.status_code == 400, r.text
        assert "is in 'es', not" in r.json()["detail"]
    # In its own language it goes on.
    r = await web_client.post(
        "/api/practice/messages",
        json={"token": spanish["token"], "lang": "es", "text": PRACTICE_ANSWERS["es"][0]},
    )
    assert r.status_code == 200 and r.json()["lang"] == "es"


async def test_a_token_made_for_an_earlier_sample_job_is_a_400(
    web_client: AsyncTestClient,
) -> None:
    """Signed by this app, but for a sample job whose text has since changed."""
    await register(web_client, "jane@example.com")
    start = (await web_client.post("/api/practice", json={"lang": "fr"})).json()
    body = start["token"].partition(".")[0]
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["j"] = "an-older-job"
    raw = _b64(json.dumps(payload).encode())
    key = str(web_client.app.state.practice_key).encode()
    r = await web_client.post(
        "/api/practice/messages",
        json={"token": f"{raw}.{_mac(key, raw)}", "lang": "fr", "text": "Oui."},
    )
    assert r.status_code == 400 and "has changed" in r.json()["detail"]


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("es-ES,es;q=0.9,en;q=0.8", "es"),
        ("ja, de-AT;q=0.5, en;q=0.3", "de"),
        ("en;q=0.4, pt-BR", "pt"),
        ("nl, *;q=0.1", "en"),
        ("fr;q=0, it;q=0.2", "it"),
        ("q=;;,,", "en"),
        ("", "en"),
    ],
)
async def test_the_language_defaults_to_the_browsers(
    web_client: AsyncTestClient, header: str, lang: str
) -> None:
    await register(web_client, "jane@example.com")
    headers = {"Accept-Language": header}
    start = await web_client.post("/api/practice", json={}, headers=headers)
    assert start.status_code == 200 and start.json()["lang"] == lang
    page = await web_client.get("/practice", headers=headers)
    assert f'<html lang="{lang}"' in page.text
    # A language chosen on the page wins over the browser's.
    chosen = await web_client.post("/api/practice", json={"lang": "it"}, headers=headers)
    assert chosen.json()["lang"] == "it"
