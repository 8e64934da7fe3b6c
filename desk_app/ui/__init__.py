"""The Qt workstation. Only this package and desk_app/app.py import PySide6."""

from desk_app.ui.common import singletons

singletons.pin()  # before any Qt call: PySide6 6.12 on Python 3.11 drops references to None (#7)
