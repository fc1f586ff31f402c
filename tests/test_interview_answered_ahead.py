"""A reply to the next question, given while another is asked.

A candidate who already answered a question in passing (or thinks so) replies to the one
after it. The reply says nothing of the question asked; read as the answer to the next
open question it finds a value of that field's own type, which is kept. The question
asked stays open and is asked again. The scripted engine calls every reply "vague".
"""

from __future__ import annotations

import json

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn

ALMACEN = JobSpec(
    title="Mozo/a de almacén – turno rotativo",
    description="Preparación de pedidos en un almacén de bebidas en Alcalá.",
    fields=(
        FieldSpec(
            key="turno", label="Turno preferido", type="single_choice",
            choices=("mañana", "tarde", "noche"),
            question="¿Qué turno prefieres: mañana, tarde o noche?",
        ),
        FieldSpec(
            key="distancia", label="Distancia máxima hasta el almacén (km)", type="number",
            question="¿Cuántos kilómetros como máximo harías para venir?",
        ),
        FieldSpec(
            key="carretilla", label="Carné de carretillero", type="yes_no",
            question="¿Tienes el carné de carretillero?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="motivo", label="Por qué este almacén", type="long_text",
            question="¿Por qué te interesa trabajar con nosotros?",
        ),
    ),
)  # fmt: skip

KUECHE = JobSpec(
    title="Küchenhilfe (m/w/d)",
    description="Spülen, Vorbereitung und Ausgabe in einer Kantine.",
    fields=(
        FieldSpec(
            key="gesundheitszeugnis", label="Gesundheitszeugnis", type="yes_no",
            question="Haben Sie ein Gesundheitszeugnis?",
        ),
        FieldSpec(
            key="bereich", label="Bevorzugter Bereich", type="single_choice",
            choices=("Spülküche", "Vorbereitung", "Ausgabe"),
            question="Wo möchten Sie am liebsten arbeiten: Spülküche, Vorbereitung oder Ausgabe?",
        ),
        FieldSpec(
            key="jahre", label="Jahre Erfahrung in der Küche", type="years",
            question="Wie viele Jahre Küchenerfahrung haben Sie?",
        ),
    ),
)  # fmt: skip


def engine() -> ScriptedEngine:
    return ScriptedEngine(responder=lambda request: json.dumps({"label": "vague"}))


async def reply(job: JobSpec, asked: str, text: str, state: InterviewState | None = None):
    if state is None:
        state, _ = start(job)
    state = state.model_copy(update={"asked": asked})
    return await take_turn(engine(), job, state, text)


@pytest.mark.parametrize(("text", "value"), [("quince como mucho", 15), ("unos 12", 12)])
async def test_a_bare_number_for_the_next_question_is_kept_and_the_question_asked_again(
    text: str, value: float
) -> None:
    result = await reply(ALMACEN, "turno", text)
    fields = result.state.fields
    assert fields["distancia"].status == "answered"
    assert fields["distancia"].value == value
    assert not fields["turno"].complete
    assert result.state.asked == "turno"  # the question asked is asked again


@pytest.mark.parametrize(
    "text", ["tengo 2 hijos", "Sí, lo saqué en 2020", "vivo en el 3º", "nunca tuve uno"]
)
async def test_a_number_of_something_else_or_a_year_is_not_read_ahead(text: str) -> None:
    result = await reply(ALMACEN, "turno", text)
    assert result.state.fields["distancia"].status != "answered"


async def test_the_next_open_question_is_the_one_read_ahead() -> None:
    state, _ = start(ALMACEN)
    state = (await reply(ALMACEN, "distancia", "10 km", state)).state
    state = (await reply(ALMACEN, "carretilla", "sí, desde 2019", state)).state
    # Asked the shift again, the candidate gives the hours, the next open question.
    result = await reply(ALMACEN, "turno", "unas treinta, más o menos", state)
    assert result.state.fields["horas"].status == "answered"
    assert result.state.fields["horas"].value == 30
    assert result.state.fields["distancia"].value == 10


async def test_a_choice_for_the_next_question_is_kept() -> None:
    result = await reply(KUECHE, "gesundheitszeugnis", "vorne bei der Essensausgabe")
    assert result.state.fields["bereich"].status == "answered"
    assert result.state.fields["bereich"].value == "Ausgabe"
    assert not result.state.fields["gesundheitszeugnis"].complete


async def test_a_choice_named_by_its_place_is_of_the_question_asked() -> None:
    result = await reply(KUECHE, "gesundheitszeugnis", "die zweite")
    assert result.state.fields["bereich"].status != "answered"


@pytest.mark.parametrize("text", ["depende de la semana", "no lo sé todavía", "pues ya veremos"])
async def test_a_hedge_answers_no_question_ahead(text: str) -> None:
    result = await reply(ALMACEN, "turno", text)
    assert not any(f.status == "answered" for f in result.state.fields.values())


async def test_a_bare_yes_is_not_taken_for_the_next_yes_or_no_question() -> None:
    result = await reply(ALMACEN, "distancia", "sí, claro")
    assert result.state.fields["carretilla"].status != "answered"


async def test_a_reason_given_ahead_answers_the_why_question() -> None:
    # A reason answers a "why" question without the model's judgement (the engine here
    # calls everything vague); the hours asked stay open (test_interview_text_ahead.py
    # has the open questions the model judges).
    state, _ = start(ALMACEN)
    for key in ("turno", "distancia", "carretilla"):
        state.fields[key] = state.fields[key].model_copy(
            update={"status": "answered", "value": "mañana" if key == "turno" else 5}
        )
    result = await reply(
        ALMACEN, "horas", "Porque me queda cerca de casa y conozco a gente que trabaja ahí", state
    )
    assert result.state.fields["motivo"].status == "answered"
    assert result.state.fields["horas"].status != "answered"
    assert result.standing.asking == "horas"


async def test_an_answer_to_the_question_asked_is_not_read_ahead() -> None:
    result = await reply(ALMACEN, "distancia", "unos 12")
    assert result.state.fields["distancia"].value == 12
    assert result.state.fields["carretilla"].status != "answered"
    assert result.state.fields["horas"].status != "answered"


async def test_a_number_the_question_asked_did_not_take_is_not_read_ahead() -> None:
    # Asked the hours, a reply with a number the hours reader leaves vague is about the
    # hours: the start choice after them is not read from its "more".
    job = JobSpec(
        title="Lifeguard",
        description="Municipal pool.",
        fields=(
            FieldSpec(key="hours", label="Hours per week", type="hours_per_week"),
            FieldSpec(
                key="start", label="Earliest start", type="single_choice",
                choices=("immediately", "within a month", "more than a month from now"),
            ),
        ),
    )  # fmt: skip
    result = await reply(job, "hours", "30 in winter, more in summer")
    assert result.state.fields["start"].status != "answered"
