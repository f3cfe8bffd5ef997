"""``care-desktop ids [TEXT]``: print the conversation and organization IDs found in text.

An ID the text marks as something else (``…/directory/#/person/<id>``, ``User ID: <id>``, ``"queueId": …``) is
skipped: the human output names it on standard error, ``--json`` lists it under ``skipped`` with the reason.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from care_desktop.cli import EXIT_OK, Streams
from care_desktop.domain.case.identifiers import ORGANIZATION, FoundId, find_ids


def register(subparsers: Any, name: str) -> None:
    """Add the ``ids`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="print each conversation/organization ID found in TEXT or standard input",
        description=(
            "Print each conversation or organization UUID found, lower case, in first-seen order, without "
            "duplicates. A UUID the text marks as something else (a person, user, queue, participant...) is "
            "skipped and named on standard error."
        ),
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="text to search (default: standard input)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"ids": [...]} (and "skipped": [{"id","kind","cue","reason"}] when any)',
    )


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the IDs found.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0, also when no ID was found.
    """
    text = " ".join(args.text) if args.text else streams.stdin.read()
    found = find_ids(text)
    ids = [item.id for item in found if item.is_conversation or item.kind == ORGANIZATION]
    skipped = [item for item in found if not (item.is_conversation or item.kind == ORGANIZATION)]
    if args.json:
        document: dict[str, object] = {"ids": ids}
        if skipped:
            document["skipped"] = [
                {"id": item.id, "kind": item.kind, "cue": item.cue, "reason": skip_reason(item)} for item in skipped
            ]
        streams.stdout.write(json.dumps(document) + "\n")
    else:
        streams.stdout.writelines(f"{conv_id}\n" for conv_id in ids)
        streams.stderr.writelines(f"skipped {item.id}: {skip_reason(item)}\n" for item in skipped)
    return EXIT_OK


def skip_reason(item: FoundId) -> str:
    """Why an ID was not printed, in one line."""
    return f"the text marks it as a {item.kind} ID ({item.cue!r}), not a conversation or organization"
