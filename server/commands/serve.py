"""``interviewer serve``: make sure the model is there and verified (fetching it unless
``--no-pull``), then run the app under uvicorn. The app's start-up migrates the database
and, on the first start (no accounts yet), seeds the demo and prints its log-ins.

With ``INTERVIEWER_ENGINE_URL`` set the model lives in a separate server: no local model
file is checked, fetched or loaded, and the app's start-up connects to that server.

``--workers N`` (N > 1) runs N web processes on one port under uvicorn's supervisor. They
need that shared model server (each would otherwise load a model of its own). This
process migrates the database and seeds the demo first; then each worker builds the app
from the settings exported to its environment (``server.cli:web_worker_app``). Rate
limits, messages in flight and interview locks are kept in the database, so the workers
count and lock as one (``server.store.shared``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from server.commands import demo
from server.engine.base import Engine
from server.errors import ConfigError, ModelNotInstalled
from server.settings import Settings
from server.store.db import Database

log = logging.getLogger(__name__)


def ensure_model(settings: Settings, *, pull: bool) -> tuple[Path, str]:
    """The configured model's verified ``(path, sha256)``, fetched first if missing."""
    from server.models.verify import ensure_verified

    try:
        return ensure_verified(settings, settings.model)
    except ModelNotInstalled:
        if not pull:
            raise
        from server.models.fetch import pull as fetch

        log.info("model %s is not installed; fetching it now", settings.model)
        fetch(settings, settings.model)
        return ensure_verified(settings, settings.model)


def serve_app(
    settings: Settings,
    engine: Engine | None = None,
    *,
    verified: tuple[Path, str] | None = None,
    on_migrated: Callable[[Database], None] | None = None,
) -> int:
    """Run the app under uvicorn until interrupted (``engine``: a fake, for tests)."""
    import uvicorn

    from server.app import create_app

    if settings.workers > 1:
        return _serve_workers(settings, on_migrated)
    app = create_app(settings, engine=engine, verified=verified, on_migrated=on_migrated)
    _warn_if_open(settings)
    uvicorn.run(app, **_uvicorn_options(settings))
    return 0


def _warn_if_open(settings: Settings) -> None:
    if settings.host not in settings.allowed_host_names():  # bound to every address
        log.warning(
            "listening on every address, but only the host names %s are answered; list the "
            "names clients use in INTERVIEWER_ALLOWED_HOSTS",
            ", ".join(settings.allowed_host_names()),
        )


def _uvicorn_options(settings: Settings) -> dict[str, Any]:
    return {
        "host": settings.host,
        "port": settings.port,
        "log_level": "debug" if settings.debug else "info",
        # uvicorn's loggers go through the root handler the CLI set up (escaped or JSON).
        "log_config": None,
        # Proxy headers are applied by the app, from INTERVIEWER_TRUSTED_PROXIES only.
        "proxy_headers": False,
        "timeout_graceful_shutdown": 30,
    }


def environment(settings: Settings) -> dict[str, str | None]:
    """Every setting as the ``INTERVIEWER_*`` variable that gives it (None: unset it), so a
    web worker started by uvicorn builds the same settings as this process has."""
    out: dict[str, str | None] = {}
    for name in Settings.model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, bool):
            value = "true" if value else "false"
        out[f"INTERVIEWER_{name.upper()}"] = None if value is None else str(value)
    return out


def _check_workers(settings: Settings) -> None:
    if settings.workers > 1 and not settings.engine_url:
        raise ConfigError(
            f"--workers {settings.workers} runs {settings.workers} web processes, and each"
            " would load a copy of the model of its own; start one model server and point"
            " them at it with INTERVIEWER_ENGINE_URL (README: Scaling out), or serve with"
            " --workers 1"
        )


def _serve_workers(settings: Settings, on_migrated: Callable[[Database], None] | None) -> int:
    import uvicorn

    _check_workers(settings)
    db = Database(settings.database_url, debug=settings.debug)
    try:
        applied = db.migrate()
        if applied:
            log.info("database migrated: %s", ", ".join(applied))
        if on_migrated is not None:
            on_migrated(db)
    finally:
        db.dispose()
    for key, value in environment(settings).items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    _warn_if_open(settings)
    log.info("starting %d web processes", settings.workers)
    uvicorn.run(
        "server.cli:web_worker_app",
        factory=True,
        workers=settings.workers,
        **_uvicorn_options(settings),
    )
    return 0


def run(settings: Settings, pull: bool) -> int:
    _check_workers(settings)
    if settings.engine_url:
        log.info("using the model server at %s; no local model is loaded", settings.engine_url)
    verified = None if settings.engine_url else ensure_model(settings, pull=pull)
    return serve_app(
        settings,
        verified=verified,
        on_migrated=lambda db: demo.seed_first_start(db, settings),
    )
