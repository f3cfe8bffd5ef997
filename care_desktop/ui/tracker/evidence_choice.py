"""Choose the files for an evidence package: the new ones ticked, those sent before left out unless asked.

Shown after "Add evidence…" found the draft's files and compared them (by SHA-256) with what the case and the
draft's earlier packages already sent. The dialog only chooses; building the package is
:func:`care_desktop.ui.tracker.evidence_package.start_evidence_package`'s job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from care_desktop.domain.tracker.followup import EvidenceFile
from care_desktop.services.tracker.evidence import EvidenceReport
from care_desktop.ui.i18n import fill, on_language_change

_FILE_ROLE = Qt.ItemDataRole.UserRole


class EvidenceChoiceDialog(QDialog):
    """Lists the case's files: new ones ticked, ones sent before unticked (tick one to send it again).

    Signals:
        chosen: The files to package (a list of ``EvidenceFile``), when the user accepts.

    Args:
        report: What "Add evidence…" found for the case.
        parent: Owner.
    """

    chosen = Signal(list)

    def __init__(self, report: EvidenceReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.report = report
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.files = QListWidget()
        for item, sent in [*((file, False) for file in report.new), *((file, True) for file in report.already_sent)]:
            row = QListWidgetItem()
            row.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            row.setCheckState(Qt.CheckState.Unchecked if sent else Qt.CheckState.Checked)
            row.setData(_FILE_ROLE, (item, sent))
            self.files.addItem(row)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.build_button = QPushButton()
        self.buttons.addButton(self.build_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.files.itemChanged.connect(lambda _item: self._update_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        report = self.report
        self.setWindowTitle(fill(self.tr("Add evidence to case %1"), report.number))
        self.intro.setText(
            fill(
                self.tr(
                    "Choose the files for a new package for case %1. Files already sent with the case (the same "
                    "content, by SHA-256) are left out; tick one to send it again."
                ),
                report.number,
            )
        )
        for index in range(self.files.count()):
            row = self.files.item(index)
            item, sent = row.data(_FILE_ROLE)
            name = Path(item.attachment.path).name
            row.setText(fill(self.tr("%1 (sent before)"), name) if sent else fill(self.tr("%1 (new)"), name))
        names = ", ".join(Path(attachment.path).name for attachment in report.missing)
        self.missing.setText(fill(self.tr("Cannot be read, so not offered: %1."), names) if names else "")
        self.missing.setVisible(bool(names))
        self._update_button()

    def selected_files(self) -> list[EvidenceFile]:
        """The ticked files, in the list's order."""
        result = []
        for index in range(self.files.count()):
            row = self.files.item(index)
            if row.checkState() == Qt.CheckState.Checked:
                result.append(row.data(_FILE_ROLE)[0])
        return result

    def _update_button(self) -> None:
        count = len(self.selected_files())
        self.build_button.setText(self.tr("&Build package with %n files", "", count))
        self.build_button.setEnabled(count > 0)

    def accept(self) -> None:
        """Hand the chosen files on and close."""
        self.chosen.emit(self.selected_files())
        super().accept()
