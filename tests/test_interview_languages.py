"""Any job, any of six languages: numbers, units, dates, yes/no, choices, refusals, negatives."""

from __future__ import annotations

from datetime import date

import pytest

from server.engine.base import RulesOnly
from server.interview import cues, languages, numerals
from server.interview.consult import apply_pick
from server.interview.prompts import pick_model
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.turn import start, take_turn
from server.interview.understand import Reading, read_message

WAREHOUSE = JobSpec(
    title="Mozo de almacén – Getafe",
    description="Buscamos mozos de almacén para preparar pedidos en turnos rotativos.",
    fields=(
        FieldSpec(
            key="carretilla",
            label="Carnet de carretillero",
            type="yes_no",
            question="¿Tienes carnet de carretillero?",
        ),
        FieldSpec(
            key="turno",
            label="Turno preferido",
            type="single_choice",
            choices=("mañana", "tarde", "noche"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="experiencia",
            label="Experiencia en almacén (años)",
            type="years",
            question="¿Cuántos años de experiencia tienes en almacén?",
        ),
        FieldSpec(
            key="horas",
            label="Horas por semana",
            type="hours_per_week",
            question="¿Cuántas horas por semana puedes trabajar?",
        ),
        FieldSpec(
            key="barrio",
            label="Barrio",
            type="short_text",
            required=False,
            question="¿En qué barrio vives?",
        ),
    ),
)


def _read(message: str, asked: str, job: JobSpec = WAREHOUSE) -> dict[str, tuple]:
    reading = read_message(job, message, asked)
    return {k: (f.status, f.value) for k, f in reading.findings.items()}


@pytest.mark.parametrize(
    ("lang", "words", "digits"),
    [
        ("es", "unas veinte horas por semana", "about 20 hours per week"),
        ("es", "6 horas al día, cinco días", "6 hours a day, 5 days a week"),
        ("de", "sechs Stunden am Tag, vier Tage die Woche", "6 hours a day, 4 days per week"),
        ("de", "nicht drei, sondern viereinhalb Jahre", "not 3, but 4.5 years"),
        ("de", "Zwischen 30 und 35 Stunden.", "between 30 and 35 hours."),
        ("fr", "un an et demi", "1.5 years"),
        ("pt", "dois anos e meio", "2.5 years"),
        ("it", "Cinque ore al giorno, dal lunedì al sabato.", "5 hours a day, monday to saturday."),
        ("en", "two hundred and fifty", "250"),
        ("en", "4k words a day", "4000 words a day"),
        ("de", "Zwischen 55 und 60k brutto", "between 55000 and 60000 brutto"),
    ],
)
def test_spelled_numbers_and_units_in_six_languages(lang: str, words: str, digits: str) -> None:
    assert numerals.numbers_to_digits(words, lang) == digits


def test_a_start_date_is_a_duration_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    assert numerals.numbers_to_digits("since March 2023", "en") == "for 3.75 years"
    assert numerals.numbers_to_digits("depuis 2022", "fr") == "for 4 years"
    assert numerals.numbers_to_digits("desde marzo de 2023", "es") == "for 3.75 years"
    assert (
        numerals.numbers_to_digits("since 2031", "en") == "since 2031"
    )  # the future is no duration


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Je travaille à la réception d'un hôtel depuis 2022.", "fr"),
        ("Ich habe meine Ausbildung 2018 abgeschlossen.", "de"),
        ("Não, ainda não tenho.", "pt"),
        ("Ho lavorato in cucina per tre anni.", "it"),
        ("Llevo tres años en un almacén.", "es"),
        ("I have worked as a cashier.", "en"),
    ],
)
def test_the_language_of_a_message(message: str, lang: str) -> None:
    assert languages.guess(message) == lang


def test_a_short_message_takes_the_jobs_language() -> None:
    assert languages.guess("Ja.", default="de") == "de"
    assert languages.guess("42", default="it") == "it"


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("Sí, desde hace años.", True),
        ("Hola. No, todavía no.", False),
        ("El carnet lo tengo desde 2019.", True),
        ("Tengo el carnet de carretillero.", True),
        ("No tengo carnet de carretillero, pero puedo sacarlo.", False),
        ("Sin problema.", True),
    ],
)
def test_yes_no_in_another_language(message: str, value: bool) -> None:
    assert _read(message, "carretilla")["carretilla"] == ("answered", value)


def test_yes_no_that_depends_is_vague_and_a_refusal_is_declined() -> None:
    assert _read("Depende de la empresa.", "carretilla")["carretilla"][0] == "vague"
    assert _read("Prefiero no decirlo.", "carretilla")["carretilla"][0] == "declined"


def test_a_yes_no_named_while_another_field_is_asked() -> None:
    found = _read("Tengo carnet de carretillero y prefiero el turno de tarde.", "experiencia")
    assert found["carretilla"] == ("answered", True)
    assert found["turno"] == ("answered", "tarde")


def test_a_turned_down_choice_is_not_the_choice() -> None:
    found = _read("Por la noche, no por la mañana; la mañana la tengo ocupada.", "turno")
    assert found["turno"] == ("answered", "noche")


def test_years_of_other_work_beside_a_negative_are_no_years() -> None:
    found = _read("Nunca trabajé en un almacén, llevo ocho años de camarero.", "experiencia")
    assert found["experiencia"][0] == "none"
    assert _read("Llevo ocho años en un almacén.", "experiencia")["experiencia"] == ("answered", 8)


def test_hours_from_a_daily_schedule_in_spanish() -> None:
    assert _read("6 horas al día, cinco días a la semana.", "horas")["horas"] == ("answered", 30)


@pytest.mark.parametrize(
    "message",
    [
        "Al mes, unas 160 horas.",
        "Im Monat ungefähr 160 Stunden.",
        "Par mois, environ 160 heures.",
        "A month, around 160 hours.",
        "Monthly 160 hours.",
        "Unas 160 horas al mes.",
    ],
)
def test_hours_a_month_with_the_period_first_or_last(message: str) -> None:
    found = _read(message, "horas")
    assert found["horas"] == ("answered", pytest.approx(160 * 12 / 52, abs=0.01))
    assert "experiencia" not in found  # "a month" is no month of experience


@pytest.mark.parametrize(
    "message",
    [
        "Three mornings a week, five hours each.",
        "Tres mañanas por semana, cinco horas cada una.",
        "Drei Vormittage pro Woche, je fünf Stunden.",
        "Trois matinées par semaine, cinq heures chacune.",
        "Tre mattine a settimana, cinque ore ciascuna.",
        "Três manhãs por semana, cinco horas cada.",
        "Three days a week, five hours each.",
    ],
)
def test_parts_of_days_in_a_week_count_as_days(message: str) -> None:
    assert _read(message, "horas")["horas"] == ("answered", 15)


BUS = JobSpec(
    title="Busfahrer/in im Linienverkehr",
    description="Wir suchen Busfahrerinnen und Busfahrer für den Linienverkehr in Kassel.",
    fields=(
        FieldSpec(
            key="stunden",
            label="Wochenstunden",
            type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
    ),
)


@pytest.mark.parametrize(
    "message", ["Al mes, unas 120 horas.", "Unas 120 horas al mes.", "Por mês, cerca de 120 horas."]
)
def test_a_short_reply_in_another_language_keeps_its_units(message: str) -> None:
    # Too short for the language to be sure: the job's German reads no unit in "horas".
    found = _read(message, "stunden", BUS)
    assert found["stunden"] == ("answered", pytest.approx(120 * 12 / 52, abs=0.01))


@pytest.mark.parametrize(
    ("job_text", "lang"),
    [
        ("Réceptionniste d'hôtel: accueil des clients, arrivées et départs", "fr"),
        ("Delivery driver for our city routes, part-time", "en"),
    ],
)
def test_a_jobs_language(job_text: str, lang: str) -> None:
    assert languages.job_language(job_text) == lang


# ------------------------------------------------------------------ the model's pick


def _reading(message: str, lang: str = "en") -> Reading:
    return Reading(text=message, lang=lang)


@pytest.mark.parametrize(
    ("message", "choice", "kept"),
    [
        ("Lo tengo desde 2019.", "yes", True),
        ("Lo tengo desde 2019.", "no", False),  # a "no" needs a negation
        ("Todavía no lo tengo.", "yes", False),  # a "yes" must not contradict one
        ("Todavía no lo tengo.", "no", True),
        ("Sin problema.", "yes", True),
        ("Depende.", "unclear", False),
    ],
)
def test_the_models_yes_or_no_is_checked_against_the_message(
    message: str, choice: str, kept: bool
) -> None:
    spec = WAREHOUSE.field("carretilla")
    finding = apply_pick(_reading(message, "es"), spec, choice).findings.get("carretilla")
    assert (finding is not None) is kept
    if kept:
        assert finding.value is (choice == "yes")


def test_the_models_choice_must_be_one_of_the_fields_own() -> None:
    spec = WAREHOUSE.field("turno")
    assert apply_pick(_reading("de madrugada"), spec, "noche").findings["turno"].value == "noche"
    assert "turno" not in apply_pick(_reading("me da igual"), spec, "other").findings
    assert "turno" not in apply_pick(_reading("lo que sea"), spec, "mediodía").findings
    schema = pick_model(spec).model_json_schema()
    assert schema["properties"]["answer"]["enum"] == [
        "mañana",
        "tarde",
        "noche",
        "other",
        "unclear",
    ]


# ------------------------------------------------------------------ numbers in their unit

COMMUTE = FieldSpec(
    key="commute",
    label="Commute time to the store (minutes)",
    type="number",
    question="How many minutes does it take you to get to the store?",
)
SALARY = FieldSpec(
    key="gehalt",
    label="Gehaltsvorstellung (Euro brutto pro Jahr)",
    type="number",
    question="Wie hoch ist Ihre Gehaltsvorstellung?",
)


@pytest.mark.parametrize(
    ("spec", "message", "lang", "value"),
    [
        (COMMUTE, "Half an hour on foot.", "en", 30),
        (COMMUTE, "It's about 10 km, so roughly 25 minutes by car.", "en", 25),
        (SALARY, "Um die 50.000 Euro. Und es sind fünf Jahre Erfahrung, nicht vier.", "de", 50000),
        (SALARY, "45k brutto.", "de", 45000),
        # a range is counted by its midpoint
        (SALARY, "Zwischen 38 und 42 Tausend im Jahr.", "de", 40000),
    ],
)
def test_a_number_field_reads_its_own_unit(
    spec: FieldSpec, message: str, lang: str, value: float
) -> None:
    from server.interview.readers.message import Message
    from server.interview.readers.numbers import read_number

    [finding] = read_number(spec, Message.of(message, spec, lang))
    assert (finding.status, finding.value) == ("answered", value)


def test_an_unasked_number_counts_only_in_its_unit_beside_its_subject() -> None:
    from server.interview.readers.message import Message
    from server.interview.readers.numbers import read_number

    later = "Oh, and about the commute: I moved, so it's more like 25 minutes now."
    assert read_number(COMMUTE, Message.of(later))[0].value == 25
    assert read_number(COMMUTE, Message.of("I can start in 2 weeks, 25 minutes away.")) == []


def test_the_preferred_choice_among_several_named() -> None:
    found = _read("Prefiero la mañana, que por la tarde recojo a mi hija del cole.", "turno")
    assert found["turno"] == ("answered", "mañana")
    assert _read("Mañana o tarde, me da igual.", "turno")["turno"][0] == "vague"


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("La tarde sería mejor, por la mañana llevo a mi hijo al colegio.", "tarde"),
        ("Afternoons would actually be better, I do the school run in the mornings.", "tarde"),
        ("Die Nachtschicht wäre mir lieber, morgens studiere ich.", "noche"),
        ("Le matin, c'est mieux pour moi, le soir je garde mes enfants.", "mañana"),
        (
            "La de tarde... bueno, no, mejor la de mañana, por las tardes tengo a los niños.",
            "mañana",
        ),
    ],
)
def test_a_preference_said_after_the_choice(message: str, choice: str) -> None:
    assert _read(message, "turno")["turno"] == ("answered", choice)


def test_day_names_are_not_ordinals_and_approximate_counts_are_numbers() -> None:
    assert numerals.numbers_to_digits("de segunda a sábado", "pt") == "monday to saturday"
    assert numerals.numbers_to_digits("une quinzaine d'heures", "fr") == "about 15 hours"
    assert numerals.numbers_to_digits("unos cuantos años", "es") == "several years"


def test_a_rate_or_a_childs_age_is_no_experience() -> None:
    job = JobSpec(
        title="Aiuto cuoco",
        fields=(
            FieldSpec(key="esperienza", label="Esperienza in cucina (anni)", type="years"),
            FieldSpec(key="sera", label="Servizio serale", type="yes_no"),
        ),
    )
    found = _read("La sera no, ho un bimbo di due mesi.", "sera", job)
    assert found == {"sera": ("answered", False)}


def test_german_day_words_are_no_tagging_and_task_types_are_read_in_french() -> None:
    from server.interview.default_job import DEFAULT_JOB

    found = _read(
        "Zwei Jahre. Ich kann drei Stunden am Tag arbeiten.", "years_experience", DEFAULT_JOB
    )
    assert "ai_training_experience" not in found
    found = _read(
        "Modération de contenu chez TELUS International, et rédaction de prompts.",
        "ai_training_experience",
        DEFAULT_JOB,
    )
    assert set(found["ai_training_experience"][1]["task_types"]) == {
        "content_moderation",
        "prompt_writing",
    }


@pytest.mark.parametrize(
    "reply",
    [
        "yes that's right",
        "Sí.",
        "ja, passt",
        "Oui, c'est correct",
        "sì, tutto giusto",
        "Sim, está certo",
        "looks good, thanks!",
        "👍",
    ],
)
def test_natural_confirmations_in_six_languages(reply: str) -> None:
    assert cues.CONFIRM.search(reply)


@pytest.mark.parametrize("reply", ["no", "Nein, das stimmt nicht", "non", "no, change my hours"])
def test_a_disagreement_is_no_confirmation(reply: str) -> None:
    assert not cues.CONFIRM.search(reply) or cues.DISAGREE.match(reply)


GREENHOUSE = JobSpec(
    title="Recolector/a de fresa en invernadero",
    description="Campaña de fresa en Huelva: recolección en invernadero, de marzo a junio.",
    fields=(
        FieldSpec(
            key="calor",
            label="Puede trabajar con calor",
            type="yes_no",
            question="¿Puedes trabajar con calor dentro del invernadero?",
        ),
        FieldSpec(
            key="madrugar",
            label="Empieza a las 6",
            type="yes_no",
            question="¿Puedes empezar a las 6 de la mañana?",
        ),
        FieldSpec(
            key="turno",
            label="Turno preferido",
            type="single_choice",
            choices=("mañana", "tarde", "cualquiera"),
            question="¿Qué turno prefieres: mañana, tarde o cualquiera de los dos?",
        ),
    ),
)


@pytest.mark.parametrize(
    "message",
    [
        "El calor no me molesta nada.",
        "The heat doesn't bother me.",
        "Die Hitze stört mich nicht.",
        "La chaleur ne me dérange pas.",
        "O calor não me incomoda.",
        "Il caldo non mi pesa.",
    ],
)
def test_it_does_not_bother_me_is_a_yes(message: str) -> None:
    assert _read(message, "calor", GREENHOUSE)["calor"] == ("answered", True)


@pytest.mark.parametrize(
    "message",
    [
        "A las 6 es demasiado temprano para mí, a las 8 sí.",
        "6 am is too early for me, from 8 I could.",
        "Um 6 ist mir zu früh, ab 8 könnte ich.",
        "6 heures, c'est trop tôt pour moi, à partir de 8 je pourrais.",
        "Alle 6 sarebbe troppo presto per me, dalle 8 in poi potrei.",
    ],
)
def test_too_early_is_a_no(message: str) -> None:
    assert _read(message, "madrugar", GREENHOUSE)["madrugar"] == ("answered", False)


@pytest.mark.parametrize(
    "message", ["Me da igual.", "Any of them.", "Egal.", "Tanto faz.", "Per me è uguale."]
)
def test_no_preference_picks_the_choice_that_means_any(message: str) -> None:
    assert _read(message, "turno", GREENHOUSE)["turno"] == ("answered", "cualquiera")


SHIFTS = FieldSpec(
    key="dienst",
    label="Bevorzugter Dienst",
    type="single_choice",
    choices=("Frühdienst", "Spätdienst", "Wechseldienst"),
    question="Welchen Dienst bevorzugen Sie: Frühdienst, Spätdienst oder Wechseldienst?",
)


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("Early shift is best for me.", "Frühdienst"),
        ("Lieber morgens.", "Frühdienst"),
        ("The late shift.", "Spätdienst"),
        ("Wechselschicht ist für mich okay.", "Wechseldienst"),
        ("Rotating shifts are fine.", "Wechseldienst"),
    ],
)
def test_german_shift_names_in_other_words(message: str, choice: str) -> None:
    job = BUS.model_copy(update={"fields": (SHIFTS,)})
    assert _read(message, "dienst", job)["dienst"] == ("answered", choice)


PHARMACY = JobSpec(
    title="Préparateur en pharmacie",
    description="Pharmacie de quartier à Nantes.",
    fields=(
        FieldSpec(
            key="officine",
            label="Expérience en officine (années)",
            type="years",
            question="Combien d'années d'expérience avez-vous en officine ?",
        ),
        FieldSpec(
            key="temps",
            label="Temps de travail recherché",
            type="single_choice",
            choices=("temps plein", "temps partiel"),
            question="Recherchez-vous un temps plein ou un temps partiel ?",
        ),
        FieldSpec(
            key="pourquoi",
            label="Motivation",
            type="long_text",
            question="Pourquoi souhaitez-vous rejoindre notre pharmacie ?",
        ),
    ),
)


@pytest.mark.parametrize(
    "message",
    [
        "Je n'ai jamais travaillé en pharmacie, mais j'ai fait cinq ans chez Sephora.",
        "I have never worked in a pharmacy, but I did five years at Sephora.",
        "Ich habe noch nie in einer Apotheke gearbeitet, aber fünf Jahre bei dm.",
    ],
)
def test_never_worked_answers_the_years_asked_though_its_words_touch_other_fields(
    message: str,
) -> None:
    # "pharmacie" is in the motivation question and "travaillé" near "Temps de travail":
    # the negative is still about the years asked, and Sephora's five years are not them.
    found = _read(message, "officine", PHARMACY)
    assert found["officine"] == ("none", None)
    assert _read("Cinq ans en officine.", "officine", PHARMACY)["officine"] == ("answered", 5)


@pytest.mark.parametrize(
    "message",
    [
        "Je passe cette question, si ce n'est pas obligatoire.",
        "Je préfère passer cette question.",
        "Paso de esta pregunta.",
        "Diese Frage überspringe ich.",
        "Passo questa domanda.",
        "Pulo esta pergunta.",
        "Next question, please.",
    ],
)
def test_skipping_the_question_declines_it(message: str) -> None:
    job = PHARMACY.model_copy(
        update={
            "fields": (
                FieldSpec(key="bp", label="Diplôme de préparateur (BP ou DEUST)", type="yes_no"),
                *PHARMACY.fields,
            )
        }
    )
    assert _read(message, "bp", job)["bp"] == ("declined", None)
    assert _read(message, "officine", job)["officine"] == ("declined", None)


def test_spending_ones_days_is_no_skipping() -> None:
    found = _read("Je passe mes journées au comptoir depuis cinq ans.", "officine", PHARMACY)
    assert found["officine"] == ("answered", 5)


def test_an_acronym_of_the_label_names_the_field() -> None:
    job = PHARMACY.model_copy(
        update={
            "fields": (
                FieldSpec(key="bp", label="Diplôme de préparateur (BP ou DEUST)", type="yes_no"),
                FieldSpec(key="it", label="Berufserfahrung im IT-Support (Jahre)", type="years"),
                *PHARMACY.fields,
            )
        }
    )
    found = _read("BP obtenu en 2024, et deux ans d'expérience en officine.", "temps", job)
    assert found["bp"] == ("answered", True)
    assert _read("Pas encore le BP, je le passe en juin.", "bp", job)["bp"] == ("answered", False)
    # "IT-Support" is about support: "IT" alone names no field.
    found = _read(
        "Im IT-Support noch nicht gearbeitet, acht Jahre Einzelhandel, nebenbei IT gelernt.",
        "it",
        job,
    )
    assert found["it"] == ("none", None)


APPRENTICE = JobSpec(
    title="Ausbildung zum Elektroniker",
    fields=(
        FieldSpec(key="handwerk", label="Erfahrung im Handwerk (Jahre)", type="years"),
        FieldSpec(key="karte", label="Cartão profissional de vigilante válido", type="yes_no"),
    ),
    custom_questions=(
        CustomQuestion(
            key="warum",
            question="Warum möchten Sie Elektroniker/in werden? Erzählen Sie uns, was Sie reizt.",
        ),
    ),
)


def test_wanting_and_asking_why_name_no_question() -> None:
    # "möchte" is how the open question asks, not what it is about: the refusal is the
    # years'.
    found = _read("Dazu möchte ich nichts sagen.", "handwerk", APPRENTICE)
    assert found == {"handwerk": ("declined", None)}


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("Hello, sorry, my Portuguese is not very good. I have a valid card since 2019.", True),
        ("Desculpe, o meu português não é muito bom. Não tenho cartão.", False),
        ("My Portuguese is not good. Yes, I have it.", True),
    ],
)
def test_an_apology_for_ones_language_says_no_to_nothing(message: str, value: bool) -> None:
    assert _read(message, "karte", APPRENTICE)["karte"] == ("answered", value)


def test_a_language_the_field_is_about_is_no_apology() -> None:
    job = JobSpec(
        title="Guide de musée",
        fields=(FieldSpec(key="en", label="Visites guidées en anglais", type="yes_no"),),
    )
    assert _read("Non, mon anglais est trop scolaire pour ça.", "en", job)["en"] == (
        "answered",
        False,
    )


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("since summer 2021", "en"),
        ("since the summer of 2021", "en"),
        ("desde el verano de 2021", "es"),
        ("seit dem Sommer 2021", "de"),
        ("depuis l'été 2021", "fr"),
        ("desde o verão de 2021", "pt"),
        ("dall'estate del 2021", "it"),
    ],
)
def test_a_season_and_year_is_a_start_date(
    monkeypatch: pytest.MonkeyPatch, message: str, lang: str
) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    assert numerals.numbers_to_digits(message, lang) == "for 5.41667 years"


def test_a_field_counted_in_no_unit_is_read_unasked_where_a_sentence_names_it() -> None:
    job = JobSpec(
        title="Ausbildung zum Elektroniker",
        fields=(
            FieldSpec(
                key="abschluss",
                label="Schulabschluss",
                type="single_choice",
                choices=("Hauptschulabschluss", "Realschulabschluss", "Abitur"),
            ),
            FieldSpec(key="mathe", label="Letzte Mathematiknote", type="number"),
        ),
    )
    found = _read("Ich habe den Realschulabschluss, Mathe war eine 1.", "abschluss", job)
    assert found == {
        "abschluss": ("answered", "Realschulabschluss"),
        "mathe": ("answered", 1),
    }
    # The clause that names it holds its number, whatever else the sentence counts...
    found = _read("In Mathe hatte ich eine 2, in Deutsch eine 3.", "abschluss", job)
    assert found["mathe"] == ("answered", 2)
    # ...but two numbers in that clause: which is the mark is not for the code to guess.
    found = _read("Mathe und Deutsch 2 und 3.", "abschluss", job)
    assert "mathe" not in found


SCHOOL = JobSpec(
    title="Auxiliar de Educación Infantil",
    fields=(
        FieldSpec(
            key="titulo",
            label="Titulación",
            type="single_choice",
            choices=("técnico superior", "grado universitario", "sin titulación"),
        ),
        FieldSpec(
            key="turno",
            label="Turno",
            type="single_choice",
            choices=("diurno", "noturno", "sin preferencia"),
        ),
    ),
)


@pytest.mark.parametrize(
    "message",
    [
        "No tengo ningún título de educación infantil, estudié Administración.",
        "I don't have any, I studied accounting.",
        "Nenhum, estudei contabilidade.",
    ],
)
def test_having_none_picks_the_choice_that_means_none(message: str) -> None:
    assert _read(message, "titulo", SCHOOL)["titulo"] == ("answered", "sin titulación")
    # "sin preferencia" means any, not none.
    assert _read(message, "turno", SCHOOL).get("turno", (None, None))[1] != "sin preferencia"


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("Tanto faz... bem, se tiver de escolher, de noite.", "noturno"),
        ("Me da igual; si tengo que elegir, de noche.", "noturno"),
        ("Durante o dia, se possível.", "diurno"),
    ],
)
def test_if_i_have_to_choose_and_day_or_night_in_other_words(message: str, choice: str) -> None:
    assert _read(message, "turno", SCHOOL)["turno"] == ("answered", choice)


def test_a_story_or_a_long_clause_gives_an_unasked_count_no_number() -> None:
    job = JobSpec(
        title="Dog walker",
        fields=(
            FieldSpec(key="dogs", label="Dogs walked at once", type="number"),
            FieldSpec(
                key="times", label="Availability", type="single_choice", choices=("am", "pm")
            ),
        ),
        custom_questions=(CustomQuestion(key="story", question="Tell us about a tricky walk."),),
    )
    story = "At the daycare two dogs started fighting over a ball."
    assert "dogs" not in _read(story, "story", job)
    assert "dogs" not in _read(story, "times", job)  # a clause of nine words


@pytest.mark.parametrize(
    ("message", "years"),
    [
        ("Me corrijo: son dos años y medio de experiencia, olvidé los seis meses allí.", 2.5),
        ("Je corrige : plutôt huit ans d'expérience, pas dix, j'avais compté deux ans d'école.", 8),
        ("Correction: 4 years, not 2 years.", 4),
    ],
)
def test_a_correction_gives_the_first_number_after_it_that_it_does_not_take_back(
    message: str, years: float
) -> None:
    assert _read(message, "horas")["experiencia"] == ("answered", years)


@pytest.mark.parametrize(
    "message",
    [
        "Una corrección: no son doce años de experiencia, son catorce.",
        "Corrijo: não são doze anos de experiência, são catorze.",
    ],
)
async def test_a_number_taken_back_alone_is_never_the_answer(message: str) -> None:
    # The new number has no unit: the reading never gives the one taken back, and the turn
    # reads the new one against the value held.
    assert "experiencia" not in _read(message, "horas")
    state, _ = start(WAREHOUSE)
    for reply in ("Sí.", "Mañana.", "Doce años."):
        state = (await take_turn(RulesOnly(), WAREHOUSE, state, reply)).state
    assert state.asked == "horas" and state.fields["experiencia"].value == 12
    state = (await take_turn(RulesOnly(), WAREHOUSE, state, message)).state
    assert state.fields["experiencia"].value == 14


@pytest.mark.parametrize("message", ["Son cuatro años.", "Son cuatro años en almacén."])
def test_spanish_son_is_no_son(message: str) -> None:
    assert _read(message, "experiencia")["experiencia"] == ("answered", 4)
