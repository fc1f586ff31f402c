"""The rubric follow-up on the real default model, on a Spanish warehouse job."""

from __future__ import annotations

import pytest

from server.engine.base import Engine
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn

pytestmark = [pytest.mark.model, pytest.mark.asyncio(loop_scope="module")]

WAREHOUSE = JobSpec(
    title="Mozo/a de almacén",
    description="Almacén de paquetería en Zaragoza, preparación de pedidos.",
    fields=(
        FieldSpec(key="carretilla", label="Carnet de carretillero", type="yes_no",
                  question="¿Tienes el carnet de carretillero?"),
    ),
    custom_questions=(
        CustomQuestion(
            key="pedido_danado",
            question="¿Qué haces si encuentras un paquete dañado al preparar un pedido?",
            rubric=(
                "Aparta el paquete y no lo envía",
                "Avisa al encargado o registra la incidencia",
            ),
        ),
    ),
)  # fmt: skip


@pytest.fixture(scope="module")
def engine(default_engine: Engine) -> Engine:
    return default_engine


async def say(engine: Engine, state: InterviewState, text: str) -> tuple[InterviewState, str]:
    result = await take_turn(engine, WAREHOUSE, state, text)
    return result.state, result.reply


async def test_a_partial_answer_is_followed_up_once_and_the_addition_is_kept(
    engine: Engine,
) -> None:
    state, _ = start(WAREHOUSE)
    state, _ = await say(engine, state, "Sí, lo tengo desde hace dos años.")
    assert state.fields["carretilla"].value is True
    assert state.asked == "pedido_danado"

    first = "Lo separo del resto y no lo meto en la caja del pedido."
    state, reply = await say(engine, state, first)
    assert state.fields["pedido_danado"].status == "answered"
    assert state.follow_up == "pedido_danado", reply
    assert "encargado" not in reply and "incidencia" not in reply  # the rubric stays hidden

    more = "Después aviso al encargado y apunto la incidencia en la tableta."
    state, reply = await say(engine, state, more)
    answer = state.fields["pedido_danado"].value
    assert answer.startswith(first) and answer.endswith(more), answer
    assert state.follow_up is None
    assert state.phase == "summary", reply
