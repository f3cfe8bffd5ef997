"""The case tracker window with the real store: lists, changes of state, adding a case, follow-ups.

The clock is the context's, set by the tests. At 2026-11-03 19:00 UTC it is Tuesday 14:00 in New York (EST,
after the 1 November fall-back) and 19:00 in London (GMT).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.tracker.window import TrackerWindow
from tests.gui.test_accessibility import unnamed
from tests.helpers.clock import HandClock

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock(context) -> HandClock:
    ticking = HandClock(datetime(2026, 11, 3, 19, 0, tzinfo=UTC))
    context.clock = ticking
    return ticking


@pytest.fixture
def tracker(context) -> TrackerStore:
    return TrackerStore(context.store)


@pytest.fixture
def four_cases(tracker: TrackerStore) -> None:
    tracker.add_case(
        new_case("0004518771", 1, datetime(2026, 10, 29, 9, 12, tzinfo=NEW_YORK), "Agents cannot take inbound calls")
    )
    tracker.change_state("0004518771", CaseState.RESOLUTION_PROPOSED, datetime(2026, 10, 29, 15, 0, tzinfo=NEW_YORK))
    tracker.add_case(new_case("0004520013", 2, datetime(2026, 11, 2, 10, 0, tzinfo=NEW_YORK), "Reports time out"))
    tracker.change_state("0004520013", CaseState.WAITING, datetime(2026, 11, 2, 11, 30, tzinfo=NEW_YORK))
    tracker.add_case(new_case("0004521190", 3, datetime(2026, 11, 3, 9, 0, tzinfo=LONDON), "Wrap-up codes missing"))
    tracker.add_case(new_case("0004490002", 4, datetime(2026, 10, 20, 9, 0, tzinfo=NEW_YORK), "Data retention"))
    tracker.change_state("0004490002", CaseState.CLOSED, datetime(2026, 10, 22, 9, 0, tzinfo=NEW_YORK))


@pytest.fixture
def window(qtbot, context, clock, four_cases) -> TrackerWindow:
    built = TrackerWindow(context)
    qtbot.addWidget(built)
    built.show()
    return built


def test_cases_sorted_by_next_deadline_with_local_and_relative_time(window):
    assert window.case_rows() == [
        # London Severity 3 opened 09:00: due 11:00 GMT, 8 hours ago.
        [
            "0004521190",
            "3",
            "Wrap-up codes missing",
            "Open",
            "First response",
            "Tue 2026-11-03 11:00 GMT",
            "8 h overdue",
        ],
        # Proposed Thursday 15:00 EDT: closes Tuesday 17:00 EST, 3 hours from 14:00.
        [
            "0004518771",
            "1",
            "Agents cannot take inbound calls",
            "Resolution proposed",
            "Auto-close",
            "Tue 2026-11-03 17:00 EST",
            "in 3 h",
        ],
        # Asked Monday 11:30: 5.5 h Mon, 9 h Tue, 9 h Wed, 3.5 h Thu; 45.5 hours from now.
        [
            "0004520013",
            "2",
            "Reports time out",
            "Waiting on customer",
            "Your reply",
            "Thu 2026-11-05 11:30 EST",
            "in 45 h",
        ],
        ["0004490002", "4", "Data retention", "Closed", "", "", ""],
    ]
    assert window.deadline_rows() == [
        ["8 h overdue", "Tue 2026-11-03 11:00 GMT", "0004521190", "First response", "Wrap-up codes missing"],
        ["in 3 h", "Tue 2026-11-03 17:00 EST", "0004518771", "Auto-close", "Agents cannot take inbound calls"],
        ["in 45 h", "Thu 2026-11-05 11:30 EST", "0004520013", "Your reply", "Reports time out"],
        # RCA: 45 business hours from Thursday 15:00.
        [
            "in 2 days",
            "Thu 2026-11-05 15:00 EST",
            "0004518771",
            "Comprehensive RCA",
            "Agents cannot take inbound calls",
        ],
    ]


def test_relative_times_follow_the_clock(window, clock):
    clock.now = datetime(2026, 11, 3, 22, 30, tzinfo=UTC)  # 17:30 EST
    window.timer.timeout.emit()
    assert [row[0] for row in window.deadline_rows()] == ["11 h overdue", "30 min overdue", "in 42 h", "in 45 h"]


def test_recording_a_change_from_the_panel(window, tracker, qtbot):
    window.select_case("0004518771")
    panel = window.panel
    assert [panel.new_state.itemText(i) for i in range(panel.new_state.count())] == [
        "Open (the issue is not resolved)",
        "Waiting on customer",
        "Closed",
    ]
    assert panel.when.moment().isoformat() == "2026-11-03T14:00:00-05:00"
    panel.new_state.setCurrentIndex(panel.new_state.findData("closed"))
    panel.when.set_moment(datetime(2026, 11, 3, 13, 45, tzinfo=NEW_YORK))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    case = tracker.get_case("0004518771")
    assert case.state is CaseState.CLOSED
    assert case.changes[-1].at.isoformat() == "2026-11-03T13:45:00-05:00"
    # The auto-close is gone; the RCA still counts from the proposal.
    assert [row[2:4] for row in window.deadline_rows()] == [
        ["0004521190", "First response"],
        ["0004520013", "Your reply"],
        ["0004518771", "Comprehensive RCA"],
    ]
    assert window.selected_number() == "0004518771"
    assert panel.status.text() == "Case 0004518771 is now: Closed."


def test_a_change_before_the_last_one_is_refused_with_a_message(window, tracker, dialogs, qtbot):
    window.select_case("0004520013")
    panel = window.panel
    panel.new_state.setCurrentIndex(panel.new_state.findData("open"))
    panel.when.set_moment(datetime(2026, 11, 2, 11, 0, tzinfo=NEW_YORK))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert dialogs.calls == [
        (
            "warning",
            "Change not recorded",
            "The last change of case 0004520013 was at 2026-11-02T11:30-05:00; a new one cannot come before it.",
        )
    ]
    assert tracker.get_case("0004520013").state is CaseState.WAITING


def test_first_response_received(window, tracker, qtbot):
    window.select_case("0004521190")
    panel = window.panel
    assert panel.responded_button.isVisible()
    assert not panel.rca_button.isVisible()
    assert panel.when.zone.key == "Europe/London"
    qtbot.mouseClick(panel.responded_button, Qt.MouseButton.LeftButton)
    assert tracker.get_case("0004521190").first_response_at.isoformat() == "2026-11-03T19:00:00+00:00"
    # No deadline left: it joins the cases without one, newest first.
    assert [row[0] for row in window.case_rows()] == ["0004518771", "0004520013", "0004521190", "0004490002"]


def test_adding_a_case_by_hand(window, context, tracker, qtbot):
    context.system_zone = "Europe/Dublin"
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Europe/Dublin"  # no zone in the settings: the computer's
    dialog.number.setText(" 0004530001 ")
    dialog.severity.setCurrentIndex(1)
    dialog.title.setText("Softphone drops after 30 s")
    dialog.zone.setCurrentText("America/New_York")
    dialog.opened.set_moment(datetime(2026, 11, 3, 13, 20, tzinfo=NEW_YORK))
    with qtbot.waitSignal(dialog.case_added) as added:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert added.args == ["0004530001"]
    case = tracker.get_case("0004530001")
    assert (case.severity, case.title, case.opened.isoformat()) == (
        2,
        "Softphone drops after 30 s",
        "2026-11-03T13:20:00-05:00",
    )
    assert window.selected_number() == "0004530001"
    assert window.case_rows()[1] == [
        "0004530001",
        "2",
        "Softphone drops after 30 s",
        "Open",
        "First response",
        "Tue 2026-11-03 14:20 EST",
        "in 20 min",
    ]


def test_adding_a_case_says_what_is_wrong(window, tracker, qtbot):
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    dialog.number.setText("0004518771")
    dialog.title.setText("Calls drop")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == "Case 0004518771 is tracked already."
    assert dialog.isVisible()
    dialog.number.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == "Enter the case number Product Support gave."
    dialog.number.setText("1")
    dialog.zone.setCurrentText("Nowhere/Special")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == "Choose a time zone from the list, e.g. America/New_York."
    assert len(tracker.list_cases()) == 4


def test_adding_a_case_from_its_draft(qtbot, context, clock, tracker):
    draft = Draft(id="d" * 32, case=Case(title="Calls drop", severity=1, case_number="0004540000"))
    draft.time_zone = "Europe/London"
    context.store.save_draft(draft)
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    dialog = window.open_add_case(draft)
    qtbot.addWidget(dialog)
    assert dialog.number.text() == "0004540000"
    assert dialog.severity.currentData() == 1
    assert dialog.title.text() == "Calls drop"
    assert dialog.zone.currentText() == "Europe/London"
    assert dialog.opened.moment().isoformat() == "2026-11-03T19:00:00+00:00"
    assert dialog.draft.currentData() == "d" * 32
    dialog.accept()
    assert tracker.get_case("0004540000").draft_id == "d" * 32


def test_open_the_draft_a_case_came_from(window, tracker, qtbot):
    tracker.link("0004520013", draft_id="a" * 32)
    window.refresh()
    window.select_case("0004521190")
    assert not window.panel.open_draft_button.isEnabled()
    window.select_case("0004520013")
    assert window.panel.open_draft_button.isEnabled()
    with qtbot.waitSignal(window.open_draft_requested) as opened:
        qtbot.mouseClick(window.panel.open_draft_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["a" * 32]


def test_ask_for_more_rca_documentation(window, context, saved_profile, qtbot):
    window.select_case("0004518771")
    window.panel.meeting.setChecked(True)
    with qtbot.waitSignal(window.drafts_changed), qtbot.waitSignal(window.open_draft_requested) as opened:
        qtbot.mouseClick(window.panel.followup_button, Qt.MouseButton.LeftButton)
    draft = context.store.load_draft(opened.args[0])
    assert draft.case.related_case == "0004518771"
    assert draft.case.title == "More RCA documentation for case 0004518771"
    assert draft.case.contact.email == "dana@acme.example"
    assert draft.case.org.short_name == "acme-eu"
    assert "follow-up meeting" in draft.case.description
    assert draft.time_zone == "America/New_York"


def test_add_evidence_reports_only_what_is_new(window, context, tracker, qtbot):
    draft = Draft(id="e" * 32, case=Case(title="Reports time out", case_number="0004520013"))
    folder = context.paths.case_dir(draft.id)
    folder.mkdir(parents=True)
    (folder / "console.log").write_bytes(b"timeout after 30000 ms\n")
    (folder / "report.png").write_bytes(b"\x89PNG fake")
    draft.case.attachments = [
        Attachment("console.log", AttachmentKind.CONSOLE_LOG),
        Attachment("report.png", AttachmentKind.SCREENSHOT),
    ]
    context.store.save_draft(draft)
    tracker.link("0004520013", draft_id=draft.id)
    sent = hashlib.sha256(b"timeout after 30000 ms\n").hexdigest()
    tracker.record_sent("0004520013", [(sent, "console.log")], datetime(2026, 11, 2, 12, 0, tzinfo=NEW_YORK))
    window.refresh()
    window.select_case("0004520013")
    with qtbot.waitSignal(window.evidence_ready, timeout=10_000) as ready:
        qtbot.mouseClick(window.panel.evidence_button, Qt.MouseButton.LeftButton)
    number, report = ready.args
    assert number == "0004520013"
    assert [f.attachment.path for f in report.new] == ["report.png"]
    assert [f.attachment.path for f in report.already_sent] == ["console.log"]
    assert window.panel.status.text() == "Case 0004520013: 1 new file, 1 already sent, 0 missing."
    assert not window.evidence_busy


def test_add_evidence_without_a_draft_says_so(window, dialogs):
    window.select_case("0004521190")
    assert window.add_evidence() is None
    assert dialogs.kinds() == ["information"]


def test_stop_tracking_asks_first(window, tracker, dialogs, qtbot):
    window.select_case("0004490002")
    dialogs.answers = [False, True]
    qtbot.mouseClick(window.panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(tracker.list_cases()) == 4
    with qtbot.waitSignal(window.cases_changed):
        qtbot.mouseClick(window.panel.remove_button, Qt.MouseButton.LeftButton)
    assert [case.number for case in tracker.list_cases()] == ["0004521190", "0004520013", "0004518771"]
    assert window.selected_number() is None
    assert not window.panel.change_box.isEnabled()


def test_activating_a_deadline_selects_its_case(window):
    window.all_deadlines.itemActivated.emit(window.all_deadlines.item(3, 0))
    assert window.selected_number() == "0004518771"


def test_empty_tracker_says_how_to_start(qtbot, context, clock):
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.empty.isVisible()
    assert not window.cases.isVisible()
    assert window.panel.summary.text() == "Select a case to see its deadlines and record changes."


def test_every_input_is_named(window, qtbot):
    window.select_case("0004518771")
    assert unnamed(window) == []
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []


def mnemonics(root) -> list[str]:
    texts = [w.text() for w in root.findChildren(QAbstractButton)] + [w.text() for w in root.findChildren(QLabel)]
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text and not text.startswith("<")]


def test_keyboard_mnemonics_are_unique(window, qtbot):
    window.select_case("0004518771")
    keys = mnemonics(window)
    assert len(keys) == len(set(keys)) == 16  # 12, and the escalation box: requested, closed, e-mail, copy
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)) == 6
