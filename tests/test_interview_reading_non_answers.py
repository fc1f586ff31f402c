"""Replies that answer nothing, whatever the model says of them, and refusals in everyday
words.

"Lo que haga falta, yo me adapto" picks no option; "Con todas" names no machine; "Posso
sim, sem problema" names no district; "Pas envie de détailler" and "Verrate ich nicht,
Betriebsgeheimnis" decline; "par écrit" is no reply about the days "par semaine".
"""

from __future__ import annotations

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

TALLER = JobSpec(
    title="Costurero/a industrial – Confecciones Turia, Valencia",
    description="Costura en cadena de prendas de punto.",
    fields=(
        FieldSpec(
            key="seccion", label="Sección", type="single_choice",
            choices=("corte", "costura", "plancha"),
            question="¿En qué sección tienes más experiencia: corte, costura o plancha?",
        ),
        FieldSpec(
            key="maquinas", label="Máquinas", type="short_text",
            question="¿Con qué máquinas de coser sabes trabajar?",
        ),
        FieldSpec(
            key="dias", label="Jours de présence par semaine", type="number",
            question="Combien de jours par semaine pouvez-vous venir ?",
        ),
        FieldSpec(
            key="prenda", label="Prenda difícil", type="long_text",
            question="Cuéntanos una prenda difícil que hayas cosido y cómo lo resolviste.",
        ),
    ),
)  # fmt: skip


def _engine(label: str, pick: str = "costura") -> ScriptedEngine:
    return judging_engine(label, pick)


@pytest.mark.parametrize(
    "text",
    [
        "Lo que haga falta, yo me adapto.",
        "Alles Mögliche, was halt so anfällt",
        "Whatever is needed, I adapt",
        "Le nécessaire, comme tout le monde.",
    ],
)
async def test_whatever_is_needed_picks_no_option(text: str) -> None:
    reading = await understand(_engine("specific"), TALLER, text, "seccion")
    assert reading.findings["seccion"].status == "vague"


@pytest.mark.parametrize(
    "text", ["Con todas", "Posso sim, sem problema", "Sí, claro", "Oui, pas de souci"]
)
async def test_all_of_them_or_a_bare_yes_names_nothing(text: str) -> None:
    reading = await understand(_engine("specific"), TALLER, text, "maquinas")
    assert reading.findings["maquinas"].status == "vague"


@pytest.mark.parametrize(
    "text", ["Con la plana y la remalladora", "Sí, la plana", "Con todas menos la botonera"]
)
async def test_machines_named_answer(text: str) -> None:
    reading = await understand(_engine("specific"), TALLER, text, "maquinas")
    assert reading.findings["maquinas"].status == "answered"


@pytest.mark.parametrize(
    "text",
    [
        "Pas envie de détailler.",
        "Franchement, pas envie d'en parler",
        "Verrate ich nicht, Betriebsgeheimnis 😉",
        "No tengo ganas de contarlo aquí",
        "Don't feel like going into it",
    ],
)
def test_not_in_the_mood_to_say_or_a_secret_declines(text: str) -> None:
    assert read_fields(TALLER, text, "prenda")["prenda"] == ("declined", None)


def test_a_story_of_not_feeling_like_something_is_no_refusal() -> None:
    text = (
        "No tenía ganas de hacerla, era un abrigo de lana gruesa, pero cambié la aguja y "
        "bajé la velocidad y salió bien."
    )
    assert read_fields(TALLER, text, "prenda").get("prenda", ("missing",))[0] != "declined"


def test_a_refusal_in_writing_declines_the_question_asked_not_the_days_par_semaine() -> None:
    found = read_fields(TALLER, "Je préfère ne pas répondre à cette question par écrit.", "prenda")
    assert found == {"prenda": ("declined", None)}
