"""Statistics rollups: per-day counters so any period's statistics are fast (#10).

The counters of the tickets and ratings already stored are computed here (server/rollups.py's rebuild,
about ten seconds per million tickets); from then on the service keeps them in step with every write.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stats_rollups',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'day', 'key')
    )
    op.create_index('ix_tickets_first_response_due', 'tickets', ['first_response_due'], unique=False)
    op.create_index('ix_tickets_resolution_due', 'tickets', ['resolution_due'], unique=False)
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM tickets LIMIT 1")).first() is not None:
        from desk_app.server import rollups  # the backfill: only a database with tickets needs today's code
        rollups.rebuild(connection)


def downgrade() -> None:
    op.drop_index('ix_tickets_resolution_due', table_name='tickets')
    op.drop_index('ix_tickets_first_response_due', table_name='tickets')
    op.drop_table('stats_rollups')
