"""``interviewer eval-rubric CASES --out PRED``: rubric judgement against human labels.

Each case's answer is judged point by point (:func:`server.interview.rubric.judge`);
predictions are written in the contract's format (``shared/eval/README.md``, "Rubric
judgement"), one ``{"id", "labels", "quotes"}`` line per case, and the report is printed
as one JSON object, with the keyword-overlap baseline's numbers beside the model's.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from server.commands.evaluate import write_jsonl
from server.engine.base import Engine
from server.errors import ConfigError
from server.interview.rubric import PROMPT_VERSION, judge, segments, warm
from server.interview.rubric_eval import Case, parse_cases, report
from server.interview.rubric_lexical import baseline
from server.settings import Settings


def load_cases(path: str | Path) -> list[Case]:
    try:
        with Path(path).open(encoding="utf-8") as fh:
            return parse_cases(fh, str(path))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from exc


async def predict(engine: Engine, cases: list[Case]) -> tuple[list[dict[str, Any]], list[float]]:
    """The judge's prediction for every case, and the seconds each answer took."""
    rows: list[dict[str, Any]] = []
    seconds: list[float] = []
    for case in cases:
        result = await judge(engine, case.question, case.key_points, case.answer)
        rows.append({"id": case.id, "labels": result.labels, "quotes": result.quotes})
        seconds.append(result.seconds)
    return rows, seconds


def predict_baseline(cases: list[Case]) -> list[dict[str, Any]]:
    rows = []
    for case in cases:
        sentences = [s.text for s in segments(case.answer) if not s.instructs]
        labels, quotes = baseline(case.key_points, sentences, case.answer)
        rows.append({"id": case.id, "labels": labels, "quotes": quotes})
    return rows


def run(settings: Settings, cases: str, out: str) -> int:
    """Writes ``out`` and prints the report as JSON."""
    loaded = load_cases(cases)

    async def go() -> tuple[list[dict[str, Any]], list[float], str]:
        from server.engine import open_engine

        async with open_engine(settings) as engine:
            await warm(engine)
            rows, seconds = await predict(engine, loaded)
            return rows, seconds, engine.info.name

    rows, seconds, model = asyncio.run(go())
    write_jsonl(out, rows)
    base = {row["id"]: row for row in predict_baseline(loaded)}
    result = report(loaded, {row["id"]: row for row in rows}, base, seconds)
    result["model"] = model
    result["prompt_version"] = PROMPT_VERSION
    sys.stdout.write(json.dumps(result) + "\n")
    return 0
