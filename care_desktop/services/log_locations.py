"""Known log locations of the Genesys Cloud desktop app (and the gc CLI), and which of them exist here.

The locations are data (``resources/logs/locations.json``): each has a path pattern, a platform, what it
holds, and its source URL or ``unconfirmed`` with the reason it is listed. ``discover`` expands the patterns
for one platform against a home folder and returns the files that exist, newest first, for the user to choose
from; nothing is attached automatically. Patterns use ``/``, may start with ``~/``, ``%APPDATA%``,
``%LOCALAPPDATA%``, ``%TEMP%`` or ``/``, and may end in glob components (``*``). Reads only.
"""

from __future__ import annotations

import json
import os
import platform as platform_module
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from care_desktop.services import resources
from care_desktop.services.resources import ResourceError

RESOURCE: Final = "logs/locations.json"
SCHEMA: Final = "care-desktop/log-locations@1"
UNCONFIRMED: Final = "unconfirmed"
PLATFORMS: Final = ("windows", "macos", "linux")
MAX_FILES_PER_LOCATION: Final = 200
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class LogLocation:
    """One place where logs may be.

    Attributes:
        id: Stable identifier.
        app: Whose logs (``Genesys Cloud desktop app``, ``Genesys Cloud CLI (gc)``).
        platform: ``windows``, ``macos`` or ``linux``.
        pattern: Path pattern (see the module docstring).
        holds: What the files hold.
        source: URL of the page that documents it, or ``unconfirmed``.
        basis: For an unconfirmed location, why it is listed; else empty.
    """

    id: str
    app: str
    platform: str
    pattern: str
    holds: str
    source: str
    basis: str = ""

    @property
    def confirmed(self) -> bool:
        """True when a public source documents this location."""
        return self.source != UNCONFIRMED


@dataclass(frozen=True)
class FoundLog:
    """A log file that exists.

    Attributes:
        location: The known location it was found through.
        path: The file.
        size: Its size in bytes.
        modified: Last modification time (UTC).
    """

    location: LogLocation
    path: Path
    size: int
    modified: datetime


def _text(entry: Mapping[str, Any], key: str, index: int) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(f"resources/{RESOURCE}: locations[{index}].{key} must be a non-empty string")
    return value


def parse_locations(document: Any) -> tuple[LogLocation, ...]:
    """Check and read a locations document.

    Args:
        document: The parsed JSON.

    Returns:
        The locations in file order.

    Raises:
        ResourceError: When the document does not follow the schema.
    """
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise ResourceError(f"resources/{RESOURCE}: schema must be {SCHEMA!r}")
    entries = document.get("locations")
    if not isinstance(entries, list):
        raise ResourceError(f"resources/{RESOURCE}: locations must be a list")
    locations = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise ResourceError(f"resources/{RESOURCE}: locations[{index}] must be an object")
        fields = {key: _text(entry, key, index) for key in ("id", "app", "platform", "pattern", "holds", "source")}
        if fields["platform"] not in PLATFORMS:
            raise ResourceError(f"resources/{RESOURCE}: locations[{index}].platform must be one of {PLATFORMS}")
        source = fields["source"]
        if source != UNCONFIRMED and not source.startswith("https://"):
            raise ResourceError(
                f"resources/{RESOURCE}: locations[{index}].source must be an https URL or 'unconfirmed'"
            )
        basis = entry.get("basis", "")
        if source == UNCONFIRMED and not (isinstance(basis, str) and basis.strip()):
            raise ResourceError(f"resources/{RESOURCE}: locations[{index}] is unconfirmed and must give its basis")
        if fields["id"] in seen:
            raise ResourceError(f"resources/{RESOURCE}: duplicate id {fields['id']!r}")
        seen.add(fields["id"])
        locations.append(LogLocation(basis=basis if isinstance(basis, str) else "", **fields))
    return tuple(locations)


def load_locations() -> tuple[LogLocation, ...]:
    """Load the bundled locations.

    Returns:
        Every known location, all platforms.

    Raises:
        ResourceError: When the file is missing or malformed.
    """
    try:
        return parse_locations(json.loads(resources.read_text(RESOURCE)))
    except json.JSONDecodeError as error:
        raise ResourceError(f"resources/{RESOURCE} is not valid JSON: {error}") from error


def current_platform(system: str | None = None) -> str:
    """The platform name used in the locations file.

    Args:
        system: ``platform.system()`` (default: this computer's).

    Returns:
        ``windows``, ``macos`` or ``linux`` (any other Unix counts as ``linux``).
    """
    name = system if system is not None else platform_module.system()
    return {"Windows": "windows", "Darwin": "macos"}.get(name, "linux")


def expand(pattern: str, *, home: Path, environ: Mapping[str, str], root: Path) -> tuple[Path, str]:
    """Split a pattern into the folder it starts from and the glob below it.

    Args:
        pattern: A location's pattern.
        home: The user's home folder (``~``; Windows folders default below it when the environment lacks them).
        environ: The environment (``APPDATA``, ``LOCALAPPDATA``, ``TEMP``).
        root: The file system root for absolute patterns.

    Returns:
        (start folder or file, glob relative to it, empty when the pattern has no wildcard).
    """
    local = environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
    prefixes = {
        "~": str(home),
        "%APPDATA%": environ.get("APPDATA") or str(home / "AppData" / "Roaming"),
        "%LOCALAPPDATA%": local,
        "%TEMP%": environ.get("TEMP") or environ.get("TMP") or str(Path(local) / "Temp"),
    }
    first, _, rest = pattern.partition("/")
    if first in prefixes:
        base = Path(prefixes[first])
    elif pattern.startswith("/"):
        base, rest = root, pattern.lstrip("/")
    else:
        base, rest = home, pattern
    parts = [part for part in rest.split("/") if part]
    fixed: list[str] = []
    while parts and not _GLOB.search(parts[0]):
        fixed.append(parts.pop(0))
    return base.joinpath(*fixed), "/".join(parts)


def _files(start: Path, glob: str) -> Iterable[Path]:
    if not glob:
        return [start]
    try:
        return sorted(start.glob(glob)) if start.is_dir() else []
    except OSError:
        return []


def discover(
    home: Path,
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
    locations: Sequence[LogLocation] | None = None,
) -> list[FoundLog]:
    """Find the log files that exist at the known locations of one platform.

    Args:
        home: The user's home folder.
        platform: ``windows``, ``macos`` or ``linux`` (default: this computer's).
        environ: The environment (default ``os.environ``).
        root: The file system root for absolute patterns (a test passes a folder).
        locations: The locations to look at (default: the bundled ones).

    Returns:
        The regular files found (never folders, pipes or broken links), newest first; at most
        ``MAX_FILES_PER_LOCATION`` per location.

    Raises:
        ResourceError: When the bundled locations file is broken.
    """
    wanted = platform or current_platform()
    env = os.environ if environ is None else environ
    found: list[FoundLog] = []
    for location in locations if locations is not None else load_locations():
        if location.platform != wanted:
            continue
        start, glob = expand(location.pattern, home=home, environ=env, root=root)
        count = 0
        for path in _files(start, glob):
            try:
                info = path.stat()
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode) or count >= MAX_FILES_PER_LOCATION:
                continue
            count += 1
            found.append(FoundLog(location, path, info.st_size, datetime.fromtimestamp(info.st_mtime, UTC)))
    found.sort(key=lambda item: item.modified, reverse=True)
    return found


def looked_in(
    home: Path,
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
    locations: Sequence[LogLocation] | None = None,
) -> list[Path]:
    """The places :func:`discover` looks at on one platform, to tell the user where no log was found.

    Args:
        home: The user's home folder.
        platform: ``windows``, ``macos`` or ``linux`` (default: this computer's).
        environ: The environment (default ``os.environ``).
        root: The file system root for absolute patterns.
        locations: The locations (default: the bundled ones).

    Returns:
        Each location's folder with its file pattern (``…/logs/*.log``), without duplicates, in order.

    Raises:
        ResourceError: When the bundled locations file is broken.
    """
    wanted = platform or current_platform()
    env = os.environ if environ is None else environ
    places: list[Path] = []
    for location in locations if locations is not None else load_locations():
        if location.platform == wanted:
            start, glob = expand(location.pattern, home=home, environ=env, root=root)
            places.append(start / glob if glob else start)
    return list(dict.fromkeys(places))
