"""Countries for the phone directory: found by name, alias, ISO code or locale, each with its phone region.

Also the text folding used for every match of the directory (accents and case ignored). The table's data is
``resources/phones/countries.json``; this module only checks and indexes it. No I/O, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

_LOCALE: Final = re.compile(r"([a-z]{2,3})[_-]([a-z]{2})(?:[.@].*)?")


def fold(text: str) -> str:
    """Fold text for matching: no accents, case-folded, single spaces, trimmed.

    Args:
        text: Any text.

    Returns:
        The folded text, used only for comparisons (never shown).
    """
    if text.isascii():  # nothing to decompose (most names and codes): the same result, several times faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class Country:
    """A country and the directory entries meant for callers there.

    Attributes:
        code: ISO 3166-1 alpha-2 code, upper case.
        names: Names and aliases it is found by.
        phone_region: The region heading of the directory that serves it.
        labels: Labels of the entries meant for it, best first.
    """

    code: str
    names: tuple[str, ...]
    phone_region: str
    labels: tuple[str, ...]


class CountryTable:
    """Countries by name, alias, ISO code or locale, plus extra search words for whole regions.

    Args:
        countries: The countries.
        region_aliases: Extra search word (e.g. ``"EMEA"``) -> region heading.

    Raises:
        ValueError: When two countries share a code or name, or a name is also a region alias.
    """

    def __init__(self, countries: Sequence[Country], region_aliases: Mapping[str, str]) -> None:
        self.countries = tuple(countries)
        self._aliases = {fold(alias): region for alias, region in region_aliases.items()}
        self._codes: dict[str, Country] = {}
        self._names: dict[str, Country] = {}
        for country in self.countries:
            code = fold(country.code)
            if code in self._codes:
                raise ValueError(f"country code {country.code} appears twice")
            self._codes[code] = country
            for name in {code, *(fold(name) for name in country.names)}:
                other = self._names.setdefault(name, country)
                if other is not country or name in self._aliases:
                    raise ValueError(f"the name {name!r} is given to more than one country or region")

    def find(self, text: str) -> Country | None:
        """Find a country by name, alias, ISO code or locale (``"ja_JP"``, ``"pt-BR"``, ``"de_DE.UTF-8"``).

        Args:
            text: What the user typed or the system locale.

        Returns:
            The country, or None.
        """
        folded = fold(text)
        if folded in self._names:
            return self._names[folded]
        match = _LOCALE.fullmatch(folded)
        return self._codes.get(match.group(2)) if match else None

    def region_for_alias(self, text: str) -> str | None:
        """Return the region heading for an extra search word such as ``"EMEA"``, or None."""
        return self._aliases.get(fold(text))


def parse_countries(data: object) -> CountryTable:
    """Build the country table from the parsed ``resources/phones/countries.json``.

    Args:
        data: The parsed JSON.

    Returns:
        The table.

    Raises:
        ValueError: When the data is malformed.
    """
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("countries.json must be an object with version 1")
    aliases = data.get("region_aliases", {})
    rows = data.get("countries")
    if not isinstance(aliases, dict) or not all(isinstance(v, str) for v in aliases.values()):
        raise ValueError("region_aliases must be an object of texts")
    if not isinstance(rows, list):
        raise ValueError("countries must be a list")
    countries = []
    for index, row in enumerate(rows):
        if not (
            isinstance(row, dict)
            and isinstance(row.get("code"), str)
            and isinstance(row.get("phone_region"), str)
            and all(
                isinstance(row.get(key), list) and all(isinstance(v, str) for v in row[key])
                for key in ("names", "labels")
            )
        ):
            raise ValueError(f"countries[{index}] needs code, names, phone_region and labels")
        countries.append(Country(row["code"].upper(), tuple(row["names"]), row["phone_region"], tuple(row["labels"])))
    return CountryTable(countries, aliases)
