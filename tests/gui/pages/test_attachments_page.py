import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QWizard

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import Preferences, save_preferences
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.widgets.attachment_table import INCLUDE, KIND, NOTE
from tests.conftest import REALWORLD

PROXIFIER = REALWORLD / "console" / "loghub_Proxifier_2k.log"
CHROME_HAR = REALWORLD / "har" / "mitmproxy_chrome.har"


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Proxy drops", "Connections through the proxy drop."
    wizard.resume(Step.ATTACHMENTS)
    assert wizard.current_step() is Step.ATTACHMENTS
    return wizard


def add(qtbot, page: AttachmentsPage, *paths: Path) -> None:
    task = page.add_paths(list(paths))
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)


def test_files_are_copied_inspected_and_previewed(qtbot, wizard, context):
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER, CHROME_HAR)
    attachments = wizard.draft.case.attachments
    assert [a.kind for a in attachments] == [AttachmentKind.CONSOLE_LOG, AttachmentKind.HAR]
    assert [a.size for a in attachments] == [PROXIFIER.stat().st_size, CHROME_HAR.stat().st_size]
    assert all(len(a.sha256) == 64 for a in attachments)
    assert all(Path(a.path).parent == context.paths.case_dir(wizard.draft.id) for a in attachments)
    assert page.feedback.text().startswith("Added 2 files.")
    assert page.table.model().rowCount() == 2
    assert "2 files to include" in page.total.text()
    page.table.selectRow(1)
    assert "HAR 1.2" in page.preview.summary.text()
    assert "3 requests" in page.preview.summary.text()
    assert "www.google.com" in page.preview.summary.text()
    page.table.selectRow(0)
    assert page.preview.text.toPlainText().startswith("[10.30 16:49:06] chrome.exe")
    assert "[07.27 10:23:42]" in page.preview.text.toPlainText()  # the last lines too
    assert context.store.load_draft(wizard.draft.id).case.attachments == attachments  # saved


def test_include_kind_and_note_are_kept(qtbot, wizard):
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER)
    model = page.table.model()
    model.setData(model.index(0, INCLUDE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, NOTE), "proxy log from the agent PC")
    model.setData(model.index(0, KIND), "config")
    attachment = wizard.draft.case.attachments[0]
    assert (attachment.included, attachment.note, attachment.kind) == (
        False,
        "proxy log from the agent PC",
        AttachmentKind.CONFIG,
    )
    assert "0 files to include" in page.total.text()


def test_remove_deletes_the_copy_never_the_original(qtbot, wizard):
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER)
    stored = Path(wizard.draft.case.attachments[0].path)
    page.table.selectRow(0)
    page.remove_button.click()
    assert wizard.draft.case.attachments == []
    assert not stored.exists()
    assert PROXIFIER.exists()


def test_bad_inputs_are_explained_and_lose_nothing(qtbot, wizard, tmp_path):
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    add(qtbot, page, fifo, empty, loop, tmp_path / "vanished.log")  # (a folder adds its files: test_conveniences)
    assert len(wizard.draft.case.attachments) == 1  # the earlier file is still there
    lines = page.feedback.text().splitlines()
    assert lines[0] == "Added 0 files."
    assert len(lines) == 5
    assert all(line.startswith("\u2716 ") for line in lines[1:])


def test_odd_har_bytes_are_summarized_or_explained_never_a_failure(qtbot, wizard, tmp_path):
    page = wizard.page_as(AttachmentsPage)
    data = CHROME_HAR.read_bytes()
    odd = tmp_path / "odd.har"  # a byte that is not UTF-8 in a value, and a lone surrogate escape
    odd.write_bytes(data.replace(b"WebInspector", b"Web\xffInspector\\udcff", 1))
    cut = tmp_path / "cut.har"
    cut.write_bytes(b"{\xff" + data[1 : len(data) // 2])
    add(qtbot, page, odd, cut)
    assert [a.kind for a in wizard.draft.case.attachments] == [AttachmentKind.HAR, AttachmentKind.CONSOLE_LOG]
    feedback = page.feedback.text()
    assert feedback.startswith("Added 2 files.")
    assert "It failed" not in feedback
    assert "cut.har looks like a HAR file but is not complete, valid JSON (lexical error: invalid char" in feedback
    page.table.selectRow(0)
    assert "3 requests" in page.preview.summary.text()
    assert "www.google.com" in page.preview.summary.text()
    page.table.selectRow(1)
    assert page.preview.text.toPlainText().startswith("{\ufffd")


def test_drop_files_onto_the_page(qtbot, wizard):
    page = wizard.page_as(AttachmentsPage)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(PROXIFIER))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.task is None and len(wizard.draft.case.attachments) == 1, timeout=20000)


def test_a_large_copy_shows_progress_and_can_be_cancelled(qtbot, wizard, context, tmp_path):
    huge = tmp_path / "huge.log"
    with huge.open("wb") as handle:  # sparse: 3 GiB that cost nothing
        handle.write(b"2026-11-26T10:00:00Z start\n")
        handle.truncate(3 * 1024**3)
    page = wizard.page_as(AttachmentsPage)
    task = page.add_paths([huge])
    assert task is not None
    assert page.progress.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: page.progress.maximum() == 1000 and page.progress.value() > 0, timeout=20000)
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        page.cancel_button.click()
    qtbot.waitUntil(lambda: page.task is None)
    assert wizard.draft.case.attachments == []
    assert not any(context.paths.case_dir(wizard.draft.id).glob("*"))
    assert page.feedback.text() == "Cancelled; nothing half-copied is kept."
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_upload_limit_warns(qtbot, wizard, context):
    page = wizard.page_as(AttachmentsPage)
    save_preferences(context.store, Preferences(upload_limit_mb=0))  # no limit: no warning
    add(qtbot, page, PROXIFIER)
    assert "limit" not in page.total.text().lower()
    save_preferences(context.store, Preferences(upload_limit_mb=1))
    add(qtbot, page, REALWORLD / "har" / "harviewer_firefox47.har")  # 1,063,636 bytes: over 1 MiB with the log
    assert "limit" in page.total.text().lower()


def test_trim_a_log_around_the_incident_time(qtbot, wizard):
    wizard.draft.case.occurred_at = "2026-07-27T10:20:00+08:00"
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER)
    page.table.selectRow(0)
    assert page.trim_button.isEnabled()
    page.trim_button.click()
    qtbot.waitUntil(lambda: page.task is None and len(wizard.draft.case.attachments) == 2, timeout=20000)
    trimmed = wizard.draft.case.attachments[1]
    assert trimmed.kind is AttachmentKind.CONSOLE_LOG
    assert Path(trimmed.path).name == "loghub_Proxifier_2k.trimmed.log"
    assert "trimmed to 30 min before and 30 min after 2026-07-27T10:20+08:00" in trimmed.note
    text = Path(trimmed.path).read_text(encoding="utf-8")
    assert text.startswith("[07.27 ")
    assert "[10.30 16:49:06]" not in text
    assert Path(wizard.draft.case.attachments[0].path).stat().st_size == PROXIFIER.stat().st_size  # kept whole


def test_help_and_log_finder_open(qtbot, wizard):
    page = wizard.page_as(AttachmentsPage)
    help_dialog = page.show_help()
    qtbot.addWidget(help_dialog)
    assert help_dialog.tabs.count() == 3
    assert "HAR" in help_dialog.pages[0].toPlainText()
    picker = page.find_logs()
    qtbot.addWidget(picker)
    assert picker.chosen() == []
    picker.reject()


def test_the_attachments_model_passes_qts_model_tester(qtmodeltester, wizard):
    page = wizard.page_as(AttachmentsPage)
    wizard.draft.case.attachments[:] = [
        Attachment(str(PROXIFIER), AttachmentKind.CONSOLE_LOG, size=10),
        Attachment(str(CHROME_HAR), AttachmentKind.HAR, note="sign-in", included=False),
    ]
    page.load()
    qtmodeltester.check(page.table.model(), force_py=False)
    assert page.table.model().index(1, KIND).data() == "HAR file"


# The chooser opens its list at once: the offscreen platform cannot raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore(
    "^This plugin does not support grabbing the keyboard$", "^This plugin does not support raise"
)
def test_the_kind_is_chosen_in_a_delegate_not_a_widget_per_row(qtbot, wizard):
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER, CHROME_HAR)
    assert page.table.findChildren(QComboBox) == []  # no chooser until one is edited
    page.table.edit(page.table.model().index(1, KIND))
    choosers = page.table.findChildren(QComboBox)
    assert len(choosers) == 1
    assert choosers[0].currentData() == "har"
    assert choosers[0].accessibleName() == f"Kind of {CHROME_HAR.name}"


def test_a_file_that_cannot_be_redacted_is_said_and_can_be_sent_as_is_on_purpose(qtbot, wizard, dialogs, tmp_path):
    capture = tmp_path / "sip-trace.pcap"
    capture.write_bytes(b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + bytes(range(256)) * 8)
    page = wizard.page_as(AttachmentsPage)
    add(qtbot, page, PROXIFIER, capture)
    attachment = wizard.draft.case.attachments[1]
    assert attachment.kind is AttachmentKind.OTHER
    assert page.table.model().index(1, INCLUDE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 file to include" in page.total.text()  # the capture would not be in the package
    assert page.unredactable.isVisible()
    assert "Cannot be redacted, so left out of the package: sip-trace.pcap" in page.unredactable.text.text()
    page.table.selectRow(1)
    assert page.unredactable.button.isVisible()
    dialogs.answers = [False]  # the warning, declined: nothing changes
    page.unredactable.button.click()
    assert not attachment.send_unredacted
    dialogs.answers = [True]
    page.unredactable.button.click()
    assert dialogs.calls[-1][1] == "Send this file as is?"
    assert "nothing in it is removed" in dialogs.calls[-1][2]
    assert attachment.send_unredacted
    assert "2 files to include" in page.total.text()
    assert "Sent as is on purpose, not redacted: sip-trace.pcap" in page.unredactable.text.text()
    assert wizard.page_as(AttachmentsPage).table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: wizard.context.store.load_draft(wizard.draft.id).case.attachments[1].send_unredacted)
    page.table.selectRow(1)
    page.unredactable.button.click()  # "Leave out again" needs no warning
    assert not attachment.send_unredacted
