"""Choices joined by an "and", one-letter choices that are also words, words that only
look like the tail of a compound, a "no matter" in more words, and a list answered before
one item is turned down.

"Pomeriggio e sera, tutti e due" to "mattina, pomeriggio, pomeriggio e sera" is the
joined choice; "conosco la zona e a Lisboa" names no category "A"; "estate" (summer)
is not the tail of "attestato"; "Botonera y plana. La recta no la he usado nunca" names
machines, it is no "none".
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

LAVANDERIA = JobSpec(
    title="Addetto/a stireria – Lavanderia Bolla, Padova",
    description="Stiro e piegatura di biancheria per hotel.",
    fields=(
        FieldSpec(
            key="fascia", label="Fascia oraria", type="single_choice",
            choices=("mattina", "pomeriggio", "mattina e pomeriggio"),
            question="In quale fascia puoi lavorare: mattina, pomeriggio o mattina e pomeriggio?",
        ),
        FieldSpec(
            key="anni", label="Esperienza in stireria (anni)", type="years",
            question="Quanti anni di esperienza hai in stireria?",
        ),
        FieldSpec(
            key="attestato", label="Attestato HACCP", type="yes_no", required=False,
            question="Hai un attestato HACCP valido?",
        ),
    ),
)  # fmt: skip

REPARTO = JobSpec(
    title="Repartidor/a de paquetería – Rutas Sur, Sevilla",
    description="Reparto de paquetes en furgoneta por Sevilla y su área metropolitana.",
    fields=(
        FieldSpec(
            key="carne", label="Carné de conducir", type="single_choice",
            choices=("A", "B", "C", "sin carné"),
            question="¿Qué carné de conducir tienes?",
        ),
        FieldSpec(
            key="zonas", label="Zonas que conoces", type="short_text",
            question="¿Qué zonas de Sevilla conoces bien?",
        ),
        FieldSpec(
            key="herramientas", label="Herramientas que sabes usar", type="short_text",
            question="¿Qué herramientas o aparatos de reparto sabes usar?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mañana", "tarde", "indiferente"),
            question="¿Qué turno prefieres: mañana, tarde o indiferente?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Posso di mattina e di pomeriggio, sono in pensione",
        "pomeriggio e anche mattina",
        "Di pomeriggio e di mattina va bene uguale",
    ],
)
def test_two_choices_joined_by_and_are_the_choice_that_joins_them(text: str) -> None:
    assert read_fields(LAVANDERIA, text, "fascia")["fascia"] == ("answered", "mattina e pomeriggio")


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("di mattina o di pomeriggio, non so", "vague", None),  # "or": not both
        ("di mattina, e di pomeriggio no", "answered", "mattina"),
    ],
)
def test_choices_not_joined_by_and_stay_apart(text: str, status: str, value: str | None) -> None:
    assert read_fields(LAVANDERIA, text, "fascia")["fascia"] == (status, value)


def test_a_word_that_only_looks_like_a_compound_s_tail_names_nothing() -> None:
    found = read_fields(LAVANDERIA, "Ciao, sei mesi in una stireria la scorsa estate.", "anni")
    assert found["anni"] == ("answered", 0.5)
    assert "attestato" not in found  # "estate" (summer) is not the tail of "att-estato"


@pytest.mark.parametrize(
    "text",
    [
        "Conozco bien Triana, a Macarena y Nervión",
        "A Triana la conozco de memoria",
        "Sobre todo el centro, y a veces voy a Dos Hermanas",
    ],
)
def test_a_one_letter_word_names_no_one_letter_choice(text: str) -> None:
    assert "carne" not in read_fields(REPARTO, text, "zonas")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tengo el B", "B"),
        ("a", "A"),  # the whole reply
        ("A, desde hace años", "A"),
        ("el carné A y nada más", "A"),
    ],
)
def test_a_one_letter_choice_is_still_picked(text: str, value: str) -> None:
    assert read_fields(REPARTO, text, "carne")["carne"] == ("answered", value)


def test_a_lower_case_one_letter_word_beside_a_choice_is_not_a_second_choice() -> None:
    assert read_fields(REPARTO, "tengo a B", "carne")["carne"] == ("answered", "B")


@pytest.mark.parametrize(
    "text",
    ["Me da igual", "Me da lo mismo el turno", "me es indiferente", "Tanto me da"],
)
def test_no_matter_in_more_words_is_the_choice_that_means_either(text: str) -> None:
    assert read_fields(REPARTO, text, "turno")["turno"] == ("answered", "indiferente")


def test_items_named_before_one_turned_down_are_no_none() -> None:
    text = "Escáner de mano y la PDA de Seur. La báscula no la he usado nunca"
    assert read_fields(REPARTO, text, "herramientas").get("herramientas", ("?",))[0] != "none"


def test_a_reply_that_opens_with_its_negative_is_still_a_none() -> None:
    text = "Ninguna, nunca he usado aparatos de reparto"
    assert read_fields(REPARTO, text, "herramientas")["herramientas"] == ("none", None)


ONORANZE = JobSpec(
    title="Operatore funebre – Onoranze Rossi, Treviso",
    description="Servizi funebri, trasporto salme e allestimento camere ardenti.",
    fields=(
        FieldSpec(
            key="patente", label="Patente B", type="yes_no", question="Ha la patente B?",
        ),
        FieldSpec(
            key="anni", label="Esperienza nel settore (anni)", type="years",
            question="Quanti anni di esperienza ha nel settore funebre o cimiteriale?",
        ),
        FieldSpec(
            key="profilo", label="Profilo", type="single_choice",
            choices=("meccanico", "elettrico", "elettromeccanico"),
            question="Qual è il suo profilo: meccanico, elettrico o elettromeccanico?",
        ),
        FieldSpec(
            key="attestato", label="Attestato", type="single_choice",
            choices=("base", "avanzato", "nessuno"),
            question="Quale attestato di operatore funebre ha: base, avanzato o nessuno?",
        ),
    ),
)  # fmt: skip


def test_years_beside_the_words_of_the_question_count_unasked() -> None:
    text = "Patente B sì, 12 anni in un'altra impresa funebre a Vicenza."
    assert read_fields(ONORANZE, text, "patente")["anni"] == ("answered", 12)
    # Years beside nothing the question asks about are only an aside, which the turn
    # takes for a field talked about before.
    aside = read_message(ONORANZE, "Patente B sì, da 12 anni.", "patente").findings["anni"]
    assert aside.source == "aside"


@pytest.mark.parametrize("text", ["Elettromeccanico", "elettromeccanico, ho il diploma"])
def test_a_choice_written_as_a_compound_of_another_is_itself(text: str) -> None:
    assert read_fields(ONORANZE, text, "profilo")["profilo"] == ("answered", "elettromeccanico")


@pytest.mark.parametrize(
    "text",
    [
        "Ho il base, sono in attesa dell'avanzato",
        "Base. Aspetto ancora l'avanzato",
    ],
)
def test_a_choice_still_awaited_is_not_the_one_held(text: str) -> None:
    assert read_fields(ONORANZE, text, "attestato")["attestato"] == ("answered", "base")
