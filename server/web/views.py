"""Turning stored rows and interview results into wire schemas: one place that decides what
a response shows. Nothing here decides anything about an interview: where it stands comes
from :func:`server.interview.turn.standing` (or a turn's result), review reasons from
:mod:`server.interview.oversight`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from server.interview import i18n, replies, turn
from server.interview.oversight import review_reasons
from server.interview.spec import JobSpec, job_language
from server.store.kiosks import reachable_email
from server.store.tables import Interview, Job, Message, User
from server.web.schemas import (
    ApplicationOut,
    CandidateOut,
    ChecklistItem,
    FieldOut,
    InterviewOut,
    JobOut,
    MessageOut,
    ModelRecord,
    TurnOut,
    UserOut,
)


def user_out(user: User) -> UserOut:
    # The table keeps the role as text; the wire schema checks it is one it knows.
    return UserOut.model_validate(
        {"id": user.id or 0, "email": user.email, "name": user.name, "role": user.role}
    )


def retention_of(job: Job | None, default_days: int) -> int:
    return (job.retention_days if job is not None else None) or default_days


# What a candidate may not see of a job: the rubrics and the work samples' gold answers.
_HIDDEN = frozenset({"rubric", "gold"})


def _shown(data: dict[str, Any], owner: bool) -> dict[str, Any]:
    if owner:
        return data
    out = {k: v for k, v in data.items() if k not in _HIDDEN}
    if isinstance(out.get("items"), list):
        out["items"] = [_shown(item, owner) for item in out["items"]]
    return out


def job_out(job: Job, default_retention: int, *, owner: bool) -> JobOut:
    """A job as the API shows it; only its employer (``owner``) sees the rubrics of its
    questions and the gold answers and rubrics of its work samples."""
    spec = JobSpec.model_validate(job.spec)
    return JobOut(
        id=job.id or 0,
        employer_id=job.employer_id,
        title=spec.title,
        description=spec.description,
        fields=[f.model_dump(mode="json") for f in spec.fields],
        custom_questions=[_shown(q.model_dump(mode="json"), owner) for q in spec.custom_questions],
        work_samples=[_shown(s.model_dump(mode="json"), owner) for s in spec.work_samples],
        currency=spec.currency,
        bid=spec.bid,
        retakes=spec.retakes,
        attempt_shown=spec.attempt_shown,
        requires_consent=job.requires_consent,
        retention_days=retention_of(job, default_retention),
        created_at=job.created_at,
        updated_at=job.updated_at,
    )


def privacy_notice(
    title: str,
    retention_days: int,
    consent_required: bool,
    lang: str = "en",
    *,
    bid: bool = True,
    kiosk: bool = False,
) -> str:
    """What the candidate is told before the first question, in the job's language
    (the bid is named only for a job that asks for one; at a kiosk, where there is no
    account page, the way to one is on the person's own device)."""
    _ = i18n.translations(lang).gettext
    days = (_("{n} day") if retention_days == 1 else _("{n} days")).format(n=retention_days)
    collected = (
        _(
            "What is collected: your answers to the questions listed, this conversation, your "
            "bid, and your account's name and email."
        )
        if bid
        else _(
            "What is collected: your answers to the questions listed, this conversation, "
            "and your account's name and email."
        )
    )
    parts = [
        _("You are talking with an AI interviewer: a program that runs on this server only."),
        collected,
        _("Where it stays: on this server; nothing is sent to any other service."),
        _(
            "Who sees it: you, and the employer who posted this job ({title}). The employer "
            "reviews it and makes every decision; the AI rejects nobody."
        ).format(title=title),
        _("How long it is kept: {days} after your last activity, then it is deleted.").format(
            days=days
        ),
        _(
            "On your own device you can download or delete your data at any time: go on with "
            "your resume code at /resume, then open your account page (/account)."
        )
        if kiosk
        else _("You can download or delete your data at any time on your account page (/account)."),
    ]
    if consent_required:
        parts.append(_("This employer asks for your agreement before the interview starts."))
    return " ".join(parts)


def interview_spec(interview: Interview) -> JobSpec:
    return JobSpec.model_validate(interview.job_spec)


def interview_state(interview: Interview) -> turn.InterviewState:
    return turn.InterviewState.model_validate(interview.state)


def message_out(message: Message, *, answered: set[int], owner: bool) -> MessageOut:
    pending = message.role == "candidate" and message.id not in answered
    return MessageOut.model_validate(
        {
            "id": message.id or 0,
            "seq": message.seq,
            "role": message.role,  # text in the table, checked by the schema
            "text": message.text,
            "created_at": message.created_at,
            "client_id": message.client_id if owner else None,
            "reply_to": message.reply_to,
            "changed": list(message.changed or []),
            "pending": pending,
        }
    )


def messages_out(messages: Sequence[Message], *, owner: bool) -> list[MessageOut]:
    answered = {m.reply_to for m in messages if m.reply_to is not None}
    return [message_out(m, answered=answered, owner=owner) for m in messages]


def checklist_out(standing: turn.Standing) -> list[ChecklistItem]:
    return [ChecklistItem(**item) for item in standing.checklist]


def fields_out(spec: JobSpec, state: turn.InterviewState) -> dict[str, FieldOut]:
    out: dict[str, FieldOut] = {}
    voice = replies.Voice.of(spec)
    for field in spec.all_fields():
        fs = state.fields.get(field.key)
        if fs is None:
            out[field.key] = FieldOut(label=field.label, status="missing", complete=False)
            continue
        out[field.key] = FieldOut(
            label=field.label,
            status=fs.status,
            complete=fs.complete,
            value=fs.value,
            display=(
                voice.format_value(field, fs.value, whole=True) if fs.status == "answered" else None
            ),
            evidence=fs.evidence,
            reason=fs.reason,
        )
    return out


def model_record(interview: Interview) -> ModelRecord:
    return ModelRecord(
        name=interview.model_name,
        sha256=interview.model_sha256,
        prompt_version=interview.prompt_version,
        grammar_version=interview.grammar_version,
        decoding=dict(interview.decoding or {}),
    )


def bid_amount(interview: Interview) -> float | None:
    return None if interview.bid_cents is None else interview.bid_cents / 100


def interview_out(
    interview: Interview,
    messages: Sequence[Message],
    *,
    job_title: str,
    candidate_name: str,
    owner: bool,
    consent_required: bool,
    retention_days: int,
) -> InterviewOut:
    spec = interview_spec(interview)
    state = interview_state(interview)
    standing = turn.standing(spec, state)
    reasons = None if owner else review_reasons(spec, state, interview.review_flags)
    return InterviewOut(
        id=interview.id or 0,
        job_id=interview.job_id,
        job_title=job_title,
        candidate_id=interview.candidate_id,
        candidate_name=candidate_name,
        state=interview.phase,
        complete=standing.complete,
        messages=messages_out(messages, owner=owner),
        checklist=checklist_out(standing),
        asking=standing.asking,
        fields=fields_out(spec, state),
        summary=standing.summary,
        bid=spec.bid,
        bid_amount=bid_amount(interview),
        currency=spec.currency,
        confirmed_at=interview.confirmed_at,
        submitted_at=interview.submitted_at,
        model=model_record(interview),
        notice=privacy_notice(
            job_title, retention_days, consent_required, job_language(spec), bid=spec.bid
        ),
        consent_required=consent_required,
        consented_at=interview.consented_at,
        retention_days=retention_days,
        needs_review=None if reasons is None else bool(reasons),
        review_reasons=reasons,
    )


def turn_out(
    interview: Interview, candidate: Message, reply: Message, standing: turn.Standing
) -> TurnOut:
    answered = {candidate.id or 0}
    return TurnOut(
        interview_id=interview.id or 0,
        reply=reply.text,
        message=message_out(candidate, answered=answered, owner=True),
        reply_message=message_out(reply, answered=answered, owner=True),
        changed=list(reply.changed or []),
        checklist=checklist_out(standing),
        asking=standing.asking,
        state=interview.phase,
        complete=standing.complete,
        summary=standing.summary,
    )


def application_out(interview: Interview, candidate: User) -> ApplicationOut:
    spec = interview_spec(interview)
    state = interview_state(interview)
    reasons = review_reasons(spec, state, interview.review_flags)
    return ApplicationOut(
        interview_id=interview.id or 0,
        job_id=interview.job_id,
        candidate=CandidateOut(
            id=candidate.id or 0, name=candidate.name, email=reachable_email(candidate)
        ),
        state=interview.phase,
        complete=turn.is_complete(spec, state),
        bid_amount=bid_amount(interview),
        currency=spec.currency,
        submitted_at=interview.submitted_at,
        updated_at=interview.updated_at,
        fields=fields_out(spec, state),
        model=model_record(interview),
        needs_review=bool(reasons),
        review_reasons=reasons,
    )
