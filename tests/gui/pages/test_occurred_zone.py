"""The time "when it happened" is read in a zone the user sees and chooses (issue 14, item 16)."""

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from care_desktop.domain.case.draft import draft_from_json, draft_to_json
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.description import DescriptionPage


def wall(page: DescriptionPage) -> str:
    return page.when.dateTime().toString("yyyy-MM-dd HH:mm")


def test_09_10_cet_typed_on_a_utc_computer_is_stored_as_09_10_plus_one(make_wizard, saved_profile, context):
    context.system_zone = "UTC"
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    assert page.when_zone.currentText() == "UTC"  # the zone is on screen, next to the time
    page.known_time.setChecked(True)
    assert page.when_zone.isEnabled()
    page.when_zone.setCurrentText("Europe/Paris")
    page.when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(9, 10), QTimeZone.utc()))
    page.store()
    assert wizard.draft.case.occurred_at == "2026-12-07T09:10+01:00"
    assert wizard.draft.occurred_zone == "Europe/Paris"
    again = draft_from_json(draft_to_json(wizard.draft))
    assert again.occurred_zone == "Europe/Paris"
    page.initializePage()  # shown again: the same wall-clock time in the same zone
    assert (wall(page), page.when_zone.currentText()) == ("2026-12-07 09:10", "Europe/Paris")


def test_a_half_typed_zone_keeps_the_last_good_one(make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.draft.occurred_zone = "America/New_York"
    wizard.draft.case.occurred_at = "2026-06-08T14:30-04:00"
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    assert (wall(page), page.when_zone.currentText()) == ("2026-06-08 14:30", "America/New_York")
    page.when_zone.setCurrentText("Europe/Pa")
    page.store()
    assert wizard.draft.case.occurred_at == "2026-06-08T14:30-04:00"
