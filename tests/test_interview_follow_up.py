"""One follow-up after a rubric question's answer that seems to leave a key point out.

The follow-up invites more without naming the rubric; the reply adds to the answer the
judge reads, "no, that's all" keeps the answer as it was, and nobody is asked twice.
"""

from __future__ import annotations

import json

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.turn import InterviewState, start, take_turn

POINTS = (
    "Checks the label guidelines before deciding",
    "Asks a reviewer when the case stays unclear",
    "Writes down why the label was chosen",
)

JOB = JobSpec(
    title="Data labeller",
    fields=(FieldSpec(key="weekly_hours", label="Hours per week", type="hours_per_week"),),
    custom_questions=(
        CustomQuestion(
            key="hard_case",
            question="How do you handle an item you are unsure how to label?",
            rubric=POINTS,
        ),
        CustomQuestion(key="why", question="Why this job?", required=False),
    ),
)

# A Spanish job: the follow-up speaks the job's language.
JOB_ES = JobSpec(
    title="Etiquetador de datos",
    description="Trabajo desde casa etiquetando imágenes para un almacén.",
    custom_questions=(
        CustomQuestion(
            key="caso",
            question="¿Qué haces cuando no sabes qué etiqueta poner a una imagen?",
            rubric=("Consulta las guías de etiquetado", "Pregunta a un revisor"),
        ),
    ),
)


def answering(request: GenerationRequest) -> str:
    """The model calls every open reply specific and an answer to its question."""
    props = (request.schema or {}).get("properties", {})
    if "kind" in props:
        return json.dumps({"kind": "answer"})
    return json.dumps({"label": "specific"})


async def say(job: JobSpec, state: InterviewState, text: str) -> tuple[InterviewState, str]:
    result = await take_turn(ScriptedEngine(responder=answering), job, state, text)
    return result.state, result.reply


async def at_question(job: JobSpec, key: str) -> InterviewState:
    state, _ = start(job)
    if state.asked != key:
        state, _ = await say(job, state, "20 hours a week")
    assert state.asked == key
    return state


async def test_an_answer_missing_a_point_gets_one_follow_up_that_hides_the_rubric() -> None:
    state = await at_question(JOB, "hard_case")
    state, reply = await say(JOB, state, "I read the label guidelines again and then decide.")
    assert "anything you would add" in reply
    for point in POINTS:
        for word in ("reviewer", "Writes down", point):
            assert word.casefold() not in reply.casefold()
    assert state.asked == "hard_case" and state.follow_up == "hard_case"
    assert state.fields["hard_case"].status == "answered"

    state, reply = await say(JOB, state, "When it stays unclear I ask a reviewer on the team.")
    answer = state.fields["hard_case"].value
    assert answer.startswith("I read the label guidelines again and then decide.")
    assert answer.endswith("When it stays unclear I ask a reviewer on the team.")
    assert state.fields["hard_case"].evidence == answer
    assert state.follow_up is None and state.followed_up == ["hard_case"]
    assert state.asked == "why" and "anything you would add" not in reply


async def test_nothing_to_add_keeps_the_answer_and_moves_on() -> None:
    state = await at_question(JOB, "hard_case")
    first = "I read the label guidelines again and then decide."
    state, _ = await say(JOB, state, first)
    state, reply = await say(JOB, state, "No, that's all.")
    assert state.fields["hard_case"].status == "answered"
    assert state.fields["hard_case"].value == first
    assert state.asked == "why"
    assert "anything you would add" not in reply


async def test_an_answer_touching_every_point_is_not_followed_up() -> None:
    state = await at_question(JOB, "hard_case")
    state, reply = await say(
        JOB,
        state,
        "I check the guidelines, ask a reviewer when the case stays unclear and write down"
        " why I chose the label.",
    )
    assert state.follow_up is None and state.followed_up == []
    assert state.asked == "why" and "anything you would add" not in reply


async def test_a_question_without_a_rubric_is_never_followed_up() -> None:
    state = await at_question(JOB, "hard_case")
    state, _ = await say(JOB, state, "I check the guidelines, ask a reviewer and write it down.")
    state, reply = await say(JOB, state, "I like careful work.")
    assert state.fields["why"].status == "answered"
    assert "anything you would add" not in reply and state.follow_up is None


async def test_a_question_is_followed_up_once_even_when_answered_again() -> None:
    state = await at_question(JOB, "hard_case")
    state, _ = await say(JOB, state, "I read the label guidelines again and then decide.")
    state, _ = await say(JOB, state, "Nothing more.")
    # Back to the question later (a correction): no second follow-up.
    state = state.model_copy(update={"asked": "hard_case"})
    state, reply = await say(JOB, state, "Actually, I would first look at similar items.")
    assert "anything you would add" not in reply
    assert state.followed_up == ["hard_case"]


async def test_the_follow_up_speaks_the_jobs_language() -> None:
    state, _ = start(JOB_ES)
    state, reply = await say(JOB_ES, state, "Miro las guías otra vez y decido yo misma.")
    assert state.follow_up == "caso"
    assert "revisor" not in reply
    assert "añadir" in reply, reply


async def test_an_older_state_without_follow_up_keys_loads() -> None:
    state, _ = start(JOB)
    dumped = state.model_dump(mode="json")
    del dumped["follow_up"], dumped["followed_up"]
    again = InterviewState.model_validate(dumped)
    assert again.follow_up is None and again.followed_up == []
