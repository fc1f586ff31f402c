"""An open text question answered ahead, and the days of a week said unasked.

A candidate who thinks the question asked is already answered replies to the next one.
When that next question is an open text one, any words could answer it, so only the
model's judgement reads the reply ahead: it is understood as if the text question had
been asked. The question asked stays open and is asked again. The scripted engine here
calls a reply "specific" only for the question named in its ``answers`` argument.
"""

from __future__ import annotations

import pytest

from server.engine.base import Engine, RulesOnly
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, TurnResult, start, take_turn
from tests.helpers.reading import answering_engine, judging_engine, read_fields

PARQUET = JobSpec(
    title="Posatore/posatrice di parquet – Legni Rossi, Verona",
    description="Posa di parquet e battiscopa in appartamenti e uffici.",
    fields=(
        FieldSpec(
            key="patente", label="Patente B", type="yes_no",
            question="Hai la patente B?",
        ),
        FieldSpec(
            key="giorni", label="Giorni lavorativi a settimana", type="number",
            question="Quanti giorni a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="attrezzi", label="Attrezzi elettrici", type="short_text",
            question="Quali attrezzi elettrici sai usare?",
        ),
        FieldSpec(
            key="perche", label="Perché noi", type="long_text", required=False,
            question="Perché vorresti lavorare con noi?",
        ),
    ),
)  # fmt: skip

JARDIN = JobSpec(
    title="Jardinero/a de mantenimiento – Verde Sur, Sevilla",
    description="Mantenimiento de jardines de comunidades de vecinos.",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice", choices=("mañana", "tarde"),
            question="¿Qué turno prefieres: mañana o tarde?",
        ),
        FieldSpec(
            key="maquinas", label="Maquinaria", type="short_text",
            question="¿Qué maquinaria de jardín sabes manejar?",
        ),
        FieldSpec(
            key="poda", label="Poda en altura", type="long_text",
            question="Cuéntanos cómo podaste un árbol alto: qué hiciste y con qué equipo.",
        ),
    ),
)  # fmt: skip


async def _reply(
    job: JobSpec,
    asked: str,
    text: str,
    engine: Engine | None = None,
    state: InterviewState | None = None,
) -> TurnResult:
    if state is None:
        state, _ = start(job)
    state = state.model_copy(update={"asked": asked})
    return await take_turn(engine or answering_engine("attrezzi elettrici"), job, state, text)


@pytest.mark.parametrize(
    "text",
    ["troncatrice, avvitatore e livella laser", "Flex, trapano a percussione, levigatrice"],
)
async def test_a_short_text_answered_ahead_is_kept_and_the_question_asked_again(
    text: str,
) -> None:
    state, _ = start(PARQUET)
    state.fields["patente"] = state.fields["patente"].model_copy(
        update={"status": "answered", "value": True, "evidence": "sì"}
    )
    result = await _reply(PARQUET, "giorni", text, state=state)
    assert result.state.fields["attrezzi"].status == "answered"
    assert text.split()[-1] in str(result.state.fields["attrezzi"].value)
    assert result.state.fields["giorni"].status == "vague"
    assert result.standing.asking == "giorni"  # the days are asked again


async def test_a_story_answered_ahead_to_an_open_question_is_kept() -> None:
    state, _ = start(JARDIN)
    state.fields["maquinas"] = state.fields["maquinas"].model_copy(
        update={"status": "answered", "value": "desbrozadora", "evidence": "desbrozadora"}
    )
    text = (
        "Un pino de doce metros en una comunidad: subí con arnés y cuerda, corté por tramos "
        "y bajé las ramas con polea."
    )
    result = await _reply(JARDIN, "turno", text, answering_engine("podaste un árbol alto"), state)
    assert result.state.fields["poda"].status == "answered"
    assert result.state.fields["turno"].status != "answered"


async def test_a_choice_picked_from_the_next_questions_answer_gives_way_to_it() -> None:
    # The model picks "tarde" from a list of machines; the machines are asked next.
    engine = answering_engine("maquinaria de jardín", picks="tarde")
    result = await _reply(JARDIN, "turno", "Desbrozadora, cortasetos y motosierra", engine)
    assert result.state.fields["maquinas"].status == "answered"
    assert result.state.fields["turno"].status == "vague"
    assert result.standing.asking == "turno"


async def test_a_choice_picked_from_a_reply_naming_it_stands() -> None:
    engine = answering_engine("maquinaria de jardín", picks="tarde")
    result = await _reply(JARDIN, "turno", "Por la tarde, con la desbrozadora", engine)
    assert result.state.fields["turno"].value == "tarde"
    assert result.state.fields["maquinas"].status == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Quali attrezzi intendete?",  # a question
        "Non so, dipende",  # not knowing
        "Dipende dalla settimana",  # about the days asked
    ],
)
async def test_no_text_is_read_ahead_from_a_question_not_knowing_or_the_asked_subject(
    text: str,
) -> None:
    result = await _reply(PARQUET, "giorni", text, engine=answering_engine("Quali"))
    assert result.state.fields["attrezzi"].status == "missing"


async def test_no_text_is_read_ahead_the_model_does_not_judge_an_answer() -> None:
    result = await _reply(
        PARQUET, "giorni", "mah, vediamo", engine=answering_engine("nessuna domanda")
    )
    assert result.state.fields["attrezzi"].status == "missing"


async def test_no_text_is_read_ahead_without_the_model() -> None:
    result = await _reply(
        PARQUET, "giorni", "troncatrice, avvitatore e livella laser", engine=RulesOnly()
    )
    assert result.state.fields["attrezzi"].status == "missing"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Sì, ho la patente. Lavoro dal lunedì al venerdì, otto ore", 5),
        ("Sì, e tutti i giorni tranne la domenica", 6),
    ],
)
def test_the_days_of_a_week_said_unasked_answer_a_days_a_week_field(text: str, days: int) -> None:
    assert read_fields(PARQUET, text, "patente")["giorni"] == ("answered", days)


@pytest.mark.parametrize(
    "text",
    [
        "Sì, posso iniziare lunedì",  # one day: a date, not a week
        "Sì, ma il sabato e la domenica no",  # days left out
        "Sì, e il parquet lo poso tutti i giorni da anni",  # how often, not a week offered
    ],
)
def test_one_day_or_days_left_out_unasked_are_no_days_a_week(text: str) -> None:
    assert "giorni" not in read_fields(PARQUET, text, "patente")


@pytest.mark.parametrize(
    "text",
    ["Per tanti motivi, diciamo", "Aus vielen Gründen.", "For lots of reasons really"],
)
def test_many_reasons_and_none_told_leave_an_open_question_vague(text: str) -> None:
    assert read_fields(PARQUET, text, "perche")["perche"] == ("vague", None)


def test_many_reasons_with_one_told_are_not_vague() -> None:
    assert "perche" not in read_fields(PARQUET, "Per tanti motivi, soprattutto il legno", "perche")


@pytest.mark.parametrize(
    "text",
    [
        "Vicino, accanto al magazzino",  # the question's own word: how far from the warehouse
        "Di solito preferisco lavorare quattro giorni",  # a preference: about the days asked
    ],
)
async def test_a_reply_in_the_asked_questions_words_or_a_preference_is_not_read_ahead(
    text: str,
) -> None:
    job = JobSpec(
        title=PARQUET.title,
        description=PARQUET.description,
        fields=(
            FieldSpec(
                key="distanza", label="Distanza dal magazzino (km)", type="number",
                question="Quanti chilometri abiti dal nostro magazzino?",
            ),
            *PARQUET.fields[2:],
        ),
    )  # fmt: skip
    result = await _reply(job, "distanza", text, answering_engine("attrezzi elettrici"))
    assert result.state.fields["attrezzi"].status == "missing"


@pytest.mark.parametrize(
    "text", ["Cerca.", "Abbastanza vicino", "Not far at all", "It's a fair way, I'd have to check."]
)
async def test_near_or_far_to_a_distance_question_is_not_read_ahead(text: str) -> None:
    job = JobSpec(
        title=PARQUET.title,
        description=PARQUET.description,
        fields=(
            FieldSpec(
                key="km", label="Distanza (km)", type="number",
                question="Quanti chilometri fai per venire?",
            ),
            *PARQUET.fields[2:],
        ),
    )  # fmt: skip
    result = await _reply(job, "km", text, answering_engine("attrezzi elettrici"))
    assert result.state.fields["attrezzi"].status == "missing"


@pytest.mark.parametrize("text", ["5 notti.", "cinque giorni", "about 20"])
async def test_a_number_with_a_word_answers_no_open_question(text: str) -> None:
    result = await _reply(PARQUET, "perche", text, answering_engine("Perché vorresti"))
    assert result.state.fields["perche"].status != "answered"


async def test_an_emergency_number_with_a_word_may_answer_an_open_question() -> None:
    result = await _reply(PARQUET, "perche", "112 subito", answering_engine("Perché vorresti"))
    assert result.state.fields["perche"].status == "answered"


async def test_a_reply_sharing_a_stem_with_a_choice_is_not_read_ahead() -> None:
    job = JobSpec(
        title="Civil enforcement officer",
        description="Parking patrols on foot.",
        fields=(
            FieldSpec(
                key="shift", label="Preferred shift", type="single_choice",
                choices=("early (7am-3pm)", "late (11am-7pm)", "no preference"),
                question="Which shift would you prefer: early, late, or no preference?",
            ),
            FieldSpec(
                key="area", label="Home area", type="short_text",
                question="Which part of town do you live in?",
            ),
        ),
    )  # fmt: skip
    result = await _reply(job, "shift", "earlies please", answering_engine("part of town"))
    assert result.state.fields["area"].status == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Whichever is easiest by bus from the station... the town centre one I guess",
        "Egal welche, hauptsache mit dem Bus gut erreichbar von zu Hause aus",
    ],
)
async def test_any_of_them_said_to_a_choice_is_not_read_ahead(text: str) -> None:
    job = JobSpec(
        title="Metzgereifachverkäufer/in",
        description="Bedientheke in drei Filialen.",
        fields=(
            FieldSpec(
                key="filiale", label="Wunschfiliale", type="single_choice",
                choices=("Altstadt", "Kumpfmühl", "Neutraubling"),
                question="In welcher Filiale möchten Sie arbeiten?",
            ),
            FieldSpec(
                key="start", label="Frühester Eintrittstermin", type="short_text",
                question="Ab wann können Sie anfangen?",
            ),
        ),
    )  # fmt: skip
    result = await _reply(job, "filiale", text, answering_engine("anfangen"))
    assert result.state.fields["start"].status == "missing"


async def test_a_choice_the_model_picked_outweighs_a_yes_read_ahead() -> None:
    job = JobSpec(
        title="Monteur pneus",
        description="Montage et équilibrage.",
        fields=(
            FieldSpec(
                key="debut", label="Date de début", type="single_choice",
                choices=("immédiatement", "sous 2 semaines", "dans un mois ou plus"),
                question="À partir de quand pouvez-vous commencer ?",
            ),
            FieldSpec(
                key="samedi", label="Disponible le samedi", type="yes_no",
                question="Êtes-vous disponible le samedi ?",
            ),
        ),
    )  # fmt: skip
    engine = answering_engine("aucune", picks="immédiatement")
    result = await _reply(job, "debut", "Je peux commencer tout de suite.", engine)
    assert result.state.fields["debut"].value == "immédiatement"
    assert result.state.fields["samedi"].status == "missing"


CANTIERE = JobSpec(
    title="Manovale – Edilizia Bianchi, Bergamo",
    description="Aiuto in cantiere.",
    fields=(
        FieldSpec(
            key="contratto", label="Contratto", type="single_choice",
            choices=("tempo determinato", "tempo indeterminato"),
            question="Che contratto cerchi?",
        ),
        FieldSpec(
            key="preavviso", label="Preavviso (giorni)", type="number",
            question="Con quanti giorni di preavviso puoi iniziare?",
        ),
        FieldSpec(
            key="attrezzi", label="Attrezzi elettrici", type="short_text",
            question="Quali attrezzi elettrici sai usare?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Pochi",  # few: a number said without one
        "Non importa, fate voi",  # indifferent to the question asked
        "Quello che proponete, va bene",  # left to the employer
        "Dove serve, davvero",  # wherever needed
        "Posso iniziare lunedì prossimo",  # a time, asked the notice in days
        "Allora tempo indeterminato, ci ho ripensato",  # another choice question's answer
        "Ho lavorato tre anni in un cantiere a Treviglio e prima ancora in un'impresa di "
        "pulizie, poi mi sono trasferito qui per stare vicino alla famiglia",  # no short text
    ],
)
async def test_replies_about_another_question_are_not_read_ahead_as_short_text(text: str) -> None:
    state, _ = start(CANTIERE)
    state.fields["contratto"] = state.fields["contratto"].model_copy(
        update={"status": "answered", "value": "tempo determinato", "evidence": "determinato"}
    )
    result = await _reply(
        CANTIERE, "preavviso", text, answering_engine("attrezzi elettrici"), state
    )
    assert result.state.fields["attrezzi"].status == "missing"


async def test_a_list_of_tools_is_still_read_ahead_while_the_notice_is_asked() -> None:
    state, _ = start(CANTIERE)
    state.fields["contratto"] = state.fields["contratto"].model_copy(
        update={"status": "answered", "value": "tempo determinato", "evidence": "determinato"}
    )
    text = "flessibile, trapano e avvitatore"
    result = await _reply(
        CANTIERE, "preavviso", text, answering_engine("attrezzi elettrici"), state
    )
    assert result.state.fields["attrezzi"].status == "answered"


@pytest.mark.parametrize(
    "text", ["Uh, un buen rato ya, desde chavo.", "Oh, ages, since I was a kid"]
)
async def test_a_long_time_said_for_years_is_not_read_ahead(text: str) -> None:
    job = JobSpec(
        title="Ayudante de mecánico",
        description="Taller de barrio.",
        fields=(
            FieldSpec(
                key="anos", label="Años de experiencia", type="years",
                question="¿Cuántos años llevas en talleres?",
            ),
            FieldSpec(
                key="empresa", label="Última empresa", type="short_text",
                question="¿Cuál fue tu última empresa?",
            ),
        ),
    )  # fmt: skip
    result = await _reply(job, "anos", text, answering_engine("última empresa"))
    assert result.state.fields["empresa"].status == "missing"


async def test_a_work_samples_reason_is_not_read_ahead_from_a_reply_to_its_pick() -> None:
    job = JobSpec.model_validate(
        {
            "title": "AI response rater",
            "description": "Compare model outputs.",
            "fields": [],
            "work_samples": [
                {
                    "kind": "compare",
                    "key": "summary",
                    "prompt": "Summarise: the council voted on Monday to repair the bridge.",
                    "response_a": "On Monday in Paris, the council voted to rebuild the bridge.",
                    "response_b": "The council voted on Monday to repair the bridge.",
                    "gold": "B",
                }
            ],
        }
    )
    state, _ = start(job)
    pick = state.asked or ""
    text = "The one that keeps to the facts and adds nothing to them."
    result = await _reply(job, pick, text, judging_engine("specific"), state)
    assert all(f.status == "missing" for k, f in result.state.fields.items() if k != pick)
