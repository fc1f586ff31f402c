"""A story for the open question to come, given while a shorter question is asked.

A candidate who thinks the question asked is done (an earlier reply to it was not read)
answers the open question that comes next, often a scenario. A long reply that shares no
word with the question asked and at least one with the open question is read as that
one's answer; the question asked stays open and is asked again, rather than holding the
story as its value. The scripted engine calls every reply "specific", as the default model
did for these stories under a start date and a musical instrument.
"""

from __future__ import annotations

import pytest

from server.engine.base import Engine, RulesOnly
from server.interview.default_job import DEFAULT_JOB
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start
from tests.helpers.reading import judging_engine
from tests.helpers.reading import reply as reply_on

CANNAGE = JobSpec(
    title="Aide cannier-rempailleur (H/F) – Atelier de la Cascade, Millau",
    description="Réfection d'assises cannées et paillées pour des particuliers.",
    fields=(
        FieldSpec(
            key="permis", label="Permis B", type="yes_no", required=False,
            question="Avez-vous le permis B pour les livraisons ?",
        ),
        FieldSpec(
            key="debut", label="Date de début", type="short_text", required=False,
            question="À partir de quand pourriez-vous commencer ?",
        ),
        FieldSpec(
            key="chaise", label="Cadre fendu", type="long_text",
            question=(
                "Une cliente apporte une chaise ancienne : en déposant le cannage, vous "
                "découvrez que le cadre est fendu. Que faites-vous ?"
            ),
        ),
    ),
)  # fmt: skip

LIUTERIA = JobSpec(
    title="Assistente di bottega liutaria – Bottega Ferri, Cremona",
    description="Aiuto in bottega: preparazione dei legni, verniciatura, riparazioni.",
    fields=(
        FieldSpec(
            key="strumento", label="Strumento suonato", type="short_text", required=False,
            question="Suona uno strumento? Quale?",
        ),
        FieldSpec(
            key="tavola", label="Tavola scollata", type="long_text",
            question=(
                "Un violinista porta un violino con la tavola scollata e lo vuole per domani "
                "sera. Il maestro è fuori bottega. Cosa fa?"
            ),
        ),
    ),
)  # fmt: skip


async def reply(
    job: JobSpec, asked: str, text: str, engine: Engine | None = None, misses: int = 0
) -> InterviewState:
    """The state after ``text`` to ``asked`` (asked ``misses`` times before without an
    answer), on a judge that calls every reply "specific" unless ``engine`` is given."""
    state, _ = start(job)
    state.fields[asked] = state.fields[asked].model_copy(update={"misses": misses})
    return await reply_on(state, job, asked, text, engine or judging_engine("specific"))


@pytest.mark.parametrize(
    ("job", "asked", "text", "story"),
    [
        (
            CANNAGE, "debut",
            "Je préviens l'artisane avant de toucher à quoi que ce soit, et on appelle la "
            "cliente pour lui expliquer que le cadre doit être réparé d'abord.",
            "chaise",
        ),
        (
            LIUTERIA, "strumento",
            "Direi al violinista che deve decidere il maestro quando torna, ma che di solito "
            "è un lavoro di un giorno.",
            "tavola",
        ),
    ],
)  # fmt: skip
async def test_a_story_for_the_open_question_answers_it_and_the_question_asked_stays_open(
    job: JobSpec, asked: str, text: str, story: str
) -> None:
    fields = (await reply(job, asked, text)).fields
    assert fields[story].status == "answered"
    assert fields[story].value == text
    assert fields[asked].status == "missing"  # asked again, or left for the summary


@pytest.mark.parametrize(
    ("job", "asked", "text"),
    [
        # The question asked is answered, in as many words as the story would take.
        (
            CANNAGE, "debut",
            "Je peux commencer dès le premier mars, une fois mon contrat chez le tapissier "
            "terminé, avec la cliente de là-bas prévenue.",
        ),
        # It names the thing the question asks about.
        (
            LIUTERIA, "strumento",
            "Suono il violino da quando ero bambino, ho fatto anche il conservatorio per "
            "qualche anno prima della bottega.",
        ),
        # Short: a short answer may say anything.
        (LIUTERIA, "strumento", "Il violino, come il maestro."),
        # A yes or a no answers the question asked.
        (
            CANNAGE, "permis",
            "Oui, je l'ai depuis deux ans et je peux livrer les chaises chez la cliente "
            "sans problème.",
        ),
    ],
)  # fmt: skip
async def test_a_long_answer_to_the_question_asked_stays_with_it(
    job: JobSpec, asked: str, text: str
) -> None:
    fields = (await reply(job, asked, text)).fields
    assert fields[asked].status == "answered"
    assert not fields[next(f.key for f in job.fields if f.type == "long_text")].complete


MANEGE = JobSpec(
    title="Manegenhelfer/in – Circus Albertini",
    description="Requisite und Umbauten zwischen den Nummern.",
    fields=(
        FieldSpec(
            key="pferde", label="Erfahrung mit Pferden", type="yes_no", required=False,
            question="Haben Sie Erfahrung im Umgang mit Pferden?",
        ),
        FieldSpec(
            key="gurt", label="Ausgefranster Gurt", type="long_text",
            question="Beim Umbau bemerken Sie, dass ein Spanngurt am Sicherheitsnetz des "
            "Trapezes ausgefranst ist. Was tun Sie?",
        ),
    ),
)  # fmt: skip


async def test_a_story_naming_the_tail_of_a_compound_of_the_open_question_answers_it() -> None:
    text = "Ich sag sofort dem Chef Bescheid, und das Netz wird nicht ohne neuen Gurt benutzt."
    fields = (await reply(MANEGE, "pferde", text)).fields
    assert fields["gurt"].status == "answered"
    assert fields["pferde"].status == "missing"  # no "nein" from its "nicht"


async def test_without_a_model_the_story_still_answers_nothing_asked() -> None:
    text = "Ich sag sofort dem Chef Bescheid, und das Netz wird nicht ohne neuen Gurt benutzt."
    fields = (await reply(MANEGE, "pferde", text, RulesOnly())).fields
    assert fields["pferde"].status == "missing"


BOTTAIA = JobSpec(
    title="Aiuto bottaio – Bottaia Rovere, Canelli",
    description="Costruzione e riparazione di botti.",
    fields=(
        FieldSpec(
            key="macchine", label="Macchine per il legno", type="single_choice",
            choices=("nessuna", "solo attrezzi manuali", "macchine tradizionali"),
            question="Quali macchine per il legno sai usare?",
        ),
        FieldSpec(
            key="sabato", label="Sabato in vendemmia", type="yes_no",
            question="In vendemmia saresti disponibile anche il sabato?",
        ),
        FieldSpec(
            key="perde", label="Barrique che perde", type="long_text",
            question="Durante la prova di tenuta una barrique perde acqua tra due doghe. "
            "Come procedi?",
        ),
    ),
)  # fmt: skip


async def test_a_story_answers_the_open_question_with_others_between_once_asked_again() -> None:
    text = (
        "La riempio di nuovo con acqua calda, aspetto che le doghe si gonfino e ricontrollo; "
        "se continua a perdere, allento il cerchio di testa e ribatto."
    )
    fields = (await reply(BOTTAIA, "macchine", text, misses=1)).fields
    assert fields["perde"].status == "answered"
    assert fields["macchine"].status != "answered"
    # Asked for the first time, the questions between are still to come: no reading ahead.
    first = (await reply(BOTTAIA, "macchine", text)).fields
    assert first["perde"].status == "missing"


async def test_a_value_the_question_s_own_reader_found_stays_with_it() -> None:
    text = (
        "Modération de contenu et red teaming chez TELUS International, et un peu de "
        "rédaction de prompts sur Mercor."
    )
    fields = (await reply(DEFAULT_JOB, "ai_training_experience", text, RulesOnly())).fields
    assert fields["ai_training_experience"].status == "answered"
    assert fields["motivation"].status == "missing"
