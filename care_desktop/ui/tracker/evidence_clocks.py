"""The tracker's evidence clocks: how long Genesys Cloud keeps the evidence of a case's conversations.

For the selected case, each conversation checked in Genesys Cloud (its summary in the draft's case folder)
gives "SIP capture available until …" (voice, 21 days) and "Operational Console events until …" (10 days),
shown in the case's zone with the relative time. While the case is not closed, a clock within the reminder
time (2 days) is highlighted with what to do, and ``EvidenceReminder`` lists those of every open case at the
top of the tracker. The same clocks go to the app-wide reminders (``ui.reminders``: the home's banner and the
tray), which announce them ahead of their end (``domain.tracker.evidence_reminders``); ``clock_reminder_text``
words such a reminder. Reading the summaries is
``services.platform.conversation_evidence``; the figures come from the profile. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from care_desktop.domain.conversations.clocks import (
    DEFAULT_RETENTION,
    ClockKind,
    ClockState,
    EvidenceClock,
    Retention,
    evidence_clocks,
)
from care_desktop.domain.tracker.evidence_reminders import ClockReminder
from care_desktop.domain.tracker.model import CaseState, TrackedCase
from care_desktop.services.platform.conversation_evidence import read_summaries
from care_desktop.services.platform.retention import load_retention
from care_desktop.services.resources import ResourceError
from care_desktop.ui.i18n import fill, local_time, on_language_change
from care_desktop.ui.styles import keep_styled, warning_style
from care_desktop.ui.tracker.deadline_text import relative_text


@dataclass(frozen=True)
class CaseClocks:
    """The evidence clocks of one tracked case.

    Attributes:
        case: The case.
        clocks: Its clocks, soonest first.
    """

    case: TrackedCase
    clocks: list[EvidenceClock]


def clocks_of_case(case: TrackedCase, cases_dir: Path, retention: Retention = DEFAULT_RETENTION) -> CaseClocks:
    """Read the evidence clocks of a case from its draft's case folder (none without a draft).

    Args:
        case: The case.
        cases_dir: The folder of the drafts' case folders (``AppPaths.cases``).
        retention: The figures.

    Returns:
        The case and its clocks.
    """
    if not case.draft_id:
        return CaseClocks(case, [])
    summaries = [summary for summary, _zone in read_summaries(cases_dir / case.draft_id)]
    return CaseClocks(case, evidence_clocks(summaries, retention))


def evidence_retention() -> Retention:
    """The profile's retention figures (the published defaults when the profile cannot be read)."""
    try:
        return load_retention()
    except ResourceError:
        return DEFAULT_RETENTION


def needs_reminder(item: CaseClocks, clock: EvidenceClock, now: datetime, retention: Retention) -> bool:
    """Whether a clock is within its reminder time while its case is not closed."""
    return item.case.state is not CaseState.CLOSED and clock.state(now, retention) is ClockState.SOON


def clock_line(clock: EvidenceClock, case: TrackedCase, now: datetime) -> str:
    """e.g. "SIP capture available until Mon 2026-12-21 10:12 CET (in 3 days) — conversation 4709b21d"."""
    when = local_time(case.local(clock.until))
    if clock.kind is ClockKind.SIP_CAPTURE:
        template = QCoreApplication.translate(
            "evidence_clocks", "SIP capture available until %1 (%2) \u2014 conversation %3"
        )
    else:
        template = QCoreApplication.translate(
            "evidence_clocks", "Operational Console events until %1 (%2) \u2014 conversation %3"
        )
    return fill(template, when, relative_text(clock.until, now), clock.conversation_id[:8])


def clock_advice(clock: EvidenceClock) -> str:
    """What to do before the evidence is gone."""
    if clock.kind is ClockKind.SIP_CAPTURE:
        return QCoreApplication.translate(
            "evidence_clocks",
            "Download the PCAP now (SIP diagnostics in Genesys Cloud) or ask Product Support to collect it.",
        )
    return QCoreApplication.translate(
        "evidence_clocks",
        "Look at the Operational Console events now, or point Product Support to them while they are there.",
    )


def clock_reminder_text(reminder: ClockReminder, now: datetime) -> str:
    """One line of the home's reminder banner or the tray: the case, the clock and what to do."""
    line = clock_line(reminder.clock, reminder.case, now)
    template = QCoreApplication.translate("evidence_clocks", "Case %1: %2. %3")
    return fill(template, reminder.case.number, line, clock_advice(reminder.clock))


class EvidenceClocksBox(QGroupBox):
    """The selected case's evidence clocks.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.retention = DEFAULT_RETENTION
        self.body = QLabel()
        self.body.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.body)
        self._shown: tuple[CaseClocks | None, datetime | None] = (None, None)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Evidence clocks (kept by Genesys Cloud)"))
        self.body.setAccessibleName(self.tr("Evidence clocks of the case"))
        item, now = self._shown
        if item is not None and now is not None:
            self.show_clocks(item, now)

    def show_clocks(self, item: CaseClocks | None, now: datetime) -> None:
        """Show the clocks of a case (hidden when it has none)."""
        self._shown = (item, now)
        if item is None or not item.clocks:
            self.hide()
            return
        lines = []
        for clock in item.clocks:
            text = escape(clock_line(clock, item.case, now))
            state = clock.state(now, self.retention)
            if state is ClockState.EXPIRED:
                gone = escape(self.tr("gone"))
                lines.append(f"<s>{text}</s> \u2014 {gone}")
            elif needs_reminder(item, clock, now, self.retention):
                lines.append(f"<b>\u26a0 {text}</b><br>{escape(clock_advice(clock))}")
            else:
                lines.append(text)
        self.body.setText("<br>".join(lines))
        self.show()


class EvidenceReminder(QLabel):
    """The reminder at the top of the tracker: evidence of an open case that runs out within the reminder time.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = DEFAULT_RETENTION
        self.setWordWrap(True)
        keep_styled(self, warning_style)
        self.hide()

    def show_reminders(self, items: Sequence[CaseClocks], now: datetime) -> None:
        """List the clocks that need a reminder (hidden when none does)."""
        lines = [
            fill(self.tr("Case %1: %2. %3"), item.case.number, clock_line(clock, item.case, now), clock_advice(clock))
            for item in items
            for clock in item.clocks
            if needs_reminder(item, clock, now, self.retention)
        ]
        self.setText("\n".join(lines))
        self.setAccessibleName(self.tr("Evidence that runs out soon"))
        self.setVisible(bool(lines))
