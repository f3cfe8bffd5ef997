"""When reminders come (one business hour ahead, and at the deadline), which are due, and relative times.

Calendar: 2026-11-27 is a Friday, 2026-11-26 Thanksgiving; America/New_York falls back on 2026-11-01.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.clock.business_hours import DailyHours, HolidayPredicate, no_holidays
from care_desktop.domain.clock.plans import STANDARD_PLAN, SupportPlan, plan_respond_by
from care_desktop.domain.tracker.model import CaseState, change_state, deadlines, new_case
from care_desktop.domain.tracker.reminders import (
    STANDARD_COUNTING,
    Counting,
    Relative,
    Stage,
    Unit,
    business_time_before,
    due_reminders,
    relative,
    reminders_of,
)

NEW_YORK = "America/New_York"
US: HolidayPredicate = frozenset({date(2026, 11, 26)}).__contains__


def at(wall: str, zone: str = NEW_YORK) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("due", "hours", "holidays", "expected"),
    [
        ("2026-11-30T08:30", 1, no_holidays, "2026-11-27T16:30:00-05:00"),  # back over the weekend
        ("2026-12-01T17:00", 1, no_holidays, "2026-12-01T16:00:00-05:00"),
        ("2026-11-02T08:30", 1, no_holidays, "2026-10-30T16:30:00-04:00"),  # back over the fall-back weekend
        ("2026-11-27T08:30", 1, US, "2026-11-25T16:30:00-05:00"),  # Thanksgiving skipped
        ("2026-11-28T12:00", 1, no_holidays, "2026-11-27T16:00:00-05:00"),  # from a Saturday
        ("2026-12-02T10:00", 9, no_holidays, "2026-12-01T10:00:00-05:00"),  # one business day
        ("2026-12-02T10:00", 0, no_holidays, "2026-12-02T10:00:00-05:00"),
    ],
)
def test_business_time_before(due, hours, holidays, expected):
    assert business_time_before(at(due), timedelta(hours=hours), holidays).isoformat() == expected


def test_business_time_before_refuses_bad_input():
    with pytest.raises(ValueError, match="aware"):
        business_time_before(datetime(2026, 12, 1, 9), timedelta(hours=1), no_holidays)
    with pytest.raises(ValueError, match="negative"):
        business_time_before(at("2026-12-01T09:00"), timedelta(hours=-1), no_holidays)
    with pytest.raises(ValueError, match="no business day"):
        business_time_before(at("2026-12-01T09:00"), timedelta(hours=1), lambda day: True)


def plan(case):
    return [
        (r.deadline.kind.value, r.stage.value, r.at.isoformat())
        for d in deadlines(case)
        for r in reminders_of(d, no_holidays)
    ]


def test_a_deadline_is_announced_an_hour_ahead_and_when_due():
    case = change_state(new_case("9", 3, at("2026-10-29T09:00")), CaseState.WAITING, at("2026-10-29T14:00"))
    assert plan(case) == [
        ("customer-response", "ahead", "2026-11-03T13:00:00-05:00"),
        ("customer-response", "due", "2026-11-03T14:00:00-05:00"),
    ]


def test_a_monday_morning_deadline_is_announced_on_friday_afternoon():
    # Asked Wednesday 08:30 before Thanksgiving (no calendar): 8.5 h Wed, 9 h Thu, 9 h Fri, 0.5 h Mon.
    case = change_state(new_case("9", 3, at("2026-11-24T09:00")), CaseState.WAITING, at("2026-11-25T08:30"))
    assert plan(case) == [
        ("customer-response", "ahead", "2026-11-27T16:30:00-05:00"),
        ("customer-response", "due", "2026-11-30T08:30:00-05:00"),
    ]


def test_no_ahead_reminder_at_or_before_the_clock_starts_nor_for_the_severity_1_ten_minutes():
    assert plan(new_case("9", 2, at("2026-12-01T09:00"))) == [("first-response", "due", "2026-12-01T10:00:00-05:00")]
    assert plan(new_case("9", 1, at("2026-12-01T09:00"))) == [("first-response", "due", "2026-12-01T09:10:00-05:00")]
    assert plan(new_case("9", 3, at("2026-12-01T09:00"))) == [
        ("first-response", "ahead", "2026-12-01T10:00:00-05:00"),
        ("first-response", "due", "2026-12-01T11:00:00-05:00"),
    ]


def test_due_reminders_fire_once_each_as_time_passes():
    case = new_case("9", 3, at("2026-12-01T09:00"))  # ahead 10:00, due 11:00
    running = deadlines(case)
    shown: set[tuple[str, str, str, str]] = set()

    def fire(wall: str) -> list[str]:
        return [r.stage.value for r in due_reminders(running, at(wall), shown, no_holidays)]

    assert fire("2026-12-01T09:59") == []
    assert fire("2026-12-01T10:00") == ["ahead"]
    assert fire("2026-12-01T10:30") == []
    assert fire("2026-12-01T11:00") == ["due"]
    assert fire("2026-12-01T12:00") == []


def test_a_late_start_shows_only_the_latest_reminder_of_each_deadline():
    first = new_case("A", 3, at("2026-12-01T09:00"))  # ahead 10:00, due 11:00
    second = new_case("B", 4, at("2026-12-01T09:00"))  # ahead 2026-12-02 08:00 (one hour before 09:00), due 09:00
    running = deadlines(first) + deadlines(second)
    shown: set[tuple[str, str, str, str]] = set()
    found = due_reminders(running, at("2026-12-02T08:30"), shown, no_holidays)
    assert [(r.deadline.case_number, r.stage) for r in found] == [("A", Stage.DUE), ("B", Stage.AHEAD)]
    assert due_reminders(running, at("2026-12-02T08:45"), shown, no_holidays) == []
    later = due_reminders(running, at("2026-12-02T09:00"), shown, no_holidays)
    assert [(r.deadline.case_number, r.stage) for r in later] == [("B", Stage.DUE)]


def test_a_new_deadline_after_re_entering_a_state_is_announced_again():
    waiting = change_state(new_case("9", 3, at("2026-11-30T09:00")), CaseState.WAITING, at("2026-11-30T10:00"))
    shown: set[tuple[str, str, str, str]] = set()
    assert len(due_reminders(deadlines(waiting), at("2026-12-03T10:00"), shown, no_holidays)) == 1
    again = change_state(
        change_state(waiting, CaseState.OPEN, at("2026-12-03T10:00")), CaseState.WAITING, at("2026-12-03T11:00")
    )
    assert due_reminders(deadlines(again), at("2026-12-03T12:00"), shown, no_holidays) == []
    # New clock: 6 h Thu, 9 h Fri, 9 h Mon, 3 h Tue -> due Tue 11:00, ahead 10:00.
    found = due_reminders(deadlines(again), at("2026-12-08T10:00"), shown, no_holidays)
    assert [(r.stage, r.deadline.due.isoformat()) for r in found] == [(Stage.AHEAD, "2026-12-08T11:00:00-05:00")]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, Relative(Unit.NOW, 0, False)),
        (0.5, Relative(Unit.NOW, 0, False)),
        (-0.5, Relative(Unit.NOW, 0, True)),
        (1, Relative(Unit.MINUTES, 1, False)),
        (59.9, Relative(Unit.MINUTES, 59, False)),
        (60, Relative(Unit.HOURS, 1, False)),
        (239, Relative(Unit.HOURS, 3, False)),  # 3 h 59 min is "in 3 h"
        (-125, Relative(Unit.HOURS, 2, True)),
        (47 * 60 + 59, Relative(Unit.HOURS, 47, False)),
        (48 * 60, Relative(Unit.DAYS, 2, False)),
        (-3 * 24 * 60 - 600, Relative(Unit.DAYS, 3, True)),
    ],
)
def test_relative(minutes, expected):
    now = at("2026-12-01T09:00")
    assert relative(now + timedelta(minutes=minutes), now) == expected


US_ONLY = SupportPlan("us-only", "United States-only", DailyHours(time(8), time(20)), zone=NEW_YORK)
EEA_ONLY = SupportPlan("eea-only", "EEA-only", DailyHours(time(9), time(18)), zone="Europe/Brussels")


def counted(plan: SupportPlan) -> Counting:
    return Counting(plan.hours, ZoneInfo(plan.zone)) if plan.own_zone else STANDARD_COUNTING


def first_response_reminders(plan: SupportPlan, severity: int, opened: str, zone: str) -> list[str]:
    plan_zone = ZoneInfo(plan.zone) if plan.own_zone else None

    def respond(level: int, start: datetime, is_holiday: HolidayPredicate) -> datetime:
        return plan_respond_by(level, start, plan, plan_zone, is_holiday)

    case = new_case("7", severity, at(opened, zone))
    (deadline,) = deadlines(case, no_holidays, respond)
    return [f"{r.stage.value} {r.at.isoformat()}" for r in reminders_of(deadline, no_holidays, counted(plan))]


@pytest.mark.parametrize(
    ("plan", "severity", "opened", "zone", "expected"),
    [
        # Chicago on the United States-only plan, Tuesday 17:30 CST = 18:30 Eastern: 1 h 30 left that evening
        # (to 20:00 Eastern), 30 min on Wednesday from 08:00 Eastern. One Eastern business hour back is Tuesday
        # 19:30 Eastern (18:30 CST); counted back in the customer's 08:00-17:00 it fell before the opening and
        # no early reminder came.
        (US_ONLY, 3, "2026-12-01T17:30", "America/Chicago",
         ["ahead 2026-12-01T18:30:00-06:00", "due 2026-12-02T07:30:00-06:00"]),
        (STANDARD_PLAN, 3, "2026-12-01T17:30", "America/Chicago",
         ["ahead 2026-12-02T09:00:00-06:00", "due 2026-12-02T10:00:00-06:00"]),
        # New York on the EEA-only plan, Monday 11:00 EST = 17:00 CET: 1 h to 18:00 CET, 1 h on Tuesday from
        # 09:00 CET. Ahead: Tuesday 09:00 CET = 03:00 EST (the customer's hours would say Monday 16:00 EST).
        (EEA_ONLY, 3, "2026-12-07T11:00", NEW_YORK,
         ["ahead 2026-12-08T03:00:00-05:00", "due 2026-12-08T04:00:00-05:00"]),
        # Berlin on the United States-only plan between the two DST changes (US on 8 March, the EU on 29
        # March): Monday 01:00 CET is Sunday 20:00 EDT; 2 Eastern hours from Monday 08:00 EDT (13:00 CET).
        (US_ONLY, 3, "2026-03-09T01:00", "Europe/Berlin",
         ["ahead 2026-03-09T14:00:00+01:00", "due 2026-03-09T15:00:00+01:00"]),
        # Severity 1 runs around the clock on every plan: no ahead reminder.
        (US_ONLY, 1, "2026-12-01T17:30", "America/Chicago", ["due 2026-12-01T17:40:00-06:00"]),
    ],
)  # fmt: skip
def test_the_first_response_is_announced_ahead_in_the_plans_hours_and_zone(plan, severity, opened, zone, expected):
    assert first_response_reminders(plan, severity, opened, zone) == expected


def test_business_time_before_in_another_zone_and_hours():
    # 08:00-20:00 Eastern, counted back from Wednesday 07:30 CST (08:30 EST): Tuesday 19:30 EST = 18:30 CST.
    due = at("2026-12-02T07:30", "America/Chicago")
    back = business_time_before(due, timedelta(hours=1), no_holidays, US_ONLY.hours, ZoneInfo(NEW_YORK))
    assert back.isoformat() == "2026-12-01T18:30:00-06:00"
    # Holidays are dates of the zone the hours are counted in: Tuesday 1 December (Eastern) closed.
    closed: HolidayPredicate = frozenset({date(2026, 12, 1)}).__contains__
    back = business_time_before(due, timedelta(hours=1), closed, US_ONLY.hours, ZoneInfo(NEW_YORK))
    assert back.isoformat() == "2026-11-30T18:30:00-06:00"


def test_other_deadlines_keep_the_customers_hours_whatever_the_plan():
    case = change_state(new_case("8", 3, at("2026-12-01T09:00")), CaseState.WAITING, at("2026-12-01T10:00"))
    (deadline,) = deadlines(case)
    standard = reminders_of(deadline, no_holidays)
    assert reminders_of(deadline, no_holidays, counted(US_ONLY)) == standard
