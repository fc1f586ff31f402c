"""A choice named by an example the question gives it in brackets, a unit at the end of a
German compound, a yes on a condition ("if …, then yes"), a field named only by a place
or inside a reason, a calendar year beside the hours asked, one of a thing said per the
field's own period, and the story an open question asked for kept whole.

The classes were seen on the first runs of eight blind job sets (stop 44); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

ORCHESTRA = JobSpec(
    title="Aiuto accordatore – Laboratorio Pianoforti Ferri, Torino",
    description="Manutenzione di strumenti per scuole di musica.",
    fields=(
        FieldSpec(
            key="sezione", label="Sezione di strumenti", type="single_choice",
            choices=("archi", "percussioni", "tutte e due"),
            question="Con quale sezione lavori meglio: archi (violino, viola, violoncello), "
            "percussioni (timpani, marimba, batteria) o tutte e due?",
        ),
        FieldSpec(
            key="dislivello", label="Treppenstufen pro Tag (Höhenmeter)", type="number",
            required=False, question="Wie viele Höhenmeter Treppen schaffen Sie am Tag?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="trasferte", label="Trasferte per mese", type="number", required=False,
            question="Quante trasferte al mese puoi fare?",
        ),
        FieldSpec(
            key="alloggio", label="Serve alloggio in foresteria", type="yes_no", required=False,
            question="Ti serve un alloggio in foresteria?",
        ),
        FieldSpec(
            key="medico", label="Certificato medico di idoneità", type="yes_no",
            question="Hai un certificato medico di idoneità?",
        ),
        FieldSpec(
            key="anni", label="Anni di lavoro su strumenti", type="years",
            question="Da quanti anni lavori su strumenti musicali?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="corda", question="Una corda si rompe a metà concerto in una scuola: cosa fai?"
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Suono la viola da dieci anni", "archi"),
        ("Ich spiele Marimba im Orchester.", "percussioni"),
        ("I play the viola and the marimba", "tutte e due"),
        ("Toco violonchelo desde niña", "archi"),
    ],
)
def test_a_choice_named_by_an_example_the_question_gives_it(text: str, value: str) -> None:
    assert read_fields(ORCHESTRA, text, "sezione")["sezione"] == ("answered", value)


def test_an_example_turned_down_names_no_choice() -> None:
    read = read_fields(ORCHESTRA, "La batteria no, non l'ho mai suonata", "sezione")
    assert read.get("sezione", ("missing", None))[1] != "percussioni"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Milleduecento metri di dislivello li faccio.", 1200),
        ("So 900 Höhenmeter, denke ich.", 900),
    ],
)
def test_a_unit_at_the_end_of_a_german_compound(text: str, value: int) -> None:
    assert read_fields(ORCHESTRA, text, "dislivello")["dislivello"] == ("answered", value)


def test_the_compound_unit_names_the_field_unasked() -> None:
    text = "Lavoro su pianoforti dal 2018 e salgo tranquillamente 1.500 Höhenmeter al giorno."
    assert read_fields(ORCHESTRA, text, "anni")["dislivello"] == ("answered", 1500)


@pytest.mark.parametrize(
    "text",
    [
        "dipende dal prezzo, se costa poco allora sì",
        "depends on the rent - if it's under 300 a month then yes",
        "wenn es nicht zu teuer ist, dann ja",
    ],
)
def test_a_condition_then_a_yes_is_a_yes(text: str) -> None:
    assert read_fields(ORCHESTRA, text, "alloggio")["alloggio"] == ("answered", True)


def test_a_field_named_only_by_a_place_both_say_is_not_answered_unasked() -> None:
    # "in foresteria" is where the lodging is; a stay there is no need of it
    read = read_fields(ORCHESTRA, "Ho dormito due settimane in foresteria per un corso.", "ore")
    assert "alloggio" not in read
    # guard: naming the lodging itself still answers
    read = read_fields(ORCHESTRA, "Sì, mi servirebbe un alloggio, vengo da Bari.", "ore")
    assert read["alloggio"] == ("answered", True)


def test_a_field_named_only_inside_a_reason_is_not_answered_unasked() -> None:
    text = "Non posso fare le trasferte lunghe perché ho una visita medica ogni mese"
    assert "medico" not in read_fields(ORCHESTRA, text, "ore")
    text = "I can't do evenings because of my medical appointments."
    assert "medico" not in read_fields(ORCHESTRA, text, "ore")


def test_a_year_of_the_calendar_is_no_hours() -> None:
    read = read_fields(ORCHESTRA, "Ho iniziato nel 2019, quindi sette anni.", "ore")
    assert read.get("ore", ("missing", None))[0] != "invalid"


@pytest.mark.parametrize(
    "text",
    ["una trasferta al mese, massimo", "Un déplacement par mois.", "One trip a month"],
)
def test_one_of_a_thing_said_per_the_fields_own_period(text: str) -> None:
    assert read_fields(ORCHESTRA, text, "trasferte")["trasferte"] == ("answered", 1)


def test_a_couple_is_still_no_one() -> None:
    # guard: "un par de" is a couple
    read = read_fields(ORCHESTRA, "un par de viajes al mes", "trasferte")
    assert read.get("trasferte", ("missing", None))[1] != 1


def test_hours_put_right_inside_the_story_asked_for() -> None:
    text = (
        "Scusate, volevo dire 4 days a week not 3, so 32 hours. Per la corda: fermo il "
        "concerto con calma, cambio la corda con quella di ricambio e riaccordo subito."
    )
    assert read_fields(ORCHESTRA, text, "corda")["ore"] == ("answered", 32)


def test_the_story_asked_for_is_kept_whole_though_it_names_another_field() -> None:
    text = (
        "Prima chiedo un minuto di pausa e tiro fuori la corda di ricambio. Ho il "
        "certificato medico, quindi posso salire sul palco senza problemi. Poi riaccordo e "
        "faccio ripartire il brano dall'inizio."
    )
    reading = read_message(ORCHESTRA, text, "corda")
    assert reading.unsure == "corda"
    assert "ricambio" in reading.own_text and "riaccordo" in reading.own_text


def test_since_the_age_of_then_the_age_now() -> None:
    text = "Je répare des instruments depuis l'âge de seize ans et j'en ai vingt-neuf."
    assert read_fields(ORCHESTRA, text, "anni")["anni"] == ("answered", 13)


def test_a_chat_greeting_before_a_bare_si() -> None:
    assert read_fields(ORCHESTRA, "wenas si lo tengo", "medico")["medico"] == ("answered", True)
