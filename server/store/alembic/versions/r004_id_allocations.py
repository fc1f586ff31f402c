"""The highest id ever given per table, so a deleted row's id is never reused."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "004_id_allocations"
down_revision = "003_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "id_allocations",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("last_id", sa.Integer, nullable=False),
    )
    # In SQL, not read into Python: the --sql output carries it for a DBA to run.
    for name in ("users", "jobs", "interviews"):
        op.execute(
            "INSERT INTO id_allocations (table_name, last_id)"  # noqa: S608  (constant names)
            f" SELECT '{name}', COALESCE(MAX(id), 0) FROM {name}"
        )


def downgrade() -> None:
    op.drop_table("id_allocations")
