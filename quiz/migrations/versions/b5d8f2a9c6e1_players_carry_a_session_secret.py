"""Players carry a session secret: browser sessions and API tokens prove they know it

Each existing player gets a random one. Cookies and tokens made before this revision carry
no proof of it, so they stop naming a player: everyone signs in again once.

Revision ID: b5d8f2a9c6e1
Revises: a7c3e9f1b2d4
Create Date: 2026-12-06 15:00:00
"""

import secrets

import sqlalchemy as sa
from alembic import context, op

# revision identifiers, used by Alembic.
revision = 'b5d8f2a9c6e1'
down_revision = 'a7c3e9f1b2d4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('player', sa.Column('session_secret', sa.String(length=43), nullable=True))
    if not context.is_offline_mode():
        connection = op.get_bind()
        for (player_id,) in connection.execute(sa.text("SELECT id FROM player")).all():
            connection.execute(sa.text("UPDATE player SET session_secret = :secret WHERE id = :id"),
                               {"secret": secrets.token_urlsafe(32), "id": player_id})


def downgrade():
    with op.batch_alter_table('player', schema=None) as batch_op:  # SQLite: DROP COLUMN
        batch_op.drop_column('session_secret')
