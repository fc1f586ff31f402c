"""Row ids that are never handed out twice.

SQLite gives a new row the highest id in use plus one, so after the newest account,
job or interview is deleted its id went to the next one: the next person's data
export then showed the deleted person's access log, and an employer's earlier audit
entries pointed at someone else's interview. ``id_allocations`` remembers the highest
id ever given per table; :func:`allocate` hands out the next one inside the caller's
transaction.

Two transactions may allocate at once on PostgreSQL (SQLite has one writer). The
counter is therefore moved on by one ``UPDATE … RETURNING``: the second transaction
waits on the row the first updated and, once that one commits, counts on from its
value. Reading the counter and writing it back in two statements gave both the same id;
one of them then failed on the table's primary key (a registration was lost, an
interview could not be opened).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

# The tables whose ids reach audit entries, exports and links.
TABLES = ("users", "jobs", "interviews", "kiosks")


def allocate(session: Session, table: str) -> int:
    """The next id for ``table``: above every id it has ever had."""
    if table not in TABLES:
        raise ValueError(f"ids of {table!r} are not allocated here")
    session.flush()  # rows the caller added first count in the table's highest id
    # The first allocation for a table makes its counter row; a concurrent first one
    # waits for that row and leaves it be.
    session.execute(
        sa.text(
            "INSERT INTO id_allocations (table_name, last_id) VALUES (:table, 0) "
            "ON CONFLICT (table_name) DO NOTHING"
        ),
        {"table": table},
    )
    # The table's highest id counts too: rows made before the counter existed.
    greatest = "max" if session.get_bind().dialect.name == "sqlite" else "greatest"
    new_id = session.execute(
        sa.text(
            f"UPDATE id_allocations SET last_id = {greatest}(last_id, "  # noqa: S608
            f"(SELECT coalesce(max(id), 0) FROM {table})) + 1 "
            "WHERE table_name = :table RETURNING last_id"
        ),
        {"table": table},
    ).scalar_one()
    return int(new_id)
