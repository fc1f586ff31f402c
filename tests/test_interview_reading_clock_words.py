"""Reading classes the blind job sets still missed: noon and midnight as the ends of a
day's span ("das 7 ao meio-dia" had been vague), two close counts with a comma as a range
("seis, sete piscinas" had been 6 hours a week), hours said in a long story with no word
for work ("I leave the filter running 24 hours" had become the weekly hours), and a model
"none" grounded on a word that is no negation in the message's language (Portuguese "no"
is "in the": "Moro no Campeche" had recorded no pools a day).

Every wording and job here is new; each class has a guard: what must not change."""

from __future__ import annotations

import pytest

from server.interview.consult import apply_verdict
from server.interview.numerals import numbers_to_digits
from server.interview.readers.yes_no import negated
from server.interview.spec import FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

KIOSK = JobSpec(
    title="Beach kiosk helper",
    description="Drinks and ice cream at a beach kiosk.",
    fields=(
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="cones",
            label="Ice creams served per hour",
            type="number",
            question="How many ice creams can you serve in an hour?",
        ),
        FieldSpec(
            key="rush",
            label="A busy moment",
            type="long_text",
            question="Tell us how you handled a long queue.",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("De segunda a sexta, das 8 ao meio-dia.", 20),
        ("De lunes a sábado, de 9 a mediodía", 18),
        ("Monday to Friday, 8 till noon", 20),
        ("Du lundi au vendredi de 8h à midi", 20),
        ("Dal lunedì al venerdì, dalle 8 a mezzogiorno", 20),
        ("Montag bis Freitag von 8 bis mittags", 20),
        ("Saturday and Sunday from noon to 8", 16),
        ("Friday and Saturday from 6pm to midnight", 12),
        ("sábado y domingo, desde las 16 hasta la medianoche", 16),
        # Guard: a clock span of digits reads as before.
        ("Monday to Friday from 9 to 1", 20),
    ],
)
def test_noon_and_midnight_end_a_span_of_the_clock(text: str, hours: float) -> None:
    assert read_fields(KIOSK, text, "hours")["hours"] == ("answered", hours)


@pytest.mark.parametrize(
    "text",
    [
        # Guards: noon with no span is no number ("at noon I eat", "a mediodía como").
        "I can't work at noon, that's my lunch",
        "A mediodía como con mis hijos",
    ],
)
def test_noon_alone_is_no_number(text: str) -> None:
    assert "12" not in numbers_to_digits(text, "es" if "como" in text else "en")


def test_from_twelve_counts_into_the_afternoon() -> None:
    # "from 12 to 3" had been 15 hours: twelve is noon, and three comes after it.
    assert numbers_to_digits("from 12 to 3", "en") == "3 hours a day"


@pytest.mark.parametrize(
    ("text", "lang", "digits"),
    [
        ("unas cinco, seis horas", "es", "about 5 to 6 hours"),
        ("sette, otto gelati", "it", "7 to 8 gelati"),
        # Guards: a list goes on with "and"; far-apart numbers are two things.
        ("zones 4, 5 and 6", "en", "zones 4, 5 and 6"),
        ("in 2019, 3 shops", "en", "in 2019, 3 shops"),
    ],
)
def test_two_close_counts_with_a_comma_are_a_range(text: str, lang: str, digits: str) -> None:
    assert numbers_to_digits(text, lang) == digits


def test_a_range_of_another_thing_is_not_the_hours_asked() -> None:
    reading = read_fields(KIOSK, "Uns oito, nove sorvetes por hora, depende da fila.", "hours")
    assert reading.get("hours", ("vague", None))[1] is None


STORY = (
    "We had a queue of forty people after a football match. I opened the second freezer, "
    "asked my colleague to take the money while I served, and left the machine running "
    "6 hours straight without a break."
)


def test_hours_in_a_story_are_not_the_weekly_hours() -> None:
    # Told while another question is open (a candidate out of step with the questions).
    found = read_fields(KIOSK, STORY, "cones")
    assert "hours" not in found


@pytest.mark.parametrize(
    "text",
    [
        # Guards: hours beside a word for work, or in a short reply, still count unasked.
        "A long story short, the queue was gone in ten minutes, and by the way I am "
        "available 30 hours, not more, because of my studies at the university this year",
        "Media jornada, 20 horas. Y me corrijo: son dos años y medio de experiencia.",
        "Bon, disons 35 heures, samedi compris.",
    ],
)
def test_hours_offered_in_a_reply_still_count(text: str) -> None:
    assert read_fields(KIOSK, text, "cones")["hours"][0] == "answered"


@pytest.mark.parametrize(
    ("flat", "lang", "said_no"),
    [
        ("moro no campeche", "pt", False),
        ("je commence en mai", "fr", False),
        ("ne ho fatti tre", "it", False),
        ("nao tenho", "pt", True),
        ("je ne peux pas", "fr", True),
        ("non mai", "it", True),
        ("no tengo", "es", True),
    ],
)
def test_a_negation_is_one_in_the_message_language(flat: str, lang: str, said_no: bool) -> None:
    assert negated(flat, lang) is said_no


QUIOSQUE = JobSpec(
    title="Ajudante de quiosque de praia",
    description="Bebidas e sorvetes num quiosque na praia.",
    fields=(
        FieldSpec(
            key="sorvetes",
            label="Sorvetes servidos por hora",
            type="number",
            question="Quantos sorvetes você consegue servir por hora?",
        ),
    ),
)


def test_a_model_none_needs_a_negation_of_the_message_language() -> None:
    field = QUIOSQUE.field("sorvetes")
    lives = read_message(QUIOSQUE, "Moro no Campeche.", "sorvetes")
    assert lives.lang == "pt"
    assert apply_verdict(lives, field, "does_not_have").findings["sorvetes"].status != "none"
    never = read_message(QUIOSQUE, "Nunca vendi sorvete.", "sorvetes")
    assert apply_verdict(never, field, "does_not_have").findings["sorvetes"].status == "none"
