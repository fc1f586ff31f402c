"""``interviewer rejudge JOB_ID [--model M] [--replace-overrides]``: judge a job's rubric
answers again, on another model if asked.

Every submitted interview of the job has each rubric question judged again
(:func:`server.interview.rubric.judge`, the rubric of the job's version the interview
started with). The earlier judgements stay in the history. A person's override stays
the judgement that stands (the new model judgement is kept beside it) unless
``--replace-overrides``. Prints one JSON object: how many answers were judged, how many
model judgements changed, how many overrides were kept, and the seconds it took.

It runs beside a live server: the server's own judging queue is not needed for it, and
a question the server is judging at the same moment is simply judged twice (both runs
are in the history).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from sqlmodel import Session

from server.engine.base import Engine
from server.errors import ConfigError
from server.interview import rubric
from server.interview.spec import JobSpec
from server.settings import Settings
from server.store import assessments as store
from server.store import interviews as interview_store
from server.store import jobs as job_store
from server.store.db import Database
from server.web import judging


def plan(session: Session, *, job_id: int) -> list[judging.Work]:
    """Each rubric question of each submitted interview of the job, queued as a task."""
    if job_store.get_job(session, job_id=job_id) is None:
        raise ConfigError(f"there is no job {job_id}; the employer's page /employer lists them")
    works = []
    for interview, _ in interview_store.list_for_job(session, job_id=job_id):
        if interview.phase != "submitted":
            continue
        spec = JobSpec.model_validate(interview.job_spec)
        keys = [q.key for q in spec.rubric_questions()]
        for task in store.enqueue(session, interview_id=interview.id or 0, question_keys=keys):
            work = judging.work_for(interview, task.question_key, task.id or 0)
            if work is not None:
                works.append(work)
    return works


def _model_calls(before: list[Any]) -> dict[tuple[int, str, int], str]:
    return {(a.interview_id, a.question_key, a.point_index): a.model_judgement for a in before}


async def rejudge(
    db: Database, engine: Engine, *, job_id: int, replace_overrides: bool = False
) -> dict[str, Any]:
    """Judge the job's submitted rubric answers again with ``engine``; the summary."""
    started = time.perf_counter()
    works = await db.run(plan, job_id=job_id)
    ids = sorted({w.interview_id for w in works})
    before = _model_calls(await db.run(store.list_for, interview_ids=ids))
    for work in works:
        points = await judging.judge_work(engine, work)
        await db.run(
            judging.save,
            work=work,
            points=points,
            model_name=engine.info.name,
            replace_overrides=replace_overrides,
        )
    after = await db.run(store.list_for, interview_ids=ids)
    changed = sum(
        1
        for a in after
        if before.get((a.interview_id, a.question_key, a.point_index))
        not in (None, a.model_judgement)
    )
    kept = sum(1 for a in after if a.author_id is not None)
    return {
        "job_id": job_id,
        "model": engine.info.name,
        "interviews": len(ids),
        "answers": len(works),
        "points": len(after),
        "changed": changed,
        "overrides_kept": kept,
        "replace_overrides": replace_overrides,
        "seconds": round(time.perf_counter() - started, 2),
    }


def run(settings: Settings, *, job_id: int, replace_overrides: bool = False) -> int:
    """Rejudge on the configured model (``--model`` sets it); print the summary as JSON."""
    db = Database(settings.database_url)
    try:
        db.migrate()
        if db.call(job_store.get_job, job_id=job_id) is None:  # before loading any model
            raise ConfigError(f"there is no job {job_id}; the employer's page /employer lists them")

        async def go() -> dict[str, Any]:
            from server.engine import open_engine

            async with open_engine(settings) as engine:
                await rubric.warm(engine)
                return await rejudge(db, engine, job_id=job_id, replace_overrides=replace_overrides)

        summary = asyncio.run(go())
    finally:
        db.dispose()
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0
