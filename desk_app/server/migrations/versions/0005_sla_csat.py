"""SLA policies and CSAT ratings (#10).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

import desk_app.server.models

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
Utc = desk_app.server.models.UtcDateTime


def upgrade() -> None:
    op.create_table('sla_policies',
    sa.Column('id', BigId, nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('vip_tier', sa.Integer(), nullable=False),
    sa.Column('first_response_seconds', sa.Integer(), nullable=False),
    sa.Column('resolution_seconds', sa.Integer(), nullable=False),
    sa.Column('business_hours', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('priority', 'vip_tier')
    )
    op.create_table('sla_calendar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('days', sa.JSON(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('end_minute', sa.Integer(), nullable=False),
    sa.Column('updated_at', Utc(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('csat_ratings',
    sa.Column('id', BigId, nullable=False),
    sa.Column('ticket_id', BigId, nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('rated_at', Utc(timezone=True), nullable=False),
    sa.Column('times_rated', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ticket_id')
    )
    op.create_index('ix_csat_ratings_rated_at', 'csat_ratings', ['rated_at', 'rating'], unique=False)
    op.create_table('trend_alerts',
    sa.Column('id', BigId, nullable=False),
    sa.Column('at', Utc(timezone=True), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('hour', Utc(timezone=True), nullable=False),
    sa.Column('window_start', Utc(timezone=True), nullable=False),
    sa.Column('window_end', Utc(timezone=True), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('usual_milli', sa.Integer(), nullable=False),
    sa.Column('ticket_ids', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('category', 'hour')
    )
    op.create_index('ix_trend_alerts_at', 'trend_alerts', ['at'], unique=False)

    # Nullable columns: a plain ADD COLUMN on both backends, no table rebuild on a big desk.
    op.add_column('tickets', sa.Column('sla_paused_at', Utc(timezone=True), nullable=True))
    op.add_column('tickets', sa.Column('csat_rating', sa.Integer(), nullable=True))
    # Clocks that already stand still: resolved and closed tickets stopped when resolved, a ticket
    # waiting for the customer when it last changed.
    op.execute("UPDATE tickets SET sla_paused_at = resolved_at WHERE status IN ('resolved', 'closed')")
    op.execute("UPDATE tickets SET sla_paused_at = updated_at WHERE status = 'pending_customer'")
    op.create_index('ix_tickets_created_stats', 'tickets', ['created_at', 'category', 'language'], unique=False)
    op.create_index('ix_tickets_resolved_stats', 'tickets', ['resolved_at', 'category', 'language'], unique=False)
    op.create_index('ix_tickets_status_category_assignee', 'tickets', ['status', 'category', 'assignee_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_tickets_status_category_assignee', table_name='tickets')
    op.drop_index('ix_tickets_resolved_stats', table_name='tickets')
    op.drop_index('ix_tickets_created_stats', table_name='tickets')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_column('csat_rating')
        batch_op.drop_column('sla_paused_at')
    op.drop_index('ix_trend_alerts_at', table_name='trend_alerts')
    op.drop_table('trend_alerts')
    op.drop_index('ix_csat_ratings_rated_at', table_name='csat_ratings')
    op.drop_table('csat_ratings')
    op.drop_table('sla_calendar')
    op.drop_table('sla_policies')
