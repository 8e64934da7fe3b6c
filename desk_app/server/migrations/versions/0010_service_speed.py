"""Service speed at desk scale (#7): substring search of ticket subjects on SQLite.

`tickets_fts` is an FTS5 table with the trigram tokenizer over tickets.subject (external content: it
stores only the index), kept in step by triggers; see desk_app/server/subject_search.py. PostgreSQL
already has migration 0004's pg_trgm index, so nothing changes there.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

SQLITE_INDEX = [
    "CREATE VIRTUAL TABLE tickets_fts USING fts5(subject, content='tickets', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN "
    "INSERT INTO tickets_fts(rowid, subject) VALUES (new.id, new.subject); END",
    "CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN "
    "INSERT INTO tickets_fts(tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject); END",
    "CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets BEGIN "
    "INSERT INTO tickets_fts(tickets_fts, rowid, subject) VALUES ('delete', old.id, old.subject); "
    "INSERT INTO tickets_fts(rowid, subject) VALUES (new.id, new.subject); END",
    "INSERT INTO tickets_fts(tickets_fts) VALUES ('rebuild')",  # the tickets already there
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS tickets_fts_update", "DROP TRIGGER IF EXISTS tickets_fts_delete",
               "DROP TRIGGER IF EXISTS tickets_fts_insert", "DROP TABLE IF EXISTS tickets_fts"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_INDEX:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
