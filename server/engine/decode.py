"""Token-level decoding on a loaded ``llama_cpp.Llama``: the only module that imports it.

Everything here runs inside the worker process (see ``worker.py``):

* chat messages are rendered piecewise so that only the template's own markers
  become control tokens; candidate and model text is always tokenized as plain
  text (``special=False``), so ``<|im_end|>`` typed by a candidate stays text;
* the KV cache keeps the longest common prefix with the previous call, so a
  follow-up turn only pays for its new tokens;
* JSON schemas are compiled once into llguidance matchers and reset per call;
  the token mask is applied to greedy decoding, and the tokens the grammar
  forces are fed to the model in one batch without being sampled.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import time
import warnings
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import llama_cpp
import llguidance
import llguidance.llamacpp
import numpy as np

from server.engine.base import Generation
from server.engine.cpu import PROFILES, CpuProfile
from server.errors import (
    ConfigError,
    GenerationTimeout,
    GenerationTruncated,
    GrammarError,
    PromptTooLong,
)

# ChatML, used by both catalog models (Qwen2.5 and SmolLM2).
CHAT_FORMATS: dict[str, tuple[str, str]] = {"chatml": ("<|im_start|>", "<|im_end|>")}
# JSON whitespace the constraint allows between tokens: enough for the indented
# style small instruct models were trained on (forcing compact JSON measurably
# hurts their answers), bounded so that output cannot run away in whitespace.
WHITESPACE = r"[\n ]{0,10}"
# Compiled constraints kept per model: the app's fixed schemas, with room to spare.
MATCHER_CACHE = 64


@contextlib.contextmanager
def changed_defaults(function: str, overrides: Mapping[str, Any], hint: str) -> Iterator[None]:
    """Load a model (or make its context) with some default parameters changed.

    ``Llama`` takes no argument for fields such as ``use_extra_bufts`` or ``n_seq_max``;
    it starts from ``llama_model_default_params()`` and ``llama_context_default_params()``,
    so that function is wrapped while one model loads. This runs only in the worker
    process, which loads one model at a time.
    """
    if not overrides:
        yield
        return
    bindings = llama_cpp.llama_cpp
    original = getattr(bindings, function)
    known = {name for name, _ in original()._fields_}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ConfigError(f"this llama.cpp build has no parameter {', '.join(unknown)}; {hint}")

    def defaults() -> Any:
        params = original()
        for name, value in overrides.items():
            setattr(params, name, value)
        return params

    setattr(bindings, function, defaults)
    try:
        yield
    finally:
        setattr(bindings, function, original)


class Decoder:
    """Owns one ``Llama`` and the grammar matchers compiled for it. Not thread-safe.

    ``parallel`` above 1 makes a context for that many sequences (``n_seq_max``), each
    with a KV cache of ``n_ctx`` cells of its own, for ``server.engine.batch``;
    :meth:`generate` is for a context of one sequence (``parallel`` 1).
    """

    def __init__(
        self,
        model_path: str,
        *,
        n_ctx: int,
        n_threads: int,
        n_batch: int,
        chat_format: str = "chatml",
        profile: CpuProfile = PROFILES["full"],
        parallel: int = 1,
    ) -> None:
        if chat_format not in CHAT_FORMATS:
            raise GrammarError(f"unknown chat format {chat_format!r}")
        if parallel < 1:
            raise ConfigError("INTERVIEWER_MODEL_PARALLEL must be at least 1")
        # One KV stream per sequence (not one unified cache): a sequence's cells lie as
        # they would in a context of its own, so it decodes as it would alone.
        sequences = {"n_seq_max": parallel, "kv_unified": False} if parallel > 1 else {}
        with (
            changed_defaults(
                "llama_model_default_params",
                profile.model_params,
                "choose another INTERVIEWER_CPU_PROFILE",
            ),
            changed_defaults(
                "llama_context_default_params", sequences, "set INTERVIEWER_MODEL_PARALLEL=1"
            ),
        ):
            self.llm = llama_cpp.Llama(
                model_path=model_path,
                n_ctx=n_ctx * parallel,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                n_batch=n_batch,
                n_ubatch=n_batch,
                logits_all=False,
                verbose=False,
                **profile.llama_kwargs,
            )
        self.profile = profile
        self.n_ctx = n_ctx  # per sequence
        self.parallel = parallel
        self.n_vocab = self.llm.n_vocab()
        start, end = CHAT_FORMATS[chat_format]
        self._start = self._special(start)
        self._end = self._special(end)
        self._newline = self.llm.tokenize(b"\n", add_bos=False, special=False)
        self.stop_tokens = frozenset({*self._end, self.llm.token_eos()})
        vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
        with warnings.catch_warnings():
            # llguidance reads token attributes through a binding llama-cpp-python
            # has deprecated (once per vocabulary entry); the result is the same.
            warnings.simplefilter("ignore", DeprecationWarning)
            self.lltokenizer = llguidance.llamacpp.lltokenizer_from_vocab(
                vocab, eos_token=sorted(self.stop_tokens)
            )
        # Compiled constraints by schema, least recently used first.
        self._matchers: OrderedDict[str, llguidance.LLMatcher] = OrderedDict()

    # -- tokens -----------------------------------------------------------------

    def _special(self, marker: str) -> list[int]:
        tokens = self.llm.tokenize(marker.encode(), add_bos=False, special=True)
        if len(tokens) != 1:
            raise GrammarError(f"the model has no single control token for {marker!r}")
        return tokens

    def plain_tokens(self, text: str) -> list[int]:
        """Tokenize untrusted text: control-token look-alikes stay ordinary text."""
        if not text:
            return []
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def render(self, messages: Sequence[tuple[str, str]]) -> list[int]:
        """ChatML prompt for ``(role, content)`` pairs, ending with the assistant header."""
        tokens: list[int] = []
        for role, content in messages:
            tokens += self._start + self.plain_tokens(f"{role}\n") + self.plain_tokens(content)
            tokens += self._end + self._newline
        return tokens + self._start + self.plain_tokens("assistant\n")

    def fit(
        self, messages: Sequence[tuple[str, str]], pinned: int, max_tokens: int
    ) -> tuple[list[int], int]:
        """Render, dropping the oldest unpinned messages until prompt + output fit."""
        kept = list(messages)
        dropped = 0
        budget = self.n_ctx - max_tokens
        tokens = self.render(kept)
        while len(tokens) > budget:
            if len(kept) <= pinned + 1:
                raise PromptTooLong(
                    f"the prompt needs {len(tokens)} tokens but only {budget} fit in the "
                    f"context window of {self.n_ctx} with {max_tokens} reserved for the reply; "
                    "shorten the message or raise INTERVIEWER_N_CTX"
                )
            del kept[pinned]
            dropped += 1
            tokens = self.render(kept)
        return tokens, dropped

    # -- grammars ---------------------------------------------------------------

    def matcher(self, schema: dict[str, Any]) -> llguidance.LLMatcher:
        """The compiled constraint for ``schema``: built once, reset for every call.

        At most :data:`MATCHER_CACHE` are kept; the least recently used goes first (the
        rubric's quote schema differs per answer, so the cache would grow forever).
        """
        key = json.dumps(schema, sort_keys=True)
        matcher = self._matchers.get(key)
        if matcher is None:
            grammar = llguidance.LLMatcher.grammar_from_json_schema(
                schema, defaults={"whitespace_pattern": WHITESPACE}
            )
            error = llguidance.LLMatcher.validate_grammar(grammar, self.lltokenizer)
            if error:
                raise GrammarError(f"the schema cannot be compiled into a constraint: {error}")
            matcher = llguidance.LLMatcher(self.lltokenizer, grammar, log_level=0)
            if matcher.is_error():
                raise GrammarError(f"the constraint failed to start: {matcher.get_error()}")
            self._matchers[key] = matcher
            while len(self._matchers) > MATCHER_CACHE:
                self._matchers.popitem(last=False)
        else:
            self._matchers.move_to_end(key)
            matcher.reset()
        return matcher

    # -- decoding ---------------------------------------------------------------

    def _prefill(self, tokens: list[int]) -> int:
        """Evaluate ``tokens``, reusing the cached prefix; returns how many were reused."""
        llm = self.llm
        cached = llm.input_ids[: llm.n_tokens]
        limit = min(len(cached), len(tokens) - 1)  # at least one token must run for logits
        reused = 0
        while reused < limit and cached[reused] == tokens[reused]:
            reused += 1
        llm.n_tokens = reused  # eval() drops the KV cache beyond this point
        llm.eval(tokens[reused:])
        return reused

    def _logits(self) -> np.ndarray:
        pointer = llama_cpp.llama_get_logits_ith(self.llm.ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(self.n_vocab,))

    def pick(self, logits: np.ndarray, matcher: llguidance.LLMatcher | None) -> int:
        best = int(np.argmax(logits))
        if matcher is None:
            return best
        mask = np.unpackbits(
            np.frombuffer(matcher.compute_bitmask(), dtype=np.uint8), bitorder="little"
        )[: self.n_vocab]
        if mask[best]:
            return best
        allowed = np.flatnonzero(mask)
        if allowed.size == 0:
            raise GrammarError(f"the constraint allows no token: {matcher.get_error()}")
        return int(allowed[np.argmax(logits[allowed])])

    def generate(
        self,
        messages: Sequence[tuple[str, str]],
        *,
        schema: dict[str, Any] | None,
        max_tokens: int,
        pinned: int,
        deadline: float,
    ) -> Generation:
        started = time.perf_counter()
        prompt, dropped = self.fit(messages, pinned, max_tokens)
        matcher = self.matcher(schema) if schema is not None else None
        reused = self._prefill(prompt)
        utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        pieces: list[str] = []
        generated = forced = 0
        first_token_at: float | None = None
        finished = False
        while generated < max_tokens:
            if time.monotonic() > deadline:
                raise GenerationTimeout(
                    f"the model did not finish within the time limit ({generated} tokens so far)"
                )
            if matcher is not None and matcher.is_stopped():
                finished = True
                break
            token = self.pick(self._logits(), matcher)
            if first_token_at is None:
                first_token_at = time.perf_counter()
            if token in self.stop_tokens:
                finished = matcher is None or matcher.is_accepting()
                break
            batch = [token]
            if matcher is not None:
                if not matcher.consume_token(token):
                    raise GrammarError(f"the constraint rejected a token: {matcher.get_error()}")
                ff = matcher.compute_ff_tokens()[: max_tokens - generated - 1]
                if ff and matcher.consume_tokens(ff):
                    batch += ff
                    forced += len(ff)
            generated += len(batch)
            text = utf8.decode(self.llm.detokenize(batch, special=False))
            if text:
                pieces.append(text)
            if generated >= max_tokens or (matcher is not None and matcher.is_stopped()):
                break  # nothing more will be sampled: skip evaluating the last batch
            self.llm.eval(batch)
        tail = utf8.decode(b"", final=True)
        if tail:
            pieces.append(tail)
        text = "".join(pieces)
        if not finished and matcher is not None and matcher.is_accepting():
            finished = True  # complete JSON at the cap: only optional whitespace could follow
        if not finished:
            raise GenerationTruncated(
                f"the model reached its limit of {max_tokens} tokens before finishing",
                partial_text=text,
            )
        ended = time.perf_counter()
        return Generation(
            text=text,
            prompt_tokens=len(prompt),
            reused_tokens=reused,
            completion_tokens=generated,
            forced_tokens=forced,
            dropped_messages=dropped,
            time_to_first_token_s=(first_token_at or ended) - started,
            total_s=ended - started,
        )
