"""A required field the candidate has moved past waits for the end.

Asked twice, and answered with another field instead, a field is not pressed a third
time: the interview goes on in the job's order and comes back to it when nothing else is
left. Pressing it read each next answer against a question the candidate had left behind
("Prefiro não dizer onde moro" was taken as declining the shift asked, a long account of
the work as a way to reach the fields)."""

from __future__ import annotations

import json

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine, last_user_message
from server.interview import policy
from server.interview.spec import CustomQuestion, FieldSpec, FieldState, JobSpec
from server.interview.turn import start, take_turn

JOB = JobSpec(
    title="Operaio/a agricolo/a – raccolta di cime di rapa",
    description="Campagna invernale, pulmino aziendale da Conversano.",
    fields=(
        FieldSpec(
            key="shift",
            label="Turno preferito",
            type="single_choice",
            choices=("mattina", "pomeriggio", "indifferente"),
            question="Quale turno preferisci?",
        ),
        FieldSpec(
            key="hours",
            label="Ore settimanali",
            type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="licence",
            label="Patente B",
            type="yes_no",
            question="Hai la patente B?",
        ),
        FieldSpec(
            key="town",
            label="Paese di residenza",
            type="short_text",
            question="In che paese abiti?",
            required=False,
        ),
    ),
    custom_questions=(
        CustomQuestion(key="ready", question="Come riconosci una cima di rapa pronta?"),
    ),
)


def fields(**statuses: str) -> dict[str, FieldState]:
    return {
        s.key: FieldState(status=statuses.get(s.key, "missing"))  # type: ignore[arg-type]
        for s in JOB.all_fields()
    }


def test_asked_twice_then_another_field_answered_is_moved_past() -> None:
    state = fields(hours="answered")
    assert policy.moved_past(JOB, state, {"shift": 2}, "shift", False, ["hours"])


def test_a_first_ask_answered_with_other_fields_is_asked_again() -> None:
    # "Ho la patente e faccio 40 ore" to the first question: the shift is asked again,
    # as the candidate has not yet been asked it twice
    state = fields(hours="answered", licence="answered")
    assert not policy.moved_past(JOB, state, {"shift": 1}, "shift", False, ["hours", "licence"])


def test_a_reply_that_changes_nothing_or_addresses_the_field_is_not_moving_past() -> None:
    # a greeting or a question back: nothing answered, the field is asked again
    assert not policy.moved_past(JOB, fields(), {"shift": 2}, "shift", False, [])
    # a vague answer to it is followed up as before
    state = fields(shift="vague", hours="answered")
    assert not policy.moved_past(JOB, state, {"shift": 2}, "shift", True, ["shift", "hours"])


def test_an_optional_or_complete_field_is_never_moved_past() -> None:
    state = fields(shift="answered", hours="answered", licence="answered")
    assert not policy.moved_past(JOB, state, {"town": 2}, "town", False, ["licence"])
    assert not policy.moved_past(JOB, state, {"shift": 2}, "shift", False, ["licence"])


def test_a_field_moved_past_waits_until_nothing_else_is_left() -> None:
    state = fields(shift="vague", hours="answered")
    action = policy.next_action(JOB, state, {"shift": 2}, "shift", None, False, ["shift"])
    assert (action.kind, action.key, action.mode) == ("ask", "licence", "first")
    # the optional field still has its turn in its place, then the open question
    state = fields(shift="vague", hours="answered", licence="answered")
    action = policy.next_action(
        JOB, state, {"shift": 2, "licence": 1}, "licence", None, True, ["shift"]
    )
    assert action.key == "town"
    state = fields(shift="vague", hours="answered", licence="answered", town="answered")
    asks = {"shift": 2, "licence": 1, "town": 1}
    action = policy.next_action(JOB, state, asks, "town", None, True, ["shift"])
    assert action.key == "ready"
    # with everything else done it comes back, as a question asked before
    state = fields(shift="vague", hours="answered", licence="answered", ready="answered")
    asks = {"shift": 2, "licence": 1, "town": 1, "ready": 1}
    action = policy.next_action(JOB, state, asks, "ready", None, True, ["shift"])
    assert (action.kind, action.key, action.mode) == ("ask", "shift", "again")


def _reads_nothing_but_numbers() -> ScriptedEngine:
    """A model that calls every reply vague but the account of the work, and picks no
    choice: only the deterministic readings land, as when the model misses a choice said
    in other words."""

    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "answer" in props:
            return json.dumps({"answer": "unclear"})
        if "kind" in props:
            return json.dumps({"kind": "answer"})
        told = "getto centrale" in last_user_message(request).content
        return json.dumps({"label": "specific" if told else "vague"})

    return ScriptedEngine(responder=respond)


async def test_the_next_answers_are_read_against_the_questions_they_answer() -> None:
    engine = _reads_nothing_but_numbers()
    state, _ = start(JOB)
    assert state.asked == "shift"
    # a reply the reading cannot place: followed up
    r = await take_turn(engine, JOB, state, "Mah, vediamo un po'.")
    assert r.state.asked == "shift"
    # the candidate moves on to the hours: read, and the shift waits
    r = await take_turn(engine, JOB, r.state, "Quaranta ore, dal lunedì al sabato.")
    assert r.state.fields["hours"].status == "answered"
    assert r.state.asked == "licence"
    assert r.state.deferred == ["shift"]
    # a bare "no" answers the licence now asked, not the shift left behind
    r = await take_turn(engine, JOB, r.state, "No.")
    assert r.state.fields["licence"].status == "answered"
    assert r.state.fields["licence"].value is False
    assert r.state.fields["shift"].status != "declined"
    assert r.state.asked == "town"
    r = await take_turn(engine, JOB, r.state, "Preferisco non dirlo.")
    assert r.state.fields["town"].status == "declined"
    assert r.state.fields["shift"].status != "declined"
    assert r.state.asked == "ready"
    r = await take_turn(
        engine, JOB, r.state, "Quando il getto centrale è sodo e i boccioli sono ancora chiusi."
    )
    # nothing else left: the shift comes back, and a plain choice completes it
    assert r.state.asked == "shift"
    r = await take_turn(engine, JOB, r.state, "Mattina.")
    assert r.state.fields["shift"].value == "mattina"
    assert r.state.phase == "summary"


async def test_a_state_saved_before_the_field_existed_still_loads() -> None:
    state, _ = start(JOB)
    saved = state.model_dump()
    saved.pop("deferred")
    again = type(state).model_validate(saved)
    assert again.deferred == []
    r = await take_turn(_reads_nothing_but_numbers(), JOB, again, "Mattina.")
    assert r.state.fields["shift"].value == "mattina"
