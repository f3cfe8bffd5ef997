"""The case tracker's records in the store: filed cases, their state changes, and the evidence already sent.

Lives in the same SQLite file as the drafts (tables of schema migration 2 in ``storefile.py``) and uses the
``Store``'s connection, so it follows the store's rules: one instance per thread, every write one
transaction. Times are kept as ISO 8601 with their offset, together with the case's IANA zone, so a case
reads back at the same instants in the same zone. The rules (which change is allowed, the deadlines) live in
``domain.tracker``; this module only keeps them. No Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.clock.business_hours import HolidayPredicate, no_holidays
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.domain.tracker.model import (
    CaseState,
    StateChange,
    TrackedCase,
    TrackerError,
    change_state,
    check_case_number,
    record_first_response,
    record_rca_received,
)
from care_desktop.services.clock.holidays import holiday_predicate
from care_desktop.services.preferences import load_preferences
from care_desktop.services.store import Store


class CaseNotFoundError(KeyError):
    """No tracked case has this number."""


def zone_name(case: TrackedCase) -> str:
    """The IANA name of the case's zone.

    Raises:
        ValueError: The opening time's tzinfo is not an IANA zone (a ``zoneinfo.ZoneInfo``).
    """
    key = getattr(case.opened.tzinfo, "key", None)
    if not isinstance(key, str) or not key:
        raise ValueError(f"case {case.number}: the opening time must be in an IANA zone, not {case.opened.tzinfo}")
    return key


def holiday_rule(store: Store) -> HolidayPredicate:
    """The holiday predicate of the user's chosen calendar (Settings), or none when none or unknown."""
    code = load_preferences(store).holiday_calendar
    if not code:
        return no_holidays
    try:
        return holiday_predicate(code)
    except ValueError:
        return no_holidays


def _text(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


class TrackerStore:
    """Tracked cases in the store.

    Args:
        store: The open store (its connection is shared).
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        # The tracker shares the store's connection and transaction helper (same file, same thread rules).
        self._db: sqlite3.Connection = store._db

    def _write(self, statements: Sequence[tuple[str, tuple[Any, ...]]]) -> None:
        self._store._write(statements)

    def _now(self) -> str:
        return self._store._now()

    # -- cases ---------------------------------------------------------------------------------------------

    def add_case(self, case: TrackedCase) -> None:
        """Start tracking a case (its recorded changes and marks are kept too).

        Args:
            case: The case, its opening time in an IANA zone.

        Raises:
            TrackerError: A case with this number is tracked already.
            ValueError: The opening time is not in an IANA zone.
        """
        zone = zone_name(case)
        number = check_case_number(case.number)
        if self._exists(number):
            raise TrackerError(
                Message(QT_TRANSLATE_NOOP("domain", "Case {number} is tracked already."), {"number": number})
            )
        now = self._now()
        statements: list[tuple[str, tuple[Any, ...]]] = [
            (
                "INSERT INTO tracked_cases (number, severity, title, opened_at, time_zone, draft_id, package,"
                " first_response_at, rca_received_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number,
                    case.severity,
                    case.title,
                    _text(case.opened),
                    zone,
                    case.draft_id,
                    case.package,
                    _text(case.first_response_at) if case.first_response_at else None,
                    _text(case.rca_received_at) if case.rca_received_at else None,
                    now,
                ),
            )
        ]
        statements += [
            (
                "INSERT INTO case_state_changes (case_number, seq, state, at, recorded_at) VALUES (?, ?, ?, ?, ?)",
                (number, seq, change.state.value, _text(change.at), now),
            )
            for seq, change in enumerate(case.changes, start=1)
        ]
        self._write(statements)

    def _exists(self, number: str) -> bool:
        return self._db.execute("SELECT 1 FROM tracked_cases WHERE number = ?", (number,)).fetchone() is not None

    def get_case(self, number: str) -> TrackedCase:
        """Load one case with its history.

        Raises:
            CaseNotFoundError: No such case.
        """
        row = self._db.execute(
            "SELECT number, severity, title, opened_at, time_zone, draft_id, package, first_response_at,"
            " rca_received_at FROM tracked_cases WHERE number = ?",
            (number.strip(),),
        ).fetchone()
        if row is None:
            raise CaseNotFoundError(number)
        return self._case(row)

    def list_cases(self) -> list[TrackedCase]:
        """Every tracked case, most recently opened first."""
        rows = self._db.execute(
            "SELECT number, severity, title, opened_at, time_zone, draft_id, package, first_response_at,"
            " rca_received_at FROM tracked_cases ORDER BY number"
        ).fetchall()
        # Sorted here, by the instant: the stored texts carry different offsets.
        return sorted((self._case(row) for row in rows), key=lambda case: case.opened, reverse=True)

    def _case(self, row: tuple[Any, ...]) -> TrackedCase:
        number, severity, title, opened_at, zone, draft_id, package, responded, rca = row
        opened = datetime.fromisoformat(opened_at)
        tz: tzinfo
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            tz = opened.tzinfo or UTC  # a zone this computer does not know: keep the recorded offset
        changes = tuple(
            StateChange(CaseState(state), datetime.fromisoformat(at).astimezone(tz))
            for state, at in self._db.execute(
                "SELECT state, at FROM case_state_changes WHERE case_number = ? ORDER BY seq", (number,)
            )
        )
        return TrackedCase(
            number=number,
            severity=int(severity),
            opened=opened.astimezone(tz),
            title=title,
            changes=changes,
            first_response_at=datetime.fromisoformat(responded).astimezone(tz) if responded else None,
            rca_received_at=datetime.fromisoformat(rca).astimezone(tz) if rca else None,
            draft_id=draft_id,
            package=package,
        )

    def delete_case(self, number: str) -> None:
        """Stop tracking a case and forget its history and sent evidence."""
        self._write(
            [
                ("DELETE FROM case_state_changes WHERE case_number = ?", (number,)),
                ("DELETE FROM case_sent_evidence WHERE case_number = ?", (number,)),
                ("DELETE FROM case_events WHERE case_number = ?", (number,)),
                ("DELETE FROM tracked_cases WHERE number = ?", (number,)),
            ]
        )

    # -- changes -------------------------------------------------------------------------------------------

    def change_state(self, number: str, state: CaseState, at: datetime) -> TrackedCase:
        """Record a change of state at ``at`` (to the second).

        Returns:
            The case as it is now.

        Raises:
            CaseNotFoundError: No such case.
            TrackerError: The change is not allowed (see ``domain.tracker.check_change``).
        """
        case = self.get_case(number)
        changed = change_state(case, state, _seconds(at))
        last = changed.changes[-1]
        self._write(
            [
                (
                    "INSERT INTO case_state_changes (case_number, seq, state, at, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    (case.number, len(changed.changes), last.state.value, _text(last.at), self._now()),
                )
            ]
        )
        return changed

    def record_first_response(self, number: str, at: datetime) -> TrackedCase:
        """Record when Customer Care's first response came.

        Raises:
            CaseNotFoundError: No such case.
            TrackerError: ``at`` is before the opening.
        """
        case = record_first_response(self.get_case(number), _seconds(at))
        assert case.first_response_at is not None
        self._set(case.number, "first_response_at", _text(case.first_response_at))
        return case

    def record_rca_received(self, number: str, at: datetime) -> TrackedCase:
        """Record when the comprehensive RCA came.

        Raises:
            CaseNotFoundError: No such case.
            TrackerError: ``at`` is before the opening.
        """
        case = record_rca_received(self.get_case(number), _seconds(at))
        assert case.rca_received_at is not None
        self._set(case.number, "rca_received_at", _text(case.rca_received_at))
        return case

    def link(self, number: str, draft_id: str | None = None, package: str | None = None) -> TrackedCase:
        """Link a case to the draft and/or the package it came from (None leaves a link as it is).

        Raises:
            CaseNotFoundError: No such case.
        """
        case = self.get_case(number)
        case = replace(
            case,
            draft_id=case.draft_id if draft_id is None else draft_id,
            package=case.package if package is None else package,
        )
        self._write(
            [
                (
                    "UPDATE tracked_cases SET draft_id = ?, package = ? WHERE number = ?",
                    (case.draft_id, case.package, case.number),
                )
            ]
        )
        return case

    def _set(self, number: str, column: str, value: str) -> None:
        self._write([(f"UPDATE tracked_cases SET {column} = ? WHERE number = ?", (value, number))])

    # -- evidence ------------------------------------------------------------------------------------------

    def sent_evidence(self, number: str) -> set[str]:
        """The sha256 digests of the files already sent with a case."""
        rows = self._db.execute("SELECT sha256 FROM case_sent_evidence WHERE case_number = ?", (number,))
        return {row[0] for row in rows}

    def record_sent(self, number: str, files: Iterable[tuple[str, str]], at: datetime) -> None:
        """Remember that files were sent with a case (already known digests are left as they are).

        Args:
            number: The case.
            files: (sha256, file name) of each file sent.
            at: When they were sent (packaged for upload).

        Raises:
            CaseNotFoundError: No such case.
        """
        if not self._exists(number):
            raise CaseNotFoundError(number)
        self._write(
            [
                (
                    "INSERT OR IGNORE INTO case_sent_evidence (case_number, sha256, name, sent_at) VALUES (?, ?, ?, ?)",
                    (number, digest.lower(), name, at.astimezone(UTC).isoformat(timespec="seconds")),
                )
                for digest, name in files
            ]
        )
