"""Declines kept to oneself in any of the six languages, a chat "nah", a want that names a
choice unasked, a choice turned down after an apology, a choice written with a spaced
slash, and a count of some other thing given to a choice question.

The classes were seen on the first runs of eight blind job sets (stop 43); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import json

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

ESTUFA = JobSpec(
    title="Helfer/in Gewächshaus – Gärtnerei Lindenhof",
    description="Tomaten und Gurken unter Glas, März bis Oktober.",
    fields=(
        FieldSpec(
            key="jahre", label="Jahre in Gärtnerei oder Landwirtschaft", type="years",
            required=False,
            question="Wie viele Jahre hast du in einer Gärtnerei oder Landwirtschaft gearbeitet?",
        ),
        FieldSpec(
            key="schicht", label="Gewünschte Schicht", type="single_choice",
            choices=("Frühschicht", "Spätschicht", "Wechselschicht"),
            question="Welche Schicht möchtest du: Frühschicht, Spätschicht oder Wechselschicht?",
        ),
        FieldSpec(
            key="vorwissen", label="Vorwissen", type="single_choice",
            choices=("keines", "Hobbygarten", "Gärtnerei / Baumschule"),
            question="Welches Vorwissen hast du: keines, Hobbygarten oder Gärtnerei / Baumschule?",
        ),
        FieldSpec(
            key="samstag", label="Samstagsarbeit", type="yes_no",
            question="Kannst du samstags arbeiten?",
        ),
        FieldSpec(
            key="lieblingsgemuese", label="Lieblingsgemüse", type="short_text",
            required=False, question="Welches Gemüse baust du am liebsten an?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Das behalte ich lieber für mich 😉",
        "Je préfère le garder pour moi.",
        "Questo lo tengo per me.",
        "Isso eu guardo pra mim.",
    ],
)
def test_kept_to_oneself_is_a_decline(text: str) -> None:
    found = read_fields(ESTUFA, text, "lieblingsgemuese")
    assert found["lieblingsgemuese"][0] == "declined"


def test_a_day_kept_for_oneself_is_no_decline() -> None:
    found = read_fields(ESTUFA, "Il sabato lo tengo per me.", "samstag")
    assert found.get("samstag", ("vague",))[0] != "declined"


@pytest.mark.parametrize("text", ["nah never, this would be my first job outside", "nah"])
def test_a_chat_nah_is_a_no(text: str) -> None:
    assert read_fields(ESTUFA, text, "jahre")["jahre"][0] == "none"


def test_a_want_names_a_choice_unasked() -> None:
    found = read_fields(ESTUFA, "hallo, 12 jahre in ner gärtnerei, will frühschicht", "jahre")
    assert found["schicht"] == ("answered", "Frühschicht")
    assert found["jahre"] == ("answered", 12)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("doch lieber spätschicht, sorry, zur frühschicht fährt kein bus", "Spätschicht"),
        ("Frühschicht. Ah nein, sorry, Spätschicht meinte ich", "Spätschicht"),
    ],
)
def test_a_choice_turned_down_after_an_apology_is_no_slip_put_right(text: str, choice: str) -> None:
    assert read_fields(ESTUFA, text, "schicht")["schicht"] == ("answered", choice)


def test_each_part_of_a_spaced_slash_names_the_choice_unasked() -> None:
    text = "Samstags geht, und ich war fünf Jahre in einer Baumschule bei Celle."
    found = read_fields(ESTUFA, text, "samstag")
    assert found["vorwissen"] == ("answered", "Gärtnerei / Baumschule")


async def test_a_count_of_some_other_thing_picks_no_choice() -> None:
    reading = await understand(
        judging_engine("specific", pick="Gärtnerei / Baumschule"),
        ESTUFA,
        "Circa 1500 piantine.",
        "vorwissen",
    )
    assert reading.findings["vorwissen"].status != "answered"


PANADERIA = JobSpec(
    title="Obrador de panadería – Horno San Blas",
    description="Pan y bollería, turno de madrugada.",
    fields=(
        FieldSpec(
            key="anos", label="Años en obrador", type="years",
            question="¿Cuántos años has trabajado en un obrador?",
        ),
        FieldSpec(
            key="puesto", label="Puesto preferido", type="single_choice",
            choices=("horno y amasado", "formado de piezas", "despacho"),
            question="¿Qué puesto prefieres: horno y amasado, formado de piezas o despacho?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas por semana puedes trabajar?",
        ),
        FieldSpec(
            key="titulo", label="Titulación", type="single_choice",
            choices=("ninguna", "Technischer Assistent", "Physiotherapeut/in"),
            question="¿Qué titulación tienes: ninguna, Technischer Assistent o "
            "Physiotherapeut/in?",
        ),
        FieldSpec(
            key="idiomas", label="Idiomas además del español", type="short_text",
            required=False, question="¿Qué idiomas hablas además del español?",
        ),
    ),
)  # fmt: skip


def test_being_drawn_to_a_choice_names_it_unasked() -> None:
    text = "Nunca he trabajado en obrador, pero me interesa mucho el puesto del horno y el amasado."
    found = read_fields(PANADERIA, text, "anos")
    assert found["puesto"] == ("answered", "horno y amasado")


def test_a_place_in_a_clause_of_years_put_right_names_no_choice() -> None:
    text = (
        "Unas 30 horas. Perdona, me equivoqué antes: en el despacho de mi tío fueron cuatro años."
    )
    found = read_fields(PANADERIA, text, "horas")
    assert "puesto" not in found
    text = "Unas 30 horas. Perdona, me equivoqué antes: prefiero el despacho, no el horno."
    assert read_fields(PANADERIA, text, "horas")["puesto"] == ("answered", "despacho")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Sono fisioterapista, laureata a Bolzano.", "Physiotherapeut/in"),
        ("Soy asistente técnico de laboratorio.", "Technischer Assistent"),
    ],
)
def test_a_choice_spelt_as_its_cognate_names_it(text: str, choice: str) -> None:
    assert read_fields(PANADERIA, text, "titulo")["titulo"] == ("answered", choice)


async def test_any_of_them_picks_none_where_no_option_means_either() -> None:
    reading = await understand(
        judging_engine("specific", pick="despacho"),
        PANADERIA,
        "Any of them really, happy wherever you need me.",
        "puesto",
    )
    assert reading.findings["puesto"].status != "answered"


async def test_a_span_of_a_languages_answer_keeps_every_language() -> None:
    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "span" in props:
            return json.dumps({"span": "Italienisch"})
        if "kind" in props:
            return json.dumps({"kind": "answer"})
        return json.dumps({"label": "specific"})

    reading = await understand(
        ScriptedEngine(responder=respond),
        PANADERIA,
        "Englisch gut, dazu etwas Italienisch.",
        "idiomas",
    )
    value = str(reading.findings["idiomas"].value)
    assert "Englisch" in value
    assert "Italienisch" in value
