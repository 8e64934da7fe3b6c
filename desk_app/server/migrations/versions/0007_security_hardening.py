"""Security hardening: the action execution outbox and refresh-token families.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

import desk_app.server.models

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('action_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('execution_id', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('execution_attempts', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('execution_lease_until', desk_app.server.models.UtcDateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family_id', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('rotated_at', desk_app.server.models.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('successor_sealed', sa.LargeBinary(), nullable=True))
        batch_op.create_index(batch_op.f('ix_auth_sessions_family_id'), ['family_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('auth_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_sessions_family_id'))
        batch_op.drop_column('successor_sealed')
        batch_op.drop_column('rotated_at')
        batch_op.drop_column('family_id')
    with op.batch_alter_table('action_requests', schema=None) as batch_op:
        batch_op.drop_column('execution_lease_until')
        batch_op.drop_column('execution_attempts')
        batch_op.drop_column('execution_id')
