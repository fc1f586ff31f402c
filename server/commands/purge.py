"""``interviewer purge [--dry-run]``: what is past its retention period goes."""

from __future__ import annotations

import sys

from server.settings import Settings
from server.store import privacy
from server.store.db import Database


def purge(settings: Settings, *, dry_run: bool = False) -> int:
    """Delete interviews past their job's retention period (and expired log-ins); say how many.

    Meant for a daily timer (cron, systemd). Each deleted interview is put on the audit log.
    """
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
