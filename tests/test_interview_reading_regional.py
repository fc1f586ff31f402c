"""Catalan and Galician mixed into answers to a Spanish or Portuguese job: read in the
job's language, with their number and unit words put in its words first ("Porto cinc anys
treballant…" had been vague; "Corenta horas" too). py3langid tells them apart; a message
is read this way only when it is surely Catalan or Galician and the job is in Spanish or
Portuguese.

A unit word of one of the six languages inside a reply in another ("I can do 30 horas
por semana") is read in the language that makes it a unit.

Every wording and job here is new; guards: what must not change."""

from __future__ import annotations

import pytest

from server.interview import languages
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields


def _job(title: str, years: str, hours: str) -> JobSpec:
    return JobSpec(
        title=title,
        description=title,
        fields=(
            FieldSpec(key="years", label=years, type="years"),
            FieldSpec(key="hours", label=hours, type="hours_per_week"),
        ),
    )


CAMPING = _job(
    "Recepcionista de camping en la Costa Brava",
    "Experiencia en recepción (años)",
    "Horas semanales",
)
HORTA = _job(
    "Ajudante de horta biológica em Braga",
    "Experiência em agricultura (anos)",
    "Horas por semana",
)


@pytest.mark.parametrize(
    ("job", "text", "key", "value"),
    [
        (CAMPING, "Porto cinc anys treballant de recepcionista en un hotel de Girona", "years", 5),
        (CAMPING, "Unes trenta hores, mes o menys, perquè estudio a la tarda", "hours", 30),
        (CAMPING, "Vint-i-cinc hores a la setmana, si pot ser als matins", "hours", 25),
        (CAMPING, "Fa tres anys i mig que treballo a la recepció d'un càmping", "years", 3.5),
        (
            HORTA,
            "Corenta horas á semana, xornada completa como no meu traballo de agora",
            "hours",
            40,
        ),
        (HORTA, "Levo traballando na horta da miña avoa dende 2020", "years", 6),
    ],
)
def test_catalan_and_galician_numbers_in_a_spanish_or_portuguese_job(
    job: JobSpec, text: str, key: str, value: float
) -> None:
    status, got = read_fields(job, text, key)[key]
    assert status == "answered"
    assert got == pytest.approx(value, abs=0.1)


def test_only_a_message_surely_in_catalan_or_galician_is_read_so() -> None:
    catalan = "Porto cinc anys treballant de recepcionista en un hotel de Girona"
    assert languages.guess(catalan, "es") == "es"
    # Guards: other languages keep their own reading; an Italian job's message stays Italian.
    assert languages.guess("Preferisco non dirlo, se possibile.", "it") == "it"
    assert languages.guess("Tengo tres años de experiencia en recepción", "es") == "es"
    assert languages.guess("Tenho dois anos de experiência na horta", "pt") == "pt"
    assert languages.regional("Ho lavorato tre anni in un campeggio") is None


SHUTTLE = JobSpec(
    title="Airport shuttle driver",
    description="Driving guests between the airport and three hotels.",
    fields=(
        FieldSpec(key="years", label="Years of driving experience", type="years"),
        FieldSpec(key="hours", label="Hours per week", type="hours_per_week"),
        FieldSpec(key="rate", label="Expected hourly rate (£)", type="number"),
    ),
)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("I can do 35 horas por semana, more in winter", "hours", 35),
        ("ok so 28 Stunden, maybe a bit more when the season starts", "hours", 28),
        ("I drove a taxi for 6 anos back home, then moved here", "years", 6),
        ("around 20 heures, depends on the kids' school", "hours", 20),
    ],
)
def test_a_unit_in_another_language_inside_an_english_reply(
    text: str, key: str, value: float
) -> None:
    status, got = read_fields(SHUTTLE, text, key)[key]
    assert (status, got) == ("answered", value)


def test_an_english_amount_is_no_foreign_unit() -> None:
    # Guard: "an" is French for a year, but "£12 an hour" is a rate, not twelve years.
    found = read_fields(SHUTTLE, "£12 an hour would be fine for me", "rate")
    assert found.get("years") is None
