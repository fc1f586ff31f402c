"""Scoring rubric judgements against human labels (``shared/eval/README.md``, "Rubric judgement").

Cases are ``{"id", "question", "key_points", "answer", "expect"}`` lines; predictions
``{"id", "labels", "quotes"}``. :func:`report` gives accuracy and Cohen's kappa over all
key points (three classes), per-class recall and grounding (every quote given for a
covered or partial point is a substring of its answer).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from server.errors import ConfigError
from server.interview.rubric import LEVELS, MAX_POINTS, Level


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    key_points: list[str]
    answer: str
    expect: list[Level] | None = None


def parse_cases(lines: Iterable[str], name: str = "cases") -> list[Case]:
    """Read a cases file; every problem names its line."""
    cases: list[Case] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: expected a JSON object")
        case_id, question, points, answer = (
            data.get(k) for k in ("id", "question", "key_points", "answer")
        )
        if not isinstance(case_id, str) or not case_id or case_id in seen:
            raise ConfigError(f"{where}: 'id' must be a string, unique in the file")
        if not isinstance(question, str) or not isinstance(answer, str):
            raise ConfigError(f"{where}: 'question' and 'answer' must be strings")
        if (
            not isinstance(points, list)
            or not 1 <= len(points) <= MAX_POINTS
            or not all(isinstance(p, str) and p.strip() for p in points)
        ):
            raise ConfigError(f"{where}: 'key_points' must be 1 to {MAX_POINTS} strings")
        expect = data.get("expect")
        if expect is not None and (
            not isinstance(expect, list)
            or len(expect) != len(points)
            or not all(e in LEVELS for e in expect)
        ):
            raise ConfigError(
                f"{where}: 'expect' must give one of {', '.join(LEVELS)} per key point"
            )
        seen.add(case_id)
        cases.append(Case(case_id, question, list(points), answer, expect))
    return cases


def kappa(gold: Sequence[str], pred: Sequence[str], classes: Sequence[str] = LEVELS) -> float:
    """Cohen's kappa of two labelings of the same items (0 when chance agreement is total)."""
    if len(gold) != len(pred):
        raise ValueError("kappa needs two labelings of the same items")
    n = len(gold)
    if n == 0:
        return 0.0
    observed = sum(g == p for g, p in zip(gold, pred, strict=True)) / n
    expected = sum((gold.count(c) / n) * (pred.count(c) / n) for c in classes)
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def agreement(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, kappa and per-class recall of ``pred`` against ``gold``."""
    n = len(gold)
    recall: dict[str, float | None] = {}
    for c in LEVELS:
        items = [p for g, p in zip(gold, pred, strict=True) if g == c]
        recall[c] = round(sum(p == c for p in items) / len(items), 3) if items else None
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / n if n else 0.0
    return {
        "points": n,
        "accuracy": round(accuracy, 3),
        "kappa": round(kappa(gold, pred), 3),
        "recall": recall,
    }


def grounding(cases: Sequence[Case], predictions: Mapping[str, Mapping[str, Any]]) -> float:
    """Share of covered/partial judgements whose quote is a substring of the answer (1 if none)."""
    given = kept = 0
    for case in cases:
        row = predictions.get(case.id, {})
        for label, quote in zip(row.get("labels", []), row.get("quotes", []), strict=False):
            if label in ("covered", "partial"):
                given += 1
                kept += isinstance(quote, str) and bool(quote) and quote in case.answer
    return round(kept / given, 3) if given else 1.0


def flatten(
    cases: Sequence[Case], predictions: Mapping[str, Mapping[str, Any]]
) -> tuple[list[str], list[str]]:
    """Gold and predicted labels of every key point of the labelled cases (a case without a
    prediction counts as all missing)."""
    gold: list[str] = []
    pred: list[str] = []
    for case in cases:
        if case.expect is None:
            continue
        labels = list(predictions.get(case.id, {}).get("labels", []))
        labels += ["missing"] * (len(case.expect) - len(labels))
        gold += case.expect
        pred += labels[: len(case.expect)]
    return gold, pred


def report(
    cases: Sequence[Case],
    predictions: Mapping[str, Mapping[str, Any]],
    baseline: Mapping[str, Mapping[str, Any]],
    seconds: Sequence[float],
) -> dict[str, Any]:
    """The JSON report of ``interviewer eval-rubric``."""
    gold, pred = flatten(cases, predictions)
    _, base = flatten(cases, baseline)
    ordered = sorted(seconds)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] if ordered else 0.0
    return {
        "cases": len(cases),
        **agreement(gold, pred),
        "grounding": grounding(cases, predictions),
        "seconds_per_answer": {
            "mean": round(sum(seconds) / len(seconds), 3) if seconds else 0.0,
            "p95": round(p95, 3),
        },
        "baseline": {**agreement(gold, base), "grounding": grounding(cases, baseline)},
    }
