"""Every error the app can meet, mapped to an HTTP answer in one place.

The body is always ``{"status_code", "detail"}`` (plus ``extra`` for validation),
and ``detail`` says what to do next. Nothing internal (tracebacks, SQL, paths)
is ever put in a response.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import (
    HTTP_409_CONFLICT,
    HTTP_422_UNPROCESSABLE_ENTITY,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_503_SERVICE_UNAVAILABLE,
    HTTP_507_INSUFFICIENT_STORAGE,
)

from server import errors
from server.store.accounts import EmailTaken
from server.store.interviews import StaleInterview

log = logging.getLogger(__name__)


class Conflict(HTTPException):
    """The request is fine but the resource is not in a state that allows it."""

    status_code = HTTP_409_CONFLICT


class Unprocessable(HTTPException):
    status_code = HTTP_422_UNPROCESSABLE_ENTITY


def _body(status: int, detail: str, extra: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status_code": status, "detail": detail}
    if extra:
        body["extra"] = extra
    return body


def _respond(
    status: int, detail: str, *, extra: Any = None, headers: dict[str, str] | None = None
) -> Response[dict[str, Any]]:
    return Response(
        _body(status, detail, extra), status_code=status, headers=headers, media_type=MediaType.JSON
    )


def _validation(_: Request, exc: ValidationException) -> Response[dict[str, Any]]:
    problems = exc.extra if isinstance(exc.extra, list) else []
    parts = []
    for problem in problems:
        if isinstance(problem, dict):
            key = problem.get("key") or "body"
            parts.append(f"{key}: {problem.get('message', 'is not valid')}")
    detail = (
        "The request is not valid: " + "; ".join(parts) + ". Fix it and send it again."
        if parts
        else f"The request is not valid: {exc.detail}"
    )
    return _respond(HTTP_422_UNPROCESSABLE_ENTITY, detail, extra=problems or None)


def _engine(_: Request, exc: errors.EngineError) -> Response[dict[str, Any]]:
    if isinstance(exc, errors.EngineBusy):
        detail, retry = "The interviewer is busy with other candidates. Try again in a moment.", 5
    elif isinstance(exc, errors.EngineUnavailable):
        detail, retry = "The interviewer's model is not ready yet. Try again shortly.", 10
    else:
        log.warning("model call failed: %s: %s", type(exc).__name__, exc)
        detail, retry = (
            "The interviewer could not answer this time. Your message is saved; send it again.",
            2,
        )
    return _respond(HTTP_503_SERVICE_UNAVAILABLE, detail, headers={"Retry-After": str(retry)})


def _grammar(_: Request, exc: errors.GrammarError) -> Response[dict[str, Any]]:
    log.error("constraint failure: %s", exc)
    return _respond(
        HTTP_503_SERVICE_UNAVAILABLE,
        "The interviewer's model is misconfigured; an administrator must check the logs.",
        headers={"Retry-After": "60"},
    )


def _email_taken(_: Request, exc: EmailTaken) -> Response[dict[str, Any]]:
    return _respond(HTTP_409_CONFLICT, "An account with this email already exists. Log in instead.")


def _stale(_: Request, exc: StaleInterview) -> Response[dict[str, Any]]:
    return _respond(
        HTTP_409_CONFLICT,
        "The interview changed in another window while this was sent. Reload and try again.",
    )


def _database(_: Request, exc: sa.exc.OperationalError) -> Response[dict[str, Any]]:
    text = str(exc.orig).lower() if exc.orig is not None else ""
    if "locked" in text or "busy" in text:
        return _respond(
            HTTP_503_SERVICE_UNAVAILABLE,
            "The database is busy. Nothing was lost; try again in a moment.",
            headers={"Retry-After": "2"},
        )
    if "full" in text:
        log.error("database write failed: disk full")
        return _respond(
            HTTP_507_INSUFFICIENT_STORAGE,
            "The server's disk is full, so nothing could be saved. Tell the administrator.",
        )
    log.exception("database error", exc_info=exc)
    return _respond(HTTP_500_INTERNAL_SERVER_ERROR, "The database failed. Try again later.")


def _http(_: Request, exc: HTTPException) -> Response[dict[str, Any]]:
    return _respond(exc.status_code, exc.detail, extra=exc.extra, headers=exc.headers)


def _unexpected(request: Request, exc: Exception) -> Response[dict[str, Any]]:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(
        HTTP_500_INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. Nothing you sent was lost; try again.",
    )


EXCEPTION_HANDLERS: dict[type[Exception], Any] = {
    ValidationException: _validation,
    HTTPException: _http,
    errors.EngineError: _engine,
    errors.GrammarError: _grammar,
    EmailTaken: _email_taken,
    StaleInterview: _stale,
    sa.exc.OperationalError: _database,
    Exception: _unexpected,
}
