"""Evidence clocks in the app-wide reminders: ahead of the end (2 days by default), never after, only while open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from care_desktop.domain.conversations.clocks import DEFAULT_RETENTION, ClockKind, EvidenceClock, Retention
from care_desktop.domain.tracker.evidence_reminders import due_clock_reminders, live_clock_reminders
from care_desktop.domain.tracker.model import CaseState, change_state, new_case

START = datetime(2026, 11, 30, 9, 12, tzinfo=UTC)
CASE = new_case("0004600001", 2, datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
CALL = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
LATER = "a1b2c3d4-0000-4000-8000-000000000001"


def clock(kind: ClockKind, days: int, conversation: str = CALL, start: datetime = START) -> EvidenceClock:
    return EvidenceClock(conversation, kind, start, start + timedelta(days=days))


CONSOLE = clock(ClockKind.CONSOLE_EVENTS, 10)  # gone 2026-12-10 09:12 UTC, reminded from 2026-12-08 09:12
SIP = clock(ClockKind.SIP_CAPTURE, 21)  # gone 2026-12-21 09:12 UTC, reminded from 2026-12-19 09:12
CONSOLE_LATER = clock(ClockKind.CONSOLE_EVENTS, 10, LATER, START + timedelta(days=3))  # gone 2026-12-13


def standing(now: datetime, clocks=(CONSOLE, SIP, CONSOLE_LATER), case=CASE, retention=DEFAULT_RETENTION):
    items = [(case, list(clocks))]
    return [(r.clock.kind.value, r.clock.conversation_id[:8]) for r in live_clock_reminders(items, now, retention)]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 12, 8, 9, 11, tzinfo=UTC), []),  # a minute before the reminder time
        (datetime(2026, 12, 8, 9, 12, tzinfo=UTC), [("console-events", "4709b21d")]),  # two days before the end
        (datetime(2026, 12, 10, 9, 11, tzinfo=UTC), [("console-events", "4709b21d")]),  # a minute before the end
        # The first console events are gone: the next conversation's are announced in their turn.
        (datetime(2026, 12, 11, 9, 12, tzinfo=UTC), [("console-events", "a1b2c3d4")]),
        (datetime(2026, 12, 13, 9, 12, tzinfo=UTC), []),  # every console event gone, the SIP capture not yet due
        (datetime(2026, 12, 19, 9, 12, tzinfo=UTC), [("sip-capture", "4709b21d")]),
        (datetime(2026, 12, 21, 9, 12, tzinfo=UTC), []),  # never after the end
    ],
)
def test_standing_reminders(now, expected):
    assert standing(now) == expected


def test_one_reminder_per_kind_the_soonest_end_first():
    both = clock(ClockKind.CONSOLE_EVENTS, 10, LATER, START + timedelta(hours=1))
    now = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)
    assert standing(now, (both, CONSOLE)) == [("console-events", "4709b21d")]


def test_a_closed_case_has_no_reminder_and_other_states_do():
    now = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)
    waiting = change_state(CASE, CaseState.WAITING, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    assert standing(now, case=waiting) == [("console-events", "4709b21d")]
    closed = change_state(CASE, CaseState.CLOSED, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    assert standing(now, case=closed) == []


def test_the_reminder_time_comes_from_the_figures():
    now = datetime(2026, 12, 6, 9, 12, tzinfo=UTC)  # four days before the console events go
    assert standing(now) == []
    assert standing(now, retention=Retention({}, remind_before=timedelta(days=4))) == [("console-events", "4709b21d")]


def test_each_reminder_is_announced_once():
    shown: set[tuple[str, str, str, str]] = set()
    items = [(CASE, [CONSOLE, SIP])]
    first = due_clock_reminders(items, datetime(2026, 12, 8, 10, 0, tzinfo=UTC), shown)
    assert [r.key for r in first] == [("evidence", "0004600001", "console-events", "2026-12-10T09:12:00+00:00")]
    assert first[0].at == datetime(2026, 12, 8, 9, 12, tzinfo=UTC)
    assert due_clock_reminders(items, datetime(2026, 12, 9, 10, 0, tzinfo=UTC), shown) == []
    later = due_clock_reminders(items, datetime(2026, 12, 20, 10, 0, tzinfo=UTC), shown)
    assert [r.clock.kind for r in later] == [ClockKind.SIP_CAPTURE]
