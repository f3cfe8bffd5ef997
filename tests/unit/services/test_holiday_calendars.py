from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.clock.business_hours import respond_by
from care_desktop.services.clock.holidays import (
    HolidayCalendar,
    available_calendars,
    calendar_label,
    holiday_predicate,
    parse_calendar_code,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("US", ("US", None)),
        (" gb ", ("GB", None)),
        ("jp", ("JP", None)),
        ("DE", ("DE", None)),
        ("us-ca", ("US", "CA")),
        ("AU-NSW", ("AU", "NSW")),
        ("au-nsw", ("AU", "NSW")),
    ],
)
def test_parse_calendar_code(code, expected):
    assert parse_calendar_code(code) == expected


@pytest.mark.parametrize(("code", "label"), [("us", "US"), ("us-ca", "US-CA"), (" au-nsw ", "AU-NSW")])
def test_calendar_label(code, label):
    assert calendar_label(code) == label


@pytest.mark.parametrize("code", ["XX", "", "USA-CA", "United States", "-CA", "U"])
def test_unknown_country_says_how_to_find_valid_codes(code):
    with pytest.raises(ValueError, match="unknown holiday calendar") as error:
        holiday_predicate(code)
    message = str(error.value)
    assert "\n" not in message
    assert "ISO 3166" in message
    assert "US-CA" in message
    assert "https://holidays.readthedocs.io/" in message


def test_unknown_subdivision_lists_the_countrys_subdivisions():
    with pytest.raises(ValueError, match=r"US has no subdivision 'ZZ' \(its subdivisions are AK, AL, .*CA, .*WY\)"):
        holiday_predicate("US-ZZ")
    with pytest.raises(ValueError, match=r"JP has no subdivision '13' \(it has none\)"):
        holiday_predicate("JP-13")
    with pytest.raises(ValueError, match="empty subdivision"):
        holiday_predicate("US-")


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("US", date(2026, 11, 26), True),  # Thanksgiving
        ("US", date(2026, 12, 25), True),  # Christmas Day
        ("US", date(2026, 11, 27), False),  # the Friday after Thanksgiving is not a federal holiday
        ("US", date(2026, 7, 3), True),  # Independence Day (Saturday) observed on Friday
        ("US", date(2026, 3, 31), False),
        ("US-CA", date(2026, 3, 31), True),  # Cesar Chavez Day, California only
        ("JP", date(2026, 1, 1), True),  # New Year's Day
        ("JP", date(2026, 1, 2), False),
        ("GB", date(2026, 12, 28), True),  # Boxing Day (Saturday) observed on Monday
        ("DE", date(2026, 10, 3), True),  # German Unity Day
        ("AU-NSW", date(2026, 4, 3), True),  # Good Friday
        ("AU-NSW", date(2026, 10, 5), True),  # Labour Day in New South Wales
        ("AU", date(2026, 10, 5), False),  # ... which is not a national holiday
    ],
)
def test_predicates(code, day, expected):
    assert holiday_predicate(code)(day) is expected


def test_predicates_are_cached_per_country_and_subdivision():
    assert holiday_predicate("us") is holiday_predicate("US")
    assert holiday_predicate("us-ca") is holiday_predicate("US-CA")
    assert holiday_predicate("US") is not holiday_predicate("US-CA")


def test_the_clock_skips_calendar_holidays():
    new_york, tokyo = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")
    thanksgiving_eve = datetime(2026, 11, 25, 16, 30, tzinfo=new_york)
    assert respond_by(2, thanksgiving_eve, holiday_predicate("US")).isoformat() == "2026-11-27T08:30:00-05:00"
    new_years_eve = datetime(2025, 12, 31, 16, 0, tzinfo=tokyo)
    assert respond_by(3, new_years_eve, holiday_predicate("JP")).isoformat() == "2026-01-02T09:00:00+09:00"


def test_available_calendars_for_a_combo_box():
    calendars = available_calendars()
    by_code = {calendar.code: calendar for calendar in calendars}
    assert len(by_code) == len(calendars) > 100
    assert all(len(code) == 2 and code.isupper() for code in by_code)
    assert by_code["JP"] == HolidayCalendar("JP", "Japan", ())
    assert by_code["US"].name == "United States of America"
    assert "CA" in by_code["US"].subdivisions
    assert "NSW" in by_code["AU"].subdivisions
    assert by_code["GB"].name == "United Kingdom"
    assert by_code["DE"].name == "Germany"
    names = [calendar.name.casefold() for calendar in calendars]
    assert names == sorted(names)
    assert available_calendars() is calendars


def test_importing_the_module_does_not_import_holidays():
    code = "import sys, care_desktop.services.clock.holidays; print('holidays' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
