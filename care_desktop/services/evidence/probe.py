"""Look at a path before reading it, and open it without ever hanging: the guard in front of every evidence read.

``stat`` first: a folder, a named pipe (FIFO), a socket or a device is refused without being opened (opening a
FIFO for reading blocks until a writer appears). The open itself is non-blocking and re-checked with ``fstat``,
so a path swapped for a pipe between the two steps is still refused. Errors become ``Note``s, never
exceptions to the UI. This module reads nothing but metadata; callers read the opened file.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from care_desktop.services.evidence.notes import Code, Note, note

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class EvidenceError(Exception):
    """An evidence file cannot be used; ``note`` says why in words for the user.

    Args:
        note: The error note.
    """

    def __init__(self, note: Note) -> None:
        super().__init__(note.message.render())
        self.note = note


@dataclass(frozen=True)
class Probe:
    """What ``stat`` says about a path.

    Attributes:
        path: The path as given.
        size: Size in bytes of the regular file it leads to; None when it is not one.
        problem: Why it cannot be used (an error note), or None.
    """

    path: Path
    size: int | None
    problem: Note | None


def _special_kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if not stat.S_ISREG(mode):
        return "special file"
    return None


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or type(error).__name__


def problem_for_error(path: Path, error: OSError) -> Note:
    """Turn an ``OSError`` about ``path`` into the note the user sees.

    Args:
        path: The path concerned.
        error: What ``stat`` or ``open`` raised.

    Returns:
        An error note (vanished, broken link, link loop, folder, or unreadable with the reason).
    """
    name = path.name or str(path)
    if error.errno == errno.ELOOP:
        return note(Code.LINK_LOOP, name=name)
    if isinstance(error, FileNotFoundError):
        try:
            path.lstat()
        except OSError:
            return note(Code.MISSING, name=name)
        return note(Code.BROKEN_LINK, name=name)
    if isinstance(error, IsADirectoryError):
        return note(Code.DIRECTORY, name=name)
    return note(Code.UNREADABLE, name=name, reason=_reason(error))


def problem_for_mode(path: Path, mode: int) -> Note | None:
    """The note for anything that is not a regular file, or None for a regular file.

    Args:
        path: The path concerned.
        mode: Its ``st_mode``.

    Returns:
        A ``DIRECTORY`` or ``SPECIAL`` error note, or None.
    """
    name = path.name or str(path)
    if stat.S_ISDIR(mode):
        return note(Code.DIRECTORY, name=name)
    kind = _special_kind(mode)
    return None if kind is None else note(Code.SPECIAL, name=name, what=kind)


def probe(path: Path) -> Probe:
    """Find out, from metadata only, whether ``path`` is a regular file that can be used.

    Args:
        path: The file the user chose.

    Returns:
        Its size, or the problem. Permission to read is only known once it is opened (``open_regular``).
    """
    try:
        info = path.stat()
    except OSError as error:
        return Probe(path, None, problem_for_error(path, error))
    problem = problem_for_mode(path, info.st_mode)
    return Probe(path, None if problem else info.st_size, problem)


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading in binary mode without any risk of blocking.

    Args:
        path: The file.

    Returns:
        The open file; the caller closes it.

    Raises:
        EvidenceError: When it is missing, unreadable, a folder, a pipe, a socket, a device or a link loop.
    """
    checked = probe(path)
    if checked.problem is not None:
        raise EvidenceError(checked.problem)
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_BINARY | _O_CLOEXEC)
    except OSError as error:
        raise EvidenceError(problem_for_error(path, error)) from error
    try:
        problem = problem_for_mode(path, os.fstat(fd).st_mode)
        if problem is not None:
            raise EvidenceError(problem)
        if _O_NONBLOCK:  # a regular file never blocks; clear the flag so reads behave normally
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_head(path: Path, limit: int) -> bytes:
    """Read at most ``limit`` bytes from the start of a regular file.

    Args:
        path: The file.
        limit: How many bytes at most.

    Returns:
        The bytes.

    Raises:
        EvidenceError: When the file cannot be opened or read.
    """
    with open_regular(path) as handle:
        try:
            return handle.read(limit)
        except OSError as error:
            raise EvidenceError(problem_for_error(path, error)) from error
