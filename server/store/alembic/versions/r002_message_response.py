"""Keep the response of each completed turn so a retried post can replay it."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "002_message_response"
down_revision = "001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("response", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "response")
