"""What the status page means for the user: words for its states, their region, whether to open a case.

The status page names regions in its component names (``"Americas (US East)"``, ``"EMEA (Frankfurt)"``), or
sometimes by domain (``mypurecloud.de``); a component belongs to a region when its own name or its group's
name says so. The advice on opening a case for an unresolved incident is given in words (``Message``), with
the reasons; Customer Care still decides. No I/O, no clock, no Qt.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, timedelta
from enum import StrEnum

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.domain.profile import Region
from care_desktop.domain.status.summary import (
    Component,
    ComponentStatus,
    Impact,
    Incident,
    IncidentStatus,
    Indicator,
    Summary,
)

_SHARED_FIRST_LABELS = frozenset({"mypurecloud"})

INDICATOR_WORDS: dict[Indicator, str] = {
    Indicator.NONE: QT_TRANSLATE_NOOP("domain", "All systems operational"),
    Indicator.MINOR: QT_TRANSLATE_NOOP("domain", "Minor service outage"),
    Indicator.MAJOR: QT_TRANSLATE_NOOP("domain", "Major service outage"),
    Indicator.CRITICAL: QT_TRANSLATE_NOOP("domain", "Critical service outage"),
    Indicator.MAINTENANCE: QT_TRANSLATE_NOOP("domain", "Maintenance in progress"),
    Indicator.UNKNOWN: QT_TRANSLATE_NOOP("domain", "Overall status not reported"),
}
IMPACT_WORDS: dict[Impact, str] = {
    Impact.NONE: QT_TRANSLATE_NOOP("domain", "no impact"),
    Impact.MINOR: QT_TRANSLATE_NOOP("domain", "minor impact"),
    Impact.MAJOR: QT_TRANSLATE_NOOP("domain", "major impact"),
    Impact.CRITICAL: QT_TRANSLATE_NOOP("domain", "critical impact"),
    Impact.MAINTENANCE: QT_TRANSLATE_NOOP("domain", "maintenance"),
    Impact.UNKNOWN: QT_TRANSLATE_NOOP("domain", "impact not reported"),
}
INCIDENT_STATUS_WORDS: dict[IncidentStatus, str] = {
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("domain", "investigating"),
    IncidentStatus.IDENTIFIED: QT_TRANSLATE_NOOP("domain", "cause identified"),
    IncidentStatus.MONITORING: QT_TRANSLATE_NOOP("domain", "fix applied, monitoring"),
    IncidentStatus.RESOLVED: QT_TRANSLATE_NOOP("domain", "resolved"),
    IncidentStatus.POSTMORTEM: QT_TRANSLATE_NOOP("domain", "resolved, post-mortem"),
    IncidentStatus.UNKNOWN: QT_TRANSLATE_NOOP("domain", "status not reported"),
}
COMPONENT_STATUS_WORDS: dict[ComponentStatus, str] = {
    ComponentStatus.OPERATIONAL: QT_TRANSLATE_NOOP("domain", "operational"),
    ComponentStatus.DEGRADED_PERFORMANCE: QT_TRANSLATE_NOOP("domain", "degraded performance"),
    ComponentStatus.PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("domain", "partial outage"),
    ComponentStatus.MAJOR_OUTAGE: QT_TRANSLATE_NOOP("domain", "major outage"),
    ComponentStatus.UNDER_MAINTENANCE: QT_TRANSLATE_NOOP("domain", "under maintenance"),
    ComponentStatus.UNKNOWN: QT_TRANSLATE_NOOP("domain", "state not reported"),
}


def _fold(text: str) -> str:
    """Lower case without accents, so that "São Paulo" matches "Sao Paulo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def region_keywords(region: Region) -> tuple[str, ...]:
    """The words that name a region on the status page, folded (lower case, no accents).

    Args:
        region: The region.

    Returns:
        Its name, its domain, the place in its name's parentheses (and each comma-separated part of it), and
        the cloud region code that starts the domain where there is one (``usw2`` of ``usw2.pure.cloud``).
    """
    words = [region.name, region.domain]
    inner = re.search(r"\(([^)]*)\)", region.name)
    if inner:
        words.append(inner.group(1))
        words += inner.group(1).split(",")
    labels = region.domain.split(".")
    if len(labels) >= 3 and labels[0] not in _SHARED_FIRST_LABELS:
        words.append(labels[0])
    folded = (_fold(word.strip()) for word in words)
    return tuple(dict.fromkeys(word for word in folded if word))


def names_region(text: str, region: Region) -> bool:
    """Whether ``text`` names ``region``.

    A keyword counts only as a whole word: "US East" does not match "US East 2", and ``mypurecloud.com``
    does not match ``mypurecloud.com.au``.

    Args:
        text: A component or incident name.
        region: The region.

    Returns:
        True when one of the region's keywords is in the text.
    """
    folded = _fold(text)
    for keyword in region_keywords(region):
        pattern = r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-]|\.\w|\s+\d)"
        if re.search(pattern, folded):
            return True
    return False


def _names(component: Component, groups: dict[str, Component]) -> list[str]:
    group = groups.get(component.group_id)
    return [component.name] if group is None else [component.name, group.name]


def region_components(summary: Summary, region: Region) -> tuple[Component, ...]:
    """The components that concern ``region`` by their name or their group's name.

    Args:
        summary: The status summary.
        region: The organization's region.

    Returns:
        The components, in the page's order.
    """
    groups = {item.id: item for item in summary.components if item.id}
    return tuple(
        item for item in summary.components if any(names_region(name, region) for name in _names(item, groups))
    )


def affected_in_region(summary: Summary, region: Region) -> tuple[Component, ...]:
    """The components of ``region`` that are not operational.

    A group is listed only when none of its own components is (they say more than the group does).

    Args:
        summary: The status summary.
        region: The organization's region.

    Returns:
        The affected components, in the page's order.
    """
    mine = [item for item in region_components(summary, region) if item.affected]
    members = {item.group_id for item in mine if item.group_id}
    return tuple(item for item in mine if not (item.is_group and item.id in members))


def regions_named(texts: Iterable[str], regions: Sequence[Region]) -> tuple[Region, ...]:
    """The regions that any of ``texts`` names.

    Args:
        texts: Names of components, groups or incidents.
        regions: Every region.

    Returns:
        The regions named, in the order of ``regions``.
    """
    names = list(texts)
    return tuple(region for region in regions if any(names_region(text, region) for text in names))


def incident_regions(incident: Incident, summary: Summary, regions: Sequence[Region]) -> tuple[Region, ...]:
    """The regions an incident names, in its title or in its components (and their groups).

    Args:
        incident: The incident.
        summary: The summary it came with (for the groups of its components).
        regions: Every region.

    Returns:
        The regions, empty when the incident does not say.
    """
    groups = {item.id: item for item in summary.components if item.id}
    texts = [incident.name, *(name for item in incident.components for name in _names(item, groups))]
    return regions_named(texts, regions)


class Worth(StrEnum):
    """Whether a new case is worth opening while an incident is open."""

    OPEN_CASE = "open_case"
    ONLY_IF_DIFFERENT = "only_if_different"


@dataclass(frozen=True)
class CaseAdvice:
    """Advice about opening a case while an incident is known.

    Attributes:
        worth: The gist.
        messages: The advice and its reasons, in the order to show them.
    """

    worth: Worth
    messages: tuple[Message, ...]


def case_advice(incident: Incident, summary: Summary, region: Region | None, regions: Sequence[Region]) -> CaseAdvice:
    """Say whether a new case is still worth opening for a problem that may be this incident.

    Rules (the published page only says to check the status page first): an incident of other regions only
    is probably not the user's problem; a resolved or monitored one is worth a case if the problem goes on;
    otherwise Genesys is already working on it, and a case helps only when the problem differs or the
    organization needs its own record. A major or critical incident never changes the Severity 1 rule.

    Args:
        incident: The incident.
        summary: The summary it came with.
        region: The organization's region, when known.
        regions: Every region.

    Returns:
        The advice.
    """
    named = incident_regions(incident, summary, regions)
    if region is not None and named and region not in named:
        text = QT_TRANSLATE_NOOP(
            "domain",
            "This incident concerns {regions}, not your region ({region}): your problem is probably a different "
            "one. Open a case.",
        )
        where = ", ".join(item.name for item in named)
        return CaseAdvice(Worth.OPEN_CASE, (Message(text, {"regions": where, "region": region.name}),))
    if incident.resolved:
        text = QT_TRANSLATE_NOOP(
            "domain", "This incident is resolved. If the problem goes on for you, open a case and reference it."
        )
        return CaseAdvice(Worth.OPEN_CASE, (Message(text),))
    if incident.status is IncidentStatus.MONITORING:
        text = QT_TRANSLATE_NOOP(
            "domain",
            "A fix is in place and Genesys is checking it. If the problem goes on for you, open a case and "
            "reference this incident.",
        )
        return CaseAdvice(Worth.OPEN_CASE, (Message(text),))
    messages = [
        Message(
            QT_TRANSLATE_NOOP(
                "domain",
                "Genesys already knows and is working on this incident: you do not need a case to have it fixed. "
                "Open one if your problem is different, if it goes on after the incident is resolved, or if your "
                "organization needs its own record; reference the incident so that Product Support can link them.",
            )
        )
    ]
    if incident.impact in {Impact.MAJOR, Impact.CRITICAL}:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "If a critical business function cannot be performed and there is no workaround, it is still "
                    "Severity 1 for you: call Customer Care and mention the incident.",
                )
            )
        )
    return CaseAdvice(Worth.ONLY_IF_DIFFERENT, tuple(messages))


def incident_reference(incident: Incident) -> str:
    """The English line that references an incident in the case text.

    Args:
        incident: The incident.

    Returns:
        e.g. ``Genesys Cloud status incident "Voice degraded" (major impact, investigating; opened
        2026-11-27 09:05 UTC): https://stspg.io/abc``.
    """
    facts = [f"{incident.impact.value} impact", incident.status.value]
    opened = f"; opened {incident.created_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if incident.created_at else ""
    link = f": {incident.url}" if incident.url else ""
    return f'Genesys Cloud status incident "{incident.name}" ({", ".join(facts)}{opened}){link}'


def describe_age(age: timedelta) -> Message:
    """Say how old a result is, for "stale since ..." notices.

    Args:
        age: The age (negative ages count as zero).

    Returns:
        e.g. "less than a minute", "12 min", "3 h 5 min", "2 d 4 h".
    """
    minutes = max(int(age.total_seconds()) // 60, 0)
    if minutes < 1:
        return Message(QT_TRANSLATE_NOOP("domain", "less than a minute"))
    if minutes < 60:
        return Message(QT_TRANSLATE_NOOP("domain", "{minutes} min"), {"minutes": str(minutes)})
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return Message(
            QT_TRANSLATE_NOOP("domain", "{hours} h {minutes} min"), {"hours": str(hours), "minutes": str(minutes)}
        )
    days, hours = divmod(hours, 24)
    return Message(QT_TRANSLATE_NOOP("domain", "{days} d {hours} h"), {"days": str(days), "hours": str(hours)})


def plain_text(body: str) -> str:
    """Turn an update's body (plain text with the odd ``<br />``, links or entities) into plain text.

    Args:
        body: The body as the page wrote it.

    Returns:
        The text, with line breaks kept and tags removed.
    """
    text = re.sub(r"<br\s*/?>", "\n", body, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text)
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)
