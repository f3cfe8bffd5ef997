"""The case tracker: states, allowed changes, and the deadlines, against hand-checked dates.

DST facts used below: America/New_York falls back 2026-11-01 02:00 -> 01:00 and springs forward 2026-03-08
02:00 -> 03:00; Europe/London falls back 2026-10-25; Australia/Sydney springs forward 2026-10-04 02:00 -> 03:00.
Calendar: 2026-10-29 is a Thursday, 2026-11-26 (Thanksgiving) a Thursday, 2026-12-25 a Friday, 2027-01-01 a
Friday. Business hours Monday-Friday 08:00-17:00; N business days = N x 9 business hours; auto-close is 17:00
of the third business day after the day of the change.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.clock.business_hours import HolidayPredicate, no_holidays
from care_desktop.domain.tracker.model import (
    CaseState,
    DeadlineKind,
    TrackedCase,
    TrackerError,
    all_deadlines,
    change_state,
    check_case_number,
    deadlines,
    new_case,
    record_first_response,
    record_rca_received,
)

NEW_YORK = "America/New_York"
LONDON = "Europe/London"
SYDNEY = "Australia/Sydney"
TOKYO = "Asia/Tokyo"

US: HolidayPredicate = frozenset({date(2026, 11, 26), date(2026, 12, 25)}).__contains__
JP: HolidayPredicate = frozenset({date(2027, 1, 1)}).__contains__
HOLIDAYS: dict[str, HolidayPredicate] = {"none": no_holidays, "US": US, "JP": JP}

OPEN, WAITING, PROPOSED, CLOSED = (
    CaseState.OPEN,
    CaseState.WAITING,
    CaseState.RESOLUTION_PROPOSED,
    CaseState.CLOSED,
)


def at(zone: str, wall: str, fold: int = 0) -> datetime:
    """An aware datetime from a wall-clock time, without the code under test."""
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone), fold=fold)


def case_with(severity: int, zone: str, opened: str, *changes: tuple[CaseState, str]) -> TrackedCase:
    case = new_case("0001234", severity, at(zone, opened))
    for state, wall in changes:
        case = change_state(case, state, at(zone, wall))
    return case


def shown(case: TrackedCase, calendar: str = "none") -> list[tuple[str, str]]:
    return [(d.kind.value, d.due.isoformat()) for d in deadlines(case, HOLIDAYS[calendar])]


# (severity, zone, opened, changes, calendar, expected deadlines) -- worked out by hand
DEADLINE_TABLE = [
    # -- first-response: the response clock from the opening time --
    # Severity 2, Friday 16:30: 30 min Friday, 30 min Monday.
    (2, NEW_YORK, "2026-11-27T16:30", [], "none", [("first-response", "2026-11-30T08:30:00-05:00")]),
    # Severity 1, Saturday 23:55 EDT: 10 real minutes, across midnight, any day.
    (1, NEW_YORK, "2026-10-31T23:55", [], "none", [("first-response", "2026-11-01T00:05:00-04:00")]),
    # Severity 4, Friday 12:00 EDT before the fall-back weekend: 5 h Friday, 4 h Monday (now EST).
    (4, NEW_YORK, "2026-10-30T12:00", [], "none", [("first-response", "2026-11-02T12:00:00-05:00")]),
    # Severity 3, Wednesday before Thanksgiving 16:00: 1 h Wednesday, Thursday off, 1 h Friday.
    (3, NEW_YORK, "2026-11-25T16:00", [], "US", [("first-response", "2026-11-27T09:00:00-05:00")]),
    # Severity 4 in Sydney across its spring-forward Sunday: 4 h Friday (AEST), 5 h Monday (AEDT).
    (4, SYDNEY, "2026-10-02T13:00", [], "none", [("first-response", "2026-10-05T13:00:00+11:00")]),
    # -- customer-response: 3 business days (27 h) from when Customer Care asked --
    # Thursday 14:00 EDT: 3 h Thu, 9 h Fri, 9 h Mon (EST), 6 h Tue.
    (
        3,
        NEW_YORK,
        "2026-10-29T09:00",
        [(WAITING, "2026-10-29T14:00")],
        "none",
        [("customer-response", "2026-11-03T14:00:00-05:00")],
    ),
    # Asked on a Saturday: counting starts Monday 08:00; three full days end Wednesday 17:00.
    (
        3,
        NEW_YORK,
        "2026-11-27T09:00",
        [(WAITING, "2026-11-28T10:00")],
        "none",
        [("customer-response", "2026-12-02T17:00:00-05:00")],
    ),
    # Wednesday 09:00 before Thanksgiving: 8 h Wed, Thursday off, 9 h Fri, 9 h Mon, 1 h Tue.
    (
        2,
        NEW_YORK,
        "2026-11-24T09:00",
        [(WAITING, "2026-11-25T09:00")],
        "US",
        [("customer-response", "2026-12-01T09:00:00-05:00")],
    ),
    # Friday 12:00 EST before the spring-forward weekend: 5 h Fri, 9 h Mon (EDT), 9 h Tue, 4 h Wed.
    (
        3,
        NEW_YORK,
        "2026-03-05T09:00",
        [(WAITING, "2026-03-06T12:00")],
        "none",
        [("customer-response", "2026-03-11T12:00:00-04:00")],
    ),
    # -- auto-close: 17:00 of the third business day after the day of the change --
    # Thursday 15:00 EDT: Fri (1), Mon (2), Tue (3), after the fall-back -> EST.
    (
        2,
        NEW_YORK,
        "2026-10-28T09:00",
        [(PROPOSED, "2026-10-29T15:00")],
        "none",
        [("auto-close", "2026-11-03T17:00:00-05:00")],
    ),
    # Friday 08:00: the day itself never counts; Mon (1), Tue (2), Wed (3).
    (
        3,
        NEW_YORK,
        "2026-11-23T09:00",
        [(PROPOSED, "2026-11-27T08:00")],
        "none",
        [("auto-close", "2026-12-02T17:00:00-05:00")],
    ),
    # Entered on a Saturday: Mon (1), Tue (2), Wed (3).
    (
        3,
        NEW_YORK,
        "2026-11-23T09:00",
        [(PROPOSED, "2026-11-28T11:00")],
        "none",
        [("auto-close", "2026-12-02T17:00:00-05:00")],
    ),
    # Tuesday 16:59 before Thanksgiving: Wed (1), Thursday off, Fri (2), Mon (3).
    (
        3,
        NEW_YORK,
        "2026-11-23T09:00",
        [(PROPOSED, "2026-11-24T16:59")],
        "US",
        [("auto-close", "2026-11-30T17:00:00-05:00")],
    ),
    # Late evening counts as that day: Wednesday 23:30 -> Thu (1), Fri (2), Mon (3).
    (
        4,
        NEW_YORK,
        "2026-12-01T09:00",
        [(PROPOSED, "2026-12-02T23:30")],
        "none",
        [("auto-close", "2026-12-07T17:00:00-05:00")],
    ),
    # London across its fall-back Sunday: Friday 10:00 BST -> Mon (1), Tue (2), Wed (3) 17:00 GMT.
    (
        3,
        LONDON,
        "2026-10-22T09:00",
        [(PROPOSED, "2026-10-23T10:00")],
        "none",
        [("auto-close", "2026-10-28T17:00:00+00:00")],
    ),
    # -- rca: Severity 1, 5 business days (45 h) from the resolution --
    # Proposed Thursday 15:00 EDT: 2 h Thu, 9 h Fri, Mon, Tue, Wed (EST), 7 h Thu.
    (
        1,
        NEW_YORK,
        "2026-10-29T09:12",
        [(PROPOSED, "2026-10-29T15:00")],
        "none",
        [("auto-close", "2026-11-03T17:00:00-05:00"), ("rca", "2026-11-05T15:00:00-05:00")],
    ),
    # Closed at 03:00 on a Saturday: five full days from Monday 08:00, Friday 17:00.
    (1, NEW_YORK, "2026-11-06T22:00", [(CLOSED, "2026-11-07T03:00")], "none", [("rca", "2026-11-13T17:00:00-05:00")]),
    # Proposed Monday 12:00 with Thanksgiving. Auto-close: Tue (1), Wed (2), Thu off, Fri (3).
    # RCA: 5 h Mon, 9 h Tue, 9 h Wed, Thu off, 9 h Fri, 9 h Mon, 4 h Tue.
    (
        1,
        NEW_YORK,
        "2026-11-23T08:00",
        [(PROPOSED, "2026-11-23T12:00")],
        "US",
        [("auto-close", "2026-11-27T17:00:00-05:00"), ("rca", "2026-12-01T12:00:00-05:00")],
    ),
    # Proposed then closed: the RCA still counts from the proposal; the auto-close is gone.
    (
        1,
        NEW_YORK,
        "2026-10-29T09:12",
        [(PROPOSED, "2026-10-29T15:00"), (CLOSED, "2026-11-02T10:00")],
        "none",
        [("rca", "2026-11-05T15:00:00-05:00")],
    ),
    # Tokyo, resolved Friday 25 December 18:00: Mon 28 to Fri 1 January; with 1 January off, Monday 4 January.
    (1, TOKYO, "2026-12-25T09:00", [(CLOSED, "2026-12-25T18:00")], "none", [("rca", "2027-01-01T17:00:00+09:00")]),
    (1, TOKYO, "2026-12-25T09:00", [(CLOSED, "2026-12-25T18:00")], "JP", [("rca", "2027-01-04T17:00:00+09:00")]),
]


@pytest.mark.parametrize(("severity", "zone", "opened", "changes", "calendar", "expected"), DEADLINE_TABLE)
def test_deadlines_hand_checked(severity, zone, opened, changes, calendar, expected):
    case = case_with(severity, zone, opened, *changes)
    assert shown(case, calendar) == expected
    for deadline in deadlines(case, HOLIDAYS[calendar]):
        assert deadline.due.tzinfo is ZoneInfo(zone)


def test_first_response_in_the_fall_back_hour_counts_real_minutes():
    case = new_case("7", 1, at(NEW_YORK, "2026-11-01T01:55", fold=1))  # the second 01:55, EST
    assert shown(case) == [("first-response", "2026-11-01T02:05:00-05:00")]


# -- which deadlines run in which state ---------------------------------------------------------------------


def test_first_response_goes_once_anything_is_recorded():
    case = new_case("7", 3, at(NEW_YORK, "2026-12-01T09:00"))
    assert shown(case) == [("first-response", "2026-12-01T11:00:00-05:00")]
    answered = change_state(case, WAITING, at(NEW_YORK, "2026-12-01T10:00"))
    back = change_state(answered, OPEN, at(NEW_YORK, "2026-12-01T12:00"))
    assert shown(back) == []


def test_an_overdue_first_response_stays_until_a_response_is_recorded():
    case = new_case("7", 2, at(NEW_YORK, "2026-12-01T09:00"))
    assert shown(case) == [("first-response", "2026-12-01T10:00:00-05:00")]
    assert shown(record_first_response(case, at(NEW_YORK, "2026-12-01T13:00"))) == []


def test_a_first_response_cannot_come_before_the_opening():
    case = new_case("7", 2, at(NEW_YORK, "2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="opened at 2026-12-01T09:00-05:00"):
        record_first_response(case, at(NEW_YORK, "2026-12-01T08:59"))


def test_re_entering_waiting_restarts_the_customer_response_clock():
    case = case_with(
        3,
        NEW_YORK,
        "2026-11-30T09:00",
        (WAITING, "2026-11-30T10:00"),
        (OPEN, "2026-12-01T10:00"),
        (WAITING, "2026-12-02T10:00"),
    )
    # Wednesday 10:00: 7 h Wed, 9 h Thu, 9 h Fri, 2 h Mon.
    assert shown(case) == [("customer-response", "2026-12-07T10:00:00-05:00")]
    assert case.state is WAITING
    assert case.since.isoformat() == "2026-12-02T10:00:00-05:00"


def test_not_resolved_drops_auto_close_and_rca_and_a_new_proposal_restarts_both():
    proposed = case_with(1, NEW_YORK, "2026-10-29T09:12", (PROPOSED, "2026-10-29T15:00"))
    reopened = change_state(proposed, OPEN, at(NEW_YORK, "2026-11-02T09:00"))
    assert shown(reopened) == []
    again = change_state(reopened, PROPOSED, at(NEW_YORK, "2026-11-04T16:00"))
    # Auto-close: Thu (1), Fri (2), Mon (3). RCA: 1 h Wed, 9 h Thu, Fri, Mon, Tue, 8 h Wed.
    assert shown(again) == [
        ("auto-close", "2026-11-09T17:00:00-05:00"),
        ("rca", "2026-11-11T16:00:00-05:00"),
    ]


def test_waiting_after_a_proposal_means_not_resolved():
    case = case_with(1, NEW_YORK, "2026-10-29T09:12", (PROPOSED, "2026-10-29T15:00"), (WAITING, "2026-10-30T09:00"))
    # Friday 09:00 EDT: 8 h Fri, 9 h Mon, 9 h Tue, 1 h Wed (EST).
    assert shown(case) == [("customer-response", "2026-11-04T09:00:00-05:00")]


@pytest.mark.parametrize("severity", [2, 3, 4])
def test_the_rca_is_for_severity_1_only(severity):
    case = case_with(
        severity, NEW_YORK, "2026-10-29T09:12", (PROPOSED, "2026-10-29T15:00"), (CLOSED, "2026-11-02T10:00")
    )
    assert shown(case) == []


def test_a_received_rca_ends_the_deadline_but_only_for_the_current_resolution():
    closed = case_with(1, NEW_YORK, "2026-10-29T09:12", (CLOSED, "2026-10-29T15:00"))
    received = record_rca_received(closed, at(NEW_YORK, "2026-11-04T12:00"))
    assert shown(received) == []
    reopened = change_state(received, OPEN, at(NEW_YORK, "2026-11-05T09:00"))
    closed_again = change_state(reopened, CLOSED, at(NEW_YORK, "2026-11-06T09:00"))
    # Friday 09:00: 8 h Fri, 9 h Mon, Tue, Wed, Thu, 1 h Fri.
    assert shown(closed_again) == [("rca", "2026-11-13T09:00:00-05:00")]


def test_a_closed_case_without_rca_has_no_deadline():
    case = case_with(3, NEW_YORK, "2026-10-29T09:12", (CLOSED, "2026-10-30T10:00"))
    assert shown(case) == []


def test_all_deadlines_sort_by_the_instant_across_zones():
    london = new_case("L-1", 4, at(LONDON, "2026-12-01T08:00"))  # due 17:00 GMT = 12:00 EST
    new_york = new_case("NY-1", 3, at(NEW_YORK, "2026-12-01T11:00"))  # due 13:00 EST
    tokyo = case_with(2, TOKYO, "2026-12-01T09:00", (WAITING, "2026-12-01T09:00"))  # Fri 4 Dec 09:00 JST
    assert [(d.case_number, d.kind.value, d.due.isoformat()) for d in all_deadlines([new_york, tokyo, london])] == [
        ("L-1", "first-response", "2026-12-01T17:00:00+00:00"),
        ("NY-1", "first-response", "2026-12-01T13:00:00-05:00"),
        ("0001234", "customer-response", "2026-12-04T09:00:00+09:00"),
    ]


def test_deadline_notes_say_what_to_do():
    case = case_with(1, NEW_YORK, "2026-10-29T09:12", (PROPOSED, "2026-10-29T15:00"))
    notes = {d.kind: d.note.render() for d in deadlines(case)}
    assert "Priority 3 follow-up case" in notes[DeadlineKind.RCA]
    assert "not resolved" in notes[DeadlineKind.AUTO_CLOSE]
    first = deadlines(new_case("7", 3, at(NEW_YORK, "2026-12-01T09:00")))[0]
    assert first.note.render().startswith("The target initial response for Severity 3")


# -- transitions ---------------------------------------------------------------------------------------------

ALLOWED = {
    (OPEN, WAITING),
    (OPEN, PROPOSED),
    (OPEN, CLOSED),
    (WAITING, OPEN),
    (WAITING, PROPOSED),
    (WAITING, CLOSED),
    (PROPOSED, OPEN),
    (PROPOSED, WAITING),
    (PROPOSED, CLOSED),
    (CLOSED, OPEN),
}
ROUTE_TO = {
    OPEN: [],
    WAITING: [WAITING],
    PROPOSED: [PROPOSED],
    CLOSED: [CLOSED],
}


@pytest.mark.parametrize("source", list(CaseState))
@pytest.mark.parametrize("target", list(CaseState))
def test_allowed_and_forbidden_transitions(source, target):
    case = new_case("7", 2, at(NEW_YORK, "2026-12-01T09:00"))
    for state in ROUTE_TO[source]:
        case = change_state(case, state, at(NEW_YORK, "2026-12-01T10:00"))
    assert case.state is source
    when = at(NEW_YORK, "2026-12-01T11:00")
    if (source, target) in ALLOWED:
        assert change_state(case, target, when).state is target
    else:
        with pytest.raises(TrackerError, match=f'cannot change from "{source.value}" to "{target.value}"'):
            change_state(case, target, when)


def test_a_change_may_not_come_before_the_opening_or_the_last_change():
    case = new_case("7", 2, at(NEW_YORK, "2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="opened at 2026-12-01T09:00-05:00"):
        change_state(case, WAITING, at(NEW_YORK, "2026-12-01T08:59"))
    waiting = change_state(case, WAITING, at(NEW_YORK, "2026-12-01T12:00"))
    with pytest.raises(TrackerError, match="last change of case 7 was at 2026-12-01T12:00-05:00"):
        change_state(waiting, OPEN, at(NEW_YORK, "2026-12-01T11:59"))
    # The same minute is fine (two quick corrections), and another zone is converted to the case's.
    same = change_state(waiting, OPEN, datetime.fromisoformat("2026-12-01T17:00:00+00:00"))
    assert same.changes[-1].at.isoformat() == "2026-12-01T12:00:00-05:00"


def test_a_naive_time_is_refused():
    case = new_case("7", 2, at(NEW_YORK, "2026-12-01T09:00"))
    with pytest.raises(TrackerError, match="needs a time zone"):
        change_state(case, CLOSED, datetime(2026, 12, 1, 12))
    with pytest.raises(TrackerError, match="needs a time zone"):
        new_case("7", 2, datetime(2026, 12, 1, 12))


@pytest.mark.parametrize("severity", [0, 5, True])
def test_severity_must_be_1_to_4(severity):
    with pytest.raises(TrackerError, match="1, 2, 3 or 4"):
        new_case("7", severity, at(NEW_YORK, "2026-12-01T09:00"))


@pytest.mark.parametrize(
    ("text", "expected"), [("  0001234567 ", "0001234567"), ("CS-88", "CS-88"), ("x" * 64, "x" * 64)]
)
def test_case_numbers_are_trimmed(text, expected):
    assert check_case_number(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12 34", "x" * 65, "12\t34", "12\x0034"])
def test_bad_case_numbers_are_refused(text):
    with pytest.raises(TrackerError) as raised:
        check_case_number(text)
    assert raised.value.message.render() in {
        "Enter the case number Customer Care gave.",
        f'The case number "{text.strip()[:80]}" is not valid: one word of at most 64 characters.',
    }


def test_a_case_opened_by_phone_starts_with_its_first_response_met():
    opened = at(NEW_YORK, "2026-12-01T09:00")
    case = new_case("7", 1, opened, by_phone=True)
    assert case.first_response_at == opened
    assert shown(case) == []
    assert shown(new_case("7", 1, opened)) == [("first-response", "2026-12-01T09:10:00-05:00")]  # not said: the clock
    resolved = change_state(case, CaseState.RESOLUTION_PROPOSED, at(NEW_YORK, "2026-12-01T12:00"))
    assert [kind for kind, _due in shown(resolved)] == ["auto-close", "rca"]
