from datetime import datetime

import pytest
from PySide6.QtWidgets import QWizard

from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.description import DescriptionPage
from tests.gui.conftest import CONV_A, CONV_B


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    assert wizard.current_step() is Step.DESCRIPTION
    return wizard


def page_of(wizard) -> DescriptionPage:
    page = wizard.page_as(DescriptionPage)
    assert isinstance(page, DescriptionPage)
    return page


def test_title_and_description_are_required(wizard):
    page = page_of(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    page.title_edit.setText("Calls drop after 30 seconds")
    assert not next_button.isEnabled()
    page.description.setPlainText("Inbound calls drop after 30 seconds.")
    assert next_button.isEnabled()


def test_fields_are_stored(wizard):
    page = page_of(wizard)
    page.known_time.setChecked(True)
    page.when.setDateTime(page.when.dateTime().fromString("2026-11-25 14:05", "yyyy-MM-dd HH:mm"))
    page.frequency.setCurrentText("Every time")
    page.affected.setText("Sales, Dublin")
    page.steps.setPlainText("1. Call\n2. Wait")
    page.tried.setPlainText("Restarted")
    page.impact.setPlainText("No sales by phone")
    case = wizard.draft.case
    occurred = datetime.fromisoformat(case.occurred_at)
    assert occurred.tzinfo is not None
    assert (occurred.replace(tzinfo=None).isoformat(), case.details.frequency) == ("2026-11-25T14:05:00", "Every time")
    assert (case.details.affected, case.details.steps_to_reproduce, case.details.already_tried) == (
        "Sales, Dublin",
        "1. Call\n2. Wait",
        "Restarted",
    )
    assert case.business_impact == "No sales by phone"
    page.known_time.setChecked(False)
    assert case.occurred_at == ""


def test_several_issues_offer_a_split(wizard, context, dialogs):
    page = page_of(wizard)
    page.title_edit.setText("Outage")
    wizard.draft.case.conversations = [ConversationRef(CONV_A), ConversationRef(CONV_B)]
    page.description.setPlainText(
        f"Agents cannot log in to the desktop app since 9:00 ({CONV_A}).\n\n"
        f"Also, the queue activity report fails to load with an error ({CONV_B})."
    )
    assert page.split_banner.isVisible()
    assert "2 separate issues" in page.split_text.text()
    dialogs.answers = [True]
    assert [s.id for s in context.store.list_drafts()] == [wizard.draft.id]  # saved when the page was entered
    page.split_button.click()
    assert dialogs.kinds() == ["question", "information"]
    assert not page.split_banner.isVisible()
    assert wizard.draft.case.description.startswith("Agents cannot log in")
    assert page.description.toPlainText() == wizard.draft.case.description
    summaries = context.store.list_drafts()
    assert len(summaries) == 2
    other = next(s for s in summaries if s.id != wizard.draft.id)
    split_off = context.store.load_draft(other.id)
    assert split_off.case.description.startswith("The queue activity report")  # without its "Also,"
    assert split_off.case.conversation_ids == [CONV_B]
    assert wizard.draft.case.title == "Outage (1/2)"
    assert wizard.draft.case.conversation_ids == [CONV_A]


def test_split_can_be_declined(wizard, context, dialogs):
    page = page_of(wizard)
    text = "Agents cannot log in since 9:00.\n\nAlso, the wallboard is broken and shows errors."
    page.description.setPlainText(text)
    dialogs.answers = [False]
    page.split_button.click()
    assert wizard.draft.case.description == text
    assert [s.id for s in context.store.list_drafts()] == [wizard.draft.id]
