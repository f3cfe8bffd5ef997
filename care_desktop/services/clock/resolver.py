"""One resolver from the user's zone and calendar settings to the clock that counts business hours.

Every caller that turns settings (a draft's zone, the preferences' zone and holiday calendar, the computer's
zone) into a clock goes through :func:`resolve_clock`, so they all fall back the same way:

- an unknown zone falls back to the computer's zone, else UTC, **for the zone only** (the calendar is kept);
- an unknown holiday calendar drops **only the holidays** (the zone is kept);
- a support plan whose own zone is unknown falls back to the Standard plan (zone and calendar are kept).

What fell back is listed in :attr:`ClockSettings.problems`, so a caller can say so. The strict variant,
:func:`strict_clock`, raises instead (the command line reports bad input). The support plan (its own published
hours, ``domain/clock/plans.py``) travels with the clock in :attr:`ClockSettings.plan`.

This module reads no settings itself and imports nothing of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.clock.business_hours import HolidayPredicate, no_holidays
from care_desktop.domain.clock.plans import STANDARD_PLAN, SupportPlan
from care_desktop.services.clock.holidays import calendar_label, holiday_predicate
from care_desktop.services.preferences import Preferences

FALLBACK_ZONE = "UTC"


@dataclass(frozen=True)
class ClockSettings:
    """A clock with its settings resolved.

    Attributes:
        zone: The IANA name of the zone business hours are counted in.
        tz: That zone.
        calendar: The holiday calendar's label (``"US-CA"``), or None for no holidays.
        is_holiday: Whether a date is a holiday of that calendar.
        problems: What could not be used and fell back (English, for a log or a message), e.g.
            ``("unknown time zone 'Mars/Base'",)``; empty when everything was used as given.
        plan: The support plan whose hours count (Standard: the published hours, in ``zone``).
    """

    zone: str
    tz: ZoneInfo
    calendar: str | None = None
    is_holiday: HolidayPredicate = no_holidays
    problems: tuple[str, ...] = ()
    plan: SupportPlan = STANDARD_PLAN


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


def pick_zone(*candidates: str) -> str:
    """The first non-empty zone name among ``candidates`` (a draft's, the preference, the computer's), else UTC.

    Args:
        candidates: Zone names in order of precedence; empty ones are skipped.

    Returns:
        A zone name (not checked: :func:`resolve_clock` does that).
    """
    return next((name.strip() for name in candidates if name.strip()), FALLBACK_ZONE)


def resolve_clock(
    zone: str, calendar: str = "", *, system_zone: str = "", plan: SupportPlan = STANDARD_PLAN
) -> ClockSettings:
    """Turn zone and calendar settings into a clock, falling back as the module says (never raises).

    Args:
        zone: The zone to count in (see :func:`pick_zone`).
        calendar: A holiday calendar code (``"US"``, ``"AU-NSW"``) or empty for none.
        system_zone: The computer's zone, the first fallback for an unknown ``zone``.
        plan: The support plan.

    Returns:
        The clock settings; ``problems`` lists what fell back.
    """
    problems: list[str] = []
    name, tz = zone, None
    for candidate in (zone, system_zone, FALLBACK_ZONE):
        if not candidate:
            continue
        try:
            name, tz = candidate, zone_named(candidate)
            break
        except ValueError as error:
            problems.append(str(error))
    assert tz is not None  # UTC is always known
    label: str | None = None
    is_holiday: HolidayPredicate = no_holidays
    if calendar.strip():
        try:
            label, is_holiday = calendar_label(calendar), holiday_predicate(calendar)
        except ValueError as error:
            problems.append(str(error))
    if plan.own_zone:
        try:
            zone_named(plan.zone)
        except ValueError as error:
            problems.append(f"support plan {plan.key!r}: {error}")
            plan = STANDARD_PLAN
    return ClockSettings(name, tz, label, is_holiday, tuple(problems), plan)


def strict_clock(zone: str, calendar: str = "", *, plan: SupportPlan = STANDARD_PLAN) -> ClockSettings:
    """The same without fallbacks: for input the user typed (the command line).

    Raises:
        ValueError: The zone, the calendar or the plan's zone is unknown.
    """
    tz = zone_named(zone)
    if plan.own_zone:
        zone_named(plan.zone)
    if not calendar.strip():
        return ClockSettings(zone, tz, plan=plan)
    return ClockSettings(zone, tz, calendar_label(calendar), holiday_predicate(calendar), plan=plan)


def preferred_clock(
    preferences: Preferences, draft_zone: str = "", *, system_zone: str = "", plan: SupportPlan = STANDARD_PLAN
) -> ClockSettings:
    """The clock of a draft: its zone, else the preferred zone, else the computer's; the preferred calendar.

    Args:
        preferences: The user's settings (zone and holiday calendar).
        draft_zone: The draft's own zone, if it has one.
        system_zone: The computer's zone.
        plan: The support plan chosen in Settings (``plan_or_standard(preferences.support_plan)``).

    Returns:
        The clock settings, resolved with the module's fallbacks.
    """
    zone = pick_zone(draft_zone, preferences.time_zone, system_zone)
    return resolve_clock(zone, preferences.holiday_calendar, system_zone=system_zone, plan=plan)
