"""Show a conversation with an image attachment (#13) for the screenshot, and its viewer.

    ../shared/tools/look-at-app --wait 40 -- .venv/bin/python -m tests.ui.attachments_showcase SCENE OUT.png

SCENE: conversation, viewer. Starts a private demo service, signs in agent1 at a real MainWindow, opens
the newest ticket whose customer sent a screenshot (an English one when there is one), attaches a log
file to the reply being written, saves the window (or the viewer) to OUT.png and quits. Not a test.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.client import ApiClient, EventStream
from desk_app.contract import Language, View
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import DEMO_PASSWORD, fresh_totp, start_service


def main() -> int:
    scene, out = sys.argv[1], Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk-app")
    workdir = Path(tempfile.mkdtemp(prefix="attachments-showcase-"))
    service = start_service(workdir, demo_tickets=400, demo_customers=60)
    client = ApiClient(service.url)
    agent = client.login("agent1", DEMO_PASSWORD, fresh_totp("agent1")).agent
    events = EventBus(EventStream(client).run_forever)
    ctx = DeskContext(client, TaskRunner(QThreadPool()), events, agent, service.url)
    settings = DeskSettings(QSettings(str(workdir / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings)
    window.setGeometry(20, 20, 1360, 860)
    window.show()
    events.start()
    with_files = [t for t in client.tickets(View.all, limit=60).items
                  if any(m.attachments for m in client.messages(t.id))]
    ticket = next((t for t in with_files if t.language is Language.en), with_files[0])
    log = workdir / "withdrawal-steps.txt"
    log.write_text("1. Wallet > Withdraw\n2. Network: the one on the deposit page\n")
    tab: list[TicketTab] = []

    def grab(widget: QWidget) -> None:
        geometry = widget.frameGeometry()
        shot = app.primaryScreen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        shot.save(str(out))
        print(f"saved {out}")
        QTimer.singleShot(30_000, finish)  # time for look-at-app to read the accessibility tree

    def finish() -> None:
        events.stop()
        service.stop()
        app.quit()

    def open_ticket() -> None:
        opened = window.open_ticket(ticket.id)
        assert isinstance(opened, TicketTab)
        tab.append(opened)
        opened.splitter.setSizes([860, 500])
        opened.talk.setSizes([560, 220])
        opened.composer.start(internal=False)
        opened.composer.editor.setPlainText("Thanks for the screenshot. The steps to check the network are attached.")
        opened.composer.tray.add_files([log])

    def show_message() -> None:
        view = tab[0].conversation
        for row in range(tab[0].messages.rowCount()):
            message = tab[0].messages.messages()[row] if row < len(tab[0].messages.messages()) else None
            if message is not None and message.attachments:
                view.scrollTo(tab[0].messages.index(row, 0), view.ScrollHint.PositionAtTop)
                view.setCurrentIndex(tab[0].messages.index(row, 0))
                if scene == "viewer":
                    tab[0].files.activate(message.attachments[0])
                break

    def shoot() -> None:
        viewers = tab[0].files.viewers if tab else []
        if scene == "viewer" and viewers:
            viewers[-1].move(window.x() + 240, window.y() + 60)
            QTimer.singleShot(1000, lambda: grab(viewers[-1]))
        else:
            grab(window)

    QTimer.singleShot(2500, open_ticket)
    QTimer.singleShot(6000, show_message)
    QTimer.singleShot(10_000, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
