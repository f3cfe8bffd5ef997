"""``care-desktop due``: when the first response to a case is due (target initial response).

``care-desktop due --severity N --opened ISO_LOCAL_TIME --tz IANA_ZONE [--holidays COUNTRY] [--plan PLAN] [--json]``.
``--plan`` names a published support plan (``standard``, the default, ``us-only``, ``eea-only``); a plan with
its own published hours counts them in its own zone and the result is shown in ``--tz``. ``--json`` prints
``{"severity", "opened", "respond_by", "basis", "plan"}``.
The opening time is read as wall-clock time in the zone (ambiguous and skipped times are resolved as
``care_desktop.domain.clock.business_hours.localize`` documents); a time with an offset is converted into the zone. Bad
input (unknown zone, unparsable time, severity outside 1-4, unknown holiday calendar, a missing option)
exits with status 2 and a one-line reason. The rules themselves live in the domain clock.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.cli import EXIT_OK, BadInputError, Streams
from care_desktop.domain.clock.business_hours import HolidayPredicate, localize, no_holidays
from care_desktop.domain.clock.plans import SupportPlan, plan_basis, plan_respond_by
from care_desktop.services.clock.holidays import calendar_label, holiday_predicate
from care_desktop.services.clock.targets import plan_named, support_plans, zone_named

# English on purpose: strftime("%a") would follow the process locale.
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def register(subparsers: Any, name: str) -> None:
    """Add the ``due`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        usage=(
            "%(prog)s --severity N --opened ISO_LOCAL_TIME --tz IANA_ZONE [--holidays COUNTRY] [--plan PLAN] [--json]"
        ),
        help="when the first response to a case is due",
        description=(
            "Print the target initial response time. Severity 1: 10 minutes, any day or hour. Severity 2, 3, 4: "
            "1, 2 and 9 business hours, counted Monday-Friday 08:00-17:00 in the given zone; a support plan with "
            "its own published hours (--plan us-only: 08:00-20:00 US Eastern; --plan eea-only: 09:00-18:00 CET) "
            "counts those hours in their own zone and shows the result in the given zone."
        ),
    )
    # The options are checked in run() rather than by argparse, so that every bad input gives one line.
    parser.add_argument("--severity", metavar="N", help="severity level, 1 to 4 (required)")
    parser.add_argument(
        "--opened",
        metavar="ISO_LOCAL_TIME",
        help="when the case was opened, e.g. 2026-12-01T08:00 (local time in --tz; an offset is converted) (required)",
    )
    parser.add_argument("--tz", metavar="IANA_ZONE", help="the customer's time zone, e.g. America/New_York (required)")
    parser.add_argument(
        "--holidays",
        metavar="COUNTRY",
        help="do not count this country's public holidays, e.g. US, GB, JP or US-CA (default: no holidays)",
    )
    parser.add_argument(
        "--plan",
        metavar="PLAN",
        help="the organization's support plan: standard (default), us-only or eea-only",
    )
    parser.add_argument(
        "--json", action="store_true", help='print {"severity", "opened", "respond_by", "basis", "plan"} as JSON'
    )


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print when the first response is due.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0.

    Raises:
        BadInputError: A missing or invalid option.
    """
    severity = _severity(args.severity)
    zone = _zone(args.tz)
    opened = _opened(args.opened, zone)
    is_holiday: HolidayPredicate = no_holidays
    calendar: str | None = None
    if args.holidays is not None:
        try:
            is_holiday, calendar = holiday_predicate(args.holidays), calendar_label(args.holidays)
        except ValueError as error:
            raise BadInputError(str(error)) from None
    plan = _plan(args.plan)
    try:
        plan_zone = zone_named(plan.zone) if plan.own_zone else None
        due = plan_respond_by(severity, opened, plan, plan_zone, is_holiday)
    except OverflowError:
        raise BadInputError(f"the opening time {args.opened!r} is too close to the end of the calendar") from None
    reason = plan_basis(severity, plan, zone.key, calendar).render()
    if args.json:
        document = {
            "severity": severity,
            "opened": opened.isoformat(timespec="seconds"),
            "respond_by": due.isoformat(timespec="seconds"),
            "basis": reason,
            "plan": plan.key,
        }
        streams.stdout.write(json.dumps(document) + "\n")
    else:
        streams.stdout.write(f"First response due by {_human(due)} ({zone.key})\n")
        streams.stdout.write(f"Opened {_human(opened)}\n")
        streams.stdout.write(f"{reason}\n")
        if plan.own_zone:
            streams.stdout.write(f"Support plan: {plan.name} ({plan.hours_text})\n")
    return EXIT_OK


def _plan(key: str | None) -> SupportPlan:
    """Check ``--plan`` (Standard when not given)."""
    if key is None:
        return plan_named("")
    if not key.strip():
        names = ", ".join(plan.key for plan in support_plans())
        raise BadInputError(f"--plan needs a plan name: {names}")
    try:
        return plan_named(key)
    except ValueError as error:
        raise BadInputError(str(error)) from None


def _severity(text: str | None) -> int:
    """Check ``--severity``."""
    if text is None:
        raise BadInputError("--severity is required (1, 2, 3 or 4)")
    if text.strip() not in {"1", "2", "3", "4"}:
        raise BadInputError(f"severity must be 1, 2, 3 or 4, not {text!r}")
    return int(text)


def _zone(name: str | None) -> ZoneInfo:
    """Check ``--tz`` and load the zone."""
    if name is None:
        raise BadInputError("--tz is required (an IANA time zone such as America/New_York)")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadInputError(f"unknown time zone {name!r}: use an IANA name such as America/New_York") from None


def _opened(text: str | None, zone: ZoneInfo) -> datetime:
    """Parse ``--opened`` into an aware datetime in ``zone``, to whole seconds."""
    if text is None:
        raise BadInputError("--opened is required (an ISO 8601 time such as 2026-12-01T08:00)")
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(f"cannot read the opening time {text!r}: use ISO 8601, e.g. 2026-12-01T08:00") from None
    parsed = parsed.replace(microsecond=0)
    try:
        return localize(parsed, zone) if parsed.tzinfo is None else parsed.astimezone(zone)
    except OverflowError:
        raise BadInputError(f"the opening time {text!r} is out of range") from None


def _human(moment: datetime) -> str:
    """Format a time for people: ``Tue 2026-12-01 09:00 EST`` (seconds only when there are any)."""
    day: date = moment.date()
    clock = moment.strftime("%H:%M:%S" if moment.second else "%H:%M")
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()} {clock} {moment.tzname()}"
