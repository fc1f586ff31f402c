"""The CPU fallback on a real GGUF, by fault injection: a worker that crashes on its
first warm-up the way llama.cpp does on hosts with broken CPU kernels (SIGSEGV in the
first multi-token decode while weight repacking is on)."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import pytest

from server import errors
from server.engine import cpu
from server.engine.base import ChatMessage, GenerationRequest, ModelInfo
from server.engine.runtime import LlamaEngine, WorkerConfig

pytestmark = pytest.mark.model

ANSWER = {
    "type": "object",
    "properties": {"answer": {"type": "boolean"}},
    "required": ["answer"],
    "additionalProperties": False,
}


def _engine(path: Path, *, profile: str = "auto", fault: str = "none") -> LlamaEngine:
    config = WorkerConfig(
        model_path=path,
        chat_format="chatml",
        n_ctx=1024,
        n_threads=2,
        n_batch=256,
        max_tokens=64,
        generation_timeout_s=30.0,
        load_timeout_s=60.0,
        queue_size=4,
        cpu_profile=profile,
        fault=fault,
    )
    return LlamaEngine(config, ModelInfo(name="smollm2", sha256="x", n_ctx=1024))


def _question() -> GenerationRequest:
    return GenerationRequest(
        [ChatMessage("system", "Answer in JSON."), ChatMessage("user", "Is ice cold?")],
        schema=ANSWER,
        max_tokens=32,
    )


async def test_a_crash_on_the_first_warm_up_falls_back_to_safe_cpu_settings(
    smollm_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = _engine(smollm_path, fault="crash-with-extra-buffers")
    with caplog.at_level(logging.INFO, logger="server.engine.runtime"):
        await engine.start()
    try:
        assert engine.profile is not None and engine.profile.name == "safe"
        record = engine.info.decoding
        # The worker reports what llama.cpp was given: repacking really is off.
        assert record["cpu"]["profile"] == "safe"
        assert record["cpu"]["use_extra_bufts"] is False
        assert "'full'" in record["cpu_fallback"] and "SIGSEGV" in record["cpu_fallback"]
        assert "self-check" in record["cpu_fallback"]
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1
        assert "fell back to CPU profile 'safe'" in warnings[0] and "SIGSEGV" in warnings[0]
        generation = await engine.generate(_question())
        assert generation.text.strip().startswith("{")
    finally:
        await engine.aclose()


async def test_without_a_fault_the_default_settings_serve_and_are_recorded(
    smollm_path: Path, full_profile_failure: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    engine = _engine(smollm_path)
    with caplog.at_level(logging.INFO, logger="server.engine.runtime"):
        await engine.start()
    try:
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        if full_profile_failure is None:
            assert engine.info.decoding["cpu"] == {"profile": "full", "use_extra_bufts": True}
            assert "cpu_fallback" not in engine.info.decoding
            assert not warnings
        else:
            # This host cannot run llama.cpp's defaults (a forced 'full' worker failed):
            # auto falls back once, says why, and records it. (The signal varies by run:
            # SIGSEGV or SIGILL on the same host.)
            assert engine.info.decoding["cpu"] == {"profile": "safe", "use_extra_bufts": False}
            reason = engine.info.decoding["cpu_fallback"]
            assert reason.startswith("with CPU profile 'full' the worker was killed by SIG")
            assert len(warnings) == 1 and "fell back to CPU profile 'safe'" in warnings[0]
    finally:
        await engine.aclose()


async def test_a_forced_profile_is_the_only_one_tried(smollm_path: Path) -> None:
    engine = _engine(smollm_path, profile="full", fault="crash-with-extra-buffers")
    with pytest.raises(errors.EngineUnavailable) as caught:
        await engine.start()
    message = str(caught.value)
    assert "'full'" in message and "SIGSEGV" in message and "'safe'" not in message
    assert "INTERVIEWER_CPU_PROFILE" in message
    await engine.aclose()


async def test_when_every_profile_crashes_start_up_fails_with_each_reason(
    smollm_path: Path,
) -> None:
    engine = _engine(smollm_path, fault="crash-always")
    with pytest.raises(errors.EngineUnavailable) as caught:
        await engine.start()
    message = str(caught.value)
    for name in cpu.FALLBACK_ORDER:
        assert f"with CPU profile '{name}' the worker was killed by SIGSEGV" in message
    await engine.aclose()


async def test_a_restart_after_a_crash_keeps_the_profile_that_worked(
    smollm_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = _engine(smollm_path, fault="crash-with-extra-buffers")
    await engine.start()
    try:
        first_pid = engine.worker_pid
        assert first_pid is not None
        os.kill(first_pid, signal.SIGKILL)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="server.engine.runtime"):
            try:
                generation = await engine.generate(_question())
            except errors.WorkerCrashed:  # sent before the death was noticed: restarted now
                generation = await engine.generate(_question())
        assert generation.completion_tokens > 0
        assert engine.worker_pid not in (None, first_pid)
        assert engine.restarts == 1
        assert engine.profile is not None and engine.profile.name == "safe"
        # The walk resumed at 'safe': the crashing 'full' profile was not tried again.
        assert not any("fell back" in r.getMessage() for r in caplog.records)
    finally:
        await engine.aclose()


def test_the_ladder_and_exit_descriptions() -> None:
    assert [p.name for p in cpu.ladder("auto")] == ["full", "safe", "minimal"]
    assert [p.name for p in cpu.ladder("auto", "safe")] == ["safe", "minimal"]
    assert [p.name for p in cpu.ladder("minimal")] == ["minimal"]
    assert not cpu.PROFILES["safe"].extra_buffers and cpu.PROFILES["full"].extra_buffers
    assert cpu.describe_exit(-11) == "was killed by SIGSEGV"
    assert cpu.describe_exit(3) == "exited with code 3"
    with pytest.raises(ValueError, match="unknown CPU profile"):
        cpu.ladder("turbo")


@pytest.mark.parametrize("name", cpu.FALLBACK_ORDER)
async def test_every_profile_loads_and_passes_its_self_check(
    smollm_path: Path, full_profile_failure: str | None, name: str
) -> None:
    if name == "full" and full_profile_failure is not None:
        pytest.skip(f"llama.cpp's defaults do not run on this host: {full_profile_failure}")
    engine = _engine(smollm_path, profile=name)
    await engine.start()
    try:
        record = engine.info.decoding["cpu"]
        assert record["profile"] == name
        assert record["use_extra_bufts"] is cpu.PROFILES[name].extra_buffers
        assert (await engine.generate(_question())).completion_tokens > 0
    finally:
        await engine.aclose()
