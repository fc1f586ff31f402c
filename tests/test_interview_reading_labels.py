"""Answers written after a field's own label ("Tables per shift: twelve", "Barrio:
Gràcia"), as candidates write them when they answer several questions at once or copy
the list the greeting showed. The value is that field's, read as if it had been asked,
and not the value of the question just asked. A fresh blind set (jobs_blind12) had a
candidate answer this way out of step, and each value went to the wrong field.

The wordings and the jobs are new; each class has a guard: what must not change."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

CAFE = JobSpec(
    title="Café floor staff – Harbour Café, Leith",
    description="Table service and the counter, weekends and evenings.",
    fields=(
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="tables",
            label="Tables per shift",
            type="number",
            question="How many tables can you look after in one shift?",
        ),
        FieldSpec(
            key="years",
            label="Years in hospitality",
            type="years",
            question="How many years have you worked in hospitality?",
        ),
        FieldSpec(
            key="area",
            label="Area you live in",
            type="short_text",
            question="Which area of Edinburgh do you live in?",
        ),
        FieldSpec(
            key="hygiene",
            label="Food hygiene certificate",
            type="yes_no",
            question="Do you hold a food hygiene certificate?",
        ),
    ),
)

TIENDA = JobSpec(
    title="Dependiente/a de tienda de deportes – Barcelona",
    description="Atención al cliente y reposición en tienda.",
    fields=(
        FieldSpec(
            key="horas",
            label="Horas semanales",
            type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="domingos",
            label="Domingos al mes",
            type="number",
            question="¿Cuántos domingos al mes podrías trabajar?",
        ),
        FieldSpec(
            key="barrio",
            label="Barrio",
            type="short_text",
            question="¿En qué barrio vives?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("job", "text", "asked", "key", "value"),
    [
        (CAFE, "Tables per shift: twelve.", "hours", "tables", 12),
        (CAFE, "tables per shift: 8", "years", "tables", 8),
        (CAFE, "Hours: 25", "tables", "hours", 25),
        (CAFE, "Area: Portobello.", "hours", "area", "Portobello"),
        (TIENDA, "Domingos al mes: dos.", "horas", "domingos", 2),
        (TIENDA, "Barrio: Gràcia", "domingos", "barrio", "Gràcia"),
        (TIENDA, "Horas semanales: treinta", "barrio", "horas", 30),
    ],
)
def test_a_value_after_a_fields_label_is_that_fields(
    job: JobSpec, text: str, asked: str, key: str, value: object
) -> None:
    found = read_fields(job, text, asked)
    assert found[key] == ("answered", value)
    # The question just asked does not take the other field's value.
    assert asked not in found or found[asked][0] != "answered"


def test_several_labelled_answers_in_one_message() -> None:
    found = read_fields(CAFE, "Hours: 30, tables per shift: 10, area: Leith Walk", "hours")
    assert found["hours"] == ("answered", 30)
    assert found["tables"] == ("answered", 10)
    assert found["area"] == ("answered", "Leith Walk")


def test_a_labelled_short_answer_ends_before_a_number_after_a_comma() -> None:
    found = read_fields(CAFE, "Area: Leith, 4 years in hospitality before this", "area")
    assert found["area"] == ("answered", "Leith")
    assert found["years"] == ("answered", 4)


def test_a_label_that_opens_the_message_leaves_the_rest_readable() -> None:
    # The value of the first label runs on, but the years and hours in it still count.
    found = read_fields(CAFE, "area: Leith , 3 yrs in hospitality, 20 hrs", None)
    assert found["years"] == ("answered", 3)
    assert found["hours"] == ("answered", 20)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Note: I can do 20 hours", "hours"),  # "Note" names no field
        ("Good morning: 20 hours is fine", "hours"),
        ("PS: twelve tables is my usual", "tables"),
    ],
)
def test_a_colon_after_other_words_changes_nothing(text: str, asked: str) -> None:
    found = read_fields(CAFE, text, asked)
    assert found[asked][0] == "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Food hygiene certificate: no, not yet", False), ("Hygiene certificate: yes", True)],
)
def test_a_labelled_yes_or_no_is_that_fields(text: str, value: bool) -> None:
    found = read_fields(CAFE, text, "hours")
    assert found["hygiene"] == ("answered", value)
    assert "hours" not in found


PUB = JobSpec(
    title="Kellner/in – Brauhaus am Markt",
    description="Service im Gastraum und Biergarten.",
    fields=(
        FieldSpec(
            key="stunden",
            label="Wochenstunden",
            type="hours_per_week",
            question="Wie viele Stunden pro Woche können Sie arbeiten?",
        ),
        FieldSpec(
            key="gehalt",
            label="Gehaltsvorstellung (€ brutto/Monat)",
            type="number",
            question="Welches Bruttogehalt im Monat stellen Sie sich vor?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("job", "text", "asked", "key", "value"),
    [
        (CAFE, "As for the tables, about ten", "hours", "tables", 10),
        (TIENDA, "En cuanto al barrio, Sants", "horas", "barrio", "Sants"),
        (PUB, "Was das Gehalt angeht, 2.600 brutto", "stunden", "gehalt", 2600),
        (PUB, "Zum Gehalt: etwa 2.400 Euro", "stunden", "gehalt", 2400),
    ],
)
def test_words_announcing_a_fields_topic_label_its_value(
    job: JobSpec, text: str, asked: str, key: str, value: object
) -> None:
    found = read_fields(job, text, asked)
    assert found[key] == ("answered", value)
    assert asked not in found


def test_a_topic_word_that_names_no_field_changes_nothing() -> None:
    # "As for me, …" names no field: the asked question keeps its answer.
    assert read_fields(CAFE, "As for me, 25 hours is plenty", "hours")["hours"] == ("answered", 25)
