"""First-response targets for a case, in the customer's zone with the chosen holiday calendar.

Joins the domain clock (the rules) with the time-zone database and the holiday calendars (data on disk).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.clock.business_hours import HolidayPredicate, basis, no_holidays, respond_by
from care_desktop.domain.messages import Message
from care_desktop.services.clock.holidays import calendar_label, holiday_predicate


@dataclass(frozen=True)
class FirstResponse:
    """When the first response is due and why.

    Attributes:
        zone: The customer's IANA zone.
        opened: When the case was (or would be) opened, in the customer's zone.
        respond_by: The target, in the customer's zone.
        basis: The rule applied, in words.
    """

    zone: str
    opened: datetime
    respond_by: datetime
    basis: Message


def zone_named(name: str) -> ZoneInfo:
    """Load an IANA zone.

    Args:
        name: e.g. ``"Europe/Dublin"``.

    Returns:
        The zone.

    Raises:
        ValueError: When the name is not a known zone.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name!r}") from None


def first_response(severity: int, opened: datetime, zone: str, holidays: str = "") -> FirstResponse:
    """Compute the target initial response.

    Args:
        severity: 1 to 4.
        opened: When the case is opened (aware).
        zone: The customer's IANA zone (business hours are counted there).
        holidays: Holiday calendar code (``"US"``, ``"AU-NSW"``) or empty for none.

    Returns:
        The target and its basis.

    Raises:
        ValueError: Unknown zone or calendar, or a severity outside 1-4.
    """
    tz = zone_named(zone)
    is_holiday: HolidayPredicate = no_holidays
    calendar: str | None = None
    if holidays:
        is_holiday, calendar = holiday_predicate(holidays), calendar_label(holidays)
    local = opened.astimezone(tz)
    return FirstResponse(zone, local, respond_by(severity, local, is_holiday), basis(severity, zone, calendar))
