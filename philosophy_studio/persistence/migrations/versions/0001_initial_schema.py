"""Initial schema: the whole method, from personas to the sharing plan.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('approach', sa.String(length=32), nullable=True),
    sa.Column('approach_notes', sa.Text(), nullable=False),
    sa.Column('value_set_name', sa.String(length=200), nullable=False),
    sa.Column('survey_question', sa.Text(), nullable=False),
    sa.Column('survey_open', sa.Boolean(), nullable=False),
    sa.Column('min_respondents', sa.Integer(), nullable=False),
    sa.Column('keep_question_words', sa.Boolean(), nullable=False),
    sa.Column('chosen_vision_id', sa.Integer(), nullable=True),
    sa.Column('step_timers', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('analysis_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_analysis_rule_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_analysis_rule'))
    )
    with op.batch_alter_table('analysis_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_analysis_rule_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('persona',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('segment', sa.String(length=32), nullable=True),
    sa.Column('customer_type', sa.String(length=32), nullable=True),
    sa.Column('demographics', sa.Text(), nullable=False),
    sa.Column('availability', sa.String(length=32), nullable=True),
    sa.Column('custom_hours', sa.String(length=200), nullable=False),
    sa.Column('first_response', sa.String(length=200), nullable=False),
    sa.Column('tone', sa.Integer(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('pains', sa.JSON(), nullable=False),
    sa.Column('opportunities', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_persona_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persona'))
    )
    with op.batch_alter_table('persona', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persona_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('sharing_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('when', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_sharing_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sharing_item'))
    )
    with op.batch_alter_table('sharing_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sharing_item_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('survey_answer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('submission_token', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_survey_answer_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answer')),
    sa.UniqueConstraint('submission_token', name=op.f('uq_survey_answer_submission_token'))
    )
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answer_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('value_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=32), nullable=False),
    sa.Column('cluster', sa.String(length=200), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('selected_rank', sa.Integer(), nullable=True),
    sa.Column('leader_commitment', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['value_card.id'], name=op.f('fk_value_card_merged_into_id_value_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_value_card_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_card'))
    )
    with op.batch_alter_table('value_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_value_card_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('vision_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_vision_draft_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vision_draft'))
    )
    with op.batch_alter_table('vision_draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vision_draft_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('voting_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('dots_per_person', sa.Integer(), nullable=False),
    sa.Column('max_per_card', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('revealed', sa.Boolean(), nullable=False),
    sa.Column('voters', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_voting_round_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_round'))
    )
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_round_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('behaviour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['value_card.id'], name=op.f('fk_behaviour_card_id_value_card'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_behaviour'))
    )
    with op.batch_alter_table('behaviour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_behaviour_card_id'), ['card_id'], unique=False)

    op.create_table('guideline_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['value_card.id'], name=op.f('fk_guideline_answer_card_id_value_card'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guideline_answer')),
    sa.UniqueConstraint('card_id', 'question', name=op.f('uq_guideline_answer_card_id'))
    )
    with op.batch_alter_table('guideline_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guideline_answer_card_id'), ['card_id'], unique=False)

    op.create_table('metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('frequency', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['value_card.id'], name=op.f('fk_metric_card_id_value_card'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric'))
    )
    with op.batch_alter_table('metric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_metric_card_id'), ['card_id'], unique=False)

    op.create_table('value_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['value_card.id'], name=op.f('fk_value_evidence_card_id_value_card'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_evidence'))
    )
    with op.batch_alter_table('value_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_value_evidence_card_id'), ['card_id'], unique=False)

    op.create_table('vote_tally',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['value_card.id'], name=op.f('fk_vote_tally_card_id_value_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_vote_tally_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'card_id', name=op.f('pk_vote_tally'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('vote_tally')
    with op.batch_alter_table('value_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_value_evidence_card_id'))

    op.drop_table('value_evidence')
    with op.batch_alter_table('metric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_metric_card_id'))

    op.drop_table('metric')
    with op.batch_alter_table('guideline_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guideline_answer_card_id'))

    op.drop_table('guideline_answer')
    with op.batch_alter_table('behaviour', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_behaviour_card_id'))

    op.drop_table('behaviour')
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_round_workshop_id'))

    op.drop_table('voting_round')
    with op.batch_alter_table('vision_draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vision_draft_workshop_id'))

    op.drop_table('vision_draft')
    with op.batch_alter_table('value_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_value_card_workshop_id'))

    op.drop_table('value_card')
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answer_workshop_id'))

    op.drop_table('survey_answer')
    with op.batch_alter_table('sharing_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sharing_item_workshop_id'))

    op.drop_table('sharing_item')
    with op.batch_alter_table('persona', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persona_workshop_id'))

    op.drop_table('persona')
    with op.batch_alter_table('analysis_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_analysis_rule_workshop_id'))

    op.drop_table('analysis_rule')
    op.drop_table('workshop')
