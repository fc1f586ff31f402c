"""The employer's review: applicants of a job as JSON, CSV and JSON Lines (with scores only
for a job with rubric questions: nothing filters or rejects anyone by them)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from litestar import Request, Response, get
from sqlmodel import Session

from server.interview.spec import AttemptShown, JobSpec
from server.store import audit
from server.store import interviews as store
from server.store.db import Database
from server.store.tables import Interview, User
from server.web import assessments
from server.web.access import owned_job
from server.web.records import attempt_out
from server.web.schemas import ApplicationOut
from server.web.views import application_out, messages_out

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a CSV cell inert in spreadsheets: a leading formula character gets a quote."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _applications(
    session: Session,
    *,
    job_id: int,
    employer: User,
    action: str,
    transcripts: bool = False,
    all_attempts: bool = False,
) -> tuple[JobSpec, list[dict[str, Any]]]:
    """The job's applications, one per candidate: the attempt the job's ``attempt_shown``
    says, with the list of every attempt (``all_attempts``: each attempt a row of its
    own). Every candidate whose record is shown is put on the audit log."""
    job = owned_job(session, job_id=job_id, employer=employer)
    spec = JobSpec.model_validate(job.spec)
    rows = []
    listed = store.list_for_job(session, job_id=job_id)
    # Only interviews of a job with rubric questions have an assessment (and a score).
    judged = assessments.summaries(session, interviews=[i for i, _ in listed])
    by_candidate: dict[int, list[Interview]] = {}
    for interview, _ in listed:
        by_candidate.setdefault(interview.candidate_id, []).append(interview)
    scores = {iid: summary.score for iid, summary in judged.items()}
    shown = {
        shown_attempt(attempts, spec.attempt_shown, scores).id for attempts in by_candidate.values()
    }
    if not all_attempts:
        listed = [(i, c) for i, c in listed if i.id in shown]
    for interview, candidate in listed:
        audit.record(
            session,
            actor=employer,
            action=action,
            job_id=job_id,
            interview_id=interview.id,
            candidate_id=candidate.id,
            detail="with transcript" if transcripts else "fields and statuses",
        )
        row = application_out(interview, candidate).model_dump(mode="json")
        attempts = sorted(by_candidate[interview.candidate_id], key=lambda i: i.attempt)
        row["attempt"] = interview.attempt
        row["attempts"] = [attempt_out(a).model_dump(mode="json") for a in attempts]
        if all_attempts:
            row["shown"] = interview.id in shown
        if (summary := judged.get(interview.id or 0)) is not None:
            row["assessment"] = summary.model_dump(mode="json")
            if transcripts:
                full = assessments.assessments_out(session, interview=interview)
                row["assessment"]["questions"] = full.model_dump(mode="json")["questions"]
                row["assessment"]["history"] = full.model_dump(mode="json")["history"]
                row["assessment"]["samples"] = full.model_dump(mode="json")["samples"]
        if transcripts:
            messages = store.list_messages(session, interview_id=interview.id or 0)
            row["messages"] = [
                m.model_dump(mode="json", include={"seq", "role", "text", "created_at"})
                for m in messages_out(messages, owner=False)
            ]
        rows.append(row)
    return spec, rows


def shown_attempt(
    attempts: list[Interview], shown: AttemptShown, scores: dict[int, float | None]
) -> Interview:
    """The attempt a job's applicants list shows of one candidate's (``attempts``, any order).

    Only submitted attempts count while there is one (a retake in progress does not hide
    the attempt it follows); then ``first`` is the earliest, ``latest`` the latest and
    ``best`` the highest score (an attempt not judged yet has none and ranks below every
    scored one; among equals the later attempt wins)."""
    ordered = sorted(attempts, key=lambda i: i.attempt)
    submitted = [i for i in ordered if i.phase == "submitted"] or ordered
    if shown == "first":
        return submitted[0]
    if shown == "best":

        def rank(i: Interview) -> tuple[bool, float, int]:
            score = scores.get(i.id or 0)
            return (score is not None, score or 0.0, i.attempt)

        return max(submitted, key=rank)
    return submitted[-1]


def _filename(job_id: int, ext: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="job-{job_id}-applications.{ext}"'}


@get("/api/jobs/{job_id:int}/applications")
async def list_applications(
    request: Request[Any, Any, Any], employer: User, job_id: int, db: Database
) -> list[ApplicationOut]:
    """Every applicant of one of the employer's jobs: state, bid (None for a job without
    one), each field and its evidence, and for a job with rubric questions the
    ``assessment`` (its judging state and scores; absent for any other job)."""
    _, rows = await db.run(
        _applications, job_id=job_id, employer=employer, action="view_applications"
    )
    return [ApplicationOut.model_validate(row) for row in rows]


@get("/api/jobs/{job_id:int}/applications.csv", media_type="text/csv")
async def export_csv(
    request: Request[Any, Any, Any], employer: User, job_id: int, db: Database
) -> Response[str]:
    """Applicants as CSV; a cell that a spreadsheet would run as a formula is neutralised.

    The bid's columns are there when the job asks for a bid, or when an applicant gave one
    (an interview keeps the version of the job it started with); the score columns
    (assessment_state, score, one per rubric question and work sample) only for a job with
    rubric questions or work samples; ``attempt`` and ``attempts`` (the row's attempt, how
    many were taken) when the job allows retakes or a candidate took one. One row per
    candidate: the attempt the job shows."""
    spec, rows = await db.run(_applications, job_id=job_id, employer=employer, action="export_csv")
    fields = spec.all_fields()
    bids = spec.bid or any(row["bid_amount"] is not None for row in rows)
    # Scores only for a job with rubric questions or work samples (or an applicant of a
    # version with them); a work sample's score is its share of right picks.
    scored = [q.key for q in spec.rubric_questions()] + [s.key for s in spec.work_samples]
    for row in rows:
        for key in (row.get("assessment") or {}).get("scores", {}):
            if key not in scored:
                scored.append(key)
    scores = bool(scored) or any("assessment" in row for row in rows)
    # The attempt's columns when the job allows retakes, or a candidate took one.
    retakes = spec.retakes > 0 or any(len(row["attempts"]) > 1 for row in rows)
    header = ["interview_id", "candidate_name", "candidate_email", "state"]
    header += ["attempt", "attempts"] if retakes else []
    header += ["bid_amount", "bid_currency"] if bids else []
    header += ["submitted_at", "needs_review", "review_reasons"]
    header += ["assessment_state", "score", *[f"{key}_score" for key in scored]] if scores else []
    for field in fields:
        header += [field.key, f"{field.key}_status", f"{field.key}_evidence"]
    header += ["model_name", "model_sha256", "prompt_version", "grammar_version"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        cells: list[Any] = [
            row["interview_id"],
            row["candidate"]["name"],
            row["candidate"]["email"],
            row["state"],
            *([row["attempt"], len(row["attempts"])] if retakes else []),
            *([row["bid_amount"], row["currency"]] if bids else []),
            row["submitted_at"],
            row["needs_review"],
            row["review_reasons"],
        ]
        if scores:
            judged = row.get("assessment") or {}
            cells += [judged.get("state", ""), judged.get("score")]
            cells += [(judged.get("scores") or {}).get(key) for key in scored]
        for field in fields:
            f = row["fields"].get(field.key, {})
            # The value in words (names, not ids; no JSON in a cell).
            cells += [f.get("display"), f.get("status", "missing"), f.get("evidence")]
        model = row["model"]
        cells += [model["name"], model["sha256"], model["prompt_version"], model["grammar_version"]]
        writer.writerow([neutralise(cell_text(c)) for c in cells])
    return Response(
        out.getvalue(),
        media_type="text/csv",
        headers=_filename(job_id, "csv"),  # +charset
    )


@get("/api/jobs/{job_id:int}/applications.jsonl", media_type="application/x-ndjson")
async def export_jsonl(
    request: Request[Any, Any, Any], employer: User, job_id: int, db: Database
) -> Response[str]:
    """Applicants as JSON Lines: one full record per line, transcript included (and, for a
    job with rubric questions, each key point's judgement, quote and history). Every
    attempt of a candidate who retook the interview is a line; ``shown`` marks the one
    the applicants list shows."""
    _, rows = await db.run(
        _applications,
        job_id=job_id,
        employer=employer,
        action="export_jsonl",
        transcripts=True,
        all_attempts=True,
    )
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return Response(
        body, media_type="application/x-ndjson; charset=utf-8", headers=_filename(job_id, "jsonl")
    )


ROUTES = [list_applications, export_csv, export_jsonl]
