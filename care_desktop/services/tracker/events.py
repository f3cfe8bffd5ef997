"""A tracked case's events besides its state: escalations requested and closed, updates, escalation reminders.

Kept in the store's ``case_events`` table (schema migration 3 in ``storefile.py``), on the ``Store``'s
connection and under its rules (one instance per thread, every write one transaction). Times are ISO 8601 with
their offset and read back in the case's zone. Which event is allowed when, and the escalation window, are
decided in ``domain.tracker.escalation``; the criteria's numbers come from the Customer Care profile. No Qt.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from care_desktop.domain.clock.business_hours import HolidayPredicate
from care_desktop.domain.published import EscalationRules
from care_desktop.domain.tracker.escalation import (
    CaseEvent,
    Criteria,
    EscalationWindow,
    EventKind,
    check_event,
    escalation_window,
)
from care_desktop.domain.tracker.model import TrackedCase
from care_desktop.services.resources import load_profile
from care_desktop.services.store import Store
from care_desktop.services.tracker.store import TrackerStore, holiday_rule


def published_criteria() -> Criteria:
    """The escalation criteria's numbers from the Customer Care profile."""
    return criteria_of(load_profile().published.escalation)


def criteria_of(rules: EscalationRules) -> Criteria:
    """The domain's criteria from the profile's escalation rules."""
    return Criteria(
        high_wait=timedelta(hours=rules.high_wait_hours),
        rca_wait_days=rules.rca_wait_business_days,
        low_eligible=rules.low_eligible,
        one_active=rules.one_active,
    )


class CaseEvents:
    """Events of tracked cases in the store.

    Args:
        store: The open store (its connection is shared).
        criteria: The escalation criteria (the profile's by default).
    """

    def __init__(self, store: Store, criteria: Criteria | None = None) -> None:
        self._store = store
        self._tracker = TrackerStore(store)
        self._criteria = criteria if criteria is not None else published_criteria()

    @property
    def criteria(self) -> Criteria:
        """The escalation criteria in use."""
        return self._criteria

    def events(self, number: str) -> list[CaseEvent]:
        """The recorded events of a case, oldest first (in the case's zone)."""
        case = self._tracker.get_case(number)
        rows = self._store._db.execute(
            "SELECT kind, at, note FROM case_events WHERE case_number = ? ORDER BY seq", (case.number,)
        )
        return [
            CaseEvent(EventKind(kind), case.local(datetime.fromisoformat(at)), note)
            for kind, at, note in rows
            if kind in {item.value for item in EventKind}
        ]

    def record(self, number: str, kind: EventKind, at: datetime, note: str = "") -> CaseEvent:
        """Record an event at ``at`` (to the second) after checking it is allowed.

        Raises:
            CaseNotFoundError: No such case.
            TrackerError: Not allowed now (the escalation window is not open, nothing to close, a bad time).
        """
        case = self._tracker.get_case(number)
        moment = case.local(at.replace(microsecond=0))
        history = self.events(case.number)
        check_event(case, history, kind, moment, self._criteria, holiday_rule(self._store))
        row = self._store._db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM case_events WHERE case_number = ?", (case.number,)
        ).fetchone()
        self._store._write(
            [
                (
                    "INSERT INTO case_events (case_number, seq, kind, at, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        case.number,
                        int(row[0]) + 1,
                        kind.value,
                        moment.isoformat(timespec="seconds"),
                        note.strip(),
                        self._store._now(),
                    ),
                )
            ]
        )
        return CaseEvent(kind, moment, note.strip())

    def window(self, case: TrackedCase, is_holiday: HolidayPredicate | None = None) -> EscalationWindow:
        """The escalation window of a case."""
        rule = holiday_rule(self._store) if is_holiday is None else is_holiday
        return escalation_window(case, self.events(case.number), self._criteria, rule)

    def forget(self, number: str) -> None:
        """Remove the events of a case (when it is no longer tracked)."""
        self._store._write([("DELETE FROM case_events WHERE case_number = ?", (number,))])
