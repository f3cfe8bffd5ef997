"""The published wording in profile.json and the clock's constants say the same thing.

The clock (domain/clock.py) counts with constants; the profile holds the page's words shown to the user. A policy
change must edit both: this test fails when only one was. Expected values are written by hand from the published
Customer Care page.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from care_desktop.domain.clock import business_hours as clock
from care_desktop.services.resources import load_profile

# level: (published initial response, the clock's target)
PUBLISHED = {
    1: ("10 min. (phone)", timedelta(minutes=10)),
    2: ("1 business hour (web)", timedelta(hours=1)),
    3: ("2 business hours (web)", timedelta(hours=2)),
    4: ("1 business day (web)", timedelta(hours=9)),  # a business day is 08:00-17:00
}


@pytest.mark.parametrize("level", sorted(PUBLISHED))
def test_each_level_has_the_published_initial_response_and_the_clock_counts_it(level):
    words, target = PUBLISHED[level]
    assert load_profile().level(level).initial_response == words
    counted = clock.SEVERITY_1_RESPONSE if level == 1 else clock.BUSINESS_RESPONSE[level]
    assert counted == target


def test_the_business_day_is_the_published_one():
    assert "Monday through Friday, 8:00am to 5:00pm" in load_profile().policy["business_hours"]
    assert (time(8), time(17)) == (clock.BUSINESS_START, clock.BUSINESS_END)
    assert timedelta(hours=9) == clock.BUSINESS_DAY
