from care_desktop.domain.severity import Question
from care_desktop.domain.steps import Step
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.pages.severity_one import SeverityOnePage


def to_severity_one(wizard):
    wizard.next()
    severity = wizard.page_as(SeverityPage)
    assert isinstance(severity, SeverityPage)
    severity.questions[Question.CRITICAL_WORKS].no.click()
    severity.questions[Question.WORKAROUND].no.click()
    wizard.next()
    assert wizard.current_step() is Step.SEVERITY_ONE
    page = wizard.page_as(SeverityOnePage)
    assert isinstance(page, SeverityOnePage)
    return page


def test_states_the_rule_and_links_the_numbers(make_wizard, saved_profile, context):
    page = to_severity_one(make_wizard())
    assert "Do not open a Severity 1 case in the web portal" in page.rule.text()
    assert "10 min. (phone)" in page.rule.text()
    assert "Mean time to restore is 15 minutes" in page.rule.text()
    assert context.profile.links["phone_numbers"].url in page.numbers.text()


def test_callback_availability_and_case_number_are_kept(make_wizard, saved_profile):
    wizard = make_wizard()
    page = to_severity_one(wizard)
    assert page.phone.text() == "+353 1 555 0199"
    page.phone.setText("+353 1 555 0123")
    page.available.click()
    page.case_number.setText("0001234567")
    case = wizard.draft.case
    assert (case.contact.phone, case.contact.available_24x7, case.case_number) == (
        "+353 1 555 0123",
        True,
        "0001234567",
    )
    wizard.next()
    assert wizard.current_step() is Step.ORGANIZATION
