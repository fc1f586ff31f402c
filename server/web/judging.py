"""Judging rubric answers after the interview, never during a candidate's turn.

A submitted interview's rubric questions are put on the judging queue in the same
transaction as the submission (:func:`server.web.records.propose`): only then is an
answer final (before it the candidate may still correct it in the chat or at the
summary), and a turn never waits for a judgement. :class:`Judging`, started in the app's
lifespan, takes one task at a time (:func:`server.store.assessments.take`), judges it
with :func:`server.interview.rubric.judge` and stores every point with its history.

The model's fair queue (``server.engine.fairness``) has no priorities: judging asks as a
party of its own (address ``judging``), so in the round robin a candidate's turn waits
behind at most one judging request (one key point, at most ``rubric.MAX_TOKENS``
tokens), however many answers wait to be judged.

Failures: the model loading or busy puts the task back without counting a try; any
other error counts one, and after ``MAX_ATTEMPTS`` the task is ``failed`` with the error
shown to the employer. A task left running by a process that died is taken again when
its lease passes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlmodel import Session

from server.engine.base import Engine, FairKey
from server.engine.fairness import OnBehalf
from server.errors import EngineBusy, EngineLoading
from server.interview import rubric, work_samples
from server.interview.spec import CustomQuestion, JobSpec
from server.store import assessments as store
from server.store.db import Database
from server.store.tables import Interview, JudgingTask

log = logging.getLogger(__name__)

JUDGING_KEY = FairKey(group="judging", member="judging")
POLL_S = 2.0


@dataclass(frozen=True)
class Work:
    """What one task judges: the question, its key points and weights, the answer, and a
    work sample's task when the answer is the sample's reason (the judge's context)."""

    task_id: int
    interview_id: int
    question_key: str
    question: str
    points: list[str]
    weights: list[float]
    answer: str
    task: str | None = None


def rubric_question(spec: JobSpec, key: str) -> CustomQuestion | None:
    for question in spec.rubric_questions():
        if question.key == key:
            return question
    return None


def answer_of(interview: Interview, key: str) -> str:
    """The candidate's final answer to a question: the value taken, or the words the
    interviewer found too vague to take (the rubric judges what was said, not whether the
    interviewer moved on); "" when nothing was said (declined, missing)."""
    field = (interview.state or {}).get("fields", {}).get(key) or {}
    status = field.get("status")
    value = field.get("value")
    if status == "answered" and isinstance(value, str):
        return value
    if status in ("answered", "vague"):
        return str(field.get("evidence") or "")
    return ""


def work_for(interview: Interview, key: str, task_id: int) -> Work | None:
    """What judging question ``key`` of the interview takes (the rubric of the job's
    version the interview started with); None when it has no such rubric question."""
    spec = JobSpec.model_validate(interview.job_spec)
    question = rubric_question(spec, key)
    if question is None or not question.rubric:
        return None
    return Work(
        task_id=task_id,
        interview_id=interview.id or 0,
        question_key=key,
        question=question.question,
        points=[p.text for p in question.rubric],
        weights=[p.weight for p in question.rubric],
        answer=answer_of(interview, key),
        task=work_samples.judge_task(spec, key),
    )


def load_work(session: Session, *, task: JudgingTask) -> Work | None:
    """The work of a task; None when its interview or question is gone (the task is done)."""
    interview = session.get(Interview, task.interview_id)
    if interview is None:
        return None
    return work_for(interview, task.question_key, task.id or 0)


async def judge_work(engine: Engine, work: Work) -> list[store.PointResult]:
    judged = await rubric.judge(
        OnBehalf(engine, JUDGING_KEY),
        work.question,
        work.points,
        work.answer,
        weights=work.weights,
        task=work.task,
    )
    return [
        store.PointResult(point=p.point, weight=p.weight, judgement=p.judgement, quote=p.quote)
        for p in judged.points
    ]


def save(
    session: Session,
    *,
    work: Work,
    points: list[store.PointResult],
    model_name: str,
    replace_overrides: bool = False,
) -> None:
    store.record_judgement(
        session,
        interview_id=work.interview_id,
        question_key=work.question_key,
        points=points,
        model_name=model_name,
        replace_overrides=replace_overrides,
    )
    store.finish(session, task_id=work.task_id)


class Judging:
    """The background worker: one task at a time, off the candidates' path."""

    def __init__(
        self, db: Database, engine: Engine, *, poll_s: float = POLL_S, lease_s: float | None = None
    ) -> None:
        self.db = db
        self.engine = engine
        self.poll_s = poll_s
        self.lease_s = store.LEASE_S if lease_s is None else lease_s
        self._task: asyncio.Task[None] | None = None
        self._current: int | None = None  # the queue task being judged now

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="judging")

    async def aclose(self) -> None:
        """Stop; a question being judged goes back to the queue (no try counted), so the
        next start takes it without waiting for its lease to pass."""
        stopped = self._current  # the step's own clean-up forgets it when cancelled
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        if stopped is not None:
            await self.db.run(store.release, task_id=stopped)

    async def _loop(self) -> None:
        while True:
            try:
                worked = await self.step()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: logged, tried again later
                log.exception("the judging queue could not be read")
                worked = False
            if not worked:
                await asyncio.sleep(self.poll_s)

    async def _renew(self, task_id: int) -> None:
        """Keep the task's lease while its points are judged (they may wait for the model)."""
        while True:
            await asyncio.sleep(self.lease_s / 3)
            await self.db.run(store.renew, task_id=task_id, lease_s=self.lease_s)

    async def step(self) -> bool:
        """Judge the next task due; False when there was none."""
        task = await self.db.run(store.take, lease_s=self.lease_s)
        if task is None:
            return False
        self._current = task.id or 0
        try:
            return await self._judge(task)
        finally:
            self._current = None

    async def _judge(self, task: JudgingTask) -> bool:
        task_id = task.id or 0
        work = await self.db.run(load_work, task=task)
        if work is None:
            await self.db.run(store.finish, task_id=task_id)
            return True
        renewer = asyncio.create_task(self._renew(task_id), name="judging-lease")
        try:
            points = await judge_work(self.engine, work)
        except (EngineLoading, EngineBusy) as exc:
            await self.db.run(store.fail, task_id=task_id, error=str(exc), count=False)
            return False  # the model is not free: wait before the next task
        except Exception as exc:
            log.warning(
                "judging interview %s, %s failed: %s", work.interview_id, work.question_key, exc
            )
            await self.db.run(store.fail, task_id=task_id, error=f"{type(exc).__name__}: {exc}")
            return True
        finally:
            renewer.cancel()
        await self.db.run(save, work=work, points=points, model_name=self.engine.info.name)
        return True
