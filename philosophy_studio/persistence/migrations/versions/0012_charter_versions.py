"""The charter's kept versions: its Markdown on a day, with a note of what changed, so
a team that revises its charter after a check-in keeps the history and can compare.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'charter_version',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_charter_version_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_version')),
        sa.UniqueConstraint('workshop_id', 'number', name=op.f('uq_charter_version_workshop_id')),
    )
    with op.batch_alter_table('charter_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_version_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('charter_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_version_workshop_id'))
    op.drop_table('charter_version')
