"""Annotations on a screenshot (arrow, box, text, redact box), their undo history, and how they are drawn.

Every annotation is stored in **image pixel coordinates** (never widget or logical coordinates), so the
picture looks the same on any screen and HiDPI only changes how the editor scales its view. The same
:func:`paint` draws the editor's view and the saved file; :func:`flatten` burns everything into a new image:
redact boxes are painted last, opaque, without antialiasing, so no pixel of what they cover survives in the
saved PNG. This module does not handle input (``canvas``) nor write files (``saving``).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QLineF, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPolygonF

ANNOTATION_COLOR = QColor(215, 25, 45)
HALO_COLOR = QColor(255, 255, 255)
TEXT_BACKGROUND = QColor(255, 255, 255, 235)
REDACT_COLOR = QColor(0, 0, 0)


class Kind(enum.Enum):
    """What an annotation is."""

    ARROW = "arrow"
    BOX = "box"
    TEXT = "text"
    REDACT = "redact"


@dataclass(frozen=True)
class Annotation:
    """One mark on the image, in image pixels.

    Attributes:
        kind: Arrow, box, text or redact box.
        start: Arrow tail, a corner of a box, or the top-left corner of a text.
        end: Arrow head or the opposite corner (for a text: the same as ``start``).
        text: The words of a text annotation.
    """

    kind: Kind
    start: tuple[int, int]
    end: tuple[int, int]
    text: str = ""

    def moved(self, dx: int, dy: int) -> Annotation:
        """The same annotation shifted by ``(dx, dy)`` image pixels."""
        return replace(self, start=(self.start[0] + dx, self.start[1] + dy), end=(self.end[0] + dx, self.end[1] + dy))

    def resized(self, dx: int, dy: int) -> Annotation:
        """The same annotation with its end point shifted (a text keeps its size: it only moves)."""
        if self.kind is Kind.TEXT:
            return self
        return replace(self, end=(self.end[0] + dx, self.end[1] + dy))

    def rect(self) -> QRect:
        """The rectangle spanned by ``start`` and ``end`` (end exclusive), normalised."""
        left, right = sorted((self.start[0], self.end[0]))
        top, bottom = sorted((self.start[1], self.end[1]))
        return QRect(left, top, right - left, bottom - top)


@dataclass(frozen=True)
class Style:
    """Sizes in image pixels, chosen from the screen's device pixel ratio so marks look alike on any screen.

    Attributes:
        pen: Line width of arrows and boxes.
        font_px: Pixel size of text annotations.
    """

    pen: int = 4
    font_px: int = 20

    @classmethod
    def for_ratio(cls, ratio: float) -> Style:
        """The style for an image taken on a screen with device pixel ratio ``ratio``."""
        scale = max(1.0, ratio)
        return cls(pen=max(2, round(4 * scale)), font_px=max(10, round(20 * scale)))

    def font(self) -> QFont:
        """The font of text annotations."""
        font = QFont()
        font.setPixelSize(self.font_px)
        font.setBold(True)
        return font

    @property
    def padding(self) -> int:
        """Space between a text and the edge of its background."""
        return max(2, self.font_px // 4)


def text_rect(annotation: Annotation, style: Style) -> QRect:
    """The area a text annotation covers, background included, in image pixels."""
    metrics = QFontMetrics(style.font())
    lines = annotation.text.splitlines() or [""]
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = metrics.height() * len(lines)
    pad = style.padding
    return QRect(annotation.start[0], annotation.start[1], width + 2 * pad, height + 2 * pad)


def bounds(annotation: Annotation, style: Style) -> QRect:
    """The area an annotation covers (for selection outlines and hit tests), in image pixels."""
    if annotation.kind is Kind.TEXT:
        return text_rect(annotation, style)
    margin = style.pen * 3 if annotation.kind is Kind.ARROW else style.pen
    return annotation.rect().adjusted(-margin, -margin, margin, margin)


def _distance_to_segment(point: QPointF, line: QLineF) -> float:
    dx, dy = line.dx(), line.dy()
    length_sq = dx * dx + dy * dy
    if length_sq == 0:
        return QLineF(point, line.p1()).length()
    t = max(0.0, min(1.0, ((point.x() - line.x1()) * dx + (point.y() - line.y1()) * dy) / length_sq))
    return QLineF(point, QPointF(line.x1() + t * dx, line.y1() + t * dy)).length()


def hit(annotations: tuple[Annotation, ...], point: QPoint, tolerance: float, style: Style) -> int | None:
    """The index of the topmost annotation at ``point`` (image pixels), or None.

    Redact boxes are on top of everything (they are drawn last), then the others newest first.
    """
    order = [i for i, a in enumerate(annotations) if a.kind is Kind.REDACT][::-1]
    order += [i for i, a in enumerate(annotations) if a.kind is not Kind.REDACT][::-1]
    where = QPointF(point)
    pad = math.ceil(tolerance)
    for index in order:
        annotation = annotations[index]
        if annotation.kind is Kind.ARROW:
            line = QLineF(QPointF(*annotation.start), QPointF(*annotation.end))
            if _distance_to_segment(where, line) <= tolerance + style.pen:
                return index
        elif bounds(annotation, style).adjusted(-pad, -pad, pad, pad).contains(point):
            return index
    return None


def _arrow_head(line: QLineF, size: float) -> QPolygonF:
    angle = math.atan2(-line.dy(), line.dx())
    tip = line.p2()
    left = tip - QPointF(math.cos(angle - math.pi / 7) * size, -math.sin(angle - math.pi / 7) * size)
    right = tip - QPointF(math.cos(angle + math.pi / 7) * size, -math.sin(angle + math.pi / 7) * size)
    return QPolygonF([tip, left, right])


def _paint_arrow(painter: QPainter, annotation: Annotation, style: Style) -> None:
    line = QLineF(QPointF(*annotation.start), QPointF(*annotation.end))
    if line.length() < 1:
        return
    head_size = max(style.pen * 4.0, 10.0)
    shaft = QLineF(line.p1(), line.pointAt(max(0.0, 1 - head_size * 0.6 / line.length())))
    head = _arrow_head(line, head_size)
    for color, extra in ((HALO_COLOR, style.pen), (ANNOTATION_COLOR, 0)):
        pen = QPen(color, style.pen + extra, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(color))
        painter.drawLine(shaft)
        painter.drawPolygon(head)


def _paint_box(painter: QPainter, annotation: Annotation, style: Style) -> None:
    rect = QRectF(annotation.rect())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for color, extra in ((HALO_COLOR, style.pen), (ANNOTATION_COLOR, 0)):
        painter.setPen(QPen(color, style.pen + extra, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
        painter.drawRect(rect)


def _paint_text(painter: QPainter, annotation: Annotation, style: Style) -> None:
    if not annotation.text.strip():
        return
    area = text_rect(annotation, style)
    painter.setPen(QPen(ANNOTATION_COLOR, max(1, style.pen // 2)))
    painter.setBrush(QBrush(TEXT_BACKGROUND))
    painter.drawRoundedRect(QRectF(area), style.padding, style.padding)
    painter.setFont(style.font())
    painter.setPen(ANNOTATION_COLOR)
    inner = area.adjusted(style.padding, style.padding, -style.padding, -style.padding)
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), annotation.text)


def paint(painter: QPainter, annotations: tuple[Annotation, ...], style: Style, image_rect: QRect) -> None:
    """Draw ``annotations`` with ``painter`` in image pixel coordinates (the painter's transform maps them).

    Marks are drawn in order, then every redact box on top: opaque, unblended, without antialiasing, clipped
    to the image.

    Args:
        painter: Paints on the image or on the editor's view.
        annotations: What to draw.
        style: Pen and font sizes.
        image_rect: The image's own rectangle (redact boxes are clipped to it).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for annotation in annotations:
        if annotation.kind is Kind.ARROW:
            _paint_arrow(painter, annotation, style)
        elif annotation.kind is Kind.BOX:
            _paint_box(painter, annotation, style)
        elif annotation.kind is Kind.TEXT:
            _paint_text(painter, annotation, style)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    for annotation in annotations:
        if annotation.kind is Kind.REDACT:
            painter.fillRect(annotation.rect().intersected(image_rect), REDACT_COLOR)
    painter.restore()


def flatten(image: QImage, annotations: tuple[Annotation, ...], style: Style) -> QImage:
    """A new opaque image with every annotation burned into its pixels (the input is not changed).

    Args:
        image: The screenshot.
        annotations: Marks in image pixels.
        style: Pen and font sizes.

    Returns:
        An RGB32 image of the same pixel size, device pixel ratio 1.
    """
    result = image.convertToFormat(QImage.Format.Format_RGB32)
    result.setDevicePixelRatio(1.0)
    painter = QPainter(result)
    try:
        paint(painter, annotations, style, result.rect())
    finally:
        painter.end()
    return result


class AnnotationList(QObject):
    """The annotations of one image with undo and redo.

    Every change replaces the whole (immutable) tuple, so undo keeps snapshots. Consecutive changes that
    share a ``merge`` key (one mouse drag, typing one text) make a single undo step.

    Signals:
        changed: The annotations changed (edit, undo, redo or reset).
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[Annotation, ...] = ()
        self._undo: list[tuple[Annotation, ...]] = []
        self._redo: list[tuple[Annotation, ...]] = []
        self._merge: str | None = None

    @property
    def items(self) -> tuple[Annotation, ...]:
        """The annotations, oldest first."""
        return self._items

    def __len__(self) -> int:
        return len(self._items)

    def reset(self, items: tuple[Annotation, ...] = ()) -> None:
        """Start over with ``items`` and no history."""
        self._items, self._undo, self._redo, self._merge = items, [], [], None
        self.changed.emit()

    def _commit(self, items: tuple[Annotation, ...], merge: str | None = None) -> None:
        if merge is None or merge != self._merge:
            self._undo.append(self._items)
        self._merge = merge
        self._redo.clear()
        self._items = items
        self.changed.emit()

    def add(self, annotation: Annotation) -> int:
        """Append ``annotation``; returns its index."""
        self._commit((*self._items, annotation))
        return len(self._items) - 1

    def replace(self, index: int, annotation: Annotation, merge: str | None = None) -> None:
        """Put ``annotation`` in place of the one at ``index``."""
        items = list(self._items)
        items[index] = annotation
        self._commit(tuple(items), merge)

    def remove(self, index: int) -> None:
        """Delete the annotation at ``index``."""
        self._commit(self._items[:index] + self._items[index + 1 :])

    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is an undone change to redo."""
        return bool(self._redo)

    def undo(self) -> bool:
        """Go back one step; returns False when there is nothing to undo."""
        if not self._undo:
            return False
        self._redo.append(self._items)
        self._items, self._merge = self._undo.pop(), None
        self.changed.emit()
        return True

    def redo(self) -> bool:
        """Redo the last undone step; returns False when there is none."""
        if not self._redo:
            return False
        self._undo.append(self._items)
        self._items, self._merge = self._redo.pop(), None
        self.changed.emit()
        return True
