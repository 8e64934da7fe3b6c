"""The trend check once per desk (#7): `trend_checks` says when the desk last checked, so that of many service
processes only the one that finds the period up checks. No index: the check reads the rollups' cells and an
index range of `ix_tickets_created_stats`, which exist.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trend_checks',
                    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
                    sa.Column('checks', sa.BigInteger(), nullable=False),
                    sa.Column('checked_by', sa.String(length=120), nullable=False),
                    sa.PrimaryKeyConstraint('id'))


def downgrade() -> None:
    op.drop_table('trend_checks')
