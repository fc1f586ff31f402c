"""A shared model server as the engine: ``INTERVIEWER_ENGINE_URL``.

Any OpenAI-compatible server will do (llama.cpp's ``llama-server``, llama-cpp-python's
``python -m llama_cpp.server``, vLLM): the app sends ``POST /v1/chat/completions`` with
greedy sampling and the request's JSON schema, and never trusts the answer for it. Every
document that comes back is checked against that schema by llguidance, the library the
local worker constrains with (the server's own constraint may differ, or quietly fall
back to "any JSON": llama-cpp-python's does when it cannot convert a schema); an answer
that breaks it is a ``GrammarError``, which the interview treats as it treats a failed
local generation. The schema travels as ``response_format``:

    json_schema   {"type": "json_schema", "json_schema": {"name", "schema", "strict"}}
                  OpenAI's form: vLLM, llama.cpp
    json_object   {"type": "json_object", "schema": ...}: llama-cpp-python, llama.cpp

``INTERVIEWER_ENGINE_SCHEMA_FORMAT=auto`` tries them in that order in a start-up
self-check whose schema a model cannot meet unconstrained, and keeps the first the server
both accepts and obeys.

Requests wait in the same fair queue as the local engine's (``EngineBusy`` past a budget);
``INTERVIEWER_ENGINE_PARALLEL`` of them are in flight at once. The HTTP client talks to
the configured address only: no proxies from the environment, no redirects. A refused
connection, a time-out or a 5xx is a typed ``EngineError`` at once, never a hang (a
request the app gave up on may still run to its end on the server: the llama.cpp servers
do not notice a closed connection outside streaming).

Chat templates are applied by the server, which parses special tokens in the rendered
text, so look-alikes of control tokens in message text (``<|im_end|>``, ``</s>``,
``[INST]``) are broken up with a zero-width space before they are sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from server import errors
from server.engine.base import ChatMessage, Generation, GenerationRequest, ModelInfo
from server.engine.fairness import FairQueue
from server.settings import Settings

log = logging.getLogger(__name__)

SchemaFormat = Literal["json_schema", "json_object"]

# Seconds to open a connection: a dead address fails within this, whatever the time limits.
CONNECT_TIMEOUT_S = 5.0
# Seconds between readiness polls while the server says it is loading (HTTP 503).
_POLL_S = 0.5
_CONTROL_LOOKALIKE = re.compile(r"<(?=\|)|<(?=/?s>)|\[(?=/?INST\])|<(?=(?:start|end)_of_turn>)")
# A document no model writes unconstrained: proof that the server applies the schema.
_SELF_CHECK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"ready": {"const": "interviewer-self-check-7f3"}},
    "required": ["ready"],
    "additionalProperties": False,
}


def api_base(url: str) -> str:
    """``http://host:8080`` or ``http://host:8080/v1/`` -> ``http://host:8080/v1``."""
    base = url.rstrip("/")
    return base if base.endswith("/v1") else base + "/v1"


def defuse(text: str) -> str:
    """Break up control-token look-alikes so a server's tokenizer reads them as text."""
    return _CONTROL_LOOKALIKE.sub(lambda m: m.group(0) + "\u200b", text)


# -- the check on what comes back ------------------------------------------------------


class _ByteVocabulary:
    """A tokenizer of single bytes (and one end token) for llguidance: a matcher over it
    checks a finished document byte by byte, whatever tokenizer produced it."""

    def __init__(self) -> None:
        self.eos_token_id = 256
        self.bos_token_id = None
        self.tokens = [bytes([b]) for b in range(256)] + [b"<end>"]
        self.special_token_ids = [256]

    def __call__(self, text: str | bytes) -> list[int]:
        return list(text.encode("utf-8") if isinstance(text, str) else text)


class SchemaCheck:
    """JSON schemas compiled once into llguidance matchers, each copied for one check."""

    def __init__(self) -> None:
        import llguidance

        self._llguidance = llguidance
        self._tokenizer = llguidance.LLTokenizer(llguidance.TokenizerWrapper(_ByteVocabulary()))
        self._matchers: dict[str, Any] = {}

    def compile(self, schema: dict[str, Any]) -> Any:
        key = json.dumps(schema, sort_keys=True)
        matcher = self._matchers.get(key)
        if matcher is None:
            llg = self._llguidance
            grammar = llg.LLMatcher.grammar_from_json_schema(
                schema, defaults={"whitespace_flexible": True}
            )
            error = llg.LLMatcher.validate_grammar(grammar, self._tokenizer)
            if error:
                raise errors.GrammarError(f"the schema cannot be compiled into a check: {error}")
            matcher = llg.LLMatcher(self._tokenizer, grammar, log_level=0)
            if matcher.is_error():
                raise errors.GrammarError(f"the check failed to start: {matcher.get_error()}")
            self._matchers[key] = matcher
        return matcher

    def check(self, schema: dict[str, Any], text: str) -> None:
        """``GrammarError`` unless ``text`` is one JSON document valid against ``schema``."""
        matcher = self.compile(schema).deep_copy()
        document = text.strip().encode("utf-8")
        if not matcher.consume_tokens(list(document)) or not matcher.is_accepting():
            why = matcher.get_error() or "the document ends early"
            raise errors.GrammarError(
                "the model server's answer does not match the JSON schema it was sent "
                f"({why.splitlines()[0][:160]}); check INTERVIEWER_ENGINE_SCHEMA_FORMAT"
            )


# -- the engine ------------------------------------------------------------------------


@dataclass
class _Job:
    request: GenerationRequest
    done: asyncio.Future[Generation]


class RemoteEngine:
    """Implements :class:`server.engine.base.Engine` over an OpenAI-compatible server."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.base_url = api_base(settings.engine_url)
        key = settings.engine_api_key.get_secret_value()
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {key}"} if key else {},
            timeout=httpx.Timeout(
                settings.generation_timeout_s,
                connect=min(CONNECT_TIMEOUT_S, settings.generation_timeout_s),
            ),
            trust_env=False,  # no proxy or .netrc from the environment: this address only
            follow_redirects=False,
        )
        self._check = SchemaCheck()
        self._queue: FairQueue[_Job] = FairQueue(
            settings.queue_size,
            per_group=settings.queue_per_address or settings.queue_size,
            per_member=settings.queue_per_account,
            per_job=settings.queue_per_job or settings.queue_size,
            deadline_s=settings.queue_deadline_s,
            parallel=settings.engine_parallel,
        )
        self._consumers: list[asyncio.Task[None]] = []
        self._closed = False
        self.model_id = ""
        self.owned_by = ""
        self.schema_format: SchemaFormat | None = None
        self._n_ctx = 0
        self._info = ModelInfo(name="", sha256="", n_ctx=0)

    @property
    def info(self) -> ModelInfo:
        return self._info

    # -- life cycle ---------------------------------------------------------------------

    async def start(self, warm_schemas: tuple[dict[str, Any], ...] = ()) -> None:
        """Find the served model, prove the schema format, compile the checks."""
        for schema in warm_schemas:
            self._check.compile(schema)
        await self._find_model()
        schema_format = await self._choose_format()
        self._info = ModelInfo(
            name=self.model_id,
            sha256="",  # the server does not say which file it loaded
            n_ctx=self._n_ctx,
            decoding={
                "engine": "remote",
                "server": self.owned_by,
                "url": self.base_url,
                "sampler": "greedy",
                "constraint": f"server response_format {self.schema_format}",
                "checked": "llguidance",
                "max_tokens": self._settings.max_tokens,
            },
        )
        self._consumers = [
            asyncio.create_task(self._consume(schema_format), name=f"remote-engine-{n}")
            for n in range(self._settings.engine_parallel)
        ]
        log.info(
            "model server %s ready: model %s, schema sent as %s",
            self.base_url,
            self.model_id,
            self.schema_format,
        )

    async def _find_model(self) -> None:
        deadline = time.monotonic() + self._settings.load_timeout_s
        while True:
            response = await self._send("GET", "/models", None, deadline)
            if response.status_code != 503:
                break
            if time.monotonic() + _POLL_S > deadline:
                raise errors.EngineUnavailable(
                    f"the model server at {self.base_url} was still loading after "
                    f"{self._settings.load_timeout_s:.0f} s (INTERVIEWER_LOAD_TIMEOUT_S)"
                )
            await asyncio.sleep(_POLL_S)
        models = _json(self._raise_for_status(response)).get("data")
        if not isinstance(models, list) or not models or not isinstance(models[0], dict):
            raise errors.EngineUnavailable(
                f"{self.base_url}/models lists no model; is INTERVIEWER_ENGINE_URL an "
                "OpenAI-compatible server?"
            )
        ids = [str(m.get("id", "")) for m in models if isinstance(m, dict)]
        if len(models) == 1:
            chosen = models[0]
        elif self._settings.model in ids:
            chosen = models[ids.index(self._settings.model)]
        else:
            raise errors.ConfigError(
                f"the model server at {self.base_url} serves several models "
                f"({', '.join(ids)}); set INTERVIEWER_MODEL to the one to use"
            )
        self.model_id = str(chosen.get("id", ""))
        self.owned_by = str(chosen.get("owned_by", ""))
        length = chosen.get("max_model_len")  # vLLM says; the llama.cpp servers do not
        self._n_ctx = length if isinstance(length, int) else 0

    async def _choose_format(self) -> SchemaFormat:
        setting = self._settings.engine_schema_format
        formats: tuple[SchemaFormat, ...] = (
            ("json_schema", "json_object") if setting == "auto" else (setting,)
        )
        request = GenerationRequest(
            messages=[
                ChatMessage("system", "Answer with JSON only."),
                ChatMessage("user", "Are you ready?"),
            ],
            schema=_SELF_CHECK_SCHEMA,
            max_tokens=32,
        )
        failures: list[str] = []
        for each in formats:
            try:
                await self._complete(request, each)
            except (errors.GenerationTimeout, errors.ConfigError):
                raise
            except errors.InterviewerError as exc:
                if isinstance(exc.__cause__, httpx.TransportError):
                    raise  # the server is gone, not the format refused
                failures.append(f"as {each}: {exc}")
                continue
            self.schema_format = each
            return each
        raise errors.EngineUnavailable(
            f"the model server at {self.base_url} failed the start-up check of its JSON "
            f"constraint ({'; '.join(failures)}); use a server that constrains to a JSON "
            "schema (llama.cpp, llama-cpp-python, vLLM) or set INTERVIEWER_ENGINE_SCHEMA_FORMAT"
        )

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        for task in self._consumers:
            task.cancel()
        for task in self._consumers:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for job in self._queue.drain():
            if not job.done.done():
                job.done.set_exception(errors.EngineUnavailable("the engine is shutting down"))
        await self._client.aclose()

    # -- requests -----------------------------------------------------------------------

    async def generate(self, request: GenerationRequest) -> Generation:
        if self._closed or self.schema_format is None:
            raise errors.EngineUnavailable("the model server engine is not running")
        job = _Job(request, asyncio.get_running_loop().create_future())
        self._queue.put_nowait(job, request.fair_key)  # EngineBusy past a budget
        try:
            return await job.done
        finally:
            job.done.cancel()  # a job still queued when its caller left is skipped

    async def _consume(self, schema_format: SchemaFormat) -> None:
        while True:
            job = await self._queue.get()
            if job.done.done():
                self._queue.task_done(job, served=False)
                continue
            try:
                result = await self._complete(job.request, schema_format)
            except asyncio.CancelledError:
                self._queue.task_done(job, served=False)
                if not job.done.done():
                    job.done.set_exception(errors.EngineUnavailable("the engine is shutting down"))
                raise
            except Exception as exc:  # keep serving; the caller gets the error
                self._queue.task_done(job)
                if not job.done.done():
                    job.done.set_exception(exc)
            else:
                self._queue.task_done(job)
                if not job.done.done():
                    job.done.set_result(result)

    async def _complete(
        self, request: GenerationRequest, schema_format: SchemaFormat
    ) -> Generation:
        settings = self._settings
        max_tokens = min(request.max_tokens or settings.max_tokens, settings.max_tokens)
        body: dict[str, Any] = {
            "messages": [{"role": m.role, "content": defuse(m.content)} for m in request.messages],
            "max_tokens": max_tokens,
            "temperature": 0.0,  # greedy, as the local worker decodes
            "top_p": 1.0,
            "seed": 0,
            "stream": False,
        }
        if self.model_id:
            body["model"] = self.model_id
        if self.owned_by != "vllm":
            body["repeat_penalty"] = 1.0  # llama-cpp-python's default is 1.1, even at temp 0
        if request.schema is not None:
            body["response_format"] = _response_format(request.schema, schema_format)
        started = time.perf_counter()
        deadline = time.monotonic() + settings.generation_timeout_s
        response = await self._send("POST", "/chat/completions", body, deadline)
        if response.status_code == 400 and _mentions_context(response):
            raise errors.PromptTooLong(
                f"the prompt does not fit the model server's context window ({_reason(response)});"
                " shorten the message or start the server with a larger context"
            )
        answer = _json(self._raise_for_status(response))
        text, finish, usage = _parse_completion(answer)
        if finish == "length":
            raise errors.GenerationTruncated(
                f"the model reached its limit of {max_tokens} tokens before finishing",
                partial_text=text,
            )
        if request.schema is not None:
            self._check.check(request.schema, text)
        total = time.perf_counter() - started
        return Generation(
            text=text.strip() if request.schema is not None else text,
            prompt_tokens=_count(usage, "prompt_tokens"),
            reused_tokens=_count(usage.get("prompt_tokens_details") or {}, "cached_tokens"),
            completion_tokens=_count(usage, "completion_tokens"),
            time_to_first_token_s=total,  # not streamed: the whole answer arrives at once
            total_s=total,
        )

    async def _send(
        self, method: str, path: str, body: dict[str, Any] | None, deadline: float
    ) -> httpx.Response:
        """One HTTP exchange within ``deadline``; transport failures as typed errors."""
        remaining = deadline - time.monotonic()
        try:
            async with asyncio.timeout(max(remaining, 0.001)):
                return await self._client.request(method, path, json=body)
        except (TimeoutError, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout) as exc:
            raise errors.GenerationTimeout(
                f"the model server at {self.base_url} did not answer within "
                f"{self._settings.generation_timeout_s:.0f} s (INTERVIEWER_GENERATION_TIMEOUT_S)"
            ) from exc
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise errors.EngineUnavailable(
                f"cannot reach the model server at {self.base_url} ({exc or type(exc).__name__});"
                " start it, or correct INTERVIEWER_ENGINE_URL"
            ) from exc
        except httpx.HTTPError as exc:
            raise errors.EngineUnavailable(
                f"the connection to the model server at {self.base_url} failed "
                f"({type(exc).__name__}: {exc}); try again"
            ) from exc

    def _raise_for_status(self, response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status < 300:
            return response
        reason = f"HTTP {status}: {_reason(response)}"
        if status == 503:
            raise errors.EngineLoading(
                f"the model server is loading or overloaded ({reason}); try again in a few seconds"
            )
        if status == 429:
            raise errors.EngineBusy(f"the model server is busy ({reason}); try again shortly")
        if status >= 500:
            raise errors.EngineUnavailable(f"the model server failed ({reason})")
        raise errors.EngineError(
            f"the model server at {self.base_url} refused the request ({reason})"
            + (" ; set INTERVIEWER_ENGINE_API_KEY" if status in (401, 403) else "")
        )


def _response_format(schema: dict[str, Any], schema_format: SchemaFormat) -> dict[str, Any]:
    if schema_format == "json_object":
        return {"type": "json_object", "schema": schema}
    name = re.sub(r"[^A-Za-z0-9_-]", "_", str(schema.get("title") or "answer"))[:64]
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError as exc:
        raise errors.EngineError(
            f"the model server's answer is not JSON (HTTP {response.status_code}); is "
            "INTERVIEWER_ENGINE_URL an OpenAI-compatible server?"
        ) from exc
    if not isinstance(value, dict):
        raise errors.EngineError("the model server's answer is not a JSON object")
    return value


def _parse_completion(answer: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """``(text, finish_reason, usage)`` of an OpenAI chat completion, or ``EngineError``."""
    choices = answer.get("choices")
    choice = choices[0] if isinstance(choices, list) and choices else None
    message = choice.get("message") if isinstance(choice, dict) else None
    text = message.get("content") if isinstance(message, dict) else None
    if not isinstance(choice, dict) or not isinstance(text, str):
        raise errors.EngineError(
            "the model server's answer is not an OpenAI chat completion (no choices[0]."
            "message.content)"
        )
    usage = answer.get("usage")
    return text, str(choice.get("finish_reason") or ""), usage if isinstance(usage, dict) else {}


def _count(mapping: dict[str, Any], key: str) -> int:
    value = mapping.get(key)
    return value if isinstance(value, int) and value >= 0 else 0


def _reason(response: httpx.Response) -> str:
    """The server's own error message, one line, bounded."""
    try:
        body = response.json()
        error = body.get("error", body) if isinstance(body, dict) else body
        message = error.get("message", error) if isinstance(error, dict) else error
        text = str(message)
    except ValueError:
        text = response.text
    return " ".join(text.split())[:200] or response.reason_phrase


def _mentions_context(response: httpx.Response) -> bool:
    text = _reason(response).lower()
    return "context" in text and any(
        w in text for w in ("exceed", "too long", "maximum context length")
    )


@contextlib.asynccontextmanager
async def open_remote_engine(
    settings: Settings,
    *,
    warm_schemas: tuple[dict[str, Any], ...] = (),
    on_verified: Callable[[ModelInfo], None] | None = None,
) -> AsyncIterator[RemoteEngine]:
    """Connect to ``INTERVIEWER_ENGINE_URL``, check it, and close the client on exit.

    ``warm_schemas`` are compiled into checks first, so a schema that cannot be checked
    fails start-up instead of a candidate's turn. ``on_verified`` hears the served model's
    identity once the server has passed its self-check.
    """
    engine = RemoteEngine(settings)
    try:
        await engine.start(warm_schemas)
        if on_verified is not None:
            on_verified(engine.info)
        yield engine
    finally:
        await engine.aclose()
