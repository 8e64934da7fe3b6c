"""Presence, merged tickets (#13).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

import desk_app.server.models

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ticket_presence',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('agent_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('since', desk_app.server.models.UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', desk_app.server.models.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], ),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ticket_id', 'agent_id')
    )
    with op.batch_alter_table('ticket_presence', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_presence_expires_at', ['expires_at'], unique=False)
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                                      nullable=True))
        batch_op.create_foreign_key('fk_tickets_merged_into_id', 'tickets', ['merged_into_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_constraint('fk_tickets_merged_into_id', type_='foreignkey')
        batch_op.drop_column('merged_into_id')
    with op.batch_alter_table('ticket_presence', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_presence_expires_at')
    op.drop_table('ticket_presence')
