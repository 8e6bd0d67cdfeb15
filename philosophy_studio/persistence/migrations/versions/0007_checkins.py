"""The check-ins planned after the workshop: a day each (a month, a quarter, half a year
on), so the plan is kept with the workshop and put in the team's calendars; and the
metrics' readings, a value a day, to see them against their targets.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'checkin',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'], ['workshop.id'], name=op.f('fk_checkin_workshop_id_workshop'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin')),
        sa.UniqueConstraint('workshop_id', 'day', name=op.f('uq_checkin_workshop_id')),
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_workshop_id'), ['workshop_id'], unique=False)
    op.create_table(
        'metric_reading',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('metric_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('value', sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_metric_reading_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_reading')),
        sa.UniqueConstraint('metric_id', 'day', name=op.f('uq_metric_reading_metric_id')),
    )
    with op.batch_alter_table('metric_reading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_metric_reading_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('metric_reading', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_metric_reading_workshop_id'))
    op.drop_table('metric_reading')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_workshop_id'))
    op.drop_table('checkin')
