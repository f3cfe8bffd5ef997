"""Deadline reminders while the app runs: an in-app banner and a system-tray notification.

``ReminderCenter`` checks the tracked cases on a timer (once a minute by default) with an injected clock, so
tests drive time. Each deadline is announced one business hour ahead and again when it falls due (the plan
and its exceptions are in ``domain.tracker.reminders``; a first response counts back in the chosen support
plan's hours); a reminder whose time passed while the app was closed is shown at the first check, once per
session. The evidence clocks of the conversations checked in Genesys Cloud (``evidence_source``) are announced
the same way while their case is not closed, ahead of their end and never after it
(``domain.tracker.evidence_reminders``); they leave the banner when the evidence is gone or the case is
closed. New reminders go to the banner (``reminded``, ``evidence_reminded``) and, when the desktop has a
system tray (``QSystemTrayIcon.isSystemTrayAvailable()``), to one tray message; without a tray only the
banner shows them. ``ReminderBanner`` lists them with their local and relative times, drops
those whose deadline is gone (the state changed) and offers to open the tracker.

It must not write to the store or decide deadlines itself. The tracker's domain and store code is imported by
the first check, which the main window runs a moment after it appears, not with this module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.styles import keep_styled, warning_style

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QSystemTrayIcon

    from care_desktop.domain.clock.business_hours import HolidayPredicate
    from care_desktop.domain.conversations.clocks import Retention
    from care_desktop.domain.tracker.evidence_reminders import CaseEvidence, ClockReminder
    from care_desktop.domain.tracker.model import Deadline
    from care_desktop.domain.tracker.reminders import Counting, Reminder

DeadlineSource = Callable[[], "tuple[list[Deadline], HolidayPredicate, Counting]"]
"""Returns the running deadlines, the holiday predicate they were computed with and the support plan's counting
(whose hours the first response's early reminder counts back in)."""
EvidenceSource = Callable[[], "tuple[list[CaseEvidence], Retention]"]
"""Returns the tracked cases (not closed) with their evidence clocks, and the retention figures."""
CHECK_INTERVAL_MS = 60_000
TRAY_LINES = 3


def store_source(context: UiContext) -> DeadlineSource:
    """The deadlines of every case tracked in the context's store, with the user's holiday calendar and plan."""

    def source() -> tuple[list[Deadline], HolidayPredicate, Counting]:
        from care_desktop.domain.tracker.model import all_deadlines
        from care_desktop.services.clock.targets import user_counting, user_response_rule
        from care_desktop.services.tracker.store import TrackerStore, holiday_rule

        is_holiday, respond = holiday_rule(context.store), user_response_rule(context.store)
        running = all_deadlines(TrackerStore(context.store).list_cases(), is_holiday, respond)
        return running, is_holiday, user_counting(context.store)

    return source


def evidence_source(context: UiContext) -> EvidenceSource:
    """The evidence clocks of the cases tracked in the context's store that are not closed (from their drafts)."""

    def source() -> tuple[list[CaseEvidence], Retention]:
        from care_desktop.domain.tracker.model import CaseState
        from care_desktop.services.tracker.store import TrackerStore
        from care_desktop.ui.tracker.evidence_clocks import clocks_of_case, evidence_retention

        retention = evidence_retention()
        cases = TrackerStore(context.store).list_cases()
        found = [
            clocks_of_case(case, context.paths.cases, retention)
            for case in cases
            if case.draft_id and case.state is not CaseState.CLOSED
        ]
        return [(item.case, item.clocks) for item in found if item.clocks], retention

    return source


class ReminderCenter(QObject):
    """Checks the deadlines periodically and announces reminders once.

    Signals:
        reminded: A list of new ``Reminder`` objects (sorted by due time) and the time of the check.
        ticked: After every check: the current time and the running deadlines.
        evidence_reminded: A list of new ``ClockReminder`` objects (evidence that runs out soon) and the time.
        evidence_ticked: After every check: the current time and the evidence reminders that still stand.
        open_requested: The user clicked the tray icon or its message.

    Args:
        source: Gives the running deadlines and the holiday predicate.
        clock: Returns the current time (aware).
        parent: Owner.
        interval_ms: Time between checks.
        use_tray: Also notify through the system tray when there is one.
        evidence: Gives the evidence clocks of the open cases (none when omitted).
    """

    reminded = Signal(list, object)
    ticked = Signal(object, list)
    evidence_reminded = Signal(list, object)
    evidence_ticked = Signal(object, list)
    open_requested = Signal()

    def __init__(
        self,
        source: DeadlineSource,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        use_tray: bool = True,
        evidence: EvidenceSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._evidence = evidence
        self._clock = clock
        self.shown: set[tuple[str, str, str, str]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)  # its own timer, so that stop() cancels a first check still waiting
        self.first_check.setSingleShot(True)
        self.first_check.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self._add_tray_icon()

    def _add_tray_icon(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon  # only with a tray (never in tests and the self-test)

        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_tray_icon(), self)
            self.tray.setToolTip(self.tr("Care Desktop: case deadlines"))
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
            self.tray.messageClicked.connect(self.open_requested)
            self.tray.show()

    def start(self, first_check_ms: int = 0) -> None:
        """Check now (or after ``first_check_ms``), then on every interval."""
        self.timer.start()
        if first_check_ms > 0:
            self.first_check.start(first_check_ms)
        else:
            self.check()

    def stop(self) -> None:
        """Stop checking and remove the tray icon."""
        self.timer.stop()
        self.first_check.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> list[Reminder]:
        """Find the reminders due now that were not shown yet and announce them.

        Returns:
            The new deadline reminders (new evidence reminders go out through ``evidence_reminded``).
        """
        from care_desktop.domain.tracker.reminders import due_reminders

        deadlines, is_holiday, counting = self._source()
        now = self._clock()
        fresh = due_reminders(deadlines, now, self.shown, is_holiday, counting)
        if fresh:
            self.reminded.emit(fresh, now)
        fresh_evidence, standing = self._check_evidence(now)
        if fresh_evidence:
            self.evidence_reminded.emit(fresh_evidence, now)
        if fresh or fresh_evidence:
            self._notify_tray(fresh, fresh_evidence, now)
        self.ticked.emit(now, deadlines)
        self.evidence_ticked.emit(now, standing)
        return fresh

    def _check_evidence(self, now: datetime) -> tuple[list[ClockReminder], list[ClockReminder]]:
        """The new evidence reminders and every one that still stands."""
        if self._evidence is None:
            return [], []
        from care_desktop.domain.tracker.evidence_reminders import due_clock_reminders, live_clock_reminders

        items, retention = self._evidence()
        return due_clock_reminders(items, now, self.shown, retention), live_clock_reminders(items, now, retention)

    def _notify_tray(self, reminders: list[Reminder], evidence: list[ClockReminder], now: datetime) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from care_desktop.ui.tracker.deadline_text import reminder_text

        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        every = [reminder_text(reminder, now) for reminder in reminders]
        if evidence:
            from care_desktop.ui.tracker.evidence_clocks import clock_reminder_text

            every += [clock_reminder_text(reminder, now) for reminder in evidence]
        lines = every[:TRAY_LINES]
        if len(every) > TRAY_LINES:
            lines.append(self.tr("\u2026 and %n more.", "", len(every) - TRAY_LINES))
        overdue = any(reminder.deadline.due <= now for reminder in reminders)
        icon = QSystemTrayIcon.MessageIcon.Warning if overdue or evidence else QSystemTrayIcon.MessageIcon.Information
        self.tray.showMessage(self.tr("Care Desktop: case deadlines"), "\n".join(lines), icon, 30_000)


def _tray_icon() -> QIcon:
    from PySide6.QtWidgets import QApplication, QStyle

    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return icon


class ReminderBanner(QFrame):
    """Shows the reminders announced so far, until dismissed or their deadline is gone.

    Deadline reminders come first under "Case deadlines"; evidence that runs out soon follows under its own
    heading, until the evidence is gone or its case is closed.

    Signals:
        open_requested: The user wants to see the cases (open the tracker).

    Args:
        parent: Owner.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("reminders")
        keep_styled(
            self,
            lambda: (
                warning_style(selector="QFrame#reminders", padding="0px") + " QFrame#reminders QLabel { padding: 6px; }"
            ),
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.reminders: list[Reminder] = []
        self.evidence: list[ClockReminder] = []
        self._now: datetime | None = None
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.open_button.setText(self.tr("Sho&w cases"))
        self.open_button.setAccessibleDescription(
            self.tr("Opens the case tracker with these cases and their deadlines.")
        )
        self.dismiss_button.setText(self.tr("Dis&miss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the deadline reminders"))
        self.dismiss_button.setAccessibleDescription(
            self.tr("Hides these reminders; they are not shown again while the app runs.")
        )
        self._render()

    def attach(self, center: ReminderCenter) -> None:
        """Show the reminders ``center`` announces and keep them current at each of its checks."""
        center.reminded.connect(self.add_reminders)
        center.ticked.connect(self.refresh)
        center.evidence_reminded.connect(self.add_evidence)
        center.evidence_ticked.connect(self.refresh_evidence)

    def add_reminders(self, reminders: list[Reminder], now: datetime) -> None:
        """Show new reminders (a newer reminder of the same deadline replaces the older one)."""
        for reminder in reminders:
            self.reminders = [r for r in self.reminders if r.deadline != reminder.deadline] + [reminder]
        self.reminders.sort(key=lambda r: r.deadline.due)
        self._now = now
        self._render()

    def refresh(self, now: datetime, deadlines: list[Deadline]) -> None:
        """Update the relative times and drop reminders whose deadline is no longer running."""
        running = set(deadlines)
        self.reminders = [r for r in self.reminders if r.deadline in running]
        self._now = now
        self._render()

    def add_evidence(self, reminders: list[ClockReminder], now: datetime) -> None:
        """Show new evidence reminders (soonest end first)."""
        keys = {reminder.key for reminder in reminders}
        self.evidence = [r for r in self.evidence if r.key not in keys] + list(reminders)
        self.evidence.sort(key=lambda r: r.clock.until)
        self._now = now
        self._render()

    def refresh_evidence(self, now: datetime, standing: list[ClockReminder]) -> None:
        """Drop the evidence reminders that no longer stand (the evidence is gone, the case closed)."""
        keys = {reminder.key for reminder in standing}
        self.evidence = [r for r in self.evidence if r.key in keys and r.live(now)]
        self._now = now
        self._render()

    def dismiss(self) -> None:
        """Hide the banner and forget its reminders (they are not announced again this session)."""
        self.reminders = []
        self.evidence = []
        self._render()

    def lines(self) -> list[str]:
        """The reminder lines shown, as plain text (deadlines, then evidence)."""
        return self._deadline_lines() + self._evidence_lines()

    def _deadline_lines(self) -> list[str]:
        from care_desktop.ui.tracker.deadline_text import reminder_text

        if self._now is None:
            return []
        return [reminder_text(reminder, self._now) for reminder in self.reminders]

    def _evidence_lines(self) -> list[str]:
        if self._now is None or not self.evidence:
            return []
        from care_desktop.ui.tracker.evidence_clocks import clock_reminder_text

        return [clock_reminder_text(reminder, self._now) for reminder in self.evidence]

    def _render(self) -> None:
        now = self._now
        if not (self.reminders or self.evidence) or now is None:
            self.text.clear()
            self.setVisible(False)
            return
        from care_desktop.ui.tracker.deadline_text import is_overdue, reminder_text

        parts = []
        if self.reminders:
            items = []
            for reminder in self.reminders:
                line = escape(reminder_text(reminder, now))
                if is_overdue(reminder.deadline.due, now):
                    line = f"<b>{line}</b>"
                items.append(line)
            heading = escape(self.tr("Case deadlines"))
            parts.append(f"<b>{heading}</b><br>" + "<br>".join(items))
        if self.evidence:
            items = [escape(line) for line in self._evidence_lines()]
            heading = escape(self.tr("Evidence that runs out soon"))
            parts.append(f"<b>\u26a0 {heading}</b><br>" + "<br>".join(items))
        self.text.setText("<br><br>".join(parts))
        self.text.setAccessibleName("\n".join(self.lines()))
        self.setVisible(True)
