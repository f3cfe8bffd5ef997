"""Reminders that an escalation window opened, for the cases whose contact asked for one.

``EscalationNotifier`` listens to the deadline reminders' checks (``ReminderCenter.ticked``, so it runs on the
same timer and injected clock) and announces each case's window once, when its "possible from" time has come:
in its own line over the home (``EscalationBanner``) and, with a system tray, in a tray message. The wish to
be reminded and the window itself come from the store and the domain (``CaseEvents``,
``domain.tracker.escalation``); nothing is written here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from care_desktop.domain.tracker.escalation import EscalationWindow, wants_reminder
from care_desktop.services.tracker.events import CaseEvents
from care_desktop.services.tracker.store import TrackerStore, holiday_rule
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, local_time, on_language_change
from care_desktop.ui.styles import keep_styled, warning_style

WindowSource = Callable[[], list[EscalationWindow]]
"""Returns the escalation windows of the cases whose contact asked to be reminded."""


def store_windows(context: UiContext) -> WindowSource:
    """The windows of the tracked cases in the context's store that have a reminder wish."""

    def source() -> list[EscalationWindow]:
        events = CaseEvents(context.store)
        is_holiday = holiday_rule(context.store)
        return [
            events.window(case, is_holiday)
            for case in TrackerStore(context.store).list_cases()
            if wants_reminder(events.events(case.number))
        ]

    return source


def due_windows(windows: list[EscalationWindow], now: datetime, shown: set[tuple[str, str]]) -> list[EscalationWindow]:
    """The windows that opened by ``now`` and were not announced yet; marks them announced.

    Args:
        windows: The windows of the cases with a reminder wish.
        now: The current time (aware).
        shown: Keys (case number, opening instant) already announced; updated in place.

    Returns:
        The newly opened windows, in the order they opened.
    """
    fresh = []
    for window in windows:
        if window.opens_at is None or not window.possible(now):
            continue
        key = (window.case_number, window.opens_at.astimezone(UTC).isoformat())
        if key not in shown:
            shown.add(key)
            fresh.append(window)
    return sorted(fresh, key=lambda window: (window.opens_at or now, window.case_number))


class EscalationNotifier(QObject):
    """Announces opened escalation windows once.

    Signals:
        opened: A list of newly opened ``EscalationWindow`` objects and the time of the check.

    Args:
        source: Gives the windows of the cases with a reminder wish.
        parent: Owner.
    """

    opened = Signal(list, object)

    def __init__(self, source: WindowSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.shown: set[tuple[str, str]] = set()

    def check(self, now: datetime, *_ignored: object) -> list[EscalationWindow]:
        """Find the windows opened by ``now`` and announce the new ones (connect to ``ReminderCenter.ticked``)."""
        fresh = due_windows(self._source(), now, self.shown)
        if fresh:
            self.opened.emit(fresh, now)
        return fresh


def window_line(window: EscalationWindow) -> str:
    """One reminder line: "Case 42: an escalation is possible since Tue 2026-12-01 09:00 CST."."""
    assert window.opens_at is not None
    template = QCoreApplication.translate("EscalationBanner", "Case %1: an escalation is possible since %2.")
    return fill(template, window.case_number, local_time(window.opens_at))


class EscalationBanner(QFrame):
    """Lists the opened escalation windows until dismissed.

    Signals:
        open_requested: Show the case tracker.

    Args:
        parent: Owner.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("escalations")
        keep_styled(self, lambda: warning_style(selector="QFrame#escalations"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.windows: list[EscalationWindow] = []
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.open_button.setText(self.tr("Show cases"))
        self.open_button.setAccessibleDescription(self.tr("Opens the case tracker."))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the escalation reminders"))
        self.dismiss_button.setAccessibleDescription(self.tr("Hides these reminders; each is shown once."))
        self._render()

    def add_windows(self, windows: list[EscalationWindow], now: datetime) -> None:
        """Show newly opened windows."""
        del now
        numbers = {window.case_number for window in windows}
        self.windows = [window for window in self.windows if window.case_number not in numbers] + list(windows)
        self._render()

    def dismiss(self) -> None:
        """Hide the banner."""
        self.windows = []
        self._render()

    def lines(self) -> list[str]:
        """The lines shown, as plain text."""
        return [window_line(window) for window in self.windows]

    def _render(self) -> None:
        if not self.windows:
            self.text.clear()
            self.setVisible(False)
            return
        heading = escape(self.tr("Escalation windows"))
        self.text.setText(f"<b>{heading}</b><br>" + "<br>".join(escape(line) for line in self.lines()))
        self.text.setAccessibleName("\n".join(self.lines()))
        self.setVisible(True)
