"""The tracker's two tables: filed cases with their next deadline, and every deadline by what is due next.

Views only: they show what they are given (cases, deadlines, the current time) in the case's zone with the
relative time, overdue rows in red; each row carries its case number. No store, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from care_desktop.domain.tracker.model import Deadline, TrackedCase
from care_desktop.ui.i18n import local_time, on_language_change, tr_message
from care_desktop.ui.styles import error_color
from care_desktop.ui.tracker.deadline_text import is_overdue, kind_name, relative_text, state_name

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class _CaseNumberTable(QTableWidget):
    """A read-only, row-selecting table whose rows each belong to one case."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        on_language_change(self, self.retranslate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def retranslate(self) -> None:
        """Set the texts (subclasses)."""

    def _put(self, row: int, texts: Sequence[str], number: str, overdue_from: int | None, tip: str = "") -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(NUMBER_ROLE, number)
            if tip:
                item.setToolTip(tip)
            if overdue_from is not None and column >= overdue_from:
                item.setForeground(QBrush(error_color(self.palette())))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, column, item)

    def number_at(self, row: int) -> str | None:
        """The case number of a row."""
        item = self.item(row, 0)
        return str(item.data(NUMBER_ROLE)) if item is not None else None

    def selected_number(self) -> str | None:
        """The case number of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        return self.number_at(rows[0].row()) if rows else None

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row."""
        result = []
        for row in range(self.rowCount()):
            items = [self.item(row, column) for column in range(self.columnCount())]
            result.append([item.text() if item is not None else "" for item in items])
        return result


class CasesTable(_CaseNumberTable):
    """Filed cases: number, severity, title, state, and the next deadline with its local and relative time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(7, parent)
        # The title takes what is left (elided), so that the deadline columns are always in view.
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Sev."),
                self.tr("Title"),
                self.tr("State"),
                self.tr("Next deadline"),
                self.tr("Due (case's time)"),
                self.tr("When"),
            ]
        )
        self.setAccessibleName(self.tr("Filed cases"))
        self.setAccessibleDescription(
            self.tr("The tracked cases, next deadline first; select one to see and change it.")
        )

    def show_cases(self, cases: Sequence[TrackedCase], running: Mapping[str, list[Deadline]], now: datetime) -> None:
        """Show the cases in the given order, keeping the selected case selected (without signalling).

        Args:
            cases: The cases, in display order.
            running: Each case's running deadlines, soonest first.
            now: The current time.
        """
        selected = self.selected_number()
        with QSignalBlocker(self), QSignalBlocker(self.selectionModel()):
            self.setRowCount(len(cases))
            for row, case in enumerate(cases):
                first = running[case.number][0] if running.get(case.number) else None
                texts = [case.number, str(case.severity), case.title, state_name(case.state)]
                if first is not None:
                    texts += [kind_name(first.kind), local_time(first.due), relative_text(first.due, now)]
                else:
                    texts += ["", "", ""]
                overdue = first is not None and is_overdue(first.due, now)
                self._put(row, texts, case.number, 4 if overdue else None)
            # Removing rows moves the current row, which selects it: select only the case that was selected.
            self.clearSelection()
            numbers = [case.number for case in cases]
            if selected in numbers:
                self.selectRow(numbers.index(selected))

    def select_number(self, number: str | None) -> bool:
        """Select the row of a case; clears the selection when it is not shown.

        Returns:
            True when the case was found.
        """
        for row in range(self.rowCount()):
            if number is not None and self.number_at(row) == number:
                self.selectRow(row)
                return True
        self.clearSelection()
        return False


class DeadlinesTable(_CaseNumberTable):
    """Every running deadline of every case, in the order given (what is due next first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5, parent)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Due (case's time)"), self.tr("Case"), self.tr("Deadline"), self.tr("Title")]
        )
        self.setAccessibleName(self.tr("All deadlines, next first"))
        self.setAccessibleDescription(
            self.tr("Every running deadline of the tracked cases; activate one to show its case.")
        )

    def show_deadlines(self, deadlines: Sequence[Deadline], now: datetime, titles: Mapping[str, str]) -> None:
        """Show the deadlines; the note of each is its tooltip.

        Args:
            deadlines: The deadlines, in display order.
            now: The current time.
            titles: Case titles by number.
        """
        self.setRowCount(len(deadlines))
        for row, deadline in enumerate(deadlines):
            texts = [relative_text(deadline.due, now), local_time(deadline.due), deadline.case_number]
            texts += [kind_name(deadline.kind), titles.get(deadline.case_number, "")]
            overdue = 0 if is_overdue(deadline.due, now) else None
            self._put(row, texts, deadline.case_number, overdue, tr_message(deadline.note))
