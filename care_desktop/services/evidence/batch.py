"""Adding several files to a case at once: inspect each, copy the attachable ones into the case folder.

One call for the Attachments page's worker: progress counts the bytes of all files together, cancel stops at
the next safe point (a partial copy is removed by ``import_file``), and files that cannot be attached come
back with their notes instead of stopping the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.services.evidence.importer import import_file
from care_desktop.services.evidence.inspection import Inspection, inspect_file
from care_desktop.services.evidence.notes import Note
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress


@dataclass(frozen=True)
class Added:
    """A file now in the case folder.

    Attributes:
        attachment: The case's attachment (absolute path of the stored copy, kind, SHA-256, size).
        inspection: What the file is and its preview (of the file the user chose).
    """

    attachment: Attachment
    inspection: Inspection


@dataclass(frozen=True)
class Refused:
    """A file that could not be attached.

    Attributes:
        source: The file the user chose.
        notes: Why (errors first).
    """

    source: Path
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class BatchResult:
    """What happened to each file.

    Attributes:
        added: Files stored, in the order given.
        refused: Files left out, with the reason.
    """

    added: tuple[Added, ...]
    refused: tuple[Refused, ...]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def add_evidence(
    sources: Sequence[Path],
    case_dir: Path,
    *,
    upload_limit: int | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> BatchResult:
    """Inspect and store ``sources`` in ``case_dir``.

    Args:
        sources: Files the user chose (or dropped, or saved from the screenshot editor into ``case_dir``).
        case_dir: ``AppPaths.case_dir(draft_id)``.
        upload_limit: Upload limit in bytes, for the size notes; None for none.
        progress: Bytes done across all files, and their total.
        token: Cancels the work; files already stored stay stored.

    Returns:
        The files added and refused.

    Raises:
        CancelledError: When cancelled.
    """
    total = sum(_size(path) for path in sources)
    offset = 0
    added: list[Added] = []
    refused: list[Refused] = []
    for source in sources:
        token.check()
        size = _size(source)

        def report(done: int, _total: int | None, base: int = offset) -> None:
            progress(base + done, total)

        inspection = inspect_file(source, upload_limit=upload_limit, token=token)
        if inspection.kind is None or not inspection.attachable:
            refused.append(Refused(source, inspection.notes))
        else:
            outcome = import_file(source, case_dir, progress=report, token=token)
            if outcome.stored is None:
                refused.append(Refused(source, (outcome.problem,) if outcome.problem else inspection.notes))
            else:
                stored = outcome.stored
                kind = inspection.kind or AttachmentKind.OTHER
                attachment = Attachment(str(stored.path), kind, sha256=stored.sha256, size=stored.size)
                added.append(Added(attachment, inspection))
        offset += size
        progress(offset, total)
    return BatchResult(tuple(added), tuple(refused))
