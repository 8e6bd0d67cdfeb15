"""Each workshop's own customer types, and the charter cover's logo and accent colour.

Until now a persona's customer type was one of five fixed retail types. Each workshop
now keeps its own list; every existing workshop gets those five, named in its own
language, under the keys its personas already hold, so no persona changes.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The retail set as this revision knew it (domain/customer_types.py may change later;
# a migration must not).
_RETAIL = {
    'en': [
        ('prospect', 'Prospect', 'Still comparing; wants quick, honest answers before deciding.'),
        ('new', 'New customer', 'Just bought; needs help getting started and reassurance it was right.'),
        ('impulse', 'Impulse buyer', 'Decides fast; easy to win with speed, easy to lose with friction.'),
        ('discount', 'Discount seeker', 'Comes for the price; clear terms and fairness keep them.'),
        ('loyal', 'Loyal customer', 'Comes back and recommends you; expects to be known and remembered.'),
    ],
    'tr': [
        ('prospect', 'Potansiyel müşteri',
         'Hâlâ karşılaştırıyor; karar vermeden önce hızlı ve dürüst yanıtlar ister.'),
        ('new', 'Yeni müşteri',
         'Yeni satın aldı; başlamak için yardıma ve doğru seçim yaptığına dair güvenceye ihtiyaç duyar.'),
        ('impulse', 'Anlık karar veren alıcı',
         'Hızlı karar verir; hızla kolay kazanılır, zorlukla kolay kaybedilir.'),
        ('discount', 'İndirim arayan müşteri', 'Fiyat için gelir; açık koşullar ve adil davranış onu tutar.'),
        ('loyal', 'Sadık müşteri', 'Tekrar gelir ve sizi önerir; tanınmayı ve hatırlanmayı bekler.'),
    ],
}

_workshop = sa.table(
    'workshop',
    sa.column('id', sa.Integer),
    sa.column('language', sa.String),
    sa.column('customer_types', sa.JSON),
)
_persona = sa.table('persona', sa.column('customer_type', sa.String))


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('workshop', sa.Column('customer_types', sa.JSON(), nullable=True))
    op.add_column('workshop', sa.Column('logo', sa.LargeBinary(), nullable=True))
    op.add_column('workshop', sa.Column('logo_mime', sa.String(length=32), nullable=True))
    op.add_column('workshop', sa.Column('accent_colour', sa.String(length=7), nullable=True))
    connection = op.get_bind()
    for language, types in _RETAIL.items():
        listed = [{'key': key, 'name': name, 'description': description} for key, name, description in types]
        # The row's version (SQLAlchemy's counter) is left alone: no client can hold an
        # edit of a list that did not exist.
        connection.execute(
            _workshop.update().where(_workshop.c.language == language).values(customer_types=listed)
        )
    # A workshop in a language this revision does not know gets the English names.
    connection.execute(
        _workshop.update()
        .where(_workshop.c.customer_types.is_(None))
        .values(customer_types=[{'key': k, 'name': n, 'description': d} for k, n, d in _RETAIL['en']])
    )


def downgrade() -> None:
    """Downgrade schema."""
    # The revisions before knew only the five retail types.
    retail = [key for key, _name, _description in _RETAIL['en']]
    op.get_bind().execute(
        _persona.update().where(_persona.c.customer_type.not_in(retail)).values(customer_type=None)
    )
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_column('accent_colour')
        batch_op.drop_column('logo_mime')
        batch_op.drop_column('logo')
        batch_op.drop_column('customer_types')
