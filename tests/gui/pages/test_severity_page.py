import pytest
from PySide6.QtWidgets import QWizard

from care_desktop.domain.severity import Question
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.severity import SeverityPage


@pytest.fixture
def page(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.next()
    page = wizard.page_as(SeverityPage)
    assert isinstance(page, SeverityPage)
    assert wizard.current_step() is Step.SEVERITY
    return page


def answer(page, question, yes):
    item = page.questions[question]
    (item.yes if yes else item.no).click()


def next_enabled(page):
    return page.wizard().button(QWizard.WizardButton.NextButton).isEnabled()


def test_nothing_chosen_blocks_next(page):
    assert page.draft.case.severity is None
    assert not next_enabled(page)
    assert page.definition.text() == "Choose a level to see its published definition."


def test_answers_select_the_recommended_level_and_show_its_definition(page, context):
    answer(page, Question.CRITICAL_WORKS, True)
    assert not page.questions[Question.WORKAROUND].yes.isEnabled()
    answer(page, Question.DEGRADED, True)
    assert page.draft.case.severity == 2
    assert page.level_buttons[2].isChecked()
    assert "(recommended)" in page.level_buttons[2].text()
    assert "Recommended: High (Severity 2)" in page.recommendation.text()
    assert (
        "The customer is able to perform job functions but performance is degraded or severely limited."
        in page.definition.text()
    )
    assert "1 business hour (web)" in page.definition.text()
    assert "final authority" in page.authority.text()
    assert page.authority.isVisible()
    assert next_enabled(page)
    assert "Is performance degraded or severely limited? Yes." in page.draft.case.severity_rationale


def test_a_different_level_needs_a_reason(page):
    answer(page, Question.CRITICAL_WORKS, True)
    answer(page, Question.DEGRADED, False)
    answer(page, Question.QUESTION_OR_REQUEST, False)
    assert page.draft.case.severity == 3
    page.level_buttons[2].click()
    assert page.draft.case.severity == 2
    assert page.reason.isVisible()
    assert not next_enabled(page)
    assert "Say why you chose Severity 2 (High)" in page.blockers.problems()[0].message.render()
    page.reason.setPlainText("Our whole sales floor depends on this report.")
    assert next_enabled(page)
    assert page.draft.case.severity_rationale.endswith("Our whole sales floor depends on this report.")
    assert "Chosen: Severity 2 (High)." in page.draft.case.severity_rationale


def test_a_manual_choice_is_kept_when_answers_change(page):
    page.level_buttons[4].click()
    answer(page, Question.CRITICAL_WORKS, True)
    answer(page, Question.DEGRADED, True)
    assert page.draft.case.severity == 4


def test_severity_one_says_phone_only(page):
    assert not page.sev1_banner.isVisible()
    answer(page, Question.CRITICAL_WORKS, False)
    answer(page, Question.WORKAROUND, False)
    assert page.draft.case.severity == 1
    assert page.sev1_banner.isVisible()
    assert "phone only, 24x7" in page.sev1_banner.text()
    assert "no workaround" in page.definition.text().lower()


def test_the_seed_definition_stays_with_its_source_and_todays_change(page):
    page.level_buttons[3].click()
    text = page.definition.text()
    assert "Medium (Severity 3)" in text
    assert "largely unaffected" in text  # the seed page's definition
    assert "Definition as published on PureCloud Customer Care (now Genesys Cloud Customer Care)" in text
    assert "Medium now reads" in text
    assert "2026-12-06" in text


def test_severity_one_against_the_helper_keeps_the_way_to_the_phone_open(page):
    answer(page, Question.CRITICAL_WORKS, True)
    answer(page, Question.DEGRADED, True)
    assert page.draft.case.severity == 2
    page.level_buttons[1].click()
    assert page.draft.case.severity == 1
    assert page.reason.isVisible()
    assert "after the call" in page.reason_label.text()
    assert next_enabled(page)  # no reason typed: the call page is still one click away
    assert page.blockers.problems() == []
    wizard = page.wizard()
    wizard.next()
    assert wizard.current_step() is Step.SEVERITY_ONE
