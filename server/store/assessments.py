"""Store functions for rubric assessments, their history and the judging queue.

An ``Assessment`` is one key point of one rubric question of one interview: what the
model judged (with its quote) and what stands now (the model's judgement, or a person's
override with its note, author and time). Every change, by a model run or by a person,
is added to ``assessment_history`` and never changed after.

The judging queue (``judging_queue``) has one task per interview and rubric question:
``queued`` → ``running`` → ``done``, or back to ``queued`` after a failure (with a
back-off) until :data:`MAX_ATTEMPTS`, then ``failed`` with the error. A running task
holds a lease the worker renews; a task whose lease has passed (its process died) is
taken again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from server.store.tables import (
    Assessment,
    AssessmentChange,
    Interview,
    JudgingTask,
    utcnow,
)

JUDGEMENTS = ("covered", "partial", "missing")
STATES = ("queued", "running", "done", "failed")
# Tries of one task before it is left "failed" (a model error, a bad answer from it).
MAX_ATTEMPTS = 3
# How long a running task is its worker's before another may take it (renewed per point).
LEASE_S = 180.0
# Wait before a failed task is tried again: this times the attempts so far.
RETRY_AFTER_S = 30.0
MAX_NOTE_CHARS = 1000
MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class PointResult:
    """One judged key point, as a model run gives it to :func:`record_judgement`."""

    point: str
    weight: float
    judgement: str
    quote: str | None


# -- the queue --------------------------------------------------------------------------


def enqueue(
    session: Session, *, interview_id: int, question_keys: Sequence[str], again: bool = False
) -> list[JudgingTask]:
    """Queue each rubric question of the interview once. A question already queued or
    running is left alone; a done or failed one is queued again only with ``again``."""
    now = utcnow()
    tasks = []
    for key in question_keys:
        task = get_task(session, interview_id=interview_id, question_key=key)
        if task is None:
            task = JudgingTask(
                interview_id=interview_id,
                question_key=key,
                state="queued",
                attempts=0,
                created_at=now,
                updated_at=now,
                not_before=now,
            )
        elif again and task.state in ("done", "failed"):
            task.state, task.attempts, task.error = "queued", 0, None
            task.updated_at = task.not_before = now
            task.lease_until = None
        session.add(task)
        tasks.append(task)
    session.flush()
    return tasks


def get_task(session: Session, *, interview_id: int, question_key: str) -> JudgingTask | None:
    query = select(JudgingTask).where(
        JudgingTask.interview_id == interview_id, JudgingTask.question_key == question_key
    )
    return session.exec(query).first()


def tasks_for(session: Session, *, interview_ids: Sequence[int]) -> list[JudgingTask]:
    if not interview_ids:
        return []
    query = (
        select(JudgingTask)
        .where(col(JudgingTask.interview_id).in_(list(interview_ids)))
        .order_by(col(JudgingTask.id))
    )
    return list(session.exec(query))


def take(
    session: Session, *, now: datetime | None = None, lease_s: float = LEASE_S
) -> JudgingTask | None:
    """The next task to judge, marked running under a lease: the oldest queued one due,
    or a running one whose lease has passed. None when there is nothing to do.

    The row is claimed with a compare-and-set on its state and lease, so two workers
    never take the same task."""
    now = now or utcnow()
    due = sa.or_(
        sa.and_(col(JudgingTask.state) == "queued", col(JudgingTask.not_before) <= now),
        sa.and_(col(JudgingTask.state) == "running", col(JudgingTask.lease_until) < now),
    )
    for task in session.exec(select(JudgingTask).where(due).order_by(col(JudgingTask.id)).limit(8)):
        claimed = session.execute(
            sa.update(JudgingTask)
            .where(
                col(JudgingTask.id) == task.id,
                col(JudgingTask.state) == task.state,
                sa.or_(
                    col(JudgingTask.lease_until).is_(None),
                    col(JudgingTask.lease_until) == task.lease_until,
                ),
            )
            .values(
                state="running",
                attempts=task.attempts + 1,
                updated_at=now,
                lease_until=now + timedelta(seconds=lease_s),
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) == 1:
            session.refresh(task)
            return task
    return None


def renew(session: Session, *, task_id: int, lease_s: float = LEASE_S) -> None:
    """Keep a running task's lease (the worker is still at it)."""
    task = session.get(JudgingTask, task_id)
    if task is not None and task.state == "running":
        task.lease_until = utcnow() + timedelta(seconds=lease_s)
        session.add(task)
        session.flush()


def release(session: Session, *, task_id: int) -> None:
    """A running task handed back unfinished (its worker is stopping): queued again at
    once, the try not counted."""
    task = session.get(JudgingTask, task_id)
    if task is not None and task.state == "running":
        task.state, task.lease_until = "queued", None
        task.attempts = max(task.attempts - 1, 0)
        task.updated_at = task.not_before = utcnow()
        session.add(task)
        session.flush()


def finish(session: Session, *, task_id: int) -> None:
    task = session.get(JudgingTask, task_id)
    if task is not None:
        task.state, task.error, task.lease_until = "done", None, None
        task.updated_at = utcnow()
        session.add(task)
        session.flush()


def fail(session: Session, *, task_id: int, error: str, count: bool = True) -> JudgingTask | None:
    """A try failed: queued again after a back-off, or ``failed`` after
    :data:`MAX_ATTEMPTS` tries. ``count`` False (the model was loading or busy): the try
    does not count, and the task waits :data:`RETRY_AFTER_S`."""
    task = session.get(JudgingTask, task_id)
    if task is None:
        return None
    now = utcnow()
    if not count:
        task.attempts = max(task.attempts - 1, 0)
    task.error = error[:MAX_ERROR_CHARS]
    task.lease_until = None
    task.updated_at = now
    if count and task.attempts >= MAX_ATTEMPTS:
        task.state = "failed"
    else:
        task.state = "queued"
        task.not_before = now + timedelta(seconds=RETRY_AFTER_S * max(task.attempts, 1))
    session.add(task)
    session.flush()
    return task


# -- assessments and their history ------------------------------------------------------


def list_for(session: Session, *, interview_ids: Sequence[int]) -> list[Assessment]:
    if not interview_ids:
        return []
    query = (
        select(Assessment)
        .where(col(Assessment.interview_id).in_(list(interview_ids)))
        .order_by(
            col(Assessment.interview_id), col(Assessment.question_key), col(Assessment.point_index)
        )
    )
    return list(session.exec(query))


def get(
    session: Session, *, interview_id: int, question_key: str, point_index: int
) -> Assessment | None:
    query = select(Assessment).where(
        Assessment.interview_id == interview_id,
        Assessment.question_key == question_key,
        Assessment.point_index == point_index,
    )
    return session.exec(query).first()


def history(session: Session, *, interview_id: int) -> list[AssessmentChange]:
    query = (
        select(AssessmentChange)
        .where(AssessmentChange.interview_id == interview_id)
        .order_by(col(AssessmentChange.id))
    )
    return list(session.exec(query))


def record_judgement(
    session: Session,
    *,
    interview_id: int,
    question_key: str,
    points: Sequence[PointResult],
    model_name: str,
    replace_overrides: bool = False,
) -> list[Assessment]:
    """Store a model's judgement of every key point of one question, each change in the
    history. A person's override stays the current judgement (the model's is kept beside
    it) unless ``replace_overrides``."""
    if session.get(Interview, interview_id) is None:
        raise LookupError(f"no Interview with id {interview_id}")
    now = utcnow()
    rows = []
    for index, result in enumerate(points):
        if result.judgement not in JUDGEMENTS:
            raise ValueError(f"unknown judgement {result.judgement!r}")
        row = get(session, interview_id=interview_id, question_key=question_key, point_index=index)
        # A model entry's "old" is the model's earlier judgement (an override's is what stood).
        old = row.model_judgement if row is not None else None
        if row is None:
            row = Assessment(
                interview_id=interview_id,
                question_key=question_key,
                point_index=index,
                point=result.point,
                weight=result.weight,
                model_judgement=result.judgement,
                quote=result.quote,
                model_name=model_name,
                judged_at=now,
                judgement=result.judgement,
            )
        else:
            row.point, row.weight = result.point, result.weight
            row.model_judgement, row.quote = result.judgement, result.quote
            row.model_name, row.judged_at = model_name, now
            if row.author_id is None or replace_overrides:
                row.judgement = result.judgement
                row.note = row.author_id = row.overridden_at = None
        session.add(row)
        session.add(
            AssessmentChange(
                interview_id=interview_id,
                question_key=question_key,
                point_index=index,
                at=now,
                kind="model",
                model_name=model_name,
                old_judgement=old,
                new_judgement=result.judgement,
                quote=result.quote,
            )
        )
        rows.append(row)
    # A rubric edited to fewer points before a rejudge: the extra rows are not judged now.
    for stale in session.exec(
        select(Assessment).where(
            Assessment.interview_id == interview_id,
            Assessment.question_key == question_key,
            col(Assessment.point_index) >= len(points),
        )
    ):
        session.delete(stale)
    session.flush()
    return rows


def override(
    session: Session,
    *,
    interview_id: int,
    question_key: str,
    point_index: int,
    judgement: str,
    note: str,
    author_id: int,
) -> Assessment | None:
    """A person's judgement of one point, with a note; None when the point has not been
    judged (there is nothing to override yet)."""
    if judgement not in JUDGEMENTS:
        raise ValueError(f"unknown judgement {judgement!r}")
    if not note.strip() or len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"a note of 1 to {MAX_NOTE_CHARS} characters is needed")
    row = get(
        session, interview_id=interview_id, question_key=question_key, point_index=point_index
    )
    if row is None:
        return None
    now = utcnow()
    old = row.judgement
    row.judgement, row.note, row.author_id, row.overridden_at = judgement, note, author_id, now
    session.add(row)
    session.add(
        AssessmentChange(
            interview_id=interview_id,
            question_key=question_key,
            point_index=point_index,
            at=now,
            kind="override",
            actor_id=author_id,
            old_judgement=old,
            new_judgement=judgement,
            quote=row.quote,
            note=note,
        )
    )
    session.flush()
    return row
