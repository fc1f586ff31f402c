"""Weekly hours from the days worked, and lengths of courses that are neither work nor
availability.

"4 horas, de martes a sábado" is 20 hours a week; "4 days, 10 hours each day" is 40; "il
corso regionale da 60 ore" is how long a course took, not hours a week, and "un corso di
tanatoprassi di sei mesi" is no experience.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

LAVANDERIA = JobSpec(
    title="Addetto/a lavanderia industriale – Lavanderia Adige, Trento",
    description="Carico e scarico lavatrici, stiratura e piegatura di biancheria d'hotel.",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza in lavanderia (anni)", type="years",
            question="Quanti anni di esperienza hai in lavanderia?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="corsi", label="Corsi frequentati", type="short_text", required=False,
            question="Hai frequentato dei corsi? Quali?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("4 horas por las mañanas, de martes a sábado", 20),
        ("4 hours, Monday to Friday", 20),
        ("Acht Stunden, Montag bis Freitag", 40),
        ("6 ore dal lunedì al sabato", 36),
    ],
)
def test_a_working_days_hours_beside_three_days_or_more_are_each_days(
    text: str, hours: float
) -> None:
    assert read_fields(LAVANDERIA, text, "ore")["ore"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("20 hours, Monday to Friday", 20),  # more than a working day: the week's
        ("Lundi au vendredi, 35 heures", 35),
        ("10 hours on weekends", 10),  # two days: a total for them
    ],
)
def test_more_hours_than_a_day_or_two_days_are_a_total(text: str, hours: float) -> None:
    assert read_fields(LAVANDERIA, text, "ore")["ore"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("4 days, 10 hours each day.", 40),
        ("Cuatro días, 8 horas cada día", 32),
        ("3 giorni, 7 ore al giorno", 21),
    ],
)
def test_days_said_without_a_week_beside_hours_a_day_make_the_week(text: str, hours: float) -> None:
    assert read_fields(LAVANDERIA, text, "ore")["ore"] == ("answered", hours)


def test_days_off_beside_hours_a_day_make_no_week() -> None:
    assert read_fields(LAVANDERIA, "10 hours a day, I'd need 2 days off", "ore")["ore"][0] != (
        "answered"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ho fatto il corso regionale da 60 ore per operatore funebre",
        "Ich habe einen Kurs mit 40 Stunden gemacht",
        "Fiz um curso de 60 horas de primeiros socorros",
        "I did a 40-hour course in first aid",
    ],
)
@pytest.mark.parametrize("asked", ["corsi", "ore"])
def test_a_courses_hours_are_no_weekly_hours(text: str, asked: str) -> None:
    assert read_fields(LAVANDERIA, text, asked).get("ore", ("missing",))[0] != "answered"


@pytest.mark.parametrize(
    "text",
    [
        "Sì, un corso di tanatoprassi di sei mesi in Francia",
        "Hice un curso de soldadura de 6 meses",
    ],
)
def test_a_course_named_before_its_length_is_no_experience(text: str) -> None:
    assert read_fields(LAVANDERIA, text, "anni").get("anni", ("missing",))[0] != "answered"


def test_hours_a_week_said_beside_a_course_still_count() -> None:
    text = "Faccio un corso la mattina, quindi 25 ore a settimana"
    assert read_fields(LAVANDERIA, text, "ore")["ore"] == ("answered", 25)


def test_a_licence_letter_before_last_year_counts_no_year() -> None:
    # "tirei a A ano passado": "a A ano" is no "a year", and last year counts none.
    text = "Ah, corrigindo: a carta é AB, tirei a A ano passado"
    assert "anni" not in read_fields(LAVANDERIA, text, "corsi")
