"""``interviewer db upgrade [--sql [--from REV] [--to REV]] | db current``: the schema.

The app migrates its database at every start; these commands let an administrator do it
beforehand, see where a database stands, or (``--sql``) print every statement of an
upgrade for a DBA to review and run by hand, without connecting to anything.
"""

from __future__ import annotations

import sys

from server.settings import Settings
from server.store import migrations
from server.store.db import Database


def upgrade(settings: Settings) -> int:
    """Migrate the configured database to the newest revision; say what was applied."""
    db = Database(settings.database_url)
    try:
        done = db.migrate()
        now = migrations.current(db.engine)
    finally:
        db.dispose()
    if done:
        sys.stdout.write(f"applied {', '.join(done)}; the database is at {now}\n")
    else:
        sys.stdout.write(f"nothing to do: the database is at {now}, the newest revision\n")
    return 0


def upgrade_sql(settings: Settings, *, start: str | None, upto: str | None) -> int:
    """Print the SQL of an upgrade for the configured database's dialect (not connected)."""
    sys.stdout.write(migrations.upgrade_sql(settings.database_url, start=start, upto=upto))
    return 0


def current(settings: Settings) -> int:
    """Print the database's revision and the revisions it still lacks."""
    db = Database(settings.database_url)
    try:
        revision = migrations.current(db.engine)
        legacy = migrations.legacy_revision(db.engine)
    finally:
        db.dispose()
    names = migrations.revisions()
    at = legacy or revision
    pending = names[names.index(at) + 1 :] if at is not None else names
    if legacy is not None:
        sys.stdout.write(
            f"{legacy} (recorded by the migrations before Alembic; it is stamped at that"
            " revision by the next start or `interviewer db upgrade`)\n"
        )
    else:
        sys.stdout.write(f"{revision or 'blank database, no revision'}\n")
    if pending:
        sys.stdout.write(
            f"pending: {', '.join(pending)} (`interviewer db upgrade` applies them,"
            " `--sql` prints them)\n"
        )
    else:
        sys.stdout.write("up to date\n")
    return 0
