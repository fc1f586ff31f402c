"""Counts, orders and held papers said in any of the six languages: an ordinal that names a
day, not a place in a list; an ordinal in words for a numbered choice; "only" beside the
choice that says it; a count said per the question's own period; how long a task takes,
a clock hour, or a spell of other work, none of them years of experience; thousands
grouped with a space; "não sei nadar", a no, not turned by a "but" about another thing.

The classes were seen on the first runs of eight blind job sets (stop 43); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

SALINA = JobSpec(
    title="Operário/a de salina – Salinas do Samouco",
    description="Colheita de sal marinho, de junho a setembro.",
    fields=(
        FieldSpec(
            key="anos", label="Anos de experiência em salinas ou no campo", type="years",
            question="Há quantos anos trabalha em salinas ou no campo?",
        ),
        FieldSpec(
            key="turno", label="Turno preferido", type="single_choice",
            choices=("madrugada", "manhã", "tarde"),
            question="Que turno prefere: madrugada, manhã ou tarde?",
        ),
        FieldSpec(
            key="dias", label="Dias por semana na salina", type="single_choice",
            choices=("até 2 dias", "3 a 4 dias", "5 dias ou mais"),
            question="Quantos dias por semana pode vir à salina: até 2 dias, 3 a 4 dias, "
            "ou 5 dias ou mais?",
        ),
        FieldSpec(
            key="nadar", label="Sabe nadar (trabalho junto aos tanques)", type="yes_no",
            question="Você sabe nadar?",
        ),
        FieldSpec(
            key="carta", label="Anos com carta de condução", type="years", required=False,
            question="Há quantos anos tem carta de condução?",
        ),
        FieldSpec(
            key="motivo", label="Uma situação difícil", type="long_text",
            question="Conte uma situação difícil no trabalho e o que fez.",
        ),
    ),
)  # fmt: skip

FARO = JobSpec(
    title="Gardien(ne) de phare saisonnier – Phare de la Pointe",
    description="Visites et entretien du phare, d'avril à octobre.",
    fields=(
        FieldSpec(
            key="brevet", label="Brevet de secourisme", type="single_choice",
            choices=("aucun", "niveau 1er degré", "niveau 2e degré", "niveau 3e degré"),
            question="Quel brevet de secourisme avez-vous : aucun, 1er, 2e ou 3e degré ?",
        ),
        FieldSpec(
            key="saisons", label="Saisons déjà faites", type="number",
            question="Combien de saisons avez-vous déjà faites ?",
        ),
        FieldSpec(
            key="jours", label="Jours de visite", type="single_choice",
            choices=("weekends only", "school holidays only", "weekends and school holidays"),
            question="Quand pouvez-vous faire les visites : weekends only, school holidays "
            "only, ou weekends and school holidays ?",
        ),
        FieldSpec(
            key="marches", label="Marches montées par jour", type="number",
            question="Combien de marches pouvez-vous monter par jour ?",
            example="1 500 marches",
        ),
        FieldSpec(
            key="paie", label="Mode de paie", type="single_choice",
            choices=("à l'heure", "à la visite", "sans préférence"),
            question="Préférez-vous être payé(e) à l'heure, à la visite, ou sans préférence ?",
        ),
        FieldSpec(
            key="secourisme", label="PSC1 en cours de validité", type="yes_no",
            question="Votre PSC1 est-il en cours de validité ?",
        ),
        FieldSpec(
            key="fetes", label="Fêtes où vous ne pouvez pas travailler", type="short_text",
            required=False,
            question="Y a-t-il une fête (Fête de la Mer, Quatorze Juillet, Fête du Phare) où "
            "vous ne pouvez pas travailler ?",
        ),
    ),
)  # fmt: skip

SHOWS = JobSpec(
    title="Pantomime dame – Theatre Royal, winter season",
    description="Two shows a day over the festive season.",
    fields=(
        FieldSpec(
            key="stage_years", label="Years on stage", type="years",
            question="How many years have you performed on stage?",
        ),
        FieldSpec(
            key="shows", label="Shows per week", type="number",
            description="Most shows are on Saturday and Sunday nights, some on weekdays.",
            question="How many shows a week could you do?", example="6 shows",
        ),
        FieldSpec(
            key="costume", label="Costume size", type="single_choice",
            choices=("small", "medium", "large"),
            question="Which costume size: small, medium or large?",
        ),
    ),
)  # fmt: skip

LATEX = JobSpec(
    title="Sangrador(a) de seringueira – Sítio Boa Vista",
    description="Sangria e coleta de látex, safra 2027.",
    fields=(
        FieldSpec(
            key="anos", label="Anos de sangria", type="years",
            question="Há quantos anos você sangra seringueira?",
        ),
        FieldSpec(
            key="coleta", label="Tipo de coleta", type="single_choice",
            choices=("látex líquido", "coágulo (cernambi)", "os dois"),
            question="Já coletou látex líquido, coágulo (cernambi) ou os dois?",
        ),
        FieldSpec(
            key="arvores", label="Árvores sangradas por dia", type="number",
            question="Quantas árvores você sangra por dia?", example="700 árvores",
        ),
    ),
)  # fmt: skip

RADWERK = JobSpec(
    title="Mitarbeiter/in Fahrradverleih – Elberadweg",
    description="Ausgabe, Rücknahme und kleine Reparaturen.",
    fields=(
        FieldSpec(
            key="technik", label="Erfahrung mit Fahrradtechnik", type="single_choice",
            choices=("keine", "Fahrradreparatur privat", "Fahrradwerkstatt beruflich"),
            question="Welche Erfahrung hast du: keine, Fahrradreparatur privat oder "
            "Fahrradwerkstatt beruflich?",
        ),
        FieldSpec(
            key="fuehrerschein", label="Jahre mit Führerschein Klasse B", type="years",
            question="Seit wie vielen Jahren hast du den Führerschein Klasse B?",
        ),
    ),
)  # fmt: skip


def test_a_start_said_before_a_colon_is_no_label() -> None:
    text = "Trabalho nas salinas desde 2016: primeiro a rapar, depois a carregar."
    assert read_fields(SALINA, text, "anos")["anos"] == ("answered", 10)


@pytest.mark.parametrize(
    "text", ["Apanho o autocarro das 7.", "I take the bus at 7.", "Prendo il treno delle 7."]
)
def test_a_clock_hour_is_no_years(text: str) -> None:
    assert read_fields(SALINA, text, "anos").get("anos", ("vague",))[0] != "answered"


def test_a_bare_number_still_answers_the_years_asked() -> None:
    assert read_fields(SALINA, "7", "anos")["anos"] == ("answered", 7)


@pytest.mark.parametrize(
    "text",
    [
        "Posso, desde que o contrato seja desde o primeiro dia.",
        "Sí, si me dais de alta desde el primer día.",
        "Oui, à condition d'être payé dès le premier mois.",
    ],
)
def test_the_first_day_names_no_first_choice(text: str) -> None:
    assert read_fields(SALINA, text, "turno").get("turno", ("vague",))[0] != "answered"


def test_the_first_one_still_names_the_first_choice() -> None:
    assert read_fields(SALINA, "a primeira", "turno")["turno"] == ("answered", "madrugada")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Le premier degré.", "niveau 1er degré"),
        ("Tengo el de primer grado.", "niveau 1er degré"),
        ("Il secondo grado.", "niveau 2e degré"),
        ("Den dritten Grad.", "niveau 3e degré"),
    ],
)
def test_an_ordinal_in_words_names_the_choice_of_its_number(text: str, choice: str) -> None:
    assert read_fields(FARO, text, "brevet")["brevet"] == ("answered", choice)


async def test_a_count_of_another_thing_picks_no_numbered_choice() -> None:
    # the model, asked, would pick the 3rd; three seasons are no third degree
    reading = await understand(
        judging_engine("specific", pick="niveau 3e degré"), FARO, "Tres temporadas.", "brevet"
    )
    assert reading.findings["brevet"].status != "answered"
    reading = await understand(
        judging_engine("specific", pick="niveau 3e degré"), FARO, "Le 3e degré.", "brevet"
    )
    found = reading.findings["brevet"]
    assert (found.status, found.value) == ("answered", "niveau 3e degré")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Solo fines de semana.", "weekends only"),
        ("Nur am Wochenende.", "weekends only"),
        ("Only weekends", "weekends only"),
        ("I can only do weekends and school holidays", "weekends and school holidays"),
        ("both weekends and school holidays", "weekends and school holidays"),
    ],
)
def test_only_picks_the_choice_that_says_it(text: str, choice: str) -> None:
    assert read_fields(FARO, text, "jours")["jours"] == ("answered", choice)


def test_one_part_of_a_choice_made_of_two_is_not_the_whole() -> None:
    found = read_fields(FARO, "weekends", "jours")
    assert found["jours"] != ("answered", "weekends and school holidays")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Posso vir cinco dias por semana.", "5 dias ou mais"),
        ("Dois dias por semana, tenho outro trabalho.", "até 2 dias"),
        ("quatro dias", "3 a 4 dias"),
    ],
)
def test_a_count_per_the_questions_own_period_picks_its_span(text: str, choice: str) -> None:
    assert read_fields(SALINA, text, "dias")["dias"] == ("answered", choice)


def test_a_count_of_days_put_right_unasked_picks_its_span() -> None:
    text = (
        "Uma correção: posso vir à salina quatro dias por semana, não dois. Quanto ao resto, nada."
    )
    assert read_fields(SALINA, text, "motivo")["dias"] == ("answered", "3 a 4 dias")


@pytest.mark.parametrize(
    "text",
    [
        "Diria ao cliente que demora uns dois anos a aprender bem.",
        "I'd tell him it takes at least a month to restore properly.",
        "Gli direi che ci vuole almeno un mese.",
    ],
)
def test_how_long_a_task_takes_is_no_experience(text: str) -> None:
    assert "anos" not in read_fields(SALINA, text, "motivo")


def test_a_spell_of_other_work_is_no_time_a_licence_is_held() -> None:
    found = read_fields(
        RADWERK, "Ich habe drei Jahre in einer Fahrradwerkstatt gearbeitet.", "technik"
    )
    assert found["technik"] == ("answered", "Fahrradwerkstatt beruflich")
    assert "fuehrerschein" not in found
    found = read_fields(RADWERK, "Ja, und den Führerschein habe ich seit zehn Jahren.", "technik")
    assert found["fuehrerschein"] == ("answered", 10)


def test_a_long_word_said_whole_names_its_choice_over_one_it_only_begins() -> None:
    found = read_fields(RADWERK, "hab 2 jahre in ner fahrradwerkstatt gejobbt", "technik")
    assert found["technik"] == ("answered", "Fahrradwerkstatt beruflich")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("oi, nao sei nadar nao, mas uso colete sem problema", False),
        ("No sé nadar, pero llevo chaleco sin problema.", False),
        ("Je ne sais pas nager.", False),
        ("não sei nadar, mas acho que aguento sim", True),
        ("sei nadar sim", True),
    ],
)
def test_not_knowing_how_is_a_no_a_but_about_another_thing_keeps_it(text: str, value: bool) -> None:
    assert read_fields(SALINA, text, "nadar")["nadar"] == ("answered", value)


def test_not_knowing_what_to_say_is_no_no() -> None:
    assert read_fields(SALINA, "não sei dizer", "nadar")["nadar"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sí lo tengo, me caduca en julio pero lo renuevo en junio", True),
        ("lo tengo pero está caducado", False),
    ],
)
def test_a_paper_that_expires_later_is_still_held(text: str, value: bool) -> None:
    assert read_fields(FARO, text, "secourisme")["secourisme"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Entre 1 200 et 1 500 marches par jour.", 1350),
        ("Environ deux mille marches par jour.", 2000),
        ("Unos 2 500 escalones al día.", 2500),
    ],
)
def test_thousands_grouped_by_a_space_or_said_about(text: str, value: int) -> None:
    assert read_fields(FARO, text, "marches")["marches"] == ("answered", value)


@pytest.mark.parametrize("text", ["Me da igual.", "Sans préférence.", "Senza preferenze."])
def test_no_preference_in_another_language_picks_the_choice_for_it(text: str) -> None:
    assert read_fields(FARO, text, "paie")["paie"] == ("answered", "sans préférence")


def test_a_count_of_the_fields_own_things_unasked_despite_its_description() -> None:
    found = read_fields(
        SHOWS, "Twelve years in panto, and I can do eight shows a week.", "stage_years"
    )
    assert found["shows"] == ("answered", 8)


def test_both_named_after_each_and_a_count_per_the_fields_period_unasked() -> None:
    text = (
        "Tenho 20 anos de seringal, já coletei látex e coágulo, os dois, e sangro umas 800 "
        "árvores por dia."
    )
    found = read_fields(LATEX, text, "anos")
    assert found["coleta"] == ("answered", "os dois")
    assert found["arvores"] == ("answered", 800)


async def test_a_listed_thing_turned_down_as_asked_answers_the_question() -> None:
    reading = await understand(
        judging_engine("none"),
        FARO,
        "Le Quatorze Juillet je ne peux pas, c'est le mariage de ma sœur.",
        "fetes",
    )
    assert reading.findings["fetes"].status == "answered"
    reading = await understand(judging_engine("none"), FARO, "Non, aucune.", "fetes")
    assert reading.findings["fetes"].status == "none"


FORNO = JobSpec(
    title="Auxiliar de produção – Fábrica de Biscoitos Serra Azul",
    description="Produção de biscoitos em três turnos.",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("1º turno", "2º turno", "3º turno", "qualquer turno"),
            question="Qual turno você prefere: 1º, 2º, 3º ou qualquer turno?",
        ),
        FieldSpec(
            key="onibus", label="Ônibus até a fábrica", type="number",
            question="Quantos ônibus você pega até a fábrica?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="Quantas horas por semana você pode trabalhar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Du lundi au samedi : 8 heures par jour en semaine et 4 heures le samedi matin.",
        "Monday to Saturday: 8 hours a day on weekdays and 4 hours on Saturday morning.",
        "8 horas entre semana y 4 el sábado",
    ],
)
def test_a_days_hours_said_of_weekdays_count_five_days(text: str) -> None:
    assert read_fields(FORNO, text, "horas")["horas"] == ("answered", 44)


def test_the_week_named_as_a_reason_adds_no_weekdays() -> None:
    text = "Solo sábados y domingos, 8 horas cada día, entre semana estudio."
    assert read_fields(FORNO, text, "horas")["horas"] == ("answered", 16)


def test_only_one_said_first_is_one() -> None:
    found = read_fields(FORNO, "Só um, o ônibus passa na porta de casa.", "onibus")
    assert found["onibus"] == ("answered", 1)


@pytest.mark.parametrize(
    ("text", "asked", "choice"),
    [
        ("3 turno pq estudo de dia", "turno", "3º turno"),
        ("pera, errei o turno: é o 2 turno, eu só estudo de manhã", "onibus", "2º turno"),
    ],
)
def test_a_choice_with_an_ordinal_ending_named_by_its_number(
    text: str, asked: str, choice: str
) -> None:
    found = read_fields(FORNO, text, asked)
    assert found["turno"] == ("answered", choice)
    assert found.get("onibus", ("vague", None))[0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I got my licence in 2023, in Ireland.", 3),
        ("Den habe ich 2015 gemacht.", 11),
        ("Lo saqué en 2019.", 7),
    ],
)
def test_the_year_a_licence_was_got_counts_the_years_it_is_held(text: str, value: int) -> None:
    assert read_fields(RADWERK, text, "fuehrerschein")["fuehrerschein"] == ("answered", value)


def test_a_year_said_to_years_of_work_is_no_count() -> None:
    assert read_fields(SALINA, "Lo saqué en 2019.", "anos").get("anos", ("vague",))[0] != "answered"


@pytest.mark.parametrize(
    "text", ["Ich spiele ja selbst nicht, also keine.", "I don't play myself, so none."]
)
def test_a_reply_ending_on_so_none_is_none(text: str) -> None:
    assert read_fields(FARO, text, "fetes")["fetes"][0] == "none"


@pytest.mark.parametrize(
    ("text", "asked"),
    [("mostly off-road buggies", "disc"), ("Since 2016, mostly off-road buggies.", "years")],
)
def test_a_plural_in_ies_names_its_choice(text: str, asked: str) -> None:
    job = JobSpec(
        title="RC model shop assistant",
        description="",
        fields=(
            FieldSpec(
                key="years", label="Years in RC", type="years", question="How many years in RC?"
            ),
            FieldSpec(
                key="disc", label="RC discipline", type="single_choice",
                choices=("on-road touring", "off-road buggy", "rock crawler"),
                question="Which discipline: on-road touring, off-road buggy or rock crawler?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, asked)["disc"] == ("answered", "off-road buggy")
