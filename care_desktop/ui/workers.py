"""The one way the UI runs long work: a service call in a pool thread, with progress, cancel and a result.

The service function receives a progress callback and a cancel token (``services.progress``). Its progress
reaches the GUI thread at most every 50 ms, so a busy service cannot flood the event loop; the result, an
error or the cancellation arrives as a signal on the GUI thread. Widgets are never touched from the worker.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from care_desktop.services.progress import CancelledError, CancelToken, Progress

Work = Callable[[Progress, CancelToken], Any]
_PROGRESS_INTERVAL = 0.05


class Task(QObject):
    """A running piece of work.

    Signals:
        progress: Units done and the total (-1 when unknown).
        succeeded: The work finished; its result.
        failed: The work raised; a message for the user.
        cancelled: The work stopped because :meth:`cancel` was called.
        ended: Emitted last, whatever the outcome.

    Args:
        work: The service call.
        parent: Owner (on the GUI thread).
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.token = CancelToken()
        self.running = False
        self._last_report = 0.0

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    def _report(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_INTERVAL or (total is not None and done >= total):
            self._last_report = now
            self.progress.emit(done, -1 if total is None else total)

    def run_here(self) -> None:
        """Run the work in the calling thread, emitting the signals (the pool calls this)."""
        try:
            result = self._work(self._report, self.token)
        except CancelledError:
            self.cancelled.emit()
        except Exception as error:  # the user sees the reason; the trace goes to stderr for support
            traceback.print_exc()
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_here()


def start(work: Work, parent: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Start ``work`` in a pool thread.

    Connect to the task's signals right after this returns: they are delivered through the GUI thread's
    event loop, so none is emitted before control returns to it.

    Args:
        work: The service call, taking ``(progress, token)``.
        parent: Owner of the task object.
        pool: The thread pool (default: the global one).

    Returns:
        The task.
    """
    task = Task(work, parent)
    task.running = True
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
