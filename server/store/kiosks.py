"""Store functions for kiosks: a job's links for shared devices, and the accounts made there.

A kiosk account has no password (its hash is a marker argon2 refuses), so nobody can log
in to it with one. Its person comes back only with the resume code the kiosk showed them,
of which only the sha256 is kept.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlmodel import Session, select

from server.errors import EmailTaken
from server.store import ids
from server.store.accounts import get_user_by_email, normalise_email
from server.store.tables import Kiosk, User, utcnow

# Not an argon2 hash: every password check against it fails.
NO_PASSWORD = "!kiosk: no password"  # noqa: S105 - a marker no hash check accepts
PLACEHOLDER_DOMAIN = "kiosk.invalid"  # RFC 2606: never a real address


def create_kiosk(session: Session, *, job_id: int, token_hash: str) -> Kiosk:
    kiosk = Kiosk(
        id=ids.allocate(session, "kiosks"),
        job_id=job_id,
        token_hash=token_hash,
        created_at=utcnow(),
    )
    session.add(kiosk)
    session.flush()
    return kiosk


def kiosk_by_token(session: Session, *, token_hash: str) -> Kiosk | None:
    return session.exec(select(Kiosk).where(Kiosk.token_hash == token_hash)).first()


# Resume codes: 8 characters without look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_resume_code() -> str:
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def resume_code_hash(code: str) -> str:
    """The stored form of a code as typed: case, spaces and dashes do not matter."""
    plain = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(plain.encode()).hexdigest()


def user_by_resume_code(session: Session, *, code: str) -> User | None:
    return session.exec(select(User).where(User.resume_code_hash == resume_code_hash(code))).first()


def create_candidate(
    session: Session, *, kiosk: Kiosk, name: str, email: str | None, resume_code: str
) -> User:
    """A passwordless candidate account for one person at this kiosk, who can come back
    with ``resume_code``. Without an e-mail, the account gets a placeholder address no
    mail can reach."""
    if email:
        email = normalise_email(email)
        if get_user_by_email(session, email=email) is not None:
            raise EmailTaken(email)
    else:
        email = f"visitor-{secrets.token_hex(6)}@{PLACEHOLDER_DOMAIN}"
    user = User(
        id=ids.allocate(session, "users"),
        email=email,
        name=name,
        role="candidate",
        password_hash=NO_PASSWORD,
        created_at=utcnow(),
        kiosk_id=kiosk.id,
        resume_code_hash=resume_code_hash(resume_code),
    )
    session.add(user)
    session.flush()
    return user
