"""Throughput of batched decoding: the same model requests at parallel 1, 2, 4 and 8.

    .venv/bin/python scripts/bench_batch.py [--parallel 1,2,4,8] [--requests 16] [--rounds 1]
        [--model NAME]

The requests are the ones the interview sends to understand a message (``prompts.request``
for the reply to each screening question, ``prompts.check_answer``'s request for the open
question), built from the candidates' replies of the shared dev sets. For each setting a
fresh ``LlamaEngine`` (worker process, fair queue, batching) starts on the model, is warmed
with one request, then gets every request at once, each for a party of its own. Prints one
JSON object: per setting the median wall time over ``--rounds`` (each other round runs the
settings in reverse order), requests and generated tokens per second, the ratio to the
first setting (measured in the same run), and how many outputs differ from the first
setting's first round (greedy decoding: none expected, see ``server.engine.batch``).
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

from server.engine.base import ChatMessage, FairKey, Generation, GenerationRequest, ModelInfo
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


def interview_requests(count: int) -> list[GenerationRequest]:
    """``count`` requests as the interview sends them, alternating screening replies
    from the dev sets and open answers."""
    replies: list[tuple[str, str]] = []
    for name in ("dev.jsonl", "dev_multilingual.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            for turn in json.loads(line)["turns"]:
                if turn["asked"]:
                    replies.append((turn["asked"], turn["candidate"]))
    motivation = DEFAULT_JOB.field("motivation")
    fixed = prompts._fixed_messages()
    requests: list[GenerationRequest] = []
    for n in range(count):
        if n % 4 == 3:
            answer = OPEN_ANSWERS[(n // 4) % len(OPEN_ANSWERS)]
            user = prompts._check_user(prompts.question(motivation), answer)
            requests.append(
                GenerationRequest(
                    [*fixed, ChatMessage("user", user)],
                    schema=prompts.CHECK_SCHEMA,
                    max_tokens=prompts.MAX_TOKENS,
                    pinned=len(fixed),
                )
            )
        else:
            key, reply = replies[(n * 7) % len(replies)]
            requests.append(prompts.request(DEFAULT_JOB.field(key), reply, value_possible=True))
    return requests


async def measure(
    config: WorkerConfig, info: ModelInfo, requests: list[GenerationRequest]
) -> dict[str, Any]:
    engine = LlamaEngine(config, info)
    await engine.start()
    try:
        await prompts.warm(engine)  # the fixed instructions in the KV cache, as the app does
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
    finally:
        await engine.aclose()
    done = [r for r in results if isinstance(r, Generation)]
    tokens = sum(g.completion_tokens for g in done)
    return {
        "wall_s": round(wall, 2),
        "completion_tokens": tokens,
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
    requests = interview_requests(args.requests)
    load_before = os.getloadavg()
    rounds: dict[int, list[dict[str, Any]]] = {parallel: [] for parallel in args.parallel}
    for n in range(args.rounds):  # every other round in reverse order: drifting load evens out
        for parallel in args.parallel if n % 2 == 0 else args.parallel[::-1]:
            config = WorkerConfig.from_settings(settings, path, entry.chat_format, prompts.SCHEMAS)
            config = replace(
                config, parallel=parallel, queue_deadline_s=3600.0, generation_timeout_s=600.0
            )
            rounds[parallel].append(await measure(config, info, requests))
    first = args.parallel[0]
    table = []
    for parallel, measured in rounds.items():
        walls = sorted(run["wall_s"] for run in measured)
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
                "outputs_differing_from_first": len(differing),
                "differing": differing[:3],
            }
        )
    base = table[0]["requests_per_s"]
    for row in table:
        row["throughput_ratio"] = round(row["requests_per_s"] / base, 2)
    return {
        "model": model,
        "requests": len(requests),
        "rounds": args.rounds,
        "load_average_at_start": load_before,
        "n_threads": settings.n_threads,
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
