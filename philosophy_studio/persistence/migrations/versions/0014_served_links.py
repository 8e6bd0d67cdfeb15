"""Where the survey service serves each form: its link and the join page's address, so
the app on a facilitator's laptop, wherever it is, shows the link, QR code and join
code of a survey that a service runs between meetings.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('phone_form_secret', sa.Column('link', sa.String(length=400), nullable=True))
    op.add_column('phone_form_secret', sa.Column('join_link', sa.String(length=400), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('phone_form_secret', schema=None) as batch_op:
        batch_op.drop_column('join_link')
        batch_op.drop_column('link')
