"""Survey imports: each imported form export is remembered by its number of rows and a
digest of its sorted answer cells, so a later export of the same form adds only its new
rows. No time and no link to an answer is stored.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('survey_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_survey_import_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_import'))
    )
    with op.batch_alter_table('survey_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_import_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('survey_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_import_workshop_id'))

    op.drop_table('survey_import')
