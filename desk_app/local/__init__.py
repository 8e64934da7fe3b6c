"""The workstation's own store: drafts as they are typed and the outbox of unsent messages (no Qt).

Bodies are encrypted at rest with a key from the OS keyring; without a secure keyring everything is
kept in memory for this run only. Nothing here holds a token or a revealed personal-data value.
"""

from desk_app.local.crypto import BodyCipher
from desk_app.local.store import Draft, DraftKind, LocalStore, MemoryStore, OutboxItem, Scope, SqliteStore, open_store

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
