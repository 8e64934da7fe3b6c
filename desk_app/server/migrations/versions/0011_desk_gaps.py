"""Everyday gaps: merged tickets, uploads, downloads (#9, #13); replies whose placeholders the service filled
keep the text agents are shown, and risk signals' account events carry a code for the desk to word.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agent_body', sa.Text(), nullable=True))
    with op.batch_alter_table('account_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('detail_code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('detail_params', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('account_events', schema=None) as batch_op:
        batch_op.drop_column('detail_params')
        batch_op.drop_column('detail_code')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('agent_body')
