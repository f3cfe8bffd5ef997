"""The region overlay's geometry (no real screen needed) and its mouse and keyboard handling."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPixmap

from care_desktop.ui.screenshots.region_selector import (
    RegionSelector,
    clamp_to,
    is_selection,
    normalized_selection,
    to_image_pixels,
)


@pytest.mark.parametrize(
    ("anchor", "current", "expected"),
    [
        ((10, 20), (110, 70), QRect(10, 20, 101, 51)),  # down and right
        ((110, 70), (10, 20), QRect(10, 20, 101, 51)),  # up and left
        ((110, 20), (10, 70), QRect(10, 20, 101, 51)),  # down and left
        ((10, 70), (110, 20), QRect(10, 20, 101, 51)),  # up and right
        ((5, 5), (5, 5), QRect(5, 5, 1, 1)),
    ],
)
def test_a_drag_in_any_direction_gives_the_same_rectangle(anchor, current, expected):
    assert normalized_selection(QPoint(*anchor), QPoint(*current)) == expected


@pytest.mark.parametrize(
    ("rect", "expected"),
    [
        (QRect(10, 10, 50, 50), QRect(10, 10, 50, 50)),
        (QRect(-20, -10, 50, 40), QRect(0, 0, 30, 30)),  # off the top-left corner
        (QRect(780, 580, 50, 50), QRect(780, 580, 20, 20)),  # off the bottom-right corner
        (QRect(-5, 100, 900, 10), QRect(0, 100, 800, 10)),  # wider than the screen
        (QRect(900, 100, 10, 10), QRect()),  # entirely off the screen
    ],
)
def test_a_selection_is_clamped_to_the_screen(rect, expected):
    assert clamp_to(rect, QRect(0, 0, 800, 600)) == expected


def test_a_short_drag_is_a_click():
    assert not is_selection(QPoint(10, 10), QPoint(12, 30))
    assert not is_selection(QPoint(10, 10), QPoint(30, 13))
    assert is_selection(QPoint(10, 10), QPoint(14, 14))
    assert is_selection(QPoint(14, 14), QPoint(10, 10))


@pytest.mark.parametrize(
    ("rect", "ratio", "expected"),
    [
        (QRect(10, 20, 100, 50), 1.0, QRect(10, 20, 100, 50)),
        (QRect(10, 20, 100, 50), 2.0, QRect(20, 40, 200, 100)),
        (QRect(11, 21, 11, 11), 1.5, QRect(16, 31, 17, 17)),  # x 16.5..33 -> 16..33, y 31.5..48 -> 31..48
        (QRect(700, 500, 100, 100), 2.0, QRect(1400, 1000, 200, 200)),
        (QRect(790, 590, 10, 10), 1.25, QRect(987, 737, 13, 13)),  # clamped to the 1000x750 image
        (QRect(), 2.0, QRect()),
    ],
)
def test_logical_selection_to_image_pixels(rect, ratio, expected):
    image_size = QSize(round(800 * ratio), round(600 * ratio))
    assert to_image_pixels(rect, ratio, image_size) == expected


def frozen(ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(800 * ratio), round(600 * ratio))
    pixmap.fill(QColor(40, 90, 160))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@pytest.fixture
def selector(qtbot):
    def build(ratio: float = 1.0) -> RegionSelector:
        overlay = RegionSelector(frozen(ratio))
        qtbot.addWidget(overlay)
        overlay.resize(800, 600)  # the offscreen screen's size does not matter: the overlay is sized here
        overlay.show()
        return overlay

    return build


def test_dragging_selects_in_image_pixels(qtbot, selector):
    overlay = selector(2.0)
    with qtbot.waitSignal(overlay.selected, timeout=1000) as blocker:
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
        qtbot.mouseMove(overlay, QPoint(200, 150))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert blocker.args == [QRect(200, 200, 402, 202)]  # logical (100, 100)-(300, 200) inclusive, twice
    assert not overlay.isVisible()


def test_enter_selects_the_whole_screen(qtbot, selector):
    overlay = selector()
    with qtbot.waitSignal(overlay.selected, timeout=1000) as blocker:
        qtbot.keyClick(overlay, Qt.Key.Key_Enter)
    assert blocker.args == [QRect(0, 0, 800, 600)]


def test_escape_cancels_once(qtbot, selector):
    overlay = selector()
    cancelled = []
    overlay.cancelled.connect(lambda: cancelled.append(True))
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    overlay.close()
    assert cancelled == [True]


def test_the_overlay_is_named_and_explains_itself(selector):
    overlay = selector()
    assert overlay.accessibleName() == "Select a region of the screen"
    assert "Esc" in overlay.accessibleDescription()
