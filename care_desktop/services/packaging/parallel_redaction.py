"""A second process that redacts some attachments while the package writer works on the others.

Redaction is Python code: one process redacts on one core. This helper process redacts half of the work at the
same time into anonymous temporary files (unlinked, handed over as file descriptors: nothing is left on disk if
either process dies); the package writer copies each result into its member when its turn comes. The helper
takes whole files from the end of the package and, where its half falls inside a large text file, that file's
tail (``segments.py``: the writer joins it where both passes agree), or inside a large HAR, its entries from a
seam on (``har_segments.py``). It works in package order; member order and results are those of one process.

Used only where it is safe and worth it: on POSIX systems, without consistent pseudonyms (their numbering must
follow one order over all files), and for enough bytes.
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
from care_desktop.services.evidence.sniff import read_head, sniff_head
from care_desktop.services.packaging.har_segments import HarTail, HelperEnd, redact_har_head, redact_har_tail
from care_desktop.services.packaging.segments import (
    Checkpoint,
    Written,
    merge_tail,
    redact_head,
    redact_tail,
    split_edge,
)
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.redaction.jsonfile import UTF16_BOMS, Seam
from care_desktop.services.redaction.session import FileResult, RedactionSession
from care_desktop.services.redaction.textfile import Output, TextCodec, detect_codec

MIN_BYTES: Final = 16 * 1024 * 1024  # below this a second process costs more than it saves
MIN_SEGMENT: Final = 4 * 1024 * 1024  # a tail smaller than this is not worth splitting a file for
COPY_CHUNK: Final = 1 << 20
# What redacting a byte costs against a console log's: a HAR is decoded and walked entry by entry (32 against
# 6.6 ms/MB on benchmarks/pack.py's files). Equal bytes would leave the process with the HAR working long after.
REDACTION_COST: Final = {AttachmentKind.HAR: 5.0}


@dataclass(frozen=True)
class Job:
    """A file for the helper.

    Attributes:
        index: The attachment's index in the case.
        path: The file.
        kind: How to redact it (for a part of a file: ``CONSOLE_LOG`` or ``HAR``, what it is treated as).
        size: Its size in bytes.
        edge: 0 for the whole file; else the helper redacts a text file's tail from this line start on, or a
            HAR's entries from the first seam at or after this byte offset.
    """

    index: int
    path: Path
    kind: AttachmentKind
    size: int
    edge: int = 0


def plan(
    jobs: Sequence[Job], options: RedactionOptions, splittable: Callable[[Job], AttachmentKind | None]
) -> list[Job]:
    """Choose the helper's work: whole files from the end of the package, and maybe one file's tail.

    The helper takes half the redaction cost (``cost``), not half the bytes.

    Args:
        jobs: The included files, in package order.
        options: The redaction options.
        splittable: How a file may be cut in two (``CONSOLE_LOG``: a text file carried one byte per character,
            at a line start; ``HAR``: a HAR in UTF-8, between two entries), or None.

    Returns:
        The helper's jobs in package order (empty: do everything in one process); a job with an ``edge``
        is a tail.
    """
    work = [job for job in jobs if job.kind is not AttachmentKind.SCREENSHOT]
    if os.name != "posix" or options.pseudonyms or sum(job.size for job in work) < MIN_BYTES:
        return []
    share = sum(cost(job) for job in work) / 2
    chosen: list[Job] = []
    for job in reversed(work):
        if share <= 0:
            break
        if cost(job) <= share:
            chosen.append(job)
            share -= cost(job)
            continue
        part = int(share / REDACTION_COST.get(job.kind, 1))  # the bytes of this file the helper should take
        split = splittable(job) if part >= MIN_SEGMENT else None
        edge = job.size - part if split is AttachmentKind.HAR else None
        if split is AttachmentKind.CONSOLE_LOG:
            edge = split_edge(job.path, job.size - part)
        if split is not None and edge is not None and edge > 0:
            chosen.append(Job(job.index, job.path, split, job.size, edge))
        elif share > cost(job) / 2:
            chosen.append(job)
        break
    return chosen[::-1]


def cost(job: Job) -> float:
    """The redaction cost of a job in console-log bytes (``REDACTION_COST``)."""
    return job.size * REDACTION_COST.get(job.kind, 1.0)


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

                def announce(found: dict[int, Checkpoint] | Seam | None, index: int = job.index) -> None:
                    connection.send(("announce", index, found))

                result: FileResult | HarTail | None
                try:
                    if job.edge and job.kind is AttachmentKind.HAR:
                        result = _har_tail(session, job, _FileOutput(handle), advance, token, announce)
                    elif job.edge:
                        result = _tail(session, job, _FileOutput(handle), advance, token, announce)
                    else:
                        result = session.redact(job.path, job.kind, _FileOutput(handle), advance, token)
                except CancelledError:
                    return
                except Exception as error:  # the package writer raises it in its own process
                    connection.send(("error", job.index, error))
                    return
                handle.flush()
            connection.send(("done", job.index, result))
    except (BrokenPipeError, ConnectionResetError):
        return  # the package writer has stopped (failed, cancelled, killed): there is no one to tell
    finally:
        connection.close()


def _tail(
    session: RedactionSession,
    job: Job,
    out: _FileOutput,
    advance: Callable[[int], None],
    token: CancelToken,
    announce: Callable[[dict[int, Checkpoint]], None],
) -> FileResult:
    def step(count: int) -> None:
        token.check()
        advance(count)

    result = FileResult(job.path, job.kind)
    redact_tail(
        lambda report, codec: session.text_redactor(report, codec), job.path, result, job.edge, out, step, announce
    )
    return result


def _har_tail(
    session: RedactionSession,
    job: Job,
    out: _FileOutput,
    advance: Callable[[int], None],
    token: CancelToken,
    announce: Callable[[Seam | None], None],
) -> HarTail | None:
    def step(count: int) -> None:
        token.check()
        advance(count)

    return redact_har_tail(
        lambda report: session.json_redactor(report, har=True), job.path, job.edge, out, step, announce
    )


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
        self._results: dict[int, FileResult | HarTail | None] = {}
        self._announced: dict[int, dict[int, Checkpoint] | Seam | None] = {}
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
        except (EOFError, OSError):  # OSError: it died with our messages unread (connection reset)
            self._ended = True  # done with every file, or died: ``take`` tells which
            return
        if message[0] == "advance":
            self._advance(int(message[1]))
        elif message[0] == "done":
            self._results[int(message[1])] = message[2]
        elif message[0] == "announce":
            self._announced[int(message[1])] = message[2]
        else:
            error = message[2]
            raise error if isinstance(error, Exception) else RuntimeError(str(error))

    def checkpoints(self, index: int, token: CancelToken) -> dict[int, Checkpoint]:
        """Wait for the line starts at which the writer may join the helper's tail of attachment ``index``."""
        self._wait(lambda: index in self._announced, token)
        points = self._announced.pop(index)
        assert isinstance(points, dict), "a text file's tail"
        return points

    def seam(self, index: int, token: CancelToken) -> Seam | None:
        """Wait for the seam after which the helper redacts the entries of HAR ``index`` (None: it does not)."""
        self._wait(lambda: index in self._announced, token)
        seam = self._announced.pop(index)
        assert not isinstance(seam, dict), "a HAR's entries"
        return seam

    def _wait(self, ready: Callable[[], bool], token: CancelToken) -> None:
        while not ready():
            token.check()
            if self._ended:
                self._process.join(timeout=5)
                raise RuntimeError(f"the redaction helper stopped (exit code {self._process.exitcode})")
            if self._connection.poll(0.05):
                self._receive()

    def take(self, index: int, token: CancelToken) -> tuple[IO[bytes], FileResult]:
        """Wait for the helper's result for attachment ``index``.

        Args:
            index: An index given to the helper.
            token: Checked while waiting.

        Returns:
            The redacted bytes (positioned at their start) and the findings.
        """
        handle, result = self._take(index, token)
        assert isinstance(result, FileResult), "a whole file or a text file's tail"
        return handle, result

    def take_entries(self, index: int, token: CancelToken) -> tuple[IO[bytes], HarTail | None]:
        """Wait for the helper's entries of HAR ``index`` (None: it found no valid entries after its seam)."""
        handle, result = self._take(index, token)
        assert not isinstance(result, FileResult), "a HAR's entries"
        return handle, result

    def _take(self, index: int, token: CancelToken) -> tuple[IO[bytes], FileResult | HarTail | None]:
        self._wait(lambda: index in self._results, token)
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


def splittable(session: RedactionSession, job: Job) -> AttachmentKind | None:
    """How a file may be cut in two: a text log carried one byte per character, a HAR not in UTF-16, or None."""
    head = read_head(job.path)
    kind = session.effective_kind(job.kind, head, sniff_head(job.path, head))
    if kind is AttachmentKind.HAR:
        return None if head.startswith(UTF16_BOMS) else kind
    if kind is not AttachmentKind.CONSOLE_LOG:
        return None
    codec = detect_codec(head[:4096])
    return kind if codec.name == "latin-1" and not codec.bom else None


def redact_split(
    session: RedactionSession,
    job: Job,
    helper: Helper,
    out: Output,
    advance: Callable[[int], None],
    token: CancelToken,
) -> FileResult:
    """Redact a file whose tail the helper redacts: the head here, then the helper's tail from where they agree.

    Args:
        session: The package's redaction session.
        job: The helper's job for the file's tail (its ``edge`` is set).
        helper: The helper.
        out: The package member.
        advance: Called with input bytes read here.
        token: Checked between chunks.

    Returns:
        The findings for the whole file, as one pass would give them.
    """

    def step(count: int) -> None:
        token.check()
        advance(count)

    if job.kind is AttachmentKind.HAR:
        end = HelperEnd(
            lambda: helper.seam(job.index, token),
            lambda: helper.take_entries(job.index, token),
            lambda handle, to: copy_into(handle, to, token, helper.drain),
        )
        result, _ = redact_har_head(session, job.path, job.edge, out, step, end)
        return result

    result = FileResult(job.path, AttachmentKind.CONSOLE_LOG)
    redactor = session.text_redactor(result.report, TextCodec("latin-1"))
    written = Written(out)
    joined, _ = redact_head(redactor, job.path, job.edge, written, step, lambda: helper.checkpoints(job.index, token))
    handle, tail = helper.take(job.index, token)
    if joined is not None:
        handle.seek(joined.written)
        copy_into(handle, written, token, helper.drain)
        merge_tail(result, tail, joined)
    result.size = job.size
    result.written = written.count
    return result
