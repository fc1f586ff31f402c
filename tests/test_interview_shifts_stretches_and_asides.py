"""Reading classes the first runs of jobs_blind94 to jobs_blind101 showed, each on wordings
and jobs of its own (none copied from those sets).

So many shifts of so many hours a week are their product; "un kilomètre et demi" is 1.5
and "a dos pasos" no distance at all; a weight said of a sack is no day's output where
another field speaks of sacks; "five days a week" is no wait before starting. How long
one did something is no yes to an availability unasked; a stretched "jaaa" or "nooo" is
still a yes or a no, and "leider nein" a no. A choice that ends on "mai" is no Italian
"never"; "any but the second" picks nothing; what one earns now is no expectation beside
one wished. An open yes to a "where" question, or a bare "nearby", names no place; a
span the model cuts from its day, its conclusion or the answer before it is not kept.
Hours put right after a dash are read, "L-Schein" names a licence class L, "10-hour
shifts" name no night shifts, and a count per event is divided by its hours.
"""

from __future__ import annotations

from datetime import date

import pytest

from server.interview.consult import understand
from server.interview.numerals import dates_relative_to
from server.interview.readers.free_text import answering_span
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from server.interview.understand import read_message
from tests.helpers.reading import judging_engine, read_fields, reply

CAMPING = JobSpec(
    title="Agent(e) d'entretien – Camping Les Pins, Biscarrosse",
    fields=(
        FieldSpec(
            key="heures", label="Heures par semaine", type="hours_per_week",
            question="Combien d'heures par semaine pouvez-vous faire ?",
        ),
        FieldSpec(
            key="km", label="Distance (km)", type="number",
            question="À combien de kilomètres du camping habitez-vous ?",
        ),
        FieldSpec(
            key="debut", label="Début", type="single_choice",
            choices=("tout de suite", "d'ici un mois", "au-delà d'un mois"),
            question="Quand pourriez-vous commencer ?",
        ),
        FieldSpec(
            key="saison", label="Période", type="single_choice",
            choices=("toute la saison", "juin à juillet", "août à mai"),
            question="Sur quelle période êtes-vous disponible ?",
        ),
    ),
)  # fmt: skip

VIVERO = JobSpec(
    title="Peón/a de vivero – Viveros Almendral, Murcia",
    fields=(
        FieldSpec(
            key="anos", label="Experiencia en vivero (años)", type="years",
            question="¿Cuántos años de experiencia tienes en viveros o jardinería?",
        ),
        FieldSpec(
            key="sabados", label="Sábados por la mañana", type="yes_no",
            question="¿Puedes trabajar los sábados por la mañana?",
        ),
        FieldSpec(
            key="sacos", label="Carga de sacos de 25 kg", type="yes_no",
            question="¿Puedes cargar sacos de sustrato de 25 kg?",
        ),
        FieldSpec(
            key="kg_dia", label="Sustrato movido al día (kg)", type="number", required=False,
            question="¿Cuántos kilos de sustrato movías al día en tu último trabajo?",
        ),
        FieldSpec(
            key="sueldo", label="Sueldo deseado (€ al mes)", type="number",
            question="¿Qué sueldo mensual pides?",
        ),
        FieldSpec(
            key="distancia", label="Distancia al vivero (km)", type="number", required=False,
            question="¿A cuántos kilómetros vives del vivero?",
        ),
    ),
)  # fmt: skip

TURNOS = JobSpec(
    title="Operador(a) de prensa – Metalúrgica Serra, Joinville",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("1º turno", "2º turno", "3º turno"),
            question="Qual turno você prefere: 1º, 2º ou 3º?",
        ),
        FieldSpec(
            key="bairro", label="Bairro", type="short_text",
            question="Em que bairro você mora?",
        ),
    ),
)  # fmt: skip

KIOSK = JobSpec(
    title="Aushilfe (m/w/d) – Kiosk am Stadtpark, Kassel",
    fields=(
        FieldSpec(
            key="abende", label="Abendschichten", type="yes_no",
            question="Kannst du auch abends bis 22 Uhr arbeiten?",
        ),
        FieldSpec(
            key="wohnort", label="Wohnort", type="short_text", required=False,
            question="In welchem Stadtteil wohnst du?",
        ),
        FieldSpec(
            key="schein", label="Führerschein Klasse L", type="yes_no",
            question="Hast du einen Führerschein der Klasse L?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchtest du arbeiten?",
        ),
    ),
)  # fmt: skip

STEWARD = JobSpec(
    title="Event Steward – Riverside Stadium, Stockton",
    fields=(
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="nights", label="Night shifts", type="yes_no",
            question="Are you happy to cover night shifts at concerts?",
        ),
        FieldSpec(
            key="notice", label="Notice period", type="short_text", required=False,
            question="How much notice do you have to give?",
        ),
        FieldSpec(
            key="drinks", label="Drinks served per hour", type="number", required=False,
            question="How many drinks could you serve in an hour at a bar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "key", "text", "value"),
    [
        (STEWARD, "hours", "I could do 2 shifts of 10 hours a week", 20),
        (STEWARD, "hours", "three 8-hour shifts a week", 24),
        (CAMPING, "heures", "quatre postes de 6 heures par semaine", 24),
        (KIOSK, "stunden", "zwei Dienste à 8 Stunden pro Woche", 16),
    ],
)
def test_shifts_of_so_many_hours_a_week_are_their_product(
    job: JobSpec, key: str, text: str, value: float
) -> None:
    assert read_fields(job, text, key)[key] == ("answered", value)


@pytest.mark.parametrize(
    ("job", "key", "text", "value"),
    [
        (CAMPING, "km", "Un kilomètre et demi, à peu près", 1.5),
        (VIVERO, "distancia", "un kilómetro y medio más o menos", 1.5),
    ],
)
def test_one_unit_and_a_half_is_one_and_a_half(
    job: JobSpec, key: str, text: str, value: float
) -> None:
    assert read_fields(job, text, key)[key] == ("answered", value)


@pytest.mark.parametrize("text", ["Vivo a dos pasos.", "Estoy a dos pasos, la verdad"])
def test_a_few_steps_away_is_no_distance_counted(text: str) -> None:
    assert read_fields(VIVERO, text, "distancia")["distancia"][0] == "vague"


def test_a_weight_said_of_a_sack_is_no_day_of_work_where_a_field_speaks_of_sacks() -> None:
    text = "Sí, en la obra cargaba sacos de cemento de 35 kg sin problema."
    assert read_fields(VIVERO, text, "sacos") == {"sacos": ("answered", True)}
    # asked, the weight a day is read as ever
    assert read_fields(VIVERO, "unos 900 kg al día", "kg_dia")["kg_dia"] == ("answered", 900)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 kg a week, working five days a week.", ("vague", None)),
        ("dans deux mois", ("answered", "au-delà d'un mois")),
        ("dans trois semaines", ("answered", "d'ici un mois")),
    ],
)
def test_days_a_week_are_no_wait_and_beyond_a_month_is_longer(text: str, expected: tuple) -> None:
    assert read_fields(CAMPING, text, "debut")["debut"] == expected


def test_how_long_one_did_something_is_no_yes_to_an_availability_unasked() -> None:
    text = "Ocho meses echando una mano en un vivero los sábados."
    assert "sabados" not in read_fields(VIVERO, text, "anos")
    text = "Dos años en un vivero, y puedo los sábados sin problema."
    assert read_fields(VIVERO, text, "anos")["sabados"] == ("answered", True)
    # a thing held that long is still had
    assert read_fields(KIOSK, "Ich habe den Führerschein L seit 3 Jahren", None)["schein"] == (
        "answered",
        True,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [("jaaa klar", True), ("jaa safe", True), ("siii", True), ("nooo", False), ("neee", False)],
)
def test_a_stretched_yes_or_no_is_one(text: str, value: bool) -> None:
    assert read_fields(KIOSK, text, "abende")["abende"] == ("answered", value)


def test_a_no_inside_the_clause_is_a_no() -> None:
    text = "Hi, abends leider nein, da bin ich beim Training."
    assert read_fields(KIOSK, text, None)["abende"] == ("answered", False)


def test_a_choice_that_ends_on_may_is_no_never() -> None:
    text = "Petite correction pour la période : finalement d'août à mai, si possible."
    assert read_fields(CAMPING, text, "heures")["saison"] == ("answered", "août à mai")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("qualquer um menos o segundo", ("vague", None)),
        ("any but the first", ("vague", None)),
        ("pode ser o 1º", ("answered", "1º turno")),
        ("o terceiro", ("answered", "3º turno")),
    ],
)
def test_a_place_turned_down_picks_nothing(text: str, expected: tuple) -> None:
    assert read_fields(TURNOS, text, "turno")["turno"] == expected


def test_pay_earned_now_gives_way_to_pay_wished() -> None:
    text = "Ahora cobro 1.300, quiero unos 1.500 a 1.700."
    assert read_fields(VIVERO, text, "sueldo")["sueldo"] == ("answered", 1600)
    assert read_fields(VIVERO, "Ahora cobro 1.300", "sueldo")["sueldo"] == ("answered", 1300)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ja klar, abends hab ich eh immer zeit", "vague"),
        ("Ja, in Wehlheiden", "answered"),
        ("Gleich hier nah", "vague"),
    ],
)
async def test_a_yes_or_nearby_to_a_where_question_names_no_place(text: str, status: str) -> None:
    reading = await understand(judging_engine("specific"), KIOSK, text, "wohnort")
    found = reading.findings.get("wohnort")
    assert (found.status if found else "vague") == status


@pytest.mark.parametrize(
    ("spec", "text", "chosen"),
    [
        (
            STEWARD.field("notice"),
            "I'm on a rolling contract so just a week",
            "I'm on a rolling contract",
        ),
        (
            FieldSpec(key="start", label="Start date", type="short_text",
                      question="When could you start?"),
            "I'm free from the 9 January.",
            "January",
        ),
        (
            FieldSpec(key="way", label="Transport", type="short_text",
                      question="Come arriveresti al lavoro?"),
            "Con la mia bici, abito a Santa Rita.",
            "Santa Rita",
        ),
    ],
)  # fmt: skip
def test_a_span_cut_from_its_day_conclusion_or_first_answer_is_not_kept(
    spec: FieldSpec, text: str, chosen: str
) -> None:
    assert answering_span(spec, text, chosen) is None


async def test_hours_put_right_after_a_dash_are_read() -> None:
    state, _ = start(STEWARD)
    state = await reply(state, STEWARD, "hours", "40 hours")
    text = (
        "Two weeks. Oh and scratch what I said about the hours - I've signed up for evening"
        " classes on Mondays, so twenty-five hours max."
    )
    state = await reply(state, STEWARD, "notice", text)
    assert state.fields["hours"].value == 25


async def test_a_letter_compound_names_its_licence_class_and_corrects_a_no() -> None:
    state, _ = start(KIOSK)
    state = await reply(state, KIOSK, "schein", "Nee, hab ich nicht")
    assert state.fields["schein"].value is False
    text = "so 20 Stunden. Und Korrektur: ich hab doch den L-Schein, kam mit dem Autoführerschein"
    state = await reply(state, KIOSK, "stunden", text)
    assert state.fields["stunden"].value == 20
    assert state.fields["schein"].value is True


def test_shifts_counted_name_no_night_shifts_unasked() -> None:
    fields = read_fields(STEWARD, "12 hour shifts, 3 shifts a week", "hours")
    assert fields == {"hours": ("answered", 36)}


def test_a_count_per_event_of_so_many_hours_is_per_hour() -> None:
    text = "At a 5 hour event I'd pour about 150 drinks."
    assert read_fields(STEWARD, text, "drinks")["drinks"] == ("answered", 30)


CAFE = JobSpec(
    title="Aushilfe (m/w/d) im Gartencafé – Lüneburg",
    fields=(
        FieldSpec(
            key="samstags", label="Samstags verfügbar", type="yes_no",
            question="Kannst du samstags arbeiten?",
        ),
        FieldSpec(
            key="gastro", label="Erfahrung in der Gastronomie (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung hast du in der Gastronomie?",
        ),
        FieldSpec(
            key="schicht", label="Schicht", type="single_choice",
            choices=("Frühschicht", "Spätschicht", "any of these"),
            question="Welche Schicht passt dir: Frühschicht, Spätschicht oder egal?",
        ),
        FieldSpec(
            key="auto", label="Auto vorhanden", type="yes_no",
            question="Hast du ein Auto?",
        ),
    ),
)  # fmt: skip


def test_waiting_at_tables_is_experience_in_hospitality() -> None:
    text = "Moin! Samstags passt. Ich kellnere seit 2022 in einem Bistro in Uelzen."
    fields = read_fields(CAFE, text, "samstags")
    assert fields["samstags"] == ("answered", True)
    assert fields["gastro"][0] == "answered"


def test_a_car_in_any_words_names_a_field_of_an_auto() -> None:
    text = "Vier Jahre in der Gastro, und einen Wagen hab ich, ein Auto eben, die macchina."
    assert read_fields(CAFE, "Ho 3 anni di bar, e la macchina ce l'ho.", "gastro")["auto"] == (
        "answered",
        True,
    )
    assert read_fields(CAFE, text, "gastro")["gastro"] == ("answered", 4)


async def test_a_question_tagged_on_after_a_yes_leaves_the_yes() -> None:
    state, _ = start(KIOSK)
    state = await reply(state, KIOSK, "schein", "Ja, den L-Schein hab ich seit Mai, ist das ok?")
    assert state.fields["schein"].value is True
    assert read_fields(KIOSK, "Meinst du den Autoführerschein?", "schein") == {}


def test_the_choice_for_any_of_them_is_picked_by_any() -> None:
    assert read_fields(CAFE, "egal, jede Schicht", "schicht")["schicht"] == (
        "answered",
        "any of these",
    )


def test_time_spent_says_nothing_only_of_when_one_is_available() -> None:
    # how long one skates, said in the present, still says one skates
    rink = JobSpec(
        title="Addetto/a pista – Palaghiaccio di Pinerolo",
        fields=(
            FieldSpec(key="pattina", label="Sa pattinare", type="yes_no",
                      question="Sai pattinare sul ghiaccio?"),
            FieldSpec(key="sabati", label="Sabati", type="yes_no",
                      question="Puoi lavorare il sabato?"),
        ),
    )  # fmt: skip
    assert read_fields(rink, "Sì, pattino da quando avevo 7 anni", None)["pattina"] == (
        "answered",
        True,
    )
    fields = read_fields(rink, "Due anni lavorando il sabato in un bar, e pattino bene", None)
    assert fields == {"pattina": ("answered", True)}


GROOMER = JobSpec(
    title="Kennel Assistant – Hillside Boarding Kennels, Otley",
    fields=(
        FieldSpec(
            key="sundays", label="Sunday availability", type="single_choice",
            choices=("every Sunday", "every other Sunday", "no Sundays"),
            question="Could you work every Sunday, every other Sunday, or no Sundays?",
        ),
        FieldSpec(
            key="cert", label="Certificate held", type="single_choice",
            choices=("none yet", "Level 2", "Level 3", "Both Level 2 and Level 3"),
            question="Which certificate do you hold: none yet, Level 2, Level 3, or both?",
        ),
        FieldSpec(
            key="course", label="Courses done", type="short_text", required=False,
            question="Any other courses?",
        ),
    ),
)  # fmt: skip


def test_a_choice_put_right_under_what_one_said_about_it() -> None:
    text = "Canine first aid. Oh, forget what I said about Sundays: every other one, sorry."
    assert read_fields(GROOMER, text, "course")["sundays"] == ("answered", "every other Sunday")


def test_both_put_right_after_one_picks_the_choice_of_both() -> None:
    text = "Level 2. Actually no, I've got both now, my Level 3 came through in May."
    assert read_fields(GROOMER, text, "cert")["cert"] == ("answered", "Both Level 2 and Level 3")
    assert read_fields(GROOMER, "both", "cert")["cert"] == ("answered", "Both Level 2 and Level 3")


@pytest.mark.parametrize(
    "text",
    [
        "Foi de março de 2023 até agora, numa padaria",
        "von März 2023 bis jetzt, im Supermarkt",
        "from March 2023 until now, at a corner shop",
    ],
)
def test_from_a_date_until_now_is_time_since_it(text: str) -> None:
    with dates_relative_to(date(2026, 12, 1)):
        assert read_fields(VIVERO, text, "anos")["anos"] == ("answered", 3.75)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi, I turn 18 in March", False),
        ("cumplo 18 en abril", False),
        ("ich werde im Mai 18", False),
        ("I'll be 20 next month", True),
    ],
)
def test_an_age_still_to_come_is_one_less_now(text: str, value: bool) -> None:
    job = JobSpec(
        title="Bar Back – The Old Vic Tap, Leeds",
        fields=(
            FieldSpec(key="adult", label="Aged 18 or over", type="yes_no",
                      question="Are you aged 18 or over?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "adult")["adult"] == ("answered", value)


WEEKENDS = JobSpec(
    title="Climbing Wall Host – Boulder Barn, Sheffield",
    fields=(
        FieldSpec(
            key="days", label="Weekend days", type="single_choice",
            choices=("Saturdays only", "Sundays only", "both days"),
            question="Which weekend days could you work: Saturdays only, Sundays only, or both?",
        ),
        FieldSpec(
            key="first_aid", label="First aid certificate", type="yes_no",
            question="Do you hold a first aid certificate?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["Los dos días, sábado y domingo.", "beide", "both please"])
def test_the_choice_of_both_is_named_by_both_in_any_language(text: str) -> None:
    assert read_fields(WEEKENDS, text, "days")["days"] == ("answered", "both days")


def test_both_unasked_names_the_choice_only_beside_its_words() -> None:
    text = "Hi! I can do both Saturdays and Sundays."
    assert read_fields(WEEKENDS, text, "first_aid")["days"] == ("answered", "both days")
    text = "Yes, I have both a first aid certificate and a minibus licence."
    assert "days" not in read_fields(WEEKENDS, text, "first_aid")


def test_starting_now_is_no_wait_of_days_asked_how_many() -> None:
    job = JobSpec(
        title="Agent(e) de tri – Recyclerie du Lot, Cahors",
        fields=(
            FieldSpec(key="delai", label="Délai avant prise de poste (jours)", type="number",
                      question="Dans combien de jours pourriez-vous commencer ?"),
        ),
    )  # fmt: skip
    assert read_fields(job, "Tout de suite, je suis libre.", "delai")["delai"] == ("answered", 0)
    assert read_fields(job, "dans 10 jours", "delai")["delai"] == ("answered", 10)


def test_the_initials_of_a_label_name_it() -> None:
    job = JobSpec(
        title="Operative – Northern Roadworks, Leeds",
        fields=(
            FieldSpec(key="years", label="Years in traffic management", type="years",
                      question="How many years have you worked in traffic management?"),
            FieldSpec(key="hgv", label="Years driving lorries", type="years",
                      question="How many years have you driven lorries?"),
            FieldSpec(key="nights", label="Night shifts", type="yes_no",
                      question="Can you work nights?"),
        ),
    )  # fmt: skip
    # named, the years are the field's own, not an aside kept only for a field talked about
    found = read_message(job, "Morning, 4 yrs in TM, happy on nights.", "nights").findings
    assert (found["years"].status, found["years"].value) == ("answered", 4)
    assert found["years"].source != "aside"
    assert found["hgv"].source == "aside"


def test_a_gendered_choice_is_named_unasked_by_its_feminine() -> None:
    job = JobSpec(
        title="Aushilfe (m/w/d) – Zooschule, Osnabrück",
        fields=(
            FieldSpec(key="stunden", label="Wochenstunden", type="hours_per_week",
                      question="Wie viele Stunden pro Woche?"),
            FieldSpec(key="art", label="Beschäftigungsart", type="single_choice",
                      choices=("Minijob", "Teilzeit", "Werkstudent/in"),
                      question="Minijob, Teilzeit oder Werkstudent/in?"),
            FieldSpec(key="angaben", label="Sprachen", type="short_text", required=False,
                      question="Welche Sprachen sprichst du?"),
        ),
    )  # fmt: skip
    fields = read_fields(job, "So 14 Stunden, als Werkstudentin, ich studiere Biologie.", "stunden")
    assert fields["art"] == ("answered", "Werkstudent/in")
    assert read_fields(job, "Das lass ich lieber weg.", "angaben")["angaben"][0] == "declined"


def test_a_french_yes_without_its_s_is_a_yes() -> None:
    assert read_fields(KIOSK, "ouai grave, je bosse déjà le soir", "abende")["abende"] == (
        "answered",
        True,
    )


def test_a_region_asked_takes_the_place_lived_and_the_underground_is_no_metre() -> None:
    job = JobSpec(
        title="Atendente de padaria – Padaria Pão Dourado, Taguatinga",
        fields=(
            FieldSpec(key="anos", label="Experiência (anos)", type="years",
                      question="Quantos anos de experiência você tem?"),
            FieldSpec(key="regiao", label="Região onde mora", type="short_text",
                      question="Em qual região administrativa você mora?"),
            FieldSpec(key="onibus", label="Número de conduções", type="number",
                      question="Quantas conduções (ônibus ou metrô) você pega até aqui?"),
        ),
    )  # fmt: skip
    fields = read_fields(job, "Quatro anos de balcão, moro no Gama. Pego duas conduções.", "anos")
    assert fields["regiao"] == ("answered", "Gama")
    assert fields["onibus"] == ("answered", 2)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i climb sometimes with my mates", "climb occasionally"),
        ("ab und zu, mit Freunden", "climb occasionally"),
        ("I climb often, twice a week", "climb regularly"),
    ],
)
def test_a_word_of_a_several_word_choice_brings_its_concept(text: str, value: str) -> None:
    job = JobSpec(
        title="Climbing Wall Host – Boulder Barn, Sheffield",
        fields=(
            FieldSpec(key="climb", label="Climbing", type="single_choice",
                      choices=("climb regularly", "climb occasionally", "never climbed"),
                      question="Do you climb regularly, occasionally, or never?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "climb")["climb"] == ("answered", value)


SAWMILL = JobSpec(
    title="Addetto/a alla segheria – Marmi Versilia, Pietrasanta",
    fields=(
        FieldSpec(key="carroponte", label="Uso del carroponte", type="yes_no",
                  question="Hai già usato il carroponte?"),
        FieldSpec(key="macchine", label="Macchine usate", type="short_text", required=False,
                  question="Quali macchine hai già usato?",
                  example="lucidatrice a nastro, telaio, fresa a ponte"),
    ),
)  # fmt: skip


async def test_a_list_of_things_of_the_examples_kind_answers_a_short_text() -> None:
    # the model is not asked to call it vague, and a word of another label ("ponte" in
    # "carroponte") does not keep the question from being answered
    text = "Telaio Gaspari, una fresa a ponte e a volte il waterjet."
    reading = await understand(judging_engine("vague"), SAWMILL, text, "macchine")
    assert reading.findings["macchine"].status == "answered"
    # a negation of it is no list
    reading = await understand(judging_engine("vague"), SAWMILL, "nessun telaio", "macchine")
    assert reading.findings["macchine"].status != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [("le soir", "poste de soirée (17h-1h)"), ("mornings", "poste du matin (5h-12h)")],
)
def test_a_time_of_day_names_a_several_word_choice_of_it(text: str, value: str) -> None:
    job = JobSpec(
        title="Agent(e) de piste – Station du Lioran",
        fields=(
            FieldSpec(key="poste", label="Poste", type="single_choice",
                      choices=("poste de soirée (17h-1h)", "poste du matin (5h-12h)", "les deux"),
                      question="Quel poste préférez-vous ?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "poste")["poste"] == ("answered", value)


def test_the_weekend_in_another_language_names_a_choice_of_it() -> None:
    job = JobSpec(
        title="Camareira de hostel – Casa Azul, Salvador",
        fields=(
            FieldSpec(key="escala", label="Escala", type="single_choice",
                      choices=("6x1", "meio período", "só fins de semana"),
                      question="Qual escala você prefere: 6x1, meio período ou só fins de semana?"),
        ),
    )  # fmt: skip
    assert read_fields(job, "Weekends only would be ideal.", "escala")["escala"] == (
        "answered",
        "só fins de semana",
    )


def test_an_apology_for_the_language_puts_nothing_right() -> None:
    job = JobSpec(
        title="Hôte(sse) de caisse – Aquarium de La Rochelle",
        fields=(
            FieldSpec(key="soirs", label="Soirées", type="yes_no",
                      question="Pouvez-vous travailler en soirée ?"),
            FieldSpec(key="contrat", label="Type de contrat", type="single_choice",
                      choices=("temps plein", "temps partiel", "week-ends uniquement"),
                      question="Quel contrat : plein, partiel ou week-ends uniquement ?"),
        ),
    )  # fmt: skip
    text = (
        "Bom dia, desculpe, escrevo melhor em português. Sim, posso à noite e aos fins de semana."
    )
    assert "contrat" not in read_fields(job, text, "soirs")


def test_each_choice_then_both_is_both() -> None:
    text = "Saturdays and Sundays too, both."
    assert read_fields(WEEKENDS, text, "days")["days"] == ("answered", "both days")
    job = JobSpec(
        title="Alpaca walk guide – Dales Alpacas",
        fields=(
            FieldSpec(key="when", label="Days available", type="single_choice",
                      choices=("weekdays", "weekends", "both"),
                      question="Are you available on weekdays, weekends, or both?"),
        ),
    )  # fmt: skip
    text = "Entre semana y los fines de semana también, los dos."
    assert read_fields(job, text, "when")["when"] == ("answered", "both")


@pytest.mark.parametrize(("text", "value"), [("English, it's my first language", "inglés"),
                                             ("Französisch", "francés")])  # fmt: skip
def test_a_language_named_in_another_language_names_its_choice(text: str, value: str) -> None:
    job = JobSpec(
        title="Guía de bodega – Bodegas Arlanza, Burgos",
        fields=(
            FieldSpec(key="idioma", label="Idioma de las visitas", type="single_choice",
                      choices=("inglés", "francés", "alemán", "solo castellano"),
                      question="¿En qué idioma podrías hacer las visitas?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "idioma")["idioma"] == ("answered", value)
