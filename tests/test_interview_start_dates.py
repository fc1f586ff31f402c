"""A short text question asking when (a start date) is answered by any reply that says a
time: a month or day by name, a date, "straight away", "in two weeks", "a month's
notice". The model had called "Straight away, I'm not working at the mo" vague. A reply
with no time still goes to the model, which here (a scripted engine) calls it vague."""

from __future__ import annotations

import pytest

from server.interview.readers.free_text import asks_when, names_a_time
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import reply

SCAFFOLD = JobSpec(
    title="Scaffolding labourer",
    description="Carrying and passing tubes and boards on building sites.",
    fields=(
        FieldSpec(
            key="start", label="Earliest start date", type="short_text",
            question="When is the earliest you could start?",
        ),
        FieldSpec(key="area", label="Home area", type="short_text", question="Where do you live?"),
    ),
)  # fmt: skip
VIVERO = JobSpec(
    title="Peón de vivero para la campaña de primavera",
    description="Riego, trasplante y carga de plantas en un vivero de Murcia.",
    fields=(
        FieldSpec(
            key="inicio", label="Fecha de incorporación", type="short_text",
            question="¿Cuándo podrías empezar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("job", "key", "text"),
    [
        (SCAFFOLD, "start", "Straight away, I'm not working at the mo"),
        (SCAFFOLD, "start", "I owe my current place a month's notice, so early March"),
        (VIVERO, "inicio", "Con quince días de preaviso, lo que tarde en avisar"),
        (VIVERO, "inicio", "A partir del lunes si queréis"),
    ],
)
async def test_a_time_answers_a_question_asking_when(job: JobSpec, key: str, text: str) -> None:
    state, _ = start(job)
    state = await reply(state, job, key, text)
    assert state.fields[key].status == "answered"
    assert state.fields[key].value == text  # no model span: the whole reply stands


@pytest.mark.parametrize(
    "text", ["Depends on my notice period", "not sure yet, I'll have to ask my boss"]
)
async def test_a_reply_with_no_time_is_left_to_the_model(text: str) -> None:
    state, _ = start(SCAFFOLD)
    state = await reply(state, SCAFFOLD, "start", text)
    assert state.fields["start"].status != "answered"


async def test_a_time_answers_only_a_question_asking_when() -> None:
    # Guard: "Where do you live?" is not answered by "next week" (the model says vague).
    state, _ = start(SCAFFOLD)
    state = await reply(state, SCAFFOLD, "area", "I'm moving next week")
    assert state.fields["area"].status != "answered"


def test_when_questions_and_times_in_six_languages() -> None:
    assert asks_when(SCAFFOLD.field("start")) and asks_when(VIVERO.field("inicio"))
    assert not asks_when(SCAFFOLD.field("area"))
    for text, lang in [
        ("sofort, ich bin gerade arbeitslos", "de"),
        ("dès la semaine prochaine", "fr"),
        ("daqui a duas semanas", "pt"),
        ("da subito", "it"),
        ("ab dem 1. März", "de"),
    ]:
        assert names_a_time(text, lang), text
    assert not names_a_time("Dipende dal contratto", "it")
