"""Keeps None, True and False alive under PySide6 6.12 on Python 3.11 (#7: the `none_dealloc` crash).

PySide6 6.12.0 hands back `None` without taking a reference to it from every void C++ method called from
Python (`painter.save()`, `label.setText()`, `widget.update()`, ...) and from every invalid QVariant
(`index.data(role)` with nothing there), and `True` the same way from `signal.emit()`. On Python 3.12 and
later these objects are immortal (PEP 683) and that is harmless; on 3.11 each such call takes one reference
that was never given. An inbox delegate painting a page makes a few hundred such calls, so after enough
scrolling None's count reached zero and the interpreter aborted with `Fatal Python error: none_dealloc`.

The calls are everywhere in any Qt code, so no call site can be avoided; instead, `pin()` gives each of
these singletons a stock of references far beyond what a process could lose (2**60: a billion a second
for 36 years), which is what Python 3.12 does for them itself. It changes nothing else, and does nothing
on Python 3.12+ or on an interpreter whose object layout it does not recognise.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 2**60
_SINGLETONS: tuple[object, ...] = (None, True, False)
_pinned = False


def pin() -> bool:
    """Gives None, True and False `PIN` extra references once per process; True if it did."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return False
    cells = [ctypes.c_ssize_t.from_address(id(obj)) for obj in _SINGLETONS]
    # ob_refcnt must be the object's first field (not so in a Py_TRACE_REFS build): the stored count is
    # what sys.getrefcount reports minus the reference its own argument holds.
    if any(cell.value != sys.getrefcount(obj) - 1 for cell, obj in zip(cells, _SINGLETONS, strict=True)):
        return False
    for cell in cells:
        cell.value += PIN
    _pinned = True
    return True


def pinned() -> bool:
    """Whether `pin()` has given the singletons their stock (always False on Python 3.12+)."""
    return _pinned
