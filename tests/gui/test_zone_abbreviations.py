"""A zone is named by its own abbreviation in every language (issue 14, item 14)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from care_desktop.ui.i18n import local_time, switch_language

DUBLIN = ZoneInfo("Europe/Dublin")


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(
    ("moment", "abbreviation"),
    [
        (datetime(2026, 12, 7, 9, 5, tzinfo=DUBLIN), "GMT"),
        (datetime(2026, 6, 8, 9, 5, tzinfo=DUBLIN), "IST"),
        (datetime(2026, 12, 7, 9, 5, tzinfo=ZoneInfo("America/New_York")), "EST"),
        (datetime(2026, 12, 7, 9, 5, tzinfo=ZoneInfo("Asia/Tokyo")), "JST"),
        (datetime(2026, 12, 7, 9, 5, tzinfo=ZoneInfo("Europe/Berlin")), "CET"),
    ],
)
def test_the_zones_own_abbreviation_in_every_language(qapp, language, moment, abbreviation):
    switch_language(language)
    try:
        text = local_time(moment)
    finally:
        switch_language("en")
    assert text.endswith(f" 09:05 {abbreviation}")
    assert text.split()[1] == moment.date().isoformat()
    assert "GMT+" not in text
