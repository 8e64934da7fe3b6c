"""The workstation's own store: drafts as they are typed and the outbox of unsent messages (no Qt).

Bodies are encrypted at rest with a key from the OS keyring; without a secure keyring everything is
kept in memory for this run only. Nothing here holds a token or a revealed personal-data value.
The file's side (SQLAlchemy, the cipher) loads when a store on disk is opened (#7: cold start).
"""

from typing import Any

from desk_app.local.store import Draft, DraftKind, LocalStore, MemoryStore, OutboxItem, Scope, open_store

__all__ = [
    "BodyCipher",
    "Draft",
    "DraftKind",
    "LocalStore",
    "MemoryStore",
    "OutboxItem",
    "Scope",
    "SqliteStore",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name == "BodyCipher":
        from desk_app.local.crypto import BodyCipher

        return BodyCipher
    if name == "SqliteStore":
        from desk_app.local.sqlite_store import SqliteStore

        return SqliteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
