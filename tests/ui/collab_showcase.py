"""Show the #13 screens of the workstation (presence, bulk selection, customer history) for screenshots.

    ../shared/tools/look-at-app --wait 40 -- .venv/bin/python -m tests.ui.collab_showcase SCENE OUT.png

SCENE: presence, bulk-selection, customer-history. Starts a private demo service, signs in agent1 at
a real MainWindow, has agent2 and super1 open tickets over REST, sets the scene, saves the window's
part of the screen (dialogs included) to OUT.png and quits. Not a test.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
from PySide6.QtCore import QItemSelectionModel, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desk_app.client import ApiClient, EventStream
from desk_app.contract import API_PREFIX, Priority, View
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.inbox.model import Column
from desk_app.ui.inbox.view import InboxView
from desk_app.ui.main_window import MainWindow
from tests.helpers import DEMO_PASSWORD, fresh_totp, login, start_service


def heartbeats(url: str, who: dict[str, list[tuple[int, str]]], stop: threading.Event) -> None:
    """Other agents keep tickets open (and one is typing) from their own desks."""
    tokens = {user: login(url, user)["access_token"] for user in who}
    while not stop.is_set():
        for user, visits in who.items():
            for ticket_id, state in visits:
                requests.post(f"{url}{API_PREFIX}/tickets/{ticket_id}/presence", json={"state": state}, timeout=10,
                              headers={"Authorization": f"Bearer {tokens[user]}"})
        stop.wait(8)


def main() -> int:
    scene, out = sys.argv[1], Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk-app")
    workdir = Path(tempfile.mkdtemp(prefix="collab-showcase-"))
    service = start_service(workdir, demo_tickets=400, demo_customers=60)
    client = ApiClient(service.url)
    agent = client.login("agent1", DEMO_PASSWORD, fresh_totp("agent1")).agent
    events = EventBus(EventStream(client).run_forever)
    ctx = DeskContext(client, TaskRunner(QThreadPool()), events, agent, service.url)
    settings = DeskSettings(QSettings(str(workdir / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings)
    window.setGeometry(20, 20, 1360, 820)
    window.show()
    events.start()  # after the window listens, so it hears "live"
    tickets = client.tickets(View.all, limit=12).items
    first, second = tickets[0].id, tickets[3].id
    stop = threading.Event()
    threading.Thread(target=heartbeats, daemon=True, args=(service.url, {
        "agent2": [(first, "typing"), (tickets[5].id, "viewing")],
        "super1": [(first, "viewing"), (second, "viewing")]}, stop)).start()

    def grab() -> None:
        geometry = window.frameGeometry()
        shot = app.primaryScreen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        shot.save(str(out))
        print(f"saved {out}")
        QTimer.singleShot(40_000, finish)  # time for look-at-app to read the accessibility tree

    def finish() -> None:
        stop.set()
        events.stop()
        service.stop()
        app.quit()

    def presence() -> None:
        window.open_ticket(first)

    def bulk() -> None:
        inbox = window.views[View.all]
        window.tabs.setCurrentWidget(inbox)
        QTimer.singleShot(2500, lambda: select(inbox))

    def select(inbox: InboxView) -> None:
        selection = inbox.table.selectionModel()
        for row in (1, 2, 4, 6, 7):
            selection.select(inbox.model.index(row, Column.SUBJECT),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(inbox.model.index(7, Column.SUBJECT), QItemSelectionModel.SelectionFlag.NoUpdate)
        dialog = inbox.triage.open_dialog()
        assert dialog is not None
        dialog.move(window.x() + 860, window.y() + 330)  # beside the selection, for the picture
        QTimer.singleShot(500, lambda: (dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.high)),
                                         dialog.assignee.setCurrentIndex(1),
                                         dialog.add_tags.setText("withdrawal-delay")))

    def history() -> None:
        customer = max(({t.customer_id for t in client.tickets(View.all, limit=200).items}),
                       key=lambda c: len(client.customer_tickets(c, limit=50).items))
        ticket = client.customer_tickets(customer, limit=1).items[0].id
        tab = window.open_ticket(ticket)

        def show() -> None:
            if tab.customer_panel is not None:
                tab.customer_panel.tabs.setCurrentWidget(tab.customer_panel.history)
                tab.splitter.setSizes([700, 660])

        QTimer.singleShot(2500, show)

    time.sleep(1)
    setup = {"presence": presence, "bulk-selection": bulk, "customer-history": history}[scene]
    QTimer.singleShot(3000, setup)
    QTimer.singleShot(10_000, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
