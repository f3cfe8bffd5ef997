"""Real screen capture on an X server (Xvfb): another program's window is drawn, captured and its pixels checked.

pytest-xvfb starts an Xvfb for the session when the ``Xvfb`` program exists. This test process itself runs
on the offscreen platform, so the capture runs in child processes on ``QT_QPA_PLATFORM=xcb`` with the
session's ``DISPLAY``:

- a *target* process shows a known window (magenta, 240x160 at (100, 80), with a cyan 40x30 block at
  (20, 20) inside it), like the program a user wants to show Customer Care;
- a *capturer* process shows its own green window over part of the target and captures with
  ``care_desktop.ui.screenshots``: the whole screen, one screen, the window under the pointer, a dragged
  region, and the whole dialog flow to a saved PNG with a redact box. Its own window must not be in any picture.

Without Xvfb the test is skipped, unless ``CARE_DESKTOP_REQUIRE_XVFB`` is set (CI sets it in ``.ci/run``):
then it fails, so that the capture test cannot silently stop running in CI.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
REQUIRE_ENV = "CARE_DESKTOP_REQUIRE_XVFB"
MAGENTA, CYAN, BLACK = (255, 0, 255), (0, 255, 255), (0, 0, 0)

TARGET = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Target(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 0, 255))
        painter.fillRect(20, 20, 40, 30, QColor(0, 255, 255))
        painter.end()


app = QApplication(sys.argv)
window = Target(None, Qt.WindowType.FramelessWindowHint)
window.setGeometry(100, 80, 240, 160)
window.show()
QTest.qWaitForWindowExposed(window)
window.repaint()
app.processEvents()
print("ready", flush=True)
sys.exit(app.exec())
"""

CAPTURER = r"""
import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.screenshots import CaptureMode, CaptureRequest, ScreenCapture, ScreenshotDialog
from care_desktop.ui.screenshots.canvas import Tool

out, scale, which = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
app = QApplication(sys.argv[:1])


def logical(x, y):
    # Positions are given in device pixels of the X screen; Qt works in logical pixels (QT_SCALE_FACTOR).
    return QPoint(round(x / scale), round(y / scale))


own = QWidget(None, Qt.WindowType.FramelessWindowHint)
palette = own.palette()
palette.setColor(QPalette.ColorRole.Window, QColor(0, 255, 0))
own.setPalette(palette)
own.setAutoFillBackground(True)
own.setGeometry(QRect(logical(150, 100), logical(350, 220) - QPoint(1, 1)))
own.show()
QTest.qWaitForWindowExposed(own)
results = {"platform": QGuiApplication.platformName(), "ratio": QGuiApplication.primaryScreen().devicePixelRatio()}


def wait(signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    loop.exec()


def run(name, request, during=None):
    capture = ScreenCapture()
    outcome = {}
    capture.captured.connect(lambda image: outcome.update(image=image))
    capture.failed.connect(lambda failure: outcome.update(failure=failure.reason.value))
    capture.cancelled.connect(lambda: outcome.update(cancelled=True))
    capture.start(request)
    entry = {"hidden_while_capturing": not own.isVisible()}
    if during is not None:
        during(capture)
    if capture.running:
        wait(capture.finished)
    entry["visible_after"] = own.isVisible()
    image = outcome.pop("image", None)
    if image is not None:
        entry.update(size=[image.width(), image.height()], ratio=image.devicePixelRatio())
        image.save(str(out / f"{name}.png"))
    entry.update(outcome)
    results[name] = entry


def drag_region(capture):
    while capture.selector is None or not capture.selector.isVisible():
        QTest.qWait(20)
    selector = capture.selector
    QTest.mousePress(selector, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, logical(110, 90))
    QTest.mouseMove(selector, logical(130, 100))
    end = logical(150, 120) - QPoint(1, 1)
    QTest.mouseRelease(selector, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


if which == "blank":
    run("blank", CaptureRequest(CaptureMode.ALL_SCREENS))
else:
    run("all", CaptureRequest(CaptureMode.ALL_SCREENS))
    run("screen", CaptureRequest(CaptureMode.SCREEN, screen=0))
    QCursor.setPos(logical(200, 150))  # over the target, under our own (soon hidden) window
    run("window", CaptureRequest(CaptureMode.WINDOW))
    run("region", CaptureRequest(CaptureMode.REGION), during=drag_region)
    dialog = ScreenshotDialog(Dialogs(), out / "case", "from-dialog.png")
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.select_mode(CaptureMode.ALL_SCREENS)
    dialog.take_screenshot()
    wait(dialog.capture.finished)
    dialog.editor.set_tool(Tool.REDACT)
    dialog.editor.canvas.add_in_middle()
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    wait(dialog.saved)
    results["dialog"] = {"saved": [str(path) for path in saved], "marks": len(dialog.editor.marks())}
(out / "results.json").write_text(json.dumps(results, indent=1))
"""


def x_display(xvfb) -> str:
    """The session's Xvfb display, or skip (fail when CI requires it)."""
    if xvfb is not None and xvfb.display is not None:
        return f":{xvfb.display}"
    reason = (
        "no Xvfb display: pytest-xvfb starts one only when the Xvfb program is installed "
        "(Debian: apt-get install xvfb) and --no-xvfb is not given"
    )
    if os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{reason}; {REQUIRE_ENV} is set, so the real screen-capture test must run here")
    pytest.skip(reason)


def x_environment(display: str, scale: float) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("WAYLAND", "QT_"))}
    env.pop("XDG_SESSION_TYPE", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO))
    if scale != 1.0:
        env["QT_SCALE_FACTOR"] = str(scale)
    return env


def run_capturer(out: Path, env: dict[str, str], scale: float, which: str) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", CAPTURER, str(out), str(scale), which],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    results: dict[str, Any] = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return results


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    color = image.pixelColor(x, y)
    return color.red(), color.green(), color.blue()


def load(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), path
    return image


@pytest.fixture
def target(xvfb):
    """The known window, shown by another process; yields the display it is on."""
    display = x_display(xvfb)
    with subprocess.Popen(
        [sys.executable, "-c", TARGET],
        cwd=REPO,
        env=x_environment(display, 1.0),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            ready, _, _ = select.select([process.stdout], [], [], 60)
            line = process.stdout.readline() if ready else ""
            assert line.strip() == "ready", f"the target window did not appear: {line!r}"
            yield display
        finally:
            process.terminate()  # only this process, started here
            _out, errors = process.communicate(timeout=30)
            assert "Traceback" not in errors, errors


def test_an_empty_black_screen_is_reported_as_a_failed_capture(xvfb, tmp_path):
    display = x_display(xvfb)
    results = run_capturer(tmp_path, x_environment(display, 1.0), 1.0, "blank")
    assert results["platform"] == "xcb"
    # The capturer's own window was the only thing on the screen; hidden, the screen is all black.
    assert results["blank"] == {"hidden_while_capturing": True, "visible_after": True, "failure": "blank"}


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_real_capture_of_another_programs_window(target, tmp_path, scale):
    results = run_capturer(tmp_path, x_environment(target, scale), scale, "all")
    assert results["platform"] == "xcb"
    assert results["ratio"] == scale
    for name in ("all", "screen", "window", "region"):
        assert results[name]["hidden_while_capturing"], name
        assert results[name]["visible_after"], name
        assert "failure" not in results[name], results[name]

    # The whole screen and screen 0 (pytest-xvfb's 800x600): the target is there, our green window is not.
    for name in ("all", "screen"):
        assert results[name]["size"] == [800, 600]
        assert results[name]["ratio"] == scale
        shot = load(tmp_path / f"{name}.png")
        assert rgb(shot, 100, 80) == MAGENTA
        assert rgb(shot, 200, 150) == MAGENTA  # where our own window was
        assert rgb(shot, 120, 100) == CYAN
        assert rgb(shot, 159, 129) == CYAN
        assert rgb(shot, 160, 130) == MAGENTA
        assert rgb(shot, 345, 150) == BLACK  # our window's right part, beyond the target: the bare screen
        assert rgb(shot, 99, 79) == BLACK

    # The window under the pointer: exactly the target, in device pixels.
    assert results["window"]["size"] == [240, 160]
    window = load(tmp_path / "window.png")
    assert rgb(window, 0, 0) == MAGENTA
    assert rgb(window, 20, 20) == CYAN
    assert rgb(window, 59, 49) == CYAN
    assert rgb(window, 60, 50) == MAGENTA
    assert rgb(window, 239, 159) == MAGENTA

    # The region dragged from (110, 90) to (149, 119) in device pixels.
    assert results["region"]["size"] == [40, 30]
    region = load(tmp_path / "region.png")
    assert rgb(region, 0, 0) == MAGENTA
    assert rgb(region, 9, 9) == MAGENTA
    assert rgb(region, 10, 10) == CYAN
    assert rgb(region, 39, 29) == CYAN

    # The dialog: capture, a redact box in the middle, saved in the case folder with the marks burned in.
    assert results["dialog"] == {"saved": [str(tmp_path / "case" / "from-dialog.png")], "marks": 1}
    saved = load(tmp_path / "case" / "from-dialog.png")
    assert (saved.width(), saved.height()) == (800, 600)
    assert rgb(saved, 320, 230) == BLACK  # was the target's magenta: the middle quarter is redacted
    assert rgb(saved, 499, 374) == BLACK
    assert rgb(saved, 200, 150) == MAGENTA
    assert rgb(saved, 120, 100) == CYAN
    assert sorted(path.name for path in (tmp_path / "case").iterdir()) == ["from-dialog.png"]
