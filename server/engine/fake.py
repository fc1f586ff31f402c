"""A scripted engine for fast tests of the dialogue logic.

It implements the same :class:`~server.engine.base.Engine` protocol as the
llama.cpp engine: responses are queued with :meth:`ScriptedEngine.enqueue` and
handed out in order. A queued exception is raised instead of answering, and a
response queued with ``truncated=True`` raises ``GenerationTruncated`` exactly
as a real generation that hit its token cap would. Every request is recorded in
``requests`` so tests can assert what the model was asked.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.engine.base import ChatMessage, Generation, GenerationRequest, ModelInfo
from server.errors import EngineUnavailable, GenerationTruncated

Responder = Callable[[GenerationRequest], str]


@dataclass(frozen=True)
class _Scripted:
    text: str
    truncated: bool


class ScriptedEngine:
    """An engine whose answers are written by the test."""

    def __init__(
        self,
        name: str = "scripted",
        responder: Responder | None = None,
        decoding: dict[str, object] | None = None,
    ) -> None:
        self._info = ModelInfo(
            name=name, sha256="0" * 64, n_ctx=4096, decoding=decoding or {"fake": True}
        )
        self._queue: deque[_Scripted | BaseException] = deque()
        self._responder = responder
        self.requests: list[GenerationRequest] = []
        self.closed = False

    @property
    def info(self) -> ModelInfo:
        return self._info

    def enqueue(
        self, *responses: str | dict[str, Any] | BaseException, truncated: bool = False
    ) -> None:
        """Queue answers; a dict is serialised as JSON, an exception is raised when reached."""
        for response in responses:
            if isinstance(response, BaseException):
                self._queue.append(response)
            elif isinstance(response, dict):
                self._queue.append(_Scripted(json.dumps(response), truncated))
            else:
                self._queue.append(_Scripted(response, truncated))

    def _next(self, request: GenerationRequest) -> str:
        if self.closed:
            raise EngineUnavailable("the scripted engine is closed")
        self.requests.append(request)
        if self._queue:
            item = self._queue.popleft()
            if isinstance(item, BaseException):
                raise item
            if item.truncated:
                raise GenerationTruncated(
                    "the model reached its token limit before finishing", partial_text=item.text
                )
            return item.text
        if self._responder is not None:
            return self._responder(request)
        raise EngineUnavailable(
            "the scripted engine has no answer queued; call enqueue() or pass a responder"
        )

    async def generate(self, request: GenerationRequest) -> Generation:
        text = self._next(request)
        prompt = sum(len(m.content.split()) for m in request.messages)
        return Generation(
            text=text, prompt_tokens=prompt, reused_tokens=0, completion_tokens=len(text.split())
        )

    async def aclose(self) -> None:
        self.closed = True


def last_user_message(request: GenerationRequest) -> ChatMessage:
    """The message a responder usually reacts to."""
    for message in reversed(request.messages):
        if message.role == "user":
            return message
    raise ValueError("the request has no user message")
