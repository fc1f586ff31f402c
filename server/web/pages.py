"""The HTML pages: small templates from ``webui/`` filled with escaped values, and the
candidate's pages (the jobs, one job with its interview).

Pages are plain HTML; the scripts in ``webui/`` drive the JSON API. Every value put into
a page is HTML-escaped; values marked :class:`Raw` are built here from escaped parts.
The log-in, registration and account pages are in :mod:`server.web.account_pages`, the
employer's in :mod:`server.web.employer_pages`, the kiosk's in :mod:`server.web.kiosk`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from litestar import Request, Response, get
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from litestar.status_codes import (
    HTTP_200_OK,
    HTTP_303_SEE_OTHER,
)
from litestar.utils.scope.state import ScopeState
from sqlmodel import Session

from server.interview import i18n
from server.interview.spec import JobSpec, job_language
from server.settings import Settings
from server.store import interviews as interview_store
from server.store import jobs as job_store
from server.store.db import Database
from server.store.tables import Job, User
from server.web import auth, page_text
from server.web.access import visible_job
from server.web.views import privacy_notice, retention_of

WEBUI_DIR = Path(__file__).resolve().parent.parent.parent / "webui"
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class Raw(str):
    """Markup built from escaped parts; inserted as is."""


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


class Templates:
    """The page templates, read once when the app is created."""

    def __init__(self, directory: Path = WEBUI_DIR) -> None:
        self.directory = directory
        self._cache: dict[str, str] = {}
        for path in directory.glob("*.html"):
            self._cache[path.name] = path.read_text(encoding="utf-8")

    def fill(self, name: str, values: dict[str, object]) -> str:
        template = self._cache.get(name)
        if template is None:
            raise KeyError(f"no template {name} in {self.directory}")

        def sub(match: re.Match[str]) -> str:
            value = values[match.group(1)]
            return value if isinstance(value, Raw) else esc(value)

        return _PLACEHOLDER.sub(sub, template)


def _csrf(request: Request[Any, Any, Any]) -> str:
    token = ScopeState.from_scope(request.scope).csrf_token
    return token if isinstance(token, str) else ""


def _nav(request: Request[Any, Any, Any], user: User | None, text: dict[str, str]) -> Raw:
    if user is None:
        return Raw(
            f'<a href="/login">{esc(text["log_in"])}</a>'
            f' <a href="/register">{esc(text["register"])}</a>'
        )
    links = (
        f'<a href="/employer">{esc(text["my_jobs"])}</a>'
        f' <a href="/employer/jobs/new">{esc(text["new_job"])}</a>'
        if user.role == "employer"
        else f'<a href="/jobs">{esc(text["jobs"])}</a>'
    ) + f' <a href="/account">{esc(text["account"])}</a>'
    role = text.get(user.role, user.role)
    return Raw(
        f'{links} <span class="who">{esc(user.name)} ({esc(role)})</span>'
        '<form method="post" action="/logout" class="inline">'
        f'<input type="hidden" name="_csrf_token" value="{esc(_csrf(request))}">'
        f'<input type="hidden" name="{auth.FORM_BINDING_FIELD}"'
        f' value="{esc(auth.form_binding(request))}">'
        f'<button type="submit" class="link">{esc(text["log_out"])}</button></form>'
    )


def page(
    request: Request[Any, Any, Any],
    user: User | None,
    template: str,
    *,
    title: str,
    scripts: tuple[str, ...] = (),
    status_code: int = HTTP_200_OK,
    body_data: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
    lang: str = "en",
    texts: dict[str, str] | None = None,
    nav: bool = True,
    **values: object,
) -> Response[str]:
    """``template`` filled with ``values`` and the translated ``texts``, inside the layout."""
    templates: Templates = request.app.state.templates
    main = templates.fill(
        template,
        {
            "csrf": _csrf(request),
            "binding": auth.form_binding(request),
            **(texts or {}),
            **values,
        },
    )
    tags = "".join(f'<script type="module" src="/static/{esc(s)}"></script>' for s in scripts)
    data = "".join(f' data-{esc(k)}="{esc(v)}"' for k, v in (body_data or {}).items())
    shell = page_text.shell(lang)
    body = templates.fill(
        "layout.html",
        {
            "title": title,
            "lang": lang,
            "skip": shell["skip"],
            "nav_label": shell["nav"],
            "scripts": Raw(tags),
            "body_data": Raw(data),
            "nav": _nav(request, user, shell) if nav else Raw(""),
            "main": Raw(main),
        },
    )
    return Response(
        body, media_type="text/html; charset=utf-8", status_code=status_code, headers=headers
    )


def safe_next(target: str | None, user: User | None = None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    if user is None:
        return "/"
    return "/employer" if user.role == "employer" else "/jobs"


def to_login(request: Request[Any, Any, Any]) -> Redirect:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Redirect(f"/login?next={quote(target, safe='')}", status_code=HTTP_303_SEE_OTHER)


# -- accounts --------------------------------------------------------------------------

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


# -- candidate -------------------------------------------------------------------------


def _job_items(jobs: list[Any], states: dict[int, str]) -> Raw:
    if not jobs:
        return Raw('<li class="empty">No jobs are open yet.</li>')
    items = []
    for job in jobs:
        spec = JobSpec.model_validate(job.spec)
        state = states.get(job.id or 0)
        badge = f' <span class="badge">{esc(_state_words(state))}</span>' if state else ""
        items.append(
            f'<li><a href="/jobs/{job.id}">{esc(spec.title)}</a>{badge}'
            f'<p class="muted">{esc(spec.description[:200])}</p></li>'
        )
    return Raw("".join(items))


def _state_words(state: str | None, lang: str = "en") -> str:
    key = f"state_{state}"
    if key not in page_text.SCRIPT:
        return ""
    return i18n.translations(lang).gettext(page_text.SCRIPT[key])


@get("/jobs")
async def jobs_page(request: Request[Any, Any, Any], db: Database) -> Response[Any]:
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)

    def load(session: Session) -> tuple[list[Any], dict[int, str]]:
        employer_id = user.id if user.role == "employer" else None
        jobs = job_store.list_jobs(session, employer_id=employer_id)
        mine = interview_store.list_for_candidate(session, candidate_id=user.id or 0)
        return jobs, {i.job_id: i.phase for i in mine}

    jobs, states = await db.run(load)
    return page(request, user, "jobs.html", title="Jobs", job_items=_job_items(jobs, states))


def _asks(spec: JobSpec, lang: str = "en") -> Raw:
    optional = " " + page_text.optional(lang)
    items = "".join(
        f"<li>{esc(f.label)}{'' if f.required else esc(optional)}</li>" for f in spec.all_fields()
    )
    return Raw(items)


@get("/jobs/{job_id:int}")
async def job_page(
    request: Request[Any, Any, Any], job_id: int, db: Database, settings: Settings
) -> Response[Any]:
    user = await auth.session_user(request)
    if user is None:
        return to_login(request)

    def load(session: Session) -> tuple[Job, str | None]:
        job = visible_job(session, job_id=job_id, user=user)
        mine = interview_store.find_interview(session, job_id=job_id, candidate_id=user.id or 0)
        return job, (mine.phase if mine else None)

    job, state = await db.run(load)
    spec = job_store.job_spec(job)
    days = retention_of(job, settings.retention_days)
    lang = job_language(spec)
    return page(
        request,
        user,
        "job.html",
        title=spec.title,
        scripts=("interview.js",),
        body_data={"job-id": job_id, "role": user.role, "text": page_text.script(lang)},
        lang=lang,
        job_title=spec.title,
        description=spec.description,
        asks=_asks(spec, lang),
        progress=_state_words(state, lang),
        practice_lang=lang,  # practice in the job's language
        notice=privacy_notice(spec.title, days, job.requires_consent, lang, bid=spec.bid),
        texts=page_text.job_page(lang),
    )


ROUTES = [jobs_page, job_page]
