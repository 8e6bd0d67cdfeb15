"""At each check-in, where the leaders' commitment for each value stands (not started,
in progress, done) with a note: the method's "walk the talk", looked at again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'commitment_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_commitment_review_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_review')),
        sa.UniqueConstraint('workshop_id', 'day', 'card_id', name=op.f('uq_commitment_review_workshop_id')),
    )
    with op.batch_alter_table('commitment_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_review_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('commitment_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_review_workshop_id'))
    op.drop_table('commitment_review')
