"""Capturing on the offscreen platform: hiding the app, delays, regions, refusals and blank grabs.

The offscreen platform's screen shows the app's own visible windows; what lies outside them is undefined
memory, so these tests only look at pixels inside a known window. Capturing other programs' windows, a black
screen reported as a failure and the region overlay over a hidden app are tested on Xvfb
(tests/e2e/test_screenshot_capture_xvfb.py).
"""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QWidget

from care_desktop.ui.screenshots import (
    CaptureMode,
    CaptureRequest,
    FailureReason,
    ScreenCapture,
    ScreenshotDialog,
)
from care_desktop.ui.screenshots.grabbing import compose, is_blank, refusal
from tests.helpers.dialogs import ScriptedDialogs

MAGENTA = (255, 0, 255)


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    color = image.pixelColor(x, y)
    return color.red(), color.green(), color.blue()


@pytest.fixture
def magenta_window(qtbot) -> QWidget:
    """A frameless magenta window at (100, 100), 200x150."""
    window = QWidget(None, Qt.WindowType.FramelessWindowHint)
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(*MAGENTA))
    window.setPalette(palette)
    window.setAutoFillBackground(True)
    window.setGeometry(100, 100, 200, 150)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def image_of(size: tuple[int, int], color: tuple[int, int, int], ratio: float = 1.0) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(*color))
    image.setDevicePixelRatio(ratio)
    return image


def test_the_app_hides_its_windows_while_capturing_and_shows_them_again(qtbot, magenta_window):
    capture = ScreenCapture()
    with qtbot.waitSignal(capture.finished, timeout=5000):
        assert capture.start(CaptureRequest(CaptureMode.ALL_SCREENS))
        assert not magenta_window.isVisible()  # hidden at once; the grab waits for the screen to repaint
        assert capture.running
    assert magenta_window.isVisible()
    assert not capture.running


def test_a_grab_shows_what_is_on_the_screen(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    with qtbot.waitSignal(capture.captured, timeout=5000) as blocker:
        capture.start(CaptureRequest(CaptureMode.ALL_SCREENS))
    image = blocker.args[0]
    screen = QGuiApplication.primaryScreen().geometry()
    assert (image.width(), image.height()) == (screen.width(), screen.height())
    assert rgb(image, 100, 100) == MAGENTA
    assert rgb(image, 299, 249) == MAGENTA


def test_one_screen_by_index(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    with qtbot.waitSignal(capture.captured, timeout=5000) as blocker:
        capture.start(CaptureRequest(CaptureMode.SCREEN, screen=0))
    assert rgb(blocker.args[0], 150, 150) == MAGENTA


def test_the_delay_does_not_block_the_gui_thread(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    results: list[QImage] = []
    capture.captured.connect(results.append)
    assert capture.start(CaptureRequest(CaptureMode.ALL_SCREENS, delay_ms=300))
    assert results == []  # start() returned before anything was grabbed
    assert capture.running
    assert not capture.start(CaptureRequest())  # one capture at a time
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)


def test_a_region_is_chosen_on_the_frozen_screen(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    capture.start(CaptureRequest(CaptureMode.REGION))
    qtbot.waitUntil(lambda: capture.selector is not None and capture.selector.isVisible(), timeout=5000)
    selector = capture.selector
    assert selector is not None
    with qtbot.waitSignal(capture.captured, timeout=5000) as blocker:
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(170, 140))
        qtbot.mouseMove(selector, QPoint(150, 120))
        qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(120, 110))  # dragged up and left
    image = blocker.args[0]
    assert (image.width(), image.height()) == (51, 31)  # (120, 110) to (170, 140), both included
    assert {rgb(image, x, y) for x in (0, 25, 50) for y in (0, 15, 30)} == {MAGENTA}
    assert not capture.running
    assert capture.selector is None


def test_a_click_is_not_a_region(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    capture.start(CaptureRequest(CaptureMode.REGION))
    qtbot.waitUntil(lambda: capture.selector is not None and capture.selector.isVisible(), timeout=5000)
    selector = capture.selector
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
    assert capture.running  # still choosing
    assert selector.isVisible()
    with qtbot.waitSignal(capture.captured, timeout=5000) as blocker:
        qtbot.keyClick(selector, Qt.Key.Key_Return)  # Enter: the whole screen
    screen = QGuiApplication.primaryScreen().geometry()
    assert (blocker.args[0].width(), blocker.args[0].height()) == (screen.width(), screen.height())


def test_escape_on_the_overlay_cancels(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    capture.start(CaptureRequest(CaptureMode.REGION))
    qtbot.waitUntil(lambda: capture.selector is not None and capture.selector.isVisible(), timeout=5000)
    with qtbot.waitSignal(capture.cancelled, timeout=5000):
        qtbot.keyClick(capture.selector, Qt.Key.Key_Escape)
    assert not capture.running
    assert capture.selector is None


def test_window_capture_needs_a_window_system(qtbot, magenta_window):
    capture = ScreenCapture(hide_windows=False)
    with qtbot.waitSignal(capture.failed, timeout=5000) as blocker:
        capture.start(CaptureRequest(CaptureMode.WINDOW))
    failure = blocker.args[0]
    assert failure.reason is FailureReason.WINDOW_UNSUPPORTED
    assert not failure.offer_existing_image  # a region still works
    assert "region" in failure.text()


@pytest.mark.parametrize("platform", ["wayland", "wayland-egl"])
def test_wayland_is_refused_with_a_plain_reason(qapp, platform):
    failure = refusal(platform)
    assert failure is not None
    assert failure.reason is FailureReason.WAYLAND
    assert failure.offer_existing_image
    assert "Wayland" in failure.text()
    assert "attach the image" in failure.text()


@pytest.mark.parametrize("platform", ["xcb", "windows", "offscreen"])
def test_other_platforms_may_capture(qapp, platform):
    assert refusal(platform) is None


def test_blank_grabs():
    assert is_blank(QImage())
    assert is_blank(image_of((64, 48), (0, 0, 0)))
    transparent = QImage(8, 8, QImage.Format.Format_ARGB32)
    transparent.fill(Qt.GlobalColor.transparent)
    assert is_blank(transparent)
    black16 = QImage(8, 8, QImage.Format.Format_RGB16)
    black16.fill(QColor(0, 0, 0))
    assert is_blank(black16)
    assert not is_blank(image_of((8, 8), (255, 255, 255)))
    one_pixel = image_of((64, 48), (0, 0, 0))
    one_pixel.setPixelColor(63, 47, QColor(1, 0, 0))
    assert not is_blank(one_pixel)


def test_screens_are_put_side_by_side_at_the_highest_ratio():
    left = image_of((100, 50), (255, 0, 0))
    right = image_of((200, 200), (0, 0, 255), ratio=2.0)  # 100x100 logical pixels
    desktop = compose([(QRect(0, 0, 100, 50), left), (QRect(100, 0, 100, 100), right)])
    assert (desktop.width(), desktop.height(), desktop.devicePixelRatio()) == (400, 200, 2.0)
    assert rgb(desktop, 10, 10) == (255, 0, 0)
    assert rgb(desktop, 199, 99) == (255, 0, 0)
    assert rgb(desktop, 250, 150) == (0, 0, 255)
    assert rgb(desktop, 50, 150) == (0, 0, 0)  # below the short left screen: no screen there


def test_the_dialog_says_why_and_offers_an_existing_image(qtbot, tmp_path):
    dialog = ScreenshotDialog(ScriptedDialogs(), tmp_path / "case")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not dialog.problem.isVisibleTo(dialog)
    failure = refusal("wayland")  # what a Wayland session gets
    assert failure is not None
    dialog.show_failure(failure)
    assert dialog.problem.isVisibleTo(dialog)
    assert "Wayland" in dialog.problem.text()
    assert dialog.existing_button.isDefault()
    with qtbot.waitSignal(dialog.attach_existing_requested, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result_value.attach_existing
    assert dialog.result_value.path is None
    assert not dialog.isVisible()


def test_the_dialog_goes_from_capture_to_editor_to_a_saved_file(qtbot, tmp_path, magenta_window):
    dialog = ScreenshotDialog(
        ScriptedDialogs(), tmp_path / "case", "login error", capture=ScreenCapture(hide_windows=False)
    )
    qtbot.addWidget(dialog)
    dialog.move(320, 320)  # not over the magenta window
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.select_mode(CaptureMode.ALL_SCREENS)
    assert not dialog.select_mode(CaptureMode.WINDOW)  # not offered without a window system that can tell
    with qtbot.waitSignal(dialog.capture.captured, timeout=5000):
        dialog.take_button.click()
    assert dialog.editing
    assert dialog.editor.file_name() == "login error.png"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.save_button.click()
    path = blocker.args[0]
    assert path == tmp_path / "case" / "login error.png"
    saved = QImage(str(path))
    assert rgb(saved, 150, 150) == MAGENTA
