"""The survey service's shared secrets: several service processes behind one proxy
serve the same link, join code and signed form nonces of each workshop, so these live
in the database, one row per form, with nothing about a phone or a moment.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'phone_form_secret',
        sa.Column('scope', sa.String(length=32), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=True),
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('mount', sa.String(length=64), nullable=False),
        sa.Column('join_code', sa.String(length=16), nullable=False),
        sa.Column('signing_key', sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_phone_form_secret_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('scope', name=op.f('pk_phone_form_secret')),
    )
    with op.batch_alter_table('phone_form_secret', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_form_secret_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('phone_form_secret', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_form_secret_workshop_id'))
    op.drop_table('phone_form_secret')
