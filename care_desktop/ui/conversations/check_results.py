"""The conversation check's results on the Conversation IDs step: one row per ID, and the evidence clocks.

Found: start (in the organization's zone, and UTC in the tooltip), media, direction, queue, how it ended.
Not found, forbidden, failed or not checked: flagged, with what to check. Below the table, when the first
evidence runs out (SIP capture, Operational Console events). The model is updated in place when the same IDs
are shown again. Nothing here reads files or talks to the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.conversations.case_table import utc_start
from care_desktop.domain.conversations.clocks import ClockKind, Retention, evidence_clocks, first_per_kind
from care_desktop.domain.conversations.summary import ConversationSummary
from care_desktop.services.platform.check_report import Outcome
from care_desktop.ui.i18n import fill, local_time
from care_desktop.ui.styles import error_color

ID, CHECK, START, MEDIA, DIRECTION, QUEUE, ENDED = range(7)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CheckRow:
    """One conversation ID and what its check gave.

    Attributes:
        id: The conversation ID.
        outcome: The check's outcome, or None when it was not checked yet.
        summary: The summary when found.
        zone: The organization's IANA zone.
    """

    id: str
    outcome: Outcome | None = None
    summary: ConversationSummary | None = None
    zone: str = ""


def zoned(moment: datetime, zone: str) -> datetime:
    """``moment`` in ``zone`` (unchanged when the zone is unknown)."""
    try:
        return moment.astimezone(ZoneInfo(zone)) if zone else moment
    except (ZoneInfoNotFoundError, ValueError):
        return moment


class CheckResultsModel(QAbstractTableModel):
    """The rows of the check.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CheckRow] = []

    def set_rows(self, rows: Sequence[CheckRow]) -> None:
        """Show these rows (in place when the IDs are the same)."""
        if [row.id for row in rows] == [row.id for row in self.rows]:
            self.rows = list(rows)
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, ENDED))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per ID."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Seven columns."""
        return 0 if parent.isValid() else ENDED + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Conversation"),
            self.tr("Check"),
            self.tr("Start (organization's zone)"),
            self.tr("Media"),
            self.tr("Direction"),
            self.tr("Queue"),
            self.tr("How it ended"),
        )
        return titles[section]

    def outcome_text(self, row: CheckRow) -> str:
        """The check column's text."""
        texts = {
            None: self.tr("Not checked yet"),
            Outcome.FOUND: self.tr("Found"),
            Outcome.NOT_FOUND: self.tr("Not found"),
            Outcome.FORBIDDEN: self.tr("Not allowed"),
            Outcome.FAILED: self.tr("Failed"),
            Outcome.NOT_CHECKED: self.tr("Not checked (time limit)"),
        }
        return texts[row.outcome]

    def advice(self, row: CheckRow) -> str:
        """What to check for an ID that was not found (the tooltip and the accessible text)."""
        if row.outcome is Outcome.NOT_FOUND:
            return self.tr(
                "Genesys Cloud does not know this conversation in this organization and region. Check the region, "
                "a typo in the ID, whether it belongs to another organization, and whether the interaction is older "
                "than your organization's analytics retention."
            )
        if row.outcome is Outcome.FORBIDDEN:
            return self.tr("The OAuth client lacks the permission analytics:conversationDetail:view.")
        if row.outcome in {Outcome.FAILED, Outcome.NOT_CHECKED}:
            return self.tr("Genesys Cloud did not answer for this conversation; run the check again later.")
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        summary = row.summary
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK and row.outcome not in {None, Outcome.FOUND}:
            return error_color()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == START and summary is not None and summary.start is not None:
                end = local_time(zoned(summary.end, row.zone)) if summary.end is not None else self.tr("not ended")
                return fill(
                    self.tr("Start: %1 (%2)\nEnd: %3"),
                    local_time(zoned(summary.start, row.zone)),
                    utc_start(summary.start),
                    end,
                )
            if column == ID:
                return row.id
            if column == ENDED and summary is not None:
                return summary.ended
            if column == QUEUE and summary is not None:
                return "\n".join(summary.queue_ids) or None
            return self.advice(row) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ID:
            return f"{row.id[:8]}\u2026"  # the whole ID is in the table above, and in the tooltip
        if column == CHECK:
            return self.outcome_text(row)
        if summary is None:
            return ""
        if column == START:
            return local_time(zoned(summary.start, row.zone)) if summary.start is not None else ""
        values = {
            MEDIA: ", ".join(summary.media_types),
            DIRECTION: summary.direction,
            QUEUE: ", ".join(f"{queue[:8]}\u2026" if len(queue) > 9 else queue for queue in summary.queue_ids),
            ENDED: summary.ended,
        }
        return values[column]


class CheckResultsView(QWidget):
    """The results table with a heading and the evidence clocks.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckResultsModel(self)
        self.heading = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setMaximumHeight(230)  # about six rows; more scroll
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ENDED, QHeaderView.ResizeMode.Stretch)
        self.clocks = QLabel()
        self.clocks.setWordWrap(True)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.table, self.flagged, self.clocks):
            layout.addWidget(widget)
        self.retention: Retention | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.heading.setText(self.tr("Checked in Genesys Cloud:"))
        self.table.setAccessibleName(self.tr("Conversation check results"))
        self.table.setAccessibleDescription(
            self.tr("One row per conversation ID: found or not, start, media, direction, queue and how it ended.")
        )
        self.show_rows(self.model.rows)

    def show_rows(self, rows: Sequence[CheckRow]) -> None:
        """Show the rows, the flagged IDs and the evidence clocks."""
        self.model.set_rows(rows)
        self.setVisible(any(row.outcome is not None or row.summary is not None for row in rows))
        flagged = [row for row in rows if row.outcome not in {None, Outcome.FOUND}]
        lines = [f"\u26a0 {row.id}: {self.model.outcome_text(row)}. {self.model.advice(row)}" for row in flagged]
        self.flagged.setText("\n".join(lines))
        self.flagged.setVisible(bool(lines))
        summaries = [row.summary for row in rows if row.summary is not None]
        zone = next((row.zone for row in rows if row.zone), "")
        clocks = first_per_kind(
            evidence_clocks(summaries, self.retention) if self.retention else evidence_clocks(summaries)
        )
        texts = {
            ClockKind.SIP_CAPTURE: self.tr("SIP capture available until %1 (conversation %2)."),
            ClockKind.CONSOLE_EVENTS: self.tr("Operational Console events until %1 (conversation %2)."),
        }
        self.clocks.setText(
            " ".join(fill(texts[c.kind], local_time(zoned(c.until, zone)), c.conversation_id[:8]) for c in clocks)
        )
        self.clocks.setVisible(bool(clocks))
