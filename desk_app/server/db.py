"""Engines and sessions: SQLite (WAL, one writer at a time) or PostgreSQL, chosen by the URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desk_app.server import rollups


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    """A SQLite engine; writers open transactions with BEGIN IMMEDIATE.

    pysqlite's own transaction handling is turned off so that the first statement of a write
    transaction already holds the write lock: two requests racing on one row then queue behind the
    busy timeout instead of failing with "database is locked" half-way through.
    """
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Database:
    """The service's database: a session factory for reads and one for writes."""

    url: str
    read_engine: Engine
    write_engine: Engine
    _makers: dict[bool, sessionmaker[Session]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Made once: a sessionmaker per request cost its own event-dispatch setup every time (#7).
        self._makers = {write: sessionmaker(self.write_engine if write else self.read_engine, expire_on_commit=False)
                        for write in (False, True)}

    @classmethod
    def connect(cls, url: str) -> Database:
        rollups.install()  # the statistics' counters follow every write (#10)
        if url.startswith("sqlite"):
            return cls(url, _sqlite_engine(url, immediate=False), _sqlite_engine(url, immediate=True))
        engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
        return cls(url, engine, engine)

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    def _maker(self, write: bool) -> sessionmaker[Session]:
        return self._makers[write]

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        with self._maker(write)() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.read_engine.dispose()
        if self.write_engine is not self.read_engine:
            self.write_engine.dispose()
