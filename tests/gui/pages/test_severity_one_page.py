from PySide6.QtGui import QGuiApplication

from care_desktop.domain.severity import Question
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.pages.severity_one import SeverityOnePage
from tests.gui.conftest import CONV_A, CONV_B, ORG_ID


def to_severity_one(wizard):
    wizard.next()
    severity = wizard.page_as(SeverityPage)
    severity.questions[Question.CRITICAL_WORKS].no.click()
    severity.questions[Question.WORKAROUND].no.click()
    wizard.next()
    assert wizard.current_step() is Step.SEVERITY_ONE
    return wizard.page_as(SeverityOnePage)


def test_states_the_rule_and_shows_the_number_for_the_region(make_wizard, saved_profile):
    page = to_severity_one(make_wizard())
    rule = page.panel.rule.text()
    assert "phone only, 24x7" in rule
    assert "10 min. (phone)" in rule
    assert "Mean time to restore: 15 minutes (a mean, not a promise)" in rule
    assert "reachable at all times" in rule
    primary = page.panel.directory.primary_entry()
    assert primary is not None
    assert primary.region == "Europe, Middle East, Africa"  # the saved profile's region is mypurecloud.ie
    assert primary.number == "+44 (0) 127-645-7002"


def test_the_card_reads_out_what_is_known_and_copies_as_text(make_wizard, saved_profile):
    wizard = make_wizard()
    page = to_severity_one(wizard)
    panel = page.panel
    card = panel.card.lines.text()
    assert "acme-eu" in card
    assert ORG_ID in card
    assert "+353 1 555 0199" in card
    assert "not known yet" in card  # no conversation IDs, no impact yet
    panel.conversations.setText(f"https://apps.mypurecloud.ie/.../{CONV_A} and {CONV_B.upper()}")
    panel.conversations.editingFinished.emit()
    panel.impact.setText("No agent in Dublin can take calls since 09:10")
    assert wizard.draft.case.conversation_ids == [CONV_A, CONV_B]
    assert wizard.draft.case.business_impact == "No agent in Dublin can take calls since 09:10"
    panel.card.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Organization short name: acme-eu\n"
        f"Organization ID: {ORG_ID}\n"
        f"Conversation IDs: {CONV_A}, {CONV_B}\n"
        "Impact: No agent in Dublin can take calls since 09:10\n"
        "Callback number: +353 1 555 0199\n"
    )


def test_callback_availability_and_case_number_are_kept(make_wizard, saved_profile, context):
    wizard = make_wizard()
    panel = to_severity_one(wizard).panel
    assert panel.phone.text() == "+353 1 555 0199"
    panel.phone.setText("+353 1 555 0123")
    panel.available.click()
    panel.case_number.setText("0001234567")
    case = wizard.draft.case
    assert (case.contact.phone, case.contact.available_24x7, case.case_number) == (
        "+353 1 555 0123",
        True,
        "0001234567",
    )
    wizard.next()
    assert wizard.current_step() is Step.ORGANIZATION
    assert context.store.load_draft(wizard.draft.id).case.case_number == "0001234567"


def test_impact_keeps_the_rest_of_a_longer_business_impact(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.business_impact = "All calls fail\nDetails: 300 calls an hour"
    panel = to_severity_one(wizard).panel
    assert panel.impact.text() == "All calls fail"
    panel.impact.setText("All inbound calls fail")
    assert wizard.draft.case.business_impact == "All inbound calls fail\nDetails: 300 calls an hour"
