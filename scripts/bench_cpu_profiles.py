"""What each CPU profile costs on this host, and what a fallback costs at start-up.

    python scripts/bench_cpu_profiles.py [--model NAME] [--rounds N]

Prints one JSON object. For every profile of ``server.engine.cpu`` (run in this
process, as the worker runs them): model load time, a ~300-token cold prefill
(median of rounds) and ms per generated token. Then, through the real supervised
engine: seconds until ready with the default walk, and with a worker made to crash
in its first self-check (``crash-with-extra-buffers``), which falls back to 'safe'.
Measured in one run, so the ratios are fair on a noisy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from server.engine import cpu
from server.engine.base import ModelInfo
from server.engine.decode import Decoder
from server.engine.runtime import LlamaEngine, WorkerConfig
from server.models.catalog import load_catalog
from server.models.verify import ensure_verified
from server.settings import Settings

PROMPT = " ".join(
    f"Rule {i}: record only what the candidate wrote, in their own words." for i in range(1, 26)
)


def profile_costs(path: Path, chat_format: str, settings: Settings, rounds: int) -> dict:
    out = {}
    for name in cpu.FALLBACK_ORDER:
        started = time.perf_counter()
        decoder = Decoder(
            str(path),
            n_ctx=2048,
            n_threads=settings.n_threads,
            n_batch=settings.n_batch,
            chat_format=chat_format,
            profile=cpu.PROFILES[name],
        )
        load_s = time.perf_counter() - started
        tokens = decoder.render([("system", PROMPT), ("user", "Hello")])
        prefill = []
        for _ in range(rounds):
            decoder.llm.n_tokens = 0
            started = time.perf_counter()
            decoder.llm.eval(tokens)
            prefill.append(time.perf_counter() - started)
        generation = decoder.generate(
            [("system", PROMPT), ("user", "Write one sentence about rivers.")],
            schema=None,
            max_tokens=48,
            pinned=1,
            deadline=time.monotonic() + 120,
        )
        out[name] = {
            "load_s": round(load_s, 3),
            "prefill_tokens": len(tokens),
            "prefill_s": round(statistics.median(prefill), 3),
            "ms_per_token": round(
                1000 * generation.total_s / max(1, generation.completion_tokens), 2
            ),
        }
        del decoder
    return out


async def time_to_ready(path: Path, chat_format: str, settings: Settings, fault: str) -> dict:
    config = replace(
        WorkerConfig.from_settings(settings, path, chat_format), fault=fault, cpu_profile="auto"
    )
    engine = LlamaEngine(config, ModelInfo(name="bench", sha256="", n_ctx=0))
    started = time.perf_counter()
    await engine.start()
    ready_s = time.perf_counter() - started
    profile = engine.profile.name if engine.profile else None
    await engine.aclose()
    return {"ready_s": round(ready_s, 2), "profile": profile}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = Settings.from_env()
    if args.model:
        settings = settings.model_copy(update={"model": args.model})
    entry = load_catalog(settings).get(settings.model)
    path, _ = ensure_verified(settings, settings.model)
    result = {
        "model": settings.model,
        "n_threads": settings.n_threads,
        "profiles": profile_costs(path, entry.chat_format, settings, args.rounds),
        "start": {
            "no_fault": asyncio.run(time_to_ready(path, entry.chat_format, settings, "none")),
            "crash_on_first_warm_up": asyncio.run(
                time_to_ready(path, entry.chat_format, settings, "crash-with-extra-buffers")
            ),
        },
    }
    full = result["profiles"]["full"]["prefill_s"]
    result["prefill_ratio_to_full"] = {
        name: round(values["prefill_s"] / full, 2) for name, values in result["profiles"].items()
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
