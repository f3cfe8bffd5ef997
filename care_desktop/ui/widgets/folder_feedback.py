"""The lines the Attachments step shows about dropped folders: how many files each gave, which were cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from care_desktop.ui.i18n import fill

if TYPE_CHECKING:  # the evidence services are loaded when files are first added
    from care_desktop.services.evidence.batch import BatchResult


def folder_lines(result: BatchResult) -> list[str]:
    """One line per folder ("Folder logs: 12 files"), and one per folder that held too many files."""
    expanded = getattr(result, "expanded", None)  # a FolderBatch; other batches name no folder
    if expanded is None:
        return []
    lines = [
        fill(
            QCoreApplication.translate("FolderFeedback", "Folder %1: %2"),
            folder.name or str(folder),
            QCoreApplication.translate("FolderFeedback", "%n files", "", count),
        )
        for folder, count in expanded.folders
    ]
    lines += [
        fill(
            QCoreApplication.translate("FolderFeedback", "Folder %1 holds more files: only the first were taken."),
            f.name,
        )
        for f in expanded.truncated
    ]
    return lines
