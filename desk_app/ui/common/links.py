"""Links in untrusted text: found and shown as text, opened only after a confirmation showing the real address.

The dialog shows the host in its ASCII (punycode) form, so a look-alike domain such as "exаmple.com"
with a Cyrillic "а" shows up as "xn--exmple-4nf.com". Cancel is the default button.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desk_app.ui.common.text import one_line

_LINK = re.compile(r"\bhttps?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
MAX_LINKS = 20


def find_links(text: str) -> list[str]:
    """The http(s) addresses in a text, in order, without duplicates or trailing punctuation."""
    found: list[str] = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(".,;:!?")
        if link not in found:
            found.append(link)
        if len(found) >= MAX_LINKS:
            break
    return found


def real_address(link: str) -> tuple[QUrl, str, str]:
    """(url, the address exactly as it would be opened, the host in ASCII form)."""
    url = QUrl(link, QUrl.ParsingMode.StrictMode)
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    return url, url.toString(encoded), url.host(encoded)


def confirmation(link: str, parent: QWidget | None = None) -> tuple[QMessageBox, QAbstractButton | None]:
    """The question to ask before opening `link`, and its "Open" button (None if it cannot be opened)."""
    url, address, host = real_address(link)
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Links", "Open link?"))
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not host:
        box.setText(QCoreApplication.translate("Links", "This link is not a web address and cannot be opened."))
        box.addButton(QMessageBox.StandardButton.Close)
        return box, None
    box.setText(
        QCoreApplication.translate(
            "Links", "This link comes from a message. Open it in your browser only if you trust the address below."
        )
    )
    lines = [
        QCoreApplication.translate("Links", "Host: %1").replace("%1", one_line(host, 200)),
        QCoreApplication.translate("Links", "Full address: %1").replace("%1", one_line(address, 500)),
    ]
    if url.scheme().lower() != "https":
        lines.append(QCoreApplication.translate("Links", "This address is not encrypted (http)."))
    box.setInformativeText("\n".join(lines))
    open_button = box.addButton(
        QCoreApplication.translate("Links", "Open in browser"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, open_button


def confirm_and_open(
    link: str, parent: QWidget | None = None, opener: Callable[[QUrl], object] = QDesktopServices.openUrl
) -> bool:
    """Asks before opening `link` in the browser; returns whether it was opened."""
    box, open_button = confirmation(link, parent)
    box.exec()
    opened = open_button is not None and box.clickedButton() is open_button
    box.deleteLater()
    if opened:
        opener(QUrl(real_address(link)[1], QUrl.ParsingMode.StrictMode))
    return opened
