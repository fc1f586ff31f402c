"""Where the app keeps its model: loading, ready, or failed to load."""

from __future__ import annotations

from server.engine.base import Engine
from server.errors import EngineUnavailable


class EngineSlot:
    """Where the app keeps its model: loading, ready, or failed to load."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self.status: str = "loading"
        self.detail: str | None = None
        self._engine: Engine | None = None

    def ready(self, engine: Engine) -> None:
        self._engine, self.status, self.detail = engine, "ready", None

    def failed(self, detail: str) -> None:
        self._engine, self.status, self.detail = None, "error", detail

    def closed(self) -> None:
        self._engine, self.status = None, "loading"

    def get(self) -> Engine:
        if self._engine is None:
            if self.status == "error":
                raise EngineUnavailable(f"the model failed to load: {self.detail}")
            raise EngineUnavailable("the model is still loading; try again in a few seconds")
        return self._engine
