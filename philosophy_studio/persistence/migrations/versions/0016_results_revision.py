"""Each workshop's results revision: a counter that every write to its survey answers
or check-in pulse responses moves on, so that the apps on a team database notice
another's new, hidden or moved answers by reading one number instead of counting up
to 100,000 rows after every edit and every poll.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_workshop = sa.table('workshop', sa.column('id', sa.Integer))
_revision = sa.table(
    'workshop_revision', sa.column('workshop_id', sa.Integer), sa.column('results', sa.Integer)
)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'workshop_revision',
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('results', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_workshop_revision_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_workshop_revision')),
    )
    # Every existing workshop starts at 0; a client that polled before the upgrade
    # held a fingerprint of the old shape, which differs anyway.
    op.get_bind().execute(
        _revision.insert().from_select(['workshop_id', 'results'], sa.select(_workshop.c.id, sa.literal(0)))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('workshop_revision')
