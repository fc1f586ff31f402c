"""Scoring of the extraction contract (pure) and the eval command's plumbing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server.commands.evaluate import load_cases
from server.engine.fake import ScriptedEngine
from server.errors import ConfigError
from server.interview import evaluate as ev


@pytest.mark.parametrize(
    ("expect", "predicted", "ok"),
    [
        ({"status": "missing"}, {"status": "missing"}, True),
        ({"status": "vague"}, {"status": "missing"}, False),
        (
            {"status": "answered", "min": 1.5, "max": 1.5},
            {"status": "answered", "value": 1.5},
            True,
        ),
        (
            {"status": "answered", "min": 20, "max": 25},
            {"status": "answered", "value": {"min": 20, "max": 25}},
            True,
        ),
        (
            {"status": "answered", "min": 20, "max": 20},
            {"status": "answered", "value": {"min": 15, "max": 30}},
            False,
        ),
        ({"status": "answered", "min": 3, "max": 3}, {"status": "answered", "value": True}, False),
        (
            {"status": "answered", "value": "https://www.linkedin.com/in/a"},
            {"status": "answered", "value": "https://www.linkedin.com/in/a/"},
            True,
        ),
        (
            {"status": "answered", "platforms": ["appen", "outlier"], "task_types": []},
            {"status": "answered", "value": {"platforms": ["outlier", "appen"], "task_types": []}},
            True,
        ),
        (
            {"status": "answered", "platforms": ["appen"], "task_types": ["rlhf"]},
            {"status": "answered", "value": {"platforms": ["appen"], "task_types": []}},
            False,
        ),
        ({"status": "none"}, {"status": "answered", "value": 0}, False),
    ],
)
def test_pair_correct(expect: dict, predicted: dict, ok: bool) -> None:
    assert ev.pair_correct(expect, predicted) is ok


def test_score_reports_accuracy_per_status_and_invention() -> None:
    cases = [
        {"id": "1", "expect": {"a": {"status": "missing"}, "b": {"status": "vague"}}},
        {
            "id": "2",
            "expect": {
                "a": {"status": "answered", "min": 2, "max": 2},
                "b": {"status": "declined"},
            },
        },
    ]
    predictions = {
        "1": {
            "id": "1",
            "fields": {"a": {"status": "answered", "value": 1}, "b": {"status": "vague"}},
        },
        "2": {"id": "2", "fields": {"a": {"status": "answered", "value": 2}}},
    }
    result = ev.score(cases, predictions)
    assert result["pairs"] == 4
    assert result["accuracy"] == 0.5
    assert result["per_status"] == {"missing": 0.0, "answered": 1.0, "vague": 1.0, "declined": 0.0}
    assert result["invented"] == 1
    assert result["invention_rate"] == pytest.approx(1 / 3, abs=1e-4)


def test_load_cases_says_which_line_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "turns": []}\n\n{oops\n')
    with pytest.raises(ConfigError, match=r"cases.jsonl:3"):
        load_cases(path)


async def test_evaluate_sets_asked_per_turn_and_writes_every_contract_key() -> None:
    cases = [
        {
            "id": "c1",
            "turns": [
                {"asked": "weekly_hours", "candidate": "20"},
                {"asked": "years_experience", "candidate": "3"},
            ],
        },
        {"id": "c2", "turns": [{"asked": None, "candidate": "20"}]},
    ]
    engine = ScriptedEngine(responder=lambda request: json.dumps({"label": "vague"}))
    predictions, timings = await ev.evaluate(engine, cases)
    assert len(timings) == 3
    assert predictions[0] == {
        "id": "c1",
        "fields": {
            "linkedin_url": {"status": "missing"},
            "years_experience": {"status": "answered", "value": 3},
            "weekly_hours": {"status": "answered", "value": 20},
            "ai_training_experience": {"status": "missing"},
        },
    }
    assert all(f == {"status": "missing"} for f in predictions[1]["fields"].values())
