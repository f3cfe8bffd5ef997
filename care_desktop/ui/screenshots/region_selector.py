"""Choosing a region of a screen: a full-screen overlay over a frozen grab where the user drags a rectangle.

The overlay shows the screen as it was grabbed (so what is selected is exactly what is saved), dims what is
outside the selection and shows its size. Releasing the mouse button selects; Enter selects the whole screen;
Esc cancels. The geometry (normalising a drag, clamping it to the screen, converting logical to image pixels
on HiDPI screens) is in plain functions tested without a screen. This module does not grab the screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from care_desktop.ui.i18n import fill, on_language_change

MIN_DRAG = 4  # logical pixels: a shorter drag is a click, not a selection
DIM = QColor(0, 0, 0, 110)
BORDER = QColor(40, 150, 255)


def normalized_selection(anchor: QPoint, current: QPoint) -> QRect:
    """The rectangle between the press point and the current point, whichever way the user dragged.

    Both points are pixel positions; the rectangle includes both (a drag from (10, 10) to (12, 11) is 3 by 2).
    """
    left, right = sorted((anchor.x(), current.x()))
    top, bottom = sorted((anchor.y(), current.y()))
    return QRect(QPoint(left, top), QPoint(right, bottom))


def clamp_to(rect: QRect, area: QRect) -> QRect:
    """``rect`` cut to ``area`` (the screen); an empty rectangle when they do not overlap."""
    clamped = rect.intersected(area)
    return clamped if clamped.isValid() else QRect()


def is_selection(anchor: QPoint, current: QPoint) -> bool:
    """Whether a drag from ``anchor`` to ``current`` is long enough to be a selection (not a slipped click)."""
    return abs(current.x() - anchor.x()) >= MIN_DRAG and abs(current.y() - anchor.y()) >= MIN_DRAG


def to_image_pixels(rect: QRect, ratio: float, image_size: QSize) -> QRect:
    """Convert a selection in logical pixels (relative to the screen) to the grabbed image's pixels.

    On a screen with device pixel ratio ``ratio`` every logical pixel covers ``ratio`` image pixels; the
    result covers every image pixel the logical selection touches and stays inside the image.

    Args:
        rect: The selection, in the overlay's (logical) coordinates.
        ratio: The grab's device pixel ratio.
        image_size: The grab's size in pixels.
    """
    if rect.isEmpty():
        return QRect()
    left, top = math.floor(rect.x() * ratio), math.floor(rect.y() * ratio)
    right = math.ceil((rect.x() + rect.width()) * ratio)
    bottom = math.ceil((rect.y() + rect.height()) * ratio)
    return clamp_to(QRect(left, top, right - left, bottom - top), QRect(QPoint(0, 0), image_size))


class RegionSelector(QWidget):
    """A frameless full-screen window over one screen showing its frozen grab; the user drags a rectangle.

    Signals:
        selected: The chosen rectangle in the grab's pixels (``QRect``).
        cancelled: Esc was pressed or the window was closed.

    Args:
        grab: The screen as grabbed (its device pixel ratio tells how pixels map to the screen).
        screen: The screen the grab shows (the overlay covers it); None for the primary screen.
    """

    selected = Signal(QRect)
    cancelled = Signal()

    def __init__(self, grab: QPixmap, screen: QScreen | None = None) -> None:
        super().__init__(None)
        on_language_change(self, self.retranslate)
        self.frozen = grab
        self._screen = screen or QGuiApplication.primaryScreen()
        self._anchor: QPoint | None = None
        self._current = QPoint()
        self._done = False
        # A plain window, not a tool window: macOS hides tool windows of an inactive app, and the app's other
        # windows are hidden while capturing.
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Select a region"))
        self.setAccessibleName(self.tr("Select a region of the screen"))
        self.setAccessibleDescription(self.hint())

    def hint(self) -> str:
        """The instructions shown at the top of the overlay."""
        return self.tr("Drag to select a region. Enter: the whole screen. Esc: cancel.")

    def open(self) -> None:
        """Cover the screen and take the keyboard."""
        self.setScreen(self._screen)
        self.setGeometry(self._screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def selection(self) -> QRect:
        """The current selection in logical (overlay) pixels, or an empty rectangle."""
        if self._anchor is None or not is_selection(self._anchor, self._current):
            return QRect()
        return clamp_to(normalized_selection(self._anchor, self._current), self.rect())

    def _finish(self, logical: QRect | None) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        if logical is None:
            self.cancelled.emit()
            return
        self.selected.emit(to_image_pixels(logical, self.frozen.devicePixelRatio(), self.frozen.size()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a selection."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = event.position().toPoint()
            self._current = self._anchor
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the drag."""
        self._current = event.position().toPoint()
        if self._anchor is not None:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Select the dragged rectangle; a plain click starts over."""
        if event.button() != Qt.MouseButton.LeftButton or self._anchor is None:
            return
        self._current = event.position().toPoint()
        chosen = self.selection()
        self._anchor = None
        if chosen.isEmpty():
            self.update()
            return
        self._finish(chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels; Enter takes the whole screen."""
        if event.key() == Qt.Key.Key_Escape:
            self._finish(None)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(self.rect())
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the overlay (e.g. by the window system) cancels."""
        self._finish(None)
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frozen screen, dimmed outside the selection, with the size of the selection."""
        del event
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.frozen)
        chosen = self.selection()
        if chosen.isEmpty():
            painter.fillRect(self.rect(), DIM)
        else:
            for part in _outside(self.rect(), chosen):
                painter.fillRect(part, DIM)
            painter.setPen(QPen(BORDER, 1))
            painter.drawRect(chosen.adjusted(0, 0, -1, -1))
            pixels = to_image_pixels(chosen, self.frozen.devicePixelRatio(), self.frozen.size())
            size = fill(self.tr("%1 \u00d7 %2"), str(pixels.width()), str(pixels.height()))
            self._label(painter, size, chosen.bottomLeft() + QPoint(0, 6))
        self._label(painter, self.hint(), QPoint(self.width() // 2, 12), centred=True)
        painter.end()

    def _label(self, painter: QPainter, text: str, where: QPoint, centred: bool = False) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        box = painter.fontMetrics().boundingRect(text).adjusted(-8, -4, 8, 4)
        box.moveTopLeft(where - QPoint(box.width() // 2, 0) if centred else where)
        box.moveTop(min(box.top(), self.height() - box.height()))
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def _outside(area: QRect, hole: QRect) -> list[QRect]:
    """Four rectangles covering ``area`` except ``hole`` (above, below, left and right of it)."""
    return [
        QRect(area.left(), area.top(), area.width(), hole.top() - area.top()),
        QRect(area.left(), hole.bottom() + 1, area.width(), area.bottom() - hole.bottom()),
        QRect(area.left(), hole.top(), hole.left() - area.left(), hole.height()),
        QRect(hole.right() + 1, hole.top(), area.right() - hole.right(), hole.height()),
    ]
