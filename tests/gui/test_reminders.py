"""Reminders with a driven clock: the banner shows them ahead of and at each deadline; the tray only if there is one.

Case 0004518771 (Severity 1) was proposed as resolved on Thursday 2026-10-29 15:00 EDT: it closes automatically on
Tuesday 2026-11-03 17:00 EST (reminder ahead at 16:00) and its RCA is due Thursday 2026-11-05 15:00 EST.
Case 0004521190 (Severity 3, London) opened Tuesday 2026-11-03 09:00 GMT: first response due 11:00, ahead at 10:00.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.domain.tracker.reminders import STANDARD_COUNTING
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.reminders import ReminderBanner, ReminderCenter, store_source
from tests.helpers.clock import HandClock

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock() -> HandClock:
    return HandClock(datetime(2026, 11, 3, 9, 30, tzinfo=UTC))


@pytest.fixture
def tracker(context) -> TrackerStore:
    store = TrackerStore(context.store)
    store.add_case(new_case("0004518771", 1, datetime(2026, 10, 29, 9, 12, tzinfo=NEW_YORK), "Outage"))
    store.change_state("0004518771", CaseState.RESOLUTION_PROPOSED, datetime(2026, 10, 29, 15, 0, tzinfo=NEW_YORK))
    store.add_case(new_case("0004521190", 3, datetime(2026, 11, 3, 9, 0, tzinfo=LONDON), "Wrap-up codes"))
    return store


@pytest.fixture
def center(qtbot, context, tracker, clock) -> Iterator[ReminderCenter]:
    built = ReminderCenter(store_source(context), clock, use_tray=False)
    yield built
    built.stop()


@pytest.fixture
def banner(qtbot, center) -> ReminderBanner:
    shown = ReminderBanner()
    qtbot.addWidget(shown)
    shown.attach(center)
    shown.show()
    return shown


def test_a_reminder_shows_ahead_of_and_at_the_deadline(center, banner, clock):
    assert center.check() == []
    assert not banner.isVisible()
    clock.now = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
    assert [(r.deadline.case_number, r.stage.value) for r in center.check()] == [("0004521190", "ahead")]
    assert banner.isVisible()
    assert banner.lines() == [
        "Case 0004521190: Product Support's first response is due Tue 2026-11-03 11:00 GMT (in 1 h)."
    ]
    clock.now = datetime(2026, 11, 3, 10, 30, tzinfo=UTC)
    assert center.check() == []
    assert banner.lines() == [
        "Case 0004521190: Product Support's first response is due Tue 2026-11-03 11:00 GMT (in 30 min)."
    ]
    clock.now = datetime(2026, 11, 3, 11, 0, tzinfo=UTC)
    assert [r.stage.value for r in center.check()] == ["due"]
    assert banner.lines() == [
        "Case 0004521190: Product Support's first response is due Tue 2026-11-03 11:00 GMT (due now)."
    ]
    clock.now = datetime(2026, 11, 3, 21, 0, tzinfo=UTC)  # 16:00 EST: one business hour before the auto-close
    assert [(r.deadline.case_number, r.stage.value) for r in center.check()] == [("0004518771", "ahead")]
    assert banner.lines() == [
        "Case 0004521190: Product Support's first response was due Tue 2026-11-03 11:00 GMT (10 h overdue). "
        "Chase the case if none came.",
        "Case 0004518771 closes automatically Tue 2026-11-03 17:00 EST (in 1 h) unless you report that the issue "
        "is not resolved.",
    ]


def test_the_timer_drives_the_checks(qtbot, context, tracker, clock):
    center = ReminderCenter(store_source(context), clock, interval_ms=20, use_tray=False)
    clock.now = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)
    with qtbot.waitSignal(center.reminded, timeout=5000) as first:
        center.start()
    assert [r.stage.value for r in first.args[0]] == ["due"]  # started late: only the latest of the deadline
    clock.now = datetime(2026, 11, 3, 22, 0, tzinfo=UTC)  # 17:00 EST
    with qtbot.waitSignal(center.reminded, timeout=5000) as second:
        pass
    assert [(r.deadline.case_number, r.stage.value) for r in second.args[0]] == [("0004518771", "due")]
    assert second.args[1] == clock.now
    center.stop()
    assert not center.timer.isActive()


def test_stop_cancels_a_first_check_still_waiting(qtbot, context, tracker, clock):
    """A window closed before its delayed first check must not check later (its store may be closed by then)."""
    center = ReminderCenter(store_source(context), clock, interval_ms=60_000, use_tray=False)
    checked: list[object] = []
    center.ticked.connect(lambda *args: checked.append(args))
    center.start(first_check_ms=30)
    center.stop()
    waiter = ReminderCenter(lambda: ([], lambda _day: False, STANDARD_COUNTING), clock, interval_ms=120, use_tray=False)
    with qtbot.waitSignal(waiter.ticked, timeout=5000):  # well after the 30 ms the stopped first check had
        waiter.start(first_check_ms=90)
    waiter.stop()
    assert checked == []


def test_a_reminder_goes_when_its_deadline_does(center, banner, clock, tracker):
    clock.now = datetime(2026, 11, 3, 21, 30, tzinfo=UTC)
    center.check()
    assert len(banner.lines()) == 2
    tracker.record_first_response("0004521190", datetime(2026, 11, 3, 10, 45, tzinfo=LONDON))
    tracker.change_state("0004518771", CaseState.CLOSED, datetime(2026, 11, 3, 16, 40, tzinfo=NEW_YORK))
    assert center.check() == []
    assert banner.lines() == []
    assert not banner.isVisible()


def test_dismiss_hides_and_nothing_is_announced_twice(center, banner, clock, qtbot):
    clock.now = datetime(2026, 11, 3, 11, 5, tzinfo=UTC)
    center.check()
    assert banner.isVisible()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert center.check() == []
    assert not banner.isVisible()


def test_show_cases_asks_to_open_the_tracker(center, banner, clock, qtbot):
    clock.now = datetime(2026, 11, 3, 11, 5, tzinfo=UTC)
    center.check()
    with qtbot.waitSignal(banner.open_requested):
        qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)


def test_the_tray_is_used_only_when_there_is_one(qtbot, context, tracker, clock):
    center = ReminderCenter(store_source(context), clock)
    try:
        if QSystemTrayIcon.isSystemTrayAvailable():
            assert center.tray is not None
            assert center.tray.isVisible()
        else:
            assert center.tray is None
        clock.now = datetime(2026, 11, 3, 11, 5, tzinfo=UTC)
        assert len(center.check()) == 1  # with or without a tray, no crash
    finally:
        center.stop()
    assert ReminderCenter(store_source(context), clock, use_tray=False).tray is None


def test_the_banner_names_itself_for_screen_readers(center, banner, clock):
    clock.now = datetime(2026, 11, 3, 11, 5, tzinfo=UTC)
    center.check()
    assert banner.text.accessibleName() == (
        "Case 0004521190: Product Support's first response was due Tue 2026-11-03 11:00 GMT (5 min overdue). "
        "Chase the case if none came."
    )
    assert banner.dismiss_button.accessibleName() == "Dismiss the deadline reminders"


def test_the_early_first_response_reminder_counts_in_the_support_plans_hours(qtbot, context):
    """United States-only plan (08:00-20:00 US Eastern), a contact in Chicago.

    A Severity 3 case opened on Tuesday at 17:30 CST is due Wednesday 07:30 CST; one Eastern business hour
    earlier is Tuesday 18:30 CST.
    """
    from care_desktop.services.preferences import Preferences, save_preferences

    save_preferences(context.store, Preferences(support_plan="us-only"))
    chicago = ZoneInfo("America/Chicago")
    TrackerStore(context.store).add_case(new_case("0004600001", 3, datetime(2026, 12, 1, 17, 30, tzinfo=chicago)))
    clock = HandClock(datetime(2026, 12, 2, 0, 29, tzinfo=UTC))
    center = ReminderCenter(store_source(context), clock, use_tray=False)
    assert center.check() == []
    clock.now = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # 18:30 CST
    (reminder,) = center.check()
    assert (reminder.stage.value, reminder.deadline.due.isoformat()) == ("ahead", "2026-12-02T07:30:00-06:00")
    center.stop()
