"""Store functions for kiosks: a job's links for shared devices, and the accounts made there.

A kiosk account has no password (its hash is a marker argon2 refuses), so nobody can log
in to it with one. Its person comes back only with the resume code the kiosk showed them,
of which only the sha256 is kept.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlmodel import Session, select

from server.store import ids
from server.store.accounts import normalise_email
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


def reachable_email(user: User) -> str:
    """The e-mail that reaches this person: the contact they gave, else their log-in
    e-mail unless it is a kiosk placeholder ("" then)."""
    if user.contact_email:
        return user.contact_email
    return "" if user.email.endswith(f"@{PLACEHOLDER_DOMAIN}") else user.email


def create_candidate(
    session: Session, *, kiosk: Kiosk, name: str, email: str | None, resume_code: str
) -> User:
    """A passwordless candidate account for one person at this kiosk, who can come back
    with ``resume_code``. It logs in with nothing but that code, so its log-in e-mail is a
    placeholder no mail can reach; an e-mail the person gives is kept as their contact,
    whether or not another account logs in with it (the kiosk does not tell)."""
    contact = normalise_email(email) if email else None
    placeholder = f"visitor-{secrets.token_hex(6)}@{PLACEHOLDER_DOMAIN}"
    user = User(
        id=ids.allocate(session, "users"),
        email=placeholder,
        contact_email=contact,
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
