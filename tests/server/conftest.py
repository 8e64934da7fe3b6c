"""Fixtures shared by the service's statistics and trend tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk_app.server import migrations
from desk_app.server.db import Database
from desk_app.server.models import Customer


@pytest.fixture
def trend_db(db_url: str) -> Iterator[Database]:
    """A migrated database (SQLite and PostgreSQL, as db_url) with one customer, id 1, for tickets to belong to."""
    db = Database.connect(db_url)
    migrations.upgrade(db.write_engine)
    with db.session() as session:
        session.add(Customer(id=1, name="A Customer", email="a@example.org", country="DE"))
    yield db
    db.dispose()
