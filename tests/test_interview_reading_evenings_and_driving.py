"""Reading classes the runs of this stop's blind sets missed, each on wordings and jobs of
its own (none copied from those sets).

Numbers: a count of evenings or nights in the German dative plural ("an zwei Abenden",
"drei Nächten") counts them, as "Abende" does. Choices: "I'd drive in" picks the car.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

BOWLING = JobSpec(
    title="Aushilfe (m/w/d) Kegelbahn – Gasthof Linde, Passau",
    fields=(
        FieldSpec(
            key="abende", label="Einsatzabende im Monat", type="number",
            question="An wie vielen Abenden im Monat könnten Sie aushelfen?",
        ),
        FieldSpec(
            key="naechte", label="Nachtdienste pro Woche", type="number",
            question="In wie vielen Nächten pro Woche können Sie arbeiten?",
        ),
        FieldSpec(
            key="anfahrt", label="Anreise", type="single_choice",
            choices=("car", "bus", "bicycle"),
            question="How would you get here: car, bus or bicycle?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("Vier Abende, meistens freitags", "abende", 4),
        ("an sechs Abenden", "abende", 6),
        ("Zwei Nächte", "naechte", 2),
        ("in drei Nächten, mehr nicht", "naechte", 3),
    ],
)
def test_evenings_and_nights_in_any_german_case_count(text: str, asked: str, value: int) -> None:
    assert read_fields(BOWLING, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize(
    "text", ["I'd drive in.", "I would drive, it's twenty minutes", "I'll drive"]
)
def test_driving_in_picks_the_car(text: str) -> None:
    assert read_fields(BOWLING, text, "anfahrt")["anfahrt"] == ("answered", "car")


def test_driving_named_for_no_travel_question_picks_nothing() -> None:
    assert "anfahrt" not in read_fields(BOWLING, "I'd drive the forklift if needed", "abende")
