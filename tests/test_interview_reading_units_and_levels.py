"""Reading classes the first runs of jobs_blind34 to jobs_blind37 and the re-measured older
sets missed, each on wordings and jobs of its own (none copied from those sets).

Choices named in another language or form: levels, a start at once, early and late
shifts, spellings of a neighbour language, school certificates, one's own thing; unasked,
a label's word or a word for none picks no choice. Reading ahead: a number in the next
question's own unit, or an "either", outweighs the reading of the question asked. Yes
then not knowing whether it holds. Numbers, hours and days: the label's unit first, a
full week, bare hours, spans and every evening but one, a week not added twice. Years: a
concluded sum, spells of one length, a spell not of the field's kind, other work beside a
never. Corrections: counting the field's word, restated after a correction, a slip
realised right after, a none only with its own correction. Refusals kept for telling in
person.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn
from tests.helpers.reading import judging_engine, read_fields, reply

PANADERIA = JobSpec(
    title="Panadero/a de obrador – Horno San Blas, Zaragoza",
    description="Elaboración de pan y bollería en obrador, turno de madrugada.",
    fields=(
        FieldSpec(
            key="madrugada", label="Trabajo de madrugada", type="yes_no",
            question="¿Puedes trabajar de madrugada, desde las 4?",
        ),
        FieldSpec(
            key="dias_inicio", label="Días hasta la incorporación", type="number",
            question="¿En cuántos días podrías incorporarte?",
        ),
        FieldSpec(
            key="nivel", label="Nivel de panadería", type="single_choice",
            choices=("principiante", "intermedio", "avanzado"),
            question="¿Qué nivel tienes en panadería: principiante, intermedio o avanzado?",
        ),
    ),
)  # fmt: skip

VIVEIRO = JobSpec(
    title="Ajudante de viveiro – Viveiros do Mondego, Coimbra",
    description="Rega, envasamento e preparação de encomendas de plantas.",
    fields=(
        FieldSpec(
            key="sabados", label="Disponível aos sábados", type="yes_no",
            question="Pode trabalhar aos sábados de manhã?",
        ),
        FieldSpec(
            key="trajeto", label="Tempo de trajeto (minutos)", type="number",
            question="Quantos minutos demora a chegar ao viveiro?",
        ),
        FieldSpec(
            key="inicio", label="Início", type="single_choice",
            choices=("imediatamente", "em janeiro", "em março"),
            question="Quando pode começar: imediatamente, em janeiro ou em março?",
        ),
    ),
)  # fmt: skip

LAGER = JobSpec(
    title="Lagerhelfer/in (m/w/d) – Kühllager Nord, Hamburg",
    description="Kommissionierung im Kühllager, Früh- und Spätschicht.",
    fields=(
        FieldSpec(
            key="stehen", label="Langes Stehen", type="yes_no",
            question="Können Sie 8 Stunden am Stück stehen?",
        ),
        FieldSpec(key="stunden", label="Wochenstunden", type="hours_per_week"),
        FieldSpec(
            key="schicht", label="Schicht", type="single_choice",
            choices=("early", "late", "no preference"),
            question="Welche Schicht: early (6-14), late (14-22) oder no preference?",
        ),
        FieldSpec(
            key="deutsch", label="Deutschkenntnisse", type="single_choice",
            choices=("Grundkenntnisse", "gut", "sehr gut"),
            question="Wie gut ist Ihr Deutsch: Grundkenntnisse, gut oder sehr gut?",
        ),
    ),
)  # fmt: skip

BOTTEGA = JobSpec(
    title="Aiuto restauratore/trice di mobili – Bottega Ferri, Firenze",
    description="Restauro di mobili antichi: pulitura, stuccatura, lucidatura a gommalacca.",
    fields=(
        FieldSpec(
            key="lucidatura", label="Livello di lucidatura a gommalacca", type="single_choice",
            choices=("nessuna esperienza", "base", "esperto/a"),
            question="Come te la cavi con la lucidatura a gommalacca?",
        ),
        FieldSpec(
            key="inglese", label="Livello di inglese", type="single_choice",
            choices=("base", "intermedio", "avanzato"),
            question="Qual è il tuo livello di inglese: base, intermedio o avanzato?",
        ),
        FieldSpec(
            key="inizio", label="Inizio", type="single_choice",
            choices=("subito", "da gennaio"),
            question="Quando potresti iniziare: subito o da gennaio?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "key", "text", "value"),
    [
        (BOTTEGA, "lucidatura", "Expert, I did it for years in Lyon", "esperto/a"),
        (BOTTEGA, "lucidatura", "Experte, c'était mon métier", "esperto/a"),
        (BOTTEGA, "inglese", "Advanced, it's my mother's language", "avanzato"),
        (BOTTEGA, "inglese", "Intermédiaire, je dirais", "intermedio"),
        (BOTTEGA, "inglese", "Basic, only at school", "base"),
        (PANADERIA, "nivel", "Advanced, llevo 10 años de obrador", "avanzado"),
        (PANADERIA, "nivel", "Anfänger, ehrlich gesagt", "principiante"),
        (LAGER, "deutsch", "Basic, I am learning", "Grundkenntnisse"),
    ],
)
def test_a_level_named_in_another_language_is_its_choice(
    job: JobSpec, key: str, text: str, value: str
) -> None:
    assert read_fields(job, text, key).get(key) == ("answered", value)


@pytest.mark.parametrize(
    ("job", "key", "text", "value"),
    [
        (BOTTEGA, "inizio", "Straight away, I'm free now", "subito"),
        (BOTTEGA, "inizio", "De inmediato", "subito"),
        (VIVEIRO, "inicio", "As soon as possible!", "imediatamente"),
        (VIVEIRO, "inicio", "Tout de suite si possible", "imediatamente"),
    ],
)
def test_a_start_at_once_in_other_words_is_its_choice(
    job: JobSpec, key: str, text: str, value: str
) -> None:
    assert read_fields(job, text, key).get(key) == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("earlies, I'm up at 5 anyway", "early"),
        ("Mornings suit me", "early"),
        ("Turno de tarde", "late"),
        ("Spätschicht bitte", "late"),
        ("late please", "late"),
    ],
)
def test_early_and_late_shifts_are_named_in_other_words(text: str, value: str) -> None:
    assert read_fields(LAGER, text, "schicht").get("schicht") == ("answered", value)


def test_late_alone_names_neither_afternoon_nor_evening() -> None:
    job = JobSpec(
        title="Runner",
        fields=(
            FieldSpec(
                key="shift", label="Shift", type="single_choice",
                choices=("morning", "afternoon", "evening"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "late", "shift").get("shift", ("missing", None))[0] != "answered"
    assert read_fields(job, "evenings", "shift")["shift"] == ("answered", "evening")


async def _answer(
    job: JobSpec, asked: str, text: str, engine_pick: str | None = None
) -> InterviewState:
    state, _ = start(job)
    state = state.model_copy(update={"asked": asked})
    if engine_pick is None:
        return await reply(state, job, asked, text)
    return (await take_turn(judging_engine("vague", engine_pick), job, state, text)).state


@pytest.mark.parametrize(
    "text",
    [
        "Unos 10 días, depende de cuándo me den la baja en el otro trabajo",
        "10 días más o menos, según me digan en la empresa de ahora",
    ],
)
async def test_a_number_in_the_next_questions_unit_is_read_ahead_past_a_depends(
    text: str,
) -> None:
    state = await _answer(PANADERIA, "madrugada", text)
    assert (state.fields["dias_inicio"].status, state.fields["dias_inicio"].value) == (
        "answered",
        10,
    )
    assert state.fields["madrugada"].status != "answered"
    assert state.asked == "madrugada"


async def test_a_number_in_the_next_questions_unit_outweighs_the_models_yes_or_no() -> None:
    # "no" here is the Portuguese "in the": the model's "no" from it is not kept
    state = await _answer(VIVEIRO, "sabados", "Vi no mapa, uns 30 minutos de comboio", "no")
    assert (state.fields["trajeto"].status, state.fields["trajeto"].value) == ("answered", 30)
    assert state.fields["sabados"].status != "answered"


async def test_the_models_no_stands_where_no_number_is_in_the_next_unit() -> None:
    state = await _answer(VIVEIRO, "sabados", "Aos sábados não consigo, tenho os miúdos", "no")
    assert (state.fields["sabados"].status, state.fields["sabados"].value) == ("answered", False)
    assert state.fields["trajeto"].status == "missing"


async def test_a_unit_the_question_asked_names_is_not_read_ahead() -> None:
    job = JobSpec(
        title="Temporero/a de vendimia – Bodegas Ribas, Logroño",
        fields=(
            FieldSpec(
                key="seguidos", label="Días seguidos en campaña", type="yes_no",
                question="¿Puedes trabajar 12 días seguidos durante la campaña?",
            ),
            FieldSpec(key="dias_inicio", label="Días hasta la incorporación", type="number"),
        ),
    )  # fmt: skip
    state = await _answer(job, "seguidos", "12 días seguidos se me hace mucho, depende del tiempo")
    assert state.fields["dias_inicio"].status == "missing"


CUCINA = JobSpec(
    title="Aiuto cuoco/a – Trattoria Al Ponte, Treviso",
    fields=(
        FieldSpec(key="ore", label="Ore settimanali", type="hours_per_week"),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("pranzo", "cena", "indifferente"),
            question="Preferisci il turno di pranzo, di cena o è indifferente?",
        ),
        FieldSpec(
            key="weekend", label="Disponibile nel weekend", type="yes_no",
            question="Puoi lavorare il sabato e la domenica?",
        ),
        FieldSpec(
            key="reparto", label="Reparto", type="single_choice",
            choices=("primi", "secondi", "non importa"),
            question="In quale reparto preferisci stare: primi, secondi o non importa?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Le 40 del tempo pieno", 40),
        ("Las 38 de la jornada completa", 38),
        ("the 37 of a full-time contract", 37),
    ],
)
def test_the_hours_of_a_full_week_are_its_number(text: str, hours: int) -> None:
    assert read_fields(CUCINA, text, "ore").get("ore") == ("answered", hours)


@pytest.mark.parametrize(
    "text",
    ["Posso in cualquier turno", "any shift is fine", "Qualsiasi turno", "It doesn't matter"],
)
def test_any_shift_is_the_choice_that_means_either(text: str) -> None:
    assert read_fields(CUCINA, text, "turno").get("turno") == ("answered", "indifferente")


@pytest.mark.parametrize("pick", ["no", "unclear"])
async def test_either_to_a_yes_or_no_answers_the_next_choice_with_an_either(pick: str) -> None:
    state = await _answer(CUCINA, "weekend", "Doesn't matter for me.", pick)
    assert state.fields["reparto"].value == "non importa"
    assert state.fields["weekend"].status != "answered"


async def test_either_to_a_yes_or_no_is_not_read_ahead_in_a_long_reply() -> None:
    text = "Doesn't matter which days to me as long as I get Mondays off"
    state = await _answer(CUCINA, "weekend", text, "unclear")
    assert state.fields["reparto"].status == "missing"


OLIVAR = JobSpec(
    title="Peón/a agrícola – Olivar La Loma, Jaén",
    fields=(
        FieldSpec(
            key="puesto", label="Puesto", type="single_choice",
            choices=("varear", "tractorista", "recoger del suelo"),
            question="¿En qué puesto prefieres: varear, tractorista o recoger del suelo?",
        ),
        FieldSpec(
            key="curso", label="Curso de prevención de riesgos", type="yes_no",
            question="¿Tienes el curso de prevención de riesgos laborales?",
        ),
        FieldSpec(key="noches", label="Noches por semana", type="number", required=False),
        FieldSpec(key="horas", label="Horas por semana", type="hours_per_week"),
        FieldSpec(key="comentario", label="Comentarios", type="long_text", required=False),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["Tratorista, tenho carta", "tratorista"])
def test_a_choice_spelt_with_one_consonant_of_a_pair_dropped_is_named(text: str) -> None:
    assert read_fields(OLIVAR, text, "puesto").get("puesto") == ("answered", "tractorista")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("dal venerdì alla domenica, 6 ore al giorno", 18),
        ("dal lunedì al giovedì, 6 ore al giorno", 24),
        ("de viernes a domingo, 6 horas al día", 18),
    ],
)
def test_a_span_of_days_with_alla_counts_its_days(text: str, hours: int) -> None:
    assert read_fields(OLIVAR, text, "horas").get("horas") == ("answered", hours)


@pytest.mark.parametrize(
    "text",
    [
        "Lo tengo, pero no sé si sigue vigente",
        "Tenho, fiz em 2019, mas não sei se ainda está válido",
        "Yes, but I'm not sure it's still valid",
        "Ja, aber ich weiß nicht, ob er noch gilt",
        "Oui, mais je ne sais pas s'il est encore valable",
    ],
)
def test_a_yes_then_not_knowing_whether_it_holds_is_vague(text: str) -> None:
    assert read_fields(OLIVAR, text, "curso")["curso"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tenho, mas não sei onde está o papel", True),
        ("Sí, pero no todos los años", True),
        ("Lo tengo, pero no lo he renovado y ha caducado", False),
    ],
)
def test_a_yes_with_another_but_keeps_its_reading(text: str, value: bool) -> None:
    assert read_fields(OLIVAR, text, "curso")["curso"] == ("answered", value)


async def test_a_correction_counting_the_fields_word_answers_it_while_another_is_open() -> None:
    state, _ = start(OLIVAR)
    state = await reply(state, OLIVAR, "noches", "Tres noches")
    text = "Lo haría con calma y avisaría al encargado. Ah, corrección: puedo cuatro noches."
    state = await reply(state, OLIVAR, "comentario", text)
    assert state.fields["noches"].value == 4


async def test_a_correction_counting_another_word_leaves_the_field() -> None:
    state, _ = start(OLIVAR)
    state = await reply(state, OLIVAR, "noches", "Tres noches")
    state = await reply(state, OLIVAR, "comentario", "Perdón, tengo cuatro hijos, por eso pido")
    assert state.fields["noches"].value == 3


def test_a_number_field_is_counted_in_its_labels_unit_before_its_descriptions() -> None:
    job = JobSpec(
        title="Revisor/a – Comboios do Sado, Setúbal",
        fields=(
            FieldSpec(
                key="distancia", label="Distância à estação (km)", type="number",
                description="A que distância vive da estação onde começam os turnos.",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Moro em Palmela, são uns 12 km.", "distancia")["distancia"] == (
        "answered",
        12,
    )


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Cinco horas diarias de lunes a viernes, y los sábados tres.", 28),
        ("Quatro horas por dia de segunda a sexta, e ao sábado seis.", 26),
    ],
)
def test_a_last_days_bare_hours_before_a_full_stop_count(text: str, hours: int) -> None:
    assert read_fields(OLIVAR, text, "horas").get("horas") == ("answered", hours)


TRASLOCHI = JobSpec(
    title="Facchino/a – Traslochi Rapidi, Bologna",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza nei traslochi (anni)", type="years",
            question="Quanti anni di esperienza hai nei traslochi?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mai fatto traslochi, però ho lavorato 4 anni in un supermercato.",
        "Non ho mai fatto traslochi",
    ],
)
def test_never_in_italian_with_its_verb_is_none(text: str) -> None:
    assert read_fields(TRASLOCHI, text, "anni")["anni"][0] == "none"


def test_may_in_french_is_no_never() -> None:
    assert read_fields(TRASLOCHI, "Depuis mai 2022, donc 4 ans", "anni")["anni"] == (
        "answered",
        4,
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("14 meses en un bar y unos 10 en un hotel, así que 2 años", 2),
        ("one year at a café plus six months of agency shifts, so 1.5 years", 1.5),
        ("2 anos num bar e 1 num hotel, então 3 anos", 3),
    ],
)
def test_the_sum_a_reply_concludes_with_is_its_years(text: str, years: float) -> None:
    assert read_fields(TRASLOCHI, text, "anni")["anni"] == ("answered", years)


def test_years_ago_after_so_are_no_sum() -> None:
    assert read_fields(TRASLOCHI, "I did 2 years, so 3 years ago I started", "anni")["anni"] == (
        "answered",
        2,
    )


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Vale, pues 12 horas, sábado y domingo seis horas cada día", 12),
        ("20 ore: dal lunedì al venerdì 4 ore al giorno", 20),
        ("10 horas entre semana y el sábado 6 horas", 16),
    ],
)
def test_a_week_then_how_it_is_made_up_is_not_added_twice(text: str, hours: int) -> None:
    assert read_fields(OLIVAR, text, "horas").get("horas") == ("answered", hours)


async def test_an_apology_in_a_story_with_a_rates_unit_corrects_nothing() -> None:
    job = JobSpec(
        title="Operatore/trice di centrale taxi – Radiotaxi Riviera, Genova",
        fields=(
            FieldSpec(key="parole", label="Battitura (parole al minuto)", type="number"),
            FieldSpec(key="cliente", label="Cliente arrabbiato", type="long_text"),
        ),
    )  # fmt: skip
    state, _ = start(job)
    state = await reply(state, job, "parole", "Sulle 45")
    text = "Gli chiederei scusa e se il taxi non arriva entro 5 minuti ne mando un altro."
    state = await reply(state, job, "cliente", text)
    assert state.fields["parole"].value == 45


CORTICA = JobSpec(
    title="Descortiçador(a) – Herdade da Azinheira, Ponte de Sor",
    fields=(
        FieldSpec(
            key="funcao", label="Função", type="single_choice",
            choices=("tirador", "ajudante", "motorista"),
            question="Que função prefere: tirador, ajudante ou motorista?",
        ),
        FieldSpec(
            key="anos", label="Experiência técnica (anos)", type="years",
            question="Quantos anos de experiência técnica tem?",
        ),
        FieldSpec(key="carta", label="Carta de condução", type="yes_no", required=False),
        FieldSpec(
            key="estudos", label="Escolaridade", type="single_choice",
            choices=("licenza media", "diploma", "laurea"),
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [("De ayudante, para aprender", "ajudante"), ("tiradora, há cinco anos", "tirador")],
)
def test_a_choice_in_a_neighbour_languages_spelling_or_gender_is_named(
    text: str, value: str
) -> None:
    assert read_fields(CORTICA, text, "funcao").get("funcao") == ("answered", value)


def test_a_school_certificate_called_licenza_is_no_driving_licence() -> None:
    found = read_fields(CORTICA, "Ho la licenza media, poi sono andato a lavorare", "estudos")
    assert found.get("estudos") == ("answered", "licenza media")
    assert "carta" not in found


TECNICO = JobSpec(
    title="Aiuto tecnico – Impianti Sud, Bari",
    fields=(FieldSpec(key="anni", label="Esperienza tecnica (anni)", type="years"),),
)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Tre anni come tecnico di laboratorio, poi 2 anni in negozio, non tecnici", 3),
        ("Tre anni come tecnico di laboratorio, poi 2 anni come tecnico sul campo", 5),
    ],
)
def test_a_spell_said_not_to_be_of_the_fields_kind_is_not_added(text: str, years: int) -> None:
    assert read_fields(TECNICO, text, "anni")["anni"] == ("answered", years)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("dos campañas en Jaén, de seis meses cada una", 1),
        ("three contracts of 4 months each", 1),
        ("zwei Saisons von jeweils 6 Monaten", 1),
        ("quattro stagioni di 3 mesi ciascuna", 1),
    ],
)
def test_spells_of_one_length_counted_are_their_total(text: str, years: int) -> None:
    assert read_fields(CORTICA, text, "anos")["anos"] == ("answered", years)


VIGNE = JobSpec(
    title="Tailleur / Tailleuse de vigne – Domaine des Trois Collines, Chinon",
    fields=(
        FieldSpec(key="pieds", label="Pieds taillés par jour", type="number"),
        FieldSpec(key="heures", label="Heures par semaine", type="hours_per_week"),
        FieldSpec(
            key="diplome", label="Diplôme", type="single_choice",
            choices=("aucun", "CAP", "baccalauréat"),
        ),
    ),
)  # fmt: skip


def test_a_count_a_day_of_something_else_is_no_invalid_hours_unasked() -> None:
    assert read_fields(VIGNE, "900 par jour.", "pieds") == {"pieds": ("answered", 900)}


def test_hours_a_day_beyond_a_day_are_still_invalid() -> None:
    assert read_fields(VIGNE, "30 heures par jour", "heures")["heures"][0] == "invalid"


@pytest.mark.parametrize(
    ("job", "key", "text", "value"),
    [
        (VIGNE, "diplome", "J'ai le bac depuis 2019", "baccalauréat"),
        (LAGER, "deutsch", "Basic", "Grundkenntnisse"),
    ],
)
def test_a_certificate_by_its_other_name_is_its_choice(
    job: JobSpec, key: str, text: str, value: str
) -> None:
    assert read_fields(job, text, key).get(key) == ("answered", value)


def test_a_realschulabschluss_is_the_mittlere_reife() -> None:
    job = JobSpec(
        title="Auszubildende/r – Salon Nord, Kiel",
        fields=(
            FieldSpec(
                key="abschluss", label="Schulabschluss", type="single_choice",
                choices=("kein Abschluss", "Hauptschulabschluss", "Mittlere Reife", "Abitur"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Realschulabschluss 2023", "abschluss")["abschluss"] == (
        "answered",
        "Mittlere Reife",
    )


MERCATINO = JobSpec(
    title="Aiuto bancarella – Mercatino di Natale, Bolzano",
    fields=(
        FieldSpec(key="sere", label="Sere a settimana", type="number"),
        FieldSpec(key="distanza", label="Distance from the market (miles)", type="number"),
        FieldSpec(
            key="haccp", label="Attestato HACCP", type="yes_no", question="Hai l'attestato HACCP?"
        ),
        FieldSpec(key="lingue", label="Lingue parlate", type="short_text"),
    ),
)


@pytest.mark.parametrize(
    ("text", "evenings"),
    [
        ("jeden Abend außer freitags, da hab ich Chorprobe", 6),
        ("tutte le sere tranne il lunedì", 6),
        ("tous les soirs sauf le dimanche", 6),
    ],
)
def test_every_evening_but_some_counts_the_evenings(text: str, evenings: int) -> None:
    assert read_fields(MERCATINO, text, "sere").get("sere") == ("answered", evenings)


def test_a_number_restated_further_after_a_correction_is_the_answer() -> None:
    text = "about 15 miles. Actually scratch that, just checked on maps, it's 13 from there."
    assert read_fields(MERCATINO, text, "distanza")["distanza"] == ("answered", 13)


def test_a_number_further_after_a_correction_not_restated_is_not_taken() -> None:
    text = "about 15 miles. Actually scratch that, I have 2 kids so I'd drive"
    assert read_fields(MERCATINO, text, "distanza")["distanza"] == ("answered", 15)


@pytest.mark.parametrize("text", ["Ah giusto, allora 5", "oh right, 5 then", "Ah vale, pues 5"])
async def test_a_slip_realised_right_after_corrects_the_number_just_given(text: str) -> None:
    state, _ = start(MERCATINO)
    state = await reply(state, MERCATINO, "sere", "7 sere su 7!")
    state = await reply(state, MERCATINO, "haccp", text)
    assert state.fields["sere"].value == 5
    assert state.fields["haccp"].status != "answered"


async def test_a_number_with_no_slip_realised_corrects_nothing() -> None:
    state, _ = start(MERCATINO)
    state = await reply(state, MERCATINO, "sere", "7 sere su 7!")
    state = await reply(state, MERCATINO, "haccp", "Sì, dal 2019, 5 anni fa")
    assert state.fields["sere"].value == 7


async def test_a_slip_realised_a_turn_later_corrects_nothing() -> None:
    state, _ = start(MERCATINO)
    state = await reply(state, MERCATINO, "sere", "7 sere su 7!")
    state = await reply(state, MERCATINO, "haccp", "Sì, ce l'ho")
    state = await reply(state, MERCATINO, "lingue", "ah ok, 3")
    assert state.fields["sere"].value == 7


KIRCHE = JobSpec(
    title="Hausmeister/in (m/w/d) – Ev. Gemeinde St. Jakobi, Celle",
    fields=(
        FieldSpec(
            key="sonntags", label="Dienst an Sonntagen", type="yes_no",
            question="Können Sie sonntags arbeiten?",
        ),
        FieldSpec(
            key="konfession", label="Kirchenzugehörigkeit", type="single_choice",
            choices=("evangelisch", "katholisch", "andere christliche Kirche", "keine"),
        ),
        FieldSpec(
            key="anreise", label="Anreise", type="single_choice",
            choices=("eigenes Auto", "Fahrgemeinschaft", "Bus"),
            question="Wie kommen Sie zu uns: eigenes Auto, Fahrgemeinschaft oder Bus?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Ja, sonntags bin ich sowieso in der Kirche.",
        "Ja, kein Problem, ich habe hier keine Familie.",
    ],
)
def test_a_labels_own_word_or_a_word_for_none_picks_no_choice_unasked(text: str) -> None:
    assert "konfession" not in read_fields(KIRCHE, text, "sonntags")


def test_a_choice_named_beside_the_labels_word_is_still_picked_unasked() -> None:
    found = read_fields(
        KIRCHE, "Ja. Ich bin katholisch, falls das für die Kirche zählt.", "sonntags"
    )
    assert found.get("konfession") == ("answered", "katholisch")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ich habe ein Auto, wohne in Lachendorf", "eigenes Auto"),
        ("mit meinem Auto", "eigenes Auto"),
        ("Bus, ich habe kein Auto", "Bus"),
    ],
)
def test_having_the_thing_picks_the_choice_of_ones_own(text: str, value: str) -> None:
    assert read_fields(KIRCHE, text, "anreise").get("anreise") == ("answered", value)


def test_a_choices_words_in_english_without_their_ending_name_it() -> None:
    job = JobSpec(
        title="Sarta di scena – Teatro Civico, Genova",
        fields=(
            FieldSpec(
                key="macchina", label="Macchina", type="single_choice",
                choices=("macchina domestica", "macchina industriale", "taglia-cuci"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "domestic, a Singer", "macchina")["macchina"] == (
        "answered",
        "macchina domestica",
    )
    assert read_fields(job, "industrial ones mostly", "macchina")["macchina"] == (
        "answered",
        "macchina industriale",
    )


RACCONTO = JobSpec(
    title="Facchino/a – Traslochi Veloci, Torino",
    fields=(
        FieldSpec(
            key="difficile", label="Un trasloco difficile", type="long_text",
            question="Raccontaci un trasloco difficile e come l'avete gestito.",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Preferirei raccontarlo a voce al colloquio.",
        "I'd prefer to go through that one in person if that's alright.",
        "Prefiero contarlo en persona si me llamáis.",
        "Je préfère vous l'expliquer de vive voix",
        "Das würde ich lieber persönlich erzählen",
    ],
)
def test_a_story_kept_for_telling_in_person_is_declined(text: str) -> None:
    assert read_fields(RACCONTO, text, "difficile")["difficile"][0] == "declined"


def test_working_in_person_is_no_refusal() -> None:
    job = JobSpec(
        title="Receptionist",
        fields=(
            FieldSpec(
                key="modo", label="Work mode", type="single_choice",
                choices=("on-site", "remote"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "I prefer working in person, on-site", "modo")["modo"] == (
        "answered",
        "on-site",
    )


def test_never_done_so_nothing_to_tell_is_none() -> None:
    text = "Non ne ho mai fatti, quindi non saprei cosa raccontare."
    assert read_fields(RACCONTO, text, "difficile")["difficile"][0] == "none"


RILEVATORE = JobSpec(
    title="Rilevatore/trice – Ricerche Sud, Napoli",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza come intervistatore/rilevatore (anni)", type="years",
            question="Quanti anni di esperienza hai come intervistatore?",
        ),
        FieldSpec(key="ore", label="Ore settimanali", type="hours_per_week"),
        FieldSpec(key="clienti", label="Contatto con i clienti", type="long_text"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mai fatto, però ho lavorato tre anni come promoter nei centri commerciali", "none"),
        ("Mai fatto il rilevatore, però 3 anni come intervistatore telefonico", "answered"),
    ],
)
def test_years_of_other_work_beside_a_never_of_this_are_none(text: str, status: str) -> None:
    assert read_fields(RILEVATORE, text, "anni")["anni"][0] == status


async def test_a_correction_of_one_field_lets_no_none_replace_another() -> None:
    state, _ = start(RILEVATORE)
    state = await reply(state, RILEVATORE, "anni", "4 anni come intervistatore porta a porta")
    state = await reply(state, RILEVATORE, "ore", "Una quindicina")
    text = (
        "Nessuno, da rilevatore non ho mai avuto clienti. "
        "Ah, e per le ore mi sono sbagliato: sono 20, non 15."
    )
    state = await reply(state, RILEVATORE, "clienti", text)
    assert state.fields["anni"].value == 4
    assert state.fields["ore"].value == 20


def test_a_number_restated_after_another_fields_correction_is_not_taken() -> None:
    job = JobSpec(
        title="Conductor/a de tráiler – Transportes Norte, Monterrey",
        fields=(
            FieldSpec(key="anos", label="Experiencia manejando tráiler (años)", type="years"),
            FieldSpec(key="dias", label="Días seguidos fuera de casa (días)", type="number"),
        ),
    )
    text = "Doce días sin problema. Y una corrección: no son ocho años de experiencia, son nueve."
    assert read_fields(job, text, "dias")["dias"] == ("answered", 12)


def test_a_count_not_known_and_never_done_is_vague_not_none() -> None:
    job = JobSpec(
        title="Tecnico fibra – Reti Nord, Milano",
        fields=(FieldSpec(key="attivazioni", label="Attivazioni al giorno", type="number"),),
    )
    found = read_fields(job, "Non saprei proprio, non l'ho mai fatto.", "attivazioni")
    assert found["attivazioni"][0] == "vague"


def test_a_choice_opening_the_reply_with_a_hedge_is_the_pick() -> None:
    job = JobSpec(
        title="Event waiter",
        fields=(
            FieldSpec(
                key="style", label="Service style", type="single_choice",
                choices=("silver service", "plated", "canapés and buffet"),
            ),
        ),
    )  # fmt: skip
    text = "Canapés and buffet I think, I'd be nervous doing silver service straight away"
    assert read_fields(job, text, "style")["style"] == ("answered", "canapés and buffet")


FRUEH = JobSpec(
    title="Fahrer/in Frühtour – Bäckerei Korn, Passau",
    fields=(
        FieldSpec(
            key="beginn", label="Tourbeginn", type="single_choice",
            choices=("3:00 Uhr", "4:00 Uhr", "5:00 Uhr"),
            question="Ab wann können Sie starten: 3:00, 4:00 oder 5:00 Uhr?",
        ),
        FieldSpec(
            key="samstag", label="Samstagsdienst", type="yes_no",
            question="Can you work on Saturdays?",
        ),
        FieldSpec(
            key="umfang", label="Stellenumfang", type="single_choice",
            choices=("50 %", "80 %", "100 %"),
        ),
        FieldSpec(key="tage", label="Tage am Stück (Tage)", type="number"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lieber erst um 5", "5:00 Uhr"),
        ("Okay, 4 Uhr bekomme ich hin", "4:00 Uhr"),
        ("5 am. Earlier is not possible because of the first tram", "5:00 Uhr"),
    ],
)
def test_a_time_of_day_choice_is_named_by_its_hour(text: str, value: str) -> None:
    assert read_fields(FRUEH, text, "beginn")["beginn"] == ("answered", value)


def test_two_hours_said_name_no_time_of_day_choice() -> None:
    assert read_fields(FRUEH, "nicht um 3, lieber um 5", "beginn")["beginn"][0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"), [("temps plein", "100 %"), ("Plutôt mi-temps.", "50 %")]
)
def test_full_and_half_time_name_their_share(text: str, value: str) -> None:
    assert read_fields(FRUEH, text, "umfang")["umfang"] == ("answered", value)


def test_saturdays_are_tricky_is_a_no() -> None:
    found = read_fields(FRUEH, "Saturdays are tricky because I play netball", "samstag")
    assert found["samstag"] == ("answered", False)


def test_a_fortnight_in_portuguese_is_fifteen() -> None:
    assert read_fields(FRUEH, "uma quinzena", "tage")["tage"] == ("answered", 15)


def test_the_portuguese_no_before_a_choice_is_in_the() -> None:
    job = JobSpec(
        title="Tripulante – Pesca Sul, Itajaí",
        fields=(
            FieldSpec(
                key="funcao", label="Função a bordo", type="single_choice",
                choices=("convés", "cozinha de bordo", "máquinas"),
                question="Em que função prefere trabalhar: convés, cozinha de bordo ou máquinas?",
            ),
        ),
    )  # fmt: skip
    text = "No convés, mas se precisar ajudo na cozinha."
    assert read_fields(job, text, "funcao")["funcao"] == ("answered", "convés")


def test_tricky_but_not_sure_yet_is_vague() -> None:
    text = "Saturdays are a bit tricky, I play football in a club... not sure yet"
    assert read_fields(FRUEH, text, "samstag")["samstag"][0] == "vague"


@pytest.mark.parametrize(
    "text", ["No lagar. Ah não, desculpe, queria dizer corte.", "Lagar, não, desculpe, corte."]
)
def test_a_choice_said_after_a_slip_in_the_same_reply_wins(text: str) -> None:
    job = JobSpec(
        title="Vindima – Quinta do Vale, Douro",
        fields=(
            FieldSpec(
                key="tarefa", label="Tarefa", type="single_choice",
                choices=("corte", "transporte de cestos", "lagar"),
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "tarefa")["tarefa"] == ("answered", "corte")
