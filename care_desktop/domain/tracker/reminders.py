"""When to remind the contact of a deadline, and which reminders are due at a given moment.

Each deadline gets two reminders:

- ``ahead``: one business hour before it is due, counted backwards through the business windows of the
  case's zone (a deadline at Monday 08:30 is announced on Friday at 16:30, before the weekend). The first
  response counts back in the hours of the chosen support plan, in the plan's own zone when it has one
  (``Counting``; the United States-only plan: 08:00-20:00 US Eastern), as its due time was counted forward.
  It is left out when that moment is not after the clock's start (a Severity 2 first response, due one
  business hour after opening) and for the Severity 1 first response, whose 10-minute clock runs around the
  clock.
- ``due``: at the deadline itself.

A reminder fires once: the caller keeps the keys of those already shown. When both reminders of a deadline
are due at once (the app was not running), only the later one is shown; the earlier counts as shown.
Re-entering a state makes a new deadline (another due time), so it is announced again.

Also here: the relative time ("in 3 h", "2 days overdue") as a unit and a count, for the UI to word.

Pure: no I/O, no Qt, no reading the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from care_desktop.domain.clock.business_hours import (
    STANDARD_HOURS,
    DailyHours,
    HolidayPredicate,
    is_business_day,
    localize,
)
from care_desktop.domain.tracker.model import Deadline, DeadlineKind

AHEAD: Final = timedelta(hours=1)
"""How much business time before a deadline the first reminder comes."""
_MAX_DAYS_BACK: Final = 400


@dataclass(frozen=True)
class Counting:
    """Whose business hours the first response's ahead reminder counts back in.

    Attributes:
        hours: The plan's business day (08:00-17:00 on the Standard plan).
        zone: The plan's own zone (``ZoneInfo("America/New_York")``), or None for the case's zone.
    """

    hours: DailyHours = STANDARD_HOURS
    zone: tzinfo | None = None


STANDARD_COUNTING: Final = Counting()
"""The Standard plan: 08:00-17:00 in the case's zone."""


class Stage(StrEnum):
    """Which reminder of a deadline."""

    AHEAD = "ahead"
    DUE = "due"


@dataclass(frozen=True)
class Reminder:
    """One reminder of one deadline.

    Attributes:
        deadline: The deadline.
        stage: Ahead of it, or at it.
        at: When the reminder is due, in the case's zone.
    """

    deadline: Deadline
    stage: Stage
    at: datetime

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity of the reminder, to remember that it was shown."""
        d = self.deadline
        return (d.case_number, d.kind.value, d.due.astimezone(UTC).isoformat(), self.stage.value)


def business_time_before(
    due: datetime,
    amount: timedelta,
    is_holiday: HolidayPredicate,
    hours: DailyHours = STANDARD_HOURS,
    zone: tzinfo | None = None,
) -> datetime:
    """Go back ``amount`` of business time from ``due`` (the inverse of ``clock.add_business_time``).

    Args:
        due: An aware datetime in the customer's zone.
        amount: Business time to go back; not negative.
        is_holiday: The holiday predicate (dates of the zone the hours are counted in).
        hours: The business day's hours.
        zone: The zone the hours are counted in, or None for ``due``'s own zone.

    Returns:
        The latest moment from which ``amount`` of business time leads to ``due``, in ``due``'s zone.

    Raises:
        ValueError: ``due`` is naive, ``amount`` negative, or no business day for a long time.
    """
    tz = due.tzinfo
    if tz is None or due.utcoffset() is None:
        raise ValueError(f"due must be an aware datetime, got {due.isoformat()}")
    if amount < timedelta(0):
        raise ValueError(f"amount must not be negative, got {amount}")
    counting = zone or tz
    cursor, remaining, day = due.astimezone(UTC), amount, due.astimezone(counting).date()
    for _ in range(_MAX_DAYS_BACK * 2):
        if remaining <= timedelta(0):
            return cursor.astimezone(tz)
        if is_business_day(day, is_holiday):
            opens = localize(datetime.combine(day, hours.start), counting).astimezone(UTC)
            closes = localize(datetime.combine(day, hours.end), counting).astimezone(UTC)
            end = min(cursor, closes)
            if end > opens:
                if end - opens >= remaining:
                    return (end - remaining).astimezone(tz)
                remaining -= end - opens
                cursor = opens
        day -= timedelta(days=1)
    raise ValueError(f"no business day in the {_MAX_DAYS_BACK * 2} days before {due.isoformat()}")


def reminders_of(
    deadline: Deadline, is_holiday: HolidayPredicate, first_response: Counting = STANDARD_COUNTING
) -> list[Reminder]:
    """The reminders of one deadline, earliest first.

    Args:
        deadline: The deadline.
        is_holiday: The holiday predicate of the customer's calendar.
        first_response: The support plan's hours and zone, for a first response's ahead reminder.

    Returns:
        The ahead reminder (when it applies) and the due reminder.
    """
    result: list[Reminder] = []
    round_the_clock = deadline.kind is DeadlineKind.FIRST_RESPONSE and deadline.severity == 1
    if not round_the_clock:
        plan = first_response if deadline.kind is DeadlineKind.FIRST_RESPONSE else STANDARD_COUNTING
        ahead = business_time_before(deadline.due, AHEAD, is_holiday, plan.hours, plan.zone)
        if ahead > deadline.since:
            result.append(Reminder(deadline, Stage.AHEAD, ahead))
    result.append(Reminder(deadline, Stage.DUE, deadline.due))
    return result


def due_reminders(
    deadlines: Iterable[Deadline],
    now: datetime,
    shown: set[tuple[str, str, str, str]],
    is_holiday: HolidayPredicate,
    first_response: Counting = STANDARD_COUNTING,
) -> list[Reminder]:
    """The reminders to show at ``now`` that were not shown yet; marks them (and those they supersede) shown.

    Args:
        deadlines: The running deadlines.
        now: The current time (aware).
        shown: Keys of reminders already shown; updated in place.
        is_holiday: The holiday predicate.
        first_response: The support plan's hours and zone, for the first responses' ahead reminders.

    Returns:
        At most one reminder per deadline (the latest one due), sorted by due time.
    """
    found: list[Reminder] = []
    for deadline in deadlines:
        ready = [reminder for reminder in reminders_of(deadline, is_holiday, first_response) if reminder.at <= now]
        fresh = [reminder for reminder in ready if reminder.key not in shown]
        shown.update(reminder.key for reminder in ready)
        if fresh and fresh[-1] is ready[-1]:
            found.append(fresh[-1])
    return sorted(found, key=lambda r: (r.deadline.due.astimezone(UTC), r.deadline.case_number, r.stage.value))


class Unit(StrEnum):
    """The unit a relative time is said in."""

    NOW = "now"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@dataclass(frozen=True)
class Relative:
    """How far a deadline is from now, rounded down to a whole unit.

    Attributes:
        unit: Minutes under an hour, hours under two days, days from there; NOW under a minute.
        count: How many units (0 for NOW).
        overdue: True when the deadline has passed.
    """

    unit: Unit
    count: int
    overdue: bool


def relative(due: datetime, now: datetime) -> Relative:
    """Say how far ``due`` is from ``now`` in real (not business) time.

    Args:
        due: The deadline (aware).
        now: The current time (aware).

    Returns:
        The distance, rounded down (3 h 59 min is "3 h"), never more than the time actually left.
    """
    delta = due - now
    overdue = delta < timedelta(0)
    seconds = int(abs(delta).total_seconds())
    if seconds < 60:
        return Relative(Unit.NOW, 0, overdue)
    if seconds < 3600:
        return Relative(Unit.MINUTES, seconds // 60, overdue)
    if seconds < 48 * 3600:
        return Relative(Unit.HOURS, seconds // 3600, overdue)
    return Relative(Unit.DAYS, seconds // 86400, overdue)
