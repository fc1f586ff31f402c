"""The inference worker: a child process that owns the model.

llama.cpp can abort the whole process (its grammar sampler on an empty stack,
an allocation failure), so the model never lives in the web server's process.
The parent (``runtime.py``) sends requests over a pipe, at most ``parallel`` at a
time, and reads events back, each answer tagged with its request's id:

    parent -> worker   ("generate", request_id, payload) | ("stop",)
    worker -> parent   ("stage", what it starts doing)... then ("ready", details) | ("failed", why)
                       ("done", request_id, result) | ("error", request_id, kind, message, partial)

With ``parallel`` 1 the worker decodes one request at a time (``Decoder.generate``);
above 1 it decodes up to that many together (``server.engine.batch``), taking requests
that arrive between two steps into the batch.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import deque
from collections.abc import Hashable
from dataclasses import asdict
from multiprocessing.connection import Connection
from typing import Any

# The self-check: a multi-token prefill and one constrained generation, the two paths
# that crash on hosts where llama.cpp's CPU kernels are broken (see server/engine/cpu.py).
CHECK_MESSAGES = (
    ("system", "You check facts. Reply with JSON only, using the given schema."),
    ("user", "Is the sky blue on a clear day? Answer with true or false in the field answer."),
)
CHECK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"answer": {"type": "boolean"}},
    "required": ["answer"],
    "additionalProperties": False,
}
CHECK_MAX_TOKENS = 48


def self_check(decoder: Any, *, fault: str, timeout_s: float, batch: Any = None) -> dict[str, Any]:
    """Prove the loaded model decodes: raises if it does not, and may crash the process.

    With a ``batch`` (``server.engine.batch.BatchDecoder``) the check runs through it on
    two sequences at once, the path requests will take. ``fault`` injects the crash seen
    on hosts with broken CPU kernels (a SIGSEGV in the first multi-token decode), so the
    parent's fallback can be tested on any host.
    """
    if fault == "crash-always" or (
        fault == "crash-with-extra-buffers" and decoder.profile.extra_buffers
    ):
        os.kill(os.getpid(), signal.SIGSEGV)
    started = time.perf_counter()
    options = {
        "schema": CHECK_SCHEMA,
        "max_tokens": CHECK_MAX_TOKENS,
        "pinned": 1,
        "deadline": time.monotonic() + timeout_s,
    }
    if batch is None:
        results = [decoder.generate(CHECK_MESSAGES, **options)]
    else:
        outcomes = batch.run([(n, CHECK_MESSAGES, options) for n in range(min(2, batch.parallel))])
        results = list(outcomes.values())
    for result in results:
        if isinstance(result, BaseException):
            raise result
        answer = json.loads(result.text)
        if set(answer) != {"answer"} or not isinstance(answer["answer"], bool):
            raise ValueError(f"the constrained output does not match its schema: {result.text!r}")
    return {"prompt_tokens": results[0].prompt_tokens, "seconds": time.perf_counter() - started}


def worker_main(conn: Connection, config: dict[str, Any]) -> None:
    """Entry point of the worker process (started with the ``spawn`` method)."""
    # Inference threads are set explicitly; keep numeric libraries from adding their own.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    from server.engine.batch import BatchDecoder
    from server.engine.cpu import PROFILES
    from server.engine.decode import Decoder
    from server.errors import InterviewerError

    conn.send(("stage", "loading the model"))
    try:
        decoder = Decoder(
            config["model_path"],
            n_ctx=config["n_ctx"],
            n_threads=config["n_threads"],
            n_batch=config["n_batch"],
            chat_format=config["chat_format"],
            profile=PROFILES[config["cpu_profile"]],
            parallel=config.get("parallel", 1),
        )
        batch = BatchDecoder(decoder) if decoder.parallel > 1 else None
        conn.send(("stage", "compiling the constraints"))
        for schema in config.get("warm_schemas", ()):
            decoder.matcher(schema)
        conn.send(("stage", "the self-check"))
        check = self_check(
            decoder,
            fault=config.get("fault", "none"),
            timeout_s=config["check_timeout_s"],
            batch=batch,
        )
    except Exception as exc:  # report any start-up failure to the parent, then exit
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    # What llama.cpp was really given, for the model record (not what was asked for).
    applied = {"use_extra_bufts": bool(decoder.llm.model_params.use_extra_bufts)}
    conn.send(
        (
            "ready",
            {"n_vocab": decoder.n_vocab, "pid": os.getpid(), "check": check, "applied": applied},
        )
    )
    if batch is not None:
        _serve_batched(conn, batch)
        return

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "stop":
            return
        _, request_id, payload = message

        try:
            result = decoder.generate(
                [tuple(m) for m in payload["messages"]],
                schema=payload["schema"],
                max_tokens=payload["max_tokens"],
                pinned=payload["pinned"],
                deadline=time.monotonic() + payload["timeout_s"],
            )
        except InterviewerError as exc:
            partial = getattr(exc, "partial_text", "")
            conn.send(("error", request_id, type(exc).__name__, str(exc), partial))
        except Exception as exc:  # an unexpected failure costs this request, not the worker
            conn.send(("error", request_id, "EngineError", f"{type(exc).__name__}: {exc}", ""))
        else:
            conn.send(("done", request_id, asdict(result)))


def _send_outcome(conn: Connection, request_id: Hashable, outcome: Any) -> None:
    from server.errors import InterviewerError

    if isinstance(outcome, InterviewerError):
        partial = getattr(outcome, "partial_text", "")
        conn.send(("error", request_id, type(outcome).__name__, str(outcome), partial))
    else:
        conn.send(("done", request_id, asdict(outcome)))


def _serve_batched(conn: Connection, batch: Any) -> None:
    """Requests decoded together: those that arrived join the batch before each step."""
    from server.errors import InterviewerError

    waiting: deque[tuple[Any, ...]] = deque()
    while True:
        try:
            # Block only when there is nothing to decode; else take what has arrived.
            while (not batch.live and not waiting) or conn.poll(0):
                message = conn.recv()
                if message[0] == "stop":
                    return
                waiting.append(message)
        except (EOFError, OSError):
            return
        while waiting and batch.free:
            _, request_id, payload = waiting.popleft()
            try:
                batch.start(
                    request_id,
                    [tuple(m) for m in payload["messages"]],
                    schema=payload["schema"],
                    max_tokens=payload["max_tokens"],
                    pinned=payload["pinned"],
                    deadline=time.monotonic() + payload["timeout_s"],
                )
            except InterviewerError as exc:
                _send_outcome(conn, request_id, exc)
            except Exception as exc:  # an unexpected failure costs this request
                conn.send(("error", request_id, "EngineError", f"{type(exc).__name__}: {exc}", ""))
        if batch.live:
            for request_id, outcome in batch.step():
                _send_outcome(conn, request_id, outcome)
