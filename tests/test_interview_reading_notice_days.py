"""Reading classes a fresh blind job set (tests/data/jobs_blind9.json) missed: a notice
period of none, stopwatch times, "one" as a word and as an article, a "not yet" that a
"but" does not turn, idioms that name no field, undecided choices, a preference said
after several choices, vehicles by concept, seasons asked for years, "per" before years,
days of a week counted, a zero about the field's own subject, days said after hours a day.

Every wording here is new (none is taken from the blind set), in the job's language or in
another one, and each class has a guard: what must not change."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

STORE = JobSpec(
    title="Store Assistant – Garden Centre, York",
    description="Tills, plant care and deliveries in a busy garden centre.",
    fields=(
        FieldSpec(
            key="permit",
            label="Right to work in the UK",
            type="yes_no",
            question="Do you have the right to work in the UK?",
        ),
        FieldSpec(
            key="notice",
            label="Notice period (weeks)",
            type="number",
            question="How many weeks' notice do you need to give before you can start?",
        ),
        FieldSpec(
            key="shift",
            label="Preferred shift",
            type="single_choice",
            choices=("early", "late", "split"),
            question="Which shift suits you: early, late or split?",
        ),
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week would you like?",
        ),
        FieldSpec(
            key="days",
            label="Days per week",
            type="number",
            question="How many days a week can you work?",
        ),
    ),
)

NUOTO = JobSpec(
    title="Istruttore di nuoto – Piscina comunale, Padova",
    description="Corsi per bambini e adulti, sorveglianza in vasca.",
    fields=(
        FieldSpec(
            key="anni",
            label="Esperienza come istruttore (anni)",
            type="years",
            question="Quanti anni di esperienza ha come istruttore?",
        ),
        FieldSpec(
            key="tempo",
            label="Tempo sui 50 metri (secondi)",
            type="number",
            required=False,
            question="In quanti secondi nuota 50 metri stile libero?",
        ),
        FieldSpec(
            key="brevetto",
            label="Brevetto di assistente bagnanti",
            type="yes_no",
            question="Ha il brevetto di assistente bagnanti in corso di validità?",
        ),
        FieldSpec(
            key="giorni",
            label="Giorni a settimana",
            type="number",
            question="Quanti giorni a settimana è disponibile?",
        ),
    ),
)

REPARTO = JobSpec(
    title="Repartidor/a con vehículo – Zaragoza",
    description="Reparto de paquetería en la ciudad.",
    fields=(
        FieldSpec(
            key="vehiculo",
            label="Vehículo",
            type="single_choice",
            choices=("vehículo propio", "vehículo de la flota", "vehículo alquilado"),
            question="¿Trabajarías con vehículo propio, de la flota o alquilado?",
        ),
        FieldSpec(
            key="contrato",
            label="Tipo de contrato",
            type="single_choice",
            choices=("jornada completa", "media jornada"),
            question="¿Buscas jornada completa o media jornada?",
        ),
        FieldSpec(
            key="sabados",
            label="Sábados al mes",
            type="number",
            question="¿Cuántos sábados al mes puedes trabajar?",
        ),
    ),
)


_read = read_fields


# ------------------------------------------------------------------ notice of none


@pytest.mark.parametrize(
    "message",
    [
        "I could start right away, I finished my last contract in May",
        "Immediately.",
        "Puedo empezar de inmediato",
        "ab sofort",
        "posso iniziare subito",
        "no notice, I'm between jobs",
    ],
)
def test_starting_now_is_a_notice_of_zero(message: str) -> None:
    assert _read(STORE, message, "notice")["notice"] == ("answered", 0)


def test_a_notice_in_weeks_stays_and_cannot_start_now_is_no_zero() -> None:
    assert _read(STORE, "three weeks", "notice")["notice"] == ("answered", 3)
    found = _read(STORE, "I can't start right away, my boss needs me until March", "notice")
    assert found.get("notice") != ("answered", 0)


def test_starting_now_is_no_zero_for_another_number() -> None:
    # Days a week count no wait: "straight away" says nothing about them.
    assert _read(STORE, "straight away", "days").get("days") != ("answered", 0)


# ------------------------------------------------------------------ idioms, "one"


def test_right_now_names_no_right_to_work() -> None:
    found = _read(STORE, "I could begin next week, I'm not working right now", "notice")
    assert "permit" not in found
    # Named by its own words, it is still read unasked.
    assert _read(STORE, "I have the right to work here, 2 weeks", "notice")["permit"] == (
        "answered",
        True,
    )


def test_one_before_a_word_of_the_conversation_counts_nothing() -> None:
    found = _read(STORE, "Sure. One more thing: I can also drive the van", "days")
    assert found.get("days", ("",))[0] != "answered"
    assert _read(STORE, "one day, on saturdays", "days")["days"] == ("answered", 1)


@pytest.mark.parametrize(
    ("message", "count"),
    [("höchstens einen", 1), ("solo uno", 1), ("juste un", 1), ("Two.", 2)],
)
def test_a_short_reply_of_one_word_for_one(message: str, count: int) -> None:
    assert _read(REPARTO, message, "sabados")["sabados"] == ("answered", count)


def test_a_few_is_no_one() -> None:
    for message in ("un par", "ein paar", "un po'"):
        assert _read(REPARTO, message, "sabados").get("sabados", ("",))[0] != "answered"


# ------------------------------------------------------------------ stopwatch times


@pytest.mark.parametrize(
    ("message", "seconds"),
    [
        ("0:38 più o meno", 38),
        ("1'05''", 65),
        ("un minuto e dieci", 70),
        ("1 minute 2 or so", 62),
        ("about 45 seconds", 45),
    ],
)
def test_a_stopwatch_time_on_a_seconds_field(message: str, seconds: int) -> None:
    assert _read(NUOTO, message, "tempo")["tempo"] == ("answered", seconds)


def test_a_stopwatch_time_is_no_years() -> None:
    found = _read(NUOTO, "1:05 circa", "anni")
    assert found.get("anni", ("",))[0] != "answered"


# ------------------------------------------------------------------ not yet, but


@pytest.mark.parametrize(
    "message",
    [
        "non ancora, ma ho già fatto il corso",
        "not yet, but I've done all the training",
        "todavía no, pero ya hice el curso",
    ],
)
def test_not_yet_but_stays_a_no(message: str) -> None:
    assert _read(NUOTO, message, "brevetto")["brevetto"] == ("answered", False)


def test_a_no_turned_by_a_later_yes_still_turns() -> None:
    assert _read(NUOTO, "Mai fatto gare, ma sì, ce l'ho", "brevetto")["brevetto"] == (
        "answered",
        True,
    )


# ------------------------------------------------------------------ choices


@pytest.mark.parametrize(
    "message",
    [
        "media jornada o completa, ya veremos",
        "no sé todavía, depende de la flota",
        "jornada completa o media, depende del sueldo",
    ],
)
def test_an_undecided_choice_is_vague(message: str) -> None:
    key = "vehiculo" if "flota" in message else "contrato"
    assert _read(REPARTO, message, key)[key][0] == "vague"


def test_a_choice_said_before_a_condition_stands() -> None:
    found = _read(REPARTO, "media jornada, depende del horario del cole", "contrato")
    assert found["contrato"] == ("answered", "media jornada")


def test_a_preference_after_several_choices_is_the_nearest() -> None:
    found = _read(STORE, "Late or split. Split ideally best", "shift")
    assert found["shift"] == ("answered", "split")
    found = _read(STORE, "early, or late. Late best", "shift")
    assert found["shift"] == ("answered", "late")


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("A company van please, mine is too small", "vehículo de la flota"),
        ("con uno de alquiler", "vehículo alquilado"),
        ("Mietwagen", "vehículo alquilado"),
        ("el propio", "vehículo propio"),
    ],
)
def test_vehicles_by_concept(message: str, choice: str) -> None:
    assert _read(REPARTO, message, "vehiculo")["vehiculo"] == ("answered", choice)


# ------------------------------------------------------------------ years


@pytest.mark.parametrize(
    ("message", "years"),
    [
        ("Ho insegnato nuoto per sei anni a Verona", 6),
        ("Trabajé por dos años de monitor", 2),
        ("cinque estati come istruttore al lido", 5),
    ],
)
def test_for_n_years_in_any_language(message: str, years: float) -> None:
    assert _read(NUOTO, message, "anni")["anni"] == ("answered", years)


def test_a_zero_about_the_subject_beats_years_of_other_work() -> None:
    found = _read(NUOTO, "Come istruttore zero. Ho fatto il cameriere per otto anni.", "anni")
    assert found["anni"][0] == "none"
    # Years named with the subject stand.
    found = _read(NUOTO, "Istruttore per 3 anni, prima zero esperienza.", "anni")
    assert found["anni"] == ("answered", 3)


# ------------------------------------------------------------------ days of a week


@pytest.mark.parametrize(
    ("message", "days"),
    [
        ("dal martedì al sabato", 5),
        ("tutti i giorni tranne il lunedì", 6),
        ("lunedì, giovedì e sabato", 3),
        ("every day except Sunday", 6),
        ("todos los días", 7),
    ],
)
def test_days_of_a_week_named_count(message: str, days: int) -> None:
    assert _read(NUOTO, message, "giorni")["giorni"] == ("answered", days)


def test_days_named_do_not_count_for_another_number() -> None:
    # Saturdays a month are no count of days named in a week.
    found = _read(REPARTO, "de lunes a viernes", "sabados")
    assert found.get("sabados") != ("answered", 5)


def test_a_bare_number_said_like_something_is_the_answer() -> None:
    assert _read(STORE, "40 like full time", "hours")["hours"] == ("answered", 40)


# ------------------------------------------------------------------ hours a day, then days


@pytest.mark.parametrize(
    ("first", "then", "hours"),
    [
        ("about 6 hours a day", "Tuesday to Saturday", 30),
        ("unas 4 horas al día", "de lunes a jueves", 16),
        ("circa 5 ore al giorno", "tre giorni", 15),
    ],
)
async def test_days_after_hours_a_day_give_the_week(first: str, then: str, hours: float) -> None:
    state = await reply(start(STORE)[0], STORE, "hours", first)
    assert state.fields["hours"].status == "vague"  # the interviewer asks how many days
    state = await reply(state, STORE, "hours", then)
    assert state.fields["hours"].status == "answered"
    assert state.fields["hours"].value == hours


async def test_days_alone_give_no_hours() -> None:
    state = await reply(start(STORE)[0], STORE, "hours", "Monday to Friday")
    assert state.fields["hours"].status != "answered"
