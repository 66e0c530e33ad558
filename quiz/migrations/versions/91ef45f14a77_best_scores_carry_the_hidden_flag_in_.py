"""Best scores carry the hidden flag, in the rank index

A board's size and a player's rank are then counted inside ix_best_rank, with no visit to
the player table for each row.

Revision ID: 91ef45f14a77
Revises: dedb96ccccd7
Create Date: 2026-11-21 22:40:03.350506
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '91ef45f14a77'
down_revision = 'dedb96ccccd7'
branch_labels = None
depends_on = None

RANK_COLUMNS = [sa.literal_column('score DESC'), 'time_ms', 'finished_at', 'player_id']


# Plain ALTERs, no batch: both databases can add a column with a constant default and
# swap an index, and a batch rebuild on SQLite cannot copy the index's "score DESC".
def upgrade():
    op.add_column('best_score', sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.drop_index('ix_best_rank', table_name='best_score')
    op.create_index('ix_best_rank', 'best_score', ['board', 'period', 'hidden', *RANK_COLUMNS], unique=False)
    # players hidden before this revision stay hidden
    op.execute(
        "UPDATE best_score SET hidden = "
        "(SELECT player.hidden FROM player WHERE player.id = best_score.player_id)"
    )


def downgrade():
    op.drop_index('ix_best_rank', table_name='best_score')
    with op.batch_alter_table('best_score', schema=None) as batch_op:  # SQLite: DROP COLUMN
        batch_op.drop_column('hidden')
    op.create_index('ix_best_rank', 'best_score', ['board', 'period', *RANK_COLUMNS], unique=False)
