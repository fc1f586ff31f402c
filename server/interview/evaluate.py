"""``interviewer eval CASES --out PRED``: run labelled cases through the live interview code.

Each case's turns go, in order, through :func:`server.interview.turn.take_turn` on
the real engine, with ``state.asked`` set to the turn's ``asked`` first, exactly as
a live interview would have it after asking that question. Predictions are written
in the contract's format (``shared/eval/README.md``) and the score is printed as one
JSON object. The scoring functions are pure and tested on their own.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from server.engine.base import Engine, RulesOnly
from server.errors import ConfigError
from server.interview.default_job import DEFAULT_JOB
from server.interview.spec import JobSpec
from server.interview.turn import InterviewState, start, take_turn
from server.settings import Settings

CONTRACT_KEYS = ("linkedin_url", "years_experience", "weekly_hours", "ai_training_experience")
STATUSES = ("missing", "answered", "none", "vague", "invalid", "declined")
NOT_GIVEN = frozenset({"missing", "vague", "declined", "invalid"})


# ------------------------------------------------------------------ scoring


def normalise_url(url: str) -> str:
    return url.strip().rstrip("/")


def number_value(value: Any) -> float | None:
    """A predicted number; a range counts by its midpoint, as the contract scores it."""
    if isinstance(value, dict) and "min" in value and "max" in value:
        return (float(value["min"]) + float(value["max"])) / 2
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def pair_correct(expect: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Whether one (case, field) prediction matches its label, as the contract scores it."""
    if predicted.get("status") != expect["status"]:
        return False
    if expect["status"] != "answered":
        return True
    value = predicted.get("value")
    if "value" in expect:
        return isinstance(value, str) and normalise_url(value) == normalise_url(expect["value"])
    if "platforms" in expect or "task_types" in expect:
        if not isinstance(value, dict):
            return False
        return set(value.get("platforms", [])) == set(expect.get("platforms", [])) and set(
            value.get("task_types", [])
        ) == set(expect.get("task_types", []))
    number = number_value(value)
    return number is not None and float(expect["min"]) <= number <= float(expect["max"])


def score(
    cases: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Overall pair accuracy, accuracy per true status, and the invention rate."""
    total = correct = invented = not_given = 0
    per: dict[str, list[int]] = {s: [0, 0] for s in STATUSES}
    for case in cases:
        fields = predictions.get(case["id"], {}).get("fields", {})
        for key, expect in case.get("expect", {}).items():
            predicted = fields.get(key, {"status": "missing"})
            ok = pair_correct(expect, predicted)
            total += 1
            correct += ok
            per[expect["status"]][0] += ok
            per[expect["status"]][1] += 1
            if expect["status"] in NOT_GIVEN:
                not_given += 1
                invented += predicted.get("status") == "answered"
    return {
        "pairs": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "per_status": {s: round(c / n, 4) for s, (c, n) in per.items() if n},
        "per_status_counts": {s: f"{c}/{n}" for s, (c, n) in per.items() if n},
        "invention_rate": round(invented / not_given, 4) if not_given else 0.0,
        "invented": invented,
    }


def prediction(
    case_id: str, job: JobSpec, state: InterviewState, keys: Iterable[str]
) -> dict[str, Any]:
    fields = {}
    for key in keys:
        current = state.fields[key]
        entry: dict[str, Any] = {"status": current.status}
        if current.status == "answered":
            entry["value"] = current.value
        fields[key] = entry
    return {"id": case_id, "fields": fields}


# ------------------------------------------------------------------ running


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    cases = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{n}: not valid JSON ({exc.msg}); fix that line") from exc
            if "id" not in case or "turns" not in case:
                raise ConfigError(f"{path}:{n}: a case needs 'id' and 'turns'")
            cases.append(case)
    return cases


async def run_case(
    engine: Engine, job: JobSpec, case: dict[str, Any]
) -> tuple[InterviewState, list[float]]:
    """One case through the interview; the state after its last turn and each turn's seconds."""
    state, _greeting = start(job)
    timings = []
    for turn in case["turns"]:
        state = state.model_copy(update={"asked": turn.get("asked")})
        began = time.perf_counter()
        result = await take_turn(engine, job, state, turn["candidate"])
        timings.append(time.perf_counter() - began)
        state = result.state
    return state, timings


async def evaluate(
    engine: Engine,
    cases: list[dict[str, Any]],
    job: JobSpec = DEFAULT_JOB,
    keys: Iterable[str] = CONTRACT_KEYS,
) -> tuple[list[dict[str, Any]], list[float]]:
    keys = tuple(keys)
    predictions, timings = [], []
    for case in cases:
        state, seconds = await run_case(engine, job, case)
        predictions.append(prediction(case["id"], job, state, keys))
        timings += seconds
    return predictions, timings


@asynccontextmanager
async def engine_for(settings: Settings, rules_only: bool = False) -> AsyncIterator[Engine]:
    """The configured model, loaded and warmed; or no model at all with ``rules_only``."""
    if rules_only:
        yield RulesOnly()
        return
    from server.engine.runtime import open_engine
    from server.interview import prompts

    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as engine:
        await prompts.warm(engine)
        yield engine


def run(settings: Settings, cases: str, out: str, rules_only: bool = False) -> int:
    """The ``interviewer eval`` command: writes ``out`` and prints the score as JSON."""
    loaded = load_cases(cases)

    async def go() -> tuple[list[dict[str, Any]], list[float], str]:
        async with engine_for(settings, rules_only) as engine:
            predictions, timings = await evaluate(engine, loaded)
            return predictions, timings, engine.info.name

    predictions, timings, model = asyncio.run(go())
    out_path = Path(out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as fh:
        for row in predictions:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = score(loaded, {p["id"]: p for p in predictions})
    result["model"] = model
    result["cases"] = len(loaded)
    result["seconds_per_message"] = round(sum(timings) / len(timings), 3) if timings else 0.0
    sys.stdout.write(json.dumps(result) + "\n")
    return 0
