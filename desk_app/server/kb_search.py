"""Ranked full-text search over knowledge-base translations: one interface, two implementations.

Both search the term columns kb_terms computed (words, stems, CJK bigrams), so a query finds the same
articles on either database; each ranks with its own engine:

- SQLite: the FTS5 table `kb_fts` (external content over kb_translations, kept by triggers) and its
  BM25 ranking, titles weighted over tags over bodies.
- PostgreSQL: a GIN index on the weighted tsvector (`simple` configuration: no dictionary of its
  own, the terms are already stemmed and cut), ranked by ts_rank per query term times the term's
  inverse document frequency (ts_rank alone has no IDF, so "my" would count as much as "withdrawal").
  Only core PostgreSQL is used: no extension (pg_trgm, zhparser, pgroonga) needs installing.

Migration 0006 creates the index objects named here.
"""

from __future__ import annotations

import math
from typing import NamedTuple, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

# Index objects outside the models, created by migration 0006 (the schema comparison leaves them out).
SEARCH_OBJECTS = frozenset({"kb_fts", "kb_fts_data", "kb_fts_idx", "kb_fts_docsize", "kb_fts_config",
                            "ix_kb_translations_search"})
PG_VECTOR = ("(setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
             "setweight(to_tsvector('simple'::regconfig, tag_terms), 'B') || "
             "setweight(to_tsvector('simple'::regconfig, body_terms), 'D'))")
SQLITE_WEIGHTS = "4.0, 1.0, 2.0"  # bm25 weights of title_terms, body_terms, tag_terms
PG_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'::float4[]"  # ts_rank weights of D (body), C, B (tags), A (title)


def is_search_object(name: str | None) -> bool:
    return name in SEARCH_OBJECTS


class Hit(NamedTuple):
    translation_id: int
    article_id: int
    score: float  # higher is better; comparable within one search only


class KbSearch(Protocol):
    """Finds the translations matching any of the terms, best first."""

    def search(self, session: Session, terms: list[str], limit: int, category: str | None = None) -> list[Hit]:
        ...


def _category_filter(category: str | None) -> str:
    return " AND t.article_id IN (SELECT id FROM kb_articles WHERE category = :category)" if category else ""


class SqliteSearch:
    """FTS5 with BM25."""

    def search(self, session: Session, terms: list[str], limit: int, category: str | None = None) -> list[Hit]:
        if not terms:
            return []
        # Terms are letters and digits only (kb_terms), so quoting each one is a complete escape.
        match = " OR ".join(f'"{term}"' for term in terms)
        sql = text(f"SELECT t.id, t.article_id, -bm25(kb_fts, {SQLITE_WEIGHTS}) AS score "
                   "FROM kb_fts JOIN kb_translations t ON t.id = kb_fts.rowid "
                   f"WHERE kb_fts MATCH :match{_category_filter(category)} "
                   f"ORDER BY bm25(kb_fts, {SQLITE_WEIGHTS}) LIMIT :limit")
        rows = session.execute(sql, {"match": match, "limit": limit, "category": category}).all()
        return [Hit(int(r[0]), int(r[1]), float(r[2])) for r in rows]


class PostgresSearch:
    """tsvector and a GIN index; each term's ts_rank weighted by its IDF."""

    def search(self, session: Session, terms: list[str], limit: int, category: str | None = None) -> list[Hit]:
        if not terms:
            return []
        params: dict[str, object] = {f"t{i}": term for i, term in enumerate(terms)}
        queries = [f"plainto_tsquery('simple'::regconfig, :t{i})" for i in range(len(terms))]
        counts = ", ".join(f"(SELECT count(*) FROM kb_translations WHERE {PG_VECTOR} @@ {q})" for q in queries)
        row = session.execute(text(f"SELECT (SELECT count(*) FROM kb_translations), {counts}"), params).one()
        total = int(row[0])
        weights = []
        for i, found in enumerate(row[1:]):
            params[f"w{i}"] = math.log(1 + (total - int(found) + 0.5) / (int(found) + 0.5))
            weights.append(f":w{i} * ts_rank({PG_WEIGHTS}, v, {queries[i]}, 1)")
        combined = " || ".join(queries)
        sql = text(f"SELECT id, article_id, ({' + '.join(weights)}) AS score FROM ("
                   f"SELECT t.id, t.article_id, {PG_VECTOR} AS v FROM kb_translations t "
                   f"WHERE {PG_VECTOR} @@ ({combined}){_category_filter(category)}) AS matched "
                   "ORDER BY score DESC, id LIMIT :limit")
        params.update(limit=limit, category=category)
        return [Hit(int(r[0]), int(r[1]), float(r[2])) for r in session.execute(sql, params).all()]


def engine_for(session: Session) -> KbSearch:
    dialect = session.get_bind().dialect.name
    return PostgresSearch() if dialect == "postgresql" else SqliteSearch()
