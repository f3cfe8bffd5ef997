"""The drafts as a Qt table model: one row per draft, most recently saved first, updated in place.

An autosave changes one draft: :meth:`DraftsModel.update_draft` changes (and moves to the top) its row only;
:meth:`DraftsModel.set_drafts` takes a whole new list (after a delete, an undo, a split), keeping the rows
that did not change. It words the texts (title, severity, step, time of the last save) and never reads the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from care_desktop.domain.wording import LEVEL_LABELS
from care_desktop.services.store import DraftSummary
from care_desktop.ui.i18n import fill, tr_domain
from care_desktop.ui.step_titles import step_title

TITLE, SEVERITY, STEP, CASE_NUMBER, SAVED = range(5)
ID_ROLE: Final = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class DraftsModel(QAbstractTableModel):
    """The drafts list.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftSummary] = []
        self._counts: tuple[Counter[str], Counter[tuple[str, str]]] | None = None

    # -- changing the rows -------------------------------------------------------------------------------

    def set_drafts(self, summaries: Sequence[DraftSummary]) -> None:
        """Show these drafts: rows that stay keep their place in the view's selection; others come and go."""
        self._counts = None  # titles seen more than once are counted again when next shown
        wanted = list(summaries)
        wanted_ids = {summary.id for summary in wanted}
        for gone in reversed(range(len(self._drafts))):  # rows that went
            if self._drafts[gone].id not in wanted_ids:
                self.beginRemoveRows(QModelIndex(), gone, gone)
                del self._drafts[gone]
                self.endRemoveRows()
        for target, summary in enumerate(wanted):  # the others, in order: moved, changed or new
            in_place = target < len(self._drafts) and self._drafts[target].id == summary.id
            row = target if in_place else self.row_of(summary.id)
            if row is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self._drafts.insert(target, summary)
                self.endInsertRows()
                continue
            if row != target:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target)
                self._drafts.insert(target, self._drafts.pop(row))
                self.endMoveRows()
            if self._drafts[target] != summary:
                self._drafts[target] = summary
                self.dataChanged.emit(self.index(target, 0), self.index(target, SAVED))

    def update_draft(self, summary: DraftSummary) -> None:
        """One draft was saved: change its row and move it to the top (the most recently saved)."""
        self._counts = None  # titles seen more than once are counted again when next shown
        row = self.row_of(summary.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._drafts.insert(0, summary)
            self.endInsertRows()
            return
        if row != 0:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._drafts.insert(0, self._drafts.pop(row))
            self.endMoveRows()
        if self._drafts[0] != summary:
            self._drafts[0] = summary
            self.dataChanged.emit(self.index(0, 0), self.index(0, SAVED))

    def remove_draft(self, draft_id: str) -> None:
        """A draft is gone (deleted, or not found)."""
        self._counts = None  # titles seen more than once are counted again when next shown
        row = self.row_of(draft_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._drafts[row]
            self.endRemoveRows()

    def retranslate(self) -> None:
        """Every text again (after a language change)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SAVED)
        if self._drafts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._drafts) - 1, SAVED))

    # -- reading -----------------------------------------------------------------------------------------

    def row_of(self, draft_id: str) -> int | None:
        """The row of a draft, if listed."""
        return next((row for row, summary in enumerate(self._drafts) if summary.id == draft_id), None)

    def draft_id(self, row: int) -> str:
        """The id of the draft in a row."""
        return self._drafts[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per draft."""
        return 0 if parent.isValid() else len(self._drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Title, severity, step, case number, last saved."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("DraftsPanel", "Title"),
            QCoreApplication.translate("DraftsPanel", "Severity"),
            QCoreApplication.translate("DraftsPanel", "Step"),
            QCoreApplication.translate("DraftsPanel", "Case number"),
            QCoreApplication.translate("DraftsPanel", "Last saved"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The texts, and the draft's id under ``ID_ROLE``."""
        if not index.isValid() or not 0 <= index.row() < len(self._drafts):
            return None
        summary = self._drafts[index.row()]
        if role == ID_ROLE:
            return summary.id
        column = index.column()
        if column == TITLE and role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TITLE:
            return self._title(summary)
        if column == SEVERITY:
            level = summary.severity
            return tr_domain(LEVEL_LABELS[level]) if level in LEVEL_LABELS else ""
        if column == STEP:
            return step_title(summary.step) if summary.step is not None else ""
        if column == CASE_NUMBER:
            return summary.case_number
        return _local(summary.updated_at)

    def _title(self, summary: DraftSummary) -> str:
        title = summary.title or QCoreApplication.translate("DraftsPanel", "(untitled)")
        if summary.damaged:
            title = fill(QCoreApplication.translate("DraftsPanel", "%1 (damaged)"), title)
        if self._counts is None:
            self._counts = (
                Counter(d.title for d in self._drafts),
                Counter((d.title, d.created_at[:19]) for d in self._drafts),
            )
        titles, stamps = self._counts
        created = _local(summary.created_at, "%Y-%m-%d %H:%M:%S")
        if titles[summary.title] > 1 and created:  # the same title: say which is which
            title = fill(QCoreApplication.translate("DraftsPanel", "%1 \u00b7 created %2"), title, created)
            if stamps[(summary.title, summary.created_at[:19])] > 1:
                title = f"{title} \u00b7 {summary.id[:6]}"  # copied within the same second
        return title

    @staticmethod
    def _tooltip(summary: DraftSummary) -> str:
        created = _local(summary.created_at, "%Y-%m-%d %H:%M:%S")
        lines = [summary.title or QCoreApplication.translate("DraftsPanel", "(untitled)")]
        if created:
            lines.append(fill(QCoreApplication.translate("DraftsPanel", "Created %1"), created))
        lines.append(fill(QCoreApplication.translate("DraftsPanel", "Last saved %1"), _local(summary.updated_at)))
        return "\n".join(lines)


def _local(stamp: str, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """An ISO time stamp in the computer's zone (as stored when it is not one)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime(pattern)
    except ValueError:
        return stamp
