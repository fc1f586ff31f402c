"""Other jobs on the real default model: the classes of test_interview_any_job end to end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from server.engine.base import Engine
from server.interview import prompts
from server.interview.consult import understand
from server.interview.readers.message import Finding
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn
from server.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.asyncio(loop_scope="module")]

SHOP = JobSpec(
    title="Dependiente/a de panadería",
    description="Panadería de barrio en Valencia, turnos de mañana o tarde.",
    fields=(
        FieldSpec(key="higiene", label="Carnet de manipulador de alimentos", type="yes_no",
                  question="¿Tienes el carnet de manipulador de alimentos?"),
        FieldSpec(key="experiencia", label="Experiencia en panadería o pastelería (años)",
                  type="years", question="¿Cuántos años de experiencia tienes en panadería?"),
        FieldSpec(key="turno", label="Turno preferido", type="single_choice",
                  choices=("mañana", "tarde", "cualquiera"),
                  question="¿Qué turno prefieres: mañana, tarde o cualquiera?"),
        FieldSpec(key="horas", label="Horas por semana", type="hours_per_week",
                  question="¿Cuántas horas por semana puedes trabajar?"),
    ),
)  # fmt: skip


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def engine(default_model_path: Path) -> AsyncIterator[Engine]:
    from server.engine.runtime import open_engine

    # A generous time limit: on a loaded 2-core machine the first, uncached prompt is slow.
    settings = Settings(models_dir=default_model_path.parent, generation_timeout_s=300.0)
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as started:
        await prompts.warm(started)
        yield started


async def talk(engine: Engine, *messages: str) -> InterviewState:
    state, _ = start(SHOP)
    for text in messages:
        state = (await take_turn(engine, SHOP, state, text)).state
    return state


async def test_a_conversation_in_other_words_stays_in_step_and_completes(engine: Engine) -> None:
    state = await talk(
        engine,
        "Hi, sorry, my Spanish is not good yet. Yes, I have the food handler card since 2019.",
        "Two years in a bakery in Lyon, then eighteen months at a café.",
        "Afternoons, please, because I take my son to school in the morning.",
        "Four days of six hours.",
    )
    fields = state.fields
    assert fields["higiene"].value is True
    assert fields["experiencia"].value == 3.5
    assert fields["turno"].value == "tarde"
    assert fields["horas"].value == 24
    assert state.phase == "summary"


async def test_a_reply_that_names_no_choice_is_not_a_choice(engine: Engine) -> None:
    state, _ = start(SHOP)
    state = state.model_copy(update={"asked": "turno"})
    result = await take_turn(engine, SHOP, state, "Un poco de todo, la verdad.")
    assert result.state.fields["turno"].status != "answered"


KENNEL = JobSpec(
    title="Kennel hand – working dogs",
    description="Feeding and training gundogs; shoot days in winter.",
    fields=(
        FieldSpec(key="dog", label="Own working dog", type="single_choice",
                  choices=("no dog", "trained pointer", "trained retriever"),
                  question="Would you bring a dog: no dog, trained pointer or trained retriever?"),
    ),
)  # fmt: skip


async def test_the_model_tells_apart_choices_the_reply_names_only_by_a_shared_word(
    engine: Engine,
) -> None:
    # "trained" is in both; the breed is the model's to place, and only among those two
    reading = await understand(engine, KENNEL, "A trained Labrador, steady to shot.", "dog")
    assert reading.findings["dog"] == Finding(
        "answered", "trained retriever", "A trained Labrador, steady to shot.", source="model"
    )
