"""Reading classes a fresh blind job set (tests/data/jobs_blind16.json) missed on its first
run: thousands grouped with a plain space before money ("2 100 € brut" had been 100), a
day in two spans ("de 8h à 12h puis de 14h à 18h" had been 4 hours), a count said per
another period than the field's ("35h par semaine sur 5 jours" for hours a day, "una
trentina a settimana, lavorando 5 giorni" for jobs a day), "de 9 a 13h", "Saturday and
Sunday, eight hours each day" (56 before), months paid 14 times a year, net pay for a
gross salary (asked again), an age after a name ("Karim, 42 ans, …" had been 42 years of
experience), a notice period that is no experience, a "later" start choice and the
longest wait said, the main choice of two ("Fanuc, sobretudo"; "la mañana porfa"), "I'd
rather not" as a no to a yes/no question, not feeling comfortable saying as a refusal,
"niente di che" as no story rather than none, and the model's "no preference" or pick for
a bare amount.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import json

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from tests.helpers.reading import read_fields

SCHOOL = JobSpec(
    title="Moniteur d'équitation",
    description="Centre équestre.",
    fields=(
        FieldSpec(key="salaire", label="Salaire brut mensuel (€)", type="number"),
        FieldSpec(key="jour", label="Heures de cours par jour", type="number"),
        FieldSpec(key="reprises", label="Reprises par jour", type="number"),
        FieldSpec(key="annees", label="Années d'enseignement", type="years"),
        FieldSpec(key="semaine", label="Heures par semaine", type="hours_per_week"),
        FieldSpec(
            key="nuit",
            label="Surveillance de nuit",
            type="yes_no",
            question="Pouvez-vous assurer la surveillance de nuit des chevaux ?",
        ),
        FieldSpec(
            key="debut",
            label="Début",
            type="single_choice",
            choices=("tout de suite", "sous 2 semaines", "sous 4 semaines", "plus tard"),
            question="Quand pourriez-vous commencer ?",
        ),
        FieldSpec(
            key="discipline",
            label="Discipline principale",
            type="single_choice",
            choices=("dressage", "saut", "indifférent"),
            question="Quelle discipline enseignez-vous surtout ?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="chute", question="Racontez une chute d'élève et ce que vous avez fait."
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2 100 € brut", "salaire", 2100),
        ("Autour de 2 300 brut.", "salaire", 2300),
        ("Je vise 24 000 € brut par an.", "salaire", 2000),
        ("En général de 8h à 12h puis de 14h à 18h.", "jour", 8),
        ("35h par semaine sur 5 jours", "jour", 7),
        ("Une trentaine par semaine, sur 5 jours", "reprises", 6),
        ("six par jour", "reprises", 6),  # guard
        ("Samedi et dimanche, huit heures chaque jour", "semaine", 16),
        ("8 heures par jour du lundi au vendredi", "semaine", 40),  # guard
    ],
)
def test_amounts_spans_and_periods(text: str, key: str, value: float) -> None:
    assert read_fields(SCHOOL, text, key)[key] == ("answered", value)


def test_a_plain_space_groups_thousands_only_before_money() -> None:
    from server.interview.numerals import numbers_to_digits

    assert numbers_to_digits("I worked 2 300 hours", "en") == "i worked 2 300 hours"


def test_months_paid_fourteen_times_make_a_year() -> None:
    job = JobSpec(
        title="Fibra",
        description="FTTH.",
        fields=(FieldSpec(key="ral", label="RAL lordo annuo (€)", type="number"),),
    )
    found = read_fields(job, "metti 2.000 lordi al mese per 14 mensilità", "ral")
    assert found["ral"] == ("answered", 28000)
    assert read_fields(job, "1.800 netti al mese", "ral")["ral"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Bonjour, je me présente : Karim, 42 ans, moniteur depuis 2010.", 16),
        ("Hi, I'm Tom, 35 years old, teaching riding for 6 years.", 6),
    ],
)
def test_an_age_after_a_name_is_not_experience(
    monkeypatch: pytest.MonkeyPatch, text: str, years: float
) -> None:
    from datetime import date

    from server.interview import numerals

    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 4))
    assert read_fields(SCHOOL, text, "annees")["annees"] == ("answered", years)


def test_a_notice_period_is_no_experience() -> None:
    found = read_fields(SCHOOL, "I have to work out a two month notice period, sorry.", "debut")
    assert "annees" not in found
    assert found["debut"] == ("answered", "plus tard")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Un mois de préavis, donc réalistement dans six semaines.", "plus tard"),
        ("dans trois semaines", "sous 4 semaines"),
        ("tout de suite", "tout de suite"),  # guard
    ],
)
def test_the_longest_wait_and_a_later_choice(text: str, choice: str) -> None:
    assert read_fields(SCHOOL, text, "debut")["debut"] == ("answered", choice)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Dressage, surtout. Un peu de saut aussi.", "dressage"),
        ("le saut s'il vous plaît, le dressage m'ennuie", "saut"),
    ],
)
def test_the_main_choice_of_two(text: str, choice: str) -> None:
    assert read_fields(SCHOOL, text, "discipline")["discipline"] == ("answered", choice)


def test_rather_not_is_a_no_and_not_comfortable_saying_is_a_refusal() -> None:
    assert read_fields(SCHOOL, "La nuit je préfère pas", "nuit")["nuit"] == ("answered", False)
    assert read_fields(SCHOOL, "Je préfère ne pas le dire", "nuit")["nuit"][0] == "declined"
    refused = read_fields(SCHOOL, "Je ne suis pas à l'aise pour donner un chiffre.", "salaire")
    assert refused["salaire"][0] == "declined"


def test_nothing_special_is_no_none_for_an_open_question() -> None:
    found = read_fields(SCHOOL, "Bof, une petite chute au club, rien de spécial.", "chute")
    assert found.get("chute", ("vague", None))[0] != "none"


async def test_the_model_picks_no_preference_only_in_words_for_it() -> None:
    engine = ScriptedEngine(responder=lambda request: json.dumps({"answer": "indifférent"}))
    listed = await understand(engine, SCHOOL, "Galop 7, et je passe le BPJEPS", "discipline")
    assert getattr(listed.findings.get("discipline"), "status", None) != "answered"
    amount = await understand(engine, SCHOOL, "32k", "discipline")
    assert getattr(amount.findings.get("discipline"), "status", None) != "answered"
