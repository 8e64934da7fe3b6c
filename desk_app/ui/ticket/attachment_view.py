"""Attachments in the conversation: image thumbnails inline (fetched lazily, off the GUI thread, when a bubble
is first painted), other files as a line with their real type and size. A click or Enter opens an image in
its own viewer; any other file is only ever saved, after a confirmation that shows what the service found
it to be, and never opened by the desk.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from desk_app.client.files import TransferCancelled
from desk_app.contract import AttachmentKind, AttachmentOut, MessageOut
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.ticket.conversation import ConversationView
from desk_app.ui.ticket.file_words import kind_label, save_name, shown_name, size_text, summary
from desk_app.ui.ticket.image_viewer import ImageViewer, decode
from desk_app.ui.ticket.messages import MESSAGE_ROLE

THUMB_W, THUMB_H = 320, 240
GAP = 6
CACHE = 200


def thumb_size(item: AttachmentOut, width: float) -> QSize:
    """Where an image's thumbnail goes: its own proportions within 320 x 240 and the bubble's width."""
    w, h = item.width or THUMB_W, item.height or THUMB_H
    scale = min(THUMB_W / w, THUMB_H / h, max(40.0, width) / w, 1.0)
    return QSize(max(1, round(w * scale)), max(1, round(h * scale)))


class ConversationFiles(QObject):
    """Paints a message's attachments into its bubble, fetches thumbnails, and opens or saves on request."""

    def __init__(self, ctx: DeskContext, view: ConversationView) -> None:
        super().__init__(view)
        self.ctx, self.view = ctx, view
        self.thumbnails: OrderedDict[int, QPixmap | None] = OrderedDict()  # None: asked for, not here yet
        self.failed: set[int] = set()
        self.hits: dict[int, list[tuple[QRectF, AttachmentOut]]] = {}  # message id -> painted rectangles
        self.viewers: list[ImageViewer] = []
        self.last_saved: Path | None = None
        view.delegate.files = self
        view.menu_hooks.append(self.add_menu_entries)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    # --- measuring and painting (called by the bubble delegate) -----------------------------------

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 8

    def height(self, message: MessageOut, width: float, option: QStyleOptionViewItem) -> float:
        if not message.attachments:
            return 0.0
        total = 0.0
        for item in message.attachments:
            size = thumb_size(item, width) if item.kind is AttachmentKind.image and item.has_thumbnail else None
            total += GAP + (size.height() + option.fontMetrics.height() + 2 if size else self._line_height(option))
        return total

    def paint(self, painter: QPainter, message: MessageOut, area: QRectF, option: QStyleOptionViewItem) -> None:
        """Draws the attachments top-down in `area` (inside the bubble, under the text)."""
        top, hits = area.top(), []
        text = option.palette.color(QPalette.ColorRole.Text)
        for item in message.attachments:
            top += GAP
            if item.kind is AttachmentKind.image and item.has_thumbnail:
                size = thumb_size(item, area.width())
                box = QRectF(area.left(), top, size.width(), size.height())
                pixmap = self._thumbnail(item)
                painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
                if pixmap is not None:
                    painter.drawPixmap(box.toRect(), pixmap)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    painter.setBrush(option.palette.color(QPalette.ColorRole.AlternateBase))
                    painter.drawRect(box)
                    painter.setPen(text)
                    waiting = self.tr("Image not available") if item.id in self.failed else self.tr("Loading image…")
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, waiting)
                painter.drawRect(box)
                caption = QRectF(area.left(), box.bottom() + 2, area.width(), option.fontMetrics.height())
                painter.setPen(text)
                painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 option.fontMetrics.elidedText(summary(item), Qt.TextElideMode.ElideMiddle,
                                                               int(caption.width())))
                hits.append((box.united(caption), item))
                top = caption.bottom()
            else:
                line = QRectF(area.left(), top, area.width(), self._line_height(option))
                painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
                painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(line, 4, 4)
                icon = self.view.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
                side = option.fontMetrics.height()
                icon.paint(painter, QRectF(line.left() + 4, line.top() + 4, side, side).toRect())
                label = QRectF(line.left() + side + 10, line.top(), line.width() - side - 14, line.height())
                painter.setPen(text)
                painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 option.fontMetrics.elidedText(summary(item), Qt.TextElideMode.ElideMiddle,
                                                               int(label.width())))
                hits.append((line, item))
                top = line.bottom()
        self.hits[message.id] = hits

    def _thumbnail(self, item: AttachmentOut) -> QPixmap | None:
        if item.id in self.thumbnails:
            self.thumbnails.move_to_end(item.id)
            return self.thumbnails[item.id]
        if item.id not in self.failed:
            self.thumbnails[item.id] = None
            fetch = self.ctx.client.attachment_bytes
            self.ctx.tasks.run(lambda: decode(fetch(item.id, thumbnail=True)),
                               on_done=lambda image: self._arrived(item.id, image),
                               on_error=lambda _exc: self._missing(item.id), owner=self)
        return None

    def _arrived(self, attachment_id: int, image: QImage) -> None:
        if image.isNull():
            self._missing(attachment_id)
            return
        self.thumbnails[attachment_id] = QPixmap.fromImage(image)
        while len(self.thumbnails) > CACHE:
            self.thumbnails.popitem(last=False)
        self.view.viewport().update()

    def _missing(self, attachment_id: int) -> None:
        self.thumbnails.pop(attachment_id, None)
        self.failed.add(attachment_id)
        self.view.viewport().update()

    # --- opening and saving -----------------------------------------------------------------------

    def activate(self, item: AttachmentOut) -> None:
        """An image opens in the viewer; anything else is offered for saving, never opened."""
        if item.kind is AttachmentKind.image:
            viewer = ImageViewer(self.ctx, item, self.save, self.view.window())
            self.viewers = [v for v in self.viewers if v.isVisible()] + [viewer]
            viewer.show()
        else:
            self.save(item, self.view)

    def confirm_save(self, item: AttachmentOut, parent: QWidget) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save attachment"), "", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Save this file from the conversation?\n\nName: %1\nType: %2 (%3), found from its "
                            "contents\nSize: %4\n\nThe desk does not open it. Open it only if you expect it.")
                    .replace("%1", shown_name(item, 120)).replace("%2", kind_label(item.kind))
                    .replace("%3", item.content_type).replace("%4", size_text(item.size)))
        save = box.addButton(self.tr("&Save…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is save

    def choose_path(self, item: AttachmentOut, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Save attachment"), save_name(item))
        return Path(path) if path else None

    def save(self, item: AttachmentOut, parent: QWidget) -> None:
        """Confirm, choose where, then stream it to disk on a worker, with a cancellable progress dialog."""
        if not self.confirm_save(item, parent):
            return
        target = self.choose_path(item, parent)
        if target is None:
            return
        progress = QProgressDialog(self.tr("Saving %1…").replace("%1", shown_name(item, 60)), self.tr("Cancel"),
                                   0, max(1, item.size), parent)
        progress.setWindowTitle(self.tr("Save attachment"))
        progress.setMinimumDuration(600)  # only a slow save shows it
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        done, stop = [0], threading.Event()  # written by the worker, read by the timer on the GUI thread
        progress.canceled.connect(stop.set)
        timer = QTimer(progress, interval=100)
        timer.timeout.connect(lambda: progress.setValue(min(done[0], max(1, item.size))))
        timer.start()

        def end() -> None:
            timer.stop()
            # hide, not close: closeEvent emits canceled(), and that emission once deadlocked on Qt's signal
            # mutex against the worker thread finishing this very save (seen with py-spy in a test run)
            progress.hide()
            progress.deleteLater()

        def finished(_size: int) -> None:
            end()
            self.saved(target)

        def failed(exc: Exception) -> None:
            end()
            if not isinstance(exc, TransferCancelled):
                QMessageBox.warning(parent, self.tr("Save attachment"),
                                    self.tr("The file was not saved: %1").replace("%1", describe(exc)))

        save_file = self.ctx.client.save_attachment
        self.ctx.tasks.run(lambda: save_file(item.id, target, lambda d, _t: done.__setitem__(0, d), stop.is_set),
                           on_done=finished, on_error=failed, owner=self)

    def saved(self, path: Path) -> None:
        """After a save: say where (hook for the status bar and tests)."""
        self.last_saved = path

    # --- mouse, keyboard and menu -----------------------------------------------------------------

    def at(self, pos: QPointF) -> AttachmentOut | None:
        index = self.view.indexAt(pos.toPoint())
        message = index.data(MESSAGE_ROLE) if index.isValid() else None
        if not isinstance(message, MessageOut):
            return None
        return next((item for rect, item in self.hits.get(message.id, []) if rect.contains(pos)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self.view):  # the tab is going away
            return False
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            item = self.at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
            if item is not None:
                self.activate(item)
                return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            message = self.view.current_message()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and message and message.attachments:
                if len(message.attachments) == 1:
                    self.activate(message.attachments[0])
                else:
                    menu = QMenu(self.view)
                    self.add_menu_entries(menu, message)
                    menu.exec(self.view.viewport().mapToGlobal(self.view.visualRect(self.view.currentIndex()).center()))
                    menu.deleteLater()
                return True
        return super().eventFilter(watched, event)

    def add_menu_entries(self, menu: QMenu, message: MessageOut | None) -> None:
        """"View image …" / "Save file …" for each attachment of the message (the context menu's keyboard path)."""
        if message is None or not message.attachments:
            return
        menu.addSeparator()
        for item in message.attachments:
            name = shown_name(item, 60).replace("&", "&&")
            text = (self.tr("View image “%1”") if item.kind is AttachmentKind.image
                    else self.tr("Save “%1”…")).replace("%1", name)
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, item=item: self.activate(item))
