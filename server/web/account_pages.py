"""Log-in, registration, log-out and the account page.

Log-in, registration and log-out are ordinary HTML forms protected by a CSRF token, so
they work without JavaScript; the account page's download and deletion go through the
JSON API (:mod:`server.web.privacy`), each with the password again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from litestar import Request, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.response import Redirect
from litestar.status_codes import (
    HTTP_303_SEE_OTHER,
    HTTP_403_FORBIDDEN,
    HTTP_429_TOO_MANY_REQUESTS,
)
from pydantic import ValidationError

from server.errors import Forbidden, TooManyRequests
from server.settings import Settings
from server.store import accounts
from server.store.db import Database
from server.web import auth
from server.web.deps import db_of
from server.web.limits import Limits
from server.web.pages import Form, Raw, esc, page, safe_next, to_login
from server.web.schemas import LoginIn, RegisterIn


@get("/")
async def home(request: Request[Any, Any, Any]) -> Redirect:
    user = await auth.session_user(request)
    return Redirect(safe_next(None, user) if user else "/login", status_code=HTTP_303_SEE_OTHER)


@get("/login")
async def login_page(request: Request[Any, Any, Any], next: str | None = None) -> Response[str]:
    user = await auth.session_user(request)
    return page(
        request,
        user,
        "login.html",
        title="Log in",
        error="",
        notice="",
        email="",
        next=safe_next(next, user),
    )


@post("/login", status_code=HTTP_303_SEE_OTHER, guards=[auth.bound_form])
async def login_form(
    request: Request[Any, Any, Any], data: Form, db: Database, limits: Limits
) -> Response[Any]:
    email = data.get("email", "")
    try:
        await limits.login(request, email)
    except TooManyRequests as exc:
        return page(
            request,
            None,
            "login.html",
            title="Log in",
            status_code=HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(exc.retry_after)},
            error=str(exc),
            notice="",
            email=email,
            next=safe_next(data.get("next")),
        )
    try:
        creds = LoginIn(email=email, password=data.get("password", ""))
        user = await auth.authenticate(db, creds.email, creds.password)
    except ValidationError:
        user = None
    if user is None:
        return page(
            request,
            None,
            "login.html",
            title="Log in",
            status_code=401,
            error=auth.WRONG_LOGIN,
            notice="",
            email=email,
            next=safe_next(data.get("next")),
        )
    response: Response[Any] = Redirect(
        safe_next(data.get("next"), user), status_code=HTTP_303_SEE_OTHER
    )
    await auth.start_session(request, response, user)
    return response


def _roles(settings: Settings) -> Raw:
    """The role choice, where employers may register; a candidate account otherwise."""
    if not settings.open_employer_registration:
        return Raw(
            '<input type="hidden" name="role" value="candidate">'
            '<p class="muted">This creates a candidate account. Employer accounts are made'
            " by the administrator of this server.</p>"
        )
    return Raw(
        "<fieldset><legend>I am</legend>"
        '<label class="inline"><input type="radio" name="role" value="candidate" checked>'
        " a candidate</label>"
        '<label class="inline"><input type="radio" name="role" value="employer">'
        " an employer</label></fieldset>"
    )


@get("/register")
async def register_page(request: Request[Any, Any, Any], settings: Settings) -> Response[str]:
    user = await auth.session_user(request)
    return page(
        request,
        user,
        "register.html",
        title="Create account",
        error="",
        email="",
        name="",
        roles=_roles(settings),
    )


def _problems(exc: ValidationError) -> str:
    names = {"email": "Email", "password": "Password", "name": "Name", "role": "Role"}
    parts = []
    for err in exc.errors():
        loc = str(err["loc"][0]) if err["loc"] else "form"
        parts.append(f"{names.get(loc, loc)}: {err['msg']}")
    return "; ".join(parts)


@post("/register", status_code=HTTP_303_SEE_OTHER, guards=[auth.bound_form])
async def register_form(
    request: Request[Any, Any, Any], data: Form, db: Database, limits: Limits, settings: Settings
) -> Response[Any]:
    values = {k: data.get(k, "") for k in ("email", "password", "name", "role")}
    headers: dict[str, str] | None = None
    status = 422
    try:
        await limits.register(request)
        await auth.register_user(db, RegisterIn.model_validate(values), settings)
    except Forbidden as exc:
        error, status = str(exc), HTTP_403_FORBIDDEN
    except TooManyRequests as exc:
        error, status = str(exc), HTTP_429_TOO_MANY_REQUESTS
        headers = {"Retry-After": str(exc.retry_after)}
    except ValidationError as exc:
        error = _problems(exc)
    else:
        # The log-in page, with the e-mail filled in: the same whether or not it was new.
        return page(
            request,
            None,
            "login.html",
            title="Log in",
            error="",
            notice=auth.REGISTERED,
            email=values["email"],
            next=safe_next(None),
        )
    return page(
        request,
        None,
        "register.html",
        title="Create account",
        status_code=status,
        headers=headers,
        error=error,
        email=values["email"],
        name=values["name"],
        roles=_roles(settings),
    )


@post("/logout", status_code=HTTP_303_SEE_OTHER, guards=[auth.bound_form])
async def logout_form(request: Request[Any, Any, Any]) -> Response[Any]:
    response: Response[Any] = Redirect("/login", status_code=HTTP_303_SEE_OTHER)
    await auth.end_session(request, response)
    return response


@get("/account")
async def account_page(request: Request[Any, Any, Any]) -> Response[Any]:
    """Your account: download all your data, or delete the account with everything in it."""
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)
    if auth.at_kiosk(request):
        raise NotFoundException("There are no account pages on a kiosk.")
    attempts = await db_of(request).run(accounts.registration_attempts, user_id=user.id or 0)
    return page(
        request,
        user,
        "account.html",
        title="Your account",
        scripts=("account.js",),
        name=user.name,
        email=user.email,
        role=user.role,
        attempts=_attempts(attempts),
    )


def _attempts(times: list[datetime]) -> Raw:
    """The latest attempts to register with this account's e-mail (registration itself
    does not say that an e-mail is taken, so this is where its owner learns of them)."""
    if not times:
        return Raw("")
    items = "".join(
        f'<li><time datetime="{esc(at.isoformat())}">{esc(at.strftime("%Y-%m-%d %H:%M"))}'
        " UTC</time></li>"
        for at in times
    )
    return Raw(
        '<h2 id="attempts">Attempts to register with your e-mail</h2>'
        "<p>Someone tried to make a new account with your e-mail address and another"
        " password. Nothing was changed: your account and your password are as they were."
        f'</p><ul aria-labelledby="attempts">{items}</ul>'
    )


ROUTES = [
    home,
    login_page,
    login_form,
    register_page,
    register_form,
    logout_form,
    account_page,
]
