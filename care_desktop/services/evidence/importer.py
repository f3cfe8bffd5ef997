"""Copy evidence into a draft's case folder, and remove it again.

The copy streams in 1 MB chunks with progress (bytes) and cancel, computes the SHA-256 on the way, and is
atomic (``services.atomic``: a temporary name in the case folder, fsync, rename): a cancelled or failed copy
leaves nothing behind. The stored name is the original's, made safe for every platform, with `` (2)``,
`` (3)`` ... added on a clash, so nothing is ever overwritten. The original is only read; removal never
reaches outside the case folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.services.atomic import atomic_writer
from care_desktop.services.evidence.notes import Code, Note, note
from care_desktop.services.evidence.probe import EvidenceError, open_regular, problem_for_error
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

CHUNK_BYTES: Final = 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_MAX_NAME: Final = 150


@dataclass(frozen=True)
class StoredFile:
    """A file kept in a case folder.

    Attributes:
        path: Where it is stored.
        size: Its size in bytes.
        sha256: Hex SHA-256 of its content.
        copied: False when the chosen file already was in the case folder (nothing was copied).
    """

    path: Path
    size: int
    sha256: str
    copied: bool = True

    @property
    def name(self) -> str:
        """The stored file's name."""
        return self.path.name


@dataclass(frozen=True)
class StoreOutcome:
    """The result of storing a file: exactly one of ``stored`` and ``problem`` is set.

    Attributes:
        stored: The stored file.
        problem: Why nothing was stored (an error note).
    """

    stored: StoredFile | None
    problem: Note | None


def safe_name(name: str) -> str:
    """Make a file name safe on Windows, macOS and Linux while keeping it recognisable.

    Args:
        name: The original name.

    Returns:
        The name without path separators, control or reserved characters, trailing dots or spaces, reserved
        Windows device names, and at most 150 characters (the extension is kept).
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip().rstrip(". ")
    if not cleaned or cleaned in {".", ".."}:
        cleaned = "attachment"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or not stem:
        stem, suffix = cleaned, ""
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = f".{suffix[:20]}" if suffix else ""
    return stem[: _MAX_NAME - len(suffix)] + suffix


def unique_path(folder: Path, name: str) -> Path:
    """A path in ``folder`` for ``name`` that does not exist yet: ``name``, then ``stem (2).ext``, ``stem (3).ext`` ...

    Args:
        folder: The target folder.
        name: A safe name.

    Returns:
        The free path.
    """
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def _is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` names an entry directly in ``folder`` (its last component is not followed)."""
    try:
        return path.absolute().parent.resolve() == folder.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop in the parents on older Pythons
        return False


def _hash_in_place(source: Path, progress: Progress, token: CancelToken) -> StoredFile:
    digest = hashlib.sha256()
    done = 0
    with open_regular(source) as handle:
        total = handle.seek(0, 2)
        handle.seek(0)
        while chunk := handle.read(CHUNK_BYTES):
            token.check()
            digest.update(chunk)
            done += len(chunk)
            progress(done, total)
    return StoredFile(source, done, digest.hexdigest(), copied=False)


def import_file(
    source: Path,
    case_dir: Path,
    *,
    name: str | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> StoreOutcome:
    """Copy ``source`` into ``case_dir`` (created when missing).

    A file already in ``case_dir`` (a screenshot the editor saved there, a trimmed log) is not copied again:
    its size and SHA-256 are computed and it is returned with ``copied=False``.

    Args:
        source: The file the user chose.
        case_dir: ``AppPaths.case_dir(draft_id)``.
        name: The name to store it under (made safe, clash-free); default: the source's name.
        progress: Bytes copied so far and the size of the source.
        token: Cancels the copy; the partial copy is removed before ``CancelledError`` propagates.

    Returns:
        The stored file, or the problem (vanished, unreadable, a pipe, disk full ...).

    Raises:
        CancelledError: When cancelled; nothing is left in ``case_dir``.
    """
    label = source.name or str(source)
    try:
        if _is_inside(source, case_dir):
            return StoreOutcome(_hash_in_place(source, progress, token), None)
        case_dir.mkdir(parents=True, exist_ok=True)
        with open_regular(source) as handle:
            total = handle.seek(0, 2)
            handle.seek(0)
            target = unique_path(case_dir, safe_name(name or label))
            digest = hashlib.sha256()
            done = 0
            with atomic_writer(target) as out:
                while chunk := handle.read(CHUNK_BYTES):
                    token.check()
                    digest.update(chunk)
                    out.write(chunk)
                    done += len(chunk)
                    progress(done, total)
                token.check()
        return StoreOutcome(StoredFile(target, done, digest.hexdigest()), None)
    except EvidenceError as error:
        return StoreOutcome(None, error.note)
    except OSError as error:
        if error.filename is not None and Path(error.filename) == source:
            return StoreOutcome(None, problem_for_error(source, error))
        reason = error.strerror or type(error).__name__
        return StoreOutcome(None, note(Code.COPY_FAILED, name=label, reason=reason))


def remove_stored(path: Path, case_dir: Path) -> Note | None:
    """Delete a stored attachment from a case folder (and nothing outside it).

    Args:
        path: The stored file.
        case_dir: The draft's case folder.

    Returns:
        None when it is gone (also when it already was); an error note when it is outside ``case_dir`` or
        cannot be deleted.
    """
    label = path.name or str(path)
    if not _is_inside(path, case_dir) or path.is_dir():
        return note(Code.NOT_IN_CASE, name=label)
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        return note(Code.REMOVE_FAILED, name=label, reason=error.strerror or type(error).__name__)
    return None
