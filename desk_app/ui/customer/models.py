"""Table models for the customer profile's activity, risk signals and reveal history."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk_app.contract import AddressBookChange, LoginRecord, RevealRecord, RiskSignal, SessionRecord, TransactionRecord
from desk_app.ui.common.numbers import format_amount
from desk_app.ui.customer.risk_words import signal_detail, transaction_status
from desk_app.ui.security import timefmt
from desk_app.ui.security.records import ALERT_BACKGROUND, ALERT_TEXT, WARN_BACKGROUND, WARN_TEXT, Column, RecordsModel
from desk_app.ui.security.wording import field_name, signal_name


class LoginsModel(RecordsModel[LoginRecord]):
    """Recent sign-ins; new devices stand out."""

    def columns(self) -> list[Column[LoginRecord]]:
        return [
            Column(lambda: self.tr("Time"), lambda r: timefmt.local(r.at)),
            Column(lambda: self.tr("IP (masked)"), lambda r: r.ip),
            Column(lambda: self.tr("Country"), lambda r: r.country),
            Column(lambda: self.tr("Device"), lambda r: r.device),
            Column(lambda: self.tr("New device"), lambda r: self.tr("New device") if r.new_device else ""),
        ]

    def row_style(self, record: LoginRecord) -> tuple[QColor, QColor] | None:
        return (WARN_BACKGROUND, WARN_TEXT) if record.new_device else None


class SessionsModel(RecordsModel[SessionRecord]):
    """Sessions still signed in."""

    def columns(self) -> list[Column[SessionRecord]]:
        return [
            Column(lambda: self.tr("Started"), lambda r: timefmt.local(r.started_at)),
            Column(lambda: self.tr("Last seen"), lambda r: timefmt.local(r.last_seen_at)),
            Column(lambda: self.tr("IP (masked)"), lambda r: r.ip),
            Column(lambda: self.tr("Device"), lambda r: r.device),
        ]


class TransactionsModel(RecordsModel[TransactionRecord]):
    """Deposits and withdrawals; amounts in the agent's locale, with every decimal the service sent."""

    def columns(self) -> list[Column[TransactionRecord]]:
        return [
            Column(lambda: self.tr("Time"), lambda r: timefmt.local(r.at)),
            Column(lambda: self.tr("Type"), self._direction),
            Column(lambda: self.tr("Asset"), lambda r: r.asset),
            Column(lambda: self.tr("Amount"), lambda r: format_amount(r.amount), right=True),
            Column(lambda: self.tr("Status"), transaction_status),
            Column(lambda: self.tr("Tx hash"), lambda r: r.tx_hash),
            Column(lambda: self.tr("Address (masked)"), lambda r: r.address),
        ]

    def _direction(self, record: TransactionRecord) -> str:
        if record.direction == "withdrawal":
            return self.tr("Withdrawal")
        if record.direction == "deposit":
            return self.tr("Deposit")
        return record.direction


class AddressBookModel(RecordsModel[AddressBookChange]):
    """Withdrawal address book changes; additions are what an attacker makes."""

    def columns(self) -> list[Column[AddressBookChange]]:
        return [
            Column(lambda: self.tr("Time"), lambda r: timefmt.local(r.at)),
            Column(lambda: self.tr("Change"), self._change),
            Column(lambda: self.tr("Asset"), lambda r: r.asset),
            Column(lambda: self.tr("Address (masked)"), lambda r: r.address),
            Column(lambda: self.tr("Label"), lambda r: r.label),
        ]

    def _change(self, record: AddressBookChange) -> str:
        return {"added": self.tr("Added"), "removed": self.tr("Removed")}.get(record.change, record.change)


class RiskSignalsModel(RecordsModel[RiskSignal]):
    """The risk timeline, oldest first; signals in a 24-hour cluster are highlighted."""

    def columns(self) -> list[Column[RiskSignal]]:
        return [
            Column(lambda: self.tr("Time"), lambda r: timefmt.local(r.at)),
            Column(lambda: self.tr("Signal"), lambda r: signal_name(r.kind)),
            Column(lambda: self.tr("24 h cluster"), lambda r: self.tr("● clustered") if r.clustered else ""),
            Column(lambda: self.tr("Detail"), signal_detail),
        ]

    def set_records(self, records: list[RiskSignal]) -> None:  # type: ignore[override]
        super().set_records(sorted(records, key=lambda s: s.at))

    def row_style(self, record: RiskSignal) -> tuple[QColor, QColor] | None:
        return (ALERT_BACKGROUND, ALERT_TEXT) if record.clustered else None

    def row_bold(self, record: RiskSignal) -> bool:
        return record.clustered


class RevealsModel(RecordsModel[RevealRecord]):
    """Who viewed this customer's personal data, when, which field and why."""

    def columns(self) -> list[Column[RevealRecord]]:
        return [
            Column(lambda: self.tr("Time"), lambda r: timefmt.local(r.at)),
            Column(lambda: self.tr("Who"), lambda r: r.actor),
            Column(lambda: self.tr("Field"), lambda r: field_name(r.field)),
            Column(lambda: self.tr("Reason given"), lambda r: r.reason),
        ]
