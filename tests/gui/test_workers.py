"""Long work runs off the GUI thread, reports progress, can be cancelled, and reports errors."""

import threading

from PySide6.QtCore import QThread

from care_desktop.services.progress import CancelToken
from care_desktop.ui import workers


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    seen_threads = []

    def work(progress, token):
        seen_threads.append(threading.get_ident())
        for done in range(1, 101):
            progress(done, 100)
        return "done"

    task = workers.start(work)
    progress = []
    gui_thread = QThread.currentThread()
    task.progress.connect(lambda done, total: progress.append((done, total, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert seen_threads
    assert seen_threads[0] != threading.get_ident()
    assert progress[-1][:2] == (100, 100)  # the last report always arrives
    assert all(on_gui for _done, _total, on_gui in progress)
    assert len(progress) < 100  # throttled


def test_cancel_stops_the_work(qtbot):
    started = threading.Event()

    def work(progress, token: CancelToken):
        started.set()
        while True:
            token.check()

    task = workers.start(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    qtbot.waitUntil(lambda: not task.running)


def test_errors_become_a_message(qtbot, capsys):
    def work(progress, token):
        raise OSError("disk full")

    task = workers.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["disk full"]
    assert "OSError: disk full" in capsys.readouterr().err


def test_closing_the_owner_cancels_and_the_task_survives_its_thread(qtbot):
    from PySide6.QtWidgets import QWidget

    started = threading.Event()

    def work(progress, token: CancelToken):
        started.set()
        while True:
            token.check()
            progress(1, None)

    owner = QWidget()
    task = workers.start(work, owner)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        owner.deleteLater()
    qtbot.waitUntil(lambda: not task.running)


def test_a_fast_task_never_loses_its_result_to_a_late_connection(qtbot):
    # The caller connects after start() returns; the work must not have run (and emitted) before that.
    results: list[object] = []
    for _ in range(50):
        task = workers.start(lambda progress, token: 42)
        threading.Event().wait(0.001)  # give a warm pool thread every chance to run early
        task.succeeded.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 50, timeout=5000)
