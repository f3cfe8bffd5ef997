"""What Genesys published after the seed page: support plans, escalation criteria, today's wording, portals.

``resources/profile.json`` holds these facts as data, each group naming the profile source (URL and the date it
was checked) it comes from; this module turns them into typed values for ``domain.profile`` and rejects
malformed data with a clear reason. The seed page's own texts stay where they were (``severity_levels``):
today's names are shown first, the seed's definitions stay available beside them. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any, Final

from care_desktop.domain.clock.business_hours import DailyHours
from care_desktop.domain.clock.plans import STANDARD_KEY, STANDARD_PLAN, SupportPlan

FEDRAMP_DOMAIN: Final = "use2.us-gov-pure.cloud"


class PublishedError(ValueError):
    """A group of the published facts is malformed."""


@dataclass(frozen=True)
class EscalationRules:
    """The published criteria for an escalation request.

    Attributes:
        source: Profile source key of the criteria.
        also: A second source with the same criteria.
        high_wait_hours: Hours a High (Severity 2) case needs since its last update.
        rca_wait_business_days: Business days Product Support has for an RCA before it may be escalated.
        low_eligible: Whether a Low (Severity 4) case may be escalated.
        one_active: Whether only one escalation may be active on a case at a time.
        criteria: The criteria in words.
        medium_note: How a Medium (Severity 3) case is treated (the criteria do not name it).
        fedramp_subject: The FedRAMP escalation e-mail's subject template.
        fedramp_body_fields: The fields of its body, in order.
        fedramp_to: Its address, or empty when none is published.
    """

    source: str
    also: str
    high_wait_hours: int
    rca_wait_business_days: int
    low_eligible: bool
    one_active: bool
    criteria: tuple[str, ...]
    medium_note: str
    fedramp_subject: str
    fedramp_body_fields: tuple[str, ...]
    fedramp_to: str


@dataclass(frozen=True)
class Wording:
    """Today's names beside the seed page's.

    Attributes:
        source: Profile source key of today's wording.
        seed_source: Profile source key of the seed page's wording.
        level_names: Today's level names by level (Critical, High, Medium, Low).
        team: Today's name of the team (Product Support).
        seed_team: The seed page's name (Customer Care).
        critical_outage: Today's advice for a critical outage.
        changes: What changed in the definitions' wording.
    """

    source: str
    seed_source: str
    level_names: dict[int, str]
    team: str
    seed_team: str
    critical_outage: str
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Portal:
    """One My Support login.

    Attributes:
        key: ``"core"`` or ``"fedramp"``.
        title: The link's text on the Customer Care page.
        url: Where it opens.
        domains: Region domains served by it; empty for every other region.
        mobile_app: Whether the Genesys Care mobile app serves this portal's cases.
        source: Profile source key.
        url_note: What to know about the address.
    """

    key: str
    title: str
    url: str
    domains: tuple[str, ...]
    mobile_app: bool
    source: str
    url_note: str = ""


@dataclass(frozen=True)
class Published:
    """The facts published since the seed page.

    Attributes:
        plans: The support plans, Standard first.
        escalation: The escalation criteria.
        wording: Today's names.
        portals: The My Support logins.
    """

    plans: tuple[SupportPlan, ...]
    escalation: EscalationRules
    wording: Wording
    portals: tuple[Portal, ...]

    def portal_for(self, domain: str) -> Portal | None:
        """The My Support login for an organization in the region with this domain (core for any other).

        Returns:
            The login, or None when the profile lists none (the ``my_support`` link is the fallback).
        """
        wanted = domain.strip().lower()
        for portal in self.portals:
            if wanted and wanted in portal.domains:
                return portal
        return next((portal for portal in self.portals if not portal.domains), None)


def is_fedramp(domain: str) -> bool:
    """Whether the region with this domain is the FedRAMP region."""
    return domain.strip().lower() == FEDRAMP_DOMAIN


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise PublishedError(f"{where}.{key} must be text")
    return value


def _object(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise PublishedError(f"{where}.{key} must be an object")
    return value


def _texts(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PublishedError(f"{where}.{key} must be a list of texts")
    return tuple(value)


def _clock(text: str, where: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise PublishedError(f"{where} must be a time such as 08:00, not {text!r}") from None


def _plan(raw: object, where: str, sources: set[str]) -> SupportPlan:
    if not isinstance(raw, dict):
        raise PublishedError(f"{where} must be an object")
    start, end = _clock(_text(raw, "start", where), f"{where}.start"), _clock(_text(raw, "end", where), f"{where}.end")
    if not start < end:
        raise PublishedError(f"{where}: the hours must start before they end")
    plan = SupportPlan(
        key=_text(raw, "key", where),
        name=_text(raw, "name", where),
        hours=DailyHours(start, end),
        zone=_text(raw, "zone", where),
        zone_label=_text(raw, "zone_label", where),
        hours_text=_text(raw, "hours_text", where),
        source=_text(raw, "source", where),
        zone_note=str(raw.get("zone_note", "")),
        aliases=tuple(str(alias).lower() for alias in raw.get("aliases", [])),
    )
    if plan.source not in sources:
        raise PublishedError(f"{where}.source names no profile source: {plan.source!r}")
    if plan.key != STANDARD_KEY and not plan.zone:
        raise PublishedError(f"{where}: a plan other than Standard publishes its hours in a zone of its own")
    return plan


def _int(data: dict[str, Any], key: str, where: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PublishedError(f"{where}.{key} must be a whole number")
    return value


def _bool(data: dict[str, Any], key: str, where: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise PublishedError(f"{where}.{key} must be true or false")
    return value


def parse_published(data: dict[str, Any], sources: set[str]) -> Published:
    """Build the published facts from the profile's parsed JSON.

    Args:
        data: The whole profile object.
        sources: The keys of the profile's sources (every group must name one).

    Returns:
        The facts; the Standard plan alone (today's behaviour) and the seed's names when the profile has no
        such groups (an older profile).

    Raises:
        PublishedError: A group is malformed.
    """
    raw_plans = data.get("support_plans", [])
    if not isinstance(raw_plans, list):
        raise PublishedError("profile.support_plans must be a list")
    plans = [_plan(raw, f"support_plans[{index}]", sources) for index, raw in enumerate(raw_plans)]
    if not any(plan.key == STANDARD_KEY for plan in plans):
        plans.insert(0, STANDARD_PLAN)
    if len({plan.key for plan in plans}) != len(plans):
        raise PublishedError("support_plans: two plans have the same key")
    esc = data.get("escalation", {})
    where = "escalation"
    escalation = (
        EscalationRules(
            source=_text(esc, "source", where),
            also=str(esc.get("also", "")),
            high_wait_hours=_int(esc, "high_wait_hours", where),
            rca_wait_business_days=_int(esc, "rca_wait_business_days", where),
            low_eligible=_bool(esc, "low_eligible", where),
            one_active=_bool(esc, "one_active", where),
            criteria=_texts(esc, "criteria", where),
            medium_note=_text(esc, "medium_note", where),
            fedramp_subject=_text(esc, "fedramp_subject", where),
            fedramp_body_fields=_texts(esc, "fedramp_body_fields", where),
            fedramp_to=str(esc.get("fedramp_to", "")),
        )
        if esc
        else EscalationRules("", "", 24, 5, False, True, (), "", "", (), "")
    )
    words = data.get("wording", {})
    where = "wording"
    if words:
        names = _object(words, "level_names", where)
        if sorted(names) != ["1", "2", "3", "4"] or not all(isinstance(v, str) for v in names.values()):
            raise PublishedError("wording.level_names must name levels 1, 2, 3 and 4")
        wording = Wording(
            source=_text(words, "source", where),
            seed_source=_text(words, "seed_source", where),
            level_names={int(level): name for level, name in names.items()},
            team=_text(words, "team", where),
            seed_team=_text(words, "seed_team", where),
            critical_outage=_text(words, "critical_outage", where),
            changes=_texts(words, "changes", where),
        )
    else:
        wording = Wording("", "", {1: "Critical", 2: "High", 3: "Medium", 4: "Low"}, "Customer Care", "", "", ())
    portals = []
    for index, raw in enumerate(data.get("portals", [])):
        where = f"portals[{index}]"
        if not isinstance(raw, dict):
            raise PublishedError(f"{where} must be an object")
        portals.append(
            Portal(
                key=_text(raw, "key", where),
                title=_text(raw, "title", where),
                url=_text(raw, "url", where),
                domains=tuple(domain.lower() for domain in _texts(raw, "domains", where)),
                mobile_app=_bool(raw, "mobile_app", where),
                source=_text(raw, "source", where),
                url_note=str(raw.get("url_note", "")),
            )
        )
    for group, key in [
        *(("portals", portal.source) for portal in portals),
        *((("escalation", escalation.source),) if escalation.source else ()),
        *((("wording", wording.source),) if wording.source else ()),
    ]:
        if key not in sources:
            raise PublishedError(f"{group}: the source {key!r} is not among the profile's sources")
    if portals and not any(not portal.domains for portal in portals):
        raise PublishedError("portals: one login must serve every other region (an empty domains list)")
    return Published(tuple(plans), escalation, wording, tuple(portals))
