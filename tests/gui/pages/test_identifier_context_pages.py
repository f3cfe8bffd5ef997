"""The wizard takes conversation IDs only where the text does not say they are something else."""

import pytest

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.organization import OrganizationPage
from tests.gui.conftest import CONV_A, ORG_ID

PERSON = "11111111-2222-3333-4444-555555555555"


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    return wizard


def test_a_person_link_is_skipped_with_the_reason(wizard):
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    page.paste.setPlainText(f"https://apps.mypurecloud.ie/directory/#/person/{PERSON}\nconversation {CONV_A}")
    page.add_from_text()
    assert page.draft.case.conversation_ids == [CONV_A]
    assert page.feedback.text() == (
        "Added 1 ID; 0 already listed.\n"
        f"Skipped {PERSON}: the text marks it as \u201c/person/\u201d, not a conversation."
    )


def test_only_a_person_link_adds_nothing_and_says_why(wizard):
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    page.paste.setPlainText(f"User ID: {PERSON}")
    page.add_from_text()
    assert page.draft.case.conversations == []
    assert page.feedback.text().splitlines() == [
        "No conversation ID found in that text.",
        f"Skipped {PERSON}: the text marks it as \u201cUser ID\u201d, not a conversation.",
    ]


def test_pasting_organization_id_text_keeps_the_id(wizard, qtbot):
    wizard.draft.case.org.id = ""
    wizard.resume(Step.ORGANIZATION)
    page = wizard.page_as(OrganizationPage)
    field = page.form.org_id
    field.clear()
    field.setFocus()
    field.insert(f"Organization ID: {ORG_ID.upper()}")  # a paste: textEdited, like Ctrl+V
    assert field.text() == ORG_ID
    assert "Valid organization ID" in page.form.org_id_state.text()
    field.setText(f"User ID: {PERSON}\nOrganization ID: {ORG_ID}")
    assert page.form.organization().id == ORG_ID
