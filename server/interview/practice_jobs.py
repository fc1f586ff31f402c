"""The sample jobs of practice interviews: one small job per supported language.

They live in ``practice_jobs.json`` next to this module, one entry per language code of
:data:`server.interview.languages.LANGUAGES`, each written in its own language (not a
word-for-word translation of another): a few fields of several types (yes/no, hours or
years, a single choice, a short text) and one open question, and no bid (a practice run
ends at the confirmed summary). The file is read once, on first use (:func:`load`), and
every entry is checked there: a valid :class:`JobSpec`, no bid, and text that
:func:`job_language` reads as the language it is filed under (else the interviewer would
speak another one). Nothing is read at import.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from server.errors import ConfigError
from server.interview.languages import LANGUAGES
from server.interview.spec import JobSpec, job_language

PATH = Path(__file__).with_name("practice_jobs.json")


@cache
def load(path: Path = PATH) -> dict[str, JobSpec]:
    """Every sample job by language code, checked (a ``ConfigError`` says what is wrong)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or sorted(raw) != sorted(LANGUAGES):
        found = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise ConfigError(
            f"{path.name} must hold one sample job for each of {', '.join(LANGUAGES)};"
            f" it holds {found}"
        )
    jobs: dict[str, JobSpec] = {}
    for lang in LANGUAGES:
        try:
            job = JobSpec.model_validate(raw[lang])
        except ValidationError as exc:
            raise ConfigError(f"{path.name}: the {lang!r} sample job is not valid: {exc}") from exc
        if job.bid:
            raise ConfigError(f'{path.name}: the {lang!r} sample job must say "bid": false')
        if (found := job_language(job)) != lang:
            raise ConfigError(
                f"{path.name}: the {lang!r} sample job reads as {found!r}; write it in {lang!r}"
            )
        jobs[lang] = job
    return jobs


def practice_job(lang: str) -> JobSpec:
    """The sample job in ``lang`` (a ``KeyError`` for a language without one)."""
    return load()[lang]
