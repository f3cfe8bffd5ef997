"""The attachments of a case as a table: include box, file name, kind, size and note, usable by keyboard.

Space includes or leaves out the selected files, Delete asks for their removal (the page removes them), F2
edits the note, and Tab leaves the table (each row's kind chooser is reached with the arrow keys, then F2 or
Space opens it). It shows and edits attachments given to it and never touches a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from care_desktop.domain.case.model import Attachment, AttachmentKind

INCLUDE, NAME, KIND, SIZE, NOTE = range(5)
MIN_FREE_COLUMN = 60


class AttachmentTable(QTableWidget):
    """One row per attachment.

    Signals:
        edited: The user changed an include box, a kind or a note.
        remove_requested: The user pressed Delete on selected rows.

    Args:
        parent: Owner.
    """

    edited = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name and the note share the width left by the other columns (see fit_columns): a long file name
        # is cut in the middle (its tooltip holds the whole path) instead of making the table scroll sideways.
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def fit_columns(self) -> None:
        """Give the name three fifths and the note the rest of the width the fixed columns leave."""
        fixed = sum(self.columnWidth(column) for column in (INCLUDE, KIND, SIZE))
        free = max(self.viewport().width() - fixed, 2 * MIN_FREE_COLUMN)
        self.setColumnWidth(NAME, free * 3 // 5)
        self.setColumnWidth(NOTE, free - free * 3 // 5)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the name and note columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns to the width the table is shown at."""
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_columns)

    def show_attachments(
        self,
        attachments: Sequence[Attachment],
        kind_names: Mapping[AttachmentKind, str],
        size_text: Callable[[int], str],
        kind_label: str,
    ) -> None:
        """Fill the rows (the caller blocks the signals).

        Args:
            attachments: The case's attachments, in order.
            kind_names: Each kind as shown.
            size_text: Formats a size in bytes.
            kind_label: Accessible name of a row's kind chooser, with ``%1`` for the file name.
        """
        self.setRowCount(len(attachments))
        for row, attachment in enumerate(attachments):
            include = QTableWidgetItem()
            include.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            include.setCheckState(Qt.CheckState.Checked if attachment.included else Qt.CheckState.Unchecked)
            self.setItem(row, INCLUDE, include)
            name = QTableWidgetItem(Path(attachment.path).name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(attachment.path)
            self.setItem(row, NAME, name)
            kind = QComboBox()
            kind.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached as a cell with the arrow keys, not by Tab
            for value, label in kind_names.items():
                kind.addItem(label, value.value)
            kind.setCurrentIndex(kind.findData(attachment.kind.value))
            kind.setAccessibleName(kind_label.replace("%1", name.text()))
            kind.setAccessibleDescription(self.tr("The kind of this file; change it when it was recognised wrongly."))
            kind.currentIndexChanged.connect(lambda _index: self.edited.emit())
            self.setCellWidget(row, KIND, kind)
            size = QTableWidgetItem(size_text(attachment.size) if attachment.size is not None else "")
            size.setFlags(size.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, SIZE, size)
            self.setItem(row, NOTE, QTableWidgetItem(attachment.note))
        self.resizeColumnToContents(KIND)
        self.fit_columns()

    def apply_to(self, attachments: Sequence[Attachment]) -> None:
        """Copy what is included, the kinds and the notes into ``attachments``."""
        for row, attachment in enumerate(attachments):
            include, note = self.item(row, INCLUDE), self.item(row, NOTE)
            kind = self.cellWidget(row, KIND)
            if include is not None:
                attachment.included = include.checkState() == Qt.CheckState.Checked
            if note is not None:
                attachment.note = note.text().strip()
            if isinstance(kind, QComboBox):
                attachment.kind = AttachmentKind(str(kind.currentData()))

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def toggle_included(self, rows: Sequence[int]) -> None:
        """Leave out the given rows when they are all included, else include them all."""
        items = [item for item in (self.item(row, INCLUDE) for row in rows) if item is not None]
        if not items:
            return
        state = (
            Qt.CheckState.Unchecked
            if all(item.checkState() == Qt.CheckState.Checked for item in items)
            else Qt.CheckState.Checked
        )
        for item in items:
            item.setCheckState(state)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space includes or leaves out, Delete removes, F2/Space on a kind cell opens its chooser."""
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if not editing and plain and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_F2, Qt.Key.Key_Delete):
            current = self.currentIndex()
            kind = self.cellWidget(current.row(), KIND) if current.isValid() and current.column() == KIND else None
            if event.key() == Qt.Key.Key_Delete:
                if self.selected_rows():
                    self.remove_requested.emit()
                event.accept()
                return
            if isinstance(kind, QComboBox):
                kind.showPopup()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Space:
                self.toggle_included(self.selected_rows() or ([current.row()] if current.isValid() else []))
                event.accept()
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Keep Delete for the table (a window-wide shortcut must not take it while the table has focus)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)
