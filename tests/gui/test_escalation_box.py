"""The tracker's escalation window with the real store: the rule shown, escalations recorded, reminders, FedRAMP.

The clock is the context's: 2026-12-01 15:00 UTC is Tuesday 10:00 in New York (EST).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.tracker.escalation import EventKind, Rule, Status
from care_desktop.domain.tracker.model import new_case
from care_desktop.services.tracker.events import CaseEvents
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.tracker.escalation_box import mailto_url
from care_desktop.ui.tracker.escalation_reminders import EscalationBanner, EscalationNotifier, store_windows
from care_desktop.ui.tracker.window import TrackerWindow
from tests.helpers.clock import HandClock

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def clock(context) -> HandClock:
    ticking = HandClock(datetime(2026, 12, 1, 15, 0, tzinfo=UTC))
    context.clock = ticking
    return ticking


@pytest.fixture
def window(qtbot, context, clock) -> TrackerWindow:
    tracker = TrackerStore(context.store)
    tracker.add_case(new_case("200", 2, datetime(2026, 11, 30, 16, 0, tzinfo=NEW_YORK), "Callbacks not offered"))
    tracker.add_case(new_case("300", 3, datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK), "Wrap-up codes missing"))
    tracker.add_case(new_case("400", 4, datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK), "Feature request"))
    built = TrackerWindow(context)
    qtbot.addWidget(built)
    built.show()
    return built


def test_a_high_case_shows_when_its_window_opens_and_why(window):
    window.select_case("200")
    box = window.panel.escalation
    assert box.current is not None
    assert (box.current.status, box.current.rule) == (Status.POSSIBLE, Rule.HIGH)
    assert box.headline() == "Escalation possible from Tue 2026-12-01 16:00 EST."
    text = box.window_text.text()
    assert "needs 24 hours since its last update (Mon 2026-11-30 16:00 EST)" in text
    assert "call Customer Care to raise the priority" in text
    assert not box.request_button.isEnabled()
    assert box.remind.isEnabled()
    assert not box.mail_button.isVisible()


def test_escalation_requested_then_closed_one_at_a_time(window, context, dialogs):
    window.select_case("300")
    box = window.panel.escalation
    assert box.headline() == "Escalation possible now."
    box.reason.setText("No update since Monday")
    box.request_button.click()
    assert dialogs.calls == []
    assert box.current is not None
    assert box.current.status is Status.ACTIVE
    assert box.headline() == "An escalation is active since Tue 2026-12-01 10:00 EST."
    assert not box.request_button.isEnabled()
    assert box.close_button.isEnabled()
    events = CaseEvents(context.store).events("300")
    assert [(event.kind, event.note) for event in events] == [
        (EventKind.ESCALATION_REQUESTED, "No update since Monday")
    ]
    # A second request while one is active is refused with the rule, even when forced.
    assert not window.record_event(EventKind.ESCALATION_REQUESTED, "again")
    assert dialogs.calls[-1][0] == "warning"
    assert "Only one escalation" in dialogs.calls[-1][2]
    assert box.event_lines() == ["Escalation requested: Tue 2026-12-01 10:00 EST (No update since Monday)"]
    box.close_button.click()
    assert box.current.status.value == "possible"
    assert box.event_lines()[-1] == "Escalation closed: Tue 2026-12-01 10:00 EST"
    assert [event.kind for event in CaseEvents(context.store).events("300")] == [
        EventKind.ESCALATION_REQUESTED,
        EventKind.ESCALATION_CLOSED,
    ]


def test_a_low_case_is_never_eligible(window):
    window.select_case("400")
    box = window.panel.escalation
    assert box.headline() == "This case is not eligible for escalation."
    assert "Low (Severity 4) cases are not eligible" in box.window_text.text()
    assert not box.request_button.isEnabled()
    assert not box.remind.isEnabled()


def test_a_reminder_when_the_window_opens(qtbot, window, context, clock):
    window.select_case("200")
    window.panel.escalation.remind.setChecked(True)
    assert [event.kind for event in CaseEvents(context.store).events("200")] == [EventKind.REMIND_ON]
    notifier = EscalationNotifier(store_windows(context))
    banner = EscalationBanner()
    qtbot.addWidget(banner)
    notifier.opened.connect(banner.add_windows)
    assert notifier.check(clock()) == []
    clock.now += timedelta(hours=6)  # 16:00 EST: 24 hours after the opening
    opened = notifier.check(clock())
    assert [window.case_number for window in opened] == ["200"]
    assert banner.lines() == ["Case 200: an escalation is possible since Tue 2026-12-01 16:00 EST."]
    assert notifier.check(clock() + timedelta(minutes=5)) == []  # once
    banner.dismiss()
    assert not banner.isVisible()


def test_a_fedramp_organization_escalates_by_e_mail(window, context, saved_profile):
    saved_profile.org.region = "use2.us-gov-pure.cloud"
    context.store.save_org_profile(saved_profile)
    window.select_case("300")
    box = window.panel.escalation
    assert box.mail_button.isVisible()
    assert box.mail_button.isEnabled()
    assert "FedRAMP: escalations go by e-mail" in box.window_text.text()
    assert "mobile" not in box.window_text.text().lower()
    box.reason.setText("No update since Monday")
    mail = box.prepared_mail()
    assert mail is not None
    assert mail.subject == "acme-eu - 300 - Wrap-up codes missing"
    assert mail.body == (
        "My Support Case Number - 300\n"
        "Customer Name - acme-eu\n"
        "Region/Country - Americas (US East 2, FedRAMP) / US\n"
        "Reason for escalation - No update since Monday\n"
    )
    url = bytes(mailto_url(mail).toEncoded().data()).decode("ascii")
    assert url.startswith("mailto:?subject=acme-eu%20-%20300%20-%20Wrap-up%20codes%20missing&body=")
    assert "%0D%0ACustomer%20Name" in url
    box.copy_mail()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().startswith("Subject: acme-eu - 300 - Wrap-up codes missing\n\n")
