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
