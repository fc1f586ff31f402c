"""Throughput of batched decoding: the same model requests at parallel 1, 2, 4 and 8.

    .venv/bin/python scripts/bench_batch.py [--parallel 1,2,4,8] [--requests 16] [--rounds 1]
        [--model NAME]

The requests are the ones the interview sends to understand a message (``prompts.request``
for the reply to each screening question, ``prompts.check_answer``'s request for the open
question), built from the candidates' replies of the shared dev sets. For each setting a
``LlamaEngine`` (worker process, fair queue, batching) starts on the model and is warmed
with one request, all before any measuring; then each round gives every engine in turn
all the requests at once, each for a party of its own. Prints one JSON object: per
setting the median wall time over ``--rounds`` (each other round in reverse order),
requests and generated tokens per second, the throughput ratio to the first setting per
round and its median, and how many outputs differ from the first setting's first round
(greedy decoding: none expected, see ``server.engine.batch``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from server.engine.base import FairKey, Generation, GenerationRequest, ModelInfo
from server.engine.runtime import LlamaEngine, WorkerConfig
from server.interview import prompts
from server.interview.default_job import DEFAULT_JOB
from server.models.catalog import load_catalog
from server.models.verify import ensure_verified
from server.settings import Settings

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
OPEN_ANSWERS = (
    "I like careful work and I enjoy explaining why one answer is better than another.",
    "Quiero aprender cómo se entrenan los modelos y tengo tiempo por las tardes.",
    "I'm a very patient and hard-working person.",
    "Ich habe zwei Jahre Antworten für Chatbots bewertet und mag diese Arbeit.",
)


class Recorder:
    """Keeps the request the interview sends and answers with ``answer``."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.requests: list[GenerationRequest] = []

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(name="recorder", sha256="", n_ctx=0)

    async def generate(self, request: GenerationRequest) -> Generation:
        self.requests.append(request)
        return Generation(text=self.answer, prompt_tokens=0, reused_tokens=0, completion_tokens=0)

    async def aclose(self) -> None:
        return None


async def interview_requests(count: int) -> list[GenerationRequest]:
    """``count`` requests as the interview sends them, alternating screening replies
    from the dev sets and open answers."""
    replies: list[tuple[str, str]] = []
    for name in ("dev.jsonl", "dev_multilingual.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            for turn in json.loads(line)["turns"]:
                if turn["asked"]:
                    replies.append((turn["asked"], turn["candidate"]))
    motivation = DEFAULT_JOB.field("motivation")
    recorder = Recorder(json.dumps({"kind": "answer"}))
    requests: list[GenerationRequest] = []
    for n in range(count):
        if n % 4 == 3:
            answer = OPEN_ANSWERS[(n // 4) % len(OPEN_ANSWERS)]
            await prompts.check_answer(recorder, motivation, answer)
            requests.append(recorder.requests[-1])
        else:
            key, reply = replies[(n * 7) % len(replies)]
            requests.append(prompts.request(DEFAULT_JOB.field(key), reply, value_possible=True))
    return requests


async def measure(engine: LlamaEngine, requests: list[GenerationRequest]) -> dict[str, Any]:
    """All ``requests`` at once, each for a party of its own."""
    began = time.perf_counter()
    results = await asyncio.gather(
        *(
            engine.generate(
                GenerationRequest(
                    r.messages,
                    schema=r.schema,
                    max_tokens=r.max_tokens,
                    pinned=r.pinned,
                    fair_key=FairKey(group=f"10.0.0.{n}", member=str(n)),
                )
            )
            for n, r in enumerate(requests)
        ),
        return_exceptions=True,
    )
    wall = time.perf_counter() - began
    done = [r for r in results if isinstance(r, Generation)]
    return {
        "wall_s": round(wall, 2),
        "completion_tokens": sum(g.completion_tokens for g in done),
        "prompt_tokens_mean": round(sum(g.prompt_tokens for g in done) / max(len(done), 1), 1),
        "reused_tokens_mean": round(sum(g.reused_tokens for g in done) / max(len(done), 1), 1),
        "errors": [f"{type(r).__name__}: {r}" for r in results if not isinstance(r, Generation)],
        "texts": [r.text if isinstance(r, Generation) else type(r).__name__ for r in results],
    }


async def bench(args: argparse.Namespace) -> dict[str, object]:
    settings = Settings.from_env()
    model = args.model or settings.model
    entry = load_catalog(settings).get(model)
    path, sha256 = ensure_verified(settings, model)
    info = ModelInfo(name=entry.name, sha256=sha256, n_ctx=settings.n_ctx)
    requests = await interview_requests(args.requests)
    base = WorkerConfig.from_settings(settings, path, entry.chat_format, prompts.SCHEMAS)
    engines: dict[int, LlamaEngine] = {}
    try:
        # Every setting's worker is up at once (an idle one costs no CPU), so each round
        # measures them back to back and a drifting machine load mostly cancels out.
        for parallel in args.parallel:
            config = replace(
                base, parallel=parallel, queue_deadline_s=3600.0, generation_timeout_s=600.0
            )
            engines[parallel] = LlamaEngine(config, info)
            await engines[parallel].start()
            await prompts.warm(engines[parallel])  # the fixed instructions, as the app does
        load_before = os.getloadavg()
        rounds: dict[int, list[dict[str, Any]]] = {parallel: [] for parallel in args.parallel}
        for n in range(args.rounds):  # every other round in reverse order
            for parallel in args.parallel if n % 2 == 0 else args.parallel[::-1]:
                rounds[parallel].append(await measure(engines[parallel], requests))
    finally:
        for engine in engines.values():
            await engine.aclose()
    first = args.parallel[0]
    table: list[dict[str, Any]] = []
    for parallel, measured in rounds.items():
        walls = [run["wall_s"] for run in measured]
        wall = statistics.median(walls)
        run = measured[0]
        differing = [
            {"request": n, "first": a, "this": b}
            for one in measured
            for n, (a, b) in enumerate(zip(rounds[first][0]["texts"], one["texts"], strict=True))
            if a != b
        ]
        table.append(
            {
                "parallel": parallel,
                "wall_s_median": round(wall, 2),
                "wall_s_each": walls,
                "requests_per_s": round(len(requests) / wall, 3),
                "tokens_per_s": round(run["completion_tokens"] / wall, 2),
                **{k: v for k, v in run.items() if k not in ("texts", "wall_s")},
                # Per round against the first setting's run of the same round.
                "throughput_ratio_each": [
                    round(b["wall_s"] / a["wall_s"], 2)
                    for a, b in zip(measured, rounds[first], strict=True)
                ],
                "outputs_differing_from_first": len(differing),
                "differing": differing[:3],
            }
        )
    for row in table:
        row["throughput_ratio_median"] = round(statistics.median(row["throughput_ratio_each"]), 2)
    return {
        "model": model,
        "requests": len(requests),
        "rounds": args.rounds,
        "n_threads": settings.n_threads,
        "load_average_at_start": load_before,
        "load_average_at_end": os.getloadavg(),
        "runs": table,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--parallel", default="1,2,4,8", type=lambda s: [int(p) for p in s.split(",")]
    )
    parser.add_argument("--requests", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1, help="median of this many runs each")
    parser.add_argument("--model", default="")
    print(json.dumps(asyncio.run(bench(parser.parse_args()))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
