"""The tracker's evidence clocks: SIP capture and Operational Console events of the case's checked conversations."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.conversations.summary import summarize
from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.services.platform.check_report import CheckReport, ConversationCheck, Outcome
from care_desktop.services.platform.conversation_evidence import write_evidence
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.tracker.window import TrackerWindow
from tests.helpers import platform_standin as standin
from tests.helpers.clock import HandClock

BERLIN = ZoneInfo("Europe/Berlin")
DRAFT = "d" * 32


@pytest.fixture
def clock(context) -> HandClock:
    # Two days after the call: both clocks run, none within its two-day reminder time.
    ticking = HandClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    context.clock = ticking
    return ticking


@pytest.fixture
def window(qtbot, context, clock) -> TrackerWindow:
    report = CheckReport(
        [
            ConversationCheck(standin.VOICE_ID, Outcome.FOUND, summarize(standin.voice_call())),
            ConversationCheck(standin.CHAT_ID, Outcome.FOUND, summarize(standin.chat())),
        ]
    )
    write_evidence(context.paths.case_dir(DRAFT), report, "Europe/Berlin")
    tracker = TrackerStore(context.store)
    tracker.add_case(new_case("0004600001", 2, datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN), "Calls drop"))
    tracker.link("0004600001", draft_id=DRAFT)
    tracker.add_case(new_case("0004600002", 3, datetime(2026, 12, 1, 11, 0, tzinfo=BERLIN), "No draft"))
    built = TrackerWindow(context)
    qtbot.addWidget(built)
    built.show()
    return built


def test_the_clocks_of_the_selected_case(window):
    window.select_case("0004600001")
    box = window.evidence_clocks
    assert box.isVisible()
    text = box.body.text()
    assert "Operational Console events until Thu 2026-12-10 10:12 CET (in 8 days) \u2014 conversation 4709b21d" in text
    assert "Operational Console events until Fri 2026-12-11 15:00 CET (in 9 days) \u2014 conversation a1b2c3d4" in text
    assert "SIP capture available until Mon 2026-12-21 10:12 CET (in 19 days) \u2014 conversation 4709b21d" in text
    assert "\u26a0" not in text
    assert not window.evidence_reminder.isVisible()
    window.select_case("0004600002")  # no checked conversation: no clock
    assert not box.isVisible()


def test_a_reminder_before_each_runs_out_while_the_case_is_open(window, clock):
    clock.now = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)  # about a day before the console events of the call go
    window.refresh()
    window.select_case("0004600001")
    text = window.evidence_clocks.body.text()
    assert "<b>\u26a0 Operational Console events until Thu 2026-12-10 10:12 CET (in 24 h)" in text
    assert "Look at the Operational Console events now" in text
    reminder = window.evidence_reminder
    assert reminder.isVisible()
    assert reminder.text().startswith("Case 0004600001: Operational Console events until Thu 2026-12-10 10:12 CET")
    assert "SIP capture" not in reminder.text()

    clock.now = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)  # the console events are gone; the SIP capture goes tomorrow
    window.refresh()
    text = window.evidence_clocks.body.text()
    assert "<s>Operational Console events until Thu 2026-12-10" in text
    assert "SIP capture available until Mon 2026-12-21 10:12 CET (in 24 h)" in window.evidence_reminder.text()
    assert "Download the PCAP now" in window.evidence_reminder.text()

    TrackerStore(window.context.store).change_state(
        "0004600001", CaseState.CLOSED, datetime(2026, 12, 20, 8, 0, tzinfo=UTC)
    )
    window.refresh()  # a closed case is not reminded of
    assert not window.evidence_reminder.isVisible()
    assert "\u26a0" not in window.evidence_clocks.body.text()
