"""The survey asked again at a check-in: each answer names its round (None: the
workshop's own; a check-in's day otherwise), and the workshop the round that new
answers join, so the rounds' words can be compared.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Nullable columns without constraints: SQLite adds them in place, so the answers
    # table (no rowid, rows in the order of their random key) is not rebuilt.
    op.add_column('survey_answer', sa.Column('round_day', sa.Date(), nullable=True))
    op.add_column('workshop', sa.Column('survey_round', sa.Date(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_column('survey_round')
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_column('round_day')
