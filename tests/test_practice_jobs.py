"""The practice sample jobs: one per supported language, each a valid job without a bid,
of several field types, written in the language it is filed under; a broken file is a
``ConfigError`` that says what is wrong."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from server.errors import ConfigError
from server.interview import practice_jobs, turn
from server.interview.languages import LANGUAGES
from server.interview.spec import job_language


def test_there_is_a_sample_job_for_every_language() -> None:
    assert sorted(practice_jobs.load()) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_sample_job_is_a_small_job_in_its_language(lang: str) -> None:
    job = practice_jobs.practice_job(lang)
    assert job_language(job) == lang
    assert not job.bid and not job.work_samples
    fields = job.all_fields()
    assert 4 <= len(job.fields) <= 5 and len(job.custom_questions) == 1
    types = {f.type for f in fields}
    assert {"yes_no", "single_choice", "short_text", "long_text"} <= types
    assert types & {"number", "hours_per_week", "years"}
    assert all(f.question for f in job.fields)
    # The interviewer can open it.
    _, greeting = turn.start(job)
    assert job.title in greeting


def test_an_unknown_language_has_no_sample_job() -> None:
    with pytest.raises(KeyError):
        practice_jobs.practice_job("nl")


def _write(tmp_path: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    raw = json.loads(practice_jobs.PATH.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "practice_jobs.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda raw: raw.pop("it"), "one sample job for each of en, es, de, fr, pt, it"),
        (lambda raw: raw.update(nl=raw["en"]), "one sample job for each of"),
        (lambda raw: raw["de"].update(bid=True), "'de' sample job must say \"bid\": false"),
        (lambda raw: raw["fr"]["fields"][0].update(type="colour"), "'fr' sample job is not valid"),
        (lambda raw: raw.update(es=raw["pt"]), "the 'es' sample job reads as 'pt'"),
    ],
)
def test_a_broken_file_says_what_is_wrong(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], says: str
) -> None:
    with pytest.raises(ConfigError) as err:
        practice_jobs.load(_write(tmp_path, change))
    assert says in str(err.value)
