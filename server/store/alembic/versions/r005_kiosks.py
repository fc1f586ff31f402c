"""Kiosks: a job's shared-device links; which log-ins and accounts a kiosk made."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "005_kiosks"
down_revision = "004_id_allocations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "job_id",
            sa.Integer,
            sa.ForeignKey("jobs.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.add_column("auth_sessions", sa.Column("kiosk_id", sa.Integer(), nullable=True))
    op.add_column("users", sa.Column("kiosk_id", sa.Integer(), nullable=True))
    op.add_column("users", sa.Column("resume_code_hash", sa.String(64), nullable=True))
    op.create_index("ix_users_resume_code_hash", "users", ["resume_code_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_users_resume_code_hash", table_name="users")
    op.drop_column("users", "resume_code_hash")
    op.drop_column("users", "kiosk_id")
    op.drop_column("auth_sessions", "kiosk_id")
    op.drop_table("kiosks")
