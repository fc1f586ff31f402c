"""Rubric assessments: each key point's judgement (the model's and the one that stands),
their append-only history, and the queue of answers waiting to be judged."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "008_assessments"
down_revision = "007_shared_state"
branch_labels = None
depends_on = None


def _interview_id() -> sa.Column[int]:
    return sa.Column(
        "interview_id",
        sa.Integer,
        sa.ForeignKey("interviews.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        _interview_id(),
        sa.Column("question_key", sa.String(48), nullable=False),
        sa.Column("point_index", sa.Integer, nullable=False),
        sa.Column("point", sa.String(300), nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("model_judgement", sa.String(16), nullable=False),
        sa.Column("quote", sa.Text, nullable=True),
        sa.Column("model_name", sa.String(200), nullable=False),
        sa.Column("judged_at", sa.DateTime(), nullable=False),
        sa.Column("judgement", sa.String(16), nullable=False),
        sa.Column("note", sa.String(1000), nullable=True),
        sa.Column("author_id", sa.Integer, nullable=True),
        sa.Column("overridden_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint(
            "interview_id", "question_key", "point_index", name="uq_assessment_point"
        ),
    )
    op.create_table(
        "assessment_history",
        sa.Column("id", sa.Integer, primary_key=True),
        _interview_id(),
        sa.Column("question_key", sa.String(48), nullable=False),
        sa.Column("point_index", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=True),
        sa.Column("model_name", sa.String(200), nullable=True),
        sa.Column("old_judgement", sa.String(16), nullable=True),
        sa.Column("new_judgement", sa.String(16), nullable=False),
        sa.Column("quote", sa.Text, nullable=True),
        sa.Column("note", sa.String(1000), nullable=True),
    )
    op.create_table(
        "judging_queue",
        sa.Column("id", sa.Integer, primary_key=True),
        _interview_id(),
        sa.Column("question_key", sa.String(48), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("not_before", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("interview_id", "question_key", name="uq_judging_question"),
    )


def downgrade() -> None:
    op.drop_table("judging_queue")
    op.drop_table("assessment_history")
    op.drop_table("assessments")
