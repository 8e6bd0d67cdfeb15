"""The staff pulse of each check-in: one row per respondent, named by the check-in's
day, holding per value two ratings and an example. Like survey_answer it has a random
key and, on SQLite, no rowid: nothing in it tells who answered after whom.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'pulse_response',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('ratings', sa.JSON(), nullable=False),
        sa.Column('submission_token', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_pulse_response_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pulse_response')),
        sa.UniqueConstraint('submission_token', name=op.f('uq_pulse_response_submission_token')),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table('pulse_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pulse_response_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('pulse_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pulse_response_workshop_id'))
    op.drop_table('pulse_response')
