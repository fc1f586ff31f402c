"""The interviewer speaks the job's language: gettext catalogs, complete and current."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from server.interview import i18n
from server.interview.languages import LANGUAGES
from server.interview.replies import Voice
from server.interview.spec import FieldSpec, FieldState, JobSpec
from server.interview.turn import start, take_turn
from server.settings import PROJECT_ROOT
from tests.helpers.reading import vague_engine

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
POT = i18n.LOCALE_DIR / "interviewer.pot"
# The modules whose strings the catalogs hold (the README's extract command names them).
CATALOGUED = ("interview/replies.py", "interview/types.py", "web/page_text.py", "web/views.py")


def _ids(path) -> set[str]:  # type: ignore[no-untyped-def]
    with path.open("rb") as fh:
        return {m.id for m in read_po(fh) if m.id}


def test_the_template_holds_every_string_the_code_marks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--no-location",
            "--omit-header",
            "-k",
            "N_",
            "-k",
            "_",
            "-o",
            str(fresh),
            *(str(PROJECT_ROOT / "server" / part) for part in CATALOGUED),
        ],
        check=True,
        capture_output=True,
    )
    assert _ids(fresh) == _ids(POT), "re-run the pybabel extract command in the README"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_catalog_translates_every_string_with_the_same_placeholders(lang: str) -> None:
    with i18n.catalog_path(lang).open("rb") as fh:
        catalog = read_po(fh)
    translated = {m.id: m.string for m in catalog if m.id}
    assert set(translated) == _ids(POT)
    for msgid, msgstr in translated.items():
        assert msgstr, f"{lang}: {msgid!r} has no translation"
        assert set(re.findall(r"\{\w+\}", msgid)) == set(re.findall(r"\{\w+\}", msgstr)), msgid


SPANISH_JOB = JobSpec(
    title="Mozo de almacén",
    description="Buscamos mozos de almacén para preparar pedidos en turnos rotativos en Getafe.",
    fields=(
        FieldSpec(
            key="carretilla",
            label="Carnet de carretillero",
            type="yes_no",
            question="¿Tienes carnet de carretillero?",
        ),
        FieldSpec(
            key="horas",
            label="Horas por semana",
            type="hours_per_week",
            question="¿Cuántas horas por semana puedes trabajar?",
            required=False,
        ),
    ),
)


def test_a_spanish_job_is_greeted_and_summed_up_in_spanish() -> None:
    _state, greeting = start(SPANISH_JOB)
    assert greeting.startswith("¡Hola!")
    assert "(opcional)" in greeting
    assert greeting.endswith("¿Tienes carnet de carretillero?")
    voice = Voice.of(SPANISH_JOB)
    fields = {
        "carretilla": FieldState(status="answered", value=True),
        "horas": FieldState(status="answered", value={"min": 20, "max": 25}),
    }
    summary = voice.summary(SPANISH_JOB, fields)
    assert "Carnet de carretillero: sí" in summary
    assert "20-25 horas" in summary
    assert '"sí"' in voice.confirm_prompt()


def test_german_labels_keep_their_capital_inside_a_sentence() -> None:
    spec = FieldSpec(key="x", label="Berufserfahrung", type="years")
    assert "Berufserfahrung" in Voice("de").capped(spec)
    assert "years of experience" in Voice("en").capped(
        FieldSpec(key="y", label="Years of experience", type="years")
    )


def test_an_unsupported_language_is_english() -> None:
    assert Voice("nl").complete() == "Thank you, that's everything I need!"


# ------------------------------------------------------------------ the candidate's page

SPANISH_JOB_BODY = {
    "title": "Mozo de almacén – Getafe",
    "description": "Buscamos mozos de almacén para preparar pedidos en turnos rotativos.",
    "fields": [
        {
            "key": "carretilla",
            "label": "Carnet de carretillero",
            "type": "yes_no",
            "question": "¿Tienes carnet de carretillero?",
        },
        {
            "key": "barrio",
            "label": "Barrio",
            "type": "short_text",
            "required": False,
            "question": "¿En qué barrio vives?",
        },
    ],
}


async def test_a_spanish_jobs_page_notice_and_greeting_are_in_spanish(web_client) -> None:  # type: ignore[no-untyped-def]
    import html
    import json

    from tests.helpers.web import register, start

    await register(web_client, "jefa@example.com", role="employer", name="Jefa")
    r = await web_client.post("/api/jobs", json=SPANISH_JOB_BODY)
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    await register(web_client, "ana@example.com")
    page = (await web_client.get(f"/jobs/{job_id}")).text
    assert '<html lang="es">' in page
    es = i18n.translations("es").gettext
    for english in ("Apply", "Send", "Your answer", "Checklist", "(optional)"):
        assert html.escape(es(english)) in page and es(english) != english, english
    # The layout around it too: skip link, navigation, the role beside the name.
    for english in ("Skip to content", "Jobs", "Account", "Log out", "candidate"):
        assert html.escape(es(english)) in page and es(english) != english, english
    assert f'aria-label="{html.escape(es("Main"))}"' in page
    assert ">Log out<" not in page
    script_text = json.loads(html.unescape(page.split('data-text="', 1)[1].split('"', 1)[0]))
    assert script_text["you"] == es("You") != "You"
    interview = await start(web_client, job_id)
    assert interview["notice"].startswith(
        es("You are talking with an AI interviewer: a program that runs on this server only.")
    )
    assert interview["messages"][0]["text"].startswith("¡Hola!")


async def test_an_english_jobs_page_stays_english(web_client) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.web import employer_with_job, register

    job_id = await employer_with_job(web_client)
    await register(web_client, "jane@example.com")
    page = (await web_client.get(f"/jobs/{job_id}")).text
    assert '<html lang="en">' in page and ">Apply</button>" in page
    assert ">Skip to content<" in page and ">Log out<" in page and "(candidate)" in page


def test_every_field_type_is_registered_once() -> None:
    from typing import get_args

    from server.interview.spec import FieldType
    from server.interview.types import PICK_TYPES, TEXT_TYPES, TYPES

    assert set(TYPES) == set(get_args(FieldType))
    assert PICK_TYPES == {"yes_no", "single_choice"}
    assert TEXT_TYPES == {"short_text", "long_text"}


async def test_a_readers_english_reason_is_not_put_into_a_reply_in_another_language() -> None:
    job = JobSpec(
        title="Liftmitarbeiter/in (m/w/d) – Bergbahnen Hochalm",
        description="Bedienung der Sessellifte in der Wintersaison.",
        fields=(
            FieldSpec(
                key="stunden", label="Wochenstunden", type="hours_per_week",
                question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
            ),
        ),
    )  # fmt: skip
    state, _ = start(job)
    result = await take_turn(vague_engine(), job, state, "30 Stunden am Tag")
    assert result.state.fields["stunden"].status == "invalid"
    assert "more than a day" not in result.reply
    assert "Format" in result.reply  # the catalog's own words for why
