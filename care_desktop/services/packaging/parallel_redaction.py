"""A second process that redacts some attachments while the package writer works on the others.

Redaction is Python code, so one process redacts on one core at a time. When a package holds several text
files, this helper process redacts part of them at the same time into anonymous temporary files (created
unlinked, handed over as file descriptors: nothing is left on disk if either process dies), and the package
writer copies each result into its member when its turn comes. Files are given to whichever side has less to
do, in order; member order and results are the same as with one process.

Used only where it is safe and worth it: on POSIX systems, without consistent pseudonyms (their numbering must
follow one order over all files), and for several large enough files.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle, send_handle
from pathlib import Path
from typing import IO, Any, Final

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.redaction.session import FileResult, RedactionSession

MIN_BYTES: Final = 16 * 1024 * 1024  # below this a second process costs more than it saves
COPY_CHUNK: Final = 1 << 20


@dataclass(frozen=True)
class Job:
    """A file for the helper.

    Attributes:
        index: The attachment's index in the case.
        path: The file.
        kind: How to redact it.
        size: Its size in bytes.
    """

    index: int
    path: Path
    kind: AttachmentKind
    size: int


def plan(jobs: Sequence[Job], options: RedactionOptions) -> set[int]:
    """Choose the files the helper redacts (empty: do everything in one process).

    Args:
        jobs: The included files, in package order.
        options: The redaction options.

    Returns:
        The indexes for the helper.
    """
    texts = [job for job in jobs if job.kind is not AttachmentKind.SCREENSHOT]
    if os.name != "posix" or options.pseudonyms or len(texts) < 2 or sum(j.size for j in texts) < MIN_BYTES:
        return set()
    mine = theirs = 0
    chosen: set[int] = set()
    for job in texts:
        if theirs < mine:
            chosen.add(job.index)
            theirs += job.size
        else:
            mine += job.size
    return chosen


class _FileOutput:
    """The helper's ``Output``: an anonymous file the package writer reads afterwards."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle

    def write(self, data: bytes, /) -> int:
        return self.handle.write(data)

    def restart(self) -> None:
        self.handle.seek(0)
        self.handle.truncate()


class _HelperToken(CancelToken):
    def __init__(self, parent_pid: int) -> None:
        super().__init__()
        self._parent_pid = parent_pid

    @property
    def cancelled(self) -> bool:
        return os.getppid() != self._parent_pid

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError


def _serve(connection: Connection, parent_pid: int, options: RedactionOptions, jobs: list[Job]) -> None:
    """The helper process: redact each job into the file descriptor received for it."""
    session = RedactionSession(options)
    token = _HelperToken(parent_pid)
    try:
        for job in jobs:
            descriptor = recv_handle(connection)
            with os.fdopen(descriptor, "wb") as handle:

                def advance(count: int) -> None:
                    connection.send(("advance", count))

                try:
                    result = session.redact(job.path, job.kind, _FileOutput(handle), advance, token)
                except CancelledError:
                    return
                except Exception as error:  # the package writer raises it in its own process
                    connection.send(("error", job.index, error))
                    return
                handle.flush()
            connection.send(("done", job.index, result))
    finally:
        connection.close()


class Helper:
    """The helper process and the files it has redacted.

    Args:
        jobs: The files for the helper, in the order they will be asked for.
        options: The redaction options.
        advance: Called with the bytes the helper has read (progress).
    """

    def __init__(self, jobs: Sequence[Job], options: RedactionOptions, advance: Callable[[int], None]) -> None:
        self._advance = advance
        self._ended = False  # the helper has sent everything (or died): nothing more will arrive
        self._files: dict[int, IO[bytes]] = {}
        self._results: dict[int, FileResult] = {}
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe(duplex=True)
        self._process = context.Process(
            target=_serve, args=(child, os.getpid(), options, list(jobs)), name="care-redaction", daemon=True
        )
        self._process.start()
        child.close()
        for job in jobs:
            handle = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close(); unlinked at once: nothing survives a crash
            self._files[job.index] = handle
            send_handle(self._connection, handle.fileno(), self._process.pid)

    def drain(self) -> None:
        """Take the helper's messages that have arrived (progress, results) without waiting."""
        while not self._ended and self._connection.poll():
            self._receive()

    def _receive(self) -> None:
        try:
            message: tuple[Any, ...] = self._connection.recv()
        except EOFError:
            self._ended = True  # done with every file, or died: ``take`` tells which
            return
        if message[0] == "advance":
            self._advance(int(message[1]))
        elif message[0] == "done":
            self._results[int(message[1])] = message[2]
        else:
            error = message[2]
            raise error if isinstance(error, Exception) else RuntimeError(str(error))

    def take(self, index: int, token: CancelToken) -> tuple[IO[bytes], FileResult]:
        """Wait for the helper's result for attachment ``index``.

        Args:
            index: An index given to the helper.
            token: Checked while waiting.

        Returns:
            The redacted bytes (positioned at their start) and the findings.
        """
        while index not in self._results:
            token.check()
            if self._ended:
                self._process.join(timeout=5)
                raise RuntimeError(f"the redaction helper stopped (exit code {self._process.exitcode})")
            if self._connection.poll(0.05):
                self._receive()
        handle = self._files[index]
        handle.seek(0)
        return handle, self._results.pop(index)

    def close(self) -> None:
        """Stop the helper (if still running) and drop its files."""
        self._connection.close()
        self._process.join(timeout=1)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        for handle in self._files.values():
            handle.close()
        self._files.clear()


def copy_into(handle: IO[bytes], out: Any, token: CancelToken, drain: Callable[[], None]) -> None:
    """Copy a helper's result into a package member, chunk by chunk.

    Args:
        handle: The redacted bytes.
        out: The member writer.
        token: Checked between chunks.
        drain: Called between chunks to take the helper's progress.
    """
    while chunk := handle.read(COPY_CHUNK):
        token.check()
        out.write(chunk)
        drain()
