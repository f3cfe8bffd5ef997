"""One resolver from zone and calendar settings to a clock, with one fallback policy."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from care_desktop.domain.clock.business_hours import no_holidays
from care_desktop.domain.clock.plans import STANDARD_PLAN
from care_desktop.services.clock.resolver import pick_zone, preferred_clock, resolve_clock, strict_clock
from care_desktop.services.clock.targets import support_plans
from care_desktop.services.preferences import Preferences

THANKSGIVING = date(2026, 11, 26)


def test_known_zone_and_calendar_are_used_as_given() -> None:
    clock = resolve_clock("America/New_York", "us", system_zone="Europe/Dublin")
    assert (clock.zone, str(clock.tz), clock.calendar, clock.problems) == (
        "America/New_York",
        "America/New_York",
        "US",
        (),
    )
    assert clock.is_holiday(THANKSGIVING) is True


def test_an_unknown_zone_falls_back_to_the_computers_zone_and_keeps_the_calendar() -> None:
    clock = resolve_clock("Mars/Olympus_Mons", "US", system_zone="Europe/Dublin")
    assert clock.zone == "Europe/Dublin"
    assert clock.calendar == "US"
    assert clock.is_holiday(THANKSGIVING) is True
    assert clock.problems == ("unknown time zone 'Mars/Olympus_Mons'",)


def test_an_unknown_zone_and_computer_zone_fall_back_to_utc() -> None:
    clock = resolve_clock("Mars/Olympus_Mons", "", system_zone="Nowhere/Else")
    assert (clock.zone, clock.calendar, len(clock.problems)) == ("UTC", None, 2)


def test_an_unknown_calendar_drops_only_the_holidays() -> None:
    clock = resolve_clock("Asia/Tokyo", "XX", system_zone="Europe/Dublin")
    assert clock.zone == "Asia/Tokyo"
    assert clock.calendar is None
    assert clock.is_holiday is no_holidays
    assert len(clock.problems) == 1
    assert "unknown holiday calendar 'XX'" in clock.problems[0]


def test_the_strict_clock_refuses_what_the_resolver_forgives() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        strict_clock("Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="unknown holiday calendar"):
        strict_clock("UTC", "XX")
    assert strict_clock("Asia/Tokyo", "JP").calendar == "JP"


def test_the_plan_travels_with_the_clock() -> None:
    plans = {plan.key: plan for plan in support_plans()}
    own_zone = next(plan for plan in plans.values() if plan.own_zone)
    assert resolve_clock("UTC", plan=own_zone).plan is own_zone
    assert preferred_clock(Preferences(), plan=own_zone).plan is own_zone
    assert resolve_clock("UTC").plan is STANDARD_PLAN


def test_a_plan_whose_zone_is_unknown_falls_back_to_the_standard_hours_only() -> None:
    plan = dataclasses.replace(next(plan for plan in support_plans() if plan.own_zone), zone="Mars/Base")
    clock = resolve_clock("Asia/Tokyo", "JP", plan=plan)
    assert (clock.zone, clock.calendar, clock.plan) == ("Asia/Tokyo", "JP", STANDARD_PLAN)
    assert clock.problems == (f"support plan {plan.key!r}: unknown time zone 'Mars/Base'",)
    with pytest.raises(ValueError, match="Mars/Base"):
        strict_clock("Asia/Tokyo", plan=plan)


@pytest.mark.parametrize(
    ("draft_zone", "preferred", "system", "zone"),
    [
        ("Asia/Tokyo", "Europe/Dublin", "America/Chicago", "Asia/Tokyo"),
        ("", "Europe/Dublin", "America/Chicago", "Europe/Dublin"),
        ("", "", "America/Chicago", "America/Chicago"),
        ("", "", "", "UTC"),
    ],
)
def test_the_draft_zone_then_the_preference_then_the_computer(draft_zone, preferred, system, zone) -> None:
    assert pick_zone(draft_zone, preferred, system) == zone
    assert preferred_clock(Preferences(time_zone=preferred), draft_zone, system_zone=system).zone == zone
