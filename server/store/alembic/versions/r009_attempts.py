"""Retakes: an interview is one *attempt* of a candidate at a job. Existing interviews are
attempt 1; the unique key becomes (job, candidate, attempt).

PostgreSQL changes the table in place. SQLite cannot drop a table's UNIQUE constraint, so
the table is rebuilt (its documented twelve steps): new table, rows copied, old table
dropped, new one renamed, indexes made again. The caller runs SQLite's upgrade with
foreign keys off (:func:`server.store.migrations.migrate`), so dropping the old table
does not cascade to the transcripts, and checks them afterwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "009_attempts"
down_revision = "008_assessments"
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, job_id, candidate_id, job_spec, state, phase, version, model_name, model_sha256,"
    " decoding, prompt_version, grammar_version, bid_cents, confirmed_at, submitted_at,"
    " created_at, updated_at, consented_at, review_flags"
)


def _sqlite_table(unique: str, attempt: bool) -> str:
    attempt_column = "attempt INTEGER DEFAULT '1' NOT NULL," if attempt else ""
    return f"""CREATE TABLE _new_interviews (
    id INTEGER NOT NULL,
    job_id INTEGER NOT NULL,
    candidate_id INTEGER NOT NULL,
    job_spec JSON NOT NULL,
    state JSON NOT NULL,
    phase VARCHAR(16) NOT NULL,
    version INTEGER NOT NULL,
    model_name VARCHAR(200) NOT NULL,
    model_sha256 VARCHAR(64) NOT NULL,
    decoding JSON NOT NULL,
    prompt_version VARCHAR(64) NOT NULL,
    grammar_version VARCHAR(64) NOT NULL,
    bid_cents BIGINT,
    confirmed_at DATETIME,
    submitted_at DATETIME,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    consented_at DATETIME,
    review_flags JSON,
    {attempt_column}
    PRIMARY KEY (id),
    {unique},
    FOREIGN KEY(job_id) REFERENCES jobs (id) ON DELETE CASCADE,
    FOREIGN KEY(candidate_id) REFERENCES users (id) ON DELETE CASCADE
)"""


def _sqlite_rebuild(unique: str, *, attempt: bool) -> None:
    op.execute(_sqlite_table(unique, attempt))
    columns = _COLUMNS
    op.execute(f"INSERT INTO _new_interviews ({columns}) SELECT {columns} FROM interviews")  # noqa: S608
    op.execute("DROP TABLE interviews")
    op.execute("ALTER TABLE _new_interviews RENAME TO interviews")
    op.execute("CREATE INDEX ix_interviews_candidate_id ON interviews (candidate_id)")
    op.execute("CREATE INDEX ix_interviews_job_id ON interviews (job_id)")


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        _sqlite_rebuild(
            "CONSTRAINT uq_interview_attempt UNIQUE (job_id, candidate_id, attempt)", attempt=True
        )
        return
    op.add_column(
        "interviews", sa.Column("attempt", sa.Integer, nullable=False, server_default="1")
    )
    op.drop_constraint("uq_interview_job_candidate", "interviews", type_="unique")
    op.create_unique_constraint(
        "uq_interview_attempt", "interviews", ["job_id", "candidate_id", "attempt"]
    )


def downgrade() -> None:
    # Only the first attempts survive a downgrade: the old key allows one per candidate.
    op.execute("DELETE FROM interviews WHERE attempt > 1")
    if op.get_context().dialect.name == "sqlite":
        _sqlite_rebuild(
            "CONSTRAINT uq_interview_job_candidate UNIQUE (job_id, candidate_id)", attempt=False
        )
        return
    op.drop_constraint("uq_interview_attempt", "interviews", type_="unique")
    op.create_unique_constraint(
        "uq_interview_job_candidate", "interviews", ["job_id", "candidate_id"]
    )
    op.drop_column("interviews", "attempt")
