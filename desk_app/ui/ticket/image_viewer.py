"""A window for one image attachment: zoom (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0 to fit, Ctrl+1 for actual
size), pan (drag, arrow keys, scroll bars), Esc to close. The image is fetched and decoded off the GUI thread;
it is the service's re-encoded copy, shown as pixels only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPalette, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import AttachmentOut
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.ticket.file_words import shown_name, size_text

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 16.0


def decode(data: bytes) -> QImage:
    """Decodes on a worker thread (QImage, unlike QPixmap, may be made there); an empty image if it cannot."""
    image = QImage()
    image.loadFromData(QByteArray(data))
    return image


class ImageView(QGraphicsView):
    """The picture, zoomable and pannable from mouse and keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Mid))  # the image's edges stand out
        self.fitted = True

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def fit(self) -> None:
        self.fitted = True
        self.resetTransform()
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.scale_factor > 1:  # small images at their own size, not blown up
                self.resetTransform()

    def actual_size(self) -> None:
        self.fitted = False
        self.resetTransform()

    def zoom(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor * factor))
        self.fitted = False
        self.scale(target / self.scale_factor, target / self.scale_factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit()


class ImageViewer(QDialog):
    """One image attachment in its own window; `save` (if given) offers the file to keep."""

    def __init__(self, ctx: DeskContext, item: AttachmentOut, save: Callable[[AttachmentOut, QWidget], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item, self._save = ctx, item, save
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = ImageView(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_in = QPushButton(self)
        self.zoom_out = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.actual_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self._fit)
        self.actual_button.clicked.connect(self._actual)
        self.save_button.clicked.connect(lambda: self._save(self.item, self) if self._save else None)
        self.save_button.setVisible(save is not None)
        self.close_button.clicked.connect(self.close)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(ZOOM_STEP)),
                           (QKeySequence("Ctrl+="), lambda: self._zoom(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(1 / ZOOM_STEP)),
                           (QKeySequence("Ctrl+0"), self._fit), (QKeySequence("Ctrl+1"), self._actual)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        buttons = QHBoxLayout()
        for button in (self.zoom_out, self.zoom_in, self.fit_button, self.actual_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self.retranslate_ui()
        self.view.setFocus()
        data_of = ctx.client.attachment_bytes
        ctx.tasks.run(lambda: decode(data_of(item.id)), on_done=self._show, on_error=self._failed, owner=self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Image: %1").replace("%1", shown_name(self.item, 60)))
        self.view.setAccessibleName(self.tr("Image %1").replace("%1", shown_name(self.item, 60)))
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.fit_button.setText(self.tr("&Fit"))
        self.actual_button.setText(self.tr("&Actual size"))
        self.save_button.setText(self.tr("&Save…"))
        self.close_button.setText(self.tr("Close"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_status(self, error: str = "") -> None:
        if error:
            self.status.setText(error)
        elif self.view.item.pixmap().isNull():
            self.status.setText(self.tr("Loading…"))
        else:
            self.status.setText(self.tr("%1 × %2 px, %3 · %4%").replace("%1", str(self.view.item.pixmap().width()))
                                .replace("%2", str(self.view.item.pixmap().height()))
                                .replace("%3", size_text(self.item.size))
                                .replace("%4", str(round(self.view.scale_factor * 100))))

    def _show(self, image: QImage) -> None:
        if image.isNull():
            self._show_status(self.tr("This image cannot be shown."))
            return
        self.view.set_image(image)
        self._show_status()

    def _failed(self, exc: Exception) -> None:
        self._show_status(self.tr("Could not load the image: %1").replace("%1", describe(exc)))

    def _zoom(self, factor: float) -> None:
        self.view.zoom(factor)
        self._show_status()

    def _fit(self) -> None:
        self.view.fit()
        self._show_status()

    def _actual(self) -> None:
        self.view.actual_size()
        self._show_status()
