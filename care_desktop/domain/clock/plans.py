"""Support plans: whose published hours the first-response clock counts, in which zone.

The published plans (``resources/profile.json``, ``support_plans``):

- **Standard**: Severity 2-4 Monday-Friday 08:00-17:00 *customer local time*; counted in the customer's zone
  exactly as ``business_hours.respond_by`` does (the plan adds nothing).
- **United States-only**: Severity 2-4 Monday-Friday 08:00-20:00 US Eastern (``America/New_York``).
- **EEA-only**: Severity 2-4 Monday-Friday 09:00-18:00 CET (the tz database's ``CET``, i.e. ``Europe/Brussels``:
  CEST in summer).

Severity 1 is 10 real minutes on every plan (24 hours a day). A plan with its own zone counts its hours on the
wall clock of *that* zone, whatever the customer's zone; the due time comes back in the customer's zone, so
a contact in Chicago on the United States-only plan sees a Central time computed from Eastern hours. Holidays
are whole dates of the zone the hours are counted in. Severity 4's "1 business day" is one full business day
of the plan (9 hours for 08:00-17:00 and 09:00-18:00, 12 hours for 08:00-20:00).

Pure: no I/O, no Qt, no time zone look-ups of its own (the plan's zone object is passed in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Final

from care_desktop.domain.clock.business_hours import (
    BUSINESS_RESPONSE,
    SEVERITY_1_RESPONSE,
    STANDARD_HOURS,
    DailyHours,
    HolidayPredicate,
    add_business_time,
    basis,
    no_holidays,
)
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, count_text

STANDARD_KEY: Final = "standard"


@dataclass(frozen=True)
class SupportPlan:
    """One published support plan.

    Attributes:
        key: Stable name, kept in the preferences and printed by ``due --json`` (``"standard"``, ``"us-only"``).
        name: Its published name, e.g. ``"United States-only"``.
        hours: Severity 2-4 business hours, Monday to Friday.
        zone: IANA zone the hours are published in, or empty for the customer's own zone.
        zone_label: How the page names that zone (``"US Eastern"``, ``"CET"``), or empty.
        hours_text: The published hours in words.
        source: Key of the profile source the hours come from.
        zone_note: How the published zone name was read.
        aliases: Other names the plan is known by on the command line (``us``, ``eea``).
    """

    key: str
    name: str
    hours: DailyHours
    zone: str = ""
    zone_label: str = ""
    hours_text: str = ""
    source: str = ""
    zone_note: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def own_zone(self) -> bool:
        """Whether the hours are published in a zone of their own (not the customer's)."""
        return bool(self.zone)


STANDARD_PLAN: Final = SupportPlan(STANDARD_KEY, "Standard", STANDARD_HOURS, source="care_page")
"""Today's behaviour: 08:00-17:00 in the customer's zone."""


def response_amount(severity: int, plan: SupportPlan) -> timedelta:
    """The business time a Severity 2-4 first response may take on ``plan`` (Severity 4: one full plan day).

    Raises:
        ValueError: Severity outside 2-4.
    """
    if severity not in BUSINESS_RESPONSE:
        raise ValueError(f"severity must be 2, 3 or 4 for business hours, got {severity}")
    return plan.hours.length if severity == 4 else BUSINESS_RESPONSE[severity]


def plan_respond_by(
    severity: int,
    opened: datetime,
    plan: SupportPlan = STANDARD_PLAN,
    plan_zone: tzinfo | None = None,
    is_holiday: HolidayPredicate = no_holidays,
) -> datetime:
    """The target initial response on a support plan.

    Args:
        severity: 1 to 4.
        opened: When the case was opened, aware, in the customer's zone.
        plan: The organization's support plan.
        plan_zone: The plan's zone object (``ZoneInfo(plan.zone)``); required when the plan has a zone.
        is_holiday: Holidays, as dates of the zone the hours are counted in.

    Returns:
        The due time, in ``opened``'s tzinfo (the customer's zone).

    Raises:
        ValueError: Severity outside 1-4, a naive ``opened``, or a plan with a zone but no ``plan_zone``.
    """
    tz = opened.tzinfo
    if tz is None or opened.utcoffset() is None:
        raise ValueError(f"opened must be an aware datetime, got {opened.isoformat()}")
    if severity == 1:
        return (opened.astimezone(UTC) + SEVERITY_1_RESPONSE).astimezone(tz)
    amount = response_amount(severity, plan)
    if plan.own_zone and plan_zone is None:
        raise ValueError(f"the {plan.key} plan counts in {plan.zone}: pass that zone")
    counting = opened.astimezone(plan_zone) if plan.own_zone and plan_zone is not None else opened
    return add_business_time(counting, amount, is_holiday, plan.hours).astimezone(tz)


_PLAN_BASIS: Final[dict[int, str]] = {
    2: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 2: 1 business hour, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of "
        "the {plan} support plan; shown in {zone}",
    ),
    3: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 3: 2 business hours, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of "
        "the {plan} support plan; shown in {zone}",
    ),
    4: count_text(
        QT_TRANSLATE_NOOP(
            "domain",
            "Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} "
            "({plan_zone}), the hours of the {plan} support plan; shown in {zone}",
        ),
        "Severity 4: 1 business day (%n business hour), counted Monday-Friday {start}-{end} {label} "
        "({plan_zone}), the hours of the {plan} support plan; shown in {zone}",
    ),
}
_PLAN_BASIS_WITH_HOLIDAYS: Final[dict[int, str]] = {
    2: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 2: 1 business hour, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of "
        "the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}",
    ),
    3: QT_TRANSLATE_NOOP(
        "domain",
        "Severity 3: 2 business hours, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of "
        "the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}",
    ),
    4: count_text(
        QT_TRANSLATE_NOOP(
            "domain",
            "Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} "
            "({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); "
            "shown in {zone}",
        ),
        "Severity 4: 1 business day (%n business hour), counted Monday-Friday {start}-{end} {label} "
        "({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); "
        "shown in {zone}",
    ),
}


def _clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def plan_basis(severity: int, plan: SupportPlan, zone: str, calendar: str | None = None) -> Message:
    """Say in plain words how the response time is counted on ``plan``, naming the plan's hours.

    The Standard plan (any plan counted in the customer's zone, and Severity 1 on any plan, which runs
    around the clock) keeps the wording of ``business_hours.basis``, so the established texts do not change.

    Args:
        severity: 1 to 4.
        plan: The support plan.
        zone: The customer's zone name (where the due time is shown).
        calendar: The holiday calendar in use, or None.

    Returns:
        A translatable message.

    Raises:
        ValueError: Severity outside 1-4.
    """
    if severity == 1 or not plan.own_zone:
        return basis(severity, zone, calendar)
    if severity not in _PLAN_BASIS:
        raise ValueError(f"severity must be 1, 2, 3 or 4, got {severity}")
    params = {
        "start": _clock(plan.hours.start),
        "end": _clock(plan.hours.end),
        "label": plan.zone_label or plan.zone,
        "plan_zone": plan.zone,
        "plan": plan.name,
        "zone": zone,
    }
    day_hours = int(plan.hours.length.total_seconds() // 3600) if severity == 4 else None  # the %n of Severity 4
    if calendar is None:
        return Message(_PLAN_BASIS[severity], params, day_hours)
    return Message(_PLAN_BASIS_WITH_HOLIDAYS[severity], {**params, "calendar": calendar}, day_hours)


def find_plan(plans: tuple[SupportPlan, ...], key: str) -> SupportPlan:
    """The plan with this key; the Standard plan for an empty key.

    Raises:
        KeyError: No such plan.
    """
    wanted = "-".join(key.strip().lower().replace("_", " ").split()) or STANDARD_KEY
    for plan in plans:
        if wanted == plan.key or wanted in plan.aliases:
            return plan
    if wanted == STANDARD_KEY:
        return STANDARD_PLAN
    raise KeyError(key)
