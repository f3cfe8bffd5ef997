"""The conversations table of ``CASE.md``: one line per conversation checked in the organization.

Columns: conversation ID, start in the organization's zone and in UTC, media, direction, queue, how it ended.
English whatever the UI language (the case text is read by Customer Care's global team). Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.conversations.summary import ConversationSummary

HEADER = ("Conversation", "Start (org zone)", "Start (UTC)", "Media", "Direction", "Queue", "How it ended")


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ").strip() or "-"


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_start(start: datetime | None, zone: str) -> str:
    """The start in the organization's zone, e.g. ``2026-11-30 10:12 CET (Europe/Berlin)``, or ``-``."""
    tz = _zone(zone)
    if start is None or tz is None:
        return "-"
    local = start.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''} ({zone})".replace("  ", " ")


def utc_start(start: datetime | None) -> str:
    """The start in UTC, e.g. ``2026-11-30 09:12 UTC``, or ``-``."""
    return f"{start.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if start is not None else "-"


def conversation_table(summaries: Sequence[ConversationSummary], zone: str) -> list[str]:
    """The Markdown table lines, or no line for no summary.

    Args:
        summaries: The conversations found, in the case's order.
        zone: The organization's IANA zone (empty: the column shows ``-``).

    Returns:
        Header, rule and one line per conversation.
    """
    if not summaries:
        return []
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for item in summaries:
        cells = (
            item.id,
            local_start(item.start, zone),
            utc_start(item.start),
            ", ".join(item.media_types),
            item.direction,
            ", ".join(item.queue_ids),
            item.ended,
        )
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return lines
