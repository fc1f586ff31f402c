"""Having had a thing once but not knowing whether it still holds, not knowing what counts
as a choice for none, carnival sessions counted as years, work never done beside a course
asked, no other job beside a count, a number in another language's words, and a skip
said gladly.

The classes were seen on the first runs of eight blind job sets (stop 44); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

FALLAS = JobSpec(
    title="Ayudante de taller de fallas – Taller Artesano Ruzafa, Valencia",
    description="Modelado y pintura de ninots para las Fallas, de octubre a marzo.",
    fields=(
        FieldSpec(
            key="prl", label="Curso de prevención de riesgos (PRL) en vigor", type="yes_no",
            question="¿Tienes el curso de PRL en vigor?",
        ),
        FieldSpec(
            key="pintura", label="Formación en pintura", type="single_choice",
            choices=("sin formación en pintura", "curso de pintura", "bellas artes"),
            question="¿Qué formación tienes en pintura: sin formación en pintura, curso de "
            "pintura o bellas artes?",
        ),
        FieldSpec(
            key="sesiones", label="Jahre (Sessionen) im Wagenbau", type="years",
            question="Wie viele Sessionen hast du schon beim Wagenbau mitgemacht?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "I did the PRL course, but I'm honestly not sure whether it's still valid.",
        "El de PRL creo que lo hice en un curso hace años, no sé.",
        "Hab den PRL-Kurs gemacht, aber ich weiß nicht, ob er noch gilt.",
    ],
)
def test_had_once_but_not_known_now_is_vague(text: str) -> None:
    assert read_fields(FALLAS, text, "prl")["prl"][0] == "vague"


def test_had_and_still_valid_is_a_yes() -> None:
    # guard: no doubt, a yes
    text = "Hice el curso de PRL en 2024 y sigue en vigor."
    assert read_fields(FALLAS, text, "prl")["prl"] == ("answered", True)


def test_not_knowing_what_counts_is_no_choice_for_none() -> None:
    read = read_fields(FALLAS, "Hmm, no sé si cuenta como formación en pintura", "pintura")
    assert read.get("pintura", ("missing", None))[1] != "sin formación en pintura"
    # guard: a "never" besides still says none
    text = "No sé, nunca he tenido formación en pintura"
    read = read_fields(FALLAS, text, "pintura")
    assert read["pintura"] == ("answered", "sin formación en pintura")


def test_carnival_sessions_count_as_years() -> None:
    text = "Genau gesagt vier Sessionen: 2021 bis 2024."
    assert read_fields(FALLAS, text, "sesiones")["sesiones"] == ("answered", 4)


FABRICA = JobSpec(
    title="Auxiliar de produção – Doces Serra Azul, Garanhuns",
    description="Produção de goiabada e doce de leite, turno da manhã.",
    fields=(
        FieldSpec(
            key="turno", label="Turno preferido", type="single_choice",
            choices=("manhã", "tarde"), question="Qual turno você prefere: manhã ou tarde?",
        ),
        FieldSpec(
            key="curso", label="Curso de Boas Práticas de Fabricação", type="yes_no",
            question="Você tem o curso de Boas Práticas de Fabricação?",
        ),
        FieldSpec(
            key="dias", label="Dias por semana", type="number",
            question="Quantos dias por semana você pode trabalhar?",
        ),
        FieldSpec(
            key="salario", label="Pretensão salarial (reais por mês)", type="number",
            required=False, question="Qual é a sua pretensão salarial, em reais por mês?",
        ),
        FieldSpec(
            key="bairro", label="Bairro", type="short_text", required=False,
            question="Em que bairro você mora?",
        ),
    ),
)  # fmt: skip


def test_work_never_done_is_no_no_to_a_course_unasked() -> None:
    read = read_fields(FABRICA, "Manhã. Ah, e nunca trabalhei em fábrica.", "turno")
    assert read["turno"] == ("answered", "manhã")
    assert "curso" not in read
    # guard: the course had, beside work done, is still a yes
    text = "Trabalhei 2 anos numa fábrica de polpa e tenho o curso de boas práticas."
    assert read_fields(FABRICA, text, "turno")["curso"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    ["as que precisarem, não tenho outro emprego", "whatever you need, I've no other job"],
)
def test_no_other_job_is_no_count_of_none(text: str) -> None:
    assert read_fields(FABRICA, text, "dias").get("dias", ("missing", None))[0] != "none"


def test_a_number_in_another_language_read_whole() -> None:
    text = "Dos mil doscientos reales."
    assert read_fields(FABRICA, text, "salario")["salario"] == ("answered", 2200)


def test_gladly_skipped_is_declined() -> None:
    text = "das würd ich gern überspringen"
    assert read_fields(FABRICA, text, "bairro")["bairro"] == ("declined", None)
