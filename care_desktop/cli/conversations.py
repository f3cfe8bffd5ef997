"""``care-desktop conversations ID... --region DOMAIN [--json] [--api-base URL] [--login-base URL]``.

Checks each conversation in the organization through the Platform API (``services/platform/conversations``)
with the Client Credentials client named by ``CARE_DESKTOP_CLIENT_ID`` and ``CARE_DESKTOP_CLIENT_SECRET``, or
asked for without echo when they are unset and standard input is a terminal. ``--api-base``/``--login-base``
replace ``https://api.<domain>`` and ``https://login.<domain>`` (tests). ``--json`` prints ``{"conversations":
[{"id", "found", "outcome", "start", "end", "media_types", "direction", "queues", "flows", "divisions",
"participants", "disconnect_types", "error_codes", "ended", "min_mos", "sip", "sip_capture_until",
"console_events_until"}], "permissions": {PERMISSION: "granted" | "missing" | "unknown"}, "failed_calls":
[{"request", "status", "correlation_id"}]}``. Personal data is never printed.

Exit status: 0 when every ID was checked (found or not), 2 on bad input (a malformed ID, an unknown region,
no credentials), 3 when the service could not be reached, refused the credentials or the time limit stopped
the check (one line on standard error, which never holds the secret or the token). This module only formats.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from typing import Any, Final
from urllib.parse import urlsplit

from care_desktop.cli import EXIT_OK, BadInputError, Streams
from care_desktop.domain.case.identifiers import is_uuid, normalize_uuid
from care_desktop.domain.conversations.clocks import ClockKind, Retention, until_of
from care_desktop.domain.conversations.summary import summary_to_json
from care_desktop.domain.plurals import counted
from care_desktop.services.platform.check_report import CheckReport, ConversationCheck, Outcome
from care_desktop.services.platform.client import PlatformError
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.services.platform.retention import load_retention
from care_desktop.services.resources import load_profile

EXIT_UNREACHABLE: Final = 3
ID_VARIABLE: Final = "CARE_DESKTOP_CLIENT_ID"
SECRET_VARIABLE: Final = "CARE_DESKTOP_CLIENT_SECRET"
_OUTCOME_WORDS: Final = {
    Outcome.FOUND: "found",
    Outcome.NOT_FOUND: "NOT FOUND in this organization and region: check the region, a typo, another "
    "organization, or an interaction older than the analytics retention",
    Outcome.FORBIDDEN: "not allowed: the client lacks analytics:conversationDetail:view",
    Outcome.FAILED: "the look-up failed (see the failed calls)",
    Outcome.NOT_CHECKED: "not checked (the time limit was reached)",
}


def register(subparsers: Any, name: str) -> None:
    """Add the ``conversations`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="check conversations in the organization through the Genesys Cloud Platform API",
        description=(
            "Check each conversation ID in the organization (analytics details, SIP messages of voice calls) "
            f"with the OAuth client (Client Credentials) named by ${ID_VARIABLE} and ${SECRET_VARIABLE}."
        ),
    )
    parser.add_argument("ids", nargs="+", metavar="ID", help="conversation IDs")
    parser.add_argument("--region", required=True, metavar="DOMAIN", help="the region's domain, e.g. mypurecloud.de")
    parser.add_argument("--json", action="store_true", help='print {"conversations": [...], "permissions": {...}}')
    parser.add_argument("--api-base", metavar="URL", help="replaces https://api.<domain> (tests)")
    parser.add_argument("--login-base", metavar="URL", help="replaces https://login.<domain> (tests)")


def _check_base(url: str | None, option: str) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise BadInputError(f"{option} must be an http:// or https:// address, not {url!r}")


def _ids(values: list[str]) -> list[str]:
    ids: list[str] = []
    for value in values:
        if not is_uuid(value.strip()):
            raise BadInputError(
                f"{value!r} is not a conversation ID (a UUID such as 4709b21d-bc22-418a-8c6d-4ededb31bd39)"
            )
        normalized = normalize_uuid(value.strip())
        if normalized not in ids:
            ids.append(normalized)
    return ids


def _credentials(streams: Streams) -> tuple[str, str]:
    client_id = os.environ.get(ID_VARIABLE, "").strip()
    secret = os.environ.get(SECRET_VARIABLE, "")
    interactive = streams.stdin.isatty()
    if not client_id and interactive:  # the prompts go to the terminal or stderr: stdout stays the report's
        streams.stderr.write("OAuth client ID: ")
        streams.stderr.flush()
        client_id = streams.stdin.readline().strip()
    if not secret and interactive:
        secret = getpass.getpass("OAuth client secret: ")  # on the terminal itself, without echo
    if not client_id or not secret:
        raise BadInputError(f"no OAuth client: set {ID_VARIABLE} and {SECRET_VARIABLE}")
    return client_id, secret


def check_json(check: ConversationCheck, retention: Retention) -> dict[str, Any]:
    """The ``--json`` entry of one conversation.

    Args:
        check: The check.
        retention: The evidence retention figures.

    Returns:
        Its document.
    """
    entry: dict[str, Any] = {"id": check.id, "found": check.outcome is Outcome.FOUND, "outcome": check.outcome.value}
    if check.summary is not None:
        document = summary_to_json(check.summary)
        for key in ("schema", "id", "personal_data_included"):
            document.pop(key, None)
        entry.update(document)
        entry["sip"] = check.sip_outcome.value if check.sip_outcome is not None else None
        entry["sip_capture_until"] = until_of(check.summary, ClockKind.SIP_CAPTURE, retention)
        entry["console_events_until"] = until_of(check.summary, ClockKind.CONSOLE_EVENTS, retention)
    else:
        entry.update(dict.fromkeys(("start", "end", "direction", "sip_capture_until", "console_events_until")))
        entry.update({"media_types": [], "queues": [], "disconnect_types": []})
    return entry


def report_json(report: CheckReport, retention: Retention) -> dict[str, Any]:
    """The whole ``--json`` document."""
    return {
        "conversations": [check_json(check, retention) for check in report.checks],
        "permissions": {name: access.value for name, access in report.permissions.items()},
        "failed_calls": [
            {"request": call.request, "status": call.status, "correlation_id": call.correlation_id}
            for call in report.failed_calls
        ],
    }


def human_lines(report: CheckReport, retention: Retention) -> list[str]:
    """The plain-text report."""
    lines: list[str] = []
    for check in report.checks:
        lines.append(f"{check.id}: {_OUTCOME_WORDS[check.outcome]}")
        entry = check_json(check, retention)
        if check.summary is not None:
            for label, key in (("start", "start"), ("end", "end"), ("direction", "direction"), ("ended", "ended")):
                lines.append(f"  {label}: {entry.get(key) or '-'}")
            lines.append(f"  media: {', '.join(entry['media_types']) or '-'}")
            lines.append(f"  queues: {', '.join(entry['queues']) or '-'}")
            if entry["sip_capture_until"]:
                lines.append(f"  SIP capture available until {entry['sip_capture_until']}")
            lines.append(f"  Operational Console events until {entry['console_events_until'] or '-'}")
    lines.append("Permissions: " + ", ".join(f"{name} {access.value}" for name, access in report.permissions.items()))
    lines += [f"Failed call: {call.text()}" for call in report.failed_calls]
    return lines


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Check the conversations and print what was found.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0 when every ID was checked; 3 when the service could not be reached or refused the credentials.
    """
    ids = _ids(args.ids)
    domain = args.region.strip().lower()
    if load_profile().region(domain) is None:
        known = ", ".join(region.domain for region in load_profile().regions)
        raise BadInputError(f"unknown region {args.region!r} (one of: {known})")
    _check_base(args.api_base, "--api-base")
    _check_base(args.login_base, "--login-base")
    client_id, secret = _credentials(streams)
    checker = ConversationChecker(
        login_base=args.login_base or "https://login.{domain}", api_base=args.api_base or "https://api.{domain}"
    )
    try:
        report = checker.check(domain, client_id, secret, ids)
    except PlatformError as error:
        streams.stderr.write(f"care-desktop conversations: {error.message.render()}\n")
        return EXIT_UNREACHABLE
    finally:
        del secret
    retention = load_retention()
    if args.json:
        streams.stdout.write(json.dumps(report_json(report, retention)) + "\n")
    else:
        streams.stdout.writelines(f"{line}\n" for line in human_lines(report, retention))
    if report.stopped is not None:
        streams.stderr.write(f"care-desktop conversations: {report.stopped.render()}\n")
        return EXIT_UNREACHABLE
    failed = sum(check.outcome is Outcome.FAILED for check in report.checks)
    if failed:
        streams.stderr.write(
            f"care-desktop conversations: Genesys Cloud did not answer for {counted(failed, 'conversation')}\n"
        )
        return EXIT_UNREACHABLE
    return EXIT_OK
