"""The tracker's two tables: filed cases with their next deadline, and every deadline by what is due next.

Views only: they show what they are given (cases, deadlines, the current time) in the case's zone with the
relative time, overdue rows in red; each row carries its case number. No store, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from care_desktop.domain.tracker.model import Deadline, TrackedCase
from care_desktop.ui.i18n import local_time, on_language_change, tr_message
from care_desktop.ui.styles import error_color
from care_desktop.ui.tracker.deadline_text import is_overdue, kind_name, relative_text, state_name

NUMBER_ROLE = Qt.ItemDataRole.UserRole
_UNBREAKABLE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+")
"""What a wrapped line never breaks inside: a word, or one CJK character (Japanese breaks between any two)."""


class _CaseNumberTable(QTableWidget):
    """A read-only, row-selecting table whose rows each belong to one case, never scrolled sideways.

    Each column gets its text's width and ``stretch`` what is left; when that does not fit, each column keeps its
    heading's and its longest word's width and shares the rest by what its texts want; a longer text wraps.

    Args:
        columns: How many.
        stretch: The column that takes the room left (the title).
        parent: Owner.
    """

    def __init__(self, columns: int, stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self._stretch = stretch
        on_language_change(self, self.retranslate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns fit: fit_columns
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)

    def retranslate(self) -> None:
        """Set the texts (subclasses)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width shown among the columns (see the class), then fit each row's height to its texts."""
        header = self.horizontalHeader()
        count = self.columnCount()
        available = self.viewport().width()
        if count == 0 or available <= 0:
            return
        words = [self._longest_word(column) for column in range(count)]
        least = [max(header.sectionSizeHint(column), words[column]) for column in range(count)]
        wanted = [max(self.sizeHintForColumn(column), least[column]) for column in range(count)]
        widths = [want * available // sum(wanted) for want in wanted]  # when even the words do not fit
        for floor in (wanted, least, words):  # whole texts, else whole headings and words, else whole words
            if sum(floor) <= available:
                room, extra = available - sum(floor), [want - low for want, low in zip(wanted, floor, strict=True)]
                widths = [low + room * more // max(sum(extra), 1) for low, more in zip(floor, extra, strict=True)]
                break
        widths[self._stretch] += available - sum(widths)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.resizeRowsToContents()

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

    def _longest_word(self, column: int) -> int:
        """The width a column needs so that no word of its texts is cut (a case number, a severity)."""
        widest = 0
        for row in range(self.rowCount()):
            item = self.item(row, column)
            if item is not None and item.text():
                metrics = QFontMetrics(item.font())
                word = max(metrics.horizontalAdvance(word) for word in _UNBREAKABLE.findall(item.text()))
                padding = self.sizeHintForIndex(self.indexFromItem(item)).width() - metrics.horizontalAdvance(
                    item.text()
                )
                widest = max(widest, word + padding + 1)  # (and the grid line)
        return widest

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
        super().__init__(7, 2, parent)  # the title takes what is left, so that the deadline columns are in view
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
        self.fit_columns()

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
        self.fit_columns()

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
        super().__init__(5, 4, parent)
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
        self.fit_columns()

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
        self.fit_columns()
