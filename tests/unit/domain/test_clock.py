"""The response clock. Expected values are worked out by hand (calendars and DST dates checked against tzdata).

DST facts used below: America/New_York springs forward 2026-03-08 02:00 -> 03:00 and falls back 2026-11-01
02:00 -> 01:00; Europe/London 2026-03-29 01:00 -> 02:00 and 2026-10-25 02:00 -> 01:00; Australia/Sydney
2026-04-05 03:00 -> 02:00 and 2026-10-04 02:00 -> 03:00; America/Sao_Paulo (DST abolished in 2019)
2018-11-04 00:00 -> 01:00 and 2019-02-17 00:00 -> 2019-02-16 23:00.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.domain.clock.business_hours import (
    HolidayPredicate,
    add_business_days,
    add_business_time,
    basis,
    business_time_between,
    end_of_nth_business_day,
    is_business_time,
    localize,
    no_holidays,
    respond_by,
)

NEW_YORK = "America/New_York"
LONDON = "Europe/London"
SYDNEY = "Australia/Sydney"
SAO_PAULO = "America/Sao_Paulo"
TOKYO = "Asia/Tokyo"

US_HOLIDAYS: HolidayPredicate = frozenset({date(2026, 11, 26), date(2026, 12, 25)}).__contains__
JP_HOLIDAYS: HolidayPredicate = frozenset({date(2026, 1, 1)}).__contains__
AU_EASTER: HolidayPredicate = frozenset({date(2026, 4, 3), date(2026, 4, 6)}).__contains__
HOLIDAYS: dict[str, HolidayPredicate] = {"none": no_holidays, "US": US_HOLIDAYS, "JP": JP_HOLIDAYS, "AU": AU_EASTER}


def at(zone: str, wall: str, fold: int = 0) -> datetime:
    """An aware datetime from a wall-clock ISO time, without going through the code under test."""
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone), fold=fold)


# (severity, zone, opened wall time, fold, holidays, expected respond_by)
RESPOND_BY_CASES = [
    # Friday 16:30 + 1 business hour: 30 minutes on Friday, 30 on Monday.
    (2, NEW_YORK, "2026-11-27T16:30", 0, "none", "2026-11-30T08:30:00-05:00"),
    # Opened on a Saturday: counting starts Monday 08:00.
    (2, NEW_YORK, "2026-11-28T10:00", 0, "none", "2026-11-30T09:00:00-05:00"),
    # Severity 4, Wednesday 10:15: 6h45 on Wednesday, 2h15 on Thursday.
    (4, NEW_YORK, "2026-12-02T10:15", 0, "none", "2026-12-03T10:15:00-05:00"),
    # Severity 4 opened at 17:00 on Friday: the whole of Monday.
    (4, NEW_YORK, "2026-12-04T17:00", 0, "none", "2026-12-07T17:00:00-05:00"),
    # Severity 1 at 01:55 on the spring-forward day: 10 real minutes later is 03:05 EDT.
    (1, NEW_YORK, "2026-03-08T01:55", 0, "none", "2026-03-08T03:05:00-04:00"),
    # Severity 1 at 01:55 EDT (first occurrence) on the fall-back day: 10 real minutes later is 01:05 EST.
    (1, NEW_YORK, "2026-11-01T01:55", 0, "none", "2026-11-01T01:05:00-05:00"),
    # ... and at 01:55 EST (second occurrence): 02:05 EST.
    (1, NEW_YORK, "2026-11-01T01:55", 1, "none", "2026-11-01T02:05:00-05:00"),
    # Severity 1 runs on weekends and at night, and across midnight.
    (1, NEW_YORK, "2026-11-28T03:00", 0, "none", "2026-11-28T03:10:00-05:00"),
    (1, NEW_YORK, "2026-12-04T23:55", 0, "none", "2026-12-05T00:05:00-05:00"),
    # Before opening hours: counting starts at 08:00.
    (2, NEW_YORK, "2026-11-30T07:00", 0, "none", "2026-11-30T09:00:00-05:00"),
    (2, NEW_YORK, "2026-11-30T08:00", 0, "none", "2026-11-30T09:00:00-05:00"),
    # A due time exactly at the window end stays at 17:00 of that day.
    (2, NEW_YORK, "2026-11-30T16:00", 0, "none", "2026-11-30T17:00:00-05:00"),
    (3, NEW_YORK, "2026-11-30T15:00", 0, "none", "2026-11-30T17:00:00-05:00"),
    (4, NEW_YORK, "2026-11-30T08:00", 0, "none", "2026-11-30T17:00:00-05:00"),
    (4, NEW_YORK, "2026-11-29T23:59", 0, "none", "2026-11-30T17:00:00-05:00"),
    # Opened exactly at 17:00 on Friday: Monday 08:00 + 1 hour.
    (2, NEW_YORK, "2026-12-04T17:00", 0, "none", "2026-12-07T09:00:00-05:00"),
    # 30 seconds on Tuesday, 1h59m30s on Wednesday.
    (3, NEW_YORK, "2026-12-01T16:59:30", 0, "none", "2026-12-02T09:59:30-05:00"),
    # Severity 4 over the US spring-forward and fall-back weekends: 5 hours Friday, 4 hours Monday.
    (4, NEW_YORK, "2026-03-06T12:00", 0, "none", "2026-03-09T12:00:00-04:00"),
    (4, NEW_YORK, "2026-10-30T12:00", 0, "none", "2026-11-02T12:00:00-05:00"),
    # Severity 3 across the London transitions: 1h Friday + 1h Monday; 30 min Friday + 1h30 Monday.
    (3, LONDON, "2026-03-27T16:00", 0, "none", "2026-03-30T09:00:00+01:00"),
    (3, LONDON, "2026-10-23T16:30", 0, "none", "2026-10-26T09:30:00+00:00"),
    # Severity 3 across the Sydney transitions: 1h30 Friday + 30 min Monday; 1h Friday + 1h Monday.
    (3, SYDNEY, "2026-04-03T15:30", 0, "none", "2026-04-06T08:30:00+10:00"),
    (3, SYDNEY, "2026-10-02T16:00", 0, "none", "2026-10-05T09:00:00+11:00"),
    # Same Sydney case with Good Friday and Easter Monday as holidays: all of it on Tuesday.
    (3, SYDNEY, "2026-04-03T15:30", 0, "AU", "2026-04-07T10:00:00+10:00"),
    # Sao Paulo 2018: 00:00-00:59 on Sunday 4 November did not exist.
    (3, SAO_PAULO, "2018-11-02T16:00", 0, "none", "2018-11-05T09:00:00-02:00"),
    (1, SAO_PAULO, "2018-11-03T23:55", 0, "none", "2018-11-04T01:05:00-02:00"),
    # Sao Paulo 2019: 23:00-23:59 on Saturday 16 February happened twice; 23:55 (first) + 10 min = 23:05 (second).
    (1, SAO_PAULO, "2019-02-16T23:55", 0, "none", "2019-02-16T23:05:00-03:00"),
    # Tokyo has no DST.
    (3, TOKYO, "2026-06-05T16:00", 0, "none", "2026-06-08T09:00:00+09:00"),
    # US holidays: Thanksgiving (Thursday 26 November) and Christmas (Friday 25 December) do not count.
    (2, NEW_YORK, "2026-11-25T16:30", 0, "US", "2026-11-27T08:30:00-05:00"),
    (2, NEW_YORK, "2026-11-25T16:30", 0, "none", "2026-11-26T08:30:00-05:00"),
    (4, NEW_YORK, "2026-12-24T13:00", 0, "US", "2026-12-28T13:00:00-05:00"),
    (4, NEW_YORK, "2026-11-27T08:00", 0, "US", "2026-11-27T17:00:00-05:00"),
    # Severity 1 ignores holidays.
    (1, NEW_YORK, "2026-11-26T10:00", 0, "US", "2026-11-26T10:10:00-05:00"),
    # JP: New Year's Day 2026 (Thursday) does not count; 2 January is a business day.
    (3, TOKYO, "2025-12-31T16:00", 0, "JP", "2026-01-02T09:00:00+09:00"),
]


@pytest.mark.parametrize(("severity", "zone", "opened", "fold", "calendar", "expected"), RESPOND_BY_CASES)
def test_respond_by_hand_checked(severity, zone, opened, fold, calendar, expected):
    due = respond_by(severity, at(zone, opened, fold), HOLIDAYS[calendar])
    assert due.isoformat() == expected
    assert due.tzinfo is ZoneInfo(zone)


@pytest.mark.parametrize(
    ("zone", "wall", "expected"),
    [
        (NEW_YORK, "2026-03-08T02:30", "2026-03-08T03:30:00-04:00"),  # in the gap: moved forward by an hour
        (NEW_YORK, "2026-11-01T01:30", "2026-11-01T01:30:00-04:00"),  # ambiguous: first occurrence (EDT)
        (NEW_YORK, "2026-07-01T12:00", "2026-07-01T12:00:00-04:00"),
        (LONDON, "2026-03-29T01:30", "2026-03-29T02:30:00+01:00"),
        (LONDON, "2026-10-25T01:30", "2026-10-25T01:30:00+01:00"),
        (SYDNEY, "2026-10-04T02:30", "2026-10-04T03:30:00+11:00"),
        (SYDNEY, "2026-04-05T02:30", "2026-04-05T02:30:00+11:00"),
        (SAO_PAULO, "2018-11-04T00:00", "2018-11-04T01:00:00-02:00"),
        (SAO_PAULO, "2018-11-04T00:30", "2018-11-04T01:30:00-02:00"),
        (SAO_PAULO, "2019-02-16T23:30", "2019-02-16T23:30:00-02:00"),
    ],
)
def test_localize_resolves_gaps_and_folds(zone, wall, expected):
    local = localize(datetime.fromisoformat(wall), ZoneInfo(zone))
    assert local.isoformat() == expected
    assert local.fold == 0
    assert local.tzinfo is ZoneInfo(zone)


def test_localize_refuses_aware_datetimes():
    with pytest.raises(ValueError, match="naive"):
        localize(at(NEW_YORK, "2026-01-01T00:00"), ZoneInfo(NEW_YORK))


@pytest.mark.parametrize(
    ("zone", "start", "end", "calendar", "expected"),
    [
        (NEW_YORK, "2026-11-27T16:30", "2026-11-30T08:30", "none", timedelta(hours=1)),
        (NEW_YORK, "2026-11-28T00:00", "2026-11-29T23:59", "none", timedelta(0)),
        (NEW_YORK, "2026-03-06T08:00", "2026-03-09T17:00", "none", timedelta(hours=18)),
        (NEW_YORK, "2026-11-30T07:00", "2026-11-30T18:00", "none", timedelta(hours=9)),
        (NEW_YORK, "2026-11-25T08:00", "2026-11-27T17:00", "US", timedelta(hours=18)),
        (NEW_YORK, "2026-11-30T12:00", "2026-11-30T10:00", "none", timedelta(hours=-2)),
        (SAO_PAULO, "2018-11-02T08:00", "2018-11-05T17:00", "none", timedelta(hours=18)),
    ],
)
def test_business_time_between_hand_checked(zone, start, end, calendar, expected):
    assert business_time_between(at(zone, start), at(zone, end), HOLIDAYS[calendar]) == expected


def test_business_time_between_reads_end_in_any_zone():
    end = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # 10:00 EST
    assert business_time_between(at(NEW_YORK, "2026-11-30T08:00"), end) == timedelta(hours=2)


@pytest.mark.parametrize(
    ("wall", "calendar", "expected"),
    [
        ("2026-11-30T08:00", "none", True),
        ("2026-11-30T07:59:59", "none", False),
        ("2026-11-30T16:59:59", "none", True),
        ("2026-11-30T17:00", "none", False),
        ("2026-11-28T10:00", "none", False),  # Saturday
        ("2026-11-26T10:00", "none", True),
        ("2026-11-26T10:00", "US", False),  # Thanksgiving
    ],
)
def test_is_business_time(wall, calendar, expected):
    assert is_business_time(at(NEW_YORK, wall), HOLIDAYS[calendar]) is expected


@pytest.mark.parametrize(
    ("start", "n", "calendar", "expected"),
    [
        ("2026-11-25T10:00", 1, "US", "2026-11-27T17:00:00-05:00"),  # Thursday is Thanksgiving
        ("2026-11-25T10:00", 1, "none", "2026-11-26T17:00:00-05:00"),
        ("2026-12-02T07:00", 1, "none", "2026-12-03T17:00:00-05:00"),  # the start day never counts
        ("2026-12-04T20:00", 3, "none", "2026-12-09T17:00:00-05:00"),  # Mon, Tue, Wed
        ("2026-12-05T09:00", 1, "none", "2026-12-07T17:00:00-05:00"),  # from a Saturday
        ("2026-10-30T09:00", 1, "none", "2026-11-02T17:00:00-05:00"),  # over the fall-back weekend
        ("2026-12-23T12:00", 3, "US", "2026-12-29T17:00:00-05:00"),  # Thu 24, (Fri 25), Mon 28, Tue 29
    ],
)
def test_end_of_nth_business_day(start, n, calendar, expected):
    assert end_of_nth_business_day(at(NEW_YORK, start), n, HOLIDAYS[calendar]).isoformat() == expected


def test_end_of_nth_business_day_needs_n_of_at_least_one():
    with pytest.raises(ValueError, match="at least 1"):
        end_of_nth_business_day(at(NEW_YORK, "2026-12-02T10:00"), 0)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ("2026-12-02T10:15", 3, "2026-12-07T10:15:00-05:00"),
        ("2026-03-06T12:00", 3, "2026-03-11T12:00:00-04:00"),
        ("2026-12-05T12:00", 1, "2026-12-07T17:00:00-05:00"),
    ],
)
def test_add_business_days(start, days, expected):
    assert add_business_days(at(NEW_YORK, start), days).isoformat() == expected


def test_add_business_time_edge_cases():
    saturday = at(NEW_YORK, "2026-11-28T10:00")
    assert add_business_time(saturday, timedelta(0)) is saturday
    with pytest.raises(ValueError, match="negative"):
        add_business_time(saturday, timedelta(seconds=-1))
    with pytest.raises(ValueError, match="aware"):
        add_business_time(datetime(2026, 11, 28, 10), timedelta(hours=1))
    with pytest.raises(ValueError, match="no business day"):
        add_business_time(saturday, timedelta(hours=1), lambda day: True)


@pytest.mark.parametrize("severity", [0, 5, -1])
def test_respond_by_refuses_unknown_severity(severity):
    with pytest.raises(ValueError, match="severity"):
        respond_by(severity, at(NEW_YORK, "2026-11-30T10:00"))


def test_respond_by_refuses_naive_times():
    with pytest.raises(ValueError, match="opened must be an aware datetime"):
        respond_by(1, datetime(2026, 11, 30, 10))


@pytest.mark.parametrize(
    ("severity", "calendar", "expected"),
    [
        (1, None, "Severity 1: 10 minutes, at any hour of any day (24x7x365)"),
        (1, "US", "Severity 1: 10 minutes, at any hour of any day (24x7x365)"),
        (2, None, "Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in America/New_York"),
        (3, None, "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in America/New_York"),
        (
            4,
            None,
            "Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 in America/New_York",
        ),
        (
            2,
            "US-CA",
            "Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in America/New_York, "
            "not counting public holidays (US-CA)",
        ),
    ],
)
def test_basis_in_plain_words(severity, calendar, expected):
    message = basis(severity, NEW_YORK, calendar)
    assert message.render() == expected
    assert "America/New_York" not in message.template  # the zone is a placeholder, not part of the template
    translated = message.template.replace("Severity", "Schweregrad")
    assert message.render(translated) == expected.replace("Severity", "Schweregrad")


def test_basis_refuses_unknown_severity():
    with pytest.raises(ValueError, match="severity"):
        basis(5, NEW_YORK)


class NoonShift(tzinfo):
    """A made-up zone whose clocks change at 12:00 (old offset) on one day, inside the business window."""

    def __init__(self, day: date, before: timedelta, after: timedelta) -> None:
        self.change = datetime.combine(day, time(12))
        self.before, self.after = before, after
        shifted = self.change + (after - before)
        self.region = (min(self.change, shifted), max(self.change, shifted))  # the gap or the repeated hour

    def utcoffset(self, dt: datetime | None) -> timedelta:
        assert dt is not None
        wall = dt.replace(tzinfo=None, fold=0)
        if wall < self.region[0]:
            return self.before
        if wall >= self.region[1]:
            return self.after
        return self.before if dt.fold == 0 else self.after

    def dst(self, dt: datetime | None) -> timedelta:
        return self.utcoffset(dt)

    def tzname(self, dt: datetime | None) -> str:
        return f"UTC{self.utcoffset(dt)}"

    def fromutc(self, dt: datetime) -> datetime:
        instant = dt.replace(tzinfo=None)
        if instant < self.change - self.before:
            return (instant + self.before).replace(tzinfo=self)
        wall = instant + self.after
        repeated = self.region[0] <= wall < self.region[1] and self.after < self.before
        return wall.replace(tzinfo=self, fold=int(repeated))


SPRING_AT_NOON = NoonShift(date(2026, 6, 10), timedelta(0), timedelta(hours=1))  # a Wednesday: 8 real hours
FALL_AT_NOON = NoonShift(date(2026, 6, 17), timedelta(hours=1), timedelta(0))  # a Wednesday: 10 real hours


@pytest.mark.parametrize(
    ("zone", "severity", "opened", "expected"),
    [
        (SPRING_AT_NOON, 3, "2026-06-10T11:00", "2026-06-10T14:00:00+01:00"),  # 1h before the change, 1h after
        (SPRING_AT_NOON, 4, "2026-06-10T08:00", "2026-06-11T09:00:00+01:00"),  # 8h on Wednesday, 1h on Thursday
        (FALL_AT_NOON, 3, "2026-06-17T10:30", "2026-06-17T11:30:00+00:00"),  # 11:30 for the second time
        (FALL_AT_NOON, 4, "2026-06-17T08:00", "2026-06-17T16:00:00+00:00"),  # 9 real hours fit on Wednesday
    ],
)
def test_a_change_inside_the_window_gives_it_more_or_fewer_real_hours(zone, severity, opened, expected):
    assert respond_by(severity, datetime.fromisoformat(opened).replace(tzinfo=zone)).isoformat() == expected
    day = datetime.fromisoformat(opened).replace(hour=0, tzinfo=zone)
    real_hours = business_time_between(day, day + timedelta(days=1))
    assert real_hours == (timedelta(hours=8) if zone is SPRING_AT_NOON else timedelta(hours=10))


# --- Properties over four zones and years with DST changes (Sao Paulo's last ones were in 2018/2019) ---

ZONES = [ZoneInfo(name) for name in (NEW_YORK, LONDON, SYDNEY, SAO_PAULO)]


def every_tenth_and_twentieth(day: date) -> bool:
    return day.day in (10, 20)


openings = st.datetimes(
    min_value=datetime(2017, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.sampled_from(ZONES)
)
amounts = st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=60))
calendars = st.sampled_from([no_holidays, every_tenth_and_twentieth])
PROPERTY_SETTINGS = settings(deadline=None, max_examples=300)


def same_instant(a: datetime, b: datetime) -> bool:
    """Equal as instants and as wall clock with offset (``==`` ignores fold within one zone)."""
    return a.astimezone(UTC) == b.astimezone(UTC) and a.isoformat() == b.isoformat()


def at_window_end(moment: datetime, is_holiday: HolidayPredicate) -> bool:
    return moment.time() == time(17) and moment.weekday() < 5 and not is_holiday(moment.date())


@PROPERTY_SETTINGS
@given(st.sampled_from([2, 3, 4]), openings, calendars)
def test_business_due_time_is_inside_business_time_or_at_a_window_end(severity, opened, is_holiday):
    due = respond_by(severity, opened, is_holiday)
    assert due.tzinfo is opened.tzinfo
    assert due.astimezone(UTC) > opened.astimezone(UTC)
    assert is_business_time(due, is_holiday) or at_window_end(due, is_holiday)


@PROPERTY_SETTINGS
@given(openings)
def test_severity_1_is_ten_real_minutes(opened):
    due = respond_by(1, opened)
    assert due.astimezone(UTC) - opened.astimezone(UTC) == timedelta(minutes=10)
    assert due.tzinfo is opened.tzinfo


@PROPERTY_SETTINGS
@given(openings, amounts, amounts, calendars)
def test_adding_a_then_b_is_adding_a_plus_b(start, a, b, is_holiday):
    stepwise = add_business_time(add_business_time(start, a, is_holiday), b, is_holiday)
    assert same_instant(stepwise, add_business_time(start, a + b, is_holiday))


@PROPERTY_SETTINGS
@given(st.sampled_from([1, 2, 3, 4]), openings, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)))
def test_a_later_opening_never_gives_an_earlier_due_time(severity, opened, delay):
    later = (opened.astimezone(UTC) + delay).astimezone(opened.tzinfo)
    assert respond_by(severity, later).astimezone(UTC) >= respond_by(severity, opened).astimezone(UTC)


@PROPERTY_SETTINGS
@given(openings, amounts, calendars)
def test_business_time_between_inverts_add_business_time(start, amount, is_holiday):
    assert business_time_between(start, add_business_time(start, amount, is_holiday), is_holiday) == amount


def business_minutes_oracle(start: datetime, end: datetime) -> int:
    """Count, minute by minute in real time, the minutes whose wall clock is Mon-Fri 08:00-16:59."""
    count, minute = 0, start.astimezone(UTC)
    while minute < end.astimezone(UTC):
        local = minute.astimezone(start.tzinfo)
        count += local.weekday() < 5 and 8 <= local.hour < 17
        minute += timedelta(minutes=1)
    return count


@settings(deadline=None, max_examples=100)
@given(openings.map(lambda moment: moment.replace(second=0, microsecond=0)), st.integers(0, 9 * 60))
def test_agrees_with_a_minute_by_minute_count(start, minutes):
    due = add_business_time(start, timedelta(minutes=minutes))
    assert business_minutes_oracle(start, due) == minutes


@PROPERTY_SETTINGS
@given(st.datetimes(min_value=datetime(2017, 1, 1), max_value=datetime(2027, 12, 31)), st.sampled_from(ZONES))
def test_localize_keeps_the_wall_clock_or_moves_forward_over_a_gap(naive, zone):
    local = localize(naive, zone)
    assert local.fold == 0
    assert timedelta(0) <= local.replace(tzinfo=None) - naive <= timedelta(hours=1)
    assert local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None)
