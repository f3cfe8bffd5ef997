from PySide6.QtWidgets import QWizard

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.before_start import BeforeStartPage


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_next_waits_for_the_role_and_the_role_is_remembered(make_wizard, context):
    wizard = make_wizard()
    page = wizard.page_as(BeforeStartPage)
    assert isinstance(page, BeforeStartPage)
    assert not next_button(wizard).isEnabled()
    assert page.blockers.isVisible()
    assert "Designated Contact" in page.blockers.problems()[0].message.render()

    page.preparing.click()
    assert next_button(wizard).isEnabled()
    assert wizard.draft.contact_role is ContactRole.PREPARING_FOR
    assert context.store.setting("contact_role") is None  # nothing remembered before the page is accepted

    wizard.next()
    assert wizard.current_step() is Step.SEVERITY
    assert context.store.setting("contact_role") == "preparing_for"


def test_remembered_role_is_preselected(make_wizard, saved_profile):
    wizard = make_wizard()
    page = wizard.page_as(BeforeStartPage)
    assert page.designated.isChecked()
    assert next_button(wizard).isEnabled()


def test_checklist_links_to_the_official_pages(make_wizard, context):
    page = make_wizard().page_as(BeforeStartPage)
    links = context.profile.links
    assert links["troubleshooting"].url in page.troubleshooting.text()
    assert links["areas_of_responsibility"].url in page.responsibility.text()
    assert "status.mypurecloud.com" in page.status.text()
    for item in context.profile.gather:
        assert item.split(":")[0] in page.gather.text()
    # A click opens the link through the dialogs, which show it with Copy when nothing opens it.
    page.troubleshooting.linkActivated.emit(links["troubleshooting"].url)
    assert context.dialogs.launched == [links["troubleshooting"].url]
