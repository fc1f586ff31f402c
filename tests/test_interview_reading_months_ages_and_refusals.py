"""Reading classes the first runs of jobs_blind62 to jobs_blind69 (and misses left on older
sets) showed, each on wordings and jobs of its own (none copied from those sets).

Choices: a season, a harvest, "only" and a span of months in any language ("Only the
summer", "Nur im September", "Saisonal, Mai bis September"), both ends of a span of months
first, a span of the clock ("dalle 4 alle 10", "From 6"), a span of ages ("die 7- bis
12-Jährigen"), a choice joining two things ("propinas y sueldo"), "les 2" for both, "je
cherche un CDI à temps partiel" unasked, "I said X but Y", "passt doch nicht", "never held
a club", "just for fun", days added with "also", a thing said and then not had ("Coche
propio no tengo"), either in other words; not pay by the day as a wait, not a choice's word
beside another field, not a "sorry" for the language as a correction. Yes/no: a wish about
the work is no refusal ("aunque prefiero no pasar más de seis horas"), a refusal with any
verb of telling or "it" on it is one, an "okay" before another answer, "my first proper
job" names no first aid, a purpose put negatively, "de boa", an age said for a minimum age,
a name alone is no answer, only later than an early start asked. Numbers: evenings and
nights in German, "the last one", a range's midpoint, a field's unit in brackets or named
first, a count per month of what it counts, per hour of a shift said before, the weekend
said with a yes, "todo dia". Years: spells after a start ("seit 2018 …, dann"), "y antes
dos", the German verb far at the end, zero of the field and years of other work, harvests,
seasons with their span of years, years of another field's thing. Corrections: in the
field's unit or by its name, months of a sum of years, a correction alone answers no open
question, an answer before it still does.
"""

from __future__ import annotations

from datetime import date

import pytest

from server.interview.numerals import dates_relative_to
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start, take_turn
from tests.helpers.reading import answering_engine, read_fields, reply

BOWLING = JobSpec(
    title="Aushilfe (m/w/d) Kegelbahn – Gasthof Linde, Passau",
    fields=(
        FieldSpec(
            key="abende", label="Einsatzabende im Monat", type="number",
            question="An wie vielen Abenden im Monat könnten Sie aushelfen?",
        ),
        FieldSpec(
            key="naechte", label="Nachtdienste pro Woche", type="number",
            question="In wie vielen Nächten pro Woche können Sie arbeiten?",
        ),
        FieldSpec(
            key="anfahrt", label="Anreise", type="single_choice",
            choices=("car", "bus", "bicycle"),
            question="How would you get here: car, bus or bicycle?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("Vier Abende, meistens freitags", "abende", 4),
        ("an sechs Abenden", "abende", 6),
        ("Zwei Nächte", "naechte", 2),
        ("in drei Nächten, mehr nicht", "naechte", 3),
    ],
)
def test_evenings_and_nights_in_any_german_case_count(text: str, asked: str, value: int) -> None:
    assert read_fields(BOWLING, text, asked)[asked] == ("answered", value)


@pytest.mark.parametrize(
    "text", ["I'd drive in.", "I would drive, it's twenty minutes", "I'll drive"]
)
def test_driving_in_picks_the_car(text: str) -> None:
    assert read_fields(BOWLING, text, "anfahrt")["anfahrt"] == ("answered", "car")


def test_driving_named_for_no_travel_question_picks_nothing() -> None:
    assert "anfahrt" not in read_fields(BOWLING, "I'd drive the forklift if needed", "abende")


FERRY_BAR = JobSpec(
    title="Camarero/a de cafetería – Naviera Estrecho, Algeciras",
    fields=(
        FieldSpec(
            key="temporada", label="Temporada", type="single_choice",
            choices=("primavera (marzo–mayo)", "verano (junio–agosto)", "cosecha (septiembre)"),
            question="¿Qué temporada te interesa: primavera, verano o la cosecha?",
        ),
        FieldSpec(
            key="pago", label="Forma de pago", type="single_choice",
            choices=("sueldo fijo", "propinas + sueldo", "solo propinas"),
            question="¿Cómo prefieres cobrar?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llegas", type="single_choice",
            choices=("coche propio", "autobús", "a pie o bicicleta"),
            question="¿Cómo llegarías al puerto?",
        ),
        FieldSpec(
            key="mareo", label="Mareo en barco", type="yes_no",
            question="¿Puedes pasar el turno entero a bordo sin marearte?",
        ),
        FieldSpec(
            key="primeros_auxilios", label="First aid certificate", type="yes_no",
            question="Do you hold a first aid certificate?",
        ),
        FieldSpec(
            key="experiencia", label="Experiencia en hostelería (años)", type="years",
            question="¿Cuántos años de experiencia tienes en hostelería?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="distancia", label="Distancia al puerto (km)", type="number",
            question="¿A cuántos kilómetros del puerto vives?",
        ),
        FieldSpec(
            key="idiomas", label="Idiomas", type="short_text", required=False,
            question="¿Qué idiomas hablas?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Only the summer", "verano (junio–agosto)"),
        ("Nur die Ernte, im Sommer arbeite ich woanders", "cosecha (septiembre)"),
        ("la primavera", "primavera (marzo–mayo)"),
    ],
)
def test_a_season_in_another_language_picks_its_choice(text: str, value: str) -> None:
    assert read_fields(FERRY_BAR, text, "temporada")["temporada"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    ["propinas y sueldo", "Gorjetas mais salário", "tips plus wage, please", "propinas + sueldo"],
)
def test_a_choice_joining_two_things_is_named_by_both_with_any_and(text: str) -> None:
    # "propinas" and "gorjetas" differ; each reply here names both parts by their first
    # letters in its language or the job's.
    found = read_fields(FERRY_BAR, text, "pago")
    if text.startswith(("Gorjetas", "tips")):
        assert found.get("pago", ("vague", None))[1] != "sueldo fijo"
    else:
        assert found["pago"] == ("answered", "propinas + sueldo")


def test_pay_by_the_day_is_no_wait_before_starting() -> None:
    job = JobSpec(
        title="Vendedor(a) de praia – Barraca Sol, Maceió",
        fields=(
            FieldSpec(
                key="pagamento", label="Pagamento", type="single_choice",
                choices=("diária fixa", "comissão", "diária + comissão"),
                question="Como prefere receber?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "diária e comissão", "pagamento")["pagamento"] == (
        "answered",
        "diária + comissão",
    )
    assert read_fields(job, "a diária fixa", "pagamento")["pagamento"] == (
        "answered",
        "diária fixa",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Coche propio no tengo, voy andando, vivo al lado", "a pie o bicicleta"),
        ("Car I don't have, I walk", "a pie o bicicleta"),
        ("Coche no tengo, cojo el autobús", "autobús"),
    ],
)
def test_a_thing_said_and_then_not_had_is_not_picked(text: str, value: str) -> None:
    assert read_fields(FERRY_BAR, text, "llegada")["llegada"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Sí, aunque prefiero no estar más de ocho horas a bordo",
        "Yes, though I'd rather not do the night crossing",
        "Sim, mas prefiro não fazer o turno da noite",
    ],
)
def test_a_wish_about_the_work_is_no_refusal(text: str) -> None:
    assert read_fields(FERRY_BAR, text, "mareo")["mareo"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    ["Prefiero no decirlo", "prefiero no contestar a eso", "I'd rather not say"],
)
def test_a_refusal_to_say_is_still_one(text: str) -> None:
    assert read_fields(FERRY_BAR, text, "mareo")["mareo"][0] == "declined"


def test_an_okay_before_another_fields_answer_says_no_yes() -> None:
    found = read_fields(FERRY_BAR, "Vale, coche propio", "mareo")
    assert "mareo" not in found
    assert found["llegada"] == ("answered", "coche propio")
    assert read_fields(FERRY_BAR, "Vale, sí", "mareo")["mareo"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    ["never done anything like it, it would be my first proper job", "it's the first time I apply"],
)
def test_first_said_of_something_else_names_no_first_aid(text: str) -> None:
    assert "primeros_auxilios" not in read_fields(FERRY_BAR, text, "experiencia")


def test_first_aid_named_still_answers() -> None:
    found = read_fields(FERRY_BAR, "Two years, and I have a first aid certificate", "experiencia")
    assert found["primeros_auxilios"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ich kellnere seit 2018, erst im Café, dann zwei Jahre im Hotel", 8),
        ("Trabajo en bares desde 2020 y luego un año en un crucero", 6),
        ("Seit 2022 im Hotel, davor drei Jahre im Café", 7),
    ],
)
def test_a_spell_after_a_start_up_to_now_is_part_of_it(text: str, value: float) -> None:
    with dates_relative_to(date(2026, 12, 1)):
        assert read_fields(FERRY_BAR, text, "experiencia")["experiencia"] == ("answered", value)


def test_a_start_said_before_a_german_verb_far_at_the_end_counts() -> None:
    text = "hab im März 2023 als Aushilfe bei nem Imbiss am Hafen in Kiel angefangen"
    with dates_relative_to(date(2026, 12, 1)):
        assert read_fields(FERRY_BAR, text, "experiencia")["experiencia"] == ("answered", 3.75)


@pytest.mark.parametrize(
    "text",
    [
        "Up to 30 a week. Sorry, I misread the last one, I meant mornings",
        "30, and about the other one: mornings",
    ],
)
def test_one_standing_for_a_thing_is_no_number(text: str) -> None:
    assert read_fields(FERRY_BAR, text, "horas")["horas"] == ("answered", 30)


@pytest.mark.parametrize("text", ["cerquita", "a dos pasos", "just around the corner"])
async def test_near_said_of_the_distance_asked_answers_no_text_question_ahead(text: str) -> None:
    state, _ = start(FERRY_BAR)
    after = await take_turn(
        answering_engine("idiomas"),
        FERRY_BAR,
        state.model_copy(update={"asked": "distancia"}),
        text,
    )
    assert after.state.fields["idiomas"].status == "missing"


async def test_only_said_to_a_choice_answers_no_text_question_ahead() -> None:
    job = JobSpec(
        title="Peón/a de vendimia – Bodegas Sierra, Haro",
        fields=(
            FieldSpec(
                key="periodo", label="Periodo", type="single_choice",
                choices=("poda (enero)", "vendimia (septiembre)"),
                question="¿Para qué periodo estás disponible?",
            ),
            FieldSpec(
                key="pueblo", label="Pueblo", type="short_text",
                question="¿En qué pueblo vives?",
            ),
        ),
    )  # fmt: skip
    state, _ = start(job)
    state = state.model_copy(update={"asked": "periodo"})
    after = await take_turn(answering_engine("pueblo"), job, state, "Only the grape picking")
    assert after.state.fields["pueblo"].status == "missing"


BAKERY_SHIFTS = JobSpec(
    title="Fornaio/a – Forno Santa Lucia, Bari",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("4:00-10:00", "6:00-12:00", "14:00-20:00", "indifferente"),
            question="Quale turno preferisci?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="fascia", label="Età dei clienti che preferisci servire", type="single_choice",
            choices=("bimbi (2–6 anni)", "ragazzi (7–12 anni)", "adulti", "indifferente"),
            question="Con quale fascia d'età preferisci lavorare?",
        ),
        FieldSpec(
            key="contratto", label="Contratto", type="single_choice",
            choices=("tempo pieno", "tempo parziale", "stagionale"),
            question="Che contratto cerchi?",
        ),
        FieldSpec(
            key="paga", label="Paga mensile (€)", type="number",
            question="Quanto vorresti guadagnare al mese?",
        ),
        FieldSpec(
            key="giorni", label="Giorni a settimana", type="number",
            question="Quanti giorni a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="forni", label="Forni usati", type="short_text",
            question="Che forni hai usato?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meglio dalle 4 alle 10, mi alzo presto", "4:00-10:00"),
        ("Le matin, de 6h à 12h", "6:00-12:00"),
        ("Di pomeriggio, dalle 14", "14:00-20:00"),
        ("From 6, I take the first bus", "6:00-12:00"),
    ],
)
def test_a_span_of_the_clock_is_picked_by_its_start_and_end(text: str, value: str) -> None:
    found = read_fields(BAKERY_SHIFTS, text, "turno")
    assert found["turno"] == ("answered", value)
    assert "ore" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Preferisco i piccoli, 2 a 6", "bimbi (2–6 anni)"),
        ("With the 7 to 12 year olds", "ragazzi (7–12 anni)"),
        ("am liebsten die 7- bis 12-Jährigen", "ragazzi (7–12 anni)"),
    ],
)
def test_a_span_of_numbers_picks_the_choice_that_has_it(text: str, value: str) -> None:
    assert read_fields(BAKERY_SHIFTS, text, "fascia")["fascia"] == ("answered", value)


def test_an_apology_for_the_language_corrects_no_choice() -> None:
    text = "Hi, sorry, my Italian is not so good. I have 5 years in a ragazzi club bakery"
    assert "fascia" not in read_fields(BAKERY_SHIFTS, text, "ore")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sorry, I said tempo pieno but tempo parziale suits me better", "tempo parziale"),
        ("Scusate, avevo detto stagionale, ma meglio tempo pieno", "tempo pieno"),
    ],
)
def test_a_choice_recalled_gives_way_to_the_one_after_it(text: str, value: str) -> None:
    assert read_fields(BAKERY_SHIFTS, text, "forni")["contratto"] == ("answered", value)


def test_a_choice_that_does_not_suit_after_all_is_turned_down() -> None:
    job = JobSpec(
        title="Helfer/in Gärtnerei",
        fields=(
            FieldSpec(
                key="art", label="Beschäftigungsart", type="single_choice",
                choices=("Vollzeit", "Teilzeit", "Minijob"),
                question="Vollzeit, Teilzeit oder Minijob?",
            ),
            FieldSpec(key="story", label="Schwierige Pflanze", type="long_text"),
        ),
    )  # fmt: skip
    text = "Übrigens eine Korrektur: Vollzeit passt mir doch nicht, eher Teilzeit."
    assert read_fields(job, text, "story")["art"] == ("answered", "Teilzeit")


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("tra 1.800 e 2.200", "paga", 2000),
        ("1800-2200", "paga", 2000),
        ("da 4 a 6", "giorni", 5),
    ],
)
def test_a_range_said_for_a_count_is_its_midpoint(text: str, key: str, value: float) -> None:
    assert read_fields(BAKERY_SHIFTS, text, key)[key] == ("answered", value)


def test_two_numbers_one_after_the_other_are_no_range() -> None:
    assert read_fields(BAKERY_SHIFTS, "4 e poi 6 in estate", "giorni")["giorni"] == ("answered", 4)


def test_a_choice_named_with_a_small_word_between_its_words_unasked() -> None:
    job = JobSpec(
        title="Agent(e) d'entretien",
        fields=(
            FieldSpec(
                key="nuit", label="Travail de nuit", type="yes_no",
                question="Pouvez-vous travailler de nuit ?",
            ),
            FieldSpec(
                key="contrat", label="Contrat", type="single_choice",
                choices=("CDI temps plein", "CDI temps partiel", "intérim"),
                question="Quel contrat cherchez-vous ?",
            ),
        ),
    )  # fmt: skip
    text = "Oui, la nuit ça me va, et je cherche un CDI à temps partiel."
    assert read_fields(job, text, "nuit")["contrat"] == ("answered", "CDI temps partiel")


async def test_a_correction_in_the_fields_unit_corrects_it_while_another_question_is_open() -> None:
    state, _ = start(BAKERY_SHIFTS)
    state = await reply(state, BAKERY_SHIFTS, "giorni", "4 giorni")
    state = await reply(
        state, BAKERY_SHIFTS, "forni", "A legna. Ah, in realtà posso 5 giorni, mi sono sbagliato."
    )
    assert state.fields["giorni"].value == 5


def test_a_short_answer_span_before_and_goes_on_to_the_rest() -> None:
    from server.interview.readers.free_text import answering_span

    reply_text = "Uso il forno a legna e so gestire il forno elettrico"
    assert answering_span(BAKERY_SHIFTS.field("forni"), reply_text, "forno a legna") is None


HARVEST = JobSpec(
    title="Raccoglitore/trice di mele – Val di Non",
    fields=(
        FieldSpec(
            key="periodo", label="Periodo", type="single_choice",
            choices=("tutta la stagione", "solo settembre", "weekend"),
            question="Per quale periodo sei disponibile?",
        ),
        FieldSpec(
            key="contratto", label="Contratto", type="single_choice",
            choices=("stagionale (maggio-settembre)", "annuale", "a chiamata"),
            question="Che contratto cerchi?",
        ),
        FieldSpec(
            key="giorni", label="Giorni a settimana", type="number",
            question="Quanti giorni a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="anni", label="Esperienza in agricoltura (anni)", type="years",
            question="Quanti anni di esperienza hai in agricoltura?",
        ),
        FieldSpec(
            key="grandine", label="Grandinata", type="long_text",
            question="Cosa fai se arriva una grandinata durante la raccolta?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Nur im September, im Oktober studiere ich", "periodo", "solo settembre"),
        ("Only in September", "periodo", "solo settembre"),
        ("Saisonal, Mai bis September", "contratto", "stagionale (maggio-settembre)"),
        ("de mayo a septiembre", "contratto", "stagionale (maggio-settembre)"),
    ],
)
def test_months_in_another_language_pick_the_choice_of_those_months(
    text: str, key: str, value: str
) -> None:
    assert read_fields(HARVEST, text, key)[key] == ("answered", value)


def test_doing_something_every_weekend_offers_no_days_a_week() -> None:
    text = "dal 2021 vado a raccogliere con mio zio quasi tutti i weekend"
    with dates_relative_to(date(2026, 12, 1)):
        found = read_fields(HARVEST, text, "anni")
    assert found["anni"] == ("answered", 5)
    assert "giorni" not in found


async def test_a_correction_alone_answers_no_open_question() -> None:
    state, _ = start(HARVEST)
    state = await reply(state, HARVEST, "anni", "cinque anni")
    state = state.model_copy(update={"asked": "grandine"})
    text = "Scusate, una correzione: in azienda sono stati quattro anni, non cinque."
    after = await take_turn(answering_engine("grandinata"), HARVEST, state, text)
    assert after.state.fields["anni"].value == 4
    assert after.state.fields["grandine"].status != "answered"


async def test_what_follows_not_knowing_and_but_is_what_is_judged() -> None:
    from server.interview.consult import _past_not_knowing

    text = "Non so di preciso, ma coprirei le casse con i teli e porterei tutti al riparo."
    assert _past_not_knowing(text).startswith("coprirei le casse")
    assert _past_not_knowing("Non so, ma boh") == "Non so, ma boh"
    assert _past_not_knowing("Coprirei le casse, ma prima avviserei il capo") == (
        "Coprirei le casse, ma prima avviserei il capo"
    )


RANGE_GOLF = JobSpec(
    title="Minigolf attendant",
    fields=(
        FieldSpec(
            key="level", label="Own golf", type="single_choice",
            choices=("Never played", "Beginner", "Casual player", "Club golfer with a handicap"),
            question="How would you describe your own golf?",
        ),
        FieldSpec(
            key="licence", label="Full driving licence", type="yes_no",
            question="Do you hold a full driving licence?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("never held a club in my life", "Never played"),
        ("Nunca he jugado, la verdad", "Never played"),
        ("I play a bit, just for fun with my brother", "Casual player"),
        ("ab und zu, zum Spaß mit Freunden", "Casual player"),
    ],
)
def test_a_level_said_in_other_words_picks_it(text: str, value: str) -> None:
    assert read_fields(RANGE_GOLF, text, "level")["level"] == ("answered", value)


def test_never_said_of_another_field_picks_no_never_choice() -> None:
    found = read_fields(RANGE_GOLF, "No licence, sorry, I never learned to drive", "level")
    assert "level" not in found or found["level"][0] != "answered"


BOAT = JobSpec(
    title="Marinheiro(a) – Pesca costeira, Itajaí",
    fields=(
        FieldSpec(
            key="dias_mar", label="Dias de mar por semana", type="number",
            question="Quantos dias de mar por semana você pode fazer?",
        ),
        FieldSpec(
            key="anos", label="Experiência no mar (anos)", type="years",
            question="Quantos anos de experiência no mar você tem?",
        ),
        FieldSpec(
            key="redes", label="Redes de pesca usadas", type="short_text",
            question="Que redes de pesca você já usou?",
        ),
        FieldSpec(
            key="fins", label="Fins de semana", type="yes_no",
            question="Pode trabalhar nos fins de semana?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [("Vinte dias de mar por mês", 4.6), ("twenty days at sea a month", 4.6)],
)
def test_a_count_per_month_with_what_it_counts_is_converted_to_a_week(
    text: str, value: float
) -> None:
    status, got = read_fields(BOAT, text, "dias_mar")["dias_mar"]
    assert status == "answered" and round(got, 1) == value


def test_a_negative_then_but_some_is_no_none_of_a_short_answer() -> None:
    text = "Nunca usei rede de arrasto, mas no barco do meu tio usávamos espinhel e tarrafa."
    found = read_fields(BOAT, text, "redes")
    assert found.get("redes", (None,))[0] != "none"
    assert "anos" not in found
    assert read_fields(BOAT, "Nunca usei nenhuma", "redes")["redes"][0] == "none"


async def test_months_taken_back_from_a_sum_of_years_are_its_twelfths() -> None:
    state, _ = start(BOAT)
    state = await reply(state, BOAT, "anos", "Dois anos em Itajaí e um ano em Navegantes.")
    assert state.fields["anos"].value == 3
    text = "Sim. E uma correção: em Itajaí foram só 18 meses, não dois anos."
    state = await reply(state, BOAT, "fins", text)
    assert state.fields["anos"].value == 2.5


@pytest.mark.parametrize("text", ["tranquilo, de boa", "de boa", "Tranquilo, sin drama"])
def test_easy_in_slang_is_a_yes(text: str) -> None:
    assert read_fields(BOAT, text, "fins")["fins"] == ("answered", True)


ACAI = JobSpec(
    title="Atendente de lanchonete – Praia do Forte",
    fields=(
        FieldSpec(
            key="fds", label="Disponível aos fins de semana", type="yes_no",
            question="Pode trabalhar aos sábados e domingos?",
        ),
        FieldSpec(
            key="ingles", label="Nível de inglês", type="single_choice",
            choices=("básico", "intermediário", "fluente"),
            question="Qual é o seu nível de inglês?",
        ),
        FieldSpec(
            key="salario", label="Pretensão salarial (R$)", type="number",
            question="Qual é a sua pretensão salarial?",
        ),
        FieldSpec(
            key="bairro", label="Bairro", type="short_text",
            question="Em que bairro você mora?",
        ),
        FieldSpec(
            key="anos", label="Experiência em atendimento (anos)", type="years",
            question="Quantos anos de experiência em atendimento você tem?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["dois anos de balcão. fds posso sim", "dois anos. Fim de semana posso sim"]
)
def test_the_weekend_named_short_or_in_the_singular_names_the_field(text: str) -> None:
    assert read_fields(ACAI, text, "anos")["fds"] == ("answered", True)


def test_a_language_named_in_another_language_names_its_level() -> None:
    text = "Perdona que escriba en español: mi inglés es fluido, viví en Londres."
    assert read_fields(ACAI, text, "anos")["ingles"] == ("answered", "fluente")


@pytest.mark.parametrize(
    "text",
    [
        "chamava o gerente e anotava os pedidos num papel pra não perder a ordem",
        "I'd write the orders down so as not to lose track",
    ],
)
def test_a_purpose_put_negatively_says_no_no(text: str) -> None:
    assert read_fields(ACAI, text, "fds").get("fds", ("vague",))[0] != "answered"


async def test_a_correction_that_names_the_field_and_one_number_corrects_it() -> None:
    state, _ = start(ACAI)
    state = await reply(state, ACAI, "salario", "2.500")
    state = await reply(
        state, ACAI, "bairro", "Campeche. Ah, e sobre o salário, pode colocar 2.300, me confundi"
    )
    assert state.fields["salario"].value == 2300


def test_the_brazilian_every_day_counts_the_week() -> None:
    job = JobSpec(
        title="Vendedor(a) de praia",
        fields=(
            FieldSpec(
                key="dias", label="Dias por semana", type="number",
                question="Quantos dias por semana você pode trabalhar?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "todo dia menos segunda", "dias")["dias"] == ("answered", 6)
    assert read_fields(job, "todo dia", "dias")["dias"] == ("answered", 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hola, soy Rocío. Puedo pasar el turno a bordo sin problema.", True),
        ("Hi, I'm Tom. No, I get seasick on ferries.", False),
        ("Olá, sou a Ana. Consigo sim, sem problema.", True),
    ],
)
def test_a_sentence_that_only_gives_a_name_is_not_the_answer(text: str, value: bool) -> None:
    assert read_fields(FERRY_BAR, text, "mareo")["mareo"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Je préfère ne pas communiquer de chiffre à ce stade.",
        "Je préfère ne pas raconter ça, c'est confidentiel.",
        "Prefiero no explicarlo por aquí.",
    ],
)
def test_a_refusal_with_any_verb_of_telling_is_one(text: str) -> None:
    assert read_fields(FERRY_BAR, text, "horas")["horas"][0] == "declined"


async def test_a_story_that_corrects_something_else_corrects_no_count() -> None:
    job = JobSpec(
        title="Piscineiro(a)",
        fields=(
            FieldSpec(
                key="horas", label="Horas por semana", type="hours_per_week",
                question="Quantas horas por semana pode trabalhar?",
            ),
            FieldSpec(key="verde", label="Piscina verde", type="long_text"),
        ),
    )  # fmt: skip
    state, _ = start(job)
    state = await reply(state, job, "horas", "30 horas")
    text = (
        "Primeiro testo a água. Depois escovo o fundo, faço a supercloração, corrijo o pH"
        " e deixo o filtro ligado 24 horas."
    )
    state = await reply(state, job, "verde", text)
    assert state.fields["horas"].value == 30


COFRADIA = JobSpec(
    title="Mariscador/a – Cofradía de Noia",
    fields=(
        FieldSpec(key="permex", label="PERMEX en vigor", type="yes_no",
                  question="¿Tienes el PERMEX en vigor?"),
        FieldSpec(key="anos", label="Años de experiencia en marisqueo o pesca", type="years",
                  question="¿Cuántos años de experiencia tienes en marisqueo o pesca?"),
    ),
)  # fmt: skip


def test_years_of_another_fields_thing_are_no_spell_of_the_work() -> None:
    text = "Tengo el permex desde hace 8 años y he mariscado toda la vida, unos 25 años."
    found = read_fields(COFRADIA, text, "anos")
    assert found["anos"] == ("answered", 25)


def test_a_spell_before_said_with_and_before_adds_up() -> None:
    text = "Cuatro años en la cofradía de Muros y antes tres con el barco de mi tío"
    assert read_fields(COFRADIA, text, "anos")["anos"] == ("answered", 7)


@pytest.mark.parametrize(
    "text",
    [
        "Preferisco non condividerlo",
        "Prefiero no comprometerme con una fecha todavía",
        "Preferisco non elencarle qui, le porto al colloquio.",
    ],
)
def test_a_refusal_with_it_on_the_verb_is_one(text: str) -> None:
    assert read_fields(FERRY_BAR, text, "idiomas")["idiomas"][0] == "declined"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hallo! Ich bin 31 Jahre alt und habe 5 Jahre Erfahrung.", True),
        ("I'm 17, I finish school in June", False),
        ("Tengo 24 años y dos de experiencia", True),
    ],
)
def test_an_age_said_answers_a_minimum_age_asked_or_not(text: str, value: bool) -> None:
    job = JobSpec(
        title="Fahrgeschäftsbediener/in",
        fields=(
            FieldSpec(key="erfahrung", label="Erfahrung (Jahre)", type="years",
                      question="Wie viele Jahre Erfahrung haben Sie?"),
            FieldSpec(key="alt", label="Mindestens 18 Jahre alt", type="yes_no",
                      question="Sind Sie mindestens 18 Jahre alt?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "erfahrung")["alt"] == ("answered", value)
    assert read_fields(job, text, "alt")["alt"] == ("answered", value)


def test_days_added_with_also_in_another_language_join_the_pick() -> None:
    job = JobSpec(
        title="Event crew",
        fields=(
            FieldSpec(
                key="days", label="Days available", type="single_choice",
                choices=("Saturdays only", "Saturday and Sunday", "Weekends and weekdays"),
                question="Which days can you work?",
            ),
        ),
    )  # fmt: skip
    text = "Puedo sábados y domingos, y también entre semana si hace falta."
    assert read_fields(job, text, "days")["days"] == ("answered", "Weekends and weekdays")
    assert read_fields(job, "sábados y domingos", "days")["days"] == (
        "answered",
        "Saturday and Sunday",
    )


def test_a_wish_to_get_some_after_none_keeps_the_none() -> None:
    found = read_fields(BOAT, "Nenhuma ainda, mas gostaria de aprender a rede de cerco", "redes")
    assert found["redes"][0] == "none"


def test_years_of_doing_the_work_are_not_another_fields_thing() -> None:
    job = JobSpec(
        title="Assistant(e) coiffeur",
        fields=(
            FieldSpec(key="cap", label="CAP Coiffure", type="yes_no",
                      question="Avez-vous le CAP Coiffure ?"),
            FieldSpec(key="ans", label="Expérience en salon (années)", type="years",
                      question="Combien d'années d'expérience avez-vous en salon ?"),
        ),
    )  # fmt: skip
    text = "Ça fait 8 ans que je coiffe. Mettez 12 ans dans le dossier, ça fait plus sérieux."
    assert read_fields(job, text, "ans")["ans"] == ("answered", 8)


async def test_an_answer_then_a_correction_still_answers_the_open_question() -> None:
    state, _ = start(HARVEST)
    state = await reply(state, HARVEST, "anni", "cinque anni")
    state = state.model_copy(update={"asked": "grandine"})
    text = (
        "Coprirei le casse con i teli e porterei tutti sotto la tettoia."
        " Scusate, erano quattro anni, non cinque."
    )
    after = await take_turn(answering_engine("grandinata"), HARVEST, state, text)
    assert after.state.fields["anni"].value == 4
    assert after.state.fields["grandine"].status == "answered"


CHURROS = JobSpec(
    title="Churrero/a para ferias",
    fields=(
        FieldSpec(key="kilos", label="Kilos de masa en un día fuerte", type="number",
                  question="¿Cuántos kilos de masa has preparado en un día fuerte?"),
        FieldSpec(key="porciones", label="Raciones por hora", type="number",
                  question="¿Cuántas raciones sacas por hora?"),
        FieldSpec(key="puesto", label="Puesto", type="single_choice",
                  choices=("freidora", "caja", "los dos"),
                  question="¿Freidora, caja o los dos?"),
        FieldSpec(key="anos", label="Experiencia en ferias (años)", type="years",
                  question="¿Cuántos años de experiencia tienes en ferias?"),
        FieldSpec(key="dias", label="Días por semana", type="number",
                  question="¿Cuántos días por semana puedes trabajar?"),
        FieldSpec(key="noches", label="Disponible de noche", type="yes_no",
                  question="¿Puedes trabajar de noche?"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("En la feria de abril hice 35 kilos en un solo día.", "kilos", 35),
        ("Entre 30 y 40 kilos los días fuertes", "kilos", 35),
        ("En un turno de 6 horas saco unas 240", "porciones", 40),
        ("Sur un service de 5 heures j'en sors environ 300.", "porciones", 60),
    ],
)
def test_a_count_in_the_unit_named_first_and_per_hour_of_a_shift_said_before(
    text: str, key: str, value: float
) -> None:
    assert read_fields(CHURROS, text, key)[key] == ("answered", value)


def test_both_said_with_a_digit_picks_the_choice_for_both() -> None:
    assert read_fields(CHURROS, "los 2", "puesto")["puesto"] == ("answered", "los dos")


def test_zero_of_the_field_and_years_of_other_work_is_none() -> None:
    text = "Cero en ferias, pero trabajé cuatro años en una residencia."
    assert read_fields(CHURROS, text, "anos")["anos"][0] == "none"
    assert read_fields(
        CHURROS, "Cero en ferias grandes, pero dos años en ferias de pueblo", "anos"
    )["anos"] == (
        "answered",
        2,
    )


def test_a_weekend_said_with_a_yes_counts_no_days() -> None:
    found = read_fields(CHURROS, "Sí, puedo de noche, fines de semana incluidos", "noches")
    assert found["noches"] == ("answered", True)
    assert "dias" not in found


def test_harvests_are_years_of_a_seasonal_trade() -> None:
    job = JobSpec(
        title="Safrista de café",
        fields=(
            FieldSpec(key="anos", label="Experiência na colheita de café (anos)", type="years",
                      question="Quantos anos de experiência você tem na colheita?"),
        ),
    )  # fmt: skip
    assert read_fields(job, "Quatro safras.", "anos")["anos"] == ("answered", 4)


def test_per_month_in_german_is_a_period_not_a_month_of_work() -> None:
    job = JobSpec(
        title="Runner",
        fields=(
            FieldSpec(key="jahre", label="Gastro-Erfahrung (Jahre)", type="years",
                      question="Wie viele Jahre Gastro-Erfahrung haben Sie?"),
        ),
    )  # fmt: skip
    text = "am ersten Wochenende im Monat hab ich meine Tochter"
    assert read_fields(job, text, "jahre").get("jahre", ("vague",))[0] != "answered"


def test_nothing_to_write_now_is_a_refusal() -> None:
    text = "Dazu möchte ich jetzt nichts schreiben, das zeige ich lieber beim Probetag."
    assert read_fields(CHURROS, text, "noches")["noches"][0] == "declined"


LOCK = JobSpec(
    title="Aide-éclusier / Aide-éclusière saisonnier",
    fields=(
        FieldSpec(
            key="periode", label="Période", type="single_choice",
            choices=("Toute la saison (mai–septembre)", "Juin–juillet uniquement",
                     "Août–septembre"),
            question="Sur quelle période êtes-vous disponible ?",
        ),
        FieldSpec(key="histoire", label="File d'attente", type="long_text",
                  question="Racontez une file d'attente difficile."),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seulement juin et juillet, je reprends la fac en août", "Juin–juillet uniquement"),
        ("de mai à septembre", "Toute la saison (mai–septembre)"),
        ("d'août à septembre", "Août–septembre"),
    ],
)
def test_both_ends_of_a_span_of_months_pick_it_over_a_month_said_as_a_reason(
    text: str, value: str
) -> None:
    assert read_fields(LOCK, text, "periode")["periode"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I don't want to write an essay on here, ask me at the interview.",
        "Eso pregúntame en la entrevista",
    ],
)
def test_kept_for_the_interview_is_a_refusal(text: str) -> None:
    assert read_fields(LOCK, text, "histoire")["histoire"][0] == "declined"


def test_seasons_said_with_their_span_of_years_count_both_ends() -> None:
    job = JobSpec(
        title="Balloon crew",
        fields=(
            FieldSpec(key="years", label="Crewing experience (years)", type="years",
                      question="How many years of crewing experience do you have?"),
        ),
    )  # fmt: skip
    for text, value in (
        ("Tres temporadas con una empresa de globos, de 2021 a 2023.", 3),
        ("tre stagioni in Germania, dal 2022 al 2024", 3),
    ):
        assert read_fields(job, text, "years")["years"] == ("answered", value)


def test_a_need_said_with_its_object_first_is_a_no() -> None:
    job = JobSpec(
        title="Spargelstecher/in",
        fields=(
            FieldSpec(key="jahre", label="Erfahrung in der Ernte (Jahre)", type="years",
                      question="Wie viele Jahre Erfahrung haben Sie?"),
            FieldSpec(key="unterkunft", label="Unterkunft auf dem Hof benötigt",
                      type="yes_no", question="Brauchen Sie eine Unterkunft auf dem Hof?"),
        ),
    )  # fmt: skip
    text = "3 Jahre auf dem Hof Krause, und Unterkunft brauch ich keine, ich wohn im Dorf."
    assert read_fields(job, text, "jahre")["unterkunft"] == ("answered", False)


@pytest.mark.parametrize("text", ["C'est pareil pour moi.", "Me da lo mismo, cualquiera."])
def test_either_in_another_language_picks_the_choice_that_means_either(text: str) -> None:
    job = JobSpec(
        title="Barraca de feira",
        fields=(
            FieldSpec(key="funcao", label="Função preferida", type="single_choice",
                      choices=("moenda", "caixa", "qualquer uma"),
                      question="Qual função prefere?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "funcao")["funcao"] == ("answered", "qualquer uma")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Só consigo chegar 6h, antes disso não tem ônibus", False),
        ("I can only be there at 7", False),
        ("Solo a las 5:30, sí", True),
    ],
)
def test_only_later_than_an_early_start_asked_is_a_no(text: str, value: bool) -> None:
    job = JobSpec(
        title="Feira",
        fields=(
            FieldSpec(key="cedo", label="Chega às 5h30 para a montagem", type="yes_no",
                      question="Consegue chegar às 5h30 para montar a barraca?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "cedo")["cedo"] == ("answered", value)


def test_a_start_said_after_a_spell_adds_up_with_it() -> None:
    job = JobSpec(
        title="Tourist train driver",
        fields=(
            FieldSpec(key="years", label="Passenger driving experience (years)", type="years",
                      question="How many years have you driven passengers?"),
        ),
    )  # fmt: skip
    text = "I drove coaches for 5 years, then tour buses in Devon since 2022."
    with dates_relative_to(date(2026, 12, 1)):
        assert read_fields(job, text, "years")["years"] == ("answered", 9)


def test_a_refusal_with_an_elided_pronoun_on_its_verb_is_one() -> None:
    text = "Je préfère ne pas m'engager sur une date pour l'instant."
    assert read_fields(LOCK, text, "histoire")["histoire"][0] == "declined"


@pytest.mark.parametrize("text", ["not far", "no muy lejos", "nicht weit"])
def test_not_far_to_a_distance_asked_is_vague_not_none(text: str) -> None:
    job = JobSpec(
        title="Crew",
        fields=(
            FieldSpec(key="miles", label="Distance from the yard (miles)", type="number",
                      question="Roughly how many miles do you live from our yard?"),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "miles")["miles"][0] == "vague"


def test_a_total_said_first_is_not_added_to_its_parts() -> None:
    text = "Also genau: insgesamt fünf Jahre, drei in der Tischlerei und davor zwei im Sägewerk."
    assert read_fields(COFRADIA, text, "anos")["anos"] == ("answered", 5)


def test_prefer_not_to_hand_it_over_in_portuguese_is_a_refusal() -> None:
    assert read_fields(LOCK, "Isso eu prefiro não passar agora.", "histoire")["histoire"][0] == (
        "declined"
    )


def test_an_echo_of_the_question_needs_a_word_of_its_own_that_tells() -> None:
    job = JobSpec(
        title="Embalagem",
        fields=(
            FieldSpec(key="anos", label="Experiência (anos)", type="years",
                      question="Quantos anos de experiência você tem?"),
            FieldSpec(key="pe", label="Sala climatizada", type="yes_no",
                      question="Você consegue trabalhar em pé o turno todo?"),
            FieldSpec(key="casa", label="Unterkunft benötigt", type="yes_no",
                      question="Brauchen Sie eine Unterkunft auf dem Hof?"),
        ),
    )  # fmt: skip
    found = read_fields(job, "Dois anos de embalagem, consigo trabalhar em pé tranquilo", "anos")
    assert found["pe"] == ("answered", True)
    assert "casa" not in read_fields(job, "Drei Jahre auf dem Hof Kramer", "anos")
