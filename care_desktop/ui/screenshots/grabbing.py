"""Reading pixels from the screen: one screen, all screens, one window; and telling when the system refused.

Qt's ``QScreen.grabWindow`` does the reading. Before grabbing, :func:`refusal` tells whether the platform is
known to forbid it (Wayland without a portal, macOS without the screen-recording permission); after grabbing,
:func:`is_blank` catches the other way a refusal shows up: an empty or all-black image. The reasons are
:class:`CaptureFailure` values with a plain, translated explanation. This module does not hide windows, wait or
show anything (``capture`` orchestrates that).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QImage, QPainter, QPixmap, QScreen

from care_desktop.ui.i18n import fill
from care_desktop.ui.screenshots import native


class FailureReason(enum.Enum):
    """Why no screenshot was taken."""

    WAYLAND = "wayland"
    MACOS_PERMISSION = "macos-permission"
    BLANK = "blank"
    NO_WINDOW = "no-window"
    WINDOW_UNSUPPORTED = "window-unsupported"
    NO_SCREEN = "no-screen"
    ERROR = "error"


@dataclass(frozen=True)
class CaptureFailure:
    """A capture that did not give a picture, and what the user can do instead.

    Attributes:
        reason: Why.
        offer_existing_image: True when taking a screenshot here cannot work and the user should attach one
            taken with the system's own tool; False when trying again differently can work.
        detail: The error, for ``FailureReason.ERROR``.
    """

    reason: FailureReason
    offer_existing_image: bool = True
    detail: str = ""

    def text(self) -> str:
        """The explanation for the user, in the UI language."""
        texts = {
            FailureReason.WAYLAND: QCoreApplication.translate(
                "ScreenCapture",
                "On this desktop (Wayland) Care Desktop cannot capture the screen itself. Take the screenshot "
                "with your system's own tool (for example the Print Screen key), then attach the image.",
            ),
            FailureReason.MACOS_PERMISSION: QCoreApplication.translate(
                "ScreenCapture",
                "macOS has not allowed Care Desktop to record the screen. Allow it in System Settings \u203a "
                "Privacy & Security \u203a Screen Recording and restart Care Desktop, or take the screenshot "
                "with Shift+Command+4 and attach the image.",
            ),
            FailureReason.BLANK: QCoreApplication.translate(
                "ScreenCapture",
                "The screenshot came back empty (all black): this system did not let Care Desktop read the "
                "screen. Take the screenshot with your system's own tool, then attach the image.",
            ),
            FailureReason.NO_WINDOW: QCoreApplication.translate(
                "ScreenCapture",
                "There was no window under the mouse pointer when the delay ended. Point at the window to "
                "capture while the delay runs, or capture a region instead.",
            ),
            FailureReason.WINDOW_UNSUPPORTED: QCoreApplication.translate(
                "ScreenCapture",
                "Capturing a single window is not available on this system. Capture a region around the "
                "window instead.",
            ),
            FailureReason.NO_SCREEN: QCoreApplication.translate("ScreenCapture", "No screen was found to capture."),
            FailureReason.ERROR: fill(
                QCoreApplication.translate("ScreenCapture", "The screen could not be read: %1"), self.detail
            ),
        }
        return texts[self.reason]


def refusal(platform_name: str | None = None) -> CaptureFailure | None:
    """Whether the platform is known to forbid screen capture, before anything is hidden or grabbed.

    Args:
        platform_name: ``QGuiApplication.platformName()`` (the default).

    Returns:
        The reason, or None when capturing may work.
    """
    name = QGuiApplication.platformName() if platform_name is None else platform_name
    if name.startswith("wayland"):
        return CaptureFailure(FailureReason.WAYLAND)
    if name == "cocoa" and native.macos_capture_allowed() is False:
        native.macos_request_capture()
        return CaptureFailure(FailureReason.MACOS_PERMISSION)
    if not QGuiApplication.screens():
        return CaptureFailure(FailureReason.NO_SCREEN)
    return None


def is_blank(image: QImage) -> bool:
    """Whether a grab is empty: null, zero-sized, all transparent or all black.

    That is what a refused capture looks like (Wayland and some locked-down desktops return black or
    nothing); a real screen is never entirely black.
    """
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    converted = image.convertToFormat(premultiplied)  # kept alive: constBits() points into it
    data = bytes(converted.constBits())
    if data.count(0) == len(data):  # every pixel transparent
        return True
    black = QImage(1, 1, premultiplied)
    black.fill(QColor(0, 0, 0))
    # A four-byte pattern found width*height times without overlap in a buffer of that many pixels: all black.
    return data.count(bytes(black.constBits())) * 4 == len(data)


def screen_under_pointer() -> QScreen | None:
    """The screen with the mouse pointer (the primary screen when the pointer is nowhere)."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def grab_screen(screen: QScreen) -> QPixmap:
    """All of one screen, in device pixels (the pixmap's device pixel ratio is the screen's)."""
    return screen.grabWindow(0)


def compose(parts: list[tuple[QRect, QImage]]) -> QImage:
    """Put screen grabs side by side as the screens are arranged, at the highest device pixel ratio.

    Args:
        parts: Each screen's geometry (logical pixels of the virtual desktop) and its grab.

    Returns:
        One image of the virtual desktop; areas no screen covers are black.
    """
    if not parts:
        return QImage()
    if len(parts) == 1:
        return parts[0][1].copy()
    area = QRect()
    for geometry, _image in parts:
        area = area.united(geometry)
    ratio = max(image.devicePixelRatio() for _geometry, image in parts)
    result = QImage(round(area.width() * ratio), round(area.height() * ratio), QImage.Format.Format_RGB32)
    result.fill(QColor(0, 0, 0))
    result.setDevicePixelRatio(ratio)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    for geometry, image in parts:
        painter.drawImage(QRectF(geometry.translated(-area.topLeft())), image)
    painter.end()
    return result


def grab_all_screens() -> QImage:
    """The whole virtual desktop: every screen, arranged as they are."""
    parts = [(screen.geometry(), grab_screen(screen).toImage()) for screen in QGuiApplication.screens()]
    return compose(parts)


def grab_pointed_window() -> QImage | CaptureFailure:
    """The top-level window under the mouse pointer (with its frame), or why it could not be captured."""
    platform = QGuiApplication.platformName()
    if platform not in ("xcb", "windows"):
        return CaptureFailure(FailureReason.WINDOW_UNSUPPORTED, offer_existing_image=False)
    window = native.window_under_pointer(platform)
    if window is None:
        return CaptureFailure(FailureReason.NO_WINDOW, offer_existing_image=False)
    if window.frame is None:
        screen = screen_under_pointer()
        if screen is None:
            return CaptureFailure(FailureReason.NO_SCREEN)
        return screen.grabWindow(window.native_id).toImage()
    return _grab_frame(window.frame)


def _grab_frame(frame: tuple[int, int, int, int]) -> QImage | CaptureFailure:
    """Grab a rectangle given in device pixels of the virtual desktop from the screen that holds its centre.

    Qt keeps each screen's top-left corner the same in device and logical pixels and scales from there.
    """
    x, y, width, height = frame
    centre = QPoint(x + width // 2, y + height // 2)
    for screen in QGuiApplication.screens():
        geometry, ratio = screen.geometry(), screen.devicePixelRatio()
        device = QRect(geometry.topLeft(), geometry.size() * ratio)
        if device.contains(centre):
            left = round((x - geometry.x()) / ratio)
            top = round((y - geometry.y()) / ratio)
            return screen.grabWindow(0, left, top, round(width / ratio), round(height / ratio)).toImage()
    return CaptureFailure(FailureReason.NO_WINDOW, offer_existing_image=False)
