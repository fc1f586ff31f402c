"""Pay said per another period than the field's: a year's pay on a monthly salary ("Sobre
16.800 al año brutos" had been stored as 16,800 a month), a day's pay on an hourly wage
with the day's hours said ("100 euros brut par jour, sur une base de 7 heures" had been
100 an hour), and a period that cannot be converted (a day's pay with no hours, an hourly
rate for a monthly salary, net pay for a gross salary), which is asked again rather than
stored.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

SHOP = JobSpec(
    title="Fishmonger's assistant",
    description="Fresh fish counter at a covered market.",
    fields=(
        FieldSpec(
            key="monthly",
            label="Expected gross monthly salary (€)",
            type="number",
            question="What gross monthly salary do you expect, in euros?",
        ),
        FieldSpec(
            key="hourly",
            label="Hourly wage wanted (€)",
            type="number",
            question="What hourly wage would you want, in euros?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sobre 16.800 al año brutos", 1400),
        ("about 18,000 a year gross", 1500),
        ("16.800 al año en 14 pagas", 1200),
        ("24.000 brutto im Jahr", 2000),
        ("1.500 brutos al mes", 1500),  # guard: already monthly
        ("1300", 1300),  # guard: no period said
    ],
)
def test_a_years_pay_on_a_monthly_salary(text: str, value: float) -> None:
    assert read_fields(SHOP, text, "monthly")["monthly"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je demande 100 euros brut par jour, sur une base de 7 heures", 14.29),
        ("120 a day for an 8 hour day", 15),
        ("quatorze euros de l'heure", 14),  # guard
    ],
)
def test_a_days_pay_with_its_hours_on_an_hourly_wage(text: str, value: float) -> None:
    assert read_fields(SHOP, text, "hourly")["hourly"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("100 euros par jour", "hourly"),
        ("unos 9 euros la hora", "monthly"),
        # Net pay for a gross salary is asked again for the gross.
        ("1.500 netos al mes", "monthly"),
    ],
)
def test_a_period_that_cannot_be_converted_is_asked_again(text: str, key: str) -> None:
    job = JobSpec(title=SHOP.title, description=SHOP.description, fields=(SHOP.field(key),))
    assert read_fields(job, text, key)[key][0] == "vague"


def test_pay_said_aside_fills_only_the_field_of_its_period() -> None:
    # "9 euros la hora" asked for the monthly salary is the hourly wage, and a year's pay
    # is no hourly wage.
    assert read_fields(SHOP, "unos 9 euros la hora", "monthly") == {"hourly": ("answered", 9)}
    assert "hourly" not in read_fields(SHOP, "24.000 brutto im Jahr", "monthly")
