"""Several requests decoded together: one llama.cpp context, one sequence per request.

Runs inside the worker process (``worker.py``) on a :class:`~server.engine.decode.Decoder`
made with ``parallel`` sequences. Each request gets a sequence of its own (its own KV
cells, positions, llguidance matcher, token budget and deadline) and finishes on its own;
a request may join between two steps. One step is one ``llama_decode`` holding the next
tokens of every live sequence (a sampled token plus the tokens its grammar forces).

The prompts share the long fixed instructions, so a new sequence starts from the longest
prefix any sequence already holds (``llama_memory_seq_cp``), and only the rest is
evaluated.

Decoding is the same greedy, masked loop as ``Decoder.generate``, token for token. Each
sequence has a KV stream of its own (not one unified cache), so its cells lie as in a
context of its own and attention sums in the same order as when it runs alone: a
unified cache gave the same texts but for near-ties (one of five on SmolLM2 swapped two
list items).
"""

from __future__ import annotations

import codecs
import time
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import llama_cpp
import llguidance
import numpy as np

from server.engine.base import Generation
from server.engine.decode import Decoder
from server.errors import (
    EngineError,
    GenerationTimeout,
    GenerationTruncated,
    GrammarError,
    InterviewerError,
)

Outcome = Generation | InterviewerError
# A request whose prompt shares this many more tokens with a prompt being started than
# with any sequence's cells waits one step for that prefix instead of evaluating it too.
DEFER_TOKENS = 32


@dataclass
class _Live:
    """One request being decoded in sequence ``seq``."""

    key: Hashable
    seq: int
    matcher: llguidance.LLMatcher | None
    max_tokens: int
    deadline: float
    started: float
    prompt_tokens: int
    reused: int
    dropped: int
    logits: np.ndarray | None = None
    feed: list[int] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    generated: int = 0
    forced: int = 0
    first_token_at: float | None = None
    utf8: Any = field(default_factory=lambda: codecs.getincrementaldecoder("utf-8")("replace"))


# What copying a shared prefix from another sequence costs, in evaluated tokens' worth:
# a sequence that keeps its own prefix in place is preferred unless that throws away more.
COPY_COST = 64


def _common(a: Sequence[int], b: Sequence[int], limit: int) -> int:
    n = 0
    limit = min(limit, len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    return n


class BatchDecoder:
    """Up to ``decoder.parallel`` generations at once. Not thread-safe."""

    def __init__(self, decoder: Decoder) -> None:
        self.decoder = decoder
        self.parallel = decoder.parallel
        self._ctx = decoder.llm.ctx
        self._memory = llama_cpp.llama_get_memory(self._ctx)
        self._n_batch = int(decoder.llm.n_batch)
        self._batch = llama_cpp.llama_batch_init(self._n_batch, 0, 1)
        # The tokens whose KV cells each sequence holds, from position 0.
        self._cached: list[list[int]] = [[] for _ in range(self.parallel)]
        self._live: dict[int, _Live] = {}
        self._copying: set[int] = set()  # sequences copied into since the last decode
        self._new: list[list[int]] = []  # prompts started since the last step
        self._deferred: list[_Live] = []  # started, waiting for a prefix in a step
        llama_cpp.llama_memory_clear(self._memory, True)

    def close(self) -> None:
        llama_cpp.llama_batch_free(self._batch)

    @property
    def live(self) -> int:
        """Requests started and not finished."""
        return len(self._live) + len(self._deferred)

    @property
    def free(self) -> int:
        return self.parallel - len(self._live) - len(self._deferred)

    # -- KV cells ---------------------------------------------------------------

    def _place(self, prompt: list[int]) -> tuple[int, int]:
        """A free sequence for ``prompt`` holding its longest cached prefix; (seq, reused)."""
        limit = len(prompt) - 1  # at least one token must run for logits
        common = [_common(cached, prompt, limit) for cached in self._cached]
        free = [s for s in range(self.parallel) if s not in self._live]
        # A sequence whose own copy is still pending is no source.
        sources = [s for s in range(self.parallel) if s not in self._copying]
        best = max(sources, key=lambda s: common[s], default=free[0])

        def cost(s: int) -> int:
            # The cached tokens placing the prompt here throws away, and a copy's price
            # where the prefix has to come from another sequence. Overwriting the one
            # sequence that holds the interview's ~2,300 instruction tokens with a prompt
            # of another family (the rubric judge's, the answering span's) would make the
            # next interview call evaluate them all again.
            lost = len(self._cached[s]) - common[s]
            return lost + (COPY_COST if common[best] > common[s] else 0)

        target = min(free, key=lambda s: (cost(s), -common[s]))
        source = best if common[best] > common[target] else target
        reused = common[source]
        if source != target:
            # Across KV streams llama.cpp copies a whole stream (done before the next
            # decode); the cells past the shared prefix are then dropped.
            llama_cpp.llama_memory_seq_rm(self._memory, target, 0, -1)
            llama_cpp.llama_memory_seq_cp(self._memory, source, target, -1, -1)
            self._copying.add(target)
        llama_cpp.llama_memory_seq_rm(self._memory, target, reused, -1)
        self._cached[target] = prompt[:reused]
        return target, reused

    def _decode(self, feeds: list[tuple[int, list[int]]]) -> dict[int, np.ndarray]:
        """Evaluate each ``(seq, tokens)`` at its next positions; the logits after each
        sequence's last token. As many ``llama_decode`` calls as ``n_batch`` requires."""
        logits: dict[int, np.ndarray] = {}
        pending = [
            (seq, tokens[i], i == len(tokens) - 1)
            for seq, tokens in feeds
            for i in range(len(tokens))
        ]
        batch = self._batch
        n_vocab = self.decoder.n_vocab
        for begin in range(0, len(pending), self._n_batch):
            chunk = pending[begin : begin + self._n_batch]
            for i, (seq, token, last) in enumerate(chunk):
                batch.token[i] = token
                batch.pos[i] = len(self._cached[seq])
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = seq
                batch.logits[i] = last
                self._cached[seq].append(token)
            batch.n_tokens = len(chunk)
            status = llama_cpp.llama_decode(self._ctx, batch)
            self._copying.clear()
            if status != 0:
                for seq in {seq for seq, _, _ in chunk}:
                    self._forget(seq)
                raise EngineError(f"llama_decode failed with status {status}")
            for i, (seq, _, last) in enumerate(chunk):
                if last:
                    pointer = llama_cpp.llama_get_logits_ith(self._ctx, i)
                    logits[seq] = np.ctypeslib.as_array(pointer, shape=(n_vocab,)).copy()
        return logits

    def _forget(self, seq: int) -> None:
        llama_cpp.llama_memory_seq_rm(self._memory, seq, 0, -1)
        self._cached[seq] = []

    # -- requests ---------------------------------------------------------------

    def start(
        self,
        key: Hashable,
        messages: Sequence[tuple[str, str]],
        *,
        schema: dict[str, Any] | None,
        max_tokens: int,
        pinned: int,
        deadline: float,
    ) -> None:
        """Give ``key``'s request a sequence (raises a typed error for a request that
        cannot start); its prompt is evaluated in the next :meth:`step`, together with
        the other sequences' tokens. Needs a free sequence."""
        if not self.free:
            raise EngineError("no free sequence for another request")
        started = time.perf_counter()
        decoder = self.decoder
        prompt, dropped = decoder.fit(messages, pinned, max_tokens)
        matcher = decoder.matcher(schema).deep_copy() if schema is not None else None
        live = _Live(
            key=key,
            seq=-1,
            matcher=matcher,
            max_tokens=max_tokens,
            deadline=deadline,
            started=started,
            prompt_tokens=len(prompt),
            reused=0,
            dropped=dropped,
            feed=prompt,
        )
        # A prompt that shares a longer prefix with one evaluated in the coming step than
        # with any sequence's cells waits one step, then copies that prefix.
        held = max((_common(p, prompt, len(prompt) - 1) for p in self._new), default=0)
        cached = max(_common(c, prompt, len(prompt) - 1) for c in self._cached)
        if held - cached > DEFER_TOKENS:
            self._deferred.append(live)
        else:
            self._assign(live)

    def _assign(self, live: _Live) -> None:
        prompt = live.feed
        live.seq, live.reused = self._place(prompt)
        live.feed = prompt[live.reused :]
        self._live[live.seq] = live
        self._new.append(prompt)

    def step(self) -> list[tuple[Hashable, Outcome]]:
        """Pick the next tokens of every live sequence and evaluate them, with the
        prompts of those just started, in one batch (more when ``n_batch`` is smaller);
        the requests that finished, with their generation or error."""
        finished: list[tuple[Hashable, Outcome]] = []
        for live in list(self._live.values()):
            if live.logits is None:
                continue  # just started: its prompt is in this step's batch
            try:
                done = self._advance(live)
            except InterviewerError as exc:
                done = exc
            except Exception as exc:  # one request's unexpected failure is its own
                done = EngineError(f"{type(exc).__name__}: {exc}")
            if done is not None:
                del self._live[live.seq]
                finished.append((live.key, done))
        feeds = [(live.seq, live.feed) for live in self._live.values()]
        if feeds:
            try:
                logits = self._decode(feeds)
            except EngineError as exc:
                finished += [(live.key, exc) for live in self._live.values()]
                self._live.clear()
            else:
                for live in self._live.values():
                    live.logits = logits[live.seq]
                    live.feed = []
        self._new.clear()
        # The prefixes they waited for are in the cells now: their prompts go next step.
        deferred, self._deferred = self._deferred, []
        for live in deferred:
            self._assign(live)
        return finished

    def run(
        self, requests: Sequence[tuple[Hashable, Sequence[tuple[str, str]], dict[str, Any]]]
    ) -> dict[Hashable, Outcome]:
        """Decode ``(key, messages, options)`` requests to the end, ``parallel`` at a time
        (options: the keyword arguments of :meth:`start`); for the self-check and
        benchmarks."""
        waiting = list(requests)
        outcomes: dict[Hashable, Outcome] = {}
        while waiting or self.live:
            while waiting and self.free:
                key, messages, options = waiting.pop(0)
                try:
                    self.start(key, messages, **options)
                except InterviewerError as exc:
                    outcomes[key] = exc
            outcomes.update(self.step())
        return outcomes

    def _advance(self, live: _Live) -> Outcome | None:
        """The loop body of ``Decoder.generate`` for one sequence: its result when it
        is finished, else None with ``live.feed`` set to the tokens to evaluate next."""
        decoder, matcher = self.decoder, live.matcher
        if time.monotonic() > live.deadline:
            raise GenerationTimeout(
                f"the model did not finish within the time limit ({live.generated} tokens so far)"
            )
        if matcher is not None and matcher.is_stopped():
            return self._finish(live, True)
        if live.logits is None:
            raise EngineError("a sequence has no logits to pick from")
        token = decoder.pick(live.logits, matcher)
        if live.first_token_at is None:
            live.first_token_at = time.perf_counter()
        if token in decoder.stop_tokens:
            return self._finish(live, matcher is None or matcher.is_accepting())
        batch = [token]
        if matcher is not None:
            if not matcher.consume_token(token):
                raise GrammarError(f"the constraint rejected a token: {matcher.get_error()}")
            ff = matcher.compute_ff_tokens()[: live.max_tokens - live.generated - 1]
            if ff and matcher.consume_tokens(ff):
                batch += ff
                live.forced += len(ff)
        live.generated += len(batch)
        text = live.utf8.decode(decoder.llm.detokenize(batch, special=False))
        if text:
            live.pieces.append(text)
        if live.generated >= live.max_tokens or (matcher is not None and matcher.is_stopped()):
            return self._finish(live, False)  # nothing more will be sampled
        live.feed = batch
        live.logits = None
        return None

    def _finish(self, live: _Live, finished: bool) -> Outcome:
        tail = live.utf8.decode(b"", final=True)
        if tail:
            live.pieces.append(tail)
        text = "".join(live.pieces)
        matcher = live.matcher
        if not finished and matcher is not None and matcher.is_accepting():
            finished = True  # complete JSON at the cap: only optional whitespace could follow
        if not finished:
            return GenerationTruncated(
                f"the model reached its limit of {live.max_tokens} tokens before finishing",
                partial_text=text,
            )
        ended = time.perf_counter()
        return Generation(
            text=text,
            prompt_tokens=live.prompt_tokens,
            reused_tokens=live.reused,
            completion_tokens=live.generated,
            forced_tokens=live.forced,
            dropped_messages=live.dropped,
            time_to_first_token_s=(live.first_token_at or ended) - live.started,
            total_s=ended - live.started,
        )
