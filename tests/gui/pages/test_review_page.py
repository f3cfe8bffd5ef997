import json

import pytest
from PySide6.QtGui import QGuiApplication

from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.review import ReviewPage
from tests.gui.conftest import CONV_A


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity = 3
    case.title = "Wallboard shows stale numbers"
    case.description = "The queue wallboard stops updating after an hour."
    wizard.resume(Step.REVIEW)
    assert wizard.current_step() is Step.REVIEW
    return wizard


def page_of(wizard) -> ReviewPage:
    page = wizard.page_as(ReviewPage)
    assert isinstance(page, ReviewPage)
    return page


def test_checks_list_what_is_missing_with_a_way_to_fix_it(wizard):
    page = page_of(wizard)
    fields = [problem.field for problem in page.checks.problems()]
    assert fields == [
        "conversation_ids",
        "occurred_at",
        "business_impact",
        "details.steps_to_reproduce",
        "attachments",
    ]
    assert not page.all_good.isVisible()
    page.checks.fix_requested.emit("conversation_ids")
    assert wizard.current_step() is Step.CONVERSATIONS
    wizard.draft.case.conversations.append(ConversationRef(CONV_A))
    wizard.resume(Step.REVIEW)
    assert "conversation_ids" not in [problem.field for problem in page_of(wizard).checks.problems()]


def test_fix_buttons_jump_back_to_the_step(wizard):
    page = page_of(wizard)
    from PySide6.QtWidgets import QPushButton

    buttons = [b for b in page.checks.findChildren(QPushButton) if b.text() == "Fix"]
    assert len(buttons) == 5
    buttons[1].click()  # occurred_at
    assert wizard.current_step() is Step.DESCRIPTION


def test_copy_puts_the_case_text_on_the_clipboard(wizard):
    page = page_of(wizard)
    page.copy_all.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Subject: Wallboard shows stale numbers\n")  # plain text: the portal's fields are
    assert "Severity: Medium (Severity 3)" in text
    assert "**" not in text
    assert "#" not in text
    assert "- Organization ID: 7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17" in text
    assert page.result.text() == "The case text is on the clipboard."


def test_save_writes_both_files_and_asks_before_replacing(wizard, dialogs, tmp_path):
    page = page_of(wizard)
    dialogs.directory = tmp_path
    page.save.click()
    case_md = (tmp_path / "CASE.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "CASE.json").read_text(encoding="utf-8"))
    assert case_md.startswith("# Wallboard shows stale numbers")
    assert data["schema"] == "care-desktop/case@1"
    assert data["severity"] == 3
    assert dialogs.kinds() == ["directory"]

    wizard.draft.case.title = "Changed title"
    dialogs.answers = [False]
    page.save.click()
    assert dialogs.kinds() == ["directory", "directory", "question"]
    assert (tmp_path / "CASE.md").read_text(encoding="utf-8") == case_md  # declined: unchanged
    dialogs.answers = [True]
    page.save.click()
    assert (tmp_path / "CASE.md").read_text(encoding="utf-8").startswith("# Changed title")


def test_cancelled_folder_choice_writes_nothing(wizard, dialogs, tmp_path):
    page = page_of(wizard)
    dialogs.directory = None
    page.save.click()
    assert page.result.text() == ""


def test_first_response_due_is_shown_in_the_customers_business_hours(make_wizard, saved_profile, context):
    from datetime import UTC, datetime

    from care_desktop.services.preferences import Preferences, save_preferences

    save_preferences(context.store, Preferences(time_zone="America/New_York", enhanced_support=True))
    context.clock = lambda: datetime(2026, 11, 27, 21, 30, tzinfo=UTC)  # Friday 16:30 in New York
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 2, "Slow", "Slow"
    wizard.resume(Step.REVIEW)
    page = page_of(wizard)
    assert "due by Mon 2026-11-30 08:30 EST" in page.clock_label.text()
    assert "Severity 2: 1 business hour" in page.clock_label.text()
    assert "8:00am to 9:00pm EST" in page.clock_label.text()
    text = page.markdown()
    assert (
        "**First response due:** By Mon 2026-11-30 08:30 EST (America/New_York) if filed at "
        "Fri 2026-11-27 16:30 EST." in text
    )


def test_severity_one_review_says_call(make_wizard, saved_profile, context):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 1, "Down", "Down"
    wizard.draft.answers = Answers(critical_works=False, workaround=False)
    wizard.resume(Step.REVIEW)
    assert "Severity 1: call Customer Care." in page_of(wizard).clock_label.text()


def test_the_plan_named_in_the_clock_and_the_case_text(make_wizard, saved_profile, context):
    from datetime import UTC, datetime

    from care_desktop.services.preferences import Preferences, save_preferences

    save_preferences(context.store, Preferences(time_zone="America/Chicago", support_plan="eea-only"))
    context.clock = lambda: datetime(2026, 12, 1, 13, 30, tzinfo=UTC)  # 07:30 in Chicago, 14:30 CET
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 2, "Slow", "Slow"
    wizard.resume(Step.REVIEW)
    page = page_of(wizard)
    assert "due by Tue 2026-12-01 08:30 CST" in page.clock_label.text()
    assert "the hours of the EEA-only support plan" in page.clock_label.text()
    assert (
        "**First response due:** By Tue 2026-12-01 08:30 CST (America/Chicago) if filed at Tue 2026-12-01 07:30 CST. "
        "Severity 2: 1 business hour, counted Monday-Friday 09:00-18:00 CET (Europe/Brussels), the hours of the "
        "EEA-only support plan; shown in America/Chicago" in page.markdown()
    )


@pytest.mark.parametrize(
    ("region", "title"),
    [
        ("mypurecloud.ie", "Log in to My Support (core and satellite regions)"),
        ("use2.us-gov-pure.cloud", "Log in to My Support (FedRAMP region)"),
    ],
)
def test_open_my_support_goes_to_the_login_of_the_region(wizard, region, title):
    from care_desktop.ui.portal import portal_url

    wizard.draft.case.org.region = region
    wizard.resume(Step.REVIEW)
    page = page_of(wizard)
    assert page.portal.toolTip().splitlines()[0] == title
    assert page.portal.toolTip().splitlines()[1] == portal_url(page.context, region)
    assert "www.genesys.com/customer-care" not in page.portal.toolTip()


def test_a_severity_one_chosen_against_the_helper_asks_the_reason_after_the_call(make_wizard, saved_profile):
    from PySide6.QtWidgets import QWizard

    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 1, "Down", "Down"
    wizard.draft.answers = Answers(critical_works=True, degraded=True)  # the helper says Severity 2
    wizard.resume(Step.REVIEW)
    page = page_of(wizard)
    assert page.checks.problems()[0].field == "override_reason"
    assert page.checks.problems()[0].blocking
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.checks.fix_requested.emit("override_reason")
    assert wizard.current_step() is Step.SEVERITY


def test_the_review_says_which_files_the_package_leaves_out(make_wizard, saved_profile, tmp_path):
    from PySide6.QtWidgets import QLabel

    from care_desktop.domain.case.model import Attachment, AttachmentKind

    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Calls drop", "Calls drop."
    case.attachments = [Attachment(str(tmp_path / "trace.pcap"), AttachmentKind.OTHER)]
    wizard.resume(Step.REVIEW)
    texts = [label.text() for label in page_of(wizard).findChildren(QLabel) if label.isVisible()]
    assert "<b>Not in the package</b>" in texts
    assert "trace.pcap - cannot be redacted (binary file), so it is not in the package" in texts
