"""Batched decoding on real GGUF models: several requests in one llama.cpp context, one
sequence each, against the one-at-a-time path; and the engine that serves them."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server import errors
from server.engine import decode
from server.engine.base import ChatMessage, FairKey, Generation, GenerationRequest, ModelInfo
from server.engine.batch import BatchDecoder
from server.engine.cpu import PROFILES
from server.engine.decode import Decoder
from server.engine.runtime import LlamaEngine, WorkerConfig

pytestmark = pytest.mark.model

SYSTEM = "You are a helpful assistant. Answer briefly. " + " ".join(
    f"Rule {i}: stay polite and on topic." for i in range(1, 11)
)
COLOURS = {
    "type": "object",
    "properties": {
        "colours": {"type": "array", "maxItems": 3, "items": {"type": "string", "maxLength": 12}}
    },
    "required": ["colours"],
    "additionalProperties": False,
}
QUESTIONS = (
    "List three colours.",
    "List colours of the sea.",
    "Name colours of fruit.",
    "What colours are flags?",
    "List three dark colours.",
)


def _options(**overrides: Any) -> dict[str, Any]:
    return {
        "schema": COLOURS,
        "max_tokens": 48,
        "pinned": 1,
        "deadline": time.monotonic() + 120,
        **overrides,
    }


@pytest.fixture(scope="module")
def decoders(smollm_path: Path) -> Iterator[tuple[Decoder, BatchDecoder]]:
    # The safe CPU profile: the same matrix kernels for one row and for many (see below).
    profile = PROFILES["safe"]
    single = Decoder(str(smollm_path), n_ctx=1024, n_threads=2, n_batch=256, profile=profile)
    many = Decoder(
        str(smollm_path), n_ctx=1024, n_threads=2, n_batch=256, profile=profile, parallel=4
    )
    batch = BatchDecoder(many)
    yield single, batch
    batch.close()


def test_a_batch_gives_each_request_what_it_gets_alone(
    decoders: tuple[Decoder, BatchDecoder],
) -> None:
    single, batch = decoders
    messages = [(("system", SYSTEM), ("user", q)) for q in QUESTIONS]
    alone = [single.generate(m, **_options()).text for m in messages]
    assert len(set(alone)) > 1  # different questions, different answers: routing shows
    # Five requests on four sequences: the fifth joins when the first one finishes.
    together = batch.run([(n, m, _options()) for n, m in enumerate(messages)])
    assert [together[n].text for n in range(len(messages))] == alone  # type: ignore[union-attr]
    for text in alone:
        assert len(json.loads(text)["colours"]) <= 3
    # The shared system prompt was evaluated once: later sequences copied its cells.
    again = batch.run([("again", messages[0], _options())])["again"]
    assert isinstance(again, Generation)
    assert again.reused_tokens >= again.prompt_tokens - 12
    assert again.text == alone[0]


def test_a_prompt_of_another_family_does_not_overwrite_a_long_cached_prefix(
    decoders: tuple[Decoder, BatchDecoder],
) -> None:
    # The interview's calls share ~2,300 instruction tokens; the answering span's and the
    # rubric judge's calls have instructions of their own. Served one after the other, the
    # second family must take a sequence of its own, not the one holding the first's.
    _, batch = decoders
    other = "You copy words. " + " ".join(f"Note {i}: copy exactly." for i in range(1, 11))
    first = batch.run([("a", (("system", SYSTEM), ("user", QUESTIONS[0])), _options())])["a"]
    between = batch.run([("b", (("system", other), ("user", QUESTIONS[1])), _options())])["b"]
    again = batch.run([("c", (("system", SYSTEM), ("user", QUESTIONS[2])), _options())])["c"]
    assert isinstance(first, Generation) and isinstance(between, Generation)
    assert isinstance(again, Generation)
    assert again.reused_tokens >= first.prompt_tokens - 12  # the system prompt, still cached
    back = batch.run([("d", (("system", other), ("user", QUESTIONS[3])), _options())])["d"]
    assert isinstance(back, Generation)
    assert back.reused_tokens >= between.prompt_tokens - 12


def test_each_sequence_keeps_its_own_budget_and_deadline(
    decoders: tuple[Decoder, BatchDecoder],
) -> None:
    _, batch = decoders
    story = (("system", SYSTEM), ("user", "Write a long story about a dragon."))
    outcomes = batch.run(
        [
            ("capped", story, _options(schema=None, max_tokens=3)),
            ("late", story, _options(schema=None, deadline=time.monotonic() - 1)),
            ("fine", (("system", SYSTEM), ("user", QUESTIONS[0])), _options()),
            ("too long", (("system", SYSTEM), ("user", "word " * 1200)), _options()),
        ]
    )
    assert isinstance(outcomes["capped"], errors.GenerationTruncated)
    assert outcomes["capped"].partial_text
    assert isinstance(outcomes["late"], errors.GenerationTimeout)
    assert isinstance(outcomes["too long"], errors.PromptTooLong)
    fine = outcomes["fine"]
    assert isinstance(fine, Generation) and json.loads(fine.text)["colours"]


def test_compiled_constraints_are_bounded_least_recently_used_first(
    decoders: tuple[Decoder, BatchDecoder], monkeypatch: pytest.MonkeyPatch
) -> None:
    single, _ = decoders
    monkeypatch.setattr(decode, "MATCHER_CACHE", 3)

    def schema(n: int) -> dict[str, Any]:
        return {"type": "object", "properties": {"a": {"type": "string", "maxLength": n}}}

    first = single.matcher(schema(1))
    for n in range(2, 6):
        single.matcher(schema(n))
        assert single.matcher(schema(1)) is first  # used again: kept
    assert len(single._matchers) == 3
    assert single.matcher(schema(2)) is not None and len(single._matchers) == 3


def _config(path: Path, **overrides: object) -> WorkerConfig:
    values: dict[str, object] = {
        "model_path": path,
        "chat_format": "chatml",
        "n_ctx": 1024,
        "n_threads": 2,
        "n_batch": 256,
        "max_tokens": 64,
        "generation_timeout_s": 60.0,
        "load_timeout_s": 90.0,
        "queue_size": 32,
        "queue_deadline_s": 600.0,
        "cpu_profile": "safe",
        "parallel": 3,
    }
    values.update(overrides)
    return WorkerConfig(**values)  # type: ignore[arg-type]


def _request(n: int, question: str, **kw: Any) -> GenerationRequest:
    return GenerationRequest(
        [ChatMessage("system", SYSTEM), ChatMessage("user", question)],
        schema=COLOURS,
        max_tokens=48,
        fair_key=FairKey(f"10.0.0.{n}", f"user:{n}"),
        **kw,
    )


async def _answers(engine: LlamaEngine) -> list[str]:
    results = await asyncio.gather(
        *(engine.generate(_request(n, q)) for n, q in enumerate(QUESTIONS))
    )
    return [r.text for r in results]


async def test_the_engine_routes_answers_of_requests_decoded_together(smollm_path: Path) -> None:
    alone = LlamaEngine(_config(smollm_path, parallel=1), ModelInfo("smollm2", "x", 1024))
    await alone.start()
    try:
        expected = [(await alone.generate(_request(n, q))).text for n, q in enumerate(QUESTIONS)]
    finally:
        await alone.aclose()
    engine = LlamaEngine(_config(smollm_path), ModelInfo("smollm2", "x", 1024))
    await engine.start()
    try:
        assert await _answers(engine) == expected
    finally:
        await engine.aclose()


async def test_a_killed_batching_worker_fails_the_requests_in_flight_and_restarts(
    smollm_path: Path,
) -> None:
    engine = LlamaEngine(_config(smollm_path, max_tokens=200), ModelInfo("smollm2", "x", 1024))
    await engine.start()
    try:
        pid = engine.worker_pid
        assert pid is not None
        stories = [
            asyncio.create_task(
                engine.generate(
                    GenerationRequest(
                        [ChatMessage("user", f"Write a very long story about ship {n}.")],
                        max_tokens=200,
                        pinned=0,
                        fair_key=FairKey(f"10.0.0.{n}", f"user:{n}"),
                    )
                )
            )
            for n in range(3)
        ]
        await asyncio.sleep(1.0)
        os.kill(pid, signal.SIGKILL)
        results = await asyncio.gather(*stories, return_exceptions=True)
        assert all(isinstance(r, errors.WorkerCrashed) for r in results), results
        assert len(await _answers(engine)) == len(QUESTIONS)
        assert engine.restarts == 1 and engine.worker_pid != pid
    finally:
        await engine.aclose()


async def test_a_crash_with_weight_repacking_falls_back_with_batching_on(
    smollm_path: Path,
) -> None:
    config = _config(smollm_path, cpu_profile="auto", fault="crash-with-extra-buffers")
    engine = LlamaEngine(config, ModelInfo("smollm2", "x", 1024))
    await engine.start()
    try:
        assert engine.profile is not None and engine.profile.name == "safe"
        assert "SIGSEGV" in engine.info.decoding["cpu_fallback"]
        assert all(json.loads(text)["colours"] for text in await _answers(engine))
    finally:
        await engine.aclose()
