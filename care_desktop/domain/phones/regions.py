"""Which phone region serves a Genesys Cloud region, and which Genesys Cloud region to offer a caller first.

The first page (the critical-outage banner with the number) needs only this much of the Customer Care profile:
each region's domain, the phone directory heading that serves it, and the country of its data centre. It is
kept apart from :mod:`care_desktop.domain.profile` so that the first page does not parse the whole profile.
No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RegionPlace:
    """Where a Genesys Cloud region is, for the phone directory.

    Attributes:
        domain: Its domain, e.g. ``"mypurecloud.jp"``.
        phone_region: The phone directory heading that serves it, e.g. ``"Asia Pacific"``.
        country: ISO code of the country its data centre is in, or empty.
    """

    domain: str
    phone_region: str
    country: str = ""


def find_place(places: Sequence[RegionPlace], domain: str) -> RegionPlace | None:
    """Return the region with this domain (case and surrounding spaces ignored), or None."""
    wanted = domain.strip().lower()
    return next((place for place in places if place.domain == wanted), None)


def default_region(
    places: Sequence[RegionPlace], country_code: str | None, phone_region: str | None, fallback: str
) -> str:
    """The region to offer before the user chose one: the one that follows the caller's country.

    Args:
        places: The regions, in the profile's order.
        country_code: The caller's ISO country code (from the settings or the locale), if known.
        phone_region: The directory region heading serving that country, if known.
        fallback: The region when the country tells nothing (the organization's default).

    Returns:
        The domain of the first region with a data centre in that country (``ja_JP``: Tokyo), else of the first
        region served by the same phone region (``fr_FR``: Dublin), else ``fallback``.
    """
    code = (country_code or "").strip().upper()
    if code:
        found = next((place for place in places if place.country.upper() == code), None)
        if found is not None:
            return found.domain
    if phone_region:
        found = next((place for place in places if place.phone_region == phone_region), None)
        if found is not None:
            return found.domain
    return fallback
