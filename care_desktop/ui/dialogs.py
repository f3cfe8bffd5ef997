"""Every modal interaction of the app, in one replaceable object.

Widgets never call ``QMessageBox``/``QFileDialog`` directly: they ask the ``Dialogs`` instance they were
given. Tests pass a subclass that answers without showing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the dialogs' own Qt classes are loaded when a dialog is first shown
    from PySide6.QtWidgets import QWidget


class Dialogs:
    """Modal questions and notices.

    The file dialogs open in the folder the user last chose a file in (``last_folder``), not in the caller's
    default, and report each new folder to ``remember`` so that it can be kept for the next start.

    Args:
        last_folder: Where the previous file was chosen, if known.
        remember: Called with each folder a file is chosen in.
    """

    def __init__(self, last_folder: Path | None = None, remember: Callable[[Path], None] | None = None) -> None:
        self.last_folder = last_folder
        self._remember = remember

    def start_folder(self, default: Path) -> Path:
        """Where a file dialog opens: the last folder used when it still exists, else ``default``."""
        last = getattr(self, "last_folder", None)
        return last if last is not None and last.is_dir() else default

    def chose_in(self, chosen: Path) -> None:
        """Remember the folder of a chosen file (or a chosen folder)."""
        folder = chosen if chosen.is_dir() else chosen.parent
        self.last_folder = folder
        remember = getattr(self, "_remember", None)
        if remember is not None:
            remember(folder)

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a notice and wait for OK."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a warning and wait for OK."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question.

        Returns:
            True for Yes.
        """
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def existing_directory(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """Ask for a folder.

        Returns:
            The folder, or None when cancelled.
        """
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def open_files(self, parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
        """Ask for one or more existing files.

        Returns:
            The files, empty when cancelled.
        """
        from PySide6.QtWidgets import QFileDialog

        chosen, _selected = QFileDialog.getOpenFileNames(parent, title, str(self.start_folder(start)), filters)
        if chosen:
            self.chose_in(Path(chosen[0]))
        return [Path(name) for name in chosen]

    def open_file(self, parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
        """Ask for an existing file.

        Returns:
            The file, or None when cancelled.
        """
        from PySide6.QtWidgets import QFileDialog

        chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(self.start_folder(start)), filters)
        if chosen:
            self.chose_in(Path(chosen))
        return Path(chosen) if chosen else None

    def launch(self, url: str) -> bool:
        """Hand ``url`` (``https:``, ``tel:``, ``file:``) to the desktop.

        Returns:
            False when the desktop has no handler for it (nothing happened).
        """
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl(url))

    def show_address(self, parent: QWidget | None, address: str, what: str) -> None:
        """Show an address nothing could open, selected, with Copy."""
        from care_desktop.ui.windows.address_dialog import AddressDialog

        AddressDialog(address, what, parent).exec()

    def open_url(self, parent: QWidget | None, url: str, what: str = "") -> bool:
        """Open a link, or, when nothing on this computer opens it, show it with Copy.

        The one way every button and link of the app opens something outside it (browser, file manager,
        softphone), so that a click never does nothing.

        Args:
            parent: Owner of the fallback dialog.
            url: The address; a local path is opened as a folder or file and shown as a path.
            what: What it is, for the fallback's sentence (default: "this link").

        Returns:
            True when the desktop opened it.
        """
        from PySide6.QtCore import QCoreApplication, QUrl

        local = not url.startswith(("http:", "https:", "tel:", "mailto:", "file:"))
        target = QUrl.fromLocalFile(url).toString() if local else url
        if self.launch(target):
            return True
        shown = url.removeprefix("tel:") if url.startswith("tel:") else url
        self.show_address(parent, shown, what or QCoreApplication.translate("Dialogs", "this link"))
        return False

    def show_structured(self, parent: QWidget | None, title: str, data: Any, intro: str = "") -> None:
        """Show structured data (system facts, a manifest) as a readable tree that fits the screen."""
        from care_desktop.ui.windows.structured_view import StructuredView

        StructuredView(title, data, intro, parent).exec()
