"""Wire schemas: what the JSON API takes and gives. Tables live in ``server.store``."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from server.interview.spec import MAX_RETAKES, AttemptShown, JobSpec

Role = Literal["candidate", "employer"]

MAX_MESSAGE_CHARS = 4000
MAX_BID = Decimal("1000000")
EMAIL_PATTERN = r"^[^@\s]{1,64}@[^@\s]{1,255}$"


def text_problem(text: str) -> str | None:
    """Why a string cannot be taken as is, or None. Everything else (RTL, emoji,
    zero-width characters, other scripts) is kept exactly as sent."""
    if "\x00" in text:
        return "contains a NUL character; remove it and send again"
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        return "contains an unpaired surrogate (not valid Unicode); send valid UTF-8 text"
    return None


def check_text(data: Any, where: str = "body") -> Any:
    """Raise ValueError naming the first string anywhere in ``data`` that :func:`text_problem`
    refuses (keys included); return ``data`` unchanged otherwise."""
    if isinstance(data, str):
        if problem := text_problem(data):
            raise ValueError(f"{where} {problem}")
    elif isinstance(data, dict):
        for key, value in data.items():
            check_text(key, where)
            check_text(value, f"{key}" if where == "body" else f"{where}.{key}")
    elif isinstance(data, (list, tuple)):
        for n, value in enumerate(data):
            check_text(value, f"{where}[{n}]")
    return data


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _valid_text(cls, data: Any) -> Any:
        return check_text(data)


class RegisterIn(_In):
    email: str = Field(min_length=3, max_length=320, pattern=EMAIL_PATTERN)
    password: str = Field(min_length=8, max_length=1024)
    name: str = Field(min_length=1, max_length=200)
    role: Role


class RegisteredOut(BaseModel):
    """The answer to a registration, the same whether or not the e-mail had an account."""

    detail: str


class KioskStartIn(_In):
    """The person at a kiosk: a name, and an e-mail only if they want to give one."""

    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(None, max_length=320, pattern=EMAIL_PATTERN)

    @model_validator(mode="before")
    @classmethod
    def _blank_email_is_none(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("email"), str):
            if not data["email"].strip():
                return {**data, "email": None}
        return data


class KioskOut(BaseModel):
    url: str
    job_id: int


class ConfirmIn(_In):
    """The password again (for an account made at a kiosk: its resume code)."""

    password: str = Field(min_length=1, max_length=1024)


class LoginIn(_In):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class UserOut(BaseModel):
    id: int
    email: str
    name: str
    role: Role


class JobIn(JobSpec):
    """A job as the API takes it: the interview's JobSpec plus its privacy settings."""

    requires_consent: bool = Field(
        False, description="Candidates must press 'I agree' before their first answer is taken."
    )
    retention_days: int | None = Field(
        None,
        ge=1,
        le=36500,
        description="Days an interview is kept after its last activity"
        " (default: INTERVIEWER_RETENTION_DAYS).",
    )

    @model_validator(mode="before")
    @classmethod
    def _valid_text(cls, data: Any) -> Any:
        return check_text(data)

    def spec(self) -> JobSpec:
        return JobSpec.model_validate(
            self.model_dump(mode="json", exclude={"requires_consent", "retention_days"})
        )


class JobOut(BaseModel):
    id: int
    employer_id: int
    title: str
    description: str
    fields: list[dict[str, Any]]
    custom_questions: list[dict[str, Any]] = Field(
        description="Each with its rubric for the job's employer; without for a candidate."
    )
    work_samples: list[dict[str, Any]] = Field(
        default_factory=list,
        description="The job's work samples; a candidate sees no gold answer or rubric.",
    )
    currency: str | None = None
    bid: bool = Field(description="The interview ends with a bid (else confirm and submit).")
    retakes: int = 0
    attempt_shown: AttemptShown = "latest"
    requires_consent: bool
    retention_days: int
    created_at: datetime
    updated_at: datetime


class MessageIn(_In):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    client_id: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")

    @field_validator("text")
    @classmethod
    def _no_nul(cls, text: str) -> str:
        if problem := text_problem(text):
            raise ValueError(f"the message {problem}")
        return text


class ProposalIn(_In):
    """The proposal: a bid for a job that asks for one, nothing for a job that does not
    (``records.propose`` checks which, against the job the interview started with)."""

    bid_amount: Decimal | None = Field(None, gt=0, le=MAX_BID, max_digits=9, decimal_places=2)


class MessageOut(BaseModel):
    id: int
    seq: int
    role: Literal["candidate", "interviewer"]
    text: str
    created_at: datetime
    client_id: str | None = None
    reply_to: int | None = None
    changed: list[str] = []
    pending: bool = False


class ChecklistItem(BaseModel):
    key: str
    label: str
    status: str
    complete: bool


class FieldOut(BaseModel):
    label: str
    status: str
    complete: bool
    value: Any = None
    display: str | None = Field(
        None, description="The value in words, as a person reads it (names, not ids)."
    )
    evidence: str | None = None
    reason: str | None = None


class ModelRecord(BaseModel):
    name: str
    sha256: str
    prompt_version: str
    grammar_version: str
    decoding: dict[str, Any]


class InterviewOut(BaseModel):
    id: int
    job_id: int
    job_title: str
    candidate_id: int
    candidate_name: str
    state: str
    complete: bool
    messages: list[MessageOut]
    checklist: list[ChecklistItem]
    asking: str | None = Field(
        None,
        description=(
            "The checklist key the interviewer's last message asks about; null when it "
            "asks about none (the summary) or about several at once."
        ),
    )
    fields: dict[str, FieldOut]
    summary: str | None
    bid: bool = Field(description="This interview ends with a bid (else confirm and submit).")
    bid_amount: float | None
    currency: str | None = None  # of the bid: the job's
    confirmed_at: datetime | None
    submitted_at: datetime | None
    model: ModelRecord
    # Privacy: shown before the first question; answers are refused until consent
    # when the job requires it.
    notice: str
    consent_required: bool
    consented_at: datetime | None
    retention_days: int
    # For the employer's eyes only (None in the candidate's own view).
    needs_review: bool | None = None
    review_reasons: list[str] | None = None
    # Retakes: which attempt this is, every attempt of this candidate at this job, and how
    # many more the job allows (a retake starts once this attempt is submitted).
    attempt: int = 1
    attempts: list[AttemptOut] = Field(default_factory=list)
    retakes_left: int = 0


class AttemptOut(BaseModel):
    """One attempt of a candidate at a job's interview."""

    interview_id: int
    attempt: int
    state: str
    submitted_at: datetime | None


class StartIn(_In):
    """Starting a job's interview: no body resumes (or begins) the latest attempt;
    ``retake_of`` asks for the attempt after that one once it is submitted (sent again,
    or by a second tab, it gets the same new attempt)."""

    retake_of: int | None = Field(None, ge=1, le=MAX_RETAKES + 1)


class TurnOut(BaseModel):
    interview_id: int
    reply: str
    message: MessageOut
    reply_message: MessageOut
    changed: list[str]
    checklist: list[ChecklistItem]
    asking: str | None = Field(
        None,
        description=(
            "The checklist key the interviewer's last message asks about; null when it "
            "asks about none (the summary) or about several at once."
        ),
    )
    state: str
    complete: bool
    summary: str | None


class CandidateOut(BaseModel):
    id: int
    name: str
    email: str


Judgement = Literal["covered", "partial", "missing"]
JudgingState = Literal["not_submitted", "queued", "running", "done", "failed"]


class ApplicationAssessmentOut(BaseModel):
    """An application's rubric questions at a glance (a job without any shows none)."""

    state: Literal["not_submitted", "judging", "done", "failed"] = Field(
        description="not_submitted: nothing is judged before the proposal; judging: some"
        " question waits for the model; failed: some question could not be judged."
    )
    score: float | None = Field(
        description="Mean of the questions' and work samples' scores (0 to 1) once every"
        " one is judged."
    )
    scores: dict[str, float | None] = Field(
        description="Each rubric question's score, and each work sample's share of right picks."
    )


class ApplicationOut(BaseModel):
    interview_id: int
    job_id: int
    candidate: CandidateOut
    state: str
    complete: bool
    bid_amount: float | None
    currency: str | None = None  # of the bid: the job's
    submitted_at: datetime | None
    updated_at: datetime
    fields: dict[str, FieldOut]
    model: ModelRecord
    # Set when the system found the record odd; a person decides, nothing is rejected.
    needs_review: bool
    review_reasons: list[str]
    # Only for a job with rubric questions: no score is shown for any other.
    assessment: ApplicationAssessmentOut | None = Field(
        None, exclude_if=lambda value: value is None
    )
    # The attempt shown (the job's ``attempt_shown``) and every attempt the candidate took.
    attempt: int = 1
    attempts: list[AttemptOut] = Field(default_factory=list)


class HealthOut(BaseModel):
    status: Literal["loading", "ready", "error"]
    model: str
    detail: str | None = None


class KioskStartOut(BaseModel):
    interview: InterviewOut
    resume_code: str = Field(
        description="Shown once, on the kiosk: enter it at /resume to go on elsewhere."
    )


class PreviewOut(BaseModel):
    """How the interview of a job (saved or not) opens, as a candidate will read it."""

    greeting: str
    questions: list[str] = Field(description="How each item is asked, in the job's order.")
    confirmed: str = Field(
        description="What the interviewer says once the candidate confirms the summary"
        " (it names the bid only when the job asks for one)."
    )


class AssessmentIn(_In):
    """A person's judgement of one key point, with the reason."""

    judgement: Judgement
    note: str = Field(min_length=1, max_length=1000)


class PersonOut(BaseModel):
    id: int
    name: str


class PointOut(BaseModel):
    index: int
    point: str
    weight: float
    judgement: Judgement = Field(description="What stands: a person's override, else the model's.")
    model_judgement: Judgement
    quote: str | None = Field(description="The candidate's own words supporting the model's call.")
    model_name: str
    judged_at: datetime
    note: str | None = None
    author: PersonOut | None = Field(None, description="Who overrode the model, if anyone.")
    overridden_at: datetime | None = None


class ChangeOut(BaseModel):
    question_key: str
    point_index: int
    at: datetime
    kind: Literal["model", "override"]
    author: PersonOut | None = None
    model_name: str | None = None
    old_judgement: Judgement | None = None
    new_judgement: Judgement
    quote: str | None = None
    note: str | None = None


class QuestionAssessmentOut(BaseModel):
    key: str
    question: str
    state: JudgingState
    error: str | None = Field(None, description="Why judging failed, when it did.")
    attempts: int = 0
    score: float | None = Field(
        None, description="Weighted share of the points: covered 1, partial 0.5, missing 0."
    )
    points: list[PointOut]


class PickOut(BaseModel):
    """One pick of a work sample against the employer's gold answer."""

    key: str = Field(description="The field the pick was asked as.")
    item: str | None = Field(description="The item labelled (label samples); None for compare.")
    pick: str | None = Field(description="The candidate's pick; None until made.")
    gold: str
    correct: bool | None = Field(description="Whether the pick is the gold; None until made.")


class SampleOut(BaseModel):
    """A work sample: each pick checked against its gold answer, and the reason given."""

    key: str
    kind: Literal["compare", "label"]
    picks: list[PickOut]
    score: float | None = Field(
        description="Share of right picks (0 to 1), once the proposal is submitted."
    )
    why_key: str | None = Field(
        None,
        description="A compare sample's reason: its field, and (with a rubric) its key"
        " points among the questions, under this key.",
    )
    why: str | None = Field(None, description="The candidate's reason, in their words.")


class AssessmentsOut(BaseModel):
    """An interview's rubric questions judged point by point, every change made, and its
    work samples checked against their gold answers."""

    interview_id: int
    score: float | None = Field(
        description="Mean of the rubric questions' and the work samples' scores, once all"
        " are judged."
    )
    questions: list[QuestionAssessmentOut]
    history: list[ChangeOut]
    samples: list[SampleOut] = Field(default_factory=list)


class PracticeStartIn(_In):
    """A new practice run in ``lang`` (en, es, de, fr, pt, it; by default the browser's
    first supported language, from its Accept-Language header, else English)."""

    lang: str | None = Field(None, max_length=20)


class PracticeIn(_In):
    """A practice run's state: the token the server's last answer gave, and the language
    the run is in (a token of a run in another language is refused)."""

    token: str = Field(min_length=1, max_length=48_000)
    lang: str = Field(min_length=1, max_length=20)


class PracticeAnswerIn(PracticeIn):
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class PracticeTurn(BaseModel):
    role: Literal["candidate", "interviewer"]
    text: str


class PracticeOut(BaseModel):
    """A practice run after one step: the new messages, where it stands, and the token
    to send with the next step (the run's state, signed; nothing is kept on the server)."""

    token: str
    lang: str
    job_title: str
    messages: list[PracticeTurn]
    checklist: list[ChecklistItem]
    state: str
    complete: bool
    summary: str | None
