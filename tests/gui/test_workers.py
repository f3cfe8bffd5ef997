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
