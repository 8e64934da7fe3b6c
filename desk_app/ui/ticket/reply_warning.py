"""The confirmation a reply needs when it carries something agents must never send (see reply_checks).

It lists what was found in plain text; Cancel is the default button, so Enter does not send.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.contract import RevealField
from desk_app.reply_checks import Finding, FindingKind
from desk_app.ui.common.text import one_line
from desk_app.ui.security.wording import field_name


def _field(name: str) -> str:
    try:
        return field_name(RevealField(name))
    except ValueError:
        return name


def describe_finding(finding: Finding) -> str:
    """One line per finding, in the agent's language."""
    detail = one_line(finding.detail, 80)
    if finding.kind is FindingKind.password:
        return QCoreApplication.translate("ReplyWarning", "Something that looks like a password (after “%1”)."
                                          ).replace("%1", detail)
    if finding.kind is FindingKind.code:
        return QCoreApplication.translate("ReplyWarning", "Something that looks like a one-time code (after “%1”)."
                                          ).replace("%1", detail)
    if finding.kind is FindingKind.revealed:
        return QCoreApplication.translate(
            "ReplyWarning", "A personal-data value revealed earlier in this session: %1.").replace("%1", _field(detail))
    return QCoreApplication.translate("ReplyWarning", "A link to %1, which is not one of the exchange's domains."
                                      ).replace("%1", detail)


def warning_box(findings: list[Finding], parent: QWidget | None = None) -> QMessageBox:
    """The question, with Cancel as the default and escape button."""
    box = QMessageBox(parent)
    box.setObjectName("replyWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("ReplyWarning", "Send this reply?"))
    box.setText(QCoreApplication.translate(
        "ReplyWarning", "This reply to the customer contains something agents must never send:"))
    box.setInformativeText("\n".join(f"• {describe_finding(f)}" for f in findings))
    send = box.addButton(QCoreApplication.translate("ReplyWarning", "Send &anyway"), QMessageBox.ButtonRole.AcceptRole)
    send.setObjectName("sendAnyway")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_reply(findings: list[Finding], parent: QWidget | None = None) -> bool:
    """Asks before sending a reply with findings; True only if the agent chose "Send anyway"."""
    if not findings:
        return True
    box = warning_box(findings, parent)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is not None and chosen.objectName() == "sendAnyway"
