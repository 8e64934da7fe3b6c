"""A confirmation that defaults to Cancel, for steps that change a customer's account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ConfirmDialog(QDialog):
    """Plain-text question, a consequences box, [Cancel] (default) and the action button."""

    def __init__(
        self, title: str, question: str, details: str, action_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.question = QLabel(question, self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        self.details = QLabel(details, self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("background: #fff1c2; color: #3d2800; padding: 8px; border-radius: 4px;")
        self.details.setVisible(bool(details))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.ok_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.cancel_button.setFocus()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))  # the caller's texts are already translated

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
