"""Evidence clocks in the app-wide reminders: the home's banner says when a case's evidence runs out, ahead of it.

The call of case 0004600001 (Berlin) started 2026-11-30 09:12 UTC: its Operational Console events go on
2026-12-10 09:12 UTC (reminded from 2026-12-08 09:12), its SIP capture on 2026-12-21 09:12 UTC (from 12-19).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.conversations.summary import summarize
from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.services.platform.check_report import CheckReport, ConversationCheck, Outcome
from care_desktop.services.platform.conversation_evidence import write_evidence
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.main_window import MainWindow
from tests.helpers import platform_standin as standin
from tests.helpers.clock import HandClock

BERLIN = ZoneInfo("Europe/Berlin")
DRAFT = "e" * 32
NUMBER = "0004600001"


@pytest.fixture
def clock(context) -> HandClock:
    ticking = HandClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    context.clock = ticking
    return ticking


@pytest.fixture
def window(qtbot, context, saved_profile, clock) -> MainWindow:
    report = CheckReport([ConversationCheck(standin.VOICE_ID, Outcome.FOUND, summarize(standin.voice_call()))])
    write_evidence(context.paths.case_dir(DRAFT), report, "Europe/Berlin")
    tracker = TrackerStore(context.store)
    # Phoned in: its first response is met, so the banner holds only the evidence.
    tracker.add_case(new_case(NUMBER, 1, datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN), "Calls drop", by_phone=True))
    tracker.link(NUMBER, draft_id=DRAFT)
    built = MainWindow(context)
    qtbot.addWidget(built)
    built.show()
    return built


def test_the_home_reminds_ahead_of_each_clock_and_never_after(window, clock):
    banner = window.home.reminder_banner
    window.home.reminders.check()
    assert not banner.isVisible()  # eight days left: nothing yet

    clock.now = datetime(2026, 12, 8, 9, 13, tzinfo=UTC)  # two days before the console events go
    window.home.reminders.check()
    assert banner.isVisible()
    assert banner.lines() == [
        f"Case {NUMBER}: Operational Console events until Thu 2026-12-10 10:12 CET (in 47 h) \u2014 conversation "
        "4709b21d. Look at the Operational Console events now, or point Product Support to them while they are "
        "there."
    ]
    assert "Evidence that runs out soon" in banner.text.text()

    clock.now = datetime(2026, 12, 10, 9, 13, tzinfo=UTC)  # gone: the reminder leaves the banner
    window.home.reminders.check()
    assert not banner.isVisible()

    clock.now = datetime(2026, 12, 20, 9, 12, tzinfo=UTC)  # a day before the SIP capture goes
    window.home.reminders.check()
    assert [line.split(" until ")[0] for line in banner.lines()] == [f"Case {NUMBER}: SIP capture available"]
    assert "Download the PCAP now" in banner.lines()[0]


def test_announced_once_and_gone_when_the_case_is_closed(window, clock):
    announced: list[object] = []
    window.home.reminders.evidence_reminded.connect(lambda fresh, _now: announced.extend(fresh))
    clock.now = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)
    window.home.reminders.check()
    window.home.reminders.check()
    assert len(announced) == 1
    banner = window.home.reminder_banner
    banner.dismiss()
    window.home.reminders.check()
    assert not banner.isVisible()  # dismissed: not announced again this session
    TrackerStore(window.context.store).change_state(NUMBER, CaseState.CLOSED, clock.now)
    window.home.reminders.shown.clear()
    window.home.reminders.check()
    assert not banner.isVisible()  # a closed case is not reminded of


def test_a_reminder_waiting_while_the_app_was_closed_shows_at_the_first_check(window, clock):
    clock.now = datetime(2026, 12, 9, 20, 0, tzinfo=UTC)
    window.home.reminders.check()
    assert window.home.reminder_banner.lines()[0].startswith(f"Case {NUMBER}: Operational Console events until")
    assert "(in 13 h)" in window.home.reminder_banner.lines()[0]
