"""Reading classes the re-measured runs of jobs_blind38 to jobs_blind41 missed, each on
wordings and jobs of its own (none copied from those sets).

Choices: a code after a word every choice opens with ("B1" for "Nivel B1"), one's own
thing among several things of one's own, getting there by bus, a course under way, a span
of months named in another language, a share of the week for a percentage, not minding
which. Hours: full days a week with the hours of each. The days of the week name a field
in any of the six languages. Read ahead: "as many as possible" answers no open text
question, nor does a number said again for another field, nor one word to a choice; a
share of days ("4 jours sur 5") counts no days.
"""

from __future__ import annotations

from datetime import date

import pytest

from server.commands.rehearse import reference_date
from server.interview import numerals
from server.interview.cues import FEW_OR_MANY
from server.interview.readers.subject import plain
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn
from tests.helpers.reading import answering_engine, read_fields

IDIOMAS = JobSpec(
    title="Recepcionista de hotel – Hotel Miramar, Santander",
    fields=(
        FieldSpec(
            key="ingles", label="Inglés", type="single_choice",
            choices=("Nivel A2", "Nivel B1", "Nivel B2", "Nivel C1"),
            question="¿Qué nivel de inglés tienes?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice", choices=("Turno 1", "Turno 2"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llegas", type="single_choice",
            choices=("furgoneta propia", "coche propio", "transporte público"),
            question="¿Cómo vendrías al hotel?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("B1, lo saqué el año pasado", "Nivel B1"),
        ("c1", "Nivel C1"),
        ("Creo que un B2", "Nivel B2"),
    ],
)
def test_a_code_after_the_word_every_choice_opens_with_names_its_choice(
    text: str, value: str
) -> None:
    assert read_fields(IDIOMAS, text, "ingles")["ingles"] == ("answered", value)


def test_a_bare_digit_after_the_shared_word_names_no_choice() -> None:
    assert (
        read_fields(IDIOMAS, "tengo 2 hijos pequeños", "turno").get("turno", ("missing",))[0]
        != "answered"
    )


TRANSPORT = JobSpec(
    title="Window Fitter's Mate – ClearView Glazing, Derby",
    fields=(
        FieldSpec(
            key="travel", label="Getting to sites", type="single_choice",
            choices=("own van", "own car", "public transport"),
            question="How would you get to sites: own van, own car or public transport?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I've got a Ford van, bit rusty but it runs", "own van"),
        ("my old car, it's fine on the motorway", "own car"),
        ("I don't drive, so it'd be the bus", "public transport"),
        ("Train and then a short walk", "public transport"),
    ],
)
def test_ones_own_thing_or_the_bus_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(TRANSPORT, text, "travel")["travel"] == ("answered", value)


def test_a_word_that_is_another_choice_names_no_choice_of_its_concept() -> None:
    job = JobSpec(
        title="Fahrer/in im Linienverkehr – Stadtwerke Ulm",
        fields=(
            FieldSpec(
                key="fahrzeug", label="Fahrzeug", type="single_choice", choices=("Bus", "Tram"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Tram, die fahre ich seit 2020", "fahrzeug")["fahrzeug"] == (
        "answered",
        "Tram",
    )


CURSO = JobSpec(
    title="Ayudante de cocina – Restaurante El Faro, Cádiz",
    fields=(
        FieldSpec(
            key="manipulador", label="Curso de manipulador", type="single_choice",
            choices=("sin curso", "en curso", "terminado"),
            question="¿Tienes el curso de manipulador de alimentos?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Lo estoy cursando ahora mismo", "I started it in October, it's ongoing"]
)
def test_a_course_under_way_is_the_choice_in_progress(text: str) -> None:
    assert read_fields(CURSO, text, "manipulador")["manipulador"] == ("answered", "en curso")


SAISON = JobSpec(
    title="Saisonnier / Saisonnière au camping Les Pins, Biscarrosse",
    fields=(
        FieldSpec(
            key="periode", label="Période", type="single_choice",
            choices=("avril à juin", "juillet-août", "septembre à novembre"),
            question="Quelle période pouvez-vous couvrir ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("July and August only, I'm back at uni in September", "juillet-août"),
        ("de abril a junio", "avril à juin"),
        ("September bis November, davor bin ich noch in der Schule", "septembre à novembre"),
    ],
)
def test_a_span_of_months_in_another_language_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(SAISON, text, "periode")["periode"] == ("answered", value)


def test_never_in_italian_is_no_may() -> None:
    job = JobSpec(
        title="Bagnino/a – Lido Azzurro, Rimini",
        fields=(
            FieldSpec(
                key="periodo", label="Periodo", type="single_choice",
                choices=("maggio-settembre", "giugno-settembre"),
                question="Per quale periodo sei disponibile?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Non ho mai fatto la stagione, ma fino a settembre sì", "periodo")
    assert found.get("periodo") != ("answered", "maggio-settembre")


QUOTA = JobSpec(
    title="Aide-soignant(e) de nuit – EHPAD Les Tilleuls, Angers",
    fields=(
        FieldSpec(
            key="temps", label="Temps de travail", type="single_choice",
            choices=("100 %", "80 %", "60 %"),
            question="Quel temps de travail souhaitez-vous : 100 %, 80 % ou 60 % ?",
        ),
        FieldSpec(
            key="nuits", label="Nuits par mois", type="number",
            question="Combien de nuits par mois pouvez-vous faire ?",
        ),
        FieldSpec(
            key="motivation", label="Motivation", type="long_text",
            question="Pourquoi ce poste vous intéresse-t-il ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [("Plutôt 4 jours sur 5", "80 %"), ("three days out of five", "60 %")],
)
def test_a_share_of_the_week_picks_its_percentage(text: str, value: str) -> None:
    assert read_fields(QUOTA, text, "temps")["temps"] == ("answered", value)


def test_a_share_with_no_percentage_of_its_own_picks_none() -> None:
    assert read_fields(QUOTA, "deux jours sur trois", "temps").get("temps", ("missing",))[0] != (
        "answered"
    )


PRACTICE = JobSpec(
    title="Dental Receptionist – Smile Street Dental, Leicester",
    fields=(
        FieldSpec(
            key="branch", label="Branch", type="single_choice",
            choices=("city centre", "retail park", "either"),
            question="Which branch would you prefer: city centre, retail park or either?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["don't mind, either's fine", "I don't mind really", "not fussed"])
def test_not_minding_which_is_the_choice_that_means_either(text: str) -> None:
    assert read_fields(PRACTICE, text, "branch")["branch"] == ("answered", "either")


def test_not_minding_something_else_keeps_the_choice_named() -> None:
    found = read_fields(PRACTICE, "Retail park, I don't mind the drive", "branch")
    assert found["branch"] == ("answered", "retail park")


WEEK = JobSpec(
    title="Commessa/o in enoteca – Cantina dei Colli, Asti",
    fields=(
        FieldSpec(
            key="attestato", label="Attestato HACCP", type="single_choice",
            choices=("nessuno", "in corso", "sì"),
            question="Hai l'attestato HACCP?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="domenica", label="Lavoro la domenica", type="yes_no",
            question="Puoi lavorare la domenica?",
        ),
        FieldSpec(
            key="lingue", label="Lingue", type="short_text",
            question="Che lingue parli?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Tre giorni pieni a settimana, 8 ore", 24),
        ("drei volle Tage die Woche, 7 Stunden", 21),
        ("4 full days a week, 9 hours", 36),
    ],
)
def test_full_days_a_week_with_the_hours_of_each_are_their_product(text: str, hours: int) -> None:
    assert read_fields(WEEK, text, "ore")["ore"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "value"), [("Yes, Sundays are fine", True), ("Sonntags leider nie", False)]
)
def test_a_day_of_the_week_in_another_language_names_its_field(text: str, value: bool) -> None:
    assert read_fields(WEEK, text, "attestato")["domenica"] == ("answered", value)


async def _turn(
    job: JobSpec, asked: str, text: str, answers: str, **answered: object
) -> InterviewState:
    state, _ = start(job)
    for key, value in answered.items():
        state.fields[key] = state.fields[key].model_copy(
            update={"status": "answered", "value": value, "evidence": str(value)}
        )
    state = state.model_copy(update={"asked": asked})
    return (await take_turn(answering_engine(answers), job, state, text)).state


@pytest.mark.parametrize(
    "text", ["Le plus possible !", "As many as you can give me!", "Lo más posible"]
)
def test_as_many_as_possible_is_an_amount_too_vague_to_read_ahead(text: str) -> None:
    assert FEW_OR_MANY.search(plain(text))


async def test_a_number_said_again_for_another_field_answers_no_open_question_ahead() -> None:
    state = await _turn(QUOTA, "temps", "Deux nuits par mois.", "Pourquoi ce poste", nuits=4)
    assert state.fields["motivation"].status == "missing"


async def test_one_word_to_a_choice_answers_no_open_question_ahead() -> None:
    job = JobSpec(
        title="Marinheiro/a – Ferries do Tejo, Lisboa",
        fields=(
            FieldSpec(
                key="funcao", label="Função", type="single_choice",
                choices=("convés", "máquinas", "bar"), question="Em que função tem prática?",
            ),
            FieldSpec(
                key="porto", label="Porto de origem", type="short_text",
                question="Qual é o seu porto de origem?",
            ),
        ),
    )  # fmt: skip
    state = await _turn(job, "funcao", "Cubierta.", "porto de origem")
    assert state.fields["porto"].status == "missing"


async def test_a_share_of_days_counts_no_days_of_the_next_field() -> None:
    state = await _turn(QUOTA, "temps", "Je préférerais 4 jours sur 5.", "Pourquoi ce poste")
    assert (state.fields["temps"].status, state.fields["temps"].value) == ("answered", "80 %")
    assert state.fields["nuits"].status == "missing"


NEVE = JobSpec(
    title="Operador/a de quitanieves – Estación Valdelinares, Teruel",
    fields=(
        FieldSpec(
            key="anos", label="Experiencia con maquinaria (años)", type="years",
            question="¿Cuántos años llevas manejando maquinaria pesada?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("fijo", "guardias", "ambos"),
            question="¿Qué prefieres: turno fijo, guardias o ambos?",
        ),
        FieldSpec(
            key="minutos", label="Tiempo hasta la estación (minutos)", type="number",
            question="¿Cuántos minutos tardas en llegar a la estación?",
        ),
    ),
)  # fmt: skip


async def test_a_number_in_the_next_fields_own_unit_answers_it_past_a_years_question() -> None:
    state = await _turn(
        NEVE, "anos", "Unos 20 minutos, vivo en Alcalá de la Selva", "nothing", turno="ambos"
    )
    assert (state.fields["minutos"].status, state.fields["minutos"].value) == ("answered", 20)
    assert state.fields["anos"].status != "answered"


async def test_both_to_a_years_question_answers_the_next_choice_that_means_either() -> None:
    state = await _turn(NEVE, "anos", "Les deux me vont", "nothing")
    assert (state.fields["turno"].status, state.fields["turno"].value) == ("answered", "ambos")
    assert state.fields["anos"].status != "answered"


BOLOS = JobSpec(
    title="Auxiliar de parque de trampolines – Salta Park, Valladolid",
    fields=(
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="cumples", label="Cumpleaños al mes", type="number",
            question="¿Cuántos cumpleaños podrías llevar al mes?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mañana", "tarde", "partido"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="eventos", label="Eventos", type="single_choice",
            choices=("nunca", "ocasionalmente", "regularmente"),
            question="¿Con qué frecuencia podrías cubrir eventos de empresa?",
        ),
    ),
)  # fmt: skip


def test_one_of_something_else_a_week_is_no_hours_unasked() -> None:
    found = read_fields(BOLOS, "6 al mes, más o menos uno por semana", "cumples")
    assert found == {"cumples": ("answered", 6)}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Viernes por la tarde, sábado y domingo, unas 6 horas cada día", 18),
        ("Puedo 4 días, de 5 horas cada uno", 20),
    ],
)
def test_days_named_or_counted_with_the_hours_of_each_are_their_product(
    text: str, hours: int
) -> None:
    assert read_fields(BOLOS, text, "horas")["horas"] == ("answered", hours)


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("turno", "Split shift works for me", "partido"),
        ("eventos", "Ab und zu, wenn ich Zeit habe", "ocasionalmente"),
        ("eventos", "Regularly, I like the busy days", "regularmente"),
    ],
)
def test_a_split_day_and_how_often_are_named_in_other_languages(
    key: str, text: str, value: str
) -> None:
    assert read_fields(BOLOS, text, key)[key] == ("answered", value)


def test_two_choices_with_or_and_not_minding_is_the_either_choice() -> None:
    found = read_fields(PRACTICE, "city centre or retail park, not fussed either way", "branch")
    assert found["branch"] == ("answered", "either")


TALLER = JobSpec(
    title="Ayudante de velería – Velas del Cantábrico, Santander",
    fields=(
        FieldSpec(
            key="costura", label="Experiencia en costura (años)", type="years",
            question="¿Cuántos años de experiencia tienes cosiendo?",
        ),
        FieldSpec(
            key="preaviso", label="Preaviso (semanas)", type="number",
            question="¿Cuántas semanas de preaviso necesitas?",
        ),
        FieldSpec(
            key="carne", label="Carné de carretillero", type="yes_no",
            question="¿Tienes el carné de carretillero?",
        ),
        FieldSpec(
            key="altura", label="Trabajo en altura", type="yes_no",
            question="¿Puedes trabajar en altura, en el mástil?",
        ),
        FieldSpec(
            key="horario", label="Horario", type="single_choice",
            choices=("mañana", "tarde", "día completo"),
            question="¿Qué horario prefieres?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Sono disoccupata da tre mesi", "Estoy en paro desde hace 8 meses"]
)
def test_time_out_of_work_is_no_experience(text: str) -> None:
    assert read_fields(TALLER, text, "costura").get("costura", ("missing",))[0] != "answered"


def test_years_living_somewhere_said_in_a_correction_are_no_experience_unasked() -> None:
    text = "Perdona, te corrijo: inglés fluido, viví 4 años en Londres"
    assert read_fields(TALLER, text, "carne").get("costura", ("missing",))[0] != "answered"


def test_time_out_of_work_beside_work_done_keeps_the_work() -> None:
    found = read_fields(
        TALLER, "En paro desde hace 2 meses, antes cosí 6 años en un taller", "costura"
    )
    assert found["costura"] == ("answered", 6)


@pytest.mark.parametrize(
    "text",
    ["Desde 2019 hasta que cerró el taller en 2023", "dal 2019 fino al 2023, poi ho smesso"],
)
def test_a_span_of_years_with_words_before_its_end_is_their_difference(text: str) -> None:
    assert read_fields(TALLER, text, "costura")["costura"] == ("answered", 4)


def test_a_year_of_the_calendar_corrected_is_no_count_of_weeks() -> None:
    text = "Perdón, dije 2018 para la costura pero fue en 2020"
    assert read_fields(TALLER, text, "preaviso").get("preaviso", ("missing", None))[1] != 2020


def test_the_number_said_per_the_fields_own_period_is_its_answer() -> None:
    job = JobSpec(
        title="Pizzaiolo – Forno Antico, Napoli",
        fields=(
            FieldSpec(
                key="pizze", label="Pizze all'ora", type="number",
                question="Quante pizze all'ora riesci a sfornare?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "In un forno da 6 pizze, circa 70 all'ora", "pizze")
    assert found["pizze"] == ("answered", 70)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sí, pero caducó el año pasado y no lo he renovado", False),
        ("Yes, but it expires in March", True),
    ],
)
def test_a_yes_then_expired_is_a_no(text: str, value: bool) -> None:
    assert read_fields(TALLER, text, "carne")["carne"] == ("answered", value)


@pytest.mark.parametrize(
    "text", ["Le vertige, très peu pour moi", "Heights are not for me, sorry", "Non fa per me"]
)
def test_not_for_me_is_a_no(text: str) -> None:
    assert read_fields(TALLER, text, "altura")["altura"] == ("answered", False)


def test_a_whole_day_in_another_language_is_the_all_day_choice() -> None:
    job = JobSpec(
        title="Addetto/a serra – Vivai Rossi, Pistoia",
        fields=(
            FieldSpec(
                key="orario", label="Orario", type="single_choice",
                choices=("mattina", "pomeriggio", "giornata intera"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Journée entière si possible", "orario")["orario"] == (
        "answered",
        "giornata intera",
    )


GOLF = JobSpec(
    title="Caddie – Real Club de Golf de Zarautz",
    fields=(
        FieldSpec(key="juega", label="Juega al golf", type="yes_no", question="¿Juegas al golf?"),
        FieldSpec(
            key="handicap", label="Hándicap", type="number", question="¿Cuál es tu hándicap?"
        ),
        FieldSpec(
            key="ingles", label="Nivel de inglés", type="single_choice",
            choices=("básico", "intermedio", "avanzado", "nativo"),
            question="¿Qué nivel de inglés tienes?",
        ),
    ),
)  # fmt: skip


def test_fluent_is_the_advanced_choice_where_no_choice_says_fluent() -> None:
    found = read_fields(GOLF, "Fluent, I lived in Dublin for a while", "ingles")
    assert found["ingles"] == ("answered", "avanzado")


def test_a_clause_naming_a_count_holds_its_number_whatever_else_the_sentence_counts() -> None:
    found = read_fields(GOLF, "Sí, juego desde hace 10 años, hándicap 14", "juega")
    assert found["handicap"] == ("answered", 14)


@pytest.mark.parametrize(
    "text",
    ["Tres años de camarera y uno de cocinera", "Foram três anos de caixa e um de repositor"],
)
def test_a_second_spell_of_one_with_de_adds_up(text: str) -> None:
    assert read_fields(TALLER, text, "costura")["costura"] == ("answered", 4)


def test_a_spell_of_one_of_those_is_part_of_the_first() -> None:
    found = read_fields(TALLER, "Tres años de costurera y uno de ellos de encargada", "costura")
    assert found["costura"] == ("answered", 3)


def test_three_months_listed_are_three_not_a_span_from_the_second() -> None:
    job = JobSpec(
        title="Noleggio bici – Lago di Garda",
        fields=(
            FieldSpec(
                key="mesi", label="Mesi disponibili", type="number",
                question="Quanti mesi sei disponibile?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Aprile, maggio e giugno.", "mesi")["mesi"] == ("answered", 3)
    assert read_fields(job, "Luglio e agosto", "mesi")["mesi"] == ("answered", 2)


RAMPA = JobSpec(
    title="Montador/a de escenarios – Feria de Muestras, Gijón",
    fields=(
        FieldSpec(
            key="inicio", label="Hora de entrada", type="single_choice",
            choices=("6:00", "6:30", "7:00", "8:00"),
            question="¿A qué hora puedes entrar como pronto?",
        ),
        FieldSpec(
            key="cargar", label="Cargar 20 kg", type="yes_no",
            question="¿Puedes cargar piezas de 20 kg?",
        ),
        FieldSpec(
            key="contrato", label="Contrato", type="single_choice",
            choices=("fijo jornada completa", "media jornada", "por eventos"),
            question="¿Qué contrato buscas?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llegas", type="single_choice",
            choices=("coche propio", "autobús", "me traen"),
            question="¿Cómo llegarías?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="anos", label="Experiencia en montaje (años)", type="years",
            question="¿Cuántos años de experiencia tienes en montaje?",
        ),
        FieldSpec(
            key="nivel", label="Nivel de montaje", type="single_choice",
            choices=("básico", "medio", "avanzado"),
            question="¿Qué nivel de montaje tienes?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half six is no problem", "6:30"),
        ("halb sieben", "6:30"),
        ("a las seis y media", "6:30"),
        ("Not before 8, the first bus gets in at 7:50", "8:00"),
        ("6 is fine, I live a five minute walk away", "6:00"),
    ],
)
def test_a_time_with_its_half_hour_picks_its_clock_choice(text: str, value: str) -> None:
    assert read_fields(RAMPA, text, "inicio")["inicio"] == ("answered", value)


def test_ok_then_a_no_is_a_no() -> None:
    assert read_fields(RAMPA, "Ok, no then.", "cargar")["cargar"] == ("answered", False)


def test_an_adjectives_ending_is_no_compound_the_reply_names() -> None:
    job = JobSpec(
        title="Market Crew – Harbour Market, Whitby",
        fields=(
            FieldSpec(
                key="lifting", label="Comfortable lifting up to 25 kg", type="yes_no",
                question="Are you comfortable lifting up to 25 kg?",
            ),
        ),
    )  # fmt: skip
    text = "Bad back so I can't really do heavy stuff, but I can do tables and signs all day."
    assert read_fields(job, text, "lifting")["lifting"] == ("answered", False)


def test_two_words_only_one_choice_has_pick_it() -> None:
    assert read_fields(RAMPA, "Jornada completa", "contrato")["contrato"] == (
        "answered",
        "fijo jornada completa",
    )


def test_two_words_of_one_choice_while_undecided_pick_nothing() -> None:
    found = read_fields(RAMPA, "Jornada completa quizás, depende del sueldo", "contrato")
    assert found["contrato"][0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voy en colectivo", "autobús"),
        ("Mi hermano me lleva en coche, trabaja cerca", "me traen"),
    ],
)
def test_a_bus_by_another_name_or_a_lift_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(RAMPA, text, "llegada")["llegada"] == ("answered", value)


def test_whatever_suits_you_is_the_choice_that_means_either() -> None:
    job = JobSpec(
        title="Monitor/a de pádel – Club Ría, Vigo",
        fields=(
            FieldSpec(
                key="grupo", label="Grupo", type="single_choice",
                choices=("niños", "adultos", "indiferente"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Lo que mejor os venga", "grupo")["grupo"] == (
        "answered",
        "indiferente",
    )


@pytest.mark.parametrize(
    ("text", "hours"), [("Unas 30 si puede ser", 30), ("Im Monat so um die 80 Stunden", 18.462)]
)
def test_hours_with_a_wish_or_a_month_said_first_are_read(text: str, hours: float) -> None:
    assert read_fields(RAMPA, text, "horas")["horas"] == ("answered", hours)


def test_days_of_a_month_are_no_years_nor_hours() -> None:
    text = "Perdón: empiezo el lunes 11 de enero, termino el otro trabajo el 8"
    found = read_fields(RAMPA, text, "anos")
    assert found.get("anos", ("missing", None))[1] not in (8, 11)
    assert "horas" not in found


def test_an_apology_for_ones_spanish_is_no_level_picked() -> None:
    text = "Hi, sorry, my Spanish is still basic. I've built stands for about 6 years"
    found = read_fields(RAMPA, text, "anos")
    assert found["anos"] == ("answered", 6)
    assert "nivel" not in found


def test_a_year_history_is_no_experience() -> None:
    job = JobSpec(
        title="Security Officer – Northgate Airport",
        fields=(
            FieldSpec(
                key="history", label="Five-year checkable history", type="yes_no",
                question="Can you give a checkable five-year history?",
            ),
            FieldSpec(
                key="years", label="Security experience (years)", type="years",
                question="How many years of security experience do you have?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Morning! Yes, 5 year history no problem.", "history")
    assert found == {"history": ("answered", True)}


def test_fluent_names_no_advanced_choice_where_a_choice_says_fluent() -> None:
    job = JobSpec(
        title="Professor/a de inglês – Escola Lumen, Porto",
        fields=(
            FieldSpec(
                key="nivel", label="Nível de inglês", type="single_choice",
                choices=("intermediário (B2)", "avançado (C1)", "fluente/nativo (C2)"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Meu nível é avançado, C1.", "nivel")["nivel"] == (
        "answered",
        "avançado (C1)",
    )
    assert read_fields(job, "Fluente, morei dez anos em Londres", "nivel")["nivel"] == (
        "answered",
        "fluente/nativo (C2)",
    )


INCORPORACION = JobSpec(
    title="Soldador/a TIG – Talleres del Puerto, Ferrol",
    fields=(
        FieldSpec(
            key="dias", label="Días hasta la incorporación", type="number",
            question="¿En cuántos días podrías incorporarte?",
        ),
        FieldSpec(
            key="preaviso", label="Notice (weeks)", type="number",
            question="How many weeks' notice do you need?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("dias", "Podría empezar el lunes 14 de diciembre", 13),
        ("dias", "el 5 de enero", 35),
        ("preaviso", "I can start on the 29th of December", 4),
    ],
)
def test_a_start_date_is_the_days_or_weeks_until_it(
    key: str, text: str, value: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    assert read_fields(INCORPORACION, text, key)[key] == ("answered", value)


def test_a_set_says_the_date_its_dates_are_relative_to() -> None:
    about = {"about": "BLIND set. Dates are relative to 2026-12-01.", "jobs": []}
    day = reference_date(about)
    assert day == date(2026, 12, 1)
    with numerals.dates_relative_to(day):
        assert numerals.today() == date(2026, 12, 1)
        assert numerals.numbers_to_digits("since 2022", "en") == "for 4 years"
    assert numerals.today() == date.today()
    assert reference_date({"about": "no date here"}) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Lunes, miércoles y viernes de 17 a 20h", 9),
        ("Monday, Wednesday, Friday, 4 hours each", 12),
        ("Monday 8 hours, Tuesday 4 hours", 12),
    ],
)
def test_a_list_of_days_cut_at_its_commas_is_one_list(text: str, hours: int) -> None:
    assert read_fields(RAMPA, text, "horas")["horas"] == ("answered", hours)


NATACION = JobSpec(
    title="Socorrista – Piscinas Municipales, Burgos",
    fields=(
        FieldSpec(
            key="titulo", label="Titulación", type="single_choice",
            choices=("Socorrista acuático", "Técnico deportivo", "Ninguna"),
            question="¿Qué titulación tienes?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "No tengo ninguna, estoy haciendo ahora el curso de socorrista acuático",
        "Ninguna por ahora, I'm doing the técnico deportivo course",
    ],
)
def test_a_choice_under_way_gives_way_to_none_held(text: str) -> None:
    assert read_fields(NATACION, text, "titulo")["titulo"] == ("answered", "Ninguna")


TITULO = JobSpec(
    title="Monitor/a de pádel – Club Ría, Vigo",
    fields=(
        FieldSpec(
            key="titulo", label="Titulación", type="single_choice",
            choices=("Monitor/a de pádel", "Técnico/a Deportivo/a", "Ninguna"),
            question="¿Qué titulación tienes?",
        ),
        FieldSpec(
            key="turno", label="Schicht", type="single_choice",
            choices=("Mittagsschicht", "Abendschicht"),
        ),
        FieldSpec(
            key="llegada", label="Getting there", type="single_choice",
            choices=("own car", "bicycle", "on foot"),
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("titulo", "Soy monitora de pádel desde 2020", "Monitor/a de pádel"),
        ("titulo", "Técnica deportiva, la saqué en Vigo", "Técnico/a Deportivo/a"),
        ("turno", "Abends am liebsten", "Abendschicht"),
        ("turno", "Evening shift", "Abendschicht"),
        ("llegada", "I'll cycle, it's ten minutes", "bicycle"),
        ("llegada", "De carro, tenho o meu.", "own car"),
    ],
)
def test_a_choice_in_its_other_gender_or_words_is_named(key: str, text: str, value: str) -> None:
    assert read_fields(TITULO, text, key)[key] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Lavoro in laboratorio da 4 anni, prima ho fatto 2 anni in una sartoria",
        "Llevo 4 años en un taller de Vigo, antes estuve 2 años en Lugo",
    ],
)
def test_a_spell_before_said_with_its_verb_adds_up(text: str) -> None:
    assert read_fields(TALLER, text, "costura")["costura"] == ("answered", 6)


PISTA = JobSpec(
    title="Monitor/a de esquí – Estación Alto Campoo, Cantabria",
    fields=(
        FieldSpec(
            key="nivel", label="Nivel de esquí", type="single_choice",
            choices=("no esquío", "principiante", "intermedio", "avanzado"),
            question="¿Qué nivel de esquí tienes?",
        ),
        FieldSpec(
            key="permis", label="Permis", type="single_choice", choices=("aucun", "C", "CE"),
            question="Quel permis poids lourd avez-vous ?",
        ),
        FieldSpec(
            key="formation", label="Formazione musicale", type="single_choice",
            choices=("nessuna", "scuola di musica", "diploma di conservatorio"),
            question="Che formazione musicale hai?",
        ),
        FieldSpec(
            key="anos", label="Experiencia como conductor (años)", type="years",
            question="¿Cuántos años llevas conduciendo camiones?",
        ),
        FieldSpec(
            key="horas", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("nivel", "No he esquiado nunca, pero aprendo rápido", "no esquío"),
        ("permis", "Pas encore de permis poids lourd, je suis inscrit pour passer le C", "aucun"),
        ("permis", "Correction : le CE est expiré, j'ai seulement le C", "C"),
        (
            "formation",
            "J'ai un diplôme du conservatoire, et je n'ai pas peur du vide",
            "diploma di conservatorio",
        ),
    ],
)
def test_a_none_a_plan_or_an_expiry_said_in_other_words_picks_its_choice(
    key: str, text: str, value: str
) -> None:
    assert read_fields(PISTA, text, key)[key] == ("answered", value)


def test_doing_the_thing_names_no_choice_for_none_of_it() -> None:
    found = read_fields(PISTA, "Esquío desde pequeña, bajo por todas las pistas", "nivel")
    assert found.get("nivel") != ("answered", "no esquío")


def test_a_second_spell_here_adds_up() -> None:
    text = "Trabalhei 12 anos como motorista de pesados em Portugal e 2 aqui"
    assert read_fields(PISTA, text, "anos")["anos"] == ("answered", 14)


def test_a_clock_span_with_pm_at_its_end_is_all_in_the_afternoon() -> None:
    text = "Tuesday and Thursday evenings, 6 to 10pm"
    assert read_fields(PISTA, text, "horas")["horas"] == ("answered", 8)


BODA = JobSpec(
    title="Camarero/a de banquetes – Finca Los Almendros, Toledo",
    fields=(
        FieldSpec(
            key="dias", label="Disponibilidad", type="single_choice",
            choices=("solo sábados", "viernes y sábados", "sábados y domingos"),
            question="¿Qué días puedes trabajar?",
        ),
        FieldSpec(
            key="periodo", label="Periodo", type="single_choice",
            choices=("mayo-septiembre", "todo el año"),
            question="¿En qué periodo estás disponible?",
        ),
        FieldSpec(
            key="lager", label="Lagererfahrung (Jahre)", type="years",
            question="Wie viele Jahre Lagererfahrung haben Sie?",
        ),
        FieldSpec(
            key="heben", label="Heben bis 15 kg", type="yes_no",
            question="Können Sie Kartons bis 15 kg heben?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Venerdì e sabato", "viernes y sábados"),
        ("Saturdays only, on Sundays I coach football", "solo sábados"),
        ("Samstag und Sonntag", "sábados y domingos"),
    ],
)
def test_the_days_named_in_any_language_pick_their_choice(text: str, value: str) -> None:
    assert read_fields(BODA, text, "dias")["dias"] == ("answered", value)


@pytest.mark.parametrize("text", ["Nein", "don't have that one"])
def test_a_bare_no_to_a_question_of_when_is_no_none(text: str) -> None:
    assert read_fields(BODA, text, "periodo")["periodo"][0] != "none"


def test_a_total_in_months_is_counted_in_months() -> None:
    text = "Bei Rewe 9 Monate, dazu 6 Monate als Inventurhelferin, also insgesamt 15 Monate"
    assert read_fields(BODA, text, "lager")["lager"] == ("answered", 1.25)


@pytest.mark.parametrize(
    "text", ["Möchte ich nicht beantworten.", "Das möchte ich hier nicht angeben."]
)
def test_not_wanting_to_answer_in_german_is_declined_not_a_no(text: str) -> None:
    assert read_fields(BODA, text, "heben")["heben"] == ("declined", None)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Weekends only, Saturday and Sunday, eight hours each day", 16),
        ("seulement le week-end, 6h le samedi et 6h le dimanche", 12),
    ],
)
def test_the_same_days_said_again_are_not_added_to_the_list(text: str, hours: int) -> None:
    assert read_fields(RAMPA, text, "horas")["horas"] == ("answered", hours)


def test_a_spell_before_after_a_but_is_not_added() -> None:
    text = "En el taller llevo dieciocho meses, pero antes estuve ocho años de camarero."
    assert read_fields(TALLER, text, "costura")["costura"] == ("answered", 1.5)


def test_the_first_part_of_a_compound_choice_names_it() -> None:
    job = JobSpec(
        title="Thekenkraft – Grillhaus am Markt, Kiel",
        fields=(
            FieldSpec(
                key="schicht", label="Schicht", type="single_choice",
                choices=("Mittagsschicht", "Abendschicht"),
                question="Welche Schicht möchten Sie?",
            ),
        ),
    )  # fmt: skip
    text = "Mittags wäre gut, abends muss ich bei meinen Kindern sein"
    assert read_fields(job, text, "schicht")["schicht"] == ("answered", "Mittagsschicht")
