"""``care-desktop ids [TEXT]``: print the conversation and organization IDs found in text."""

from __future__ import annotations

import argparse
import json
from typing import Any

from care_desktop.cli import EXIT_OK, Streams
from care_desktop.domain.case.identifiers import extract_uuids


def register(subparsers: Any, name: str) -> None:
    """Add the ``ids`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="print each conversation/organization ID found in TEXT or standard input",
        description="Print each UUID found, lower case, in first-seen order, without duplicates.",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="text to search (default: standard input)")
    parser.add_argument("--json", action="store_true", help='print {"ids": [...]}')


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the IDs found.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0, also when no ID was found.
    """
    text = " ".join(args.text) if args.text else streams.stdin.read()
    ids = extract_uuids(text)
    if args.json:
        streams.stdout.write(json.dumps({"ids": ids}) + "\n")
    else:
        streams.stdout.writelines(f"{conv_id}\n" for conv_id in ids)
    return EXIT_OK
