"""Every error the app can meet, mapped to an HTTP answer in one place.

The body is always ``{"status_code", "detail"}`` (plus ``extra`` for validation),
and ``detail`` says what to do next. Nothing internal (tracebacks, SQL, paths)
is ever put in a response. The same mapping serves JSON answers and the
``error`` event of a streamed turn (:func:`error_body`).

Logs never carry what a candidate wrote unless the app runs with ``debug``: an
unexpected exception is logged by type and stack frames only (its message may
quote input), and SQLAlchemy's bound parameters are hidden (``server.store.db``).
"""

from __future__ import annotations

import logging
import re
import traceback
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import (
    HTTP_400_BAD_REQUEST,
    HTTP_403_FORBIDDEN,
    HTTP_409_CONFLICT,
    HTTP_422_UNPROCESSABLE_ENTITY,
    HTTP_429_TOO_MANY_REQUESTS,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_503_SERVICE_UNAVAILABLE,
    HTTP_507_INSUFFICIENT_STORAGE,
)
from litestar.types import ExceptionHandlersMap

from server import errors
from server.store.db import trouble

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    status: int
    detail: str
    extra: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def safe_reason(exc: BaseException, *, debug: bool) -> str:
    """An exception for a log line: its message only where it cannot quote input."""
    if debug or isinstance(exc, (HTTPException, errors.InterviewerError)):
        return f"{type(exc).__name__}: {exc}"
    if isinstance(exc, sa.exc.DBAPIError) and exc.orig is not None:
        return f"{type(exc).__name__}: {type(exc.orig).__name__}: {exc.orig}"
    return f"{type(exc).__name__} (message hidden; INTERVIEWER_DEBUG=1 shows it)"


def log_failure(what: str, exc: BaseException, *, debug: bool) -> None:
    """Log an unexpected failure: the full exception in debug mode, else type and frames."""
    if debug:
        log.error(what, exc_info=exc)
        return
    frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
    log.error("%s: %s\n%s", what, safe_reason(exc, debug=False), frames.rstrip())


# A list item's place as a person counts it: "fields.1.label" is "field 2, label".
_ITEM = re.compile(r"\b(fields|custom_questions|choices|work_samples|items)\.(\d+)\b")
_ITEM_NAMES = {
    "fields": "field",
    "custom_questions": "question",
    "choices": "choice",
    "work_samples": "work sample",
    "items": "item",
}


def _human_key(key: str) -> str:
    key = _ITEM.sub(lambda m: f"{_ITEM_NAMES[m[1]]} {int(m[2]) + 1}", key)
    return key.replace(".", ", ")


def _validation(exc: ValidationException) -> Answer:
    problems = exc.extra if isinstance(exc.extra, list) else []
    parts = []
    for problem in problems:
        if isinstance(problem, dict):
            key = _human_key(str(problem.get("key") or "body"))
            message = str(problem.get("message", "is not valid")).removeprefix("Value error, ")
            parts.append(f"{key}: {message}")
    detail = (
        "The request is not valid: " + "; ".join(parts) + ". Fix it and send it again."
        if parts
        else f"The request is not valid: {exc.detail}"
    )
    return Answer(HTTP_422_UNPROCESSABLE_ENTITY, detail, extra=problems or None)


def _engine(exc: errors.EngineError) -> Answer:
    if isinstance(exc, errors.EngineBusy):
        detail = "The interviewer is busy with other candidates. Try again in a moment."
        retry = max(1, exc.retry_after)
    elif isinstance(exc, errors.EngineUnavailable):
        detail, retry = "The interviewer's model is not ready yet. Try again shortly.", 10
    else:
        log.warning("model call failed: %s: %s", type(exc).__name__, exc)
        detail, retry = (
            "The interviewer could not answer this time. Your message is saved; send it again.",
            2,
        )
    return Answer(HTTP_503_SERVICE_UNAVAILABLE, detail, headers={"Retry-After": str(retry)})


def _request(exc: errors.RequestError) -> Answer:
    if isinstance(exc, errors.EmailTaken):
        return Answer(
            HTTP_409_CONFLICT, "An account with this email already exists. Log in instead."
        )
    if isinstance(exc, errors.StaleInterview):
        return Answer(
            HTTP_409_CONFLICT,
            "The interview changed in another window while this was sent. Reload and try again.",
        )
    if isinstance(exc, errors.TooManyRequests):
        return Answer(
            HTTP_429_TOO_MANY_REQUESTS, str(exc), headers={"Retry-After": str(exc.retry_after)}
        )
    if isinstance(exc, errors.Unprocessable):
        return Answer(HTTP_422_UNPROCESSABLE_ENTITY, str(exc))
    if isinstance(exc, errors.Forbidden):
        return Answer(HTTP_403_FORBIDDEN, str(exc))
    return Answer(HTTP_409_CONFLICT, str(exc))


def _database(exc: sa.exc.DBAPIError, debug: bool) -> Answer | None:
    """SQLite's busy/locked and PostgreSQL's lock, deadlock and serialization failures are
    a 503 to send again; a full disk on either is a 507 (``store.db.trouble``). Any other
    operational failure is a 500; None for the rest (integrity errors and the like)."""
    kind = trouble(exc)
    if kind == "busy":
        log.warning("database busy: %s", safe_reason(exc, debug=debug))
        return Answer(
            HTTP_503_SERVICE_UNAVAILABLE,
            "The database is busy. Nothing you sent before was lost; send this again in a moment.",
            headers={"Retry-After": "2"},
        )
    if kind == "full":
        log.error("database write failed: disk full")
        return Answer(
            HTTP_507_INSUFFICIENT_STORAGE,
            "The server's disk is full, so this could not be saved (nothing you sent before was"
            " lost). Tell the administrator, then send it again.",
        )
    if not isinstance(exc, sa.exc.OperationalError):
        return None
    log_failure("database error", exc, debug=debug)
    return Answer(HTTP_500_INTERNAL_SERVER_ERROR, "The database failed. Try again later.")


def answer_for(exc: BaseException, *, debug: bool = False, where: str = "") -> Answer:
    """The HTTP answer for any exception (logging the unexpected ones)."""
    if isinstance(exc, ValidationException):
        return _validation(exc)
    if isinstance(exc, HTTPException):
        return Answer(exc.status_code, exc.detail, exc.extra, dict(exc.headers or {}))
    if isinstance(exc, errors.EngineError):
        return _engine(exc)
    if isinstance(exc, errors.GrammarError):
        log.error("constraint failure: %s", exc)
        return Answer(
            HTTP_503_SERVICE_UNAVAILABLE,
            "The interviewer's model is misconfigured; an administrator must check the logs.",
            headers={"Retry-After": "60"},
        )
    if isinstance(exc, errors.RequestError):
        return _request(exc)
    if isinstance(exc, sa.exc.DBAPIError) and (answer := _database(exc, debug)) is not None:
        return answer
    if isinstance(exc, UnicodeDecodeError):
        return Answer(HTTP_400_BAD_REQUEST, "The body is not valid UTF-8. Send UTF-8 encoded JSON.")
    if isinstance(exc, RecursionError):  # JSON nested thousands deep: no request needs that
        log.warning("refused a request nested too deeply%s", f" on {where}" if where else "")
        return Answer(
            HTTP_400_BAD_REQUEST, "The JSON is nested too deeply. Send a flat JSON object."
        )
    log_failure(f"unexpected error{' on ' + where if where else ''}", exc, debug=debug)
    return Answer(
        HTTP_500_INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. Nothing you sent was lost; try again.",
    )


def error_body(exc: BaseException, *, debug: bool = False) -> dict[str, Any]:
    """The ``{"status_code", "detail"}`` body of an answer, for a streamed ``error`` event."""
    answer = answer_for(exc, debug=debug, where="a streamed turn")
    body: dict[str, Any] = {"status_code": answer.status, "detail": answer.detail}
    if "Retry-After" in answer.headers:
        body["retry_after"] = int(answer.headers["Retry-After"])
    return body


def _handle(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    answer = answer_for(exc, debug=request.app.debug, where=f"{request.method} {request.url.path}")
    body: dict[str, Any] = {"status_code": answer.status, "detail": answer.detail}
    if answer.extra:
        body["extra"] = answer.extra
    return Response(
        body,
        status_code=answer.status,
        headers=answer.headers or None,
        media_type=MediaType.JSON,
    )


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    ValidationException: _handle,
    HTTPException: _handle,
    errors.EngineError: _handle,
    errors.GrammarError: _handle,
    errors.RequestError: _handle,
    sa.exc.DBAPIError: _handle,
    Exception: _handle,
}
