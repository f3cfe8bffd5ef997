"""Keep every window and dialog inside the screen's available area (issue 14, item 10).

One helper, :func:`fit_to_screen`, bounds a window's size to the available geometry of its screen and moves it
so that its frame, buttons included, is on that screen. :class:`ScreenFitter` applies it to every top-level
window when it is first shown. It must not decide what a window shows, only where and how big.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

MARGIN = 0.95  # of the available area, so a window never touches the task bar or the screen's edge


def available_area(window: QWidget) -> QRect | None:
    """The available geometry of the screen ``window`` is on (else the primary screen's), or None."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` to fit ``area`` (default: its screen's available area) and move it inside.

    Args:
        window: A top-level window or dialog.
        area: The area to fit, in global coordinates.
    """
    area = area if area is not None else available_area(window)
    if area is None or area.isEmpty():
        return
    room = QSize(int(area.width() * MARGIN), int(area.height() * MARGIN))
    frame = window.frameGeometry()
    extra = QSize(max(0, frame.width() - window.width()), max(0, frame.height() - window.height()))
    limit = room - extra
    if window.minimumWidth() > limit.width() or window.minimumHeight() > limit.height():
        window.setMinimumSize(window.minimumSize().boundedTo(limit))
    if window.width() > limit.width() or window.height() > limit.height():
        window.resize(window.size().boundedTo(limit))
    frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, area.left()), max(top, area.top()))


def _is_window(widget: QWidget) -> bool:
    kind = widget.windowType()
    return widget.isWindow() and kind in (Qt.WindowType.Window, Qt.WindowType.Dialog)


class ScreenFitter(QObject):
    """Fits every top-level window and dialog to its screen when it is shown.

    Args:
        area: The area a window must fit in (default: its screen's available area). The offscreen platform
            has no real screen: there the default fits nothing unless an area is given.
        parent: Owner (the application).
    """

    def __init__(self, area: Callable[[QWidget], QRect | None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area = area or _real_screen_area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit a window when it is shown (a dialog shown again is fitted again: the screen may have changed)."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and _is_window(watched):
            area = self.area(watched)
            if area is not None:
                fit_to_screen(watched, area)
                # A message box sizes itself in its own show handler, after this filter: fit it again then.
                QTimer.singleShot(0, watched, lambda: fit_to_screen(watched, area))
        return False


def _real_screen_area(window: QWidget) -> QRect | None:
    if QGuiApplication.platformName() == "offscreen":
        return None
    return available_area(window)


def install_screen_fitter(app: QApplication, area: Callable[[QWidget], QRect | None] | None = None) -> ScreenFitter:
    """Install (once per application) the filter that fits every window to its screen.

    Args:
        app: The application.
        area: See :class:`ScreenFitter`; given, it replaces an installed fitter's.

    Returns:
        The fitter in use.
    """
    for child in app.children():
        if isinstance(child, ScreenFitter):
            if area is not None:
                child.area = area
            return child
    fitter = ScreenFitter(area, app)
    app.installEventFilter(fitter)
    return fitter
