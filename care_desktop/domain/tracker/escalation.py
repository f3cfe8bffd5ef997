"""Escalation windows: when an escalation request becomes possible for a tracked case, and which rule decides.

The published criteria (``resources/profile.json``, ``escalation``; Case Escalation Management Process), checked
in this order; the first that applies decides:

1. **Open case**: a closed case cannot be escalated; it must be reopened first.
2. **Low**: a Low (Severity 4) case is never eligible.
3. **One active escalation**: while an escalation is active (requested and not yet closed) no other may be
   requested; the window opens again when it is closed.
4. **RCA**: once a Critical (Severity 1) outage is restored (the case entered resolution-proposed or closed,
   ``TrackedCase.resolved_at``) and the RCA has not come, an escalation for the RCA is possible only after
   Product Support has had 5 business days (cloud) from the restoration. An unresolved Critical case may be
   escalated at any time.
5. **High**: a High (Severity 2) case needs 24 hours since its last update (real hours, not business hours).
   The last update is the latest recorded event of the case: its opening, a change of state, a response or
   RCA received, an update the contact recorded, an escalation requested or closed.
6. **Medium**: the criteria name no waiting time for a Medium (Severity 3) case; it may be escalated while open.

Besides the rule, the window says when Product Support is waiting on the contact (waiting-on-customer: answer
first) and the criteria's reminder that a change of urgency or impact is not an escalation (call to raise the
priority). Events are recorded by the tracker store; this module only reads them.

Pure: no I/O, no Qt, no reading the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from care_desktop.domain.clock.business_hours import HolidayPredicate, add_business_days, no_holidays
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, count_text
from care_desktop.domain.tracker.model import CaseState, TrackedCase, TrackerError


class EventKind(StrEnum):
    """What the contact recorded about a case besides its state."""

    ESCALATION_REQUESTED = "escalation-requested"
    ESCALATION_CLOSED = "escalation-closed"
    UPDATED = "case-updated"
    REMIND_ON = "escalation-remind-on"
    REMIND_OFF = "escalation-remind-off"


@dataclass(frozen=True)
class CaseEvent:
    """One recorded event of a case.

    Attributes:
        kind: What happened.
        at: When (aware).
        note: The contact's words (the reason for an escalation).
    """

    kind: EventKind
    at: datetime
    note: str = ""


class Status(StrEnum):
    """Where a case stands for an escalation request."""

    POSSIBLE = "possible"
    """Possible from ``opens_at`` (already when that has passed), or now when ``opens_at`` is None."""
    ACTIVE = "active"
    NOT_ELIGIBLE = "not-eligible"
    NEEDS_OPEN_CASE = "needs-open-case"


class Rule(StrEnum):
    """The criterion that decides the window."""

    OPEN_CASE = "open-case"
    LOW = "low-not-eligible"
    ONE_ACTIVE = "one-active"
    RCA = "rca-5-business-days"
    CRITICAL = "critical-open"
    HIGH = "high-24-hours"
    MEDIUM = "medium-no-wait"


@dataclass(frozen=True)
class Criteria:
    """The numbers of the published criteria (from the profile).

    Attributes:
        high_wait: Time a High case needs since its last update.
        rca_wait_days: Business days Product Support has for an RCA.
        low_eligible: Whether Low cases may be escalated.
        one_active: Whether only one escalation may be active at a time.
    """

    high_wait: timedelta = timedelta(hours=24)
    rca_wait_days: int = 5
    low_eligible: bool = False
    one_active: bool = True


PUBLISHED: Final = Criteria()

RULE_TEXT: Final[dict[Rule, str]] = {
    Rule.OPEN_CASE: QT_TRANSLATE_NOOP(
        "domain", "An escalation needs an open case: reopen the case first, then ask for the escalation."
    ),
    Rule.LOW: QT_TRANSLATE_NOOP("domain", "Low (Severity 4) cases are not eligible for escalation."),
    Rule.ONE_ACTIVE: QT_TRANSLATE_NOOP(
        "domain", "Only one escalation can be active on a case at a time: this one must be closed first."
    ),
    Rule.RCA: count_text(
        QT_TRANSLATE_NOOP(
            "domain",
            "No escalation for the root cause analysis until Product Support has had %n business days after "
            "the restoration ({restored}).",
        ),
        "No escalation for the root cause analysis until Product Support has had %n business day after "
        "the restoration ({restored}).",
    ),
    Rule.CRITICAL: QT_TRANSLATE_NOOP(
        "domain", "A Critical (Severity 1) case may be escalated while the outage lasts; call Customer Care."
    ),
    Rule.HIGH: count_text(
        QT_TRANSLATE_NOOP(
            "domain",
            "A High (Severity 2) case needs %n hours since its last update ({updated}) and ongoing significant "
            "business impact.",
        ),
        "A High (Severity 2) case needs %n hour since its last update ({updated}) and ongoing significant "
        "business impact.",
    ),
    Rule.MEDIUM: QT_TRANSLATE_NOOP(
        "domain", "The criteria name no waiting time for a Medium (Severity 3) case: it may be escalated while open."
    ),
}
NOT_AN_ESCALATION: Final = QT_TRANSLATE_NOOP(
    "domain", "A change of urgency or impact is not an escalation: call Customer Care to raise the priority."
)
WAITING_ON_YOU: Final = QT_TRANSLATE_NOOP(
    "domain", "Product Support is waiting on you: answer the case before asking for an escalation."
)


@dataclass(frozen=True)
class EscalationWindow:
    """When an escalation request is possible for one case, and why not before.

    Attributes:
        case_number: The case.
        status: Where it stands.
        rule: The criterion that decides it.
        reason: The rule in words.
        opens_at: When the request becomes possible (in the case's zone), or None (now, or never).
        waiting_on_you: Product Support is waiting on the contact (answer first).
        active_since: When the active escalation was requested, if one is.
        reason_times: The times in ``reason`` by placeholder (``updated``, ``restored``), for a UI that shows
            them in its own format (the message itself carries them in ISO 8601).
    """

    case_number: str
    status: Status
    rule: Rule
    reason: Message
    opens_at: datetime | None = None
    waiting_on_you: bool = False
    active_since: datetime | None = None
    reason_times: tuple[tuple[str, datetime], ...] = ()

    def possible(self, now: datetime) -> bool:
        """Whether an escalation may be requested at ``now``."""
        if self.status is not Status.POSSIBLE:
            return False
        return self.opens_at is None or now >= self.opens_at


def last_update(case: TrackedCase, events: Iterable[CaseEvent]) -> datetime:
    """The latest recorded moment of the case (its opening, a change, a response, an update, an escalation)."""
    moments = [case.opened, *(change.at for change in case.changes)]
    moments += [moment for moment in (case.first_response_at, case.rca_received_at) if moment is not None]
    moments += [event.at for event in events if event.kind not in (EventKind.REMIND_ON, EventKind.REMIND_OFF)]
    return case.local(max(moments))


def active_escalation(events: Iterable[CaseEvent]) -> CaseEvent | None:
    """The escalation request that has not been closed yet, if any."""
    active: CaseEvent | None = None
    for event in sorted(events, key=lambda item: item.at):
        if event.kind is EventKind.ESCALATION_REQUESTED and active is None:
            active = event
        elif event.kind is EventKind.ESCALATION_CLOSED:
            active = None
    return active


def wants_reminder(events: Iterable[CaseEvent]) -> bool:
    """Whether the contact asked to be reminded when the window opens (the latest on/off wins)."""
    wanted = False
    for event in sorted(events, key=lambda item: item.at):
        if event.kind is EventKind.REMIND_ON:
            wanted = True
        elif event.kind is EventKind.REMIND_OFF:
            wanted = False
    return wanted


def escalation_window(
    case: TrackedCase,
    events: Iterable[CaseEvent] = (),
    criteria: Criteria = PUBLISHED,
    is_holiday: HolidayPredicate = no_holidays,
) -> EscalationWindow:
    """Decide when an escalation request becomes possible for ``case``.

    Args:
        case: The case.
        events: Its recorded events (escalations, updates), any order.
        criteria: The published numbers.
        is_holiday: Holidays of the case's calendar (for the RCA's business days).

    Returns:
        The window, with the rule that decides it.
    """
    history = list(events)
    waiting = case.state is CaseState.WAITING
    number = case.number

    def window(
        status: Status,
        rule: Rule,
        opens_at: datetime | None = None,
        at: tuple[str, datetime] | None = None,
        count: int | None = None,
        **params: str,
    ) -> EscalationWindow:
        active = active_escalation(history)
        if at is not None:
            params[at[0]] = at[1].isoformat(timespec="minutes")
        return EscalationWindow(
            number,
            status,
            rule,
            Message(RULE_TEXT[rule], params, count),
            opens_at,
            waiting,
            case.local(active.at) if active else None,
            (at,) if at is not None else (),
        )

    if case.state is CaseState.CLOSED:
        return window(Status.NEEDS_OPEN_CASE, Rule.OPEN_CASE)
    if case.severity == 4 and not criteria.low_eligible:
        return window(Status.NOT_ELIGIBLE, Rule.LOW)
    if criteria.one_active and active_escalation(history) is not None:
        return window(Status.ACTIVE, Rule.ONE_ACTIVE)
    if case.severity == 1:
        restored = case.resolved_at()
        received = case.rca_received_at
        if restored is not None and (received is None or received < restored):
            opens = add_business_days(restored, criteria.rca_wait_days, is_holiday)
            return window(Status.POSSIBLE, Rule.RCA, opens, ("restored", restored), criteria.rca_wait_days)
        return window(Status.POSSIBLE, Rule.CRITICAL)
    if case.severity == 2:
        updated = last_update(case, history)
        hours = int(criteria.high_wait.total_seconds() // 3600)
        return window(Status.POSSIBLE, Rule.HIGH, updated + criteria.high_wait, ("updated", updated), hours)
    return window(Status.POSSIBLE, Rule.MEDIUM)


def check_event(
    case: TrackedCase,
    events: Iterable[CaseEvent],
    kind: EventKind,
    at: datetime,
    criteria: Criteria = PUBLISHED,
    is_holiday: HolidayPredicate = no_holidays,
) -> None:
    """Check that ``kind`` may be recorded for ``case`` at ``at``.

    An escalation may be requested only when the window allows it at ``at`` (see :func:`escalation_window`);
    one may be closed only while one is active. Nothing may be dated before the opening.

    Args:
        case: The case.
        events: Its recorded events.
        kind: What is to be recorded.
        at: When (aware).
        criteria: The published numbers.
        is_holiday: The holiday predicate.

    Raises:
        TrackerError: The event is not allowed, with the rule in words.
    """
    history = list(events)
    if at.tzinfo is None or at.utcoffset() is None:
        raise TrackerError(Message(QT_TRANSLATE_NOOP("domain", "The time of the change needs a time zone.")))
    if at < case.opened:
        raise TrackerError(
            Message(
                QT_TRANSLATE_NOOP("domain", "Case {number} was opened at {opened}; a change cannot come before that."),
                {"number": case.number, "opened": case.opened.isoformat(timespec="minutes")},
            )
        )
    if kind is EventKind.ESCALATION_REQUESTED:
        current = escalation_window(case, history, criteria, is_holiday)
        if not current.possible(at):
            raise TrackerError(current.reason)
    if kind is EventKind.ESCALATION_CLOSED and active_escalation(history) is None:
        raise TrackerError(
            Message(
                QT_TRANSLATE_NOOP("domain", "Case {number} has no active escalation to close."), {"number": case.number}
            )
        )
