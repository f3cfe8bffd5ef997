"""Add evidence to case N: which attachments of the case's draft were not sent with it yet.

Reads the attachment files (sha256 of their content, streamed in blocks) and compares them with the digests
the tracker recorded as sent and those every package built from the draft held (``Draft.sent_packages``,
recorded by :func:`sent_package` when a package is built). Hashing can take a while for big HAR files:
:func:`hash_attachments` reports progress in bytes and honours a cancel token, and touches no store, so the
UI can run it in a worker while the store stays on the GUI thread. Building the package is the packaging
service's job; after it, the caller records the digests it sent (``TrackerStore.record_sent``). No Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from care_desktop.domain.case.draft import SentPackage
from care_desktop.domain.case.model import Attachment
from care_desktop.domain.tracker.followup import EvidenceFile, new_evidence
from care_desktop.services.evidence.probe import EvidenceError, open_regular
from care_desktop.services.paths import AppPaths
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from care_desktop.services.store import DraftNotFoundError, Store
from care_desktop.services.tracker.store import TrackerStore

_BLOCK: Final = 1024 * 1024


@dataclass
class EvidenceReport:
    """What "add evidence to case N" found.

    Attributes:
        number: The case.
        draft_id: The draft the attachments come from (empty when the case has none).
        new: Files not sent with the case yet, in the draft's order (each content once).
        already_sent: Files whose content was sent before (or is listed twice in the draft).
        missing: Attachments whose file cannot be read.
    """

    number: str
    draft_id: str
    new: list[EvidenceFile] = field(default_factory=list)
    already_sent: list[EvidenceFile] = field(default_factory=list)
    missing: list[Attachment] = field(default_factory=list)


def attachment_path(attachment: Attachment, base: Path) -> Path:
    """Where an attachment's file is: its path when absolute, else relative to ``base`` (the draft's folder)."""
    path = Path(attachment.path).expanduser()
    return path if path.is_absolute() else base / path


def hash_attachments(
    attachments: Sequence[Attachment],
    base: Path,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> tuple[list[EvidenceFile], list[Attachment]]:
    """Compute the sha256 of each attachment's file.

    Args:
        attachments: The draft's attachments.
        base: The folder relative paths are read from.
        progress: Called with bytes read and the total bytes.
        token: Checked between blocks.

    Returns:
        The files with their digests, and the attachments that could not be read.

    Raises:
        CancelledError: The token was cancelled.
    """
    sizes: list[int | None] = []
    for attachment in attachments:
        try:
            sizes.append(attachment_path(attachment, base).stat().st_size)
        except OSError:
            sizes.append(None)
    total = sum(size for size in sizes if size is not None)
    done = 0
    files: list[EvidenceFile] = []
    missing: list[Attachment] = []
    for attachment, size in zip(attachments, sizes, strict=True):
        if size is None:
            missing.append(attachment)
            continue
        digest = hashlib.sha256()
        read = 0
        try:
            with open_regular(attachment_path(attachment, base)) as handle:  # a pipe would block the worker
                while block := handle.read(_BLOCK):
                    token.check()
                    digest.update(block)
                    read += len(block)
                    progress(done + read, total)
        except (OSError, EvidenceError):
            missing.append(attachment)
            continue
        done += size
        files.append(EvidenceFile(attachment, digest.hexdigest(), read))
    progress(total, total)
    return files, missing


def find_new_evidence(
    tracker: TrackerStore,
    store: Store,
    paths: AppPaths,
    number: str,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> EvidenceReport:
    """List the attachments of case ``number``'s draft that were not sent with the case yet.

    Runs on the store's thread (it reads the store); for a worker, load the draft and the sent digests first
    and call :func:`hash_attachments` and ``domain.followup.new_evidence`` there.

    Args:
        tracker: The tracked cases.
        store: The drafts.
        paths: Where drafts keep their files.
        number: The case.
        progress: Bytes hashed and the total.
        token: Cancel token.

    Returns:
        The report; an empty one when the case has no draft (or its draft was deleted).

    Raises:
        CaseNotFoundError: No such case.
        DraftDamagedError: The draft cannot be read.
    """
    case = tracker.get_case(number)
    report = EvidenceReport(case.number, case.draft_id)
    if not case.draft_id:
        return report
    try:
        draft = store.load_draft(case.draft_id)
    except DraftNotFoundError:
        return EvidenceReport(case.number, "")
    files, report.missing = hash_attachments(draft.case.attachments, paths.case_dir(draft.id), progress, token)
    sent = tracker.sent_evidence(case.number) | draft.sent_digests()
    report.new = new_evidence(files, sent)
    fresh = {id(item) for item in report.new}
    report.already_sent = [item for item in files if id(item) not in fresh]
    return report


def sent_package(package: Path, created_at: str, files: Sequence[EvidenceFile]) -> SentPackage:
    """What a package held, to remember in its draft (``Draft.sent_packages``).

    Args:
        package: The package file (only its name is kept).
        created_at: When it was built (ISO 8601).
        files: The attachments it held, with the sha256 of their originals.

    Returns:
        The record.
    """
    return SentPackage(
        package.name, created_at, tuple((item.sha256, Path(item.attachment.path).name) for item in files)
    )
