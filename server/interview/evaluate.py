"""Labelled cases through the live interview code, and their score (``interviewer eval``).

Each case's turns go, in order, through :func:`server.interview.turn.take_turn` on
the given engine, with ``state.asked`` set to the turn's ``asked`` first, exactly as
a live interview would have it after asking that question. Predictions are in the
contract's format (``shared/eval/README.md``). Reading and writing files, and the
engine, are the command's (:mod:`server.commands.evaluate`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import Any

from server.engine.base import Engine
from server.errors import ConfigError
from server.interview.default_job import DEFAULT_JOB
from server.interview.spec import JobSpec
from server.interview.turn import InterviewState, start, take_turn

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


def parse_cases(lines: Iterable[str], source: str) -> list[dict[str, Any]]:
    """Cases from JSON Lines; a problem names ``source`` and the line."""
    cases = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{source}:{n}: not valid JSON ({exc.msg}); fix that line") from exc
        if not isinstance(case, dict) or "id" not in case or "turns" not in case:
            raise ConfigError(f"{source}:{n}: a case needs 'id' and 'turns'")
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
