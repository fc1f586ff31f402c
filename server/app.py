"""The web app as one object: ``create_app(settings, engine=None)``.

Nothing is built at import. The lifespan opens the database (and migrates it),
starts loading the model in the background (``/health`` says ``loading`` until
it is ready), and closes both on shutdown. Tests pass a scripted ``engine``;
production passes none and the configured model is opened with ``open_engine``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from litestar import Litestar, Request, Response, get
from litestar.config.csrf import CSRFConfig
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.static_files import create_static_files_router

from server import __version__
from server.engine.base import Engine
from server.errors import ConfigError
from server.settings import Settings
from server.store import accounts
from server.store.db import Database
from server.web import (
    account_pages,
    assessments,
    auth,
    deps,
    employer_pages,
    interviews,
    jobs,
    kiosk,
    pages,
    practice,
    privacy,
    question_bank,
    review,
)
from server.web.errors import EXCEPTION_HANDLERS
from server.web.judging import Judging
from server.web.limits import Limits
from server.web.schemas import HealthOut
from server.web.security import CSRF_EXCLUDE, SecurityMiddleware, add_security_headers
from server.web.slot import EngineSlot
from server.web.turns import Turns

log = logging.getLogger(__name__)

# Starting on a model server (INTERVIEWER_ENGINE_URL) that fails is tried again after
# 5 s, then twice as long each time, at most every 60 s.
_FIRST_RETRY_S = 5.0
_LONGEST_RETRY_S = 60.0

# The largest request body accepted: a message is at most 4,000 characters.
MAX_BODY_BYTES = 64 * 1024


async def _load_model(
    settings: Settings,
    slot: EngineSlot,
    stop: asyncio.Event,
    verified: tuple[Path, str] | None,
) -> None:
    from server.engine import open_engine
    from server.interview import prompts

    pause = _FIRST_RETRY_S
    while not stop.is_set():
        try:
            # The constraints compile while the model loads, and the fixed instructions are
            # evaluated once, so neither a bad schema nor a cold cache reaches a candidate.
            async with open_engine(
                settings, warm_schemas=prompts.SCHEMAS, on_verified=slot.expect, verified=verified
            ) as engine:
                await prompts.warm(engine)
                slot.ready(engine)
                log.info("model %s is ready", settings.model)
                await stop.wait()
        except Exception as exc:  # reported on /health and to every turn; the app stays up
            log.exception("the model could not be started")
            slot.failed(f"{type(exc).__name__}: {exc}")
            if not settings.engine_url or isinstance(exc, ConfigError):
                return  # a local model that failed its CPU profiles; a setting to change
            # A model server may be starting, restarting or busy: try again, less often.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), pause)
            pause = min(pause * 2, _LONGEST_RETRY_S)
        finally:
            if slot.status == "ready":
                slot.closed()


@get(
    "/health",
    exclude_from_csrf=True,
    responses={503: ResponseSpec(HealthOut, description="The model is loading or failed.")},
)
async def health(request: Request[Any, Any, Any]) -> Response[HealthOut]:
    """``loading`` while the model starts, ``ready`` once it can answer, ``error`` if it failed.

    HTTP 200 only when ready, 503 otherwise (as llama.cpp's server does), so load
    balancers and orchestrators can wait on it.
    """
    slot: EngineSlot = request.app.state.engine
    body = HealthOut(status=slot.status, model=slot.model_name, detail=slot.detail)
    if slot.status == "ready":
        return Response(body)
    return Response(body, status_code=503, headers={"Retry-After": "5"})


def create_app(
    settings: Settings,
    engine: Engine | None = None,
    *,
    verified: tuple[Path, str] | None = None,
    on_migrated: Callable[[Database], None] | None = None,
) -> Litestar:
    """Build the app. ``engine`` (a test's fake) is used as is and not closed by the app;
    ``verified`` is the model file's ``(path, sha256)`` when the caller has just checked it;
    ``on_migrated`` runs once the database is migrated, before the first request."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        db = Database(settings.database_url, debug=settings.debug)
        applied = await asyncio.to_thread(db.migrate)
        if applied:
            log.info("database migrated: %s", ", ".join(applied))
        if on_migrated is not None:
            await asyncio.to_thread(on_migrated, db)
        slot = EngineSlot(engine.info.name if engine is not None else settings.model)
        turns = Turns(db, slot, settings)
        app.state.settings = settings
        app.state.limits = Limits(settings, db)
        app.state.db = db
        app.state.engine = slot
        app.state.turns = turns
        # Rubric answers are judged in the background, after submission (server.web.judging).
        judging = Judging(db, slot)
        app.state.judging = judging
        app.state.templates = pages.Templates()
        # The CSRF middleware reads its config at each request: sign with the kept secret,
        # so forms opened before a restart still post after it.
        csrf.secret = await db.run(accounts.app_secret, name="csrf")
        app.state.form_key = await db.run(accounts.app_secret, name="form-binding")
        # Signs practice runs' states (server.web.practice): every process holds the same.
        app.state.practice_key = await db.run(accounts.app_secret, name="practice")
        stop = asyncio.Event()
        loader: asyncio.Task[None] | None = None
        if engine is not None:
            slot.ready(engine)
        else:
            loader = asyncio.create_task(
                _load_model(settings, slot, stop, verified), name="load-model"
            )
        judging.start()
        try:
            yield
        finally:
            await judging.aclose()
            await turns.aclose()
            stop.set()
            if loader is not None:
                await loader
            db.dispose()

    csrf = CSRFConfig(
        secret=secrets.token_hex(32),  # replaced by the database's secret at start-up
        cookie_name="interviewer_csrf",
        cookie_httponly=True,
        cookie_samesite="strict",
        cookie_secure=settings.secure_cookies == "always",
        exclude=CSRF_EXCLUDE,
    )
    return Litestar(
        route_handlers=[
            health,
            *auth.ROUTES,
            *jobs.ROUTES,
            *interviews.ROUTES,
            *review.ROUTES,
            *assessments.ROUTES,
            *question_bank.ROUTES,
            *privacy.ROUTES,
            *account_pages.ROUTES,
            *pages.ROUTES,
            *employer_pages.ROUTES,
            *kiosk.ROUTES,
            *practice.ROUTES,
            create_static_files_router(path="/static", directories=[pages.WEBUI_DIR]),
        ],
        dependencies={**deps.DEPENDENCIES, **auth.DEPENDENCIES},
        lifespan=[lifespan],
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[
            DefineMiddleware(
                SecurityMiddleware,
                allowed_hosts=settings.allowed_host_names(),
                trusted_proxies=settings.trusted_proxy_list(),
            )
        ],
        before_send=[add_security_headers],
        csrf_config=csrf,
        openapi_config=OpenAPIConfig(
            title="Offline interviewer",
            version=__version__,
            path="/schema",
            render_plugins=[JsonRenderPlugin(path=["/", "/openapi.json"])],
        ),
        request_max_body_size=MAX_BODY_BYTES,
        # Logging is the process's to configure (the CLI, uvicorn): the app only logs.
        logging_config=None,
        debug=settings.debug,
    )
