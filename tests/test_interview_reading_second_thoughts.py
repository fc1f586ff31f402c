"""Reading classes a fresh blind job set (tests/data/jobs_blind14.json) missed on its first
run: second thoughts about an earlier yes or no ("perdona, lo de la noche: … sí que puedo"
had left the no), "Sì ma non tutti i sabati" with no comma (a no, where "Sì, ma…" was a
yes), metres on a field counted in km ("800 metros" had been 800 km), "une seule saison"
in a long reply, hours a month after "during the week" (100 a month had become 100 a
week), and the model picking a choice for a reply about pay or about another field.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import json

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

MARINA = JobSpec(
    title="Marina assistant",
    description="Mooring boats, fuel pontoon and the harbour office.",
    fields=(
        FieldSpec(
            key="sundays",
            label="Available on Sundays",
            type="yes_no",
            question="Can you work on Sundays, on a rota?",
        ),
        FieldSpec(
            key="season",
            label="Available the whole season",
            type="yes_no",
            question="Are you available for the whole season, April to October?",
        ),
        FieldSpec(
            key="seasons",
            label="Seasons worked at a marina",
            type="number",
            question="How many seasons have you worked at a marina?",
        ),
        FieldSpec(
            key="distance",
            label="Distance from home (km)",
            type="number",
            question="How many kilometres do you live from the marina?",
        ),
        FieldSpec(
            key="area",
            label="Deck area cleaned (m2)",
            type="number",
            question="How many square metres of deck can you clean a day?",
        ),
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="start",
            label="Start date",
            type="single_choice",
            choices=("straight away", "in two weeks", "in a month"),
            question="When could you start: straight away, in two weeks or in a month?",
        ),
    ),
)


def _sundays_job(label: str, question: str) -> JobSpec:
    fields = (
        FieldSpec(key="sundays", label=label, type="yes_no", question=question),
        MARINA.field("hours"),
    )
    return JobSpec(title="Marina", description="A marina.", fields=fields)


@pytest.mark.parametrize(
    ("label", "question", "no", "text"),
    [
        (
            "Disponible los domingos",
            "¿Puedes trabajar los domingos?",
            "No, los domingos no.",
            "Y perdona, lo de los domingos: lo he hablado en casa y sí que puedo.",
        ),
        (
            "Disponibile la domenica",
            "Puoi lavorare la domenica?",
            "La domenica preferirei di no",
            "Ah, ripensandoci, la domenica va bene se è a rotazione.",
        ),
        (
            "Disponible le dimanche",
            "Pouvez-vous travailler le dimanche ?",
            "Non, pas le dimanche.",
            "À la réflexion, le dimanche ça me va.",
        ),
        (
            "Available on Sundays",
            "Can you work on Sundays?",
            "No, not on Sundays.",
            "On second thought, Sundays are fine.",
        ),
    ],
)
async def test_second_thoughts_turn_an_earlier_no(
    label: str, question: str, no: str, text: str
) -> None:
    job = _sundays_job(label, question)
    state = await reply(start(job)[0], job, "sundays", no)
    assert state.fields["sundays"].value is False
    state = await reply(state, job, "hours", text)
    assert state.fields["sundays"].value is True


async def test_a_yes_in_passing_without_second_thoughts_leaves_the_no() -> None:
    # Guard: a yes about something else, no second thoughts.
    state = await reply(start(MARINA)[0], MARINA, "sundays", "No, not on Sundays.")
    state = await reply(state, MARINA, "hours", "Yes, Sundays at church are important to me.")
    assert state.fields["sundays"].value is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sì ma non tutte le domeniche", True),
        ("Sí pero no todos los domingos", True),
        ("Oui mais pas tous les dimanches", True),
        ("No ma il sabato sì", False),  # guard: a no stays a no
    ],
)
def test_a_yes_and_a_contrast_without_a_comma(text: str, value: bool) -> None:
    assert read_fields(MARINA, text, "sundays")["sundays"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Moro mesmo ao lado, uns 800 metros", "distance", 0.8),
        ("about 1500 m by the coast path", "distance", 1.5),
        ("12 km", "distance", 12),  # guard
        ("around 60 square metres", "area", 60),  # guard: square metres stay square metres
        ("un'ottantina di metri quadri", "area", 80),  # guard
    ],
)
def test_metres_on_a_field_counted_in_km(text: str, key: str, value: float) -> None:
    assert read_fields(MARINA, text, key)[key] == ("answered", value)


def _seasons_job(label: str, question: str) -> JobSpec:
    field = FieldSpec(key="seasons", label=label, type="number", question=question)
    return JobSpec(title="Marina", description="A marina.", fields=(field,))


@pytest.mark.parametrize(
    ("label", "question", "text"),
    [
        (
            "Saisons travaillées au port",
            "Combien de saisons avez-vous travaillé dans un port ?",
            "Bonsoir, une seule saison, l'an dernier, au port de Cassis avec mon oncle",
        ),
        (
            "Seasons worked at a marina",
            "How many seasons have you worked at a marina?",
            "Just one season, two summers ago, at a small marina near Falmouth",
        ),
        (
            "Saisons im Hafen",
            "Wie viele Saisons haben Sie schon in einem Hafen gearbeitet?",
            "Nur eine Saison, vor zwei Jahren am Bodensee, im Hafenbüro",
        ),
    ],
)
def test_a_single_one_in_a_long_reply(label: str, question: str, text: str) -> None:
    job = _seasons_job(label, question)
    assert read_fields(job, text, "seasons")["seasons"] == ("answered", 1)


def test_an_approximate_number_in_another_unit_is_not_one() -> None:
    # "un'ottantina" had been read as "un" (one) on a field counted in days.
    job = _seasons_job("Giorni di lavoro", "Quanti giorni puoi lavorare?")
    assert (
        read_fields(job, "Un'ottantina di metri quadri al giorno", "seasons").get(
            "seasons", ("vague", None)
        )[1]
        != 1
    )


def test_hours_a_month_after_during_the_week() -> None:
    found = read_fields(MARINA, "Durante a semana, umas 100 horas por mês", "hours")
    assert found["hours"][0] == "answered"
    assert 23 <= found["hours"][1] <= 23.1


def _picks_first(request: object) -> str:
    return json.dumps({"answer": "straight away"})


@pytest.mark.parametrize(
    "text",
    [
        "Around 1.900 euros gross a month",
        "Rund 24.000 brutto im Jahr",
        # A correction of another field, naming no start.
        "no thanks. And a small correction: it's five seasons, not four",
    ],
)
async def test_the_model_picks_no_start_for_a_reply_about_something_else(text: str) -> None:
    engine = ScriptedEngine(responder=_picks_first)
    reading = await understand(engine, MARINA, text, "start")
    assert getattr(reading.findings.get("start"), "status", None) != "answered"


async def test_the_model_still_picks_for_a_reply_about_the_start() -> None:
    # Guard: a reply about the start with no option's words still goes to the model.
    engine = ScriptedEngine(responder=_picks_first)
    reading = await understand(engine, MARINA, "Pretty soon, my lease here ends", "start")
    assert reading.findings["start"].value == "straight away"


def test_one_weekend_a_month_is_a_rate_not_a_month_of_experience() -> None:
    # "ein Wochenende im Monat" had also given 0.083 years of experience.
    job = JobSpec(
        title="Pflegehilfe",
        description="Seniorenheim.",
        fields=(
            FieldSpec(key="jahre", label="Erfahrung in der Pflege (Jahre)", type="years"),
            FieldSpec(
                key="wochenenden",
                label="Wochenenden pro Monat",
                type="number",
                question="An wie vielen Wochenenden im Monat können Sie arbeiten?",
            ),
        ),
    )
    found = read_fields(job, "ok, ein Wochenende im Monat", "wochenenden")
    assert found == {"wochenenden": ("answered", 1)}
    # Guard: a month said as a length is still one.
    assert read_fields(job, "Ich habe einen Monat Praktikum gemacht", "jahre")["jahre"] == (
        "answered",
        0.083,
    )
