"""Indexes for desk-scale lists (#7): trigram search of ticket subjects on PostgreSQL.

pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. On SQLite the same
index is a plain one on subject (the models are one schema for both).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index("ix_tickets_subject_trgm", "tickets", ["subject"], postgresql_using="gin",
                    postgresql_ops={"subject": "gin_trgm_ops"})


def downgrade() -> None:
    op.drop_index("ix_tickets_subject_trgm", table_name="tickets")
