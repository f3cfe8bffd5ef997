"""How times and deadlines are worded, and the zoned time editor (wall-clock time in the case's zone)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from care_desktop.ui.tracker.deadline_text import relative_text
from care_desktop.ui.widgets.zoned_time_edit import ZonedTimeEdit

NOW = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "due now"),
        (-0.5, "due now"),
        (25, "in 25 min"),
        (-1, "1 min overdue"),
        (3 * 60 + 59, "in 3 h"),
        (-(2 * 60 + 5), "2 h overdue"),
        (47 * 60, "in 47 h"),
        (48 * 60, "in 2 days"),
        (-(30 * 24 * 60), "30 days overdue"),
    ],
)
def test_relative_text(qapp, minutes, text):
    assert relative_text(NOW + timedelta(minutes=minutes), NOW) == text


def test_relative_text_in_whole_days_only_from_two_days(qapp):
    # One day is never said: under 48 hours the hours are more useful.
    assert relative_text(NOW + timedelta(hours=47, minutes=59), NOW) == "in 47 h"
    assert relative_text(NOW - timedelta(hours=71), NOW) == "2 days overdue"


def test_zoned_time_edit_keeps_the_wall_clock_of_the_case_zone(qtbot):
    edit = ZonedTimeEdit("America/New_York")
    qtbot.addWidget(edit)
    edit.set_moment(datetime(2026, 11, 1, 5, 30, tzinfo=UTC))  # 01:30 EDT, the first of the two
    assert edit.edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-01 01:30"
    assert edit.moment().isoformat() == "2026-11-01T01:30:00-04:00"
    edit.set_zone("Europe/London")  # the wall clock stays, read in the new zone
    assert edit.moment().isoformat() == "2026-11-01T01:30:00+00:00"
    edit.set_zone("Asia/Tokyo", keep_moment=True)
    assert edit.moment().isoformat() == "2026-11-01T10:30:00+09:00"
    assert edit.zone_label.text() == "in Asia/Tokyo"
    with pytest.raises(ValueError, match="unknown time zone"):
        edit.set_zone("Mars/Base")


def test_zoned_time_edit_moves_a_skipped_time_forward(qtbot):
    edit = ZonedTimeEdit("America/New_York")
    qtbot.addWidget(edit)
    edit.set_moment(datetime(2026, 3, 8, 7, 0, tzinfo=UTC))  # 02:00 does not exist: shown as 03:00 EDT
    assert edit.moment().isoformat() == "2026-03-08T03:00:00-04:00"
    edit.edit.setTime(edit.edit.time().addSecs(-30 * 60))  # the user types 02:30, in the gap
    assert edit.moment().isoformat() == "2026-03-08T03:30:00-04:00"
    assert edit.moment().tzinfo is ZoneInfo("America/New_York")
