"""Deadline reminders while the app runs: an in-app banner and a system-tray notification.

``ReminderCenter`` checks the tracked cases on a timer (once a minute by default) with an injected clock, so
tests drive time. Each deadline is announced one business hour ahead and again when it falls due (the plan
and its exceptions are in ``domain.reminder_plan``); a reminder whose time passed while the app was closed
is shown at the first check, once per session. New reminders go to the banner (``reminded``) and, when the
desktop has a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``), to one tray message; without a
tray only the banner shows them. ``ReminderBanner`` lists them with their local and relative times, drops
those whose deadline is gone (the state changed) and offers to open the tracker.

It must not write to the store or decide deadlines itself. The tracker's domain and store code is imported by
the first check, which the main window runs a moment after it appears, not with this module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.ui.context import UiContext
from care_desktop.ui.rich_text import escape
from care_desktop.ui.styles import keep_styled, warning_style

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QSystemTrayIcon

    from care_desktop.domain.clock.business_hours import HolidayPredicate
    from care_desktop.domain.tracker.model import Deadline
    from care_desktop.domain.tracker.reminders import Reminder

DeadlineSource = Callable[[], "tuple[list[Deadline], HolidayPredicate]"]
"""Returns the running deadlines and the holiday predicate they were computed with."""
CHECK_INTERVAL_MS = 60_000
TRAY_LINES = 3


def store_source(context: UiContext) -> DeadlineSource:
    """The deadlines of every case tracked in the context's store, with the user's holiday calendar and plan."""

    def source() -> tuple[list[Deadline], HolidayPredicate]:
        from care_desktop.domain.tracker.model import all_deadlines
        from care_desktop.services.clock.targets import user_response_rule
        from care_desktop.services.tracker.store import TrackerStore, holiday_rule

        is_holiday, respond = holiday_rule(context.store), user_response_rule(context.store)
        return all_deadlines(TrackerStore(context.store).list_cases(), is_holiday, respond), is_holiday

    return source


class ReminderCenter(QObject):
    """Checks the deadlines periodically and announces reminders once.

    Signals:
        reminded: A list of new ``Reminder`` objects (sorted by due time) and the time of the check.
        ticked: After every check: the current time and the running deadlines.
        open_requested: The user clicked the tray icon or its message.

    Args:
        source: Gives the running deadlines and the holiday predicate.
        clock: Returns the current time (aware).
        parent: Owner.
        interval_ms: Time between checks.
        use_tray: Also notify through the system tray when there is one.
    """

    reminded = Signal(list, object)
    ticked = Signal(object, list)
    open_requested = Signal()

    def __init__(
        self,
        source: DeadlineSource,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        use_tray: bool = True,
    ) -> None:
        super().__init__(parent)
        self._source = source
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
            The new reminders.
        """
        from care_desktop.domain.tracker.reminders import due_reminders

        deadlines, is_holiday = self._source()
        now = self._clock()
        fresh = due_reminders(deadlines, now, self.shown, is_holiday)
        if fresh:
            self.reminded.emit(fresh, now)
            self._notify_tray(fresh, now)
        self.ticked.emit(now, deadlines)
        return fresh

    def _notify_tray(self, reminders: list[Reminder], now: datetime) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from care_desktop.ui.tracker.deadline_text import reminder_text

        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        lines = [reminder_text(reminder, now) for reminder in reminders[:TRAY_LINES]]
        if len(reminders) > TRAY_LINES:
            lines.append(self.tr("\u2026 and %1 more.").replace("%1", str(len(reminders) - TRAY_LINES)))
        overdue = any(reminder.deadline.due <= now for reminder in reminders)
        icon = QSystemTrayIcon.MessageIcon.Warning if overdue else QSystemTrayIcon.MessageIcon.Information
        self.tray.showMessage(self.tr("Care Desktop: case deadlines"), "\n".join(lines), icon, 30_000)


def _tray_icon() -> QIcon:
    from PySide6.QtWidgets import QApplication, QStyle

    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return icon


class ReminderBanner(QFrame):
    """Shows the reminders announced so far, until dismissed or their deadline is gone.

    Signals:
        open_requested: The user wants to see the cases (open the tracker).

    Args:
        parent: Owner.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, center: ReminderCenter) -> None:
        """Show the reminders ``center`` announces and keep them current at each of its checks."""
        center.reminded.connect(self.add_reminders)
        center.ticked.connect(self.refresh)

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

    def dismiss(self) -> None:
        """Hide the banner and forget its reminders (they are not announced again this session)."""
        self.reminders = []
        self._render()

    def lines(self) -> list[str]:
        """The reminder lines shown, as plain text."""
        from care_desktop.ui.tracker.deadline_text import reminder_text

        if self._now is None:
            return []
        return [reminder_text(reminder, self._now) for reminder in self.reminders]

    def _render(self) -> None:
        now = self._now
        if not self.reminders or now is None:
            self.text.clear()
            self.setVisible(False)
            return
        from care_desktop.ui.tracker.deadline_text import is_overdue, reminder_text

        items = []
        for reminder in self.reminders:
            line = escape(reminder_text(reminder, now))
            if is_overdue(reminder.deadline.due, now):
                line = f"<b>{line}</b>"
            items.append(line)
        heading = escape(self.tr("Case deadlines"))
        self.text.setText(f"<b>{heading}</b><br>" + "<br>".join(items))
        self.text.setAccessibleName("\n".join(self.lines()))
        self.setVisible(True)
