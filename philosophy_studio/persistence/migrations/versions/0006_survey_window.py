"""A survey's window: the survey may open and close on its own, at a minute given in
advance (a survey that runs for a week between meetings). Both are UTC, to the minute;
none of an answer's own times is stored.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Nullable columns without a default: both SQLite and PostgreSQL add them in place.
    op.add_column('workshop', sa.Column('survey_open_from', sa.DateTime(), nullable=True))
    op.add_column('workshop', sa.Column('survey_open_until', sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_column('survey_open_until')
        batch_op.drop_column('survey_open_from')
