"""``interviewer users add --role employer --email E --name N``: an account made by the
administrator. Employer accounts are made this way unless
INTERVIEWER_OPEN_EMPLOYER_REGISTRATION lets anyone register one.

The password is generated and printed once; the person changes nothing else to log in.
"""

from __future__ import annotations

import secrets
import sys

from argon2 import PasswordHasher
from pydantic import ValidationError

from server.errors import ConfigError, EmailTaken
from server.settings import Settings
from server.store import accounts
from server.store.db import Database
from server.web.schemas import RegisterIn


def add(settings: Settings, *, role: str, email: str, name: str) -> int:
    password = secrets.token_urlsafe(12)
    try:  # the same rules as a registration
        RegisterIn.model_validate(
            {"email": email, "name": name, "role": role, "password": password}
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"cannot add this account: {problems}") from exc
    db = Database(settings.database_url)
    try:
        db.migrate()
        user = db.call(
            accounts.create_user,
            email=email,
            name=name,
            role=role,
            password_hash=PasswordHasher().hash(password),
        )
    except EmailTaken as exc:
        raise ConfigError(f"an account with the e-mail {email} exists already") from exc
    finally:
        db.dispose()
    sys.stdout.write(
        f"added {role} {user.email} ({name}); password: {password}\n"
        f"log in at http://{settings.host}:{settings.port}/login\n"
    )
    return 0
