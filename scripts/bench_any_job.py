"""Per-message latency and accuracy on jobs unlike the default one, as one JSON object.

Runs every scripted candidate of one or more rehearsal files (default: the shared
development set and the three blind sets in ``tests/data``) through the live turns on
the configured model, once with the model and once with rules only, and reports per
set and overall: p50/p95 seconds per message, field accuracy, invention and the
interviews that ended complete as expected. The issue's latency bar is p50 ≤ 0.5 s and
p95 ≤ 2.5 s per message on 2 cores.

    .venv/bin/python scripts/bench_any_job.py [JOBS.json ...]
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from server.commands.engines import engine_for
from server.commands.rehearse import load
from server.engine.base import RulesOnly
from server.interview import rehearse as rh
from server.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = (
    ROOT.parent / "shared" / "eval" / "jobs_dev.json",
    ROOT / "tests" / "data" / "jobs_blind.json",
    ROOT / "tests" / "data" / "jobs_blind2.json",
    ROOT / "tests" / "data" / "jobs_blind3.json",
)


def _summary(result: dict) -> dict:
    return {
        k: result[k]
        for k in ("accuracy", "invention_rate", "complete_as_expected", "seconds_per_message")
    }


async def main(paths: list[Path]) -> dict:
    sets = {path.name: load(path) for path in paths if path.exists()}
    out: dict = {"sets": {}}
    seconds: list[float] = []
    async with engine_for(Settings.from_env()) as engine:
        for name, loaded in sets.items():
            outcomes = await rh.rehearse(engine, loaded)
            seconds += [s for o in outcomes for s in o.seconds]
            rules = rh.report(loaded, await rh.rehearse(RulesOnly(), loaded))
            out["sets"][name] = {
                "model": _summary(rh.report(loaded, outcomes)),
                "rules_only": _summary(rules),
            }
        out["model"] = engine.info.name
    out["all_messages"] = rh.latency(seconds)
    return out


if __name__ == "__main__":
    chosen = [Path(p) for p in sys.argv[1:]] or list(DEFAULT_SETS)
    print(json.dumps(asyncio.run(main(chosen))))
