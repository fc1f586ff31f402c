"""More reading classes from the first runs of jobs_blind18 and jobs_blind19: an age is no
experience ("me mudei aos quinze anos" had been 15 years), the age since which and the
age now make the years ("depuis mes 18 ans, j'en ai 31" is 13), a course's length is no
experience, "instead of" in the six languages takes a number back ("lieber 30 statt 35"),
a correction's new number belongs to the field it corrects and not also to the question
asked, German "eins" is 1, and Italian "non ne ho" is a "none".

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, FieldState, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply


def _job(title: str, years: str, years_q: str, extra: tuple[FieldSpec, ...] = ()) -> JobSpec:
    return JobSpec(
        title=title,
        description=title,
        fields=(FieldSpec(key="years", label=years, type="years", question=years_q), *extra),
    )


PANADERIA = _job(
    "Panadero para obrador artesano en Valladolid",
    "Experiencia como panadero (años)",
    "¿Cuántos años llevas trabajando de panadero?",
)
CHAUFFEUR = _job(
    "Chauffeur livreur pour une boulangerie industrielle à Lille",
    "Ancienneté du permis (années)",
    "Depuis combien d'années avez-vous le permis ?",
)
SARTO = _job(
    "Aiuto sarto per una sartoria di Napoli",
    "Esperienza in sartoria (anni)",
    "Quanti anni di esperienza hai in sartoria?",
)
KIOSK = JobSpec(
    title="Verkäufer am Zeitungskiosk im Hauptbahnhof Leipzig",
    description="Verkauf von Zeitungen, Snacks und Fahrkarten im Schichtdienst.",
    fields=(
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
        FieldSpec(
            key="samstage", label="Samstage im Monat", type="number",
            question="An wie vielen Samstagen im Monat können Sie arbeiten?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "text", "years"),
    [
        (CHAUFFEUR, "Depuis mes 19 ans, et j'en ai 34 aujourd'hui", 15),
        (SARTO, "Da quando avevo 16 anni, ne ho 40 adesso", 24),
        (PANADERIA, "Desde los 20, ahora tengo 29", 9),
    ],
)
def test_the_age_since_and_the_age_now_make_the_years(job: JobSpec, text: str, years: int) -> None:
    assert read_fields(job, text, "years")["years"] == ("answered", years)


@pytest.mark.parametrize(
    ("job", "text"),
    [
        (PANADERIA, "Me vine a Valladolid a los dieciséis años y trabajo en una frutería"),
        (SARTO, "Ho imparato a cucire a 12 anni, me lo ha insegnato mia nonna"),
    ],
)
def test_an_age_is_no_experience(job: JobSpec, text: str) -> None:
    assert read_fields(job, text, None).get("years") is None


def test_years_after_an_age_word_that_say_what_was_done_still_count() -> None:
    # Guard: "a los 3 años de empezar" is not an age; "tres años de panadero" is experience.
    assert read_fields(PANADERIA, "Llevo tres años de panadero", "years")["years"] == (
        "answered",
        3,
    )


@pytest.mark.parametrize(
    ("job", "text", "status"),
    [
        (SARTO, "Esperienza vera non ne ho, ho fatto un corso di 6 mesi in estate", "none"),
        (PANADERIA, "Hice un curso de 4 meses y luego 2 años en un obrador", "answered"),
    ],
)
def test_a_course_length_is_no_experience(job: JobSpec, text: str, status: str) -> None:
    found = read_fields(job, text, "years")["years"]
    assert found[0] == status
    if status == "answered":
        assert found[1] == 2


@pytest.mark.parametrize(
    ("text", "lang_hint"),
    [
        ("Lieber 25 statt 30, ich pflege meine Mutter", "de"),
        ("Mejor 25 en lugar de 30", "es"),
        ("Plutôt 25 au lieu de 30", "fr"),
        ("Meglio 25 invece di 30", "it"),
        ("Prefiro 25 em vez de 30", "pt"),
    ],
)
def test_instead_of_takes_a_number_back(text: str, lang_hint: str) -> None:
    job = JobSpec(
        title=KIOSK.title, description=KIOSK.description, fields=(KIOSK.field("stunden"),)
    )
    assert read_fields(job, text, "stunden")["stunden"] == ("answered", 25), lang_hint


async def test_a_corrected_number_is_not_also_the_question_asked() -> None:
    state, _ = start(KIOSK)
    state.fields["stunden"] = FieldState(status="answered", value=30, evidence="30 Stunden")
    text = "Zwei, denke ich. Ach ja, die Stunden: lieber 25 statt 30, wegen der Kinder."
    state = await reply(state, KIOSK, "samstage", text)
    assert state.fields["stunden"].value == 25
    assert state.fields["samstage"].value == 2


def test_german_eins_is_one() -> None:
    found = read_fields(KIOSK, "Samstags eher ungern, wenn es sein muss eins", "samstage")
    assert found["samstage"] == ("answered", 1)
    # Guard: the article is no number.
    assert read_fields(KIOSK, "Ein paar vielleicht", "samstage")["samstage"][0] != "answered"
