"""``care-desktop status [--url URL] [--json]``: the Genesys Cloud status, as DESIGN.md section 4 describes.

Fetches the Statuspage summary (``--url``, else ``$CARE_DESKTOP_STATUS_URL``, else status.mypurecloud.com)
and prints the overall indicator and the unresolved incidents. When the fetch fails it prints the last good
result with its age (or says the status is unknown), gives the reason on standard error and exits 3. With
``--json``: ``{"indicator", "description", "incidents": [{"name", "impact", "status", "url"}], "fetched_at",
"stale"}`` (``fetched_at`` is null and ``indicator`` "unknown" when nothing is known). This module only
formats; fetching and caching are ``services/status_client.py``.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import urlsplit

from care_desktop.cli import EXIT_OK, BadInputError, Streams
from care_desktop.domain.status.advice import INDICATOR_WORDS, describe_age, plain_text
from care_desktop.domain.status.summary import Incident, Indicator, StatusResult
from care_desktop.services.paths import resolve_paths
from care_desktop.services.status_client import StatusClient, status_url

EXIT_STALE: Final = 3


def register(subparsers: Any, name: str) -> None:
    """Add the ``status`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="show the Genesys Cloud status (overall state and unresolved incidents)",
        description=(
            "Fetch the Genesys Cloud status summary and print the overall state and the unresolved incidents. "
            "When the fetch fails, print the last good result with its age and exit 3."
        ),
    )
    parser.add_argument(
        "--url",
        metavar="URL",
        help="the Statuspage summary to fetch (default: $CARE_DESKTOP_STATUS_URL, else "
        "https://status.mypurecloud.com/api/v2/summary.json)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"indicator", "description", "incidents": [{name, impact, status, url}], "fetched_at", "stale"}',
    )


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise BadInputError(f"the status URL must be an http:// or https:// address, not {url!r}")


def _time(moment: datetime | None) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if moment is not None else "unknown"


def to_json(result: StatusResult) -> dict[str, Any]:
    """The ``--json`` document of a result.

    Args:
        result: The result.

    Returns:
        The document of DESIGN.md section 4.
    """
    summary = result.summary
    incidents: tuple[Incident, ...] = summary.incidents if summary is not None else ()
    return {
        "indicator": (summary.indicator if summary is not None else Indicator.UNKNOWN).value,
        "description": summary.description if summary is not None else "",
        "incidents": [
            {"name": item.name, "impact": item.impact.value, "status": item.status.value, "url": item.url}
            for item in incidents
        ],
        "fetched_at": result.fetched_at.isoformat() if result.fetched_at is not None else None,
        "stale": result.stale,
    }


def human_lines(result: StatusResult) -> list[str]:
    """The plain-text report of a result.

    Args:
        result: The result.

    Returns:
        Its lines.
    """
    summary = result.summary
    if summary is None:
        return ["Genesys Cloud status: unknown (no result could be fetched, and none was saved before)."]
    words = INDICATOR_WORDS[summary.indicator]
    said = f" ({summary.description})" if summary.description.casefold() not in {"", words.casefold()} else ""
    lines = [f"Genesys Cloud status: {words}{said}"]
    age = result.age
    if result.stale and age is not None:
        lines.append(f"STALE: last fetched {_time(result.fetched_at)}, {describe_age(age).render()} ago.")
    else:
        lines.append(f"Fetched {_time(result.fetched_at)} from {result.url}")
    if summary.incidents:
        lines += ["", "Unresolved incidents:"]
        for item in summary.incidents:
            lines.append(f"- {item.name} [{item.impact.value} impact, {item.status.value}]")
            update = item.latest_update
            if update is not None and update.body:
                body = " ".join(plain_text(update.body).split())
                lines.append(f"  Latest update ({_time(update.created_at)}): {body}")
            if item.url:
                lines.append(f"  {item.url}")
    else:
        lines.append("No unresolved incidents.")
    for maintenance in summary.maintenance_in_progress:
        lines.append(f"Maintenance in progress: {maintenance.name} (until {_time(maintenance.scheduled_until)})")
    return lines


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Fetch and print the status.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0 with a fresh result; 3 when the fetch failed (the last good result or "unknown" is printed).
    """
    url = status_url(args.url)
    _check_url(url)
    result = StatusClient(resolve_paths(), url).fetch()
    if result.problem is not None:
        fallback = "showing the last good result" if result.summary is not None else "the status is unknown"
        streams.stderr.write(f"care-desktop status: {result.problem.render()} ({fallback})\n")
    if args.json:
        streams.stdout.write(json.dumps(to_json(result)) + "\n")
    else:
        streams.stdout.writelines(f"{line}\n" for line in human_lines(result))
    return EXIT_STALE if result.stale else EXIT_OK
