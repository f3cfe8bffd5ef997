"""The wizard follows the domain's flow: branches, Back, autosave, resume at the saved step."""

from PySide6.QtWidgets import QWizard

from care_desktop.domain.severity import Question
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.severity import SeverityPage


def choose(wizard, critical_works, workaround=None, degraded=None):
    page = wizard.page_as(SeverityPage)
    assert isinstance(page, SeverityPage)
    page.questions[Question.CRITICAL_WORKS].set_value(None)
    (
        page.questions[Question.CRITICAL_WORKS].yes if critical_works else page.questions[Question.CRITICAL_WORKS].no
    ).click()
    if workaround is not None:
        (page.questions[Question.WORKAROUND].yes if workaround else page.questions[Question.WORKAROUND].no).click()
    if degraded is not None:
        (page.questions[Question.DEGRADED].yes if degraded else page.questions[Question.DEGRADED].no).click()


def test_severity_one_branch_and_back(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.next()
    choose(wizard, critical_works=False, workaround=False)
    wizard.next()
    assert wizard.current_step() is Step.SEVERITY_ONE
    wizard.next()
    assert wizard.current_step() is Step.ORGANIZATION
    wizard.back()
    assert wizard.current_step() is Step.SEVERITY_ONE
    wizard.back()
    assert wizard.current_step() is Step.SEVERITY
    wizard.page_as(SeverityPage).level_buttons[2].click()
    wizard.page_as(SeverityPage).reason.setPlainText("A workaround was found after all")
    wizard.next()
    assert wizard.current_step() is Step.ORGANIZATION
    titles = [wizard.steps_list.item(i).text() for i in range(wizard.steps_list.count())]
    assert "Call Customer Care" not in titles


def test_side_list_follows_the_path(make_wizard, saved_profile):
    wizard = make_wizard()
    titles = [wizard.steps_list.item(i).text() for i in range(wizard.steps_list.count())]
    assert titles == [
        "Before you start",
        "Severity",
        "Organization",
        "Conversation IDs",
        "Description",
        "Attachments",
        "Review the case text",
        "Package and file",
    ]
    assert wizard.steps_list.currentItem().text() == "Before you start"


def test_each_accepted_page_is_saved_with_its_step(make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.next()
    assert context.store.load_draft(wizard.draft.id).step is Step.SEVERITY
    choose(wizard, critical_works=True, degraded=True)
    wizard.next()
    saved = context.store.load_draft(wizard.draft.id)
    assert (saved.step, saved.case.severity) == (Step.ORGANIZATION, 2)


def test_typing_is_autosaved_after_a_pause(qtbot, make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Typed but not accepted")
    assert wizard.autosave.pending
    qtbot.waitUntil(lambda: context.store.load_draft(wizard.draft.id).case.title == "Typed but not accepted")


def test_resume_lands_on_the_saved_step_and_back_works(make_wizard, saved_profile, context):
    first = make_wizard()
    first.next()
    choose(first, critical_works=True, degraded=False)
    first.page_as(SeverityPage).questions[Question.QUESTION_OR_REQUEST].no.click()
    first.next()
    first.next()
    assert first.current_step() is Step.CONVERSATIONS
    first.reject()
    saved = context.store.load_draft(first.draft.id)
    assert saved.step is Step.CONVERSATIONS

    resumed = make_wizard(saved)
    assert resumed.current_step() is Step.CONVERSATIONS
    # Replaying the path must not overwrite the saved step on the way (a known QWizard pitfall).
    assert context.store.load_draft(saved.id).step is Step.CONVERSATIONS
    resumed.back()
    assert resumed.current_step() is Step.ORGANIZATION
    resumed.back()
    assert resumed.current_step() is Step.SEVERITY
    assert resumed.page_as(SeverityPage).level_buttons[3].isChecked()


def test_resume_stops_where_the_draft_is_incomplete(make_wizard, context):
    from care_desktop.domain.case.draft import Draft

    draft = Draft(id="e" * 32, step=Step.REVIEW)  # no role, no severity: cannot get past the first step
    wizard = make_wizard(draft)
    assert wizard.current_step() is Step.BEFORE_START
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_loading_a_page_does_not_echo_half_loaded_values(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.draft.case.contact.phone = "+1 555 0100"
    wizard.resume(Step.ORGANIZATION)
    assert wizard.draft.case.contact.phone == "+1 555 0100"
    assert wizard.draft.case.org.short_name == "acme-eu"


def test_closing_saves_the_current_page(make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Saved on close")
    wizard.reject()
    assert context.store.load_draft(wizard.draft.id).case.title == "Saved on close"
