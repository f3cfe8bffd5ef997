"""First-response targets for a case, in the customer's zone with the chosen holiday calendar and support plan.

Joins the domain clock (the rules) with a clock whose settings were resolved by ``services/clock/resolver.py``
(the time-zone database, the holiday calendars) and the support plans of the Customer Care profile (data on
disk). A plan with its own published hours counts them in its own zone (``domain.clock.plans``); the target is
always given in the customer's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from care_desktop.domain.clock.business_hours import HolidayPredicate
from care_desktop.domain.clock.plans import STANDARD_PLAN, SupportPlan, find_plan, plan_basis, plan_respond_by
from care_desktop.domain.messages import Message
from care_desktop.domain.tracker.model import ResponseRule
from care_desktop.domain.tracker.reminders import STANDARD_COUNTING, Counting
from care_desktop.services.clock.resolver import ClockSettings, strict_clock, zone_named
from care_desktop.services.preferences import load_preferences
from care_desktop.services.resources import load_profile

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


def support_plans() -> tuple[SupportPlan, ...]:
    """The published support plans of the Customer Care profile, Standard first."""
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


def first_response_on(severity: int, opened: datetime, clock: ClockSettings) -> FirstResponse:
    """Compute the target initial response on a resolved clock (its zone, holidays and support plan).

    Args:
        severity: 1 to 4.
        opened: When the case is opened (aware).
        clock: The customer's zone, holiday calendar and plan (see ``resolve_clock``).

    Returns:
        The target and its basis.

    Raises:
        ValueError: A severity outside 1-4.
    """
    local = opened.astimezone(clock.tz)
    plan = clock.plan
    plan_zone = zone_named(plan.zone) if plan.own_zone else None
    due = plan_respond_by(severity, local, plan, plan_zone, clock.is_holiday)
    return FirstResponse(clock.zone, local, due, plan_basis(severity, plan, clock.zone, clock.calendar), plan)


def first_response(
    severity: int, opened: datetime, zone: str, holidays: str = "", plan: SupportPlan = STANDARD_PLAN
) -> FirstResponse:
    """Compute the target initial response from settings given as typed (no fallback: the command line).

    Args:
        severity: 1 to 4.
        opened: When the case is opened (aware).
        zone: The customer's IANA zone (the target is shown there; the Standard plan counts there too).
        holidays: Holiday calendar code (``"US"``, ``"AU-NSW"``) or empty for none.
        plan: The organization's support plan (its hours, counted in its own zone when it has one).

    Returns:
        The target and its basis.

    Raises:
        ValueError: Unknown zone, calendar or plan zone, or a severity outside 1-4.
    """
    return first_response_on(severity, opened, strict_clock(zone, holidays, plan=plan))


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
    try:
        return response_rule(plan_or_standard(load_preferences(store).support_plan))
    except ValueError:  # the plan's zone is unknown to this computer
        return response_rule(STANDARD_PLAN)


def plan_counting(plan: SupportPlan) -> Counting:
    """The hours and zone the first response's early reminder counts back in on ``plan``.

    Raises:
        ValueError: The plan's zone is unknown to this computer.
    """
    return Counting(plan.hours, zone_named(plan.zone) if plan.own_zone else None)


def user_counting(store: Store) -> Counting:
    """The counting of the support plan chosen in Settings (Standard when unknown or unusable).

    The early first-response reminder counts back in the hours ``user_response_rule`` counts forward in.
    """
    try:
        return plan_counting(plan_or_standard(load_preferences(store).support_plan))
    except ValueError:  # the plan's zone is unknown to this computer
        return STANDARD_COUNTING
