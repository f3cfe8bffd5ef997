"""Taking a screenshot: hide the app's windows, wait, grab (or let the user choose a region), show them again.

A :class:`ScreenCapture` runs one capture at a time without ever blocking the GUI thread: the delay and the
pause that lets the window system (and a compositor) take the hidden windows off the screen are ``QTimer``
waits, and the region is chosen on a full-screen overlay. The outcome arrives as a signal after the app's
windows are back. This module does not edit or save the picture.
"""

from __future__ import annotations

import enum
import traceback
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from care_desktop.ui.screenshots import grabbing
from care_desktop.ui.screenshots.grabbing import CaptureFailure, FailureReason
from care_desktop.ui.screenshots.region_selector import RegionSelector

SETTLE_MS = 250
"""Pause between hiding the app's windows and grabbing, so the window system has repainted what was behind."""


class CaptureMode(enum.Enum):
    """What to capture."""

    ALL_SCREENS = "all-screens"
    SCREEN = "screen"
    WINDOW = "window"
    REGION = "region"


@dataclass(frozen=True)
class CaptureRequest:
    """One capture.

    Attributes:
        mode: The whole desktop, one screen, the window under the pointer, or a region the user drags.
        screen: Index in ``QGuiApplication.screens()`` for ``CaptureMode.SCREEN``.
        delay_ms: Wait this long before grabbing (time to open a menu or point at a window).
    """

    mode: CaptureMode = CaptureMode.ALL_SCREENS
    screen: int = 0
    delay_ms: int = 0


class ScreenCapture(QObject):
    """Runs captures; one at a time.

    Signals:
        captured: The picture (``QImage``; its device pixel ratio is the screen's).
        failed: No picture; a ``CaptureFailure`` saying why and what to do instead.
        cancelled: The user cancelled the region selection.
        finished: Emitted last after each of the above.

    Args:
        parent: Owner.
        settle_ms: Pause after hiding the app's windows (tests that hide nothing may pass 0).
        hide_windows: Hide the app's visible top-level windows while capturing.
    """

    captured = Signal(QImage)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None, settle_ms: int = SETTLE_MS, hide_windows: bool = True) -> None:
        super().__init__(parent)
        self.settle_ms = settle_ms
        self.hide_windows = hide_windows
        self.selector: RegionSelector | None = None
        self._request = CaptureRequest()
        self._hidden: list[QWidget] = []
        self._active: QWidget | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._grab)

    @property
    def running(self) -> bool:
        """Whether a capture is under way."""
        return self._running

    def start(self, request: CaptureRequest) -> bool:
        """Begin a capture; the outcome arrives as a signal.

        Args:
            request: What to capture and after which delay.

        Returns:
            False when a capture is already running (nothing else happens).
        """
        if self._running:
            return False
        self._running = True
        self._request = request
        refused = grabbing.refusal()
        if refused is not None:
            QTimer.singleShot(0, self, lambda: self._end(refused))
            return True
        hid_any = self._hide_own_windows() if self.hide_windows else False
        self._timer.start(max(request.delay_ms, self.settle_ms if hid_any else 0))
        return True

    def _hide_own_windows(self) -> bool:
        self._active = QApplication.activeWindow()
        visible = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
        transient = (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
        self._hidden = [w for w in visible if w.windowType() not in transient]
        for widget in visible:
            widget.hide()
        return bool(visible)

    def _restore_windows(self) -> None:
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        active = self._active
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        self._hidden, self._active = [], None

    def _grab(self) -> None:
        mode = self._request.mode
        try:
            if mode is CaptureMode.REGION:
                self._select_region()
                return
            if mode is CaptureMode.WINDOW:
                result: QImage | CaptureFailure = grabbing.grab_pointed_window()
            elif mode is CaptureMode.SCREEN:
                screens = QGuiApplication.screens()
                index = self._request.screen if 0 <= self._request.screen < len(screens) else 0
                result = grabbing.grab_screen(screens[index]).toImage()
            else:
                result = grabbing.grab_all_screens()
        except Exception as error:  # the windows must come back whatever happened; the trace is for support
            traceback.print_exc()
            result = CaptureFailure(FailureReason.ERROR, detail=str(error) or type(error).__name__)
        self._end(result)

    def _select_region(self) -> None:
        screen = grabbing.screen_under_pointer()
        if screen is None:
            self._end(CaptureFailure(FailureReason.NO_SCREEN))
            return
        frozen = grabbing.grab_screen(screen)
        if grabbing.is_blank(frozen.toImage()):
            self._end(CaptureFailure(FailureReason.BLANK))
            return
        self.selector = RegionSelector(frozen, screen)
        self.selector.selected.connect(lambda rect: self._region_chosen(frozen, rect))
        self.selector.cancelled.connect(lambda: self._end(None))
        self.selector.open()

    def _region_chosen(self, frozen: QPixmap, rect: QRect) -> None:
        image = frozen.toImage().copy(rect)
        image.setDevicePixelRatio(frozen.devicePixelRatio())
        self._end(image)

    def _end(self, result: QImage | CaptureFailure | None) -> None:
        """Show the app again, then report (``None``: the user cancelled)."""
        if self.selector is not None:
            self.selector.deleteLater()
            self.selector = None
        self._restore_windows()
        self._running = False
        if result is None:
            self.cancelled.emit()
        elif isinstance(result, CaptureFailure):
            self.failed.emit(result)
        elif grabbing.is_blank(result):
            self.failed.emit(CaptureFailure(FailureReason.BLANK))
        else:
            self.captured.emit(result)
        self.finished.emit()
