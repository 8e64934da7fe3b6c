"""None, True and False survive PySide6 6.12's dropped references (#7: `none_dealloc` past 30,000 inbox rows)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from desk_app.ui.common import singletons

# Calls that each lose one reference under PySide6 6.12.0 on Python 3.11: a void method (None), an empty
# QVariant (None) and a signal's emit (True). 300,000 of each is many times what None and True start with.
CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.argv[1] == "desk":
        import desk_app.ui  # what every workstation module imports first
    from PySide6.QtCore import QModelIndex, QObject, Signal
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QWidget

    class Emitter(QObject):
        fired = Signal(int)

    app = QApplication([])
    widget, emitter, model = QWidget(), Emitter(), QStandardItemModel(2, 2)
    emitter.fired.connect(lambda _n: None)
    index = model.index(1, 1)
    for n in range(300_000):
        widget.update()
        index.data(3)
        emitter.fired.emit(n)
    print("survived", sys.getrefcount(None) > 0)
""")


def _child(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONFAULTHANDLER": "0"}
    return subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True, timeout=120)


def test_a_workstation_process_survives_many_calls_that_drop_references() -> None:
    done = _child("desk")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived True" in done.stdout


def test_the_pin_is_what_keeps_it_alive() -> None:
    """Without desk_app.ui's pin the same calls end the process, where PySide6 has the defect."""
    if sys.version_info >= (3, 12):
        pytest.skip("None and True are immortal from Python 3.12 (PEP 683)")
    done = _child("bare")
    if done.returncode == 0:
        pytest.skip("this PySide6 keeps its references: the pin is no longer needed")
    assert "deallocating" in done.stderr  # none_dealloc / bool_dealloc


def test_pin_gives_the_singletons_their_stock_once() -> None:
    if sys.version_info >= (3, 12):
        assert not singletons.pinned()
        return
    assert singletons.pinned()  # importing desk_app.ui did it
    assert sys.getrefcount(None) > singletons.PIN
    assert sys.getrefcount(True) > singletons.PIN and sys.getrefcount(False) > singletons.PIN
    before = sys.getrefcount(None)
    assert not singletons.pin()  # a second call adds nothing
    assert sys.getrefcount(None) - before < 1000
