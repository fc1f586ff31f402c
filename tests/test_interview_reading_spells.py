"""Reading classes a second fresh blind job set (tests/data/jobs_blind10.json) missed:
date spans with months, spells of work that add up (and those that do not), years of
living somewhere, words for working that named a field, yes/no fields turned in passing,
"not yet" said before a "but", a greeting after an interjection, a reason without
"because", all weekends of a month, "per month" written "/mês" or "im Monat", weekend
hours in other languages, and choice replies that answer some other question.

Every wording here is new (none is taken from the blind set), and each class has a guard:
what must not change."""

from __future__ import annotations

from datetime import date

import pytest

from server.interview import consult, numerals
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

KITCHEN = JobSpec(
    title="Kitchen Porter – Hotel Grand, Leeds",
    description="Dishwashing, deliveries and cleaning in a hotel kitchen.",
    fields=(
        FieldSpec(
            key="food_hygiene",
            label="Food hygiene certificate",
            type="yes_no",
            question="Do you hold a food hygiene certificate?",
        ),
        FieldSpec(
            key="kitchen_years",
            label="Years working in kitchens",
            type="years",
            question="How many years have you worked in kitchens?",
        ),
        FieldSpec(
            key="shift",
            label="Preferred shift",
            type="single_choice",
            choices=("morning", "afternoon", "evening"),
            question="Which shift would you like: morning, afternoon or evening?",
        ),
        FieldSpec(
            key="weekends",
            label="Weekends per month",
            type="number",
            question="How many weekends a month can you work?",
        ),
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
)

CAMPO = JobSpec(
    title="Peón de vendimia – Rioja",
    description="Campaña de septiembre y octubre.",
    fields=(
        FieldSpec(
            key="permiso",
            label="Permiso de trabajo",
            type="yes_no",
            question="¿Tiene permiso de trabajo en España?",
        ),
        FieldSpec(
            key="anos",
            label="Experiencia en el campo (años)",
            type="years",
            question="¿Cuántos años de experiencia tiene en el campo?",
        ),
        FieldSpec(
            key="coche",
            label="Vehículo propio",
            type="yes_no",
            question="¿Tiene vehículo propio?",
        ),
        FieldSpec(
            key="salario",
            label="Salario esperado (€/mes)",
            type="number",
            question="¿Qué salario mensual espera, en euros?",
        ),
    ),
)


_read = read_fields


# ------------------------------------------------------------------ date spans


def test_a_span_between_two_months_is_the_months_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    digits = numerals.numbers_to_digits
    assert "for 4.5 years" in digits("from March 2016 to September 2020", "en")
    assert "for 1.5 years" in digits("desde enero de 2023 hasta julio de 2024", "es")
    assert "for 2.25 years" in digits("von April 2019 bis Juli 2021", "de")
    # A span that ends before it starts is no span.
    assert "for -" not in digits("from May 2024 to June 2022", "en")
    # Years alone still count whole years; "since" still counts to today.
    assert "for 4 years" in digits("desde 2017 hasta 2021", "es")
    assert "for 2 years" in digits("since December 2024", "en")


# ------------------------------------------------------------------ spells of work


@pytest.mark.parametrize(
    ("message", "years"),
    [
        ("3 years at a hotel in Porto and 2 years at a café here", 5),
        ("un an chez Flunch et six mois chez Paul", 1.5),
        ("2 anni in trattoria + 1 anno in mensa", 3),
        ("Six months in a school canteen, then a year in a pub kitchen", 1.5),
    ],
)
def test_spells_side_by_side_add_up(message: str, years: float) -> None:
    assert _read(KITCHEN, message, "kitchen_years")["kitchen_years"] == ("answered", years)


@pytest.mark.parametrize(
    ("message", "years"),
    [
        # A part of the first spell, not another one.
        ("Eight years in kitchens, and 3 of those as head porter", 8),
        # A spell in another role is no kitchen work.
        ("Two years in a hotel kitchen, and before that 6 years as a bus driver", 2),
        # The same time said twice.
        ("Desde hace 18 meses en cocina y desde entonces sin parar, año y medio ya", 1.5),
    ],
)
def test_spells_that_do_not_add_up(message: str, years: float) -> None:
    assert _read(KITCHEN, message, "kitchen_years")["kitchen_years"] == ("answered", years)


def test_years_of_living_somewhere_are_no_work() -> None:
    found = _read(
        KITCHEN,
        "I've lived in Leeds for 9 years. I washed dishes at a pub for 2 years.",
        "kitchen_years",
    )
    assert found["kitchen_years"] == ("answered", 2)
    # Alone, asked, they are no answer either: the question is asked again (the contract
    # counts no years of unrelated work, and living somewhere is no work at all).
    assert _read(KITCHEN, "vivo aquí hace 3 años", "kitchen_years")["kitchen_years"] == (
        "vague",
        None,
    )


# ------------------------------------------------------------------ yes/no


def test_words_for_working_name_no_work_permit() -> None:
    found = _read(CAMPO, "si hace mucho calor no se trabaja por la tarde", "anos")
    assert "permiso" not in found
    found = _read(CAMPO, "Quiero trabajar todo lo que pueda", "anos")
    assert "permiso" not in found
    # Named by its own word, it is still read unasked.
    assert _read(CAMPO, "tengo permiso y 4 años en el campo", "anos")["permiso"] == (
        "answered",
        True,
    )


def test_a_car_names_a_vehicle_field_and_a_garage_does_not() -> None:
    assert _read(CAMPO, "llevo 3 años en el campo y tengo coche", "anos")["coche"] == (
        "answered",
        True,
    )


@pytest.mark.parametrize(
    "message",
    [
        "I don't have it yet but I'm booked on the course",
        "Noch nicht, aber ich mache gerade den Kurs",
        "pas encore, mais je m'inscris demain",
    ],
)
def test_not_yet_before_but_is_a_no(message: str) -> None:
    assert _read(KITCHEN, message, "food_hygiene")["food_hygiene"] == ("answered", False)


async def test_a_yes_is_not_turned_in_passing() -> None:
    state, _ = start(CAMPO)
    state = await reply(state, CAMPO, "permiso", "Sí, tengo permiso")
    state = await reply(
        state, CAMPO, "anos", "En el campo ninguno, no he trabajado nunca con permiso de nada"
    )
    assert state.fields["permiso"].value is True
    # A correction does turn it.
    state = await reply(
        state, CAMPO, "anos", "Perdón, me equivoqué: no tengo permiso de trabajo todavía"
    )
    assert state.fields["permiso"].value is False


# ------------------------------------------------------------------ choices


def test_a_greeting_after_an_interjection_names_no_shift() -> None:
    found = _read(KITCHEN, "Hey good afternoon! 3 years in kitchens", "kitchen_years")
    assert "shift" not in found
    # A shift named after the greeting still counts.
    found = _read(KITCHEN, "Hey good afternoon! evenings please", "shift")
    assert found["shift"] == ("answered", "evening")


def test_a_reason_without_because() -> None:
    assert _read(KITCHEN, "Evening, I study in the morning", "shift")["shift"] == (
        "answered",
        "evening",
    )
    # Two choices said with no reason stay vague.
    assert _read(KITCHEN, "morning or evening", "shift")["shift"][0] == "vague"


@pytest.mark.parametrize(
    ("reply", "elsewhere"),
    [
        ("I'm in Headingley, near the stadium", True),
        # A number alone is no sign: it may well be the answer ("Abi 2024").
        ("about 12 km from here", False),
        ("free all day, 8 till 6", False),
        ("Dishes and pans mostly, that's what I'm good at", False),
        ("mornings, near Headingley", False),
        ("the early one", False),
        ("whatever suits the team", False),
    ],
)
def test_a_choice_reply_that_answers_another_question(reply: str, elsewhere: bool) -> None:
    assert consult._answers_elsewhere(KITCHEN.field("shift"), reply) is elsewhere


# ------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("message", "count"),
    [("all of them", 4), ("every weekend", 4), ("todos los fines de semana", 4), ("two", 2)],
)
def test_all_weekends_of_a_month(message: str, count: int) -> None:
    assert _read(KITCHEN, message, "weekends")["weekends"] == ("answered", count)


def test_every_other_weekend_is_not_all() -> None:
    assert _read(KITCHEN, "every other weekend", "weekends").get("weekends") != ("answered", 4)


def test_the_word_for_one_before_another_noun_counts_nothing() -> None:
    found = _read(CAMPO, "Prefiero no decir una cifra", "salario")
    assert found.get("salario", ("",))[0] != "answered"
    assert _read(KITCHEN, "one weekend a month", "weekends")["weekends"] == ("answered", 1)


def test_a_month_after_a_slash_divides_and_money_is_read() -> None:
    assert _read(CAMPO, "mil ochocientos euros", "salario")["salario"] == ("answered", 1800)


@pytest.mark.parametrize(
    ("message", "hours"),
    [
        ("5h le samedi et 5h le dimanche", 10),
        ("4 horas el sábado y 6 el domingo", 10),
    ],
)
def test_weekend_hours_in_other_languages(message: str, hours: float) -> None:
    assert _read(KITCHEN, message, "hours")["hours"] == ("answered", hours)


@pytest.mark.parametrize(
    "message",
    [
        "prefiero contestar eso en la entrevista",
        "prefiro responder isso na entrevista",
        "I'd rather answer that at the interview",
        "preferisco dirlo al colloquio",
    ],
)
def test_an_answer_kept_for_the_interview_is_declined(message: str) -> None:
    assert _read(CAMPO, message, "salario")["salario"] == ("declined", None)
