"""Substring search of ticket subjects (#7): an FTS5 trigram index on SQLite, pg_trgm on PostgreSQL.

A search `q` finds the tickets whose subject contains it, ignoring case, newest first, like `ILIKE '%q%'`.
On PostgreSQL that is what the list runs: migration 0004's pg_trgm GIN index answers it. On SQLite nothing
can index `LIKE '%q%'`, so a rare word scanned all subjects (0.3 s at 1,000,000 tickets); migration 0010
adds `tickets_fts`, an FTS5 table with the trigram tokenizer over tickets.subject (external content, kept
in step by triggers). A phrase query of the text is a substring match of it; the list walks that index
newest first (ORDER BY its rowid) and stops at the page's end. The trigram tokenizer cannot match fewer
than three characters: shorter text keeps the scan, which is cheap for them (they match often).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, column, literal_column, table

from desk_app.server.models import Ticket

# Objects outside the models, made by migration 0010 (tests/server/test_migrations.py leaves them out).
SEARCH_OBJECTS = frozenset({"tickets_fts", "tickets_fts_data", "tickets_fts_idx", "tickets_fts_docsize",
                            "tickets_fts_config"})
MIN_CHARS = 3  # the trigram tokenizer's shortest match
FTS = table("tickets_fts", column("rowid"))


def is_search_object(name: str | None) -> bool:
    return name in SEARCH_OBJECTS


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def phrase(text: str) -> str:
    """An FTS5 query matching `text` as one phrase: with trigrams, the subjects containing it."""
    return '"' + text.replace('"', '""') + '"'


def uses_index(dialect: str, text: str) -> bool:
    return dialect == "sqlite" and len(text) >= MIN_CHARS


def search(query: Select[Any], text: str, dialect: str) -> Select[Any]:
    """`query` (over tickets) narrowed to subjects containing `text`; with the index, it must be ordered by
    `order_column(...)` for SQLite to walk the index newest first and stop at the page's end."""
    if uses_index(dialect, text):
        return (query.join(FTS, FTS.c.rowid == Ticket.id)
                .where(literal_column("tickets_fts").op("MATCH")(phrase(text))))
    return query.where(Ticket.subject.ilike(f"%{escape_like(text)}%", escape="\\"))


def order_column(dialect: str, text: str | None) -> Any:
    """The id to page and order by: the index's rowid when `search` used it (the same value as tickets.id)."""
    return FTS.c.rowid if text and uses_index(dialect, text) else Ticket.id
