"""Customers' feedback: comments with an optional score, day and channel, in a table of
their own that only the feedback's services read (a workshop's edits never load a
million comments), and one record per imported export (its rows and a digest of them)
so that a longer export of the same file adds only its new rows. No name, address,
time of day or per-row fingerprint is stored.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'feedback_comment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('score', sa.SmallInteger(), nullable=True),
        sa.Column('day', sa.Date(), nullable=True),
        sa.Column('channel', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_feedback_comment_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_comment')),
    )
    with op.batch_alter_table('feedback_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_comment_workshop_id'), ['workshop_id'], unique=False)
    op.create_table(
        'feedback_import',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('scale', sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ['workshop_id'],
            ['workshop.id'],
            name=op.f('fk_feedback_import_workshop_id_workshop'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_import')),
    )
    with op.batch_alter_table('feedback_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_import_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('feedback_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_import_workshop_id'))
    op.drop_table('feedback_import')
    with op.batch_alter_table('feedback_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_comment_workshop_id'))
    op.drop_table('feedback_comment')
