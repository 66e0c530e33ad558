"""A heartbeat row for the health check's write; 64-bit time columns; folded nickname keys

GET /healthz rewrites the heartbeat row, so a database that still reads but no longer writes
(disk full, read-only volume) is reported. Times in milliseconds become 64-bit: a question
left open for 25 days is more milliseconds than a 32-bit INTEGER holds on PostgreSQL.
Nickname keys are made again with lookalike letters folded (quiz.lookalikes), where
that makes no two players' keys equal; a pair of lookalikes that already exists keeps its
old keys, and new lookalikes of either are refused.

Revision ID: e8d2a6c1f4b9
Revises: c4a1f07d2b3e
Create Date: 2026-12-06 12:40:00.000000
"""

import sqlalchemy as sa
from alembic import context, op

# revision identifiers, used by Alembic.
revision = 'e8d2a6c1f4b9'
down_revision = 'c4a1f07d2b3e'
branch_labels = None
depends_on = None

RANK_COLUMNS = ['board', 'period', 'hidden', sa.literal_column('score DESC'), 'time_ms',
                'finished_at', 'player_id']
# table -> (column, nullable)
TIME_COLUMNS = {'round': ('time_ms', True), 'answer': ('elapsed_ms', True), 'best_score': ('time_ms', False)}


def _retype(old: type, new: type) -> None:
    # a batch rebuild on SQLite cannot copy the rank index's "score DESC": dropped, then made again
    op.drop_index('ix_best_rank', table_name='best_score')
    for table, (column, nullable) in TIME_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=old(), type_=new(), existing_nullable=nullable)
    op.create_index('ix_best_rank', 'best_score', RANK_COLUMNS, unique=False)


def upgrade():
    op.create_table(
        'heartbeat',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('beat_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    _retype(sa.Integer, sa.BigInteger)
    if not context.is_offline_mode():
        _fold_nickname_keys()


def _fold_nickname_keys() -> None:
    from quiz.lookalikes import nickname_key

    connection = op.get_bind()
    players = connection.execute(sa.text("SELECT id, nickname, nickname_key FROM player")).all()
    taken = {key for _, _, key in players}
    for player_id, nickname, key in players:
        folded = nickname_key(nickname)
        if folded != key and folded not in taken:
            connection.execute(sa.text("UPDATE player SET nickname_key = :key WHERE id = :id"),
                               {"key": folded, "id": player_id})
            taken.discard(key)
            taken.add(folded)


def downgrade():
    _retype(sa.BigInteger, sa.Integer)
    op.drop_table('heartbeat')
