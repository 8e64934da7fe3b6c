"""Show the supervisor's Dashboard tab for screenshots, in the light or the dark palette.

    ../shared/tools/look-at-app --wait 60 -- .venv/bin/python -m tests.ui.dashboard.showcase light OUT.png

Starts a private demo service (the default demo size), signs in super1 at a real MainWindow, opens the
Dashboard tab, saves the window's part of the screen to OUT.png and quits. Not a test.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desk_app.client import ApiClient, EventStream
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.main_window import MainWindow
from tests.helpers import DEMO_PASSWORD, fresh_totp, start_service


def main() -> int:
    scheme, out = sys.argv[1], Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk-app")
    style.apply(app)
    if scheme == "dark":  # what a dark desktop gives Fusion
        palette = QPalette()
        for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                            (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                            (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#353535"),
                            (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#2f6fb3"),
                            (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Mid, "#555555"),
                            (QPalette.ColorRole.ToolTipBase, "#353535"), (QPalette.ColorRole.ToolTipText, "#e8eaed"),
                            (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
    workdir = Path(tempfile.mkdtemp(prefix="dashboard-showcase-"))
    service = start_service(workdir, demo_tickets=2000, demo_customers=300)
    client = ApiClient(service.url)
    agent = client.login("super1", DEMO_PASSWORD, fresh_totp("super1")).agent
    events = EventBus(EventStream(client).run_forever)
    ctx = DeskContext(client, TaskRunner(QThreadPool()), events, agent, service.url)
    settings = DeskSettings(QSettings(str(workdir / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings)
    window.setGeometry(20, 20, 1360, 820)
    window.show()
    events.start()
    assert window.dashboard is not None
    window.tabs.setCurrentWidget(window.dashboard)

    def grab() -> None:
        geometry = window.frameGeometry()
        shot = app.primaryScreen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        shot.save(str(out))
        print(f"saved {out}")
        QTimer.singleShot(20_000, finish)  # time for look-at-app to read the accessibility tree

    def finish() -> None:
        events.stop()
        service.stop()
        app.quit()

    QTimer.singleShot(9_000, window.dashboard.refresh)  # after the service's first trend check
    QTimer.singleShot(13_000, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
