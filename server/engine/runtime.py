"""The llama.cpp engine: an awaitable front for one supervised worker process.

One model per process, one generation at a time: requests wait in a bounded
queue that takes addresses and accounts in turn (``server.engine.fairness``;
``EngineBusy`` past a budget or when the expected wait passes the queue's deadline)
and a single consumer task hands them to the worker, reporting each one's time back
to the queue's estimate.
Every generation is bounded in tokens and in wall-clock time; if the worker dies
or stops answering, the request in flight fails with a typed error, the worker is
killed and a fresh one is started for the next request.

A worker is ready only after its self-check (see ``worker.self_check``). When it
dies or fails during start-up, the next CPU profile of ``server.engine.cpu`` is
tried; the profile that served is part of :attr:`LlamaEngine.info`.

Over 350 lines on purpose: the worker's life cycle (start, fallback, restart) and the
request pump share one process handle, pipe and queue; split apart, each half would
reach into the other's state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, cast

from server import errors
from server.engine import cpu
from server.engine.base import Generation, GenerationRequest, ModelInfo
from server.engine.fairness import DEADLINE_S, FairQueue
from server.engine.worker import worker_main
from server.settings import Settings

log = logging.getLogger(__name__)

# Seconds the parent waits beyond a generation's own deadline before it kills the worker.
_KILL_GRACE_S = 5.0


@dataclass
class _Job:
    request: GenerationRequest
    abandoned: bool = False
    events: asyncio.Queue[Generation | BaseException] = field(default_factory=asyncio.Queue)


@dataclass(frozen=True)
class WorkerConfig:
    model_path: Path
    chat_format: str
    n_ctx: int
    n_threads: int
    n_batch: int
    max_tokens: int
    generation_timeout_s: float
    load_timeout_s: float
    queue_size: int
    warm_schemas: tuple[dict[str, Any], ...] = ()
    queue_per_address: int = 8
    queue_per_account: int = 2
    queue_per_job: int = 8
    queue_deadline_s: float = DEADLINE_S
    cpu_profile: str = "auto"
    fault: str = "none"

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        model_path: Path,
        chat_format: str,
        warm_schemas: tuple[dict[str, Any], ...] = (),
    ) -> WorkerConfig:
        return cls(
            model_path=model_path,
            chat_format=chat_format,
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            n_batch=settings.n_batch,
            max_tokens=settings.max_tokens,
            generation_timeout_s=settings.generation_timeout_s,
            load_timeout_s=settings.load_timeout_s,
            queue_size=settings.queue_size,
            warm_schemas=warm_schemas,
            queue_per_address=settings.queue_per_address or settings.queue_size,
            queue_per_account=settings.queue_per_account,
            queue_per_job=settings.queue_per_job or settings.queue_size,
            queue_deadline_s=settings.queue_deadline_s,
            cpu_profile=settings.cpu_profile,
            fault=settings.fault_injection,
        )


class LlamaEngine:
    """Implements :class:`server.engine.base.Engine` over a worker process."""

    def __init__(self, config: WorkerConfig, info: ModelInfo) -> None:
        self._config = config
        self._info = info
        self._queue: FairQueue[_Job] = FairQueue(
            config.queue_size,
            per_group=config.queue_per_address,
            per_member=config.queue_per_account,
            per_job=config.queue_per_job,
            deadline_s=config.queue_deadline_s,
        )
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-pipe")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._consumer: asyncio.Task[None] | None = None
        self._next_id = 0
        self._closed = False
        self.restarts = 0
        self.profile: cpu.CpuProfile | None = None
        self.fallback: str | None = None  # why the profile in use is not the first one tried
        self._applied: dict[str, Any] = {}  # llama.cpp parameters the worker reported

    @property
    def info(self) -> ModelInfo:
        """The model's identity, with the CPU settings it runs on once the worker is up."""
        if self.profile is None:
            return self._info
        decoding = {**self._info.decoding, "cpu": {**self.profile.record(), **self._applied}}
        if self.fallback:
            decoding["cpu_fallback"] = self.fallback
        return replace(self._info, decoding=decoding)

    @property
    def worker_pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    # -- life cycle -------------------------------------------------------------

    async def start(self) -> None:
        await self._start_worker()
        self._consumer = asyncio.create_task(self._consume(), name="engine-consumer")

    async def _start_worker(self) -> None:
        """Start a worker on the first CPU profile that passes its self-check.

        After a crash the walk resumes at the profile in use, never above it.
        """
        start = self.profile.name if self.profile is not None else None
        failures: list[str] = []
        for profile in cpu.ladder(self._config.cpu_profile, start):
            why = await self._spawn(profile)
            if why is None:
                if failures:
                    self.fallback = "; ".join(failures)
                    log.warning(
                        "model worker fell back to CPU profile '%s' (%s) because %s; "
                        "INTERVIEWER_CPU_PROFILE=%s skips the failing attempt",
                        profile.name,
                        profile.summary,
                        self.fallback,
                        profile.name,
                    )
                self.profile = profile
                return
            failures.append(f"with CPU profile '{profile.name}' the worker {why}")
        raise errors.EngineUnavailable(
            f"the model worker failed to start: {'; '.join(failures)}; check the model "
            "file with `interviewer models verify`, or force a CPU profile with "
            "INTERVIEWER_CPU_PROFILE"
        )

    async def _spawn(self, profile: cpu.CpuProfile) -> str | None:
        """Start a worker on ``profile``; None once it is ready, else what went wrong."""
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe(duplex=True)
        cfg = self._config
        process = context.Process(
            target=worker_main,
            args=(
                child,
                {
                    "model_path": str(cfg.model_path),
                    "chat_format": cfg.chat_format,
                    "n_ctx": cfg.n_ctx,
                    "n_threads": cfg.n_threads,
                    "n_batch": cfg.n_batch,
                    "warm_schemas": list(cfg.warm_schemas),
                    "cpu_profile": profile.name,
                    "fault": cfg.fault,
                    "check_timeout_s": cfg.generation_timeout_s,
                },
            ),
            name="interviewer-model",
            daemon=True,
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        deadline = time.monotonic() + cfg.load_timeout_s
        stage = "starting"
        while True:
            event = await self._receive(deadline)
            if event is None:
                self._kill()
                return f"did not finish {stage} within {cfg.load_timeout_s:.0f} s"
            if event[0] == "stage":
                stage = event[1]
                continue
            if event[0] == "ready":
                self._applied = dict(event[1].get("applied", {}))
                check = event[1].get("check", {})
                log.info(
                    "model worker ready (pid %s, CPU profile '%s', self-check %d prompt "
                    "tokens in %.2f s)",
                    event[1]["pid"],
                    profile.name,
                    check.get("prompt_tokens", 0),
                    check.get("seconds", 0.0),
                )
                return None
            self._kill()
            if event[0] == "crashed":
                return f"{event[1]} during {stage}"
            return f"failed during {stage}: {event[-1]}"

    def _kill(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
        if self._process is not None:
            self._process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._consumer is not None:
            self._consumer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._consumer
        for job in self._queue.drain():
            job.events.put_nowait(errors.EngineUnavailable("the engine is shutting down"))
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("stop",))
        if self._process is not None:
            await asyncio.get_running_loop().run_in_executor(None, self._process.join, 5)
        self._kill()
        self._reader.shutdown(wait=False, cancel_futures=True)

    # -- requests ---------------------------------------------------------------

    async def generate(self, request: GenerationRequest) -> Generation:
        if self._closed:
            raise errors.EngineUnavailable("the engine is closed")
        job = _Job(request)
        # EngineBusy past a budget, or when the wait would pass the queue's deadline.
        self._queue.put_nowait(job, request.fair_key)
        try:
            event = await job.events.get()
        finally:
            job.abandoned = True  # a job still queued when its caller left is skipped
        if isinstance(event, BaseException):
            raise event
        return event

    async def _consume(self) -> None:
        while True:
            job = await self._queue.get()
            if job.abandoned:
                self._queue.task_done(job, served=False)
                continue
            try:
                await self._run(job)
            except asyncio.CancelledError:
                job.events.put_nowait(errors.EngineUnavailable("the engine is shutting down"))
                raise
            except Exception as exc:  # keep serving; the caller gets the error
                job.events.put_nowait(exc)
            finally:
                # Its time, restarts included, is what the requests behind it waited.
                self._queue.task_done(job)

    async def _run(self, job: _Job) -> None:
        if self._process is None or not self._process.is_alive():
            await self._restart("the worker was not running")
        cfg = self._config
        request = job.request
        max_tokens = min(request.max_tokens or cfg.max_tokens, cfg.max_tokens)
        self._next_id += 1
        request_id = self._next_id
        payload = {
            "messages": [(m.role, m.content) for m in request.messages],
            "schema": request.schema,
            "max_tokens": max_tokens,
            "pinned": request.pinned,
            "timeout_s": cfg.generation_timeout_s,
        }
        try:
            if self._conn is None:
                raise OSError("no pipe")
            self._conn.send(("generate", request_id, payload))
        except OSError:
            job.events.put_nowait(errors.WorkerCrashed("the model worker stopped; try again"))
            await self._restart("the pipe to the worker broke")
            return
        hard_deadline = time.monotonic() + cfg.generation_timeout_s + _KILL_GRACE_S
        while True:
            event = await self._receive(hard_deadline)
            # The caller hears of a timeout or crash at once; the worker is restarted after.
            if event is None:
                job.events.put_nowait(
                    errors.GenerationTimeout(
                        f"the model did not answer within {cfg.generation_timeout_s:.0f} s"
                    )
                )
                await self._restart("a generation ran past its time limit")
                return
            if event[0] == "crashed":
                job.events.put_nowait(
                    errors.WorkerCrashed(
                        "the model worker crashed during this reply and is being restarted; "
                        "please send the message again"
                    )
                )
                await self._restart(f"the worker {event[1]}")
                return
            if len(event) < 2 or event[1] != request_id:
                continue  # a late event of an abandoned request
            if event[0] == "done":
                job.events.put_nowait(Generation(**event[2]))
                return
            elif event[0] == "error":
                job.events.put_nowait(_rebuild_error(event[2], event[3], event[4]))
                return

    async def _restart(self, reason: str) -> None:
        log.warning("restarting the model worker: %s", reason)
        await asyncio.to_thread(self._kill)
        self.restarts += 1
        await self._start_worker()

    async def _receive(self, deadline: float) -> tuple[Any, ...] | None:
        """Next event from the worker; None at the deadline, ("crashed", how it ended) if it
        died ("was killed by SIGSEGV")."""
        conn, process = self._conn, self._process
        if conn is None or process is None:
            return ("crashed", "is not running")

        def died() -> tuple[Any, ...]:
            process.join(timeout=1)
            return ("crashed", cpu.describe_exit(process.exitcode))

        def read() -> tuple[Any, ...] | None:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                try:
                    if conn.poll(min(remaining, 0.5)):
                        # The worker only ever sends tuples (see worker.py); recv() is Any.
                        return cast(tuple[Any, ...], conn.recv())
                except (EOFError, OSError):
                    return died()
                if not process.is_alive():
                    return died()

        return await asyncio.get_running_loop().run_in_executor(self._reader, read)


_ERRORS: dict[str, type[errors.InterviewerError]] = {
    cls.__name__: cls
    for cls in (
        errors.GenerationTimeout,
        errors.PromptTooLong,
        errors.GrammarError,
        errors.EngineError,
    )
}


def _rebuild_error(kind: str, message: str, partial: str) -> errors.InterviewerError:
    if kind == "GenerationTruncated":
        return errors.GenerationTruncated(message, partial_text=partial)
    return _ERRORS.get(kind, errors.EngineError)(message)


@contextlib.asynccontextmanager
async def open_engine(
    settings: Settings,
    *,
    warm_schemas: tuple[dict[str, Any], ...] = (),
    on_verified: Callable[[ModelInfo], None] | None = None,
    verified: tuple[Path, str] | None = None,
) -> AsyncIterator[LlamaEngine]:
    """Verify the configured model, start its worker, and close it on exit.

    ``warm_schemas`` are compiled into constraints while the model loads, so a
    schema that cannot be compiled fails start-up instead of a candidate's turn.
    ``on_verified`` hears the model's identity once its file is verified, before
    the worker starts. ``verified`` is a ``(path, sha256)`` the caller verified just
    before (``interviewer serve`` does, to fetch a missing model), not checked again.
    """
    from server.models.catalog import load_catalog
    from server.models.verify import ensure_verified

    entry = load_catalog(settings).get(settings.model)
    # Hashing a model file takes seconds when its stamp is stale: not on the event loop.
    if verified is None:
        verified = await asyncio.to_thread(ensure_verified, settings, settings.model)
    path, sha256 = verified
    config = WorkerConfig.from_settings(settings, path, entry.chat_format, warm_schemas)
    info = ModelInfo(
        name=entry.name,
        sha256=sha256,
        n_ctx=settings.n_ctx,
        decoding={
            "sampler": "greedy",
            "constraint": "llguidance",
            "max_tokens": settings.max_tokens,
            "n_ctx": settings.n_ctx,
            "chat_format": entry.chat_format,
        },
    )
    if on_verified is not None:
        on_verified(info)
    engine = LlamaEngine(config, info)
    try:
        await engine.start()
        yield engine
    finally:
        await engine.aclose()
