"""Escalation windows: each published criterion with a hand-made table, including "one active escalation"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.tracker.escalation import (
    CaseEvent,
    Criteria,
    EventKind,
    Rule,
    Status,
    active_escalation,
    check_event,
    escalation_window,
    last_update,
    wants_reminder,
)
from care_desktop.domain.tracker.model import CaseState, TrackerError, change_state, new_case, record_rca_received

NY = ZoneInfo("America/New_York")
REQ, CLOSED, UPD = EventKind.ESCALATION_REQUESTED, EventKind.ESCALATION_CLOSED, EventKind.UPDATED
P, ACTIVE, NEVER, REOPEN = Status.POSSIBLE, Status.ACTIVE, Status.NOT_ELIGIBLE, Status.NEEDS_OPEN_CASE


def ny(wall: str) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=NY)


# Every case opens Monday 2026-11-30 09:00 New York time.
# (name, severity, state changes [(state, wall)], events [(kind, wall)], rca received wall or "",
#  expected status, rule, opens_at wall or "")
TABLE = [
    ("closed case", 2, [("closed", "2026-12-01T10:00")], [], "", REOPEN, Rule.OPEN_CASE, ""),
    ("closed Critical", 1, [("closed", "2026-12-01T10:00")], [], "", REOPEN, Rule.OPEN_CASE, ""),
    ("Low, open", 4, [], [], "", NEVER, Rule.LOW, ""),
    ("Low, waiting on you", 4, [("waiting-on-customer", "2026-12-01T10:00")], [], "", NEVER, Rule.LOW, ""),
    # High: 24 real hours after the last update.
    ("High, no update since opening", 2, [], [], "", P, Rule.HIGH, "2026-12-01T09:00"),
    (
        "High, state change is the last update",
        2,
        [("waiting-on-customer", "2026-12-01T15:00")],
        [],
        "",
        P,
        Rule.HIGH,
        "2026-12-02T15:00",
    ),
    ("High, recorded update", 2, [], [(UPD, "2026-12-04T16:30")], "", P, Rule.HIGH, "2026-12-05T16:30"),
    # One active escalation at a time; the window opens again when it is closed, 24 h after the close.
    ("High, escalation active", 2, [], [(REQ, "2026-12-01T10:00")], "", ACTIVE, Rule.ONE_ACTIVE, ""),
    (
        "High, escalation closed",
        2,
        [],
        [(REQ, "2026-12-01T10:00"), (CLOSED, "2026-12-02T11:00")],
        "",
        P,
        Rule.HIGH,
        "2026-12-03T11:00",
    ),
    ("Medium, escalation active", 3, [], [(REQ, "2026-12-01T10:00")], "", ACTIVE, Rule.ONE_ACTIVE, ""),
    (
        "Medium, second request after close",
        3,
        [],
        [(REQ, "2026-12-01T10:00"), (CLOSED, "2026-12-01T12:00"), (REQ, "2026-12-01T13:00")],
        "",
        ACTIVE,
        Rule.ONE_ACTIVE,
        "",
    ),
    ("Medium, no waiting time", 3, [], [], "", P, Rule.MEDIUM, ""),
    (
        "Medium, resolution proposed is still open",
        3,
        [("resolution-proposed", "2026-12-01T10:00")],
        [],
        "",
        P,
        Rule.MEDIUM,
        "",
    ),
    # Critical: any time during the outage; for the RCA, 5 business days after the restoration.
    ("Critical, outage ongoing", 1, [], [], "", P, Rule.CRITICAL, ""),
    # Restored Tuesday 14:00: 5 business days of 9 hours end the next Tuesday 14:00.
    ("Critical, restored", 1, [("resolution-proposed", "2026-12-01T14:00")], [], "", P, Rule.RCA, "2026-12-08T14:00"),
    # Restored Friday 16:00: 1 h that Friday, 4 x 9 h Monday-Thursday, 8 h of the next Friday: 16:00.
    (
        "Critical, restored on a Friday",
        1,
        [("resolution-proposed", "2026-12-04T16:00")],
        [],
        "",
        P,
        Rule.RCA,
        "2026-12-11T16:00",
    ),
    (
        "Critical, RCA received",
        1,
        [("resolution-proposed", "2026-12-01T14:00")],
        [],
        "2026-12-03T09:00",
        P,
        Rule.CRITICAL,
        "",
    ),
    (
        "Critical, reopened after restoration",
        1,
        [("resolution-proposed", "2026-12-01T14:00"), ("open", "2026-12-01T15:00")],
        [],
        "",
        P,
        Rule.CRITICAL,
        "",
    ),
    (
        "Critical RCA, escalation active",
        1,
        [("resolution-proposed", "2026-12-01T14:00")],
        [(REQ, "2026-12-09T10:00")],
        "",
        ACTIVE,
        Rule.ONE_ACTIVE,
        "",
    ),
]


def build(severity, changes, rca):
    case = new_case("42", severity, ny("2026-11-30T09:00"))
    for state, wall in changes:
        case = change_state(case, CaseState(state), ny(wall))
    if rca:
        case = record_rca_received(case, ny(rca))
    return case


@pytest.mark.parametrize(
    ("severity", "changes", "events", "rca", "status", "rule", "opens"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_the_published_criteria(severity, changes, events, rca, status, rule, opens):
    case = build(severity, changes, rca)
    window = escalation_window(case, [CaseEvent(kind, ny(wall)) for kind, wall in events])
    assert (window.status, window.rule) == (status, rule)
    assert window.opens_at == (ny(opens) if opens else None)
    assert window.case_number == "42"
    assert window.reason.render()
    for name, moment in window.reason_times:
        assert window.reason.params[name] == moment.isoformat(timespec="minutes")


def test_waiting_on_customer_is_said_beside_the_rule():
    case = build(2, [("waiting-on-customer", "2026-12-01T15:00")], "")
    assert escalation_window(case).waiting_on_you
    assert not escalation_window(build(2, [], "")).waiting_on_you


def test_possible_at_a_moment():
    window = escalation_window(build(2, [], ""))
    assert not window.possible(ny("2026-12-01T08:59"))
    assert window.possible(ny("2026-12-01T09:00"))
    assert escalation_window(build(3, [], "")).possible(ny("2026-11-30T09:00"))
    assert not escalation_window(build(4, [], "")).possible(ny("2027-01-01T09:00"))


def test_the_active_escalation_and_its_start():
    events = [CaseEvent(REQ, ny("2026-12-01T10:00"), "no answer for two days")]
    assert active_escalation(events) == events[0]
    window = escalation_window(build(3, [], ""), events)
    assert window.active_since == ny("2026-12-01T10:00")
    assert active_escalation([*events, CaseEvent(CLOSED, ny("2026-12-01T11:00"))]) is None


def test_the_last_update_ignores_reminder_wishes():
    case = build(2, [], "")
    events = [CaseEvent(EventKind.REMIND_ON, ny("2026-12-02T10:00"))]
    assert last_update(case, events) == ny("2026-11-30T09:00")
    assert wants_reminder(events)
    assert not wants_reminder([*events, CaseEvent(EventKind.REMIND_OFF, ny("2026-12-02T11:00"))])


def test_the_criteria_come_from_the_profile():
    criteria = Criteria(high_wait=timedelta(hours=48), rca_wait_days=3, low_eligible=True, one_active=False)
    assert escalation_window(build(2, [], ""), [], criteria).opens_at == ny("2026-12-02T09:00")
    assert escalation_window(build(4, [], ""), [], criteria).rule is Rule.MEDIUM
    two = [CaseEvent(REQ, ny("2026-12-01T10:00"))]
    assert escalation_window(build(3, [], ""), two, criteria).status is P
    restored = build(1, [("resolution-proposed", "2026-12-01T14:00")], "")
    assert escalation_window(restored, [], criteria).opens_at == ny("2026-12-04T14:00")


def test_holidays_move_the_rca_window():
    restored = build(1, [("resolution-proposed", "2026-12-01T14:00")], "")
    holiday = frozenset({date(2026, 12, 3)}).__contains__
    assert escalation_window(restored, [], is_holiday=holiday).opens_at == ny("2026-12-09T14:00")


def test_check_event_refuses_what_the_rules_refuse():
    high = build(2, [], "")
    with pytest.raises(TrackerError, match="24 hours since its last update"):
        check_event(high, [], REQ, ny("2026-11-30T20:00"))
    check_event(high, [], REQ, ny("2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="Only one escalation"):
        check_event(high, [CaseEvent(REQ, ny("2026-12-01T09:00"))], REQ, ny("2026-12-03T09:00"))
    with pytest.raises(TrackerError, match="no active escalation"):
        check_event(high, [], CLOSED, ny("2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="not eligible"):
        check_event(build(4, [], ""), [], REQ, ny("2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="reopen"):
        check_event(build(3, [("closed", "2026-12-01T10:00")], ""), [], REQ, ny("2026-12-01T11:00"))
    with pytest.raises(TrackerError, match="before that"):
        check_event(high, [], UPD, ny("2026-11-29T09:00"))
    with pytest.raises(TrackerError, match="time zone"):
        check_event(high, [], UPD, datetime(2026, 12, 1, 9))
