"""Rubric assessments for the employer: each key point judged, with its quote and score,
the history of every change, a person's override, and the work samples' picks checked
against their gold answers (:func:`server.interview.work_samples.check`).

``GET /api/interviews/{id}/assessments`` and ``PUT
/api/interviews/{id}/assessments/{key}/{index}`` answer only the employer who posted
the interview's job (anyone else: 404, as for a record that does not exist). A job
without rubric questions or work samples has no scores: its applications carry no
``assessment`` and this API answers 404. A work sample's score counts once the proposal
is submitted (before it the candidate may still change a pick). Nothing here filters or
rejects anyone: a score is for a person to read, and every judgement can be overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from litestar import get, put
from litestar.exceptions import NotFoundException
from sqlmodel import Session, col, select

from server.errors import Conflict
from server.interview import rubric, work_samples
from server.interview.spec import JobSpec
from server.store import assessments as store
from server.store import audit
from server.store import interviews as interview_store
from server.store.db import Database
from server.store.tables import Assessment, Interview, JudgingTask, User
from server.web.access import applicants_job
from server.web.schemas import (
    ApplicationAssessmentOut,
    AssessmentIn,
    AssessmentsOut,
    ChangeOut,
    PersonOut,
    PickOut,
    PointOut,
    QuestionAssessmentOut,
    SampleOut,
)
from server.web.views import interview_state

NO_RUBRIC = (
    "This interview's job has no rubric questions or work samples: nothing is judged or scored."
)
NOT_JUDGED = (
    "This answer has not been judged yet (it is judged after the proposal is submitted);"
    " try again when the judging is done."
)


def _people(session: Session, ids: set[int]) -> dict[int, PersonOut]:
    if not ids:
        return {}
    users = session.exec(select(User).where(col(User.id).in_(sorted(ids))))
    return {u.id or 0: PersonOut(id=u.id or 0, name=u.name) for u in users}


def question_score(spec_weights: Sequence[float], rows: Sequence[Assessment]) -> float | None:
    """The weighted share of the judgements that stand, once every point is judged."""
    if len(rows) != len(spec_weights) or not rows:
        return None
    levels = [cast(rubric.Level, r.judgement) for r in rows]
    return rubric.score(levels, [r.weight for r in rows])


def _grouped(
    rows: Sequence[Assessment], tasks: Sequence[JudgingTask]
) -> tuple[dict[tuple[int, str], list[Assessment]], dict[tuple[int, str], JudgingTask]]:
    by_question: dict[tuple[int, str], list[Assessment]] = {}
    for row in rows:
        by_question.setdefault((row.interview_id, row.question_key), []).append(row)
    return by_question, {(t.interview_id, t.question_key): t for t in tasks}


def _state(task: JudgingTask | None) -> str:
    return "not_submitted" if task is None else task.state


def summaries(
    session: Session, *, interviews: Sequence[Interview]
) -> dict[int, ApplicationAssessmentOut]:
    """Each interview's assessment at a glance, for those whose job has rubric questions."""
    specs = {i.id or 0: JobSpec.model_validate(i.job_spec) for i in interviews}
    by_id = {i.id or 0: i for i in interviews}
    scored = [iid for iid, spec in specs.items() if spec.is_scored()]
    by_question, tasks = _grouped(
        store.list_for(session, interview_ids=scored),
        store.tasks_for(session, interview_ids=scored),
    )
    out = {}
    for iid in scored:
        scores: dict[str, float | None] = {}
        states = set()
        for question in specs[iid].rubric_questions():
            task = tasks.get((iid, question.key))
            states.add(_state(task))
            weights = [p.weight for p in question.rubric or ()]
            done = task is not None and task.state == "done"
            rows = by_question.get((iid, question.key), [])
            scores[question.key] = question_score(weights, rows) if done else None
        submitted = by_id[iid].phase == "submitted"
        if not states:  # work samples only: checked at once
            states.add("done" if submitted else "not_submitted")
        for sample in samples_out(specs[iid], by_id[iid]):
            scores[sample.key] = sample.score
        if "failed" in states:
            state = "failed"
        elif states & {"queued", "running"}:
            state = "judging"
        elif states == {"done"}:
            state = "done"
        else:
            state = "not_submitted"
        values = list(scores.values())
        total = None
        if state == "done" and all(v is not None for v in values):
            total = sum(v for v in values if v is not None) / len(values)
        out[iid] = ApplicationAssessmentOut.model_validate(
            {"state": state, "score": total, "scores": scores}
        )
    return out


def assessments_out(session: Session, *, interview: Interview) -> AssessmentsOut:
    """Every rubric question of the interview, point by point, with the history."""
    iid = interview.id or 0
    spec = JobSpec.model_validate(interview.job_spec)
    questions = spec.rubric_questions()
    if not spec.is_scored():
        raise NotFoundException(NO_RUBRIC)
    by_question, tasks = _grouped(
        store.list_for(session, interview_ids=[iid]), store.tasks_for(session, interview_ids=[iid])
    )
    changes = store.history(session, interview_id=iid)
    people = _people(
        session,
        {r.author_id for rows in by_question.values() for r in rows if r.author_id is not None}
        | {c.actor_id for c in changes if c.actor_id is not None},
    )
    out = []
    for question in questions:
        task = tasks.get((iid, question.key))
        rows = by_question.get((iid, question.key), [])
        done = task is not None and task.state == "done"
        weights = [p.weight for p in question.rubric or ()]
        points = [
            PointOut.model_validate(
                {
                    "index": r.point_index,
                    "point": r.point,
                    "weight": r.weight,
                    "judgement": r.judgement,
                    "model_judgement": r.model_judgement,
                    "quote": r.quote,
                    "model_name": r.model_name,
                    "judged_at": r.judged_at,
                    "note": r.note,
                    "author": people.get(r.author_id) if r.author_id is not None else None,
                    "overridden_at": r.overridden_at,
                }
            )
            for r in rows
        ]
        out.append(
            QuestionAssessmentOut.model_validate(
                {
                    "key": question.key,
                    "question": question.question,
                    "state": _state(task),
                    "error": task.error if task is not None and task.state == "failed" else None,
                    "attempts": task.attempts if task is not None else 0,
                    "score": question_score(weights, rows) if done else None,
                    "points": points,
                }
            )
        )
    samples = samples_out(spec, interview)
    scores = [q.score for q in out] + [s.score for s in samples]
    total = None
    if all(s is not None for s in scores):
        total = sum(s for s in scores if s is not None) / len(scores)
    history = [
        ChangeOut.model_validate(
            {
                "question_key": c.question_key,
                "point_index": c.point_index,
                "at": c.at,
                "kind": c.kind,
                "author": people.get(c.actor_id) if c.actor_id is not None else None,
                "model_name": c.model_name,
                "old_judgement": c.old_judgement,
                "new_judgement": c.new_judgement,
                "quote": c.quote,
                "note": c.note,
            }
        )
        for c in changes
    ]
    return AssessmentsOut(
        interview_id=iid, score=total, questions=out, history=history, samples=samples
    )


def samples_out(spec: JobSpec, interview: Interview) -> list[SampleOut]:
    """The job's work samples, each pick against its gold; scored once submitted."""
    if not spec.work_samples:
        return []
    fields = interview_state(interview).fields
    submitted = interview.phase == "submitted"
    out = []
    for result in work_samples.check(spec, fields):
        why = fields.get(result.why_key) if result.why_key else None
        out.append(
            SampleOut(
                key=result.key,
                kind="label" if result.kind == "label" else "compare",
                picks=[
                    PickOut(key=p.key, item=p.item, pick=p.pick, gold=p.gold, correct=p.correct)
                    for p in result.picks
                ],
                score=result.score if submitted else None,
                why_key=result.why_key,
                why=(why.value or why.evidence) if why is not None and why.complete else None,
            )
        )
    return out


def _employers_interview(session: Session, *, interview_id: int, employer: User) -> Interview:
    interview = interview_store.get_interview(session, interview_id=interview_id)
    if interview is None or applicants_job(session, interview=interview, employer=employer) is None:
        raise NotFoundException("No such interview.")
    return interview


def read(session: Session, *, interview_id: int, employer: User) -> AssessmentsOut:
    interview = _employers_interview(session, interview_id=interview_id, employer=employer)
    result = assessments_out(session, interview=interview)
    audit.record(
        session,
        actor=employer,
        action="view_interview",
        job_id=interview.job_id,
        interview_id=interview.id,
        candidate_id=interview.candidate_id,
        detail="rubric assessments",
    )
    return result


def change(
    session: Session, *, interview_id: int, key: str, index: int, employer: User, data: AssessmentIn
) -> AssessmentsOut:
    interview = _employers_interview(session, interview_id=interview_id, employer=employer)
    spec = JobSpec.model_validate(interview.job_spec)
    question = next((q for q in spec.rubric_questions() if q.key == key), None)
    if question is None or not 0 <= index < len(question.rubric or ()):
        raise NotFoundException("No such key point.")
    row = store.override(
        session,
        interview_id=interview_id,
        question_key=key,
        point_index=index,
        judgement=data.judgement,
        note=data.note,
        author_id=employer.id or 0,
    )
    if row is None:
        raise Conflict(NOT_JUDGED)
    return assessments_out(session, interview=interview)


@get("/api/interviews/{interview_id:int}/assessments")
async def read_assessments(employer: User, interview_id: int, db: Database) -> AssessmentsOut:
    """The interview's rubric questions judged point by point (judgement, the candidate's
    words that support it, score), their state in the judging queue, and every change.
    404 for a job without rubric questions."""
    return await db.run(read, interview_id=interview_id, employer=employer)


@put("/api/interviews/{interview_id:int}/assessments/{key:str}/{index:int}")
async def override_assessment(
    employer: User, interview_id: int, key: str, index: int, data: AssessmentIn, db: Database
) -> AssessmentsOut:
    """Override one key point's judgement with a note (1 to 1,000 characters). The model's
    judgement is kept beside it, and the change, with its author and time, in the history.
    409 while the answer is not judged yet."""
    return await db.run(
        change, interview_id=interview_id, key=key, index=index, employer=employer, data=data
    )


ROUTES: list[Any] = [read_assessments, override_assessment]
