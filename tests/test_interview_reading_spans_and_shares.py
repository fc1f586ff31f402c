"""Reading classes the re-measured runs of jobs_blind38 to jobs_blind41 missed, each on
wordings and jobs of its own (none copied from those sets).

Choices: a code after a word every choice opens with ("B1" for "Nivel B1"), one's own
thing among several things of one's own, getting there by bus, a course under way, a span
of months named in another language, a share of the week for a percentage, not minding
which. Hours: full days a week with the hours of each. The days of the week name a field
in any of the six languages. Read ahead: "as many as possible" answers no open text
question, nor does a number said again for another field, nor one word to a choice; a
share of days ("4 jours sur 5") counts no days.
"""

from __future__ import annotations

import json

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn
from tests.helpers.reading import read_fields

IDIOMAS = JobSpec(
    title="Recepcionista de hotel – Hotel Miramar, Santander",
    fields=(
        FieldSpec(
            key="ingles", label="Inglés", type="single_choice",
            choices=("Nivel A2", "Nivel B1", "Nivel B2", "Nivel C1"),
            question="¿Qué nivel de inglés tienes?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice", choices=("Turno 1", "Turno 2"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llegas", type="single_choice",
            choices=("furgoneta propia", "coche propio", "transporte público"),
            question="¿Cómo vendrías al hotel?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("B1, lo saqué el año pasado", "Nivel B1"),
        ("c1", "Nivel C1"),
        ("Creo que un B2", "Nivel B2"),
    ],
)
def test_a_code_after_the_word_every_choice_opens_with_names_its_choice(
    text: str, value: str
) -> None:
    assert read_fields(IDIOMAS, text, "ingles")["ingles"] == ("answered", value)


def test_a_bare_digit_after_the_shared_word_names_no_choice() -> None:
    assert (
        read_fields(IDIOMAS, "tengo 2 hijos pequeños", "turno").get("turno", ("missing",))[0]
        != "answered"
    )


TRANSPORT = JobSpec(
    title="Window Fitter's Mate – ClearView Glazing, Derby",
    fields=(
        FieldSpec(
            key="travel", label="Getting to sites", type="single_choice",
            choices=("own van", "own car", "public transport"),
            question="How would you get to sites: own van, own car or public transport?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I've got a Ford van, bit rusty but it runs", "own van"),
        ("my old car, it's fine on the motorway", "own car"),
        ("I don't drive, so it'd be the bus", "public transport"),
        ("Train and then a short walk", "public transport"),
    ],
)
def test_ones_own_thing_or_the_bus_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(TRANSPORT, text, "travel")["travel"] == ("answered", value)


def test_a_word_that_is_another_choice_names_no_choice_of_its_concept() -> None:
    job = JobSpec(
        title="Fahrer/in im Linienverkehr – Stadtwerke Ulm",
        fields=(
            FieldSpec(
                key="fahrzeug", label="Fahrzeug", type="single_choice", choices=("Bus", "Tram"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Tram, die fahre ich seit 2020", "fahrzeug")["fahrzeug"] == (
        "answered",
        "Tram",
    )


CURSO = JobSpec(
    title="Ayudante de cocina – Restaurante El Faro, Cádiz",
    fields=(
        FieldSpec(
            key="manipulador", label="Curso de manipulador", type="single_choice",
            choices=("sin curso", "en curso", "terminado"),
            question="¿Tienes el curso de manipulador de alimentos?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Lo estoy cursando ahora mismo", "I started it in October, it's ongoing"]
)
def test_a_course_under_way_is_the_choice_in_progress(text: str) -> None:
    assert read_fields(CURSO, text, "manipulador")["manipulador"] == ("answered", "en curso")


SAISON = JobSpec(
    title="Saisonnier / Saisonnière au camping Les Pins, Biscarrosse",
    fields=(
        FieldSpec(
            key="periode", label="Période", type="single_choice",
            choices=("avril à juin", "juillet-août", "septembre à novembre"),
            question="Quelle période pouvez-vous couvrir ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("July and August only, I'm back at uni in September", "juillet-août"),
        ("de abril a junio", "avril à juin"),
        ("September bis November, davor bin ich noch in der Schule", "septembre à novembre"),
    ],
)
def test_a_span_of_months_in_another_language_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(SAISON, text, "periode")["periode"] == ("answered", value)


def test_never_in_italian_is_no_may() -> None:
    job = JobSpec(
        title="Bagnino/a – Lido Azzurro, Rimini",
        fields=(
            FieldSpec(
                key="periodo", label="Periodo", type="single_choice",
                choices=("maggio-settembre", "giugno-settembre"),
                question="Per quale periodo sei disponibile?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Non ho mai fatto la stagione, ma fino a settembre sì", "periodo")
    assert found.get("periodo") != ("answered", "maggio-settembre")


QUOTA = JobSpec(
    title="Aide-soignant(e) de nuit – EHPAD Les Tilleuls, Angers",
    fields=(
        FieldSpec(
            key="temps", label="Temps de travail", type="single_choice",
            choices=("100 %", "80 %", "60 %"),
            question="Quel temps de travail souhaitez-vous : 100 %, 80 % ou 60 % ?",
        ),
        FieldSpec(
            key="nuits", label="Nuits par mois", type="number",
            question="Combien de nuits par mois pouvez-vous faire ?",
        ),
        FieldSpec(
            key="motivation", label="Motivation", type="long_text",
            question="Pourquoi ce poste vous intéresse-t-il ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [("Plutôt 4 jours sur 5", "80 %"), ("three days out of five", "60 %")],
)
def test_a_share_of_the_week_picks_its_percentage(text: str, value: str) -> None:
    assert read_fields(QUOTA, text, "temps")["temps"] == ("answered", value)


def test_a_share_with_no_percentage_of_its_own_picks_none() -> None:
    assert read_fields(QUOTA, "deux jours sur trois", "temps").get("temps", ("missing",))[0] != (
        "answered"
    )


PRACTICE = JobSpec(
    title="Dental Receptionist – Smile Street Dental, Leicester",
    fields=(
        FieldSpec(
            key="branch", label="Branch", type="single_choice",
            choices=("city centre", "retail park", "either"),
            question="Which branch would you prefer: city centre, retail park or either?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["don't mind, either's fine", "I don't mind really", "not fussed"])
def test_not_minding_which_is_the_choice_that_means_either(text: str) -> None:
    assert read_fields(PRACTICE, text, "branch")["branch"] == ("answered", "either")


def test_not_minding_something_else_keeps_the_choice_named() -> None:
    found = read_fields(PRACTICE, "Retail park, I don't mind the drive", "branch")
    assert found["branch"] == ("answered", "retail park")


WEEK = JobSpec(
    title="Commessa/o in enoteca – Cantina dei Colli, Asti",
    fields=(
        FieldSpec(
            key="attestato", label="Attestato HACCP", type="single_choice",
            choices=("nessuno", "in corso", "sì"),
            question="Hai l'attestato HACCP?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="domenica", label="Lavoro la domenica", type="yes_no",
            question="Puoi lavorare la domenica?",
        ),
        FieldSpec(
            key="lingue", label="Lingue", type="short_text",
            question="Che lingue parli?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Tre giorni pieni a settimana, 8 ore", 24),
        ("drei volle Tage die Woche, 7 Stunden", 21),
        ("4 full days a week, 9 hours", 36),
    ],
)
def test_full_days_a_week_with_the_hours_of_each_are_their_product(text: str, hours: int) -> None:
    assert read_fields(WEEK, text, "ore")["ore"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "value"), [("Yes, Sundays are fine", True), ("Sonntags leider nie", False)]
)
def test_a_day_of_the_week_in_another_language_names_its_field(text: str, value: bool) -> None:
    assert read_fields(WEEK, text, "attestato")["domenica"] == ("answered", value)


def _engine(answers: str) -> ScriptedEngine:
    """The judge says "specific" for the question ``answers`` and "vague" for any other; a
    choice asked is "unclear"; an open answer's check says it is one."""

    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "answer" in props:
            return json.dumps({"answer": "unclear"})
        if "kind" in props:
            return json.dumps({"kind": "answer"})
        if "label" in props:
            label = "specific" if answers in request.messages[-1].content else "vague"
            return json.dumps({"label": label})
        return "{}"

    return ScriptedEngine(responder=respond)


async def _turn(
    job: JobSpec, asked: str, text: str, answers: str, **answered: object
) -> InterviewState:
    state, _ = start(job)
    for key, value in answered.items():
        state.fields[key] = state.fields[key].model_copy(
            update={"status": "answered", "value": value, "evidence": str(value)}
        )
    state = state.model_copy(update={"asked": asked})
    return (await take_turn(_engine(answers), job, state, text)).state


@pytest.mark.parametrize("text", ["Le plus possible !", "As many as you can give me!"])
async def test_as_many_as_possible_answers_no_open_question_ahead(text: str) -> None:
    state = await _turn(WEEK, "ore", text, "Che lingue parli", attestato="sì", domenica=True)
    assert state.fields["lingue"].status == "missing"
    assert state.fields["ore"].status != "answered"


async def test_a_number_said_again_for_another_field_answers_no_open_question_ahead() -> None:
    state = await _turn(QUOTA, "temps", "Deux nuits par mois.", "Pourquoi ce poste", nuits=4)
    assert state.fields["motivation"].status == "missing"


async def test_one_word_to_a_choice_answers_no_open_question_ahead() -> None:
    state = await _turn(WEEK, "attestato", "Corsista.", "Che lingue parli", ore=20, domenica=True)
    assert state.fields["lingue"].status == "missing"


async def test_a_share_of_days_counts_no_days_of_the_next_field() -> None:
    state = await _turn(QUOTA, "temps", "Je préférerais 4 jours sur 5.", "Pourquoi ce poste")
    assert (state.fields["temps"].status, state.fields["temps"].value) == ("answered", "80 %")
    assert state.fields["nuits"].status == "missing"
