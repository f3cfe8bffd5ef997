"""Building a package in a child process: the app's window keeps the interpreter to itself meanwhile.

Redaction and compression are CPU work in Python; in the app's own process they would compete with the GUI
thread for the interpreter lock and make the window stutter. The UI's worker thread calls
:func:`build_package_isolated`, which runs :func:`packaging.build_package` in a fresh process and only waits for
its messages (progress, then the result, the cancellation or the error). Cancelling sets an event the child
checks; a child whose parent has died stops by itself, so a killed app never leaves a half-built package.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from datetime import datetime
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any, Final

from care_desktop.domain.case.model import Case
from care_desktop.services.packaging.builder import PackError, PackResult, build_package
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.progress import NEVER_CANCELLED, CancelledError, CancelToken, Progress, no_progress

_PROGRESS_INTERVAL: Final = 0.05
_POLL: Final = 0.05


class _ChildToken(CancelToken):
    """Cancelled when the parent asks, or when the parent process is gone."""

    def __init__(self, event: Event, parent_pid: int) -> None:
        super().__init__()
        self._cancel_event = event
        self._parent_pid = parent_pid

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set() or os.getppid() != self._parent_pid

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError


def _child(connection: Connection, event: Event, parent_pid: int, arguments: tuple[Any, ...]) -> None:
    case, case_dir, target, options, now = arguments
    last = 0.0

    def report(done: int, total: int | None) -> None:
        nonlocal last
        moment = time.monotonic()
        if moment - last >= _PROGRESS_INTERVAL or (total is not None and done >= total):
            last = moment
            connection.send(("progress", (done, total)))

    try:
        result = build_package(case, case_dir, target, options, report, _ChildToken(event, parent_pid), now)
    except CancelledError:
        connection.send(("cancelled", None))
    except PackError as error:
        connection.send(("pack-error", str(error)))
    except Exception as error:  # reported to the parent, which raises it for the user
        connection.send(("error", f"{type(error).__name__}: {error}"))
    else:
        connection.send(("done", result))
    finally:
        connection.close()


def build_package_isolated(
    case: Case,
    case_dir: Path,
    target: Path,
    options: PackOptions | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
    now: datetime | None = None,
) -> PackResult:
    """Build the package as :func:`packaging.build_package` does, in a child process.

    Args:
        case: The case.
        case_dir: The folder attachment paths are relative to.
        target: The package file to write (it appears only when complete).
        options: Redaction, exclusions, system facts.
        progress: Bytes done and the total, as the child reports them.
        token: Cancels the build (the child removes what it started).
        now: The creation time to record (default: now).

    Returns:
        The finished package.

    Raises:
        PackError: The inputs cannot be packaged; nothing was written.
        CancelledError: The build was cancelled.
        RuntimeError: The child failed or stopped unexpectedly.
    """
    context = multiprocessing.get_context("spawn")
    event = context.Event()
    receiver, sender = context.Pipe(duplex=False)
    arguments = (case, case_dir, target, options or PackOptions(), now)
    # Not a daemon: the build may start a redaction helper of its own (it stops when this process dies).
    process = context.Process(target=_child, args=(sender, event, os.getpid(), arguments), daemon=False)
    process.start()
    sender.close()
    try:
        while True:
            if token.cancelled:
                event.set()
            if receiver.poll(_POLL):
                try:
                    kind, payload = receiver.recv()
                except EOFError:
                    raise RuntimeError(f"packaging stopped unexpectedly (exit code {process.exitcode})") from None
                if kind == "progress":
                    progress(*payload)
                elif kind == "done":
                    assert isinstance(payload, PackResult)
                    return payload
                elif kind == "cancelled":
                    raise CancelledError
                elif kind == "pack-error":
                    raise PackError(str(payload))
                else:
                    raise RuntimeError(str(payload))
            elif not process.is_alive() and not receiver.poll():
                raise RuntimeError(f"packaging stopped unexpectedly (exit code {process.exitcode})")
    finally:
        receiver.close()
        process.join(timeout=10)
        if process.is_alive():
            process.terminate()
            process.join()
