"""Keep revealed personal data out of screen captures where the platform allows it.

Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE). macOS: NSWindow.sharingType = none.
Elsewhere (X11, Wayland) a window cannot opt out; `supported()` says so and the UI shows a note.
Exclusion is counted per window, so two revealed fields on one window share it.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1

_counts: dict[int, int] = {}


def supported() -> bool:
    """Whether this platform can keep a window out of screen captures."""
    return sys.platform in ("win32", "darwin")


def _set_windows(hwnd: int, excluded: bool) -> bool:
    """Windows 10 2004+ leaves the window out of captures; older ones at least black it out."""
    user32: Any = ctypes.windll.user32  # type: ignore[attr-defined]
    handle = ctypes.c_void_p(hwnd)
    if not excluded:
        return bool(user32.SetWindowDisplayAffinity(handle, WDA_NONE))
    return bool(
        user32.SetWindowDisplayAffinity(handle, WDA_EXCLUDEFROMCAPTURE)
        or user32.SetWindowDisplayAffinity(handle, WDA_MONITOR)
    )


def _set_macos(view: int, excluded: bool) -> bool:
    """winId() is an NSView*; ask it for its NSWindow and set the window's sharing type."""
    from ctypes import util

    path = util.find_library("objc")
    if not path:
        return False
    objc: Any = ctypes.cdll.LoadLibrary(path)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send_ptr = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(("objc_msgSend", objc))
    send_int = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long)(("objc_msgSend", objc))
    window = send_ptr(view, objc.sel_registerName(b"window"))
    if not window:
        return False
    send_int(
        window,
        objc.sel_registerName(b"setSharingType:"),
        NS_WINDOW_SHARING_NONE if excluded else NS_WINDOW_SHARING_READ_ONLY,
    )
    return True


def _apply(window: QWidget, excluded: bool) -> bool:
    if not supported():
        return False
    try:
        handle = int(window.winId())
        if sys.platform == "win32":
            return _set_windows(handle, excluded)
        return _set_macos(handle, excluded)
    except (OSError, AttributeError, ValueError) as exc:
        log.warning("could not change screen-capture exclusion: %s", type(exc).__name__)
        return False


def exclude(window: QWidget) -> bool:
    """Keep this top-level window out of captures (counted); True if the platform did it."""
    key = id(window)
    _counts[key] = _counts.get(key, 0) + 1
    if _counts[key] > 1:
        return supported()
    return _apply(window, True)


def release(window: QWidget) -> None:
    """Undo one `exclude` of this window; it is capturable again when nothing on it is revealed."""
    key = id(window)
    count = _counts.get(key, 0) - 1
    if count > 0:
        _counts[key] = count
        return
    _counts.pop(key, None)
    _apply(window, False)
