"""The llama.cpp engine: an awaitable front for one supervised worker process.

One model per process, up to ``parallel`` generations at once (decoded together by
the worker, ``server.engine.batch``; one at a time with 1): requests wait in a bounded
queue that takes addresses and accounts in turn (``server.engine.fairness``;
``EngineBusy`` past a budget or when the expected wait passes the queue's deadline)
and a single driver task hands them to the worker as sequences free up, routes its
answers back by request id, and reports each one's time to the queue's estimate.
Every generation is bounded in tokens and in wall-clock time; if the worker dies
or stops answering, the requests in flight fail with a typed error, the worker is
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
# The self-check's time limit at least: a short generation limit (a test's) must not fail
# a start-up on a busy machine; a hung load is caught by the load time limit.
_CHECK_TIMEOUT_S = 30.0


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
    parallel: int = 1

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
            parallel=settings.model_parallel,
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
            parallel=config.parallel,
        )
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-pipe")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._consumer: asyncio.Task[None] | None = None
        # Requests sent to the worker and not yet answered: id -> (job, when to give up).
        self._in_flight: dict[int, tuple[_Job, float]] = {}
        self._spawned = 0  # workers started so far
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
                    "check_timeout_s": max(cfg.generation_timeout_s, _CHECK_TIMEOUT_S),
                    "parallel": cfg.parallel,
                },
            ),
            name="interviewer-model",
            daemon=True,
        )
        process.start()
        self._spawned += 1
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
            # A pipe whose worker died (or was killed mid-generation) may be closed already;
            # shutting down must not fail on it.
            with contextlib.suppress(OSError):
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
        for job in [job for job, _ in self._in_flight.values()] + self._queue.drain():
            job.events.put_nowait(errors.EngineUnavailable("the engine is shutting down"))
        self._in_flight.clear()
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
        """Hand queued requests to the worker while it has room (``parallel``), and its
        answers back to their callers; restart it when it dies or stops answering."""
        taking: asyncio.Task[_Job] | None = None
        reading: asyncio.Task[tuple[int, tuple[Any, ...] | None]] | None = None
        held: _Job | None = None  # taken, waiting for a dead worker's answers to end
        try:
            while True:
                if held is not None and reading is None:
                    job, held = held, None
                    await self._send(job)
                    continue
                if taking is None and held is None and len(self._in_flight) < self._config.parallel:
                    taking = asyncio.create_task(self._queue.get())
                if reading is None and self._in_flight:
                    deadline = min(until for _, until in self._in_flight.values())
                    reading = asyncio.create_task(self._receive_tagged(deadline))
                waits = {t for t in (taking, reading) if t is not None}
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                if reading is not None and reading.done():
                    (spawned, event), reading = reading.result(), None
                    if spawned == self._spawned:  # else of a worker already replaced
                        await self._handle(event)
                if taking is not None and taking.done():
                    job, taking = taking.result(), None
                    if job.abandoned:
                        self._queue.task_done(job, served=False)
                    elif reading is not None:
                        # A reader is out: a dead worker is heard of there first.
                        if self._process is None or not self._process.is_alive():
                            held = job
                        else:
                            await self._send(job)
                    else:
                        await self._send(job)
        except asyncio.CancelledError:
            for task in (taking, reading):
                if task is not None:
                    task.cancel()
            if held is not None:
                held.events.put_nowait(errors.EngineUnavailable("the engine is shutting down"))
                self._queue.task_done(held, served=False)
            raise

    async def _receive_tagged(self, deadline: float) -> tuple[int, tuple[Any, ...] | None]:
        """:meth:`_receive`, with which worker it read from (a count of spawns)."""
        spawned = self._spawned
        return spawned, await self._receive(deadline)

    def _answer(self, request_id: int, event: Generation | BaseException) -> None:
        job, _ = self._in_flight.pop(request_id)
        job.events.put_nowait(event)
        # Its time, a restart included, is what the requests behind it waited.
        self._queue.task_done(job)

    async def _send(self, job: _Job) -> None:
        """Give ``job`` to the worker, starting a worker first if none is running."""
        try:
            if self._process is None or not self._process.is_alive():
                await self._restart("the worker was not running")
        except Exception as exc:  # no worker could start: this caller hears why
            job.events.put_nowait(exc)
            self._queue.task_done(job)
            return
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
        hard_deadline = time.monotonic() + cfg.generation_timeout_s + _KILL_GRACE_S
        self._in_flight[request_id] = (job, hard_deadline)
        try:
            if self._conn is None:
                raise OSError("no pipe")
            self._conn.send(("generate", request_id, payload))
        except OSError:
            await self._fail_all(
                lambda _: errors.WorkerCrashed("the model worker stopped; try again"),
                "the pipe to the worker broke",
            )

    async def _handle(self, event: tuple[Any, ...] | None) -> None:
        """One event from the worker, or None when a request in flight ran out of time."""
        cfg = self._config
        # The callers hear of a timeout or crash at once; the worker is restarted after.
        if event is None:
            now = time.monotonic()
            timeout = errors.GenerationTimeout(
                f"the model did not answer within {cfg.generation_timeout_s:.0f} s"
            )
            overdue = {rid for rid, (_, until) in self._in_flight.items() if until <= now}
            await self._fail_all(
                lambda rid: (
                    timeout
                    if rid in overdue
                    else errors.WorkerCrashed(
                        "the model worker stopped answering and is being restarted; "
                        "please send the message again"
                    )
                ),
                "a generation ran past its time limit",
            )
            return
        if event[0] == "crashed":
            await self._fail_all(
                lambda _: errors.WorkerCrashed(
                    "the model worker crashed during this reply and is being restarted; "
                    "please send the message again"
                ),
                f"the worker {event[1]}",
            )
            return
        if len(event) < 2 or event[1] not in self._in_flight:
            return  # a late event of a request already answered
        if event[0] == "done":
            self._answer(event[1], Generation(**event[2]))
        elif event[0] == "error":
            self._answer(event[1], _rebuild_error(event[2], event[3], event[4]))

    async def _fail_all(self, error: Callable[[int], BaseException], reason: str) -> None:
        """Every request in flight fails (``error`` by request id); then a fresh worker."""
        for request_id in list(self._in_flight):
            self._answer(request_id, error(request_id))
        try:
            await self._restart(reason)
        except errors.EngineUnavailable:
            log.exception("the model worker could not be restarted")
            # The next request tries again (_send) and its caller hears why.

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
    if settings.model_parallel > 1:  # decoded together (the same texts as one at a time)
        info.decoding["parallel"] = settings.model_parallel
    if on_verified is not None:
        on_verified(info)
    engine = LlamaEngine(config, info)
    try:
        await engine.start()
        yield engine
    finally:
        await engine.aclose()
