"""The supervisors' approvals queue: open requests, their evidence, approve and reject.

Security agents see the same list read-only. New requests arrive through the event bus within a
second; deadlines tick every 15 seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QSystemTrayIcon, QVBoxLayout, QWidget

from desk_app.contract import OPEN_ACTION_STATUSES, ActionOut, ActionStatus, EventOut
from desk_app.ui.approvals.evidence import EvidencePane
from desk_app.ui.approvals.model import OpenRequestsModel
from desk_app.ui.approvals.notify import Notifier
from desk_app.ui.common.context import DeskContext
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.wording import error_text, kind_label

TICK_MS = 15_000
POLL_MS = 60_000  # a safety net in case the event stream is down
LIST_EVENTS = {"action.requested", "action.decided", "action.review_overdue"}


class ApprovalsView(QWidget):
    """Open security action requests with their evidence and the decision buttons."""

    pending_count_changed = Signal(int)  # open requests this supervisor could decide (not their own)
    open_ticket_requested = Signal(int)
    notified = Signal(str, str)  # title, text of each notification, e.g. for the status bar

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._known: set[int] | None = None  # ids seen so far; None until the first load
        self._count = -1
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.toast = QLabel(self)
        self.toast.setObjectName("approvalsToast")
        self.notifier = Notifier(self.toast, self)
        self.notifier.shown.connect(self.notified)
        self.model = OpenRequestsModel(ctx.agent.id, self)
        self.table = TitledTable(self.model, "approvalsTable", self)
        self.table.view.setSortingEnabled(False)
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.evidence = EvidencePane(ctx, self)
        self.evidence.decided.connect(lambda _a: self.refresh())
        self.evidence.open_ticket_requested.connect(self.open_ticket_requested)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reload_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 560])
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.toast)
        layout.addWidget(splitter, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        if self.ctx.can_decide:
            self.intro.setText(
                self.tr(
                    "Requests waiting for a second person, oldest first. Emergencies already "
                    "taken are on top until reviewed. Select one to see its evidence."
                )
            )
        else:
            self.intro.setText(self.tr("Open security requests (read-only: supervisors decide them)."))
        self.table.set_texts(self.tr("Open &requests"), self.tr("Nothing is waiting for a decision."))
        self.reload_button.setText(self.tr("Re&load"))
        self.reload_button.setAccessibleName(self.tr("Reload open requests"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_tray_icon(self, tray: QSystemTrayIcon | None) -> None:
        """The main window's tray icon, for desktop notifications."""
        self.notifier.set_tray(tray)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.tasks.run(self._fetch_open, self._loaded, self._failed, owner=self)

    def _fetch_open(self) -> list[ActionOut]:
        pending = self.ctx.client.actions(status=ActionStatus.pending)
        review = self.ctx.client.actions(status=ActionStatus.under_review)
        return [a for a in pending + review if a.status in OPEN_ACTION_STATUSES]

    def _loaded(self, actions: list[ActionOut]) -> None:
        selected = self.selected()
        self.model.set_records(actions)
        if actions and not self._fitted:
            self._fitted = True
            self.table.fit_columns()
        ids = {a.id for a in actions}
        if selected is not None:
            for row, action in enumerate(self.model.records()):
                if action.id == selected.id:
                    self.table.view.selectRow(row)
        shown = self.evidence.action
        if shown is not None and shown.id not in ids and shown.status in OPEN_ACTION_STATUSES:
            self._follow(shown.id)  # decided elsewhere while on screen: show how it ended
        self._announce_new(actions)
        self._show_count()
        self.status.setText(self.tr("Open requests: %n.", "", len(actions)))

    def _follow(self, action_id: int) -> None:
        self.ctx.tasks.run(lambda: self.ctx.client.action(action_id), self._followed, lambda _e: None, owner=self)

    def _followed(self, action: ActionOut) -> None:
        if self.evidence.action is not None and self.evidence.action.id == action.id:
            self.evidence.show_action(action)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load the requests: %1").replace("%1", error_text(exc)))

    def _announce_new(self, actions: list[ActionOut]) -> None:
        ids = {a.id for a in actions}
        if self._known is None:
            self._known = ids
            return
        fresh = [a for a in actions if a.id not in self._known and a.requested_by != self.ctx.agent.id]
        self._known |= ids
        if not fresh or not self.ctx.can_decide:
            return
        if len(fresh) == 1:
            a = fresh[0]
            text = (
                self.tr("%1, requested by %2")
                .replace("%1", kind_label(a.kind, a.params))
                .replace("%2", a.requested_by_name)
            )
            title = self.tr("Emergency action to review") if a.emergency else self.tr("New security request")
        else:
            title, text = self.tr("New security requests"), self.tr("%n requests are waiting.", "", len(fresh))
        self.notifier.notify(self, title, text, urgent=any(a.emergency for a in fresh))

    def _show_count(self) -> None:
        count = self.model.awaiting()
        if count != self._count:
            self._count = count
            self.pending_count_changed.emit(count)

    def pending_count(self) -> int:
        return max(self._count, 0)

    # --- live updates -------------------------------------------------------------------------

    def _on_event(self, event: EventOut) -> None:
        if event.kind not in LIST_EVENTS:
            return
        if event.kind == "action.review_overdue" and event.action_id is not None:
            self.model.overdue_ids.add(event.action_id)
            if self.ctx.can_decide:
                self.notifier.notify(
                    self,
                    self.tr("Emergency review overdue"),
                    self.tr("An emergency action is past its review deadline."),
                    urgent=True,
                )
        self.refresh()

    def _on_tick(self) -> None:
        self.model.refresh_cells()
        self.evidence.refresh_deadline()

    # --- selection ----------------------------------------------------------------------------

    def selected(self) -> ActionOut | None:
        rows = self.table.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        action = self.selected()
        if action is not None:
            self.evidence.show_action(action)

    def select_action(self, action_id: int) -> bool:
        """Select a request by id (for the main window's "open in approvals", and for tests)."""
        for row, action in enumerate(self.model.records()):
            if action.id == action_id:
                self.table.view.selectRow(row)
                return True
        return False
