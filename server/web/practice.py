"""Practice interviews: a candidate tries the interviewer on a sample job, and nothing is kept.

The server holds nothing of a practice run. Each answer carries the run's state as a
*token* the server signed when it made it (HMAC-SHA256 with the app's ``practice``
secret, kept in the database and read once at start-up), so any web process of the app
(``serve --workers N``) can take the next turn, and a state the server did not make
(edited, cut, another account's) is refused with a 400. The turn itself is the real one
(:func:`server.interview.turn.take_turn`, the real model); its result goes back in the
response and nowhere else: no table is written and nothing of the text is logged. The
page keeps the transcript in the tab (sessionStorage), so a reload keeps the run and
closing the tab ends it.

Practice answers count against the candidate's message allowance (:mod:`server.web.limits`):
the limiter's counters are the only thing in the database a practice turn touches, and
they hold a hashed key and times, not text.

``GET /practice`` is the page; ``POST /api/practice`` starts a run, ``POST
/api/practice/messages`` takes one answer, ``POST /api/practice/confirm`` ends a run whose
checklist is complete.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

from litestar import Request, Response, get, post
from litestar.exceptions import ClientException
from litestar.status_codes import HTTP_200_OK
from pydantic import ValidationError

from server.engine.base import FairKey
from server.engine.fairness import OnBehalf
from server.errors import Conflict
from server.interview import i18n, turn
from server.interview.default_job import DEFAULT_JOB
from server.interview.spec import JobSpec, job_language
from server.store.tables import User
from server.web import auth, page_text, views
from server.web.limits import Limits, client_address
from server.web.pages import page, to_login
from server.web.schemas import PracticeAnswerIn, PracticeIn, PracticeOut, PracticeTurn
from server.web.turns import Turns

# The sample job: the demo job, without a bid (a practice run ends at the confirmed
# summary; there is no proposal to send).
PRACTICE_JOB: JobSpec = DEFAULT_JOB.model_copy(update={"bid": False})
# A run's state, signed, must come back in a request (64 KiB at most): this leaves room.
MAX_TOKEN_CHARS = 48_000
# A run ends after this many answers (start a new one to go on).
MAX_PRACTICE_TURNS = 60
TOKEN_VERSION = 1

NOT_OURS = (
    "This practice run's state is not one the server made (edited, cut, or from another"
    " account). Start a new practice run."
)
TOO_LONG = "This practice run is over: it reached its length limit. Start a new one."


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, body: str) -> str:
    return _b64(hmac.new(key, body.encode("ascii"), hashlib.sha256).digest())


def seal(key: bytes, user_id: int, state: turn.InterviewState) -> str:
    """The run's state as a token only this app (any of its processes) can have made."""
    payload = {"v": TOKEN_VERSION, "u": user_id, "s": state.model_dump(mode="json")}
    body = _b64(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    token = f"{body}.{_mac(key, body)}"
    if len(token) > MAX_TOKEN_CHARS:
        raise Conflict(TOO_LONG)
    return token


def unseal(key: bytes, user_id: int, token: str) -> turn.InterviewState:
    """The state in ``token``; a 400 for anything this app did not sign for this account."""
    body, _, mac = token.partition(".")
    if not body or not hmac.compare_digest(mac, _mac(key, body)):
        raise ClientException(NOT_OURS)
    try:
        payload = json.loads(_unb64(body))
        if payload.get("v") != TOKEN_VERSION or payload.get("u") != user_id:
            raise ClientException(NOT_OURS)
        return turn.InterviewState.model_validate(payload["s"])
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError, ValidationError):
        raise ClientException(NOT_OURS) from None


def practice_key(request: Request[Any, Any, Any]) -> bytes:
    return str(request.app.state.practice_key).encode()


def _out(
    key: bytes,
    user: User,
    state: turn.InterviewState,
    messages: list[PracticeTurn],
    standing: turn.Standing,
) -> PracticeOut:
    return PracticeOut(
        token=seal(key, user.id or 0, state),
        job_title=PRACTICE_JOB.title,
        messages=messages,
        checklist=views.checklist_out(standing),
        state=standing.phase,
        complete=standing.complete,
        summary=standing.summary,
    )


@post("/api/practice", status_code=HTTP_200_OK)
async def start_practice(request: Request[Any, Any, Any], candidate: User) -> PracticeOut:
    """Start a practice run on the sample job: its greeting, checklist and token."""
    state, greeting = turn.start(PRACTICE_JOB)
    greeted = [PracticeTurn(role="interviewer", text=greeting)]
    return _out(
        practice_key(request), candidate, state, greeted, turn.standing(PRACTICE_JOB, state)
    )


@post("/api/practice/messages", status_code=HTTP_200_OK)
async def practice_message(
    request: Request[Any, Any, Any],
    candidate: User,
    data: PracticeAnswerIn,
    limits: Limits,
    turns: Turns,
) -> PracticeOut:
    """One practice answer through the real interviewer; nothing is stored or logged."""
    key = practice_key(request)
    state = unseal(key, candidate.id or 0, data.token)
    await limits.message(request, candidate.id or 0)
    if state.phase not in ("interview", "summary"):
        raise Conflict("This practice run is finished. Start a new one to practise again.")
    if state.turns >= MAX_PRACTICE_TURNS:
        raise Conflict(TOO_LONG)
    for_whom = FairKey(group=client_address(request), member=f"user:{candidate.id}", job="practice")
    result = await turn.take_turn(OnBehalf(turns.engine, for_whom), PRACTICE_JOB, state, data.text)
    said = [
        PracticeTurn(role="candidate", text=data.text),
        PracticeTurn(role="interviewer", text=result.reply),
    ]
    return _out(key, candidate, result.state, said, result.standing)


@post("/api/practice/confirm", status_code=HTTP_200_OK)
async def confirm_practice(
    request: Request[Any, Any, Any], candidate: User, data: PracticeIn
) -> PracticeOut:
    """Confirm a practice run's summary (409 while its checklist is incomplete)."""
    key = practice_key(request)
    state = unseal(key, candidate.id or 0, data.token)
    if state.phase != "confirmed":
        state = turn.confirm(PRACTICE_JOB, state)
    lang = job_language(PRACTICE_JOB)
    done = i18n.translations(lang).gettext(page_text.PRACTICE["p_done"])
    return _out(
        key,
        candidate,
        state,
        [PracticeTurn(role="interviewer", text=done)],
        turn.standing(PRACTICE_JOB, state),
    )


@get("/practice")
async def practice_page(request: Request[Any, Any, Any]) -> Response[Any]:
    """The practice page: the interview's chat and checklist, labelled as practice."""
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)
    lang = job_language(PRACTICE_JOB)
    return page(
        request,
        user,
        "practice.html",
        title=i18n.translations(lang).gettext(page_text.PRACTICE["p_title"]),
        scripts=("practice.js",),
        body_data={"role": user.role, "text": page_text.script(lang, page_text.PRACTICE)},
        lang=lang,
        job_title=PRACTICE_JOB.title,
        description=PRACTICE_JOB.description,
        texts={**page_text.job_page(lang), **page_text.practice_page(lang)},
    )


ROUTES = [start_practice, practice_message, confirm_practice, practice_page]
