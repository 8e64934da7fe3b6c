"""The Qt workstation. Only this package and desk_app/app.py import PySide6."""
