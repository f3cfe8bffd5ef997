import pytest

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.conversations import NOTE_COLUMN, TIME_COLUMN, ConversationsPage
from tests.gui.conftest import CONV_A, CONV_B


@pytest.fixture
def page(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.CONVERSATIONS)
    assert wizard.current_step() is Step.CONVERSATIONS
    page = wizard.page_as(ConversationsPage)
    assert isinstance(page, ConversationsPage)
    return page


def test_ids_are_extracted_from_pasted_text(page):
    page.paste.setPlainText(f"log: conversationId={CONV_A.upper()}\nurl .../interactions/{CONV_B}?tab=details {CONV_A}")
    page.add_button.click()
    assert page.draft.case.conversation_ids == [CONV_A, CONV_B]
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == CONV_A
    assert page.paste.toPlainText() == ""
    assert page.feedback.text() == "Added 2 IDs; 0 already listed."

    page.paste.setPlainText(f"again {CONV_B}")
    page.add_from_text()
    assert page.draft.case.conversation_ids == [CONV_A, CONV_B]
    assert page.feedback.text() == "Added 0 IDs; 1 already listed."


def test_text_without_ids_says_so(page):
    page.paste.setPlainText("4709b21d-bc22-418a-8c6d-4ededb31bd3 is one digit short")
    page.add_from_text()
    assert page.draft.case.conversations == []
    assert page.feedback.text() == "No conversation ID found in that text."
    assert page.paste.toPlainText() != ""  # nothing the user typed is lost


def test_time_and_note_per_id_and_removal(page):
    page.paste.setPlainText(f"{CONV_A} {CONV_B}")
    page.add_from_text()
    page.table.item(1, TIME_COLUMN).setText("10:42 IST")
    page.table.item(1, NOTE_COLUMN).setText("caller heard silence")
    ref = page.draft.case.conversations[1]
    assert (ref.time, ref.note) == ("10:42 IST", "caller heard silence")
    page.table.selectRow(0)
    page.remove_button.click()
    assert page.draft.case.conversation_ids == [CONV_B]
    assert page.draft.case.conversations[0].note == "caller heard silence"


def test_reason_when_no_conversation_applies(page):
    page.none_reason.setText("The issue is in the admin UI, not in a conversation")
    assert page.draft.case.no_conversation_reason == "The issue is in the admin UI, not in a conversation"
