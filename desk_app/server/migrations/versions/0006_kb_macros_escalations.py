"""Knowledge base, macros and escalations (#9).

The knowledge base's full-text index is dialect-specific and lives outside the models (see kb_search):
on SQLite an FTS5 table over kb_translations' term columns, kept in step by triggers; on PostgreSQL a
GIN index on the weighted tsvector of the same columns.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import desk_app.server.models

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
UtcDateTime = desk_app.server.models.UtcDateTime

# kb_search.py queries these by name; tests/server/test_migrations.py leaves them out of the model comparison.
_COLUMNS = "title_terms, body_terms, tag_terms"
SQLITE_INDEX = [
    f"CREATE VIRTUAL TABLE kb_fts USING fts5({_COLUMNS}, content='kb_translations', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_translations BEGIN "
    f"INSERT INTO kb_fts(rowid, {_COLUMNS}) VALUES (new.id, new.title_terms, new.body_terms, new.tag_terms); END",
    f"CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_translations BEGIN "
    f"INSERT INTO kb_fts(kb_fts, rowid, {_COLUMNS}) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tag_terms); END",
    f"CREATE TRIGGER kb_fts_update AFTER UPDATE ON kb_translations BEGIN "
    f"INSERT INTO kb_fts(kb_fts, rowid, {_COLUMNS}) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tag_terms); "
    f"INSERT INTO kb_fts(rowid, {_COLUMNS}) VALUES (new.id, new.title_terms, new.body_terms, new.tag_terms); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS kb_fts_update", "DROP TRIGGER IF EXISTS kb_fts_delete",
               "DROP TRIGGER IF EXISTS kb_fts_insert", "DROP TABLE IF EXISTS kb_fts"]
# The same expression as kb_search.PG_VECTOR, so the planner uses the index.
POSTGRES_INDEX = [
    "CREATE INDEX ix_kb_translations_search ON kb_translations USING gin (("
    "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, tag_terms), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, body_terms), 'D')))",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_kb_translations_search"]


def _search_index(create: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_INDEX if create else SQLITE_DROP
    if dialect == "postgresql":
        return POSTGRES_INDEX if create else POSTGRES_DROP
    return []


def upgrade() -> None:
    op.create_table('escalations',
    sa.Column('id', BigId, nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('steps', sa.Text(), nullable=False),
    sa.Column('tx_ids', sa.JSON(), nullable=False),
    sa.Column('order_ids', sa.JSON(), nullable=False),
    sa.Column('assets', sa.JSON(), nullable=False),
    sa.Column('engineering_ref', sa.String(length=80), nullable=True),
    sa.Column('created_by', BigId, nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['agents.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_escalations_status_id', 'escalations', ['status', 'id'], unique=False)
    op.create_table('kb_articles',
    sa.Column('id', BigId, nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('owner_id', BigId, nullable=False),
    sa.Column('last_reviewed_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['agents.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_index('ix_kb_articles_category', 'kb_articles', ['category', 'id'], unique=False)
    op.create_table('escalation_attachments',
    sa.Column('id', BigId, nullable=False),
    sa.Column('escalation_id', BigId, nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('content_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalations.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_escalation_attachments_escalation', 'escalation_attachments', ['escalation_id', 'id'],
                    unique=False)
    op.create_table('escalation_tickets',
    sa.Column('id', BigId, nullable=False),
    sa.Column('escalation_id', BigId, nullable=False),
    sa.Column('ticket_id', BigId, nullable=False),
    sa.Column('linked_by', BigId, nullable=False),
    sa.Column('linked_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalations.id'], ),
    sa.ForeignKeyConstraint(['linked_by'], ['agents.id'], ),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('escalation_id', 'ticket_id')
    )
    op.create_index('ix_escalation_tickets_ticket', 'escalation_tickets', ['ticket_id'], unique=False)
    op.create_table('escalation_updates',
    sa.Column('id', BigId, nullable=False),
    sa.Column('escalation_id', BigId, nullable=False),
    sa.Column('at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalations.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_escalation_updates_escalation', 'escalation_updates', ['escalation_id', 'id'], unique=False)
    op.create_table('kb_translations',
    sa.Column('id', BigId, nullable=False),
    sa.Column('article_id', BigId, nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('title_terms', sa.Text(), nullable=False),
    sa.Column('body_terms', sa.Text(), nullable=False),
    sa.Column('tag_terms', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['kb_articles.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'language')
    )
    op.create_table('macros',
    sa.Column('id', BigId, nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('set_status', sa.String(length=30), nullable=True),
    sa.Column('set_category', sa.String(length=30), nullable=True),
    sa.Column('add_tags', sa.JSON(), nullable=False),
    sa.Column('kb_article_id', BigId, nullable=True),
    sa.Column('updated_by', BigId, nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kb_article_id'], ['kb_articles.id'], ),
    sa.ForeignKeyConstraint(['updated_by'], ['agents.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('macro_translations',
    sa.Column('id', BigId, nullable=False),
    sa.Column('macro_id', BigId, nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['macro_id'], ['macros.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('macro_id', 'language')
    )
    for statement in _search_index(create=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _search_index(create=False):
        op.execute(statement)
    op.drop_table('macro_translations')
    op.drop_table('macros')
    op.drop_table('kb_translations')
    op.drop_index('ix_escalation_updates_escalation', table_name='escalation_updates')
    op.drop_table('escalation_updates')
    op.drop_index('ix_escalation_tickets_ticket', table_name='escalation_tickets')
    op.drop_table('escalation_tickets')
    op.drop_index('ix_escalation_attachments_escalation', table_name='escalation_attachments')
    op.drop_table('escalation_attachments')
    op.drop_index('ix_kb_articles_category', table_name='kb_articles')
    op.drop_table('kb_articles')
    op.drop_index('ix_escalations_status_id', table_name='escalations')
    op.drop_table('escalations')
