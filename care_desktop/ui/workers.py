"""The one way the UI runs long work: a service call in a pool thread, with progress, cancel and a result.

The service function receives a progress callback and a cancel token (``services.progress``). Its progress
reaches the GUI thread at most every 50 ms, so a busy service cannot flood the event loop. Everything the
worker thread reports goes through private signals connected when the task is made, and is announced on the
public signals from the GUI thread: a caller that connects right after ``start`` returns misses nothing,
however fast the work is. Widgets are never touched from the worker.
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
_SUCCEEDED, _FAILED, _CANCELLED = "succeeded", "failed", "cancelled"


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

    progress = Signal(object, object)  # Python ints: byte counts pass 2**31 (a C++ int would overflow)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()
    # Emitted in the worker thread; queued to this object's (the GUI) thread by connections made in __init__.
    _progress_relay = Signal(object, object)
    _outcome_relay = Signal(str, object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.token = CancelToken()
        self.running = False
        self._last_report = 0.0
        self._progress_relay.connect(self._announce_progress)
        self._outcome_relay.connect(self._announce_outcome)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    def _report(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_INTERVAL or (total is not None and done >= total):
            self._last_report = now
            self._progress_relay.emit(done, -1 if total is None else total)

    def _announce_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _announce_outcome(self, kind: str, payload: object) -> None:
        self.running = False
        if kind == _SUCCEEDED:
            self.succeeded.emit(payload)
        elif kind == _FAILED:
            self.failed.emit(str(payload))
        else:
            self.cancelled.emit()
        self.ended.emit()
        _RUNNING.discard(self)
        self.deleteLater()

    def run_here(self) -> None:
        """Run the work in the calling thread and report the outcome (the pool calls this)."""
        try:
            result = self._work(self._report, self.token)
        except CancelledError:
            self._outcome_relay.emit(_CANCELLED, None)
        except Exception as error:  # the user sees the reason; the trace goes to stderr for support
            traceback.print_exc()
            self._outcome_relay.emit(_FAILED, str(error) or type(error).__name__)
        else:
            self._outcome_relay.emit(_SUCCEEDED, result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_here()


_RUNNING: set[Task] = set()  # tasks stay alive until their outcome is announced, whoever started them


def start(work: Work, parent: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Start ``work`` in a pool thread.

    Connect to the task's signals right after this returns: they are announced from the GUI thread's event
    loop, so none is missed. The task object is not owned by ``parent`` (a widget may be closed while its work
    still runs); when ``parent`` is destroyed the work is cancelled and the task lives on until it ends.

    Args:
        work: The service call, taking ``(progress, token)``.
        parent: The object the work is for; its destruction cancels the work.
        pool: The thread pool (default: the global one).

    Returns:
        The task.
    """
    task = Task(work)
    task.running = True
    _RUNNING.add(task)
    if parent is not None:
        parent.destroyed.connect(task.token.cancel)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def cancel_all() -> None:
    """Ask every running task to stop (when the app quits)."""
    for task in list(_RUNNING):
        task.cancel()
