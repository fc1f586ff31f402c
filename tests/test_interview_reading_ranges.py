"""A range with no unit after it: "between 20 and 30" to a question on hours is the range,
as "20-30" and "20 to 30" are (it had been 20); a count keeps one value within it.
Guards: two numbers joined by "and" without "between" are no range."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

KITCHEN = JobSpec(
    title="Kitchen porter",
    description="A hotel kitchen.",
    fields=(
        FieldSpec(key="hours", label="Hours per week", type="hours_per_week"),
        FieldSpec(key="covers", label="Covers a night in your last kitchen", type="number"),
    ),
)
COCINA = JobSpec(
    title="Friegaplatos para la cocina del hotel",
    description="Buscamos una persona para fregar y ordenar la cocina del hotel.",
    fields=(
        FieldSpec(
            key="horas",
            label="Horas por semana",
            type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("job", "key", "text", "low", "high"),
    [
        (KITCHEN, "hours", "between 20 and 30", 20, 30),
        (KITCHEN, "hours", "between 25 and 30 but more over Christmas", 25, 30),
        (KITCHEN, "covers", "between 80 and 120 on a Saturday", 80, 120),
        (COCINA, "horas", "entre 20 y 30, depende del mes", 20, 30),
    ],
)
def test_between_two_numbers_is_a_range(
    job: JobSpec, key: str, text: str, low: float, high: float
) -> None:
    status, value = read_fields(job, text, key)[key]
    assert status == "answered"
    if job.field(key).type == "number":  # a number field keeps one value, within the range
        assert low <= value <= high
    else:
        assert value == {"min": low, "max": high}


def test_two_numbers_joined_by_and_alone_are_no_range() -> None:
    _, value = read_fields(KITCHEN, "I did 20 and then 30 after the summer", "hours")["hours"]
    assert not isinstance(value, dict)


SALAO = JobSpec(
    title="Cabeleireira para salão de beleza no centro do Porto",
    description="Procuramos uma cabeleireira com experiência para o nosso salão.",
    fields=(
        FieldSpec(
            key="clientes", label="Clientes atendidas por dia", type="number",
            question="Quantas clientes costuma atender por dia?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="Quantas horas por semana pode trabalhar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "key", "low", "high"),
    [
        ("de 5 a 6", "clientes", 5, 6),
        ("de 10 a 12 clientes, depende do dia", "clientes", 10, 12),
        ("de 20 a 25", "horas", 20, 25),
    ],
)
def test_a_span_of_close_bare_numbers_is_amounts_not_clock_hours(
    text: str, key: str, low: float, high: float
) -> None:
    # "de 5 a 6" had been one hour of the day, and "de 20 a 25" five hours a day.
    status, value = read_fields(SALAO, text, key)[key]
    assert status == "answered"
    if isinstance(value, dict):
        assert (value["min"], value["max"]) == (low, high)
    else:
        assert low <= value <= high


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("de segunda a sexta, das 9h às 11h", 10),
        ("de segunda a sexta, das 9 às 14", 25),
    ],
)
def test_clock_spans_still_count_hours(text: str, hours: float) -> None:
    # Guards: a span marked with "h", or one long enough to be a stretch of the day.
    assert read_fields(SALAO, text, "horas")["horas"] == ("answered", hours)


def test_a_german_span_before_uhr_is_marked_as_clock_times() -> None:
    werk = JobSpec(
        title="Produktionshelfer in der Frühschicht",
        description="Wir suchen Helfer für unsere Produktion in der Frühschicht.",
        fields=(
            FieldSpec(
                key="stunden", label="Stunden pro Woche", type="hours_per_week",
                question="Wie viele Stunden pro Woche können Sie arbeiten?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(werk, "Montag bis Freitag von 8 bis 10 Uhr", "stunden")["stunden"] == (
        "answered",
        10,
    )
