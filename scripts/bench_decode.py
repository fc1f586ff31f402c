"""Decoding benchmark on the default model; prints one JSON object.

    python scripts/bench_decode.py [--model NAME] [--rounds N]

Measures, in one run so that the ratios are fair on a noisy machine:
- ms per generated token for free decoding and for llguidance-constrained decoding
  of the same kind of output (a JSON extraction), and their ratio;
- schema compile time (JSON schema -> llguidance matcher);
- time to first token for a cold ~350-token prompt and for a follow-up turn of the
  same conversation, which reuses the KV cache of the shared prefix.
It runs the same ``Decoder`` the worker process runs, in this process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from server.engine.decode import Decoder
from server.engine.grammars import closed_schema
from server.errors import GenerationTruncated
from server.models.catalog import load_catalog
from server.models.verify import ensure_verified
from server.settings import Settings


class Candidate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=60)
    years_experience: float | None = Field(ge=0, le=60)
    weekly_hours: float | None = Field(ge=0, le=168)
    platforms: list[Annotated[str, Field(max_length=40)]] = Field(max_length=6)
    summary: str = Field(max_length=200)


SYSTEM = (
    "You extract facts about a job candidate from their message. "
    "Reply with one JSON object with the keys name, years_experience, weekly_hours, "
    "platforms and summary. Use null for numbers that were not stated. "
) + " ".join(
    f"Rule {i}: only record what the candidate wrote; never guess or add anything."
    for i in range(1, 16)
)
MESSAGES = [
    "Hi, I'm Dana Ruiz. I have about three years of data labeling on Scale AI and Appen, "
    "mostly RLHF ranking, and I can do 25 hours a week.",
    "My name is Tom Okafor, two years of annotation work on Remotasks and Outlier, "
    "I could commit 30 hours weekly.",
    "I am Mei Chen; eighteen months of transcription and classification on Toloka, "
    "about 15 hours per week.",
]


def _decode_ms_per_token(decoder: Decoder, schema: dict | None, text: str) -> tuple[float, int]:
    """Decode time per generated token with the prompt already in the cache (a one-token
    call evaluates it first); free text may hit the cap, which still counts its tokens."""
    max_tokens = 160
    messages = [("system", SYSTEM), ("user", text)]

    def call(cap: int) -> int:
        try:
            result = decoder.generate(
                messages,
                schema=schema,
                max_tokens=cap,
                pinned=1,
                deadline=time.monotonic() + 300,
            )
        except GenerationTruncated:
            return cap
        return result.completion_tokens

    call(1)
    started = time.perf_counter()
    tokens = call(max_tokens)
    return 1000 * (time.perf_counter() - started) / max(1, tokens), tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    if args.model:
        settings = settings.model_copy(update={"model": args.model})
    entry = load_catalog(settings).get(settings.model)
    path, _ = ensure_verified(settings, settings.model)
    decoder = Decoder(
        str(path),
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        n_batch=settings.n_batch,
        chat_format=entry.chat_format,
    )
    schema = closed_schema(Candidate)

    started = time.perf_counter()
    decoder.matcher(schema)
    compile_ms = 1000 * (time.perf_counter() - started)

    # Warm the weights (the first evaluation pages the mapped file in), then per round:
    # cold = nothing in the KV cache; follow-up = the same conversation, one exchange longer.
    decoder.generate(
        [("system", "Warm-up."), ("user", "Hi")],
        schema=schema,
        max_tokens=160,
        pinned=1,
        deadline=time.monotonic() + 300,
    )
    colds, follows = [], []
    for _ in range(args.rounds):
        decoder.llm.reset()
        turn1 = [("system", SYSTEM), ("user", MESSAGES[0])]
        cold = decoder.generate(
            turn1, schema=schema, max_tokens=160, pinned=1, deadline=time.monotonic() + 300
        )
        turn2 = [*turn1, ("assistant", cold.text), ("user", "Sorry, I meant 20 hours, not 25.")]
        follow = decoder.generate(
            turn2, schema=schema, max_tokens=160, pinned=1, deadline=time.monotonic() + 300
        )
        colds.append(cold)
        follows.append(follow)

    free: list[float] = []
    constrained: list[float] = []
    free_tokens: list[int] = []
    constrained_tokens: list[int] = []
    for _ in range(args.rounds):
        for text in MESSAGES:
            ms, n = _decode_ms_per_token(decoder, None, text)
            free.append(ms)
            free_tokens.append(n)
            ms, n = _decode_ms_per_token(decoder, schema, text)
            constrained.append(ms)
            constrained_tokens.append(n)
    free_ms = statistics.median(free)
    constrained_ms = statistics.median(constrained)
    report = {
        "model": settings.model,
        "n_threads": settings.n_threads,
        "rounds": args.rounds,
        "free_ms_per_token": round(free_ms, 2),
        "constrained_ms_per_token": round(constrained_ms, 2),
        "constrained_over_free": round(constrained_ms / free_ms, 3),
        "free_tokens_median": statistics.median(free_tokens),
        "constrained_tokens_median": statistics.median(constrained_tokens),
        "schema_compile_ms": round(compile_ms, 1),
        "ttft_cold_s": round(statistics.median(g.time_to_first_token_s for g in colds), 3),
        "ttft_cold_prompt_tokens": colds[0].prompt_tokens,
        "ttft_follow_up_s": round(statistics.median(g.time_to_first_token_s for g in follows), 3),
        "follow_up_prompt_tokens": follows[0].prompt_tokens,
        "follow_up_reused_tokens": follows[0].reused_tokens,
    }
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
