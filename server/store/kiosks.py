"""Store functions for kiosks: a job's links for shared devices, and the accounts made there.

A kiosk account has no password (its hash is a marker argon2 refuses), so nobody can log
in to it with one; it lives only as long as its kiosk log-in.
"""

from __future__ import annotations

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


def create_candidate(session: Session, *, kiosk: Kiosk, name: str, email: str | None) -> User:
    """A passwordless candidate account for one person at this kiosk. Without an e-mail,
    the account gets a placeholder address no mail can reach."""
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
    )
    session.add(user)
    session.flush()
    return user
