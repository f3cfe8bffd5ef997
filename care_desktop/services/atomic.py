"""Atomic file writes: a file either keeps its old content or has the complete new one.

Every file the app writes goes through here: a temporary file in the same folder is written, flushed to
disk, then renamed over the target; the folder is synced so the rename survives a crash.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; give a new one the usual ones (0666 less the umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, briefly, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _sync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Open a temporary file that replaces ``target`` only if the block finishes without error.

    Args:
        target: The file to create or replace. Its folder must exist.

    Yields:
        A binary file to write to.
    """
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if os.name == "posix":  # mkstemp creates 0600; a saved case file should look like any other file
                os.fchmod(handle.fileno(), _mode_for(target))
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _sync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically.

    Args:
        target: The file to create or replace.
        data: Its new content.
    """
    with atomic_writer(target) as handle:
        handle.write(data)


def write_text_atomic(target: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``target`` atomically.

    Args:
        target: The file to create or replace.
        text: Its new content.
    """
    write_bytes_atomic(target, text.encode("utf-8"))
