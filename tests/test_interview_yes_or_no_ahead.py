"""A yes or a no given while a choice is asked again answers the yes or no question that
comes next: the candidate thinks the choice done (an earlier reply to it was not read) and
answers on. The choice stays open. Not where the choice is asked as a question a yes
answers in part, nor where a choice itself opens with a yes, nor on the first asking.

The class was seen on a blind job set's first run (stop 42); the jobs and wordings here are
my own.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import InterviewState, start
from tests.helpers.reading import reply as reply_on

FERIA = JobSpec(
    title="Ajudante de barraca de caldo de cana – Feira do Guará",
    description="Moagem de cana e atendimento na feira de domingo.",
    fields=(
        FieldSpec(
            key="funcao", label="Função preferida", type="single_choice",
            choices=("moenda", "caixa", "atendimento", "tanto faz"),
            question="Em qual função você prefere trabalhar: moenda, caixa, atendimento ou "
            "tanto faz?",
        ),
        FieldSpec(
            key="montar", label="Ajuda a montar a barraca", type="yes_no",
            question="Você consegue ajudar a montar e desmontar a barraca às 5h?",
        ),
        FieldSpec(
            key="bairro", label="Bairro onde mora", type="short_text", required=False,
            question="Em que bairro você mora?",
        ),
    ),
)  # fmt: skip

KRANZ = JobSpec(
    title="Aushilfe Christbaumverkauf – Hof Brandt",
    description="Verkauf und Einnetzen von Christbäumen im Dezember.",
    fields=(
        FieldSpec(
            key="bereich", label="Gewünschter Bereich", type="single_choice",
            choices=("Verkauf", "Einnetzen und Tragen", "Kasse"),
            question="In welchem Bereich möchtest du arbeiten: Verkauf, Einnetzen und Tragen "
            "oder Kasse?",
        ),
        FieldSpec(
            key="draussen", label="Arbeit im Freien bei Frost", type="yes_no",
            question="Kannst du ganze Tage draußen bei Frost arbeiten?",
        ),
    ),
)  # fmt: skip

SAW = JobSpec(
    title="Forestry helper",
    description="",
    fields=(
        FieldSpec(
            key="saw", label="Chainsaw experience", type="single_choice",
            choices=("certified", "used at work", "never"),
            question="Have you used a chainsaw: certified, used at work, or never?",
        ),
        FieldSpec(
            key="heights", label="Work at height", type="yes_no",
            question="Are you fine working at height?",
        ),
    ),
)  # fmt: skip

LEVEL = JobSpec(
    title="Aiuto sarta",
    description="",
    fields=(
        FieldSpec(
            key="livello", label="Cucito a macchina", type="single_choice",
            choices=("sì, in autonomia", "sì, con aiuto", "no"),
            question="A che livello cuci a macchina: sì in autonomia, sì con aiuto, o no?",
        ),
        FieldSpec(
            key="sabato", label="Sabato", type="yes_no",
            question="Puoi lavorare il sabato?",
        ),
    ),
)  # fmt: skip


async def reply(job: JobSpec, asked: str, text: str, misses: int) -> InterviewState:
    state, _ = start(job)
    state.fields[asked] = state.fields[asked].model_copy(update={"misses": misses})
    return await reply_on(state, job, asked, text)


@pytest.mark.parametrize(
    ("job", "asked", "text", "ahead", "value"),
    [
        (FERIA, "funcao", "Sim, consigo.", "montar", True),
        (FERIA, "funcao", "Sí, puedo, sin problema.", "montar", True),
        (FERIA, "funcao", "Não, às 5h não dá.", "montar", False),
        (KRANZ, "bereich", "Oui, ça ira, je supporte bien le froid.", "draussen", True),
        (KRANZ, "bereich", "Ja, kein Problem.", "draussen", True),
    ],
)
async def test_a_yes_or_no_while_a_choice_is_asked_again_answers_the_next_yes_or_no(
    job: JobSpec, asked: str, text: str, ahead: str, value: bool
) -> None:
    fields = (await reply(job, asked, text, misses=1)).fields
    assert fields[ahead].status == "answered"
    assert fields[ahead].value is value
    assert fields[asked].status != "answered"


async def test_not_on_the_first_asking() -> None:
    fields = (await reply(FERIA, "funcao", "Sim, consigo.", misses=0)).fields
    assert fields["montar"].status == "missing"


async def test_not_to_a_choice_asked_as_a_question_a_yes_answers_in_part() -> None:
    fields = (await reply(SAW, "saw", "Yes, I have.", misses=1)).fields
    assert fields["heights"].status == "missing"


async def test_not_where_a_choice_itself_opens_with_a_yes() -> None:
    fields = (await reply(LEVEL, "livello", "Sì, certo.", misses=1)).fields
    assert fields["sabato"].status == "missing"


async def test_also_after_replies_that_answered_other_fields() -> None:
    # asked twice, both replies read as other fields' answers: no vague reply, asked again
    state, _ = start(FERIA)
    state.asks["funcao"] = 2
    fields = (await reply_on(state, FERIA, "funcao", "Não.")).fields
    assert fields["montar"].status == "answered"
    assert fields["montar"].value is False
    assert fields["funcao"].status != "answered"
