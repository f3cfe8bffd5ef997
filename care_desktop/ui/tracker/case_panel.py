"""The tracker's panel for the selected case.

It shows the case's state, deadlines and history, records a change of state with its time, and offers the
follow-up actions.

A view only: it shows what the tracker window gives it and asks for actions through signals; it never
writes to the store and never computes deadlines.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.tracker.model import TRANSITIONS, CaseState, Deadline, DeadlineKind, TrackedCase
from care_desktop.domain.wording import LEVEL_LABELS
from care_desktop.ui.accessibility import describe
from care_desktop.ui.i18n import fill, local_time, on_language_change, tr_domain, tr_message
from care_desktop.ui.pages.base import wrapping_label
from care_desktop.ui.styles import error_color
from care_desktop.ui.tracker.deadline_text import due_text, is_overdue, kind_name, state_name
from care_desktop.ui.tracker.escalation_box import EscalationBox
from care_desktop.ui.widgets.zoned_time_edit import ZonedTimeEdit


class CasePanel(QGroupBox):
    """Details and actions of one tracked case.

    Signals:
        change_requested: (state value, aware time) the user records a change of state.
        received_requested: (deadline kind value, aware time) the first response or the RCA came.
        open_draft_requested: Open the draft the case came from.
        rca_followup_requested: (bool: also ask for a meeting) start the "more RCA documentation" case.
        evidence_requested: Find the evidence not yet sent with the case.
        remove_requested: Stop tracking the case.

    Args:
        clock: Returns the current time (the default time of a change).
        parent: Owner.
    """

    change_requested = Signal(str, object)
    received_requested = Signal(str, object)
    open_draft_requested = Signal()
    rca_followup_requested = Signal(bool)
    evidence_requested = Signal()
    remove_requested = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._clock = clock
        self.summary = wrapping_label()
        self.deadlines = wrapping_label()
        self.history = wrapping_label()
        self.new_state = QComboBox()
        self.when = ZonedTimeEdit()
        self.now_button = QPushButton()
        self.now_button.clicked.connect(self.reset_time)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self._record)
        self.responded_button = QPushButton()
        self.responded_button.clicked.connect(lambda: self._received(DeadlineKind.FIRST_RESPONSE))
        self.rca_button = QPushButton()
        self.rca_button.clicked.connect(lambda: self._received(DeadlineKind.RCA))
        self.open_draft_button = QPushButton()
        self.open_draft_button.clicked.connect(self.open_draft_requested)
        self.followup_button = QPushButton()
        self.meeting = QCheckBox()
        self.followup_button.clicked.connect(lambda: self.rca_followup_requested.emit(self.meeting.isChecked()))
        self.evidence_button = QPushButton()
        self.evidence_button.clicked.connect(self.evidence_requested)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_requested)
        self.status = wrapping_label()
        self.captions = [QLabel() for _ in range(2)]
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button)
        form = QFormLayout()
        form.addRow(self.captions[0], self.new_state)
        form.addRow(self.captions[1], when_row)
        self.captions[0].setBuddy(self.new_state)
        self.captions[1].setBuddy(self.when)
        received = QHBoxLayout()
        for button in (self.record_button, self.responded_button, self.rca_button):
            received.addWidget(button)
        received.addStretch(1)
        self.change_box = QGroupBox()
        change_layout = QVBoxLayout(self.change_box)
        change_layout.addLayout(form)
        change_layout.addLayout(received)
        self.followup_box = QGroupBox()
        followup_layout = QVBoxLayout(self.followup_box)
        row = QHBoxLayout()
        for button in (self.open_draft_button, self.evidence_button):
            row.addWidget(button)
        row.addStretch(1)
        followup_layout.addLayout(row)
        followup_layout.addWidget(self.followup_button)
        followup_layout.addWidget(self.meeting)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.deadlines)
        self.escalation = EscalationBox()
        layout.addWidget(self.escalation)
        layout.addWidget(self.history)
        layout.addWidget(self.change_box)
        layout.addWidget(self.followup_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.case: TrackedCase | None = None
        self._deadlines: list[Deadline] = []
        self._now = clock()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Selected case"))
        self.change_box.setTitle(self.tr("Record a change"))
        self.followup_box.setTitle(self.tr("Follow-up"))
        self.captions[0].setText(self.tr("New &state:"))
        self.captions[1].setText(self.tr("&Time:"))
        self.new_state.setAccessibleName(self.tr("New state"))
        self.when.set_accessible_name(self.tr("Time of the change"))
        self.now_button.setText(self.tr("No&w"))
        self.now_button.setAccessibleName(self.tr("Set the time of the change to now"))
        self.record_button.setText(self.tr("&Record change"))
        self.responded_button.setText(self.tr("First response recei&ved"))
        self.rca_button.setText(self.tr("R&CA received"))
        self.open_draft_button.setText(self.tr("Open &draft"))
        self.evidence_button.setText(self.tr("Add &evidence\u2026"))
        self.followup_button.setText(self.tr("Ask for more RCA d&ocumentation\u2026"))
        self.meeting.setText(self.tr("Also request a follow-up &meeting"))
        self.remove_button.setText(self.tr("Stop trac&king"))
        describe(
            (self.new_state, self.tr("The state the case is in now, as Product Support shows it.")),
            (self.now_button, self.tr("Puts the current time into the time of the change.")),
            (self.record_button, self.tr("Records the new state at the time given; the deadlines follow it.")),
            (self.responded_button, self.tr("Records that Product Support's first response came, at the time given.")),
            (self.rca_button, self.tr("Records that the root cause analysis came, at the time given.")),
            (self.open_draft_button, self.tr("Opens the draft this case was prepared in.")),
            (self.evidence_button, self.tr("Finds the evidence of the draft not yet sent with this case.")),
            (self.followup_button, self.tr("Prepares a new case asking for more documentation of the root cause.")),
            (self.meeting, self.tr("Also asks for a meeting in that new case.")),
            (self.remove_button, self.tr("Removes this case from the tracker; Product Support's case is not changed.")),
        )
        self.show_case(self.case, self._deadlines, self._now, keep_time=True)

    def reset_time(self) -> None:
        """Set the time of the change to now."""
        self.when.set_moment(self._clock())

    def show_case(
        self, case: TrackedCase | None, deadlines: list[Deadline], now: datetime, keep_time: bool = False
    ) -> None:
        """Show a case (or nothing).

        Args:
            case: The case, or None when none is selected.
            deadlines: Its running deadlines.
            now: The current time, for relative times.
            keep_time: Keep the time the user entered (a refresh of the same case).
        """
        same = case is not None and self.case is not None and case.number == self.case.number
        self.case, self._deadlines, self._now = case, list(deadlines), now
        if not same:
            self.status.clear()  # a line about another case must not stay on screen
        for widget in (self.change_box, self.followup_box, self.remove_button):
            widget.setEnabled(case is not None)
        if case is None:
            self.escalation.show_window(None, now)
            self.summary.setText(self.tr("Select a case to see its deadlines and record changes."))
            self.deadlines.clear()
            self.history.clear()
            self.new_state.clear()
            return
        zone = getattr(case.opened.tzinfo, "key", "")
        if not (same and keep_time):
            self.when.set_zone(zone)
            self.reset_time()
        self._fill_summary(case, zone)
        self._fill_deadlines(deadlines, now)
        self._fill_history(case)
        self._fill_states(case)
        kinds = {deadline.kind for deadline in deadlines}
        self.responded_button.setVisible(DeadlineKind.FIRST_RESPONSE in kinds)
        self.rca_button.setVisible(DeadlineKind.RCA in kinds)
        self.open_draft_button.setEnabled(bool(case.draft_id))
        self.evidence_button.setEnabled(bool(case.draft_id))

    def _fill_summary(self, case: TrackedCase, zone: str) -> None:
        lines = [
            "<b>"
            + escape(fill(self.tr("Case %1"), case.number))
            + "</b> \u2014 "
            + escape(tr_domain(LEVEL_LABELS[case.severity])),
        ]
        if case.title:
            lines.append(escape(case.title))
        lines.append(escape(fill(self.tr("%1 since %2"), state_name(case.state), local_time(case.since))))
        lines.append(escape(fill(self.tr("Opened %1 (%2)"), local_time(case.opened), zone)))
        if case.package:
            lines.append(escape(fill(self.tr("Package: %1"), case.package)))
        self.summary.setText("<br>".join(lines))

    def _fill_deadlines(self, deadlines: list[Deadline], now: datetime) -> None:
        if not deadlines:
            self.deadlines.setText(escape(self.tr("No deadline is running.")))
            return
        items = []
        for deadline in deadlines:
            when = escape(due_text(deadline, now))
            if is_overdue(deadline.due, now):
                when = f"<span style='color: {error_color().name()}; font-weight: 600;'>{when}</span>"
            items.append(
                f"<b>{escape(kind_name(deadline.kind))}</b>: {when}<br><i>{escape(tr_message(deadline.note))}</i>"
            )
        self.deadlines.setText("<br>".join(items))

    def _fill_history(self, case: TrackedCase) -> None:
        entries = [fill(self.tr("Opened %1"), local_time(case.opened))]
        entries += [f"{state_name(change.state)}: {local_time(change.at)}" for change in case.changes]
        if case.first_response_at is not None:
            entries.append(fill(self.tr("First response received: %1"), local_time(case.first_response_at)))
        if case.rca_received_at is not None:
            entries.append(fill(self.tr("RCA received: %1"), local_time(case.rca_received_at)))
        self.history.setText(
            "<b>" + escape(self.tr("History")) + "</b><br>" + "<br>".join(escape(entry) for entry in entries)
        )

    def _fill_states(self, case: TrackedCase) -> None:
        current = self.new_state.currentData()
        self.new_state.clear()
        reopen = {
            CaseState.WAITING: self.tr("Open (you answered Product Support)"),
            CaseState.RESOLUTION_PROPOSED: self.tr("Open (the issue is not resolved)"),
            CaseState.CLOSED: self.tr("Open (reopened)"),
        }
        for state in CaseState:
            if state in TRANSITIONS[case.state]:
                text = reopen[case.state] if state is CaseState.OPEN else state_name(state)
                self.new_state.addItem(text, state.value)
        self.new_state.setCurrentIndex(max(self.new_state.findData(current), 0))

    def _record(self) -> None:
        value = self.new_state.currentData()
        if self.case is not None and value:
            self.change_requested.emit(str(value), self.when.moment())

    def _received(self, kind: DeadlineKind) -> None:
        if self.case is not None:
            self.received_requested.emit(kind.value, self.when.moment())

    def show_status(self, text: str) -> None:
        """Show the outcome of the last action under the panel."""
        self.status.setText(text)
