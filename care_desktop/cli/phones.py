"""``care-desktop phones [QUERY] [--json]``: look up the Severity 1 phone numbers, offline.

Prints the directory in use (the administrator's, else the user's import, else the bundled one) or the
entries matching QUERY (a country, locale, region, region domain or label text), always with the as-of date,
the official page, and a "verify before calling" notice while the data is older than one year. Numbers are
printed exactly as published; where a number is not dialable as printed but a valid form follows from it by
the usual rules (``services.phones.dialable``: the ``(0)`` trunk prefix dropped), that *derived* form is printed
under it, labelled as derived (``--json``: a ``derived`` object per entry, null when none). A query that
matches nothing is not an error: exit 0 with no entries (and a note on standard error). Warnings about an
unusable site or user file go to standard error. This module only formats; the rules live in the domain and
the phonebook service.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from care_desktop.cli import EXIT_FAILURE, EXIT_OK, Streams
from care_desktop.domain.phones.directory import Directory, PhoneEntry, is_stale
from care_desktop.domain.phones.files import directory_to_json
from care_desktop.domain.plurals import counted
from care_desktop.services.paths import resolve_paths
from care_desktop.services.phones.dialable import DialAdvice, country_name, dial_advice
from care_desktop.services.phones.phonebook import Phonebook
from care_desktop.services.resources import ResourceError

_ORIGINS = {
    "site": "deployed by your administrator",
    "user": "imported by you",
    "bundled": "bundled with Care Desktop",
}
_COLUMNS = (("REGION", "region"), ("LABEL", "label"), ("NUMBER", "number"), ("TOLL-FREE", "toll_free"))


def register(subparsers: Any, name: str) -> None:
    """Add the ``phones`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="look up the Customer Care phone numbers for Severity 1 (offline)",
        description=(
            "Print the Severity 1 Customer Care phone numbers, verbatim as published, with their as-of date. "
            "QUERY may be a country (Japan), a locale (ja_JP), a region (EMEA), a region domain (mypurecloud.de) "
            "or label text (toll-free). A query that matches nothing prints no entries and exits 0."
        ),
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help="what to look for (default: every entry)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"as_of": DATE, "source": URL, "entries": [{region, label, number, toll_free, caution, source, '
        "as_of, derived}]}; derived is {international, national, country, tel} or null",
    )


def derived_line(advice: DialAdvice) -> str:
    """The derived form in words, e.g. "derived: dial +44 1276 457002 from abroad, 01276 457002 within ..."."""
    if not advice.derived:
        return ""
    why = "the (0) trunk prefix dropped" if advice.trunk_prefix else "regrouped"
    country = country_name(advice.country, "en")
    return (
        f"derived: dial {advice.international} from abroad, {advice.national} within "
        f"{country} ({why}; worked out by Care Desktop, not published)"
    )


def derived_json(advice: DialAdvice) -> dict[str, str] | None:
    """The derived form for ``--json``, or None when the number has none."""
    if not advice.derived:
        return None
    return {
        "international": advice.international,
        "national": advice.national,
        "country": advice.country,
        "tel": advice.tel or "",
    }


def _table(entries: Sequence[PhoneEntry]) -> list[str]:
    widths = [max([len(title), *(len(getattr(entry, key)) for entry in entries)]) for title, key in _COLUMNS]
    rows = [[title for title, _ in _COLUMNS], *([getattr(entry, key) for _, key in _COLUMNS] for entry in entries)]
    lines = []
    for row, entry in zip(rows, [None, *entries], strict=True):
        cells = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        caution = "CAUTION" if entry is None else entry.caution
        lines.append(f"{cells}  {caution}".rstrip())
        derived = derived_line(dial_advice(entry)) if entry is not None else ""
        if derived:
            lines.append(" " * (widths[0] + 2) + derived)
    return lines


def _human(directory: Directory, entries: Sequence[PhoneEntry], link: str, today: date) -> list[str]:
    where = f" ({directory.location})" if directory.location else ""
    lines = [
        "Genesys Cloud Customer Care phone numbers: Severity 1 (critical outage) only, 24x7.",
        f"As of {directory.as_of}, {_ORIGINS[directory.origin]}{where}.",
        f"Source: {directory.source}",
    ]
    if is_stale(directory.as_of, today):
        lines.append(f"Verify before calling: these numbers are more than a year old (as of {directory.as_of}).")
    lines.append(f"Official page: {link}")
    if entries:
        lines += ["", *_table(entries)]
    return lines


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the directory or the entries matching the query.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0 (also when nothing matches); 1 when the bundled directory is broken.
    """
    book = Phonebook(resolve_paths())
    try:
        loaded = book.load()
        query = " ".join(args.query).strip()
        entries = book.search(loaded.directory, query) if query else loaded.directory.entries
        link = book.official_page().url
    except ResourceError as error:
        streams.stderr.write(f"care-desktop phones: {error}\n")
        return EXIT_FAILURE
    for warning in loaded.warnings:
        streams.stderr.write(f"care-desktop phones: warning: {warning.render()}\n")
    if query and not entries:
        streams.stderr.write(
            f"care-desktop phones: no entry matches {query!r}; "
            f"run without a query to list all {counted(len(loaded.directory.entries), 'entry', 'entries')}.\n"
        )
    if args.json:
        document = directory_to_json(loaded.directory)
        document["entries"] = [{**entry.to_json(), "derived": derived_json(dial_advice(entry))} for entry in entries]
        streams.stdout.write(json.dumps(document) + "\n")
    else:
        streams.stdout.writelines(f"{line}\n" for line in _human(loaded.directory, entries, link, date.today()))
    return EXIT_OK
