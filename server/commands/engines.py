"""The engine a command runs on: the configured model (local, or the model server at
``INTERVIEWER_ENGINE_URL``), started and warmed, or none."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from server.engine.base import Engine, RulesOnly
from server.settings import Settings


@asynccontextmanager
async def engine_for(settings: Settings, rules_only: bool = False) -> AsyncIterator[Engine]:
    """The configured model, loaded and warmed; or no model at all with ``rules_only``
    (every generation refused, so the deterministic reading stands alone)."""
    if rules_only:
        yield RulesOnly()
        return
    from server.engine import open_engine
    from server.interview import prompts

    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as engine:
        await prompts.warm(engine)
        yield engine
