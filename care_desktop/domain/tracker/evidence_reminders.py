"""Reminders that the evidence of a case's conversations runs out: when each comes, and which are due now.

The evidence clocks (``domain.conversations.clocks``: "SIP capture available until …", 21 days; "Operational
Console events until …", 10 days) join the app-wide reminders while the case is not closed. For each case and
each kind of evidence, the clock that runs out first and is still running is announced once, when the
reminder time (2 days, the profile's ``remind_before_days``) before its end has come: ahead of the deadline,
never after it. A clock that ran out, or a case that was closed, has no reminder (the banner drops it at the
next check); a later clock of the same kind (another conversation) is announced in its turn.

Pure: no I/O, no Qt, no reading the clock (``now`` is passed in).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from care_desktop.domain.conversations.clocks import DEFAULT_RETENTION, EvidenceClock, Retention
from care_desktop.domain.tracker.model import CaseState, TrackedCase

CaseEvidence = tuple[TrackedCase, Sequence[EvidenceClock]]
"""A tracked case and the evidence clocks of its conversations."""


@dataclass(frozen=True)
class ClockReminder:
    """The reminder that one evidence clock of one case is running out.

    Attributes:
        case: The case.
        clock: The clock.
        at: When the reminder comes (the reminder time before the end).
    """

    case: TrackedCase
    clock: EvidenceClock
    at: datetime

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity of the reminder, to remember that it was shown."""
        clock = self.clock
        return ("evidence", self.case.number, clock.kind.value, clock.until.astimezone(UTC).isoformat())

    def live(self, now: datetime) -> bool:
        """Whether the reminder stands at ``now``: its time has come and the evidence is not gone yet."""
        return self.at <= now < self.clock.until


def live_clock_reminders(
    items: Iterable[CaseEvidence], now: datetime, retention: Retention = DEFAULT_RETENTION
) -> list[ClockReminder]:
    """The reminders standing at ``now``: per case not closed and kind, the soonest clock within its reminder time.

    Args:
        items: The tracked cases with their evidence clocks.
        now: The current time (aware).
        retention: The figures (the reminder time).

    Returns:
        The reminders, soonest end first.
    """
    found: dict[tuple[str, str], ClockReminder] = {}
    for case, clocks in items:
        if case.state is CaseState.CLOSED:
            continue
        for clock in sorted(clocks, key=lambda c: c.until):
            reminder = ClockReminder(case, clock, clock.until - retention.remind_before)
            if reminder.live(now):
                found.setdefault((case.number, clock.kind.value), reminder)
    return sorted(found.values(), key=lambda r: (r.clock.until, r.case.number, r.clock.kind.value))


def due_clock_reminders(
    items: Iterable[CaseEvidence],
    now: datetime,
    shown: set[tuple[str, str, str, str]],
    retention: Retention = DEFAULT_RETENTION,
) -> list[ClockReminder]:
    """The standing reminders not shown yet; marks them shown.

    Args:
        items: The tracked cases with their evidence clocks.
        now: The current time (aware).
        shown: Keys of reminders already shown; updated in place.
        retention: The figures.

    Returns:
        The new reminders, soonest end first.
    """
    fresh = [reminder for reminder in live_clock_reminders(items, now, retention) if reminder.key not in shown]
    shown.update(reminder.key for reminder in fresh)
    return fresh
