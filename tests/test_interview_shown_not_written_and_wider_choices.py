"""An answer kept to be shown in person or not put in writing, a thing named first and then
not had, a day ruled out, a choice that every word of a wider one is said for, a cognate
turned down, a model's pick of an option the reply turns down, and the hour one leaves at
on one day of a schedule.

The classes were seen on the first runs of eight blind job sets (stop 47); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.consult import understand
from server.interview.cues import DECLINE
from server.interview.readers.choice import turned_down
from server.interview.readers.subject import plain
from server.interview.spec import FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import judging_engine, read_fields

POTTERY = JobSpec(
    title="Throwing-room assistant – Wenford Bridge Pottery, Bodmin",
    description="Wedging clay, throwing mugs and bowls, glazing, loading the wood kiln.",
    fields=(
        FieldSpec(
            key="kiln", label="Kiln work", type="single_choice",
            choices=("never", "loading only", "loading and firing"),
            question="Have you worked with a kiln: never, loading only, or loading and firing?",
        ),
        FieldSpec(
            key="where", label="Where you would like to work", type="single_choice",
            choices=("throwing wheel", "glazing room", "either"),
            question="Where would you like to work: at the throwing wheel, in the glazing room, "
            "or either?",
        ),
        FieldSpec(
            key="course", label="Ceramics course", type="yes_no",
            question="Have you done a ceramics course?",
        ),
        FieldSpec(
            key="fairs", label="Craft fair Saturdays", type="yes_no",
            question="Could you help at our stall on some Saturdays at craft fairs?",
            required=False,
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
    custom_questions=(
        {"key": "cracks", "required": True,
         "question": "A batch of bowls comes out of the kiln with cracks across the base. "
         "What would you check?"},
    ),
)  # fmt: skip

ATELIER = JobSpec(
    title="Helfer/in in der Kerzenzieherei – Wachswerkstatt Amrhein, Würzburg",
    description="Kerzen ziehen, gießen und verzieren; Verkauf am Weihnachtsmarkt.",
    fields=(
        FieldSpec(
            key="wachs", label="Erfahrung mit Wachs", type="single_choice",
            choices=("keine", "privat", "beruflich"),
            question="Haben Sie schon mit Wachs gearbeitet: keine, privat oder beruflich?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not explain that one in writing, sorry.",
        "Je préfère vous le montrer au tour plutôt que de l'écrire.",
        "Je préfère vous montrer ça directement à l'atelier plutôt que de l'expliquer par écrit.",
        "Das würde ich lieber im Vorstellungsgespräch äußern.",
        "Prefiero enseñártelo en persona, no por aquí.",
    ],
)
def test_an_answer_kept_to_be_shown_or_not_put_in_writing_is_a_refusal(text: str) -> None:
    assert DECLINE.search(plain(text))
    assert read_message(POTTERY, text, "cracks").findings["cracks"].status == "declined"


def test_showing_in_an_answer_is_no_refusal() -> None:
    text = "I'd show the glaze to the potter, then check the base thickness and the firing log."
    assert DECLINE.search(plain(text)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Curso não tenho, mas trabalho numa olaria.", False),
        ("El curso no lo tengo, pero trabajo en un taller de cerámica.", False),
        ("Den Kurs hab ich nicht, aber ich töpfere seit Jahren.", False),
        ("Corso non ce l'ho, però lavoro in una bottega di ceramica.", False),
        ("Sí, tengo el curso de cerámica.", True),
    ],
)
def test_a_thing_named_first_then_not_had_is_a_no(text: str, value: bool) -> None:
    assert read_fields(POTTERY, text, "course")["course"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Saturdays are out for me, I'm at my daughter's.", "fairs"),
        ("Saturdays are out of the question, sorry.", "fairs"),
        ("Never, sorry. And Saturdays are out for me, I look after my nephew.", "kiln"),
    ],
)
def test_a_day_ruled_out_is_a_no(text: str, asked: str) -> None:
    assert read_fields(POTTERY, text, asked)["fairs"] == ("answered", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I've done the loading, and the firing too, on my last job.", "loading and firing"),
        ("Loading only, firing no.", "loading only"),
        ("loading only", "loading only"),
    ],
)
def test_a_choice_whose_wider_one_is_said_in_full_is_the_wider(text: str, value: str) -> None:
    assert read_fields(POTTERY, text, "kiln")["kiln"] == ("answered", value)


def test_an_or_between_the_words_widens_nothing() -> None:
    found = read_fields(POTTERY, "Loading only, or maybe firing, not sure.", "kiln")
    assert found["kiln"] != ("answered", "loading and firing")


def test_a_cognate_turned_down_names_no_choice() -> None:
    # "glasear" is the Spanish of glazing; the candidate does not want it
    text = "Prefiero el torno, no quiero glasear."
    assert read_fields(POTTERY, text, "where").get("where") != ("answered", "glazing room")


@pytest.mark.parametrize(
    ("choice", "text", "down"),
    [
        ("beruflich", "Beruflich nicht, aber ich ziehe privat Kerzen.", True),
        ("beruflich", "beruflich nich, aber privat schon", True),
        ("beruflich", "Beruflich, seit drei Jahren.", False),
        ("keine", "keine, nie gemacht", False),
    ],
)
def test_an_option_named_and_turned_down(choice: str, text: str, down: bool) -> None:
    assert turned_down(choice, text) is down


async def test_the_models_pick_of_an_option_the_reply_turns_down_is_no_pick() -> None:
    text = "Beruflich nicht, aber ich modelliere in meiner Freizeit kleine Figuren aus Wachs."
    reading = await understand(judging_engine("vague", pick="beruflich"), ATELIER, text, "wachs")
    assert reading.findings["wachs"].value != "beruflich"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Trinta e cinco horas, se puder sair às quatro à sexta-feira.", 35),
        ("Treinta horas, si puedo salir a las tres el viernes.", 30),
        ("Seis horas por dia, de segunda a sexta.", 30),
    ],
)
def test_the_hour_one_leaves_at_on_a_day_is_no_amount(text: str, hours: float) -> None:
    assert read_fields(POTTERY, text, "hours")["hours"] == ("answered", hours)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I'd just ask whoever's training me, I don't want to ruin a batch.",
        "Eso supongo que lo veremos en el curso.",
        "Das würde ich mir von den Kollegen zeigen lassen, ich lerne schnell.",
        "Já fiz muito isso, sei exatamente o que fazer. Pode confiar em mim.",
        "I'd just deal with it, that's what I'm there for.",
    ],
)
async def test_an_open_answer_left_to_others_is_vague(text: str) -> None:
    # the scripted judge calls every reply an answer, as the model had these
    engine = judging_engine("specific")
    reading = await understand(engine, POTTERY, text, "cracks")
    assert reading.findings["cracks"].status == "vague"
    # and no generation is spent asking whether it answers: it could only agree
    assert not any("kind" in (r.schema or {}).get("properties", {}) for r in engine.requests)


async def test_an_open_answer_that_calls_someone_in_is_an_answer() -> None:
    text = "I'd check the base was thick enough and dry, then ask the potter about the firing."
    reading = await understand(judging_engine("specific"), POTTERY, text, "cracks")
    assert reading.findings["cracks"].status == "answered"


BAGS = JobSpec(
    title="Raccoglitore/raccoglitrice di olive – Frantoio Sasso, Vinci",
    description="Raccolta a mano e con abbacchiatore, ottobre–dicembre.",
    fields=(
        FieldSpec(
            key="kg", label="Olive raccolte al giorno (kg)", type="number",
            question="Quanti chili di olive raccogli in una giornata?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("In una giornata buona 300 chili, ma di solito 200.", 200),
        ("Num dia bom uns 250 quilos, mas na média são uns 180.", 180),
        ("Im Schnitt 150 Kilo, an guten Tagen 220.", 150),
        ("Around 200 kilos.", 200),
    ],
)
def test_the_usual_figure_beside_a_best_days_is_the_answer(text: str, kilos: float) -> None:
    assert read_fields(BAGS, text, "kg")["kg"] == ("answered", kilos)


def test_both_parts_said_for_the_choice_that_joins_them_name_it_once() -> None:
    job = JobSpec(
        title="Auxiliar de bolera",
        fields=(
            FieldSpec(
                key="turno", label="Turno", type="single_choice",
                choices=("tardes", "fines de semana", "tardes y fines de semana"),
                question="¿Qué turno prefieres: tardes, fines de semana, o tardes y fines de "
                "semana?",
            ),
        ),
    )  # fmt: skip
    text = "Puedo tardes y fines de semana, las dos cosas."
    assert read_fields(job, text, "turno")["turno"] == ("answered", "tardes y fines de semana")


def test_as_much_as_before_a_days_hours_is_still_an_amount() -> None:
    text = "I can do as much as 8 hours a day, Monday to Friday."
    assert read_fields(POTTERY, text, "hours")["hours"] == ("answered", 40)


def test_days_usually_worked_are_no_usual_figure_of_the_field() -> None:
    text = "I usually work 5 days, about 250 kilos a day."
    assert read_fields(BAGS, text, "kg")["kg"] == ("answered", 250)
