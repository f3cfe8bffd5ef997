"""How the tracker words its states, deadlines and times: "Waiting on customer", "in 3 h", "2 days overdue".

Relative times are counted in real time and rounded down (``domain.reminder_plan.relative``); local times
are shown in the case's zone with its abbreviation (``i18n.local_time``). Everything goes through Qt's
translator in the ``"deadline_text"`` context (plurals with ``%n``). No state, no store.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.tracker.model import KIND_NAMES, STATE_NAMES, CaseState, Deadline, DeadlineKind
from care_desktop.domain.tracker.reminders import Reminder, Unit, relative
from care_desktop.ui.i18n import fill, local_time, tr_domain


def state_name(state: CaseState) -> str:
    """The state as the user reads it, e.g. "Waiting on customer"."""
    return tr_domain(STATE_NAMES[state])


def kind_name(kind: DeadlineKind) -> str:
    """The deadline as the user reads it, e.g. "Auto-close"."""
    return tr_domain(KIND_NAMES[kind])


def relative_text(due: datetime, now: datetime) -> str:
    """Say how far ``due`` is: "in 25 min", "in 3 h", "in 2 days", "due now", "3 h overdue", "2 days overdue".

    Args:
        due: The deadline (aware).
        now: The current time (aware).

    Returns:
        The text in the UI language.
    """
    span = relative(due, now)
    if span.unit is Unit.NOW:
        return QCoreApplication.translate("deadline_text", "due now")
    # Each text takes the plural form of its count from the catalogue (English's too: "1 day", "2 days").
    count = span.count  # a plain name: pyside6-lupdate does not extract calls whose count is an attribute
    if span.overdue:
        if span.unit is Unit.MINUTES:
            return QCoreApplication.translate("deadline_text", "%n min overdue", None, count)
        if span.unit is Unit.HOURS:
            return QCoreApplication.translate("deadline_text", "%n h overdue", None, count)
        return QCoreApplication.translate("deadline_text", "%n days overdue", None, count)
    if span.unit is Unit.MINUTES:
        return QCoreApplication.translate("deadline_text", "in %n min", None, count)
    if span.unit is Unit.HOURS:
        return QCoreApplication.translate("deadline_text", "in %n h", None, count)
    return QCoreApplication.translate("deadline_text", "in %n days", None, count)


def is_overdue(due: datetime, now: datetime) -> bool:
    """Whether a deadline has passed (by a minute or more)."""
    span = relative(due, now)
    return span.overdue and span.unit is not Unit.NOW


def due_text(deadline: Deadline, now: datetime) -> str:
    """The due time in the case's zone with the relative time, e.g. "Tue 2026-11-03 17:00 EST (in 3 h)"."""
    return fill(
        QCoreApplication.translate("deadline_text", "%1 (%2)"),
        local_time(deadline.due),
        relative_text(deadline.due, now),
    )


def _reminder_templates(kind: DeadlineKind) -> tuple[str, str]:
    """The two wordings of a reminder: before the deadline, and once it has passed (%1 case, %2 due time)."""
    if kind is DeadlineKind.FIRST_RESPONSE:
        return (
            QCoreApplication.translate("deadline_text", "Case %1: Product Support's first response is due %2."),
            QCoreApplication.translate(
                "deadline_text", "Case %1: Product Support's first response was due %2. Chase the case if none came."
            ),
        )
    if kind is DeadlineKind.CUSTOMER_RESPONSE:
        return (
            QCoreApplication.translate(
                "deadline_text", "Case %1: reply to Product Support by %2, or the case may be closed."
            ),
            QCoreApplication.translate(
                "deadline_text",
                "Case %1: your reply to Product Support was due %2; the case may be closed with notice.",
            ),
        )
    if kind is DeadlineKind.AUTO_CLOSE:
        return (
            QCoreApplication.translate(
                "deadline_text", "Case %1 closes automatically %2 unless you report that the issue is not resolved."
            ),
            QCoreApplication.translate(
                "deadline_text", "Case %1 was due to close automatically %2 (resolution proposed, no issue reported)."
            ),
        )
    return (
        QCoreApplication.translate(
            "deadline_text",
            "Case %1: the comprehensive RCA is due %2 (Product Support opens a Priority 3 follow-up case for it).",
        ),
        QCoreApplication.translate(
            "deadline_text", "Case %1: the comprehensive RCA was due %2. Ask for it in the Priority 3 follow-up case."
        ),
    )


def reminder_text(reminder: Reminder, now: datetime) -> str:
    """One line of the reminder banner or tray message, worded for the deadline's kind.

    Args:
        reminder: The reminder.
        now: The current time.

    Returns:
        e.g. "Case 0001234 closes automatically Tue 2026-11-03 17:00 EST (in 59 min) unless you report that the
        issue is not resolved."; once the deadline has passed, the past wording.
    """
    deadline = reminder.deadline
    ahead, passed = _reminder_templates(deadline.kind)
    template = passed if is_overdue(deadline.due, now) else ahead
    return fill(template, deadline.case_number, due_text(deadline, now))
