"""A sharing-plan item's own place: "Where" may name a place no channel covers (the
bill's envelope, the shop window), printed on the charter instead of "Other".

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Both SQLite and PostgreSQL add a NOT NULL column with a default in place.
    op.add_column(
        'sharing_item', sa.Column('place', sa.String(length=200), nullable=False, server_default='')
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('sharing_item', schema=None) as batch_op:
        batch_op.drop_column('place')
