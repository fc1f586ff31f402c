"""Where the app keeps its model: loading, ready, or failed to load."""

from __future__ import annotations

from typing import Literal

from server.engine.base import Engine, Generation, GenerationRequest, ModelInfo
from server.errors import EngineLoading, EngineUnavailable


class EngineSlot:
    """Where the app keeps its model: loading, ready, or failed to load.

    The slot is an :class:`Engine` itself, so a turn holds the slot rather than the
    model: a turn that needs no model goes on while the model loads, and one that
    does gets ``EngineLoading`` (HTTP 503 with ``Retry-After``).
    """

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self.status: Literal["loading", "ready", "error"] = "loading"
        self.detail: str | None = None
        self._engine: Engine | None = None
        self._expected: ModelInfo | None = None

    def expect(self, info: ModelInfo) -> None:
        """The verified model file that is loading, before its worker is up."""
        self._expected = info

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
            raise EngineLoading("the model is still loading; try again in a few seconds")
        return self._engine

    @property
    def loaded(self) -> ModelInfo | None:
        """The ready model's identity (CPU settings included), or None."""
        return self._engine.info if self._engine is not None else None

    @property
    def info(self) -> ModelInfo:
        """The model's identity; while it loads, that of its verified file."""
        if self._engine is None and self.status == "loading" and self._expected is not None:
            return self._expected
        return self.get().info

    async def generate(self, request: GenerationRequest) -> Generation:
        return await self.get().generate(request)

    async def aclose(self) -> None:
        """Nothing to do: the app's lifespan closes the model it opened."""
