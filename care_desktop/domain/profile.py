"""The Customer Care profile: the published facts the rules are made of, with their sources.

``resources/profile.json`` holds the data (so a policy change is a data change); this module turns the
parsed JSON into typed values and rejects a malformed profile with a clear reason. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from care_desktop.domain.published import Published, PublishedError, parse_published

PROFILE_VERSION: Final = 1


class ProfileError(ValueError):
    """The profile data is malformed."""


@dataclass(frozen=True)
class Source:
    """Where a group of facts comes from.

    Attributes:
        url: The public page.
        title: Its title.
        checked: ISO date the facts were last checked against the page.
        note: What to know about the copy.
    """

    url: str
    title: str
    checked: str
    note: str = ""


@dataclass(frozen=True)
class Link:
    """An official page the app links to.

    Attributes:
        url: Address.
        title: What it is.
    """

    url: str
    title: str


@dataclass(frozen=True)
class SeverityLevel:
    """One published severity level.

    Attributes:
        level: 1 to 4.
        name: Critical, High, Medium or Low.
        definition: The published definition, verbatim.
        channel: ``"phone"`` or ``"web"``.
        initial_response: The published target initial response, verbatim.
        restoration: The published restoration target, verbatim, or empty where none is defined.
    """

    level: int
    name: str
    definition: str
    channel: str
    initial_response: str
    restoration: str


@dataclass(frozen=True)
class Region:
    """A Genesys Cloud region.

    Attributes:
        name: Display name, e.g. ``"EMEA (Frankfurt)"``.
        domain: Its domain, e.g. ``"mypurecloud.de"``.
        phone_region: The region heading of the phone directory that serves it.
        country: ISO code of the country the region's data centre is in (a hint for the phone directory).
    """

    name: str
    domain: str
    phone_region: str
    country: str = ""


@dataclass(frozen=True)
class Profile:
    """Everything the app knows about Customer Care, with provenance.

    Attributes:
        name: Name of the service.
        sources: Named sources of the facts.
        links: Named official pages.
        levels: The severity levels, 1 to 4.
        final_authority: The published note on who decides the level.
        gather: What to gather before opening a case.
        also: Further advice of the published page.
        responsibilities: Summary of the customer's areas of responsibility.
        regions: Genesys Cloud regions.
        policy: Policy texts by name (business_hours, enhanced_voice_hours, response_policy, rca).
        published: What was published since the seed page (support plans, escalation criteria, today's
            wording, the My Support logins), each with its source.
    """

    name: str
    sources: dict[str, Source]
    links: dict[str, Link]
    levels: tuple[SeverityLevel, ...]
    final_authority: str
    gather: tuple[str, ...]
    also: tuple[str, ...]
    responsibilities: tuple[str, ...]
    regions: tuple[Region, ...]
    policy: dict[str, str]
    published: Published

    def level(self, level: int) -> SeverityLevel:
        """Return the published definition of ``level``.

        Raises:
            KeyError: For a level that is not published.
        """
        for item in self.levels:
            if item.level == level:
                return item
        raise KeyError(level)

    def region(self, domain: str) -> Region | None:
        """Return the region with this domain, or None."""
        return next((r for r in self.regions if r.domain == domain), None)

    def in_japan(self, domain: str) -> bool:
        """Whether the region with this domain has its data centre in Japan (Tokyo, Osaka)."""
        region = self.region(domain.strip().lower())
        return region is not None and region.country == "JP"


def _strings(data: dict[str, Any], key: str, where: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ProfileError(f"{where}.{key} must be an object of texts")
    return dict(value)


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ProfileError(f"{where}.{key} must be text")
    return value


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ProfileError(f"{where}.{key} must be a list")
    return value


def _objects(data: dict[str, Any], key: str, where: str) -> dict[str, dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ProfileError(f"{where}.{key} must be an object of objects")
    return value


def parse_profile(data: object) -> Profile:
    """Build the profile from its parsed JSON.

    Args:
        data: The parsed content of ``profile.json``.

    Returns:
        The profile.

    Raises:
        ProfileError: When a field is missing or of the wrong type, or the version is unknown.
    """
    if not isinstance(data, dict):
        raise ProfileError("the profile must be a JSON object")
    if data.get("profile_version") != PROFILE_VERSION:
        raise ProfileError(f"unknown profile version {data.get('profile_version')!r}")
    sources = {
        key: Source(_text(v, "url", key), _text(v, "title", key), _text(v, "checked", key), v.get("note", ""))
        for key, v in _objects(data, "sources", "profile").items()
    }
    links = {
        key: Link(_text(v, "url", key), _text(v, "title", key)) for key, v in _objects(data, "links", "profile").items()
    }
    levels = []
    for index, raw in enumerate(_list(data, "severity_levels", "profile")):
        where = f"severity_levels[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("level"), int):
            raise ProfileError(f"{where} must be an object with an integer level")
        levels.append(
            SeverityLevel(
                raw["level"],
                _text(raw, "name", where),
                _text(raw, "definition", where),
                _text(raw, "channel", where),
                _text(raw, "initial_response", where),
                _text(raw, "restoration", where),
            )
        )
    if sorted(level.level for level in levels) != [1, 2, 3, 4]:
        raise ProfileError("severity_levels must define levels 1, 2, 3 and 4")
    checklist = data.get("checklist")
    if not isinstance(checklist, dict):
        raise ProfileError("profile.checklist must be an object")
    regions = []
    for index, raw in enumerate(_list(data, "regions", "profile")):
        where = f"regions[{index}]"
        if not isinstance(raw, dict):
            raise ProfileError(f"{where} must be an object")
        country = raw.get("country", "")
        if not isinstance(country, str):
            raise ProfileError(f"{where}.country must be text")
        regions.append(
            Region(_text(raw, "name", where), _text(raw, "domain", where), _text(raw, "phone_region", where), country)
        )
    try:
        published = parse_published(data, set(sources))
    except PublishedError as error:
        raise ProfileError(str(error)) from None
    return Profile(
        name=_text(data, "name", "profile"),
        sources=sources,
        links=links,
        levels=tuple(sorted(levels, key=lambda item: item.level)),
        final_authority=_text(data, "final_authority", "profile"),
        gather=tuple(str(item) for item in _list(checklist, "gather", "checklist")),
        also=tuple(str(item) for item in _list(checklist, "also", "checklist")),
        responsibilities=tuple(str(item) for item in _list(checklist, "responsibilities", "checklist")),
        regions=tuple(regions),
        policy=_strings(data, "policy", "profile"),
        published=published,
    )
