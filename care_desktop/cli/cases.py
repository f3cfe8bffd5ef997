"""``care-desktop cases``: the case tracker from the command line (add, set, list).

- ``cases add NUMBER --severity N --opened ISO_LOCAL --tz ZONE [--title T]``: start tracking a filed case.
- ``cases set NUMBER --state STATE --at ISO_LOCAL``: record a change of state (open, waiting-on-customer,
  resolution-proposed, closed); ``--received first-response|rca`` instead of ``--state`` records that
  Customer Care's first response or the comprehensive RCA came.
- ``cases list [--json]``: every case with its state and running deadlines; the JSON is
  ``{"cases": [{"number", "severity", "state", "deadlines": [{"kind", "due"}]}]}``, ``due`` in ISO 8601 with
  the offset of the case's zone.

Times without an offset are wall-clock times in the case's zone (``--tz`` for ``add``, the zone recorded for
``set``); a time with an offset is converted. Holidays follow the calendar chosen in the app's Settings (none
by default). Bad input exits 2 with one line; a store that cannot be opened exits 1. No Qt.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, tzinfo
from typing import Any, Final

from care_desktop.cli import EXIT_FAILURE, EXIT_OK, BadInputError, Streams
from care_desktop.domain.clock.business_hours import localize
from care_desktop.domain.tracker.model import CaseState, DeadlineKind, TrackerError, deadlines, new_case
from care_desktop.services.clock.resolver import zone_named
from care_desktop.services.paths import resolve_paths
from care_desktop.services.store import Store
from care_desktop.services.storefile import StoreError
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore, holiday_rule

_STATES: Final = ", ".join(state.value for state in CaseState)
_RECEIVED: Final = (DeadlineKind.FIRST_RESPONSE.value, DeadlineKind.RCA.value)


def register(subparsers: Any, name: str) -> None:
    """Add the ``cases`` subcommand and its own subcommands.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="the case tracker: add a filed case, record its state, list the deadlines",
        description="Track filed cases: their state and the deadlines that follow (business hours Mon-Fri 08-17).",
    )
    actions = parser.add_subparsers(dest="cases_command", metavar="ACTION")
    add = actions.add_parser("add", help="start tracking a filed case")
    add.add_argument("number", nargs="?", metavar="NUMBER", help="the case number Customer Care gave")
    add.add_argument("--severity", metavar="N", help="severity level, 1 to 4 (required)")
    add.add_argument("--opened", metavar="ISO_LOCAL", help="when the case was opened, local time in --tz (required)")
    add.add_argument("--tz", metavar="ZONE", help="the customer's IANA time zone, e.g. America/New_York (required)")
    add.add_argument("--title", default="", metavar="T", help="what the case is about")
    change = actions.add_parser("set", help="record a change of state (or a response received)")
    change.add_argument("number", nargs="?", metavar="NUMBER", help="the case number")
    change.add_argument("--state", metavar="STATE", help=f"the new state: {_STATES}")
    change.add_argument(
        "--received", metavar="WHAT", help="instead of --state: first-response or rca came from Customer Care"
    )
    change.add_argument("--at", metavar="ISO_LOCAL", help="when, local time in the case's zone (required)")
    listing = actions.add_parser("list", help="list the cases, their state and deadlines")
    listing.add_argument("--json", action="store_true", help='print {"cases": [...]} as JSON')


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Run ``cases add``, ``cases set`` or ``cases list``.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0 on success, 1 when the store cannot be opened.

    Raises:
        BadInputError: A missing or invalid option, an unknown case, a change that is not allowed.
    """
    action = getattr(args, "cases_command", None)
    if action is None:
        raise BadInputError("choose an action: add, set or list")
    try:
        store, _notice = Store.open(resolve_paths().store)
    except StoreError as error:
        streams.stderr.write(f"care-desktop cases: {error}\n")
        return EXIT_FAILURE
    try:
        tracker = TrackerStore(store)
        if action == "add":
            _add(args, tracker, streams)
        elif action == "set":
            _set(args, tracker, streams)
        else:
            _list(args, tracker, store, streams)
    except TrackerError as error:
        raise BadInputError(str(error)) from None
    except CaseNotFoundError:
        raise BadInputError(f"no tracked case {args.number.strip()!r}: add it first with 'cases add'") from None
    finally:
        store.close()
    return EXIT_OK


def _number(args: argparse.Namespace) -> str:
    if args.number is None or not args.number.strip():
        raise BadInputError("the case NUMBER is required")
    return str(args.number).strip()


def _time(text: str | None, option: str, zone: tzinfo) -> datetime:
    """Parse a time option into an aware datetime in ``zone``, to whole seconds."""
    if text is None:
        raise BadInputError(f"{option} is required (an ISO 8601 time such as 2026-12-01T08:00)")
    try:
        parsed = datetime.fromisoformat(text.strip()).replace(microsecond=0)
    except ValueError:
        raise BadInputError(f"cannot read {option} {text!r}: use ISO 8601, e.g. 2026-12-01T08:00") from None
    try:
        return localize(parsed, zone) if parsed.tzinfo is None else parsed.astimezone(zone)
    except OverflowError:
        raise BadInputError(f"{option} {text!r} is out of range") from None


def _add(args: argparse.Namespace, tracker: TrackerStore, streams: Streams) -> None:
    number = _number(args)
    if args.severity is None or args.severity.strip() not in {"1", "2", "3", "4"}:
        raise BadInputError(f"--severity must be 1, 2, 3 or 4, not {args.severity!r}")
    if args.tz is None:
        raise BadInputError("--tz is required (an IANA time zone such as America/New_York)")
    try:
        zone = zone_named(args.tz)
    except ValueError:
        raise BadInputError(f"unknown time zone {args.tz!r}: use an IANA name such as America/New_York") from None
    opened = _time(args.opened, "--opened", zone)
    tracker.add_case(new_case(number, int(args.severity), opened, args.title))
    streams.stdout.write(f"Tracking case {number} (Severity {args.severity.strip()}, opened {opened.isoformat()})\n")


def _set(args: argparse.Namespace, tracker: TrackerStore, streams: Streams) -> None:
    number = _number(args)
    if (args.state is None) == (args.received is None):
        raise BadInputError(f"give either --state ({_STATES}) or --received (first-response or rca)")
    case = tracker.get_case(number)
    assert case.opened.tzinfo is not None
    at = _time(args.at, "--at", case.opened.tzinfo)
    if args.received is not None:
        if args.received not in _RECEIVED:
            raise BadInputError(f"--received must be first-response or rca, not {args.received!r}")
        if args.received == DeadlineKind.RCA.value:
            tracker.record_rca_received(number, at)
        else:
            tracker.record_first_response(number, at)
        streams.stdout.write(f"Case {number}: {args.received} received {at.isoformat()}\n")
        return
    if args.state not in {state.value for state in CaseState}:
        raise BadInputError(f"--state must be one of {_STATES}, not {args.state!r}")
    changed = tracker.change_state(number, CaseState(args.state), at)
    streams.stdout.write(f"Case {number}: {changed.state.value} since {changed.since.isoformat()}\n")


def _list(args: argparse.Namespace, tracker: TrackerStore, store: Store, streams: Streams) -> None:
    is_holiday = holiday_rule(store)
    cases = tracker.list_cases()
    if args.json:
        document = {
            "cases": [
                {
                    "number": case.number,
                    "severity": case.severity,
                    "state": case.state.value,
                    "deadlines": [
                        {"kind": deadline.kind.value, "due": deadline.due.isoformat(timespec="seconds")}
                        for deadline in deadlines(case, is_holiday)
                    ],
                }
                for case in cases
            ]
        }
        streams.stdout.write(json.dumps(document) + "\n")
        return
    if not cases:
        streams.stdout.write("No tracked cases.\n")
    for case in cases:
        title = f"  {case.title}" if case.title else ""
        streams.stdout.write(f"{case.number}  Severity {case.severity}  {case.state.value}{title}\n")
        for deadline in deadlines(case, is_holiday):
            due = deadline.due.isoformat(timespec="seconds")
            streams.stdout.write(f"    {deadline.kind.value:<18} {due} ({deadline.due.tzname()})\n")
