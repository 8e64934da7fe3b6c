"""The garbage collector after start-up (#7): full collections walk only what came after the first page.

By the first inbox page the process holds ~150,000 container objects that live as long as it does (modules,
classes, pydantic schemas, Qt wrappers). Each full collection walked them all: 50-300 ms on the GUI thread,
a few times while an agent scrolls far. `gc.freeze()` moves them to the permanent generation; collections
go on for everything made later (rows, tickets, tabs).
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_start_up() -> None:
    """Once per process, after the first inbox page: start-up's objects leave the collector's walk."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
