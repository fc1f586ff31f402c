"""Consent and retention per job, consent and review flags per interview, an audit log."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "003_trust"
down_revision = "002_message_response"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "jobs",
        sa.Column(
            "requires_consent", sa.Boolean(), nullable=False, server_default=sa.text("FALSE")
        ),
    )
    op.add_column("jobs", sa.Column("retention_days", sa.Integer(), nullable=True))
    op.add_column("interviews", sa.Column("consented_at", sa.DateTime(), nullable=True))
    op.add_column("interviews", sa.Column("review_flags", sa.JSON(), nullable=True))
    # No foreign keys: the log outlives the accounts and records it names.
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=True, index=True),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("job_id", sa.Integer, nullable=True),
        sa.Column("interview_id", sa.Integer, nullable=True, index=True),
        sa.Column("candidate_id", sa.Integer, nullable=True, index=True),
        sa.Column("detail", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_column("interviews", "review_flags")
    op.drop_column("interviews", "consented_at")
    op.drop_column("jobs", "retention_days")
    op.drop_column("jobs", "requires_consent")
