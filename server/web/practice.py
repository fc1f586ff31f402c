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

A run is in one of the supported languages, on that language's sample job
(:mod:`server.interview.practice_jobs`): the client chooses it (``lang``; by default the
first supported language of the browser's ``Accept-Language``, else English), and the
token binds the run to its language and to that job's exact text, so a turn cannot move a
run to another job: a token sent with another ``lang``, or made before the sample job
changed, is a 400.

``GET /practice[?lang=es]`` is the page; ``POST /api/practice`` ``{"lang"}`` starts a run,
``POST /api/practice/messages`` ``{"token", "text", "lang"}`` takes one answer, ``POST
/api/practice/confirm`` ``{"token", "lang"}`` ends a run whose checklist is complete.
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
from server.interview import i18n, practice_jobs, turn
from server.interview.languages import LANGUAGES
from server.interview.spec import JobSpec
from server.store.tables import User
from server.web import auth, page_text, views
from server.web.limits import Limits, client_address
from server.web.pages import Raw, esc, page, to_login
from server.web.schemas import (
    PracticeAnswerIn,
    PracticeIn,
    PracticeOut,
    PracticeStartIn,
    PracticeTurn,
)
from server.web.turns import Turns

# A run's state, signed, must come back in a request (64 KiB at most): this leaves room.
MAX_TOKEN_CHARS = 48_000
# A run ends after this many answers (start a new one to go on).
MAX_PRACTICE_TURNS = 60
TOKEN_VERSION = 2
# Each language as the language select names it: in its own words.
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt": "Português",
    "it": "Italiano",
}

NOT_OURS = (
    "This practice run's state is not one the server made (edited, cut, or from another"
    " account). Start a new practice run."
)
TOO_LONG = "This practice run is over: it reached its length limit. Start a new one."
OTHER_JOB = (
    "This practice run is in {run!r}, not {asked!r}: a run keeps its language and job."
    " Go on in {run!r}, or start a new practice run in {asked!r}."
)
CHANGED = "The sample job of this practice run has changed since it began. Start a new one."


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, body: str) -> str:
    return _b64(hmac.new(key, body.encode("ascii"), hashlib.sha256).digest())


def check_language(lang: str) -> str:
    """``lang`` if a practice run can be in it, else a 400 that lists the ones that can."""
    if lang not in LANGUAGES:
        raise ClientException(
            f"No practice interview in {lang[:20]!r}: choose one of {', '.join(LANGUAGES)}."
        )
    return lang


def browser_language(request: Request[Any, Any, Any]) -> str:
    """The first supported language of the request's ``Accept-Language`` (by its q-values,
    then its order), else English."""
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate(request.headers.get("accept-language", "")[:500].split(",")):
        tag, _, params = part.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary in LANGUAGES and q > 0:
            ranked.append((-q, n, primary))
    return min(ranked)[2] if ranked else "en"


def job_mark(job: JobSpec) -> str:
    """A short digest of the job's exact text: a run's token names the job it belongs to."""
    return _b64(hashlib.sha256(job.model_dump_json().encode()).digest()[:12])


def seal(key: bytes, user_id: int, lang: str, state: turn.InterviewState) -> str:
    """The run's state as a token only this app (any of its processes) can have made, bound
    to the account, the run's language and its sample job."""
    payload = {
        "v": TOKEN_VERSION,
        "u": user_id,
        "l": lang,
        "j": job_mark(practice_jobs.practice_job(lang)),
        "s": state.model_dump(mode="json"),
    }
    body = _b64(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    token = f"{body}.{_mac(key, body)}"
    if len(token) > MAX_TOKEN_CHARS:
        raise Conflict(TOO_LONG)
    return token


def unseal(key: bytes, user_id: int, lang: str, token: str) -> turn.InterviewState:
    """The state in ``token``; a 400 for anything this app did not sign for this account,
    for a run in another language than ``lang``, or for a sample job that has changed."""
    body, _, mac = token.partition(".")
    if not body or not hmac.compare_digest(mac, _mac(key, body)):
        raise ClientException(NOT_OURS)
    try:
        payload = json.loads(_unb64(body))
        if payload.get("v") != TOKEN_VERSION or payload.get("u") != user_id:
            raise ClientException(NOT_OURS)
        state = turn.InterviewState.model_validate(payload["s"])
        run = str(payload["l"])
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError, ValidationError):
        raise ClientException(NOT_OURS) from None
    if run != lang:
        raise ClientException(OTHER_JOB.format(run=run, asked=lang))
    if payload.get("j") != job_mark(practice_jobs.practice_job(lang)):
        raise ClientException(CHANGED)
    return state


def practice_key(request: Request[Any, Any, Any]) -> bytes:
    return str(request.app.state.practice_key).encode()


def _out(
    key: bytes,
    user: User,
    lang: str,
    state: turn.InterviewState,
    messages: list[PracticeTurn],
    standing: turn.Standing,
) -> PracticeOut:
    return PracticeOut(
        token=seal(key, user.id or 0, lang, state),
        lang=lang,
        job_title=practice_jobs.practice_job(lang).title,
        messages=messages,
        checklist=views.checklist_out(standing),
        state=standing.phase,
        complete=standing.complete,
        summary=standing.summary,
    )


@post("/api/practice", status_code=HTTP_200_OK)
async def start_practice(
    request: Request[Any, Any, Any], candidate: User, data: PracticeStartIn
) -> PracticeOut:
    """Start a practice run on the sample job in ``lang`` (by default the browser's first
    supported language): its greeting, checklist and token."""
    lang = check_language(data.lang) if data.lang is not None else browser_language(request)
    job = practice_jobs.practice_job(lang)
    state, greeting = turn.start(job, practice=True)
    greeted = [PracticeTurn(role="interviewer", text=greeting)]
    return _out(practice_key(request), candidate, lang, state, greeted, turn.standing(job, state))


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
    lang = check_language(data.lang)
    state = unseal(key, candidate.id or 0, lang, data.token)
    await limits.message(request, candidate.id or 0)
    if state.phase not in ("interview", "summary"):
        raise Conflict("This practice run is finished. Start a new one to practise again.")
    if state.turns >= MAX_PRACTICE_TURNS:
        raise Conflict(TOO_LONG)
    job = practice_jobs.practice_job(lang)
    for_whom = FairKey(group=client_address(request), member=f"user:{candidate.id}", job="practice")
    result = await turn.take_turn(OnBehalf(turns.engine, for_whom), job, state, data.text)
    said = [
        PracticeTurn(role="candidate", text=data.text),
        PracticeTurn(role="interviewer", text=result.reply),
    ]
    return _out(key, candidate, lang, result.state, said, result.standing)


@post("/api/practice/confirm", status_code=HTTP_200_OK)
async def confirm_practice(
    request: Request[Any, Any, Any], candidate: User, data: PracticeIn
) -> PracticeOut:
    """Confirm a practice run's summary (409 while its checklist is incomplete)."""
    key = practice_key(request)
    lang = check_language(data.lang)
    state = unseal(key, candidate.id or 0, lang, data.token)
    job = practice_jobs.practice_job(lang)
    if state.phase != "confirmed":
        state = turn.confirm(job, state)
    done = i18n.translations(lang).gettext(page_text.PRACTICE["p_done"])
    return _out(
        key,
        candidate,
        lang,
        state,
        [PracticeTurn(role="interviewer", text=done)],
        turn.standing(job, state),
    )


def _language_options(chosen: str) -> Raw:
    return Raw(
        "".join(
            f'<option value="{esc(code)}" lang="{esc(code)}"'
            f"{' selected' if code == chosen else ''}>{esc(LANGUAGE_NAMES[code])}</option>"
            for code in LANGUAGES
        )
    )


@get("/practice")
async def practice_page(request: Request[Any, Any, Any], lang: str | None = None) -> Response[Any]:
    """The practice page in ``lang`` (by default the browser's first supported language):
    the sample job's chat and checklist, labelled as practice, and a language select."""
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)
    lang = check_language(lang) if lang is not None else browser_language(request)
    job = practice_jobs.practice_job(lang)
    return page(
        request,
        user,
        "practice.html",
        title=i18n.translations(lang).gettext(page_text.PRACTICE["p_title"]),
        scripts=("practice.js",),
        body_data={
            "role": user.role,
            "lang": lang,
            "text": page_text.script(lang, page_text.PRACTICE),
        },
        lang=lang,
        job_title=job.title,
        description=job.description,
        language_options=_language_options(lang),
        texts={**page_text.job_page(lang), **page_text.practice_page(lang)},
    )


ROUTES = [start_practice, practice_message, confirm_practice, practice_page]
