"""``interviewer rehearse JOBS.json [--out REPORT] [--rules-only]``: scripted candidates.

Prints the summary as one JSON object and writes the full report, with every miss and
its transcript, to ``--out``; the harness is :mod:`server.interview.rehearse`.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from server.commands.engines import engine_for
from server.errors import ConfigError
from server.interview.numerals import dates_relative_to
from server.interview.rehearse import Outcome, Rehearsal, parse, rehearse, report
from server.settings import Settings


def _read(path: str | Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc


def load(path: str | Path) -> list[Rehearsal]:
    """Read and validate a rehearsal file; every problem names where it is."""
    return parse(_read(path), str(path))


# A set's own reference date, said in its "about": "Dates are relative to 2026-12-01".
_RELATIVE_TO = re.compile(r"[Dd]ates are relative to (\d{4})-(\d{2})-(\d{2})")


def reference_date(data: Any) -> date | None:
    """The date a scripted set's durations and dates are counted to, where it says one."""
    about = data.get("about") if isinstance(data, dict) else None
    m = _RELATIVE_TO.search(about) if isinstance(about, str) else None
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def run(settings: Settings, jobs: str, out: str | None, rules_only: bool = False) -> int:
    data = _read(jobs)
    loaded = parse(data, jobs)

    async def go() -> tuple[list[Outcome], str]:
        async with engine_for(settings, rules_only) as engine:
            return await rehearse(engine, loaded), engine.info.name

    # "since 2022", "el lunes 14 de diciembre": counted to the set's own date, if it says one
    with dates_relative_to(reference_date(data)):
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
