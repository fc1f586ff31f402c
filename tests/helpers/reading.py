"""Helpers for the reading tests: a message read deterministically, and one turn of an
interview with the field asked set, on a scripted engine that calls everything vague."""

from __future__ import annotations

import json

from server.engine.base import Engine, GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.spec import JobSpec
from server.interview.turn import InterviewState, take_turn
from server.interview.understand import read_message


def read_fields(job: JobSpec, message: str, asked: str | None) -> dict[str, tuple]:
    """``{key: (status, value)}`` of each field ``message`` says something about."""
    reading = read_message(job, message, asked)
    return {k: (f.status, f.value) for k, f in reading.findings.items()}


def vague_engine() -> ScriptedEngine:
    return ScriptedEngine(responder=lambda request: json.dumps({"label": "vague"}))


async def reply(
    state: InterviewState, job: JobSpec, asked: str, text: str, engine: Engine | None = None
) -> InterviewState:
    """The state after the candidate answers ``text`` while ``asked`` is the open question,
    on ``engine`` (by default one that calls everything vague)."""
    state = state.model_copy(update={"asked": asked})
    return (await take_turn(engine or vague_engine(), job, state, text)).state


def judging_engine(label: str, pick: str = "unclear") -> ScriptedEngine:
    """The judge says ``label`` and a choice asked is ``pick``, whatever the reply; the check
    of an open answer says it is one; a span asked for is not given (the whole reply
    stands)."""

    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "answer" in props:
            return json.dumps({"answer": pick})
        if "kind" in props:
            return json.dumps({"kind": "answer"})
        if "label" in props:
            return json.dumps({"label": label})
        return "{}"

    return ScriptedEngine(responder=respond)


def answering_engine(answers: str, picks: str = "unclear") -> ScriptedEngine:
    """The judge says "specific" for the question ``answers`` and "vague" for any other;
    a choice asked is ``picks``; an open answer's check says it is one; a span asked for is
    not given."""

    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "answer" in props:
            return json.dumps({"answer": picks})
        if "kind" in props:
            return json.dumps({"kind": "answer"})
        if "label" in props:
            label = "specific" if answers in request.messages[-1].content else "vague"
            return json.dumps({"label": label})
        return "{}"

    return ScriptedEngine(responder=respond)
