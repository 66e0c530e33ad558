"""Live rooms: a hosted game (room), its players and their answers, one per player per question

Revision ID: b5d1e7a3c9f2
Revises: a7c3e9f1b2d4
Create Date: 2026-12-06 15:00:00
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b5d1e7a3c9f2'
down_revision = 'b6d2f4a8c0e1'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pin', sa.String(length=6), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('scope', sa.String(length=80), nullable=False),
    sa.Column('difficulty', sa.String(length=8), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=False),
    sa.Column('question_ids', sa.JSON(), nullable=False),
    sa.Column('choice_orders', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sent_ms', sa.BigInteger(), nullable=True),
    sa.Column('deadline_ms', sa.BigInteger(), nullable=True),
    sa.Column('paused_left_ms', sa.BigInteger(), nullable=True),
    sa.Column('skipped', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('pin', name='uq_room_pin')
    )
    op.create_table('room_player',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('player_id', sa.Integer(), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['player_id'], ['player.id'], name='fk_room_player_player'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name='fk_room_player_room'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('room_id', 'player_id', name='uq_room_player')
    )
    op.create_table('room_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('room_player_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.String(length=80), nullable=False),
    sa.Column('choice', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=False),
    sa.Column('elapsed_ms', sa.BigInteger(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name='fk_room_answer_room'),
    sa.ForeignKeyConstraint(['room_player_id'], ['room_player.id'], name='fk_room_answer_player'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('room_id', 'room_player_id', 'position', name='uq_room_answer')
    )


def downgrade():
    op.drop_table('room_answer')
    op.drop_table('room_player')
    op.drop_table('room')

