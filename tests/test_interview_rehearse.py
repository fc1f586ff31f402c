"""``interviewer rehearse``: scripted candidates through the live interview code, scored."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from server.cli import main
from server.commands.rehearse import load as load_rehearsals
from server.engine.base import RulesOnly
from server.errors import ConfigError
from server.interview import rehearse as rh
from server.interview.spec import FieldState

JOB = {
    "title": "Night porter",
    "description": "A small hotel needs a night porter.",
    "fields": [
        {
            "key": "nights",
            "label": "Available for night shifts",
            "type": "yes_no",
            "question": "Can you work night shifts?",
        },
        {"key": "years_porter", "label": "Years as a porter", "type": "years"},
    ],
    "custom_questions": [],
}


def _file(tmp_path: Path, conversations: list[dict], job: dict | None = None) -> Path:
    path = tmp_path / "jobs.json"
    path.write_text(
        json.dumps(
            {"jobs": [{"name": "porter", "job": job or JOB, "conversations": conversations}]}
        )
    )
    return path


def test_a_conversation_runs_through_the_live_turns_and_is_scored(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        [
            {
                "id": "p-1",
                "messages": ["Yes, nights are fine.", "4 years"],
                "expect": {
                    "nights": {"status": "answered", "value": True},
                    "years_porter": {"status": "answered", "min": 4, "max": 4},
                },
            },
            {
                "id": "p-2",
                "messages": ["Yes."],
                "expect": {
                    "nights": {"status": "answered", "value": False},
                    "years_porter": {"status": "missing"},
                },
            },
        ],
    )
    loaded = load_rehearsals(path)
    outcomes = asyncio.run(rh.rehearse(RulesOnly(), loaded))
    result = rh.report(loaded, outcomes)
    assert result["fields"] == 4
    assert result["accuracy"] == 0.75
    assert result["per_type"]["yes_no"] == {"accuracy": 0.5, "correct": "1/2"}
    assert result["complete_as_expected"] == "2/2"
    [miss] = result["misses"]
    assert (miss["conversation"], miss["field"]) == ("p-2", "nights")
    assert miss["got"]["value"] is True
    # The transcript is the real dialogue: the greeting asks the first field.
    assert miss["transcript"][0]["role"] == "interviewer"
    assert "night" in miss["transcript"][0]["text"].casefold()
    assert miss["transcript"][1] == {"role": "candidate", "text": "Yes."}


@pytest.mark.parametrize(
    ("expect", "got", "ok"),
    [
        ({"status": "answered", "value": True}, FieldState(status="answered", value=True), True),
        ({"status": "answered", "value": False}, FieldState(status="answered", value=0), False),
        ({"status": "answered", "value": "van"}, FieldState(status="answered", value="car"), False),
        (
            {"status": "answered", "min": 10, "max": 15},
            FieldState(status="answered", value={"min": 10, "max": 15}),
            True,
        ),
        (
            {"status": "answered", "min": 4, "max": 5},
            FieldState(status="answered", value=6.0),
            False,
        ),
        (
            {"status": "answered", "keywords": ["HPLC", "titration"]},
            FieldState(status="answered", value="HPLC, GC und Karl-Fischer-Titration"),
            True,
        ),
        (
            {"status": "answered", "keywords": ["PCR"]},
            FieldState(status="answered", value="ELISA"),
            False,
        ),
        ({"status": "declined"}, FieldState(status="declined"), True),
        ({"status": "vague"}, FieldState(status="missing"), False),
    ],
)
def test_field_scoring_follows_the_contract(expect: dict, got: FieldState, ok: bool) -> None:
    assert rh.field_correct(expect, got) is ok


def test_invention_counts_answers_where_the_truth_is_not_given(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        [
            {
                "id": "p-1",
                "messages": ["Yes I can.", "I'd rather not say."],
                "expect": {"nights": {"status": "vague"}, "years_porter": {"status": "declined"}},
            },
        ],
    )
    loaded = load_rehearsals(path)
    result = rh.report(loaded, asyncio.run(rh.rehearse(RulesOnly(), loaded)))
    assert result["invented"] == 1
    assert result["invention_rate"] == 0.5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"jobs": {}}', "'jobs' list"),
        (
            '{"jobs": [{"name": "x", "job": {"title": "x", "fields": []}}]}',
            "jobs[0].job: Value error, a job needs at least one field",
        ),
        (
            json.dumps(
                {
                    "jobs": [
                        {
                            "name": "x",
                            "job": JOB,
                            "conversations": [
                                {
                                    "id": "a",
                                    "messages": ["hi"],
                                    "expect": {"salary": {"status": "missing"}},
                                }
                            ],
                        }
                    ]
                }
            ),
            "expect names fields the job does not have: salary",
        ),
        (
            json.dumps(
                {
                    "jobs": [
                        {"name": "x", "job": JOB, "conversations": [{"id": "a", "messages": "hi"}]}
                    ]
                }
            ),
            "'messages' must be a list of strings",
        ),
    ],
)
def test_a_bad_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "jobs.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_rehearsals(path)


def test_the_command_prints_a_summary_and_writes_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path,
        [
            {
                "id": "p-1",
                "messages": ["No.", "none"],
                "expect": {
                    "nights": {"status": "answered", "value": False},
                    "years_porter": {"status": "none"},
                },
            },
        ],
    )
    out = tmp_path / "report.json"
    assert main(["rehearse", str(path), "--out", str(out), "--rules-only"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["model"] == "rules-only"
    assert summary["accuracy"] == 1.0
    assert summary["misses"] == 0
    assert json.loads(out.read_text())["misses"] == []
    assert main(["rehearse", str(tmp_path / "absent.json"), "--rules-only"]) == 2
