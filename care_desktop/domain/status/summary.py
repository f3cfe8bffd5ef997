"""The Genesys Cloud status summary (an Atlassian Statuspage ``summary.json``) as typed values.

Parses leniently: an unknown enum value becomes ``UNKNOWN`` and a missing field gets an empty default, so a
change on the status page never crashes the app; only a document that is not a summary at all is refused
(:class:`StatusFormatError`). Resolved incidents are dropped (the summary lists only unresolved ones; other
endpoints list all). What the summary means for the user's region and case is in ``status_advice.py``.
No I/O, no clock, no Qt: fetching and caching live in ``services/status_client.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from care_desktop.domain.messages import Message


class StatusFormatError(ValueError):
    """The document is not a Statuspage summary (not an object, or none of its parts)."""


class Indicator(StrEnum):
    """The page's overall indicator."""

    NONE = "none"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"
    MAINTENANCE = "maintenance"
    UNKNOWN = "unknown"


class Impact(StrEnum):
    """How much an incident or maintenance affects the service."""

    NONE = "none"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"
    MAINTENANCE = "maintenance"
    UNKNOWN = "unknown"


class ComponentStatus(StrEnum):
    """The state of one component."""

    OPERATIONAL = "operational"
    DEGRADED_PERFORMANCE = "degraded_performance"
    PARTIAL_OUTAGE = "partial_outage"
    MAJOR_OUTAGE = "major_outage"
    UNDER_MAINTENANCE = "under_maintenance"
    UNKNOWN = "unknown"


class IncidentStatus(StrEnum):
    """Where an incident stands."""

    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    POSTMORTEM = "postmortem"
    UNKNOWN = "unknown"


class MaintenanceStatus(StrEnum):
    """Where a scheduled maintenance stands."""

    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    VERIFYING = "verifying"
    COMPLETED = "completed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Component:
    """One component of the status page (a service, or a group of them such as a region).

    Attributes:
        id: Statuspage's identifier.
        name: As shown on the page, e.g. ``"Americas (US East)"`` or ``"Voice"``.
        status: Its state.
        group_id: The group it belongs to, or empty.
        is_group: Whether it is a group of other components.
    """

    id: str
    name: str
    status: ComponentStatus
    group_id: str = ""
    is_group: bool = False

    @property
    def affected(self) -> bool:
        """Whether the component is not known to be operational."""
        return self.status is not ComponentStatus.OPERATIONAL


@dataclass(frozen=True)
class Update:
    """One update posted to an incident or maintenance.

    Attributes:
        status: The status it announced, as written by the page (not interpreted).
        body: Its text (may hold simple HTML such as ``<br />``).
        created_at: When it was posted, or None when not given.
    """

    status: str
    body: str
    created_at: datetime | None


@dataclass(frozen=True)
class Incident:
    """An incident of the status page.

    Attributes:
        id: Statuspage's identifier.
        name: Its title.
        status: Where it stands.
        impact: How much it affects the service.
        url: Link to the incident (its short link when given), or empty.
        created_at: When it was opened.
        updated_at: When it last changed.
        updates: The updates, newest first as the page lists them.
        components: The components it affects.
    """

    id: str
    name: str
    status: IncidentStatus
    impact: Impact
    url: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updates: tuple[Update, ...] = ()
    components: tuple[Component, ...] = ()

    @property
    def resolved(self) -> bool:
        """Whether the incident is over."""
        return self.status in {IncidentStatus.RESOLVED, IncidentStatus.POSTMORTEM}

    @property
    def latest_update(self) -> Update | None:
        """The most recent update (by time when every update has one, else the page's first)."""
        if not self.updates:
            return None
        timed = [update for update in self.updates if update.created_at is not None]
        if len(timed) == len(self.updates):
            return max(timed, key=lambda update: update.created_at or _EPOCH)
        return self.updates[0]


@dataclass(frozen=True)
class Maintenance:
    """A scheduled maintenance.

    Attributes:
        id: Statuspage's identifier.
        name: Its title.
        status: Where it stands.
        impact: Expected impact.
        url: Link to it, or empty.
        scheduled_for: Planned start.
        scheduled_until: Planned end.
        updates: The updates, newest first.
        components: The components it concerns.
    """

    id: str
    name: str
    status: MaintenanceStatus
    impact: Impact
    url: str = ""
    scheduled_for: datetime | None = None
    scheduled_until: datetime | None = None
    updates: tuple[Update, ...] = ()
    components: tuple[Component, ...] = ()

    @property
    def in_progress(self) -> bool:
        """Whether the maintenance is under way (in progress or being verified)."""
        return self.status in {MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING}


@dataclass(frozen=True)
class Summary:
    """What the status page says.

    Attributes:
        page_name: The page's name, or empty.
        page_url: The page's address, or empty.
        updated_at: When the page last changed.
        indicator: The overall indicator (``UNKNOWN`` when the document has none).
        description: The page's own words for it, e.g. ``"Minor Service Outage"``, or empty.
        components: Every component.
        incidents: The unresolved incidents, in the page's order.
        maintenances: The scheduled maintenances that are not completed.
    """

    page_name: str = ""
    page_url: str = ""
    updated_at: datetime | None = None
    indicator: Indicator = Indicator.UNKNOWN
    description: str = ""
    components: tuple[Component, ...] = ()
    incidents: tuple[Incident, ...] = ()
    maintenances: tuple[Maintenance, ...] = ()

    @property
    def maintenance_in_progress(self) -> tuple[Maintenance, ...]:
        """The maintenances under way now."""
        return tuple(item for item in self.maintenances if item.in_progress)


@dataclass(frozen=True)
class StatusResult:
    """The outcome of one status check: fresh, stale (the last good one, after a failure) or unknown.

    Attributes:
        summary: The summary, or None when the status is unknown (the fetch failed and nothing was cached).
        fetched_at: When ``summary`` was fetched (aware), or None.
        checked_at: When this check was made (aware).
        stale: True when ``summary`` is not from this check (or there is none).
        problem: Why this check failed, or None.
        url: The address that was asked.
    """

    summary: Summary | None
    fetched_at: datetime | None
    checked_at: datetime
    stale: bool
    problem: Message | None = None
    url: str = ""

    @property
    def unknown(self) -> bool:
        """Whether nothing is known about the status."""
        return self.summary is None

    @property
    def age(self) -> timedelta | None:
        """How old the summary is at the time of the check, or None when there is none."""
        if self.fetched_at is None:
            return None
        return max(self.checked_at - self.fetched_at, timedelta(0))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_E = TypeVar("_E", Indicator, Impact, ComponentStatus, IncidentStatus, MaintenanceStatus)
_PARTS = {"status": dict, "components": list, "incidents": list, "scheduled_maintenances": list}


def _enum(kind: type[_E], value: object) -> _E:
    try:
        return kind(value) if isinstance(value, str) else kind("unknown")
    except ValueError:
        return kind("unknown")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_time(value: object) -> datetime | None:
    """Read a Statuspage time (ISO 8601, e.g. ``2022-11-25T15:50:05.892Z``); naive times are taken as UTC.

    Args:
        value: The JSON value.

    Returns:
        The aware time, or None when missing or unreadable.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _objects(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _component(raw: dict[str, Any]) -> Component:
    return Component(
        _text(raw.get("id")),
        _text(raw.get("name")),
        _enum(ComponentStatus, raw.get("status")),
        _text(raw.get("group_id")),
        raw.get("group") is True or bool(raw.get("components")),
    )


def _updates(raw: dict[str, Any]) -> tuple[Update, ...]:
    return tuple(
        Update(_text(item.get("status")), _text(item.get("body")), parse_time(item.get("created_at")))
        for item in _objects(raw.get("incident_updates"))
    )


def _url(raw: dict[str, Any], page_url: str, kind: str) -> str:
    short = _text(raw.get("shortlink"))
    if short:
        return short
    ident = _text(raw.get("id"))
    return f"{page_url.rstrip('/')}/{kind}/{ident}" if page_url and ident else ""


def _incident(raw: dict[str, Any], page_url: str) -> Incident:
    return Incident(
        id=_text(raw.get("id")),
        name=_text(raw.get("name")),
        status=_enum(IncidentStatus, raw.get("status")),
        impact=_enum(Impact, raw.get("impact")),
        url=_url(raw, page_url, "incidents"),
        created_at=parse_time(raw.get("created_at")),
        updated_at=parse_time(raw.get("updated_at")),
        updates=_updates(raw),
        components=tuple(_component(item) for item in _objects(raw.get("components"))),
    )


def _maintenance(raw: dict[str, Any], page_url: str) -> Maintenance:
    return Maintenance(
        id=_text(raw.get("id")),
        name=_text(raw.get("name")),
        status=_enum(MaintenanceStatus, raw.get("status")),
        impact=_enum(Impact, raw.get("impact")),
        url=_url(raw, page_url, "incidents"),
        scheduled_for=parse_time(raw.get("scheduled_for")),
        scheduled_until=parse_time(raw.get("scheduled_until")),
        updates=_updates(raw),
        components=tuple(_component(item) for item in _objects(raw.get("components"))),
    )


def parse_summary(data: object) -> Summary:
    """Build the summary from a parsed ``summary.json`` (or another endpoint of the same API).

    Args:
        data: The parsed JSON document.

    Returns:
        The summary; fields the document lacks are empty, unknown values are ``UNKNOWN``.

    Raises:
        StatusFormatError: When ``data`` is not an object with at least one of ``status``, ``components``,
            ``incidents`` or ``scheduled_maintenances`` of the right type.
    """
    if not isinstance(data, dict):
        raise StatusFormatError("the document is not a JSON object")
    if not any(isinstance(data.get(key), kind) for key, kind in _PARTS.items()):
        raise StatusFormatError("the document has no status, components, incidents or maintenances")
    page: dict[str, Any] = data["page"] if isinstance(data.get("page"), dict) else {}
    status: dict[str, Any] = data["status"] if isinstance(data.get("status"), dict) else {}
    page_url = _text(page.get("url"))
    incidents = (_incident(raw, page_url) for raw in _objects(data.get("incidents")))
    maintenances = (_maintenance(raw, page_url) for raw in _objects(data.get("scheduled_maintenances")))
    return Summary(
        page_name=_text(page.get("name")),
        page_url=page_url,
        updated_at=parse_time(page.get("updated_at")),
        indicator=_enum(Indicator, status.get("indicator")),
        description=_text(status.get("description")),
        components=tuple(_component(raw) for raw in _objects(data.get("components"))),
        incidents=tuple(item for item in incidents if not item.resolved),
        maintenances=tuple(item for item in maintenances if item.status is not MaintenanceStatus.COMPLETED),
    )
