"""The tracker's rough edges (issue 14, item 13): validation, stale status, the draft's number, closing keys."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Case
from care_desktop.domain.tracker.model import new_case
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.tracker.window import TrackerWindow
from tests.helpers.clock import HandClock


@pytest.fixture
def window(qtbot, context):
    context.clock = HandClock(datetime(2026, 12, 7, 10, 0, tzinfo=UTC))
    store = TrackerStore(context.store)
    store.add_case(
        new_case("0004518771", 2, datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Dublin")), "Calls drop")
    )
    store.add_case(
        new_case("0004520013", 3, datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Dublin")), "Reports time out")
    )
    built = TrackerWindow(context)
    qtbot.addWidget(built)
    built.show()
    return built


def test_a_case_number_must_be_digits_and_a_title_is_needed(window, qtbot):
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    dialog.number.setText("abc")
    dialog.accept()
    assert "not a My Support case number" in dialog.error.text()
    assert dialog.isVisible()
    dialog.number.setText("0004530001")
    dialog.accept()
    assert dialog.error.text() == "Give the case a title to recognise it by in the tracker."
    dialog.title.setText("Softphone drops")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.selected_number() == "0004530001"


def test_a_status_line_does_not_follow_to_another_case(window):
    window.select_case("0004518771")
    window.panel.show_status("Evidence package written for case 0004518771.")
    window.select_case("0004520013")
    assert window.panel.status.text() == ""


def test_tracking_through_i_filed_it_fills_the_drafts_case_number(qtbot, context, window):
    draft = Draft(id="d" * 32, case=Case(title="Queue report fails", severity=3))
    context.store.save_draft(draft)
    dialog = window.open_add_case(draft)  # what "I filed it: track the case" opens, with the wizard's draft
    qtbot.addWidget(dialog)
    dialog.number.setText("0004540000")
    dialog.accept()
    assert draft.case.case_number == "0004540000"  # the wizard's draft object
    assert context.store.load_draft("d" * 32).case.case_number == "0004540000"
    [summary] = [item for item in context.store.list_drafts() if item.id == "d" * 32]
    assert summary.case_number == "0004540000"  # the main window's "Case number" column


@pytest.mark.parametrize("key", [(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Escape, None)])
def test_ctrl_w_and_escape_close_the_tracker(qtbot, window, key):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    code, modifier = key
    qtbot.keyClick(window.cases, code, modifier or Qt.KeyboardModifier.NoModifier)
    assert not window.isVisible()
