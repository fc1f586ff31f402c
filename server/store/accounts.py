"""Store functions for accounts and server-side log-in sessions."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from server.errors import EmailTaken
from server.store import audit, ids
from server.store.tables import AppSecret, AuthSession, User, require, utcnow


def normalise_email(email: str) -> str:
    return email.strip().casefold()


def create_user(session: Session, *, email: str, name: str, role: str, password_hash: str) -> User:
    email = normalise_email(email)
    if session.exec(select(User).where(User.email == email)).first() is not None:
        raise EmailTaken(email)
    user = User(
        id=ids.allocate(session, "users"),
        email=email,
        name=name,
        role=role,
        password_hash=password_hash,
        created_at=utcnow(),
    )
    session.add(user)
    try:
        session.flush()
    except sa.exc.IntegrityError as exc:  # a concurrent registration won the race
        raise EmailTaken(email) from exc
    return user


def note_registration_attempt(session: Session, *, user_id: int) -> None:
    """Someone registered with this account's e-mail and another password: the owner sees
    it on their account page and in their data export. Nothing about the attempt but its
    time is kept."""
    audit.record(
        session,
        actor=None,
        actor_role="anonymous",
        action="registration_attempt",
        candidate_id=user_id,
    )


def registration_attempts(session: Session, *, user_id: int, limit: int = 5) -> list[datetime]:
    """When the latest attempts to register with this account's e-mail were, newest first."""
    found = audit.entries(session, candidate_id=user_id, action="registration_attempt")
    return [entry.at for entry in reversed(found[-limit:])]


def get_user_by_email(session: Session, *, email: str) -> User | None:
    return session.exec(select(User).where(User.email == normalise_email(email))).first()


def set_password(session: Session, *, user_id: int, password_hash: str) -> None:
    user = require(session, User, user_id)
    user.password_hash = password_hash
    session.add(user)
    # A new password ends every log-in made with the old one.
    session.exec(sa.delete(AuthSession).where(col(AuthSession.user_id) == user_id))


# A log-in's last request is written at most this often (not on every request).
SEEN_STEP = timedelta(seconds=10)


@dataclass(frozen=True)
class LogIn:
    user: User
    kiosk_id: int | None  # made at this kiosk: no account pages, a short idle limit


def create_session(
    session: Session,
    *,
    session_id: str,
    user_id: int,
    ttl: timedelta,
    replaces: str | None = None,
    kiosk_id: int | None = None,
) -> AuthSession:
    """Store a new log-in; ``replaces`` (the id the browser came with) is deleted: rotation."""
    now = utcnow()
    if replaces is not None:
        session.exec(sa.delete(AuthSession).where(col(AuthSession.id) == replaces))
    row = AuthSession(
        id=session_id,
        user_id=user_id,
        created_at=now,
        expires_at=now + ttl,
        last_seen_at=now,
        kiosk_id=kiosk_id,
    )
    session.add(row)
    session.flush()
    return row


def session_login(
    session: Session,
    *,
    session_id: str,
    idle: timedelta,
    kiosk_idle: timedelta,
    now: datetime | None = None,
) -> LogIn | None:
    """The live log-in with this id, or None when it is unknown, past its lifetime or idle
    for longer than ``idle`` (``kiosk_idle`` for one made at a kiosk); a dead one is deleted.
    """
    now = now or utcnow()
    row = session.get(AuthSession, session_id)
    if row is None:
        return None
    limit = kiosk_idle if row.kiosk_id is not None else idle
    if row.expires_at <= now or row.last_seen_at + limit <= now:
        session.delete(row)
        return None
    if now - row.last_seen_at >= SEEN_STEP:
        row.last_seen_at = now
        session.add(row)
    user = session.get(User, row.user_id)
    return None if user is None else LogIn(user, row.kiosk_id)


def delete_session(session: Session, *, session_id: str) -> None:
    session.exec(sa.delete(AuthSession).where(col(AuthSession.id) == session_id))


def count_users(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.count()).select_from(User)) or 0)


def rehash_password(session: Session, *, user_id: int, password_hash: str) -> None:
    """Store a stronger hash of the same password (log-ins stay valid)."""
    user = session.get(User, user_id)
    if user is not None:
        user.password_hash = password_hash
        session.add(user)


def app_secret(session: Session, *, name: str) -> str:
    """A random secret made on first use and kept in the database from then on."""
    row = session.get(AppSecret, name)
    if row is None:
        row = AppSecret(name=name, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return row.value
