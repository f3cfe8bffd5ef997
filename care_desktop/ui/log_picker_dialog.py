"""Choose which logs of the Genesys Cloud desktop app, found on this computer, to attach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from care_desktop.services.evidence import human_size
from care_desktop.services.log_locations import FoundLog
from care_desktop.ui.accessibility import describe
from care_desktop.ui.pages.base import wrapping_label


class LogPickerDialog(QDialog):
    """A checklist of the logs found (none is chosen for the user).

    Args:
        found: What ``log_locations.discover`` found, newest first.
        parent: Owner.
    """

    def __init__(self, found: list[FoundLog], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.intro = wrapping_label()
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

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> list[Path]:
        """The logs ticked."""
        return [
            log.path
            for index, log in enumerate(self.found)
            if (item := self.list.item(index)) is not None and item.checkState() == Qt.CheckState.Checked
        ]
