"""The first page of a start: knowing when it is on screen, and reporting it to a start-up measurement.

``app.py`` shows the main window's first page (the critical-outage banner with the number), then builds the rest
of the home once that page is on screen. When ``CARE_DESKTOP_FIRST_PAGE_REPORT`` names a file, the moment
and the process's peak memory so far are written there as JSON (``benchmarks/startup.py`` reads it; nothing
is written otherwise).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

REPORT_VARIABLE: Final = "CARE_DESKTOP_FIRST_PAGE_REPORT"
POLL_MS: Final = 5
WAIT_LIMIT_MS: Final = 1000  # a window that is never exposed (started minimized, say) gets its home anyway


def when_on_screen(window: QWidget, then: Callable[[], None], waited_ms: int = 0) -> None:
    """Call ``then`` once ``window`` has been exposed (and so painted), or after ``WAIT_LIMIT_MS``.

    Qt paints a widget window while it handles the window's first expose event, so an exposed window has been
    drawn. The check is a short timer rather than an event handler: a handler written in Python would load
    ``QEvent``'s large enumeration before the first page.

    Args:
        window: A top-level window that was just shown.
        then: What to do next (build the rest of the window).
        waited_ms: How long it has been waited for already.
    """
    handle = window.windowHandle()
    if (handle is not None and handle.isExposed()) or waited_ms >= WAIT_LIMIT_MS:
        then()
        return
    QTimer.singleShot(POLL_MS, lambda: when_on_screen(window, then, waited_ms + POLL_MS))


def peak_memory_bytes() -> int | None:
    """The process's peak resident memory so far (None where the platform does not tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024  # Linux counts kilobytes


def report_first_page() -> None:
    """Write when the first page was shown, if a measurement asked for it (see the module's docstring)."""
    target = os.environ.get(REPORT_VARIABLE)
    if not target:
        return
    qt_core = sys.modules.get("PySide6.QtCore")
    report = {
        "monotonic": time.monotonic(),
        "peak_memory_bytes": peak_memory_bytes(),
        "qt_namespace_loaded": qt_core is not None and "Qt" in vars(qt_core),
        "modules": sorted(sys.modules),
    }
    Path(target).write_text(json.dumps(report), encoding="utf-8")
