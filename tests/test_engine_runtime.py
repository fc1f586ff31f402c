"""The llama.cpp runtime on real GGUF models: isolation, limits, queueing, KV reuse."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import pytest

from server import errors
from server.engine.base import ChatMessage, Generation, GenerationRequest, ModelInfo
from server.engine.runtime import LlamaEngine, WorkerConfig, open_engine
from server.settings import Settings

pytestmark = pytest.mark.model

SYSTEM = ChatMessage(
    "system",
    "You are a helpful assistant. Answer briefly. "
    + " ".join(f"Rule {i}: stay polite and on topic." for i in range(1, 11)),
)


def _config(path: Path, **overrides: object) -> WorkerConfig:
    values: dict[str, object] = {
        "model_path": path,
        "chat_format": "chatml",
        "n_ctx": 1024,
        "n_threads": 2,
        "n_batch": 256,
        "max_tokens": 256,
        "generation_timeout_s": 30.0,
        "load_timeout_s": 60.0,
        "queue_size": 4,
    }
    values.update(overrides)
    return WorkerConfig(**values)  # type: ignore[arg-type]


COLOURS = {
    "type": "object",
    "properties": {
        "colours": {"type": "array", "maxItems": 3, "items": {"type": "string", "maxLength": 12}}
    },
    "required": ["colours"],
    "additionalProperties": False,
}


def _info() -> ModelInfo:
    return ModelInfo(name="smollm2-135m-instruct-q4_1", sha256="x", n_ctx=1024)


@pytest.fixture
async def small_engine(smollm_path: Path):
    engine = LlamaEngine(_config(smollm_path), _info())
    await engine.start()
    yield engine
    await engine.aclose()


def _ask(text: str, max_tokens: int | None = None, **kw: object) -> GenerationRequest:
    return GenerationRequest([SYSTEM, ChatMessage("user", text)], max_tokens=max_tokens, **kw)


async def test_generates_text_and_reuses_the_cached_prefix(small_engine: LlamaEngine) -> None:
    first = await small_engine.generate(_ask("Name a colour.", 48))
    assert first.completion_tokens > 0
    assert first.text.strip()
    # The same system prompt, a different question: only the new tokens are evaluated.
    second = await small_engine.generate(_ask("Name an animal.", 48))
    # The worker's self-check left its own prompt in the cache: only the chat header of
    # the system message ("<|im_start|>system\n") is shared with this one.
    assert first.reused_tokens <= 4
    assert first.prompt_tokens > 100
    assert first.prompt_tokens - 12 <= second.reused_tokens < second.prompt_tokens


async def test_free_text_hitting_the_token_cap_is_a_typed_error(small_engine: LlamaEngine) -> None:
    with pytest.raises(errors.GenerationTruncated) as caught:
        await small_engine.generate(_ask("Write a long story about a dragon.", 3))
    assert caught.value.partial_text


async def test_a_killed_worker_costs_one_request_and_is_restarted(
    small_engine: LlamaEngine,
) -> None:
    pid = small_engine.worker_pid
    assert pid is not None
    request = asyncio.create_task(
        small_engine.generate(_ask("Write a very long story about the sea.", 60))
    )
    await asyncio.sleep(0.3)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(errors.WorkerCrashed):
        await request
    # The caller hears of the crash first; the next request waits for the restarted worker.
    after = await small_engine.generate(_ask("List three colours.", 200, schema=COLOURS))
    assert after.completion_tokens > 0
    assert small_engine.restarts == 1
    assert small_engine.worker_pid != pid


async def test_a_full_queue_answers_busy_at_once(smollm_path: Path) -> None:
    engine = LlamaEngine(_config(smollm_path, queue_size=1), _info())
    await engine.start()
    try:
        tasks = [
            asyncio.create_task(engine.generate(_ask(f"Tell me fact number {i}.", 24)))
            for i in range(4)
        ]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        busy = [r for r in results if isinstance(r, errors.EngineBusy)]
        done = [r for r in results if isinstance(r, Generation)]
        assert busy, results
        assert done, results
        assert all(isinstance(r, errors.EngineBusy | Generation) for r in results)
    finally:
        await engine.aclose()


async def test_wall_clock_limit_stops_a_generation(smollm_path: Path) -> None:
    engine = LlamaEngine(
        _config(smollm_path, generation_timeout_s=0.3, max_tokens=512, n_ctx=2048), _info()
    )
    await engine.start()
    try:
        with pytest.raises(errors.GenerationTimeout):
            await engine.generate(_ask("Write an essay of a thousand words about rivers."))
        # The worker enforced its own deadline, so it is still the same, healthy process.
        assert engine.restarts == 0
        with pytest.raises(errors.GenerationTruncated):
            await engine.generate(_ask("Hi", 2))
    finally:
        await engine.aclose()


async def test_long_history_is_trimmed_and_an_oversized_message_refused(
    smollm_path: Path,
) -> None:
    engine = LlamaEngine(_config(smollm_path, n_ctx=512, max_tokens=32), _info())
    await engine.start()
    try:
        history = [SYSTEM]
        for i in range(30):
            history.append(ChatMessage("user", f"This is old message number {i} about apples."))
            history.append(ChatMessage("assistant", "Noted, thank you for telling me."))
        history.append(ChatMessage("user", "List three colours."))
        trimmed = await engine.generate(GenerationRequest(history, schema=COLOURS, max_tokens=32))
        assert trimmed.dropped_messages > 0
        assert trimmed.prompt_tokens + 32 <= 512
        with pytest.raises(errors.PromptTooLong):
            await engine.generate(_ask("word " * 600, 8))
    finally:
        await engine.aclose()


async def test_unstartable_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "broken.gguf"
    bogus.write_bytes(b"GGUF" + b"\0" * 64)
    engine = LlamaEngine(_config(bogus, load_timeout_s=30.0), _info())
    with pytest.raises(errors.EngineUnavailable, match="failed to start"):
        await engine.start()
    await engine.aclose()


async def test_open_engine_serves_the_verified_catalog_model(smollm_path: Path) -> None:
    settings = Settings(
        model="smollm2-135m-instruct-q4_1", models_dir=smollm_path.parent, n_ctx=1024
    )
    async with open_engine(settings) as engine:
        assert engine.info.name == "smollm2-135m-instruct-q4_1"
        assert engine.info.sha256 == (
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
        )
        assert engine.info.decoding["constraint"] == "llguidance"
        result = await engine.generate(_ask("List three colours.", 64, schema=COLOURS))
        assert len(json.loads(result.text)["colours"]) <= 3
    with pytest.raises(errors.EngineUnavailable):
        await engine.generate(_ask("List three colours.", 64, schema=COLOURS))


async def test_open_engine_refuses_unknown_and_missing_models(tmp_path: Path) -> None:
    with pytest.raises(errors.UnknownModel):
        async with open_engine(Settings(model="no-such-model", models_dir=tmp_path)):
            pass
    with pytest.raises(errors.ModelNotInstalled, match="interviewer models pull"):
        async with open_engine(Settings(model="smollm2-135m-instruct-q4_1", models_dir=tmp_path)):
            pass


async def test_closing_survives_a_worker_pipe_closed_under_it(tmp_path: Path) -> None:
    """Seen on a loaded machine: a generation timed out, the worker was restarted, and
    closing the engine then raised EBADF from the pipe instead of shutting down."""

    class ClosedPipe:
        closed = 0

        def close(self) -> None:
            self.closed += 1
            raise OSError(9, "Bad file descriptor")

        def send(self, message: object) -> None:
            raise OSError(9, "Bad file descriptor")

    engine = LlamaEngine(_config(tmp_path / "none.gguf"), _info())
    pipe = ClosedPipe()
    engine._conn = pipe  # type: ignore[assignment]
    await engine.aclose()
    assert pipe.closed == 1
    assert engine._conn is None
