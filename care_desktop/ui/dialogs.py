"""Every modal interaction of the app, in one replaceable object.

Widgets never call ``QMessageBox``/``QFileDialog`` directly: they ask the ``Dialogs`` instance they were
given. Tests pass a subclass that answers without showing anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the dialogs' own Qt classes are loaded when a dialog is first shown
    from PySide6.QtWidgets import QWidget


class Dialogs:
    """Modal questions and notices."""

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

        chosen, _selected = QFileDialog.getOpenFileNames(parent, title, str(start), filters)
        return [Path(name) for name in chosen]

    def open_file(self, parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
        """Ask for an existing file.

        Returns:
            The file, or None when cancelled.
        """
        from PySide6.QtWidgets import QFileDialog

        chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(chosen) if chosen else None
