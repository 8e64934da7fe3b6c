"""System notes in the agent's language: a code and its values beside the English body of a service-written note.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('system_code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('system_params', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('system_params')
        batch_op.drop_column('system_code')
