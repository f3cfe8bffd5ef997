"""The drafts list of the main window: one row per draft (one issue each) and its buttons; views ``DraftsModel``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from care_desktop.services.store import DraftSummary
from care_desktop.ui.drafts_model import TITLE, DraftsModel
from care_desktop.ui.i18n import on_language_change


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
        on_language_change(self, self.retranslate)
        self.model = DraftsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # fit the rows on screen: measuring 1,000 rows per change costs 0.5 s
        self.table.activated.connect(lambda _index: self.open_requested.emit())
        self.table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self._update_buttons())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_empty)
        # A cut title keeps its end, where a split part says "(2/3)"; a copy is told apart by its creation time.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
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
        self.retranslate()
        self._show_empty()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Drafts (one issue each)"))
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
        self.model.retranslate()

    def show_drafts(self, summaries: Sequence[DraftSummary]) -> None:
        """Show these drafts (rows that did not change stay as they are, and so does the selection)."""
        self.model.set_drafts(summaries)
        self._update_buttons()

    def show_saved(self, summary: DraftSummary | None, draft_id: str) -> None:
        """One draft was saved: update its row only (None: it is gone)."""
        if summary is None:
            self.model.remove_draft(draft_id)
        else:
            self.model.update_draft(summary)
        self._update_buttons()

    def _show_empty(self, *_args: object) -> None:
        listed = self.model.rowCount() > 0
        self.table.setVisible(listed)
        self.empty.setVisible(not listed)

    def select(self, draft_id: str) -> None:
        """Select the row of ``draft_id`` (when listed) and give the list the keyboard focus."""
        row = self.model.row_of(draft_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        """The id of the selected draft, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.draft_id(rows[0].row()) if rows else None

    def titles(self) -> list[str]:
        """The titles shown, top to bottom."""
        return [str(self.model.index(row, TITLE).data()) for row in range(self.model.rowCount())]

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return str(self.model.index(row, column, QModelIndex()).data())

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(selected)
