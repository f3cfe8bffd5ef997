"""The critical-outage path from launch: the number for the user's region in at most two interactions, offline."""

import socket

import pytest
from PySide6.QtWidgets import QApplication

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.critical_outage import CriticalOutageDialog
from care_desktop.ui.main_window import MainWindow


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the critical-outage path must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def visible_texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_number_for_the_region_is_on_screen_at_launch_and_one_click_away(qtbot, context, saved_profile, no_network):
    interactions = 0
    window = MainWindow(context)  # launch
    qtbot.addWidget(window)
    window.show()
    # Zero interactions: the banner already names the number for the saved region (EMEA).
    assert "+44 (0) 127-645-7002" in window.banner.text.text()
    assert "Phone only, 24x7" in window.banner.text.text()

    window.banner.button.click()  # the one interaction
    interactions += 1
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CriticalOutageDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert interactions <= 2
    assert dialog.panel.directory.primary_entry().number == "+44 (0) 127-645-7002"
    assert "+44 (0) 127-645-7002" in "\n".join(e.number for e in dialog.panel.directory.shown_entries()[:1])
    assert "verify before calling" in visible_texts(dialog).lower()
    assert "acme-eu" in dialog.panel.card.lines.text()


def test_without_a_profile_the_locale_decides(qtbot, context, no_network, monkeypatch):
    from care_desktop.services.preferences import Preferences, save_preferences

    save_preferences(context.store, Preferences(phone_country="Japan"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_critical_outage()
    qtbot.addWidget(dialog)
    # No organization region saved: the country preference puts Japan's own line first.
    assert dialog.panel.directory.primary_entry().label == "Japan only"


def test_after_the_call_the_draft_carries_the_case_number(qtbot, context, saved_profile, no_network):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_critical_outage()
    dialog.panel.impact.setText("Nobody can take calls")
    dialog.panel.available.setChecked(True)
    dialog.panel.case_number.setText("0001234567")
    draft = dialog.save_as_draft()
    assert not dialog.isVisible()
    saved = context.store.load_draft(draft.id)
    assert saved.case.severity == 1
    assert saved.case.case_number == "0001234567"
    assert saved.case.business_impact == "Nobody can take calls"
    assert saved.case.contact.available_24x7
    assert saved.case.title == "Critical outage, case 0001234567"
    wizard = window.wizards[draft.id]
    assert wizard.current_step() is Step.ORGANIZATION  # the call is done: go on with the evidence
    wizard.reject()


def test_a_case_number_from_the_call_starts_the_tracker_clocks(qtbot, context, saved_profile, no_network):
    from care_desktop.services.tracker.store import TrackerStore

    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.open_critical_outage()
    dialog.panel.case_number.setText("0007654321")
    draft = dialog.save_as_draft()
    tracked = TrackerStore(context.store).get_case("0007654321")
    assert (tracked.severity, tracked.draft_id) == (1, draft.id)
    assert "0007654321" in window.statusBar().currentMessage()
    window.wizards[draft.id].reject()


def test_a_case_phoned_in_starts_with_its_first_response_met_and_no_reminder_follows(
    qtbot, context, saved_profile, no_network
):
    from datetime import UTC, datetime, timedelta

    from care_desktop.domain.tracker.model import DeadlineKind, deadlines
    from care_desktop.services.tracker.store import TrackerStore
    from care_desktop.ui.reminders import ReminderCenter, store_source
    from tests.helpers.clock import HandClock

    clock = HandClock(datetime(2026, 12, 1, 14, 0, tzinfo=UTC))
    context.clock = clock
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.open_critical_outage()
    dialog.panel.case_number.setText("0007654322")
    draft = dialog.save_as_draft()
    tracked = TrackerStore(context.store).get_case("0007654322")
    assert tracked.first_response_at == tracked.opened  # the analyst answered on the phone
    assert DeadlineKind.FIRST_RESPONSE not in [deadline.kind for deadline in deadlines(tracked)]
    center = ReminderCenter(store_source(context), clock, use_tray=False)
    for minutes in (5, 10, 11, 60):
        clock.now = datetime(2026, 12, 1, 14, 0, tzinfo=UTC) + timedelta(minutes=minutes)
        assert center.check() == []  # no "first response is due (due now)" after the call
    center.stop()
    window.wizards[draft.id].reject()


@pytest.mark.parametrize("locale", ["C", ""])
def test_with_no_locale_and_no_organization_the_banner_shows_the_number_of_the_region_shown(
    qtbot, context, no_network, locale
):
    context.locale_name = locale  # LANG unset or C.UTF-8
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.profile_panel.form.region.currentData() == "mypurecloud.com"  # Americas (US East)
    text = window.banner.text.text()
    assert "+1-888-369-5555" in text  # the region shown: North America's first line
    assert "North America" in text


def test_with_a_japanese_locale_and_no_organization_the_region_and_the_banner_agree(qtbot, context, no_network):
    context.locale_name = "ja_JP"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.profile_panel.form.region.currentData() == "mypurecloud.jp"
    assert "+81-3-5989-1106" in window.banner.text.text()  # Japan only
    dialog = window.open_critical_outage()
    qtbot.addWidget(dialog)
    assert dialog.panel.directory.primary_entry().label == "Japan only"


def test_when_nothing_is_known_the_banner_shows_every_regions_international_line(qtbot, context, no_network):
    from care_desktop.domain.case.organization import Organization
    from care_desktop.services.store import OrgProfile

    profile = context.store.org_profile()  # a region this version does not know, and no locale
    context.store.save_org_profile(OrgProfile(Organization("acme", "", "retired-region.example"), profile.contact))
    context.locale_name = "C"
    window = MainWindow(context, defer_home=True)
    qtbot.addWidget(window)
    window.show()
    text = window.banner.text.text()
    for number in ("+1-506-674-6767", "+44 (0) 127-645-7002", "+63-2-8864-3333", "+55-11-4040-4849"):
        assert number in text
    assert "Your region is not known yet" in text


def test_a_severity_1_case_added_in_the_tracker_was_opened_by_phone(qtbot, context):
    from care_desktop.ui.tracker.add_case_dialog import AddCaseDialog

    dialog = AddCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.number.setText("0007654323")
    dialog.title.setText("Nobody can take calls")
    dialog.severity.setCurrentIndex(dialog.severity.findData(1))
    case = dialog.case()
    assert case.first_response_at == case.opened  # Severity 1 goes by phone: answered on the call
    dialog.severity.setCurrentIndex(dialog.severity.findData(2))
    assert dialog.case().first_response_at is None  # filed in the portal: the first-response clock runs
