"""The case tracker: a filed case's states, the changes the user records, and the deadlines that follow.

States (the names Customer Care's portal shows): open, waiting-on-customer, resolution-proposed, closed.
Allowed changes:

- open -> waiting-on-customer, resolution-proposed, closed;
- waiting-on-customer -> open (the contact answered), resolution-proposed, closed;
- resolution-proposed -> open (the contact reports it is not resolved), waiting-on-customer, closed;
- closed -> open (Customer Care reopened it, or the close was recorded by mistake).

Changing to the same state is refused, and so is a change dated before the opening or before the previous
change. Re-entering a state starts its clock again from the new change.

Deadlines, all counted in the case's zone (the ``tzinfo`` of ``TrackedCase.opened``), business hours
Monday-Friday 08:00-17:00 (``domain.clock``), N business days = N x 9 business hours unless stated:

- ``first-response``: the target initial response (``clock.respond_by``) from the opening time (none for a case
  opened by phone: it starts answered). It is shown while the case is still open with no change recorded and
  no first response recorded: any recorded change (Customer Care asked something, proposed a resolution,
  closed) means Customer Care has answered. An overdue first response stays on the list until one is recorded.
- ``customer-response``: while waiting-on-customer, 3 business days from the change (when Customer Care
  asked); after that the case may be closed with notice. Gone when the state changes.
- ``auto-close``: while resolution-proposed, 17:00 of the third business day after the day of the change
  (``clock.end_of_nth_business_day``). Gone when the state changes (back to open = "not resolved").
- ``rca``: Severity 1 only. When the case enters resolution-proposed or closed from an unresolved state the
  outage counts as resolved, and the comprehensive RCA is due 5 business days later; resolution-proposed ->
  closed keeps that resolution time, a change back to open or waiting-on-customer drops the deadline (the
  outage was not resolved) and the next resolution starts it again. Gone once the RCA is recorded as received.

This module is pure: no I/O, no Qt, no reading the clock; zones arrive as the ``tzinfo`` of the times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final

from care_desktop.domain.clock.business_hours import (
    HolidayPredicate,
    add_business_days,
    end_of_nth_business_day,
    no_holidays,
)
from care_desktop.domain.clock.business_hours import respond_by as first_response_due
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

CUSTOMER_RESPONSE_DAYS: Final = 3
AUTO_CLOSE_DAYS: Final = 3
RCA_DAYS: Final = 5
MAX_CASE_NUMBER: Final = 64
ResponseRule = Callable[[int, datetime, HolidayPredicate], datetime]


class CaseState(StrEnum):
    """Where a filed case stands."""

    OPEN = "open"
    WAITING = "waiting-on-customer"
    RESOLUTION_PROPOSED = "resolution-proposed"
    CLOSED = "closed"


class DeadlineKind(StrEnum):
    """The clocks that run after filing."""

    FIRST_RESPONSE = "first-response"
    CUSTOMER_RESPONSE = "customer-response"
    AUTO_CLOSE = "auto-close"
    RCA = "rca"


STATE_NAMES: Final[dict[CaseState, str]] = {
    CaseState.OPEN: QT_TRANSLATE_NOOP("domain", "Open"),
    CaseState.WAITING: QT_TRANSLATE_NOOP("domain", "Waiting on customer"),
    CaseState.RESOLUTION_PROPOSED: QT_TRANSLATE_NOOP("domain", "Resolution proposed"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("domain", "Closed"),
}
KIND_NAMES: Final[dict[DeadlineKind, str]] = {
    DeadlineKind.FIRST_RESPONSE: QT_TRANSLATE_NOOP("domain", "First response"),
    DeadlineKind.CUSTOMER_RESPONSE: QT_TRANSLATE_NOOP("domain", "Your reply"),
    DeadlineKind.AUTO_CLOSE: QT_TRANSLATE_NOOP("domain", "Auto-close"),
    DeadlineKind.RCA: QT_TRANSLATE_NOOP("domain", "Comprehensive RCA"),
}
KIND_NOTES: Final[dict[DeadlineKind, str]] = {
    DeadlineKind.FIRST_RESPONSE: QT_TRANSLATE_NOOP(
        "domain", "The target initial response for Severity {severity}; chase the case if it passes unanswered."
    ),
    DeadlineKind.CUSTOMER_RESPONSE: QT_TRANSLATE_NOOP(
        "domain",
        "Answer Customer Care by then: a case not answered within three business days may be closed (with notice).",
    ),
    DeadlineKind.AUTO_CLOSE: QT_TRANSLATE_NOOP(
        "domain",
        "The case closes at the end of the third business day unless you report that the issue is not resolved.",
    ),
    DeadlineKind.RCA: QT_TRANSLATE_NOOP(
        "domain",
        "The comprehensive RCA is due within five business days of resolution; Customer Care opens a Priority 3 "
        "follow-up case for it.",
    ),
}

TRANSITIONS: Final[dict[CaseState, frozenset[CaseState]]] = {
    CaseState.OPEN: frozenset({CaseState.WAITING, CaseState.RESOLUTION_PROPOSED, CaseState.CLOSED}),
    CaseState.WAITING: frozenset({CaseState.OPEN, CaseState.RESOLUTION_PROPOSED, CaseState.CLOSED}),
    CaseState.RESOLUTION_PROPOSED: frozenset({CaseState.OPEN, CaseState.WAITING, CaseState.CLOSED}),
    CaseState.CLOSED: frozenset({CaseState.OPEN}),
}
RESOLVED: Final = frozenset({CaseState.RESOLUTION_PROPOSED, CaseState.CLOSED})
_KIND_ORDER: Final = {kind: index for index, kind in enumerate(DeadlineKind)}  # for deadlines due at one instant


class TrackerError(ValueError):
    """A case or a change cannot be recorded; ``message`` says why, for the user.

    Args:
        message: The reason.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class StateChange:
    """One change of state the user recorded.

    Attributes:
        state: The new state.
        at: When it happened (aware).
    """

    state: CaseState
    at: datetime


@dataclass(frozen=True)
class TrackedCase:
    """A filed case.

    Attributes:
        number: Customer Care's case number.
        severity: 1 to 4.
        opened: When the case was opened, aware, in the case's (the customer's) zone.
        title: A reminder of what it is about.
        changes: The recorded state changes, oldest first (the case starts open).
        first_response_at: When Customer Care's first response came, if recorded.
        rca_received_at: When the comprehensive RCA came, if recorded.
        draft_id: The draft the case was prepared in, or empty.
        package: The package that was uploaded with it, or empty.
    """

    number: str
    severity: int
    opened: datetime
    title: str = ""
    changes: tuple[StateChange, ...] = ()
    first_response_at: datetime | None = None
    rca_received_at: datetime | None = None
    draft_id: str = ""
    package: str = ""

    @property
    def state(self) -> CaseState:
        """The current state."""
        return self.changes[-1].state if self.changes else CaseState.OPEN

    @property
    def since(self) -> datetime:
        """When the case entered its current state, in the case's zone."""
        return self.local(self.changes[-1].at) if self.changes else self.opened

    def local(self, moment: datetime) -> datetime:
        """Express ``moment`` in the case's zone."""
        return moment.astimezone(self.opened.tzinfo)

    def resolved_at(self) -> datetime | None:
        """When the outage counted as resolved (entered resolution-proposed or closed), if it is now."""
        resolved: datetime | None = None
        previous = CaseState.OPEN
        for change in self.changes:
            if change.state not in RESOLVED:
                resolved = None
            elif previous not in RESOLVED:
                resolved = self.local(change.at)
            previous = change.state
        return resolved


@dataclass(frozen=True)
class Deadline:
    """One clock of one case.

    Attributes:
        case_number: The case.
        kind: Which clock.
        due: When it runs out, in the case's zone.
        since: When it started, in the case's zone.
        severity: The case's severity.
        note: What it means for the contact.
    """

    case_number: str
    kind: DeadlineKind
    due: datetime
    since: datetime
    severity: int
    note: Message = field(compare=False)


def _problem(template: str, **params: str) -> TrackerError:
    return TrackerError(Message(template, dict(params)))


def check_case_number(text: str) -> str:
    """Check and tidy a case number as the user typed it.

    Args:
        text: The number, e.g. ``"0001234567"``.

    Returns:
        The number without surrounding spaces.

    Raises:
        TrackerError: Empty, too long, or containing spaces or control characters.
    """
    number = text.strip()
    if not number:
        raise _problem(QT_TRANSLATE_NOOP("domain", "Enter the case number Customer Care gave."))
    if len(number) > MAX_CASE_NUMBER or any(ch.isspace() or not ch.isprintable() for ch in number):
        raise _problem(
            QT_TRANSLATE_NOOP("domain", 'The case number "{number}" is not valid: one word of at most 64 characters.'),
            number=number[:80],
        )
    return number


def new_case(number: str, severity: int, opened: datetime, title: str = "", *, by_phone: bool = False) -> TrackedCase:
    """Record a filed case; it starts open.

    A case opened by phone (the Severity 1 path) starts with its first response met: the analyst answered on
    the call, so no first-response clock runs and no reminder of it comes.

    Args:
        number: Customer Care's case number.
        severity: 1 to 4.
        opened: When it was opened, aware, in the customer's zone.
        title: What it is about.
        by_phone: Opened on the phone with an analyst.

    Returns:
        The case.

    Raises:
        TrackerError: Bad number, severity outside 1-4, or a naive opening time.
    """
    checked = check_case_number(number)
    if isinstance(severity, bool) or severity not in (1, 2, 3, 4):
        raise _problem(QT_TRANSLATE_NOOP("domain", "The severity must be 1, 2, 3 or 4."))
    if opened.tzinfo is None or opened.utcoffset() is None:
        raise _problem(QT_TRANSLATE_NOOP("domain", "The opening time needs a time zone."))
    return TrackedCase(checked, severity, opened, title.strip(), first_response_at=opened if by_phone else None)


def check_change(case: TrackedCase, state: CaseState, at: datetime) -> None:
    """Check that ``case`` may move to ``state`` at ``at``.

    Args:
        case: The case.
        state: The new state.
        at: When the change happened (aware).

    Raises:
        TrackerError: The change is not allowed from the current state, or ``at`` is naive, before the opening
            or before the previous change.
    """
    if state not in TRANSITIONS[case.state]:
        raise _problem(
            QT_TRANSLATE_NOOP("domain", 'Case {number} cannot change from "{current}" to "{new}".'),
            number=case.number,
            current=case.state.value,
            new=state.value,
        )
    _check_time(case, at)


def _check_time(case: TrackedCase, at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise _problem(QT_TRANSLATE_NOOP("domain", "The time of the change needs a time zone."))
    if at < case.opened:
        raise _problem(
            QT_TRANSLATE_NOOP("domain", "Case {number} was opened at {opened}; a change cannot come before that."),
            number=case.number,
            opened=case.opened.isoformat(timespec="minutes"),
        )
    if case.changes and at < case.changes[-1].at:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "domain", "The last change of case {number} was at {last}; a new one cannot come before it."
            ),
            number=case.number,
            last=case.since.isoformat(timespec="minutes"),
        )


def change_state(case: TrackedCase, state: CaseState, at: datetime) -> TrackedCase:
    """Record a change of state.

    Args:
        case: The case.
        state: The new state.
        at: When it happened (aware; kept in the case's zone).

    Returns:
        The case with the change appended.

    Raises:
        TrackerError: See :func:`check_change`.
    """
    check_change(case, state, at)
    return replace(case, changes=(*case.changes, StateChange(state, case.local(at))))


def record_first_response(case: TrackedCase, at: datetime) -> TrackedCase:
    """Record when Customer Care's first response came (the first-response deadline goes away).

    Raises:
        TrackerError: ``at`` is naive or before the opening.
    """
    _check_time(replace(case, changes=()), at)
    return replace(case, first_response_at=case.local(at))


def record_rca_received(case: TrackedCase, at: datetime) -> TrackedCase:
    """Record that the comprehensive RCA came (the rca deadline goes away).

    Raises:
        TrackerError: ``at`` is naive or before the opening.
    """
    _check_time(replace(case, changes=()), at)
    return replace(case, rca_received_at=case.local(at))


def deadlines(
    case: TrackedCase, is_holiday: HolidayPredicate = no_holidays, respond: ResponseRule = first_response_due
) -> list[Deadline]:
    """The clocks running for ``case`` in its current state, soonest first.

    Args:
        case: The case.
        is_holiday: Holidays of the customer's calendar (none by default, as the published policy names none).
        respond: The first-response target (a support plan's, ``clock.plans``; the Standard one by default).

    Returns:
        Zero to two deadlines (an rca may run beside nothing else; the others exclude each other).
    """
    found: list[Deadline] = []

    def add(kind: DeadlineKind, due: datetime, since: datetime) -> None:
        params = {"severity": str(case.severity)} if kind is DeadlineKind.FIRST_RESPONSE else {}
        found.append(Deadline(case.number, kind, due, since, case.severity, Message(KIND_NOTES[kind], params)))

    state = case.state
    if state is CaseState.OPEN and not case.changes and case.first_response_at is None:
        add(DeadlineKind.FIRST_RESPONSE, respond(case.severity, case.opened, is_holiday), case.opened)
    if state is CaseState.WAITING:
        add(
            DeadlineKind.CUSTOMER_RESPONSE,
            add_business_days(case.since, CUSTOMER_RESPONSE_DAYS, is_holiday),
            case.since,
        )
    if state is CaseState.RESOLUTION_PROPOSED:
        add(DeadlineKind.AUTO_CLOSE, end_of_nth_business_day(case.since, AUTO_CLOSE_DAYS, is_holiday), case.since)
    resolved = case.resolved_at()
    if case.severity == 1 and resolved is not None:
        received = case.rca_received_at
        if received is None or received < resolved:
            add(DeadlineKind.RCA, add_business_days(resolved, RCA_DAYS, is_holiday), resolved)
    return sort_deadlines(found)


def sort_deadlines(items: Iterable[Deadline]) -> list[Deadline]:
    """Sort deadlines by what is due next (then by case number and kind, so the order is stable)."""
    return sorted(items, key=lambda d: (d.due.astimezone(UTC), d.case_number, _KIND_ORDER[d.kind]))


def all_deadlines(
    cases: Iterable[TrackedCase], is_holiday: HolidayPredicate = no_holidays, respond: ResponseRule = first_response_due
) -> list[Deadline]:
    """Every running deadline of every case, in one list sorted by what is due next.

    Args:
        cases: The tracked cases.
        is_holiday: The holiday predicate.
        respond: The first-response target.

    Returns:
        The deadlines, soonest first.
    """
    return sort_deadlines(deadline for case in cases for deadline in deadlines(case, is_holiday, respond))
