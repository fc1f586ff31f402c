"""Reading classes the first runs of jobs_blind102 to jobs_blind109 showed, each on wordings
and jobs of its own (none copied from those sets).

An age after one's name or said as one ("52 Jahre alt") is no experience and answers an
age limit; a Spanish "y" is "and", not a chat "y" for yes; a sum after a colon is the
answer, a breakdown or a clock after one is not; "un chilometro" is one; a choice that
joins two things with "y" is named by both said apart; "tampoco tengo" picks the choice
for none; a German compound of days counts days; a zero of the field's subject beats
years of other work in the same sentence; "pick one" is no count; "mirándolo bien"
corrects; "schreibe ich lieber nichts", "not something I'd want to go into" and "offen
lassen" decline; the employer's own word names no field; a verb the label says in its
gerund or after "se" is named in its other forms; a calendar year is no count of years;
"rather not" picks a "prefer not to" choice but "rather not say" declines; a correction
inside a story is read; no preference taken back is no choice; a greeting or the kind
word alone is no "other" one; "still valid" is a current one; a clause naming the field
takes its choice from the two after it; being in class is busy; the months after a
correction count; "kinda hard" is a no; a take-back of another answer is no "no"; "depend
on" is undecided; and a short reply the code reads as another field is no short text.
"""

from __future__ import annotations

from datetime import date

import pytest

from server.interview.consult import understand
from server.interview.numerals import dates_relative_to
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

ALMACEN = JobSpec(
    title="Mozo/a de almacén – Frutas Huerta Sur, Almería",
    fields=(
        FieldSpec(
            key="anos", label="Experiencia en almacén (años)", type="years",
            question="¿Cuántos años de experiencia tienes en almacenes?",
        ),
        FieldSpec(
            key="carne", label="Carné de carretillero", type="yes_no",
            question="¿Tienes el carné de carretillero en vigor?",
        ),
        FieldSpec(
            key="carretillas", label="Carretillas que manejas", type="single_choice",
            choices=("frontal", "frontal y retráctil", "ninguna"),
            question="¿Qué carretillas manejas?",
        ),
        FieldSpec(
            key="curso", label="Curso de prevención", type="single_choice",
            choices=("curso básico", "curso avanzado", "sin curso"),
            question="¿Qué curso de prevención de riesgos tienes?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="km", label="Distancia (km)", type="number",
            question="¿A cuántos kilómetros del almacén vives?",
        ),
        FieldSpec(
            key="jueves", label="Disponible los jueves", type="yes_no",
            question="¿Puedes trabajar los jueves?",
        ),
        FieldSpec(
            key="temporada", label="Disponibilidad", type="single_choice",
            choices=("toda la temporada", "solo julio", "solo agosto"),
            question="¿Para qué periodo estás disponible?",
        ),
        FieldSpec(
            key="meses", label="Meses", type="single_choice",
            choices=("solo julio y agosto", "de junio a septiembre"),
            question="¿Qué meses puedes trabajar?",
        ),
        FieldSpec(
            key="barrio", label="Barrio", type="short_text",
            question="¿En qué barrio vives?",
        ),
        FieldSpec(
            key="dias", label="Días por semana", type="number",
            question="¿Cuántos días a la semana puedes trabajar?",
        ),
    ),
)  # fmt: skip

FESTZELT = JobSpec(
    title="Aushilfe (m/w/d) Getränkeausgabe – Frühlingsfest Heilbronn",
    fields=(
        FieldSpec(
            key="volljaehrig", label="Mindestens 18 Jahre alt", type="yes_no",
            question="Bist du mindestens 18 Jahre alt?",
        ),
        FieldSpec(
            key="arbeitstage", label="Arbeitstage pro Monat", type="number",
            question="An wie vielen Tagen im Monat kannst du arbeiten?",
        ),
        FieldSpec(
            key="erfahrung", label="Erfahrung im Ausschank (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung hast du im Ausschank?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchtest du arbeiten?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="gast", question="Ein Gast ist betrunken und will noch ein Bier. Was machst du?"
        ),
    ),
)  # fmt: skip

AGRI = JobSpec(
    title="Aiuto cuoco/a – Agriturismo Le Querce, Pienza",
    fields=(
        FieldSpec(
            key="cucina", label="Anni cucinando in un ristorante", type="years",
            question="Da quanti anni lavori in cucina?",
        ),
        FieldSpec(
            key="alloggio", label="Alloggio aziendale", type="yes_no",
            question="Ti serve l'alloggio messo a disposizione dall'azienda?",
        ),
        FieldSpec(
            key="caldo", label="Se cansa con el calor", type="yes_no",
            question="¿Te cansas con el calor de la cocina?",
        ),
        FieldSpec(
            key="nuoto", label="Sai nuotare", type="yes_no",
            question="Sai nuotare?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
    ),
)  # fmt: skip

PIER = JobSpec(
    title="Pier kiosk assistant – Southwold",
    fields=(
        FieldSpec(
            key="van", label="Driving the delivery van", type="single_choice",
            choices=("very keen", "happy to try", "prefer not to drive the van"),
            question="How do you feel about driving our delivery van?",
        ),
        FieldSpec(
            key="card", label="Food hygiene card", type="single_choice",
            choices=("valid card", "expired card", "no card"),
            question="Do you hold a food hygiene card: a valid one, an expired one, or none?",
        ),
        FieldSpec(
            key="sundays", label="Available every Sunday", type="yes_no",
            question="Can you work every Sunday of the season?",
        ),
        FieldSpec(
            key="saturdays", label="Saturday availability", type="single_choice",
            choices=("every Saturday", "every other Saturday", "no Saturdays"),
            question="Could you work every Saturday, every other one, or none?",
        ),
        FieldSpec(
            key="miles", label="Distance from home (miles)", type="number",
            question="How many miles do you live from the pier?",
        ),
        FieldSpec(
            key="licence", label="Licence", type="single_choice",
            choices=("licence A", "licence B", "other licence", "no licence"),
            question="Which licence do you hold?",
        ),
        FieldSpec(
            key="slot", label="Preferred slot", type="single_choice",
            choices=("morning", "afternoon", "no preference"),
            question="Which slot would you prefer?",
        ),
    ),
    custom_questions=(
        CustomQuestion(key="rude", question="Tell us about a time you dealt with a rude customer."),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Me llamo Inés, 29 años.", None),
        ("Soy la Marta, 41 años, y llevo cuatro años en almacenes.", 4),
        ("I'm Tom, 6 years as a picker.", 6),
    ],
)
def test_an_age_after_a_name_is_no_experience(text: str, value: int | None) -> None:
    found = read_fields(ALMACEN, text, "anos")
    assert found.get("anos", ("vague", None))[1] == value


def test_an_age_said_as_one_answers_an_age_limit() -> None:
    found = read_fields(
        FESTZELT, "Kurz zu mir: 52 Jahre alt, seit Jahren auf Festen.", "volljaehrig"
    )
    assert found["volljaehrig"] == ("answered", True)
    assert read_fields(FESTZELT, "16 Jahre alt.", "volljaehrig")["volljaehrig"] == (
        "answered",
        False,
    )


def test_a_spanish_y_is_and_not_yes() -> None:
    text = "Lo tuve hace años, pero caducó y no lo he renovado."
    assert read_fields(ALMACEN, text, "carne")["carne"] == ("answered", False)
    assert read_fields(ALMACEN, "y", "carne")["carne"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tres mañanas de cuatro horas: doce horas en total a la semana.", 12),
        ("Veinte horas, salgo a las 17:45 de clase.", 20),
    ],
)
def test_a_sum_after_a_colon_is_the_answer_a_clock_is_not(text: str, value: int) -> None:
    assert read_fields(ALMACEN, text, "horas")["horas"] == ("answered", value)


def test_a_breakdown_after_a_colon_keeps_the_total() -> None:
    text = "Cinco años: tres en Mercadona y dos en una cooperativa."
    assert read_fields(ALMACEN, text, "anos")["anos"] == ("answered", 5)


@pytest.mark.parametrize(
    "text", ["Vivo a circa un chilometro.", "Moro a um quilômetro daí.", "Einen Kilometer."]
)
def test_one_of_a_distance_in_words_is_one(text: str) -> None:
    assert read_fields(ALMACEN, text, "km")["km"] == ("answered", 1)


@pytest.mark.parametrize("text", ["Manejo la frontal y la retráctil.", "frontal + retráctil"])
def test_a_choice_of_two_joined_is_named_by_both_said_apart(text: str) -> None:
    assert read_fields(ALMACEN, text, "carretillas")["carretillas"] == (
        "answered",
        "frontal y retráctil",
    )


def test_not_having_it_either_picks_the_choice_for_none() -> None:
    found = read_fields(ALMACEN, "Tampoco lo tengo.", "curso")
    assert found["curso"] == ("answered", "sin curso")


@pytest.mark.parametrize(("text", "value"), [("Acht Tage.", 8), ("So zehn, zwölf Tage.", 11)])
def test_a_german_compound_of_days_counts_days(text: str, value: int) -> None:
    assert read_fields(FESTZELT, text, "arbeitstage")["arbeitstage"] == ("answered", value)


def test_a_zero_of_the_subject_beats_other_years_in_the_same_sentence() -> None:
    text = "En almacén cero, llevo siete años de repartidor en moto."
    assert read_fields(ALMACEN, text, "anos")["anos"][0] == "none"


def test_pick_one_is_no_count_of_one() -> None:
    found = read_fields(PIER, "If I had to pick one: the van, happily.", "miles")
    assert "miles" not in found or found["miles"][0] != "answered"


def test_looking_again_corrects_a_number() -> None:
    text = "A unos treinta kilómetros... bueno, mirándolo bien son veintiocho."
    assert read_fields(ALMACEN, text, "km")["km"] == ("answered", 28)


@pytest.mark.parametrize(
    ("job", "asked", "text"),
    [
        (FESTZELT, "erfahrung", "Dazu schreibe ich lieber nichts."),
        (FESTZELT, "stunden", "Das lasse ich lieber offen."),
        (PIER, "rude", "Not something I'd want to go into here, sorry."),
    ],
)
def test_more_ways_to_decline(job: JobSpec, asked: str, text: str) -> None:
    assert read_fields(job, text, asked)[asked][0] == "declined"


def test_the_employers_own_word_names_no_field() -> None:
    found = read_fields(AGRI, "Lavoro per l'azienda di mio padre da tre anni.", "ore")
    assert "alloggio" not in found


def test_a_verb_the_label_says_in_its_gerund_or_after_se_is_named_in_other_forms() -> None:
    found = read_fields(AGRI, "Cucino da quando avevo 15 anni e adesso ne ho 35.", "ore")
    assert found["cucina"] == ("answered", 20)
    found = read_fields(AGRI, "Ciao! No me canso con el calor, tranquilo.", "nuoto")
    assert found["caldo"] == ("answered", False)


def test_a_calendar_year_is_no_count_of_years() -> None:
    with dates_relative_to(date(2026, 12, 1)):
        found = read_fields(ALMACEN, "Lo saqué en 2021.", "anos")
    assert found["anos"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("Honestly I'd rather not drive it, motorways make me nervous.", "answered",
         "prefer not to drive the van"),
        ("I'd rather not say.", "declined", None),
    ],
)  # fmt: skip
def test_rather_not_picks_a_prefer_not_choice(text: str, status: str, value: str | None) -> None:
    assert read_fields(PIER, text, "van")["van"] == (status, value)


def test_a_correction_inside_a_story_is_read() -> None:
    text = (
        "Ich würde ihm freundlich sagen, dass heute Schluss ist, und ihm ein Wasser anbieten. "
        "Und noch etwas: es sind doch eher zehn Tage im Monat."
    )
    assert read_fields(FESTZELT, text, "gast")["arbeitstage"] == ("answered", 10)


def test_no_preference_taken_back_is_no_pick() -> None:
    text = "No preference... actually I'd rather do the early shift, for the bus."
    found = read_fields(PIER, text, "slot")
    assert found.get("slot", ("vague", None)) != ("answered", "no preference")


@pytest.mark.parametrize("text", ["Hello, I have a licence.", "A licence, yes."])
def test_a_greeting_or_the_kind_word_alone_is_no_other_one(text: str) -> None:
    assert read_fields(PIER, text, "licence")["licence"] != ("answered", "other licence")


def test_still_valid_is_the_current_one() -> None:
    text = "Did the course in spring, it's still valid."
    assert read_fields(PIER, text, "card")["card"] == ("answered", "valid card")


def test_a_clause_naming_the_field_takes_its_choice_from_two_after_it() -> None:
    text = "Estoy disponible desde junio, fines de semana incluidos, y para toda la temporada."
    assert read_fields(ALMACEN, text, "anos")["temporada"] == ("answered", "toda la temporada")


def test_being_in_class_is_busy() -> None:
    found = read_fields(ALMACEN, "No, los jueves tengo clase en la escuela.", "curso")
    assert found["jueves"] == ("answered", False)


def test_the_months_after_a_correction_count() -> None:
    text = "Solo julio y agosto... no, perdona, puedo desde junio, o sea de junio a septiembre."
    assert read_fields(ALMACEN, text, "meses")["meses"] == ("answered", "de junio a septiembre")


def test_kinda_hard_is_a_no() -> None:
    text = "Sundays are kinda hard with my kids' football, I could do some."
    assert read_fields(PIER, text, "sundays")["sundays"] == ("answered", False)


def test_a_take_back_of_another_answer_is_no_no() -> None:
    found = read_fields(AGRI, "Trenta ore. Anzi no, scusate, venticinque.", "nuoto")
    assert "nuoto" not in found or found["nuoto"][0] != "answered"
    assert found["ore"] == ("answered", 25)


def test_depend_on_is_undecided() -> None:
    text = "Saturdays depend on my partner's rota, I'd have to check."
    assert read_fields(PIER, text, "saturdays")["saturdays"][0] == "vague"


async def test_a_short_reply_read_as_another_field_is_no_short_text() -> None:
    reading = await understand(
        judging_engine("specific"), ALMACEN, "Cinco días a la semana.", "barrio"
    )
    assert reading.findings["barrio"].status == "vague"
    assert reading.findings["dias"].value == 5
    reading = await understand(
        judging_engine("specific"), ALMACEN, "En Triana, cinco días.", "barrio"
    )
    assert reading.findings["barrio"].status == "answered"


def test_a_word_for_none_opening_the_reply_beats_other_years() -> None:
    text = "Ninguno la verdad, he sido cocinero cinco años."
    assert read_fields(ALMACEN, text, "anos")["anos"][0] == "none"


def test_a_choice_of_two_joined_is_named_unasked_too() -> None:
    text = "Llevo 6 años y manejo la frontal y la retráctil sin problema."
    assert read_fields(ALMACEN, text, "anos")["carretillas"] == ("answered", "frontal y retráctil")


def test_a_decline_with_moechte_stays_with_the_question_asked() -> None:
    job = JobSpec(
        title="Aushilfe Bäckerei – Backhaus Krämer, Kassel",
        fields=(FieldSpec(key="ort", label="Wohnort", type="short_text", required=False),),
        custom_questions=(
            CustomQuestion(
                key="kunde", question="Ein Kunde möchte ein Brot reservieren. Was tun Sie?"
            ),
        ),
    )
    found = read_fields(job, "Das möchte ich lieber nicht angeben.", "ort")
    assert found == {"ort": ("declined", None)}


async def test_that_depends_answers_no_open_question() -> None:
    job = JobSpec(
        title="Guía de rutas en bici – Sierra de Cazorla",
        custom_questions=(
            CustomQuestion(key="caida", question="Un cliente se cae de la bici. ¿Qué haces?"),
        ),
    )
    reading = await understand(
        judging_engine("specific"), job, "Eso depende de la situación.", "caida"
    )
    assert reading.findings["caida"].status == "vague"


def test_a_take_back_of_ones_own_maybe_is_still_a_no() -> None:
    text = "Thursdays might work once my sister is back... actually no, I can't, sorry."
    assert read_fields(ALMACEN, text, "jueves")["jueves"] == ("answered", False)


def test_no_preference_with_a_wish_to_learn_stays_no_preference() -> None:
    text = "No preference, I want to learn every part of it."
    assert read_fields(PIER, text, "slot")["slot"] == ("answered", "no preference")


def test_how_often_is_no_hours() -> None:
    text = "Tiempo completo, si me dejáis libre el sábado dos veces al mes."
    assert read_fields(ALMACEN, text, "horas").get("horas", ("vague", None))[0] != "answered"


def test_without_a_doubt_is_no_no() -> None:
    found = read_fields(AGRI, "Cucina, senza dubbio.", "alloggio")
    assert "alloggio" not in found or found["alloggio"] != ("answered", False)
