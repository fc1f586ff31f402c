"""Row ids that are never handed out twice.

SQLite gives a new row the highest id in use plus one, so after the newest account,
job or interview is deleted its id went to the next one: the next person's data
export then showed the deleted person's access log, and an employer's earlier audit
entries pointed at someone else's interview. ``id_allocations`` remembers the highest
id ever given per table; :func:`allocate` hands out the next one inside the caller's
transaction (the database has one writer, so two writers never take the same id).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from server.store.tables import IdAllocation

# The tables whose ids reach audit entries, exports and links.
TABLES = ("users", "jobs", "interviews", "kiosks")


def allocate(session: Session, table: str) -> int:
    """The next id for ``table``: above every id it has ever had."""
    if table not in TABLES:
        raise ValueError(f"ids of {table!r} are not allocated here")
    row = session.get(IdAllocation, table)
    highest = session.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar()  # noqa: S608
    new_id = max(row.last_id if row else 0, highest or 0) + 1
    if row is None:
        row = IdAllocation(table_name=table, last_id=new_id)
    else:
        row.last_id = new_id
    session.add(row)
    return new_id
