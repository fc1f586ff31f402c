"""The model behind the :class:`~server.engine.base.Engine` protocol.

:func:`open_engine` is the one way in: a shared model server when
``INTERVIEWER_ENGINE_URL`` is set (``server.engine.remote``), else the local worker
process on the configured model (``server.engine.runtime``). Nothing is imported or
started until it is called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from server.engine.base import Engine, ModelInfo
from server.settings import Settings


@asynccontextmanager
async def open_engine(
    settings: Settings,
    *,
    warm_schemas: tuple[dict[str, Any], ...] = (),
    on_verified: Callable[[ModelInfo], None] | None = None,
    verified: tuple[Path, str] | None = None,
) -> AsyncIterator[Engine]:
    """The configured engine, started and checked; closed on exit.

    ``warm_schemas`` are compiled at start, so a schema that cannot be used fails
    start-up instead of a candidate's turn. ``on_verified`` hears the model's identity
    once it is known. ``verified`` (the local model file's ``(path, sha256)``, already
    checked by the caller) does not apply to a model server, which has no local file.
    """
    if settings.engine_url:
        from server.engine.remote import open_remote_engine

        async with open_remote_engine(
            settings, warm_schemas=warm_schemas, on_verified=on_verified
        ) as remote:
            yield remote
        return
    from server.engine.runtime import open_engine as open_local_engine

    async with open_local_engine(
        settings, warm_schemas=warm_schemas, on_verified=on_verified, verified=verified
    ) as local:
        yield local
