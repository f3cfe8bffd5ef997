"""A scroll area that scrolls up and down only: as wide as its content needs, so nothing is cut at the right.

For a panel of fields and wrapped texts that a short window would otherwise squeeze together. It decides no
content and no texts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Shows ``widget`` at the area's width and scrolls it vertically; asks its parent for the widget's width.

    Args:
        widget: The content (kept at least as wide as its minimum size hint).
        parent: Owner.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        """The content's minimum width, the vertical scroll bar beside it; the usual small height."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(width, hint.width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ask the parent layout again when the content's layout changes (its minimum width may have)."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
