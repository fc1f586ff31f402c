"""Replies that say less, or other, than they seem to: leaving for now, a number taken
back, a language that is no foreign one, an answer put off until later, only something
else and never the thing asked, half a unit, a month to a choice, "a bit of everything".

Each was misread on a blind job set's first run (stop 41): a leaving message picked as a
shift, "non trenta" read as a "no", "Solo italiano" stored as a foreign language.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start, take_turn
from tests.helpers.reading import judging_engine, read_fields

RUBARBO = JobSpec(
    title="Forced rhubarb picker – Hollins Farm, Wakefield",
    description="Picking rhubarb by candlelight in forcing sheds, January to March.",
    fields=(
        FieldSpec(
            key="shift", label="Preferred picking shift", type="single_choice",
            choices=("morning pick", "afternoon pick", "either"),
            question="Which shift would you rather work: morning pick, afternoon pick or either?",
        ),
        FieldSpec(
            key="miles", label="Distance from the farm (miles)", type="number",
            question="How far from the farm do you live, in miles?",
        ),
        FieldSpec(
            key="areas", label="Areas you know around Wakefield", type="short_text",
            required=False, question="Which areas around Wakefield do you know well?",
        ),
    ),
)  # fmt: skip

BOTTAIO = JobSpec(
    title="Aiuto bottaio – Bottaia Rovere, Canelli",
    description="Costruzione e riparazione di botti.",
    fields=(
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="sabato", label="Sabato in vendemmia", type="yes_no",
            question="Sei disponibile il sabato durante la vendemmia?",
        ),
        FieldSpec(
            key="lingue", label="Lingue straniere per i turisti", type="short_text",
            required=False, question="Parli lingue straniere con i turisti? Quali?",
        ),
    ),
)  # fmt: skip

CETAREA = JobSpec(
    title="Operario/a de cetárea – Mariscos Punta Lens, Corme",
    description="Recepción y clasificación de marisco vivo.",
    fields=(
        FieldSpec(
            key="especies", label="Especies de marisco vivo manejadas", type="short_text",
            required=False, question="¿Qué especies de marisco vivo has manejado?",
            example="bogavante, nécora, percebe",
        ),
        FieldSpec(
            key="tallas", label="Talla de ropa y calzado", type="short_text", required=False,
            question="¿Qué talla de ropa y de calzado de seguridad usas?",
        ),
    ),
)  # fmt: skip

MANEGE = JobSpec(
    title="Manegenhelfer/in – Circus Albertini",
    description="Requisite und Umbauten zwischen den Nummern.",
    fields=(
        FieldSpec(
            key="jahre", label="Jahre in Bühnen-, Zelt- oder Veranstaltungsarbeit",
            type="years",
            question="Wie viele Jahre Erfahrung haben Sie in Bühnen-, Zelt- oder "
            "Veranstaltungsarbeit?",
        ),
        FieldSpec(
            key="naehen", label="Nähmaschine", type="single_choice",
            choices=("gar nicht", "ein wenig", "sicher"),
            question="Wie sicher sind Sie an der Nähmaschine: gar nicht, ein wenig, sicher?",
        ),
    ),
)  # fmt: skip


async def turn(job: JobSpec, asked: str, text: str, label: str = "specific", pick: str = ""):
    state, _ = start(job)
    state = state.model_copy(update={"asked": asked})
    return (await take_turn(judging_engine(label, pick), job, state, text)).state.fields


@pytest.mark.parametrize(
    "text",
    [
        "Actually I have to go now, my bus is here. I'll finish this another time.",
        "Sorry, gotta go!",
    ],
)
async def test_leaving_for_now_answers_nothing_and_picks_nothing(text: str) -> None:
    fields = await turn(RUBARBO, "shift", text, pick="morning pick")
    assert fields["shift"].status == "missing"


def test_leaving_later_in_the_day_is_no_leaving_now() -> None:
    # "I need to leave by 5" says something of the shift; it is not dropped as a goodbye.
    assert read_fields(RUBARBO, "I need to leave by 5 every day", "shift")


@pytest.mark.parametrize(
    ("text", "miles"),
    [("I'm in the city centre, half a mile away.", 0.5), ("a mile and a half", 1.5)],
)
def test_half_a_unit_is_half(text: str, miles: float) -> None:
    assert read_fields(RUBARBO, text, "miles")["miles"] == ("answered", miles)


def test_a_number_taken_back_is_no_no_to_the_question_asked() -> None:
    found = read_fields(BOTTAIO, "Scusate, volevo dire trentacinque ore, non trenta.", "sabato")
    assert found == {"ore": ("answered", 35)}


async def test_the_questions_own_language_is_no_foreign_one() -> None:
    fields = await turn(BOTTAIO, "lingue", "Solo italiano, purtroppo.")
    assert fields["lingue"].status == "none"
    fields = await turn(BOTTAIO, "lingue", "Solo inglese, un po'.")
    assert fields["lingue"].status == "answered"


@pytest.mark.parametrize(
    "text",
    [
        "Prefiero decírselo cuando firme el contrato.",
        "I'd rather tell you once I've started",
        "Je préfère vous le dire plus tard.",
        "Preferisco dirlo più avanti.",
    ],
)
def test_an_answer_put_off_until_later_declines(text: str) -> None:
    assert read_fields(CETAREA, text, "tallas")["tallas"][0] == "declined"


def test_only_something_else_and_never_the_thing_asked_is_none() -> None:
    found = read_fields(
        CETAREA, "Solo he trabajado con pescado, nunca con marisco vivo.", "especies"
    )
    assert found["especies"][0] == "none"


async def test_only_some_of_the_kinds_asked_answers() -> None:
    fields = await turn(CETAREA, "especies", "Solo bogavante y nécora, nunca percebe.")
    assert fields["especies"].status == "answered"


def test_years_of_other_work_after_a_list_of_the_field_s_own_are_none() -> None:
    text = "bühne, zelt oder veranstaltungen noch gar nicht, nur 2 jahre lager"
    assert read_fields(MANEGE, text, "jahre")["jahre"][0] == "none"


async def test_a_month_and_year_picks_no_choice() -> None:
    fields = await turn(MANEGE, "naehen", "From January 2027.", label="vague", pick="gar nicht")
    assert fields["naehen"].status != "answered"


@pytest.mark.parametrize("text", ["Ah, conheço um pouco de tudo.", "I know a bit of everything"])
async def test_a_bit_of_everything_names_nothing(text: str) -> None:
    fields = await turn(RUBARBO, "areas", text)
    assert fields["areas"].status == "vague"
