"""Answers lose the index on question_id

No query reads answers by question: a player's answer counts go through the round
(ix_round_player_id, then uq_answer_round_position). The index only cost every answer POST
one more B-tree insert at a random place, on the busiest write of a game.

Revision ID: c4a1f07d2b3e
Revises: 91ef45f14a77
Create Date: 2026-11-22 07:40:00.000000
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = 'c4a1f07d2b3e'
down_revision = '91ef45f14a77'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index('ix_answer_question_id', table_name='answer')


def downgrade():
    op.create_index('ix_answer_question_id', 'answer', ['question_id'], unique=False)
