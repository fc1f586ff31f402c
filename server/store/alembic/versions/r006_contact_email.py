"""A contact e-mail apart from the log-in e-mail: a kiosk account's person may give one
that another account already logs in with, and a kiosk start must not tell them so."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "006_contact_email"
down_revision = "005_kiosks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("contact_email", sa.String(320), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "contact_email")
