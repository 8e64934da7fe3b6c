"""Links in untrusted text: found and shown as text, opened only after a confirmation showing the real address.

The dialog shows the host in its ASCII (punycode) form, so a look-alike domain such as "exаmple.com"
with a Cyrillic "а" shows up as "xn--exmple-4nf.com". Cancel is the default button. `link_notes` words
what `desk_app.linkcheck` finds (the real host, look-alikes of the exchange's domains) for the bubbles.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desk_app import linkcheck
from desk_app.linkcheck import Concern, LinkCheck
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


def host_text(found: LinkCheck) -> str:
    """The host as the agent should read it: punycode, and the Unicode form beside it when they differ."""
    if not found.host:
        return QCoreApplication.translate("Links", "no valid host")
    if found.differs:
        return f"{one_line(found.host, 200)} ({one_line(found.host_unicode, 200)})"
    return one_line(found.host, 200)


def concerns(found: LinkCheck) -> list[str]:
    """One translated sentence per reason to be careful with `found`."""
    words = {
        Concern.lookalike: QCoreApplication.translate(
            "Links", "⚠ Look-alike of %1: this is NOT the exchange's site.").replace("%1", found.imitates),
        Concern.not_web: QCoreApplication.translate(
            "Links", "Not a web address (%1:): the desk never opens it.").replace("%1", one_line(found.scheme, 20)),
        Concern.credentials: QCoreApplication.translate(
            "Links", "⚠ The text before “@” only looks like an address: the link goes to the host shown."),
        Concern.ip_address: QCoreApplication.translate("Links", "A bare IP address instead of a name."),
        Concern.unencrypted: QCoreApplication.translate("Links", "Not encrypted (http)."),
        Concern.invalid_host: QCoreApplication.translate("Links", "No valid host: the desk will not open it."),
    }
    return [words[concern] for concern in found.warnings]


def link_notes(text: str, domains: tuple[str, ...] = linkcheck.DEFAULT_EXCHANGE_DOMAINS) -> tuple[str, bool]:
    """Where each link in `text` goes, one per line, with its warnings; and whether any needs a warning."""
    lines, alarming = [], False
    for found in linkcheck.check_all(text, domains):
        if found.scheme in ("http", "https"):
            line = QCoreApplication.translate("Links", "Link to %1").replace("%1", host_text(found))
            if found.own:
                line += " — " + QCoreApplication.translate("Links", "the exchange's own site")
        else:
            line = QCoreApplication.translate("Links", "Link: %1").replace("%1", one_line(found.link, 60))
        said = concerns(found)
        alarming = alarming or Concern.lookalike in found.warnings or Concern.credentials in found.warnings
        lines.append(" — ".join([line, *said]))
    return "\n".join(lines), alarming


def menu_text(link: str, domains: tuple[str, ...] = linkcheck.DEFAULT_EXCHANGE_DOMAINS) -> str:
    """An "Open link…" entry: the real host first, a warning sign for look-alikes, then the link as written."""
    found = linkcheck.check(link, domains)
    sign = "⚠ " if Concern.lookalike in found.warnings or Concern.credentials in found.warnings else ""
    return f"{sign}{host_text(found)} — {one_line(link, 60)}".replace("&", "&&")  # text, never a mnemonic


def confirmation(link: str, parent: QWidget | None = None,
                 domains: tuple[str, ...] = linkcheck.DEFAULT_EXCHANGE_DOMAINS,
                 ) -> tuple[QMessageBox, QAbstractButton | None]:
    """The question to ask before opening `link`, and its "Open" button (None if it cannot be opened)."""
    url, address, host = real_address(link)
    found = linkcheck.check(link, domains)
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Links", "Open link?"))
    # Qt and the browser-style parse must agree on the host, or the address is ambiguous (e.g. "a.io\\@b.com").
    agreed = bool(host) and host.lower() == found.host.strip("[]")
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not agreed:
        box.setText(QCoreApplication.translate("Links", "This link is not a web address and cannot be opened."))
        box.addButton(QMessageBox.StandardButton.Close)
        return box, None
    box.setText(
        QCoreApplication.translate(
            "Links", "This link comes from a message. Open it in your browser only if you trust the address below."
        )
    )
    lines = [
        QCoreApplication.translate("Links", "Host: %1").replace("%1", host_text(found)),
        QCoreApplication.translate("Links", "Full address: %1").replace("%1", one_line(address, 500)),
    ]
    if url.scheme().lower() != "https":
        lines.append(QCoreApplication.translate("Links", "This address is not encrypted (http)."))
    lines += [said for concern, said in zip(found.warnings, concerns(found), strict=True)
              if concern not in (Concern.unencrypted,)]
    box.setInformativeText("\n".join(lines))
    open_button = box.addButton(
        QCoreApplication.translate("Links", "Open in browser"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, open_button


def confirm_and_open(
    link: str, parent: QWidget | None = None, opener: Callable[[QUrl], object] = QDesktopServices.openUrl,
    domains: tuple[str, ...] = linkcheck.DEFAULT_EXCHANGE_DOMAINS,
) -> bool:
    """Asks before opening `link` in the browser; returns whether it was opened."""
    box, open_button = confirmation(link, parent, domains)
    box.exec()
    opened = open_button is not None and box.clickedButton() is open_button
    box.deleteLater()
    if opened:
        opener(QUrl(real_address(link)[1], QUrl.ParsingMode.StrictMode))
    return opened
