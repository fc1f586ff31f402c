"""A number recalled as said before, and the one that replaces it.

"I said 40, but I've started a course, so it's 32 max", "antes dije 5 años pero son 7",
"ich hab 35 gesagt, aber es sind eher 30": the candidate quotes the earlier answer and
corrects it. The number after the recalled one is the answer, whichever question is open.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, FieldState, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

PANADERIA = JobSpec(
    title="Panadero/a de obrador – turno de noche",
    description="Elaboración de pan y bollería para tres tiendas en Zaragoza.",
    fields=(
        FieldSpec(
            key="anos", label="Años de experiencia en obrador", type="years",
            question="¿Cuántos años de experiencia tienes en un obrador?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="kilos", label="Peso máximo que puedes cargar (kg)", type="number",
            question="¿Cuántos kilos puedes cargar como máximo?",
        ),
        FieldSpec(
            key="horno", label="Horno preferido", type="single_choice",
            choices=("de leña", "de pisos", "rotativo"),
            question="¿Con qué horno prefieres trabajar: de leña, de pisos o rotativo?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("asked", "text", "key", "value"),
    [
        ("anos", "Antes dije 5 años, pero son 7", "anos", 7),
        ("horas", "I said 40 hours, but I've started a course, so it's 32 max", "horas", 32),
        ("horas", "Ich habe 35 Stunden gesagt, aber es sind eher 30", "horas", 30),
        ("kilos", "J'ai dit 80 kilos, mais c'est plutôt 60", "kilos", 60),
    ],
)
def test_the_number_after_one_recalled_answers_the_question_asked(
    asked: str, text: str, key: str, value: float
) -> None:
    assert read_fields(PANADERIA, text, asked)[key] == ("answered", value)


@pytest.mark.parametrize(
    ("earlier", "text", "value"),
    [
        ({"anos": 5}, "Ah, antes dije 5 años pero son 7", ("anos", 7)),
        ({"horas": 40}, "About my hours: I said 40, but Fridays are out now, so 32", ("horas", 32)),
        ({"horas": 35}, "Ho detto 35 ore, ma sono 30", ("horas", 30)),
    ],
)
async def test_a_recalled_number_corrects_its_field_while_another_is_asked(
    earlier: dict[str, float], text: str, value: tuple[str, float]
) -> None:
    state, _ = start(PANADERIA)
    for key, number in earlier.items():
        state.fields[key] = FieldState(status="answered", value=number, evidence=str(number))
    state = await reply(state, PANADERIA, "horno", text)
    key, number = value
    assert state.fields[key].value == number


@pytest.mark.parametrize(
    "text", ["Like I said 35 hours", "Wie gesagt 35 Stunden", "Como dije, 35 horas"]
)
def test_a_number_recalled_and_not_replaced_still_answers(text: str) -> None:
    assert read_fields(PANADERIA, text, "horas")["horas"] == ("answered", 35)


async def test_a_recalled_correction_does_not_also_answer_the_number_asked() -> None:
    job = JobSpec(
        title=PANADERIA.title,
        description=PANADERIA.description,
        fields=(
            PANADERIA.fields[0],
            FieldSpec(
                key="jornal", label="Jornal diario (€)", type="number",
                question="¿Qué jornal diario esperas cobrar, en euros?",
            ),
        ),
    )  # fmt: skip
    state, _ = start(job)
    state.fields["anos"] = FieldState(status="answered", value=5, evidence="5 años")
    state = await reply(state, job, "jornal", "Ah y perdona, antes dije 5 años pero son 7")
    assert state.fields["anos"].value == 7
    assert state.fields["jornal"].status != "answered"
