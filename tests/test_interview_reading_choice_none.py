"""A choice question answered with having none of them, and a choice turned down by a
bare "no" after it.

"Non, pas de SSIAP" to "Which SSIAP diploma do you hold?" is a none: a complete answer.
A "no" to a question of which one is wished for ("Which shift would you like?") says
nothing, and "Por la mañana no" turns the morning down rather than picking it.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

GUARDIA = JobSpec(
    title="Vigilante de sala – Museo del Traje, Madrid",
    description="Vigilancia de salas y atención al visitante.",
    fields=(
        FieldSpec(
            key="diploma", label="Diploma de seguridad contra incendios", type="single_choice",
            choices=("SSIAP 1", "SSIAP 2", "SSIAP 3"),
            question="¿Qué diploma SSIAP tienes, si tienes alguno?",
        ),
        FieldSpec(
            key="software", label="Software de control de accesos", type="single_choice",
            choices=("Genetec", "Milestone", "otro"),
            question="Which access control software have you used most?",
        ),
        FieldSpec(
            key="turno", label="Turno preferido", type="single_choice",
            choices=("mañana", "tarde", "me da igual"),
            question="¿Qué turno prefieres: mañana, tarde o te da igual?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ("diploma", "Non, pas de SSIAP"),
        ("diploma", "No tengo ninguno todavía, lo estoy sacando"),
        ("diploma", "Nein, habe ich nicht"),
        ("software", "I've never used an access control system."),
        ("software", "Nenhum, sempre trabalhei com chaves"),
    ],
)
def test_having_none_of_the_choices_is_a_none(asked: str, text: str) -> None:
    assert read_fields(GUARDIA, text, asked)[asked] == ("none", None)


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        ("diploma", "SSIAP 1, pas encore le 2", "SSIAP 1"),
        ("software", "Milestone, never Genetec", "Milestone"),
    ],
)
def test_a_choice_named_beside_a_negative_is_still_picked(
    asked: str, text: str, value: str
) -> None:
    assert read_fields(GUARDIA, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize("text", ["No", "No, ninguno me convence"])
def test_a_no_to_a_question_of_preference_is_no_none(text: str) -> None:
    assert read_fields(GUARDIA, text, "turno").get("turno", ("missing",))[0] != "none"


def test_not_knowing_is_no_none_of_the_choices() -> None:
    assert read_fields(GUARDIA, "Je ne sais pas", "diploma")["diploma"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Por la mañana no", None),
        ("No, por la mañana no", None),
        ("La mañana no, la tarde sí", "tarde"),
        ("Mañana, no problem", "mañana"),
    ],
)
def test_a_choice_followed_by_a_bare_no_is_turned_down(text: str, value: str | None) -> None:
    status, got = read_fields(GUARDIA, text, "turno").get("turno", ("missing", None))
    assert got == value
    assert status == ("answered" if value else "vague")


def test_a_no_about_something_else_is_no_none_of_the_choices() -> None:
    # "No, I get about by scooter": the car asked before, not the diploma.
    assert read_fields(GUARDIA, "No, me muevo en moto.", "diploma")["diploma"][0] == "vague"
