"""Accounts and log-in sessions: argon2 password hashes, server-side sessions.

The session cookie holds a random token; the database keeps only its sha256, so
a copy of the database cannot be replayed as a log-in. Every log-in makes a new
token and deletes the one the browser came with (rotation: a token planted in a
shared browser before log-in is worthless after it). A log-in ends after
``INTERVIEWER_SESSION_TTL_HOURS``, after ``INTERVIEWER_SESSION_IDLE_MINUTES`` without a
request (``INTERVIEWER_KIOSK_IDLE_S`` plus 30 s for one made at a kiosk), and at log-out,
on the server. The cookie is
HttpOnly, SameSite=Lax, and Secure whenever the request reached us over TLS
(directly or through a proxy uvicorn trusts), or always with
``INTERVIEWER_SECURE_COOKIES=always``. Log-in attempts are rate-limited per
account and per address (:mod:`server.web.limits`).

The HTML forms carry two tokens: Litestar's double-submit CSRF token, and, for a browser
that holds a log-in cookie, :func:`form_binding`, an HMAC of that log-in made with a
key kept in the database. A form posted with the cookie of another log-in than the one
it was rendered for (a page on another port of this host can write cookies, but not
read ours) is refused by the :func:`bound_form` guard.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from litestar import Request, Response, get, post
from litestar.connection import ASGIConnection
from litestar.di import Provide
from litestar.exceptions import (
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
)
from litestar.handlers.base import BaseRouteHandler
from litestar.status_codes import HTTP_200_OK, HTTP_202_ACCEPTED

from server.errors import EmailTaken, Forbidden
from server.settings import Settings
from server.store import accounts
from server.store.db import Database
from server.store.kiosks import resume_code_hash
from server.store.tables import User
from server.web.deps import db_of, settings_of
from server.web.limits import Limits
from server.web.schemas import LoginIn, RegisteredOut, RegisterIn, UserOut
from server.web.views import user_out

SESSION_COOKIE = "interviewer_session"
_TOKEN_MAX_CHARS = 128

_hasher = PasswordHasher()


def token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, password)


async def _verify(password_hash: str, password: str) -> bool:
    def check() -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    return await anyio.to_thread.run_sync(check)


# Verifying against a throwaway hash when the email is unknown keeps both answers
# equally slow, so response times do not tell which emails have accounts.
_dummy: dict[str, str] = {}


async def _dummy_hash() -> str:
    if "hash" not in _dummy:
        _dummy["hash"] = await hash_password(secrets.token_hex(16))
    return _dummy["hash"]


def session_ttl(settings: Settings) -> timedelta:
    return timedelta(hours=settings.session_ttl_hours)


def secure_cookie(request: Request[Any, Any, Any]) -> bool:
    mode = settings_of(request).secure_cookies
    return mode == "always" or (mode == "auto" and request.url.scheme == "https")


async def authenticate(db: Database, email: str, password: str) -> User | None:
    user = await db.run(accounts.get_user_by_email, email=email)
    if user is None:
        await _verify(await _dummy_hash(), password)
        return None
    if not await _verify(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        await db.run(
            accounts.rehash_password,
            user_id=user.id,
            password_hash=await hash_password(password),
        )
    return user


INVITATION_ONLY = (
    "Employer accounts are made by the administrator of this server"
    " (interviewer users add --role employer). Register as a candidate, or ask them."
)


WRONG_PASSWORD = "The password is wrong."  # noqa: S105 - a message, not a password


async def confirm_identity(
    request: Request[Any, Any, Any], user: User, password: str, limits: Limits
) -> None:
    """The password again before something that cannot be undone or that hands over a
    whole record (an account made at a kiosk has none: its resume code stands in).
    A wrong one is 403, not 401: the log-in itself is still good."""
    await limits.login(request, user.email)
    if user.kiosk_id is not None and user.resume_code_hash is not None:
        ok = secrets.compare_digest(resume_code_hash(password), user.resume_code_hash)
    else:
        ok = await _verify(user.password_hash, password)
    if not ok:
        raise Forbidden(WRONG_PASSWORD)


WRONG_LOGIN = (
    "Email or password is wrong. An interview begun at a kiosk goes on with its resume"
    " code, at /resume."
)
REGISTERED = (
    "If this e-mail had no account here, it has one now: log in with it. If it already"
    " had one, nothing was changed and its owner can see this attempt on their account page."
)


async def register_user(db: Database, data: RegisterIn, settings: Settings) -> None:
    """Make the account, or, when the e-mail already has one, leave that account as it is
    and note the attempt for its owner (unless the password is theirs). The caller answers
    both cases alike, so registration does not tell who has an account here; each case
    costs one argon2 run, so the time taken does not tell either."""
    if data.role == "employer" and not settings.open_employer_registration:
        raise Forbidden(INVITATION_ONLY)
    existing = await db.run(accounts.get_user_by_email, email=data.email)
    if existing is None:
        password_hash = await hash_password(data.password)
        try:
            await db.run(
                accounts.create_user,
                email=data.email,
                name=data.name,
                role=data.role,
                password_hash=password_hash,
            )
            return
        except EmailTaken as exc:  # a registration of the same e-mail got there first
            existing = await db.run(accounts.get_user_by_email, email=data.email)
            if existing is None:
                # Some other constraint failed: the account was not made, and answering
                # "registered" would leave the person unable to log in.
                raise RuntimeError("the account could not be stored") from exc
    if not await _verify(existing.password_hash, data.password):
        await db.run(accounts.note_registration_attempt, user_id=existing.id or 0)


def _presented_token(request: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > _TOKEN_MAX_CHARS:
        return None
    return token


FORM_BINDING_FIELD = "_form_binding"
STALE_FORM = "This form was opened under another log-in. Reload the page and try again."


def form_binding(request: ASGIConnection[Any, Any, Any, Any]) -> str:
    """The token that ties a form to the log-in cookie it was rendered with ("" without
    one). The key is the app's, so it survives restarts; the cookie is never in the page."""
    token = _presented_token(request)
    if token is None:
        return ""
    key: str = request.app.state.form_key
    return hmac.new(key.encode(), token_id(token).encode(), hashlib.sha256).hexdigest()


async def bound_form(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Guard for the HTML forms: with a log-in cookie, the form must carry that log-in's
    :func:`form_binding` (403 otherwise). Without one there is no log-in to take over;
    the Origin check and the CSRF token stand alone."""
    expected = form_binding(connection)
    if not expected or not isinstance(connection, Request):
        return
    form = await connection.form()
    presented = form.get(FORM_BINDING_FIELD)
    if not isinstance(presented, str) or not hmac.compare_digest(presented, expected):
        raise PermissionDeniedException(STALE_FORM)


async def start_session(
    request: Request[Any, Any, Any],
    response: Response[Any],
    user: User,
    kiosk_id: int | None = None,
) -> None:
    """Log ``user`` in on ``response``: a fresh token, the presented one deleted."""
    token = secrets.token_urlsafe(32)
    old = _presented_token(request)
    settings = settings_of(request)
    ttl = session_ttl(settings)
    await db_of(request).run(
        accounts.create_session,
        session_id=token_id(token),
        user_id=user.id,
        ttl=ttl,
        replaces=token_id(old) if old else None,
        kiosk_id=kiosk_id,
    )
    response.set_cookie(
        key=SESSION_COOKIE,
        value=token,
        max_age=max(1, int(ttl.total_seconds())),
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookie(request),
    )


async def end_session(request: Request[Any, Any, Any], response: Response[Any]) -> None:
    token = _presented_token(request)
    if token:
        await db_of(request).run(accounts.delete_session, session_id=token_id(token))
    response.set_cookie(
        key=SESSION_COOKIE,
        value="",
        max_age=0,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookie(request),
    )


async def session_user(request: Request[Any, Any, Any]) -> User | None:
    """The logged-in user, or None. A log-in made at a kiosk is marked on the request
    (:func:`at_kiosk`)."""
    token = _presented_token(request)
    if token is None:
        return None
    settings = settings_of(request)
    login = await db_of(request).run(
        accounts.session_login,
        session_id=token_id(token),
        idle=timedelta(minutes=settings.session_idle_minutes),
        kiosk_idle=kiosk_idle(settings),
    )
    if login is None:
        return None
    request.state.kiosk_id = login.kiosk_id
    return login.user


def kiosk_of(request: Request[Any, Any, Any]) -> int | None:
    """The kiosk this request's log-in was made at, if any (after :func:`session_user`)."""
    kiosk_id: int | None = getattr(request.state, "kiosk_id", None)
    return kiosk_id


def at_kiosk(request: Request[Any, Any, Any]) -> bool:
    return kiosk_of(request) is not None


# After "Still there?" is asked, this long to answer before the kiosk session ends.
KIOSK_GRACE_S = 30


def kiosk_idle(settings: Settings) -> timedelta:
    """How long a kiosk log-in lives without a request: the question, then its grace."""
    return timedelta(seconds=settings.kiosk_idle_s + KIOSK_GRACE_S)


# -- dependencies ----------------------------------------------------------------------


async def provide_user(request: Request[Any, Any, Any]) -> User:
    user = await session_user(request)
    if user is None:
        raise NotAuthorizedException("Log in first: POST /api/auth/login or open /login.")
    return user


async def provide_candidate(request: Request[Any, Any, Any]) -> User:
    user = await provide_user(request)
    if user.role != "candidate":
        raise PermissionDeniedException("Only candidate accounts can do this.")
    return user


async def provide_employer(request: Request[Any, Any, Any]) -> User:
    user = await provide_user(request)
    if user.role != "employer":
        raise PermissionDeniedException("Only employer accounts can do this.")
    return user


async def provide_holder(request: Request[Any, Any, Any]) -> User:
    """The user, on their own device: a kiosk log-in has no account pages, exports or
    deletion (the next person at the kiosk must not reach them)."""
    user = await provide_user(request)
    if at_kiosk(request):
        raise NotFoundException("There are no account pages on a kiosk.")
    return user


DEPENDENCIES = {
    "user": Provide(provide_user),
    "holder": Provide(provide_holder),
    "candidate": Provide(provide_candidate),
    "employer": Provide(provide_employer),
}


# -- JSON API --------------------------------------------------------------------------


@post("/api/auth/register", status_code=HTTP_202_ACCEPTED)
async def api_register(
    request: Request[Any, Any, Any],
    data: RegisterIn,
    db: Database,
    limits: Limits,
    settings: Settings,
) -> RegisteredOut:
    """Create a candidate account (an employer account too, where
    INTERVIEWER_OPEN_EMPLOYER_REGISTRATION allows; 403 otherwise), then log in with
    ``POST /api/auth/login``. The answer is the same whether or not the e-mail already had
    an account; an attempt on an existing account is shown to its owner."""
    await limits.register(request)
    await register_user(db, data, settings)
    return RegisteredOut(detail=REGISTERED)


@post("/api/auth/login", status_code=HTTP_200_OK)
async def api_login(
    request: Request[Any, Any, Any], data: LoginIn, db: Database, limits: Limits
) -> Response[UserOut]:
    """Log in; the session cookie is set on the response (429 after too many attempts)."""
    await limits.login(request, data.email)
    user = await authenticate(db, data.email, data.password)
    if user is None:
        raise NotAuthorizedException(WRONG_LOGIN)
    response = Response(user_out(user), status_code=HTTP_200_OK)
    await start_session(request, response, user)
    return response


@post("/api/auth/logout", status_code=HTTP_200_OK)
async def api_logout(request: Request[Any, Any, Any]) -> Response[dict[str, bool]]:
    """End this log-in on the server and clear the cookie."""
    response = Response({"logged_out": True}, status_code=HTTP_200_OK)
    await end_session(request, response)
    return response


@get("/api/me")
async def api_me(user: User) -> UserOut:
    """Who the session cookie belongs to."""
    return user_out(user)


ROUTES = [api_register, api_login, api_logout, api_me]
