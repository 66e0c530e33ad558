"""Players carry a sign-in secret, for the private link that takes a nickname to another browser

Revision ID: a7c3e9f1b2d4
Revises: e8d2a6c1f4b9
Create Date: 2026-12-06 14:00:00
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9f1b2d4'
down_revision = 'e8d2a6c1f4b9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('player', sa.Column('signin_secret', sa.String(length=43), nullable=True))


def downgrade():
    with op.batch_alter_table('player', schema=None) as batch_op:  # SQLite: DROP COLUMN
        batch_op.drop_column('signin_secret')
