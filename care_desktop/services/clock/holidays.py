"""Public holiday calendars for the response clock, from the ``holidays`` package.

A calendar is named by a code: an ISO 3166 alpha-2 country code (``US``, ``GB``, ``JP``, ``DE``), optionally
with one of that country's subdivisions (``US-CA``, ``AU-NSW``); case does not matter. The predicate it gives
says whether a whole date is a public holiday there, observed days included (Independence Day falling on a
Saturday makes the Friday before a holiday in ``US``). Predicates are cached per (country, subdivision).

``holidays`` is imported only inside the functions: importing and building calendars costs time that
commands without a calendar should not pay. This module must not read the clock or touch files, and it
imports nothing of Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

FIND_CODES_HINT: Final = (
    "use a two-letter ISO 3166 country code such as US, GB, JP or DE, optionally with a subdivision "
    "such as US-CA or AU-NSW (the supported codes are listed at https://holidays.readthedocs.io/)"
)


@dataclass(frozen=True)
class HolidayCalendar:
    """A country whose public holidays can be used.

    Attributes:
        code: ISO 3166 alpha-2 code, e.g. ``"US"``.
        name: English name of the country, e.g. ``"United States of America"``.
        subdivisions: Codes of the subdivisions with their own holidays, e.g. ``("AK", "AL", ...)``;
            ``"US-CA"`` selects one.
    """

    code: str
    name: str
    subdivisions: tuple[str, ...]


def parse_calendar_code(code: str) -> tuple[str, str | None]:
    """Split and check a calendar code.

    Args:
        code: ``"US"``, ``"us-ca"``, ``"AU-NSW"`` ...

    Returns:
        The country code and the subdivision code as ``holidays`` spells them (None for the whole country).

    Raises:
        ValueError: The country or the subdivision is unknown; the message says how to find valid codes.
    """
    import holidays  # slow to set up; only commands that use a calendar pay for it

    country, _, subdivision = code.strip().partition("-")
    country = country.strip().upper()
    supported: dict[str, list[str]] = holidays.list_supported_countries(include_aliases=False)
    if country not in supported:
        raise ValueError(f"unknown holiday calendar {code.strip()!r}: {FIND_CODES_HINT}")
    if not subdivision.strip():
        if "-" in code:
            raise ValueError(f"holiday calendar {code.strip()!r} has an empty subdivision: {FIND_CODES_HINT}")
        return country, None
    by_upper = {name.upper(): name for name in supported[country]}
    match = by_upper.get(subdivision.strip().upper())
    if match is None:
        known = f"its subdivisions are {', '.join(supported[country])}" if supported[country] else "it has none"
        raise ValueError(
            f"unknown holiday calendar {code.strip()!r}: {country} has no subdivision {subdivision.strip()!r} ({known})"
        )
    return country, match


def holiday_predicate(code: str) -> Callable[[date], bool]:
    """Build (or reuse) the holiday predicate of a calendar.

    Args:
        code: A calendar code, see ``parse_calendar_code``.

    Returns:
        A function telling whether a date is a public holiday of that calendar; the same object is returned
        for the same country and subdivision.

    Raises:
        ValueError: The code is unknown.
    """
    return _predicate(*parse_calendar_code(code))


def calendar_label(code: str) -> str:
    """Normalize a calendar code for display, e.g. ``"us-ca"`` -> ``"US-CA"``.

    Args:
        code: A calendar code.

    Returns:
        ``COUNTRY`` or ``COUNTRY-SUBDIVISION`` as ``holidays`` spells them.

    Raises:
        ValueError: The code is unknown.
    """
    country, subdivision = parse_calendar_code(code)
    return country if subdivision is None else f"{country}-{subdivision}"


@functools.cache
def available_calendars() -> tuple[HolidayCalendar, ...]:
    """List the countries with holiday calendars, sorted by name (for a settings combo box).

    Returns:
        One entry per country.
    """
    import holidays

    supported: dict[str, list[str]] = holidays.list_supported_countries(include_aliases=False)
    entries = [
        HolidayCalendar(code, _country_name(holidays.country_holidays(code), code), tuple(subdivisions))
        for code, subdivisions in supported.items()
    ]
    return tuple(sorted(entries, key=lambda entry: entry.name.casefold()))


@functools.cache
def _predicate(country: str, subdivision: str | None) -> Callable[[date], bool]:
    """Build the predicate for one checked (country, subdivision); cached."""
    import holidays

    calendar = holidays.country_holidays(country, subdiv=subdivision)

    def is_holiday(day: date) -> bool:
        return day in calendar

    return is_holiday


def _country_name(calendar: Any, code: str) -> str:
    """Find a country's English name in its calendar class ("United States of America (the) holidays.")."""
    for cls in type(calendar).__mro__:
        lines = (cls.__doc__ or "").strip().splitlines()
        if lines and lines[0].endswith(" holidays."):
            return lines[0].removesuffix(" holidays.").removesuffix(" (the)")
    return code
