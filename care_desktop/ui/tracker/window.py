"""The case tracker window: filed cases, every deadline in one list, and the selected case's panel.

The cases show their state and next deadline (local and relative time); the deadlines list is sorted by what
is due next; the panel records changes of state, shows the escalation window (and records escalations) and
offers the follow-ups. The first-response deadline follows the support plan chosen in Settings.

It reads and writes through ``TrackerStore`` on the GUI thread; hashing evidence runs in a worker. Opening a
draft's wizard and building an evidence package are the main window's job: this window asks for them with
signals (``open_draft_requested``, ``evidence_ready``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.clock.business_hours import HolidayPredicate
from care_desktop.domain.tracker.escalation import EventKind, wants_reminder
from care_desktop.domain.tracker.fedramp_mail import EscalationMail, fedramp_mail_maker
from care_desktop.domain.tracker.model import (
    CaseState,
    DeadlineKind,
    ResponseRule,
    TrackedCase,
    TrackerError,
    deadlines,
    sort_deadlines,
)
from care_desktop.services.clock.targets import user_response_rule
from care_desktop.services.tracker.events import CaseEvents
from care_desktop.services.tracker.evidence import EvidenceReport
from care_desktop.services.tracker.store import TrackerStore, holiday_rule
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, on_language_change, tr_message
from care_desktop.ui.tracker.add_case_dialog import AddCaseDialog
from care_desktop.ui.tracker.case_panel import CasePanel
from care_desktop.ui.tracker.deadline_text import state_name
from care_desktop.ui.tracker.evidence_clocks import (
    CaseClocks,
    EvidenceClocksBox,
    EvidenceReminder,
    clocks_of_case,
    evidence_retention,
)
from care_desktop.ui.tracker.evidence_task import start_evidence_search
from care_desktop.ui.tracker.linked_drafts import linked_draft, rca_draft
from care_desktop.ui.widgets.case_tables import NUMBER_ROLE, CasesTable, DeadlinesTable
from care_desktop.ui.widgets.vertical_scroll import VerticalScrollArea
from care_desktop.ui.windows.shortcuts import close_on_keys

REFRESH_MS = 60_000


class TrackerWindow(QWidget):
    """Filed cases and their deadlines.

    Signals:
        open_draft_requested: A draft id: open the wizard on it (the draft a case came from, or a new follow-up).
        drafts_changed: A draft was created (reload the drafts list).
        evidence_ready: (case number, ``EvidenceReport``) the files not yet sent with that case; build the
            package, then call ``TrackerStore.record_sent``.
        cases_changed: A case was added, changed or removed (re-check the reminders).

    Args:
        context: Services and settings.
        parent: Owner.
    """

    open_draft_requested = Signal(str)
    drafts_changed = Signal()
    evidence_ready = Signal(str, object)
    cases_changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self.tracker = TrackerStore(context.store)
        self.events = CaseEvents(context.store)
        self.cases = CasesTable()
        self.cases.itemSelectionChanged.connect(self._selection_changed)
        self.all_deadlines = DeadlinesTable()
        self.all_deadlines.itemActivated.connect(self._deadline_activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.open_add_case())
        self.panel = CasePanel(context.clock)
        self.panel.change_requested.connect(lambda state, at: self.change_state(CaseState(state), at))
        self.panel.received_requested.connect(lambda kind, at: self.record_received(DeadlineKind(kind), at))
        self.panel.open_draft_requested.connect(self._open_draft)
        self.panel.rca_followup_requested.connect(self.ask_rca_documentation)
        self.panel.evidence_requested.connect(self.add_evidence)
        self.panel.remove_requested.connect(self.remove_selected)
        box = self.panel.escalation
        box.escalation_requested.connect(lambda reason: self.record_event(EventKind.ESCALATION_REQUESTED, reason))
        box.escalation_closed.connect(lambda: self.record_event(EventKind.ESCALATION_CLOSED))
        box.remind_changed.connect(lambda on: self.record_event(EventKind[f"REMIND_{'ON' if on else 'OFF'}"], now=True))
        self.cases_box = QGroupBox()
        cases_layout = QVBoxLayout(self.cases_box)
        cases_layout.addWidget(self.cases, 1)
        cases_layout.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        cases_layout.addLayout(buttons)
        self.deadlines_box = QGroupBox()
        QVBoxLayout(self.deadlines_box).addWidget(self.all_deadlines)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.cases_box)
        left.addWidget(self.deadlines_box)
        left.setSizes([340, 260])
        # The evidence clocks of the conversations checked in Genesys Cloud (issue 16), under the case's panel.
        self.evidence_clocks = EvidenceClocksBox()
        self.evidence_reminder = EvidenceReminder()
        self._evidence: dict[str, CaseClocks] = {}
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel, 1)
        right_layout.addWidget(self.evidence_clocks)
        # The case's panel scrolls when the window is too short for it, rather than squeezing its fields together.
        self.right_area = VerticalScrollArea(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([840, 440])
        outer = QVBoxLayout(self)
        outer.addWidget(self.evidence_reminder)
        outer.addWidget(splitter, 1)  # the reminder above takes only the lines it needs
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.evidence_busy = False
        self._cases: list[TrackedCase] = []
        self.resize(1300, 680)
        close_on_keys(self)  # a window like the others: Ctrl+W and Escape close it
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Case tracker"))
        self.cases_box.setTitle(self.tr("Filed cases"))
        self.deadlines_box.setTitle(self.tr("All deadlines, next first"))
        self.empty.setText(
            self.tr("No filed case is tracked yet. Add one with its number once Product Support has given it.")
        )
        self.add_button.setText(self.tr("&Add case\u2026"))
        self.add_button.setAccessibleDescription(
            self.tr("Starts tracking a case filed with Product Support, by its number.")
        )
        self.refresh()

    # -- showing -------------------------------------------------------------------------------------------

    def _holidays(self) -> HolidayPredicate:
        return holiday_rule(self.context.store)

    def _respond(self) -> ResponseRule:
        return user_response_rule(self.context.store)

    def refresh(self) -> None:
        """Reload the cases and recompute the deadlines and relative times, keeping the selection.

        Cases with a running deadline come first, by what is due next; the others follow, newest first.
        """
        now = self.context.clock()
        is_holiday, respond = self._holidays(), self._respond()
        cases = self.tracker.list_cases()
        running = {case.number: deadlines(case, is_holiday, respond) for case in cases}

        def order(case: TrackedCase) -> tuple[int, float]:
            upcoming = running[case.number]
            return (0, upcoming[0].due.timestamp()) if upcoming else (1, -case.opened.timestamp())

        self._cases = sorted(cases, key=order)
        self.cases.show_cases(self._cases, running, now)
        everything = sort_deadlines(deadline for items in running.values() for deadline in items)
        self.all_deadlines.show_deadlines(everything, now, {case.number: case.title for case in cases})
        self.cases.setVisible(bool(self._cases))
        self.empty.setVisible(not self._cases)
        selected = self.selected_case()
        self.panel.show_case(selected, running[selected.number] if selected else [], now, keep_time=True)
        self._refresh_evidence(now)
        self._show_escalation(selected, now)

    def _refresh_evidence(self, now: datetime) -> None:
        retention = evidence_retention()
        self.evidence_clocks.retention = self.evidence_reminder.retention = retention
        self._evidence = {
            case.number: clocks_of_case(case, self.context.paths.cases, retention) for case in self._cases
        }
        self.evidence_reminder.show_reminders(list(self._evidence.values()), now)
        selected = self.selected_number()
        self.evidence_clocks.show_clocks(self._evidence.get(selected) if selected else None, now)

    def selected_number(self) -> str | None:
        """The number of the selected case, if any."""
        return self.cases.selected_number()

    def selected_case(self) -> TrackedCase | None:
        """The selected case, if any."""
        number = self.selected_number()
        return next((case for case in self._cases if case.number == number), None)

    def select_case(self, number: str | None) -> None:
        """Select a case by number (clears the selection for None or an unknown number)."""
        self.cases.select_number(number)

    def _selection_changed(self) -> None:
        case = self.selected_case()
        upcoming = deadlines(case, self._holidays(), self._respond()) if case else []
        now = self.context.clock()
        self.panel.show_case(case, upcoming, now, keep_time=True)
        self.evidence_clocks.show_clocks(self._evidence.get(case.number) if case else None, now)
        self._show_escalation(case, now)

    def _show_escalation(self, case: TrackedCase | None, now: datetime) -> None:
        if case is None:
            self.panel.escalation.show_window(None, now)
            return
        history = self.events.events(case.number)
        window = self.events.window(case, self._holidays())
        maker = self._mail_maker(case)
        self.panel.escalation.show_window(window, now, wants_reminder(history), maker, history)

    def _mail_maker(self, case: TrackedCase) -> Callable[[str], EscalationMail] | None:
        """Prepares the FedRAMP escalation e-mail for a case of a FedRAMP organization (None for others)."""
        original = linked_draft(self.context, case)
        org = original.case.org if original else self.context.store.org_profile().org
        return fedramp_mail_maker(self.context.profile, org, case.number, case.title)

    def _deadline_activated(self, item: QTableWidgetItem) -> None:
        self.select_case(str(item.data(NUMBER_ROLE)))

    def case_rows(self) -> list[list[str]]:
        """The texts of the cases table, row by row."""
        return self.cases.rows()

    def deadline_rows(self) -> list[list[str]]:
        """The texts of the all-deadlines table, row by row."""
        return self.all_deadlines.rows()

    # -- actions -------------------------------------------------------------------------------------------

    def open_add_case(self, draft: Draft | None = None) -> AddCaseDialog:
        """Ask for a filed case (prefilled from ``draft`` when given) and track it on OK."""
        dialog = AddCaseDialog(self.context, draft, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_added.connect(self._case_added)
        dialog.show()
        return dialog

    def _case_added(self, number: str) -> None:
        self.refresh()
        self.select_case(number)
        self.cases_changed.emit()

    def change_state(self, state: CaseState, at: datetime) -> bool:
        """Record a change of state of the selected case; say what is wrong when it is not allowed."""
        case = self.selected_case()
        if case is None:
            return False
        try:
            self.tracker.change_state(case.number, state, at)
        except TrackerError as error:
            self.context.dialogs.warning(self, self.tr("Change not recorded"), tr_message(error.message))
            return False
        self.panel.show_status(fill(self.tr("Case %1 is now: %2."), case.number, state_name(state)))
        self._changed(reset_time=True)
        return True

    def record_received(self, kind: DeadlineKind, at: datetime) -> bool:
        """Record that the first response or the RCA of the selected case came."""
        case = self.selected_case()
        if case is None:
            return False
        try:
            if kind is DeadlineKind.RCA:
                self.tracker.record_rca_received(case.number, at)
            else:
                self.tracker.record_first_response(case.number, at)
        except TrackerError as error:
            self.context.dialogs.warning(self, self.tr("Not recorded"), tr_message(error.message))
            return False
        self._changed(reset_time=True)
        return True

    def record_event(self, kind: EventKind, note: str = "", now: bool = False) -> bool:
        """Record an escalation (or, ``now``, the wish to be reminded) for the selected case; say why if refused."""
        case = self.selected_case()
        if case is None:
            return False
        at = self.context.clock() if now else self.panel.when.moment()
        try:
            self.events.record(case.number, kind, at, note)
        except TrackerError as error:
            self.context.dialogs.warning(self, self.tr("Not recorded"), tr_message(error.message))
            self._changed()
            return False
        if kind is EventKind.ESCALATION_REQUESTED:
            self.panel.escalation.reason.clear()
        self._changed(reset_time=not now)
        return True

    def _changed(self, reset_time: bool = False) -> None:
        self.refresh()
        if reset_time:
            self.panel.reset_time()
        self.cases_changed.emit()

    def remove_selected(self) -> None:
        """Stop tracking the selected case, after asking."""
        case = self.selected_case()
        if case is None or not self.context.dialogs.question(
            self,
            self.tr("Stop tracking?"),
            fill(
                self.tr("Stop tracking case %1? Its history and reminders are removed; the draft stays."), case.number
            ),
        ):
            return
        self.tracker.delete_case(case.number)
        self._changed()

    def _open_draft(self) -> None:
        case = self.selected_case()
        if case is not None and case.draft_id:
            self.open_draft_requested.emit(case.draft_id)

    def ask_rca_documentation(self, meeting: bool = False) -> Draft | None:
        """Create the "more RCA documentation" draft for the selected case and ask to open it.

        The organization and contact come from the case's draft when it has one, else from the saved profile.
        """
        case = self.selected_case()
        if case is None:
            return None
        draft = rca_draft(self.context, case, meeting)
        self.context.store.save_draft(draft)
        self.panel.show_status(fill(self.tr("A new draft asks for more RCA documentation about case %1."), case.number))
        self.drafts_changed.emit()
        self.open_draft_requested.emit(draft.id)
        return draft

    def add_evidence(self) -> workers.Task | None:
        """Find the attachments of the selected case's draft that were not sent with it (in a worker)."""
        case = self.selected_case()
        if case is None or self.evidence_busy:
            return None
        draft = linked_draft(self.context, case)
        if draft is None:
            self.context.dialogs.information(
                self,
                self.tr("No draft"),
                fill(self.tr("Case %1 is not linked to a readable draft."), case.number),
            )
            return None
        self.panel.show_status(self.tr("Looking for new evidence\u2026"))
        self.evidence_busy = True
        return start_evidence_search(
            self.context, self.tracker, case.number, draft, self._evidence_found, self._evidence_failed, self
        )

    def _evidence_failed(self, reason: str) -> None:
        self.evidence_busy = False
        self.panel.show_status(reason)

    def _evidence_found(self, report: EvidenceReport) -> None:
        self.evidence_busy = False
        # The new files are counted (the package is built from them); the others are counts beside them.
        text = self.tr("Case %1: %n new files, %2 already sent, %3 missing.", "", len(report.new))
        self.panel.show_status(fill(text, report.number, str(len(report.already_sent)), str(len(report.missing))))
        self.evidence_ready.emit(report.number, report)
