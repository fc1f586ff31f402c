"""Reading classes the first runs of jobs_blind86 to jobs_blind93 showed, each on wordings
and jobs of its own (none copied from those sets).

A bare no said in candour ("a dire il vero no") is a no whatever the next clause says; a
choice whose words are turned down ("non ho bisogno di alloggio") is not picked; a question
the candidate asks names no choice; a choice taken back ("scratch the part time") gives way
to the one after it, and the English "car" is no French "because"; a time of day the
candidate is busy with classes is no shift wished for; "two" put right is no "both".
Years held are read from two ages ("at 17, I'm 29 now"); a count of seasons from the one
the candidate started in; a notice period is no time worked. "Yes, but I'd rather not do
every night" is a yes; a compound that shares only its head with the label's
("Fischräucherei", "Fischereischein") does not name it.
"""

from __future__ import annotations

import pytest

from server.interview.numerals import today
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start, take_turn
from tests.helpers.reading import judging_engine, read_fields

CILIEGIE = JobSpec(
    title="Raccoglitore/raccoglitrice di ciliegie – Vignola (MO)",
    fields=(
        FieldSpec(
            key="scala", label="Lavoro sulla scala", type="yes_no",
            question="Te la senti di lavorare sulla scala tutto il giorno?",
        ),
        FieldSpec(
            key="alloggio", label="Alloggio", type="single_choice",
            choices=("ho bisogno di alloggio", "ho già un alloggio", "abito in zona"),
            question="Per l'alloggio: ti serve, ne hai già uno o abiti in zona?",
        ),
        FieldSpec(
            key="stagioni", label="Stagioni di raccolta", type="number",
            question="Quante stagioni di raccolta hai fatto?",
        ),
        FieldSpec(
            key="turno", label="Turno preferito", type="single_choice",
            choices=("mattina", "pomeriggio", "indifferente"),
            question="Quale turno preferisci: mattina, pomeriggio o indifferente?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
    ),
)  # fmt: skip

DRIVER = JobSpec(
    title="Minibus Driver – Riverside Day Centre, Reading",
    fields=(
        FieldSpec(
            key="licence_years", label="Years holding a full licence", type="years",
            question="How many years have you held a full driving licence?",
        ),
        FieldSpec(
            key="nights", label="Night shifts", type="yes_no",
            question="Can you work night shifts?",
        ),
        FieldSpec(
            key="contract", label="Contract", type="single_choice",
            choices=("full time", "part time", "weekends only"),
            question="Which contract would you like: full time, part time or weekends only?",
        ),
        FieldSpec(
            key="transport", label="Getting to the depot", type="single_choice",
            choices=("own car", "bicycle", "a lift", "bus"),
            question="How would you get to the depot: own car, bicycle, a lift or bus?",
        ),
        FieldSpec(
            key="shift", label="Preferred shift", type="single_choice",
            choices=("morning", "afternoon", "no preference"),
            question="Which shift would you prefer: morning, afternoon or no preference?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
)  # fmt: skip

MARCHE = JobSpec(
    title="Vendeur / Vendeuse sur les marchés – Fromagerie du Lac, Annecy",
    fields=(
        FieldSpec(
            key="marches", label="Marchés souhaités", type="single_choice",
            choices=("marché du mardi", "marché du samedi", "les deux"),
            question="Quel marché vous intéresse : mardi, samedi ou les deux ?",
        ),
        FieldSpec(
            key="dimanches", label="Dimanches par mois", type="number",
            question="Combien de dimanches par mois pouvez-vous travailler ?",
        ),
    ),
)  # fmt: skip

TEICH = JobSpec(
    title="Helfer/in Teichwirtschaft – Karpfenhof Lausitz",
    fields=(
        FieldSpec(
            key="fischereischein", label="Fischereischein", type="yes_no",
            question="Haben Sie einen Fischereischein?",
        ),
        FieldSpec(
            key="fuehrerschein", label="Führerschein Klasse B", type="yes_no",
            question="Haben Sie den Führerschein Klasse B?",
        ),
        FieldSpec(
            key="erfahrung", label="Erfahrung in der Landwirtschaft (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung haben Sie in der Landwirtschaft?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "text", "asked", "value"),
    [
        (CILIEGIE, "A dire il vero no, sulla scala mi gira la testa", "scala", False),
        (CILIEGIE, "A dire il vero no. Sulla scala tutto il giorno mi viene male", "scala", False),
        (DRIVER, "To be honest, no, night shifts wreck my sleep", "nights", False),
        (TEICH, "Ehrlich gesagt nein, den Fischereischein will ich erst machen",
         "fischereischein", False),
        (CILIEGIE, "A dire il vero sì, sulla scala mi trovo bene", "scala", True),
    ],
)  # fmt: skip
def test_a_no_said_in_candour_is_a_no(job: JobSpec, text: str, asked: str, value: bool) -> None:
    assert read_fields(job, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Non ho bisogno di alloggio, ho già una casa a Vignola",
        "Ho una roulotte e me la porto, quindi alloggio non ho bisogno",
    ],
)
def test_a_choice_whose_words_are_turned_down_is_not_picked(text: str) -> None:
    found = read_fields(CILIEGIE, text, "alloggio").get("alloggio")
    assert found is None or found[1] != "ho bisogno di alloggio"


def test_a_choice_whose_words_are_said_is_still_picked() -> None:
    assert read_fields(CILIEGIE, "Sì, ho bisogno di alloggio", "alloggio")["alloggio"] == (
        "answered",
        "ho bisogno di alloggio",
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Before I answer, how much is the rate for weekends?", "contract"),
        ("Quick one: what's the pay for the afternoon shift?", "shift"),
    ],
)
def test_a_question_the_candidate_asks_names_no_choice(text: str, asked: str) -> None:
    assert asked not in read_fields(DRIVER, text, asked)


@pytest.mark.parametrize(
    ("text", "asked", "key", "value"),
    [
        ("Bicycle. Actually no, I got a car last month, so own car.", "transport", "transport",
         "own car"),
        ("Actually scratch the part time, full time works for me", "contract", "contract",
         "full time"),
        ("Part time. Forget the part time, weekends only", "contract", "contract",
         "weekends only"),
    ],
)  # fmt: skip
def test_a_choice_taken_back_gives_way_to_the_one_after(
    text: str, asked: str, key: str, value: str
) -> None:
    assert read_fields(DRIVER, text, asked)[key] == ("answered", value)


def test_a_time_of_day_kept_for_classes_is_no_shift_wished_for() -> None:
    found = read_fields(
        DRIVER, "30 hours. Actually make it 25, I have college on Thursday afternoons", "hours"
    )
    assert found["hours"] == ("answered", 25)
    assert "shift" not in found


def test_two_put_right_is_no_choice_of_both() -> None:
    found = read_fields(MARCHE, "Trois dimanches. Ah non, plutôt deux, désolé.", "dimanches")
    assert found["dimanches"] == ("answered", 2)
    assert "marches" not in found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Got it at 17, I'm 29 now", 12),
        ("I passed my test at 18 and I am 40 now", 22),
        ("La saqué a los 18 y ahora tengo 25", 7),
        ("Presa a 19 anni, ora ne ho 33", 14),
    ],
)
def test_years_held_are_read_from_two_ages(text: str, years: int) -> None:
    assert read_fields(DRIVER, text, "licence_years")["licence_years"] == ("answered", years)


def test_a_count_of_seasons_is_read_from_the_season_one_started_in() -> None:
    found = read_fields(CILIEGIE, "Raccolgo ciliegie dalla stagione 2020/21, ogni anno", "stagioni")
    assert found["stagioni"] == ("answered", today().year - 2020)


def test_a_notice_period_is_no_time_worked() -> None:
    found = read_fields(TEICH, "Meine Kündigungsfrist beträgt drei Monate.", "erfahrung")
    assert found.get("erfahrung", ("vague", None))[1] != 0.25


def test_a_yes_with_a_limit_it_would_rather_keep_is_a_yes() -> None:
    text = "Yes, but I'd rather not do every night, two or three a week would be ideal"
    assert read_fields(DRIVER, text, "nights")["nights"] == ("answered", True)


def test_a_compound_sharing_only_its_head_names_no_other_field() -> None:
    found = read_fields(
        TEICH, "Moin, Führerschein ja, und ich war drei Jahre in einer Fischräucherei.", None
    )
    assert found["fuehrerschein"] == ("answered", True)
    assert "fischereischein" not in found


NATACION = JobSpec(
    title="Monitor/a de natación – Piscina Municipal de Albacete",
    fields=(
        FieldSpec(
            key="titulo", label="Titulación", type="single_choice",
            choices=("Monitor de nivel 1", "Monitor de nivel 2", "Entrenador superior"),
            question="¿Qué titulación tienes: nivel 1, nivel 2 o entrenador superior?",
        ),
        FieldSpec(
            key="sabados", label="Sábados por la mañana", type="yes_no",
            question="¿Puedes trabajar los sábados por la mañana?",
        ),
        FieldSpec(
            key="carne", label="Carné de conducir B", type="yes_no",
            question="¿Tienes carné de conducir B?",
        ),
        FieldSpec(
            key="experiencia", label="Experiencia como monitor (años)", type="years",
            question="¿Cuántos años de experiencia tienes como monitor?",
        ),
        FieldSpec(
            key="sesiones", label="Sesiones al mes", type="number",
            question="¿Cuántas sesiones al mes podrías dar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No, los sábados no, tengo otro trabajo. Bueno no, espera: allí solo hago tardes, así "
         "que por la mañana sí.", True),
        ("Sí. Pensándolo bien, con el otro trabajo, no.", False),
        ("No, los sábados tengo otro trabajo.", False),  # guard: nothing taken back
    ],
)  # fmt: skip
def test_a_yes_or_no_taken_back_to_at_the_end_is_the_answer(text: str, value: bool) -> None:
    assert read_fields(NATACION, text, "sabados")["sabados"] == ("answered", value)


def test_a_colloquial_sip_is_a_yes() -> None:
    assert read_fields(NATACION, "sip", "sabados")["sabados"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nunca he trabajado en sábado, pero creo que puedo, sí.", True),
        ("No, pero el domingo sí.", False),  # guard: a yes to another day
        ("No, pero si hace falta, sí.", False),  # guard: a yes on a condition
    ],
)
def test_a_no_turned_by_a_closing_yes_of_being_able(text: str, value: bool) -> None:
    assert read_fields(NATACION, text, "sabados")["sabados"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tengo el de nivel 2 desde el verano", "Monitor de nivel 2"),
        ("Nivel 1, desde 2022", "Monitor de nivel 1"),
    ],
)
def test_choices_told_apart_by_their_number_take_the_number_said(text: str, value: str) -> None:
    assert read_fields(NATACION, text, "titulo")["titulo"] == ("answered", value)


def test_the_portuguese_driving_card_is_the_licence_and_no_experience() -> None:
    found = read_fields(NATACION, "Tenho carta de condução há oito anos.", "carne")
    assert found["carne"] == ("answered", True)
    assert "experiencia" not in found


def test_a_calendar_year_in_a_sentence_is_no_count_of_sessions() -> None:
    found = read_fields(NATACION, "El curso de monitor lo hice en 2019 en Valencia.", "sesiones")
    assert found.get("sesiones", ("vague", None))[1] != 2019


def test_days_of_so_many_hours_plus_another_day_add_up() -> None:
    text = "Due mattine a settimana per 4 ore, più la domenica 5 ore."
    assert read_fields(CILIEGIE, text, "ore")["ore"] == ("answered", 13)


def test_a_question_opened_by_is_it_names_no_choice() -> None:
    text = "What does the late route involve? Is it the morning pick-up or the afternoon one?"
    assert "shift" not in read_fields(DRIVER, text, "shift")


PARQUE = JobSpec(
    title="Monitor(a) de recreação – Hotel Fazenda Serra Azul, Itu (SP)",
    fields=(
        FieldSpec(
            key="maior", label="Maior de 18 anos", type="yes_no",
            question="Você tem mais de 18 anos?",
        ),
        FieldSpec(
            key="experiencia", label="Experiência com recreação (anos)", type="years",
            question="Quantos anos de experiência você tem com recreação?",
        ),
        FieldSpec(
            key="barco", label="Habilitação náutica", type="single_choice",
            choices=("nenhuma", "arrais amador", "motonauta"),
            question="Que habilitação náutica você tem: nenhuma, arrais amador ou motonauta?",
        ),
        FieldSpec(
            key="formacao", label="Formação", type="single_choice",
            choices=("Educação Física", "Pedagogia", "Outra formação", "Sem formação superior"),
            question="Qual é a sua formação?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(("text", "value"), [("oi, tenho 16, faço 17 em maio", False),
                                             ("tenho 22", True)])  # fmt: skip
def test_an_age_said_bare_answers_an_age_limit(text: str, value: bool) -> None:
    assert read_fields(PARQUE, text, "maior")["maior"] == ("answered", value)


@pytest.mark.parametrize("text", ["Sim, tenho 20 anos.", "ho 20 anni", "tengo 20 años"])
def test_an_age_said_unasked_is_no_experience(text: str) -> None:
    assert "experiencia" not in read_fields(PARQUE, text, "maior")


def test_years_of_the_field_asked_are_still_read() -> None:
    found = read_fields(PARQUE, "tenho 4 anos", "experiencia")
    assert found["experiencia"] == ("answered", 4)


@pytest.mark.parametrize(
    "text",
    ["Nenhuma habilitação, só andei de lancha com amigos.",
     "Tenho carteira de motorista, de carro. Então sem habilitação náutica."],
)  # fmt: skip
def test_a_last_sentence_of_having_none_picks_the_choice_for_none(text: str) -> None:
    assert read_fields(PARQUE, text, "barco")["barco"] == ("answered", "nenhuma")


def test_a_choice_named_in_a_liking_is_no_qualification() -> None:
    text = "Sou técnica em enfermagem, nada a ver, mas adoro educação física"
    found = read_fields(PARQUE, text, "formacao").get("formacao")
    assert found is None or found[1] != "Educação Física"


def test_years_put_right_unasked_after_a_number_recalled() -> None:
    text = "Antes de continuar: eu disse três anos de recreação, mas são quase cinco."
    assert read_fields(PARQUE, text, "barco")["experiencia"] == ("answered", 5)


def test_a_spell_of_the_last_years_falls_within_one_since_a_year() -> None:
    text = "Trabalho com recreação desde 2019, e nos últimos dois anos também em festas infantis."
    assert read_fields(PARQUE, text, "experiencia")["experiencia"] == (
        "answered",
        today().year - 2019,
    )


TUKTUK = JobSpec(
    title="Guía de bicitaxi – Cádiz centro",
    fields=(
        FieldSpec(
            key="idiomas", label="Idiomas", type="short_text",
            question="¿Qué idiomas hablas además del español?",
        ),
        FieldSpec(
            key="dias", label="Días por semana", type="number",
            question="¿Cuántos días por semana puedes trabajar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"), [("varios idiomas jeje", "vague"), ("inglés y algo de francés", "answered")]
)
async def test_several_languages_none_named_is_vague_whatever_the_model_says(
    text: str, status: str
) -> None:
    state, _ = start(TUKTUK)
    state = state.model_copy(update={"asked": "idiomas"})
    state = (await take_turn(judging_engine("specific"), TUKTUK, state, text)).state
    assert state.fields["idiomas"].status == status


def test_a_start_said_as_last_year_is_one_year() -> None:
    text = "Hago rutas con turistas los fines de semana desde el año pasado."
    assert read_fields(PARQUE, text, "experiencia")["experiencia"] == ("answered", 1)


def test_an_answer_given_in_another_language_by_choice_is_no_refusal() -> None:
    text = "I'd rather answer this one in English: yes, lots of first-aid courses."
    assert read_fields(PARQUE, text, "formacao").get("formacao", ("missing",))[0] != "declined"


@pytest.mark.parametrize(
    ("text", "value"),
    [("I live in Modena, twenty minutes from you.", "abito in zona"),
     ("Vivo en Castelfranco, a un cuarto de hora.", "abito in zona")],
)  # fmt: skip
def test_where_one_lives_in_any_language_picks_the_choice_of_living(text: str, value: str) -> None:
    assert read_fields(CILIEGIE, text, "alloggio")["alloggio"] == ("answered", value)


def test_living_far_and_needing_a_room_is_no_choice_of_living_nearby() -> None:
    found = read_fields(CILIEGIE, "I live in Rome, so I'd need a room.", "alloggio").get("alloggio")
    assert found is None or found[1] != "abito in zona"


NOCCIOLE = JobSpec(
    title="Addetto/a confezionamento – Torrefazione Langa, Alba",
    fields=(
        FieldSpec(
            key="esperienza", label="Esperienza nell'alimentare (anni)", type="years",
            question="Quanti anni di esperienza hai nell'alimentare?",
        ),
        FieldSpec(
            key="automunito", label="Automunito/a", type="yes_no",
            question="Sei automunito/a?",
        ),
    ),
)  # fmt: skip

WACHE = JobSpec(
    title="Empfangskraft Werkschutz – Gießerei Lenne, Plettenberg",
    fields=(
        FieldSpec(
            key="jahre", label="Erfahrung im Sicherheitsdienst (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung haben Sie im Sicherheitsdienst?",
        ),
        FieldSpec(
            key="unterrichtung", label="Unterrichtung nach § 34a GewO", type="yes_no",
            question="Haben Sie die Unterrichtung nach § 34a GewO?",
        ),
    ),
)  # fmt: skip


def test_having_the_car_says_yes_to_automunito() -> None:
    found = read_fields(NOCCIOLE, "Ciao! Tre anni in un caseificio, e ho la macchina", "esperienza")
    assert found["automunito"] == ("answered", True)


def test_a_word_after_a_prefix_is_no_tail_of_the_labels_word() -> None:
    text = "Seit 2020 im Objektschutz, vorher hatte ich nichts in der Richtung."
    assert "unterrichtung" not in read_fields(WACHE, text, "jahre")


def test_a_school_named_before_what_one_has_keeps_no_shift_busy() -> None:
    text = (
        "Hi! I've been a teaching assistant at a primary school for 4 years, I have a clean "
        "licence and I can do the afternoon."
    )
    assert read_fields(DRIVER, text, None)["shift"] == ("answered", "afternoon")


def test_nights_answer_a_count_of_night_shifts() -> None:
    job = JobSpec(
        title="Nachtportier – Hotel am Dom, Köln",
        fields=(
            FieldSpec(
                key="naechte", label="Nachtschichten pro Monat", type="number",
                question="Wie viele Nachtschichten pro Monat können Sie übernehmen?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Bis zu 18 Nächte im Monat.", "naechte")["naechte"] == ("answered", 18)


def test_a_paper_lapsed_since_last_year_is_no_experience() -> None:
    text = "Perdón, me equivoqué: el carné de carretillero lo tengo caducado desde el año pasado."
    assert "experiencia" not in read_fields(NATACION, text, "sabados")
