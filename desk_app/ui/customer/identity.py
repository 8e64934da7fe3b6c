"""The customer's identity and account state, masked, with per-field reveal for those allowed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGroupBox, QLabel, QWidget

from desk_app.contract import AccountStatus, CustomerProfile, RevealField, RevealResponse
from desk_app.ui.common import labels
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.customer.reveal import RevealableValue, RevealDialog
from desk_app.ui.security import capture_guard, timefmt
from desk_app.ui.security.clipboard import shared_wiper
from desk_app.ui.security.wording import field_name

FROZEN_STYLE = "color: white; background: #b00020; font-weight: bold; padding: 2px 6px; border-radius: 3px;"
WARN_STYLE = "color: #5c3c00; background: #fff1c2; padding: 2px 6px; border-radius: 3px;"
NARROW = 760  # px: below this the two groups stack
MASKED_ADDRESS = "••••••••"


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class IdentityBox(QWidget):
    """Two groups side by side: who the customer is (with Reveal…) and the account's security state."""

    field_revealed = Signal(object)  # RevealField, after the service recorded the reveal

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.wiper = shared_wiper()
        self.identity_group = QGroupBox(self)
        self.account_group = QGroupBox(self)
        self.fields: dict[RevealField, RevealableValue] = {}
        identity = QFormLayout(self.identity_group)
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._row(identity, "id")
        for field in RevealField:
            value = RevealableValue(field, self.wiper, self.identity_group)
            value.reveal_requested.connect(self._ask_reveal)
            value.visibility_changed.connect(self._update_capture_note)
            self.fields[field] = value
            label = QLabel(self.identity_group)
            label.setBuddy(value.reveal_button)
            self._labels[field.value] = label
            identity.addRow(label, value)
        for key in ("country", "kyc", "vip"):
            self._row(identity, key)
        self.capture_note = QLabel(self.identity_group)
        self.capture_note.setWordWrap(True)
        self.capture_note.setStyleSheet(WARN_STYLE)
        self.capture_note.hide()
        identity.addRow(self.capture_note)
        account = QFormLayout(self.account_group)
        for key in ("status", "withdrawals", "twofa", "password", "sessions"):
            self._row(account, key)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.identity_group, 3)
        self._layout.addWidget(self.account_group, 2, Qt.AlignmentFlag.AlignTop)
        self._profile: CustomerProfile | None = None
        self.retranslate_ui()

    def _row(self, form: QFormLayout, key: str) -> None:
        label, value = QLabel(self), _value_label(self)
        self._labels[key], self.values[key] = label, value
        form.addRow(label, value)

    def retranslate_ui(self) -> None:
        self.identity_group.setTitle(self.tr("Identity"))
        self.account_group.setTitle(self.tr("Account security"))
        titles = {
            "id": self.tr("Customer ID:"),
            "country": self.tr("Country:"),
            "kyc": self.tr("KYC:"),
            "vip": self.tr("VIP tier:"),
            "status": self.tr("Account:"),
            "withdrawals": self.tr("Withdrawals:"),
            "twofa": self.tr("2FA:"),
            "password": self.tr("Password changed:"),
            "sessions": self.tr("Active sessions:"),
        }
        for field in RevealField:
            titles[field.value] = self.tr("%1:").replace("%1", field_name(field))
        for key, label in self._labels.items():
            label.setText(titles[key])
        for key, value in self.values.items():
            value.setAccessibleName(titles[key].rstrip(":"))
        self.capture_note.setText(
            self.tr(
                "This system cannot keep revealed values out of screen recordings or screen sharing. "
                "Make sure you are not sharing your screen."
            )
        )
        if self._profile is not None:
            self.set_profile(self._profile)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room; stacked when the panel sits narrow beside a ticket."""
        wide = event.size().width() >= NARROW
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_profile(self, profile: CustomerProfile) -> None:
        self._profile = profile
        masked = {
            RevealField.name: profile.name,
            RevealField.email: profile.email,
            RevealField.phone: profile.phone,
            RevealField.document_number: profile.document_number,
            RevealField.address: MASKED_ADDRESS,
        }
        for field, value in self.fields.items():
            value.set_masked(masked[field], profile.can_reveal)
        v = self.values
        v["id"].setText(str(profile.id))
        v["country"].setText(one_line(f"{profile.country} · {profile.language.value}", 40))
        v["kyc"].setText(
            self.tr("Level %1 (%2)")
            .replace("%1", str(profile.kyc_level))
            .replace("%2", labels.kyc_status(one_line(profile.kyc_status, 40)))
        )
        v["vip"].setText(str(profile.vip_tier))
        if profile.account_status is AccountStatus.frozen:
            v["status"].setText(self.tr("FROZEN"))
            v["status"].setStyleSheet(FROZEN_STYLE)
        else:
            v["status"].setText(self.tr("Active"))
            v["status"].setStyleSheet("")
        locked = profile.withdrawals_locked_until
        if locked is not None:
            v["withdrawals"].setText(
                self.tr("Locked until %1 (%2)")
                .replace("%1", timefmt.local(locked))
                .replace("%2", timefmt.left(locked)[0])
            )
            v["withdrawals"].setStyleSheet(WARN_STYLE)
        else:
            v["withdrawals"].setText(self.tr("Not locked"))
            v["withdrawals"].setStyleSheet("")
        changed = self._when(profile.twofa_changed_at)
        if profile.twofa_enabled:
            v["twofa"].setText(self.tr("On (last changed %1)").replace("%1", changed))
            v["twofa"].setStyleSheet("")
        else:
            v["twofa"].setText(self.tr("OFF (last changed %1)").replace("%1", changed))
            v["twofa"].setStyleSheet(WARN_STYLE)
        v["password"].setText(self._when(profile.password_changed_at))
        v["sessions"].setText(str(len(profile.sessions)))

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        return self.tr("%1, %2").replace("%1", timefmt.local(moment)).replace("%2", timefmt.ago(moment))

    def mask_all(self) -> None:
        for value in self.fields.values():
            value.mask()

    def set_reveal_timeout(self, seconds: float | None, clipboard_seconds: float) -> None:
        for value in self.fields.values():
            value.timeout_override = seconds
            value.clipboard_seconds = clipboard_seconds

    def _ask_reveal(self, field: RevealField) -> None:
        dialog = RevealDialog(self.ctx, self.customer_id, field, self)
        dialog.revealed.connect(lambda response: self._show(field, response))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show(self, field: RevealField, response: RevealResponse) -> None:
        self.ctx.revealed.remember(response.value, field.value)  # fingerprints, so a reply can be checked
        if self.isVisible():
            self.fields[field].show_value(response)
        self.field_revealed.emit(field)

    def _update_capture_note(self) -> None:
        showing = any(value.revealed for value in self.fields.values())
        self.capture_note.setVisible(showing and not capture_guard.supported())
