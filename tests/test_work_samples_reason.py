"""A pick given with its reason in one message answers the reason too, so the interviewer
does not ask "why?" again; a bare pick, or one with filler, still gets the question."""

from __future__ import annotations

import json
from typing import Any

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview import work_samples
from server.interview.readers.pick import read_letters
from server.interview.spec import JobSpec
from server.interview.turn import InterviewState, start, take_turn
from server.interview.understand import read_message
from tests.test_work_samples import COMPARE, job

WHY_QUESTION = "Why is the response you picked the better one?"


@pytest.mark.parametrize(
    "reply",
    [
        "B, because A invents a date that the prompt never gave",
        "B. A adds facts that are not in the prompt.",
        "I pick B because A makes up the month of the vote.",
        "B, A invents Paris",
        "The second one, since the first invents a city",
        "La B: la A se inventa la fecha",
        "Prefiero la B porque la A añade un lugar que no está en el texto",
        "Ich nehme B, weil A ein Datum erfindet",
        "B ist besser, A erfindet eine Stadt",
        "Je choisis la B, car la A invente une date",
        "Je prends la B : la A ajoute Paris, absent du texte.",
        "La B. La A ajoute Paris, absent du texte.",
        "Escolho a B porque a A inventa uma data",
        "Scelgo la B perché la A inventa una data",
        "La B, la A aggiunge Parigi che nel testo non c'è",
    ],
)
def test_a_pick_with_its_reason_answers_both(reply: str) -> None:
    reading = read_message(job(), reply, "summary")
    assert (reading.findings["summary"].status, reading.findings["summary"].value) == (
        "answered",
        "B",
    )
    why = reading.findings["summary_why"]
    # The whole message: the judge reads the pick its "it" refers to, and quotes it as said.
    assert (why.status, why.value, why.evidence) == ("answered", reply, reply)
    assert set(reading.findings) == {"summary", "summary_why"}
    assert reading.unsure is None


@pytest.mark.parametrize(
    ("reply", "pick"),
    [
        ("La B, la A aggiunge Parigi", "B"),
        ("B, A adds a city", "B"),
        ("A; B adds a city", "A"),
        ("Response B. Response A adds a city.", "B"),
        ("Response A: correct. Response B: wrong, it adds a city.", False),
    ],
)
def test_a_letter_opening_the_reply_alone_is_the_pick(reply: str, pick: str | bool) -> None:
    # Two letters named alike: the one the reply opens with, unless each stands alone.
    assert read_letters(("A", "B"), reply) == pick


@pytest.mark.parametrize(
    "reply",
    [
        "B",
        "Response B",
        "la B",
        "I'd go with b",
        "B because it's better",
        "B, it is clearly the better one",
        "B because I just like it more",
        "I'd pick B, I think it's the best response",
        "B is better than A",
        "B, because A is worse",
        "La B, es mejor",
        "Ich nehme B, die ist besser",
        "Je choisis la B, elle est meilleure",
        "Escolho a B, é melhor",
        "Scelgo la B perché è migliore",
    ],
)
def test_a_bare_pick_or_filler_leaves_the_reason_to_ask(reply: str) -> None:
    reading = read_message(job(), reply, "summary")
    assert reading.findings["summary"].value == "B"
    assert "summary_why" not in reading.findings


# Written before their first run: 19 of 20 read right then (one miss: "mi sembra migliore"
# taken for a reason); all 20 now.
HELD_OUT = [
    ("B. The prompt says March and A drops it", True),
    ("B, A puts the vote in Paris, which is made up", True),
    ("B because it is faithful to the source text", True),
    ("B, it's just better", False),
    ("B because it's more accurate", False),
    ("B obviously, A is wrong", False),
    ("Option B: A hallucinates a location", True),
    ("La B, porque la A habla de París y el texto no lo dice", True),
    ("La B porque sí", False),
    ("La B, me parece mejor", False),
    ("B, weil A Paris dazu erfindet", True),
    ("B, finde ich besser", False),
    ("B, weil sie näher am Text bleibt", True),
    ("La B, car elle reste fidèle au texte", True),
    ("La B, je la trouve meilleure", False),
    ("A B, porque a A acrescenta Paris que não está no texto", True),
    ("A B, acho que é melhor", False),
    ("La B, perché la A si inventa Parigi", True),
    ("La B, mi sembra migliore", False),
    ("B, because A adds a detail", True),
]


@pytest.mark.parametrize(("reply", "reason"), HELD_OUT)
def test_reasons_written_apart_from_the_rule(reply: str, reason: bool) -> None:
    reading = read_message(job(), reply, "summary")
    assert reading.findings["summary"].value == "B"
    assert ("summary_why" in reading.findings) is reason


def test_a_reason_about_the_other_letter_still_picks_the_first() -> None:
    reading = read_message(job(), "B, since A is wrong about the year", "summary")
    assert reading.findings["summary"].value == "B"
    assert reading.findings["summary_why"].value == "B, since A is wrong about the year"


def test_the_reason_fills_its_own_samples_reason_and_nothing_else() -> None:
    second = {**COMPARE, "key": "tone", "gold": "A"}
    spec = job(
        custom_questions=[{"key": "motivation", "question": "Why do you want this job?"}],
        work_samples=[COMPARE, second],
    )
    reply = "A, because B invents a date that the prompt never gave"
    reading = read_message(spec, reply, "tone")
    assert set(reading.findings) == {"tone", "tone_why"}
    assert reading.findings["tone"].value == "A"
    # Asked anything but a pick, a reason fills no reason.
    for asked in ("summary_why", "motivation", None):
        assert "tone_why" not in read_message(spec, reply, asked).findings
        assert "summary_why" not in read_message(spec, reply, asked).findings


def test_a_label_item_answered_with_a_reason_fills_no_other_field() -> None:
    reply = "complaint, because the customer says the app keeps crashing"
    reading = read_message(job(), reply, "messages_2")
    assert set(reading.findings) == {"messages_2"}


def test_a_question_beside_the_reason_is_left_out_of_it() -> None:
    reply = "B. A adds Paris, which the prompt never mentions. Is there a time limit?"
    reading = read_message(job(), reply, "summary")
    reason = "B. A adds Paris, which the prompt never mentions."
    assert reading.findings["summary_why"].value == reason


def test_no_pick_read_by_the_rules_fills_no_reason() -> None:
    # Left to the model's pick question: the reason waits for its own question.
    reply = "The one that keeps to the facts, since the other adds a city to the story"
    reading = read_message(job(), reply, "summary")
    assert reading.unsure == "summary" and "summary_why" not in reading.findings
    assert work_samples.reason_with_pick(job(), job().field("summary"), None, reply) == {}


# -- through the interview, on the scripted model ---------------------------------------


def answering(request: GenerationRequest) -> str:
    """The model calls every open reply specific and an answer to its question."""
    props = (request.schema or {}).get("properties", {})
    if "kind" in props:
        return json.dumps({"kind": "answer"})
    return json.dumps({"label": "specific"})


async def say(
    spec: JobSpec, state: InterviewState, text: str, engine: ScriptedEngine | None = None
) -> tuple[InterviewState, str]:
    result = await take_turn(engine or ScriptedEngine(responder=answering), spec, state, text)
    return result.state, result.reply


REPLIES: dict[str, Any] = {
    "messages_1": "question",
    "messages_2": "complaint",
    "messages_3": "praise",
}


async def test_the_interview_goes_from_the_pick_with_its_reason_to_the_next_task() -> None:
    spec = job()
    state, _ = start(spec)
    assert state.asked == "summary"
    engine = ScriptedEngine(responder=answering)
    reason = "B, because A invents Paris, a place the prompt never gave"
    state, reply = await say(spec, state, reason, engine)
    assert engine.requests == []  # the rules read both
    assert state.fields["summary"].value == "B"
    assert (state.fields["summary_why"].status, state.fields["summary_why"].value) == (
        "answered",
        reason,
    )
    # Straight on to the label sample: no "why?", and no "anything you would add?" either,
    # though the reason leaves a key point ("Puts accuracy before style") out: the
    # follow-up is due only for a reason asked for itself.
    assert state.asked == "messages_1" and "Item 1 of 3" in reply
    assert WHY_QUESTION not in reply and "anything you would add" not in reply
    assert state.follow_up is None and state.followed_up == []
    for key in ("messages_1", "messages_2", "messages_3"):
        assert state.asked == key
        state, reply = await say(spec, state, REPLIES[key])
    assert state.phase == "summary", reply
    assert state.asks.get("summary_why", 0) == 0


async def test_a_bare_pick_still_leads_to_the_why_question_and_its_follow_up() -> None:
    spec = job()
    state, _ = start(spec)
    state, reply = await say(spec, state, "B")
    assert state.asked == "summary_why" and WHY_QUESTION in reply
    assert state.fields["summary_why"].status == "missing"
    state, reply = await say(spec, state, "A invents Paris, a place the prompt never gave.")
    # Asked for itself, a reason missing a key point gets the one follow-up.
    assert state.follow_up == "summary_why" and "anything you would add" in reply


async def test_a_reason_given_later_to_its_own_question_replaces_the_first() -> None:
    spec = job()
    state, _ = start(spec)
    state, _ = await say(spec, state, "B, because A invents a date that the prompt never gave")
    assert state.fields["summary_why"].value.startswith("B, because A invents")
    # The flow comes back to the reason (here set by hand, as a correction would).
    state = state.model_copy(update={"asked": "summary_why"})
    later = "Accuracy comes before style: A adds Paris, which is not in the prompt."
    state, _ = await say(spec, state, later)
    assert state.fields["summary_why"].value == later
    assert state.fields["summary"].value == "B"


async def test_a_pick_given_again_with_a_reason_keeps_the_reason_given_before() -> None:
    spec = job()
    state, _ = start(spec)
    state, _ = await say(spec, state, "B")
    first = "A invents Paris, which is not in the prompt, and accuracy comes first."
    state, _ = await say(spec, state, first)
    assert state.follow_up is None and state.asked == "messages_1"
    # Back to the pick (as a correction would): the reason said with it adds nothing.
    state = state.model_copy(update={"asked": "summary"})
    state, _ = await say(spec, state, "B, since A adds a city that the prompt never names")
    assert state.fields["summary_why"].value == first
