"""The first-response clock on each support plan, across DST. Expected values worked out by hand.

DST facts used below (tzdata): America/New_York springs forward 2026-03-08 and falls back 2026-11-01;
Europe/Brussels (the tz database's CET) springs forward 2026-03-29 and falls back 2026-10-25, so between
those dates US Eastern and CET are 5 hours apart instead of 6; Australia/Sydney starts summer time 2026-10-04;
Asia/Tokyo has none. Holidays are off unless a predicate is given.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.clock.business_hours import STANDARD_HOURS, DailyHours, no_holidays, respond_by
from care_desktop.domain.clock.plans import (
    STANDARD_PLAN,
    SupportPlan,
    find_plan,
    plan_basis,
    plan_respond_by,
    response_amount,
)

US_ONLY = SupportPlan("us-only", "United States-only", DailyHours(time(8), time(20)), "America/New_York", "US Eastern")
EEA_ONLY = SupportPlan("eea-only", "EEA-only", DailyHours(time(9), time(18)), "Europe/Brussels", "CET")
PLANS = {"standard": STANDARD_PLAN, "us-only": US_ONLY, "eea-only": EEA_ONLY}


def at(zone: str, wall: str) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone))


def due(severity: int, plan: str, user_zone: str, wall: str, holidays=no_holidays) -> str:
    chosen = PLANS[plan]
    plan_zone = ZoneInfo(chosen.zone) if chosen.zone else None
    return plan_respond_by(severity, at(user_zone, wall), chosen, plan_zone, holidays).isoformat()


# (severity, plan, user zone, opened (user's wall clock), expected due (user's zone))
CASES = [
    # Tokyo user, US-only: Mon 09:00 JST is Sun 20:00 EDT (after the US change); Mon 08:00 EDT + 1 h = 22:00 JST.
    (2, "us-only", "Asia/Tokyo", "2026-03-09T09:00", "2026-03-09T22:00:00+09:00"),
    # London user, US-only: Fri 23:30 GMT = 18:30 EST, 1.5 h until 20:00; Monday is EDT: 08:30 EDT = 12:30 GMT.
    (3, "us-only", "Europe/London", "2026-03-06T23:30", "2026-03-09T12:30:00+00:00"),
    # New York user, EEA-only, in the March gap: 03:00 EDT = 08:00 CET, window from 09:00 CET = 04:00 EDT.
    (2, "eea-only", "America/New_York", "2026-03-23T03:00", "2026-03-23T05:00:00-04:00"),
    # A week later Europe is on CEST: 03:00 EDT = 09:00 CEST, inside the window; 10:00 CEST = 04:00 EDT.
    (2, "eea-only", "America/New_York", "2026-03-30T03:00", "2026-03-30T04:00:00-04:00"),
    # October, before Europe falls back: 03:00 EDT = 09:00 CEST; a full 9-hour day ends 18:00 CEST = 12:00 EDT.
    (4, "eea-only", "America/New_York", "2026-10-19T03:00", "2026-10-19T12:00:00-04:00"),
    # October gap (Europe on CET, US still EDT): 03:00 EDT = 08:00 CET; 09:00-18:00 CET = 04:00-13:00 EDT.
    (4, "eea-only", "America/New_York", "2026-10-26T03:00", "2026-10-26T13:00:00-04:00"),
    # Sydney user just after Sydney's change: Mon 09:00 AEDT = Sun 18:00 EDT; Mon 09:00 EDT = Tue 00:00 AEDT.
    (2, "us-only", "Australia/Sydney", "2026-10-05T09:00", "2026-10-06T00:00:00+11:00"),
    # Chicago user, US-only Severity 4 (one 12-hour day) over the US fall-back: Fri 19:00-20:00 EDT, then
    # Monday (EST) 08:00 + 11 h = 19:00 EST = 18:00 CST.
    (4, "us-only", "America/Chicago", "2026-10-30T18:00", "2026-11-02T18:00:00-06:00"),
    # Chicago user: 07:30 CST is 08:30 EST, inside the Eastern window: due 09:30 EST = 08:30 CST.
    (2, "us-only", "America/Chicago", "2026-12-01T07:30", "2026-12-01T08:30:00-06:00"),
    # ... while the Standard plan counts 08:00-17:00 Chicago time: 09:00 CST.
    (2, "standard", "America/Chicago", "2026-12-01T07:30", "2026-12-01T09:00:00-06:00"),
    # Severity 1 is 10 real minutes on every plan, weekends included.
    (1, "us-only", "Asia/Tokyo", "2026-03-07T03:00", "2026-03-07T03:10:00+09:00"),
    (1, "eea-only", "Europe/Brussels", "2026-03-29T01:55", "2026-03-29T03:05:00+02:00"),
    # Holidays are off by default: Thanksgiving counts on the US-only plan unless a calendar is chosen.
    (2, "us-only", "America/New_York", "2026-11-26T10:00", "2026-11-26T11:00:00-05:00"),
]


@pytest.mark.parametrize(("severity", "plan", "zone", "opened", "expected"), CASES)
def test_each_plan_counts_its_own_hours_in_its_own_zone(severity, plan, zone, opened, expected):
    assert due(severity, plan, zone, opened) == expected


def test_a_chosen_holiday_calendar_applies_to_the_plans_dates():
    thanksgiving = frozenset({date(2026, 11, 26)}).__contains__
    assert due(2, "us-only", "America/New_York", "2026-11-26T10:00", thanksgiving) == "2026-11-27T09:00:00-05:00"


@pytest.mark.parametrize(
    "wall", ["2026-03-06T16:30", "2026-03-08T02:30", "2026-10-30T12:00", "2026-11-01T01:30", "2026-12-04T17:00"]
)
@pytest.mark.parametrize("severity", [1, 2, 3, 4])
def test_the_standard_plan_is_todays_clock(severity, wall):
    opened = at("America/New_York", wall)
    assert plan_respond_by(severity, opened) == respond_by(severity, opened)


def test_a_plan_day_is_its_published_length():
    assert response_amount(4, STANDARD_PLAN) == STANDARD_HOURS.length
    assert response_amount(4, US_ONLY).total_seconds() == 12 * 3600
    assert response_amount(4, EEA_ONLY).total_seconds() == 9 * 3600
    assert response_amount(2, US_ONLY).total_seconds() == 3600
    with pytest.raises(ValueError, match="severity"):
        response_amount(1, US_ONLY)


def test_a_plan_with_a_zone_needs_the_zone_object():
    with pytest.raises(ValueError, match="America/New_York"):
        plan_respond_by(2, at("Asia/Tokyo", "2026-03-09T09:00"), US_ONLY, None)


def test_the_basis_names_the_plans_hours_and_the_users_zone():
    text = plan_basis(2, US_ONLY, "America/Chicago").render()
    assert text == (
        "Severity 2: 1 business hour, counted Monday-Friday 08:00-20:00 US Eastern (America/New_York), the hours of "
        "the United States-only support plan; shown in America/Chicago"
    )
    assert plan_basis(4, EEA_ONLY, "Asia/Tokyo", "JP").render() == (
        "Severity 4: 1 business day (9 business hours), counted Monday-Friday 09:00-18:00 CET (Europe/Brussels), "
        "the hours of the EEA-only support plan, not counting public holidays (JP); shown in Asia/Tokyo"
    )


def test_the_standard_basis_and_severity_1_keep_their_established_words():
    assert plan_basis(3, STANDARD_PLAN, "America/New_York").render() == (
        "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in America/New_York"
    )
    assert plan_basis(1, US_ONLY, "Asia/Tokyo").render() == "Severity 1: 10 minutes, at any hour of any day (24x7x365)"


def test_find_plan():
    plans = (STANDARD_PLAN, US_ONLY, EEA_ONLY)
    assert find_plan(plans, "") is STANDARD_PLAN
    assert find_plan(plans, " EEA-only ") is EEA_ONLY
    assert find_plan((US_ONLY,), "standard") is STANDARD_PLAN
    aliased = SupportPlan("us-only", "United States-only", US_ONLY.hours, "America/New_York", aliases=("us",))
    assert find_plan((aliased,), " US ") is aliased
    with pytest.raises(KeyError):
        find_plan(plans, "gold")
