"""``interviewer eval CASES --out PRED [--rules-only]``: labelled cases through the interview.

Predictions are written in the contract's format (``shared/eval/README.md``) and the
score is printed as one JSON object; the scoring is :mod:`server.interview.evaluate`'s.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from server.commands.engines import engine_for
from server.errors import ConfigError
from server.interview.evaluate import evaluate, parse_cases, score
from server.settings import Settings


def write_jsonl(path: str | Path, rows: list[dict[str, Any]]) -> None:
    """One JSON object per line (the prediction files of the eval commands)."""
    out_path = Path(path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    try:
        with Path(path).open(encoding="utf-8") as fh:
            return parse_cases(fh, str(path))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from exc


def run(settings: Settings, cases: str, out: str, rules_only: bool = False) -> int:
    """Writes ``out`` and prints the score as JSON."""
    loaded = load_cases(cases)

    async def go() -> tuple[list[dict[str, Any]], list[float], str]:
        async with engine_for(settings, rules_only) as engine:
            predictions, timings = await evaluate(engine, loaded)
            return predictions, timings, engine.info.name

    predictions, timings, model = asyncio.run(go())
    write_jsonl(out, predictions)
    result = score(loaded, {p["id"]: p for p in predictions})
    result["model"] = model
    result["cases"] = len(loaded)
    result["seconds_per_message"] = round(sum(timings) / len(timings), 3) if timings else 0.0
    sys.stdout.write(json.dumps(result) + "\n")
    return 0
