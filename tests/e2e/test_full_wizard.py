"""A Designated Contact prepares a Severity 2 case from an empty install to the saved CASE files."""

import json
import os
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QWizard

from care_desktop.domain.severity import Question
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.before_start import BeforeStartPage
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.organization import OrganizationPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from tests.conftest import REALWORLD

ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def walk_to_description(window: MainWindow):
    wizard = window.new_case()
    before = wizard.page_as(BeforeStartPage)
    before.designated.click()
    wizard.next()
    severity = wizard.page_as(SeverityPage)
    severity.questions[Question.CRITICAL_WORKS].yes.click()
    severity.questions[Question.DEGRADED].yes.click()
    wizard.next()
    org = wizard.page_as(OrganizationPage)
    org.form.short_name.setText("acme-eu")
    org.form.org_id.setText(ORG_ID)
    org.form.region.setCurrentIndex(org.form.region.findData("mypurecloud.ie"))
    org.form.name.setText("Dana Whitfield")
    org.form.email.setText("dana@acme.example")
    org.form.phone.setText("+353 1 555 0199")
    wizard.next()
    conversations = wizard.page_as(ConversationsPage)
    conversations.paste.setPlainText(f"https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/{CONV}")
    conversations.add_from_text()
    conversations.table.item(0, 1).setText("2026-11-26 09:12 IST")
    wizard.next()
    assert wizard.current_step() is Step.DESCRIPTION
    return wizard


def test_from_empty_install_to_case_files(qtbot, app_context, tmp_path):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    wizard = walk_to_description(window)
    description = wizard.page_as(DescriptionPage)
    description.title_edit.setText("Inbound calls to the Sales queue drop after 30 seconds")
    description.known_time.setChecked(True)
    description.description.setPlainText("Inbound calls routed to Sales disconnect after about 30 seconds.")
    description.frequency.setCurrentText("Every time")
    description.affected.setText("40 Sales agents, Dublin, 08:00-18:00")
    description.steps.setPlainText("1. Call the Sales number\n2. Choose option 2\n3. Talk for 30 seconds")
    description.tried.setPlainText("Restarted the WebRTC phone")
    description.impact.setPlainText("About 300 calls an hour are lost.")
    wizard.next()
    assert wizard.current_step() is Step.ATTACHMENTS
    attachments = wizard.page_as(AttachmentsPage)
    log = REALWORLD / "console" / "loghub_Proxifier_2k.log"
    app_context.dialogs.files = [log, REALWORLD / "har" / "mitmproxy_chrome.har"]
    attachments.choose_files()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # busy copying
    qtbot.waitUntil(lambda: attachments.task is None and len(wizard.draft.case.attachments) == 2, timeout=20000)
    stored = [Path(a.path) for a in wizard.draft.case.attachments]
    assert [p.parent for p in stored] == [app_context.paths.case_dir(wizard.draft.id)] * 2
    assert stored[0].read_bytes() == log.read_bytes()  # a copy; the original is untouched
    assert [a.kind.value for a in wizard.draft.case.attachments] == ["console_log", "har"]
    wizard.next()
    assert wizard.current_step() is Step.REDACTION
    redaction = wizard.page_as(RedactionPage)
    qtbot.waitUntil(lambda: redaction.task is None and len(redaction.reviews) == 2, timeout=30000)
    har_review = redaction.reviews[1].result
    assert har_review is not None
    assert har_review.report.live_session  # the Chrome export holds Google session cookies
    assert redaction.warning.isVisible()
    assert "sign out" in redaction.warning.text()
    wizard.next()
    assert wizard.current_step() is Step.REVIEW
    review = wizard.page_as(ReviewPage)
    assert review.all_good.isVisible()
    assert review.checks.problems() == []

    app_context.dialogs.directory = tmp_path
    review.save.click()
    wizard.next()
    assert wizard.current_step() is Step.FINISH
    finish = wizard.page_as(FinishPage)
    finish.folder.setText(str(tmp_path / "packages"))
    finish.build()
    qtbot.waitUntil(lambda: finish.task is None, timeout=60000)
    assert finish.result is not None, finish.outcome.text()
    package = finish.result.path
    assert package.parent == tmp_path / "packages"
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        packed = b"".join(archive.read(name) for name in names)
    assert names[-1] == "manifest.json"
    assert {"CASE.md", "case.json", "attachments/console_log/loghub_Proxifier_2k.log"} <= set(names)
    har = json.loads((REALWORLD / "har" / "mitmproxy_chrome.har").read_text(encoding="utf-8"))
    cookies = [c["value"] for e in har["log"]["entries"] for c in e["request"]["cookies"] if len(c["value"]) > 8]
    assert cookies
    assert not [value for value in cookies if value.encode() in packed]  # no session cookie left the machine
    assert b"First response due" in packed
    wizard.accept()

    case_md = (tmp_path / "CASE.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "CASE.json").read_text(encoding="utf-8"))
    assert case_md.startswith("# Inbound calls to the Sales queue drop after 30 seconds\n")
    for expected in (
        "**Severity:** High (Severity 2)",
        "- Short name: acme-eu",
        f"- Organization ID: {ORG_ID}",
        "- Region: mypurecloud.ie",
        "- Callback: +353 1 555 0199",
        "How often: Every time",
        "Steps to reproduce:\n1. Call the Sales number",
        "## Business impact\n\nAbout 300 calls an hour are lost.",
        f"- {CONV} (2026-11-26 09:12 IST)",
        "Recommended: Severity 2 (High).",
    ):
        assert expected in case_md
    assert data["schema"] == "care-desktop/case@1"
    assert data["org"] == {"short_name": "acme-eu", "id": ORG_ID, "region": "mypurecloud.ie"}
    assert data["severity"] == 2
    assert data["conversation_ids"] == [CONV]
    assert data["conversation_notes"] == {CONV: {"note": "", "time": "2026-11-26 09:12 IST"}}
    assert data["details"]["frequency"] == "Every time"
    assert data["occurred_at"]

    saved = app_context.store.load_draft(wizard.draft.id)
    assert saved.step is Step.FINISH
    assert app_context.store.org_profile().org.id == ORG_ID  # remembered for the next case
    assert app_context.store.setting("contact_role") == "designated"
    next_case = window.new_case()
    assert next_case.draft.case.org.short_name == "acme-eu"
    next_case.reject()

    home = Path(os.environ["CARE_DESKTOP_HOME"])
    written = {p.relative_to(home).parts[0] for p in home.rglob("*") if p.is_file()}
    assert written <= {
        "care-desktop.sqlite3",
        "care-desktop.sqlite3-wal",
        "care-desktop.sqlite3-shm",
        "cases",
        "exports",
    }


def test_quit_midway_and_resume_in_a_new_session(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    wizard = walk_to_description(window)
    wizard.page_as(DescriptionPage).title_edit.setText("Half-written")
    draft_id = wizard.draft.id
    window.close()  # closes the wizard, which saves

    app_context.store.close()
    from care_desktop.app import open_services
    from care_desktop.services.paths import resolve_paths

    context, notice = open_services(resolve_paths())
    assert notice is None
    try:
        again = MainWindow(context)
        qtbot.addWidget(again)
        again.show()
        again.drafts.table.selectRow(0)
        resumed = again.open_selected()
        assert resumed is not None
        assert resumed.draft.id == draft_id
        assert resumed.current_step() is Step.DESCRIPTION
        assert resumed.page_as(DescriptionPage).title_edit.text() == "Half-written"
        resumed.back()
        assert resumed.current_step() is Step.CONVERSATIONS
        assert resumed.page_as(ConversationsPage).table.item(0, 0).text() == CONV
        again.close()
    finally:
        context.store.close()
    app_context.store = context.store  # the fixture closes it again harmlessly
