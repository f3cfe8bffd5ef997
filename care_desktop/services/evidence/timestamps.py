"""Recognise the time stamp at the start of a log line, in the formats support logs come in.

- ISO 8601: ``2024-07-01T09:00:00.123Z``, ``2024-07-01 09:00:00,123``, also in brackets as electron-log writes
  (``[2024-07-01 09:00:00.123] [info] ...``); with or without an offset.
- syslog: ``Jul  1 09:00:00`` (macOS, sshd); no year, so the year is the one closest to the incident.
- Proxifier: ``[07.26 12:00:00]`` (month.day); no year either.
- Chrome console ("Show timestamps", then "Save as..."): ``09:00:00.123`` time only; the date is the one
  closest to the incident.

A stamp must start the line (after an optional ``[`` and spaces): a time quoted in the middle of a message is
not the line's time. Pure functions over text; no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Final

_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}

_ISO = re.compile(
    r"^\s*\[?\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?(?![\d:])"
)
_SYSLOG = re.compile(r"^\s*([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\b")
_PROXIFIER = re.compile(r"^\s*\[(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2})\]")
_TIME_ONLY = re.compile(r"^\s*(\d{2}):(\d{2}):(\d{2})\.(\d{3})\b")


Groups = tuple[str | None, ...]


@dataclass(frozen=True)
class StampFormat:
    """One recognised format.

    Attributes:
        name: ``iso8601``, ``syslog``, ``proxifier`` or ``time-only``.
        pattern: Matches the stamp at the start of a line.
        convert: Turns the pattern's groups into a time in the incident's frame, or None when invalid.
    """

    name: str
    pattern: re.Pattern[str]
    convert: Callable[[Groups, datetime], datetime | None]


def _fraction(digits: str | None) -> int:
    return int((digits or "0")[:6].ljust(6, "0"))


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def align(stamp: datetime, incident: datetime) -> datetime:
    """Put a stamp in the incident's frame so the two compare.

    A naive stamp is taken to be in the incident's zone (logs are written in local time). An aware stamp is
    converted to the incident's zone; when the incident itself is naive, to the computer's local zone.

    Args:
        stamp: Parsed from a line.
        incident: The incident time the user gave.

    Returns:
        A datetime that is naive exactly when ``incident`` is.
    """
    if incident.tzinfo is None:
        return stamp if stamp.tzinfo is None else stamp.astimezone().replace(tzinfo=None)
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=incident.tzinfo)
    return stamp.astimezone(incident.tzinfo)


def _nearest(candidates: list[datetime], incident: datetime) -> datetime | None:
    if not candidates:
        return None
    return min(candidates, key=lambda stamp: abs(align(stamp, incident) - incident))


def _iso(groups: Groups, incident: datetime) -> datetime | None:
    year, month, day, hour, minute, second = (int(part or 0) for part in groups[:6])
    try:
        stamp = datetime(year, month, day, hour, minute, second, _fraction(groups[6]), _offset(groups[7]))
    except ValueError:
        return None
    return align(stamp, incident)


def _without_year(month: int, day: int, clock: time, incident: datetime) -> datetime | None:
    candidates = []
    for year in (incident.year - 1, incident.year, incident.year + 1):
        try:
            candidates.append(datetime.combine(date(year, month, day), clock))
        except ValueError:  # 29 February of a common year
            continue
    found = _nearest(candidates, incident)
    return None if found is None else align(found, incident)


def _syslog(groups: Groups, incident: datetime) -> datetime | None:
    month = _MONTHS.get(groups[0] or "")
    if month is None:
        return None
    try:
        clock = time(int(groups[2] or 0), int(groups[3] or 0), int(groups[4] or 0), _fraction(groups[5]))
    except ValueError:
        return None
    return _without_year(month, int(groups[1] or 0), clock, incident)


def _proxifier(groups: Groups, incident: datetime) -> datetime | None:
    try:
        clock = time(int(groups[2] or 0), int(groups[3] or 0), int(groups[4] or 0))
    except ValueError:
        return None
    return _without_year(int(groups[0] or 0), int(groups[1] or 0), clock, incident)


def _time_only(groups: Groups, incident: datetime) -> datetime | None:
    try:
        clock = time(int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0), int(groups[3] or 0) * 1000)
    except ValueError:
        return None
    local = align(incident, incident).replace(tzinfo=None)
    days = (local.date() + timedelta(days=offset) for offset in (-1, 0, 1))
    found = _nearest([datetime.combine(day, clock) for day in days], incident)
    return None if found is None else align(found, incident)


FORMATS: Final = (
    StampFormat("iso8601", _ISO, _iso),
    StampFormat("syslog", _SYSLOG, _syslog),
    StampFormat("proxifier", _PROXIFIER, _proxifier),
    StampFormat("time-only", _TIME_ONLY, _time_only),
)


@functools.lru_cache(maxsize=4096)
def _convert(index: int, groups: Groups, incident: datetime) -> datetime | None:
    """Convert once per distinct stamp: consecutive log lines very often share their second."""
    return FORMATS[index].convert(groups, incident)


def line_time(line: str, incident: datetime, prefer: str | None = None) -> tuple[datetime, str] | None:
    """Find the time stamp that starts a line.

    Args:
        line: The line, or at least its first 64 characters (its end of line may be included).
        incident: The incident time; gives the year or the date when the stamp lacks them, and the frame.
        prefer: Name of the format to try first (the one the previous line had); only a matter of speed.

    Returns:
        The time in the incident's frame and the format's name, or None when the line has no stamp.
    """
    text = line.lstrip("\ufeff")
    order = _ORDER.get(prefer or "", _DEFAULT_ORDER)
    for index in order:
        match = FORMATS[index].pattern.match(text)
        if match:
            found = _convert(index, match.groups(), incident)
            if found is not None:
                return found, FORMATS[index].name
    return None


_DEFAULT_ORDER: Final = tuple(range(len(FORMATS)))
_ORDER: Final = {
    stamp_format.name: (index, *(other for other in _DEFAULT_ORDER if other != index))
    for index, stamp_format in enumerate(FORMATS)
}
