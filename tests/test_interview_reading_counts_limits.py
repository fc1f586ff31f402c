"""Counts per period that the period cannot hold, and years of the calendar that count
nothing.

"8 Tage die Woche 😄" is no number of days a week: it is invalid, and asked again.
"Valid until 2027" said while nights a week are asked is a date, not 2027 nights.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

PORTIER = JobSpec(
    title="Nachtportier (m/w/d) – Hotel am Dom, Köln",
    description="Empfang, Check-in und Rundgänge in der Nacht.",
    fields=(
        FieldSpec(
            key="naechte", label="Nächte pro Woche", type="number",
            question="Wie viele Nächte pro Woche können Sie arbeiten?",
        ),
        FieldSpec(
            key="stunden_tag", label="Stunden pro Tag", type="number",
            question="Wie viele Stunden pro Tag können Sie arbeiten?",
        ),
        FieldSpec(
            key="zimmer", label="Zimmer im Hotel", type="number",
            question="In einem Hotel mit wie vielen Zimmern haben Sie gearbeitet?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("key", "text"),
    [("naechte", "8 Tage die Woche 😄"), ("naechte", "2027"), ("stunden_tag", "30 Stunden")],
)
def test_more_than_the_period_holds_is_invalid(key: str, text: str) -> None:
    assert read_fields(PORTIER, text, key)[key] == ("invalid", None)


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [("naechte", "sieben", 7), ("stunden_tag", "12 Stunden", 12), ("zimmer", "240 Zimmer", 240)],
)
def test_counts_the_period_holds_are_kept(key: str, text: str, value: float) -> None:
    assert read_fields(PORTIER, text, key)[key] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, first aid certificate from my security job, valid until 2027.",
        "Ersthelfer-Schein habe ich seit 2019",
    ],
)
def test_a_year_of_the_calendar_counts_nothing(text: str) -> None:
    assert read_fields(PORTIER, text, "naechte").get("naechte", ("vague",))[0] != "answered"


STAGIONE = JobSpec(
    title="Aiuto bagnino – Lido Azzurro, Rimini",
    description="Sorveglianza della spiaggia e noleggio ombrelloni.",
    fields=(
        FieldSpec(
            key="mesi", label="Mesi disponibili", type="number",
            question="Per quanti mesi puoi lavorare durante la stagione?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Tutta la stagione no, ma da aprile a fine agosto sì.", 5),
        ("From mid-April to the end of September", 5.5),
        ("de junio a agosto", 3),
        ("von Mai bis Oktober", 6),
        ("de mi-avril à fin septembre", 5.5),
        ("de maio até setembro", 5),
    ],
)
def test_the_months_from_one_named_month_to_another(text: str, months: float) -> None:
    assert read_fields(STAGIONE, text, "mesi")["mesi"] == ("answered", months)


def test_months_said_as_a_number_win_over_the_span() -> None:
    assert read_fields(STAGIONE, "Da maggio a settembre, quindi 4 mesi", "mesi")["mesi"] == (
        "answered",
        4,
    )


@pytest.mark.parametrize(
    ("text", "nights"),
    [("Tutte le notti tranne la domenica.", 6), ("Every night except Sunday", 6)],
)
def test_every_night_but_some_counts_the_nights(text: str, nights: float) -> None:
    assert read_fields(PORTIER, text, "naechte")["naechte"] == ("answered", nights)


def test_weeks_are_no_number_of_nights_a_week() -> None:
    text = "Ja, ich habe extra Urlaub genommen, die ganzen sechs Wochen."
    assert "naechte" not in read_fields(PORTIER, text, "zimmer")
