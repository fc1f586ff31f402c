"""Replies whose count, choice or refusal sits in a shape the reading missed: so many
days of so many hours "each", "both" said before the choices it sums up, never having
done the question's own thing, a trade named for its workshop, a refusal whose everyday
words happen to be in the scenario question, an "E" that is "and", and a "yes" whose "not"
is only of late.

Each class was misread on a blind job set's first run (stop 42); the wordings and jobs
here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

HOURS_EN = JobSpec(
    title="Market stall helper – Old Town Saturday Market",
    description="Setting up and serving at a vegetable stall.",
    fields=(
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week could you work?",
        ),
    ),
)  # fmt: skip


def _hours(lang_job: JobSpec, text: str) -> tuple:
    return read_fields(lang_job, text, "hours")["hours"]


def _hours_job(title: str, question: str) -> JobSpec:
    return JobSpec(
        title=title,
        description="",
        fields=(FieldSpec(key="hours", label="Hours", type="hours_per_week", question=question),),
    )


HOURS_DE = _hours_job("Aushilfe Hofladen", "Wie viele Stunden pro Woche kannst du arbeiten?")
HOURS_PT = _hours_job("Ajudante de feira", "Quantas horas por semana você pode trabalhar?")
HOURS_ES = _hours_job("Ayudante de mercadillo", "¿Cuántas horas a la semana puedes trabajar?")
HOURS_FR = _hours_job("Aide au marché", "Combien d'heures par semaine pouvez-vous travailler ?")
HOURS_IT = _hours_job("Aiuto banco mercato", "Quante ore a settimana puoi lavorare?")


@pytest.mark.parametrize(
    ("job", "text", "hours"),
    [
        (HOURS_EN, "I can do 4 days, 6hrs each", 24),
        (HOURS_EN, "two evenings, three hours each", 6),
        (HOURS_DE, "Zwei Nachmittage zu je fünf Stunden.", 10),
        (HOURS_PT, "Três feiras, terça, quinta e domingo, 6 horas cada.", 18),
        (HOURS_ES, "Tres mañanas, cuatro horas cada una.", 12),
        (HOURS_FR, "Deux jours, sept heures chacun.", 14),
        (HOURS_IT, "3 ore a sera per 4 sere", 12),
        (HOURS_EN, "5 hours an evening for 3 evenings", 15),
    ],
)
def test_so_many_of_a_thing_at_so_many_hours_each_is_their_product(
    job: JobSpec, text: str, hours: float
) -> None:
    assert _hours(job, text) == ("answered", hours)


def test_hours_each_day_are_a_days_hours_not_times_a_count_before_them() -> None:
    # "2 kids": a count of something else; "each day" makes the six hours a day's
    found = read_fields(HOURS_EN, "I have 2 kids at school, so 6 hours each day", "hours")
    assert found.get("hours") != ("answered", 12)


SOCCER = JobSpec(
    title="Aushilfe Tennishalle – Empfang",
    description="Empfang, Platzbuchungen und Kiosk in einer Tennishalle.",
    fields=(
        FieldSpec(
            key="sport", label="Eigener Sport", type="short_text", required=False,
            question="Spielst du selbst Tennis oder einen anderen Sport?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="streit",
            question="Zwei Paare stehen auf Platz 2 und sagen beide, sie hätten gebucht. "
            "Das ist doch nicht möglich! Was machst du?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Dazu möchte ich lieber nichts sagen.",
        "Das möchte ich lieber nicht sagen.",
        "überspringen bitte",
        "Bitte überspringen.",
    ],
)
def test_a_refusal_is_of_the_question_asked_not_a_scenario_sharing_its_words(text: str) -> None:
    found = read_fields(SOCCER, text, "sport")
    assert found.get("sport") == ("declined", None)
    assert "streit" not in found


CARE = JobSpec(
    title="Aide à domicile – Nantes",
    description="",
    fields=(
        FieldSpec(
            key="quartiers", label="Quartiers d'intervention", type="short_text",
            required=False, question="Dans quels quartiers pouvez-vous intervenir ?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="refus",
            question="Racontez une fois où une personne a refusé votre aide. Qu'avez-vous fait ?",
        ),
    ),
)  # fmt: skip


def test_a_refusal_that_names_what_the_open_question_asks_still_refuses_it() -> None:
    found = read_fields(CARE, "Je préfère ne pas raconter ça, c'est trop personnel.", "quartiers")
    assert found.get("refus") == ("declined", None)


@pytest.mark.parametrize("text", ["skip please", "Saltar, por favor.", "pular"])
def test_the_word_for_skipping_alone_declines(text: str) -> None:
    assert read_fields(SOCCER, text, "sport").get("sport") == ("declined", None)


OVENS = JobSpec(
    title="Ajudante de padaria artesanal",
    description="Produção de pães no forno a lenha.",
    fields=(
        FieldSpec(
            key="forno", label="Tipo de forno", type="single_choice",
            choices=("forno elétrico", "forno a lenha", "os dois", "nenhum"),
            question="Com que forno você já trabalhou: forno elétrico, forno a lenha, os dois "
            "ou nenhum?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Trabalhei nos dois, forno elétrico e forno a lenha.",
        "Os dois: forno a lenha na roça e elétrico na cidade.",
        "Ambos, el forno a lenha y el eléctrico.",
    ],
)
def test_both_said_before_the_choices_it_sums_up_is_the_choice_for_both(text: str) -> None:
    assert read_fields(OVENS, text, "forno")["forno"] == ("answered", "os dois")


@pytest.mark.parametrize(
    "text",
    [
        "Nos dois últimos anos trabalhei só com forno a lenha.",
        "Só o forno a lenha, nos dois anos que fiquei lá.",
    ],
)
def test_the_last_two_years_are_no_both(text: str) -> None:
    assert read_fields(OVENS, text, "forno")["forno"] == ("answered", "forno a lenha")


LASSO = JobSpec(
    title="Ayudante de doma vaquera – Cortijo Los Alamillos",
    description="Cuidado de caballos y ayuda en la doma.",
    fields=(
        FieldSpec(
            key="nivel", label="Nivel con la garrocha", type="single_choice",
            choices=("sin experiencia", "principiante", "con soltura", "competición"),
            question="¿Qué nivel tienes con la garrocha: sin experiencia, principiante, con "
            "soltura o competición?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Hola. Nunca he manejado una garrocha, pero aprendo rápido.",
        "nunca e usado garrocha la verdad",
        "Never held a garrocha, but I learn fast.",
    ],
)
def test_never_having_done_the_questions_own_thing_is_the_choice_for_none(text: str) -> None:
    assert read_fields(LASSO, text, "nivel")["nivel"] == ("answered", "sin experiencia")


def test_never_said_of_a_choices_own_word_is_not_read_as_none() -> None:
    # "never in competition" says nothing of having none; it must not be "sin experiencia"
    found = read_fields(LASSO, "Nunca he ido a competición, pero la manejo con soltura.", "nivel")
    assert found["nivel"] != ("answered", "sin experiencia")


SHOPS = JobSpec(
    title="Vendeur de fougasses – marché de Forcalquier",
    description="Vente et cuisson au four sur le marché.",
    fields=(
        FieldSpec(
            key="four", label="Expérience du four", type="single_choice",
            choices=("aucune", "pizzeria", "boulangerie", "pâtisserie"),
            question="Où avez-vous travaillé au four : aucune, pizzeria, boulangerie ou "
            "pâtisserie ?",
        ),
    ),
)  # fmt: skip
SHOPS_ES = JobSpec(
    title="Dependiente de obrador",
    description="",
    fields=(
        FieldSpec(
            key="oficio", label="Oficio anterior", type="single_choice",
            choices=("carnicería", "panadería", "ninguno"),
            question="¿En qué has trabajado: carnicería, panadería o ninguno?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "key", "text", "choice"),
    [
        (SHOPS, "four", "J'ai été boulanger pendant six ans à Manosque.", "boulangerie"),
        (SHOPS, "four", "Pâtissière, surtout des viennoiseries.", "pâtisserie"),
        (SHOPS_ES, "oficio", "Fui panadero en mi pueblo.", "panadería"),
        (SHOPS_ES, "oficio", "Carnicero, ocho años.", "carnicería"),
    ],
)
def test_the_trade_of_a_workshop_names_the_workshop(
    job: JobSpec, key: str, text: str, choice: str
) -> None:
    assert read_fields(job, text, key)[key] == ("answered", choice)


LICENCE = JobSpec(
    title="Ouvrier de pressoir",
    description="",
    fields=(
        FieldSpec(
            key="permis", label="Permis B", type="yes_no", required=False,
            question="Avez-vous le permis B ?",
        ),
    ),
)  # fmt: skip
FORKLIFT = JobSpec(
    title="Magazziniere stagionale",
    description="",
    fields=(
        FieldSpec(
            key="muletto", label="Patentino del muletto", type="yes_no",
            question="Hai il patentino del muletto?",
        ),
        FieldSpec(
            key="sabati", label="Tutti i sabati", type="yes_no",
            question="Puoi lavorare tutti i sabati?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["E sim, tenho carta de condução.", "E sì, la patente ce l'ho.", "E sim, tenho."]
)
def test_an_opening_e_is_and_not_a_licence_class(text: str) -> None:
    assert read_fields(LICENCE, text, "permis")["permis"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    [
        "Sì, ce l'ho, ma non lo uso da anni.",
        "Yes, I have it, but I haven't driven one in years.",
        "Sí, lo tengo, pero no lo uso desde hace tiempo.",
    ],
)
def test_a_yes_whose_not_is_only_of_late_stays_a_yes(text: str) -> None:
    assert read_fields(FORKLIFT, text, "muletto")["muletto"] == ("answered", True)


def test_a_yes_with_a_part_turned_down_of_every_time_stays_a_no() -> None:
    assert read_fields(FORKLIFT, "Sì, ma non tutti.", "sabati")["sabati"] == ("answered", False)


REPAIRS = JobSpec(
    title="Bike repair counter assistant",
    description="",
    fields=(
        FieldSpec(
            key="years", label="Years in a repair trade", type="years",
            question="How many years have you worked in a repair trade?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Three years – I fixed bikes at a shop in Leeds from 2020 to 2023.",
        "Tres años, en un taller de bicis de 2019 a 2022.",
    ],
)
def test_a_spell_said_again_in_its_dates_is_counted_once(text: str) -> None:
    assert read_fields(REPAIRS, text, "years")["years"] == ("answered", 3)


def test_two_equal_spells_without_dates_still_add_up() -> None:
    found = read_fields(REPAIRS, "2 years at a cycle shop and 2 years at a cobbler's", "years")
    assert found["years"] == ("answered", 4)


SALT = JobSpec(
    title="Récolteur de sel – marais de Guérande",
    description="",
    fields=(
        FieldSpec(
            key="annees", label="Années de récolte manuelle", type="years",
            question="Combien d'années d'expérience avez-vous en récolte manuelle ?",
        ),
        FieldSpec(
            key="permis", label="Permis B et véhicule", type="yes_no", required=False,
            question="Avez-vous le permis B et un véhicule ?",
        ),
    ),
)  # fmt: skip


def test_the_french_autumn_names_no_car() -> None:
    found = read_fields(SALT, "Je ramasse les pommes chaque automne depuis 2019.", "annees")
    assert found["annees"] == ("answered", 7)
    assert "permis" not in found


def test_a_car_of_ones_own_in_italian_still_names_the_vehicle() -> None:
    assert read_fields(SALT, "Sì, sono automunito.", "permis")["permis"] == ("answered", True)


SCAFFOLD = JobSpec(
    title="Roofer's labourer",
    description="",
    fields=(
        FieldSpec(
            key="heights", label="Comfortable on ladders and scaffolding", type="yes_no",
            question="Are you comfortable working on ladders and scaffolding all day?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "OK, yes - I've been up scaffolding for years without any trouble.",
        "He subido a andamios muchas veces sin ningún problema.",
        "J'ai travaillé sur des échafaudages sans aucun souci.",
        "Ja, auf Gerüsten habe ich ohne Probleme gearbeitet.",
    ],
)
def test_without_any_trouble_says_no_no(text: str) -> None:
    assert read_fields(SCAFFOLD, text, "heights")["heights"] == ("answered", True)


PAINT = JobSpec(
    title="Aiuto decoratore",
    description="",
    fields=(
        FieldSpec(
            key="anni", label="Anni di pittura decorativa", type="years",
            question="Quanti anni di esperienza hai nella pittura decorativa?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Dipingo da quando ho finito il liceo artistico, nel 2018.", 8),
        ("Ever since I left art college in 2021 I've painted shop signs.", 5),
        ("Pinto murales desde que llegué a Valencia en 2016.", 10),
    ],
)
def test_since_an_event_dated_a_few_words_on_counts_from_its_year(text: str, years: int) -> None:
    assert read_fields(PAINT, text, "anni")["anni"] == ("answered", years)


def test_since_a_date_to_come_counts_nothing() -> None:
    found = read_fields(PAINT, "I'll be free since I finish my course in 2027.", "anni")
    assert found.get("anni", ("missing", None))[1] is None


CHIPPY = JobSpec(
    title="Chip shop fryer",
    description="",
    fields=(
        FieldSpec(
            key="years", label="Years frying in a takeaway", type="years",
            question="How many years have you worked on a fryer?",
        ),
        FieldSpec(
            key="hygiene", label="Level 2 Food Hygiene certificate", type="yes_no",
            question="Do you hold a Level 2 Food Hygiene certificate?",
        ),
        FieldSpec(
            key="shift", label="Preferred shift", type="single_choice",
            choices=("lunchtimes", "teatimes", "late nights"),
            question="Which shift suits you best: lunchtimes, teatimes or late nights?",
        ),
        FieldSpec(
            key="miles", label="Distance from home (miles)", type="number", required=False,
            question="Roughly how many miles do you live from the shop?",
        ),
    ),
)  # fmt: skip


def test_a_school_year_by_its_number_is_no_count_of_years() -> None:
    found = read_fields(CHIPPY, "Yes, I passed it at school in year 10.", "hygiene")
    assert found["hygiene"] == ("answered", True)
    assert "years" not in found


@pytest.mark.parametrize(
    ("text", "miles"),
    [("Circa un miglio, vengo a piedi.", 1), ("A una milla más o menos.", 1)],
)
def test_one_mile_in_the_other_languages_is_a_distance(text: str, miles: float) -> None:
    assert read_fields(CHIPPY, text, "miles")["miles"] == ("answered", miles)


SATURDAY = JobSpec(
    title="Dependienta de joyería",
    description="",
    fields=(
        FieldSpec(
            key="horas", label="Horas semanales", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="sabados", label="Sábados por la mañana", type="yes_no", required=False,
            question="¿Puedes trabajar los sábados por la mañana?",
        ),
    ),
)  # fmt: skip


def test_only_mornings_to_the_hours_is_no_yes_to_saturday_mornings() -> None:
    found = read_fields(SATURDAY, "Solo mañanas: de 9 a 13, de lunes a viernes.", "horas")
    assert found["horas"] == ("answered", 20)
    assert "sabados" not in found


FACTORY = JobSpec(
    title="Auxiliar de produção – fábrica de doces",
    description="",
    fields=(
        FieldSpec(
            key="setor", label="Setor preferido", type="single_choice",
            choices=("cozimento e tachos", "embalagem", "expedição e carga"),
            question="Em qual setor você prefere trabalhar: cozimento e tachos, embalagem ou "
            "expedição e carga?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Embalagem. Não, pensando melhor, prefiro os tachos.", "cozimento e tachos"),
        ("Embalagem... desculpa, quis dizer expedição.", "expedição e carga"),
        ("Embalagem, mas já trabalhei com tachos.", "embalagem"),
    ],
)
def test_a_choice_put_right_after_a_slip_is_read_by_a_word_of_it(text: str, choice: str) -> None:
    assert read_fields(FACTORY, text, "setor")["setor"] == ("answered", choice)


MOWER = JobSpec(
    title="Grounds maintenance operative",
    description="",
    fields=(
        FieldSpec(
            key="mower", label="Ride-on mower experience", type="single_choice",
            choices=("never used one", "used at work, no certificate", "LANTRA certified"),
            question="What's your ride-on mower experience: never used one, used at work "
            "without a certificate, or LANTRA certified?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
    ),
)  # fmt: skip


def test_of_two_choices_named_the_one_whose_lack_is_contradicted_loses() -> None:
    found = read_fields(
        MOWER, "I drive one every day at work, and I passed my LANTRA course in 2022.", "mower"
    )
    assert found["mower"] == ("answered", "LANTRA certified")


def test_a_count_a_day_of_something_else_is_no_hours_unasked() -> None:
    # "one every day" is a mower used daily, not seven hours a week
    found = read_fields(MOWER, "I drive one every day at work.", "mower")
    assert "hours" not in found


RINK = JobSpec(
    title="Monitor de pista de patinaje",
    description="",
    fields=(
        FieldSpec(
            key="finde", label="Disponible sábados y domingos por la tarde", type="yes_no",
            question="¿Puedes trabajar sábados y domingos por la tarde?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="caida",
            question="Un niño se cae y llora en mitad de la pista. ¿Qué haces?",
        ),
    ),
)  # fmt: skip


def test_a_yes_put_right_in_so_many_words_inside_a_story_is_read() -> None:
    text = (
        "Paro la música, lo saco de la pista y le miro la muñeca antes de llamar a sus "
        "padres. Y perdona, antes me equivoqué: sí puedo los fines de semana."
    )
    assert read_fields(RINK, text, "caida").get("finde") == ("answered", True)


def test_a_weekend_said_in_passing_in_a_story_is_no_yes() -> None:
    text = (
        "Paro la música, lo saco de la pista y le miro la muñeca, como hacía los fines de "
        "semana en el club, y luego llamo a sus padres."
    )
    assert "finde" not in read_fields(RINK, text, "caida")


STALL = JobSpec(
    title="Shoe repair counter assistant",
    description="",
    fields=(
        FieldSpec(
            key="tools", label="Comfortable with small hand-tool repairs", type="yes_no",
            question="Are you comfortable doing small repairs with hand tools?",
        ),
        FieldSpec(
            key="years", label="Years in a repair trade", type="years",
            question="How many years have you worked in a repair trade?",
        ),
    ),
)  # fmt: skip


def test_a_later_no_that_names_another_field_by_its_own_words_leaves_the_yes() -> None:
    text = "hey, yes happy with tools. never worked in a repair trade though."
    found = read_fields(STALL, text, "tools")
    assert found["tools"] == ("answered", True)
    assert found["years"] == ("none", None)


TASTING = JobSpec(
    title="Guía de almazara",
    description="",
    fields=(
        FieldSpec(
            key="visita", label="Visita preferida", type="single_choice",
            choices=("visita a la almazara", "paseo por el olivar", "todas"),
            question="¿Qué visita prefieres guiar: la almazara, el paseo por el olivar o todas?",
        ),
        FieldSpec(
            key="curso", label="Curso de cata de aceite de oliva", type="yes_no",
            required=False, question="¿Tienes algún curso de cata de aceite de oliva?",
        ),
    ),
)  # fmt: skip


def test_a_choice_word_in_another_spelling_says_nothing_of_a_yes_or_no_field() -> None:
    found = read_fields(TASTING, "The olive grove walk, I love being outside.", "visita")
    assert "curso" not in found


def test_a_yes_said_outright_beside_the_choice_still_counts() -> None:
    found = read_fields(TASTING, "El paseo por el olivar, y sí, tengo el curso de cata.", "visita")
    assert found["curso"] == ("answered", True)


BOATYARD = JobSpec(
    title="Aiuto cantiere nautico",
    description="",
    fields=(
        FieldSpec(
            key="anni", label="Anni di lavoro del legno", type="years",
            question="Da quanti anni lavori il legno?",
        ),
        FieldSpec(
            key="nuoto", label="Sa nuotare", type="yes_no", question="Sai nuotare?",
        ),
    ),
)  # fmt: skip


def test_the_italian_so_is_i_can_not_only() -> None:
    found = read_fields(BOATYARD, "Mai lavorato il legno. E sì, so nuotare bene.", "anni")
    assert found["nuoto"] == ("answered", True)


CASHEW = JobSpec(
    title="Safra do caju",
    description="",
    fields=(
        FieldSpec(
            key="funcao", label="Função preferida", type="single_choice",
            choices=("catação de castanha", "colheita no pé", "beneficiamento no galpão"),
            question="Em qual função você prefere trabalhar: catação de castanha, colheita no "
            "pé ou beneficiamento no galpão?",
        ),
        FieldSpec(
            key="anos", label="Anos de pesca de castanha", type="years",
            question="Quantos anos de experiência você tem?",
        ),
    ),
)  # fmt: skip


def test_the_portuguese_no_of_a_choice_is_in_the_not_a_lack() -> None:
    found = read_fields(
        CASHEW, "Beneficiamento, já trabalhei numa fábrica de castanha em Aracati.", "funcao"
    )
    assert found["funcao"] == ("answered", "beneficiamento no galpão")


def test_a_slip_about_another_field_does_not_move_the_choice() -> None:
    found = read_fields(
        CASHEW, "Colheita no pé. Aliás, corrigindo: são doze anos de castanha, não dez.", "funcao"
    )
    assert found["funcao"] == ("answered", "colheita no pé")


EVENTS = JobSpec(
    title="Camarero de eventos",
    description="",
    fields=(
        FieldSpec(
            key="anos", label="Años en hostelería", type="years",
            question="¿Cuántos años de experiencia tienes en hostelería?",
        ),
        FieldSpec(
            key="eventos", label="Eventos al mes", type="number",
            question="¿Cuántos eventos al mes podrías cubrir?",
        ),
    ),
)  # fmt: skip


def test_al_mes_is_a_rate_not_a_month_of_experience() -> None:
    found = read_fields(EVENTS, "Para eventos al mes, ocho como mucho.", "anos")
    assert found.get("anos", ("missing", None))[1] != 0.083


PRETZEL = JobSpec(
    title="Brezelbäckerei – Produktion",
    description="",
    fields=(
        FieldSpec(
            key="brezeln", label="Geschlungene Brezeln pro Stunde", type="number",
            question="Wie viele Brezeln schlingst du pro Stunde?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Null, eine Backstube wäre ganz neu für mich.", "Zero, it's all new to me."]
)
def test_a_count_of_zero_that_is_all_new_to_the_candidate_is_none(text: str) -> None:
    assert read_fields(PRETZEL, text, "brezeln")["brezeln"] == ("none", None)


GIN = JobSpec(
    title="Distillery assistant",
    description="",
    fields=(
        FieldSpec(
            key="hours", label="Weekly hours", type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="allergies", label="Allergies to botanicals", type="short_text",
            required=False, question="Are you allergic to any botanicals? Which?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I need to fix the hours - I meant 25, not 20. I have to stop here, my break's "
        "over.",
        "Sorry, I have to stop here.",
        "Perdona, tengo que dejarlo aquí.",
    ],
)
def test_leaving_with_at_most_another_answer_put_right_answers_no_text_asked(text: str) -> None:
    reading = read_message(GIN, text, "allergies")
    assert "allergies" not in reading.findings
    assert reading.unsure is None


def test_an_answer_given_before_leaving_is_still_judged() -> None:
    reading = read_message(GIN, "Juniper, I react to it. Sorry, have to go now.", "allergies")
    assert reading.unsure == "allergies"


TOWER = JobSpec(
    title="Castle tour guide",
    description="",
    fields=(
        FieldSpec(
            key="stairs", label="Can climb the spiral stair several times a day", type="yes_no",
            question="Can you climb our 120-step spiral stair several times a day?",
        ),
        FieldSpec(
            key="transport", label="Own transport", type="yes_no", required=False,
            question="Do you have your own transport?",
        ),
        FieldSpec(
            key="shift", label="Preferred shift", type="single_choice",
            choices=("Earlies (06:00-14:00)", "Lates (14:00-22:00)"),
            question="Which shift do you prefer: earlies or lates?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="storm", question="A storm breaks while your group is on the roof. What do you do?"
        ),
    ),
)  # fmt: skip


def test_the_verb_wait_in_a_story_puts_nothing_right() -> None:
    text = (
        "I'd get everyone off the roof walk calmly, radio the desk and wait at the bottom of "
        "the stair to count everyone down."
    )
    assert "stairs" not in read_fields(TOWER, text, "storm")


def test_oh_wait_before_a_story_puts_a_no_right() -> None:
    text = (
        "Oh wait, before I answer: I passed my test last week, so I do have my own transport "
        "now. Anyway, I'd get everyone down the stair and radio the desk."
    )
    assert read_fields(TOWER, text, "storm").get("transport") == ("answered", True)


def test_a_number_after_a_slip_that_names_a_choice_right_after_it_still_picks_it() -> None:
    text = "Earlies ideally... actually wait, no, lates, my bus doesn't run before 6am."
    assert read_fields(TOWER, text, "shift")["shift"] == ("answered", "Lates (14:00-22:00)")


MORTUARY = JobSpec(
    title="Funeral service operative",
    description="",
    fields=(
        FieldSpec(
            key="licence", label="Full UK driving licence", type="yes_no",
            question="Do you hold a full UK driving licence?",
        ),
        FieldSpec(
            key="years", label="Years in funeral service or care work", type="years",
            question="How many years have you worked in funeral service or care work?",
        ),
    ),
)  # fmt: skip


def test_a_licence_held_in_one_clause_leaves_the_years_of_work_in_the_next() -> None:
    text = "I hold a full licence and I've spent seven years in funeral service in Leeds."
    found = read_fields(MORTUARY, text, "licence")
    assert found["licence"] == ("answered", True)
    assert found["years"] == ("answered", 7)


def test_a_licence_held_so_long_is_still_no_years_of_work() -> None:
    found = read_fields(MORTUARY, "Yes, I've held my licence for twelve years.", "licence")
    assert "years" not in found


WREATHS = JobSpec(
    title="Kranzbinder/in",
    description="",
    fields=(
        FieldSpec(
            key="kraenze", label="Kränze pro Stunde", type="number", required=False,
            question="Wie viele Kränze bindest du pro Stunde?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["keine lust mich festzulegen 😅", "Da möchte ich mich noch nicht festlegen."]
)
def test_not_committing_to_a_figure_declines(text: str) -> None:
    assert read_fields(WREATHS, text, "kraenze")["kraenze"] == ("declined", None)
