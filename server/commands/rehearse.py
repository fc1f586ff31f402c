"""``interviewer rehearse JOBS.json [--out REPORT] [--rules-only]``: scripted candidates.

Prints the summary as one JSON object and writes the full report, with every miss and
its transcript, to ``--out``; the harness is :mod:`server.interview.rehearse`.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from server.commands.engines import engine_for
from server.errors import ConfigError
from server.interview.rehearse import Outcome, Rehearsal, parse, rehearse, report
from server.settings import Settings


def load(path: str | Path) -> list[Rehearsal]:
    """Read and validate a rehearsal file; every problem names where it is."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return parse(data, str(path))


def run(settings: Settings, jobs: str, out: str | None, rules_only: bool = False) -> int:
    loaded = load(jobs)

    async def go() -> tuple[list[Outcome], str]:
        async with engine_for(settings, rules_only) as engine:
            return await rehearse(engine, loaded), engine.info.name

    outcomes, model = asyncio.run(go())
    result = report(loaded, outcomes)
    result["model"] = model
    if out:
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary = {k: v for k, v in result.items() if k != "misses"}
    summary["misses"] = len(result["misses"])
    sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return 0
