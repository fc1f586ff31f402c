"""Readings fixed after the first runs of jobs_blind174 to 181: hours a night for so many
nights, a brand named "Total" that is no total, the part of a spell that is the work asked,
a part of the day that names no day, "without a problem with" asked as a yes, "keine
Sorge" that is no "none", and a number taken back for another right after it was given."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

BAKERY = JobSpec(
    title="Tourier de nuit (H/F) – Boulangerie du Marché, Nevers",
    fields=(
        FieldSpec(
            key="years",
            label="Expérience en caisse ou en station-service (années)",
            type="years",
            question="Combien d'années d'expérience en caisse ou en station ?",
        ),
        FieldSpec(
            key="hours",
            label="Heures par semaine",
            type="hours_per_week",
            question="Combien d'heures par semaine pouvez-vous faire ?",
        ),
        FieldSpec(
            key="slot",
            label="Créneau préféré",
            type="single_choice",
            choices=("ouverture", "fermeture", "alternance"),
            question="Quel créneau préférez-vous : l'ouverture, la fermeture ou l'alternance ?",
        ),
        FieldSpec(
            key="sunday",
            label="Disponible un dimanche matin sur deux",
            type="yes_no",
            question="Pouvez-vous travailler un dimanche matin sur deux ?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("7h par nuit 5 nuits", 35),
        ("6 Stunden pro Nacht, 4 Nächte", 24),
        ("7 horas por noche, 5 noches", 35),
        ("8 hours a night, 4 nights", 32),
    ],
)
def test_hours_a_night_for_so_many_nights(text: str, hours: int) -> None:
    assert read_fields(BAKERY, text, "hours")["hours"] == ("answered", hours)


def test_a_brand_called_total_is_no_total() -> None:
    text = "J'ai été caissière trois ans, puis un an et demi dans une station Total à Nevers."
    assert read_fields(BAKERY, text, "years")["years"] == ("answered", 4.5)


def test_a_total_said_by_its_figure_still_is_one() -> None:
    text = "Trois ans en caisse et deux en station, cinq ans au total."
    assert read_fields(BAKERY, text, "years")["years"] == ("answered", 5)


def test_a_part_of_the_day_alone_names_no_day() -> None:
    found = read_fields(BAKERY, "Je préfère l'ouverture, je suis du matin.", "slot")
    assert found["slot"] == ("answered", "ouverture")
    assert "sunday" not in found
    # the day named, it is answered as before
    found = read_fields(BAKERY, "L'ouverture. Et le dimanche matin ça me va.", "slot")
    assert found["sunday"] == ("answered", True)


DECON = JobSpec(
    title="Sterile Services Technician – Decontamination Unit, Taunton",
    fields=(
        FieldSpec(
            key="years",
            label="Years in sterile services or decontamination",
            type="years",
            question="How many years have you worked in sterile services?",
        ),
        FieldSpec(
            key="heights",
            label="Trabalha em altura (andaime e escada)",
            type="yes_no",
            question="Você trabalha em andaime e escada sem problema com altura?",
        ),
    ),
)


def test_only_the_part_of_a_spell_in_the_work_asked_counts() -> None:
    text = "I've worked in hospitals for eleven years, but only the last three in sterile services."
    assert read_fields(DECON, text, "years")["years"] == ("answered", 3)
    # the whole spell in the work asked: all of it counts
    text = "I've worked in sterile services for eleven years, but only the last three at Musgrove."
    assert read_fields(DECON, text, "years")["years"] == ("answered", 11)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sem problema nenhum com altura.", True),
        ("andaime de boa, escada alta prefiro não mas encaro", True),
        ("Tenho problema com altura, não subo em andaime.", False),
    ],
)
def test_without_a_problem_with_is_asked_as_a_yes(text: str, value: bool) -> None:
    assert read_fields(DECON, text, "heights")["heights"] == ("answered", value)


SALES = JobSpec(
    title="Operador(a) de Telemarketing Ativo – Recife",
    fields=(
        FieldSpec(
            key="sales",
            label="Vendas fechadas por mês",
            type="number",
            question="Quantas vendas você fechava por mês?",
        ),
        FieldSpec(
            key="systems",
            label="Sistemas de CRM ou discadores",
            type="short_text",
            question="Quais sistemas de CRM ou discadores você já usou?",
        ),
    ),
)


async def test_a_number_taken_back_right_after_is_corrected() -> None:
    state, _ = start(SALES)
    state = await reply(state, SALES, "sales", "umas 80 por mes")
    assert state.fields["sales"].value == 80
    state = await reply(state, SALES, "systems", "ops, 80 nao, eram 60 por mes")
    assert state.fields["sales"].value == 60
    assert state.fields["systems"].status != "answered"


async def test_another_number_that_takes_nothing_back_corrects_nothing() -> None:
    state, _ = start(SALES)
    state = await reply(state, SALES, "sales", "umas 80 por mes")
    state = await reply(state, SALES, "systems", "ops, 3 sistemas, 2 discadores")
    assert state.fields["sales"].value == 80


SHIFTS = JobSpec(
    title="Sterile Services Technician – Decontamination Unit, Plymouth",
    fields=(
        FieldSpec(
            key="shift",
            label="Preferred shift pattern",
            type="single_choice",
            choices=("early shifts", "late shifts", "rotating shifts"),
            question="Which shift pattern would you prefer: early, late or rotating shifts?",
        ),
    ),
)
TURNO = JobSpec(
    title="Operador(a) de Telemarketing Ativo – Recife",
    fields=(
        FieldSpec(
            key="turno",
            label="Turno preferido",
            type="single_choice",
            choices=("manhã", "tarde", "tanto faz"),
            question="Qual turno você prefere: manhã, tarde ou tanto faz?",
        ),
    ),
)


def test_the_portuguese_the_is_no_or() -> None:
    text = "Pode ser qualquer turno, o rotativo para mim está bem."
    assert read_fields(SHIFTS, text, "shift")["shift"] == ("answered", "rotating shifts")
    # a Spanish "o" still is one: either, said
    found = read_fields(SHIFTS, "Temprano o tarde, cualquier turno.", "shift")
    assert found["shift"][0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De manhã eu faço faculdade, então teria que ser à tarde.", "tarde"),
        ("De manhã levo meu filho na escola, então tem que ser à tarde.", "tarde"),
        ("À tarde tenho outro emprego, então teria de ser de manhã.", "manhã"),
    ],
)
def test_what_the_reasons_leave_is_the_choice(text: str, value: str) -> None:
    assert read_fields(TURNO, text, "turno")["turno"] == ("answered", value)


CALVES = JobSpec(
    title="Calf Rearer – Hollins Green Dairy, Nantwich",
    fields=(
        FieldSpec(
            key="feeding",
            label="Calf feeding method used",
            type="single_choice",
            choices=("buckets or teat feeders", "automatic calf feeder", "both", "neither"),
            question="How have you fed calves: buckets or teat feeders, an automatic calf "
            "feeder, both, or neither?",
        ),
    ),
)
HORARIO = JobSpec(
    title="Auxiliar de Ação Educativa para ATL – Matosinhos",
    fields=(
        FieldSpec(
            key="horario",
            label="Horário",
            type="single_choice",
            choices=("só manhãs", "só tardes", "manhãs e tardes"),
            question="Que horário pode fazer: só manhãs, só tardes ou manhãs e tardes?",
        ),
    ),
)
CATALOGO = JobSpec(
    title="Banconista ricambi auto – Brescia",
    fields=(
        FieldSpec(
            key="catalogo",
            label="Catalogo elettronico usato",
            type="single_choice",
            choices=("TecDoc", "cataloghi delle case auto", "entrambi", "nessuno"),
            question="Quale catalogo elettronico dei ricambi hai usato di più: TecDoc, i "
            "cataloghi delle case auto, entrambi oppure nessuno?",
        ),
    ),
)


def test_a_thing_never_used_named_after_its_article_is_turned_down() -> None:
    text = "Con tetinas y cubos, nunca he usado una nodriza automática."
    assert read_fields(CALVES, text, "feeding").get("feeding") != (
        "answered",
        "automatic calf feeder",
    )
    text = "I've used an automatic feeder for years."
    assert read_fields(CALVES, text, "feeding")["feeding"] == ("answered", "automatic calf feeder")


def test_a_choice_not_worth_it_is_turned_down() -> None:
    text = "Só de manhã não compensa para mim, prefiro fazer manhã e tarde."
    assert read_fields(HORARIO, text, "horario")["horario"] == ("answered", "manhãs e tardes")


def test_never_using_one_choice_is_not_never_using_any() -> None:
    text = "il catalogo della casa, quello opel. tecdoc mai usato"
    found = read_fields(CATALOGO, text, "catalogo")["catalogo"]
    assert found == ("answered", "cataloghi delle case auto")
    # never having used one at all still is none
    text = "Mai usato un catalogo elettronico, lavoravo a voce."
    assert read_fields(CATALOGO, text, "catalogo")["catalogo"] == ("answered", "nessuno")


NIGHTS = JobSpec(
    title="Traffic Management Operative – Rotherham",
    fields=(
        FieldSpec(
            key="years",
            label="Years in livestock work",
            type="years",
            question="How many years have you worked with livestock?",
        ),
        FieldSpec(
            key="licence",
            label="Full driving licence",
            type="yes_no",
            question="Do you hold a full driving licence?",
        ),
        FieldSpec(
            key="nights",
            label="Night shifts",
            type="yes_no",
            question="Can you work night shifts?",
        ),
    ),
)


def test_in_total_still_says_the_total() -> None:
    text = "roughly 2 years in total, a few lambing seasons plus a year on a dairy farm"
    assert read_fields(NIGHTS, text, "years")["years"] == ("answered", 2)


def test_a_night_shift_is_named_by_its_nights() -> None:
    found = read_fields(NIGHTS, "Full licence, happy on nights, live in Rotherham.", "licence")
    assert found["nights"] == ("answered", True)


def test_both_said_first_then_each_is_both() -> None:
    text = "Usei os dois: o TecDoc no sistema da loja e o catálogo da Fiat, para as oficinas."
    assert read_fields(CATALOGO, text, "catalogo")["catalogo"] == ("answered", "entrambi")
    # both said, then taken back for one
    text = "Os dois… não, na verdade quase só o TecDoc."
    assert read_fields(CATALOGO, text, "catalogo").get("catalogo") != ("answered", "entrambi")
