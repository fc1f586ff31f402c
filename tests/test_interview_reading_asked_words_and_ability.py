"""Reading classes the first runs of jobs_blind54 to jobs_blind57 missed, each on wordings
and jobs of its own (none copied from those sets).

Unasked fields: never read from the words the reply answers the question asked with ("la
mañana" picks the shift asked, it says nothing of "Saturday mornings"); a having yes not
from another field's thing; a count's noun right after its number, in a long first-person
clause; a number said after one recalled corrects an unasked count; "rectifico",
"korrigieren" correct. Yes/no: being able, said first, is a yes ("consigo", "so nuotare",
"je sais nager"), not when limited; an opening "no" before a question answers; a Spanish
NIE is no German "nie". Choices: by rank in words ("segundo turno" for "2º turno"), by an
alternative inside a choice ("permis C ou CE"), the highest of licences held together, the
one ranked above another, "only B", "mother tongue", two words of one choice said in its
order. Numbers: "mai giocato" is a none and "never played one" no count of one; of several
sentences the last one that names the field answers it; a total and then its parts is the
total; a count per shift of so many hours, per hour; the period a count is per names no
count; "Nee, Moment, eher 25".
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

BAKERY = JobSpec(
    title="Ayudante de panadería – Horno San Roque, Burgos",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mañana", "tarde", "noche"),
            question="¿Qué turno prefieres: mañana, tarde o noche?",
        ),
        FieldSpec(
            key="sabados", label="Sábados por la mañana", type="yes_no",
            question="¿Puedes trabajar los sábados por la mañana?",
        ),
        FieldSpec(
            key="horno", label="Manejo de horno de leña", type="yes_no",
            question="¿Sabes manejar un horno de leña?",
        ),
        FieldSpec(
            key="carnet", label="Carnet de manipulador", type="yes_no",
            question="¿Tienes carnet de manipulador de alimentos?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Prefiero la mañana, por la tarde cuido a mi madre", "mañana", "De mañana, sin duda"],
)
def test_an_unasked_yes_is_not_read_from_the_words_that_answer_the_question_asked(
    text: str,
) -> None:
    found = read_fields(BAKERY, text, "turno")
    assert found["turno"] == ("answered", "mañana")
    assert "sabados" not in found


def test_an_unasked_yes_named_in_its_own_words_still_counts() -> None:
    found = read_fields(BAKERY, "Mañana, y los sábados también puedo", "turno")
    assert found["turno"] == ("answered", "mañana")
    assert found["sabados"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "asked", "key"),
    [
        ("sé manejar uno, lo hice tres años", "horno", "horno"),
        ("Puedo, lo he hecho en otra panadería", "horno", "horno"),
        ("consigo, aprendi com o meu avô", "horno", "horno"),
        (
            "Hola, perdona que escriba en portugués: sei trabalhar com forno a lenha",
            "horno",
            "horno",
        ),
        ("I can work Saturday mornings", "sabados", "sabados"),
        ("ich kann samstags morgens arbeiten", "sabados", "sabados"),
        ("riesco a venire il sabato mattina", "sabados", "sabados"),
    ],
)
def test_being_able_said_first_is_a_yes(text: str, asked: str, key: str) -> None:
    assert read_fields(BAKERY, text, asked)[key] == ("answered", True)


@pytest.mark.parametrize(
    "text", ["I can only work weekdays", "puedo solo por la tarde", "I can't, sorry"]
)
def test_being_able_limited_or_denied_is_no_yes(text: str) -> None:
    assert read_fields(BAKERY, text, "sabados").get("sabados", ("missing",)) != ("answered", True)


def test_an_opening_no_answers_before_the_question_it_goes_on_to_ask() -> None:
    found = read_fields(BAKERY, "Hola, no, nunca lo he usado, ¿es difícil aprender?", "horno")
    assert found["horno"] == ("answered", False)


def test_having_another_fields_thing_is_no_yes_to_the_question_asked() -> None:
    found = read_fields(BAKERY, "Tengo el carnet de manipulador desde 2020", "horno")
    assert found.get("horno", ("missing",)) != ("answered", True)
    assert found["carnet"] == ("answered", True)


WAREHOUSE = JobSpec(
    title="Mozo de almacén – Logística Ebro, Zaragoza",
    fields=(
        FieldSpec(
            key="permiso", label="Permiso de trabajo", type="yes_no",
            question="¿Tienes permiso de trabajo en España?",
        ),
        FieldSpec(
            key="carretilla", label="Carné de carretillero", type="single_choice",
            choices=("ninguno", "carretilla frontal", "retráctil o trilateral"),
            question="¿Qué carné de carretillero tienes?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("1er turno (6-14h)", "2º turno (14-22h)", "3er turno (22-6h)"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="temporadas", label="Campañas de Navidad trabajadas", type="number",
            question="¿Cuántas campañas de Navidad has trabajado en almacén?",
        ),
    ),
)  # fmt: skip


def test_a_spanish_nie_is_no_never() -> None:
    found = read_fields(WAREHOUSE, "Sí, tengo NIE y permiso de residencia y trabajo", "permiso")
    assert found["permiso"] == ("answered", True)
    assert read_fields(WAREHOUSE, "Tengo el NIE en regla", "permiso")["permiso"] == (
        "answered",
        True,
    )


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("el segundo turno, por las mañanas estudio", "turno", "2º turno (14-22h)"),
        ("Prefiero el tercer turno", "permiso", "3er turno (22-6h)"),
        ("me va mejor el 2º turno", "permiso", "2º turno (14-22h)"),
        ("the first shift, please", "turno", "1er turno (6-14h)"),
    ],
)
def test_a_ranked_choice_is_named_by_its_rank(text: str, asked: str, value: str) -> None:
    assert read_fields(WAREHOUSE, text, asked)["turno"] == ("answered", value)


@pytest.mark.parametrize("text", ["retráctil", "el trilateral", "tengo el de retráctil desde 2021"])
def test_each_alternative_inside_a_choice_names_it(text: str) -> None:
    found = read_fields(WAREHOUSE, text, "carretilla")
    assert found["carretilla"] == ("answered", "retráctil o trilateral")


def test_a_none_choice_is_not_read_from_another_fields_negative() -> None:
    found = read_fields(
        WAREHOUSE, "Campañas de Navidad ninguna, es mi primer almacén", "carretilla"
    )
    assert found.get("carretilla", ("missing",)) != ("answered", "ninguno")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nunca trabajé una campaña de Navidad", None),
        ("mai lavorato in una campagna di Natale", None),
        ("never done one", None),
    ],
)
def test_never_with_one_is_a_none_not_one(text: str, value: None) -> None:
    assert read_fields(WAREHOUSE, text, "temporadas")["temporadas"] == ("none", value)


def test_a_number_said_after_one_recalled_corrects_an_unasked_count() -> None:
    text = "Sí. Por cierto, antes te he dicho 2 o 3 campañas de Navidad pero en realidad son 4"
    found = read_fields(WAREHOUSE, text, "permiso")
    assert found["temporadas"] == ("answered", 4)


def test_a_count_s_noun_after_its_number_names_it_in_a_long_first_person_clause() -> None:
    text = "Sí, y además he hecho 3 campañas de Navidad en un almacén de Amazon en Alagón"
    assert read_fields(WAREHOUSE, text, "permiso")["temporadas"] == ("answered", 3)


def test_a_count_in_a_story_clause_still_names_nothing() -> None:
    text = "Sí, y en el almacén 3 campañas de Navidad seguidas batimos el récord de pedidos"
    assert "temporadas" not in read_fields(WAREHOUSE, text, "permiso")


DRIVER = JobSpec(
    title="Chauffeur-livreur (H/F) – Transports Lemoine, Rennes",
    fields=(
        FieldSpec(
            key="permis", label="Permis de conduire", type="single_choice",
            choices=("aucun", "permis B", "permis C ou C1", "permis CE"),
            question="Quel permis avez-vous : B, C ou C1, ou CE ?",
        ),
        FieldSpec(
            key="logiciel", label="Logiciel de tournée", type="single_choice",
            choices=("Optitime", "Kuantic", "Masternaut"),
            question="Quel logiciel de tournée connaissez-vous le mieux ?",
        ),
        FieldSpec(
            key="anglais", label="Niveau d'anglais", type="single_choice",
            choices=("débutant", "intermédiaire", "courant", "langue maternelle"),
            question="Quel est votre niveau d'anglais ?",
        ),
        FieldSpec(
            key="colis", label="Colis livrés par heure", type="number",
            question="Combien de colis livrez-vous par heure, en moyenne ?",
        ),
        FieldSpec(
            key="tournees", label="Tournées par semaine", type="number",
            question="Combien de tournées pouvez-vous faire par semaine ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le C1", "permis C ou C1"),
        ("C1", "permis C ou C1"),
        ("j'ai le B et le C1", "permis C ou C1"),
        ("B and CE", "permis CE"),
        ("seulement B", "permis B"),
    ],
)
def test_licences_by_alternative_and_the_highest_held(text: str, value: str) -> None:
    assert read_fields(DRIVER, text, "permis")["permis"] == ("answered", value)


def test_a_licence_to_come_is_not_held_together() -> None:
    found = read_fields(DRIVER, "B, et je passe le C1 en mars", "permis")
    assert found["permis"] == ("answered", "permis B")


def test_an_unasked_correction_names_the_alternative() -> None:
    text = "Oui. Petite correction pour le permis : j'ai aussi le C1 depuis juin."
    assert read_fields(DRIVER, text, "logiciel")["permis"] == ("answered", "permis C ou C1")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("je suis plus à l'aise sur Kuantic que sur Optitime", "Kuantic"),
        ("more used to Masternaut than Kuantic", "Masternaut"),
    ],
)
def test_a_choice_ranked_above_another_is_picked(text: str, value: str) -> None:
    assert read_fields(DRIVER, text, "logiciel")["logiciel"] == ("answered", value)


@pytest.mark.parametrize(
    "text", ["it's my mother tongue", "English is my first language", "lingua madre"]
)
def test_a_mother_tongue_is_the_native_level(text: str) -> None:
    assert read_fields(DRIVER, text, "anglais")["anglais"] == ("answered", "langue maternelle")


def test_a_count_per_shift_of_so_many_hours_is_per_hour() -> None:
    found = read_fields(DRIVER, "environ 120 colis par journée de 8 heures", "colis")
    assert found["colis"] == ("answered", 15)


def test_the_period_a_count_is_per_names_no_count() -> None:
    found = read_fields(DRIVER, "Optitime, je l'utilise depuis 3 semaines", "logiciel")
    assert "tournees" not in found


AVAILABILITY = JobSpec(
    title="Matchday steward – Riverside Stadium",
    fields=(
        FieldSpec(
            key="fixtures", label="Fixtures", type="single_choice",
            choices=("weekends only", "weekday evenings only", "both weekends and weekdays"),
            question="Which fixtures can you cover?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week?",
        ),
        FieldSpec(
            key="bags", label="Bags searched", type="number",
            question="How many bag searches have you done at one event?",
        ),
    ),
)  # fmt: skip


def test_two_words_of_one_choice_said_in_its_order_pick_it_over_a_reason_after() -> None:
    text = "weekday only, I play five-a-side at weekends"
    found = read_fields(AVAILABILITY, text, "fixtures")
    assert found["fixtures"] == ("answered", "weekday evenings only")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zwanzig Stunden. Nee, Moment, eher 25.", 25),
        ("Veinte horas. No, espera, mejor 25.", 25),
        ("twenty. no wait, 25", 25),
    ],
)
def test_no_wait_corrects_the_number_before_it(text: str, value: int) -> None:
    assert read_fields(AVAILABILITY, text, "hours")["hours"] == ("answered", value)


def test_of_several_sentences_the_last_naming_the_field_answers_it() -> None:
    text = "About the hours, sorry: 30 a week, not 20. Bag searches, maybe 400 in one night."
    found = read_fields(AVAILABILITY, text, "bags")
    assert found["bags"] == ("answered", 400)


@pytest.mark.parametrize(
    "text",
    [
        "Tenho 4 anos, 3 na Adidas e 1 na Nike",
        "I have 6 years, 4 at Tesco and 2 at Asda.",
    ],
)
def test_a_total_then_its_parts_is_the_total(text: str) -> None:
    job = JobSpec(
        title="Repositor – Loja Centro",
        fields=(
            FieldSpec(
                key="anos", label="Experiência em loja (anos)", type="years",
                question="Quantos anos de experiência em loja?",
            ),
        ),
    )  # fmt: skip
    value = 4 if text.startswith("Tenho") else 6
    assert read_fields(job, text, "anos")["anos"] == ("answered", value)


PICKING = JobSpec(
    title="Recolector/a de fresa – Finca Los Pinos, Huelva",
    fields=(
        FieldSpec(
            key="kilos", label="Kilos por hora", type="number",
            question="¿Cuántos kilos recoges por hora?",
        ),
        FieldSpec(
            key="horas", label="Horas semanales", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
    ),
)  # fmt: skip


def test_a_days_length_is_no_unasked_hours_a_week() -> None:
    found = read_fields(PICKING, "Unos 90 kilos por jornada de 6 horas", "kilos")
    assert found["kilos"] == ("answered", 15)
    assert "horas" not in found


LEVELS = JobSpec(
    title="Lagerhelfer/in – Getränke Hoffmann, Kassel",
    fields=(
        FieldSpec(
            key="deutsch", label="Deutschkenntnisse", type="single_choice",
            choices=("Muttersprache", "fließend", "gut", "Grundkenntnisse"),
            question="Wie gut sprechen Sie Deutsch?",
        ),
        FieldSpec(
            key="jahre", label="Lagererfahrung (Jahre)", type="years",
            question="Wie viele Jahre Lagererfahrung haben Sie?",
        ),
        FieldSpec(
            key="scanner", label="Handscanner", type="single_choice",
            choices=("Zebra", "Honeywell", "Datalogic"),
            question="Mit welchem Handscanner arbeiten Sie am meisten?",
        ),
        FieldSpec(
            key="stapler", label="Staplerschein", type="short_text",
            question="Welchen Staplerschein haben Sie?",
        ),
    ),
)  # fmt: skip


def test_the_choice_in_the_clause_naming_the_field_answers_it() -> None:
    text = "Polnisch ist meine Muttersprache, Deutsch spreche ich gut"
    assert read_fields(LEVELS, text, "deutsch")["deutsch"] == ("answered", "gut")


def test_a_shrug_opening_a_reply_picks_no_level() -> None:
    found = read_fields(LEVELS, "Na gut: vier Jahre im Getränkelager.", "jahre")
    assert found["jahre"] == ("answered", 4)
    assert "deutsch" not in found


def test_a_german_load_is_no_last_choice() -> None:
    text = "Erst sichern, dann die Last langsam absenken und unter der Last niemanden lassen."
    assert read_fields(LEVELS, text, "deutsch").get("deutsch", ("missing",))[0] != "answered"
    assert read_fields(LEVELS, "die letzte", "deutsch")["deutsch"] == (
        "answered",
        "Grundkenntnisse",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zebra und ein bisschen Honeywell", "Zebra"),
        ("Honeywell, aber vor allem Zebra", "Zebra"),
        ("Datalogic et un peu Zebra", "Datalogic"),
    ],
)
def test_the_one_used_mostly_is_the_answer(text: str, value: str) -> None:
    assert read_fields(LEVELS, text, "scanner")["scanner"] == ("answered", value)


def test_a_none_about_another_field_is_no_none_of_the_choice_asked() -> None:
    found = read_fields(LEVELS, "Einen Staplerschein habe ich leider nicht", "scanner")
    assert found.get("scanner", ("missing",))[0] != "none"


@pytest.mark.parametrize(
    "text",
    [
        "Entschuldigung: zwei Jahre bei Rewe und davor ein Jahr bei Aldi",
        "Perdón, dos años en Mercadona y antes un año en Lidl",
    ],
)
def test_an_apology_before_the_spells_corrects_none_of_them(text: str) -> None:
    assert read_fields(LEVELS, text, "jahre")["jahre"] == ("answered", 3)


@pytest.mark.parametrize("text", ["null Erfahrung", "null Lagererfahrung, nur Büro", "zéro"])
def test_zero_of_the_subject_asked_is_a_none(text: str) -> None:
    assert read_fields(LEVELS, text, "jahre")["jahre"] == ("none", None)


@pytest.mark.parametrize(
    "text",
    ["Die Frage würde ich lieber überspringen", "Questa preferisco saltarla", "prefiero saltarla"],
)
def test_wishing_to_skip_a_question_declines_it(text: str) -> None:
    assert read_fields(LEVELS, text, "stapler")["stapler"] == ("declined", None)


COMMUTE = JobSpec(
    title="Recepcionista – Academia Boa Forma, Curitiba",
    fields=(
        FieldSpec(
            key="tempo", label="Tempo de deslocamento até a academia (minutos)", type="number",
            question="Quanto tempo você leva de casa até a academia?",
        ),
        FieldSpec(
            key="em_pe", label="Atende em pé no balcão", type="yes_no",
            question="Você consegue ficar em pé no balcão durante o turno?",
        ),
        FieldSpec(
            key="anos", label="Experiência em recepção (anos)", type="years",
            question="Quantos anos de experiência em recepção você tem?",
        ),
    ),
)  # fmt: skip


def test_a_time_of_day_is_no_length_in_minutes() -> None:
    text = "Eu explicaria a regra com calma e ofereceria a aula das 18h na academia"
    assert read_fields(COMMUTE, text, "anos").get("tempo", ("missing",))[0] != "answered"
    assert read_fields(COMMUTE, "uns 40 min até a academia", "tempo")["tempo"] == ("answered", 40)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tenho 3 anos de recepção e consigo ficar em pé no balcão tranquilo", True),
        ("3 anos de recepção, mas não consigo ficar em pé muito tempo", False),
    ],
)
def test_an_unasked_yes_no_named_by_its_own_questions_words(text: str, value: bool) -> None:
    found = read_fields(COMMUTE, text, "anos")
    assert found["anos"] == ("answered", 3)
    assert found["em_pe"] == ("answered", value)


STABLE = JobSpec(
    title="Palefrenier (H/F) – Écurie du Vieux Chêne, Chantilly",
    fields=(
        FieldSpec(
            key="niveau", label="Niveau d'équitation", type="single_choice",
            choices=("aucun", "Galop 1 à 3", "Galop 4 à 7", "enseignant diplômé"),
            question="Quel est votre niveau d'équitation ?",
        ),
        FieldSpec(
            key="annees", label="Expérience avec les chevaux (années)", type="years",
            question="Depuis combien d'années travaillez-vous avec des chevaux ?",
        ),
        FieldSpec(
            key="saisons", label="Saisons de concours", type="years",
            question="Combien de saisons de concours avez-vous faites ?",
        ),
        FieldSpec(
            key="nuits", label="Nuits de garde par mois", type="number",
            question="Combien de nuits de garde par mois pouvez-vous assurer ?",
        ),
        FieldSpec(
            key="vaccins", label="Vaccin antitétanique à jour", type="yes_no",
            question="Votre vaccin antitétanique est-il à jour ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [("Galop 5, je fais surtout du dressage", "Galop 4 à 7"), ("galop 2", "Galop 1 à 3")],
)
def test_a_level_inside_a_choices_span_picks_it(text: str, value: str) -> None:
    assert read_fields(STABLE, text, "niveau")["niveau"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("six ans dans un haras et ici deux de plus", 8),
        ("cinco años en una yeguada y aquí en Francia uno más", 6),
        ("tres años en un club y dos cuidando caballos de carreras", 5),
    ],
)
def test_a_second_spell_said_with_a_place_more_or_a_doing_adds_up(text: str, value: int) -> None:
    assert read_fields(STABLE, text, "annees")["annees"] == ("answered", value)


def test_seasons_named_by_what_they_are_of_count_as_years() -> None:
    job = JobSpec(
        title="Vendangeur – Domaine des Cailloux",
        fields=(
            FieldSpec(
                key="campagnes", label="Expérience des vendanges (années)", type="years",
                question="Combien de saisons de vendanges avez-vous faites ?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "j'ai fait 3 vendanges en Champagne", "campagnes")["campagnes"] == (
        "answered",
        3,
    )


def test_the_number_said_per_the_fields_period_wins_over_one_per_another() -> None:
    text = "Deux nuits par semaine, c'est-à-dire à peu près huit par mois."
    assert read_fields(STABLE, text, "nuits")["nuits"] == ("answered", 8)


def test_not_yet_at_all_beside_years_of_other_work_is_a_none() -> None:
    text = "Noch gar nicht, aber ich reite seit zwölf Jahren selber."
    assert read_fields(STABLE, text, "annees")["annees"] == ("none", None)


@pytest.mark.parametrize("text", ["hab ich ned", "is ned aktuell, leider"])
def test_southern_german_ned_is_a_no(text: str) -> None:
    assert read_fields(STABLE, text, "vaccins")["vaccins"] == ("answered", False)


async def test_a_correction_of_one_spell_changes_the_sum_by_as_much() -> None:
    state, _ = start(STABLE)
    state = await reply(
        state, STABLE, "annees", "huit ans dans un haras en Normandie et trois ici, à Chantilly"
    )
    assert state.fields["annees"].value == 11
    text = "Oui. Et petite correction : en Normandie c'était six ans, pas huit."
    state = await reply(state, STABLE, "vaccins", text)
    assert state.fields["annees"].value == 9
    assert state.fields["vaccins"].value is True


async def test_a_correction_of_the_whole_still_replaces_it() -> None:
    state, _ = start(STABLE)
    state = await reply(state, STABLE, "annees", "huit ans")
    state = await reply(state, STABLE, "vaccins", "Oui. Correction : neuf ans, pas huit.")
    assert state.fields["annees"].value == 9
