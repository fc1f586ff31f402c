"""Reading classes the first runs of jobs_blind78 to jobs_blind85 showed, each on wordings
and jobs of its own (none copied from those sets).

A choice made of two others ("AB (moto e carro)", "Früh- und Spätschicht") is picked by a
word for both, by its parts' letters joined ("A y B"), or where it is named beside its
parts. An "other" choice takes a thing of the choices' kind that none of them is. A number
said to be too much, or put right ("make that four", "mejor cuatro", "ich meine 35"), gives
way to the one after it; a range in another language than the job's is still a range.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import read_fields

MOTO = JobSpec(
    title="Repartidor/a de farmacia – Sevilla",
    fields=(
        FieldSpec(
            key="carne", label="Carné de conducir", type="single_choice",
            choices=("A (moto)", "B (coche)", "AB (moto y coche)"),
            question="¿Qué carné tienes: A (moto), B (coche) o AB (moto y coche)?",
        ),
        FieldSpec(
            key="horas", label="Horas semanales", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="dias", label="Días por semana", type="number",
            question="¿Cuántos días por semana puedes trabajar?",
        ),
    ),
)  # fmt: skip

LAGER = JobSpec(
    title="Aushilfe Getränkemarkt – Kassel",
    fields=(
        FieldSpec(
            key="schicht", label="Schicht", type="single_choice",
            choices=("nur Frühschicht", "nur Spätschicht", "Früh- und Spätschicht"),
            question="Welche Schicht möchten Sie: nur Früh, nur Spät oder beides?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
        FieldSpec(
            key="start", label="Eintrittsdatum", type="short_text", required=False,
            question="Ab wann könnten Sie anfangen?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tengo el AB, saqué el de moto en 2019 y el de coche el año pasado", "AB (moto y coche)"),
        ("Tengo carné A y B", "AB (moto y coche)"),
        ("Los dos, moto y coche", "AB (moto y coche)"),
        ("Solo coche", "B (coche)"),
        ("El de moto", "A (moto)"),
    ],
)
def test_a_choice_made_of_two_others_is_named_by_both_or_beside_them(text: str, value: str) -> None:
    assert read_fields(MOTO, text, "carne")["carne"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Beides geht", "Früh- und Spätschicht"),
        ("Both is fine for me", "Früh- und Spätschicht"),
        ("Nur Spätschicht bitte", "nur Spätschicht"),
        ("Frühschicht", "nur Frühschicht"),
    ],
)
def test_a_german_pair_written_short_is_the_choice_of_both(text: str, value: str) -> None:
    assert read_fields(LAGER, text, "schicht")["schicht"] == ("answered", value)


def test_a_class_said_after_a_copula_names_its_choice() -> None:
    job = JobSpec(
        title="Van driver",
        fields=(
            FieldSpec(
                key="licence", label="Licence category", type="single_choice",
                choices=("B (car)", "C1 (7.5 t)", "C (HGV)"),
                question="Which licence do you hold: B, C1 or C?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "My licence is C1.", "licence")["licence"] == ("answered", "C1 (7.5 t)")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("entre 20 e 25 horas", {"min": 20, "max": 25}),  # Portuguese, on a Spanish job
        ("tra 30 e 35 ore", {"min": 30, "max": 35}),  # Italian
        ("zwischen 18 und 22 Stunden", {"min": 18, "max": 22}),
    ],
)
def test_a_range_in_another_language_than_the_jobs_is_a_range(text: str, hours: dict) -> None:
    assert read_fields(MOTO, text, "horas")["horas"] == ("answered", hours)


@pytest.mark.parametrize("text", ["cuatro o cinco días por semana", "4 a 5 días a la semana"])
def test_a_range_said_per_the_fields_period_counts_by_its_midpoint(text: str) -> None:
    assert read_fields(MOTO, text, "dias")["dias"] == ("answered", 4.5)


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Rondan las 120 al mes", 27.692), ("unas 100 al mes", 23.077), ("about 130 a month", 30)],
)
def test_hours_asked_and_said_a_month_without_their_unit(text: str, hours: float) -> None:
    assert read_fields(MOTO, text, "horas")["horas"] == ("answered", hours)


def test_a_bare_count_a_month_unasked_is_no_hours() -> None:
    assert "horas" not in read_fields(MOTO, "Libro 4 al mes, los domingos", "dias")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Four days. Actually, make that five.", 5),
        ("Cuatro días. Bueno no, mejor cinco.", 5),
        ("Vier Tage. Nein, Entschuldigung, ich meine 5.", 5),
        ("Six is too much with my kids, four is fine", 4),
        ("Cinco serían demasiados, tres", 3),
    ],
)
def test_a_number_put_right_or_said_to_be_too_much_gives_way(text: str, days: int) -> None:
    assert read_fields(MOTO, text, "dias")["dias"] == ("answered", days)


def test_hours_said_to_be_too_much_give_way_to_the_ones_after_them() -> None:
    text = "Mit dem Rad. Und zu den Stunden: 40 sind zu viel wegen der Uni, 20 passen besser."
    assert read_fields(LAGER, text, "start")["stunden"] == ("answered", 20)


def test_rather_not_saying_yet_declines() -> None:
    text = "Dazu möchte ich lieber noch nichts sagen, erst muss ich kündigen."
    assert read_fields(LAGER, text, "start")["start"][0] == "declined"


TRAINING = JobSpec(
    title="Kitchen porter – Leeds",
    fields=(
        FieldSpec(
            key="qualification", label="Catering qualification", type="single_choice",
            choices=(
                "NVQ Level 2 Food Preparation", "NVQ Level 3 Professional Cookery",
                "Other qualification", "No qualification",
            ),
            question="Which catering qualification do you have?",
        ),
        FieldSpec(
            key="section", label="Preferred section", type="single_choice",
            choices=("pastry", "grill", "cold starters"),
            question="Which section would you prefer?",
        ),
        FieldSpec(
            key="years", label="Kitchen experience (years)", type="years",
            question="How many years have you worked in kitchens?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["I've got an NVQ level 2 in hairdressing", "NVQ Level 1 Hospitality Services"],
)
def test_a_thing_of_the_choices_kind_that_none_is_takes_the_other_choice(text: str) -> None:
    assert read_fields(TRAINING, text, "qualification")["qualification"] == (
        "answered",
        "Other qualification",
    )


@pytest.mark.parametrize("text", ["An NVQ", "NVQ level 2", "I'm not sure which one"])
def test_a_reply_that_says_only_the_kind_or_is_unsure_takes_no_other(text: str) -> None:
    found = read_fields(TRAINING, text, "qualification").get("qualification")
    assert found is None or found[1] != "Other qualification"


def test_departments_worked_in_unasked_are_no_preference() -> None:
    text = "Hi! Five years in a hotel kitchen, first on the grill and then in pastry."
    assert "section" not in read_fields(TRAINING, text, None)


def test_a_preference_said_unasked_is_still_read() -> None:
    text = "Five years in kitchens, and I'd prefer the grill."
    assert read_fields(TRAINING, text, None)["section"] == ("answered", "grill")


def test_a_story_told_to_a_count_names_no_count() -> None:
    job = JobSpec(
        title="Chauffeur de car scolaire",
        fields=(
            FieldSpec(
                key="points", label="Points sur le permis", type="number",
                question="Combien de points avez-vous sur votre permis ?",
            ),
        ),
    )  # fmt: skip
    text = (
        "Je me gare sur le côté, je rassure les enfants, je préviens le dépôt par radio, "
        "je vérifie que personne n'est blessé et si besoin j'appelle le 18 tout de suite."
    )
    assert read_fields(job, text, "points").get("points", ("",))[0] != "answered"
    assert read_fields(job, "J'ai mes 12 points", "points")["points"] == ("answered", 12)


def test_a_negative_inside_a_story_is_no_none_of_the_years() -> None:
    text = (
        "First I'd keep calm and step back, then I'd hold the pan lid over it. If it does "
        "not go out, I'd use the fire blanket and call the chef."
    )
    found = read_fields(TRAINING, text, "years").get("years")
    assert found is None or found[0] != "none"


def test_never_said_after_a_place_in_italian_is_a_none() -> None:
    job = JobSpec(
        title="Aiuto cuoco",
        fields=(
            FieldSpec(
                key="anni", label="Esperienza in cucina (anni)", type="years",
                question="Quanti anni di esperienza hai in cucina?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "In cucina mai, ho fatto solo il cameriere.", "anni")["anni"][0] == (
        "none"
    )


def test_a_no_whose_negative_names_another_field_is_no_none_of_the_one_asked() -> None:
    job = JobSpec(
        title="Guide touristique",
        fields=(
            FieldSpec(
                key="annees", label="Expérience de guide (années)", type="years",
                question="Depuis combien d'années êtes-vous guide ?",
            ),
            FieldSpec(
                key="langues", label="Langues étrangères", type="short_text", required=False,
                question="Quelles autres langues parlez-vous ?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Non, aucune autre langue, juste le français.", "annees")
    assert found.get("annees", ("",))[0] != "none"
    assert found["langues"][0] == "none"


DOGS = JobSpec(
    title="Dog walker",
    fields=(
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="licence", label="Full driving licence", type="yes_no",
            question="Do you hold a full driving licence?",
        ),
        FieldSpec(
            key="swim", label="Swimming ability", type="yes_no", required=False,
            question="Can you swim?",
        ),
    ),
)  # fmt: skip


def test_full_time_says_nothing_of_a_full_licence() -> None:
    assert "licence" not in read_fields(DOGS, "Full time ideally, so 40 hours.", "hours")


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("About 20 hours a week, and I don't drive.", "licence", False),
        ("I don't swim, sorry.", "swim", False),
        ("20 hours. I swim twice a week.", "swim", True),
    ],
)
def test_an_english_verb_of_the_label_in_another_form_names_it(
    text: str, key: str, value: bool
) -> None:
    assert read_fields(DOGS, text, "hours")[key] == ("answered", value)


def test_a_credential_word_another_field_names_echoes_no_question() -> None:
    job = JobSpec(
        title="Monitor/a de natación",
        fields=(
            FieldSpec(
                key="titulacion", label="Titulación deportiva", type="single_choice",
                choices=("Técnico deportivo en natación", "Grado en CAFYD", "Otra"),
                question="¿Qué titulación tienes?",
            ),
            FieldSpec(
                key="socorrista", label="Título de socorrista en vigor", type="yes_no",
                question="¿Tienes el título de socorrista en vigor?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Tengo el título de entrenador de pádel", "titulacion")
    assert "socorrista" not in found


HARVEST = JobSpec(
    title="Vendimiador/a – Bodegas del Páramo",
    fields=(
        FieldSpec(
            key="periodo", label="Periodo disponible", type="single_choice",
            choices=(
                "toda la vendimia", "primera quincena de octubre", "segunda quincena de octubre"
            ),
            question="¿Cuándo puedes venir: toda la vendimia, la primera o la segunda quincena?",
        ),
        FieldSpec(
            key="anos", label="Experiencia en campo o viña (años)", type="years",
            question="¿Cuántos años has trabajado en el campo o en la viña?",
        ),
        FieldSpec(
            key="pueblo", label="Pueblo", type="short_text", required=False,
            question="¿Desde qué pueblo vendrías?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seulement la deuxième quinzaine d'octobre", "segunda quincena de octubre"),
        ("A primeira quinzena", "primera quincena de octubre"),
        ("Only the second half", "segunda quincena de octubre"),
        ("La segunda", "segunda quincena de octubre"),
    ],
)
def test_an_ordinal_names_the_choice_of_that_ordinal_not_a_place_in_the_list(
    text: str, value: str
) -> None:
    assert read_fields(HARVEST, text, "periodo")["periodo"] == ("answered", value)


def test_a_half_of_a_month_is_no_count_of_fifteen() -> None:
    from server.interview.numerals import numbers_to_digits

    assert "15" not in numbers_to_digits("la deuxième quinzaine de juillet", "fr")
    assert numbers_to_digits("une quinzaine d'heures", "fr") == "about 15 hours"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Cuatro años en olivar y uno y medio aquí en la viña", 5.5),
        ("Due anni di vendemmia in Langa e uno di raccolta mele", 3),
        ("Dos y medio", 2.5),
    ],
)
def test_spells_said_with_their_unit_left_out_add_up(text: str, years: float) -> None:
    assert read_fields(HARVEST, text, "anos")["anos"] == ("answered", years)


def test_a_compound_of_the_reply_whose_tail_is_a_label_word_names_it() -> None:
    job = JobSpec(
        title="Care assistant",
        fields=(
            FieldSpec(
                key="years", label="Years in kitchens or care", type="years",
                question="How many years have you worked in kitchens or in care?",
            ),
        ),
    )  # fmt: skip
    text = "2 years in a school kitchen, then 6 months in homecare"
    assert read_fields(job, text, "years")["years"] == ("answered", 2.5)


def test_a_span_that_cuts_a_place_name_after_its_first_word_is_not_kept() -> None:
    from server.interview.readers.free_text import answering_span

    spec = HARVEST.field("pueblo")
    assert answering_span(spec, "Desde Villanueva de los Infantes", "de los Infantes") is None
    assert answering_span(spec, "Vengo desde Tomelloso cada día", "Tomelloso") == "Tomelloso"


SWIM_JOB = JobSpec(
    title="Monitor/a de aquagym",
    fields=(
        FieldSpec(
            key="titulo", label="Titulación", type="single_choice",
            choices=("Técnico en salvamento", "Grado en CAFYD", "Otra"),
            question="¿Qué titulación tienes?",
        ),
        FieldSpec(
            key="anos", label="Experiencia en aquagym (años)", type="years",
            question="¿Cuántos años llevas dando aquagym?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["pues no mucha la verdad, unos meses", "Not much, a few months", "Nicht viel"]
)
async def test_not_much_is_no_none_even_where_the_model_says_so(text: str) -> None:
    from server.interview.consult import understand
    from tests.helpers.reading import judging_engine

    reading = await understand(judging_engine("does_not_have"), SWIM_JOB, text, "anos")
    assert reading.findings["anos"].status != "none"


@pytest.mark.parametrize(
    "text", ["hola, tengo varios títulos deportivos", "I've got several certificates"]
)
async def test_several_of_a_kind_named_none_is_no_pick_whatever_the_model_says(text: str) -> None:
    from server.interview.consult import understand
    from tests.helpers.reading import judging_engine

    engine = judging_engine("specific", pick="Grado en CAFYD")
    reading = await understand(engine, SWIM_JOB, text, "titulo")
    assert reading.findings["titulo"].status != "answered"


def test_a_conclusion_after_the_reason_still_picks_unasked() -> None:
    job = JobSpec(
        title="Monitor/a de sala",
        fields=(
            FieldSpec(
                key="horas", label="Horas semanales", type="hours_per_week",
                question="¿Cuántas horas a la semana?",
            ),
            FieldSpec(
                key="turno", label="Turno preferido", type="single_choice",
                choices=("mañana", "tarde"), question="¿Qué turno prefieres?",
            ),
        ),
    )  # fmt: skip
    text = "Quince horas, por las mañanas estudio. Así que tarde."
    assert read_fields(job, text, "horas")["turno"] == ("answered", "tarde")


def test_a_number_put_right_for_another_field_is_not_the_one_asked() -> None:
    job = JobSpec(
        title="Addetto/a lavanderia",
        fields=(
            FieldSpec(
                key="ore", label="Ore settimanali", type="hours_per_week",
                question="Quante ore a settimana?",
            ),
            FieldSpec(
                key="tragitto", label="Tragitto (minuti)", type="number",
                question="Quanti minuti ci metti ad arrivare?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(
        job, "Un quarto d'ora a piedi. Ah, correggo le ore: 30, non 25.", "tragitto"
    )
    assert found["tragitto"] == ("answered", 15)
    assert found["ore"] == ("answered", 30)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lifting I can do, but climbing ladders all day I can't, bad knee.", False),
        ("Tragen schon, aber Leitern steigen kann ich nicht so oft.", False),
        ("Both fine, I lift and climb ladders every day at my job.", True),
    ],
)
def test_a_but_that_turns_down_part_of_a_two_part_question_says_no(text: str, value: bool) -> None:
    job = JobSpec(
        title="Window fitter",
        fields=(
            FieldSpec(
                key="lift_climb", label="Lifting and climbing ladders", type="yes_no",
                question="Can you lift 20 kg and climb ladders several times a day?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "lift_climb")["lift_climb"] == ("answered", value)


GRILL = JobSpec(
    title="Churrasqueiro(a)",
    fields=(
        FieldSpec(
            key="turno", label="Turno preferido", type="single_choice",
            choices=("almoço", "jantar", "tanto faz"), question="Qual turno você prefere?",
        ),
        FieldSpec(
            key="periodo", label="Período", type="single_choice",
            choices=(
                "temporada inteira", "primeira quinzena de julho", "segunda quinzena de julho"
            ),
            question="Que período você pode fazer?",
        ),
        FieldSpec(
            key="salario", label="Pretensão salarial (R$ por mês)", type="number",
            question="Qual é a sua pretensão salarial?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"), [("La cena, mejor", "jantar"), ("Lunchtime please", "almoço")]
)
def test_a_meal_service_in_another_language_names_its_choice(text: str, value: str) -> None:
    assert read_fields(GRILL, text, "turno")["turno"] == ("answered", value)


def test_a_clause_that_names_the_field_and_the_one_after_it_pick_unasked() -> None:
    text = "2800 por mes. Ah, y sobre el turno: mejor la cena, por la mañana estudio."
    assert read_fields(GRILL, text, "salario")["turno"] == ("answered", "jantar")


def test_two_words_of_one_choice_put_right_unasked_pick_it() -> None:
    text = "2800. E uma coisa de antes: só posso a primeira quinzena, depois viajo."
    found = read_fields(GRILL, text, "salario")
    assert found["periodo"] == ("answered", "primeira quinzena de julho")


def test_better_a_number_less_is_no_correction_to_that_number() -> None:
    from server.interview.cues import CORRECTION

    assert CORRECTION.search("mejor 2 kilos menos y sin devoluciones") is None
    assert CORRECTION.search("bueno no, mejor 4") is not None


def test_a_longer_compound_of_a_label_word_names_a_kind_of_it_not_the_field() -> None:
    job = JobSpec(
        title="MTA",
        fields=(
            FieldSpec(
                key="jahre", label="Erfahrung im medizinischen Labor (Jahre)", type="years",
                question="Wie viele Jahre Erfahrung haben Sie im medizinischen Labor?",
            ),
        ),
    )  # fmt: skip
    text = "Im medizinischen Labor noch gar nicht, ich war nur drei Jahre in einem Forschungslabor."
    assert read_fields(job, text, "jahre")["jahre"][0] == "none"


def test_a_none_after_a_greeting_still_opens_the_reply() -> None:
    text = "Hello! None, this would be my first kitchen job. I'm studying at college now."
    assert read_fields(TRAINING, text, "years")["years"][0] == "none"


CREW = JobSpec(
    title="Gritter driver",
    fields=(
        FieldSpec(
            key="minutes", label="Call-out time (minutes)", type="number",
            question="How many minutes would it take you to get to the depot?",
        ),
        FieldSpec(
            key="whole", label="Available for the whole season", type="yes_no",
            question="Can you work the whole season?",
        ),
        FieldSpec(
            key="licence", label="Category C licence", type="yes_no",
            question="Do you hold a Category C licence?",
        ),
        FieldSpec(
            key="weekends", label="Saturdays and Sundays", type="yes_no",
            question="Can you work Saturdays and Sundays?",
        ),
        FieldSpec(
            key="language", label="Language for the tours", type="single_choice",
            choices=("English", "French", "only Spanish"),
            question="Which language could you give tours in?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week?",
        ),
        FieldSpec(
            key="years", label="Farm experience (years)", type="years",
            question="How many years have you worked on farms?",
        ),
        FieldSpec(
            key="home", label="Home town", type="short_text", required=False,
            question="Which town do you live in?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ten minutes, I live in Gargrave just down the road.", "Gargrave"),
        ("Diez minutos, vivo en Villanueva de la Jara.", "Villanueva de la Jara"),
        ("Zehn Minuten, ich wohne in Neustadt an der Aisch.", "Neustadt an der Aisch"),
        ("Dix minutes, j'habite à Rothau.", "Rothau"),
    ],
)
def test_where_one_lives_said_unasked_answers_the_home_question(text: str, place: str) -> None:
    assert read_fields(CREW, text, "minutes")["home"] == ("answered", place)


def test_living_in_something_not_named_is_no_place() -> None:
    assert "home" not in read_fields(
        CREW, "Ten minutes, I live in a flat above the shop.", "minutes"
    )


def test_an_ok_that_opens_a_precision_is_no_yes() -> None:
    found = read_fields(CREW, "Ok, to be exact: I can only start on 1 September.", "licence")
    assert found.get("licence", ("",))[0] != "answered"


@pytest.mark.parametrize("text", ["Most of the time, probably", "Ich kann die meiste Zeit."])
def test_most_of_it_is_no_yes_to_all_of_it(text: str) -> None:
    assert read_fields(CREW, text, "whole")["whole"][0] == "vague"


def test_a_no_whose_rest_names_another_field_answers_that_one() -> None:
    found = read_fields(CREW, "No, the weekends I'm busy with my other job.", "language")
    assert found.get("language", ("",))[0] != "none"
    assert found["weekends"] == ("answered", False)


def test_hours_said_after_the_month_are_a_months_hours() -> None:
    found = read_fields(CREW, "Sur le mois je peux faire environ 120 heures.", "hours")
    assert found["hours"] == ("answered", 27.692)


def test_a_range_with_articles_in_it_is_a_range() -> None:
    from server.interview.numerals import numbers_to_digits

    assert numbers_to_digits("tra i novecento e i mille euro", "it") == "between 900 and 1000 euro"


def test_the_italian_chat_no_is_a_no() -> None:
    assert read_fields(CREW, "nn ce l'ho", "licence")["licence"] == ("answered", False)


@pytest.mark.parametrize(
    "text", ["Das möchte ich lieber für mich behalten.", "Prefiro guardar isso para mim."]
)
def test_keeping_it_to_oneself_declines(text: str) -> None:
    assert read_fields(CREW, text, "home")["home"][0] == "declined"


def test_a_zero_that_opens_the_reply_is_a_none_beside_other_work() -> None:
    found = read_fields(CREW, "Honestly zero, I've been driving lorries since 2016.", "years")
    assert found["years"][0] == "none"


def test_all_three_is_no_number() -> None:
    from server.interview.numerals import numbers_to_digits

    assert "3" not in numbers_to_digits("Indifférent, j'ai fait les trois.", "fr")
    assert "3" in numbers_to_digits("les trois saisons", "fr")


def test_a_second_role_for_a_spell_with_its_unit_left_out_adds_up() -> None:
    job = JobSpec(
        title="Playground supervisor",
        fields=(
            FieldSpec(
                key="years", label="Experience with children (years)", type="years",
                question="How many years have you worked with children?",
            ),
        ),
    )  # fmt: skip
    text = "I was a nursery assistant for four years, then a childminder for two and a half."
    assert read_fields(job, text, "years")["years"] == ("answered", 6.5)


def test_a_count_a_day_in_so_many_hours_is_a_count_an_hour() -> None:
    job = JobSpec(
        title="Innestatore",
        fields=(
            FieldSpec(
                key="ora", label="Innesti all'ora", type="number",
                question="Quanti innesti riesci a fare all'ora?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Circa duemila al giorno, in otto ore.", "ora")["ora"] == (
        "answered",
        250,
    )


def test_pay_a_month_before_the_hours_leaves_them_a_week() -> None:
    text = "Before I had 2.900 brutto im Monat bei 40 Stunden, das hätte ich gern wieder."
    assert read_fields(CREW, text, "hours")["hours"] == ("answered", 40)


def test_only_the_languages_named_to_a_question_of_languages_is_a_none() -> None:
    job = JobSpec(
        title="Guide",
        fields=(
            FieldSpec(
                key="permit", label="Carte de guide LSF", type="yes_no",
                question="Avez-vous la carte de guide LSF ?",
            ),
            FieldSpec(
                key="langues", label="Autres langues", type="short_text", required=False,
                question="Parlez-vous d'autres langues ?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Non, uniquement le français.", "langues")["langues"][0] == "none"


def test_a_range_whose_unit_is_said_once_at_its_end_is_in_that_unit() -> None:
    job = JobSpec(
        title="Babá",
        fields=(
            FieldSpec(
                key="tempo", label="Tempo de deslocamento (min)", type="number",
                question="Quantos minutos você leva para chegar?",
            ),
            FieldSpec(
                key="salario", label="Pretensão salarial (R$)", type="number",
                question="Qual é a sua pretensão salarial?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "uns 20, 25 min de ônibus", "tempo")["tempo"] == ("answered", 22.5)
    assert read_fields(job, "uns 20, 25 min de ônibus", "salario").get("salario", ("",))[0] != (
        "answered"
    )


def test_settling_somewhere_is_no_work_experience() -> None:
    job = JobSpec(
        title="Accueil",
        fields=(
            FieldSpec(
                key="permis", label="Permis bateau", type="yes_no",
                question="Avez-vous le permis bateau ?",
            ),
            FieldSpec(
                key="annees", label="Expérience en accueil (années)", type="years",
                question="Combien d'années d'expérience en accueil ?",
            ),
        ),
    )  # fmt: skip
    text = "Oui j'ai le permis bateau, je suis installée à Gien depuis quatre ans."
    assert "annees" not in read_fields(job, text, "permis")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("Erfahrung in der Küche (Jahre)", "In der Küche auch nicht, ich komme aus der Pflege."),
        ("Experiencia en cocina (años)", "En cocina tampoco, vengo de la limpieza."),
        ("Expérience en cuisine (années)", "En cuisine non plus, je viens du ménage."),
    ],
)
def test_not_either_after_the_thing_named_is_a_none(label: str, text: str) -> None:
    job = JobSpec(
        title="Küchenhilfe",
        fields=(FieldSpec(key="years", label=label, type="years", question=label),),
    )
    assert read_fields(job, text, "years")["years"][0] == "none"


def test_a_town_lived_in_answers_no_question_of_a_district_alone() -> None:
    job = JobSpec(
        title="Repartidor",
        fields=(
            FieldSpec(
                key="minutos", label="Minutos hasta el almacén", type="number",
                question="¿Cuántos minutos tardas en llegar?",
            ),
            FieldSpec(
                key="barrio", label="Barrio", type="short_text", required=False,
                question="¿En qué barrio vives?",
            ),
        ),
    )  # fmt: skip
    assert "barrio" not in read_fields(job, "Veinte minutos, vivo en Getafe.", "minutos")


def test_a_word_of_the_label_in_a_story_says_no_yes_to_it() -> None:
    job = JobSpec(
        title="Cat hotel carer",
        fields=(
            FieldSpec(
                key="meds", label="Can give medication to cats", type="yes_no",
                question="Can you give medication to cats?",
            ),
            FieldSpec(
                key="shy_cat", label="A shy new cat", type="long_text",
                question="A new cat hides and will not eat. What do you do in the first days?",
            ),
        ),
    )  # fmt: skip
    text = (
        "I'd cover the front of the pen with a towel, keep it quiet and offer strong-smelling "
        "food. If it goes two days without eating I tell the manager, because in cats a fast "
        "can harm the liver."
    )
    assert "meds" not in read_fields(job, text, "shy_cat")


def test_private_names_private_events_and_private_alone_declines() -> None:
    from server.interview.cues import DECLINE

    assert DECLINE.search("private partys 🎉") is None
    assert DECLINE.search("Private.") is not None


def test_the_work_one_did_named_unasked_is_no_preference() -> None:
    text = "Hello, I've worked on the grill since 2019."
    assert "section" not in read_fields(TRAINING, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ten years in hotel kitchens, I can do pastry.",
        "Ten years in hotel kitchens, available for pastry.",
    ],
)
def test_an_offer_beside_a_history_still_picks_unasked(text: str) -> None:
    assert read_fields(TRAINING, text, None)["section"] == ("answered", "pastry")


def test_a_search_beside_a_history_still_picks_unasked() -> None:
    text = "Ten years in hotel kitchens, and I'm looking for pastry now."
    assert read_fields(TRAINING, text, None)["section"] == ("answered", "pastry")


@pytest.mark.parametrize(
    "text",
    [
        "Ten years in hotel kitchens, mostly pastry, and I'd gladly go back to it.",
        "Ten years in hotel kitchens; pastry suits me.",
    ],
)
def test_a_history_said_with_a_liking_still_picks_unasked(text: str) -> None:
    assert read_fields(TRAINING, text, None)["section"] == ("answered", "pastry")


def test_employed_is_no_busy() -> None:
    job = JobSpec(
        title="Fahrer",
        fields=(
            FieldSpec(
                key="erfahrung", label="Erfahrung als Fahrer", type="yes_no",
                question="Haben Sie Erfahrung als Fahrer?",
            ),
        ),
    )  # fmt: skip
    text = "Ja, ich bin seit drei Jahren als Fahrer beschäftigt."
    assert read_fields(job, text, "erfahrung")["erfahrung"] == ("answered", True)
