"""Choose which logs of the Genesys Cloud desktop app, found on this computer, to attach.

It names the places it looked in (so that "nothing found" can be checked) and offers Browse for logs kept
elsewhere; files are chosen through the ``Dialogs`` seam.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.services.evidence import human_size
from care_desktop.services.log_locations import FoundLog
from care_desktop.ui.accessibility import describe
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.pages.base import wrapping_label


class LogPickerDialog(QDialog):
    """A checklist of the logs found (none is chosen for the user).

    Args:
        found: What ``log_locations.discover`` found, newest first.
        parent: Owner.
        looked: The places looked in (``log_locations.looked_in``), shown to the user.
        dialogs: Asks for files on Browse.
    """

    def __init__(
        self,
        found: list[FoundLog],
        parent: QWidget | None = None,
        looked: list[Path] | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.found = found
        self.looked = list(looked or [])
        self.dialogs = dialogs or Dialogs()
        self.browsed: list[Path] = []
        self.intro = wrapping_label()
        self.places = QLabel()
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.list = QListWidget()
        for _log in found:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.places)
        layout.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Genesys Cloud desktop app logs"))
        self.intro.setText(
            self.tr(
                "Logs found on this computer, newest first. Tick the ones to attach; they are redacted before "
                "anything leaves this computer. Locations marked unconfirmed come from no official source."
            )
            if self.found
            else self.tr("No log of the Genesys Cloud desktop app was found in the known locations.")
        )
        self.places.setText(
            "\n".join([self.tr("Looked in:"), *(f"\u2022 {place}" for place in self.looked)]) if self.looked else ""
        )
        self.browse_button.setText(self.tr("&Browse for other logs\u2026"))
        self.browse_button.setAccessibleDescription(self.tr("Choose log files kept somewhere else."))
        self.list.setAccessibleName(self.tr("Logs found"))
        self.list.setAccessibleDescription(
            self.tr("The logs found on this computer, newest first; tick the ones to attach.")
        )
        describe(
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Attaches the ticked logs to the case.")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Closes without attaching any log.")),
        )
        for index, log in enumerate(self.found):
            modified = log.modified.astimezone().strftime("%Y-%m-%d %H:%M")
            unconfirmed = "" if log.location.confirmed else " \u2014 " + self.tr("unconfirmed location")
            text = f"{log.path}  ({human_size(log.size)}, {modified}){unconfirmed}"
            item = self.list.item(index)
            if item is not None:
                item.setText(text)

    def browse(self) -> list[Path]:
        """Ask for log files elsewhere; they are added to the list, ticked."""
        start = next((place.parent for place in self.looked if place.parent.is_dir()), Path.home())
        paths = self.dialogs.open_files(
            self, self.tr("Choose log files"), start, self.tr("Logs (*.log *.txt);;All files (*)")
        )
        for path in paths:
            if path in self.browsed:
                continue
            self.browsed.append(path)
            item = QListWidgetItem(str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        return paths

    def chosen(self) -> list[Path]:
        """The logs ticked (found or browsed for)."""
        paths = [log.path for log in self.found] + self.browsed
        return [
            path
            for index, path in enumerate(paths)
            if (item := self.list.item(index)) is not None and item.checkState() == Qt.CheckState.Checked
        ]
