"""The rubric follow-up on the real default model, on a Spanish warehouse job."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from server.engine.base import Engine
from server.interview import prompts
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn
from server.settings import Settings

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


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def engine(default_model_path: Path) -> AsyncIterator[Engine]:
    from server.engine.runtime import open_engine

    settings = Settings(models_dir=default_model_path.parent, generation_timeout_s=300.0)
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as started:
        await prompts.warm(started)
        yield started


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
