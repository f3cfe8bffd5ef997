"""``care-desktop cases``: the case tracker from the command line (add, set, list).

- ``cases add NUMBER --severity N --opened ISO_LOCAL --tz ZONE [--title T]``: start tracking a filed case.
- ``cases set NUMBER --state STATE --at ISO_LOCAL``: record a change of state (open, waiting-on-customer,
  resolution-proposed, closed); ``--received first-response|rca`` instead of ``--state`` records that
  Customer Care's first response or the comprehensive RCA came; ``--escalation requested|closed`` records an
  escalation (``--note`` says why; refused while the escalation window is not open), ``--updated`` an update of
  the case, ``--remind on|off`` whether to be reminded when an escalation becomes possible.
- ``cases list [--json]``: every case with its state, running deadlines and escalation window; the JSON is
  ``{"cases": [{"number", "severity", "state", "deadlines": [{"kind", "due"}], "escalation": {"status", "rule",
  "possible_from", "reason", "remind"}}]}``, times in ISO 8601 with the offset of the case's zone
  (``possible_from`` is null when the rule sets no time).

The first-response deadline follows the support plan chosen in Settings (Standard by default).

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
from care_desktop.domain.tracker.escalation import EscalationWindow, EventKind, wants_reminder
from care_desktop.domain.tracker.model import CaseState, DeadlineKind, TrackerError, deadlines, new_case
from care_desktop.services.clock.targets import plan_or_standard, response_rule, zone_named
from care_desktop.services.paths import resolve_paths
from care_desktop.services.preferences import load_preferences
from care_desktop.services.store import Store
from care_desktop.services.storefile import StoreError
from care_desktop.services.tracker.events import CaseEvents
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore, holiday_rule

_STATES: Final = ", ".join(state.value for state in CaseState)
_RECEIVED: Final = (DeadlineKind.FIRST_RESPONSE.value, DeadlineKind.RCA.value)
_ESCALATION: Final = {"requested": EventKind.ESCALATION_REQUESTED, "closed": EventKind.ESCALATION_CLOSED}
_REMIND: Final = {"on": EventKind.REMIND_ON, "off": EventKind.REMIND_OFF}


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
    change.add_argument(
        "--escalation", metavar="WHAT", help="instead of --state: an escalation was requested or closed"
    )
    change.add_argument("--note", default="", metavar="TEXT", help="with --escalation requested: the reason")
    change.add_argument("--updated", action="store_true", help="instead of --state: the case was updated")
    change.add_argument(
        "--remind", metavar="on|off", help="instead of --state: remind when an escalation becomes possible"
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
            _set(args, tracker, store, streams)
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


def _set(args: argparse.Namespace, tracker: TrackerStore, store: Store, streams: Streams) -> None:
    number = _number(args)
    given = [args.state, args.received, args.escalation, args.remind, True if args.updated else None]
    if sum(option is not None for option in given) != 1:
        raise BadInputError(
            f"give one of --state ({_STATES}), --received (first-response or rca), --escalation (requested or "
            "closed), --updated or --remind (on or off)"
        )
    case = tracker.get_case(number)
    assert case.opened.tzinfo is not None
    at = _time(args.at, "--at", case.opened.tzinfo)
    if args.escalation is not None or args.remind is not None or args.updated:
        _event(args, store, number, at, streams)
        return
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


def _event(args: argparse.Namespace, store: Store, number: str, at: datetime, streams: Streams) -> None:
    if args.escalation is not None:
        if args.escalation not in _ESCALATION:
            raise BadInputError(f"--escalation must be requested or closed, not {args.escalation!r}")
        kind = _ESCALATION[args.escalation]
    elif args.remind is not None:
        if args.remind not in _REMIND:
            raise BadInputError(f"--remind must be on or off, not {args.remind!r}")
        kind = _REMIND[args.remind]
    else:
        kind = EventKind.UPDATED
    events = CaseEvents(store)
    event = events.record(number, kind, at, args.note if kind is EventKind.ESCALATION_REQUESTED else "")
    streams.stdout.write(f"Case {number}: {event.kind.value} {event.at.isoformat()}\n")


def _window_json(window: EscalationWindow, remind: bool) -> dict[str, object]:
    return {
        "status": window.status.value,
        "rule": window.rule.value,
        "possible_from": window.opens_at.isoformat(timespec="seconds") if window.opens_at else None,
        "reason": window.reason.render(),
        "remind": remind,
    }


def _window_text(window: EscalationWindow) -> str:
    if window.status.value == "possible":
        when = f"from {window.opens_at.isoformat(timespec='minutes')}" if window.opens_at else "now"
        return f"escalation possible {when} ({window.rule.value})"
    return f"escalation {window.status.value} ({window.rule.value})"


def _list(args: argparse.Namespace, tracker: TrackerStore, store: Store, streams: Streams) -> None:
    is_holiday = holiday_rule(store)
    respond = response_rule(plan_or_standard(load_preferences(store).support_plan))
    events = CaseEvents(store)
    cases = tracker.list_cases()
    windows = {case.number: events.window(case, is_holiday) for case in cases}
    reminders = {case.number: wants_reminder(events.events(case.number)) for case in cases}
    if args.json:
        document = {
            "cases": [
                {
                    "number": case.number,
                    "severity": case.severity,
                    "state": case.state.value,
                    "deadlines": [
                        {"kind": deadline.kind.value, "due": deadline.due.isoformat(timespec="seconds")}
                        for deadline in deadlines(case, is_holiday, respond)
                    ],
                    "escalation": _window_json(windows[case.number], reminders[case.number]),
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
        for deadline in deadlines(case, is_holiday, respond):
            due = deadline.due.isoformat(timespec="seconds")
            streams.stdout.write(f"    {deadline.kind.value:<18} {due} ({deadline.due.tzname()})\n")
        streams.stdout.write(f"    {_window_text(windows[case.number])}\n")
