"""The attachments of a case as a table: include box, file name, kind, size and note, usable by keyboard.

A Qt model over the draft's attachments (``AttachmentsModel``), a view (``AttachmentTable``) and a delegate that
gives the Kind column a chooser only while it is edited (``KindDelegate``). Space includes or leaves out the
selected files, Delete asks for their removal (the page removes them), F2 edits the kind or the note, typing
edits the note, and Tab leaves the table. It edits the attachments given to it in place and never touches a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.ui.i18n import fill

INCLUDE, NAME, KIND, SIZE, NOTE = range(5)
Index = QModelIndex | QPersistentModelIndex
MIN_FREE_COLUMN = 60


class AttachmentsModel(QAbstractTableModel):
    """The attachments of a case, one row each; edits change the attachments in place.

    Signals:
        edited: The user changed an include box, a kind or a note (through ``setData``).

    Args:
        parent: Owner.
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attachments: list[Attachment] = []
        self._kind_names: dict[AttachmentKind, str] = {}
        self._size_text: Callable[[int], str] = str
        self._headers: list[str] = [""] * 5

    def set_attachments(
        self,
        attachments: list[Attachment],
        kind_names: Mapping[AttachmentKind, str],
        size_text: Callable[[int], str],
    ) -> None:
        """Show ``attachments`` (the list itself: edits go into its items).

        Args:
            attachments: The case's attachments, in order.
            kind_names: Each kind as shown.
            size_text: Formats a size in bytes.
        """
        self.beginResetModel()
        self._attachments = attachments
        self._kind_names = dict(kind_names)
        self._size_text = size_text
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        """The column titles (after a language change too)."""
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def kind_names(self) -> dict[AttachmentKind, str]:
        """The kinds as shown, in the chooser's order."""
        return dict(self._kind_names)

    def attachment(self, row: int) -> Attachment:
        """The attachment of a row."""
        return self._attachments[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per attachment."""
        return 0 if parent.isValid() else len(self._attachments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Include, file, kind, size, note."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < 5:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Include is a check box; kind and note are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == INCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (KIND, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The texts, the include box, the path as a tooltip, the kind's value for editing."""
        if not index.isValid() or not 0 <= index.row() < len(self._attachments):
            return None
        attachment, column = self._attachments[index.row()], index.column()
        if column == INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if attachment.included else Qt.CheckState.Unchecked
        if column == NAME and role == Qt.ItemDataRole.ToolTipRole:
            return attachment.path
        if column == KIND and role == Qt.ItemDataRole.EditRole:
            return attachment.kind.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return Path(attachment.path).name
            if column == KIND:
                return self._kind_names.get(attachment.kind, attachment.kind.value)
            if column == SIZE:
                return self._size_text(attachment.size) if attachment.size is not None else ""
            if column == NOTE:
                return attachment.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Include or leave out, change the kind, write the note."""
        if not index.isValid():
            return False
        attachment, column = self._attachments[index.row()], index.column()
        if column == INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            attachment.included = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == KIND and role == Qt.ItemDataRole.EditRole:
            attachment.kind = AttachmentKind(str(value))
        elif column == NOTE and role == Qt.ItemDataRole.EditRole:
            attachment.note = str(value).strip()
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True


class KindDelegate(QStyledItemDelegate):
    """A chooser of kinds for the Kind column, created only while the cell is edited (opened at once).

    Args:
        kind_label: Accessible name of the chooser, with ``%1`` for the file name.
        parent: Owner.
    """

    def __init__(self, kind_label: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind_label = kind_label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box of the kinds; choosing one commits it."""
        model = index.model()
        assert isinstance(model, AttachmentsModel)
        editor = QComboBox(parent)
        for value, label in model.kind_names().items():
            editor.addItem(label, value.value)
        name = str(model.index(index.row(), NAME).data())
        editor.setAccessibleName(fill(self._kind_label(), name))
        editor.setAccessibleDescription(
            QCoreApplication.translate(
                "AttachmentTable", "The kind of this file; change it when it was recognised wrongly."
            )
        )
        editor.activated.connect(lambda _index, chooser=editor: self._chosen(chooser))
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the attachment's kind."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Keep the chosen kind."""
        if isinstance(editor, QComboBox) and editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class AttachmentTable(QTableView):
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
        super().__init__(parent)
        self.attachments = AttachmentsModel(self)
        self.attachments.edited.connect(self.edited)
        self.setModel(self.attachments)
        self.kind_label = ""
        self.setItemDelegateForColumn(KIND, KindDelegate(lambda: self.kind_label, self))
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
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not every row at each change
        # The name and the note share the width left by the other columns (see fit_columns): a long file name
        # is cut in the middle (its tooltip holds the whole path) instead of making the table scroll sideways.
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)

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
        attachments: list[Attachment],
        kind_names: Mapping[AttachmentKind, str],
        size_text: Callable[[int], str],
        kind_label: str,
    ) -> None:
        """Show the attachments (the list itself: edits go into its items).

        Args:
            attachments: The case's attachments, in order.
            kind_names: Each kind as shown.
            size_text: Formats a size in bytes.
            kind_label: Accessible name of a row's kind chooser, with ``%1`` for the file name.
        """
        self.kind_label = kind_label
        self.attachments.set_attachments(attachments, kind_names, size_text)
        self.fit_columns()

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def toggle_included(self, rows: Sequence[int]) -> None:
        """Leave out the given rows when they are all included, else include them all."""
        rows = [row for row in rows if 0 <= row < self.attachments.rowCount()]
        if not rows:
            return
        include = not all(self.attachments.attachment(row).included for row in rows)
        state = Qt.CheckState.Checked if include else Qt.CheckState.Unchecked
        for row in rows:
            self.attachments.setData(self.attachments.index(row, INCLUDE), state, Qt.ItemDataRole.CheckStateRole)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space includes or leaves out (or opens the kind chooser on a kind cell), Delete removes."""
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if not editing and plain and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Delete):
            current = self.currentIndex()
            if event.key() == Qt.Key.Key_Delete:
                if self.selected_rows():
                    self.remove_requested.emit()
                event.accept()
                return
            if current.isValid() and current.column() == KIND:
                self.edit(current)
                event.accept()
                return
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
