"""The phone directory in use and its maintenance: precedence, import with preview, removal.

Sources in order of precedence: the administrator's directory in the site configuration folder
(``phones.json``, else ``phones.csv``), the one the user imported (``phones.json`` in the user's
configuration folder), then the bundled ``resources/phones/phone-numbers-2020.tsv``. A site or user file
that cannot be read or is malformed never stops the app: the next source is used and a warning says why.
An import is read and validated first (:meth:`Phonebook.preview_import`) and written, atomically, only when
the user accepts the preview; a bad file changes nothing. This module does not decide how entries are shown
(that is :mod:`care_desktop.domain.phones.directory`) and never rewrites a number. No Qt.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from care_desktop.domain.case.organization import DEFAULT_REGION
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem
from care_desktop.domain.phones.countries import CountryTable, parse_countries
from care_desktop.domain.phones.directory import (
    Directory,
    Origin,
    PhoneEntry,
    Ranking,
    rank_for,
    search,
)
from care_desktop.domain.phones.files import (
    ParsedDirectory,
    decode,
    describe,
    directory_to_json,
    failed,
    parse_csv,
    parse_json,
    parse_tsv,
)
from care_desktop.domain.phones.regions import default_region, find_place
from care_desktop.services import resources
from care_desktop.services.atomic import write_text_atomic
from care_desktop.services.paths import AppPaths

if TYPE_CHECKING:  # loaded when needed: the profile with the profile, the import's parts with an import
    from care_desktop.domain.profile import Link
    from care_desktop.services.phones.import_preview import ImportPreview

BUNDLED_FILE: Final = "phones/phone-numbers-2020.tsv"
BUNDLED_SOURCE: Final = "https://genesyspartner.force.com/customercare/CustomerCareContactUs"
BUNDLED_AS_OF: Final = "2020-01-02"  # page source committed on that day (see the header of the file)
COUNTRIES_FILE: Final = "phones/countries.json"
SITE_FILES: Final = ("phones.json", "phones.csv")
USER_FILE: Final = "phones.json"
MAX_FILE_BYTES: Final = 1_000_000  # a directory is a few kilobytes; anything this large is not one


class PhonebookError(Exception):
    """An import cannot be accepted (the message says why)."""


@dataclass(frozen=True)
class LoadedDirectory:
    """The directory in use and what went wrong on the way to it.

    Attributes:
        directory: The directory of highest precedence that could be read.
        warnings: Why a source of higher precedence was skipped, in English templates for ``tr()``.
    """

    directory: Directory
    warnings: tuple[Message, ...]


def _file_kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in {".json", ".csv", ".tsv"}:
        return suffix[1:]
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _parse_bytes(data: bytes, kind: str, *, source: str, as_of: str) -> ParsedDirectory:
    text = decode(data)
    if isinstance(text, Problem):
        return failed(text)
    if kind == "json":
        return parse_json(text)
    parser = parse_tsv if kind == "tsv" else parse_csv
    return parser(text, source=source, as_of=as_of)


def _read_limited(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES} bytes; not a phone directory")
    return data


def read_directory_file(path: Path, default_as_of: str) -> ParsedDirectory:
    """Read and check a directory file (JSON, CSV or TSV by its extension, else by its content).

    A JSON file names its own source and date. A CSV or TSV entry without a ``source`` or ``as_of`` column gets
    the file's address and ``default_as_of``.

    Args:
        path: The file.
        default_as_of: As-of date for delimited files without one.

    Returns:
        The entries and problems; an unreadable file gives one blocking problem.
    """
    try:
        data = _read_limited(path)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return failed(
            Problem(
                "",
                Message(
                    QT_TRANSLATE_NOOP("domain", "Cannot read {path}: {reason}."), {"path": str(path), "reason": reason}
                ),
            )
        )
    return _parse_bytes(data, _file_kind(path, data), source=path.resolve().as_uri(), as_of=default_as_of)


@functools.cache
def bundled_directory() -> Directory:
    """Return the bundled directory.

    Raises:
        care_desktop.services.resources.ResourceError: When the bundled file is missing or malformed.
    """
    parsed = parse_tsv(resources.read_text(BUNDLED_FILE), source=BUNDLED_SOURCE, as_of=BUNDLED_AS_OF)
    if not parsed.ok:
        reasons = "; ".join(describe(problem) for problem in parsed.problems)
        raise resources.ResourceError(f"resources/{BUNDLED_FILE} is malformed: {reasons}")
    return parsed.directory("bundled")


@functools.cache
def country_table() -> CountryTable:
    """Return the country table of ``resources/phones/countries.json``.

    Raises:
        care_desktop.services.resources.ResourceError: When it is missing or malformed.
    """
    try:
        return parse_countries(json.loads(resources.read_text(COUNTRIES_FILE)))
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        raise resources.ResourceError(f"resources/{COUNTRIES_FILE} is malformed: {error}") from error


class Phonebook:
    """Finds the directory in use and maintains the user's imported one.

    Args:
        paths: The installation's directories (``site_config`` and ``user_config`` are used).
        today: Gives the current date (the as-of date of a CSV import without its own).
    """

    def __init__(self, paths: AppPaths, today: Callable[[], date] = date.today) -> None:
        self._paths = paths
        self._today = today

    @property
    def user_file(self) -> Path:
        """Where the user's imported directory is kept."""
        return self._paths.user_config / USER_FILE

    @property
    def site_files(self) -> tuple[Path, ...]:
        """Where an administrator may deploy a directory, in order of precedence."""
        return tuple(self._paths.site_config / name for name in SITE_FILES)

    def _file_date(self, path: Path) -> str:
        # A deployed or stored CSV without as_of is dated by its modification time, never by "today".
        try:
            return datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()
        except OSError:
            return self._today().isoformat()

    def _try(self, path: Path, origin: Origin, warnings: list[Message]) -> Directory | None:
        try:
            if not path.exists():
                return None
        except OSError:
            pass  # unreadable folder: reading will fail below with the reason
        parsed = read_directory_file(path, self._file_date(path))
        if parsed.ok:
            return parsed.directory(origin, str(path))
        template = (
            QT_TRANSLATE_NOOP(
                "domain", "The phone directory deployed by your administrator ({path}) is not used: {reason}"
            )
            if origin == "site"
            else QT_TRANSLATE_NOOP("domain", "Your imported phone directory ({path}) is not used: {reason}")
        )
        reason = "; ".join(describe(problem) for problem in parsed.problems if problem.blocking)
        warnings.append(Message(template, {"path": str(path), "reason": reason}))
        return None

    def load(self) -> LoadedDirectory:
        """Load the directory in use: the site's, else the user's, else the bundled one.

        Returns:
            The directory and warnings about unusable files of higher precedence.

        Raises:
            care_desktop.services.resources.ResourceError: When the bundled directory itself is broken.
        """
        warnings: list[Message] = []
        candidates: list[tuple[Path, Origin]] = [(path, "site") for path in self.site_files]
        candidates.append((self.user_file, "user"))
        for path, origin in candidates:
            directory = self._try(path, origin, warnings)
            if directory is not None:
                return LoadedDirectory(directory, tuple(warnings))
        return LoadedDirectory(bundled_directory(), tuple(warnings))

    def _own(self) -> Directory:
        """The user's directory (their import, else the bundled one), ignoring the site's."""
        directory = self._try(self.user_file, "user", [])
        return directory if directory is not None else bundled_directory()

    def _site_in_use(self) -> bool:
        return self.load().directory.origin == "site"

    def preview_import(self, path: Path) -> ImportPreview:
        """Read and check a directory file and compare it with the user's current one; nothing is written.

        Args:
            path: A JSON, CSV or TSV directory file.

        Returns:
            The preview: problems, the diff, and whether a site directory would hide the import.
        """
        from care_desktop.domain.phones.diff import diff
        from care_desktop.services.phones.import_preview import ImportPreview

        parsed = read_directory_file(path, self._today().isoformat())
        current = self._own()
        changes = diff(current, parsed.directory("user", str(path))) if parsed.ok else None
        return ImportPreview(path, parsed, current, changes, self._site_in_use())

    def accept_import(self, preview: ImportPreview) -> Directory:
        """Store a previewed directory as the user's, atomically, with its provenance.

        Args:
            preview: A preview whose file had no blocking problem.

        Returns:
            The user's new directory.

        Raises:
            PhonebookError: When the preview has blocking problems.
            OSError: When the file cannot be written (the previous one is kept).
        """
        if not preview.ok:
            reasons = "; ".join(describe(problem) for problem in preview.problems if problem.blocking)
            raise PhonebookError(f"{preview.path} cannot be imported: {reasons}")
        directory = preview.parsed.directory("user", str(self.user_file))
        document = directory_to_json(directory)
        document["imported_from"] = str(preview.path)
        document["imported_at"] = self._today().isoformat()
        self._paths.user_config.mkdir(parents=True, exist_ok=True)
        write_text_atomic(self.user_file, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return directory

    def remove_user_directory(self) -> bool:
        """Forget the user's imported directory (back to the bundled one, unless a site one is deployed).

        Returns:
            True when there was one.
        """
        try:
            self.user_file.unlink()
        except FileNotFoundError:
            return False
        return True

    def countries(self) -> CountryTable:
        """Return the country table."""
        return country_table()

    def official_page(self) -> Link:
        """Return the official page with the current numbers (the profile's ``links.phone_numbers``)."""
        return resources.load_profile().links["phone_numbers"]

    def phone_region_for(self, domain: str) -> str | None:
        """Return the directory region heading serving a Genesys Cloud region domain, e.g. ``mypurecloud.jp``."""
        region = find_place(resources.region_places(), domain)
        return region.phone_region if region else None

    def rank(self, directory: Directory, region_domain: str | None = None, country: str | None = None) -> Ranking:
        """Order a directory for a caller.

        Args:
            directory: The directory in use.
            region_domain: The organization's Genesys Cloud region domain, if known.
            country: The caller's country name, ISO code or locale (e.g. ``"ja_JP"``), if known.

        Returns:
            The caller's entries first, then the others.
        """
        phone_region = self.phone_region_for(region_domain) if region_domain else None
        found = self.countries().find(country) if country else None
        return rank_for(directory, phone_region, found)

    def caller_country(self, region_domain: str | None, preferred: str, locale: str) -> str | None:
        """Guess the caller's country for the directory.

        The user's explicit choice wins. Otherwise the computer's locale is used when its country lies in the
        region serving the organization; when it does not (an organization in the Tokyo region on an English-US
        computer), the country of the organization's region is the better guess.

        Args:
            region_domain: The organization's Genesys Cloud region domain, if known.
            preferred: The country the user chose in the settings, or empty.
            locale: The computer's locale, e.g. ``"en_US"``.

        Returns:
            A country name, ISO code or locale for :meth:`rank`, or None.
        """
        if preferred.strip():
            return preferred.strip()
        region = find_place(resources.region_places(), region_domain) if region_domain else None
        local = self.countries().find(locale) if locale else None
        if region is None or not region.country:
            return locale or None
        if local is not None and local.phone_region == region.phone_region:
            return locale
        return region.country

    def default_region(self, preferred: str, locale: str) -> str:
        """The Genesys Cloud region to show before the user saved one: it follows the caller's country.

        Args:
            preferred: The country the user chose in the settings, or empty.
            locale: The computer's locale, e.g. ``"ja_JP"`` (``"C"`` or empty tells nothing).

        Returns:
            A region domain: ``mypurecloud.jp`` for Japan, Americas (US East) when nothing is known.
        """
        country = self.countries().find(preferred.strip() or locale) if (preferred.strip() or locale) else None
        return default_region(
            resources.region_places(),
            country.code if country else None,
            country.phone_region if country else None,
            DEFAULT_REGION,
        )

    def search(self, directory: Directory, query: str) -> tuple[PhoneEntry, ...]:
        """Find entries by country, locale, region alias, label or region text, or a region domain.

        Args:
            directory: The directory in use.
            query: What the user typed; empty means every entry.

        Returns:
            The matching entries, best first.
        """
        phone_region = self.phone_region_for(query) if "." in query else None
        if phone_region is not None:
            return rank_for(directory, phone_region).mine
        return search(directory, query, self.countries())
