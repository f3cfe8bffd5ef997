"""The Severity 1 phone directory: entries verbatim as published, with provenance, and the rules for showing them.

Holds the types (entry, directory, country table) and the rules: which entries come first for a caller's
region or country, search by country, region or label text, ``tel:`` links, staleness, and the difference
between two directories. A number is kept exactly as published: nothing here rewrites, normalises or invents
one, and a ``tel:`` link is derived only from an entry without a caution. Reading files is
:mod:`care_desktop.domain.phones.files`; finding them is the phonebook service. No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from care_desktop.domain.phones.countries import Country, CountryTable, fold

Origin = Literal["site", "user", "bundled"]
ORIGINS: Final[tuple[Origin, ...]] = ("site", "user", "bundled")
TOLL_FREE_VALUES: Final = ("yes", "no", "not stated")
FIELDS: Final = ("region", "label", "number", "toll_free", "caution", "source", "as_of")

# Visual separators of a number written in international format (RFC 3966 allows "-", "." and parentheses).
_SEPARATORS: Final = frozenset(" -.()/\u00a0")
_MAX_E164_DIGITS: Final = 15


@dataclass(frozen=True)
class PhoneEntry:
    """One published number.

    Attributes:
        region: Region heading, e.g. ``"Asia Pacific"``.
        label: What the number is for, e.g. ``"Japan only"``.
        number: The number exactly as published (never rewritten).
        toll_free: ``"yes"``, ``"no"`` or ``"not stated"``, as published.
        caution: Why the number must not be dialled as printed, or empty.
        source: URL of the page the number was copied from.
        as_of: ISO date the number was copied or last checked.
    """

    region: str
    label: str
    number: str
    toll_free: str
    caution: str
    source: str
    as_of: str

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the entry across directories: its folded region and label."""
        return (fold(self.region), fold(self.label))

    def to_json(self) -> dict[str, str]:
        """Return the entry as the JSON object of the directory format (all seven fields)."""
        return {name: getattr(self, name) for name in FIELDS}


@dataclass(frozen=True)
class Directory:
    """A complete phone directory and where it comes from.

    Attributes:
        entries: The entries in published order.
        as_of: The oldest as-of date of its entries (so staleness is never understated).
        source: URL of the page the numbers come from.
        origin: ``"site"`` (the administrator's), ``"user"`` (imported) or ``"bundled"``.
        location: The file it was read from, for display; empty for the bundled one.
    """

    entries: tuple[PhoneEntry, ...]
    as_of: str
    source: str
    origin: Origin
    location: str = ""

    @property
    def regions(self) -> tuple[str, ...]:
        """The region headings in first-seen order."""
        return tuple(dict.fromkeys(entry.region for entry in self.entries))


@dataclass(frozen=True)
class Ranking:
    """A directory ordered for one caller.

    Attributes:
        mine: The caller's entries, best first: those meant for their country, then their region's.
        others: All other entries in published order, shown on request.
    """

    mine: tuple[PhoneEntry, ...]
    others: tuple[PhoneEntry, ...]

    @property
    def all(self) -> tuple[PhoneEntry, ...]:
        """Every entry, the caller's first."""
        return self.mine + self.others


def _in_region(entries: Sequence[PhoneEntry], region: str) -> list[PhoneEntry]:
    folded = fold(region)
    return [entry for entry in entries if fold(entry.region) == folded]


def entries_for_country(entries: Sequence[PhoneEntry], country: Country) -> list[PhoneEntry]:
    """Return the entries meant for callers in ``country``, best first.

    Args:
        entries: Entries of a directory.
        country: The caller's country.

    Returns:
        The entries of its region whose labels the country lists, in the country's order; when none of them is
        in the directory, all entries of its region.
    """
    regional = _in_region(entries, country.phone_region)
    by_label = {fold(entry.label): entry for entry in reversed(regional)}
    preferred = [by_label[fold(label)] for label in country.labels if fold(label) in by_label]
    return preferred or regional


def rank_for(directory: Directory, phone_region: str | None = None, country: Country | None = None) -> Ranking:
    """Order a directory for a caller: their country's entries, then their region's, then all others.

    Args:
        directory: The directory.
        phone_region: The region heading serving the organization (from the profile's ``regions[].phone_region``
            of its Genesys Cloud region), if known.
        country: The caller's country (by name or locale), if known.

    Returns:
        The caller's entries and the others; with neither region nor country, every entry is in ``others``.
    """
    mine: list[PhoneEntry] = []
    if country is not None:
        mine.extend(entries_for_country(directory.entries, country))
    for region in (phone_region, country.phone_region if country else None):
        if region:
            mine.extend(entry for entry in _in_region(directory.entries, region) if entry not in mine)
    others = tuple(entry for entry in directory.entries if entry not in mine)
    return Ranking(tuple(mine), others)


def international_lines(directory: Directory) -> tuple[PhoneEntry, ...]:
    """One number per region for a caller nobody knows anything about: each region's international line.

    Args:
        directory: The directory.

    Returns:
        For each region heading in published order, its entry labelled "International", else its first entry.
    """
    lines = []
    for region in directory.regions:
        entries = _in_region(directory.entries, region)
        lines.append(next((entry for entry in entries if fold(entry.label) == "international"), entries[0]))
    return tuple(lines)


def launch_entries(directory: Directory, ranking: Ranking) -> tuple[PhoneEntry, ...]:
    """The numbers the first page shows: never none while the directory has any.

    Args:
        directory: The directory in use.
        ranking: The directory ranked for the caller's region and country.

    Returns:
        The caller's first entry; when nothing is known about the caller (no entry of theirs), the
        international line of every region.
    """
    return ranking.mine[:1] if ranking.mine else international_lines(directory)


def search(directory: Directory, query: str, countries: CountryTable | None = None) -> tuple[PhoneEntry, ...]:
    """Find entries by country, locale, region or label text (case- and accent-insensitive).

    Args:
        directory: The directory.
        query: What the user typed; empty means every entry.
        countries: The country table, so that ``"Germany"`` finds the EMEA international number.

    Returns:
        Matching entries without duplicates: those meant for a country named by ``query`` first (best first),
        then those of a region named by an alias, then those whose region or label contains ``query``.
    """
    folded = fold(query)
    if not folded:
        return directory.entries
    found: list[PhoneEntry] = []
    if countries is not None:
        country = countries.find(query)
        if country is not None:
            found.extend(entries_for_country(directory.entries, country))
        alias_region = countries.region_for_alias(query)
        if alias_region is not None:
            found.extend(_in_region(directory.entries, alias_region))
    found.extend(entry for entry in directory.entries if folded in fold(entry.region) or folded in fold(entry.label))
    return tuple(dict.fromkeys(found))


def tel_uri(entry: PhoneEntry) -> str | None:
    """Build a ``tel:`` link for an entry, when it is safe to dial as printed.

    Only for an entry without a caution whose number starts with ``+`` and holds nothing but digits and visual
    separators (a trunk prefix such as ``(0)`` makes it unsafe). The link drops the separators; the number shown
    stays verbatim.

    Args:
        entry: The entry.

    Returns:
        For example ``"tel:+15066746767"``, or None.
    """
    number = entry.number.strip()
    if entry.caution.strip() or not number.startswith("+") or "(0)" in number.replace(" ", ""):
        return None
    digits = "".join(char for char in number[1:] if char not in _SEPARATORS)
    if not digits or not digits.isascii() or not digits.isdigit() or len(digits) > _MAX_E164_DIGITS:
        return None
    return f"tel:+{digits}"


def parse_date(text: str) -> date | None:
    """Parse an ISO date ``YYYY-MM-DD``.

    Args:
        text: The text.

    Returns:
        The date, or None when it is not exactly such a date.
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def is_stale(as_of: str | date, today: date) -> bool:
    """Tell whether data dated ``as_of`` is older than one year on ``today`` (then: verify before calling).

    Args:
        as_of: The as-of date (ISO text or a date).
        today: The current date.

    Returns:
        True after the first anniversary of ``as_of``; also True for an unreadable date.
    """
    when = as_of if isinstance(as_of, date) else parse_date(as_of)
    if when is None:
        return True
    try:
        anniversary = when.replace(year=when.year + 1)
    except ValueError:  # 29 February
        anniversary = date(when.year + 1, 3, 1)
    return today > anniversary
