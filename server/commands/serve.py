"""``interviewer serve``: make sure the model is there and verified (fetching it unless
``--no-pull``), then run the app under uvicorn. The app's start-up migrates the database
and, on the first start (no accounts yet), seeds the demo and prints its log-ins.

With ``INTERVIEWER_ENGINE_URL`` set the model lives in a separate server: no local model
file is checked, fetched or loaded, and the app's start-up connects to that server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from server.commands import demo
from server.engine.base import Engine
from server.errors import ModelNotInstalled
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

    app = create_app(settings, engine=engine, verified=verified, on_migrated=on_migrated)
    if settings.host not in settings.allowed_host_names():  # bound to every address
        log.warning(
            "listening on every address, but only the host names %s are answered; list the "
            "names clients use in INTERVIEWER_ALLOWED_HOSTS",
            ", ".join(settings.allowed_host_names()),
        )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="debug" if settings.debug else "info",
        # uvicorn's loggers go through the root handler the CLI set up (escaped or JSON).
        log_config=None,
        # Proxy headers are applied by the app, from INTERVIEWER_TRUSTED_PROXIES only.
        proxy_headers=False,
        timeout_graceful_shutdown=30,
    )
    return 0


def run(settings: Settings, pull: bool) -> int:
    if settings.engine_url:
        log.info("using the model server at %s; no local model is loaded", settings.engine_url)
    verified = None if settings.engine_url else ensure_model(settings, pull=pull)
    return serve_app(
        settings,
        verified=verified,
        on_migrated=lambda db: demo.seed_first_start(db, settings),
    )
