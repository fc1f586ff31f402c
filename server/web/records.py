"""An interview record in one transaction each: start, view, admit a message, record a
turn, consent, confirm and propose.

Each function takes an open ``Session`` and does one step; ``Database.run`` gives it its
transaction, and the caller (:mod:`server.web.interviews`, :class:`server.web.turns.Turns`)
decides what runs under the interview's lock. Who may see what is :mod:`server.web.access`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from litestar.exceptions import NotFoundException
from sqlmodel import Session

from server.engine.base import ModelInfo
from server.errors import Conflict, Unprocessable
from server.interview import turn
from server.interview.oversight import message_flags
from server.store import assessments, audit
from server.store import interviews as store
from server.store import jobs as job_store
from server.store.tables import Interview, Job, Message, User, utcnow
from server.web import access, views
from server.web.schemas import AttemptOut, InterviewOut, TurnOut

OPEN_PHASES = frozenset({"interview", "summary"})

NEEDS_CONSENT = (
    'Please read the privacy notice and agree to it first (the "I agree" button, or'
    " POST /api/interviews/{id}/consent); nothing you send is kept until then."
)


@dataclass(frozen=True)
class Replay:
    """A completed turn returned again for a retry."""

    response: dict[str, Any]


@dataclass(frozen=True)
class Admitted:
    """A candidate message stored and waiting for its reply."""

    interview: Interview
    message: Message


def owned(session: Session, interview_id: int, candidate: User) -> Interview:
    return access.candidates_interview(session, interview_id=interview_id, candidate=candidate)


def consent_missing(session: Session, interview: Interview) -> bool:
    job = job_store.get_job(session, job_id=interview.job_id)
    return job is not None and job.requires_consent and interview.consented_at is None


NEEDS_BID = (
    "This job asks for a bid: send bid_amount (above 0, at most 1,000,000, with at most two"
    " decimals) with the proposal."
)
TAKES_NO_BID = "This job takes no bid: send the proposal without bid_amount."


def closed_detail(phase: str, *, bid: bool = True) -> str:
    if phase == "submitted":
        return "This interview is finished: the proposal was submitted."
    next_step = "Enter your bid and submit the proposal." if bid else "Submit the proposal."
    return f"The answers were confirmed; the interview takes no more messages. {next_step}"


def load_view(
    session: Session, *, interview: Interview, owner: bool, default_retention: int
) -> InterviewOut:
    messages = store.list_messages(session, interview_id=interview.id or 0)
    candidate = session.get(User, interview.candidate_id)
    job = job_store.get_job(session, job_id=interview.job_id)
    out = views.interview_out(
        interview,
        messages,
        job_title=job.title if job is not None else views.interview_spec(interview).title,
        candidate_name=candidate.name if candidate is not None else "",
        owner=owner,
        consent_required=job is not None and job.requires_consent,
        retention_days=views.retention_of(job, default_retention),
    )
    attempts = store.list_attempts(
        session, job_id=interview.job_id, candidate_id=interview.candidate_id
    )
    return out.model_copy(
        update={
            "attempt": interview.attempt,
            "attempts": [attempt_out(a) for a in attempts],
            "retakes_left": retakes_left(job, attempts),
        }
    )


def retakes_left(job: Job | None, attempts: Sequence[Interview]) -> int:
    """How many more attempts the job allows after ``attempts`` (none for a deleted job)."""
    allowed = 1 + (job_store.job_spec(job).retakes if job is not None else 0)
    return max(0, allowed - len(attempts))


# -- start and view ---------------------------------------------------------------------


def attempt_out(interview: Interview) -> AttemptOut:
    return AttemptOut(
        interview_id=interview.id or 0,
        attempt=interview.attempt,
        state=interview.phase,
        submitted_at=interview.submitted_at,
    )


def existing(
    session: Session, *, job_id: int, candidate: User, default_retention: int
) -> InterviewOut | None:
    """The candidate's latest attempt at this job, if there is one (404 for no such job)."""
    if job_store.get_job(session, job_id=job_id) is None:
        raise NotFoundException("No such job.")
    interview = store.find_interview(session, job_id=job_id, candidate_id=candidate.id or 0)
    if interview is None:
        return None
    return load_view(session, interview=interview, owner=True, default_retention=default_retention)


def retake_refusal(
    session: Session, *, job_id: int, candidate: User, retake_of: int, default_retention: int
) -> InterviewOut | str | None:
    """Whether the attempt after ``retake_of`` may start: the reason it may not, the
    attempt itself when it exists already (a retry, or another tab was first), or None
    (go ahead: create attempt ``retake_of + 1``)."""
    job = job_store.get_job(session, job_id=job_id)
    if job is None:
        raise NotFoundException("No such job.")
    attempts = store.list_attempts(session, job_id=job_id, candidate_id=candidate.id or 0)
    by_number = {a.attempt: a for a in attempts}
    if (later := by_number.get(retake_of + 1)) is not None:
        return load_view(session, interview=later, owner=True, default_retention=default_retention)
    earlier = by_number.get(retake_of)
    if earlier is None:
        return f"There is no attempt {retake_of} of this interview to retake."
    if earlier.phase != "submitted":
        return (
            f"Attempt {retake_of} is not submitted yet: finish and submit it before"
            " starting a retake."
        )
    retakes = job_store.job_spec(job).retakes
    if retakes == 0:
        return "This job does not allow retakes."
    if len(attempts) > retakes:
        plural = "retake" if retakes == 1 else "retakes"
        return f"No retakes left: this job allows {retakes} {plural}, and all were taken."
    return None


def create(
    session: Session,
    *,
    job_id: int,
    candidate: User,
    model: ModelInfo,
    default_retention: int,
    attempt: int = 1,
) -> InterviewOut:
    """A new interview (the candidate's ``attempt``-th at the job) with its greeting.
    Raises IntegrityError if that attempt exists already."""
    job = job_store.get_job(session, job_id=job_id)
    if job is None:
        raise NotFoundException("No such job.")
    spec = job_store.job_spec(job)
    state, greeting = turn.start(spec)
    interview = store.create_interview(
        session,
        job=job,
        candidate_id=candidate.id or 0,
        attempt=attempt,
        state=state.model_dump(mode="json"),
        phase=state.phase,
        greeting=greeting,
        model=model,
        prompt_version=str(turn.PROMPT_VERSION),
        grammar_version=str(turn.GRAMMAR_VERSION),
    )
    return load_view(session, interview=interview, owner=True, default_retention=default_retention)


def view(
    session: Session, *, interview_id: int, user: User, default_retention: int
) -> InterviewOut:
    """The interview for its candidate, or for the employer of its job (an audited read)."""
    interview = store.get_interview(session, interview_id=interview_id)
    if interview is None:
        raise NotFoundException("No such interview.")
    if interview.candidate_id == user.id:
        return load_view(
            session, interview=interview, owner=True, default_retention=default_retention
        )
    job = access.applicants_job(session, interview=interview, employer=user)
    if job is not None:
        audit.record(
            session,
            actor=user,
            action="view_interview",
            job_id=job.id,
            interview_id=interview.id,
            candidate_id=interview.candidate_id,
            detail="interview record and transcript",
        )
        return load_view(
            session, interview=interview, owner=False, default_retention=default_retention
        )
    raise NotFoundException("No such interview.")


# -- a candidate's turn -----------------------------------------------------------------


def admit(
    session: Session,
    *,
    interview_id: int,
    candidate: User,
    text: str,
    client_id: str | None,
    store_it: bool,
) -> Replay | Admitted | None:
    """Whether this message may be answered, in one place for every caller.

    A retry of an answered message gets its ``Replay``; the same key with other text is
    refused; a closed interview, or one still waiting for consent, refuses messages.
    With ``store_it`` the message is stored (once: a retry of an unanswered one reuses
    it) and flagged for review if it tries to instruct the interviewer; without it, the
    checks run alone and None means "go ahead".
    """
    interview = owned(session, interview_id, candidate)
    earlier = None
    if client_id is not None:
        earlier = store.get_message_by_client_id(
            session, interview_id=interview_id, client_id=client_id
        )
        if earlier is not None:
            if earlier.text != text:
                raise Unprocessable(
                    "This client_id was already used for a different message;"
                    " use a new client_id for a new message."
                )
            if earlier.response is not None:
                return Replay(earlier.response)
    if interview.phase not in OPEN_PHASES:
        raise Conflict(closed_detail(interview.phase, bid=views.interview_spec(interview).bid))
    if consent_missing(session, interview):
        raise Conflict(NEEDS_CONSENT.format(id=interview_id))
    if not store_it:
        return None
    message = earlier or store.add_candidate_message(
        session, interview_id=interview_id, text=text, client_id=client_id
    )
    if flags := message_flags(text):
        store.add_review_flags(session, interview_id=interview_id, flags=flags)
    return Admitted(interview, message)


def record_turn(
    session: Session, *, admitted: Admitted, result: turn.TurnResult, model: ModelInfo | None
) -> TurnOut:
    """Store the reply and the new state, and the response a retry will replay."""
    message = admitted.message
    updated, reply = store.record_reply(
        session,
        interview_id=admitted.interview.id or 0,
        expected_version=admitted.interview.version,
        message_id=message.id or 0,
        reply=result.reply,
        state=result.state.model_dump(mode="json"),
        phase=result.state.phase,
        changed=list(result.changed),
        model=model,
    )
    out = views.turn_out(updated, message, reply, result.standing)
    store.store_response(session, message_id=message.id or 0, response=out.model_dump(mode="json"))
    return out


# -- consent, confirm and proposal ------------------------------------------------------


def consent(
    session: Session, *, interview_id: int, candidate: User, default_retention: int
) -> InterviewOut:
    """Record the candidate's agreement to the privacy notice (idempotent)."""
    owned(session, interview_id, candidate)
    interview = store.give_consent(session, interview_id=interview_id)
    return load_view(session, interview=interview, owner=True, default_retention=default_retention)


def confirm(
    session: Session, *, interview_id: int, candidate: User, default_retention: int
) -> InterviewOut:
    """Confirm the summary (a confirmed or submitted interview is returned as it is)."""
    interview = owned(session, interview_id, candidate)
    if interview.phase not in ("confirmed", "submitted"):
        state = turn.confirm(views.interview_spec(interview), views.interview_state(interview))
        interview = _update(session, interview, state, confirmed_at=utcnow())
    return load_view(session, interview=interview, owner=True, default_retention=default_retention)


def propose(
    session: Session,
    *,
    interview_id: int,
    candidate: User,
    bid_amount: Decimal | None,
    default_retention: int,
) -> InterviewOut:
    """Submit the proposal, with the bid when the job asks for one (422 when the bid is
    missing, or given to a job that takes none); from the summary, this confirms it too.
    The job's rubric questions are queued for judging."""
    interview = owned(session, interview_id, candidate)
    spec = views.interview_spec(interview)
    if spec.bid and bid_amount is None:
        raise Unprocessable(NEEDS_BID)
    if not spec.bid and bid_amount is not None:
        raise Unprocessable(TAKES_NO_BID)
    if interview.phase == "submitted":
        raise Conflict("The proposal was already submitted.")
    state = views.interview_state(interview)
    if interview.phase == "interview" or not turn.is_complete(spec, state):
        what = "The bid is" if spec.bid else "Submitting is"
        raise Conflict(f"{what} locked until every required item of the checklist is complete.")
    now = utcnow()
    confirmed_at = None
    if interview.phase == "summary":
        state = turn.confirm(spec, state)
        confirmed_at = now
    interview = _update(
        session,
        interview,
        state.model_copy(update={"phase": "submitted"}),
        confirmed_at=confirmed_at,
        submitted_at=now,
        bid_cents=None if bid_amount is None else int((bid_amount * 100).to_integral_value()),
    )
    # The answers are final now: its rubric questions wait for the judge, off this request
    # (server.web.judging), in the same transaction as the submission.
    if rubric_keys := [q.key for q in spec.rubric_questions()]:
        assessments.enqueue(session, interview_id=interview_id, question_keys=rubric_keys)
    return load_view(session, interview=interview, owner=True, default_retention=default_retention)


def _update(
    session: Session,
    interview: Interview,
    state: turn.InterviewState,
    *,
    confirmed_at: datetime | None = None,
    submitted_at: datetime | None = None,
    bid_cents: int | None = None,
) -> Interview:
    return store.update_state(
        session,
        interview_id=interview.id or 0,
        expected_version=interview.version,
        state=state.model_dump(mode="json"),
        phase=state.phase,
        confirmed_at=confirmed_at,
        submitted_at=submitted_at,
        bid_cents=bid_cents,
    )
