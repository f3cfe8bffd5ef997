"""The first page of a start: knowing when it is on screen, and reporting it to a start-up measurement.

``app.py`` shows the main window's first page (the critical-outage banner with the number), then builds the rest
of the home once that page is on screen. When ``CARE_DESKTOP_FIRST_PAGE_REPORT`` names a file, the moment,
the process's peak memory so far, the modules loaded and the Qt classes created are written there as JSON
(``benchmarks/startup.py`` and ``tests/unit/test_lazy_imports.py`` read it; nothing is written otherwise).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QEvent's and QWindow's types cost milliseconds to create: not before the first page is shown
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow

REPORT_VARIABLE: Final = "CARE_DESKTOP_FIRST_PAGE_REPORT"
WAIT_LIMIT_MS: Final = 1000  # a window that is never exposed (started minimized, say) gets its home anyway


class _FirstExposure(QObject):
    """Calls ``then`` once, after the watched window's first expose event (or after ``WAIT_LIMIT_MS``)."""

    def __init__(self, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(WAIT_LIMIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first expose event, act right after Qt has painted the window (the next turn of the loop)."""
        from PySide6.QtCore import QEvent  # the first event comes once the window is shown

        if event.type() == QEvent.Type.Expose and self._window.isExposed():
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.removeEventFilter(self)
        then()


def when_on_screen(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has been exposed (and so painted), or after ``WAIT_LIMIT_MS``.

    Qt paints a widget window while it handles the window's first expose event, so ``then`` runs on the next
    turn of the event loop after that event.

    Args:
        window: A top-level window that was just shown.
        then: What to do next (build the rest of the window).
    """
    handle = window.windowHandle()
    if handle is None:  # not shown (yet): nothing to watch, wait the limit
        QTimer.singleShot(WAIT_LIMIT_MS, then)
        return
    if handle.isExposed():
        QTimer.singleShot(0, then)
        return
    _FirstExposure(handle, then)


def peak_memory_bytes() -> int | None:
    """The process's peak resident memory so far (None where the platform does not tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024  # Linux counts kilobytes


def qt_names_loaded() -> list[str]:
    """The names PySide has created so far in QtCore, QtGui and QtWidgets, e.g. ``"QtCore.QEvent"``.

    PySide creates a class (and its enumerations) on its first use, and the ``Qt`` namespace with all its
    enumerations likewise: a measurement can see which ones a start paid for.
    """
    names: list[str] = []
    for module in ("QtCore", "QtGui", "QtWidgets"):
        loaded = sys.modules.get(f"PySide6.{module}")
        if loaded is not None:
            names.extend(f"{module}.{name}" for name in vars(loaded) if name.startswith("Q"))
    return sorted(names)


def report_first_page() -> None:
    """Write when the first page was shown, if a measurement asked for it (see the module's docstring)."""
    target = os.environ.get(REPORT_VARIABLE)
    if not target:
        return
    report = {
        "monotonic": time.monotonic(),
        "peak_memory_bytes": peak_memory_bytes(),
        "qt_names": qt_names_loaded(),
        "modules": sorted(sys.modules),
    }
    Path(target).write_text(json.dumps(report), encoding="utf-8")
