"""``interviewer demo``: the demo employer, candidate and default job, with fresh log-ins.

``interviewer serve`` seeds the same on its first start (an empty database) through
:func:`seed_first_start`.
"""

from __future__ import annotations

import secrets
import sys
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlmodel import Session

from server.interview.default_job import DEFAULT_JOB
from server.settings import Settings
from server.store import accounts
from server.store import jobs as job_store
from server.store.db import Database

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
            accounts.set_password(
                session, user_id=user.id or 0, password_hash=hasher.hash(password)
            )
        else:
            continue
        users[role] = user
        logins.append(DemoLogin(role=role, email=email, password=password))
    employer = users.get("employer") or accounts.get_user_by_email(session, email=DEMO_EMPLOYER)
    if (
        employer is not None
        and job_store.find_job_by_title(
            session, employer_id=employer.id or 0, title=DEFAULT_JOB.title
        )
        is None
    ):
        job_store.create_job(session, employer_id=employer.id or 0, spec=DEFAULT_JOB)
    return logins


def announce(logins: list[DemoLogin], settings: Settings) -> None:
    lines = [f"Demo log-ins for http://{settings.host}:{settings.port}/login :"]
    lines += [f"  {login.role:<9} {login.email}  password: {login.password}" for login in logins]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def seed_first_start(db: Database, settings: Settings) -> None:
    """On first start (no accounts yet), seed the demo and print its log-ins."""
    if db.call(accounts.count_users) == 0:
        announce(db.call(seed_demo), settings)


def demo(settings: Settings) -> int:
    """Seed the demo accounts and job (new passwords each time) and print the log-ins."""
    db = Database(settings.database_url)
    try:
        db.migrate()
        logins = db.call(seed_demo)
    finally:
        db.dispose()
    announce(logins, settings)
    return 0
