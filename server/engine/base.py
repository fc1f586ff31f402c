"""The seam between the interviewer and a language model.

Everything outside ``server.engine`` sees only :class:`Engine`; the llama.cpp
engine and the scripted fake both implement it, so tests of the dialogue logic
run the same code paths as production.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True)
class FairKey:
    """Whom a request is for, so the model's queue can take parties in turn
    (``server.engine.fairness``): by ``group`` (the client address), then by ``member``
    (the account); ``job`` has a budget of its own."""

    group: str = ""
    member: str = ""
    job: str = ""


@dataclass(frozen=True)
class GenerationRequest:
    """One call to the model.

    ``schema`` is a JSON schema (as produced by ``pydantic.BaseModel.model_json_schema``);
    when given, decoding is constrained so that the output is a JSON document valid
    against it. ``pinned`` is how many leading messages may never be dropped when the
    conversation has to be trimmed to fit the context window (the system prompt, usually);
    the last message is never dropped either. ``fair_key`` says whom it is for.
    """

    messages: Sequence[ChatMessage]
    schema: dict[str, Any] | None = None
    max_tokens: int | None = None
    pinned: int = 1
    fair_key: FairKey | None = None

    def __post_init__(self) -> None:
        if not self.messages:
            raise ValueError("a generation request needs at least one message")
        if self.max_tokens is not None and self.max_tokens < 1:
            raise ValueError("max_tokens must be at least 1")
        if not 0 <= self.pinned < len(self.messages):
            raise ValueError("pinned must leave the last message unpinned and be at least 0")


@dataclass(frozen=True)
class Generation:
    """What one call produced, with the numbers needed to reason about its cost."""

    text: str
    prompt_tokens: int
    reused_tokens: int
    completion_tokens: int
    forced_tokens: int = 0
    dropped_messages: int = 0
    time_to_first_token_s: float = 0.0
    total_s: float = 0.0


@dataclass(frozen=True)
class ModelInfo:
    """Identity of the loaded model, stored with every interview for reproducibility."""

    name: str
    sha256: str
    n_ctx: int
    decoding: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Engine(Protocol):
    """A language model that can be awaited.

    ``generate`` raises the ``EngineError`` family from ``server.errors``:
    ``EngineBusy`` when its queue is full, ``GenerationTruncated`` when the token
    cap is hit before the output is complete, ``GenerationTimeout``,
    ``PromptTooLong``, ``WorkerCrashed`` and ``EngineUnavailable``.
    """

    @property
    def info(self) -> ModelInfo: ...

    async def generate(self, request: GenerationRequest) -> Generation: ...

    async def aclose(self) -> None: ...


class RulesOnly:
    """No model at all: every generation is refused, so the interview's deterministic
    reading stands alone. ``interviewer eval --rules-only`` and ``rehearse --rules-only``
    measure what the model adds by comparing against it."""

    _info = ModelInfo(name="rules-only", sha256="", n_ctx=0, decoding={"rules_only": True})

    @property
    def info(self) -> ModelInfo:
        return self._info

    async def generate(self, request: GenerationRequest) -> Generation:
        from server.errors import EngineUnavailable

        raise EngineUnavailable("rules-only: no model is used")

    async def aclose(self) -> None:
        return None
