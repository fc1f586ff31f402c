"""A number field that asks the candidate's age, a count of one said as a bare pronoun
("Einer", "just the one"), a sum concluded after a comma ("…, so 14 hours", "so 6 total"),
hours for a number of days ("sei ore per cinque giorni"), days listed with their article
("los sábados y los domingos"), a choice named by its "only" word alone, and a candidate
who has no time left.

The classes were seen on the first runs of eight blind job sets (stop 44); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

VELA = JobSpec(
    title="Monitor/a de vela ligera – Club Náutico Ría de Arousa",
    description="Cursillos de vela para niños y adultos, de junio a septiembre.",
    fields=(
        FieldSpec(
            key="edad", label="Edad", type="number",
            question="¿Cuántos años tienes? (mínimo 18)",
        ),
        FieldSpec(
            key="anos_vela", label="Años navegando a vela", type="years",
            question="¿Cuántos años llevas navegando a vela?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes dar clase?",
        ),
        FieldSpec(
            key="barcos", label="Barcos propios", type="number", required=False,
            question="¿Cuántos barcos tienes en propiedad?",
        ),
        FieldSpec(
            key="grupo", label="Grupo preferido", type="single_choice",
            choices=("solo niños", "solo adultos", "ambos grupos"),
            question="¿Con qué grupo prefieres trabajar: solo niños, solo adultos o ambos grupos?",
        ),
        FieldSpec(
            key="distancia", label="Distancia al club (km)", type="number", required=False,
            question="¿A cuántos kilómetros vives del club?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tengo 23 años.", 23),
        ("Ho 31 anni", 31),
        ("J'ai vingt-sept ans.", 27),
        ("I'm 19 years old", 19),
        ("Tenho 40 anos", 40),
    ],
)
def test_an_age_asked_is_read_in_years_of_life(text: str, value: int) -> None:
    assert read_fields(VELA, text, "edad")["edad"] == ("answered", value)


def test_an_age_said_first_is_no_experience_beside_a_date() -> None:
    # "22 años" alone, then the sailing since a year: the age, and 6 years at sea
    read = read_fields(VELA, "Hola, 22 años, navego desde 2020 en el club de mi pueblo", "edad")
    assert read["edad"] == ("answered", 22)
    assert read["anos_vela"] == ("answered", 6)


def test_years_of_experience_still_count_where_no_age_is_asked() -> None:
    job = JobSpec(title=VELA.title, description=VELA.description, fields=VELA.fields[1:])
    read = read_fields(job, "22 años navegando, desde pequeño", "anos_vela")
    assert read["anos_vela"] == ("answered", 22)


@pytest.mark.parametrize(
    "text",
    [
        "Just the one, a small dinghy.",
        "Einer, ein alter Laser.",
        "Uno, un Optimist que era de mi hermano.",
        "Only the one - a Topper.",
    ],
)
def test_one_said_as_a_bare_pronoun_is_a_count_of_one(text: str) -> None:
    assert read_fields(VELA, text, "barcos")["barcos"] == ("answered", 1)


def test_a_price_with_a_thousands_point_is_no_count_of_one() -> None:
    # guard: "1.500" opens with a one and a point
    assert read_fields(VELA, "1.500 metros", "barcos")["barcos"] != ("answered", 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two evenings of three hours plus Saturday 10 till 4, so twelve hours.", 12),
        ("Martes y jueves de 17 a 20, o sea seis horas", 6),
        # guard: what follows the "so" makes up the figure, it is no sum
        ("20 hours please, so four 5 hour sessions", 20),
    ],
)
def test_a_sum_concluded_after_a_comma_is_the_hours(text: str, value: float) -> None:
    assert read_fields(VELA, text, "horas")["horas"] == ("answered", value)


def test_a_total_said_after_its_parts_is_the_years() -> None:
    text = "3 yrs crewing on a charter yacht + 2 teaching kids, so 5 total"
    assert read_fields(VELA, text, "anos_vela")["anos_vela"] == ("answered", 5)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sei ore per cinque giorni.", 30),
        ("4 hours for 3 days", 12),
        ("Cuatro horas al día los sábados y los domingos", 8),
        ("Cinq heures par jour les samedis et les dimanches", 10),
        # guard: an article may open a clause of its own
        ("De lunes a viernes de 10 a 13 y los sábados 4 horas", 19),
    ],
)
def test_hours_for_the_days_they_are_said_for(text: str, value: float) -> None:
    assert read_fields(VELA, text, "horas")["horas"] == ("answered", value)


def test_an_only_word_alone_names_no_choice() -> None:
    read = read_fields(VELA, "Solo el título de patrón, nada más", "grupo")
    assert read["grupo"][0] != "answered"
    # guard: with the word that tells the choices apart, it does
    assert read_fields(VELA, "Solo adultos", "grupo")["grupo"] == ("answered", "solo adultos")


@pytest.mark.parametrize(
    "text",
    [
        "sorry, hab grad keine Zeit mehr, melde mich später",
        "Lo siento, no tengo más tiempo ahora, te escribo luego",
        "I don't have time right now, I'll get back to you later",
    ],
)
def test_no_time_left_is_no_none(text: str) -> None:
    assert "distancia" not in read_fields(VELA, text, "distancia")
