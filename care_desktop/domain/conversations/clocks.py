"""Evidence clocks: how long Genesys Cloud keeps a conversation's evidence, counted from its start.

Two clocks per conversation, with the figures of ``resources/profile.json`` (``evidence_retention``, each with
its source and the date it was checked):

- ``sip-capture``: SIP PCAP captures (voice over a trunk) are kept 21 days;
- ``console-events``: Operational Console events are available for 10 days.

A clock is *soon* once less than the reminder time (2 days) is left, and *expired* after it ran out; the
reminder is only for cases that are still open. Calendar days, not business days: the platform deletes on
its own clock. Pure: no I/O, no Qt, no reading the clock (``now`` is passed in).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Final

from care_desktop.domain.conversations.summary import ConversationSummary

RETENTION_KEY: Final = "evidence_retention"


class ClockKind(StrEnum):
    """Which evidence runs out."""

    SIP_CAPTURE = "sip-capture"
    CONSOLE_EVENTS = "console-events"


class ClockState(StrEnum):
    """Where a clock stands at a given moment."""

    RUNNING = "running"
    SOON = "soon"
    EXPIRED = "expired"


@dataclass(frozen=True)
class RetentionSource:
    """Where a retention figure comes from.

    Attributes:
        url: The public page.
        title: Its title.
        checked: ISO date the figure was last checked.
    """

    url: str
    title: str
    checked: str


@dataclass(frozen=True)
class Retention:
    """How long the platform keeps each kind of evidence.

    Attributes:
        days: Days kept, per kind.
        remind_before: How long before the end the reminder comes.
        sources: Where each figure comes from.
    """

    days: Mapping[ClockKind, int]
    remind_before: timedelta = timedelta(days=2)
    sources: Mapping[ClockKind, RetentionSource] | None = None


DEFAULT_RETENTION: Final = Retention({ClockKind.SIP_CAPTURE: 21, ClockKind.CONSOLE_EVENTS: 10})


@dataclass(frozen=True)
class EvidenceClock:
    """One clock of one conversation.

    Attributes:
        conversation_id: The conversation.
        kind: Which evidence.
        start: The conversation's start (aware).
        until: When the evidence is gone (aware, UTC).
    """

    conversation_id: str
    kind: ClockKind
    start: datetime
    until: datetime

    def state(self, now: datetime, retention: Retention = DEFAULT_RETENTION) -> ClockState:
        """Running, soon (within the reminder time) or expired at ``now``."""
        if now >= self.until:
            return ClockState.EXPIRED
        if now >= self.until - retention.remind_before:
            return ClockState.SOON
        return ClockState.RUNNING


def parse_retention(profile: Mapping[str, Any]) -> Retention:
    """Read the ``evidence_retention`` section of the profile document.

    Args:
        profile: The whole ``profile.json`` document.

    Returns:
        The retention; the published defaults (21 and 10 days) where the section is missing.

    Raises:
        ValueError: A figure that is not a positive number of days.
    """
    section = profile.get(RETENTION_KEY)
    if not isinstance(section, dict):
        return DEFAULT_RETENTION
    days: dict[ClockKind, int] = dict(DEFAULT_RETENTION.days)
    sources: dict[ClockKind, RetentionSource] = {}
    for kind in ClockKind:
        entry = section.get(kind.value)
        if not isinstance(entry, dict):
            continue
        value = entry.get("days")
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"{RETENTION_KEY}.{kind.value}.days must be a positive whole number")
        days[kind] = value
        sources[kind] = RetentionSource(
            str(entry.get("source", "")), str(entry.get("title", "")), str(entry.get("checked", ""))
        )
    remind = section.get("remind_before_days", 2)
    if isinstance(remind, bool) or not isinstance(remind, int) or remind < 0:
        raise ValueError(f"{RETENTION_KEY}.remind_before_days must be a whole number of days")
    return Retention(days, timedelta(days=remind), sources)


def clocks_of(summary: ConversationSummary, retention: Retention = DEFAULT_RETENTION) -> list[EvidenceClock]:
    """The clocks of one conversation: console events always, a SIP capture for voice only.

    Args:
        summary: The conversation (without a start time it has no clock).
        retention: The figures.

    Returns:
        Zero to two clocks.
    """
    if summary.start is None:
        return []
    kinds = [ClockKind.SIP_CAPTURE] if summary.is_voice else []
    kinds.append(ClockKind.CONSOLE_EVENTS)
    start = summary.start
    return [
        EvidenceClock(summary.id, kind, start, (start + timedelta(days=retention.days[kind])).astimezone(UTC))
        for kind in kinds
    ]


def evidence_clocks(
    summaries: Iterable[ConversationSummary], retention: Retention = DEFAULT_RETENTION
) -> list[EvidenceClock]:
    """Every clock of every conversation, soonest first.

    Args:
        summaries: The conversations.
        retention: The figures.

    Returns:
        The clocks, sorted by when they run out.
    """
    found = [clock for summary in summaries for clock in clocks_of(summary, retention)]
    return sorted(found, key=lambda c: (c.until, c.kind.value, c.conversation_id))


def until_of(summary: ConversationSummary, kind: ClockKind, retention: Retention = DEFAULT_RETENTION) -> str | None:
    """When one kind of evidence of ``summary`` runs out, as ISO 8601 UTC, or None when it has none."""
    clock = next((c for c in clocks_of(summary, retention) if c.kind is kind), None)
    return clock.until.isoformat().replace("+00:00", "Z") if clock is not None else None


def first_per_kind(clocks: Iterable[EvidenceClock]) -> list[EvidenceClock]:
    """The clock that runs out first of each kind (what a case's reminder is about)."""
    first: dict[ClockKind, EvidenceClock] = {}
    for clock in sorted(clocks, key=lambda c: c.until):
        first.setdefault(clock.kind, clock)
    return sorted(first.values(), key=lambda c: c.until)
