"""Reading classes the first runs of jobs_blind86 to jobs_blind93 showed, each on wordings
and jobs of its own (none copied from those sets).

A bare no said in candour ("a dire il vero no") is a no whatever the next clause says; a
choice whose words are turned down ("non ho bisogno di alloggio") is not picked; a question
the candidate asks names no choice; a choice taken back ("scratch the part time") gives way
to the one after it, and the English "car" is no French "because"; a time of day the
candidate is busy with classes is no shift wished for; "two" put right is no "both".
Years held are read from two ages ("at 17, I'm 29 now"); a count of seasons from the one
the candidate started in; a notice period is no time worked. "Yes, but I'd rather not do
every night" is a yes; a compound that shares only its head with the label's
("Fischräucherei", "Fischereischein") does not name it.
"""

from __future__ import annotations

import pytest

from server.interview.numerals import today
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

CILIEGIE = JobSpec(
    title="Raccoglitore/raccoglitrice di ciliegie – Vignola (MO)",
    fields=(
        FieldSpec(
            key="scala", label="Lavoro sulla scala", type="yes_no",
            question="Te la senti di lavorare sulla scala tutto il giorno?",
        ),
        FieldSpec(
            key="alloggio", label="Alloggio", type="single_choice",
            choices=("ho bisogno di alloggio", "ho già un alloggio", "abito in zona"),
            question="Per l'alloggio: ti serve, ne hai già uno o abiti in zona?",
        ),
        FieldSpec(
            key="stagioni", label="Stagioni di raccolta", type="number",
            question="Quante stagioni di raccolta hai fatto?",
        ),
        FieldSpec(
            key="turno", label="Turno preferito", type="single_choice",
            choices=("mattina", "pomeriggio", "indifferente"),
            question="Quale turno preferisci: mattina, pomeriggio o indifferente?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
    ),
)  # fmt: skip

DRIVER = JobSpec(
    title="Minibus Driver – Riverside Day Centre, Reading",
    fields=(
        FieldSpec(
            key="licence_years", label="Years holding a full licence", type="years",
            question="How many years have you held a full driving licence?",
        ),
        FieldSpec(
            key="nights", label="Night shifts", type="yes_no",
            question="Can you work night shifts?",
        ),
        FieldSpec(
            key="contract", label="Contract", type="single_choice",
            choices=("full time", "part time", "weekends only"),
            question="Which contract would you like: full time, part time or weekends only?",
        ),
        FieldSpec(
            key="transport", label="Getting to the depot", type="single_choice",
            choices=("own car", "bicycle", "a lift", "bus"),
            question="How would you get to the depot: own car, bicycle, a lift or bus?",
        ),
        FieldSpec(
            key="shift", label="Preferred shift", type="single_choice",
            choices=("morning", "afternoon", "no preference"),
            question="Which shift would you prefer: morning, afternoon or no preference?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
)  # fmt: skip

MARCHE = JobSpec(
    title="Vendeur / Vendeuse sur les marchés – Fromagerie du Lac, Annecy",
    fields=(
        FieldSpec(
            key="marches", label="Marchés souhaités", type="single_choice",
            choices=("marché du mardi", "marché du samedi", "les deux"),
            question="Quel marché vous intéresse : mardi, samedi ou les deux ?",
        ),
        FieldSpec(
            key="dimanches", label="Dimanches par mois", type="number",
            question="Combien de dimanches par mois pouvez-vous travailler ?",
        ),
    ),
)  # fmt: skip

TEICH = JobSpec(
    title="Helfer/in Teichwirtschaft – Karpfenhof Lausitz",
    fields=(
        FieldSpec(
            key="fischereischein", label="Fischereischein", type="yes_no",
            question="Haben Sie einen Fischereischein?",
        ),
        FieldSpec(
            key="fuehrerschein", label="Führerschein Klasse B", type="yes_no",
            question="Haben Sie den Führerschein Klasse B?",
        ),
        FieldSpec(
            key="erfahrung", label="Erfahrung in der Landwirtschaft (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung haben Sie in der Landwirtschaft?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "text", "asked", "value"),
    [
        (CILIEGIE, "A dire il vero no, sulla scala mi gira la testa", "scala", False),
        (CILIEGIE, "A dire il vero no. Sulla scala tutto il giorno mi viene male", "scala", False),
        (DRIVER, "To be honest, no, night shifts wreck my sleep", "nights", False),
        (TEICH, "Ehrlich gesagt nein, den Fischereischein will ich erst machen",
         "fischereischein", False),
        (CILIEGIE, "A dire il vero sì, sulla scala mi trovo bene", "scala", True),
    ],
)  # fmt: skip
def test_a_no_said_in_candour_is_a_no(job: JobSpec, text: str, asked: str, value: bool) -> None:
    assert read_fields(job, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Non ho bisogno di alloggio, ho già una casa a Vignola",
        "Ho una roulotte e me la porto, quindi alloggio non ho bisogno",
    ],
)
def test_a_choice_whose_words_are_turned_down_is_not_picked(text: str) -> None:
    found = read_fields(CILIEGIE, text, "alloggio").get("alloggio")
    assert found is None or found[1] != "ho bisogno di alloggio"


def test_a_choice_whose_words_are_said_is_still_picked() -> None:
    assert read_fields(CILIEGIE, "Sì, ho bisogno di alloggio", "alloggio")["alloggio"] == (
        "answered",
        "ho bisogno di alloggio",
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Before I answer, how much is the rate for weekends?", "contract"),
        ("Quick one: what's the pay for the afternoon shift?", "shift"),
    ],
)
def test_a_question_the_candidate_asks_names_no_choice(text: str, asked: str) -> None:
    assert asked not in read_fields(DRIVER, text, asked)


@pytest.mark.parametrize(
    ("text", "asked", "key", "value"),
    [
        ("Bicycle. Actually no, I got a car last month, so own car.", "transport", "transport",
         "own car"),
        ("Actually scratch the part time, full time works for me", "contract", "contract",
         "full time"),
        ("Part time. Forget the part time, weekends only", "contract", "contract",
         "weekends only"),
    ],
)  # fmt: skip
def test_a_choice_taken_back_gives_way_to_the_one_after(
    text: str, asked: str, key: str, value: str
) -> None:
    assert read_fields(DRIVER, text, asked)[key] == ("answered", value)


def test_a_time_of_day_kept_for_classes_is_no_shift_wished_for() -> None:
    found = read_fields(
        DRIVER, "30 hours. Actually make it 25, I have college on Thursday afternoons", "hours"
    )
    assert found["hours"] == ("answered", 25)
    assert "shift" not in found


def test_two_put_right_is_no_choice_of_both() -> None:
    found = read_fields(MARCHE, "Trois dimanches. Ah non, plutôt deux, désolé.", "dimanches")
    assert found["dimanches"] == ("answered", 2)
    assert "marches" not in found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Got it at 17, I'm 29 now", 12),
        ("I passed my test at 18 and I am 40 now", 22),
        ("La saqué a los 18 y ahora tengo 25", 7),
        ("Presa a 19 anni, ora ne ho 33", 14),
    ],
)
def test_years_held_are_read_from_two_ages(text: str, years: int) -> None:
    assert read_fields(DRIVER, text, "licence_years")["licence_years"] == ("answered", years)


def test_a_count_of_seasons_is_read_from_the_season_one_started_in() -> None:
    found = read_fields(CILIEGIE, "Raccolgo ciliegie dalla stagione 2020/21, ogni anno", "stagioni")
    assert found["stagioni"] == ("answered", today().year - 2020)


def test_a_notice_period_is_no_time_worked() -> None:
    found = read_fields(TEICH, "Meine Kündigungsfrist beträgt drei Monate.", "erfahrung")
    assert found.get("erfahrung", ("vague", None))[1] != 0.25


def test_a_yes_with_a_limit_it_would_rather_keep_is_a_yes() -> None:
    text = "Yes, but I'd rather not do every night, two or three a week would be ideal"
    assert read_fields(DRIVER, text, "nights")["nights"] == ("answered", True)


def test_a_compound_sharing_only_its_head_names_no_other_field() -> None:
    found = read_fields(
        TEICH, "Moin, Führerschein ja, und ich war drei Jahre in einer Fischräucherei.", None
    )
    assert found["fuehrerschein"] == ("answered", True)
    assert "fischereischein" not in found
