"""The customer's recent activity: sign-ins, sessions, deposits and withdrawals, address book."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desk_app.contract import CustomerProfile
from desk_app.ui.customer.models import AddressBookModel, LoginsModel, SessionsModel, TransactionsModel
from desk_app.ui.security.tables import TitledTable


class ActivityTab(QWidget):
    """Four tables, one model each; no widget per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logins = LoginsModel(self)
        self.sessions = SessionsModel(self)
        self.transactions = TransactionsModel(self)
        self.address_book = AddressBookModel(self)
        self.tables = {
            "logins": TitledTable(self.logins, "loginsTable", self),
            "sessions": TitledTable(self.sessions, "sessionsTable", self),
            "transactions": TitledTable(self.transactions, "transactionsTable", self),
            "address_book": TitledTable(self.address_book, "addressBookTable", self),
        }
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for table in self.tables.values():
            splitter.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        t = self.tables
        t["logins"].set_texts(self.tr("Recent sign-ins"), self.tr("No sign-ins in the last 30 days."))
        t["sessions"].set_texts(self.tr("Active sessions"), self.tr("No active sessions."))
        t["transactions"].set_texts(self.tr("Deposits and withdrawals"), self.tr("No recent deposits or withdrawals."))
        t["address_book"].set_texts(self.tr("Address book changes"), self.tr("No address book changes."))
        for model in (self.logins, self.sessions, self.transactions, self.address_book):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_profile(self, profile: CustomerProfile) -> None:
        first = not self.logins.rowCount() and not self.transactions.rowCount()
        self.logins.set_records(profile.logins)
        self.sessions.set_records(profile.sessions)
        self.transactions.set_records(profile.transactions)
        self.address_book.set_records(profile.address_book)
        if first:
            for table in self.tables.values():
                table.fit_columns()
