"""#7: on SQLite a subject search walks the FTS5 trigram index newest first and stops at the page's end,
instead of scanning every subject (0.3 s at 1,000,000 tickets); shorter text keeps the scan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine

from desk_app.server import subject_search
from desk_app.server.models import Ticket
from desk_app.server.routers.tickets import _base
from tests.server.test_tickets import database_url


def _plan(service: Any, text: str) -> str:
    engine = create_engine(database_url(service))
    try:
        order = subject_search.order_column("sqlite", text)
        query = subject_search.search(_base(), text, "sqlite").where(order < 10**9).order_by(order.desc()).limit(51)
        sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
        with engine.connect() as conn:
            return " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        engine.dispose()


def test_a_search_walks_the_trigram_index_in_page_order(service: Any) -> None:
    plan = _plan(service, "withdrawal")
    assert "tickets_fts VIRTUAL TABLE" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # already in id order: no sort of every match
    assert "SCAN tickets" not in plan.replace("SCAN tickets_fts", ""), plan


def test_two_characters_keep_the_substring_scan(service: Any) -> None:
    assert not subject_search.uses_index("sqlite", "ab")
    assert "tickets_fts" not in _plan(service, "ab")
    assert subject_search.order_column("sqlite", "ab") is Ticket.id
    assert not subject_search.uses_index("postgresql", "withdrawal")  # pg_trgm answers ILIKE there
