"""A short-text answer keeps the part of the reply that answers: the model chooses it among
the reply's runs of whole words, the code checks it, and the whole reply stays the evidence
(and the value, whenever the model cannot say or says something that does not hold)."""

from __future__ import annotations

import json

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.errors import GenerationTimeout
from server.interview import consult, prompts
from server.interview.readers.free_text import SPAN_WORDS, answering_span, spans
from server.interview.spec import FieldSpec, JobSpec

DISTRICT = FieldSpec(
    key="distrito",
    label="Barrio",
    type="short_text",
    question="¿En qué barrio de la ciudad vives?",
)
JOB = JobSpec(title="Mozo de almacén", fields=(DISTRICT,))
REPLY = "Vivo en Gràcia, cerca del mercado. Puedo empezar el lunes."


def test_spans_are_runs_of_whole_words_without_the_punctuation_around_them() -> None:
    found = spans(REPLY)
    assert found[0] == "Vivo en Gràcia, cerca del mercado. Puedo empezar el lunes"
    assert "Gràcia" in found
    assert "Gràcia, cerca del mercado" in found
    assert "Gràcia," not in found and "racia" not in found and "en Gr" not in found
    assert all(s in REPLY for s in found)
    words = 10
    assert len(found) == words * (words + 1) // 2  # the whole reply is also the longest run


def test_spans_keep_the_signs_that_belong_to_a_word() -> None:
    assert "C++" in spans("C++ and C#, (some) Go.")
    assert "C#" in spans("C++ and C#, (some) Go.")
    assert "some" in spans("C++ and C#, (some) Go.")


def test_a_reply_of_many_words_is_offered_whole_and_a_wordless_one_not_at_all() -> None:
    long = " ".join(f"w{i}" for i in range(SPAN_WORDS + 1))
    assert spans(long) == [long]
    assert spans(" ... !! ") == []


def test_a_span_stands_only_where_it_is_one_of_the_reply_and_names_something() -> None:
    assert answering_span(DISTRICT, REPLY, "Gràcia, cerca del mercado") == (
        "Gràcia, cerca del mercado"
    )
    assert answering_span(DISTRICT, REPLY, "Sants") is None  # not in the reply
    assert answering_span(DISTRICT, REPLY, "racia, cerca") is None  # not whole words
    assert answering_span(DISTRICT, REPLY, "Vivo en") is None  # the question's own words
    assert answering_span(DISTRICT, REPLY, None) is None
    assert answering_span(DISTRICT, REPLY, "cerca del mercado") is None  # after a comma


@pytest.mark.parametrize(
    ("reply", "chosen"),
    [
        ("Pão de forma, broas, croissants e pastéis de nata.", "pastéis de nata"),
        ("Falo italiano, a minha mãe é de Nápoles.", "a minha mãe é de Nápoles"),
        ("Excel and Google Sheets", "Google Sheets"),
        ("Glovo oder Lieferando", "Lieferando"),
    ],
)
def test_a_span_that_starts_inside_a_list_or_after_a_comma_leaves_the_whole_reply(
    reply: str, chosen: str
) -> None:
    spec = FieldSpec(key="k", label="Specialities", type="short_text", question="Which ones?")
    assert answering_span(spec, reply, chosen) is None


def answering_with(span: str | None, calls: list[str]) -> ScriptedEngine:
    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "span" in props:
            calls.append("span")
            assert span is None or span in props["span"]["enum"]
            return json.dumps({"span": span})
        calls.append("judge")
        return json.dumps({"label": "specific"})

    return ScriptedEngine(responder=respond)


async def test_the_value_is_the_answering_span_and_the_evidence_the_reply() -> None:
    calls: list[str] = []
    reading = await consult.understand(
        answering_with("Gràcia, cerca del mercado", calls), JOB, REPLY, "distrito"
    )
    finding = reading.findings["distrito"]
    assert (finding.status, finding.value) == ("answered", "Gràcia, cerca del mercado")
    assert finding.evidence == REPLY
    assert calls == ["judge", "span"]


async def test_a_span_that_does_not_hold_leaves_the_whole_reply() -> None:
    reading = await consult.understand(answering_with("Vivo en", []), JOB, REPLY, "distrito")
    assert reading.findings["distrito"].value == " ".join(REPLY.split())


async def test_a_failed_span_costs_the_trimming_not_the_answer() -> None:
    engine = ScriptedEngine()
    engine.enqueue({"label": "specific"}, GenerationTimeout("too slow"))
    reading = await consult.understand(engine, JOB, REPLY, "distrito")
    assert reading.findings["distrito"].status == "answered"
    assert reading.findings["distrito"].value == " ".join(REPLY.split())
    assert not reading.model_failed


async def test_a_span_cut_short_by_the_token_limit_leaves_the_whole_reply() -> None:
    engine = ScriptedEngine()
    engine.enqueue({"label": "specific"}, '{"span": "Gràcia, cer')
    reading = await consult.understand(engine, JOB, REPLY, "distrito")
    assert reading.findings["distrito"].value == " ".join(REPLY.split())


@pytest.mark.parametrize("label", ["vague", "does_not_have"])
async def test_only_an_answer_is_trimmed(label: str) -> None:
    calls: list[str] = []

    def respond(request: GenerationRequest) -> str:
        calls.append("span" if "span" in (request.schema or {}).get("properties", {}) else "x")
        return json.dumps({"label": label})

    await consult.understand(ScriptedEngine(responder=respond), JOB, "pues no sé", "distrito")
    assert "span" not in calls


def test_the_span_request_offers_only_the_reply_s_runs_and_quotes_the_question() -> None:
    request = prompts.span_request(DISTRICT, REPLY, spans(REPLY))
    assert request.schema is not None
    assert request.schema["properties"]["span"]["enum"] == spans(REPLY)
    assert request.schema["additionalProperties"] is False
    assert DISTRICT.question in request.messages[-1].content
    assert request.pinned == len(request.messages) - 1


async def test_a_bare_answer_is_taken_whole_without_asking_for_its_span() -> None:
    calls: list[str] = []
    reading = await consult.understand(
        answering_with("Gràcia", calls), JOB, "Gràcia, Barcelona", "distrito"
    )
    assert reading.findings["distrito"].value == "Gràcia, Barcelona"
    assert calls == ["judge"]
