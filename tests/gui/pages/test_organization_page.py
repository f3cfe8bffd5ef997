import pytest
from PySide6.QtWidgets import QWizard

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.organization import OrganizationPage
from tests.gui.conftest import ORG_ID


@pytest.fixture
def wizard(make_wizard, context):
    context.store.set_setting("contact_role", "designated")
    wizard = make_wizard()
    wizard.draft.case.severity = 3
    wizard.resume(Step.ORGANIZATION)
    assert wizard.current_step() is Step.ORGANIZATION
    return wizard


def page_of(wizard) -> OrganizationPage:
    page = wizard.page_as(OrganizationPage)
    assert isinstance(page, OrganizationPage)
    return page


def next_enabled(wizard):
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_short_name_is_required_and_an_invalid_id_blocks(wizard):
    page = page_of(wizard)
    assert not next_enabled(wizard)
    page.form.short_name.setText("acme")
    assert next_enabled(wizard)
    page.form.org_id.setText("7a1c4e52-9d3b-4f0e-8a61")
    assert not next_enabled(wizard)
    assert "Not a valid ID yet" in page.form.org_id_state.text()
    assert "is not valid" in page.blockers.problems()[0].message.render()
    page.form.org_id.setText(ORG_ID.upper())
    assert next_enabled(wizard)
    assert "Valid organization ID" in page.form.org_id_state.text()
    wizard.next()
    assert wizard.draft.case.org.id == ORG_ID


def test_a_pasted_url_becomes_the_id(wizard):
    page = page_of(wizard)
    page.form.org_id.setText(f"https://apps.mypurecloud.ie/admin/#/organization/{ORG_ID}/settings")
    page.form.org_id.editingFinished.emit()
    assert page.form.org_id.text() == ORG_ID


def test_help_explains_where_to_find_the_values(wizard):
    page = page_of(wizard)
    assert not page.form.org_id_help.isVisible()
    page.form.org_id_row.button.click()
    assert page.form.org_id_help.isVisible()
    assert "Organization Settings, then click Advanced" in page.form.org_id_help.text()
    page.form.short_name_row.button.click()
    assert "Admin > Account Settings > Organization Settings" in page.form.short_name_help.text()


def test_region_and_contact_are_stored_and_remembered(wizard, context):
    page = page_of(wizard)
    page.form.short_name.setText("acme-jp")
    page.form.region.setCurrentIndex(page.form.region.findData("mypurecloud.jp"))
    page.form.name.setText("Aiko Tanaka")
    page.form.email.setText("aiko@acme.example")
    page.form.phone.setText("+81 3 5555 0100")
    wizard.next()
    saved = context.store.org_profile()
    assert (saved.org.short_name, saved.org.region) == ("acme-jp", "mypurecloud.jp")
    assert (saved.contact.name, saved.contact.email, saved.contact.phone) == (
        "Aiko Tanaka",
        "aiko@acme.example",
        "+81 3 5555 0100",
    )


def test_unchecking_remember_keeps_the_profile(wizard, context):
    page = page_of(wizard)
    page.form.short_name.setText("one-off")
    page.remember.setChecked(False)
    wizard.next()
    assert context.store.org_profile().org.short_name == ""
    assert wizard.draft.case.org.short_name == "one-off"
