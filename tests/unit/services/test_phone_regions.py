"""The first page's number: the region that follows the locale, and every region's line when nothing is known."""

from __future__ import annotations

import pytest

from care_desktop.domain.case.organization import DEFAULT_REGION
from care_desktop.domain.phones.directory import Ranking, international_lines, launch_entries, rank_for
from care_desktop.domain.phones.regions import default_region, find_place
from care_desktop.services.phones.phonebook import Phonebook
from care_desktop.services.resources import load_profile, region_places


def test_the_light_region_table_agrees_with_the_profile():
    profile = load_profile()
    assert [(p.domain, p.phone_region, p.country) for p in region_places()] == [
        (r.domain, r.phone_region, r.country) for r in profile.regions
    ]
    place = find_place(region_places(), " MyPureCloud.JP ")
    assert place is not None
    assert place.phone_region == "Asia Pacific"


@pytest.mark.parametrize(
    ("preferred", "locale", "expected"),
    [
        ("", "ja_JP", "mypurecloud.jp"),  # the region follows the locale: Tokyo, like the Japan line
        ("", "en_GB", "euw2.pure.cloud"),
        ("", "de_DE", "mypurecloud.de"),
        ("", "en_US", "mypurecloud.com"),
        ("", "pt_BR", "sae1.pure.cloud"),
        ("", "C", DEFAULT_REGION),  # no locale: Americas (US East), as the profile shows
        ("", "", DEFAULT_REGION),
        ("Japan", "C", "mypurecloud.jp"),  # the country chosen in the settings wins
    ],
)
def test_the_default_region_follows_the_callers_country(preferred, locale, expected):
    from care_desktop.services.paths import resolve_paths

    assert Phonebook(resolve_paths()).default_region(preferred, locale) == expected


def test_a_country_without_a_data_centre_gets_the_first_region_of_its_phone_region():
    places = region_places()
    assert default_region(places, "FR", "Europe, Middle East, Africa", DEFAULT_REGION) == "mypurecloud.ie"
    assert default_region(places, None, None, "fallback.example") == "fallback.example"


def test_with_nothing_known_the_first_page_shows_every_regions_international_line():
    from care_desktop.services.paths import resolve_paths

    directory = Phonebook(resolve_paths()).load().directory
    lines = international_lines(directory)
    assert [(entry.region, entry.number) for entry in lines] == [
        ("North America (USA & Canada)", "+1-506-674-6767"),
        ("Europe, Middle East, Africa", "+44 (0) 127-645-7002"),
        ("Asia Pacific", "+63-2-8864-3333"),
        ("Latin America", "+55-11-4040-4849"),
    ]
    assert launch_entries(directory, Ranking((), directory.entries)) == lines
    mine = rank_for(directory, "Asia Pacific")
    assert launch_entries(directory, mine) == mine.mine[:1]
