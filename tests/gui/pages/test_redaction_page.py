import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.redaction import INCLUDE, RedactionPage
from tests.conftest import DATA, REALWORLD


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Logins fail", "Agents cannot log in."
    case.attachments = [
        Attachment(str(DATA / "redaction" / "console.log"), AttachmentKind.CONSOLE_LOG),
        Attachment(str(REALWORLD / "har" / "mitmproxy_chrome.har"), AttachmentKind.HAR),
    ]
    wizard.resume(Step.REDACTION)
    assert wizard.current_step() is Step.REDACTION
    return wizard


def scanned(qtbot, page: RedactionPage) -> None:
    qtbot.waitUntil(lambda: page.task is None and len(page.reviews) == 2, timeout=30000)


def test_entering_the_page_checks_every_file_and_warns_about_live_sessions(qtbot, wizard):
    page = wizard.page_as(RedactionPage)
    page.scan()  # the check entering the page started may be over already: start one and look at once
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # checking
    scanned(qtbot, page)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    har = page.reviews[1].result
    assert har is not None
    assert har.report.counts == {"cookie": 42}
    assert page.files.item(1, 2).text() == "42"
    assert page.warning.isVisible()
    assert "mitmproxy_chrome.har" in page.warning.text()
    page.files.selectRow(1)
    assert page.lines.rowCount() > 0
    befores = [page.lines.item(row, 1).text() for row in range(page.lines.rowCount())]
    assert all("chars)" in text for text in befores)  # secrets are abbreviated on screen, never shown whole


def test_personal_data_and_own_words_on_request(qtbot, wizard):
    page = wizard.page_as(RedactionPage)
    scanned(qtbot, page)
    log = page.reviews[0].result
    assert log is not None
    assert "email" not in log.report.counts
    page.pii.setChecked(True)
    page.terms.setText("Acme Widgets")
    page.terms.editingFinished.emit()
    assert wizard.draft.redaction.pii
    assert wizard.draft.redaction.terms == ["Acme Widgets"]
    scanned(qtbot, page)
    log = page.reviews[0].result
    assert log is not None
    assert log.report.counts["email"] >= 1
    assert log.report.counts["phone"] >= 1
    assert log.report.counts["custom-term"] >= 1  # "Acme Widgets"


def test_a_file_can_be_left_out(qtbot, wizard):
    page = wizard.page_as(RedactionPage)
    scanned(qtbot, page)
    page.files.item(1, INCLUDE).setCheckState(Qt.CheckState.Unchecked)
    assert [a.included for a in wizard.draft.case.attachments] == [True, False]


def test_a_file_that_cannot_be_redacted_safely_is_left_out_unless_included_on_purpose(qtbot, wizard):
    page = wizard.page_as(RedactionPage)
    scanned(qtbot, page)
    review = page.reviews[0]  # as if its redacted copy had not parsed the way the original does
    assert review.result is not None
    review.check.unsafe = review.result.unsafe = True
    review.check.excluded_reason = review.result.note = "could not be redacted safely (the redacted yaml ...)"
    page.show_reviews()
    assert page.files.item(0, INCLUDE).checkState() == Qt.CheckState.Unchecked
    assert page.files.item(0, 3).text().startswith("Could not be redacted safely")
    page.files.item(0, INCLUDE).setCheckState(Qt.CheckState.Checked)
    assert wizard.draft.redaction.include_unsafe == [wizard.draft.case.attachments[0].path]
    page.files.item(0, INCLUDE).setCheckState(Qt.CheckState.Unchecked)
    assert wizard.draft.redaction.include_unsafe == []
