"""A dropped or chosen folder stands for the files in it (issue 14, item 18).

Lists the regular files under each folder (sub-folders included, hidden files and folders left out, in name
order, at most ``MAX_FILES`` per folder) so that the usual checks of ``batch.add_evidence`` apply to each. It
reads directory entries only; it never opens, copies or changes a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.services.evidence.batch import BatchResult, add_evidence
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

MAX_FILES: Final = 500


@dataclass(frozen=True)
class Expanded:
    """What a list of paths stands for.

    Attributes:
        files: The files, in order: given files as they are, then each folder's files.
        folders: The folders that were expanded, with how many files each gave.
        truncated: Folders that held more than ``MAX_FILES`` files (only the first were taken).
    """

    files: tuple[Path, ...]
    folders: tuple[tuple[Path, int], ...]
    truncated: tuple[Path, ...]


def _files_in(folder: Path, limit: int) -> tuple[list[Path], bool]:
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or not path.is_file() or path.is_symlink():
                continue
            if len(found) == limit:
                return found, True
            found.append(path)
    return found, False


def expand_folders(paths: list[Path], limit: int = MAX_FILES) -> Expanded:
    """Replace each folder in ``paths`` by the files in it.

    Args:
        paths: Files and folders, as dropped or chosen.
        limit: Most files taken from one folder.

    Returns:
        The files and what each folder gave.
    """
    files: list[Path] = []
    folders: list[tuple[Path, int]] = []
    truncated: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        inside, cut = _files_in(path, limit)
        files.extend(inside)
        folders.append((path, len(inside)))
        if cut:
            truncated.append(path)
    return Expanded(tuple(dict.fromkeys(files)), tuple(folders), tuple(truncated))


@dataclass(frozen=True)
class FolderBatch(BatchResult):
    """What happened to each file, and what each dropped folder stood for.

    Attributes:
        expanded: The files and folders the batch was made of.
    """

    expanded: Expanded = Expanded((), (), ())


def add_files_and_folders(
    paths: list[Path],
    case_dir: Path,
    *,
    upload_limit: int | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> FolderBatch:
    """Add files as :func:`~care_desktop.services.evidence.batch.add_evidence` does, a folder as its files.

    Args:
        paths: Files and folders, as chosen or dropped.
        case_dir: ``AppPaths.case_dir(draft_id)``.
        upload_limit: Largest file accepted, in bytes (None: no limit).
        progress: Receives (done, total).
        token: Cancels the batch.

    Returns:
        The batch's result with the folders' expansion.
    """
    expanded = expand_folders(paths)
    batch = add_evidence(list(expanded.files), case_dir, upload_limit=upload_limit, progress=progress, token=token)
    return FolderBatch(batch.added, batch.refused, expanded)
