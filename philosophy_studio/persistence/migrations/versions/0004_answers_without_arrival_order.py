"""Answers without arrival order: SQLite's survey_answer table loses its rowid, which
numbered the answers in the order they came in; the rows now sit in the order of their
random key. On PostgreSQL the table is rewritten in that order once (see
repository.shuffle_answers, which keeps doing so).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_COLUMNS = "id, workshop_id, text, source, hidden, submission_token"


def _rebuild_sqlite(rowid: bool) -> None:
    op.execute(
        "CREATE TABLE survey_answer_rebuilt ("
        "id VARCHAR(36) NOT NULL, "
        "workshop_id INTEGER NOT NULL, "
        "text TEXT NOT NULL, "
        "source VARCHAR(16) NOT NULL, "
        "hidden BOOLEAN NOT NULL, "
        "submission_token VARCHAR(64), "
        "CONSTRAINT pk_survey_answer PRIMARY KEY (id), "
        "CONSTRAINT fk_survey_answer_workshop_id_workshop FOREIGN KEY(workshop_id) "
        "REFERENCES workshop (id) ON DELETE CASCADE, "
        "CONSTRAINT uq_survey_answer_submission_token UNIQUE (submission_token))"
        + ("" if rowid else " WITHOUT ROWID")
    )
    op.execute(
        f"INSERT INTO survey_answer_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM survey_answer ORDER BY id"
    )
    op.execute("DROP TABLE survey_answer")
    op.execute("ALTER TABLE survey_answer_rebuilt RENAME TO survey_answer")
    op.execute("CREATE INDEX ix_survey_answer_workshop_id ON survey_answer (workshop_id)")


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(rowid=False)
    else:
        op.execute("CLUSTER survey_answer USING pk_survey_answer")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(rowid=True)
