"""First-response targets for a case, in the customer's zone with the chosen holiday calendar and support plan.

Joins the domain clock (the rules) with the time-zone database, the holiday calendars and the support plans
of the Customer Care profile (data on disk). A plan with its own published hours counts them in its own zone
(``domain.clock.plans``); the target is always given in the customer's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.clock.business_hours import HolidayPredicate, no_holidays
from care_desktop.domain.clock.plans import STANDARD_PLAN, SupportPlan, find_plan, plan_basis, plan_respond_by
from care_desktop.domain.messages import Message
from care_desktop.domain.tracker.model import ResponseRule
from care_desktop.services.clock.holidays import calendar_label, holiday_predicate

if TYPE_CHECKING:
    from care_desktop.services.store import Store


@dataclass(frozen=True)
class FirstResponse:
    """When the first response is due and why.

    Attributes:
        zone: The customer's IANA zone.
        opened: When the case was (or would be) opened, in the customer's zone.
        respond_by: The target, in the customer's zone.
        basis: The rule applied, in words.
        plan: The support plan whose hours were used.
    """

    zone: str
    opened: datetime
    respond_by: datetime
    basis: Message
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


def support_plans() -> tuple[SupportPlan, ...]:
    """The published support plans of the Customer Care profile, Standard first."""
    from care_desktop.services.resources import load_profile

    return load_profile().published.plans


def plan_named(key: str) -> SupportPlan:
    """The support plan with this key (``"standard"``, ``"us-only"``, ``"eea-only"``); Standard for an empty key.

    Raises:
        ValueError: No such plan in the profile.
    """
    plans = support_plans()
    try:
        return find_plan(plans, key)
    except KeyError:
        names = ", ".join(plan.key for plan in plans)
        raise ValueError(f"unknown support plan {key!r}: use one of {names}") from None


def plan_or_standard(key: str) -> SupportPlan:
    """The plan with this key, or the Standard plan when the key is unknown (a preference never stops the app)."""
    try:
        return plan_named(key)
    except ValueError:
        return STANDARD_PLAN


def first_response(
    severity: int, opened: datetime, zone: str, holidays: str = "", plan: SupportPlan = STANDARD_PLAN
) -> FirstResponse:
    """Compute the target initial response.

    Args:
        severity: 1 to 4.
        opened: When the case is opened (aware).
        zone: The customer's IANA zone (the target is shown there; the Standard plan counts there too).
        holidays: Holiday calendar code (``"US"``, ``"AU-NSW"``) or empty for none.
        plan: The organization's support plan (its hours, counted in its own zone when it has one).

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
    plan_zone = zone_named(plan.zone) if plan.own_zone else None
    due = plan_respond_by(severity, local, plan, plan_zone, is_holiday)
    return FirstResponse(zone, local, due, plan_basis(severity, plan, zone, calendar), plan)


def response_rule(plan: SupportPlan) -> ResponseRule:
    """The first-response target on ``plan``, as the tracker's deadlines take it (severity, opened, holidays).

    Raises:
        ValueError: The plan's zone is unknown to this computer.
    """
    plan_zone = zone_named(plan.zone) if plan.own_zone else None

    def respond(severity: int, opened: datetime, is_holiday: HolidayPredicate) -> datetime:
        return plan_respond_by(severity, opened, plan, plan_zone, is_holiday)

    return respond


def user_response_rule(store: Store) -> ResponseRule:
    """The first-response target on the support plan chosen in Settings (Standard when unknown or unusable)."""
    from care_desktop.services.preferences import load_preferences

    try:
        return response_rule(plan_or_standard(load_preferences(store).support_plan))
    except ValueError:  # the plan's zone is unknown to this computer
        return response_rule(STANDARD_PLAN)
