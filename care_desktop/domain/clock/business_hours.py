"""The response clock: target initial response times and business-hours arithmetic.

The published targets (DESIGN.md section 4): Severity 1 is due 10 minutes after the case is opened, at any
hour of any day, counted as real elapsed time (across a DST change it is still 10 real minutes). Severity
2, 3 and 4 are due after 1, 2 and 9 business hours (one business day is one full 08:00-17:00 day), counted
only inside business windows in the customer's time zone.

A business window is [08:00, 17:00) wall-clock time on a Monday to Friday that is not a holiday (a support
plan with its own published hours passes other ``DailyHours``, see ``domain.clock.plans``). Its two
ends are built as aware datetimes with the zone (through ``localize``, so an end that falls in a DST gap
moves forward by the gap), and the time inside it is counted as real elapsed time; all arithmetic and
comparisons are done in UTC, never on wall-clock fields. On the rare day where a DST transition falls
inside the window, the window simply has more or fewer real hours than nine (wall-clock ends, real time
between: a spring-forward at noon leaves eight). The zone is the ``tzinfo`` of the datetime passed in, so
callers pass times in the customer's zone (a ``zoneinfo.ZoneInfo``); results come back in that zone.
Holidays are whole dates, decided by a predicate the caller passes in (see
``care_desktop.services.clock.holidays``); the default is no holidays.

This module must stay pure: no I/O, no Qt, no reading the current time, no time zone database look-ups of
its own (zone objects are passed in).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

HolidayPredicate = Callable[[date], bool]
"""Tells whether a whole date is a holiday (no business hours that day)."""

BUSINESS_START: Final = time(8)
BUSINESS_END: Final = time(17)
BUSINESS_DAY: Final = timedelta(hours=9)
SEVERITY_1_RESPONSE: Final = timedelta(minutes=10)
BUSINESS_RESPONSE: Final[dict[int, timedelta]] = {
    2: timedelta(hours=1),
    3: timedelta(hours=2),
    4: BUSINESS_DAY,
}


@dataclass(frozen=True)
class DailyHours:
    """The wall-clock hours of a business day, Monday to Friday.

    Attributes:
        start: When the window opens.
        end: When it closes (after ``start``, the same day).
    """

    start: time
    end: time

    @property
    def length(self) -> timedelta:
        """The length of a full business day (9 hours for 08:00-17:00)."""
        return datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)


STANDARD_HOURS: Final = DailyHours(BUSINESS_START, BUSINESS_END)
"""The published business day: 08:00-17:00 customer local time."""

# A holiday predicate that closes every day would make the search for a business day endless.
_MAX_CLOSED_DAYS: Final = 400
_ONE_DAY: Final = timedelta(days=1)

_BASIS: Final[dict[int, str]] = {
    1: QT_TRANSLATE_NOOP("domain", "Severity 1: 10 minutes, at any hour of any day (24x7x365)"),
    2: QT_TRANSLATE_NOOP("domain", "Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in {zone}"),
    3: QT_TRANSLATE_NOOP("domain", "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in {zone}"),
    4: QT_TRANSLATE_NOOP(
        "domain", "Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 in {zone}"
    ),
}
_BASIS_WITH_HOLIDAYS: Final[dict[int, str]] = {
    1: _BASIS[1],
    2: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in {zone}, "
        "not counting public holidays ({calendar})",
    ),
    3: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in {zone}, "
        "not counting public holidays ({calendar})",
    ),
    4: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 in {zone}, "
        "not counting public holidays ({calendar})",
    ),
}


def no_holidays(day: date) -> bool:
    """Return False for every day: the default holiday predicate, for when no calendar was chosen."""
    del day
    return False


def localize(naive: datetime, zone: tzinfo) -> datetime:
    """Attach ``zone`` to a wall-clock time, resolving the two DST cases explicitly.

    - Ambiguous times (repeated when clocks go back) take the first occurrence (``fold=0``): 01:30 on the
      US fall-back day is 01:30 EDT.
    - Nonexistent times (skipped when clocks go forward) move forward by the length of the gap: 02:30 on
      the US spring-forward day becomes 03:30 EDT.

    Args:
        naive: A wall-clock time without tzinfo.
        zone: The zone it is meant in (normally a ``zoneinfo.ZoneInfo``).

    Returns:
        An aware datetime in ``zone`` that exists.

    Raises:
        ValueError: ``naive`` already has a tzinfo.
    """
    if naive.tzinfo is not None:
        raise ValueError(f"localize() needs a naive datetime, got {naive.isoformat()}")
    # With fold=0 a time in a gap is read with the offset from before the gap; the round trip through UTC
    # then lands the same real instant on the wall clock after the gap (moved forward by the gap).
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def is_business_day(day: date, is_holiday: HolidayPredicate = no_holidays) -> bool:
    """Tell whether ``day`` (a date in the customer's calendar) is a Monday to Friday that is not a holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def is_business_time(
    moment: datetime, is_holiday: HolidayPredicate = no_holidays, hours: DailyHours = STANDARD_HOURS
) -> bool:
    """Tell whether ``moment`` lies inside a business window of its own zone (17:00 itself is outside).

    Args:
        moment: An aware datetime in the customer's zone.
        is_holiday: The holiday predicate.
        hours: The business day's hours.

    Returns:
        True when the moment counts as business time.
    """
    tz = _zone_of(moment, "moment")
    day = moment.date()
    if not is_business_day(day, is_holiday):
        return False
    opens, closes = _window(day, tz, hours)
    return opens <= moment.astimezone(UTC) < closes


def add_business_time(
    start: datetime, amount: timedelta, is_holiday: HolidayPredicate = no_holidays, hours: DailyHours = STANDARD_HOURS
) -> datetime:
    """Move forward by ``amount`` of business time.

    Counting starts at ``start`` when it is inside a window, otherwise at the next window start. A result
    that reaches a window end exactly stays there (17:00 of that day, not 08:00 of the next business day).
    A zero amount returns ``start`` unchanged.

    Args:
        start: An aware datetime in the customer's zone.
        amount: Business time to add; not negative.
        is_holiday: The holiday predicate.
        hours: The business day's hours.

    Returns:
        The moment at which ``amount`` of business time has passed, in ``start``'s tzinfo.

    Raises:
        ValueError: ``start`` is naive, ``amount`` is negative, or no business day comes for a long time.
    """
    tz = _zone_of(start, "start")
    if amount < timedelta(0):
        raise ValueError(f"amount must not be negative, got {amount}")
    if not amount:
        return start
    cursor = start.astimezone(UTC)
    remaining = amount
    for day in _business_days(start.date(), is_holiday):
        opens, closes = _window(day, tz, hours)
        if cursor >= closes:
            continue
        begin = max(cursor, opens)
        if remaining <= closes - begin:
            return (begin + remaining).astimezone(tz)
        remaining -= closes - begin
    raise AssertionError("unreachable: _business_days never ends")  # pragma: no cover


def add_business_days(start: datetime, days: int, is_holiday: HolidayPredicate = no_holidays) -> datetime:
    """Move forward by ``days`` business days of nine business hours each.

    Args:
        start: An aware datetime in the customer's zone.
        days: Number of business days; not negative.
        is_holiday: The holiday predicate.

    Returns:
        ``add_business_time(start, days * BUSINESS_DAY)``.
    """
    return add_business_time(start, days * BUSINESS_DAY, is_holiday)


def business_time_between(
    start: datetime, end: datetime, is_holiday: HolidayPredicate = no_holidays, hours: DailyHours = STANDARD_HOURS
) -> timedelta:
    """Measure the business time from ``start`` to ``end``, in ``start``'s zone.

    Args:
        start: An aware datetime in the customer's zone.
        end: An aware datetime (any zone).
        is_holiday: The holiday predicate.
        hours: The business day's hours.

    Returns:
        The business time inside [start, end); negative when ``end`` is before ``start``.
    """
    tz = _zone_of(start, "start")
    _zone_of(end, "end")
    low, high = start.astimezone(UTC), end.astimezone(UTC)
    if high < low:
        return -business_time_between(end.astimezone(tz), start, is_holiday, hours)
    total = timedelta(0)
    last = end.astimezone(tz).date()
    for day in _business_days(start.date(), is_holiday):
        if day > last:
            break
        opens, closes = _window(day, tz, hours)
        overlap = min(closes, high) - max(opens, low)
        if overlap > timedelta(0):
            total += overlap
    return total


def end_of_nth_business_day(
    start: datetime, n: int, is_holiday: HolidayPredicate = no_holidays, hours: DailyHours = STANDARD_HOURS
) -> datetime:
    """Find 17:00 of the ``n``-th business day after the date of ``start``.

    The day of ``start`` itself never counts, whatever the hour: from any time on Wednesday, ``n=1`` is
    Thursday 17:00 (when Thursday is a business day).

    Args:
        start: An aware datetime in the customer's zone.
        n: Which business day; at least 1.
        is_holiday: The holiday predicate.
        hours: The business day's hours (the result is at their end).

    Returns:
        17:00 local time of that day, in ``start``'s tzinfo.

    Raises:
        ValueError: ``start`` is naive or ``n`` is less than 1.
    """
    tz = _zone_of(start, "start")
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    for count, day in enumerate(_business_days(start.date() + _ONE_DAY, is_holiday), start=1):
        if count == n:
            return localize(datetime.combine(day, hours.end), tz)
    raise AssertionError("unreachable: _business_days never ends")  # pragma: no cover


def respond_by(severity: int, opened: datetime, is_holiday: HolidayPredicate = no_holidays) -> datetime:
    """Compute the target initial response time for a case.

    Args:
        severity: 1 to 4.
        opened: When the case was opened, aware, in the customer's zone.
        is_holiday: The holiday predicate (ignored for Severity 1, which runs around the clock).

    Returns:
        The time by which a first response is due, in ``opened``'s tzinfo.

    Raises:
        ValueError: Severity outside 1-4, or ``opened`` is naive.
    """
    tz = _zone_of(opened, "opened")
    if severity == 1:
        return (opened.astimezone(UTC) + SEVERITY_1_RESPONSE).astimezone(tz)
    if severity not in BUSINESS_RESPONSE:
        raise ValueError(f"severity must be 1, 2, 3 or 4, got {severity}")
    return add_business_time(opened, BUSINESS_RESPONSE[severity], is_holiday)


def basis(severity: int, zone: str, calendar: str | None = None) -> Message:
    """Say in plain words how the response time of ``severity`` is counted.

    Args:
        severity: 1 to 4.
        zone: The customer's zone name, e.g. ``"America/New_York"``.
        calendar: The holiday calendar in use (e.g. ``"US"``), or None for none.

    Returns:
        A translatable message; ``render()`` gives the English text.

    Raises:
        ValueError: Severity outside 1-4.
    """
    templates = _BASIS if calendar is None else _BASIS_WITH_HOLIDAYS
    if severity not in templates:
        raise ValueError(f"severity must be 1, 2, 3 or 4, got {severity}")
    params = {"zone": zone} if calendar is None else {"zone": zone, "calendar": calendar}
    return Message(templates[severity], params)


def _zone_of(moment: datetime, name: str) -> tzinfo:
    """Return the tzinfo of an aware datetime, or raise ValueError naming the argument."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with a time zone), got {moment.isoformat()}")
    return moment.tzinfo


def _window(day: date, tz: tzinfo, hours: DailyHours) -> tuple[datetime, datetime]:
    """Return the business window of ``day`` in ``tz`` as two UTC datetimes."""
    opens = localize(datetime.combine(day, hours.start), tz).astimezone(UTC)
    closes = localize(datetime.combine(day, hours.end), tz).astimezone(UTC)
    return opens, closes


def _business_days(first: date, is_holiday: HolidayPredicate) -> Iterator[date]:
    """Yield the business days from ``first`` on, without end.

    Raises:
        ValueError: More than a year passes without a business day (a predicate that closes every day).
    """
    day, closed = first, 0
    while True:
        if is_business_day(day, is_holiday):
            closed = 0
            yield day
        else:
            closed += 1
            if closed > _MAX_CLOSED_DAYS:
                raise ValueError(f"no business day in the {_MAX_CLOSED_DAYS} days before {day.isoformat()}")
        day += _ONE_DAY
