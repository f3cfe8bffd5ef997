"""Inspect one evidence file for the Attachments page: kind, size, preview and everything worth telling the user.

Never raises for a bad file: a folder, a pipe, a link loop, a vanished, unreadable or empty file each come back
as an ``Inspection`` with an error note. Reading is bounded: the first and last 64 KB of text, the header of
an image, and for a HAR a streamed walk (the only part that takes time on a big file, hence the progress
callback and cancel token). Reads only; nothing is copied or written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.evidence.har import HarFormatError, HarSummary, summarize_har
from care_desktop.services.evidence.images import ImageInfo, image_info
from care_desktop.services.evidence.notes import Code, Level, Note, note, size_notes
from care_desktop.services.evidence.probe import EvidenceError, open_regular, probe, problem_for_error
from care_desktop.services.evidence.sniff import HEAD_BYTES, UNKNOWN_ENCODING, sniff
from care_desktop.services.evidence.textpreview import TextPreview, text_preview
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

Preview = TextPreview | HarSummary | ImageInfo


@dataclass(frozen=True)
class Inspection:
    """What the Attachments page shows for one file.

    Attributes:
        path: The file as given.
        name: Its name.
        kind: What it holds; None when it cannot be attached at all.
        size: Bytes, or None when unknown (missing, not a regular file).
        preview: Text head and tail, a HAR summary, image size, or None (binary files, errors).
        notes: Everything to tell the user, errors first.
    """

    path: Path
    name: str
    kind: AttachmentKind | None
    size: int | None
    preview: Preview | None
    notes: tuple[Note, ...]

    @property
    def attachable(self) -> bool:
        """True when no note is an error."""
        return not any(item.level is Level.ERROR for item in self.notes)

    @property
    def codes(self) -> tuple[Code, ...]:
        """The codes of the notes, in order."""
        return tuple(item.code for item in self.notes)


def _failed(path: Path, problem: Note, size: int | None = None) -> Inspection:
    return Inspection(path, path.name or str(path), None, size, None, (problem,))


def inspect_file(
    path: Path,
    *,
    upload_limit: int | None = None,
    preview_lines: int = 5,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> Inspection:
    """Inspect a file the user wants to attach.

    Args:
        path: The file.
        upload_limit: The upload limit in bytes (a setting); None for no check.
        preview_lines: Lines of text shown at each end.
        progress: Bytes read so far and the total (only a HAR takes long).
        token: Cancels the HAR walk.

    Returns:
        The inspection; problems are notes, never exceptions.

    Raises:
        CancelledError: When cancelled during a HAR walk.
    """
    name = path.name or str(path)
    checked = probe(path)
    if checked.problem is not None or checked.size is None:
        return _failed(path, checked.problem or note(Code.MISSING, name=name))
    size = checked.size
    notes = size_notes(name, size, upload_limit)
    if size == 0:
        return Inspection(path, name, None, 0, None, tuple(notes))
    try:
        with open_regular(path) as handle:
            head = handle.read(HEAD_BYTES)
            found = sniff(head, name, truncated=len(head) < size)
            preview: Preview | None = None
            if found.image_format is not None:
                preview = image_info(handle, found.image_format, head)
            elif found.encoding is not None and found.kind is not AttachmentKind.HAR:
                preview = text_preview(handle, size, found.encoding, preview_lines)
    except EvidenceError as error:
        return _failed(path, error.note, size)
    except OSError as error:  # a read failed after the open (I/O error, file truncated under us ...)
        return _failed(path, problem_for_error(path, error), size)
    kind = found.kind
    if found.encoding is None and kind is AttachmentKind.OTHER:
        notes.append(note(Code.BINARY, name=name))
    if found.encoding == UNKNOWN_ENCODING:
        notes.append(note(Code.REPLACED_CHARACTERS, name=name))
    if kind is AttachmentKind.HAR:
        try:
            preview = summarize_har(path, progress=progress, token=token)
        except HarFormatError as error:
            kind = AttachmentKind.CONSOLE_LOG
            notes.append(note(Code.MALFORMED_HAR, name=name, reason=str(error)))
            preview = _text_fallback(path, size, found.encoding or "utf-8", preview_lines)
        except EvidenceError as error:
            return _failed(path, error.note, size)
    return Inspection(path, name, kind, size, preview, tuple(sorted(notes, key=_severity_order)))


def _text_fallback(path: Path, size: int, encoding: str, lines: int) -> TextPreview | None:
    try:
        with open_regular(path) as handle:
            return text_preview(handle, size, encoding, lines)
    except (EvidenceError, OSError):
        return None


def _severity_order(item: Note) -> int:
    return {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}[item.level]


def detect_kind(path: Path) -> AttachmentKind | None:
    """Tell what a file holds from its content (and its name for configuration files), without a full inspection.

    A malformed HAR is still reported as ``HAR`` here; ``inspect_file`` walks it and says otherwise.

    Args:
        path: The file.

    Returns:
        The kind, or None when the file cannot be read (missing, folder, pipe, empty ...).
    """
    try:
        with open_regular(path) as handle:
            head = handle.read(HEAD_BYTES)
            size = handle.seek(0, 2)
    except (EvidenceError, OSError):
        return None
    if size == 0:
        return None
    return sniff(head, path.name, truncated=len(head) < size).kind
