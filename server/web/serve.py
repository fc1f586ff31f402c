"""``interviewer serve``, ``interviewer demo`` and ``interviewer purge``.

``serve`` makes sure the model file is there and verified (fetching it unless
``--no-pull``), migrates the database, seeds the demo employer and job when the
database has no accounts yet, and runs the app under uvicorn.
"""

from __future__ import annotations

import logging
import secrets
import sys
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlmodel import Session

from server.engine.base import Engine
from server.errors import ModelNotInstalled
from server.settings import Settings
from server.store import accounts
from server.store import jobs as job_store
from server.store.db import Database

log = logging.getLogger(__name__)

DEMO_EMPLOYER = "employer@demo.local"
DEMO_CANDIDATE = "candidate@demo.local"


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str


def seed_demo(session: Session, *, reset_passwords: bool = True) -> list[DemoLogin]:
    """Create the demo employer, candidate and default job if missing.

    Passwords are random; with ``reset_passwords`` existing demo accounts get new
    ones, so the log-ins returned always work. Returns them.
    """
    from server.interview.default_job import DEFAULT_JOB

    hasher = PasswordHasher()
    logins: list[DemoLogin] = []
    users = {}
    for role, email, name in (
        ("employer", DEMO_EMPLOYER, "Demo Employer"),
        ("candidate", DEMO_CANDIDATE, "Demo Candidate"),
    ):
        password = secrets.token_urlsafe(9)
        user = accounts.get_user_by_email(session, email=email)
        if user is None:
            user = accounts.create_user(
                session, email=email, name=name, role=role, password_hash=hasher.hash(password)
            )
        elif reset_passwords:
            accounts.set_password(session, user_id=user.id, password_hash=hasher.hash(password))
        else:
            continue
        users[role] = user
        logins.append(DemoLogin(role=role, email=email, password=password))
    employer = users.get("employer") or accounts.get_user_by_email(session, email=DEMO_EMPLOYER)
    if (
        employer is not None
        and job_store.find_job_by_title(session, employer_id=employer.id, title=DEFAULT_JOB.title)
        is None
    ):
        job_store.create_job(session, employer_id=employer.id, spec=DEFAULT_JOB)
    return logins


def _announce(logins: list[DemoLogin], settings: Settings) -> None:
    lines = [f"Demo log-ins for http://{settings.host}:{settings.port}/login :"]
    lines += [f"  {login.role:<9} {login.email}  password: {login.password}" for login in logins]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def demo(settings: Settings) -> int:
    """Seed the demo accounts and job (new passwords each time) and print the log-ins."""
    db = Database(settings.database_url)
    try:
        db.migrate()
        logins = db.call(seed_demo)
    finally:
        db.dispose()
    _announce(logins, settings)
    return 0


def purge(settings: Settings, *, dry_run: bool = False) -> int:
    """Delete interviews past their job's retention period (and expired log-ins); say how many.

    Meant for a daily timer (cron, systemd). Each deleted interview is put on the audit log.
    """
    from server.store import privacy

    db = Database(settings.database_url)
    try:
        db.migrate()
        if dry_run:
            expired = db.call(privacy.expired_interviews, default_days=settings.retention_days)
            sys.stdout.write(f"{len(expired)} interviews are past their retention period\n")
            return 0
        done = db.call(privacy.purge, default_days=settings.retention_days)
    finally:
        db.dispose()
    sys.stdout.write(
        f"deleted {done.interviews} interviews ({done.messages} messages) past their retention"
        f" period and {done.sessions} expired log-ins\n"
    )
    return 0


def ensure_model(settings: Settings, *, pull: bool) -> None:
    from server.models.verify import ensure_verified

    try:
        ensure_verified(settings, settings.model)
    except ModelNotInstalled:
        if not pull:
            raise
        from server.models.fetch import pull as fetch

        log.info("model %s is not installed; fetching it now", settings.model)
        fetch(settings, settings.model)
        ensure_verified(settings, settings.model)


def prepare(settings: Settings) -> None:
    """Migrate the database; on first start (no accounts), seed the demo and print log-ins."""
    db = Database(settings.database_url)
    try:
        db.migrate()
        if db.call(accounts.count_users) == 0:
            _announce(db.call(seed_demo), settings)
    finally:
        db.dispose()


def serve_app(settings: Settings, engine: Engine | None = None) -> int:
    """Run the app under uvicorn until interrupted (``engine``: a fake, for tests)."""
    import uvicorn

    from server.app import create_app

    app = create_app(settings, engine=engine)
    if settings.host not in settings.allowed_host_names():  # bound to every address
        log.warning(
            "listening on every address, but only the host names %s are answered; list the "
            "names clients use in INTERVIEWER_ALLOWED_HOSTS",
            ", ".join(settings.allowed_host_names()),
        )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="debug" if settings.debug else "info",
        # uvicorn's loggers go through the root handler the CLI set up (escaped or JSON).
        log_config=None,
        # Proxy headers are applied by the app, from INTERVIEWER_TRUSTED_PROXIES only.
        proxy_headers=False,
        timeout_graceful_shutdown=30,
    )
    return 0


def run(settings: Settings, pull: bool) -> int:
    ensure_model(settings, pull=pull)
    prepare(settings)
    return serve_app(settings)
