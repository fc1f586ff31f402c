"""Reading classes a fresh blind job set (tests/data/jobs_blind13.json) missed on its first
run: an age said next to the years of experience ("Tengo 22 años y llevo dos…"), a
duration written as one word with its number ("a 6-month placement"), a night shift that
ends after midnight ("dalle 23 alle 7"), a yes limited to "not every time", "sin drama"
and "kein Ding" as a yes, a preference verb after the choice it prefers ("À tarde
prefiro, …"), a start said with its verb a few words from the date ("Comecei a guiar em
março de 2018" had been "2018 years, more than a working life") and a total said after
its parts ("so 4 in total").

Every wording and job here is new (none is taken from the blind set); each class has a
guard: what must not change."""

from __future__ import annotations

from datetime import date

import pytest

from server.interview import numerals
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

SWIM = JobSpec(
    title="Swimming teacher – Leisure centre",
    description="Lessons for children and adults.",
    fields=(
        FieldSpec(
            key="years",
            label="Years teaching swimming",
            type="years",
            question="How many years have you taught swimming?",
        ),
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="nights",
            label="Night cleaning shifts",
            type="yes_no",
            question="Can you do night cleaning shifts?",
        ),
        FieldSpec(
            key="sundays",
            label="Available every Sunday",
            type="yes_no",
            question="Can you work every Sunday?",
        ),
        FieldSpec(
            key="slot",
            label="Preferred slot",
            type="single_choice",
            choices=("morning", "afternoon", "evening"),
            question="Which slot do you prefer: morning, afternoon or evening?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Tengo 23 años y llevo tres años dando clases de natación", 3),
        ("J'ai 20 ans et deux ans comme maître-nageur", 2),
        ("Ho 25 anni, 4 anni di corsi in piscina", 4),
        ("Tenho 21 anos e 2 anos dando aula de natação", 2),
        ("Ich bin 24 Jahre alt und habe 5 Jahre Schwimmkurse gegeben", 5),
        ("I'm 26 years old and I've taught swimming for 6 years", 6),
        # Guards: years of experience said with the same verb stay years of experience.
        ("Tengo 3 años de experiencia dando clases", 3),
        ("Ho 7 anni come istruttore di nuoto", 7),
    ],
)
def test_an_age_next_to_the_years_is_not_experience(text: str, years: float) -> None:
    assert read_fields(SWIM, text, "years")["years"] == ("answered", years)


def test_an_age_alone_to_the_years_question_is_still_read_as_years() -> None:
    # Nothing else in the reply: "tengo 4 años" is its answer, not an age to set aside.
    assert read_fields(SWIM, "tengo 4 años.", "years")["years"] == ("answered", 4)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("a 6-month placement at a lido", 0.5),
        ("an eighteen-month contract at the baths", 1.5),
        ("a two-year coaching job", 2),
    ],
)
def test_a_number_joined_to_its_unit(text: str, years: float) -> None:
    assert read_fields(SWIM, text, "years")["years"] == ("answered", years)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Thursday and Friday nights from 23 to 7", 16),
        ("sabato e domenica notte, dalle 22 alle 6", 16),
        ("Saturday and Sunday nights from 10pm to 6am", 16),
        ("from 9 to 5, Monday to Friday", 40),  # guard: a day span, not a night one
    ],
)
def test_a_night_shift_ends_the_next_morning(text: str, hours: float) -> None:
    assert read_fields(SWIM, text, "hours")["hours"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("Sì, ma non tutte le notti", "nights", True),
        ("Yes, but not every night", "nights", True),
        ("Sí, pero no todas las semanas", "nights", True),
        # To a question about every time, the same limit is a no.
        ("Oui, mais pas tous les dimanches", "sundays", False),
        ("Yes, but not every Sunday", "sundays", False),
        # Guards.
        ("No, non tutte le notti", "nights", False),
        ("Yes", "sundays", True),
    ],
)
def test_a_yes_with_not_every_time(text: str, asked: str, value: bool) -> None:
    assert read_fields(SWIM, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize("text", ["vale, sin drama", "Nachts? Kein Ding.", "sure, no stress"])
def test_no_drama_is_a_yes(text: str) -> None:
    assert read_fields(SWIM, text, "nights")["nights"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("À tarde prefiro, de manhã tenho aula", "afternoon"),
        ("Por la tarde prefiero. Por la mañana trabajo", "afternoon"),
        ("Evening I'd prefer, mornings I'm at college", "evening"),
        # Guards: the verb before its choice still looks forward.
        ("Prefiro a tarde, de manhã tenho aula", "afternoon"),
        ("I prefer mornings, evenings are busy", "morning"),
    ],
)
def test_a_preference_verb_after_its_choice(text: str, choice: str) -> None:
    assert read_fields(SWIM, text, "slot")["slot"] == ("answered", choice)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Comecei a dar aulas de natação em março de 2019", 7.75),
        ("Empecé a dar clases en 2020", 6),
        ("I started teaching swimming at the lido in 2021", 5),
        ("J'ai commencé à enseigner la natation en septembre 2022", 4.25),
        ("Ho iniziato a insegnare in piscina nel 2017", 9),
        ("Ich habe 2016 als Schwimmlehrer angefangen", 10),
        # Guards: "since" as before, a date after no verb of starting is no duration, and
        # starting school is no start of work.
        ("Doy clases desde 2018", 8),
        ("I taught swimming for 2 years; I moved here in 2020", 2),
        ("Ho iniziato l'università nel 2019 e insegno nuoto da 2 anni", 2),
        ("I started college in 2021 and have taught swimming for 3 years", 3),
    ],
)
def test_a_start_said_with_its_verb_counts_to_today(
    monkeypatch: pytest.MonkeyPatch, text: str, years: float
) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    assert read_fields(SWIM, text, "years")["years"] == ("answered", years)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("two years at a lido and one at a school pool, so three in total", 3),
        ("3 years coaching plus a year lifeguarding, 4 altogether", 4),
        ("zwei Jahre im Verein und drei im Hallenbad, insgesamt fünf", 5),
        ("dos años en un club y uno en un colegio, en total tres", 3),
        # Guard: hours said "in total" are no years.
        ("3 years, and about 20 hours in total a week", 3),
    ],
)
def test_a_total_said_after_its_parts(text: str, years: float) -> None:
    assert read_fields(SWIM, text, "years")["years"] == ("answered", years)


@pytest.mark.parametrize(
    "text",
    [
        "Weiß ich noch nicht, das muss ich erst klären.",
        "No lo sé todavía, depende de mis clases",
        "je ne sais pas encore",
    ],
)
def test_not_knowing_yet_is_no_none(text: str) -> None:
    assert read_fields(SWIM, text, "years")["years"][0] == "vague"


def test_no_experience_is_still_none() -> None:
    assert read_fields(SWIM, "Keine Erfahrung, ich fange gerade an", "years")["years"] == (
        "none",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Darüber möchte ich erst im persönlichen Gespräch sprechen.",
        "Das sage ich erst beim Vorstellungsgespräch.",
    ],
)
def test_kept_for_the_interview_in_german_is_declined(text: str) -> None:
    assert read_fields(SWIM, text, "hours")["hours"] == ("declined", None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("I qualified three years ago and have taught swimming ever since", 3),
        ("Vor zwei Jahren habe ich den Schein gemacht und unterrichte seitdem", 2),
        ("Ho preso il brevetto 5 anni fa e da allora insegno", 5),
        ("J'ai eu mon brevet il y a deux ans et depuis j'enseigne", 2),
    ],
)
def test_years_ago_and_ever_since(text: str, years: float) -> None:
    assert read_fields(SWIM, text, "years")["years"] == ("answered", years)


def test_years_ago_alone_are_no_experience() -> None:
    assert read_fields(SWIM, "I moved to this town 3 years ago", "years")["years"][0] == "vague"


def test_a_start_date_to_come_is_left_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before, the words between the verb and the date were written twice.
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    text = "I started at the new pool in 2030"
    assert numerals.numbers_to_digits(text) == text.lower()
