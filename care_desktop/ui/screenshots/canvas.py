"""The editor's drawing surface: shows the screenshot scaled to fit and turns mouse and keys into annotations.

The view maps widget positions to image pixels (the picture is shown at most at its natural size, so on a
HiDPI screen an image grabbed at ratio 2 is shown at half its pixel size and stays sharp); annotations are
stored in image pixels only. Everything is reachable from the keyboard: Enter adds a mark of the current
tool in the middle, arrow keys move the selected mark (Shift: by 10), Ctrl+arrow keys resize it.
The toolbar, shortcuts and saving belong to ``editor``; drawing to ``annotations``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.screenshots.annotations import Annotation, AnnotationList, Kind, Style, bounds, hit, paint

CLICK_SLOP = 3  # widget pixels: a shorter drag is a click
HIT_TOLERANCE = 6  # widget pixels around a mark that still select it
MARGIN = 8
BACKDROP = QColor(60, 63, 65)


class Tool(enum.Enum):
    """What a click or drag on the picture does."""

    SELECT = "select"
    ARROW = "arrow"
    BOX = "box"
    TEXT = "text"
    REDACT = "redact"


KIND_OF_TOOL = {Tool.ARROW: Kind.ARROW, Tool.BOX: Kind.BOX, Tool.TEXT: Kind.TEXT, Tool.REDACT: Kind.REDACT}


@dataclass
class _Drag:
    press: QPointF  # widget position of the press
    origin: QPoint  # image position of the press
    index: int | None = None  # the mark being moved (None: a new mark is being drawn)
    original: Annotation | None = None
    preview: Annotation | None = None


class AnnotationCanvas(QWidget):
    """The picture with its annotations; draws, selects and moves them.

    Signals:
        selection_changed: Another mark (or none) is selected.
        text_placed: A text mark was added at this index (the editor lets the user type its words).

    Args:
        annotations: The annotations of the picture (shared with the editor).
        parent: Owner.
    """

    selection_changed = Signal()
    text_placed = Signal(int)

    def __init__(self, annotations: AnnotationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.annotations = annotations
        self.image = QImage()
        self.ratio = 1.0
        self.mark_style = Style()
        self.tool = Tool.ARROW
        self.new_text = ""
        self.selected: int | None = None
        self.selection_serial = 0  # changes with every selection: typing into one text is one undo step
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        annotations.changed.connect(self._annotations_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setAccessibleName(self.tr("Screenshot to annotate"))
        self._describe()

    def _describe(self) -> None:
        count = len(self.annotations)
        text = self.tr("%n marks.", "", count)
        if self.selected is not None:
            names = {
                Kind.ARROW: self.tr("arrow"),
                Kind.BOX: self.tr("box"),
                Kind.TEXT: self.tr("text"),
                Kind.REDACT: self.tr("redact box"),
            }
            text += " " + fill(self.tr("Selected: %1."), names[self.annotations.items[self.selected].kind])
        self.setAccessibleDescription(text)

    def set_image(self, image: QImage) -> None:
        """Show ``image`` (its device pixel ratio gives mark sizes and the natural view size); no selection."""
        self.ratio = image.devicePixelRatio() or 1.0
        self.image = image.copy()
        self.image.setDevicePixelRatio(1.0)  # annotations live in pixels
        self.mark_style = Style.for_ratio(self.ratio)
        self._drag = None
        self.select(None)
        self.updateGeometry()
        self.update()

    def set_tool(self, tool: Tool) -> None:
        """Choose what clicks and drags do."""
        self.tool = tool
        self._drag = None
        self.setCursor(Qt.CursorShape.ArrowCursor if tool is Tool.SELECT else Qt.CursorShape.CrossCursor)
        self.update()

    def select(self, index: int | None) -> None:
        """Select the mark at ``index`` (None: nothing)."""
        self.selected = index
        self.selection_serial += 1
        self._describe()
        self.selection_changed.emit()
        self.update()

    def _annotations_changed(self) -> None:
        if self.selected is not None and self.selected >= len(self.annotations):
            self.select(None)
        self._describe()
        self.update()

    # -- geometry ---------------------------------------------------------------------------------------------

    def scale(self) -> float:
        """Widget pixels per image pixel: fit the widget, never larger than the natural size."""
        if self.image.isNull():
            return 1.0
        room_w, room_h = max(1, self.width() - 2 * MARGIN), max(1, self.height() - 2 * MARGIN)
        return min(room_w / self.image.width(), room_h / self.image.height(), 1.0 / self.ratio)

    def image_area(self) -> QRectF:
        """Where the picture is shown, in widget pixels (centred)."""
        factor = self.scale()
        width, height = self.image.width() * factor, self.image.height() * factor
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_image(self, position: QPointF) -> QPoint:
        """The image pixel under a widget position, clamped to the picture."""
        area, factor = self.image_area(), self.scale()
        x = round((position.x() - area.x()) / factor)
        y = round((position.y() - area.y()) / factor)
        return QPoint(min(max(x, 0), self.image.width()), min(max(y, 0), self.image.height()))

    def sizeHint(self) -> QSize:
        """The picture at its natural size, within reason."""
        if self.image.isNull():
            return QSize(640, 400)
        natural = self.image.size() / self.ratio
        return QSize(min(natural.width(), 1100) + 2 * MARGIN, min(natural.height(), 680) + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a small window."""
        return QSize(240, 160)

    # -- painting ---------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture, its marks, the selection and the keyboard focus."""
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        if not self.image.isNull():
            area = self.image_area()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(area, self.image)
            painter.save()
            painter.setClipRect(area)
            painter.translate(area.topLeft())
            painter.scale(self.scale(), self.scale())
            marks = self.annotations.items
            if self._drag is not None and self._drag.index is None and self._drag.preview is not None:
                marks = (*marks, self._drag.preview)
            paint(painter, marks, self.mark_style, self.image.rect())
            painter.restore()
            self._paint_selection(painter)
        if self.hasFocus():
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_selection(self, painter: QPainter) -> None:
        if self.selected is None:
            return
        area, factor = self.image_area(), self.scale()
        box = QRectF(bounds(self.annotations.items[self.selected], self.mark_style))
        shown = QRectF(
            area.x() + box.x() * factor, area.y() + box.y() * factor, box.width() * factor, box.height() * factor
        )
        for color, style in (
            (QColor(255, 255, 255), Qt.PenStyle.SolidLine),
            (QColor(0, 120, 215), Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(color, 1.5, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(shown.adjusted(-3, -3, 3, 3))

    # -- mouse ------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start drawing, select and start moving, or place a text."""
        if event.button() != Qt.MouseButton.LeftButton or self.image.isNull():
            return
        point = self.to_image(event.position())
        self._drag = _Drag(event.position(), point)
        if self.tool is Tool.SELECT:
            index = self._hit(point)
            self.select(index)
            if index is not None:
                self._drag.index, self._drag.original = index, self.annotations.items[index]
        elif self.tool is Tool.TEXT:
            self._drag = None
            self.add(Annotation(Kind.TEXT, (point.x(), point.y()), (point.x(), point.y()), self._text()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the drag: resize the new mark or move the selected one."""
        drag = self._drag
        if drag is None:
            return
        point = self.to_image(event.position())
        if drag.index is not None and drag.original is not None:
            moved = drag.original.moved(point.x() - drag.origin.x(), point.y() - drag.origin.y())
            self.annotations.replace(drag.index, moved, merge=f"drag-{self.selection_serial}")
        elif self.tool in KIND_OF_TOOL:
            start, end = (drag.origin.x(), drag.origin.y()), (point.x(), point.y())
            drag.preview = Annotation(KIND_OF_TOOL[self.tool], start, end)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the drag; a click with a drawing tool selects the mark under it."""
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if drag.index is not None:
            return
        if QLineF(drag.press, event.position()).length() < CLICK_SLOP or drag.preview is None:
            self.select(self._hit(drag.origin))
            return
        self.add(drag.preview)

    def _hit(self, point: QPoint) -> int | None:
        return hit(self.annotations.items, point, HIT_TOLERANCE / self.scale(), self.mark_style)

    # -- editing ----------------------------------------------------------------------------------------------

    def _text(self) -> str:
        return self.new_text.strip() or self.tr("Text")

    def add(self, annotation: Annotation) -> int:
        """Add a mark and select it; returns its index."""
        index = self.annotations.add(annotation)
        self.select(index)
        if annotation.kind is Kind.TEXT:
            self.text_placed.emit(index)
        return index

    def add_in_middle(self) -> int | None:
        """Add a mark of the current tool in the middle of the picture (the keyboard's way to draw)."""
        if self.tool not in KIND_OF_TOOL or self.image.isNull():
            return None
        width, height = self.image.width(), self.image.height()
        cx, cy = width // 2, height // 2
        kind = KIND_OF_TOOL[self.tool]
        if kind is Kind.TEXT:
            return self.add(Annotation(kind, (cx, cy), (cx, cy), self._text()))
        if kind is Kind.ARROW:
            return self.add(Annotation(kind, (cx - width // 8, cy - height // 8), (cx, cy)))
        return self.add(Annotation(kind, (cx - width // 8, cy - height // 8), (cx + width // 8, cy + height // 8)))

    def delete_selected(self) -> bool:
        """Remove the selected mark; returns False when none is selected."""
        if self.selected is None:
            return False
        index = self.selected
        self.select(None)
        self.annotations.remove(index)
        return True

    def select_next(self, step: int = 1) -> None:
        """Select the next (or, with ``step=-1``, the previous) mark, wrapping around."""
        count = len(self.annotations)
        if count == 0:
            self.select(None)
        elif self.selected is None:
            self.select(0 if step > 0 else count - 1)
        else:
            self.select((self.selected + step) % count)

    def set_selected_text(self, text: str) -> None:
        """Change the words of the selected text mark (typing into it is one undo step)."""
        if self.selected is None or self.annotations.items[self.selected].kind is not Kind.TEXT:
            return
        current = self.annotations.items[self.selected]
        self.annotations.replace(
            self.selected,
            Annotation(Kind.TEXT, current.start, current.end, text),
            merge=f"text-{self.selection_serial}",
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds a mark; arrow keys move (Shift: faster) or, with Ctrl, resize the selected mark."""
        key, modifiers = event.key(), event.modifiers()
        steps: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert) and self.tool in KIND_OF_TOOL:
            self.add_in_middle()
        elif key in steps and self.selected is not None:
            factor = 10 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = (value * factor for value in steps[key])
            current = self.annotations.items[self.selected]
            changed = (
                current.resized(dx, dy) if modifiers & Qt.KeyboardModifier.ControlModifier else current.moved(dx, dy)
            )
            self.annotations.replace(self.selected, changed, merge=f"keys-{self.selection_serial}")
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            drag, self._drag = self._drag, None
            if drag.index is not None and drag.original is not None:
                self.annotations.replace(drag.index, drag.original, merge=f"drag-{self.selection_serial}")
            self.update()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus frame."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus frame."""
        super().focusOutEvent(event)
        self.update()
