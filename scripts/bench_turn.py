"""Per-message latency of the interview on the configured model, as one JSON object.

Runs every candidate message of a cases file (default: the shared dev set) through
``take_turn`` exactly as ``interviewer eval`` does, after one warm-up call that
puts the fixed instructions in the KV cache, and reports p50/p95 seconds per
message plus how many messages needed the model.

    .venv/bin/python scripts/bench_turn.py [CASES.jsonl]
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from server.commands.evaluate import load_cases
from server.engine.base import Engine, Generation, GenerationRequest, ModelInfo
from server.engine.runtime import open_engine
from server.interview import prompts
from server.interview.default_job import DEFAULT_JOB
from server.interview.evaluate import run_case
from server.settings import Settings

DEFAULT_CASES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"


class CountingEngine:
    """Passes generations through and keeps their timings."""

    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.generations: list[Generation] = []

    @property
    def info(self) -> ModelInfo:
        return self.inner.info

    async def generate(self, request: GenerationRequest) -> Generation:
        generation = await self.inner.generate(request)
        self.generations.append(generation)
        return generation

    async def aclose(self) -> None:
        await self.inner.aclose()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def bench(cases_path: Path) -> dict[str, object]:
    cases = load_cases(cases_path)
    settings = Settings.from_env()
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as inner:
        began = time.perf_counter()
        await prompts.warm(inner)
        warm_s = time.perf_counter() - began
        engine = CountingEngine(inner)
        timings: list[float] = []
        for case in cases:
            _state, seconds = await run_case(engine, DEFAULT_JOB, case)
            timings += seconds
        model_s = [g.total_s for g in engine.generations]
        return {
            "model": inner.info.name,
            "cases": str(cases_path),
            "messages": len(timings),
            "p50_s": round(percentile(timings, 0.50), 3),
            "p95_s": round(percentile(timings, 0.95), 3),
            "mean_s": round(statistics.fmean(timings), 3),
            "max_s": round(max(timings), 3),
            "model_calls": len(engine.generations),
            "model_call_p50_s": round(percentile(model_s, 0.5), 3) if model_s else None,
            "model_call_max_s": round(max(model_s), 3) if model_s else None,
            "warm_up_s": round(warm_s, 3),
            "n_threads": settings.n_threads,
        }


def main() -> int:
    cases = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CASES
    print(json.dumps(asyncio.run(bench(cases))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
