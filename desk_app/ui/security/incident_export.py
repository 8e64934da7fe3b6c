"""The incident record as a document for the investigation: a PDF through Qt's own writer, and Markdown.

Both say the same in the agent's UI language. Customer and agent text never becomes markup: the PDF is
built with QTextCursor.insertText (plain text, never HTML) and the Markdown escapes every character that
could start a tag, a link or a table cell. The documents are made on the GUI thread (QTextDocument
wants it, and it is quick); `write_file` puts the bytes on disk and belongs on a worker thread.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from desk_app.contract import AccountStatus, IncidentRecord
from desk_app.ui.common.text import Formatted, one_line, safe
from desk_app.ui.security import incident_wording as words

translate = QCoreApplication.translate  # called with literal contexts, so lupdate finds every string

COLUMN_WIDTHS = (19, 21, 13, 47)  # per cent of the page: time, event, actor, detail
HEADER_BACKGROUND = QColor("#e8e8ee")
CLUSTER_BACKGROUND = QColor("#fde2e2")
NOTE_BACKGROUND = QColor("#fff1c2")
# Characters that start inline Markdown (emphasis, code, links and images, HTML and autolinks, entities,
# strikethrough, maths, table cells) are escaped. With "[" escaped, "(" and "!" start nothing. The text
# only ever sits inline: in a table cell, after a list marker, in a heading.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]<>|~&$")


def title(record: IncidentRecord) -> str:
    return translate("IncidentExport", "Incident record — customer #%1").replace("%1", str(record.customer_id))


def facts(record: IncidentRecord) -> list[tuple[str, str]]:
    """(label, value) pairs of the record's head: who, when, and the account's state now. The values are the
    desk's own wording around values made safe (`Formatted`), so an Arabic date keeps its marks."""
    now = record.account_now
    frozen = now.account_status is AccountStatus.frozen
    pairs = [
        (translate("IncidentExport", "Customer"), f"#{record.customer_id} · {one_line(record.customer_display, 80)}"),
        (
            translate("IncidentExport", "Generated"),
            translate("IncidentExport", "%1 by %2")
            .replace("%1", words.stamp(record.generated_at))
            .replace("%2", one_line(record.generated_by, 80)),
        ),
        (
            translate("IncidentExport", "Period"),
            translate("IncidentExport", "from %1 to %2")
            .replace("%1", words.stamp(record.since))
            .replace("%2", words.stamp(record.generated_at)),
        ),
        (
            translate("IncidentExport", "Times"),
            translate("IncidentExport", "local time of the desk (%1)").replace("%1", words.utc_offset()),
        ),
        (
            translate("IncidentExport", "Account now"),
            translate("IncidentExport", "Frozen") if frozen else translate("IncidentExport", "Active"),
        ),
        (
            translate("IncidentExport", "Two-factor authentication"),
            translate("IncidentExport", "On") if now.twofa_enabled else translate("IncidentExport", "Off"),
        ),
        (
            translate("IncidentExport", "Withdrawals"),
            translate("IncidentExport", "Locked until %1").replace("%1", words.stamp(now.withdrawals_locked_until))
            if now.withdrawals_locked_until is not None
            else translate("IncidentExport", "Not locked"),
        ),
        (translate("IncidentExport", "Active sessions"), str(now.active_sessions)),
    ]
    return [(label, Formatted(value)) for label, value in pairs]


def takeover_note(record: IncidentRecord) -> str:
    if record.takeover_pattern:
        return translate(
            "IncidentExport",
            "Account-takeover pattern: several risk signals (new device, password or 2FA change, new "
            "withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.",
        )
    return translate("IncidentExport", "The account does not show the account-takeover pattern now.")


def _headers() -> list[str]:
    return [
        translate("IncidentExport", "Time"),
        translate("IncidentExport", "Event"),
        translate("IncidentExport", "Actor"),
        translate("IncidentExport", "Detail"),
    ]


def _masked_note() -> str:
    return translate(
        "IncidentExport",
        "Customer data is masked. Messages are shown by their first 200 characters. Revealed values are "
        "never part of this record.",
    )


def _truncated_note() -> str:
    return translate("IncidentExport", "The period holds more events than one record shows; choose a shorter one.")


# --- PDF ------------------------------------------------------------------------------------------


def _char(size: float, bold: bool = False, color: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if color:
        fmt.setForeground(QBrush(QColor(color)))
    return fmt


def _directed(block: QTextBlockFormat) -> QTextBlockFormat:
    """The block laid out in the UI's direction: a sentence of ours that starts with a value (a device name, an
    asset) reads right to left in Arabic, where Qt would guess the direction from that value's first letter."""
    block.setLayoutDirection(QGuiApplication.layoutDirection())
    return block


def build_document(record: IncidentRecord) -> QTextDocument:
    """The record as a QTextDocument; every piece of text is inserted as plain text."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title(record))
    cursor = QTextCursor(doc)
    cursor.insertText(title(record), _char(16, bold=True))
    spaced = QTextBlockFormat()
    spaced.setTopMargin(8)
    for i, (label, value) in enumerate(facts(record)):
        cursor.insertBlock(_directed(spaced if i == 0 else QTextBlockFormat()))
        cursor.insertText(f"{label}: ", _char(9, bold=True))
        cursor.insertText(value if isinstance(value, Formatted) else safe(value, 300), _char(9))
    note = QTextBlockFormat()
    note.setTopMargin(8)
    note.setBackground(QBrush(CLUSTER_BACKGROUND if record.takeover_pattern else NOTE_BACKGROUND))
    cursor.insertBlock(note)
    cursor.insertText(takeover_note(record), _char(9, bold=record.takeover_pattern, color="#8a0010"))
    cursor.insertBlock(spaced)
    cursor.insertText(_masked_note(), _char(8, color="#444444"))
    if record.truncated:
        cursor.insertBlock()
        cursor.insertText(_truncated_note(), _char(8, bold=True, color="#8a0010"))
    cursor.insertBlock(spaced)
    count = len(record.entries)
    cursor.insertText(translate("IncidentExport", "Timeline (%n event(s))", None, count), _char(11, bold=True))
    cursor.insertBlock()
    _insert_table(cursor, record)
    return doc


def _insert_table(cursor: QTextCursor, record: IncidentRecord) -> None:
    table_format = QTextTableFormat()
    table_format.setHeaderRowCount(1)  # repeated on every page
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table_format.setBorder(0.5)
    table_format.setBorderBrush(QBrush(QColor("#9a9aa6")))
    table_format.setBorderCollapse(True)
    table_format.setCellPadding(3)
    table_format.setCellSpacing(0)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, width) for width in COLUMN_WIDTHS]
    )
    table = cursor.insertTable(len(record.entries) + 1, 4, table_format)
    for column, header in enumerate(_headers()):
        cell = table.cellAt(0, column)
        fmt = cell.format()
        fmt.setBackground(QBrush(HEADER_BACKGROUND))
        cell.setFormat(fmt)
        cell.firstCursorPosition().insertText(header, _char(8.5, bold=True))
    for row, entry in enumerate(record.entries, start=1):
        clustered = bool(entry.details.get("clustered"))
        cells = [  # our own words as they are (Formatted: in the UI's direction); what people typed made safe
            [Formatted(words.stamp(entry.at))],
            [Formatted(words.event_name(entry))],
            [safe(words.actor_name(entry), 120)],
            [part if isinstance(part, Formatted) else safe(part, 1000) for part in words.detail_parts(entry)],
        ]
        for column, parts in enumerate(cells):
            cell = table.cellAt(row, column)
            if clustered:
                fmt = cell.format()
                fmt.setBackground(QBrush(CLUSTER_BACKGROUND))
                cell.setFormat(fmt)
            bold = column == 1 and (entry.kind.startswith("action.") or clustered)
            cell_cursor = cell.firstCursorPosition()
            for i, text in enumerate(parts):
                if i:
                    cell_cursor.insertBlock()
                if isinstance(text, Formatted):  # a value at its start (a device name) must not turn it around
                    cell_cursor.setBlockFormat(_directed(cell_cursor.blockFormat()))
                else:  # the writer's own text: its direction from its first letters
                    auto = cell_cursor.blockFormat()
                    auto.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
                    cell_cursor.setBlockFormat(auto)
                cell_cursor.insertText(text, _char(8, bold=bold))


def pdf_bytes(record: IncidentRecord) -> bytes:
    """An A4 PDF of the record, made in memory by Qt's own writer (call on the GUI thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title(record))
    writer.setCreator("desk-app")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # print_ adds its own 2 cm margins and numbers the pages in the bottom one
            QPageLayout.Unit.Millimeter,
        )
    )
    build_document(record).print_(writer)
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    return data


# --- Markdown -------------------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """One line of plain text that a Markdown reader shows literally, also inside a table cell. Text the desk
    formatted itself (`Formatted`: values already made safe, wrapped in Unicode isolates) keeps its isolates."""
    flat = " ".join(text.splitlines()) if isinstance(text, Formatted) else one_line(text, 2000)
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in flat)


def markdown(record: IncidentRecord) -> str:
    """The record as GitHub-flavoured Markdown: the same head, note and timeline table as the PDF."""
    lines = [f"# {escape_markdown(title(record))}", ""]
    lines += [f"- **{escape_markdown(label)}:** {escape_markdown(value)}" for label, value in facts(record)]
    lines += ["", f"> {'⚠ ' if record.takeover_pattern else ''}{escape_markdown(takeover_note(record))}", ""]
    lines += [escape_markdown(_masked_note()), ""]
    if record.truncated:
        lines += [f"**{escape_markdown(_truncated_note())}**", ""]
    count = len(record.entries)
    lines += [f"## {escape_markdown(translate('IncidentExport', 'Timeline (%n event(s))', None, count))}", ""]
    lines.append("| " + " | ".join(escape_markdown(h) for h in _headers()) + " |")
    lines.append("|" + "|".join("---" for _ in _headers()) + "|")
    for entry in record.entries:
        cells = [words.stamp(entry.at), words.event_name(entry), words.actor_name(entry), words.detail(entry)]
        lines.append("| " + " | ".join(escape_markdown(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


# --- writing --------------------------------------------------------------------------------------


def write_file(path: str | Path, data: bytes) -> None:
    """Write the whole file or nothing (a temporary file renamed into place), readable by its owner only.
    Blocking: run it on a worker thread."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
