"""State that several web processes share: leases (an interview's turn lock, a message
in flight) and the rate limits' recent hits."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "007_shared_state"
down_revision = "006_contact_email"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leases",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.create_index("ix_leases_expires_at", "leases", ["expires_at"])
    op.create_table(
        "rate_windows",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("hits", sa.JSON(), nullable=False),
        sa.Column("last_at", sa.Float, nullable=False),
    )
    op.create_index("ix_rate_windows_last_at", "rate_windows", ["last_at"])


def downgrade() -> None:
    op.drop_index("ix_rate_windows_last_at", table_name="rate_windows")
    op.drop_table("rate_windows")
    op.drop_index("ix_leases_expires_at", table_name="leases")
    op.drop_table("leases")
