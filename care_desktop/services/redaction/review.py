"""The review step's view of a case's attachments: where each file is, what it is, and what redaction finds.

``inspect_attachments`` is quick (a ``stat`` and the first bytes of each file): it resolves every path
(relative to the case file's folder, or absolute), says which files are missing or unreadable, and which will
be left out because they cannot be redacted (unless the user chose to send them as is).
``scan_attachments`` then redacts every readable file into nothing, with progress and cancel, and returns per
file and rule counts, preview lines and the live-session flag. The packaging service uses the same
inspection, so what the review shows is what the package gets.
Only reads files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.evidence.sniff import read_head, sniff_head
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from care_desktop.services.redaction.session import NOTE_BINARY, FileResult, RedactionSession

NOTE_MISSING: Final = "the file does not exist"
NOTE_SPECIAL: Final = "it is not a regular file (a pipe, socket or device)"


@dataclass
class AttachmentCheck:
    """One attachment before redaction.

    Attributes:
        index: Its position in ``case.attachments``.
        attachment: The attachment as the case gives it.
        path: Where the file is.
        kind: How it will be treated (the declared kind, corrected by sniffing where that is safer).
        size: Its size in bytes (0 when unreadable).
        problem: Why it cannot be read (English), or empty.
        excluded_reason: Why it will be left out even though it can be read (a binary file), or empty.
        unsafe: True when the scan found that its redacted copy would not parse the way it does: it is left
            out of the package unless the user includes it on purpose (``excluded_reason`` then says why).
    """

    index: int
    attachment: Attachment
    path: Path
    kind: AttachmentKind
    size: int = 0
    problem: str = ""
    excluded_reason: str = ""
    unsafe: bool = False

    @property
    def usable(self) -> bool:
        """Whether the file goes into the package (unless the user excludes it)."""
        return not self.problem and not self.excluded_reason


@dataclass
class AttachmentReview:
    """One attachment after scanning: the check, and what redaction found (None when it was not scanned)."""

    check: AttachmentCheck
    result: FileResult | None


def resolve_attachment(case_dir: Path, attachment: Attachment) -> Path:
    """The file an attachment names: its path relative to the case file's folder, or absolute."""
    path = Path(attachment.path).expanduser()
    return path if path.is_absolute() else case_dir / path


def inspect_attachments(
    attachments: Sequence[Attachment], case_dir: Path, session: RedactionSession | None = None
) -> list[AttachmentCheck]:
    """Check every attachment without reading it through.

    Args:
        attachments: The case's attachments.
        case_dir: The folder of the case file (relative paths start there).
        session: Decides kinds (default: a new one).

    Returns:
        One check per attachment, in order.
    """
    session = session or RedactionSession()
    checks = []
    for index, attachment in enumerate(attachments):
        path = resolve_attachment(case_dir, attachment)
        check = AttachmentCheck(index, attachment, path, attachment.kind)
        try:
            if not path.exists():
                check.problem = NOTE_MISSING
            elif path.is_dir():
                check.problem = "it is a folder, not a file"
            elif not path.is_file():  # reading a pipe would wait for a writer, forever
                check.problem = NOTE_SPECIAL
            else:
                check.size = path.stat().st_size
                head = read_head(path)
                check.kind = session.effective_kind(attachment.kind, head, sniff_head(path, head))
                if check.kind is AttachmentKind.OTHER and not attachment.send_unredacted:
                    check.excluded_reason = NOTE_BINARY
        except OSError as error:
            check.problem = f"it cannot be read: {error.strerror or error}"
        checks.append(check)
    return checks


class _Nowhere:
    """An output that only counts (scanning for the review writes nothing)."""

    def write(self, data: bytes, /) -> int:
        return len(data)

    def restart(self) -> None:
        """Nothing to forget."""


def scan_attachments(
    attachments: Sequence[Attachment],
    case_dir: Path,
    options: RedactionOptions | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
    session: RedactionSession | None = None,
) -> list[AttachmentReview]:
    """Redact every readable attachment into nothing, to show the review what would be removed.

    Args:
        attachments: The case's attachments.
        case_dir: The folder of the case file.
        options: Redaction options (PII, pseudonyms, the user's terms).
        progress: ``progress(bytes_done, bytes_total)``.
        token: Cancels the scan (raises ``CancelledError``).
        session: Redacts the files (default: a new one with ``options``).

    Returns:
        One review per attachment, in order; ``result`` is None for files that are missing, unreadable or
        left out as binary (``check`` says why).
    """
    session = session or RedactionSession(options)
    checks = inspect_attachments(attachments, case_dir, session)
    total = sum(check.size for check in checks if check.usable)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total)

    reviews = []
    for check in checks:
        result = None
        if check.usable:
            try:
                as_is = check.attachment.send_unredacted
                result = session.redact(check.path, check.kind, _Nowhere(), advance, token, as_is=as_is)
                if result.unsafe:
                    check.unsafe, check.excluded_reason = True, result.note
            except OSError as error:
                check.problem = f"it cannot be read: {error.strerror or error}"
        reviews.append(AttachmentReview(check, result))
    progress(total, total)
    return reviews
