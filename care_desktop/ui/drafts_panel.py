"""The drafts list of the main window: one row per draft (one issue each), with its buttons."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.wording import LEVEL_LABELS
from care_desktop.services.store import DraftSummary
from care_desktop.ui.i18n import tr_domain
from care_desktop.ui.step_titles import step_title

ID_ROLE = Qt.ItemDataRole.UserRole


class DraftsPanel(QGroupBox):
    """Lists drafts and asks for actions on the selected one.

    Signals:
        new_requested: The user wants a new case.
        open_requested: Open the selected draft.
        duplicate_requested: Duplicate the selected draft.
        delete_requested: Delete the selected draft.

    Args:
        parent: Owner.
    """

    new_requested = Signal()
    open_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_requested.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._summaries: list[DraftSummary] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Drafts (one issue each)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Severity"), self.tr("Step"), self.tr("Case number"), self.tr("Last saved")]
        )
        self.table.setAccessibleName(self.tr("Drafts"))
        self.table.setAccessibleDescription(self.tr("Your unfiled cases, one issue each; select one to act on it."))
        self.empty.setText(self.tr("No drafts yet. Start with New case: one draft per issue."))
        self.new_button.setText(self.tr("&New case"))
        self.open_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete"))
        self.new_button.setAccessibleDescription(self.tr("Starts a new case in the wizard."))
        self.open_button.setAccessibleDescription(self.tr("Opens the selected draft in the wizard."))
        self.duplicate_button.setAccessibleDescription(
            self.tr("Makes a copy of the selected draft, for another issue.")
        )
        self.delete_button.setAccessibleDescription(self.tr("Deletes the selected draft; Undo brings it back."))
        self.show_drafts(self._summaries)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_drafts(self, summaries: list[DraftSummary]) -> None:
        """Show these drafts, keeping the selection."""
        selected = self.selected_id()
        self._summaries = list(summaries)
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            self._fill_row(row, summary)
            if summary.id == selected:
                self.table.selectRow(row)
        self.table.setVisible(bool(summaries))
        self.empty.setVisible(not summaries)
        self._update_buttons()

    def _fill_row(self, row: int, summary: DraftSummary) -> None:
        title = summary.title or self.tr("(untitled)")
        if summary.damaged:
            title = self.tr("%1 (damaged)").replace("%1", title)
        severity = tr_domain(LEVEL_LABELS[summary.severity]) if summary.severity in LEVEL_LABELS else ""
        step = step_title(summary.step) if summary.step is not None else ""
        try:
            saved = datetime.fromisoformat(summary.updated_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            saved = summary.updated_at
        for column, text in enumerate((title, severity, step, summary.case_number, saved)):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.table.setItem(row, column, item)

    def select(self, draft_id: str) -> None:
        """Select the row of ``draft_id`` (when listed) and give the list the keyboard focus."""
        for row, summary in enumerate(self._summaries):
            if summary.id == draft_id:
                self.table.selectRow(row)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        """The id of the selected draft, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def titles(self) -> list[str]:
        """The titles shown, top to bottom."""
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]  # type: ignore[union-attr]

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(selected)
