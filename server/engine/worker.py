"""The inference worker: a child process that owns the model.

llama.cpp can abort the whole process (its grammar sampler on an empty stack,
an allocation failure), so the model never lives in the web server's process.
The parent (``runtime.py``) sends one request at a time over a pipe and reads
events back:

    parent -> worker   ("generate", request_id, payload) | ("stop",)
    worker -> parent   ("ready", details) | ("failed", message)
                       ("chunk", request_id, text)
                       ("done", request_id, result) | ("error", request_id, kind, message, partial)
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict
from multiprocessing.connection import Connection
from typing import Any


def worker_main(conn: Connection, config: dict[str, Any]) -> None:
    """Entry point of the worker process (started with the ``spawn`` method)."""
    # Inference threads are set explicitly; keep numeric libraries from adding their own.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    from server.engine.decode import Decoder
    from server.errors import InterviewerError

    try:
        decoder = Decoder(
            config["model_path"],
            n_ctx=config["n_ctx"],
            n_threads=config["n_threads"],
            n_batch=config["n_batch"],
            chat_format=config["chat_format"],
        )
        for schema in config.get("warm_schemas", ()):
            decoder.matcher(schema)
    except Exception as exc:  # report any load failure to the parent, then exit
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", {"n_vocab": decoder.n_vocab, "pid": os.getpid()}))

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "stop":
            return
        _, request_id, payload = message

        def emit(text: str, request_id: int = request_id) -> None:
            conn.send(("chunk", request_id, text))

        try:
            result = decoder.generate(
                [tuple(m) for m in payload["messages"]],
                schema=payload["schema"],
                max_tokens=payload["max_tokens"],
                pinned=payload["pinned"],
                deadline=time.monotonic() + payload["timeout_s"],
                on_text=emit if payload["stream"] else None,
            )
        except InterviewerError as exc:
            partial = getattr(exc, "partial_text", "")
            conn.send(("error", request_id, type(exc).__name__, str(exc), partial))
        except Exception as exc:  # an unexpected failure costs this request, not the worker
            conn.send(("error", request_id, "EngineError", f"{type(exc).__name__}: {exc}", ""))
        else:
            conn.send(("done", request_id, asdict(result)))
