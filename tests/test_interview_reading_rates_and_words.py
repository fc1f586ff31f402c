"""Reading classes a fresh blind job set (tests/data/jobs_blind17.json) missed on its first
run: a day rate described by its hours ("Expected day rate", "for a 10-hour call", had been
read as per hour, "£250/day" as 10), an hourly rate times the call's hours, a month's pay
with the week's hours for an hourly wage, "3 calls a week, 10 hrs each", "Vier Tage à 7,5
Stunden", "trois quarts d'heure", "kilómetro y medio", "4 ans, pas 5" (the 5 had gone to a
minutes field), ordinals counting nothing, "50-Liter-Fässer" counting no hours, hours
sought ("ich suche 35-40 Stunden") in a long reply, "menos el de noche" turning a choice
down, a choice's words in another order ("CDI plein temps"), "je ne dirais pas non", "mas
sábados nunca", and the model picking a choice for a reply that gives a quantity.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import json

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

CREW = JobSpec(
    title="Film set runner",
    description="Runners for a film crew.",
    fields=(
        FieldSpec(
            key="day_rate",
            label="Expected day rate (£)",
            type="number",
            description="Pay for one standard 11-hour day on set, in pounds.",
        ),
        FieldSpec(key="hourly", label="Hourly wage wanted (€ gross)", type="number"),
        FieldSpec(key="hours", label="Hours per week", type="hours_per_week"),
        FieldSpec(key="commute", label="Commute (minutes)", type="number"),
        FieldSpec(key="distance", label="Distance (km)", type="number"),
        FieldSpec(key="years", label="Years on film sets", type="years"),
        FieldSpec(
            key="shift",
            label="Preferred shift",
            type="single_choice",
            choices=("early", "late", "night"),
            question="Which shift do you prefer: early, late or night?",
        ),
        FieldSpec(
            key="contract",
            label="Contract",
            type="single_choice",
            choices=("full time permanent", "part time permanent", "fixed term"),
            question="Which contract: full time permanent, part time permanent or fixed term?",
        ),
        FieldSpec(
            key="cold",
            label="Works outdoors in the cold",
            type="yes_no",
            question="Can you work outdoors in the cold?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("My rate's £220/day for an 11-hr day.", "day_rate", 220),
        ("I charge £20/hr, so whatever that is for an 11 hour day", "day_rate", 220),
        ("2.600 brutto im Monat bei 40 Stunden", "hourly", 15),
        ("Usually 4 shoots a week, 8 hrs each", "hours", 32),
        ("Drei Tage à 7,5 Stunden", "hours", 22.5),
        ("trois quarts d'heure", "commute", 45),
        ("A kilómetro y medio, voy andando", "distance", 1.5),
        ("25", "commute", 25),  # guard
        ("15e de l'heure", "hourly", 15),  # guard: "15e" is euros, no ordinal
    ],
)
def test_rates_and_amounts_in_words(text: str, key: str, value: float) -> None:
    status, got = read_fields(CREW, text, key)[key]
    assert status == "answered"
    assert got == pytest.approx(value, abs=0.01)


def test_a_number_taken_back_keeps_its_unit() -> None:
    found = read_fields(
        CREW, "Petite correction : c'était 4 ans, pas 5, la 5e année j'étais ailleurs.", "commute"
    )
    assert found.get("years") == ("answered", 4)
    assert "commute" not in found


def test_a_hyphenated_count_is_no_hours() -> None:
    found = read_fields(CREW, "50-Liter-Fässer heben ist kein Thema", "hours")
    assert found.get("hours", ("vague", None))[1] != 50


def test_hours_sought_in_a_long_reply_count() -> None:
    text = (
        "Hi, kurz vorweg: ich bin seit zwei Jahren Runner bei einer Produktionsfirma in "
        "Berlin, Kälte ist okay und ich suche 35-40 Stunden."
    )
    assert read_fields(CREW, text, "cold")["hours"] == ("answered", {"min": 35, "max": 40})


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Whichever, anything but the night", "shift", None),
        ("El que sea menos el de noche", "shift", None),
        ("permanent full time", "contract", "full time permanent"),
        ("Nights, but early is better", "shift", "early"),  # guard: "but" turns nothing down
    ],
)
def test_choices_turned_down_or_reordered(text: str, key: str, value: str | None) -> None:
    found = read_fields(CREW, text, key).get(key, ("vague", None))
    assert found[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je ne dirais pas non au froid, j'ai l'habitude.", True),
        ("I wouldn't say no to that", True),
        ("No, nunca", False),  # guard
    ],
)
def test_double_negatives_and_never(text: str, value: bool) -> None:
    assert read_fields(CREW, text, "cold")["cold"] == ("answered", value)


async def test_the_model_picks_no_choice_for_a_quantity() -> None:
    engine = ScriptedEngine(responder=lambda request: json.dumps({"answer": "late"}))
    told = await understand(
        engine, CREW, "I must give fifteen days of notice before starting", "shift"
    )
    assert getattr(told.findings.get("shift"), "status", None) != "answered"
