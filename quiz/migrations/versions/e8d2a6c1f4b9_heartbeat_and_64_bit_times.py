"""A heartbeat row for the health check's write

GET /healthz rewrites this one row, so a database that still reads but no longer writes
(disk full, read-only volume) is reported.

Revision ID: e8d2a6c1f4b9
Revises: c4a1f07d2b3e
Create Date: 2026-12-06 12:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e8d2a6c1f4b9'
down_revision = 'c4a1f07d2b3e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'heartbeat',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('beat_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('heartbeat')
