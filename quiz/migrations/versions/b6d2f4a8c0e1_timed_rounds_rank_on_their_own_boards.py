"""Timed rounds rank on their own boards

A timed round now counts for its board's timed variant ("quick+timed", "topic:music+timed"),
so the speed bonus only ranks timed rounds against each other. Until now a board kept one row
per player and period, the best round of either timing, so renaming rows would lose the best
untimed round of a player whose timed round beat it: the rows are rebuilt from the finished,
scored rounds instead, each player's best untimed and best timed round per board and period.
Rounds and answers are not touched; the schema does not change. Downgrade rebuilds the shared
boards the same way.

Revision ID: b6d2f4a8c0e1
Revises: a7c3e9f1b2d4
Create Date: 2026-12-06 15:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b6d2f4a8c0e1'
down_revision = 'b5d8f2a9c6e1'
branch_labels = None
depends_on = None

# The columns this revision reads and writes, as they stand at it (not the app's models,
# which may change after it).
player = sa.table('player', sa.column('id', sa.Integer), sa.column('hidden', sa.Boolean))
round_ = sa.table(
    'round', sa.column('id', sa.Integer), sa.column('player_id', sa.Integer),
    sa.column('kind', sa.String), sa.column('scope', sa.String), sa.column('timed', sa.Boolean),
    sa.column('score', sa.Integer), sa.column('scored', sa.Boolean),
    sa.column('time_ms', sa.BigInteger), sa.column('started_at', sa.DateTime),
    sa.column('finished_at', sa.DateTime),
)
best_score = sa.table(
    'best_score', sa.column('board', sa.String), sa.column('period', sa.String),
    sa.column('player_id', sa.Integer), sa.column('round_id', sa.Integer),
    sa.column('score', sa.Integer), sa.column('time_ms', sa.BigInteger),
    sa.column('finished_at', sa.DateTime), sa.column('hidden', sa.Boolean),
)
BATCH = 5000


def upgrade():
    _rebuild(timed_boards=True)


def downgrade():
    _rebuild(timed_boards=False)


def _rebuild(timed_boards: bool) -> None:
    bind = op.get_bind()
    finished = (
        sa.select(round_, player.c.hidden)
        .join(player, player.c.id == round_.c.player_id)
        .where(round_.c.finished_at.is_not(None), round_.c.scored == sa.true())
        .order_by(round_.c.id)  # as they were posted: an exact tie keeps the earlier round
    )
    kept = {}
    for row in bind.execute(finished):
        board = row.kind if row.kind == 'quick' else f'{row.kind}:{row.scope}'
        if timed_boards and row.timed:
            board += '+timed'
        result = _result(row)
        for period in _periods(row.finished_at):
            slot = (board, period, row.player_id)
            if slot not in kept or result['order'] < kept[slot]['order']:
                kept[slot] = result
    bind.execute(sa.delete(best_score))
    rows = [
        {'board': board, 'period': period, 'player_id': player_id,
         **{name: value for name, value in result.items() if name != 'order'}}
        for (board, period, player_id), result in kept.items()
    ]
    for start in range(0, len(rows), BATCH):
        bind.execute(sa.insert(best_score), rows[start:start + BATCH])


def _result(row) -> dict:
    """A round's board row, with its place in the board order (higher score, less time, sooner)."""
    if row.time_ms is not None:
        time_ms = max(0, row.time_ms)
    else:
        time_ms = max(0, int((row.finished_at - row.started_at).total_seconds() * 1000))
    return {'round_id': row.id, 'score': row.score, 'time_ms': time_ms,
            'finished_at': row.finished_at, 'hidden': row.hidden,
            'order': (-row.score, time_ms, row.finished_at)}


def _periods(moment) -> tuple:
    iso = moment.isocalendar()
    return 'all', f'day:{moment.date().isoformat()}', f'week:{iso.year}-W{iso.week:02d}'
